/**
 * Kubernetes schema validation: one AJV instance, schemas compiled lazily per apiVersion+kind and cached.
 *
 * Where a schema comes from, first match wins:
 *   1. CRDs passed to validate() (rendered in the same combo or found in the chart's crds/)
 *   2. CRDs passed in the options (listed in the config)
 *   3. `locations`, in order (kubeconform layout; the entry 'default' places the embedded set among them)
 *   4. the embedded set: built-in CRDs (schemas/crds/) and the Kubernetes kinds (schemas/k8s/)
 * Removed APIs are judged by the combo's kubeVersion before any of that.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { PathSeg, Severity } from '../types.js';
import { crdVersions, type CrdVersion } from './crd.js';
import { embedded, loadBuiltinCrd, loadDefinitions, withDependencies } from './embedded.js';
import { toIssues } from './issues.js';
import { SchemaLocations, type Fetcher } from './locations.js';
import { findRemoved, isRemovedAt, removedMessage } from './removed.js';
import type { SchemaIssue, SchemaOptions, SchemaValidator } from './types.js';

export type { SchemaIssue, SchemaOptions, SchemaValidator } from './types.js';
export { REMOVED_APIS, findRemoved } from './removed.js';
export { crdVersions, convertOpenApi } from './crd.js';

/** Kubernetes version of the embedded schema set, e.g. '1.30.0'. */
export const EMBEDDED_KUBERNETES_VERSION: string = embedded.kubernetesVersion;

/** Location entries that stand for the embedded set. */
const EMBEDDED_MARKERS = new Set(['default', 'embedded']);

// ---------------------------------------------------------------------------------------------
// The one AJV instance, shared by every validator: compiled kinds are reused across combos.

const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Patterns in CRDs are Go regular expressions: a leading (?i) becomes a flag, and a pattern JavaScript
 * cannot read is not checked rather than failing the whole schema.
 */
function goRegExp(pattern: string, flags: string): RegExp {
  let p = pattern;
  let f = flags;
  // Go allows the flag group at the very start or after the ^ anchor
  const m = /^(\^?)\(\?([imsU]+)\)/.exec(p);
  if (m) {
    p = m[1]! + p.slice(m[0].length);
    for (const c of m[2]!) if ('ims'.includes(c) && !f.includes(c)) f += c;
  }
  for (const fl of [f, f.replace('u', '')]) {
    try {
      return new RegExp(p, fl);
    } catch {
      /* try without unicode mode, then give up */
    }
  }
  return { test: () => true } as unknown as RegExp;
}
goRegExp.code = 'new RegExp';

interface Shared {
  ajv: Ajv;
  names: WeakMap<object, string>;
  addedFiles: Set<string>;
  kinds: Map<string, Promise<Compiled>>;
  bySchema: WeakMap<object, Compiled>;
  crdsOf: WeakMap<object, CrdVersion[]>;
}
let shared: Shared | undefined;

function getShared(): Shared {
  shared ??= {
    ajv: new Ajv({
      allErrors: true,
      strict: false,
      verbose: true,
      messages: false,
      logger: false,
      validateSchema: false,
      addUsedSchema: false,
      formats: {
        byte: { type: 'string', validate: (s: string) => B64.test(s.replace(/[\r\n]/g, '')) },
        'date-time': { type: 'string', validate: (s: string) => DATE_TIME.test(s) },
      },
      // compile speed over micro-optimised code: kinds share their definitions' functions
      inlineRefs: false,
      code: { regExp: goRegExp, optimize: false },
    }),
    names: new WeakMap(),
    addedFiles: new Set(),
    kinds: new Map(),
    bySchema: new WeakMap(),
    crdsOf: new WeakMap(),
  };
  return shared;
}

/** Forget every compiled schema (the next validation compiles afresh): for benchmarks and tests. */
export function resetSchemaCache(): void {
  shared = undefined;
}

/** A compiled schema, or why it could not be compiled. */
type Compiled = { validate: ValidateFunction } | { error: string };

