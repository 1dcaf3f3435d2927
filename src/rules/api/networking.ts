/**
 * Ingresses and NetworkPolicies as the API server validates them: ValidateIngressCreate, ValidateIngressSpec,
 * validateIngressRules, validateHTTPIngressRuleValue, validateHTTPIngressPath, validateIngressBackend,
 * validateIngressTypedLocalObjectReference, validateIngressTLS, ValidateNetworkPolicySpec,
 * ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock (kubernetes/kubernetes
 * pkg/apis/networking/validation/validation.go, the newest version the code index stores: file id 322846700,
 * with IPAddress and ServiceCIDR validation, i.e. Kubernetes 1.31 or later; the index does not name its commit).
 * Only networking.k8s.io/v1 objects are checked (older Ingress versions are removed APIs: schema/removed-api).
 */
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1035Label, dns1123Subdomain, ianaSvcName, pathSegmentName } from '../validation.js';
import {
  E,
  fieldPath as p,
  isBuiltin,
  isCIDR,
  isInt,
  isIP,
  isObject,
  Issues,
  labelSelectorProblems,
  portNumProblem,
} from './common.js';

const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

/** IsWildcardDNS1123Subdomain: "*." followed by a DNS-1123 subdomain. */
function wildcardProblem(host: string): string | undefined {
  if (!host.startsWith('*.') || dns1123Subdomain(host.slice(2)))
    return "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  return undefined;
}

function hostProblem(host: string): string | undefined {
  return host.includes('*') ? wildcardProblem(host) : dns1123Subdomain(host);
}

