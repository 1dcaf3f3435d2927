import type { Manifest } from '../../manifests/types.js';
import { deepEqual } from '../compare.js';
import { groupOf, isHook, isKept } from '../identity.js';
import type { UpgradeIssue } from '../types.js';
import { getAt, isObject } from '../values.js';
import { makeIssue, type UpgradeRule } from './common.js';

const RULE = { id: 'upgrade/statefulset-removed', severity: 'warning' as const };

const isStatefulSet = (m: Manifest | undefined) =>
  !!m && m.resource.kind === 'StatefulSet' && groupOf(m.resource.apiVersion) === 'apps';

/** The names of a StatefulSet's volume claim templates. */
function claimTemplates(m: Manifest): string[] {
  const v = getAt(m.object, ['spec', 'volumeClaimTemplates']);
  if (!Array.isArray(v)) return [];
  return v.map((t) => getAt(t, ['metadata', 'name'])).filter((n): n is string => typeof n === 'string');
}

function templateLabels(m: Manifest): Record<string, unknown> | undefined {
  const l = getAt(m.object, ['spec', 'template', 'metadata', 'labels']);
  return isObject(l) && Object.keys(l).length > 0 ? l : undefined;
}

/** `data-db-0, data-db-1…`: the claims a StatefulSet creates from its templates (PVC name = template-set-ordinal). */
function claimNames(templates: readonly string[], set: string): string {
  return templates.map((t) => `${t}-${set}-0`).join(', ') + ', …';
}

/**
 * A StatefulSet with volume claim templates that the head no longer renders, or renders under another name (an added
 * StatefulSet in the same namespace with the same pod labels or the same claim templates): the claims are named after
 * the StatefulSet, so the data stays with the old claims and a renamed StatefulSet starts with empty volumes.
 */
export const statefulSetRemoved: UpgradeRule = {
  ...RULE,
  description:
    'A StatefulSet with volume claim templates is removed or renamed: its PersistentVolumeClaims are orphaned and a renamed StatefulSet starts with empty volumes.',
  check(ctx) {
    const out: UpgradeIssue[] = [];
    const added = ctx.diffs.filter((d) => d.status === 'added' && isStatefulSet(d.head) && !isHook(d.head));
    for (const d of ctx.diffs) {
      const base = d.base;
      if (d.status !== 'removed' || !base || !isStatefulSet(base) || isHook(base) || isKept(base)) continue;
      const templates = claimTemplates(base);
      if (templates.length === 0) continue;
      const deletes = getAt(base.object, ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted']) === 'Delete';
      const fate = deletes
        ? `are deleted with it (persistentVolumeClaimRetentionPolicy.whenDeleted is Delete), and the data with them`
        : `stay behind with the data, owned by nothing`;
      const labels = templateLabels(base);
      const renamed = added.find((a) => {
        const head = a.head!;
        if (a.namespace !== d.namespace) return false;
        const hl = templateLabels(head);
        const ht = claimTemplates(head);
        return (
          (labels && hl && deepEqual(labels, hl)) || (ht.length > 0 && deepEqual([...ht].sort(), [...templates].sort()))
        );
      });
      if (renamed) {
        out.push(
          makeIssue(RULE, {
            manifest: renamed.head,
            baseManifest: base,
            path: ['metadata', 'name'],
            message: `StatefulSet/${d.name} is renamed to StatefulSet/${renamed.name}: Kubernetes sees a new StatefulSet, whose claims are named after it (${claimNames(claimTemplates(renamed.head!), renamed.name)}), so it starts with empty volumes, while the old claims (${claimNames(templates, d.name)}) ${fate}. Keep the old name (for example with fullnameOverride), or move the data.`,
          }),
        );
      } else {
        out.push(
          makeIssue(RULE, {
            baseManifest: base,
            path: ['metadata', 'name'],
            message: `StatefulSet/${d.name} is removed: Helm deletes it, and its PersistentVolumeClaims (${claimNames(templates, d.name)}) ${fate}; a StatefulSet created later under another name starts with empty volumes.`,
          }),
        );
      }
    }
    return out;
  },
};
