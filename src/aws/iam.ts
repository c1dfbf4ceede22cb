// IAM: the execution role Lambda functions run as, and the invoke policy whose AllowLambda
// statement lists the functions the Apps plugin may invoke (upaws client_iam.go; research §4.4, §5.1).
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  GetGroupCommand,
  GetUserCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeletePolicyVersionCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { ASSUME_ROLE_POLICY_DOCUMENT, LAMBDA_BASIC_EXECUTION_POLICY } from './defaults.js';
import { isNotFound } from './errors.js';

const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/.+$/;

export function isRoleArn(s: string): boolean {
  return ROLE_ARN.test(s);
}

/** The role's ARN, or undefined when it does not exist. */
export async function findRole(iam: IAMClient, name: string): Promise<string | undefined> {
  try {
    const r = await iam.send(new GetRoleCommand({ RoleName: name }));
    return r.Role?.Arn;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** Creates the execution role: trusted by lambda.amazonaws.com, with AWSLambdaBasicExecutionRole (CloudWatch logs). */
export async function createExecuteRole(iam: IAMClient, name: string): Promise<string> {
  const r = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: ASSUME_ROLE_POLICY_DOCUMENT,
      Description: 'Execution role of Mattermost Apps on AWS Lambda',
    }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: LAMBDA_BASIC_EXECUTION_POLICY }));
  return r.Role!.Arn!;
}

/** Whether AWSLambdaBasicExecutionRole is attached to the role; attaches it when `fix` is set. Returns whether it wrote. */
export async function ensureRoleLogging(iam: IAMClient, role: string, fix: boolean): Promise<'attached' | 'missing' | 'added'> {
  const r = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: role }));
  if (r.AttachedPolicies?.some((p) => p.PolicyArn === LAMBDA_BASIC_EXECUTION_POLICY)) return 'attached';
  if (!fix) return 'missing';
  await iam.send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: LAMBDA_BASIC_EXECUTION_POLICY }));
  return 'added';
}

export async function findUser(iam: IAMClient, name: string): Promise<string | undefined> {
  try {
    return (await iam.send(new GetUserCommand({ UserName: name }))).User?.Arn;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

export async function createUser(iam: IAMClient, name: string): Promise<string> {
  return (await iam.send(new CreateUserCommand({ UserName: name }))).User!.Arn!;
}

/** The group's ARN and member user names, or undefined. */
export async function findGroup(iam: IAMClient, name: string): Promise<{ arn: string; users: string[] } | undefined> {
  try {
    const r = await iam.send(new GetGroupCommand({ GroupName: name }));
    return { arn: r.Group!.Arn!, users: (r.Users ?? []).map((u) => u.UserName!) };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

export async function createGroup(iam: IAMClient, name: string): Promise<string> {
  return (await iam.send(new CreateGroupCommand({ GroupName: name }))).Group!.Arn!;
}

export async function createPolicy(iam: IAMClient, name: string, document: string): Promise<string> {
  return (await iam.send(new CreatePolicyCommand({ PolicyName: name, PolicyDocument: document, Description: 'What the Mattermost Apps plugin may read and invoke' }))).Policy!.Arn!;
}

export async function isGroupPolicyAttached(iam: IAMClient, group: string, policyArn: string): Promise<boolean> {
  const r = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: group }));
  return r.AttachedPolicies?.some((p) => p.PolicyArn === policyArn) ?? false;
}

export async function attachGroupPolicy(iam: IAMClient, group: string, policyArn: string): Promise<void> {
  await iam.send(new AttachGroupPolicyCommand({ GroupName: group, PolicyArn: policyArn }));
}

export async function addUserToGroup(iam: IAMClient, user: string, group: string): Promise<void> {
  await iam.send(new AddUserToGroupCommand({ UserName: user, GroupName: group }));
}

export async function createAccessKey(iam: IAMClient, user: string): Promise<{ id: string; secret: string }> {
  const r = await iam.send(new CreateAccessKeyCommand({ UserName: user }));
  return { id: r.AccessKey!.AccessKeyId!, secret: r.AccessKey!.SecretAccessKey! };
}

/** A customer-managed policy's ARN by name (upaws FindPolicy), or undefined. */
export async function findPolicy(iam: IAMClient, name: string): Promise<string | undefined> {
  let marker: string | undefined;
  do {
    const r = await iam.send(new ListPoliciesCommand({ Scope: 'Local', ...(marker ? { Marker: marker } : {}) }));
    const hit = r.Policies?.find((p) => p.PolicyName === name);
    if (hit?.Arn) return hit.Arn;
    marker = r.IsTruncated ? r.Marker : undefined;
  } while (marker);
  return undefined;
}

export interface PolicyDocument {
  Version?: string;
  Statement?: Record<string, unknown>[] | Record<string, unknown>;
  [key: string]: unknown;
}

export async function getDefaultPolicyDocument(iam: IAMClient, policyArn: string): Promise<{ versionId: string; document: PolicyDocument }> {
  const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }));
  const current = versions.Versions?.find((v) => v.IsDefaultVersion);
  if (!current?.VersionId) throw new Error(`policy ${policyArn} has no default version`);
  const r = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: current.VersionId }));
  // IAM returns the document URL-encoded.
  return { versionId: current.VersionId, document: JSON.parse(decodeURIComponent(r.PolicyVersion?.Document ?? '{}')) as PolicyDocument };
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/**
 * The document with `arns` in the Resource list of the statement with Sid "AllowLambda" (created
 * like upaws.DefaultAllowLambdaStatement when missing) and the ARNs it added, or undefined when
 * they are all there already. Unlike appsctl, other statements and fields are kept as they are.
 */
