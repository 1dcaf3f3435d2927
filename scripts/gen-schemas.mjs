#!/usr/bin/env node
// Generates the embedded Kubernetes JSON Schemas under schemas/k8s/ and schemas/index.json.
//
//   npm run gen-schemas            (re-running it must leave `git diff` empty)
//
// Sources (both devDependencies, both from the npm registry):
//   - kubernetes-types   structure: every definition of one Kubernetes release, with its property set,
//                        required properties and property types (TypeScript declarations generated from
//                        the upstream OpenAPI document). Parsed here with the TypeScript compiler API.
//   - kubernetes-models  enums, integer-vs-number and the `byte` format: its AJV-compiled validators are
//                        built from the upstream OpenAPI v3 documents, which carry enums. We probe each
//                        validator with sentinel values and read the allowed values from its errors.
//                        apiregistration.k8s.io/v1 (APIService), which kubernetes-types lacks, is read
//                        from kubernetes-models' own declarations.
// See schemas/README.md for the reasoning and the layout.
import { createRequire } from 'node:module';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'schemas');
const check = process.argv.includes('--check');

function pkgDir(name) {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`package ${name} is not installed; run npm install`);
  }
}
const typesDir = pkgDir('kubernetes-types');
const modelsDir = pkgDir('kubernetes-models');
const apimachineryDir = pkgDir('@kubernetes-models/apimachinery');
const typesVersion = JSON.parse(fs.readFileSync(path.join(typesDir, 'package.json'), 'utf8')).version;
const modelsVersion = JSON.parse(fs.readFileSync(path.join(modelsDir, 'package.json'), 'utf8')).version;

/** Output file (without .json) for a kubernetes-types module id such as 'apps/v1'. */
const fileOf = (mod) => mod.replace(/\//g, '-');

// ---------------------------------------------------------------------------------------------
// 1. Parse declarations.

/** @typedef {{ mod: string, imports: Map<string, string>, decls: Map<string, ts.Node> }} ModuleInfo */
/** @type {Map<string, ModuleInfo>} */
const modules = new Map();

function listDts(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) out.push(...listDts(path.join(dir, entry.name), prefix + entry.name + '/'));
    else if (entry.name.endsWith('.d.ts')) out.push(prefix + entry.name.slice(0, -5));
  }
  return out;
}

function parseModule(file, mod, resolveImport) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const info = { mod, imports: new Map(), decls: new Map() };
  for (const st of sf.statements) {
    if (
      ts.isImportDeclaration(st) &&
      st.importClause?.namedBindings &&
      ts.isNamedImports(st.importClause.namedBindings)
    ) {
      const from = resolveImport(st.moduleSpecifier.text);
      for (const el of st.importClause.namedBindings.elements) info.imports.set(el.name.text, from);
    } else if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) {
      info.decls.set(st.name.text, st);
    }
  }
  return info;
}

for (const mod of listDts(typesDir)) {
  if (mod === 'index') continue;
  modules.set(
    mod,
    parseModule(path.join(typesDir, mod + '.d.ts'), mod, (spec) =>
      path.posix.normalize(path.posix.join(path.posix.dirname(mod), spec)),
    ),
  );
}

// apiregistration.k8s.io/v1 from kubernetes-models: one interface per file, named I<Name>; references to
// other definitions use the long OpenAPI names (IIoK8sKubeAggregatorPkgApisApiregistrationV1<Name>).
const AGG_MOD = 'apiregistration/v1';
{
  const dir = path.join(modelsDir, 'apiregistration.k8s.io', 'v1');
  const info = { mod: AGG_MOD, imports: new Map(), decls: new Map() };
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.d.ts') && f !== 'index.d.ts')
    .sort()) {
    const sf = ts.createSourceFile(f, fs.readFileSync(path.join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (ts.isInterfaceDeclaration(st) && st.name.text.startsWith('I')) info.decls.set(st.name.text.slice(1), st);
    }
  }
  modules.set(AGG_MOD, info);
}
const LONG_NAMES = [
  ['IIoK8sKubeAggregatorPkgApisApiregistrationV1', AGG_MOD],
  ['IIoK8sApimachineryPkgApisMetaV1', 'meta/v1'],
];

// ---------------------------------------------------------------------------------------------
// 2. Convert declarations to JSON Schema.

const INT_OR_STRING = { type: ['integer', 'string'] };
const QUANTITY = { type: ['number', 'string'] };
const ANY = {};