export const apiIngress: Rule = {
  id: 'api/ingress',
  description:
    'An Ingress the API server rejects: neither rules nor defaultBackend, a host that is an IP or not a DNS name, a rule with http but no paths, a Prefix or Exact path that is not absolute or contains //, /./, /../, %2f or ends in /. or /.., a backend with both or neither of service and resource, a service backend with both or neither of port name and number, an invalid service or TLS secret name, an ingress.class annotation that disagrees with ingressClassName (ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath, validateIngressBackend, validateIngressTLS, ValidateIngressCreate).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, 'Ingress', ['networking.k8s.io']) || !m.resource.apiVersion.endsWith('/v1')) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const add = (path: PathSeg[], text: string, hint?: string) => issues.add(m, path, text, hint);
      const rules: unknown[] = Array.isArray(spec.rules) ? spec.rules : [];
      if (rules.length === 0 && !isObject(spec.defaultBackend))
        add(
          ['spec'],
          E.invalid('spec', [], 'either `defaultBackend` or `rules` must be specified'),
          'the rendered Ingress routes nothing',
        );
      const backend = (b: unknown, at: PathSeg[]) => {
        if (!isObject(b)) return;
        const hasResource = isObject(b.resource);
        const hasService = isObject(b.service);
        if (hasResource && hasService)
          return add(at, E.invalid(p(at), '', 'cannot set both resource and service backends'));
        if (!hasResource && !hasService)
          return add(at, E.invalid(p(at), '', 'resource or service backend is required'));
        if (hasResource) {
          const r = b.resource;
          for (const k of ['kind', 'name'])
            if (r[k] === '') add([...at, 'resource', k], E.required(p([...at, 'resource', k]), `${k} is required`));
            else if (typeof r[k] === 'string' && pathSegmentName(r[k]))
              add([...at, 'resource', k], E.invalid(p([...at, 'resource', k]), r[k], pathSegmentName(r[k])!));
          if (typeof r.apiGroup === 'string' && dns1123Subdomain(r.apiGroup))
            add(
              [...at, 'resource', 'apiGroup'],
              E.invalid(p([...at, 'resource', 'apiGroup']), r.apiGroup, dns1123Subdomain(r.apiGroup)!),
            );
          return;
        }
        const s = b.service;
        const sp: PathSeg[] = [...at, 'service'];
        if (s.name === '')
          add([...sp, 'name'], E.required(p([...sp, 'name'])), 'the value that names the Service rendered empty');
        else if (typeof s.name === 'string' && dns1035Label(s.name))
          add([...sp, 'name'], E.invalid(p([...sp, 'name']), s.name, dns1035Label(s.name)!));
        const port = isObject(s.port) ? s.port : {};
        const hasName = typeof port.name === 'string' && port.name !== '';
        const hasNumber = isInt(port.number) && port.number !== 0;
        if (hasName && hasNumber)
          add(
            [...sp, 'port'],
            E.invalid(p(at), '', 'cannot set both port name & port number'),
            'keep the name or the number',
          );
        else if (hasName) {
          const bad = ianaSvcName(port.name);
          if (bad) add([...sp, 'port', 'name'], E.invalid(p([...sp, 'port', 'name']), port.name, bad));
        } else if (hasNumber) {
          const bad = portNumProblem(port.number);
          if (bad) add([...sp, 'port', 'number'], E.invalid(p([...sp, 'port', 'number']), port.number, bad));
        } else
          add(
            isObject(s.port) ? [...sp, 'port'] : sp,
            E.required(p(at), 'port name or number is required'),
            'the value that sets the service port rendered empty',
          );
      };
      backend(spec.defaultBackend, ['spec', 'defaultBackend']);
      rules.forEach((r, i) => {
        if (!isObject(r)) return;
        const at: PathSeg[] = ['spec', 'rules', i];
        if (typeof r.host === 'string' && r.host !== '') {
          if (isIP(r.host))
            add(
              [...at, 'host'],
              E.invalid(p([...at, 'host']), r.host, 'must be a DNS name, not an IP address'),
              'leave host out to match any address',
            );
          const bad = hostProblem(r.host);
          if (bad) add([...at, 'host'], E.invalid(p([...at, 'host']), r.host, bad));
        }
        if (!isObject(r.http)) return;
        const paths: unknown[] = Array.isArray(r.http.paths) ? r.http.paths : [];
        if (paths.length === 0) add([...at, 'http'], E.required(p([...at, 'http', 'paths'])));
        paths.forEach((hp, j) => {
          if (!isObject(hp)) return;
          const pp: PathSeg[] = [...at, 'http', 'paths', j];
          const type = hp.pathType;
          const path = typeof hp.path === 'string' ? hp.path : '';
          if (type === 'Exact' || type === 'Prefix') {
            if (!path.startsWith('/'))
              add(
                hp.path === undefined ? pp : [...pp, 'path'],
                E.invalid(p([...pp, 'path']), path, 'must be an absolute path'),
                `a ${type} path starts with "/"`,
              );
            for (const seq of INVALID_SEQUENCES)
              if (path.includes(seq))
                add([...pp, 'path'], E.invalid(p([...pp, 'path']), path, `must not contain '${seq}'`));
            for (const suf of INVALID_SUFFIXES)
              if (path.endsWith(suf))
                add([...pp, 'path'], E.invalid(p([...pp, 'path']), path, `cannot end with '${suf}'`));
          } else if (type === 'ImplementationSpecific' && path !== '' && !path.startsWith('/'))
            add([...pp, 'path'], E.invalid(p([...pp, 'path']), path, 'must be an absolute path'));
          backend(hp.backend, [...pp, 'backend']);
        });
      });
      if (Array.isArray(spec.tls))
        spec.tls.forEach((t: unknown, i: number) => {
          if (!isObject(t)) return;
          const at: PathSeg[] = ['spec', 'tls', i];
          if (Array.isArray(t.hosts))
            t.hosts.forEach((h: unknown, j: number) => {
              if (typeof h !== 'string') return;
              const bad = hostProblem(h);
              if (bad) add([...at, 'hosts', j], E.invalid(p([...at, 'hosts', j]), h, bad));
            });
          if (typeof t.secretName === 'string' && t.secretName !== '' && dns1123Subdomain(t.secretName))
            add(
              [...at, 'secretName'],
              E.invalid(p([...at, 'secretName']), t.secretName, dns1123Subdomain(t.secretName)!),
            );
        });
      if (typeof spec.ingressClassName === 'string') {
        const bad = spec.ingressClassName === '' ? 'must not be empty' : dns1123Subdomain(spec.ingressClassName);
        if (bad)
          add(
            ['spec', 'ingressClassName'],
            E.invalid('spec.ingressClassName', spec.ingressClassName, bad),
            spec.ingressClassName === '' ? 'leave ingressClassName out instead of rendering it empty' : undefined,
          );
        const ann = m.object.metadata?.annotations?.['kubernetes.io/ingress.class'];
        if (typeof ann === 'string' && ann !== spec.ingressClassName)
          add(
            ['metadata', 'annotations', 'kubernetes.io/ingress.class'],
            E.invalid(
              'annotations.kubernetes.io/ingress.class',
              ann,
              'must match `ingressClassName` when both are specified',
            ),
            `spec.ingressClassName is "${spec.ingressClassName}"; drop the deprecated annotation`,
          );
      }
    }
    return issues.list;
  },
};

function cidrSubset(cidr: string, except: string): boolean | undefined {
  const parse = (s: string): { bits: bigint; len: number; width: number } | undefined => {
    const [ip, l] = s.split('/');
    if (!ip || l === undefined) return undefined;
    const v4 = ip.split('.');
    if (v4.length === 4) {
      let n = 0n;
      for (const x of v4) n = (n << 8n) | BigInt(Number(x));
      return { bits: n, len: Number(l), width: 32 };
    }
    return undefined; // IPv6 subsets are not compared here
  };
  const a = parse(cidr);
  const b = parse(except);
  if (!a || !b || a.width !== b.width) return undefined;
  if (b.len <= a.len) return false;
  const shift = BigInt(a.width - a.len);
  return a.bits >> shift === b.bits >> shift;
}

