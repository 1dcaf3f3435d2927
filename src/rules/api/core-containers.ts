/**
 * Containers as the API server validates a pod template: validateContainerCommon, validateContainers,
 * validateInitContainers, validateContainerPorts, AccumulateUniqueHostPorts/checkHostPortConflicts,
 * validatePodHostNetworkDeps, validateResourceRequirements, validateContainerResourceName,
 * validateResourceQuantityHugePageValue, validateResizePolicy, validateContainerOnlyForPod; probes and lifecycle
 * hooks: validateProbe, validateLivenessProbe, validateReadinessProbe, validateStartupProbe, validateHandler,
 * validateExecAction, validateHTTPGetAction, ValidatePortNumOrName, validateSleepAction, validateLifecycle;
 * environment: ValidateEnv, validateEnvVarValueFrom, validateObjectFieldSelector,
 * validateContainerResourceFieldSelector, validateContainerResourceDivisor, validateConfigMapKeySelector,
 * validateSecretKeySelector, ValidateEnvFrom (kubernetes/kubernetes pkg/apis/core/validation/validation.go at
 * 000f26050b9be6fb3d79fae95e06b47fc96128cd). Warning-level checks follow warningsForPodSpecAndMeta
 * (pkg/api/pod/warnings.go at 1853742da6212a55cfe41328d8d463efe7c0bd93): duplicate or overlapping
 * containerPort/protocol, hostIP without hostPort, fractional bytes of memory or ephemeral-storage.
 */
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { compareQuantity, parseQuantity, type Quantity } from '../quantity.js';
import { dns1123Label, dns1123Subdomain, qualifiedName } from '../validation.js';
import {
  containers,
  type Ctr,
  E,
  fieldPath,
  gracePeriod,
  isInt,
  isObject,
  isSidecar,
  Issues,
  keyOr,
  milliCeil,
  NEGATIVE,
  podSites,
  portNumProblem,
  type PodSite,
} from './common.js';
import { fieldPathProblem, RESOURCE_FIELD_PATHS, resourceFieldOk } from './core-volumes.js';

// ---------------------------------------------------------------------------------------------------------
// Resource names (pkg/apis/core/helper: IsNativeResource, IsHugePageResourceName, IsExtendedResourceName)

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

function isNative(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

function isExtended(name: string): boolean {
  return !isNative(name) && !name.startsWith('requests.') && qualifiedName(`requests.${name}`) === undefined;
}

/** IsOvercommitAllowed: native resources other than hugepages may have requests below limits. */
function overcommitAllowed(name: string): boolean {
  return isNative(name) && !isHugePages(name);
}

/** validateContainerResourceName: the error detail, or undefined. */
function resourceNameProblem(name: string): string | undefined {
  const bad = qualifiedName(name);
  if (bad) return `the name ${bad}`;
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name))
      return 'must be a standard resource for containers';
  } else if (!isNative(name) && !isExtended(name)) return "doesn't follow extended resource name standard";
  return undefined;
}

/** An exact integer of a quantity (undefined when fractional). */
function exactInteger(q: Quantity): bigint | undefined {
  if (q.exp10 >= 0) return q.mantissa * 10n ** BigInt(q.exp10);
  const d = 10n ** BigInt(-q.exp10);
  return q.mantissa % d === 0n ? q.mantissa / d : undefined;
}

function fmtQ(v: unknown): string {
  return String(v);
}

// ---------------------------------------------------------------------------------------------------------
// api/container

function portChecks(site: PodSite, issues: Issues, ctr: Ctr): void {
  if (!Array.isArray(ctr.c.ports)) return;
  ctr.c.ports.forEach((p: unknown, i: number) => {
    if (!isObject(p)) return;
    const at: PathSeg[] = [...ctr.path, 'ports', i];
    if (p.containerPort === 0) site.add(issues, [...at, 'containerPort'], E.required(site.p([...at, 'containerPort'])));
    else if (isInt(p.containerPort)) {
      const bad = portNumProblem(p.containerPort);
      if (bad)
        site.add(issues, [...at, 'containerPort'], E.invalid(site.p([...at, 'containerPort']), p.containerPort, bad));
    }
    if (isInt(p.hostPort) && p.hostPort !== 0) {
      const bad = portNumProblem(p.hostPort);
      if (bad) site.add(issues, [...at, 'hostPort'], E.invalid(site.p([...at, 'hostPort']), p.hostPort, bad));
    }
  });
}

