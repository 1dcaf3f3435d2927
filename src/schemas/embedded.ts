/**
 * The embedded schema data: one Kubernetes schema set per minor release (schemas/k8s/, precompiled into
 * validators by the build) and the catalog of common CRDs (schemas/crds/catalog/). Everything but the small
 * indexes lives in dist/schemas/ and is read when first needed, and a run compiles only the validators of the
 * definitions its resources reach.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ValidateFunction } from 'ajv';
import k8sIndex from '../../schemas/k8s/index.json' with { type: 'json' };
import crdIndex from '../../schemas/crds/catalog/index.json' with { type: 'json' };
import { DATA } from '../data.js';
import { GuardError } from '../result.js';

/** The state the precompiled validators read (loaded with the first of them: not at start-up). */
const state = () => import('./state.js').then((m) => m.schemaState());


/** Minor releases with a schema set, oldest first, e.g. ['1.30', …, '1.36']. */
export const RELEASES: readonly string[] = k8sIndex.releases;
/** The release used when no Kubernetes version is given: the newest. */
export const DEFAULT_RELEASE: string = k8sIndex.default;

/** apiVersion → kind → catalog file, for the built-in CRDs. */
export const CATALOG_CRDS: Record<string, Record<string, string>> = crdIndex.crds;

export interface ReleaseData {
  kubernetesVersion: string;
  /** group/versions and group/version/kinds a cluster of this release serves by default (Capabilities). */
  served: string[];
  /** apiVersion → kind → "module#Name" */
  kinds: Record<string, Record<string, string>>;
  /** module → modules its definitions reference */
  deps: Record<string, string[]>;
  /** module → definition name → variant hash */
  definitions: Record<string, Record<string, string>>;
}

const releaseCache = new Map<string, ReleaseData>();

/** One release's table (read synchronously: helm's arguments need it before anything else runs). */
export function releaseData(minor: string): ReleaseData {
  let r = releaseCache.get(minor);
  if (!r) {
    if (!RELEASES.includes(minor)) throw new Error(`no embedded schema set for Kubernetes ${minor}`);
    r = JSON.parse(readFileSync(new URL(`k8s/${minor}.json`, DATA), 'utf8')) as ReleaseData;
    releaseCache.set(minor, r);
  }
  return r;
}

function minorOf(version: string): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The schema set for a Kubernetes version: its own minor when shipped, else the nearest one, with a note
 * saying so. No version: the default (newest) release.
 */
export function releaseFor(kubeVersion: string | undefined): { minor: string; note?: string } {
  if (!kubeVersion) return { minor: DEFAULT_RELEASE };
  const want = minorOf(kubeVersion);
  if (!want) return { minor: DEFAULT_RELEASE, note: `Kubernetes version "${kubeVersion}" is not major.minor[.patch]; using the ${DEFAULT_RELEASE} schemas` };
  const key = `${want[0]}.${want[1]}`;
  if (RELEASES.includes(key)) return { minor: key };
  let best = RELEASES[0]!;
  const dist = (r: string) => {
    const [a, b] = minorOf(r)!;
    return Math.abs((a - want[0]) * 1000 + (b - want[1]));
  };
  for (const r of RELEASES) if (dist(r) <= dist(best)) best = r;
  return {
    minor: best,
    note: `no schema set for Kubernetes ${key} is shipped (${RELEASES[0]} to ${RELEASES[RELEASES.length - 1]}); validating against ${best}, the nearest`,
  };
}

/** A variant's precompiled validator: the source of a function that makes it, and the definitions it refers to. */
interface ValidatorSource {
  code: string;
  refs: string[];
}
const sources = new Map<string, Map<string, string>>();

/**
 * The precompiled validator source of one definition variant ("Name_hash") of a module, or undefined. A
 * module's file is read once, a line per variant ("Name_hash<TAB>refs<TAB>source"); nothing is compiled here.
 */
