#!/usr/bin/env node
// Generates the CRD catalog, schemas/crds/catalog/, from the CRDs vendored verbatim under
// schemas/crds/upstream/<project>/ (each project directory has LICENSE and SOURCE: repository, commit,
// paths, version, license).
//
//   node scripts/gen-crd-catalog.mjs           write the catalog (re-running it must leave `git diff` empty)
//   node scripts/gen-crd-catalog.mjs --check   exit 1 if a catalog file is out of date, missing or extra
//
// Every CustomResourceDefinition (apiextensions.k8s.io/v1) found in a project's YAML files becomes one
// catalog/<group>_<plural>.json, reduced to what validation needs: names, scope and the served versions
// with their openAPIV3Schema, without `description`, `example`, `externalDocs` and `x-kubernetes-validations`
// (CEL rules are not evaluated). Only schema keywords are stripped: a property *named* `description` and
// anything inside `default` or `enum` values are data and stay. catalog/index.json maps
// "<group>/<version>" → kind → file.
//
// A project directory may hold a kustomization.yaml with JSON 6902 `patches` (path + target) that upstream
// applies to its generated CRDs (KEDA does); they are applied here before the reduction.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const upstreamDir = path.join(root, 'schemas', 'crds', 'upstream');
const catalogDir = path.join(root, 'schemas', 'crds', 'catalog');
const rel = (p) => path.relative(root, p).split(path.sep).join('/');
const check = process.argv.includes('--check');

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortKeys = (o) =>
  Object.fromEntries(
    Object.keys(o)
      .sort(byName)
      .map((k) => [k, o[k]]),
  );

/** Every .yaml/.yml file under dir, sorted by relative path. */
function yamlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort(byName);
}

