import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  differsOnlyByGenerated
} from "./chunk-BIPOOARL.js";
import {
  readHelmTemplateError
} from "./chunk-NUCH56CP.js";
import {
  chartPath
} from "./chunk-6UMKCMP4.js";
import {
  lex
} from "./chunk-NMK5MUXU.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";

// src/coverage/collect.ts
function isGoSpace(c) {
  if (c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160) return true;
  if (c < 5760) return false;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function goTrimSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
function idsIn(text, nonce) {
  const out = [];
  const re = new RegExp(`hg${nonce}\\[([0-9,]*)\\]`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) for (const x of m[1].split(",")) if (x !== "") out.push(Number(x));
  return out;
}
var HEADER = "---\n# Source: ";
function collectRender(table, stdout) {
  const fired = /* @__PURE__ */ new Set();
  const rendered = /* @__PURE__ */ new Set();
  const problems = [];
  const marker = new RegExp(`^# (?:hg${table.nonce}\\[[0-9,]*\\])+$`);
  const out = [];
  if (stdout !== "" && !stdout.startsWith(HEADER)) problems.push('the output does not start with a "# Source:" header');
  let pos = 0;
  while (pos < stdout.length) {
    const next = stdout.indexOf("\n" + HEADER, pos + 1);
    const end = next < 0 ? stdout.length : next + 1;
    const doc = stdout.slice(pos, end);
    pos = end;
    if (!doc.startsWith(HEADER)) {
      out.push(doc);
      continue;
    }
    const nl = doc.indexOf("\n", HEADER.length);
    const source = doc.slice(HEADER.length, nl < 0 ? doc.length : nl);
    const body = nl < 0 ? "" : doc.slice(nl + 1);
    const content = body.endsWith("\n") ? body.slice(0, -1) : body;
    const lines = content.split("\n");
    const kept = lines.filter((l) => {
      if (!marker.test(l)) return true;
      for (const id of idsIn(l, table.nonce)) fired.add(id);
      return false;
    });
    let text = content;
    if (kept.length !== lines.length) {
      text = goTrimSpace(kept.join("\n"));
      if (text === "") continue;
    }
    out.push(`${HEADER}${source}
${text}
`);
    const rel = source.startsWith(table.chartName + "/") ? chartPath(source) : void 0;
    if (rel) rendered.add(rel);
  }
  const cleaned = out.join("");
  if (cleaned.includes(`hg${table.nonce}`)) problems.push("a probe marker reached the output outside its comment line");
  for (const id of fired) if (!table.probes[id]) problems.push(`unknown probe id ${id}`);
  return { fired, rendered, cleaned, problems };
}
function offsetOf(text, line, byteColumn) {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return void 0;
    start = nl + 1;
  }
  let bytes = 0;
  let i = start;
  while (i < text.length && bytes < byteColumn && text[i] !== "\n") {
    const cp = text.codePointAt(i);
    bytes += cp < 128 ? 1 : cp < 2048 ? 2 : cp < 65536 ? 3 : 4;
    i += cp > 65535 ? 2 : 1;
  }
  return i;
}
function originalOffset(segments, inst) {
  let best;
  for (const s of segments) {
    if (s[0] <= inst) best = s;
    else break;
  }
  if (!best) return void 0;
  return best[1] + Math.min(inst - best[0], best[2]);
}
function probeAt(table, file, offset) {
  const s = table.spans[file];
  if (!s) return void 0;
  const inHole = s.holes.some(([a, b]) => offset >= a && offset < b);
  let best;
  for (const sp of s.spans) {
    if (offset < sp.start || offset >= sp.end) continue;
    if (inHole && sp.probe === s.fileProbe) continue;
    if (!best || sp.start >= best.start) best = sp;
  }
  return best?.probe;
}
function probeOfHelmPosition(table, helmFile, line, byteColumn) {
  const file = helmFile.startsWith(table.chartName + "/") ? chartPath(helmFile) : void 0;
  const map = file ? table.maps[file] : void 0;
  if (!file || !map) return void 0;
  const inst = offsetOf(map.text, line, byteColumn);
  if (inst === void 0) return void 0;
  const orig = originalOffset(map.segments, inst);
  return orig === void 0 ? void 0 : probeAt(table, file, orig);
}
function collectFailure(table, stderr) {
  const fired = new Set(idsIn(stderr, table.nonce));
  const message = fired.size > 0;
  let positions = 0;
  const err = readHelmTemplateError(stderr);
  if (err?.kind === "exec")
    for (const f of err.frames) {
      const id = probeOfHelmPosition(table, f.file, f.line, f.byteColumn);
      if (id === void 0) continue;
      positions++;
      for (let p = id; p !== void 0; p = table.probes[p].parent) {
        fired.add(p);
        fired.add(table.probes[p].root);
      }
    }
  const problems = [];
  for (const id of fired) if (!table.probes[id]) problems.push(`unknown probe id ${id}`);
  return { fired, rendered: /* @__PURE__ */ new Set(), failure: { message, positions }, problems };
}

