import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DATA } from '../data.js';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { yaml } from '../util/vendor.js';
import { closest } from '../util/closest.js';
import { inputRegExpProblem } from '../util/regex.js';
import { duplicateKeys, offsetOfPath } from '../util/yaml-position.js';
import schema from './config.schema.json' with { type: 'json' };
import type { PathSeg, Severity } from '../types.js';
import { repoPath } from '../util/paths.js';
import { findCharts } from '../charts/discover.js';
import { globPath } from '../util/glob.js';
import { grouped } from '../util/text.js';

export type Level = Severity | 'off';
export type Scalar = string | number | boolean | null;

export interface RuleSetting {
  severity?: Level;
  options?: Record<string, unknown>;
  resources?: { kind?: string; name?: string; severity: Level }[];
}
export type RulesConfig = Record<string, RuleSetting>;

export interface FieldAssertion {
  path: string;
  equals?: unknown;
  oneOf?: unknown[];
  matches?: string;
  exists?: boolean;
  absent?: boolean;
  contains?: unknown;
  message?: string;
}

export interface ResourceExpectation {
  kind: string;
  apiVersion?: string;
  name?: string;
  labels?: Record<string, string>;
  count?: number | string;
  assert?: FieldAssertion[];
  /** Where the expectation is written, for findings about the expectation itself. */
  location?: { file: string; line: number };
}

export interface Expectations {
  kinds: Record<string, number | string>;
  kindLocations: Record<string, { file: string; line: number }>;
  resources: ResourceExpectation[];
  failure?: { message: string; location?: { file: string; line: number } };
}

export interface Combo {
  name: string;
  valuesFiles: string[];
  /** Inline values (config `values`), each written to a temporary values file after valuesFiles. */
  values: Record<string, unknown>[];
  set: Record<string, Scalar>;
  setString: Record<string, string | number | boolean>;
  releaseName: string;
  namespace: string;
  kubeVersion?: string;
  apiVersions: string[];
  rules: RulesConfig;
  expect: Expectations;
  /**
   * Where a part of the combo is written in the config — `['name']`, `['set', key]`, `['values', …path]`
   * (the combo's own, else the config's for every combo) — or undefined (zero-config).
   */
  at?: (p: PathSeg[]) => { file: string; line: number } | undefined;
}

export interface GuardConfig {
  /** Absolute path of the config file; undefined in zero-config mode. */
  file?: string;
  /** Directory relative paths in the config resolve against. */
  configDir: string;
  chartDir: string;
  combos: Combo[];
  lint: { enabled: boolean; strict: boolean; perCombo: boolean };
  timeoutMs: number;
  concurrency: number;
  includeCrds: boolean;
  schemas: {
    enabled: boolean;
    strict: boolean;
    locations: string[];
    crds: string[];
    cacheDir?: string;
    unknownKinds: { default?: Level; kinds?: Record<string, Level> };
  };
  rules: RulesConfig;
  external: { configMaps: string[]; secrets: string[]; serviceAccounts: string[]; persistentVolumeClaims: string[] };
  /** Template coverage (`coverage:`; --coverage turns it on). */
  coverage: CoverageSettings;
  /**
   * With LoadOptions.deferPatterns: refuse (ConfigError, at its line) a pattern of the config's expectations
   * that the linear-time engine cannot run. The guard calls it once helm runs: compiling the patterns
   * costs a cold process tens of milliseconds, which helm's renders hide.
   */
  checkPatterns?: () => void;
}

/** Template coverage settings: gates are percentages (undefined: no gate). */
export interface CoverageSettings {
  enabled: boolean;
  branches?: number;
  lines?: number;
  files?: number;
  formats: ('lcov' | 'cobertura')[];
  /** Absolute directory of lcov.info and cobertura.xml when the config sets one (else helm-guard-coverage/ in the working directory). */
  output?: string;
}