/** Properties that kubernetes-types drops (their names are not identifiers); from kubernetes-models. */
const EXTRA_PROPERTIES = {
  'apiextensions/v1': {
    JSONSchemaProps: {
      'x-kubernetes-embedded-resource': { type: 'boolean' },
      'x-kubernetes-int-or-string': { type: 'boolean' },
      'x-kubernetes-list-map-keys': { type: 'array', items: { type: 'string' } },
      'x-kubernetes-list-type': { type: 'string' },
      'x-kubernetes-map-type': { type: 'string' },
      'x-kubernetes-preserve-unknown-fields': { type: 'boolean' },
      'x-kubernetes-validations': { type: 'array', items: { $ref: '#/definitions/ValidationRule' } },
    },
  },
};

/** Kinds that are not manifests (discovery and status documents of meta/v1). */
const SKIP_KIND_MODULES = new Set(['meta/v1', 'version', 'runtime']);

/** @type {Map<string, Record<string, any>>} module -> definitions */
const definitions = new Map();
/** @type {Map<string, Set<string>>} module -> modules it references */
const deps = new Map();
/** @type {Map<string, Map<string, string>>} apiVersion -> kind -> module */
const kinds = new Map();

function refTo(fromMod, toMod, name) {
  if (fromMod !== toMod) deps.get(fromMod).add(toMod);
  return { $ref: (fromMod === toMod ? '' : fileOf(toMod) + '.json') + '#/definitions/' + name };
}

function lookup(info, name) {
  if (info.decls.has(name)) return [info.mod, info.decls.get(name), name];
  if (info.imports.has(name)) {
    const target = modules.get(info.imports.get(name));
    if (target?.decls.has(name)) return [target.mod, target.decls.get(name), name];
  }
  for (const [prefix, mod] of LONG_NAMES) {
    if (name.startsWith(prefix)) {
      const short = name.slice(prefix.length);
      const target = modules.get(mod);
      if (target?.decls.has(short)) return [mod, target.decls.get(short), short];
    }
  }
  if (name === 'IIoK8sApimachineryPkgUtilIntstrIntOrString') return ['', 'IntOrString', name];
  throw new Error(`${info.mod}: cannot resolve type ${name}`);
}

