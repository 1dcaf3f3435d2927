import type { Rule, RuleIssue } from '../types.js';
import { isObject, refName } from '../pods.js';
import { compareQuantity, parseQuantity } from '../quantity.js';
import { resourceIndex } from '../resource-index.js';
import { resourceBlocks } from './quantity.js';

/** Kubernetes rejects a request above the limit of the same resource ("must be less than or equal to … limit"). */
export const resourcesRequestsExceedLimits: Rule = {
  id: 'resources/requests-exceed-limits',
  description:
    'A resource request is greater than the limit of the same resource (compared numerically, e.g. 512Mi vs 0.5Gi).',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      for (const { block, path, owner } of resourceBlocks(pod)) {
        if (!isObject(block.requests) || !isObject(block.limits)) continue;
        for (const [res, rv] of Object.entries(block.requests)) {
          if (!(res in block.limits)) continue;
          const lv = block.limits[res];
          const rq = parseQuantity(rv);
          const lq = parseQuantity(lv);
          if (!rq || !lq) continue; // resources/quantity reports it
          if (compareQuantity(rq, lq) > 0)
            issues.push({
              manifest: pod.manifest,
              path: [...path, 'requests', res],
              message: `${refName(pod.manifest)} ${owner} requests ${res} ${String(rv)}, more than its limit ${String(lv)}; Kubernetes rejects the pod.`,
            });
        }
      }
    }
    return issues;
  },
};