/** checkHostPortConflicts over one group of containers: protocol/hostIP/hostPort may not repeat. */
function hostPortConflicts(site: PodSite, issues: Issues, group: Ctr[]): void {
  const seen = new Set<string>();
  for (const ctr of group) {
    if (!Array.isArray(ctr.c.ports)) continue;
    ctr.c.ports.forEach((p: unknown, i: number) => {
      if (!isObject(p) || !isInt(p.hostPort) || p.hostPort === 0) return;
      const key = `${typeof p.protocol === 'string' ? p.protocol : 'TCP'}/${typeof p.hostIP === 'string' ? p.hostIP : ''}/${p.hostPort}`;
      const at: PathSeg[] = [...ctr.path, 'ports', i, 'hostPort'];
      if (seen.has(key))
        site.add(issues, at, E.duplicate(site.p(at), key), 'two ports of the pod bind the same host port');
      seen.add(key);
    });
  }
}

/** The port warnings of warningsForPodSpecAndMeta, across every container of the pod. */
function portWarnings(site: PodSite, issues: Issues, all: Ctr[]): void {
  const byPort = new Map<string, { at: PathSeg[]; hostIP: string; hostPort: number }[]>();
  for (const ctr of all) {
    if (!Array.isArray(ctr.c.ports)) continue;
    ctr.c.ports.forEach((p: unknown, i: number) => {
      if (!isObject(p) || !isInt(p.containerPort)) return;
      const at: PathSeg[] = [...ctr.path, 'ports', i];
      const hostIP = typeof p.hostIP === 'string' ? p.hostIP : '';
      const hostPort = isInt(p.hostPort) ? p.hostPort : 0;
      if (hostIP !== '' && hostPort === 0)
        site.add(
          issues,
          at,
          `${site.p(at)}: hostIP set without hostPort (an API server warning)`,
          'hostIP has no effect without hostPort',
          'warning',
        );
      const key = `${p.containerPort}/${typeof p.protocol === 'string' ? p.protocol : 'TCP'}`;
      const others = byPort.get(key) ?? [];
      for (const o of others) {
        let kind: string | undefined;
        if (hostIP === o.hostIP && hostPort === o.hostPort) kind = 'duplicate port definition';
        else if (hostPort === 0 || o.hostPort === 0) kind = 'overlapping port definition';
        else if (hostPort === o.hostPort && (hostIP === '') !== (o.hostIP === ''))
          kind = 'dangerously ambiguous port definition';
        if (kind) {
          site.add(
            issues,
            [...at, 'containerPort'],
            `${site.p(at)}: ${kind} with ${site.p(o.at)} (an API server warning)`,
            `containers of one pod share its network namespace, so port ${key} is declared twice`,
            'warning',
          );
          break;
        }
      }
      others.push({ at, hostIP, hostPort });
      byPort.set(key, others);
    });
  }
}