function convertType(node, info) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.LiteralType:
      if (ts.isStringLiteral(node.literal)) return { type: 'string' };
      break;
    case ts.SyntaxKind.ArrayType:
      return { type: 'array', items: convertType(node.elementType, info) };
    case ts.SyntaxKind.ParenthesizedType:
      return convertType(node.type, info);
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find((m) => ts.isIndexSignatureDeclaration(m));
      if (index && node.members.length === 1)
        return { type: 'object', additionalProperties: convertType(index.type, info) };
      break;
    }
    case ts.SyntaxKind.UnionType: {
      const kinds = node.types.map((t) => t.kind).sort();
      if (kinds.length === 2 && kinds[0] === ts.SyntaxKind.NumberKeyword && kinds[1] === ts.SyntaxKind.StringKeyword) {
        return { ...INT_OR_STRING };
      }
      break;
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === 'Array' && node.typeArguments?.length === 1)
        return { type: 'array', items: convertType(node.typeArguments[0], info) };
      const [mod, decl, key] = lookup(info, name);
      if (decl === 'IntOrString') return { ...INT_OR_STRING };
      if (ts.isTypeAliasDeclaration(decl)) return convertAlias(decl, mod, info.mod);
      if (decl.members.length === 0) return { ...ANY }; // FieldsV1, RawExtension, JSON: free-form
      return refTo(info.mod, mod, key);
    }
  }
  throw new Error(`${info.mod}: unsupported type ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
}

function convertAlias(decl, mod, fromMod) {
  const name = decl.name.text;
  if (name === 'Quantity') return { ...QUANTITY };
  if (name === 'Time' || name === 'MicroTime') return { type: 'string' };
  const props = refTo(fromMod, mod, 'JSONSchemaProps');
  // Unions of a schema object with something else: if/then/else keeps AJV's errors to the branch that
  // applies (an anyOf would report every branch).
  if (name === 'JSONSchemaPropsOrBool') return { if: { type: 'boolean' }, else: props };
  if (name === 'JSONSchemaPropsOrArray') return { if: { type: 'array' }, then: { items: props }, else: props };
  if (name === 'JSONSchemaPropsOrStringArray')
    return { if: { type: 'array' }, then: { items: { type: 'string' } }, else: props };
  return convertType(decl.type, modules.get(mod));
}

function propName(member) {
  const n = member.name;
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : n.getText();
}

function literalOf(member) {
  return member?.type && ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)
    ? member.type.literal.text
    : undefined;
}

for (const info of modules.values()) {
  const defs = {};
  deps.set(info.mod, new Set());
  for (const [rawName, decl] of info.decls) {
    if (!ts.isInterfaceDeclaration(decl) || decl.members.length === 0) continue;
    const name = rawName;
    const properties = {};
    const required = [];
    const byName = new Map(decl.members.filter(ts.isPropertySignature).map((m) => [propName(m), m]));
    for (const [pname, member] of byName) {
      properties[pname] = convertType(member.type, info);
      if (!member.questionToken) required.push(pname);
    }
    Object.assign(properties, EXTRA_PROPERTIES[info.mod]?.[name] ?? {});
    const apiVersion = literalOf(byName.get('apiVersion'));
    const kind = literalOf(byName.get('kind'));
    if (apiVersion && kind && !SKIP_KIND_MODULES.has(info.mod)) {
      if (!kinds.has(apiVersion)) kinds.set(apiVersion, new Map());
      const prev = kinds.get(apiVersion).get(kind);
      if (prev && prev !== info.mod) throw new Error(`${apiVersion} ${kind} defined in ${prev} and ${info.mod}`);
      kinds.get(apiVersion).set(kind, info.mod);
    }
    const def = { type: 'object', properties, additionalProperties: false };
    if (required.length) def.required = required.sort();
    defs[name] = def;
  }
  if (Object.keys(defs).length) definitions.set(info.mod, defs);
}

// Keep the modules that hold a kind, and those they reference.
{
  const reachable = new Set([...kinds.values()].flatMap((m) => [...m.values()]));
  for (const todo = [...reachable]; todo.length;) {
    for (const d of deps.get(todo.pop()) ?? []) {
      if (reachable.has(d)) continue;
      reachable.add(d);
      todo.push(d);
    }
  }
  for (const mod of [...definitions.keys()]) if (!reachable.has(mod)) definitions.delete(mod);
}

// ---------------------------------------------------------------------------------------------
// 3. Enums, integers and formats from kubernetes-models' compiled validators.

const OPENAPI_PREFIX = {
  'meta/v1': [apimachineryDir, 'IoK8sApimachineryPkgApisMetaV1'],
  'apiextensions/v1': [modelsDir, 'IoK8sApiextensionsApiserverPkgApisApiextensionsV1'],
  [AGG_MOD]: [modelsDir, 'IoK8sKubeAggregatorPkgApisApiregistrationV1'],
};
function validatorFile(mod, name) {
  let [dir, prefix] = OPENAPI_PREFIX[mod] ?? [];
  if (!dir) {
    const [group, version] = mod.split('/');
    if (!version) return undefined;
    dir = modelsDir;
    prefix = 'IoK8sApi' + group[0].toUpperCase() + group.slice(1) + version[0].toUpperCase() + version.slice(1);
  }
  const file = path.join(dir, '_schemas', prefix + name + '.js');
  return fs.existsSync(file) ? file : undefined;
}

const PROBE = '\u0000helm-guard-probe';
let probed = 0;
let enums = 0;
for (const [mod, defs] of definitions) {
  for (const [name, def] of Object.entries(defs)) {
    const file = validatorFile(mod, name);
    if (!file) continue;
    const { validate } = require(file);
    probed++;
    // One probe object per definition: every scalar, scalar array and scalar map gets a sentinel that no
    // enum allows and that fails an integer check. Probe strings and numbers in two passes.
    for (const pass of ['string', 'number']) {
      const data = {};
      const targets = new Map(); // instancePath -> schema to refine
      for (const [p, s] of Object.entries(def.properties)) {
        const value = pass === 'string' ? PROBE : 0.5;
        if (s.type === pass) {
          data[p] = value;
          targets.set('/' + p, s);
        } else if (s.type === 'array' && s.items?.type === pass) {
          data[p] = [value];
          targets.set('/' + p + '/0', s.items);
        } else if (s.type === 'object' && s.additionalProperties?.type === pass) {
          data[p] = { k: value };
          targets.set('/' + p + '/k', s.additionalProperties);
        }
      }
      if (!targets.size) continue;
      validate(data);
      for (const err of validate.errors ?? []) {
        const target = targets.get(err.instancePath);
        if (!target) continue;
        if (err.keyword === 'enum' && pass === 'string') {
          target.enum = [...err.params.allowedValues];
          enums++;
        } else if (err.keyword === 'type' && err.params.type === 'integer' && pass === 'number') {
          target.type = 'integer';
        } else if (err.keyword === 'format' && err.params.format === 'byte' && pass === 'string') {
          target.format = 'byte';
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Write.

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k]);
    return out;
  }
  return value;
}

/** One definition per line: compact, and a change to one definition is a one-line diff. */
function formatDefinitions(defs) {
  const names = Object.keys(defs).sort();
  const lines = names.map(
    (n, i) => `    ${JSON.stringify(n)}: ${JSON.stringify(sortKeys(defs[n]))}${i < names.length - 1 ? ',' : ''}`,
  );
  return `{\n  "definitions": {\n${lines.join('\n')}\n  }\n}\n`;
}

const outputs = new Map();
for (const [mod, defs] of [...definitions].sort(([a], [b]) => (a < b ? -1 : 1))) {
  outputs.set(`k8s/${fileOf(mod)}.json`, formatDefinitions(defs));
}
const kindIndex = {};
for (const apiVersion of [...kinds.keys()].sort()) {
  kindIndex[apiVersion] = {};
  for (const kind of [...kinds.get(apiVersion).keys()].sort())
    kindIndex[apiVersion][kind] = fileOf(kinds.get(apiVersion).get(kind));
}
const depIndex = {};
for (const mod of [...definitions.keys()].sort()) {
  const d = [...deps.get(mod)]
    .filter((m) => definitions.has(m))
    .map(fileOf)
    .sort();
  if (d.length) depIndex[fileOf(mod)] = d;
}
// Built-in CRDs: hand-written YAML under schemas/crds/ (sources named in each file), one JSON per CRD.
const crdIndex = {};
const crdDir = path.join(outDir, 'crds');
for (const f of fs
  .readdirSync(crdDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const doc = parseYaml(fs.readFileSync(path.join(crdDir, f), 'utf8'), { maxAliasCount: -1 });
  for (const crd of doc.kind === 'List' ? doc.items : [doc]) {
    if (crd.kind !== 'CustomResourceDefinition') throw new Error(`${f}: not a CustomResourceDefinition`);
    const { group, names, versions } = crd.spec;
    const name = `${group}_${names.plural}`;
    outputs.set(`crds/${name}.json`, JSON.stringify(sortKeys(crd), null, 1) + '\n');
    for (const v of versions) {
      const gv = `${group}/${v.name}`;
      crdIndex[gv] ??= {};
      crdIndex[gv][names.kind] = name;
    }
  }
}

const index = {
  kubernetesVersion: typesVersion,
  generatedBy: 'scripts/gen-schemas.mjs',
  sources: { 'kubernetes-types': typesVersion, 'kubernetes-models': modelsVersion },
  files: [...definitions.keys()].map(fileOf).sort(),
  deps: depIndex,
  kinds: kindIndex,
  crds: sortKeys(crdIndex),
};
outputs.set('index.json', JSON.stringify(index, null, 1) + '\n');
outputs.set('VERSION', typesVersion + '\n');

let changed = 0;
const k8sDir = path.join(outDir, 'k8s');
fs.mkdirSync(k8sDir, { recursive: true });
for (const sub of ['k8s', 'crds']) {
  for (const f of fs.readdirSync(path.join(outDir, sub))) {
    if (f.endsWith('.json') && !outputs.has(`${sub}/${f}`)) {
      changed++;
      if (!check) fs.rmSync(path.join(outDir, sub, f));
      console.log(`${check ? 'stale' : 'removed'} schemas/${sub}/${f}`);
    }
  }
}
let bytes = 0;
for (const [rel, text] of outputs) {
  const file = path.join(outDir, rel);
  bytes += Buffer.byteLength(text);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === text) continue;
  changed++;
  if (check) console.log(`out of date: schemas/${rel}`);
  else fs.writeFileSync(file, text);
}
const kindCount = Object.values(kindIndex).reduce((n, k) => n + Object.keys(k).length, 0);
console.log(
  `Kubernetes ${typesVersion}: ${kindCount} kinds in ${Object.keys(kindIndex).length} apiVersions, ` +
    `${[...definitions.values()].reduce((n, d) => n + Object.keys(d).length, 0)} definitions in ${definitions.size} files ` +
    `(${(bytes / 1024).toFixed(0)} KiB); ${probed} validators probed, ${enums} enums; ${changed} file(s) ${check ? 'out of date' : 'changed'}`,
);
if (check && changed) process.exit(1);