// src/coverage/suggest.ts
var Unsupported = class extends Error {
};
function literal(t) {
  if (t.kind === "string") return JSON.parse(t.value);
  if (t.kind === "raw") return t.value.slice(1, -1);
  if (t.kind === "bool") return t.value === "true";
  if (t.kind === "number" && /^-?\d+(\.\d+)?$/.test(t.value)) return Number(t.value);
  if (t.kind === "keyword" && t.value === "nil") return null;
  return void 0;
}
function parseCondition(text, ctx) {
  if (ctx.depth > 8) throw new Unsupported();
  const lexed = lex(`{{ ${text} }}`);
  if (lexed.error || lexed.actions.length !== 1) throw new Unsupported();
  const toks = lexed.actions[0].tokens.filter((t) => t.kind !== "space");
  const decl = toks.findIndex((t) => t.kind === "declare");
  let i = decl >= 0 ? decl + 1 : 0;
  const end = toks.length;
  const term = () => {
    const t = toks[i];
    if (!t) throw new Unsupported();
    if (t.kind === "lparen") {
      i++;
      const f2 = command(true);
      if (toks[i]?.kind !== "rparen") throw new Unsupported();
      i++;
      return { f: f2 };
    }
    const lit = literal(t);
    if (lit !== void 0) {
      i++;
      return { value: lit };
    }
    let chain;
    if (t.kind === "field") chain = ctx.dot + t.value;
    else if (t.kind === "variable" && t.value === "$") chain = "";
    else if (t.kind === "variable") {
      const v = ctx.vars[t.value];
      if (v === void 0 || toks[i + 1]?.kind === "field") throw new Unsupported();
      i++;
      return { f: parseCondition(v, { ...ctx, depth: ctx.depth + 1 }) };
    } else throw new Unsupported();
    i++;
    let last = t.end;
    while (toks[i]?.kind === "field" && toks[i].start === last) {
      chain += toks[i].value;
      last = toks[i].end;
      i++;
    }
    if (!chain.startsWith(".Values.")) throw new Unsupported();
    return { path: chain.slice(".Values.".length) };
  };
  const asF = (x) => "f" in x ? x.f : "path" in x ? { t: "truthy", path: x.path } : { t: "const", v: truthy(x.value) };
  const command = (inParens) => {
    const t = toks[i];
    if (!t) throw new Unsupported();
    if (t.kind === "identifier") {
      i++;
      const args = [];
      while (i < end && toks[i].kind !== "rparen" && toks[i].kind !== "pipe") args.push(term());
      if (toks[i]?.kind === "pipe") throw new Unsupported();
      switch (t.value) {
        case "not":
        case "empty":
          if (args.length !== 1) throw new Unsupported();
          return { t: "not", f: asF(args[0]) };
        case "and":
        case "or":
          if (args.length < 1) throw new Unsupported();
          return { t: t.value, fs: args.map(asF) };
        case "eq":
        case "ne": {
          if (args.length < 2 || t.value === "ne" && args.length !== 2) throw new Unsupported();
          const [a, ...rest] = args;
          let f2;
          if ("path" in a && rest.every((r) => "value" in r))
            f2 = { t: "eq", path: a.path, values: rest.map((r) => r.value) };
          else if (args.length === 2 && "value" in a && "path" in rest[0])
            f2 = { t: "eq", path: rest[0].path, values: [a.value] };
          else throw new Unsupported();
          return t.value === "ne" ? { t: "not", f: f2 } : f2;
        }
        default:
          throw new Unsupported();
      }
    }
    const x = term();
    if (i < end && toks[i].kind !== "rparen") throw new Unsupported();
    void inParens;
    return asF(x);
  };
  const f = command(false);
  if (i !== end) throw new Unsupported();
  return f;
}
function truthy(v) {
  return !(v === null || v === false || v === 0 || v === "");
}
var MAX_TERMS = 64;
function dnf(f, neg = false) {
  switch (f.t) {
    case "const":
      return f.v !== neg ? [[]] : [];
    case "truthy":
      return [[{ path: f.path, neg, f: { t: "truthy" } }]];
    case "eq":
      return [[{ path: f.path, neg, f: { t: "eq", values: f.values } }]];
    case "not":
      return dnf(f.f, !neg);
    case "and":
    case "or": {
      const conj = f.t === "and" !== neg;
      if (!conj) return f.fs.flatMap((x) => dnf(x, neg)).slice(0, MAX_TERMS);
      let acc = [[]];
      for (const x of f.fs) {
        const d = dnf(x, neg);
        const next = [];
        for (const a of acc) for (const b of d) if (next.length < MAX_TERMS) next.push([...a, ...b]);
        acc = next;
      }
      return acc;
    }
  }
}
function valueAt(defaults, path) {
  let v = defaults;
  for (const k of path.split(".")) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
    v = v[k];
  }
  return v;
}
function isScalar(v) {
  return v === null || ["string", "number", "boolean"].includes(typeof v);
}
function solve(lits, defaults) {
  const byPath = /* @__PURE__ */ new Map();
  for (const l of lits) byPath.set(l.path, [...byPath.get(l.path) ?? [], l]);
  const set = {};
  const needs = [];
  for (const [path, ls] of byPath) {
    let allowed;
    const excluded = [];
    let want;
    for (const l of ls) {
      if (l.f.t === "truthy") {
        if (want !== void 0 && want !== !l.neg) return void 0;
        want = !l.neg;
      } else if (!l.neg)
        allowed = allowed ? allowed.filter((v) => l.f.t === "eq" && l.f.values.includes(v)) : [...l.f.values];
      else excluded.push(...l.f.values);
    }
    const ok = (v) => !excluded.includes(v) && (want === void 0 || truthy(v) === want);
    const dflt = valueAt(defaults, path);
    if (allowed) {
      const v = allowed.find(ok);
      if (v === void 0) return void 0;
      set[path] = v;
    } else if (want === false) {
      const first = typeof dflt === "string" ? "" : typeof dflt === "number" ? 0 : dflt !== null && typeof dflt === "object" ? null : false;
      const v = [first, false, "", 0, null].find(ok);
      if (v === void 0) return void 0;
      set[path] = v;
    } else if (want === true) {
      if (isScalar(dflt) && ok(dflt)) set[path] = dflt;
      else if ((dflt === void 0 || typeof dflt === "boolean") && ok(true)) set[path] = true;
      else
        needs.push(
          `${path}: any non-empty value${excluded.length ? ` other than ${excluded.map((x) => JSON.stringify(x)).join(", ")}` : ""}`
        );
    } else if (isScalar(dflt) && ok(dflt)) set[path] = dflt;
    else needs.push(`${path}: a value other than ${excluded.map((x) => JSON.stringify(x)).join(", ")}`);
  }
  return { set, needs };
}
function requirement(p, ctx) {
  const parts = p.negates.map((c) => ({ t: "not", f: parseCondition(c, ctx) }));
  if (p.condition !== void 0) parts.push(parseCondition(p.condition, ctx));
  return { t: "and", fs: parts };
}
function suggestValues(table, id, defaults) {
  const probe = table.probes[id];
  if (!probe || probe.kind === "file" || probe.kind === "define") return void 0;
  if (table.probes[probe.root]?.kind !== "file") return void 0;
  const parts = [];
  try {
    for (let p = probe; p && p.kind !== "file"; p = p.parent !== void 0 ? table.probes[p.parent] : void 0) {
      const parent = p.parent !== void 0 ? table.probes[p.parent] : void 0;
      const dot = p.dotPath ?? (parent === void 0 || parent.kind === "file" || parent.dotUnchanged ? "" : void 0);
      if (dot === void 0) return void 0;
      parts.push(requirement(p, { dot, vars: p.vars ?? {}, depth: 0 }));
    }
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return void 0;
    throw e;
  }
  for (const conj of dnf({ t: "and", fs: parts })) {
    const s = solve(conj, defaults);
    if (s) return s;
  }
  return void 0;
}
function formatSuggestion(s) {
  const kv = Object.entries(s.set).map(
    ([k, v]) => `${k}: ${typeof v === "string" && /^[\w./-]+$/.test(v) ? v : JSON.stringify(v)}`
  );
  return `{ ${[...kv, ...s.needs].join(", ")} }`;
}

