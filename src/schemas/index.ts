/**
 * Kubernetes schema validation. The Kubernetes kinds of every shipped release are precompiled validators
 * (dist/schemas/k8s/, each made on first use with the definitions it reaches); CRD schemas met in a run are
 * compiled once with the same AJV configuration and cached.
 *
 * Where a schema comes from, first match wins:
 *   1. CRDs passed to validate() (rendered in the same combo or found in the chart's crds/)
 *   2. CRDs passed in the options (listed in the config)
 *   3. `locations`, in order (kubeconform layout; the entry 'default' places the embedded set among them)
 *   4. the embedded set: the CRD catalog (schemas/crds/catalog/) and the Kubernetes kinds of the release
 * Removed APIs are judged by the combo's kubeVersion before any of that.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { PathSeg, Severity } from '../types.js';
import { closest } from '../util/closest.js';
import { schemaState } from './state.js';
import { crdVersions, type CrdVersion } from './crd.js';
import {
  CATALOG_CRDS,
  DEFAULT_RELEASE,
  loadCatalogCrd,
  loadCatalogValidator,
  compileValidators,
  loadDefinitions,
  loadState,
  releaseData,
  releaseFor,
  validatorSource,
  withDependencies,
  type ReleaseData,
} from './embedded.js';
import { toIssues } from './issues.js';
import { SchemaLocations, type Fetcher } from './locations.js';
import { findRemoved, isRemovedAt, removedMessage } from './removed.js';
import { schemaAt, type RefResolver } from './walk.js';
import type { SchemaIssue, SchemaOptions, SchemaValidator } from './types.js';

export type { SchemaIssue, SchemaOptions, SchemaValidator } from './types.js';
export { REMOVED_APIS, findRemoved } from './removed.js';
export { crdVersions, convertOpenApi } from './crd.js';
export { DEFAULT_RELEASE, RELEASES, releaseFor, releaseData } from './embedded.js';

/** Location entries that stand for the embedded set. */
const EMBEDDED_MARKERS = new Set(['default', 'embedded']);

// ---------------------------------------------------------------------------------------------
// Compiled schemas, shared by every validator of the process.

/** A release's validators: "module#Name" → that release's variant, made on first use with what it references. */
class Release {
  readonly table: Record<string, ValidateFunction> = {};
  private readonly defs = new Map<string, Record<string, Record<string, unknown>>>();

  constructor(readonly data: ReleaseData) {}

  /** Make the validators of these definitions ("module#Name") and of every definition they reach, into `table`. */
  async ensure(refs: readonly string[]): Promise<void> {
    if (refs.every((r) => this.table[r])) return;
    await loadState();
    const made: string[] = [];
    const codes: string[] = [];
    const seen = new Set<string>();
    const stack = [...refs];
    while (stack.length) {
      const ref = stack.pop()!;
      if (seen.has(ref) || this.table[ref]) continue;
      seen.add(ref);
      const at = ref.indexOf('#');
      const mod = ref.slice(0, at);
      const name = ref.slice(at + 1);
      const hash = this.data.definitions[mod]?.[name];
      const source = hash === undefined ? undefined : validatorSource(mod, `${name}_${hash}`);
      if (!source) continue;
      made.push(ref);
      codes.push(source.code);
      stack.push(...source.refs);
    }
    if (codes.length) compileValidators(codes).forEach((fn, i) => (this.table[made[i]!] = fn));
  }

  /** The JSON definitions of `mod` and its dependencies, for wording messages. */
  async resolver(mod: string): Promise<RefResolver> {
    await Promise.all(
      withDependencies(this.data, mod).map(async (m) => {
        if (this.defs.has(m)) return;
        const all = await loadDefinitions(m);
        const mine: Record<string, Record<string, unknown>> = {};
        for (const [name, hash] of Object.entries(this.data.definitions[m] ?? {})) mine[name] = all[`${name}@${hash}`]!;
        this.defs.set(m, mine);
      }),
    );
    return (ref: string) => {
      const [m, name] = ref.split('#');
      return this.defs.get(m!)?.[name!];
    };
  }
}

interface Shared {
  /** AJV, loaded and configured the first time a schema must be compiled here. */
  ajv?: Promise<import('ajv').Ajv>;
  releases: Map<string, Release>;
  bySchema: WeakMap<object, Compiled>;
  crdsOf: WeakMap<object, CrdVersion[]>;
}
let shared: Shared | undefined;

