// init: what `appsctl aws init` does (research mattermost-apps-aws.md §5.1), idempotently: the
// bucket (created with Block Public Access on request), the invoke user, group and policy the Apps
// plugin reads and invokes with, and the execution role functions run as. Without `create` it
// only reports what is missing. A second run changes nothing and says so.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../aws/clients.js';
import { DEFAULT_EXECUTE_ROLE, DEFAULT_INVOKE_GROUP, DEFAULT_INVOKE_POLICY, DEFAULT_INVOKE_USER, initialInvokePolicyDocument } from '../aws/defaults.js';
import { errorName, explainAwsError, httpStatus } from '../aws/errors.js';
import {
  addUserToGroup,
  attachGroupPolicy,
  attachRoleLogging,
  createAccessKey,
  createGroup,
  createPolicy,
  createRole,
  createUser,
  findGroup,
  findPolicy,
  findRole,
  findUser,
  isGroupPolicyAttached,
  isLoggingAttached,
  listRolePolicies,
  partitionOf,
} from '../aws/iam.js';
import { getDefaultPolicyDocument } from '../aws/invoke-policy.js';
import { createPrivateBucket, isPublicAccessBlocked } from '../aws/s3-bucket.js';
import { headBucket } from '../aws/s3-objects.js';
import { UserError } from '../errors.js';

export interface InitOptions {
  create: boolean;
  createAccessKey: boolean;
  user?: string;
  group?: string;
  policy?: string;
  executeRole?: string;
  onProgress?: (message: string) => void;
}

export type InitStatus = 'exists' | 'created' | 'missing';

export interface InitItem {
  what: string;
  name: string;
  arn?: string;
  status: InitStatus;
}

export interface InitReport {
  account: string;
  identity: string;
  region: string;
  items: InitItem[];
  /** Things to look at that do not stop the setup. */
  warnings: string[];
  changed: boolean;
  /** Nothing is missing. */
  ok: boolean;
  accessKey?: { id: string; secret: string };
}

