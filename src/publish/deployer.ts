// What the Mattermost apps cloud deployer needs of a bundle beyond what validate checks for every
// consumer. The deployer (research §8) reads bundles with plugin-apps v1.1.0's
// upaws.GetDeployDataFromFile, opens "<function name>.zip" at the bundle root (MMA202, MMA205,
// MMA210 already require it), and uploads manifest.json as it is, not re-marshalled: so the bundle
// must carry the current manifest format, which every plugin version reads.
// Kept in one function so that it can delegate to a table of consumers later.
import type { ValidationResult } from '../bundle/validate.js';
import { finding, type Finding } from '../findings/finding.js';

export function deployerFindings(validation: Pick<ValidationResult, 'manifest'>): Finding[] {
  const m = validation.manifest;
  if (!m) return [];
  return m.format === 'legacy' ? [finding('MMA240', m.locate(['aws_lambda']))] : [];
}
