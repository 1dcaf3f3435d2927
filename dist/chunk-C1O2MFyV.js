import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, basename, resolve, isAbsolute, sep } from 'node:path';
import { r as repoRoot, a as resolveCommit, c as changedFiles, G as GitError } from './chunk-DXrmvcI5.js';
import { z as yaml, u as repoPath, G as GuardError } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';
import { i as isObject } from './chunk-late-late-hMSOcPb4.js';
import { realpathSync, readFileSync } from 'node:fs';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(real(parent), basename(p));
  }
}
function inside(rel, path) {
  return rel === "." || path === rel || path.startsWith(`${rel}/`);
}
function readDeps(dir) {
  let text;
  try {
    text = readFileSync(join(dir, "Chart.yaml"), "utf8");
  } catch (e) {
    const err = e;
    return { error: `cannot read Chart.yaml: ${err.code === "ENOENT" ? "it does not exist" : err.message}` };
  }
  let doc;
  try {
    doc = yaml().parse(text);
  } catch (e) {
    return { error: `cannot parse Chart.yaml: ${e.message.split("\n")[0].replace(/:$/, "")}` };
  }
  if (!isObject(doc)) return { error: "cannot parse Chart.yaml: it is not a mapping" };
  const list = doc.dependencies;
  if (list === void 0 || list === null) return { deps: [] };
  if (!Array.isArray(list)) return { error: "cannot parse Chart.yaml: dependencies is not a list" };
  const deps = [];
  for (const d of list) {
    const repository = isObject(d) ? d.repository : void 0;
    if (typeof repository === "string" && repository.startsWith("file://"))
      deps.push({ dir: resolve(dir, repository.slice("file://".length)), repository });
  }
  return { deps };
}
function chartsAffected(charts, changed, repoRoot2) {
  const root = real(repoRoot2);
  const changedSet = new Set(changed);
  const nodes = /* @__PURE__ */ new Map();
  const load = (key) => {
    let node = nodes.get(key);
    if (node) return node;
    const rel = repoPath(root, key);
    const outside = rel === ".." || rel.startsWith("../") || isAbsolute(rel);
    const own = outside ? [] : changed.filter((p) => inside(rel, p));
    node = {
      rel,
      changed: [...new Set(own)].sort().map((p) => rel === "." ? p : p === rel ? p : p.slice(rel.length + 1)),
      deps: []
    };
    nodes.set(key, node);
    const read = readDeps(key);
    if ("error" in read) node.broken = read.error;
    else
      for (const d of read.deps) {
        const depKey = real(d.dir);
        if (depKey === key || depKey.startsWith(key + sep)) continue;
        node.deps.push({ key: depKey, repository: d.repository });
        load(depKey);
      }
    return node;
  };
  const inputs = charts.map((c) => ({ input: c, key: real(resolve(c.dir)) }));
  for (const { key } of inputs) load(key);
  const direct = (n) => n.changed.length > 0 || n.broken !== void 0;
  const affected = new Set([...nodes].filter(([, n]) => direct(n)).map(([k]) => k));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [k, n] of nodes)
      if (!affected.has(k) && n.deps.some((d) => affected.has(d.key))) {
        affected.add(k);
        grew = true;
      }
  }
  const causes = (chart, dep) => {
    const found = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set([chart, dep]);
    const queue = [dep];
    while (queue.length) {
      for (const d of nodes.get(queue.shift()).deps) {
        if (seen.has(d.key) || !affected.has(d.key)) continue;
        seen.add(d.key);
        const n = nodes.get(d.key);
        if (direct(n)) found.set(d.key, n);
        else queue.push(d.key);
      }
    }
    return [...found.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  };
  const describe = (n, repository) => {
    const via = repository ? ` (${repository})` : "";
    return n.changed.length ? `changed chart ${n.rel}${via}` : `chart ${n.rel}${via}, whose Chart.yaml cannot be read`;
  };
  const out = [];
  for (const { input, key } of inputs) {
    const node = nodes.get(key);
    const reasons = node.changed.map((p) => `changed: ${p}`);
    for (const f of input.files ?? []) {
      const rel = repoPath(root, real(resolve(f)));
      if (changedSet.has(rel) && !inside(node.rel, rel) && !reasons.includes(`uses changed file ${rel}`))
        reasons.push(`uses changed file ${rel}`);
    }
    if (node.broken) reasons.push(node.broken);
    for (const d of node.deps) {
      if (!affected.has(d.key)) continue;
      const dep = nodes.get(d.key);
      if (direct(dep)) {
        reasons.push(`depends on ${describe(dep, d.repository)}`);
        continue;
      }
      const below = causes(key, d.key);
      if (below.length)
        reasons.push(
          `depends on chart ${dep.rel} (${d.repository}), which depends on ${below.map((n) => describe(n)).join(" and ")}`
        );
    }
    if (reasons.length) out.push({ dir: input.dir, reasons });
  }
  return out;
}

// src/cli/since.ts
async function changedConfigs(configs, ref, cwd) {
  try {
    const root = await repoRoot(cwd);
    const base = await resolveCommit(ref, cwd);
    const changed = await changedFiles(base, cwd);
    const affected = chartsAffected(
      configs.map((c) => ({
        dir: c.chartDir,
        // files outside the chart that decide its result: its config, values files, CRD files
        files: [...c.file ? [c.file] : [], ...c.combos.flatMap((x) => x.valuesFiles), ...c.schemas.crds]
      })),
      changed,
      root
    );
    const why = new Map(affected.map((a) => [a.dir, a.reasons]));
    const kept = configs.filter((c) => why.has(c.chartDir));
    const name = (c) => repoPath(cwd, c.chartDir);
    const lines = [
      `helm-guard: ${kept.length} of ${configs.length} chart${configs.length === 1 ? "" : "s"} changed since ${ref} (${base.slice(0, 12)})${kept.length ? ":" : "; nothing to guard"}`,
      ...kept.map((c) => `  ${name(c)}: ${why.get(c.chartDir).join("; ")}`)
    ];
    const skipped = configs.filter((c) => !why.has(c.chartDir)).map(name);
    if (skipped.length) lines.push(`  unchanged, not guarded: ${skipped.join(", ")}`);
    return { configs: kept, summary: lines.join("\n") + "\n" };
  } catch (e) {
    if (e instanceof GitError) throw new GuardError(`--since ${ref}: ${e.message}`);
    throw e;
  }
}

export { changedConfigs };
