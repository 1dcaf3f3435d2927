import type { UpgradeRule } from './common.js';
import { configNotRolled } from './config-not-rolled.js';
import { immutableField } from './immutable-field.js';
import { kindChanged } from './kind-changed.js';
import { onDelete } from './ondelete.js';
import { pvcRemoved } from './pvc-removed.js';
import { rollout } from './rollout.js';
import { statefulSetRemoved } from './statefulset-removed.js';

/** Every upgrade rule, most severe first. */
export const UPGRADE_RULE_LIST: readonly UpgradeRule[] = [
  immutableField,
  kindChanged,
  statefulSetRemoved,
  pvcRemoved,
  rollout,
  configNotRolled,
  onDelete,
];