export async function initAws(clients: AwsClients, options: InitOptions): Promise<InitReport> {
  const { iam, s3, settings } = clients;
  const bucket = settings.bucket;
  const names = {
    user: options.user ?? DEFAULT_INVOKE_USER,
    group: options.group ?? DEFAULT_INVOKE_GROUP,
    policy: options.policy ?? DEFAULT_INVOKE_POLICY,
    role: options.executeRole ?? DEFAULT_EXECUTE_ROLE,
  };
  const step = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw explainAwsError(err, action, settings);
    }
  };
  const progress = options.onProgress ?? (() => undefined);
  const region = await step('resolving the AWS region', () => clients.s3.config.region());
  const who = await step('sts:GetCallerIdentity', () => clients.sts.send(new GetCallerIdentityCommand({})));
  const report: InitReport = { account: who.Account ?? '', identity: who.Arn ?? '', region, items: [], warnings: [], changed: false, ok: true };
  const add = (what: string, name: string, status: InitStatus, arn?: string) => {
    report.items.push({ what, name, status, ...(arn ? { arn } : {}) });
    if (status === 'created') report.changed = true;
    if (status === 'missing') report.ok = false;
  };

  // The bucket: the Apps plugin reads manifests and static assets from it.
  let bucketExists = true;
  try {
    await headBucket(s3, bucket);
  } catch (err) {
    if (httpStatus(err) === 403) throw new UserError(`S3 bucket "${bucket}" exists but belongs to someone else or is not readable by ${report.identity}; bucket names are global, choose another with --bucket`);
    if (httpStatus(err) !== 404 && errorName(err) !== 'NotFound') throw explainAwsError(err, `s3:HeadBucket on ${bucket}`, settings);
    bucketExists = false;
  }
  if (bucketExists) {
    add('bucket', bucket, 'exists');
    if (!(await step(`s3:GetBucketPublicAccessBlock on ${bucket}`, () => isPublicAccessBlocked(s3, bucket)))) {
      report.warnings.push(`bucket "${bucket}" does not block public access: turn on all four Block Public Access settings (the Apps plugin reads it with credentials, nothing needs to be public)`);
    }
  } else if (options.create) {
    progress(`creating bucket ${bucket} (Block Public Access on)`);
    await step(`s3:CreateBucket ${bucket}`, () => createPrivateBucket(s3, bucket, region));
    add('bucket', bucket, 'created');
  } else {
    add('bucket', bucket, 'missing');
  }

  // The invoke user, its group and policy: the credentials the plugin uses (MM_APPS_AWS_*).
  let userArn = await step(`iam:GetUser ${names.user}`, () => findUser(iam, names.user));
  if (userArn) add('invoke user', names.user, 'exists', userArn);
  else if (options.create) {
    progress(`creating user ${names.user}`);
    userArn = await step(`iam:CreateUser ${names.user}`, () => createUser(iam, names.user));
    add('invoke user', names.user, 'created', userArn);
  } else add('invoke user', names.user, 'missing');

  let group = await step(`iam:GetGroup ${names.group}`, () => findGroup(iam, names.group));
  if (group) add('invoke group', names.group, 'exists', group.arn);
  else if (options.create) {
    progress(`creating group ${names.group}`);
    group = { arn: await step(`iam:CreateGroup ${names.group}`, () => createGroup(iam, names.group)), users: [] };
    add('invoke group', names.group, 'created', group.arn);
  } else add('invoke group', names.group, 'missing');

  let policyArn = await step('iam:ListPolicies', () => findPolicy(iam, names.policy));
  if (policyArn) {
    add('invoke policy', names.policy, 'exists', policyArn);
    // Like appsctl, an existing policy is not rewritten; say so when it is about another bucket.
    const { document } = await step(`iam:GetPolicyVersion ${names.policy}`, () => getDefaultPolicyDocument(iam, policyArn!));
    if (!JSON.stringify(document).includes(`arn:aws:s3:::${bucket}/`)) {
      report.warnings.push(
        `invoke policy "${names.policy}" does not grant s3:GetObject on "${bucket}": the plugin could not read this bucket's manifests; add arn:aws:s3:::${bucket}/manifests/* and arn:aws:s3:::${bucket}/static/* to it`,
      );
    }
  } else if (options.create) {
    progress(`creating policy ${names.policy}`);
    policyArn = await step(`iam:CreatePolicy ${names.policy}`, () => createPolicy(iam, names.policy, initialInvokePolicyDocument(bucket)));
    add('invoke policy', names.policy, 'created', policyArn);
  } else add('invoke policy', names.policy, 'missing');

  if (group && policyArn) {
    const attached = await step(`iam:ListAttachedGroupPolicies ${names.group}`, () => isGroupPolicyAttached(iam, names.group, policyArn!));
    if (attached) add('policy on group', `${names.policy} → ${names.group}`, 'exists');
    else if (options.create) {
      await step(`iam:AttachGroupPolicy ${names.group}`, () => attachGroupPolicy(iam, names.group, policyArn!));
      add('policy on group', `${names.policy} → ${names.group}`, 'created');
    } else add('policy on group', `${names.policy} → ${names.group}`, 'missing');
  }
  if (group && userArn) {
    if (group.users.includes(names.user)) add('user in group', `${names.user} → ${names.group}`, 'exists');
    else if (options.create) {
      await step(`iam:AddUserToGroup ${names.group}`, () => addUserToGroup(iam, names.user, names.group));
      add('user in group', `${names.user} → ${names.group}`, 'created');
    } else add('user in group', `${names.user} → ${names.group}`, 'missing');
  }

  // The execution role, and CloudWatch logging on it: two steps, each checked on every run, so
  // that a role whose policy attachment failed is finished by the next run (and never reported ready).
  let roleArn = await step(`iam:GetRole ${names.role}`, () => findRole(iam, names.role));
  if (roleArn) add('execution role', names.role, 'exists', roleArn);
  else if (options.create) {
    progress(`creating execution role ${names.role}`);
    roleArn = await step(`iam:CreateRole ${names.role}`, () => createRole(iam, names.role));
    add('execution role', names.role, 'created', roleArn);
  } else add('execution role', names.role, 'missing');
  if (roleArn) {
    const partition = partitionOf(report.identity);
    const logging = `AWSLambdaBasicExecutionRole → ${names.role}`;
    const attached = await step(`iam:ListAttachedRolePolicies ${names.role}`, () => listRolePolicies(iam, names.role));
    if (isLoggingAttached(attached, partition)) add('logs policy on role', logging, 'exists');
    else if (options.create) {
      await step(`iam:AttachRolePolicy ${names.role}`, () => attachRoleLogging(iam, names.role, partition));
      add('logs policy on role', logging, 'created');
    } else add('logs policy on role', logging, 'missing');
  }

  if (options.createAccessKey) {
    if (!userArn) throw new UserError(`cannot create an access key: user "${names.user}" does not exist (run with --create)`);
    try {
      report.accessKey = await createAccessKey(iam, names.user);
      report.changed = true;
    } catch (err) {
      if (errorName(err) === 'LimitExceeded' || errorName(err) === 'LimitExceededException') {
        throw new UserError(`user "${names.user}" already has 2 access keys, the most IAM allows: delete one that is no longer used (IAM console, or aws iam delete-access-key) and run again`);
      }
      throw explainAwsError(err, `iam:CreateAccessKey ${names.user}`, settings);
    }
  }
  return report;
}