function getShared(): Shared {
  shared ??= { releases: new Map(), bySchema: new WeakMap(), crdsOf: new WeakMap() };
  return shared;
}

function release(minor: string): Release {
  const s = getShared();
  let r = s.releases.get(minor);
  if (!r) {
    r = new Release(releaseData(minor));
    s.releases.set(minor, r);
  }
  return r;
}

/**
 * Kinds nearly every chart renders. A Deployment's validator reaches the pod template's, which most
 * workloads (StatefulSet, DaemonSet, Job, CronJob) share and which is most of core/v1's code.
 */
const COMMON_KINDS: readonly [apiVersion: string, kind: string][] = [
  ['apps/v1', 'Deployment'],
  ['v1', 'Service'],
  ['v1', 'ServiceAccount'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
];

/** Every validator references ObjectMeta (custom resources too). */
const OBJECT_META = 'meta-v1#ObjectMeta';

/** Make the validators of the kinds nearly every chart renders, for the release of a Kubernetes version. */
export async function warmRelease(kubeVersion: string | undefined): Promise<void> {
  const rel = release(releaseFor(kubeVersion).minor);
  const refs = COMMON_KINDS.map(([v, k]) => rel.data.kinds[v]?.[k]).filter((r): r is string => r !== undefined);
  await rel.ensure([OBJECT_META, ...refs]);
}

/** Forget every compiled CRD schema (the next validation compiles afresh): for benchmarks and tests. */
export function resetSchemaCache(): void {
  shared = undefined;
}

/**
 * A validator and where its schema is, for wording messages: the root schema itself, the Kubernetes
 * definition it starts from, or a catalog CRD read only when a resource turns out invalid.
 */
type Compiled =
  | {
      validate: ValidateFunction;
      root: { schema: Record<string, unknown> } | { ref: string } | { catalog: () => Promise<Record<string, unknown> | undefined> };
      /** The schema is the same for every combo (not a CRD of the render itself). */
      shared?: boolean;
    }
  | { error: string };

/** Compile a standalone schema (a CRD version or a downloaded schema), once per schema object. */
async function compileSchema(schema: Record<string, unknown>, what: string): Promise<Compiled> {
  const s = getShared();
  const hit = s.bySchema.get(schema);
  if (hit) return hit;
  s.ajv ??= import('./ajv.js').then((m) => m.createAjv());
  const ajv = await s.ajv;
  const again = s.bySchema.get(schema);
  if (again) return again;
  let c: Compiled;
  try {
    c = { validate: ajv.compile(schema), root: { schema } };
  } catch (e) {
    c = { error: `the schema for ${what} cannot be used: ${(e as Error).message}` };
  }
  s.bySchema.set(schema, c);
  return c;
}

/** A compiled schema marked as the same for every combo (its verdicts can be remembered), or not. */
function markShared(c: Compiled, isShared: boolean): Compiled {
  return 'error' in c || !isShared ? c : { ...c, shared: true };
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

/** apiVersions of the embedded set (a release's Kubernetes kinds and the CRD catalog) that define `kind`, optionally within one group. */
export function knownVersions(kind: string, group?: string, minor: string = DEFAULT_RELEASE): string[] {
  const out: string[] = [];
  for (const table of [releaseData(minor).kinds, CATALOG_CRDS]) {
    for (const [apiVersion, kinds] of Object.entries(table)) {
      if (kinds[kind] && (group === undefined || splitApiVersion(apiVersion)[0] === group)) out.push(apiVersion);
    }
  }
  return [...new Set(out)].sort();
}

/** API groups the embedded set covers: Kubernetes' own (any shipped release) and the CRD catalog's. */
function knownGroups(minor: string): Set<string> {
  const out = new Set<string>();
  for (const table of [releaseData(minor).kinds, CATALOG_CRDS]) for (const av of Object.keys(table)) out.add(splitApiVersion(av)[0]);
  return out;
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
  /**
   * Issues per release and resource text, for resources whose schema does not come from the render: a
   * promise, so that a combo checking the same text while the first check still waits (to read the
   * definitions that word its messages) waits for its issues instead of taking none.
   */
  private readonly memo = new Map<string, Promise<SchemaIssue[]>>();
  /** The same, by object: a document rendered alike in several combos is one frozen object (manifests/parse.ts). */
  private readonly memoByObject = new WeakMap<object, Map<string, Promise<SchemaIssue[]>>>();

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

    const { minor } = releaseFor(kubeVersion);
    const target = kubeVersion ?? minor;
    const removed = findRemoved(apiVersion, kind);
    if (removed && isRemovedAt(removed, target)) {
      out.push({ rule: 'schema/removed-api', severity: 'error', path: [...prefix, 'apiVersion'], message: removedMessage(removed, kind, target) });
      return;
    }

    const rel = release(minor);
    const compiled = await this.resolve(apiVersion, kind, rel, kubeVersion, callCrds);
    if (!compiled) {
      // served at the target version, but not part of this schema set: nothing to say
      if (removed) return;
      const severity = this.unknownSeverity(apiVersion, kind, minor, callCrds);
      if (severity !== 'off') out.push({ rule: 'schema/unknown-kind', severity, path: prefix, message: this.unknownMessage(apiVersion, kind, minor, callCrds) });
      return;
    }
    if ('error' in compiled) {
      out.push({ rule: 'schema/invalid', severity: 'error', path: prefix, message: compiled.error });
      return;
    }
    // combos render many resources alike: the verdict on the same text under the same schema is the same;
    // an object that cannot change is looked up as itself, before its text is written out
    const variant = `${minor}\u0000${this.strict}`;
    const frozen = compiled.shared && Object.isFrozen(res);
    const seen = frozen ? this.memoByObject.get(res)?.get(variant) : undefined;
    if (seen) {
      for (const i of await seen) out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
      return;
    }
    const data = stripNulls(res);
    const memoKey = compiled.shared ? `${variant}\u0000${JSON.stringify(data)}` : undefined;
    const memo = memoKey === undefined ? undefined : this.memo.get(memoKey);
    const remember = (issues: Promise<SchemaIssue[]>) => {
      if (memoKey !== undefined) this.memo.set(memoKey, issues);
      if (!frozen) return;
      let m = this.memoByObject.get(res);
      if (!m) this.memoByObject.set(res, (m = new Map()));
      m.set(variant, issues);
    };
    if (memo) {
      if (frozen) remember(memo);
      for (const i of await memo) out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
      return;
    }
    const found: SchemaIssue[] = [];
    let settle!: () => void;
    if (compiled.shared) remember(new Promise<SchemaIssue[]>((r) => (settle = () => r(found))));
    try {
      await this.validateWith(compiled, data, rel, kind, apiVersion, prefix, found, out);
    } finally {
      settle?.();
    }
  }

  /** Run a compiled schema on a resource; its issues go to `found` (as they are) and `out` (under `prefix`). */
  private async validateWith(
    compiled: Exclude<Compiled, { error: string }>,
    data: Record<string, unknown>,
    rel: Release,
    kind: string,
    apiVersion: string,
    prefix: PathSeg[],
    found: SchemaIssue[],
    out: SchemaIssue[],
  ): Promise<void> {
    // references between definitions resolve through the release's table (custom resources refer to ObjectMeta)
    await rel.ensure([OBJECT_META]);
    schemaState().t = rel.table;
    if (compiled.validate(data)) return;
    const errors = compiled.validate.errors as ErrorObject[];
    const root = compiled.root;
    const resolveRef = await rel.resolver('ref' in root ? root.ref.split('#')[0]! : 'meta-v1');
    const rootSchema = 'ref' in root ? resolveRef(root.ref) : 'catalog' in root ? await root.catalog() : root.schema;
    const issues = toIssues(errors, data, {
      kind,
      schemaAt: (pointer) => (rootSchema ? schemaAt(rootSchema, pointer, data, resolveRef) : undefined),
      hideValues: kind === 'Secret' && !apiVersion.includes('/'),
    });
    for (const i of issues) {
      if (!this.strict && i.rule === 'schema/unknown-field') continue;
      found.push(i);
      out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
    }
  }

  private async resolve(apiVersion: string, kind: string, rel: Release, kubeVersion: string | undefined, callCrds: readonly unknown[]): Promise<Compiled | undefined> {
    const [group, version] = splitApiVersion(apiVersion);
    for (const src of this.sources) {
      if (src.type === 'crds') {
        for (const crd of src.from === 'call' ? callCrds : this.optionCrds) {
          const v = versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version);
          if (v) return markShared(await compileSchema(v.schema, `${apiVersion} ${kind}`), src.from === 'options');
        }
      } else if (src.type === 'locations') {
        if (!src.locations.size) continue;
        const r = await src.locations.find({ apiVersion, kind, strict: this.strict, ...(kubeVersion ? { kubeVersion } : {}) });
        if (r.found) return markShared(await compileSchema(r.schema, `${apiVersion} ${kind} (${r.source})`), true);
        if ('error' in r) return { error: r.error };
      } else {
        const crdFile = CATALOG_CRDS[apiVersion]?.[kind];
        if (crdFile) {
          const pre = await loadCatalogValidator(crdFile, kind, version);
          const schemaOf = async () => {
            const crd = await loadCatalogCrd(crdFile);
            return versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version)?.schema;
          };
          if (pre) return { validate: pre, root: { catalog: schemaOf }, shared: true };
          const crd = await loadCatalogCrd(crdFile);
          const v = versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version);
          if (v) return markShared(await compileSchema(v.schema, `${apiVersion} ${kind}`), true);
        }
        const ref = rel.data.kinds[apiVersion]?.[kind];
        if (ref) {
          await rel.ensure([ref]);
          const validate = rel.table[ref];
          return validate ? { validate, root: { ref }, shared: true } : { error: `embedded schema for ${apiVersion} ${kind} is missing` };
        }
      }
    }
    return undefined;
  }

  /** Configured severity; by default an error in a group the embedded set covers (a typo), a warning elsewhere. */
  private unknownSeverity(apiVersion: string, kind: string, minor: string, callCrds: readonly unknown[]): Severity | 'off' {
    const cfg = this.opts.unknownKinds;
    const [group] = splitApiVersion(apiVersion);
    const configured = cfg?.kinds?.[group ? `${group}/${kind}` : kind] ?? cfg?.kinds?.[kind] ?? cfg?.default;
    if (configured) return configured;
    return this.groupKnown(group, minor, callCrds) ? 'error' : 'warning';
  }

  /** A group the embedded set or a CRD of this run defines: a kind or version it lacks is a mistake. */
  private groupKnown(group: string, minor: string, callCrds: readonly unknown[]): boolean {
    if (knownGroups(minor).has(group)) return true;
    return [...callCrds, ...this.optionCrds].some((crd) => versionsOf(crd).some((v) => v.group === group));
  }

  private unknownMessage(apiVersion: string, kind: string, minor: string, callCrds: readonly unknown[]): string {
    const [group] = splitApiVersion(apiVersion);
    const all = new Set(knownVersions(kind, undefined, minor));
    for (const crd of [...callCrds, ...this.optionCrds]) for (const v of versionsOf(crd)) if (v.kind === kind) all.add(`${v.group}/${v.version}`);
    const sameGroup = [...all].filter((a) => splitApiVersion(a)[0] === group).map((a) => splitApiVersion(a)[1]);
    const head = `${kind} has no ${apiVersion} schema`;
    if (sameGroup.length) return `${head}; known: ${sortVersions(sameGroup).join(', ')}`;
    if (all.size) return `${head}; known: ${[...all].sort().join(', ')}`;
    if (this.groupKnown(group, minor, callCrds)) {
      // a kind this group does not have: most likely a typo
      const kinds = new Set<string>();
      for (const table of [releaseData(minor).kinds, CATALOG_CRDS])
        for (const [av, ks] of Object.entries(table)) if (splitApiVersion(av)[0] === group) for (const k of Object.keys(ks)) kinds.add(k);
      const guess = closest(kind, [...kinds]);
      return `${apiVersion} has no kind ${kind} in Kubernetes ${minor}${guess ? `; did you mean ${guess}?` : ''}`;
    }
    return `cannot validate ${kind} (${apiVersion}): it is not a Kubernetes ${minor} kind and no CRD${this.locations.some((l) => l.size) ? ' or schema location' : ''} defines it; add its CRD to crds/ or schemas.crds to check it (schemas.unknownKinds sets how this is reported)`;
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
