import type { Rule, RuleIssue } from '../types.js';
import { containersOf, isObject, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/** Kubernetes accepts an env list with a name twice; the last entry silently wins. */
export const workloadDuplicateEnv: Rule = {
  id: 'workload/duplicate-env',
  description: 'A container sets the same environment variable twice in env (the last one silently wins).',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.env)) continue;
        const seen = new Map<string, number>();
        c.container.env.forEach((e: unknown, i: number) => {
          if (!isObject(e) || typeof e.name !== 'string') return;
          const first = seen.get(e.name);
          if (first === undefined) {
            seen.set(e.name, i);
            return;
          }
          issues.push({
            manifest: pod.manifest,
            path: [...c.path, 'env', i, 'name'],
            message: `${refName(pod.manifest)} container "${String(c.container.name ?? c.index)}" sets env ${e.name} twice (entries ${first + 1} and ${i + 1}); the last one wins.`,
          });
        });
      }
    }
    return issues;
  },
};
