import type { Rule, RuleIssue } from '../types.js';
import { DELETE_POLICIES, DELETE_POLICY_ANNOTATION, hookInfo } from '../hooks.js';
import { podReferences, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/**
 * `helm.sh/hook-delete-policy` values Helm knows: before-hook-creation (the default when none is set),
 * hook-succeeded, hook-failed; Helm drops any other value with an info log. With hook-succeeded Helm
 * deletes the hook resource once every hook of that event has succeeded (pkg/action/hooks.go), so it is
 * gone for any later event's hook, and for the release's own workloads, that uses it.
 */
export const hookDeletePolicy: Rule = {
  id: 'hook/delete-policy',
  description:
    'helm.sh/hook-delete-policy values are ones Helm knows, and a hook resource deleted on success (hook-succeeded) is not used by a later hook or by the release workloads.',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      const h = hookInfo(m);
      if (!h) continue;
      for (const p of h.deletePolicies) {
        if (!DELETE_POLICIES.has(p))
          issues.push({
            manifest: m,
            path: ['metadata', 'annotations', DELETE_POLICY_ANNOTATION],
            message: `${refName(m)} has helm.sh/hook-delete-policy "${p}", which Helm ignores; valid values are ${[...DELETE_POLICIES].join(', ')}.`,
          });
      }
    }
    for (const pod of idx.pods) {
      const user = pod.manifest;
      const h = hookInfo(user);
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        const dep = idx.find(ref.kind, ref.name, user.resource.namespace)[0];
        if (!dep || dep === user) continue;
        const dh = hookInfo(dep);
        if (!dh || !dh.deletePolicies.includes('hook-succeeded')) continue;
        const depWhat = `${ref.kind} "${ref.name}" is a ${[...dh.events].join(', ')} hook deleted once its hooks succeed (hook-succeeded)`;
        if (!h) {
          issues.push({
            manifest: user,
            path: ref.path,
            message: `${refName(user)} uses ${ref.kind} "${ref.name}" (${ref.via}), but ${depWhat}, so it is gone by the time the release's workloads run. Drop hook-succeeded or make it a regular resource.`,
          });
          continue;
        }
        // a pre-install user of a non-pre-install hook is hook/missing-dependency's error
        const later = [...h.events].filter((e) => !dh.events.has(e) && e !== 'pre-install');
        if (later.length === 0) continue;
        issues.push({
          manifest: user,
          path: ref.path,
          message: `${refName(user)} (${later.join(', ')} hook) uses ${ref.kind} "${ref.name}" (${ref.via}), but ${depWhat}, so it no longer exists when this hook runs. Add ${later.join(', ')} to its helm.sh/hook or drop hook-succeeded.`,
        });
      }
    }
    return issues;
  },
};
