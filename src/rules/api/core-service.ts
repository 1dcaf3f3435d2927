/**
 * Services as the API server validates them: ValidateService, validateServicePort, validateClientIPAffinityConfig,
 * validateAffinityTimeout, ValidateServiceClusterIPsRelatedFields, validateLoadBalancerClassField,
 * validateServiceExternalTrafficPolicy (kubernetes/kubernetes pkg/apis/core/validation/validation.go at
 * 000f26050b9be6fb3d79fae95e06b47fc96128cd), after the v1 defaults the API server applies first
 * (SetDefaults_Service: type ClusterIP, sessionAffinity None, protocol TCP, targetPort = port, a ClientIP
 * timeout, allocateLoadBalancerNodePorts true; the REST strategy fills clusterIPs from clusterIP).
 * Warnings follow GetWarningsForService (pkg/api/service/warnings.go at 8a84988bd67138e9c3e40990ceb3c7ec4ef1e2ca).
 * Port names (DNS-1123 labels) and named targetPorts (IANA names) belong to workload/port-name.
 */
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1123Subdomain, qualifiedName } from '../validation.js';
import {
  E,
  fieldPath as p,
  isBuiltin,
  isCIDR,
  isInt,
  isIP,
  isObject,
  Issues,
  portNumProblem,
  specialIPProblem,
} from './common.js';

const IP_TEXT = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const MAX_AFFINITY_SECONDS = 86400;