async function addEmbeddedFiles(file: string): Promise<void> {
  const s = getShared();
  for (const f of withDependencies(file)) {
    if (s.addedFiles.has(f)) continue;
    const json = await loadDefinitions(f);
    if (s.addedFiles.has(f)) continue;
    s.ajv.addSchema(json, `k8s/${f}.json`);
    for (const [name, def] of Object.entries(json.definitions)) s.names.set(def, name);
    s.addedFiles.add(f);
  }
}

function compileEmbedded(apiVersion: string, kind: string): Promise<Compiled> | undefined {
  const file = embedded.kinds[apiVersion]?.[kind];
  if (!file) return undefined;
  const s = getShared();
  const key = `k8s ${apiVersion} ${kind}`;
  let p = s.kinds.get(key);
  if (!p) {
    p = addEmbeddedFiles(file).then(() => {
      const v = s.ajv.getSchema(`k8s/${file}.json#/definitions/${kind}`);
      return v ? { validate: v } : { error: `embedded schema for ${apiVersion} ${kind} is missing` };
    });
    s.kinds.set(key, p);
  }
  return p;
}

/** Compile a standalone schema (a CRD version or a downloaded schema), once per schema object. */
async function compileSchema(schema: Record<string, unknown>, what: string): Promise<Compiled> {
  const s = getShared();
  const hit = s.bySchema.get(schema);
  if (hit) return hit;
  let c: Compiled;
  try {
    // CRD schemas point at the embedded ObjectMeta
    if (JSON.stringify(schema).includes('"$ref":"k8s/')) await addEmbeddedFiles('meta-v1');
    c = { validate: s.ajv.compile(schema) };
  } catch (e) {
    c = { error: `the schema for ${what} cannot be used: ${(e as Error).message}` };
  }
  s.bySchema.set(schema, c);
  return c;
}

function versionsOf(crd: unknown): CrdVersion[] {
  if (typeof crd !== 'object' || crd === null) return [];
  const s = getShared();
  let v = s.crdsOf.get(crd);
  if (!v) {
    v = crdVersions(crd);
    s.crdsOf.set(crd, v);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------

const splitApiVersion = (apiVersion: string): [group: string, version: string] => {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? ['', apiVersion] : [apiVersion.slice(0, i), apiVersion.slice(i + 1)];
};

/** apiVersions of the embedded set (Kubernetes kinds and built-in CRDs) that define `kind`, optionally within one group. */
export function knownVersions(kind: string, group?: string): string[] {
  const out: string[] = [];
  for (const table of [embedded.kinds, embedded.crds]) {
    for (const [apiVersion, kinds] of Object.entries(table)) {
      if (kinds[kind] && (group === undefined || splitApiVersion(apiVersion)[0] === group)) out.push(apiVersion);
    }
  }
  return [...new Set(out)].sort();
}

/** Drop object properties whose value is null, as the API server does for optional fields. Copies only when needed. */
export function stripNulls<T>(value: T): T {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      const y = x !== null && typeof x === 'object' ? stripNulls(x) : x;
      if (y !== x && !out) out = value.slice(0, i);
      if (out) out.push(y);
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const x = obj[k];
      const y = x !== null && typeof x === 'object' ? stripNulls(x) : x;
      if ((x === null || y !== x) && !out) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = obj[keys[j]!];
      }
      if (out && x !== null) out[k] = y;
    }
    return (out ?? value) as T;
  }
  return value;
}

type Source = { type: 'crds'; from: 'call' | 'options' } | { type: 'locations'; locations: SchemaLocations } | { type: 'embedded' };

export interface SchemaValidatorInternals extends SchemaValidator {
  /** HTTP requests made for URL locations so far. */
  readonly requests: number;
}

class Validator implements SchemaValidatorInternals {
  private readonly strict: boolean;
  private readonly locations: SchemaLocations[];
  private readonly sources: Source[];
  private readonly optionCrds: readonly unknown[];

