/**
 * The embedded schema set (schemas/ at the package root, made by scripts/gen-schemas.mjs).
 *
 * The JSON files are imported as modules: from src/ (tsx, vitest) Node or Vite reads them from schemas/;
 * esbuild inlines them into dist/index.js and dist/cli.js — the template-literal import() below becomes a
 * map of every matching file, each wrapped in its own lazily evaluated module. Either way a group/version
 * file is only parsed when a kind of it is first validated.
 */
import index from '../../schemas/index.json' with { type: 'json' };

export interface EmbeddedIndex {
  kubernetesVersion: string;
  sources: Record<string, string>;
  files: string[];
  /** file → files its definitions reference */
  deps: Record<string, string[]>;
  /** apiVersion → kind → file (definition name = kind) */
  kinds: Record<string, Record<string, string>>;
  /** apiVersion → kind → built-in CRD file */
  crds: Record<string, Record<string, string>>;
}

export interface DefinitionsFile {
  definitions: Record<string, Record<string, unknown>>;
}

export const embedded: EmbeddedIndex = index as EmbeddedIndex;

const k8sFiles = new Map<string, Promise<DefinitionsFile>>();

/** One group/version file of definitions, e.g. 'apps-v1'. */
export function loadDefinitions(file: string): Promise<DefinitionsFile> {
  let p = k8sFiles.get(file);
  if (!p) {
    if (!embedded.files.includes(file)) return Promise.reject(new Error(`no embedded schema file ${file}`));
    p = import(`../../schemas/k8s/${file}.json`, { with: { type: 'json' } }).then((m: { default: DefinitionsFile }) => m.default);
    k8sFiles.set(file, p);
  }
  return p;
}

/** Every file `file` needs, itself included, dependencies first. */
export function withDependencies(file: string): string[] {
  const out: string[] = [];
  const visit = (f: string) => {
    if (out.includes(f)) return;
    out.push(f);
    for (const d of embedded.deps[f] ?? []) visit(d);
  };
  visit(file);
  return out.reverse();
}

const crdFiles = new Map<string, Promise<unknown>>();

/** A built-in CustomResourceDefinition object (schemas/crds/). */
export function loadBuiltinCrd(file: string): Promise<unknown> {
  let p = crdFiles.get(file);
  if (!p) {
    p = import(`../../schemas/crds/${file}.json`, { with: { type: 'json' } }).then((m: { default: unknown }) => m.default);
    crdFiles.set(file, p);
  }
  return p;
}
