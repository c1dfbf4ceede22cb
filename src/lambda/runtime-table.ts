// AWS Lambda runtime lifecycle dates, as data. Source: the AWS runtimes page
// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) as summarised in
// research/aws-lambda-s3.md §1.3 on 2026-11-21. AWS moves projected dates: re-check before each
// release. After `deprecated` a runtime gets no patches; after `blockCreate` CreateFunction
// refuses it; after `blockUpdate` updates are refused too. `retired` runtimes are blocked for
// both and their dates are no longer listed.

export interface RuntimeLifecycle {
  id: string;
  /** ISO dates (UTC days). */
  deprecated?: string;
  blockCreate?: string;
  blockUpdate?: string;
  retired?: true;
}

export const RUNTIME_TABLE_CHECKED = '2026-11-21';

export const RUNTIMES: readonly RuntimeLifecycle[] = [
  // supported
  { id: 'nodejs24.x', deprecated: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
  { id: 'nodejs22.x', deprecated: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  { id: 'python3.14', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'python3.13', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'python3.12', deprecated: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10' },
  { id: 'python3.11', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  { id: 'java25', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'java21', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  { id: 'java17.al2023', deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  { id: 'java11.al2023', deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  { id: 'java8.al2023', deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  { id: 'java17', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  { id: 'java11', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  { id: 'java8.al2', deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  { id: 'dotnet10', deprecated: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15' },
  { id: 'ruby4.0', deprecated: '2029-03-31', blockCreate: '2029-04-30', blockUpdate: '2029-05-31' },
  { id: 'ruby3.4', deprecated: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31' },
  { id: 'ruby3.3', deprecated: '2027-03-31', blockCreate: '2027-04-30', blockUpdate: '2027-05-31' },
  { id: 'provided.al2023', deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  // deprecated, still creatable until blockCreate
  { id: 'dotnet8', deprecated: '2026-11-10', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'python3.10', deprecated: '2026-10-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'provided.al2', deprecated: '2026-07-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'nodejs20.x', deprecated: '2026-04-30', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'ruby3.2', deprecated: '2026-03-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'python3.9', deprecated: '2025-12-15', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'nodejs18.x', deprecated: '2025-09-01', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'dotnet6', deprecated: '2024-12-20', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'python3.8', deprecated: '2024-10-14', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'nodejs16.x', deprecated: '2024-06-12', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  // creation blocked, updates allowed until blockUpdate
  { id: 'go1.x', deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
  { id: 'provided', deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
  { id: 'java8', deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
  { id: 'nodejs14.x', deprecated: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
  { id: 'python3.7', deprecated: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
  { id: 'ruby2.7', deprecated: '2023-12-07', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
  // retired: creation and updates blocked (dotnet5.0, dotnet7 and dotnet9 were container-only)
  ...[
    'nodejs',
    'nodejs4.3',
    'nodejs4.3-edge',
    'nodejs6.10',
    'nodejs8.10',
    'nodejs10.x',
    'nodejs12.x',
    'python2.7',
    'python3.6',
    'dotnetcore1.0',
    'dotnetcore2.0',
    'dotnetcore2.1',
    'dotnetcore3.1',
    'ruby2.5',
    'dotnet5.0',
    'dotnet7',
    'dotnet9',
  ].map((id): RuntimeLifecycle => ({ id, retired: true })),
];