export const apiNetworkPolicy: Rule = {
  id: 'api/network-policy',
  description:
    'A NetworkPolicy the API server rejects: a port outside 1-65535, endPort below port or with a named or missing port, a peer with none of podSelector, namespaceSelector and ipBlock, or ipBlock beside another, an invalid CIDR or an except that is not a strict subset of it, malformed label selectors, more than two policyTypes (ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, 'NetworkPolicy', ['networking.k8s.io'])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const add = (path: PathSeg[], text: string, hint?: string) => issues.add(m, path, text, hint);
      // the syntax of podSelector keys and values is label/invalid's; the operators are checked here
      for (const pr of labelSelectorProblems(spec.podSelector, ['spec', 'podSelector'], p, false))
        add(pr.path, pr.text);
      for (const dir of ['ingress', 'egress'] as const) {
        const rules = spec[dir];
        if (!Array.isArray(rules)) continue;
        rules.forEach((r: unknown, i: number) => {
          if (!isObject(r)) return;
          const at: PathSeg[] = ['spec', dir, i];
          if (Array.isArray(r.ports))
            r.ports.forEach((pt: unknown, j: number) => {
              if (!isObject(pt)) return;
              const pp: PathSeg[] = [...at, 'ports', j];
              if (isInt(pt.port)) {
                const bad = portNumProblem(pt.port);
                if (bad) add([...pp, 'port'], E.invalid(p([...pp, 'port']), pt.port, bad));
                if (isInt(pt.endPort)) {
                  if (pt.endPort < pt.port)
                    add(
                      [...pp, 'endPort'],
                      E.invalid(p([...pp, 'endPort']), pt.port, 'must be greater than or equal to `port`'),
                    );
                  const badEnd = portNumProblem(pt.endPort);
                  if (badEnd) add([...pp, 'endPort'], E.invalid(p([...pp, 'endPort']), pt.endPort, badEnd));
                }
              } else if (typeof pt.port === 'string') {
                if (pt.endPort !== undefined && pt.endPort !== null)
                  add(
                    [...pp, 'endPort'],
                    E.invalid(p([...pp, 'endPort']), pt.endPort, 'may not be specified when `port` is non-numeric'),
                  );
                const bad = ianaSvcName(pt.port);
                if (bad)
                  add(
                    [...pp, 'port'],
                    E.invalid(p([...pp, 'port']), pt.port, bad),
                    /^\d+$/.test(pt.port) ? 'a quoted number is a port name; write the number unquoted' : undefined,
                  );
              } else if (pt.endPort !== undefined && pt.endPort !== null)
                add(
                  [...pp, 'endPort'],
                  E.invalid(p([...pp, 'endPort']), pt.endPort, 'may not be specified when `port` is not specified'),
                );
            });
          const peers = r[dir === 'ingress' ? 'from' : 'to'];
          if (!Array.isArray(peers)) return;
          peers.forEach((peer: unknown, j: number) => {
            if (!isObject(peer)) return;
            const pp: PathSeg[] = [...at, dir === 'ingress' ? 'from' : 'to', j];
            const kinds = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((k) => isObject(peer[k]));
            if (kinds.length === 0)
              add(
                pp,
                E.required(p(pp), 'must specify a peer'),
                'an empty peer selects nothing; use podSelector: {} to select every pod',
              );
            else if (kinds.length > 1 && kinds.includes('ipBlock'))
              add(
                pp,
                E.forbidden(p(pp), 'may not specify both ipBlock and another peer'),
                'give the ipBlock its own peer entry',
              );
            for (const k of ['podSelector', 'namespaceSelector'])
              for (const pr of labelSelectorProblems(peer[k], [...pp, k], p)) add(pr.path, pr.text);
            const ib = peer.ipBlock;
            if (isObject(ib)) {
              const ip: PathSeg[] = [...pp, 'ipBlock'];
              if (ib.cidr === '') add(ip, E.required(p([...ip, 'cidr'])));
              else if (typeof ib.cidr === 'string' && !isCIDR(ib.cidr))
                add(
                  [...ip, 'cidr'],
                  E.invalid(
                    p([...ip, 'cidr']),
                    ib.cidr,
                    'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
                  ),
                );
              else if (Array.isArray(ib.except))
                ib.except.forEach((ex: unknown, k: number) => {
                  if (typeof ex !== 'string') return;
                  const ep: PathSeg[] = [...ip, 'except', k];
                  if (!isCIDR(ex))
                    add(ep, E.invalid(p(ep), ex, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'));
                  else if (cidrSubset(ib.cidr, ex) === false)
                    add(ep, E.invalid(p(ep), ex, 'must be a strict subset of `cidr`'));
                });
            }
          });
        });
      }
      if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 2)
        add(
          ['spec', 'policyTypes'],
          E.invalid('spec.policyTypes', spec.policyTypes, 'may not specify more than two policyTypes'),
        );
    }
    return issues.list;
  },
};
