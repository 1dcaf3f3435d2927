#!/usr/bin/env node
// Imports the Kubernetes API schemas, one set per minor release, from the official OpenAPI documents.
//
//   node scripts/import-k8s.mjs --python-client <git dir of github.com/kubernetes-client/python>
//   node scripts/import-k8s.mjs --python-client <dir> --check      (exit 1 when a file would change)
//
// Sources
//   - Structure (property sets, required properties, types, formats, which kinds exist, which
//     group/versions a cluster serves): the OpenAPI v2 document of each Kubernetes release, the file
//     kubernetes/kubernetes `api/openapi-spec/swagger.json` of the release branch. The kubernetes-client/
//     python repository keeps that file, downloaded unchanged, as `kubernetes/swagger.json.unprocessed` at
//     each client release tag; its `scripts/constants.py` names the release branch (KUBERNETES_BRANCH).
//     The table below pins the tag per minor; the commit is recorded in the output.
//   - Enums: the v2 document carries none; the OpenAPI v3 documents do. kubernetes-models (npm, a
//     devDependency) is generated from the v3 documents of its Kubernetes release and declares every
//     enum as a union of string literals; those lists are applied to the property in every release that
//     has it (a value added later is accepted by an older release: a miss, never a false alarm).
//   - Cross-check data for the tests (test/crosscheck/python-client/<minor>.json): the property names and
//     required properties of the model classes openapi-generator wrote for the same tag
//     (`kubernetes/client/models/*.py`), an independent reading of the same documents.
//
// Output (all under schemas/k8s/, see schemas/README.md)
//   defs/<module>.json   every variant of every definition of one group/version, keyed "<Name>@<hash>";
//                        references are {"$ref": "<module>#<Name>"} and resolve per release
//   <minor>.json         one release: which variant each definition is, the kinds, the served API versions
//   index.json           the releases, the default one, the sources
import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const clientDir = args[args.indexOf('--python-client') + 1];
if (!args.includes('--python-client') || !clientDir) {
  console.error('usage: node scripts/import-k8s.mjs --python-client <git dir of kubernetes-client/python> [--check]');
  process.exit(2);
}

/** Kubernetes minor → kubernetes-client/python release tag whose KUBERNETES_BRANCH is release-<minor>. */
const RELEASES = [
  ['1.30', 'v30.1.0'],
  ['1.31', 'v31.0.0'],
  ['1.32', 'v32.0.1'],
  ['1.33', 'v33.1.0'],
  ['1.34', 'v34.1.0'],
  ['1.35', 'v35.0.0'],
  ['1.36', 'v36.0.3'],
];

/**
 * Beta resources a cluster serves by default, besides every GA group/version. Kubernetes serves no new beta
 * API by default since 1.24 (KEP-3136); `legacyBetaEnabledByDefaultResources` in
 * kubernetes/kubernetes pkg/controlplane/instance.go (release-1.29 to release-1.31) lists the exceptions:
 * flowcontrol.apiserver.k8s.io/v1beta3 flowschemas and prioritylevelconfigurations, removed in 1.32.
 */
const LEGACY_BETA = { 'flowcontrol.apiserver.k8s.io/v1beta3': ['FlowSchema', 'PriorityLevelConfiguration'] };

const git = (...a) => execFileSync('git', ['-C', clientDir, ...a], { maxBuffer: 1 << 30, encoding: 'utf8' });

// ---------------------------------------------------------------------------------------------
// Names

/** OpenAPI definition name → [module, short name], or a fixed inline schema. */
function place(full) {
  let m = /^io\.k8s\.api\.([a-z0-9]+)\.(v[0-9a-z]+)\.(\w+)$/.exec(full);
  if (m) return [`${m[1]}-${m[2]}`, m[3]];
  m = /^io\.k8s\.apimachinery\.pkg\.apis\.meta\.(v1)\.(\w+)$/.exec(full);
  if (m) return [`meta-${m[1]}`, m[2]];
  m = /^io\.k8s\.apiextensions-apiserver\.pkg\.apis\.apiextensions\.(v1)\.(\w+)$/.exec(full);
  if (m) return [`apiextensions-${m[1]}`, m[2]];
  m = /^io\.k8s\.kube-aggregator\.pkg\.apis\.apiregistration\.(v1)\.(\w+)$/.exec(full);
  if (m) return [`apiregistration-${m[1]}`, m[2]];
  return undefined;
}