/** Bad input: one message with file and line; the CLI exits 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
  /** `file:line:col: message` */
  override toString(): string {
    const where = this.file
      ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : ''}: `
      : '';
    return `${where}${this.message}`;
  }
}

/** The config schema's validator, precompiled by the build (dist/schemas/config.cjs). */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validate | undefined;
function validateSchema(data: unknown): data is Raw {
  validator ??= createRequire(import.meta.url)(fileURLToPath(new URL('config.cjs', DATA))) as Validate;
  return validator(data);
}

export interface LoadOptions {
  /** Working directory: relative paths and `.helm-guard.yaml` are looked up here. */
  cwd: string;
  /** File paths in messages are relative to this directory (default: cwd). */
  displayDir?: string;
  /** Check the expectations' patterns later, in GuardConfig.checkPatterns (a guard run does, once helm runs). */
  deferPatterns?: boolean;
  /** Explicit config path (--config); else `.helm-guard.yaml` in cwd, else in CHART_DIR; else zero-config. */
  configPath?: string;
  /** CHART_DIR from the command line: overrides the config's `chart`. */
  chartDir?: string;
  /** Only these combos (--combo). */
  only?: string[];
  /** Rule ids the config may name. */
  knownRules: readonly string[];
  /** Overrides for every combo (e.g. the Action's kube-version input). */
  kubeVersion?: string;
  /** Zero-config even when a `.helm-guard.yaml` is in cwd (`--init`). */
  ignoreConfigFile?: boolean;
}

function displayPath(cwd: string, p: string): string {
  // outside the working directory the absolute path is clearer than ../../..
  const r = repoPath(cwd, p);
  return r.startsWith('..') ? p.split('\\').join('/') : r;
}

/** The longest per-call timeout: a day (far beyond any render; and timers overflow past 24.8 days). */
export const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;

function parseDuration(v: number | string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === 'number') return Math.round(v * 1000);
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(v)!;
  const n = Number(m[1]);
  return Math.round(m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000);
}

/** `timeout` in ms, within 1 ms … a day: a longer one would overflow Node's timers, a shorter one is 0. */
function timeoutOf(v: number | string | undefined, where: () => [string | undefined, number | undefined]): number {
  const ms = parseDuration(v, 120_000);
  if (!Number.isFinite(ms) || ms > MAX_TIMEOUT_MS)
    throw new ConfigError(`timeout ${JSON.stringify(v)} is too long: at most 24h (1440m) per helm call`, ...where());
  if (ms < 1)
    throw new ConfigError(`timeout ${JSON.stringify(v)} is too short: at least 1ms per helm call`, ...where());
  return ms;
}

function pointerToPath(pointer: string): PathSeg[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function dotted(path: readonly PathSeg[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

/** The subschema at an AJV schemaPath, to list valid property names. */
function schemaAt(schemaPath: string): any {
  let node: any = schema;
  for (const raw of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[seg];
    while (node && typeof node.$ref === 'string') node = schemaAt(node.$ref + '/x');
  }
  return node;
}

/** Pick the single most useful AJV error: unknown keys first, then the deepest path, enums over types. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) =>
    (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : e.keyword === 'oneOf' ? 9 : 2) * 1000 -
    e.instancePath.split('/').length;
  return [...errors].sort((a, b) => rank(a) - rank(b))[0]!;
}

function describe(e: ErrorObject, path: PathSeg[]): string {
  const where = dotted(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const props = Object.keys(schemaAt(e.schemaPath)?.properties ?? {});
      const near = closest(key, props);
      return `unknown key "${key}" in ${where}${near ? `; did you mean "${near}"?` : props.length ? ` (valid keys: ${props.join(', ')})` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'type':
      return `${where} must be ${(e.params as { type: string | string[] }).type.toString().replace(/,/g, ' or ')}`;
    case 'required':
      return `${where} needs "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'pattern':
      return `${where} has an invalid value (must match ${(e.params as { pattern: string }).pattern})`;
    case 'minItems':
      return path.join('/') === 'combos'
        ? 'combos is empty: the values matrix needs at least one combo (or leave combos out for zero-config)'
        : `${where} needs at least ${(e.params as { limit: number }).limit} item(s)`;
    case 'format':
      return `${where} is not a valid ${(e.params as { format: string }).format}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

type Raw = Record<string, any>;

function resolveFiles(
  list: string[] | undefined,
  dir: string,
  cfgFile: string,
  lineOfPath: (p: PathSeg[]) => number | undefined,
  at: PathSeg[],
): string[] {
  return (list ?? []).map((f, i) => {
    const abs = resolve(dir, f);
    const problem = valuesFileProblem(abs, f);
    if (problem) throw new ConfigError(problem, cfgFile, lineOfPath([...at, i]));
    return abs;
  });
}

/**
 * Why helm cannot be given this values file, if it cannot: missing, a directory, not a regular file (a
 * FIFO or a device would block or never end), or a name with a line break (helm reads `--values` as CSV
 * and cannot take one; commas and quotes are quoted for it, see helm/args.ts).
 */
function valuesFileProblem(abs: string, shown: string): string | undefined {
  if (/[\r\n\0]/.test(abs))
    return `values file name holds a line break or NUL, which helm cannot read: ${JSON.stringify(shown)}`;
  let st;
  try {
    st = statSync(abs);
  } catch {
    return `values file not found: ${shown}`;
  }
  if (st.isDirectory()) return `values file is a directory: ${shown}`;
  if (!st.isFile()) return `values file is not a regular file: ${shown}`;
  return undefined;
}

function mergeExpect(
  global: Raw | undefined,
  local: Raw | undefined,
  loc: (p: PathSeg[]) => { file: string; line: number } | undefined,
  gAt: PathSeg[],
  lAt: PathSeg[],
): Expectations {
  const out: Expectations = { kinds: {}, kindLocations: {}, resources: [] };
  // a location is looked up when a finding needs it (reading it builds the config's position tree)
  const lazy = <T extends object>(o: T, key: string, path: PathSeg[]): T =>
    Object.defineProperty(o, key, { get: () => loc(path), enumerable: true, configurable: true });
  for (const [src, at] of [
    [global, gAt],
    [local, lAt],
  ] as const) {
    if (!src) continue;
    for (const [k, v] of Object.entries(src.kinds ?? {})) {
      out.kinds[k] = v as number | string;
      lazy(out.kindLocations, k, [...at, 'kinds', k]);
    }
    (src.resources ?? []).forEach((r: ResourceExpectation, i: number) =>
      out.resources.push(lazy({ ...r }, 'location', [...at, 'resources', i])),
    );
    if (src.failure !== undefined) {
      const message = typeof src.failure === 'string' ? src.failure : src.failure.message;
      out.failure = lazy({ message }, 'location', [...at, 'failure']);
    }
  }
  return out;
}

/** Does a raw combo itself hold this path (else it comes from the config's settings for every combo)? */
function ownsPath(c: Raw, p: PathSeg[]): boolean {
  if (p[0] === 'name') return true;
  let o: unknown = c;
  for (const k of p) {
    if (!o || typeof o !== 'object' || !Object.hasOwn(o, k)) return false;
    o = (o as Record<string, unknown>)[k as string];
  }
  return true;
}

/** Combos from the chart-testing convention: every ci/*-values.yaml, else the chart's defaults. */
function zeroConfigCombos(chartDir: string): { name: string; valuesFiles: string[] }[] {
  const ci = join(chartDir, 'ci');
  let files: string[] = [];
  try {
    files = readdirSync(ci)
      .filter((f) => f.endsWith('-values.yaml') || f.endsWith('-values.yml'))
      .sort();
  } catch {
    /* no ci/ folder */
  }
  if (files.length === 0) return [{ name: 'default', valuesFiles: [] }];
  return files.map((f) => {
    const problem = valuesFileProblem(join(ci, f), `ci/${f}`);
    if (problem) throw new ConfigError(`${problem} (in the chart's ci/ folder)`, join(ci, f));
    return { name: f.replace(/-values\.ya?ml$/, ''), valuesFiles: [join(ci, f)] };
  });
}

/** A config file read and checked against the schema: its content and where each key is. */
interface ConfigFile {
  file: string;
  shown: string;
  raw: Raw;
  loc: (p: PathSeg[]) => { file: string; line: number } | undefined;
}

/** Larger config files are refused (a config is kilobytes; this is far above any real one). */
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** The config's text: a regular file, UTF-8 (with the line of the first byte that is not). */
function readConfigText(file: string, shown: string): string {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw new ConfigError(
      `config file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      shown,
    );
  }
  if (st.isDirectory()) throw new ConfigError('the config file is a directory', shown);
  if (!st.isFile()) throw new ConfigError('the config file is not a regular file', shown);
  if (st.size > MAX_CONFIG_BYTES)
    throw new ConfigError(
      `the config file is ${st.size} bytes, more than a config can be (${MAX_CONFIG_BYTES})`,
      shown,
    );
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    throw new ConfigError('the config file is not UTF-8 text (save it as UTF-8)', shown, line, column);
  }
}

/** Line and column (1-based) of the first byte sequence that is not UTF-8. */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  const text = bytes.toString('utf8');
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    // every character before i decoded from valid bytes: the byte offset of i is exact
    const off = Buffer.byteLength(text.slice(0, i));
    if (!(bytes[off] === 0xef && bytes[off + 1] === 0xbf && bytes[off + 2] === 0xbd)) {
      const before = text.slice(0, i);
      return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
    }
  }
  return { line: 1, column: 1 };
}

/** Nodes a value expands to with YAML aliases resolved (a shared object counted each time it is used). */
const MAX_ALIAS_EXPANSION = 1_000_000;

/**
 * How many more nodes the value has with its aliases expanded than it has written out: an alias bomb
 * (`b: [*a, *a, …]` nested) expands exponentially. Memoised per object, so linear in the written nodes;
 * a recursive alias (an anchor used inside itself) is Infinity.
 */
function aliasExpansion(root: unknown): number {
  const size = new Map<object, number>();
  const onStack = new Set<object>();
  let written = 0;
  const walk = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return 1;
    const known = size.get(v);
    if (known !== undefined) return known;
    if (onStack.has(v)) return Infinity;
    onStack.add(v);
    written++;
    let n = 1;
    for (const c of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof c !== 'object' || c === null) written++;
      n += walk(c);
      if (n > 1e15) break;
    }
    onStack.delete(v);
    size.set(v, n);
    return n;
  };
  return walk(root) - Math.max(written, 1);
}

function readConfigFile(file: string, shown: string): ConfigFile {
  const text = readConfigText(file, shown);
  // the document with positions is built only when a line must be named (an error, a failed expectation):
  // reading the values is the quick parser's job
  let positions: { doc: Document; lc: LineCounter } | undefined;
  const parsed = () => {
    if (!positions) {
      const lc = new (yaml().LineCounter)();
      // uniqueKeys: the package's check is quadratic in the keys; duplicateKeys() is linear
      positions = { doc: yaml().parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false }), lc };
    }
    return positions;
  };
  let raw: Raw;
  try {
    raw = (loadYaml(text, { schema: CORE_SCHEMA }) ?? {}) as Raw;
  } catch (err) {
    // a duplicate key: the quick parser's mark is at the key (and the first problem of the text)
    const mark = (err as { reason?: string; mark?: { line: number; column: number } }).mark;
    if ((err as { reason?: string }).reason === 'duplicated mapping key' && mark)
      throw new ConfigError('duplicate key', shown, mark.line + 1, mark.column + 1);
    // say what is wrong, and where, as the position-keeping parser sees it
    const { doc, lc } = parsed();
    const e = doc.errors[0];
    const dup = duplicateKeys(doc)[0];
    if (dup && (!e || dup.pos[0] <= e.pos[0])) {
      const p = lc.linePos(dup.pos[0]);
      throw new ConfigError('duplicate key', shown, p.line, p.col);
    }
    if (e) {
      const p = lc.linePos(e.pos[0]);
      throw new ConfigError(
        `invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+.*$/, '')}`,
        shown,
        p.line,
        p.col,
      );
    }
    try {
      raw = (doc.toJS() ?? {}) as Raw;
    } catch (err) {
      // the yaml package refuses excessive aliasing itself
      throw new ConfigError(`invalid YAML: ${(err as Error).message}`, shown, firstAliasLine(doc, lc));
    }
  }
  // aliases are shared by the quick parser, but everything after it (the schema check, inline values
  // written for helm) walks them out: a few lines can stand for billions of values
  if (aliasExpansion(raw) > MAX_ALIAS_EXPANSION) {
    const { doc, lc } = parsed();
    throw new ConfigError(
      `YAML aliases here expand to more than ${grouped(MAX_ALIAS_EXPANSION)} values (an alias bomb, or an alias used inside its own anchor); write the values out`,
      shown,
      firstAliasLine(doc, lc),
    );
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('the config must be a mapping', shown, 1);
  const where = (path: PathSeg[]) => {
    const { doc, lc } = parsed();
    const off = offsetOfPath(doc, path);
    return off === undefined ? undefined : lc.linePos(off);
  };
  const check = (value: unknown, at: PathSeg[]) => {
    if (validateSchema(value)) return;
    const e = pickError(validator!.errors ?? []);
    let path = pointerToPath(e.instancePath);
    if (e.keyword === 'additionalProperties')
      path = [...path, (e.params as { additionalProperty: string }).additionalProperty];
    const pos = where([...at, ...path]);
    throw new ConfigError(
      describe(e, [...at, ...(e.keyword === 'additionalProperties' ? path.slice(0, -1) : path)]),
      shown,
      pos?.line,
      pos?.col,
    );
  };
  check(raw, []);
  // a chart given inline under charts: takes the keys of a config file, but charts
  (raw.charts ?? []).forEach((entry: unknown, i: number) => {
    if (!entry || typeof entry !== 'object') return;
    if ('charts' in entry)
      throw new ConfigError(
        'charts cannot nest: an entry of charts is one chart',
        shown,
        where(['charts', i, 'charts'])?.line,
      );
    check(entry, ['charts', i]);
  });
  return {
    file,
    shown,
    raw,
    loc: (path) => {
      const pos = where(path);
      return pos ? { file: shown, line: pos.line } : undefined;
    },
  };
}

/** Line of the first alias (`*name`) of a document. */
function firstAliasLine(doc: Document, lc: LineCounter): number | undefined {
  let at: number | undefined;
  yaml().visit(doc, {
    Alias(_, node) {
      at = node.range?.[0];
      return yaml().visit.BREAK;
    },
  });
  return at === undefined ? undefined : lc.linePos(at).line;
}

/** Keys a config beside `charts:` sets for every chart that does not set them. */
const INHERITED = [
  'kubeVersion',
  'apiVersions',
  'releaseName',
  'namespace',
  'lint',
  'timeout',
  'concurrency',
  'includeCrds',
  'schemas',
  'rules',
  'external',
  'coverage',
] as const;

/** A chart's own keys over the inherited ones: rules per rule id, schemas per key, external lists joined. */
function inherit(own: Raw, top: Raw | undefined, topDir: string): Raw {
  if (!top) return own;
  // paths written beside charts: are relative to that file
  if (top.schemas) {
    const isLocal = (l: string) => l !== 'default' && l !== 'embedded' && !/^https?:\/\//i.test(l);
    top = {
      ...top,
      schemas: {
        ...top.schemas,
        ...(top.schemas.crds ? { crds: top.schemas.crds.map((p: string) => resolve(topDir, p)) } : {}),
        ...(top.schemas.cacheDir ? { cacheDir: resolve(topDir, top.schemas.cacheDir) } : {}),
        ...(top.schemas.locations
          ? { locations: top.schemas.locations.map((l: string) => (isLocal(l) ? resolve(topDir, l) : l)) }
          : {}),
      },
    };
  }
  if (top.coverage?.output)
    top = { ...top, coverage: { ...top.coverage, output: resolve(topDir, top.coverage.output) } };
  const out: Raw = { ...own };
  for (const k of INHERITED) {
    if (top[k] === undefined) continue;
    if (own[k] === undefined) out[k] = top[k];
    else if (k === 'rules' || k === 'schemas') out[k] = { ...top[k], ...own[k] };
    else if (k === 'external') {
      out[k] = { ...top[k] };
      for (const [kind, list] of Object.entries<string[]>(own[k])) out[k][kind] = [...(top[k][kind] ?? []), ...list];
    }
  }
  return out;
}

/** Keys that describe one chart: with `charts:` they belong to each chart, not beside the list. */
const PER_CHART = ['chart', 'combos', 'expect', 'values', 'valuesFiles', 'set', 'setString'] as const;

function isChartDir(dir: string): boolean {
  return existsSync(join(dir, 'Chart.yaml'));
}

/** A library chart (`type: library`) renders nothing of its own: helm refuses to template it alone. */
function isLibraryChart(dir: string): boolean {
  try {
    return /^type:\s*["']?library["']?\s*(#.*)?$/m.test(readFileSync(join(dir, 'Chart.yaml'), 'utf8'));
  } catch {
    return false;
  }
}

/** Chart directories a `charts:` entry names: a directory (a chart, or every chart under it) or a glob. */
function expandCharts(pattern: string, base: string): string[] {
  if (!/[*?[]/.test(pattern)) {
    const dir = resolve(base, pattern);
    return existsSync(dir) && statSync(dir).isDirectory() ? findCharts(dir) : [];
  }
  // the fixed part before the first wildcard segment, then every chart under it that matches
  const parts = pattern.split('/');
  const fixed = parts.slice(
    0,
    parts.findIndex((x) => /[*?[]/.test(x)),
  );
  const root = resolve(base, fixed.join('/') || '.');
  if (!existsSync(root)) return [];
  const matches = (rel: string) => globPath(pattern.replace(/\/+$/, ''), rel);
  return findCharts(root).filter((dir) => matches(repoPath(base, dir)));
}

/**
 * Every chart of a run and its config. Several charts come from `charts:` in the config file, from
 * several CHART_DIRs, or from a CHART_DIR that holds charts (chart-testing's chart-dirs); each chart then
 * uses its own .helm-guard.yaml when it has one, else zero-config, with the settings beside `charts:`
 * (or of the config file given) inherited. One CHART_DIR that is a chart: `loadConfig`.
 */
export function loadConfigs(opts: LoadOptions & { chartDirs?: string[] }): GuardConfig[] {
  const { cwd } = opts;
  const display = (p: string) => displayPath(opts.displayDir ?? cwd, p);
  const positional = opts.chartDirs ?? (opts.chartDir ? [opts.chartDir] : []);
  const oneChart = positional.length === 0 || (positional.length === 1 && isChartDir(resolve(cwd, positional[0]!)));
  const chartDir = oneChart ? positional[0] : undefined;
  const file = configFileOf({ ...opts, ...(chartDir ? { chartDir } : {}) });
  const top = file ? readConfigFile(file, display(file)) : undefined;
  const hasCharts = Array.isArray(top?.raw.charts);
  if (oneChart && !hasCharts)
    return [
      buildConfig(
        top?.raw ?? {},
        top,
        { ...opts, ...(chartDir ? { chartDir } : {}), single: true },
        top ? dirname(top.file) : cwd,
      ),
    ];

  if (top && hasCharts && positional.length)
    throw new ConfigError(
      'CHART_DIR and charts: in the config both name charts: give one or the other',
      top.shown,
      top.loc(['charts'])?.line,
    );
  if (top) {
    for (const id of Object.keys(top.raw.rules ?? {}))
      if (!opts.knownRules.includes(id)) {
        const near = closest(id, opts.knownRules);
        throw new ConfigError(
          `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''}`,
          top.shown,
          top.loc(['rules', id])?.line,
        );
      }
    // the settings of one chart have no place beside several charts
    for (const k of PER_CHART)
      if (top.raw[k] !== undefined)
        throw new ConfigError(
          hasCharts
            ? `${k} describes one chart: with charts:, set it in the chart's own .helm-guard.yaml or its entry under charts`
            : `${k} describes one chart, but ${positional.length > 1 ? 'several CHART_DIRs' : 'CHART_DIR, a directory of charts,'} name several; put it in each chart's own .helm-guard.yaml`,
          top.shown,
          top.loc([k])?.line,
        );
  }
  const entries: { dirs: string[]; inline?: Raw; at?: PathSeg[] }[] = hasCharts
    ? (top!.raw.charts as (string | Raw)[]).map((e, i) => {
        const pattern = typeof e === 'string' ? e : (e.chart as string);
        const dirs = expandCharts(pattern, dirname(top!.file));
        if (!dirs.length)
          throw new ConfigError(
            `no chart (a directory with a Chart.yaml) matches "${pattern}"`,
            top!.shown,
            top!.loc(['charts', i])?.line,
          );
        return { dirs, ...(typeof e === 'string' ? {} : { inline: e }), at: ['charts', i] };
      })
    : positional.map((p) => {
        const abs = resolve(cwd, p);
        if (!existsSync(abs) || !statSync(abs).isDirectory())
          throw new ConfigError(`chart directory not found: ${display(abs)}`);
        const dirs = isChartDir(abs) ? [abs] : findCharts(abs);
        if (!dirs.length) throw new ConfigError(`no chart (a directory with a Chart.yaml) at or under ${p}`);
        return { dirs };
      });

  const out: GuardConfig[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    // library charts found under a directory are checked through the charts that use them
    const dirs = entry.dirs.length > 1 ? entry.dirs.filter((d) => !isLibraryChart(d)) : entry.dirs;
    for (const dir of dirs) {
      if (seen.has(dir)) continue;
      seen.add(dir);
      let config: GuardConfig;
      if (entry.inline) {
        config = buildConfig(
          inherit({ ...entry.inline, chart: dir }, top?.raw, dirname(top!.file)),
          { ...top!, prefix: entry.at! },
          opts,
          dirname(top!.file),
        );
      } else if (existsSync(join(dir, '.helm-guard.yaml'))) {
        const own = readConfigFile(join(dir, '.helm-guard.yaml'), display(join(dir, '.helm-guard.yaml')));
        config = buildConfig(
          inherit({ ...own.raw, chart: dir }, top?.raw, top ? dirname(top.file) : cwd),
          own,
          opts,
          dir,
        );
      } else {
        // no config of its own: what it inherits is relative to the file beside charts:
        const topDir = top ? dirname(top.file) : cwd;
        config = buildConfig(
          inherit({ chart: dir }, top?.raw, topDir),
          top ? { ...top, zero: true } : undefined,
          opts,
          topDir,
        );
      }
      if (config.combos.length) out.push(config);
    }
  }
  if (opts.only?.length && !out.length)
    throw new ConfigError(`no chart has a combo named ${opts.only.map((n) => `"${n}"`).join(', ')}`, top?.shown);
  return out;
}