  constructor(
    private readonly opts: SchemaOptions,
    fetcher?: Fetcher,
  ) {
    this.strict = opts.strict !== false;
    this.optionCrds = opts.crds ?? [];
    // locations before the 'default' entry (all of them when there is none) are tried before the embedded set
    const locs = opts.locations ?? [];
    let at = locs.findIndex((l) => EMBEDDED_MARKERS.has(l));
    if (at < 0) at = locs.length;
    const before = new SchemaLocations(locs.slice(0, at), opts.cacheDir, fetcher, opts.baseDir);
    const after = new SchemaLocations(
      locs.slice(at).filter((l) => !EMBEDDED_MARKERS.has(l)),
      opts.cacheDir,
      fetcher,
      opts.baseDir,
    );
    this.locations = [before, after];
    this.sources = [
      { type: 'crds', from: 'call' },
      { type: 'crds', from: 'options' },
      { type: 'locations', locations: before },
      { type: 'embedded' },
      { type: 'locations', locations: after },
    ];
  }

  get requests(): number {
    return this.locations.reduce((n, l) => n + l.requests, 0);
  }

  async validate(resource: Record<string, unknown>, opts: { kubeVersion?: string; crds?: readonly unknown[] } = {}): Promise<SchemaIssue[]> {
    const kubeVersion = opts.kubeVersion ?? this.opts.kubeVersion;
    const out: SchemaIssue[] = [];
    await this.check(resource, [], kubeVersion, opts.crds ?? [], out);
    return out;
  }

  private async check(resource: unknown, prefix: PathSeg[], kubeVersion: string | undefined, callCrds: readonly unknown[], out: SchemaIssue[]): Promise<void> {
    if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) {
      out.push({ rule: 'schema/type', severity: 'error', path: prefix, message: `${prefix.length ? 'a list item' : 'the document'} must be an object, got ${resource === null ? 'null' : Array.isArray(resource) ? 'array' : typeof resource}` });
      return;
    }
    const res = resource as Record<string, unknown>;
    const { apiVersion, kind } = res;
    if (typeof apiVersion !== 'string' || !apiVersion || typeof kind !== 'string' || !kind) {
      for (const [k, v] of [['apiVersion', apiVersion], ['kind', kind]] as const) {
        if (typeof v !== 'string' || !v) {
          out.push({
            rule: v === undefined || v === null || v === '' ? 'schema/required' : 'schema/type',
            severity: 'error',
            path: v === undefined || v === null || v === '' ? prefix : [...prefix, k],
            message: v === undefined || v === null || v === '' ? `${k} is required in every resource` : `${k} must be string, got ${typeof v}`,
          });
        }
      }
      return;
    }

    // kind: List (kubectl's list document): check each item
    if (kind === 'List' && apiVersion === 'v1') {
      const items = res.items;
      if (items === undefined || items === null) return;
      if (!Array.isArray(items)) {
        out.push({ rule: 'schema/type', severity: 'error', path: [...prefix, 'items'], message: `items must be array, got ${typeof items}` });
        return;
      }
      for (let i = 0; i < items.length; i++) await this.check(items[i], [...prefix, 'items', i], kubeVersion, callCrds, out);
      return;
    }

    const target = kubeVersion ?? embedded.kubernetesVersion;
    const removed = findRemoved(apiVersion, kind);
    if (removed && isRemovedAt(removed, target)) {
      out.push({ rule: 'schema/removed-api', severity: 'error', path: [...prefix, 'apiVersion'], message: removedMessage(removed, kind, target) });
      return;
    }

