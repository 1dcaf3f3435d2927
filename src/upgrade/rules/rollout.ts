import { isHook, refOf } from '../identity.js';
import type { UpgradeIssue } from '../types.js';
import { getAt } from '../values.js';
import {
  defaulted,
  describeChanges,
  headPathOf,
  isOnDelete,
  isRollingWorkload,
  makeIssue,
  templateChanges,
  type UpgradeRule,
} from './common.js';

const RULE = { id: 'upgrade/rollout', severity: 'notice' as const };

/** Workloads whose pod template changes (after defaulting): the upgrade replaces their pods. */
export const rollout: UpgradeRule = {
  ...RULE,
  description:
    'A Deployment, StatefulSet, DaemonSet or ReplicaSet whose pod template changes: the upgrade replaces its pods (what changed is named).',
  check(ctx) {
    const out: UpgradeIssue[] = [];
    for (const d of ctx.diffs) {
      if (d.status !== 'changed' || !isRollingWorkload(d.head) || isHook(d.base) || isHook(d.head)) continue;
      const x = defaulted(d);
      if (!x || isOnDelete(x)) continue;
      const changes = templateChanges(x);
      if (changes.length === 0) continue;
      let extra = '';
      if (x.kind === 'Deployment' && getAt(x.h, ['spec', 'paused']) === true)
        extra = ' The Deployment is paused (spec.paused): nothing rolls until it is resumed.';
      const partition = getAt(x.h, ['spec', 'updateStrategy', 'rollingUpdate', 'partition']);
      if (x.kind === 'StatefulSet' && typeof partition === 'number' && partition > 0)
        extra = ` Only pods with an ordinal of ${partition} or more are replaced (updateStrategy.rollingUpdate.partition).`;
      out.push(
        makeIssue(RULE, {
          manifest: x.head,
          baseManifest: x.base,
          path: headPathOf(x, changes[0], ['spec', 'template']),
          message: `${refOf(x.head)} rolls out new pods: ${describeChanges(x, changes, { from: 2, max: 4 })}.${extra}`,
        }),
      );
    }
    return out;
  },
};
