import { groupOf, isHook, isKept } from '../identity.js';
import type { ResourceDiff, UpgradeIssue } from '../types.js';
import { makeIssue, type UpgradeRule } from './common.js';

const RULE = { id: 'upgrade/kind-changed', severity: 'warning' as const };

const POD_OWNERS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Pod',
]);

/** Kinds that moved between API groups while the API server kept serving one stored object under both. */
const SAME_STORAGE: ReadonlySet<string> = new Set([
  'extensions|apps|Deployment',
  'extensions|apps|DaemonSet',
  'extensions|apps|ReplicaSet',
  'extensions|networking.k8s.io|Ingress',
  'extensions|networking.k8s.io|NetworkPolicy',
  'extensions|policy|PodSecurityPolicy',
  '|events.k8s.io|Event',
]);

function consequence(kind: string): string {
  if (POD_OWNERS.has(kind)) return ': its pods are deleted and new ones start from scratch';
  if (kind === 'Service') return ': the Service gets a new cluster IP';
  if (kind === 'PersistentVolumeClaim')
    return ': the claim and, with the usual Delete reclaim policy, its data are deleted';
  return '';
}

/**
 * The same group/namespace/name under another kind, or the same kind/namespace/name under another API group: Helm
 * matches release objects by group, kind, namespace and name, so it creates the new object and deletes the old one.
 */
export const kindChanged: UpgradeRule = {
  ...RULE,
  description:
    'An object keeps its name but changes kind (or API group): Helm deletes the old object and creates a new one (pods restart, a Service gets a new cluster IP, …).',
  check(ctx) {
    const removed = ctx.diffs.filter((d) => d.status === 'removed' && d.base && !isHook(d.base) && !isKept(d.base));
    const added = ctx.diffs.filter((d) => d.status === 'added' && d.head && !isHook(d.head));
    const used = new Set<ResourceDiff>();
    const out: UpgradeIssue[] = [];
    for (const r of removed) {
      const rg = groupOf(r.apiVersion);
      for (const a of added) {
        if (used.has(a) || a.name !== r.name || a.namespace !== r.namespace) continue;
        const ag = groupOf(a.apiVersion);
        let message: string;
        let path: string[];
        if (rg === ag && a.kind !== r.kind) {
          message = `${r.kind}/${r.name} becomes ${a.kind}/${a.name}: Helm deletes the old ${r.kind}${consequence(r.kind)}, and creates the ${a.kind} anew.`;
          path = ['kind'];
        } else if (a.kind === r.kind && rg !== ag) {
          const shared = SAME_STORAGE.has(`${rg}|${ag}|${a.kind}`) || SAME_STORAGE.has(`${ag}|${rg}|${a.kind}`);
          message =
            `${a.kind}/${a.name} moves from API group ${rg || 'core'} to ${ag || 'core'}: Helm treats it as another object, creates the new one and deletes the old one${consequence(a.kind)}.` +
            (shared
              ? ' The API server serves both groups from one stored object, so deleting the "old" one can delete the object itself.'
              : '');
          path = ['apiVersion'];
        } else continue;
        used.add(a);
        out.push(makeIssue(RULE, { manifest: a.head, baseManifest: r.base, path, message }));
        break;
      }
    }
    return out;
  },
};