export function withInvokeArns(document: PolicyDocument, arns: readonly string[]): { document: PolicyDocument; added: string[] } | undefined {
  const statements = (asArray(document.Statement) as Record<string, unknown>[]).map((s) => ({ ...s }));
  let allow = statements.find((s) => s.Sid === 'AllowLambda');
  const resources = allow ? (asArray(allow.Resource) as string[]) : [];
  const missing = arns.filter((a) => !resources.includes(a));
  if (missing.length === 0) return undefined;
  if (!allow) {
    allow = { Sid: 'AllowLambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [] };
    statements.push(allow);
  }
  allow.Resource = [...resources, ...missing];
  return { document: { ...document, Version: document.Version ?? '2012-10-17', Statement: statements }, added: missing };
}

/** The document without `arns` in its AllowLambda statement, or undefined when none of them is there. */
export function withoutInvokeArns(document: PolicyDocument, arns: readonly string[]): { document: PolicyDocument; removed: string[] } | undefined {
  const statements = (asArray(document.Statement) as Record<string, unknown>[]).map((s) => ({ ...s }));
  const allow = statements.find((s) => s.Sid === 'AllowLambda');
  if (!allow) return undefined;
  const resources = asArray(allow.Resource) as string[];
  const removed = resources.filter((r) => arns.includes(r));
  if (removed.length === 0) return undefined;
  allow.Resource = resources.filter((r) => !arns.includes(r));
  // IAM refuses a statement without resources: drop an emptied AllowLambda (provision recreates it).
  const kept = (allow.Resource as string[]).length > 0 ? statements : statements.filter((s) => s !== allow);
  return { document: { ...document, Statement: kept }, removed };
}

/**
 * Makes `document` the default version. Non-default versions are deleted first, as appsctl does,
 * so that IAM's limit of 5 versions per policy is never reached.
 */
export async function writePolicyDocument(iam: IAMClient, policyArn: string, document: PolicyDocument): Promise<void> {
  const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }));
  for (const v of versions.Versions ?? []) {
    if (!v.IsDefaultVersion && v.VersionId) await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: v.VersionId }));
  }
  await iam.send(new CreatePolicyVersionCommand({ PolicyArn: policyArn, PolicyDocument: JSON.stringify(document), SetAsDefault: true }));
}