function resourceChecks(site: PodSite, issues: Issues, ctr: Ctr): void {
  const res = ctr.c.resources;
  if (!isObject(res)) return;
  const base: PathSeg[] = [...ctr.path, 'resources'];
  const limits = isObject(res.limits) ? res.limits : {};
  const requests = isObject(res.requests) ? res.requests : {};
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [kind, map] of [
    ['limits', limits],
    ['requests', requests],
  ] as const) {
    for (const [name, v] of Object.entries(map)) {
      const at: PathSeg[] = [...base, kind, name];
      const badName = resourceNameProblem(name);
      if (badName)
        site.add(
          issues,
          at,
          E.invalid(site.p(at), name, badName),
          'container resources are cpu, memory, ephemeral-storage, hugepages-<size> or a domain-prefixed extended resource',
        );
      if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
      const q = parseQuantity(v);
      if (!q) continue;
      if (isHugePages(name)) {
        hugePages = true;
        const size = parseQuantity(name.slice('hugepages-'.length));
        const bytes = exactInteger(q);
        const page = size ? exactInteger(size) : undefined;
        if (page && page > 0n && (bytes === undefined || bytes % page !== 0n))
          site.add(
            issues,
            at,
            E.invalid(site.p(at), fmtQ(v), `${fmtQ(v)} is not positive integer multiple of ${name}`),
          );
      }
      if (!isNative(name) && isExtended(name) && exactInteger(q) === undefined)
        site.add(
          issues,
          at,
          E.invalid(site.p(at), fmtQ(v), 'must be an integer'),
          'extended resources are counted in whole units',
        );
      if ((name === 'memory' || name === 'ephemeral-storage') && milliCeil(q) % 1000n !== 0n)
        site.add(
          issues,
          at,
          `${site.p([...base, kind])}[${name}]: fractional byte value ${JSON.stringify(fmtQ(v))} is invalid, must be an integer (an API server warning)`,
          name === 'memory' && /m$/.test(String(v))
            ? '"m" means milli (thousandths of a byte); write Mi for mebibytes'
            : undefined,
          'warning',
        );
    }
  }
  for (const [name, v] of Object.entries(requests)) {
    if (resourceNameProblem(name) || overcommitAllowed(name)) continue;
    const rq = parseQuantity(v);
    const lim = limits[name];
    if (lim === undefined || lim === null)
      site.add(
        issues,
        [...base, 'requests', name],
        E.required(site.p([...base, 'limits']), 'Limit must be set for non overcommitable resources'),
        `${name} cannot be overcommitted: set limits.${name} equal to the request`,
      );
    else {
      const lq = parseQuantity(lim);
      // above the limit is resources/requests-exceed-limits'; below it is this rule's (no overcommit)
      if (rq && lq && compareQuantity(rq, lq) < 0)
        site.add(
          issues,
          [...base, 'requests', name],
          E.invalid(site.p([...base, 'requests']), fmtQ(v), `must be equal to ${name} limit of ${fmtQ(lim)}`),
          `${name} cannot be overcommitted`,
        );
    }
  }
  if (hugePages && !cpuOrMemory) site.add(issues, base, E.forbidden(site.p(base), 'HugePages require cpu or memory'));
}

function resizePolicy(site: PodSite, issues: Issues, ctr: Ctr): void {
  if (!Array.isArray(ctr.c.resizePolicy)) return;
  const seen = new Set<string>();
  ctr.c.resizePolicy.forEach((p: unknown, i: number) => {
    if (!isObject(p)) return;
    const at: PathSeg[] = [...ctr.path, 'resizePolicy', i];
    if (typeof p.resourceName === 'string') {
      if (seen.has(p.resourceName)) site.add(issues, at, E.duplicate(site.p(at), p.resourceName));
      seen.add(p.resourceName);
    }
    if (
      site.pod.spec.restartPolicy === 'Never' &&
      typeof p.restartPolicy === 'string' &&
      p.restartPolicy !== 'NotRequired'
    )
      site.add(
        issues,
        [...at, 'restartPolicy'],
        E.invalid(
          site.p([...ctr.path, 'resizePolicy']),
          p.restartPolicy,
          "must be 'NotRequired' when `restartPolicy` is 'Never'",
        ),
      );
  });
}

const INIT_FORBIDDEN = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'];

