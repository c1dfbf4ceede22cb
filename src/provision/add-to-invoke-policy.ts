// The functions of the version, added to the invoke policy's AllowLambda statement (when the
// policy exists). Their ARNs are known from the plan, so this runs from the start, beside the
// uploads and the functions, and only the manifest waits for it: an ARN listed a moment before
// its function exists grants nothing, while IAM's round trips (and the pause that makes the
// change safe against other runs, see invoke-policy.ts) stay out of the wall time.
import { explainAwsError, operationOf } from '../aws/errors.js';
import { updatePolicyDocument, withInvokeArns } from '../aws/invoke-policy.js';
import type { AwsClients } from '../aws/clients.js';
import { plural } from '../util/format.js';
import type { ProvisionPlan } from './plan.js';
import type { Run } from './run.js';

export async function addToInvokePolicy(run: Run, clients: AwsClients, plan: ProvisionPlan): Promise<void> {
  const report = run.report.invokePolicy;
  const policy = plan.invokePolicy;
  if (policy.action === 'missing') {
    report.note = `no IAM policy named "${policy.name}": the Apps plugin's invoke user needs lambda:InvokeFunction on these functions (mm-apps-deploy init creates the policy)`;
    return;
  }
  if (!run.mayWrite()) return;
  const arns = plan.functions.map((f) => f.arn);
  try {
    // Read again now, whatever the plan saw: other runs may have changed it since.
    const updated = await updatePolicyDocument(clients.iam, policy.arn!, (document) => withInvokeArns(document, arns), { onRetry: run.progress });
    if (updated.writes > 0) {
      run.progress(`added ${plural(updated.changed.length, 'function')} to invoke policy ${policy.name}`);
      Object.assign(report, { status: 'done', added: updated.changed });
      run.report.changed = true;
    } else report.status = 'unchanged';
  } catch (err) {
    report.status = 'failed';
    run.fail(explainAwsError(err, `${operationOf(err, 'iam')} on policy ${policy.name}`, clients.settings));
  }
}