/** All documents of a YAML file as plain JS values; any parse error or warning is fatal. */
function readYaml(file) {
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'), { uniqueKeys: true });
  const out = [];
  for (const doc of docs) {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length) throw new Error(`${rel(file)}: ${problems[0].message}`);
    const value = doc.toJS({ maxAliasCount: -1 });
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

/** SOURCE: `key: value` lines. */
function readSource(dir) {
  const file = path.join(dir, 'SOURCE');
  if (!fs.existsSync(file)) throw new Error(`${rel(dir)}: no SOURCE file`);
  const out = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([a-z]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  for (const k of ['repository', 'commit', 'version', 'license']) {
    if (!out[k]) throw new Error(`${rel(file)}: no ${k}`);
  }
  if (!/^[0-9a-f]{40}$/.test(out.commit)) throw new Error(`${rel(file)}: commit is not 40 hex digits`);
  if (!fs.existsSync(path.join(dir, 'LICENSE'))) throw new Error(`${rel(dir)}: no LICENSE file`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON 6902 patches (kustomization.yaml `patches` / `patchesJson6902` with a target).

const clone = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const unescapePointer = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');

function applyOp(doc, op, where) {
  if (!op.path.startsWith('/')) throw new Error(`${where}: path ${op.path} is not a JSON pointer`);
  const parts = op.path.slice(1).split('/').map(unescapePointer);
  const last = parts.pop();
  let parent = doc;
  for (const p of parts) {
    parent = Array.isArray(parent) ? parent[Number(p)] : isObj(parent) ? parent[p] : undefined;
    if (parent === undefined) throw new Error(`${where}: ${op.path} does not exist`);
  }
  const index = (allowEnd) => {
    if (last === '-' && allowEnd) return parent.length;
    const i = Number(last);
    if (!Number.isInteger(i) || i < 0 || i > parent.length - (allowEnd ? 0 : 1)) {
      throw new Error(`${where}: bad array index in ${op.path}`);
    }
    return i;
  };
  const has = Array.isArray(parent) ? last !== '-' && Number(last) < parent.length : Object.hasOwn(parent, last);
  switch (op.op) {
    case 'add':
      if (Array.isArray(parent)) parent.splice(index(true), 0, clone(op.value));
      else parent[last] = clone(op.value);
      return;
    case 'remove':
    case 'replace':
      if (!has) throw new Error(`${where}: ${op.op} ${op.path}: no such member`);
      if (Array.isArray(parent)) {
        if (op.op === 'remove') parent.splice(index(false), 1);
        else parent[index(false)] = clone(op.value);
      } else if (op.op === 'remove') delete parent[last];
      else parent[last] = clone(op.value);
      return;
    case 'test':
      if (!has || JSON.stringify(parent[Array.isArray(parent) ? index(false) : last]) !== JSON.stringify(op.value)) {
        throw new Error(`${where}: test ${op.path} failed`);
      }
      return;
    default:
      throw new Error(`${where}: unsupported patch op ${op.op}`);
  }
}

/** The JSON 6902 patches of a kustomization.yaml: [{ file, target, ops }]. */
function readKustomization(file) {
  const [k] = readYaml(file);
  const out = [];
  for (const p of [...(k?.patches ?? []), ...(k?.patchesJson6902 ?? [])]) {
    if (!isObj(p) || typeof p.path !== 'string' || !isObj(p.target)) {
      throw new Error(`${rel(file)}: only patches with a path and a target are supported`);
    }
    const patchFile = path.resolve(path.dirname(file), p.path);
    const ops = readYaml(patchFile).flat();
    if (!ops.length || !ops.every((o) => isObj(o) && typeof o.op === 'string' && typeof o.path === 'string')) {
      throw new Error(`${rel(patchFile)}: not a JSON 6902 patch`);
    }
    out.push({ file: patchFile, target: p.target, ops });
  }
  return out;
}

const matchesTarget = (crd, t) =>
  (t.kind ?? 'CustomResourceDefinition') === crd.kind &&
  (t.group === undefined || t.group === 'apiextensions.k8s.io') &&
  (t.version === undefined || t.version === 'v1') &&
  (t.name === undefined || t.name === crd.metadata?.name);

// ---------------------------------------------------------------------------------------------
// Reduction.

/** Keywords dropped from every schema node. */
const DROP = new Set(['description', 'example', 'externalDocs', 'x-kubernetes-validations']);
/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value is a schema, or a list of schemas, or a boolean. */
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'additionalItems', 'not']);

/** One openAPIV3Schema node without annotations, keys in source order; data values are copied as they are. */
function reduceSchema(node) {
  if (!isObj(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP.has(k)) continue;
    if (SCHEMA_MAPS.has(k) && isObj(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, reduceSchema(s)]));
    else if (SCHEMA_LISTS.has(k) && Array.isArray(v)) out[k] = v.map(reduceSchema);
    else if (SCHEMA_VALUES.has(k)) out[k] = Array.isArray(v) ? v.map(reduceSchema) : reduceSchema(v);
    else if (k === 'dependencies' && isObj(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, Array.isArray(s) ? s : reduceSchema(s)]));
    } else out[k] = v;
  }
  return out;
}

function reduceCrd(crd, where) {
  const { group, names, scope, versions } = crd.spec ?? {};
  if (
    typeof group !== 'string' ||
    !isObj(names) ||
    typeof names.kind !== 'string' ||
    typeof names.plural !== 'string'
  ) {
    throw new Error(`${where}: CRD without group, names.kind or names.plural`);
  }
  if (!Array.isArray(versions)) throw new Error(`${where}: CRD ${crd.metadata?.name} has no spec.versions`);
  const outNames = { kind: names.kind, plural: names.plural };
  for (const k of ['singular', 'shortNames', 'listKind']) if (names[k] !== undefined) outNames[k] = names[k];
  const outVersions = [];
  for (const v of versions) {
    if (v.served !== true) continue;
    const ov = { name: v.name, served: true, storage: v.storage === true };
    if (v.deprecated !== undefined) ov.deprecated = v.deprecated;
    if (v.deprecationWarning !== undefined) ov.deprecationWarning = v.deprecationWarning;
    if (!isObj(v.schema?.openAPIV3Schema)) throw new Error(`${where}: ${crd.metadata?.name} ${v.name} has no schema`);
    ov.schema = { openAPIV3Schema: reduceSchema(v.schema.openAPIV3Schema) };
    outVersions.push(ov);
  }
  return {
    apiVersion: crd.apiVersion,
    kind: crd.kind,
    metadata: { name: crd.metadata?.name ?? `${names.plural}.${group}` },
    spec: { group, names: outNames, scope, versions: outVersions },
  };
}

// ---------------------------------------------------------------------------------------------
// Generate.