function configFileOf(opts: LoadOptions): string | undefined {
  if (opts.configPath) {
    const file = resolve(opts.cwd, opts.configPath);
    if (!existsSync(file)) throw new ConfigError(`config file not found: ${opts.configPath}`);
    return file;
  }
  if (opts.ignoreConfigFile) return undefined;
  if (existsSync(join(opts.cwd, '.helm-guard.yaml'))) return join(opts.cwd, '.helm-guard.yaml');
  // CHART_DIR alone: the chart's own config, as when it is one of several
  const own = opts.chartDir ? join(resolve(opts.cwd, opts.chartDir), '.helm-guard.yaml') : undefined;
  return own && existsSync(own) ? own : undefined;
}

/** The config of one chart (the first, when the config lists several). */
export function loadConfig(opts: LoadOptions): GuardConfig {
  return loadConfigs(opts)[0]!;
}

/**
 * One chart's GuardConfig from its settings. `source` says where they were written (for error lines;
 * `prefix` when they sit under charts[i] of that file; `zero` when they are only inherited ones), and
 * `configDir` is what relative paths in them resolve against.
 */
function buildConfig(
  raw: Raw,
  source: (ConfigFile & { prefix?: PathSeg[]; zero?: boolean }) | undefined,
  opts: LoadOptions & { single?: boolean },
  configDir: string,
): GuardConfig {
  const { cwd } = opts;
  const display = (p: string) => displayPath(opts.displayDir ?? cwd, p);
  const file = source && !source.zero ? source.file : undefined;
  const shown = source?.shown;
  const prefix = source?.prefix ?? [];
  const loc = (p: PathSeg[]) => (source ? source.loc([...prefix, ...p]) : undefined);
  const lineOf = (p: PathSeg[]) => loc(p)?.line;
  const fromCli = opts.single && opts.chartDir !== undefined;

  const chartRel = (opts.single ? opts.chartDir : undefined) ?? raw.chart;
  if (!chartRel)
    throw new ConfigError('no chart: pass CHART_DIR (the Action\'s chart input) or set "chart" in the config', shown);
  const chartDir = resolve(fromCli ? cwd : configDir, chartRel);
  if (!existsSync(chartDir) || !statSync(chartDir).isDirectory())
    throw new ConfigError(
      `chart directory not found: ${display(chartDir)}`,
      fromCli ? undefined : shown,
      fromCli ? undefined : lineOf(['chart']),
    );
  if (!existsSync(join(chartDir, 'Chart.yaml')))
    throw new ConfigError(
      `not a Helm chart (no Chart.yaml): ${display(chartDir)}`,
      fromCli ? undefined : shown,
      fromCli ? undefined : lineOf(['chart']),
    );

  // rule ids must exist
  const checkRules = (rules: Raw | undefined, at: PathSeg[]) => {
    for (const id of Object.keys(rules ?? {})) {
      if (!opts.knownRules.includes(id)) {
        const near = closest(id, opts.knownRules);
        throw new ConfigError(
          `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''}`,
          shown,
          lineOf([...at, id]),
        );
      }
    }
  };
  const normRules = (rules: Raw | undefined): RulesConfig =>
    Object.fromEntries(
      Object.entries(rules ?? {}).map(([k, v]) => [
        k,
        typeof v === 'string' ? { severity: v as Level } : (v as RuleSetting),
      ]),
    );
  checkRules(raw.rules, ['rules']);

  const baseValues = resolveFiles(raw.valuesFiles, configDir, shown ?? '', lineOf, ['valuesFiles']);
  // patterns run on a linear-time engine (RE2 syntax): one it cannot run is refused here, at its line
  const checkPatterns = (expect: Raw | undefined, at: PathSeg[]) => {
    if (!expect) return;
    const failure = typeof expect.failure === 'string' ? expect.failure : expect.failure?.message;
    const bad = (pattern: unknown, path: PathSeg[]) => {
      const problem = typeof pattern === 'string' ? inputRegExpProblem(pattern) : undefined;
      if (problem) throw new ConfigError(problem, shown, lineOf(path));
    };
    bad(failure, [...at, 'failure']);
    (expect.resources ?? []).forEach((r: Raw, i: number) =>
      (r.assert ?? []).forEach((a: Raw, j: number) => bad(a.matches, [...at, 'resources', i, 'assert', j, 'matches'])),
    );
  };
  let patternsChecked = false;
  const allPatterns = () => {
    if (patternsChecked) return;
    patternsChecked = true;
    checkPatterns(raw.expect, ['expect']);
    (raw.combos ?? []).forEach((c: Raw, i: number) => checkPatterns(c.expect, ['combos', i, 'expect']));
  };
  if (!opts.deferPatterns) allPatterns();
  const rawCombos: Raw[] = raw.combos ?? zeroConfigCombos(chartDir);
  const seen = new Map<string, number>();
  const combos: Combo[] = rawCombos.map((c, i) => {
    if (seen.has(c.name))
      throw new ConfigError(
        `duplicate combo name "${c.name}" (first at line ${lineOf(['combos', seen.get(c.name)!, 'name']) ?? '?'})`,
        shown,
        lineOf(['combos', i, 'name']),
      );
    seen.set(c.name, i);
    checkRules(c.rules, ['combos', i, 'rules']);
    const valuesFiles = raw.combos
      ? resolveFiles(c.valuesFiles, configDir, shown ?? '', lineOf, ['combos', i, 'valuesFiles'])
      : (c.valuesFiles as string[]);
    const rules: RulesConfig = { ...normRules(raw.rules) };
    for (const [id, s] of Object.entries(normRules(c.rules))) rules[id] = { ...rules[id], ...s };
    return {
      name: c.name,
      valuesFiles: [...baseValues, ...valuesFiles],
      values: [raw.values, c.values].filter((v): v is Record<string, unknown> => !!v && Object.keys(v).length > 0),
      set: { ...(raw.set ?? {}), ...(c.set ?? {}) },
      setString: { ...(raw.setString ?? {}), ...(c.setString ?? {}) },
      releaseName: c.releaseName ?? raw.releaseName ?? 'release-name',
      namespace: c.namespace ?? raw.namespace ?? 'default',
      kubeVersion: opts.kubeVersion ?? c.kubeVersion ?? raw.kubeVersion,
      apiVersions: [...(raw.apiVersions ?? []), ...(c.apiVersions ?? [])],
      rules,
      expect: mergeExpect(raw.expect, c.expect, loc, ['expect'], ['combos', i, 'expect']),
      ...(source && raw.combos ? { at: (p: PathSeg[]) => loc(ownsPath(c, p) ? ['combos', i, ...p] : p) } : {}),
    };
  });

  let selected = combos;
  if (opts.only?.length && !opts.single) {
    // several charts: --combo picks the combos of that name in each chart (a chart may have none)
    selected = combos.filter((c) => opts.only!.includes(c.name));
  } else if (opts.only?.length) {
    for (const name of opts.only) {
      if (!seen.has(name)) {
        const near = closest(name, seen.keys());
        throw new ConfigError(
          `no combo named "${name}"${near ? `; did you mean "${near}"?` : ''} (combos: ${[...seen.keys()].join(', ')})`,
          shown,
        );
      }
    }
    selected = combos.filter((c) => opts.only!.includes(c.name));
  }
  if (selected.length === 0 && !(opts.only?.length && !opts.single))
    throw new ConfigError('the values matrix is empty: no combo to render', shown, lineOf(['combos']));

  const lint = typeof raw.lint === 'boolean' ? { enabled: raw.lint } : (raw.lint ?? {});
  const cov = typeof raw.coverage === 'boolean' ? { enabled: raw.coverage } : (raw.coverage ?? { enabled: false });
  const uk = raw.schemas?.unknownKinds;
  return {
    ...(opts.deferPatterns ? { checkPatterns: allPatterns } : {}),
    file,
    configDir,
    chartDir,
    combos: selected,
    lint: { enabled: lint.enabled ?? true, strict: lint.strict ?? false, perCombo: lint.perCombo ?? false },
    timeoutMs: timeoutOf(raw.timeout, () => [shown, lineOf(['timeout'])]),
    concurrency: raw.concurrency ?? 0,
    includeCrds: raw.includeCrds ?? true,
    schemas: {
      enabled: raw.schemas?.enabled ?? true,
      strict: raw.schemas?.strict ?? true,
      locations: raw.schemas?.locations ?? [],
      crds: (raw.schemas?.crds ?? []).map((p: string) => resolve(configDir, p)),
      cacheDir: raw.schemas?.cacheDir ? resolve(configDir, raw.schemas.cacheDir) : undefined,
      unknownKinds: typeof uk === 'string' ? { default: uk as Level } : (uk ?? {}),
    },
    rules: normRules(raw.rules),
    external: {
      configMaps: raw.external?.configMaps ?? [],
      secrets: raw.external?.secrets ?? [],
      serviceAccounts: raw.external?.serviceAccounts ?? [],
      persistentVolumeClaims: raw.external?.persistentVolumeClaims ?? [],
    },
    coverage: {
      enabled: cov.enabled ?? true,
      ...(cov.branches !== undefined ? { branches: cov.branches } : {}),
      ...(cov.lines !== undefined ? { lines: cov.lines } : {}),
      ...(cov.files !== undefined ? { files: cov.files } : {}),
      formats: cov.formats ?? ['lcov', 'cobertura'],
      ...(cov.output !== undefined ? { output: resolve(configDir, cov.output) } : {}),
    },
  };
}
