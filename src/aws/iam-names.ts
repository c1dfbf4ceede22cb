// IAM's naming rules for the names the user may choose (the IAM API reference: UserName, GroupName,
// RoleName, PolicyName: [\w+=,.@-]+, at most 64 characters for users and roles, 128 for groups and
// policies), checked before anything is sent, so that a typo is a usage error and not an AWS
// ValidationError halfway through a run.

const NAME = /^[\w+=,.@-]+$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/;

export const IAM_NAME_LIMITS = { user: 64, group: 128, role: 64, policy: 128 } as const;

/** What is wrong with an IAM name of `kind`, or undefined. */
export function iamNameProblem(kind: keyof typeof IAM_NAME_LIMITS, name: string): string | undefined {
  const max = IAM_NAME_LIMITS[kind];
  if (name.length > max) return `is ${name.length} characters; an IAM ${kind} name has at most ${max}`;
  if (!NAME.test(name)) return `is not an IAM ${kind} name: use letters, digits and + = , . @ _ -`;
  return undefined;
}

/** A role given by name or by ARN (provision --execute-role). */
export function roleProblem(value: string): string | undefined {
  return value.startsWith('arn:') ? (ROLE_ARN.test(value) ? undefined : 'is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)') : iamNameProblem('role', value);
}
