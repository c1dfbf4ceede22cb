// One provisioning run as its concurrent steps share it: the report they fill in, and the first
// failure, after which no step starts another write.
export type StepStatus = 'done' | 'unchanged' | 'failed' | 'not done' | 'skipped';

export interface FunctionResult {
  name: string;
  lambdaName: string;
  arn?: string;
  /** What happened, in words: created, updated code, updated configuration (timeout), tagged, unchanged. */
  result: string;
  status: StepStatus;
}

export interface ProvisionReport {
  ok: boolean;
  /** True when anything was written. */
  changed: boolean;
  /** `result`: what was done to the role (created, logging attached). */
  role: { name: string; arn: string; status: StepStatus; result?: string };
  objects: { uploaded: number; unchanged: number; failed: number; notDone: number };
  functions: FunctionResult[];
  invokePolicy: { name: string; status: StepStatus; added: string[]; note?: string };
  manifest: { key: string; status: StepStatus };
  /** The failure that stopped provisioning. */
  error?: Error;
}

export interface Run {
  report: ProvisionReport;
  progress(message: string): void;
  /** Asked before starting each write. */
  mayWrite(): boolean;
  /** Records the first failure; later ones are consequences or noise. */
  fail(err: Error): void;
}
