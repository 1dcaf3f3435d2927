import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { isObject, refName } from '../pods.js';
import { createdAtRuntime, isKind, nameList } from '../references.js';
import { resourceIndex } from '../resource-index.js';
import { globMatch } from '../validation.js';
import { closest } from '../../util/closest.js';

/** One service backend of an Ingress, in either API shape. */
interface Backend {
  service: string;
  servicePath: PathSeg[];
  /** The port as written: a number, or a name. */
  port?: number | string;
  portPath: PathSeg[];
}

function backendOf(b: unknown, at: PathSeg[]): Backend | undefined {
  if (!isObject(b)) return undefined;
  // networking.k8s.io/v1: service: {name, port: {name | number}}
  if (isObject(b.service) && typeof b.service.name === 'string' && b.service.name !== '') {
    const port = isObject(b.service.port) ? b.service.port : {};
    const value = typeof port.number === 'number' ? port.number : typeof port.name === 'string' ? port.name : undefined;
    const field = typeof port.number === 'number' ? 'number' : 'name';
    return {
      service: b.service.name,
      servicePath: [...at, 'service', 'name'],
      ...(value !== undefined ? { port: value } : {}),
      portPath: [...at, 'service', 'port', field],
    };
  }
  // extensions/v1beta1, networking.k8s.io/v1beta1: serviceName, servicePort (int or string)
  if (typeof b.serviceName === 'string' && b.serviceName !== '') {
    const sp = b.servicePort;
    const port = typeof sp === 'string' && /^\d+$/.test(sp) ? Number(sp) : sp;
    return {
      service: b.serviceName,
      servicePath: [...at, 'serviceName'],
      ...(typeof port === 'number' || (typeof port === 'string' && port !== '') ? { port } : {}),
      portPath: [...at, 'servicePort'],
    };
  }
  return undefined; // a resource backend, or a malformed one (api/ingress)
}

/** Every service backend of an Ingress: the default backend and each rule path's. */
function backends(ing: Manifest): Backend[] {
  const spec = ing.object.spec;
  if (!isObject(spec)) return [];
  const out: Backend[] = [];
  for (const field of ['defaultBackend', 'backend']) {
    const b = backendOf(spec[field], ['spec', field]);
    if (b) out.push(b);
  }
  if (Array.isArray(spec.rules))
    spec.rules.forEach((r: unknown, i: number) => {
      const paths = isObject(r) && isObject(r.http) && Array.isArray(r.http.paths) ? r.http.paths : [];
      paths.forEach((p: unknown, j: number) => {
        const b = isObject(p) ? backendOf(p.backend, ['spec', 'rules', i, 'http', 'paths', j, 'backend']) : undefined;
        if (b) out.push(b);
      });
    });
  return out;
}

/** The `services` option: a name or glob, or a list of them. */
function globs(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * An Ingress backend must name a Service of the release (or one declared in the `services` option) and one
 * of its ports: the ingress controller otherwise has no endpoints for the path and answers 503 (ingress-nginx
 * "service not found" / "no endpoints"). The API server accepts either. Not checked: resource backends,
 * AWS Load Balancer Controller action backends (`alb.ingress.kubernetes.io/actions.<name>` with port
 * `use-annotation`), ports of ExternalName Services, and missing Services when the release may create
 * Services at run time (an operator's custom resources, RBAC that lets a controller create Services).
 */
export const referenceIngressBackend: Rule = {
  id: 'reference/ingress-backend',
  description:
    "An Ingress backend (service.name/port, or the legacy serviceName/servicePort) names a Service that is neither rendered in the same combo nor listed in the rule's `services` option, or a port (name or number) the rendered Service does not have: the controller answers 503 for that path.",
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const external = globs(ctx.options.services);
    const issues: RuleIssue[] = [];
    for (const ing of idx.ofKind('Ingress')) {
      if (!isKind(ing, 'Ingress', ['networking.k8s.io', 'extensions'])) continue;
      const ann = isObject(ing.object.metadata?.annotations) ? ing.object.metadata.annotations : {};
      for (const b of backends(ing)) {
        if (b.port === 'use-annotation' || `alb.ingress.kubernetes.io/actions.${b.service}` in ann) continue;
        const svcs = idx.find('Service', b.service, ing.resource.namespace).filter((m) => isKind(m, 'Service', ['']));
        if (svcs.length === 0) {
          if (external.some((g) => globMatch(g, b.service)) || createdAtRuntime(idx, 'services')) continue;
          const names = idx.ofKind('Service').map((s) => s.resource.name ?? '');
          const near = closest(b.service, names);
          issues.push({
            manifest: ing,
            path: b.servicePath,
            message: `${refName(ing)} routes to Service "${b.service}", which this combo does not render${near ? ` (did you mean "${near}"?)` : ''}; the controller answers 503 there. Fix the name, or list the Service under rules.reference/ingress-backend.options.services when another release provides it.`,
          });
          continue;
        }
        if (b.port === undefined) continue;
        if (svcs.some((s) => s.object.spec?.type === 'ExternalName')) continue;
        const ports = svcs.flatMap((s) => (Array.isArray(s.object.spec?.ports) ? s.object.spec.ports : []));
        const numbers = ports.map((p: any) => p?.port).filter((n: unknown) => typeof n === 'number');
        const named = ports.map((p: any) => p?.name).filter((n: unknown): n is string => typeof n === 'string');
        if (typeof b.port === 'number' ? numbers.includes(b.port) : named.includes(b.port)) continue;
        const has =
          typeof b.port === 'number'
            ? `its ports are ${numbers.length ? numbers.join(', ') : 'none'}`
            : `its port names are ${nameList(named)}`;
        issues.push({
          manifest: ing,
          path: b.portPath,
          message: `${refName(ing)} routes to port ${typeof b.port === 'number' ? b.port : `"${b.port}"`} of Service "${b.service}", but ${has}; the controller answers 503 there.`,
        });
      }
    }
    return issues;
  },
};
