import type { Rule, RuleIssue } from '../types.js';
import { containersOf, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/** Container names must be unique across containers, initContainers and ephemeralContainers of a pod. */
export const workloadDuplicateContainer: Rule = {
  id: 'workload/duplicate-container',
  description: 'Two containers of one pod (containers, initContainers, ephemeralContainers) share a name.',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      const seen = new Map<string, string>();
      for (const c of containersOf(pod)) {
        const name = c.container.name;
        if (typeof name !== 'string') continue;
        const where = `${c.list}[${c.index}]`;
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, where);
          continue;
        }
        issues.push({
          manifest: pod.manifest,
          path: [...c.path, 'name'],
          message: `${refName(pod.manifest)} has two containers named "${name}" (${first} and ${where}); Kubernetes rejects duplicate container names.`,
        });
      }
    }
    return issues;
  },
};
