import type { Rule, RuleIssue } from '../types.js';
import { containersOf, isObject, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/**
 * Port names must be unique within a container (Kubernetes rejects duplicates). Across the containers of a
 * pod Kubernetes only warns, since Services and probes that select a port by name get the first one.
 */
export const workloadDuplicatePort: Rule = {
  id: 'workload/duplicate-port',
  description:
    'A container port name is used twice in one container (error) or by two containers of one pod (warning).',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      const inPod = new Map<string, string>();
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.ports)) continue;
        const cname = String(c.container.name ?? c.index);
        const inContainer = new Set<string>();
        c.container.ports.forEach((p: unknown, i: number) => {
          if (!isObject(p) || typeof p.name !== 'string' || p.name === '') return;
          const path = [...c.path, 'ports', i, 'name'];
          if (inContainer.has(p.name)) {
            issues.push({
              manifest: pod.manifest,
              path,
              message: `${refName(pod.manifest)} container "${cname}" has two ports named "${p.name}".`,
            });
            return;
          }
          inContainer.add(p.name);
          const other = inPod.get(p.name);
          if (other !== undefined) {
            issues.push({
              manifest: pod.manifest,
              path,
              severity: 'warning',
              message: `${refName(pod.manifest)} containers "${other}" and "${cname}" both have a port named "${p.name}"; Services and probes that use the name get "${other}"'s.`,
            });
            return;
          }
          inPod.set(p.name, cname);
        });
      }
    }
    return issues;
  },
};
