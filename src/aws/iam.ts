// IAM: the execution role Lambda functions run as, and the invoke user, group and policy of the
// Apps plugin (upaws client_iam.go; research §4.4, §5.1). The invoke policy's document: invoke-policy.ts.
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
  CreateRoleCommand,
  GetRoleCommand,
  ListPoliciesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { UserError } from '../errors.js';
import { ASSUME_ROLE_POLICY_DOCUMENT, lambdaBasicExecutionPolicy } from './defaults.js';
import { isNotFound } from './errors.js';

const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/.+$/;

export function isRoleArn(s: string): boolean {
  return ROLE_ARN.test(s);
}

/** The role's ARN, or undefined when it does not exist. */
export async function findRole(iam: IAMClient, name: string): Promise<string | undefined> {
  return (await getRole(iam, name))?.arn;
}

/** The description createRole gives a role: how a later run knows the role is one it made. */
export const EXECUTE_ROLE_DESCRIPTION = 'Execution role of Mattermost Apps on AWS Lambda';

export async function getRole(iam: IAMClient, name: string): Promise<{ arn: string; description?: string } | undefined> {
  try {
    const r = (await iam.send(new GetRoleCommand({ RoleName: name }))).Role;
    return r?.Arn ? { arn: r.Arn, ...(r.Description ? { description: r.Description } : {}) } : undefined;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** The partition of an ARN ("aws", "aws-cn", "aws-us-gov"): AWS managed policies live in it. */
export function partitionOf(arn: string): string {
  return arn.split(':')[1] || 'aws';
}

/** Creates the execution role, trusted by lambda.amazonaws.com; logging is attached separately (see ensureRoleLogging). */
export async function createRole(iam: IAMClient, name: string): Promise<string> {
  const r = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: ASSUME_ROLE_POLICY_DOCUMENT,
      Description: EXECUTE_ROLE_DESCRIPTION,
    }),
  );
  return r.Role!.Arn!;
}

export function isLoggingAttached(attached: readonly string[], partition: string): boolean {
  return attached.includes(lambdaBasicExecutionPolicy(partition));
}

export async function listRolePolicies(iam: IAMClient, role: string): Promise<string[]> {
  const out: string[] = [];
  let marker: string | undefined;
  do {
    const r = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: role, ...(marker ? { Marker: marker } : {}) }));
    for (const p of r.AttachedPolicies ?? []) if (p.PolicyArn) out.push(p.PolicyArn);
    marker = r.IsTruncated ? r.Marker : undefined;
  } while (marker);
  return out;
}

/**
 * Attaches AWSLambdaBasicExecutionRole (CloudWatch logs) to the role. A missing managed policy is
 * said plainly: moto loads AWS's managed policies only when started with
 * MOTO_IAM_LOAD_MANAGED_POLICIES=true, and other emulators may lack them too.
 */
export async function attachRoleLogging(iam: IAMClient, role: string, partition: string): Promise<void> {
  const policy = lambdaBasicExecutionPolicy(partition);
  try {
    await iam.send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: policy }));
  } catch (err) {
    if (!isNotFound(err)) throw err;
    throw new UserError(
      `iam:AttachRolePolicy ${policy} to role ${role} failed: that AWS managed policy does not exist at this endpoint. ` +
        'On moto, start moto_server with MOTO_IAM_LOAD_MANAGED_POLICIES=true; on another emulator, load its AWS managed policies; then run again to finish the role',
    );
  }
}

/** Whether the role has AWSLambdaBasicExecutionRole; attaches it when `fix` is set. */
export async function ensureRoleLogging(iam: IAMClient, role: string, partition: string, fix: boolean): Promise<'attached' | 'missing' | 'added'> {
  if (isLoggingAttached(await listRolePolicies(iam, role), partition)) return 'attached';
  if (!fix) return 'missing';
  await attachRoleLogging(iam, role, partition);
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