export const apiService: Rule = {
  id: 'api/service',
  description:
    'A Service the API server rejects: no ports (unless headless or ExternalName), several ports not all named, a repeated port name or port/protocol or nodePort, a port outside 1-65535, nodePort on a ClusterIP Service, clusterIP None on NodePort/LoadBalancer, ExternalName with a cluster IP or no valid externalName, loadBalancerSourceRanges/loadBalancerClass/allocateLoadBalancerNodePorts off LoadBalancer, externalTrafficPolicy on a Service not reachable from outside, sessionAffinityConfig with affinity None, invalid IPs or CIDRs; fields a headless or ExternalName Service ignores warn (ValidateService, validateServicePort, ValidateServiceClusterIPsRelatedFields, validateServiceExternalTrafficPolicy).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, 'Service', [''])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
      const clusterIP = typeof spec.clusterIP === 'string' ? spec.clusterIP : '';
      const clusterIPs: unknown[] = Array.isArray(spec.clusterIPs)
        ? spec.clusterIPs
        : clusterIP !== ''
          ? [clusterIP]
          : [];
      const headless = clusterIPs.length === 1 && clusterIPs[0] === 'None';
      const ports: unknown[] = Array.isArray(spec.ports) ? spec.ports : [];
      const add = (path: PathSeg[], text: string, hint?: string, severity?: 'warning') =>
        issues.add(m, path, text, hint, severity);

      if (ports.length === 0 && !headless && type !== 'ExternalName')
        add(
          Array.isArray(spec.ports) ? ['spec', 'ports'] : ['spec'],
          E.required('spec.ports'),
          'a Service needs at least one port unless it is headless (clusterIP: None) or ExternalName',
        );
      if ((type === 'LoadBalancer' || type === 'NodePort') && headless)
        add(
          ['spec', spec.clusterIP !== undefined ? 'clusterIP' : 'clusterIPs'],
          E.invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`),
        );
      if (type === 'ExternalName') {
        if (clusterIPs.length > 0)
          add(
            ['spec', spec.clusterIP !== undefined ? 'clusterIP' : 'clusterIPs'],
            E.forbidden('spec.clusterIPs', 'may not be set for ExternalName services'),
            'remove clusterIP from an ExternalName Service',
          );
        if (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length > 0)
          add(['spec', 'ipFamilies'], E.forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
        if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null)
          add(
            ['spec', 'ipFamilyPolicy'],
            E.forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'),
          );
        const name = typeof spec.externalName === 'string' ? spec.externalName.replace(/\.$/, '') : '';
        if (name === '')
          add(
            spec.externalName === undefined ? ['spec'] : ['spec', 'externalName'],
            E.required('spec.externalName'),
            'an ExternalName Service needs the DNS name it aliases',
          );
        else {
          const bad = dns1123Subdomain(name);
          if (bad) add(['spec', 'externalName'], E.invalid('spec.externalName', name, bad));
        }
      }
      // ports
      const names = new Set<string>();
      const portKeys = new Set<string>();
      const nodePorts = new Set<string>();
      ports.forEach((sp: unknown, i: number) => {
        if (!isObject(sp)) return;
        const at: PathSeg[] = ['spec', 'ports', i];
        const name = typeof sp.name === 'string' ? sp.name : '';
        if (ports.length > 1 && name === '')
          add(at, E.required(p([...at, 'name'])), 'when a Service has more than one port, every port needs a name');
        else if (name !== '') {
          if (names.has(name)) add([...at, 'name'], E.duplicate(p([...at, 'name']), name));
          names.add(name);
        }
        if (isInt(sp.port)) {
          const bad = portNumProblem(sp.port);
          if (bad) add([...at, 'port'], E.invalid(p([...at, 'port']), sp.port, bad));
        }
        if (isInt(sp.targetPort) && sp.targetPort !== 0) {
          const bad = portNumProblem(sp.targetPort);
          if (bad) add([...at, 'targetPort'], E.invalid(p([...at, 'targetPort']), sp.targetPort, bad));
        }
        if (typeof sp.appProtocol === 'string') {
          const bad = qualifiedName(sp.appProtocol);
          if (bad) add([...at, 'appProtocol'], E.invalid(p([...at, 'appProtocol']), sp.appProtocol, bad));
        }
        const protocol = typeof sp.protocol === 'string' ? sp.protocol : 'TCP';
        if (isInt(sp.port)) {
          const key = `${protocol}/${sp.port}`;
          if (portKeys.has(key))
            add(at, E.duplicate(p(at), { protocol, port: sp.port }), `port ${sp.port}/${protocol} is listed twice`);
          portKeys.add(key);
        }
        if (isInt(sp.nodePort) && sp.nodePort !== 0) {
          if (type === 'ClusterIP')
            add(
              [...at, 'nodePort'],
              E.forbidden(p([...at, 'nodePort']), "may not be used when `type` is 'ClusterIP'"),
              'set type: NodePort or LoadBalancer, or leave nodePort out',
            );
          const key = `${protocol}/${sp.nodePort}`;
          if (nodePorts.has(key)) add([...at, 'nodePort'], E.duplicate(p([...at, 'nodePort']), sp.nodePort));
          nodePorts.add(key);
        }
      });
      // session affinity
      const affinity = typeof spec.sessionAffinity === 'string' ? spec.sessionAffinity : 'None';
      if (affinity === 'None' && spec.sessionAffinityConfig !== undefined && spec.sessionAffinityConfig !== null)
        add(
          ['spec', 'sessionAffinityConfig'],
          E.forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'),
          'set sessionAffinity: ClientIP, or remove sessionAffinityConfig',
        );
      if (affinity === 'ClientIP') {
        const t = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
        if (isInt(t) && (t <= 0 || t > MAX_AFFINITY_SECONDS))
          add(
            ['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'],
            E.invalid(
              'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
              t,
              `must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`,
            ),
          );
      }
      // cluster IPs
      if (type !== 'ExternalName') {
        if (
          Array.isArray(spec.clusterIPs) &&
          spec.clusterIPs.length > 0 &&
          clusterIP !== '' &&
          spec.clusterIPs[0] !== clusterIP
        )
          add(
            ['spec', 'clusterIPs'],
            E.invalid('spec.clusterIPs', spec.clusterIPs, 'first value must match `clusterIP`'),
          );
        clusterIPs.forEach((ip, i) => {
          if (typeof ip !== 'string') return;
          const at: PathSeg[] = Array.isArray(spec.clusterIPs) ? ['spec', 'clusterIPs', i] : ['spec', 'clusterIP'];
          if (ip === 'None') {
            if (i > 0 || clusterIPs.length > 1)
              add(at, E.invalid('spec.clusterIPs', clusterIPs, "'None' must be the first and only value"));
          } else if (!isIP(ip)) add(at, E.invalid(`spec.clusterIPs[${i}]`, ip, IP_TEXT));
        });
        if (clusterIPs.length > 2)
          add(['spec', 'clusterIPs'], E.invalid('spec.clusterIPs', clusterIPs, 'may only hold up to 2 values'));
        if (Array.isArray(spec.ipFamilies)) {
          const seen = new Set<unknown>();
          spec.ipFamilies.forEach((f: unknown, i: number) => {
            if (seen.has(f)) add(['spec', 'ipFamilies', i], E.duplicate(`spec.ipFamilies[${i}]`, f));
            seen.add(f);
          });
        }
      }
      if (Array.isArray(spec.externalIPs))
        spec.externalIPs.forEach((ip: unknown, i: number) => {
          if (typeof ip !== 'string') return;
          const at: PathSeg[] = ['spec', 'externalIPs', i];
          if (!isIP(ip)) add(at, E.invalid(p(at), ip, IP_TEXT));
          else {
            const bad = specialIPProblem(ip);
            if (bad) add(at, E.invalid(p(at), ip, bad));
          }
        });
      // LoadBalancer-only fields
      const lb = type === 'LoadBalancer';
      if (Array.isArray(spec.loadBalancerSourceRanges) && spec.loadBalancerSourceRanges.length > 0) {
        if (!lb)
          add(
            ['spec', 'loadBalancerSourceRanges'],
            E.forbidden('spec.LoadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"),
          );
        spec.loadBalancerSourceRanges.forEach((r: unknown, i: number) => {
          if (typeof r === 'string' && !isCIDR(r.trim()))
            add(
              ['spec', 'loadBalancerSourceRanges', i],
              E.invalid(
                `spec.LoadBalancerSourceRanges[${i}]`,
                r.trim(),
                'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
              ),
            );
        });
      }
      if (spec.allocateLoadBalancerNodePorts !== undefined && spec.allocateLoadBalancerNodePorts !== null && !lb)
        add(
          ['spec', 'allocateLoadBalancerNodePorts'],
          E.forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"),
        );
      if (typeof spec.loadBalancerClass === 'string') {
        if (!lb)
          add(
            ['spec', 'loadBalancerClass'],
            E.forbidden('spec.loadBalancerClass', "may only be used when `type` is 'LoadBalancer'"),
          );
        else {
          const bad = qualifiedName(spec.loadBalancerClass);
          if (bad) add(['spec', 'loadBalancerClass'], E.invalid('spec.loadBalancerClass', spec.loadBalancerClass, bad));
        }
      }
      // traffic policies
      const external =
        lb ||
        type === 'NodePort' ||
        (type === 'ClusterIP' && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0);
      if (!external && typeof spec.externalTrafficPolicy === 'string' && spec.externalTrafficPolicy !== '')
        add(
          ['spec', 'externalTrafficPolicy'],
          E.invalid(
            'spec.externalTrafficPolicy',
            spec.externalTrafficPolicy,
            'may only be set for externally-accessible services',
          ),
          `a ${type} Service has no external traffic; set it only for NodePort or LoadBalancer`,
        );
      const needsHealthCheck = lb && spec.externalTrafficPolicy === 'Local';
      if (isInt(spec.healthCheckNodePort) && spec.healthCheckNodePort !== 0) {
        if (!needsHealthCheck)
          add(
            ['spec', 'healthCheckNodePort'],
            E.invalid(
              'spec.healthCheckNodePort',
              spec.healthCheckNodePort,
              "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
            ),
          );
        else {
          const bad = portNumProblem(spec.healthCheckNodePort);
          if (bad)
            add(['spec', 'healthCheckNodePort'], E.invalid('spec.healthCheckNodePort', spec.healthCheckNodePort, bad));
        }
      }
      // warnings (GetWarningsForService): fields a headless or ExternalName Service ignores
      if (type === 'ClusterIP' && clusterIP === 'None') {
        if (typeof spec.loadBalancerIP === 'string' && spec.loadBalancerIP !== '')
          add(
            ['spec', 'loadBalancerIP'],
            'spec.loadBalancerIP is ignored for headless services (an API server warning)',
            undefined,
            'warning',
          );
        if (Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0)
          add(
            ['spec', 'externalIPs'],
            'spec.externalIPs is ignored for headless services (an API server warning)',
            undefined,
            'warning',
          );
        if (affinity !== 'None')
          add(
            ['spec', 'sessionAffinity'],
            'spec.SessionAffinity is ignored for headless services (an API server warning)',
            'clients resolve the pod IPs themselves; there is no proxy to keep affinity',
            'warning',
          );
      }
      if (type === 'ExternalName' && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0)
        add(
          ['spec', 'externalIPs'],
          'spec.externalIPs is ignored when spec.type is "ExternalName" (an API server warning)',
          undefined,
          'warning',
        );
      if (type !== 'ExternalName' && typeof spec.externalName === 'string' && spec.externalName !== '')
        add(
          ['spec', 'externalName'],
          'spec.externalName is ignored when spec.type is not "ExternalName" (an API server warning)',
          undefined,
          'warning',
        );
    }
    return issues.list;
  },
};
