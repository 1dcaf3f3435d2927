import type { PathSeg } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { containersOf, isObject, refName, type PodSpecRef } from '../pods.js';
import { isNegative, parseQuantity } from '../quantity.js';
import { resourceIndex } from '../resource-index.js';

/** Each `resources` block of a pod (pod-level, then every container), with its path and an owner label. */
export function resourceBlocks(pod: PodSpecRef): { block: Record<string, any>; path: PathSeg[]; owner: string }[] {
  const out: { block: Record<string, any>; path: PathSeg[]; owner: string }[] = [];
  if (isObject(pod.spec.resources))
    out.push({ block: pod.spec.resources, path: [...pod.specPath, 'resources'], owner: 'pod' });
  for (const c of containersOf(pod)) {
    if (isObject(c.container.resources))
      out.push({
        block: c.container.resources,
        path: [...c.path, 'resources'],
        owner: `container "${String(c.container.name ?? c.index)}"`,
      });
  }
  return out;
}

/** requests and limits must be Kubernetes quantities (e.g. 500m, 256Mi, 1.5, 1e3) and not negative. */
export const resourcesQuantity: Rule = {
  id: 'resources/quantity',
  description:
    'A container resources request or limit is not a valid Kubernetes quantity (e.g. 500m, 256Mi, 1.5), or is negative.',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      for (const { block, path, owner } of resourceBlocks(pod)) {
        for (const kind of ['requests', 'limits'] as const) {
          const map = block[kind];
          if (!isObject(map)) continue;
          for (const [res, v] of Object.entries(map)) {
            const q = parseQuantity(v);
            if (!q)
              issues.push({
                manifest: pod.manifest,
                path: [...path, kind, res],
                message: `${refName(pod.manifest)} ${owner} ${kind}.${res} ${JSON.stringify(v)} is not a quantity (a number with an optional suffix: m, k, M, G, Ki, Mi, Gi, ...; note "Mi" not "MB" and "k" not "K").`,
              });
            else if (isNegative(q))
              issues.push({
                manifest: pod.manifest,
                path: [...path, kind, res],
                message: `${refName(pod.manifest)} ${owner} ${kind}.${res} is negative (${String(v)}).`,
              });
          }
        }
      }
    }
    return issues;
  },
};