export const apiContainer: Rule = {
  id: 'api/container',
  description:
    'A container the API server rejects: a name that is not a DNS-1123 label, no image (or one with surrounding spaces), a port outside 1-65535, a host port bound twice, hostPort unlike containerPort under hostNetwork, probes or lifecycle on a plain init container, an unknown resource name, an extended resource or hugepages request without an equal limit; duplicate container ports and fractional bytes warn (validateContainerCommon, validateInitContainers, validateContainerPorts, checkHostPortConflicts, validateResourceRequirements).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const all = containers(site);
      for (const ctr of all) {
        const c = ctr.c;
        if (c.name === '') site.add(issues, [...ctr.path, 'name'], E.required(site.p([...ctr.path, 'name'])));
        else if (typeof c.name === 'string') {
          const bad = dns1123Label(c.name);
          if (bad) site.add(issues, [...ctr.path, 'name'], E.invalid(site.p([...ctr.path, 'name']), c.name, bad));
        }
        if (c.image === undefined || c.image === null || c.image === '')
          site.add(
            issues,
            c.image === '' ? [...ctr.path, 'image'] : ctr.path,
            E.required(site.p([...ctr.path, 'image'])),
            `container "${ctr.name}" has no image; the value that sets it rendered empty`,
          );
        else if (typeof c.image === 'string' && c.image.trim() !== c.image) {
          // validateContainerOnlyForPod: pod templates accept it, the pods made from them do not
          if (site.pod.kind === 'Pod' || site.atPodCreation)
            site.add(
              issues,
              [...ctr.path, 'image'],
              E.invalid(site.p([...ctr.path, 'image']), c.image, 'must not have leading or trailing whitespace'),
            );
          else
            issues.add(
              site.m,
              [...ctr.path, 'image'],
              `the ${site.pod.kind} is accepted, but every pod created from it is rejected: ${E.invalid(
                fieldPath(['spec', ...ctr.path.slice(site.pod.specPath.length), 'image']),
                c.image,
                'must not have leading or trailing whitespace',
              )}`,
            );
        }
        portChecks(site, issues, ctr);
        resourceChecks(site, issues, ctr);
        resizePolicy(site, issues, ctr);
        if (ctr.list === 'initContainers' && !isSidecar(ctr))
          for (const f of INIT_FORBIDDEN)
            if (c[f] !== undefined && c[f] !== null)
              site.add(
                issues,
                [...ctr.path, f],
                E.forbidden(
                  site.p([...ctr.path, f]),
                  'may not be set for init containers without restartPolicy=Always',
                ),
                'an init container runs to completion; make it a sidecar (restartPolicy: Always) or move the field to a regular container',
              );
      }
      hostPortConflicts(
        site,
        issues,
        all.filter((x) => x.list === 'containers'),
      );
      for (const init of all.filter((x) => x.list === 'initContainers')) hostPortConflicts(site, issues, [init]);
      if (site.pod.spec.hostNetwork === true)
        for (const ctr of all.filter((x) => x.list === 'containers'))
          if (Array.isArray(ctr.c.ports))
            ctr.c.ports.forEach((p: unknown, i: number) => {
              if (!isObject(p) || !isInt(p.hostPort) || p.hostPort === 0 || p.hostPort === p.containerPort) return;
              const at: PathSeg[] = [...ctr.path, 'ports', i, 'hostPort'];
              site.add(
                issues,
                at,
                E.invalid(site.p(at), p.hostPort, 'must match `containerPort` when `hostNetwork` is true'),
              );
            });
      portWarnings(site, issues, all);
    }
    return issues.list;
  },
};

// ---------------------------------------------------------------------------------------------------------
// api/probe

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const HEADER_NAME = /^[-A-Za-z0-9]+$/;

function handler(
  site: PodSite,
  issues: Issues,
  h: Record<string, any>,
  at: PathSeg[],
  kinds: string[],
  grace: number,
): void {
  const present = kinds.filter((k) => h[k] !== undefined && h[k] !== null);
  if (present.length === 0)
    site.add(issues, at, E.required(site.p(at), 'must specify a handler type'), `set one of ${kinds.join(', ')}`);
  for (const extra of present.slice(1))
    site.add(
      issues,
      [...at, extra],
      E.forbidden(site.p([...at, extra]), 'may not specify more than 1 handler type'),
      `keep ${present[0]} or ${extra}, not both`,
    );
  const first = present[0];
  if (first === 'exec') {
    const cmd = h.exec?.command;
    if (!Array.isArray(cmd) || cmd.length === 0)
      site.add(issues, [...at, 'exec'], E.required(site.p([...at, 'exec', 'command'])));
  } else if (first === 'httpGet' && isObject(h.httpGet)) {
    if (isInt(h.httpGet.port)) {
      const bad = portNumProblem(h.httpGet.port);
      if (bad)
        site.add(
          issues,
          [...at, 'httpGet', 'port'],
          E.invalid(site.p([...at, 'httpGet', 'port']), h.httpGet.port, bad),
        );
    }
    if (Array.isArray(h.httpGet.httpHeaders))
      h.httpGet.httpHeaders.forEach((hd: unknown, i: number) => {
        if (isObject(hd) && typeof hd.name === 'string' && !HEADER_NAME.test(hd.name))
          site.add(
            issues,
            [...at, 'httpGet', 'httpHeaders', i, 'name'],
            E.invalid(
              site.p([...at, 'httpGet', 'httpHeaders']),
              hd.name,
              "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name',  regex used for validation is '[-A-Za-z0-9]+')",
            ),
          );
      });
  } else if ((first === 'tcpSocket' || first === 'grpc') && isObject(h[first]) && isInt(h[first].port)) {
    const bad = portNumProblem(h[first].port);
    if (bad) site.add(issues, [...at, first, 'port'], E.invalid(site.p([...at, first, 'port']), h[first].port, bad));
  } else if (first === 'sleep' && isObject(h.sleep) && isInt(h.sleep.seconds)) {
    const s = h.sleep.seconds;
    if (s < 0 || s > grace)
      site.add(
        issues,
        [...at, 'sleep', 'seconds'],
        E.invalid(
          site.p([...at, 'sleep']),
          s,
          `must be non-negative and less than terminationGracePeriodSeconds (${grace})`,
        ),
        s > grace ? 'raise terminationGracePeriodSeconds or shorten the sleep' : undefined,
      );
  }
}

