import type { Rule, RuleIssue } from '../types.js';
import { isObject, refName } from '../pods.js';
import { isKind, namedPorts, nameList, podsSelectedByMap, portName } from '../references.js';
import { resourceIndex } from '../resource-index.js';

/**
 * A Service port whose targetPort is a name reaches a pod only through a container port of that name and
 * protocol: the endpoints controller looks it up in the pod's containers and sidecars
 * (k8s.io/kubernetes pkg/api/v1/pod FindPort) and leaves the pod out of that port's endpoints when none
 * declares it. Checked only against the pods this combo renders that the Service selects; numeric
 * targetPorts are used as they are and not checked, and headless Services (clusterIP None), which proxy
 * nothing, are skipped.
 */
export const referenceTargetPort: Rule = {
  id: 'reference/target-port',
  description:
    'A Service targetPort names a port that no container (of the matching protocol) of the pods it selects declares: the endpoints controller finds no port, so the Service has no endpoints on that port (FindPort). Numeric targetPorts and headless Services are not checked.',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const svc of idx.ofKind('Service')) {
      if (!isKind(svc, 'Service', [''])) continue;
      const spec = svc.object.spec;
      if (!isObject(spec) || spec.type === 'ExternalName' || !Array.isArray(spec.ports)) continue;
      // headless: no proxy, clients reach the pods on their own ports (only SRV records miss the port)
      if (spec.clusterIP === 'None') continue;
      const sel = spec.selector;
      if (!isObject(sel) || Object.keys(sel).length === 0) continue; // endpoints managed by hand
      const pods = podsSelectedByMap(idx, sel, svc.resource.namespace);
      if (pods.length === 0) continue; // workload/service-selector reports it
      const ports = pods.flatMap((p) => namedPorts(p, true));
      spec.ports.forEach((p: unknown, i: number) => {
        if (!isObject(p)) return;
        const name = portName(p.targetPort);
        if (!name) return;
        const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
        if (ports.some((x) => x.name === name && x.protocol === protocol)) return;
        const other = ports.find((x) => x.name === name);
        const selected = [...new Set(pods.map((x) => refName(x.manifest)))].join(', ');
        const which = typeof p.name === 'string' && p.name !== '' ? `"${p.name}"` : String(p.port);
        issues.push({
          manifest: svc,
          path: ['spec', 'ports', i, 'targetPort'],
          message: other
            ? `${refName(svc)} port ${which} targets port "${name}" over ${protocol}, but container "${other.container}" of ${selected} declares "${name}" for ${other.protocol}; the Service has no endpoints on that port.`
            : `${refName(svc)} port ${which} targets port "${name}", but no container of the pods it selects (${selected}) declares a port of that name (they declare ${nameList(ports.map((x) => x.name))}); the Service has no endpoints on that port. Use a declared name or the port number.`,
        });
      });
    }
    return issues;
  },
};
