/**
 * Shared pieces of the api/* rules: Kubernetes field paths and error texts (the forms of
 * k8s.io/apimachinery/pkg/util/validation/field: Required, Invalid, NotFound, Duplicate, Forbidden,
 * NotSupported), pod sites, IP/CIDR and label-selector checks.
 *
 * Kubernetes sources read (kubernetes/kubernetes, as stored by the code index):
 *  - pkg/apis/core/validation/validation.go at 000f26050b9be6fb3d79fae95e06b47fc96128cd
 *  - pkg/apis/apps/validation/validation.go at 2dd1588c490775be7cd90d0afc59c6dcef07032a
 *  - pkg/api/pod/warnings.go at 1853742da6212a55cfe41328d8d463efe7c0bd93
 *  - pkg/api/service/warnings.go at 8a84988bd67138e9c3e40990ceb3c7ec4ef1e2ca
 * Facts are carried over (what is checked, the error forms); the code is helm-guard's own.
 */
import { isIPv6 } from 'node:net';
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg, Severity } from '../../types.js';
import type { RuleContext, RuleIssue } from '../types.js';
import { isObject, refName, type PodSpecRef } from '../pods.js';
import { parseQuantity, type Quantity } from '../quantity.js';
import { resourceIndex } from '../resource-index.js';
import { labelValue, qualifiedName } from '../validation.js';

export { isObject, refName };

/** Fields that are maps: the API server prints their keys in brackets (`resources.limits[memory]`). */
const MAP_FIELDS = new Set([
  'requests',
  'limits',
  'labels',
  'annotations',
  'nodeSelector',
  'matchLabels',
  'data',
  'binaryData',
  'stringData',
  'overhead',
  'volumeAttributes',
]);

