import type { PathSeg } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { containersOf, isObject, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/** A probe that names its port (a string) must name a containerPort of the same container; the kubelet fails it otherwise. */
export const workloadProbePort: Rule = {
  id: 'workload/probe-port',
  description: "A liveness, readiness or startup probe names a port that is not one of its container's port names.",
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        const names = new Set<string>();
        if (Array.isArray(c.container.ports))
          for (const p of c.container.ports) if (isObject(p) && typeof p.name === 'string') names.add(p.name);
        for (const probe of PROBES) {
          const pr = c.container[probe];
          if (!isObject(pr)) continue;
          for (const h of HANDLERS) {
            const port = isObject(pr[h]) ? pr[h].port : undefined;
            if (typeof port !== 'string' || names.has(port)) continue;
            const path: PathSeg[] = [...c.path, probe, h, 'port'];
            const known =
              names.size > 0
                ? `its ports are named ${[...names].map((n) => `"${n}"`).join(', ')}`
                : 'it has no named ports';
            issues.push({
              manifest: pod.manifest,
              path,
              message: `${refName(pod.manifest)} container "${String(c.container.name ?? c.index)}" ${probe} uses port "${port}", but ${known}.${/^\d+$/.test(port) ? ' A quoted number is a port name; write the number unquoted.' : ''}`,
            });
          }
        }
      }
    }
    return issues;
  },
};
