import { isHook, isKept } from '../identity.js';
import type { UpgradeIssue } from '../types.js';
import { makeIssue, type UpgradeRule } from './common.js';

const RULE = { id: 'upgrade/pvc-removed', severity: 'warning' as const };

/**
 * A PersistentVolumeClaim the head no longer renders: Helm deletes it unless the BASE release marked it
 * `helm.sh/resource-policy: keep` (Helm reads the policy from the release it upgrades from), and a dynamically
 * provisioned volume is deleted with it (reclaim policy Delete, the default of StorageClasses).
 */
export const pvcRemoved: UpgradeRule = {
  ...RULE,
  description:
    'A PersistentVolumeClaim is removed without `helm.sh/resource-policy: keep`: Helm deletes it, and usually its volume and data with it.',
  check(ctx) {
    const out: UpgradeIssue[] = [];
    for (const d of ctx.diffs) {
      const base = d.base;
      if (d.status !== 'removed' || !base || base.resource.kind !== 'PersistentVolumeClaim') continue;
      if (base.resource.apiVersion !== 'v1' || isHook(base) || isKept(base)) continue;
      out.push(
        makeIssue(RULE, {
          baseManifest: base,
          path: ['metadata', 'name'],
          message: `PersistentVolumeClaim/${d.name} is removed and has no helm.sh/resource-policy: keep: Helm deletes it, and with the usual Delete reclaim policy its volume and the data on it go too. To keep it, first release a version that adds the annotation to the claim, or back up the data.`,
        }),
      );
    }
    return out;
  },
};
