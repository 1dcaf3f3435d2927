import type { Rule, RuleIssue } from '../types.js';
import { isObject, refName, type PodSpecRef } from '../pods.js';
import { resourceIndex, sameNamespace } from '../resource-index.js';
import { labelsOf, mapSelectorMisses, type SelectorMiss } from '../selectors.js';

/** A Service whose selector matches no pod template of the render has no endpoints (unless another release provides the pods). */
export const workloadServiceSelector: Rule = {
  id: 'workload/service-selector',
  description:
    "A Service's selector matches no pod template rendered in the same combo (the Service would have no endpoints).",
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const svc of idx.ofKind('Service')) {
      const spec = svc.object.spec;
      if (!isObject(spec) || spec.type === 'ExternalName') continue;
      const sel = spec.selector;
      if (!isObject(sel) || Object.keys(sel).length === 0) continue;
      // candidates carry the selector's first label; only when none matches are all pods scanned (for the message)
      const [k0, v0] = Object.entries(sel)[0]!;
      const matches = (pod: PodSpecRef) =>
        sameNamespace(pod.manifest.resource.namespace, svc.resource.namespace) &&
        mapSelectorMisses(sel, labelsOf(pod.metadata?.labels), ['spec', 'selector']).length === 0;
      if (idx.podsWithLabel(k0, String(v0)).some(matches)) continue;
      let best: { misses: SelectorMiss[]; pod: string } | undefined;
      for (const pod of idx.pods) {
        if (!sameNamespace(pod.manifest.resource.namespace, svc.resource.namespace)) continue;
        const misses = mapSelectorMisses(sel, labelsOf(pod.metadata?.labels), ['spec', 'selector']);
        if (!best || misses.length < best.misses.length) best = { misses, pod: refName(pod.manifest) };
      }
      const selText = Object.entries(sel)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',');
      if (!best) {
        issues.push({
          manifest: svc,
          path: ['spec', 'selector'],
          message: `${refName(svc)} selects pods ${selText}, but this combo renders no pod template.`,
        });
        continue;
      }
      const first = best.misses[0]!;
      issues.push({
        manifest: svc,
        path: first.path,
        message: `${refName(svc)} selects pods ${selText}, but no rendered pod template matches; the closest, ${best.pod}: ${best.misses.map((x) => x.reason).join('; ')}.`,
      });
    }
    return issues;
  },
};