    const compiled = await this.resolve(apiVersion, kind, kubeVersion, callCrds);
    if (!compiled) {
      // served at the target version, but not part of this schema set: nothing to say
      if (removed) return;
      const severity = this.unknownSeverity(apiVersion, kind);
      if (severity !== 'off') out.push({ rule: 'schema/unknown-kind', severity, path: prefix, message: this.unknownMessage(apiVersion, kind, callCrds) });
      return;
    }
    if ('error' in compiled) {
      out.push({ rule: 'schema/invalid', severity: 'error', path: prefix, message: compiled.error });
      return;
    }
    const data = stripNulls(res);
    if (compiled.validate(data)) return;
    const issues = toIssues(compiled.validate.errors as ErrorObject[], data, {
      kind,
      names: getShared().names,
      hideValues: kind === 'Secret' && !apiVersion.includes('/'),
    });
    for (const i of issues) {
      if (!this.strict && i.rule === 'schema/unknown-field') continue;
      out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
    }
  }

  private async resolve(apiVersion: string, kind: string, kubeVersion: string | undefined, callCrds: readonly unknown[]): Promise<Compiled | undefined> {
    const [group, version] = splitApiVersion(apiVersion);
    for (const src of this.sources) {
      if (src.type === 'crds') {
        for (const crd of src.from === 'call' ? callCrds : this.optionCrds) {
          const v = versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version);
          if (v) return compileSchema(v.schema, `${apiVersion} ${kind}`);
        }
      } else if (src.type === 'locations') {
        if (!src.locations.size) continue;
        const r = await src.locations.find({ apiVersion, kind, strict: this.strict, ...(kubeVersion ? { kubeVersion } : {}) });
        if (r.found) return compileSchema(r.schema, `${apiVersion} ${kind} (${r.source})`);
        if ('error' in r) return { error: r.error };
      } else {
        const crdFile = embedded.crds[apiVersion]?.[kind];
        if (crdFile) {
          const crd = await loadBuiltinCrd(crdFile);
          const v = versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version);
          if (v) return compileSchema(v.schema, `${apiVersion} ${kind}`);
        }
        const k = compileEmbedded(apiVersion, kind);
        if (k) return k;
      }
    }
    return undefined;
  }

  private unknownSeverity(apiVersion: string, kind: string): Severity | 'off' {
    const cfg = this.opts.unknownKinds;
    const [group] = splitApiVersion(apiVersion);
    return cfg?.kinds?.[group ? `${group}/${kind}` : kind] ?? cfg?.kinds?.[kind] ?? cfg?.default ?? 'error';
  }

  private unknownMessage(apiVersion: string, kind: string, callCrds: readonly unknown[]): string {
    const [group] = splitApiVersion(apiVersion);
    const all = new Set(knownVersions(kind));
    for (const crd of [...callCrds, ...this.optionCrds]) for (const v of versionsOf(crd)) if (v.kind === kind) all.add(`${v.group}/${v.version}`);
    const sameGroup = [...all].filter((a) => splitApiVersion(a)[0] === group).map((a) => splitApiVersion(a)[1]);
    const head = `${kind} has no ${apiVersion} schema`;
    if (sameGroup.length) return `${head}; known: ${sortVersions(sameGroup).join(', ')}`;
    if (all.size) return `${head}; known: ${[...all].sort().join(', ')}`;
    return `${head}; it is not a Kubernetes ${embedded.kubernetesVersion} kind and no CRD${this.locations.some((l) => l.size) ? ' or schema location' : ''} defines it (add its CRD to crds/ or schemas.crds, or set schemas.unknownKinds for it)`;
  }
}

/** Kubernetes version order: v1 > v1beta2 > v1beta1 > v1alpha1, higher major first. */
function sortVersions(versions: string[]): string[] {
  const rank = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [0, 0, 0];
    return [Number(m[1]), m[2] === 'alpha' ? 0 : m[2] === 'beta' ? 1 : 2, Number(m[3] ?? 0)];
  };
  return [...new Set(versions)].sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]! || (a < b ? -1 : 1);
  });
}

/**
 * A schema validator. Nothing is compiled here: each apiVersion+kind is compiled on first use and cached
 * (across validators too).
 */
export async function createSchemaValidator(opts: SchemaOptions = {}, internal?: { fetch?: Fetcher }): Promise<SchemaValidator & SchemaValidatorInternals> {
  return new Validator(opts, internal?.fetch);
}
