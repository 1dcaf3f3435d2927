import type { Rule, RuleIssue } from '../types.js';
import { containersOf, isObject, refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';
import { dns1123Label, ianaSvcName } from '../validation.js';

/**
 * Container port names and a Service's named targetPort must be IANA service names (RFC 6335: at most 15
 * lowercase alphanumerics or "-", at least one letter, no leading, trailing or double "-"); Service port
 * names must be DNS-1123 labels.
 */
export const workloadPortName: Rule = {
  id: 'workload/port-name',
  description:
    'A container port name or Service targetPort name is not a valid IANA service name, or a Service port name is not a DNS-1123 label.',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.ports)) continue;
        c.container.ports.forEach((p: unknown, i: number) => {
          if (!isObject(p) || typeof p.name !== 'string') return;
          const bad = ianaSvcName(p.name);
          if (bad)
            issues.push({
              manifest: pod.manifest,
              path: [...c.path, 'ports', i, 'name'],
              message: `${refName(pod.manifest)} container "${String(c.container.name)}" port name "${p.name}" ${bad}.`,
            });
        });
      }
    }
    for (const svc of idx.ofKind('Service')) {
      const ports = svc.object.spec?.ports;
      if (!Array.isArray(ports)) continue;
      ports.forEach((p: unknown, i: number) => {
        if (!isObject(p)) return;
        if (typeof p.name === 'string' && p.name !== '') {
          const bad = dns1123Label(p.name);
          if (bad)
            issues.push({
              manifest: svc,
              path: ['spec', 'ports', i, 'name'],
              message: `${refName(svc)} port name "${p.name}" ${bad}.`,
            });
        }
        if (typeof p.targetPort === 'string') {
          const bad = ianaSvcName(p.targetPort);
          if (bad)
            issues.push({
              manifest: svc,
              path: ['spec', 'ports', i, 'targetPort'],
              message: `${refName(svc)} targetPort "${p.targetPort}" is a port name (a string) that ${bad}; use a number or a container port name.`,
            });
        }
      });
    }
    return issues;
  },
};
