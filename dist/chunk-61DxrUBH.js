import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { B as readRegularFile, z as yaml, j as runGuard, u as repoPath, c as compareText } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';
import { t as lex } from './chunk-late-start-2SuRt19H.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/config/schema-url.ts
var CONFIG_SCHEMA_PATH = "src/config/config.schema.json";
var CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/certctl/helm-guard/main/${CONFIG_SCHEMA_PATH}`;
function takenBy(cov) {
  const out = /* @__PURE__ */ new Map();
  for (const f of cov.files)
    for (const b of f.branches)
      for (const c of b.combos) {
        const s = out.get(c) ?? /* @__PURE__ */ new Set();
        s.add(`${f.path}:${b.line}:${b.probe}`);
        out.set(c, s);
      }
  return out;
}
function valueAt(values, path) {
  let v = values;
  for (const k of path.split(".")) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
    v = v[k];
  }
  return v;
}
function settle(set, needs, defaults) {
  const out = { ...set };
  for (const n of needs) {
    const m = /^([^:]+): (any non-empty value|a value other than)(?: other than)?(.*)$/.exec(n);
    if (!m) return void 0;
    const path = m[1];
    const d = valueAt(defaults, path);
    if (d !== void 0 && d !== null && typeof d !== "string") return void 0;
    const excluded = m[3] ?? "";
    const v = ["example", "other", "example-2"].find((x) => !excluded.includes(JSON.stringify(x)));
    if (v === void 0) return void 0;
    out[path] = v;
  }
  return out;
}
function compatible(a, b) {
  for (const [k, v] of Object.entries(b)) {
    if (k in a && a[k] !== v) return false;
    for (const ka of Object.keys(a)) if (ka !== k && (ka.startsWith(k + ".") || k.startsWith(ka + "."))) return false;
  }
  return true;
}
var keyOf = (s) => JSON.stringify(Object.entries(s).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
function errorsOf(r, combo) {
  return new Set(
    r.findings.filter((f) => f.combo === combo && f.severity === "error").map((f) => `${f.rule} ${f.location?.file ?? ""}:${f.location?.line ?? ""}`)
  );
}
function requiredPath(templateText, line) {
  const lexed = lex(templateText);
  for (const a of lexed.actions) {
    if (lexed.lines.line(a.open.start) > line || lexed.lines.line(a.close?.end ?? templateText.length) < line) continue;
    const src = templateText.slice(a.open.end, a.close?.start ?? templateText.length);
    const m = /\brequired\s+(?:"(?:[^"\\]|\\.)*"|`[^`]*`)\s+\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*(?:\)|\||$)/.exec(src);
    if (m) return m[1].slice(1);
  }
  return void 0;
}
async function coverCombos(config, opts) {
  const log = opts.log ?? (() => void 0);
  const got = readRegularFile(join(config.chartDir, "values.yaml"), 4 * 1024 * 1024);
  let defaults;
  try {
    defaults = "text" in got ? yaml().parse(got.text) : void 0;
  } catch {
    defaults = void 0;
  }
  const guard = (combos2) => runGuard({
    config: { ...config, combos: combos2, coverage: { ...config.coverage, enabled: true } },
    helm: opts.helm,
    baseDir: opts.baseDir,
    failOn: "never"
  });
  const own = config.combos;
  const kept = [...own];
  let result = await guard(kept);
  const base = result.combos.find((c) => c.render === "ok");
  const baseCombo = own.find((c) => c.name === base?.name);
  if (!baseCombo) return { config, result, added: [] };
  const combo = (set, name) => ({
    ...baseCombo,
    name,
    set: { ...baseCombo.set, ...set },
    expect: { kinds: {}, kindLocations: {}, resources: [] }
  });
  const gaveUp = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  let pending = [];
  let n = 0;
  for (let round = 0; round < (opts.maxRounds ?? 10); round++) {
    const cov = result.coverage?.[0];
    if (!cov) break;
    const fresh = [];
    for (const f of cov.files)
      for (const b of f.branches) {
        if (b.combos.length || !b.suggestion) continue;
        const set = settle(b.suggestion.set, b.suggestion.needs, defaults);
        if (!set || !Object.keys(set).length) continue;
        const k = keyOf(set);
        if (gaveUp.has(k) || seen.has(k)) continue;
        seen.add(k);
        const p = fresh.find((x) => compatible(x.set, set));
        if (p) {
          Object.assign(p.set, set);
          p.parts.push(k);
        } else fresh.push({ set: { ...set }, parts: [k], repairs: 0 });
      }
    const packs = [...pending, ...fresh];
    pending = [];
    if (!packs.length) break;
    const candidates = packs.map((p) => combo(p.set, `cover-${++n}`));
    log(`helm-guard: --cover round ${round + 1}: ${candidates.length} candidate combo(s)
`);
    const next = await guard([...kept, ...candidates]);
    const taken = takenBy(next.coverage[0]);
    const reached2 = /* @__PURE__ */ new Set();
    for (const c of kept) for (const x of taken.get(c.name) ?? []) reached2.add(x);
    const baseErrors = errorsOf(next, baseCombo.name);
    candidates.forEach((c, i) => {
      const p = packs[i];
      const r = next.combos.find((x) => x.name === c.name);
      const clean = r?.render === "ok" && [...errorsOf(next, c.name)].every((e) => baseErrors.has(e));
      if (clean) {
        if ([...taken.get(c.name) ?? []].some((x) => !reached2.has(x))) {
          kept.push(c);
          for (const x of taken.get(c.name) ?? []) reached2.add(x);
        } else for (const k of p.parts) gaveUp.add(k);
        return;
      }
      const failed = next.findings.find((f) => f.combo === c.name && f.rule === "render/failed" && f.location);
      const path = failed && p.repairs < 4 ? requiredPath(readRegularFileText(join(opts.baseDir, failed.location.file)), failed.location.line) : void 0;
      if (path && !(path in p.set) && compatible(p.set, { [path]: "example" })) {
        pending.push({ set: { ...p.set, [path]: "example" }, parts: p.parts, repairs: p.repairs + 1 });
        return;
      }
      if (p.parts.length > 1)
        for (const k of p.parts)
          pending.push({ set: Object.fromEntries(JSON.parse(k)), parts: [k], repairs: 0 });
      else gaveUp.add(p.parts[0]);
    });
    result = await guard(kept);
  }
  const reachedBy = async (combos2) => {
    const r = await guard(combos2);
    return { r, t: takenBy(r.coverage[0]) };
  };
  const before = await reachedBy(kept);
  const ownKeys = new Set(own.flatMap((c) => [...before.t.get(c.name) ?? []]));
  let groups = [];
  for (const c of kept.slice(own.length)) {
    const g = groups.find((x) => x.every((y) => compatible(y.set, c.set)));
    if (g) g.push(c);
    else groups.push([c]);
  }
  let added = [];
  for (let round = 0; round < 6 && groups.length; round++) {
    added.push(...groups.filter((g) => g.length === 1).flat());
    groups = groups.filter((g) => g.length > 1);
    if (!groups.length) break;
    const merged = groups.map((g, i) => combo(Object.assign({}, ...g.map((c) => c.set)), `merged-${round}-${i}`));
    const after = await reachedBy([...own, ...merged]);
    const baseErrors = errorsOf(after.r, baseCombo.name);
    const next = [];
    groups.forEach((g, i) => {
      const m = merged[i];
      const reach = /* @__PURE__ */ new Set([...ownKeys, ...after.t.get(m.name) ?? []]);
      const ok = after.r.combos.find((x) => x.name === m.name)?.render === "ok" && [...errorsOf(after.r, m.name)].every((e) => baseErrors.has(e)) && g.every((c) => [...before.t.get(c.name) ?? []].every((x) => reach.has(x)));
      if (ok) added.push(m);
      else next.push(g.slice(0, Math.ceil(g.length / 2)), g.slice(Math.ceil(g.length / 2)));
    });
    groups = next;
  }
  added.push(...groups.flat());
  added = added.map((c, i) => ({ ...c, name: `candidate-${i + 1}` }));
  const final = await reachedBy([...own, ...added]);
  const reached = /* @__PURE__ */ new Set();
  for (const c of own) for (const x of final.t.get(c.name) ?? []) reached.add(x);
  const chosen = [];
  for (; ; ) {
    let best;
    let gain = 0;
    for (const c of added) {
      if (chosen.includes(c)) continue;
      const g = [...final.t.get(c.name) ?? []].filter((x) => !reached.has(x)).length;
      if (g > gain) [best, gain] = [c, g];
    }
    if (!best) break;
    chosen.push(best);
    for (const x of final.t.get(best.name) ?? []) reached.add(x);
  }
  for (let i = chosen.length - 1; i >= 0; i--) {
    const others = new Set(
      [...own, ...chosen.filter((_, j) => j !== i)].flatMap((c) => [...final.t.get(c.name) ?? []])
    );
    if ([...final.t.get(chosen[i].name) ?? []].every((x) => others.has(x))) chosen.splice(i, 1);
  }
  const renamed = chosen.map((c, i) => ({ ...c, name: `cover-${i + 1}` }));
  const combos = [...own, ...renamed];
  return { config: { ...config, combos }, result: await guard(combos), added: renamed.map((c) => c.name) };
}
function readRegularFileText(path) {
  const r = readRegularFile(path, 4 * 1024 * 1024);
  return "text" in r ? r.text : "";
}

// src/cli/init.ts
function initialConfig(config, result, configDir) {
  const combos = result.combos.map((c, i) => {
    const src = config.combos[i];
    const entry = { name: c.name };
    if (src.valuesFiles.length) entry.valuesFiles = src.valuesFiles.map((f) => repoPath(configDir, f));
    if (Object.keys(src.set).length) entry.set = src.set;
    const failed = c.findings.find((f) => f.rule === "render/failed");
    if (c.render === "failed" && failed) {
      entry.expect = { failure: failed.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") };
    } else if (c.render === "ok") {
      entry.expect = { kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => compareText(a, b))) };
    }
    return entry;
  });
  const doc = { chart: repoPath(configDir, config.chartDir), combos };
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# helm-guard configuration: the chart, its values combinations, and what each must render.",
    "# Written by `helm-guard --init` from what the chart renders now; edit freely.",
    "# Reference: https://github.com/certctl/helm-guard#configuration-helm-guardyaml",
    yaml().stringify(doc, { lineWidth: 0 }).trimEnd(),
    ""
  ].join("\n");
}

export { coverCombos, initialConfig };