/** `spec.template.spec.containers[0].volumeMounts[1].name`, the way the API server prints a field path. */
export function fieldPath(path: readonly PathSeg[]): string {
  let out = '';
  let prev: PathSeg | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof prev === 'string' && MAP_FIELDS.has(prev)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${seg}]`;
    prev = seg;
  }
  return out;
}

/** A value as the API server quotes it in an error: strings quoted, numbers bare. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** The API server's error forms (field.Error), each `<path>: <type>: <detail>`. */
export const E = {
  required: (p: string, detail = '') => `${p}: Required value${detail ? `: ${detail}` : ''}`,
  invalid: (p: string, value: unknown, detail: string) => `${p}: Invalid value: ${show(value)}: ${detail}`,
  notFound: (p: string, value: unknown) => `${p}: Not found: ${show(value)}`,
  duplicate: (p: string, value: unknown) => `${p}: Duplicate value: ${show(value)}`,
  forbidden: (p: string, detail: string) => `${p}: Forbidden: ${detail}`,
  notSupported: (p: string, value: unknown, valid: readonly string[]) =>
    `${p}: Unsupported value: ${show(value)}: supported values: ${valid.map((v) => `"${v}"`).join(', ')}`,
  tooMany: (p: string, n: number, max: number) => `${p}: Too many: ${n}: must have at most ${max} items`,
  tooLong: (p: string, max: number) => `${p}: Too long: may not be more than ${max} bytes`,
};

/** Collects issues; the message is `Kind/name: <API server error>` and, when given, a sentence on what to do. */
export class Issues {
  readonly list: RuleIssue[] = [];
  add(m: Manifest, path: PathSeg[], text: string, hint?: string, severity?: Severity): void {
    const body = `${refName(m)}: ${text}${hint ? `; ${hint}` : ''}`;
    const issue: RuleIssue = { manifest: m, path, message: /[.?!]$/.test(body) ? body : `${body}.` };
    if (severity) issue.severity = severity;
    this.list.push(issue);
  }
}

/** The Kubernetes API group of an apiVersion ('' for the core group). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

/** The path of holder[key] when the key is there (even empty or null), else the holder's own path. */
export function keyOr(holder: Record<string, any>, key: string, base: PathSeg[]): PathSeg[] {
  return Object.prototype.hasOwnProperty.call(holder, key) ? [...base, key] : base;
}

/** A built-in kind served by Kubernetes itself (not a custom resource that happens to share the kind). */
export function isBuiltin(m: Manifest, kind: string, groups: readonly string[]): boolean {
  return m.resource.kind === kind && groups.includes(groupOf(m.resource.apiVersion));
}

const POD_GROUPS: Record<string, readonly string[]> = {
  Pod: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  DaemonSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  Job: ['batch'],
  CronJob: ['batch'],
};

/**
 * A pod spec of a built-in workload, with how the API server reports its errors. A StatefulSet's pod
 * template is not validated when the StatefulSet is created (ValidatePodTemplateSpecForStatefulSet checks
 * labels and annotations only): its controller's pods are rejected instead, with paths into the Pod.
 */
export interface PodSite {
  pod: PodSpecRef;
  m: Manifest;
  /** True when errors surface only when the StatefulSet controller creates the pods. */
  atPodCreation: boolean;
  /** Volume names the pod will have besides spec.volumes (a StatefulSet's volumeClaimTemplates). */
  claimVolumes: Set<string>;
  /** The error path text of a full path inside the manifest. */
  p(path: readonly PathSeg[]): string;
  /** Add an issue at a path inside this pod spec. */
  add(issues: Issues, path: PathSeg[], text: string, hint?: string, severity?: Severity): void;
}

export function podSites(ctx: RuleContext): PodSite[] {
  const out: PodSite[] = [];
  for (const pod of resourceIndex(ctx.manifests).pods) {
    const m = pod.manifest;
    const groups = POD_GROUPS[pod.kind];
    if (!groups || !groups.includes(groupOf(m.resource.apiVersion))) continue;
    const atPodCreation = pod.kind === 'StatefulSet';
    const claimVolumes = new Set<string>();
    if (atPodCreation && Array.isArray(m.object.spec?.volumeClaimTemplates))
      for (const t of m.object.spec.volumeClaimTemplates)
        if (isObject(t) && isObject(t.metadata) && typeof t.metadata.name === 'string')
          claimVolumes.add(t.metadata.name);
    const p = (path: readonly PathSeg[]) =>
      atPodCreation ? fieldPath(['spec', ...path.slice(pod.specPath.length)]) : fieldPath(path);
    out.push({
      pod,
      m,
      atPodCreation,
      claimVolumes,
      p,
      add(issues, path, text, hint, severity) {
        const t = atPodCreation
          ? `the StatefulSet is accepted, but every pod its controller creates is rejected: ${text}`
          : text;
        issues.add(m, path, t, hint, severity);
      },
    });
  }
  return out;
}

/** Every container of a pod spec with its list name, index and path. */
export interface Ctr {
  c: Record<string, any>;
  list: 'containers' | 'initContainers' | 'ephemeralContainers';
  index: number;
  path: PathSeg[];
  name: string;
}

export function containers(site: PodSite): Ctr[] {
  const out: Ctr[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const arr = site.pod.spec[list];
    if (!Array.isArray(arr)) continue;
    arr.forEach((c, index) => {
      if (isObject(c))
        out.push({
          c,
          list,
          index,
          path: [...site.pod.specPath, list, index],
          name: typeof c.name === 'string' ? c.name : String(index),
        });
    });
  }
  return out;
}

/** A restartable init container (a sidecar): an init container with restartPolicy Always. */
export function isSidecar(ctr: Ctr): boolean {
  return ctr.list === 'initContainers' && ctr.c.restartPolicy === 'Always';
}

/** The pod's effective terminationGracePeriodSeconds (defaulted to 30). */
export function gracePeriod(spec: Record<string, any>): number {
  const g = spec.terminationGracePeriodSeconds;
  return typeof g === 'number' ? g : 30;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers, ports, IDs

export const MAX_INT32 = 2147483647;

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** validation.IsValidPortNum: 1-65535. */
export function portNumProblem(v: number): string | undefined {
  return v >= 1 && v <= 65535 ? undefined : 'must be between 1 and 65535, inclusive';
}

/** validation.IsValidUserID / IsValidGroupID: 0-2147483647. */
export function idProblem(v: number): string | undefined {
  return v >= 0 && v <= MAX_INT32 ? undefined : `must be between 0 and ${MAX_INT32}, inclusive`;
}

export const NEGATIVE = 'must be greater than or equal to 0';

// ---------------------------------------------------------------------------------------------------------
// Paths (validateLocalDescendingPath, validatePathNoBacksteps, ValidateLocalNonReservedPath)

export function hasBackstep(p: string): boolean {
  return p.replace(/\\/g, '/').split('/').includes('..');
}

/** validateLocalDescendingPath: relative, no ".." element. Each problem as the API server words it. */
export function localDescendingPathProblems(p: string): string[] {
  const out: string[] = [];
  if (p.startsWith('/')) out.push('must be a relative path');
  if (hasBackstep(p)) out.push("must not contain '..'");
  return out;
}

/** ValidateLocalNonReservedPath: validateLocalDescendingPath, and no leading "..". */
export function localNonReservedPathProblems(p: string): string[] {
  const out = localDescendingPathProblems(p);
  if (p.startsWith('..') && !p.startsWith('../')) out.push("must not start with '..'");
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// IP addresses and CIDRs (netutils.ParseIPSloppy / ParseCIDRSloppy: IPv4 parts may have leading zeros)

function ipv4Bytes(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

/** IPv6 text, as node:net reads it (every such text has a colon: the test spares the rest its large pattern). */
const ipv6 = (s: string) => s.includes(':') && !s.includes('%') && isIPv6(s);

export function isIP(s: string): boolean {
  if (ipv4Bytes(s)) return true;
  return ipv6(s);
}

export function isCIDR(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  const ip = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (ipv4Bytes(ip)) return Number(bits) <= 32;
  return ipv6(ip) && Number(bits) <= 128;
}

/** ValidateNonSpecialIP: no unspecified, loopback or link-local addresses (IPv4 forms only are checked here). */
export function specialIPProblem(s: string): string | undefined {
  const b = ipv4Bytes(s);
  if (b) {
    if (b.every((x) => x === 0)) return `may not be unspecified (${s})`;
    if (b[0] === 127) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
    if (b[0] === 169 && b[1] === 254) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
    if (b[0] === 224 && b[1] === 0 && b[2] === 0)
      return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
    return undefined;
  }
  const low = s.toLowerCase();
  if (low === '::') return `may not be unspecified (${s})`;
  if (low === '::1') return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Label selectors (unversionedvalidation.ValidateLabelSelector)

export interface FieldProblem {
  path: PathSeg[];
  text: string;
}

const SELECTOR_OPS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * The problems of a metav1.LabelSelector at `path`: label keys and values, and each matchExpressions
 * requirement (operator known, values given for In/NotIn, none for Exists/DoesNotExist). `p` renders a path.
 * `syntax: false` leaves out the key and value syntax (label/invalid's, where it looks).
 */
export function labelSelectorProblems(
  sel: unknown,
  path: PathSeg[],
  p: (path: readonly PathSeg[]) => string,
  syntax = true,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!isObject(sel)) return out;
  if (syntax && isObject(sel.matchLabels))
    for (const [k, v] of Object.entries(sel.matchLabels)) {
      const at = [...path, 'matchLabels', k];
      const badKey = qualifiedName(k);
      if (badKey) out.push({ path: at, text: E.invalid(p(at), k, `the key ${badKey}`) });
      if (typeof v === 'string') {
        const bad = labelValue(v);
        if (bad) out.push({ path: at, text: E.invalid(p(at), v, bad) });
      }
    }
  if (Array.isArray(sel.matchExpressions))
    sel.matchExpressions.forEach((e: unknown, i: number) => {
      if (!isObject(e)) return;
      const at = [...path, 'matchExpressions', i];
      const values = Array.isArray(e.values) ? e.values : [];
      if (typeof e.operator === 'string') {
        if (!SELECTOR_OPS.includes(e.operator))
          out.push({
            path: [...at, 'operator'],
            text: E.invalid(p([...at, 'operator']), e.operator, 'not a valid selector operator'),
          });
        else if ((e.operator === 'In' || e.operator === 'NotIn') && values.length === 0)
          out.push({
            path: at,
            text: E.required(p([...at, 'values']), "must be specified when `operator` is 'In' or 'NotIn'"),
          });
        else if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && values.length > 0)
          out.push({
            path: [...at, 'values'],
            text: E.forbidden(
              p([...at, 'values']),
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          });
      }
      if (!syntax) return;
      if (typeof e.key === 'string') {
        const bad = qualifiedName(e.key);
        if (bad) out.push({ path: [...at, 'key'], text: E.invalid(p([...at, 'key']), e.key, `the key ${bad}`) });
      }
      values.forEach((v: unknown, j: number) => {
        if (typeof v !== 'string') return;
        const bad = labelValue(v);
        if (bad) out.push({ path: [...at, 'values', j], text: E.invalid(p([...at, 'values', j]), v, bad) });
      });
    });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// IntOrString percentages (apps ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, getIntOrPercentValue)

const PERCENT = /^[0-9]+%$/;

/** Problems of an int-or-percent value at path; `undefined` values are fine (unset). */
export function intOrPercentProblems(v: unknown, at: string): string[] {
  if (typeof v === 'string') {
    if (!PERCENT.test(v))
      return [
        E.invalid(
          at,
          v,
          "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
        ),
      ];
    if (Number(v.slice(0, -1)) > 100) return [E.invalid(at, v, 'must not be greater than 100%')];
    return [];
  }
  if (typeof v === 'number' && v < 0) return [E.invalid(at, v, NEGATIVE)];
  return [];
}

/** The number of an int-or-percent (percent strings give their percentage), for zero checks. */
export function intOrPercentValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && PERCENT.test(v)) return Number(v.slice(0, -1));
  // IntOrString.IntValue of any other string is strconv.Atoi of it, 0 when that fails
  if (typeof v === 'string') return /^[+-]?\d+$/.test(v) ? Number(v) : 0;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Quantities

/** ceil(value × 1000), as resource.Quantity.MilliValue rounds. */
export function milliCeil(q: Quantity): bigint {
  const e = q.exp10 + 3;
  if (e >= 0) return q.mantissa * 10n ** BigInt(e);
  const d = 10n ** BigInt(-e);
  const quo = q.mantissa / d;
  return q.mantissa % d === 0n || q.mantissa < 0n ? quo : quo + 1n;
}

export function quantity(v: unknown): Quantity | undefined {
  return parseQuantity(v);
}

/** A quantity (string or number) below zero. */
export function isNegativeQuantity(v: unknown): boolean {
  const q = parseQuantity(v);
  return q !== undefined && q.mantissa < 0n;
}

/** Quantity.Sign() > 0. */
export function isPositive(q: Quantity): boolean {
  return q.mantissa > 0n;
}
