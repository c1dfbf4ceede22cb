// clean: what `appsctl aws clean` removes (research mattermost-apps-aws.md §5.3): the invoke user's
// access keys, the user, the invoke group and the invoke policy. Unlike appsctl it honours the
// names given, deletes every access key of the user (IAM refuses to delete a user that has any),
// and without `yes` only plans. It never touches functions, objects, buckets or the execution
// role, and refuses a step (saying why) where the resource is used by something init did not make.
import {
  DeleteAccessKeyCommand,
  DeleteGroupCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteUserCommand,
  DetachGroupPolicyCommand,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListGroupsForUserCommand,
  ListPolicyVersionsCommand,
  RemoveUserFromGroupCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../aws/clients.js';
import { DEFAULT_INVOKE_GROUP, DEFAULT_INVOKE_POLICY, DEFAULT_INVOKE_USER } from '../aws/defaults.js';
import { explainAwsError } from '../aws/errors.js';
import { findGroup, findPolicy, findUser } from '../aws/iam.js';

export interface CleanOptions {
  /** Act; without it, only plan. */
  yes: boolean;
  user?: string;
  group?: string;
  policy?: string;
  onProgress?: (message: string) => void;
}

export interface CleanStep {
  /** What is removed, in words: "access key AKIA…WXYZ of mattermost-apps-invoke". */
  what: string;
  status: 'planned' | 'done' | 'refused';
  /** For a refusal: why, and what to do. */
  reason?: string;
}

export interface CleanReport {
  account: string;
  identity: string;
  steps: CleanStep[];
  /** Resources already gone. */
  absent: string[];
  changed: boolean;
}

/** An access key ID shown without its middle (IDs are not secret, but logs need not hold them). */
const maskKey = (id: string) => (id.length > 8 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id);

export async function cleanAws(clients: AwsClients, options: CleanOptions): Promise<CleanReport> {
  const { iam, settings } = clients;
  const names = { user: options.user ?? DEFAULT_INVOKE_USER, group: options.group ?? DEFAULT_INVOKE_GROUP, policy: options.policy ?? DEFAULT_INVOKE_POLICY };
  const step = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw explainAwsError(err, action, settings);
    }
  };
  const who = await step('sts:GetCallerIdentity', () => clients.sts.send(new GetCallerIdentityCommand({})));
  const report: CleanReport = { account: who.Account ?? '', identity: who.Arn ?? '', steps: [], absent: [], changed: false };
  /** Plans, or with `yes` carries out, one removal. */
  const remove = async (what: string, action: string, fn: () => Promise<unknown>) => {
    if (!options.yes) {
      report.steps.push({ what, status: 'planned' });
      return;
    }
    options.onProgress?.(`removing ${what}`);
    await step(action, fn);
    report.steps.push({ what, status: 'done' });
    report.changed = true;
  };
  const refuse = (what: string, reason: string) => report.steps.push({ what, status: 'refused', reason });

  // Everything is read first, so that a plan shows what --yes would do.
  const [userArn, group, policyArn] = await Promise.all([
    step(`iam:GetUser ${names.user}`, () => findUser(iam, names.user)),
    step(`iam:GetGroup ${names.group}`, () => findGroup(iam, names.group)),
    step('iam:ListPolicies', () => findPolicy(iam, names.policy)),
  ]);
  const keys = userArn ? ((await step(`iam:ListAccessKeys ${names.user}`, () => iam.send(new ListAccessKeysCommand({ UserName: names.user })))).AccessKeyMetadata ?? []) : [];
  const userGroups = userArn ? ((await step(`iam:ListGroupsForUser ${names.user}`, () => iam.send(new ListGroupsForUserCommand({ UserName: names.user })))).Groups ?? []).map((g) => g.GroupName!) : [];
  const userPolicies = userArn ? ((await step(`iam:ListAttachedUserPolicies ${names.user}`, () => iam.send(new ListAttachedUserPoliciesCommand({ UserName: names.user })))).AttachedPolicies ?? []) : [];
  const groupPolicies = group ? ((await step(`iam:ListAttachedGroupPolicies ${names.group}`, () => iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: names.group })))).AttachedPolicies ?? []) : [];
  const policyUsers = policyArn ? await step(`iam:ListEntitiesForPolicy ${names.policy}`, () => iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: policyArn }))) : undefined;

  // 1. The invoke user's access keys, and its membership of the invoke group.
  for (const key of keys) {
    await remove(`access key ${maskKey(key.AccessKeyId!)} of ${names.user}`, `iam:DeleteAccessKey ${names.user}`, () => iam.send(new DeleteAccessKeyCommand({ UserName: names.user, AccessKeyId: key.AccessKeyId! })));
  }
  if (userArn && group?.users.includes(names.user)) {
    await remove(`${names.user} from group ${names.group}`, `iam:RemoveUserFromGroup ${names.group}`, () => iam.send(new RemoveUserFromGroupCommand({ UserName: names.user, GroupName: names.group })));
  }
  // 2. The invoke policy off the group, then the group.
  if (group && policyArn && groupPolicies.some((p) => p.PolicyArn === policyArn)) {
    await remove(`policy ${names.policy} from group ${names.group}`, `iam:DetachGroupPolicy ${names.group}`, () => iam.send(new DetachGroupPolicyCommand({ GroupName: names.group, PolicyArn: policyArn })));
  }
  if (group) {
    const others = group.users.filter((u) => u !== names.user);
    const otherPolicies = groupPolicies.filter((p) => p.PolicyArn !== policyArn).map((p) => p.PolicyName!);
    if (others.length || otherPolicies.length) {
      refuse(`group ${names.group}`, `it also holds ${[...others.map((u) => `user ${u}`), ...otherPolicies.map((p) => `policy ${p}`)].join(', ')}, which init did not put there; remove them first or keep the group`);
    } else {
      await remove(`group ${names.group}`, `iam:DeleteGroup ${names.group}`, () => iam.send(new DeleteGroupCommand({ GroupName: names.group })));
    }
  } else report.absent.push(`group ${names.group}`);
  // 3. The user, when nothing else holds it.
  if (userArn) {
    const otherGroups = userGroups.filter((g) => g !== names.group);
    if (otherGroups.length || userPolicies.length) {
      refuse(`user ${names.user}`, `it also belongs to ${[...otherGroups.map((g) => `group ${g}`), ...userPolicies.map((p) => `policy ${p.PolicyName}`)].join(', ')}; remove those first or keep the user`);
    } else {
      await remove(`user ${names.user}`, `iam:DeleteUser ${names.user}`, () => iam.send(new DeleteUserCommand({ UserName: names.user })));
    }
  } else report.absent.push(`user ${names.user}`);
  // 4. The invoke policy, once nothing else uses it (its older versions go first, as IAM requires).
  if (policyArn) {
    const elsewhere = [
      ...(policyUsers?.PolicyGroups ?? [])
        .map((g) => g.GroupName!)
        .filter((g) => g !== names.group)
        .map((g) => `group ${g}`),
      ...(policyUsers?.PolicyUsers ?? []).map((u) => `user ${u.UserName}`),
      ...(policyUsers?.PolicyRoles ?? []).map((r) => `role ${r.RoleName}`),
    ];
    if (elsewhere.length) {
      refuse(`policy ${names.policy}`, `it is also attached to ${elsewhere.join(', ')}; detach it there first or keep it`);
    } else {
      await remove(`policy ${names.policy}`, `iam:DeletePolicy ${names.policy}`, async () => {
        const versions = (await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }))).Versions ?? [];
        for (const v of versions) if (!v.IsDefaultVersion) await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: v.VersionId! }));
        await iam.send(new DeletePolicyCommand({ PolicyArn: policyArn }));
      });
    }
  } else report.absent.push(`policy ${names.policy}`);
  return report;
}