/** Definitions whose value is a fixed schema, written inline where referenced. */
function inline(full) {
  switch (full) {
    case 'io.k8s.apimachinery.pkg.api.resource.Quantity':
      return { type: ['number', 'string'] }; // a quantity is read from a JSON number or string
    case 'io.k8s.apimachinery.pkg.util.intstr.IntOrString':
      return { type: ['integer', 'string'] };
    case 'io.k8s.apimachinery.pkg.apis.meta.v1.Time':
    case 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime':
      return { type: 'string' };
    case 'io.k8s.apimachinery.pkg.runtime.RawExtension':
    case 'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1':
    case 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON':
      return {};
  }
  return undefined;
}

/** Unions of a schema object with something else: if/then/else keeps AJV's errors to the branch that applies. */
const PROPS_REF = { $ref: 'apiextensions-v1#JSONSchemaProps' };
const UNIONS = {
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool': {
    if: { type: 'boolean' },
    else: PROPS_REF,
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray': {
    if: { type: 'array' },
    then: { items: PROPS_REF },
    else: PROPS_REF,
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray': {
    if: { type: 'array' },
    then: { items: { type: 'string' } },
    else: PROPS_REF,
  },
};

/** OpenAPI name in kubernetes-models' spelling: io.k8s.api.apps.v1.X → IoK8sApiAppsV1X. */
const camel = (full) =>
  full
    .split(/[.-]/)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');

// ---------------------------------------------------------------------------------------------
// Enums from kubernetes-models' declarations

function pkgDir(name) {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const c = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(c, 'package.json'))) return c;
    if (path.dirname(dir) === dir) throw new Error(`package ${name} is not installed; run npm install`);
  }
}
const modelsDir = pkgDir('kubernetes-models');
const modelsVersion = JSON.parse(fs.readFileSync(path.join(modelsDir, 'package.json'), 'utf8')).version;

function listDts(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '_schemas' && e.name !== 'node_modules') out.push(...listDts(p));
    else if (e.name.endsWith('.d.ts') && e.name !== 'index.d.ts') out.push(p);
  }
  return out.sort();
}

/** A union of string literals (possibly inside Array<> or an index signature) → its values and where they sit. */
function literalUnion(node) {
  if (!node) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return literalUnion(node.type);
  const lits = (n) => {
    const types = ts.isUnionTypeNode(n) ? n.types : [n];
    const vals = [];
    for (const t of types) {
      if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) vals.push(t.literal.text);
      else return undefined;
    }
    return vals.length ? vals : undefined;
  };
  const direct = lits(node);
  if (direct) return { at: 'value', values: direct };
  if (ts.isArrayTypeNode(node)) {
    const v = lits(ts.isParenthesizedTypeNode(node.elementType) ? node.elementType.type : node.elementType);
    if (v) return { at: 'items', values: v };
  }
  if (ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Array' && node.typeArguments?.length === 1) {
    const v = lits(node.typeArguments[0]);
    if (v) return { at: 'items', values: v };
  }
  if (ts.isTypeLiteralNode(node) && node.members.length === 1 && ts.isIndexSignatureDeclaration(node.members[0])) {
    const v = lits(node.members[0].type);
    if (v) return { at: 'additionalProperties', values: v };
  }
  return undefined;
}