function probe(site: PodSite, issues: Issues, pr: unknown, at: PathSeg[], kind: string, grace: number): void {
  if (!isObject(pr)) return;
  handler(site, issues, pr, at, PROBE_HANDLERS, grace);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'])
    if (isInt(pr[f]) && pr[f] < 0) site.add(issues, [...at, f], E.invalid(site.p([...at, f]), pr[f], NEGATIVE));
  const tgp = pr.terminationGracePeriodSeconds;
  if (isInt(tgp) && tgp <= 0)
    site.add(
      issues,
      [...at, 'terminationGracePeriodSeconds'],
      E.invalid(site.p([...at, 'terminationGracePeriodSeconds']), tgp, 'must be greater than 0'),
    );
  if (kind === 'readinessProbe' && tgp !== undefined && tgp !== null)
    site.add(
      issues,
      [...at, 'terminationGracePeriodSeconds'],
      E.invalid(site.p([...at, 'terminationGracePeriodSeconds']), tgp, 'must not be set for readinessProbes'),
    );
  if ((kind === 'livenessProbe' || kind === 'startupProbe') && isInt(pr.successThreshold) && pr.successThreshold > 1)
    site.add(
      issues,
      [...at, 'successThreshold'],
      E.invalid(site.p([...at, 'successThreshold']), pr.successThreshold, 'must be 1'),
      `only a readinessProbe may require several successes`,
    );
}

export const apiProbe: Rule = {
  id: 'api/probe',
  description:
    'A probe or lifecycle hook the API server rejects: no handler or more than one (exec, httpGet, tcpSocket, grpc, sleep), exec without command, a port outside 1-65535, an invalid HTTP header name, negative timings, successThreshold other than 1 on a liveness or startup probe, terminationGracePeriodSeconds on a readiness probe, a sleep longer than the grace period (validateProbe, validateHandler, validateLifecycle, validateSleepAction).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const grace = gracePeriod(site.pod.spec);
      for (const ctr of containers(site)) {
        // a plain init container may not have these at all (api/container); ephemeral ones neither
        if (ctr.list === 'ephemeralContainers' || (ctr.list === 'initContainers' && !isSidecar(ctr))) continue;
        for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'])
          probe(site, issues, ctr.c[kind], [...ctr.path, kind], kind, grace);
        const lc = ctr.c.lifecycle;
        if (isObject(lc))
          for (const hook of ['postStart', 'preStop'])
            if (isObject(lc[hook]))
              handler(site, issues, lc[hook], [...ctr.path, 'lifecycle', hook], LIFECYCLE_HANDLERS, grace);
      }
    }
    return issues.list;
  },
};

// ---------------------------------------------------------------------------------------------------------
// api/env

/** validEnvDownwardAPIFieldPathExpressions. */
const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];

const RELAXED_ENV = "a valid environment variable name must consist only of printable ASCII characters other than '='";
const STRICT_ENV =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";

/** IsRelaxedEnvVarName (the rule since Kubernetes 1.32, RelaxedEnvironmentVariableValidation) and IsEnvVarName (before). */
function envNameProblems(name: string): { relaxed?: string; strict?: string } {
  const relaxed = /^[\x20-\x3c\x3e-\x7e]+$/.test(name) ? undefined : RELAXED_ENV;
  const strict = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name) ? undefined : STRICT_ENV;
  return { ...(relaxed ? { relaxed } : {}), ...(strict ? { strict } : {}) };
}