const outputs = new Map(); // file name → text
const sources = {};
const crdIndex = {};
const origin = new Map(); // file name → upstream file, for duplicate reports
let upstreamCount = 0;

for (const project of fs
  .readdirSync(upstreamDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort(byName)) {
  const dir = path.join(upstreamDir, project);
  const source = readSource(dir);
  sources[project] = { repository: source.repository, commit: source.commit, version: source.version };
  const files = yamlFiles(dir);
  const patches = files.filter((f) => path.basename(f) === 'kustomization.yaml').flatMap(readKustomization);
  const patchFiles = new Set(patches.map((p) => p.file));
  const used = new Set();
  for (const file of files) {
    if (patchFiles.has(file) || path.basename(file) === 'kustomization.yaml') continue;
    for (const doc of readYaml(file)) {
      if (!isObj(doc) || doc.kind !== 'CustomResourceDefinition') continue;
      const where = rel(file);
      if (doc.apiVersion !== 'apiextensions.k8s.io/v1')
        throw new Error(`${where}: ${doc.apiVersion} CRDs are not supported`);
      for (const p of patches) {
        if (!matchesTarget(doc, p.target)) continue;
        for (const op of p.ops) applyOp(doc, op, rel(p.file));
        used.add(p);
      }
      const crd = reduceCrd(doc, where);
      const name = `${crd.spec.group}_${crd.spec.names.plural}`;
      if (outputs.has(`${name}.json`)) throw new Error(`${where}: ${name} is also defined in ${origin.get(name)}`);
      origin.set(name, where);
      outputs.set(`${name}.json`, JSON.stringify(crd) + '\n');
      upstreamCount++;
      for (const v of crd.spec.versions) {
        const gv = `${crd.spec.group}/${v.name}`;
        crdIndex[gv] ??= {};
        if (crdIndex[gv][crd.spec.names.kind]) throw new Error(`${where}: ${gv} ${crd.spec.names.kind} defined twice`);
        crdIndex[gv][crd.spec.names.kind] = name;
      }
    }
  }
  for (const p of patches) if (!used.has(p)) throw new Error(`${rel(p.file)}: its target matches no CRD`);
}

const index = {
  generatedBy: 'scripts/gen-crd-catalog.mjs',
  sources: sortKeys(sources),
  crds: Object.fromEntries(
    Object.keys(crdIndex)
      .sort(byName)
      .map((gv) => [gv, sortKeys(crdIndex[gv])]),
  ),
};
outputs.set('index.json', JSON.stringify(index, null, 1) + '\n');

// ---------------------------------------------------------------------------------------------
// Write or check.

let changed = 0;
const existing = fs.existsSync(catalogDir) ? fs.readdirSync(catalogDir) : [];
if (!check) fs.mkdirSync(catalogDir, { recursive: true });
for (const f of existing.sort(byName)) {
  if (outputs.has(f)) continue;
  changed++;
  console.log(`${check ? 'extra' : 'removed'}: ${rel(path.join(catalogDir, f))}`);
  if (!check) fs.rmSync(path.join(catalogDir, f), { recursive: true });
}
const names = [...outputs.keys()].sort(byName);
let bytes = 0;
let gzBytes = 0;
const sizes = [];
for (const f of names) {
  const text = outputs.get(f);
  const file = path.join(catalogDir, f);
  const size = Buffer.byteLength(text);
  bytes += size;
  gzBytes += gzipSync(text, { level: 9 }).length;
  sizes.push([f, size]);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === text) continue;
  changed++;
  if (check) console.log(`${old === undefined ? 'missing' : 'out of date'}: ${rel(file)}`);
  else fs.writeFileSync(file, text);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const [f, size] of sizes) console.log(`${kib(size).padStart(10)}  ${f}`);
const kinds = Object.values(crdIndex).reduce((n, k) => n + Object.keys(k).length, 0);
console.log(
  `${upstreamCount} CRDs from ${Object.keys(sources).length} projects: ${kinds} kinds (counted per apiVersion) in ` +
    `${Object.keys(crdIndex).length} apiVersions; catalog ${names.length} files, ${kib(bytes)} (${kib(gzBytes)} gzipped per file); ` +
    `${changed} file(s) ${check ? 'out of date, missing or extra' : 'changed'}`,
);
if (check && changed) process.exit(1);