/** camel OpenAPI name → property → { at, values } */
const ENUMS = new Map();
for (const file of listDts(modelsDir)) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const ifaces = new Map();
  const aliases = new Map(); // local interface name → camel OpenAPI name
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) ifaces.set(st.name.text, st);
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        const local = (el.propertyName ?? el.name).text;
        const exported = el.name.text;
        if (exported.startsWith('IIoK8s')) aliases.set(local, exported.slice(1));
      }
    }
  }
  for (const [local, long] of aliases) {
    const decl = ifaces.get(local);
    if (!decl) continue;
    const props = new Map();
    for (const m of decl.members) {
      if (!ts.isPropertySignature(m)) continue;
      const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
      const u = literalUnion(m.type);
      // apiVersion/kind literals are not enums of the definition
      if (u && name !== 'apiVersion' && name !== 'kind') props.set(name, u);
    }
    if (props.size) ENUMS.set(long, props);
  }
}

// ---------------------------------------------------------------------------------------------
// Conversion

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

function convert(s, from) {
  if (s.$ref) {
    const full = s.$ref.replace('#/definitions/', '');
    const fixed = inline(full) ?? UNIONS[full];
    if (fixed) return JSON.parse(JSON.stringify(fixed));
    const p = place(full);
    if (!p) throw new Error(`${from}: cannot place ${full}`);
    return { $ref: `${p[0]}#${p[1]}` };
  }
  switch (s.type) {
    case 'string': {
      if (s.format === 'int-or-string') return { type: ['integer', 'string'] };
      return s.format === 'byte' ? { type: 'string', format: 'byte' } : { type: 'string' };
    }
    case 'integer':
    case 'number':
    case 'boolean':
      return { type: s.type };
    case 'array':
      return { type: 'array', items: s.items ? convert(s.items, from) : {} };
    case 'object':
      if (s.additionalProperties && typeof s.additionalProperties === 'object')
        return { type: 'object', additionalProperties: convert(s.additionalProperties, from) };
      if (s.properties) throw new Error(`${from}: inline object with properties`);
      return { type: 'object' };
    case undefined:
      return {};
  }
  throw new Error(`${from}: unsupported type ${s.type}`);
}

function applyEnum(schema, e) {
  const target = e.at === 'value' ? schema : schema[e.at];
  if (!target || target.type !== 'string') return false;
  target.enum = [...e.values];
  return true;
}

/** Modules that hold only discovery and status documents: no manifest kinds come from them. */
const NO_KINDS = new Set(['meta-v1']);

function readRelease(minor, tag) {
  const commit = git('rev-list', '-n', '1', tag).trim();
  const branch = /KUBERNETES_BRANCH\s*=\s*"([^"]+)"/.exec(git('show', `${tag}:scripts/constants.py`))?.[1];
  if (branch !== `release-${minor}`)
    throw new Error(`${tag}: KUBERNETES_BRANCH is ${branch}, expected release-${minor}`);
  const doc = JSON.parse(git('show', `${tag}:kubernetes/swagger.json.unprocessed`));
  const defs = new Map(); // module → Name → schema
  const kinds = {}; // apiVersion → Kind → module#Name
  let enumsApplied = 0;
  for (const [full, d] of Object.entries(doc.definitions)) {
    if (inline(full) || UNIONS[full]) continue;
    const p = place(full);
    if (!p) continue; // io.k8s.apimachinery.pkg.version.Info and the like
    const [mod, name] = p;
    if (d.type !== 'object' && !d.properties) throw new Error(`${minor} ${full}: not an object`);
    const properties = {};
    for (const [k, v] of Object.entries(d.properties ?? {})) properties[k] = convert(v, `${minor} ${full}.${k}`);
    const en = ENUMS.get(camel(full));
    for (const [k, e] of en ?? []) if (properties[k] && applyEnum(properties[k], e)) enumsApplied++;
    const gvks = d['x-kubernetes-group-version-kind'] ?? [];
    if (!NO_KINDS.has(mod) && gvks.length === 1) {
      const { group, version, kind } = gvks[0];
      const apiVersion = group ? `${group}/${version}` : version;
      if (properties.apiVersion) properties.apiVersion = { type: 'string', enum: [apiVersion] };
      if (properties.kind) properties.kind = { type: 'string', enum: [kind] };
      (kinds[apiVersion] ??= {})[kind] = `${mod}#${name}`;
    }
    // JSONSchemaProps: the x-kubernetes-* extensions are ordinary properties there
    const schema = { type: 'object', title: name, properties, additionalProperties: false };
    if (d.required?.length) schema.required = [...d.required].sort();
    if (!defs.has(mod)) defs.set(mod, {});
    defs.get(mod)[name] = sortKeys(schema);
  }
  // served by a cluster of this release: every GA group/version, and the legacy betas
  const served = new Set();
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const op of Object.values(ops)) {
      const g = op && typeof op === 'object' ? op['x-kubernetes-group-version-kind'] : undefined;
      if (!g) continue;
      const gv = g.group ? `${g.group}/${g.version}` : g.version;
      const onPath = g.group ? p.startsWith(`/apis/${gv}/`) : p.startsWith('/api/v1/');
      if (!onPath) continue; // a kind of another group served as a subresource here
      const ga = /^v\d+$/.test(g.version);
      if (!ga && !LEGACY_BETA[gv]?.includes(g.kind)) continue;
      served.add(gv);
      served.add(`${gv}/${g.kind}`);
    }
  }
  return { minor, tag, commit, defs, kinds, served: [...served].sort(), enumsApplied };
}