export function validatorSource(mod: string, key: string): ValidatorSource | undefined {
  let lines = sources.get(mod);
  if (!lines) {
    lines = new Map();
    for (const line of readFileSync(new URL(`k8s/${mod}.validators`, DATA), 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) lines.set(line.slice(0, tab), line);
    }
    sources.set(mod, lines);
  }
  const line = lines.get(key);
  if (line === undefined) return undefined;
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  const refs = line.slice(a + 1, b);
  return { code: line.slice(b + 1), refs: refs ? refs.split(',') : [] };
}

/** Load the state the validators read when they are made (before compileValidators). */
let stateLoaded: Promise<void> | undefined;
export function loadState(): Promise<void> {
  return (stateLoaded ??= state().then(() => undefined));
}

/**
 * Make validators from their precompiled sources, in one compilation: V8 parses only the code of the
 * definitions asked for, not a whole group/version's (core/v1 is 700 KB of validators). The sources are the
 * build's own output (scripts/compile-schemas.mjs), never input. The state must be loaded (loadState).
 */
export function compileValidators(codes: readonly string[]): ValidateFunction[] {
  let makers: (() => ValidateFunction)[];
  try {
    // each source in parentheses: V8 compiles such a function at once rather than parsing it twice
    makers = new Function(`"use strict";return[(${codes.join('),(')})]`)() as (() => ValidateFunction)[];
  } catch (e) {
    if (e instanceof EvalError)
      throw new GuardError(
        'schemas: this Node forbids making code at run time (--disallow-code-generation-from-strings), and helm-guard makes its schema validators from their precompiled source when a run needs them; run Node without that option, or turn schema validation off (schemas: { enabled: false })',
      );
    throw e;
  }
  return makers.map((make) => make());
}

const defsCache = new Map<string, Promise<Record<string, Record<string, unknown>>>>();

/** The JSON Schema definitions of one module, keyed "Name@hash" (to word messages about invalid resources). */
export function loadDefinitions(mod: string): Promise<Record<string, Record<string, unknown>>> {
  let p = defsCache.get(mod);
  if (!p) {
    p = readFile(new URL(`k8s/defs/${mod}.json`, DATA), 'utf8').then((t) => JSON.parse(t) as Record<string, Record<string, unknown>>);
    defsCache.set(mod, p);
  }
  return p;
}

let precompiled: Set<string> | undefined;
const crdModules = new Map<string, Promise<Record<string, ValidateFunction>>>();

/** The precompiled validator of a catalog CRD's kind and version; undefined when it is compiled at run time. */
export async function loadCatalogValidator(file: string, kind: string, version: string): Promise<ValidateFunction | undefined> {
  precompiled ??= new Set(JSON.parse(readFileSync(new URL('crds/precompiled.json', DATA), 'utf8')) as string[]);
  if (!precompiled.has(file)) return undefined;
  let p = crdModules.get(file);
  if (!p) {
    // the module reads the state when it loads
    p = state().then(() => import(new URL(`crds/${file}.js`, DATA).href) as Promise<Record<string, ValidateFunction>>);
    crdModules.set(file, p);
  }
  return (await p)[`${kind}_${version}`];
}

const crdCache = new Map<string, Promise<unknown>>();

/** A built-in CustomResourceDefinition object of the catalog. */
export function loadCatalogCrd(file: string): Promise<unknown> {
  let p = crdCache.get(file);
  if (!p) {
    p = readFile(new URL(`crds/${file}.json`, DATA), 'utf8').then((t) => JSON.parse(t) as unknown);
    crdCache.set(file, p);
  }
  return p;
}

/** Every module `mod` needs in a release, itself included. */
export function withDependencies(rel: ReleaseData, mod: string): string[] {
  const out: string[] = [];
  const visit = (m: string) => {
    if (out.includes(m)) return;
    out.push(m);
    for (const d of rel.deps[m] ?? []) visit(d);
  };
  visit(mod);
  return out;
}