// src/coverage/model.ts
import { join } from "node:path";
function percent(r) {
  return r.total === 0 ? 100 : 100 * r.covered / r.total;
}
function add(a, b) {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}
var ZERO = {
  lines: { covered: 0, total: 0 },
  branches: { covered: 0, total: 0 },
  files: { covered: 0, total: 0 },
  defines: { covered: 0, total: 0 }
};
function buildCoverage(table, renders, opts) {
  const order = renders.map((r) => r.combo);
  const sortCombos = (s) => [...new Set(s)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const firedBy = /* @__PURE__ */ new Map();
  const renderedBy = /* @__PURE__ */ new Map();
  const combos = [];
  let fullRenders = 0;
  for (const r of renders) {
    let got;
    const problems = [];
    if (r.normalOk !== void 0 && r.normalOk !== r.ok)
      problems.push(
        `the instrumented render ${r.ok ? "succeeded" : "failed"} where the normal render ${r.normalOk ? "succeeded" : "failed"}`
      );
    if (r.ok) {
      got = collectRender(table, r.stdout);
      if (r.normal !== void 0 && got.cleaned !== r.normal && !(r.normalAgain !== void 0 && differsOnlyByGenerated(r.normal, r.normalAgain, got.cleaned ?? "")))
        problems.push("the instrumented render, probes removed, differs from the normal render");
    } else got = collectFailure(table, r.stderr ?? "");
    problems.push(...got.problems);
    const usable = problems.length === 0;
    combos.push({
      name: r.combo,
      ok: r.ok,
      measured: !usable ? "excluded" : r.ok ? "full" : "failure-path",
      problems
    });
    if (!usable) continue;
    if (r.ok) fullRenders++;
    for (const id of got.fired) {
      const s = firedBy.get(id) ?? /* @__PURE__ */ new Set();
      s.add(r.combo);
      firedBy.set(id, s);
    }
    for (const f of got.rendered) {
      const s = renderedBy.get(f) ?? /* @__PURE__ */ new Set();
      s.add(r.combo);
      renderedBy.set(f, s);
    }
  }
  const fired = (id) => id === void 0 ? [] : sortCombos(firedBy.get(id) ?? []);
  const fullCombos = new Set(combos.filter((c) => c.measured === "full").map((c) => c.name));
  const notMeasurable = table.notMeasurable.map((n) => ({
    ...n,
    file: repoPath(opts.repoRoot, join(table.chartDir, n.file))
  }));
  const files = [];
  for (const t of table.templates) {
    const path = repoPath(opts.repoRoot, join(table.chartDir, t.path));
    let reason = t.reason;
    if (!reason && t.fileProbe !== void 0 && fullRenders > 0 && ![...fullCombos].some((c) => firedBy.get(t.fileProbe)?.has(c))) {
      reason = "helm did not load it in any render (.helmignore?)";
      notMeasurable.push({ file: path, reason });
    }
    const measurable = !reason || t.kind === "notes";
    const probes = table.probes.filter((p) => p.file === t.path);
    const lines = measurable ? t.lines.map(([line, id]) => {
      const define = table.probes[id].define;
      return { line, combos: fired(id), ...define !== void 0 ? { define } : {} };
    }).sort((a, b) => a.line - b.line) : [];
    const branches = measurable ? probes.filter((p) => p.kind !== "file" && p.kind !== "define").map((p) => branchOf(table, p, fired, opts)) : [];
    const head = new Map(branches.filter((b) => b.branch === 0).map((b) => [b.chain, b]));
    branches.sort((x, y) => {
      const hx = head.get(x.chain) ?? x;
      const hy = head.get(y.chain) ?? y;
      return hx.line - hy.line || hx.column - hy.column || x.chain - y.chain || x.branch - y.branch;
    });
    const defines = t.defines.map((d) => ({
      name: d.name,
      line: d.line,
      endLine: d.endLine,
      measurable: d.probe !== void 0 && measurable,
      ...d.reason ? { reason: d.reason } : {},
      combos: fired(d.probe)
    }));
    const rendered = t.kind === "template" ? sortCombos(renderedBy.get(t.path) ?? []) : [];
    const totals2 = {
      lines: { covered: lines.filter((l) => l.combos.length).length, total: lines.length },
      branches: { covered: branches.filter((b) => b.combos.length).length, total: branches.length },
      // a template that prints nothing by design (it only validates, say) is covered when every line of it ran
      files: t.kind === "template" && !reason ? { covered: rendered.length || lines.length && lines.every((l) => l.combos.length) ? 1 : 0, total: 1 } : { covered: 0, total: 0 },
      defines: {
        covered: defines.filter((d) => d.measurable && d.combos.length).length,
        total: defines.filter((d) => d.measurable).length
      }
    };
    files.push({
      path,
      chartPath: t.path,
      kind: t.kind,
      measurable,
      ...reason ? { reason } : {},
      executedBy: fired(t.fileProbe),
      renderedBy: rendered,
      lines,
      branches,
      defines,
      totals: totals2
    });
  }
  const totals = files.reduce(
    (acc, f) => ({
      lines: add(acc.lines, f.totals.lines),
      branches: add(acc.branches, f.totals.branches),
      files: add(acc.files, f.totals.files),
      defines: add(acc.defines, f.totals.defines)
    }),
    ZERO
  );
  return {
    chart: opts.chartDisplay,
    combos,
    files,
    neverRendered: files.filter((f) => f.totals.files.total === 1 && f.totals.files.covered === 0).map((f) => f.path),
    totals,
    notMeasurable
  };
}
function branchOf(table, p, fired, opts) {
  const combos = fired(p.id);
  const b = {
    probe: p.id,
    line: p.line,
    column: p.column,
    block: p.block,
    kind: p.kind,
    negates: p.negates,
    chain: p.chain,
    branch: p.branch,
    combos,
    reached: fired(p.parent ?? p.root)
  };
  if (p.condition !== void 0) b.condition = p.condition;
  if (p.define !== void 0) b.define = p.define;
  if (!combos.length) {
    const s = suggestValues(table, p.id, opts.defaults);
    if (s) b.suggestion = s;
  }
  return b;
}

// src/coverage/findings.ts
function describeBranch(b) {
  const last = b.negates.at(-1);
  if (b.block === "default") {
    const x = (b.condition ?? last ?? "").replace(/^empty /, "");
    return b.kind === "then" ? `default used: ${x} empty` : `default not used: ${x} set`;
  }
  switch (b.kind) {
    case "then":
      return `${b.block} ${b.condition ?? ""}`.trim();
    case "else if":
    case "else with":
      return `${b.kind} ${b.condition ?? ""}`.trim();
    case "else":
      return b.block === "range" ? `else of range ${last ?? ""} (empty)`.trim() : `else of ${last ?? ""}`.trim();
    case "implicit else":
      if (b.block === "range") return `range ${last ?? ""} empty (no else)`.trim();
      return b.negates.length > 1 ? `no branch of ${b.negates.map((c, i) => `${i ? "else " : ""}${b.block} ${c}`).join(" / ")} taken (no else)` : `${b.block} ${last ?? ""} false (no else)`.trim();
  }
}
function uncoveredBranches(r) {
  const out = [];
  for (const f of r.files)
    for (const b of f.branches) {
      if (b.combos.length) continue;
      const s = b.suggestion ? formatSuggestion(b.suggestion) : "";
      out.push({
        file: f.path,
        line: b.line,
        ...b.define !== void 0 ? { define: b.define } : {},
        label: describeBranch(b),
        ...s ? { suggestion: s } : {}
      });
    }
  return out;
}
var pct = (r) => `${(Math.floor(percent(r) * 10) / 10).toFixed(1)}%`;
function coverageFindings(r, settings, opts = {}) {
  const out = [];
  const gate = (rule, what, ratio, min, detail) => {
    if (min === void 0 || opts.sharded || percent(ratio) >= min) return;
    out.push({
      severity: "error",
      rule,
      combo: "",
      message: `${what} coverage ${pct(ratio)} (${ratio.covered} of ${ratio.total}) is below coverage.${rule.split("/")[1]}: ${min}%${detail}`
    });
  };
  const unc = uncoveredBranches(r);
  const firstUncovered = unc.slice(0, 3).map((u) => `${u.file}:${u.line} ${u.label}`).join("; ");
  gate(
    "coverage/branches",
    "branch",
    r.totals.branches,
    settings.branches,
    unc.length ? `; not taken: ${firstUncovered}${unc.length > 3 ? `; and ${unc.length - 3} more` : ""}` : ""
  );
  gate("coverage/lines", "line", r.totals.lines, settings.lines, "");
  gate(
    "coverage/files",
    "file",
    r.totals.files,
    settings.files,
    r.neverRendered.length ? `; never rendered: ${r.neverRendered.join(", ")}` : ""
  );
  const byPath = new Map(r.files.map((f) => [f.path, f]));
  for (const path of r.neverRendered) {
    const f = byPath.get(path);
    const first = f?.branches.find((b) => !b.combos.length && b.suggestion && !b.suggestion.needs.length);
    const hint = first?.suggestion ? formatSuggestion(first.suggestion) : void 0;
    out.push({
      severity: "warning",
      rule: "coverage/uncovered-file",
      combo: "",
      message: `no combo renders anything from this template: add a combo whose values turn it on${hint ? ` (e.g. set ${hint})` : ""}`,
      location: { file: path, line: 1 }
    });
  }
  for (const n of r.notMeasurable)
    out.push({
      severity: "notice",
      rule: "coverage/not-measurable",
      combo: "",
      message: `${n.define !== void 0 ? `define "${n.define}": ` : ""}not measured: ${n.reason}`,
      location: { file: n.file, line: n.line ?? 1 }
    });
  for (const c of r.combos)
    if (c.measured === "excluded")
      out.push({
        severity: "notice",
        rule: "coverage/not-measurable",
        combo: c.name,
        message: `coverage of this combo is not counted: ${c.problems.join("; ")}`
      });
  return out;
}

export {
  collectRender,
  suggestValues,
  formatSuggestion,
  percent,
  buildCoverage,
  describeBranch,
  uncoveredBranches,
  coverageFindings
};
