import { isHook, refOf } from '../identity.js';
import type { UpgradeIssue } from '../types.js';
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

const RULE = { id: 'upgrade/ondelete', severity: 'notice' as const };

/** A StatefulSet or DaemonSet with updateStrategy OnDelete whose pod template changes: no pod is replaced. */
export const onDelete: UpgradeRule = {
  ...RULE,
  description:
    'A StatefulSet or DaemonSet with updateStrategy OnDelete whose pod template changes: nothing rolls until its pods are deleted by hand.',
  check(ctx) {
    const out: UpgradeIssue[] = [];
    for (const d of ctx.diffs) {
      if (d.status !== 'changed' || isHook(d.base) || isHook(d.head)) continue;
      if (!isRollingWorkload(d.head) || (d.kind !== 'StatefulSet' && d.kind !== 'DaemonSet')) continue;
      const x = defaulted(d);
      if (!x || !isOnDelete(x)) continue;
      const changes = templateChanges(x);
      if (changes.length === 0) continue;
      out.push(
        makeIssue(RULE, {
          manifest: x.head,
          baseManifest: x.base,
          // where the template changed: the line the pull request touched, which will not roll
          path: headPathOf(x, changes[0], ['spec', 'template']),
          message: `${refOf(x.head)} has updateStrategy OnDelete: its pod template changes (${describeChanges(x, changes, { from: 2 })}) but no running pod is replaced until it is deleted by hand.`,
        }),
      );
    }
    return out;
  },
};