// ---------------------------------------------------------------------------------------------
// Python client models: the cross-check source

function pythonCensus(tag) {
  const files = git('ls-tree', '--name-only', `${tag}`, 'kubernetes/client/models/')
    .split('\n')
    .filter((f) => f.endsWith('.py') && !f.endsWith('__init__.py'));
  const out = {};
  for (const f of files) {
    const text = git('show', `${tag}:${f}`);
    const cls = /^class (\w+)\(object\):/m.exec(text)?.[1];
    const map = /attribute_map = \{([^}]*)\}/.exec(text)?.[1];
    if (!cls || map === undefined) continue;
    const pyToJson = new Map([...map.matchAll(/'([^']+)':\s*'([^']+)'/g)].map((m) => [m[1], m[2]]));
    const props = [...pyToJson.values()].sort();
    const required = [
      ...new Set(
        [...text.matchAll(/Invalid value for `(\w+)`, must not be `None`/g)].map((m) => pyToJson.get(m[1]) ?? m[1]),
      ),
    ].sort();
    out[cls] = required.length ? { properties: props, required } : { properties: props };
  }
  return sortKeys(out);
}

// ---------------------------------------------------------------------------------------------
// Assemble: share identical definitions across releases

const releases = RELEASES.map(([minor, tag]) => readRelease(minor, tag));
const variants = new Map(); // module → key "Name@hash" → schema
const hashOf = (schema) => createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 8);
const outputs = new Map();
for (const r of releases) {
  const table = {};
  for (const [mod, defs] of [...r.defs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    table[mod] = {};
    for (const name of Object.keys(defs).sort()) {
      const h = hashOf(defs[name]);
      const key = `${name}@${h}`;
      if (!variants.has(mod)) variants.set(mod, new Map());
      const prev = variants.get(mod).get(key);
      if (prev && JSON.stringify(prev) !== JSON.stringify(defs[name])) throw new Error(`hash collision ${mod} ${key}`);
      variants.get(mod).set(key, defs[name]);
      table[mod][name] = h;
    }
  }
  const kinds = {};
  for (const av of Object.keys(r.kinds).sort()) {
    kinds[av] = {};
    for (const k of Object.keys(r.kinds[av]).sort()) kinds[av][k] = r.kinds[av][k];
  }
  const deps = {};
  for (const [mod, defs] of r.defs) {
    const d = new Set();
    JSON.stringify(defs, (k, v) => {
      if (k === '$ref' && typeof v === 'string') {
        const m = v.split('#')[0];
        if (m !== mod) d.add(m);
      }
      return v;
    });
    if (d.size) deps[mod] = [...d].sort();
  }
  const release = {
    kubernetesVersion: r.minor,
    source: {
      document: 'kubernetes/kubernetes api/openapi-spec/swagger.json, branch release-' + r.minor,
      via: `github.com/kubernetes-client/python ${r.tag} kubernetes/swagger.json.unprocessed`,
      commit: r.commit,
    },
    served: r.served,
    kinds,
    deps: sortKeys(deps),
    definitions: table,
  };
  outputs.set(`schemas/k8s/${r.minor}.json`, JSON.stringify(release, null, 1) + '\n');
  outputs.set(`test/crosscheck/python-client/${r.minor}.json`, stringifyCensus(r.tag, r.commit, pythonCensus(r.tag)));
  console.log(
    `${r.minor}: ${Object.values(table).reduce((n, t) => n + Object.keys(t).length, 0)} definitions, ${Object.values(kinds).reduce((n, t) => n + Object.keys(t).length, 0)} kinds, ${r.served.length} served entries, ${r.enumsApplied} enum properties`,
  );
}

function stringifyCensus(tag, commit, models) {
  const names = Object.keys(models);
  const lines = names.map(
    (n, i) => `  ${JSON.stringify(n)}: ${JSON.stringify(models[n])}${i < names.length - 1 ? ',' : ''}`,
  );
  return `{\n "source": ${JSON.stringify({ repository: 'https://github.com/kubernetes-client/python', tag, commit, path: 'kubernetes/client/models/*.py', license: 'Apache-2.0' })},\n "models": {\n${lines.join('\n')}\n }\n}\n`;
}

for (const [mod, vs] of [...variants].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const keys = [...vs.keys()].sort();
  const lines = keys.map(
    (k, i) => `  ${JSON.stringify(k)}: ${JSON.stringify(vs.get(k))}${i < keys.length - 1 ? ',' : ''}`,
  );
  outputs.set(`schemas/k8s/defs/${mod}.json`, `{\n${lines.join('\n')}\n}\n`);
}
const newest = releases[releases.length - 1].minor;
outputs.set(
  'schemas/k8s/index.json',
  JSON.stringify(
    {
      generatedBy: 'scripts/import-k8s.mjs',
      releases: releases.map((r) => r.minor),
      default: newest,
      modules: [...variants.keys()].sort(),
      enums: { package: 'kubernetes-models', version: modelsVersion },
    },
    null,
    1,
  ) + '\n',
);

// ---------------------------------------------------------------------------------------------
// Write or check

const stale = [];
const managed = (rel) => rel.startsWith('schemas/k8s/') || rel.startsWith('test/crosscheck/python-client/');
const existing = [];
for (const dir of ['schemas/k8s', 'test/crosscheck/python-client']) {
  const walk = (d) => {
    if (!fs.existsSync(path.join(root, d))) return;
    for (const e of fs.readdirSync(path.join(root, d), { withFileTypes: true })) {
      const rel = `${d}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.json')) existing.push(rel);
    }
  };
  walk(dir);
}
for (const rel of existing) if (managed(rel) && !outputs.has(rel)) stale.push(`${rel} (no longer generated)`);
for (const [rel, text] of outputs) {
  const file = path.join(root, rel);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === text) continue;
  stale.push(rel);
  if (!check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
if (!check) for (const rel of existing) if (managed(rel) && !outputs.has(rel)) fs.rmSync(path.join(root, rel));
let size = 0;
for (const [rel, text] of outputs) if (rel.startsWith('schemas/')) size += Buffer.byteLength(text);
console.log(
  `schemas/k8s: ${outputs.size} files, ${(size / 1024).toFixed(0)} KiB; ${[...variants.values()].reduce((n, v) => n + v.size, 0)} definition variants`,
);
if (check && stale.length) {
  console.error(`out of date:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
