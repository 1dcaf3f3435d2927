import type { Manifest } from '../../manifests/types.js';
import type { Rule, RuleIssue } from '../types.js';
import { hookInfo, type HookInfo } from '../hooks.js';
import { podReferences, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/**
 * When Helm runs the hooks of one event it sorts them and creates them one at a time, waiting for each
 * Job/Pod to finish (pkg/action/hooks.go, execHook). The sort (hookByWeight) is by `helm.sh/hook-weight`
 * ascending, then by metadata.name — not by kind: the helm.sh documentation says "by weight, by resource
 * kind and finally by name", but Helm 3 compares only weight and name (helm/helm#10768, helm/helm#12414,
 * and helm-www#1520 which corrects the documentation; a fix to add kind, helm/helm#12495, was not
 * merged). A dependency with the same weight is therefore created first only when its name sorts first;
 * that is also correct where kind is compared, since ServiceAccount, Secret, ConfigMap and
 * PersistentVolumeClaim precede Job and Pod in Helm's InstallOrder.
 * Non-hook resources are created after all pre-install hooks (pkg/action/install.go), so on first install
 * a pre-install hook cannot use them.
 */
export function createdBefore(dep: Manifest, depHook: HookInfo, user: Manifest, userHook: HookInfo): boolean {
  if (depHook.weight !== userHook.weight) return depHook.weight < userHook.weight;
  const a = dep.resource.name ?? '';
  const b = user.resource.name ?? '';
  return a <= b;
}

const PRE_EVENTS = ['pre-install', 'pre-upgrade'] as const;

export const hookMissingDependency: Rule = {
  id: 'hook/missing-dependency',
  description:
    'A pre-install/pre-upgrade hook uses a ServiceAccount, Secret, ConfigMap or PVC of the same release that is not created before it (not a hook, or a hook of a later weight).',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      const user = pod.manifest;
      const h = hookInfo(user);
      if (!h) continue;
      const events = PRE_EVENTS.filter((e) => h.events.has(e));
      if (events.length === 0) continue;
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        const dep = idx.find(ref.kind, ref.name, user.resource.namespace)[0];
        if (!dep) continue; // not rendered: reference/missing
        const dh = hookInfo(dep);
        const what = `${refName(user)} (${[...h.events].join(', ')} hook, weight ${h.weight}) uses ${ref.kind} "${ref.name}" (${ref.via})`;
        if (!dh) {
          if (!h.events.has('pre-install')) continue; // on upgrade the object exists from the previous release
          issues.push({
            manifest: user,
            path: ref.path,
            message: `${what}, which is not a hook: Helm creates it only after the pre-install hooks, so on first install it does not exist yet. Make it a pre-install hook with a lower helm.sh/hook-weight, or stop using it in the hook.`,
          });
          continue;
        }
        for (const e of events) {
          if (dh.events.has(e)) {
            if (!createdBefore(dep, dh, user, h)) {
              const why =
                dh.weight === h.weight
                  ? `has the same weight (${dh.weight}) and Helm orders equal weights by name, so "${dep.resource.name}" is created after "${user.resource.name}"`
                  : `has weight ${dh.weight}, so Helm creates it after this hook`;
              issues.push({
                manifest: user,
                path: ref.path,
                message: `${what}; that ${ref.kind} is a ${e} hook too but ${why}. Give it a lower helm.sh/hook-weight than ${h.weight}.`,
              });
              break;
            }
          } else if (e === 'pre-install') {
            issues.push({
              manifest: user,
              path: ref.path,
              message: `${what}; that ${ref.kind} is a hook for ${[...dh.events].join(', ') || 'no known event'} but not pre-install, so it does not exist when this hook runs on first install. Add pre-install to its helm.sh/hook with a lower weight.`,
            });
            break;
          }
        }
      }
    }
    return issues;
  },
};
