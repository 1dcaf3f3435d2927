import type { Rule, RuleIssue } from '../types.js';
import { refName } from '../pods.js';
import {
  closestMiss,
  createdAtRuntime,
  hasRequirements,
  isKind,
  podCandidates,
  podsSelectedBy,
  selectorText,
} from '../references.js';
import { resourceIndex, sameNamespace } from '../resource-index.js';

/** The selectors checked: kind, API groups, the selector's field path, what it is for. */
const SELECTORS = [
  {
    kind: 'PodDisruptionBudget',
    groups: ['policy'],
    field: 'selector',
    effect: 'it protects no pod of the release from voluntary evictions (node drains)',
  },
  {
    kind: 'NetworkPolicy',
    groups: ['networking.k8s.io', 'extensions'],
    field: 'podSelector',
    effect: 'its rules apply to no pod of the release',
  },
] as const;

/**
 * A PodDisruptionBudget or NetworkPolicy applies to the pods its label selector matches in its namespace
 * (the disruption controller, the network plugin); one that matches no pod template of the release is
 * accepted by the API server and does nothing. An empty selector (`{}`) selects every pod of the namespace
 * and is never reported; neither is a render whose operator custom resources or RBAC let it create pods at
 * run time (createdAtRuntime), which the selector may be meant for.
 */
export const referenceSelectsNothing: Rule = {
  id: 'reference/selects-nothing',
  description:
    'A PodDisruptionBudget selector or NetworkPolicy podSelector matches no pod template rendered in the same combo: the budget protects nothing, the policy applies to nothing. Empty selectors are never reported, nor are renders that may create pods at run time (an operator custom resource, RBAC that lets a controller create pods).',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const s of SELECTORS) {
      for (const m of idx.ofKind(s.kind)) {
        if (!isKind(m, s.kind, s.groups)) continue;
        const sel = m.object.spec?.[s.field];
        if (!hasRequirements(sel)) continue;
        if (podsSelectedBy(idx, sel, m.resource.namespace).length > 0) continue;
        if (createdAtRuntime(idx, 'pods')) continue;
        const candidates = idx.pods.filter((p) => sameNamespace(p.manifest.resource.namespace, m.resource.namespace));
        const best = closestMiss(sel, podCandidates(candidates), ['spec', s.field]);
        issues.push({
          manifest: m,
          path: best?.misses[0]?.path ?? ['spec', s.field],
          message: `${refName(m)} selects pods ${selectorText(sel)}, but ${best ? `no pod template of this combo matches; the closest, ${best.name}: ${best.misses.map((x) => x.reason).join('; ')}` : 'this combo renders no pod template'}. As rendered, ${s.effect}.`,
        });
      }
    }
    return issues;
  },
};
