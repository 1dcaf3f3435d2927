/**
 * Upgrade safety (issue 12): what `helm upgrade` does with a chart change, found by comparing the render of one combo
 * at the pull request's base commit with its render at the head. Pure functions: no git, no helm.
 *
 *   const diffs = diffRenders(baseManifests, headManifests, { namespace });
 *   const issues = upgradeIssues(diffs);
 *
 * The manifests on ResourceDiff (head/base) and UpgradeIssue (manifest/baseManifest) are non-enumerable: JSON of a
 * diff or an issue never carries a rendered document (nor Secret data), but code reads them as usual.
 */
import type { Manifest } from '../manifests/types.js';
import type { Severity } from '../types.js';
import { renderPairs } from './diff.js';
import { scopesOf } from './identity.js';
import { UPGRADE_RULE_LIST } from './rules/index.js';
import type { ResourceDiff, UpgradeIssue } from './types.js';

export type { FieldChange, ResourceDiff, UpgradeIssue } from './types.js';
export { diffRenders } from './diff.js';

/** The upgrade rules, for the README rules table and --list-rules. */
export const UPGRADE_RULES: readonly { id: string; severity: Severity; description: string }[] = UPGRADE_RULE_LIST.map(
  (r) => ({ id: r.id, severity: r.severity, description: r.description }),
);

/**
 * The upgrade findings of one combo, from its diffs. upgrade/config-not-rolled also looks at workloads that did not
 * change at all, which are in no diff: when `diffs` is the array diffRenders returned, its renders are remembered;
 * otherwise pass them as `renders`.
 */
export function upgradeIssues(
  diffs: readonly ResourceDiff[],
  renders?: { base: readonly Manifest[]; head: readonly Manifest[]; namespace: string },
): UpgradeIssue[] {
  const pair =
    renderPairs.get(diffs) ?? (renders ? { ...renders, scopes: scopesOf(renders.base, renders.head) } : undefined);
  const ctx = { diffs, ...(pair ? { renders: pair } : {}) };
  const out: UpgradeIssue[] = [];
  for (const rule of UPGRADE_RULE_LIST) out.push(...rule.check(ctx));
  return out;
}