function envName(site: PodSite, issues: Issues, name: string, at: PathSeg[], what: string): void {
  const bad = envNameProblems(name);
  if (bad.relaxed) site.add(issues, at, E.invalid(site.p(at), name, bad.relaxed));
  else if (bad.strict)
    site.add(
      issues,
      at,
      E.invalid(site.p(at), name, bad.strict),
      `Kubernetes 1.31 and older reject this ${what}; 1.32 and newer accept it`,
      'warning',
    );
}

/** IsConfigMapKey. */
export function configMapKeyProblem(key: string): string | undefined {
  if (key.length > 253) return `must be no more than 253 characters`;
  if (!/^[-._a-zA-Z0-9]+$/.test(key))
    return "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
  if (key === '.') return "must not be '.'";
  if (key === '..') return "must not be '..'";
  if (key.startsWith('..')) return "must not start with '..'";
  return undefined;
}

/** NameIsDNSSubdomain with prefix: a trailing "-" is allowed (a generateName prefix). */
function subdomainProblem(name: string, prefix: boolean): string | undefined {
  if (name === '') return 'must not be empty';
  return dns1123Subdomain(prefix && name.endsWith('-') ? name.slice(0, -1) + 'a' : name);
}

const CPU_DIVISORS = ['1m', '1'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

function divisorProblem(resource: string, divisor: unknown): string | undefined {
  const q = parseQuantity(divisor);
  if (!q || q.mantissa === 0n) return undefined;
  const allowed = (list: string[]) => list.some((d) => compareQuantity(parseQuantity(d)!, q) === 0);
  if (resource === 'limits.cpu' || resource === 'requests.cpu')
    return allowed(CPU_DIVISORS) ? undefined : "only divisor's values 1m and 1 are supported with the cpu resource";
  const what =
    resource === 'limits.memory' || resource === 'requests.memory'
      ? 'memory'
      : resource.endsWith('.ephemeral-storage')
        ? 'local ephemeral storage'
        : resource.includes('.hugepages-')
          ? 'hugepages'
          : undefined;
  if (!what) return undefined;
  return allowed(BYTE_DIVISORS)
    ? undefined
    : `only divisor's values ${BYTE_DIVISORS.join(', ')} are supported with the ${what} resource`;
}

function keySelector(site: PodSite, issues: Issues, s: Record<string, any>, at: PathSeg[], kind: string): void {
  if (typeof s.name !== 'string' || s.name === '')
    site.add(
      issues,
      keyOr(s, 'name', at),
      E.invalid(
        site.p([...at, 'name']),
        s.name ?? '',
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
      ),
      `the ${kind} name rendered empty`,
    );
  else {
    const bad = subdomainProblem(s.name, false);
    if (bad) site.add(issues, [...at, 'name'], E.invalid(site.p([...at, 'name']), s.name, bad));
  }
  if (s.key === '') site.add(issues, [...at, 'key'], E.required(site.p([...at, 'key'])));
  else {
    const bad = configMapKeyProblem(s.key);
    if (bad) site.add(issues, [...at, 'key'], E.invalid(site.p([...at, 'key']), s.key, bad));
  }
}

function valueFrom(site: PodSite, issues: Issues, e: Record<string, any>, at: PathSeg[]): void {
  const vf = e.valueFrom;
  if (!isObject(vf)) return;
  const vp: PathSeg[] = [...at, 'valueFrom'];
  const present = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'].filter((k) => isObject(vf[k]));
  if (present.length === 0)
    site.add(
      issues,
      vp,
      E.invalid(
        site.p(vp),
        '',
        'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ),
    );
  else if (typeof e.value === 'string' && e.value !== '')
    site.add(
      issues,
      vp,
      E.invalid(site.p(vp), '', 'may not be specified when `value` is not empty'),
      'set value or valueFrom, not both',
    );
  else if (present.length > 1)
    site.add(issues, vp, E.invalid(site.p(vp), '', 'may not have more than one field specified at a time'));
  if (isObject(vf.fieldRef)) {
    const fp = vf.fieldRef.fieldPath;
    const fpAt: PathSeg[] = [...vp, 'fieldRef', 'fieldPath'];
    if (typeof fp === 'string' && fp === '') site.add(issues, fpAt, E.required(site.p(fpAt)));
    else if (typeof fp === 'string' && (vf.fieldRef.apiVersion === undefined || vf.fieldRef.apiVersion === 'v1')) {
      const bad = fieldPathProblem(fp, ENV_FIELD_PATHS);
      if (bad)
        site.add(
          issues,
          fpAt,
          bad(site.p(fpAt)),
          fp === 'metadata.labels' || fp === 'metadata.annotations'
            ? `an env var takes one key: ${fp}['<key>']`
            : undefined,
        );
    }
  }
  if (isObject(vf.resourceFieldRef)) {
    const r = vf.resourceFieldRef;
    const rp: PathSeg[] = [...vp, 'resourceFieldRef'];
    if (typeof r.resource === 'string') {
      if (r.resource === '') site.add(issues, [...rp, 'resource'], E.required(site.p([...rp, 'resource'])));
      else if (!resourceFieldOk(r.resource))
        site.add(
          issues,
          [...rp, 'resource'],
          E.notSupported(site.p([...rp, 'resource']), r.resource, RESOURCE_FIELD_PATHS),
        );
      else {
        const bad = divisorProblem(r.resource, r.divisor);
        if (bad) site.add(issues, [...rp, 'divisor'], E.invalid(site.p([...rp, 'divisor']), r.resource, bad));
      }
    }
  }
  if (isObject(vf.configMapKeyRef))
    keySelector(site, issues, vf.configMapKeyRef, [...vp, 'configMapKeyRef'], 'ConfigMap');
  if (isObject(vf.secretKeyRef)) keySelector(site, issues, vf.secretKeyRef, [...vp, 'secretKeyRef'], 'Secret');
}

export const apiEnv: Rule = {
  id: 'api/env',
  description:
    'An env or envFrom entry the API server rejects: an empty name or one with "=" or non-printable characters, valueFrom with no source, two sources, or beside a non-empty value, an unsupported fieldRef.fieldPath or resourceFieldRef.resource or divisor, a configMapKeyRef/secretKeyRef without a valid name or key, envFrom with no or two sources; names Kubernetes 1.31 and older reject warn (ValidateEnv, validateEnvVarValueFrom, validateObjectFieldSelector, ValidateEnvFrom).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      for (const ctr of containers(site)) {
        if (Array.isArray(ctr.c.env))
          ctr.c.env.forEach((e: unknown, i: number) => {
            if (!isObject(e)) return;
            const at: PathSeg[] = [...ctr.path, 'env', i];
            if (e.name === '') site.add(issues, [...at, 'name'], E.required(site.p([...at, 'name'])));
            else if (typeof e.name === 'string')
              envName(site, issues, e.name, [...at, 'name'], 'environment variable name');
            valueFrom(site, issues, e, at);
          });
        if (Array.isArray(ctr.c.envFrom))
          ctr.c.envFrom.forEach((e: unknown, i: number) => {
            if (!isObject(e)) return;
            const at: PathSeg[] = [...ctr.path, 'envFrom', i];
            if (typeof e.prefix === 'string' && e.prefix !== '')
              envName(site, issues, e.prefix, [...at, 'prefix'], 'envFrom prefix');
            const present = ['configMapRef', 'secretRef'].filter((k) => isObject(e[k]));
            if (present.length === 0)
              site.add(
                issues,
                at,
                E.invalid(site.p([...ctr.path, 'envFrom']), '', 'must specify one of: `configMapRef` or `secretRef`'),
              );
            else if (present.length > 1)
              site.add(
                issues,
                [...at, present[1]!],
                E.invalid(site.p([...ctr.path, 'envFrom']), '', 'may not have more than one field specified at a time'),
                'give each source its own envFrom entry',
              );
            for (const k of present) {
              const ref = e[k];
              const rp: PathSeg[] = [...at, k];
              if (typeof ref.name !== 'string' || ref.name === '')
                site.add(
                  issues,
                  keyOr(ref, 'name', rp),
                  E.required(site.p([...rp, 'name'])),
                  `the ${k === 'secretRef' ? 'Secret' : 'ConfigMap'} name rendered empty`,
                );
              else {
                const bad = subdomainProblem(ref.name, true);
                if (bad) site.add(issues, [...rp, 'name'], E.invalid(site.p([...rp, 'name']), ref.name, bad));
              }
            }
          });
      }
    }
    return issues.list;
  },
};
