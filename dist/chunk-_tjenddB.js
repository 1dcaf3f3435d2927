import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, sep, basename } from 'node:path';
import { t as lex, v as structure, j as words, u as unquote, x as buildCoverage } from './chunk-late-start-2SuRt19H.js';
export { y as collectRender, z as coverageFindings, A as describeBranch, B as formatSuggestion, C as percent, D as suggestValues, E as uncoveredBranches } from './chunk-late-start-2SuRt19H.js';
export { a as toCobertura, t as toLcov } from './chunk-BqiOYR4j.js';
import { B as readRegularFile, z as yaml, q as readChartFile } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-rare-start-C1Ew-AXv.js';
import './chunk-boot-BQAnIf4X.js';
import { readdirSync, statSync, readFileSync, mkdirSync, copyFileSync, constants, realpathSync, readlinkSync, symlinkSync, lstatSync, unlinkSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/coverage/analyze.ts
var NOT_COUNTED = /* @__PURE__ */ new Set(["end", "else", "define", "block"]);
function actionText(action, fromToken, text) {
  if (!fromToken) return "";
  const end = action.close ? action.close.start : action.tokens.at(-1)?.end ?? fromToken.end;
  return text.slice(fromToken.start, end).replace(/\s+/g, " ").trim();
}
function hasLeftTrim(a) {
  return a.open.value.length > 2;
}
function hasRightTrim(a) {
  return (a.close?.value.length ?? 2) > 2;
}
function analyzeTemplate(text, rendered) {
  const lexed = lex(text);
  const st = structure(lexed);
  const out = {
    lexed,
    structure: st,
    bodies: [],
    defines: [],
    lines: /* @__PURE__ */ new Map(),
    opaque: [],
    unmeasured: []
  };
  const { lines } = lexed;
  const loc = (offset) => ({ offset, line: lines.line(offset), column: lines.column(offset) });
  if (lexed.error) {
    out.broken = `does not parse: ${lexed.error.message} (line ${lines.line(lexed.error.at)})`;
    return out;
  }
  if (st.issues.length || st.unclosed.length) {
    const first = st.issues[0];
    out.broken = first ? `does not parse: ${first.kind} at line ${lines.line(first.token.start)}` : `does not parse: unclosed ${st.unclosed[0].keyword} at line ${lines.line(st.unclosed[0].at.start)}`;
    return out;
  }
  const add = (b) => {
    const body = { ...b, index: out.bodies.length };
    body.root ??= body;
    out.bodies.push(body);
    return body;
  };
  if (rendered) {
    out.fileRoot = add({ kind: "file", start: 0, end: text.length, at: loc(0), negates: [], dotUnchanged: true });
  }
  for (const b of st.blocks) {
    if (b.keyword !== "block") continue;
    out.opaque.push([b.action.open.start, b.end.close?.end ?? b.end.open.end]);
    out.unmeasured.push({
      line: lines.line(b.at.start),
      reason: `{{ block ${JSON.stringify(b.name ?? "")} }} is not measured (it is a define and a call in one; write a define and an include)`
    });
  }
  const rootOf = /* @__PURE__ */ new Map();
  for (const b of st.blocks) {
    if (b.keyword !== "define") continue;
    const name = b.name ?? "";
    const nested = st.blocks.some((x) => x.keyword === "block" && inside(x, b));
    if (nested) {
      out.defines.push({ name, block: b, reason: "it contains a {{ block }}" });
      rootOf.set(b, null);
      continue;
    }
    const start = b.action.close.end;
    const end = b.end.open.start;
    const root = add({
      kind: "define",
      start,
      end,
      opener: b.action,
      at: loc(b.at.start),
      define: name,
      negates: [],
      dotUnchanged: true
    });
    out.defines.push({ name, block: b, root });
    rootOf.set(b, root);
  }
  const rootFor = (b) => {
    for (let p = b.parent; p; p = p.parent) {
      if (p.keyword === "block") return "block";
      if (p.keyword === "define") return rootOf.get(p) ?? "block";
    }
    return out.fileRoot ?? "partial";
  };
  const chains = /* @__PURE__ */ new Map();
  let partialBranches = 0;
  for (const b of st.blocks) {
    if (b.keyword !== "if" && b.keyword !== "with" && b.keyword !== "range") continue;
    const root = rootFor(b);
    if (root === "partial") partialBranches++;
    if (typeof root === "string") continue;
    const bodies = [];
    const openers = [b.action, ...b.elses];
    const negates = [];
    for (let i = 0; i < openers.length; i++) {
      const a = openers[i];
      const w = words(a);
      let kind = "then";
      let cond;
      if (i === 0) cond = actionText(a, w[1], text);
      else if (w[1]?.kind === "keyword" && (w[1].value === "if" || w[1].value === "with")) {
        kind = w[1].value === "if" ? "else if" : "else with";
        cond = actionText(a, w[2], text);
      } else kind = "else";
      const next = openers[i + 1] ?? b.end;
      const body = add({
        kind,
        block: b,
        start: a.close.end,
        end: next.open.start,
        opener: a,
        at: loc(w[0].start),
        root,
        negates: [...negates],
        dotUnchanged: true,
        ...cond !== void 0 ? { condition: cond } : {},
        ...root.define !== void 0 ? { define: root.define } : {}
      });
      bodies.push(body);
      if (cond !== void 0) negates.push(cond);
    }
    if (!bodies.some((x) => x.kind === "else")) {
      const endAt = b.end.open.start;
      bodies.push(
        add({
          kind: "implicit else",
          block: b,
          start: endAt,
          end: endAt,
          at: loc(b.at.start),
          root,
          negates: [...negates],
          dotUnchanged: true,
          ...root.define !== void 0 ? { define: root.define } : {}
        })
      );
    }
    const chain = bodies[0].index;
    bodies.forEach((x, i) => {
      x.chain = chain;
      x.branch = i;
    });
    chains.set(b, bodies);
  }
  if (partialBranches)
    out.unmeasured.push({
      reason: `${partialBranches} branch(es) outside any define in a partial template (helm does not print partials)`
    });
  const parentOf = (b, root) => {
    for (let p = b.parent; p; p = p.parent) {
      if (p.keyword === "define") break;
      const bs = chains.get(p);
      if (!bs) continue;
      const hit = bs.find((x) => x.start <= b.action.open.start && b.action.open.start < x.end);
      if (hit) return hit;
    }
    return root;
  };
  for (const [b, bs] of chains)
    for (const x of bs) {
      x.parent = parentOf(b, x.root);
    }
  for (const x of out.bodies) {
    let dot = true;
    for (let p = x; p; p = p.parent) {
      if (p.kind === "then" && (p.block?.keyword === "with" || p.block?.keyword === "range")) dot = false;
      if (p.kind === "else with") dot = false;
    }
    x.dotUnchanged = dot;
  }
  defaultFallbacks(out, text, loc);
  countLines(out, text);
  return out;
}
function chainAt(w, i) {
  const t = w[i];
  if (!t || t.kind !== "field" && t.kind !== "variable") return -1;
  let k = i + 1;
  let end = t.end;
  while (w[k]?.kind === "field" && w[k].start === end) end = w[k++].end;
  return t.kind === "variable" && k === i + 1 ? t.value === "$" ? -1 : k : k;
}
function termAt(w, i) {
  const t = w[i];
  if (!t) return -1;
  if (["string", "raw", "number", "bool", "char"].includes(t.kind) || t.kind === "keyword" && t.value === "nil")
    return i + 1;
  return chainAt(w, i);
}
function defaultFallbacks(a, text, loc) {
  for (const act of a.lexed.actions) {
    if (!act.close) continue;
    const w = words(act);
    let s = 0;
    if (w[0]?.kind === "keyword") {
      if (w[0].value !== "if" && w[0].value !== "with" && w[0].value !== "range") continue;
      s = 1;
    }
    if (w[s]?.kind === "variable" && (w[s + 1]?.kind === "declare" || w[s + 1]?.kind === "assign")) s += 2;
    let expr;
    let fallback;
    let dflt;
    if (w[s]?.kind === "identifier" && w[s].value === "default") {
      const f = termAt(w, s + 1);
      const x2 = f < 0 ? -1 : chainAt(w, f);
      if (x2 >= 0 && (x2 === w.length || w[x2].kind === "pipe")) {
        dflt = w[s];
        fallback = [s + 1, f];
        expr = [f, x2];
      }
    } else {
      const x2 = chainAt(w, s);
      if (x2 >= 0 && w[x2]?.kind === "pipe" && w[x2 + 1]?.kind === "identifier" && w[x2 + 1].value === "default") {
        const f = termAt(w, x2 + 2);
        if (f >= 0 && (f === w.length || w[f].kind === "pipe")) {
          dflt = w[x2 + 1];
          fallback = [x2 + 2, f];
          expr = [s, x2];
        }
      }
    }
    if (!dflt || !expr || !fallback) continue;
    const parent = bodyAt(a, act.open.start);
    if (!parent) continue;
    const slice = (r) => text.slice(w[r[0]].start, w[r[1] - 1].end);
    const x = slice(expr);
    const defaultOf = { action: act, expr: x, fallback: slice(fallback) };
    const common = {
      block: void 0,
      opener: act,
      start: act.open.start,
      end: act.open.start,
      at: loc(dflt.start),
      parent,
      root: parent.root,
      dotUnchanged: parent.dotUnchanged,
      defaultOf,
      ...parent.root.define !== void 0 ? { define: parent.root.define } : {}
    };
    const used = { ...common, index: a.bodies.length, kind: "then", condition: `empty ${x}`, negates: [] };
    a.bodies.push(used);
    const given = { ...common, index: a.bodies.length, kind: "else", negates: [`empty ${x}`] };
    a.bodies.push(given);
    used.chain = given.chain = used.index;
    used.branch = 0;
    given.branch = 1;
  }
}
function inside(inner, outer) {
  const s = outer.action.open.start;
  const e = outer.end ? outer.end.open.start : Infinity;
  return inner !== outer && inner.action.open.start > s && inner.action.open.start < e;
}
function bodyAt(a, offset) {
  if (a.opaque.some(([s, e]) => offset >= s && offset < e)) return void 0;
  let best;
  for (const b of a.bodies) {
    if (b.start > offset || offset >= b.end) continue;
    if (b.kind === "file") {
      if (a.defines.some((d) => offset >= d.block.action.open.start && offset < endOf(d.block))) continue;
    }
    if (!best || b.start >= best.start) best = b;
  }
  return best;
}
function endOf(b) {
  return b.end?.close?.end ?? b.end?.open.end ?? Infinity;
}
function countLines(a, text) {
  const li = a.lexed.lines;
  const first = /* @__PURE__ */ new Map();
  const note = (line, anchor, pos2, seen) => {
    const prev = seen.get(line);
    if (prev === void 0 || pos2 < prev) {
      seen.set(line, pos2);
      first.set(line, anchor);
    }
  };
  const pos = /* @__PURE__ */ new Map();
  for (const t of a.lexed.tokens) {
    if (t.kind !== "text") continue;
    let i = t.start;
    while (i < t.end) {
      const nl = text.indexOf("\n", i);
      const lineEnd = nl < 0 || nl >= t.end ? t.end : nl;
      const m = /\S/.exec(text.slice(i, lineEnd));
      if (m) {
        const at = i + m.index;
        note(li.line(at), at, at, pos);
      }
      i = lineEnd + 1;
    }
  }
  for (const act of a.lexed.actions) {
    const kw = words(act)[0];
    if (kw?.kind === "keyword" && NOT_COUNTED.has(kw.value)) continue;
    const end = act.close?.end ?? act.open.end;
    const l0 = li.line(act.open.start);
    const l1 = li.line(end - 1);
    for (let l = l0; l <= l1; l++) note(l, act.open.start, Math.max(act.open.start, li.lineStart(l)), pos);
  }
  for (const [line, anchor] of [...first].sort((x, y) => x[0] - y[0])) {
    const b = bodyAt(a, anchor);
    if (b) a.lines.set(line, b);
  }
}
function definedNames(text) {
  const lexed = lex(text);
  const out = [];
  for (const act of lexed.actions) {
    const w = words(act);
    if (w[0]?.kind === "keyword" && (w[0].value === "define" || w[0].value === "block")) {
      const n = unquote(w[1]);
      if (n !== void 0) out.push(n);
    }
  }
  return out;
}

// src/coverage/rewrite.ts
var START_AFTER = /* @__PURE__ */ new Set(["pipe", "lparen", "declare", "assign"]);
var START_KEYWORDS = /* @__PURE__ */ new Set(["if", "with", "range"]);
function commandEnd(tokens, i) {
  let depth = 0;
  let last = tokens[i].end;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "lparen") depth++;
    else if (t.kind === "rparen") {
      if (depth === 0) break;
      depth--;
    } else if (t.kind === "pipe" && depth === 0) break;
    last = t.end;
  }
  return last;
}
function operand(tokens, i) {
  const t = tokens[i];
  if (!t || t.kind === "pipe" || t.kind === "rparen" || t.kind === "declare" || t.kind === "assign") return void 0;
  let k = i;
  let end = t.end;
  if (t.kind === "lparen") {
    let depth = 0;
    for (; k < tokens.length; k++) {
      if (tokens[k].kind === "lparen") depth++;
      else if (tokens[k].kind === "rparen" && --depth === 0) break;
    }
    if (k >= tokens.length) return void 0;
    end = tokens[k].end;
  }
  while (tokens[k + 1]?.kind === "field" && tokens[k + 1].start === end) end = tokens[++k].end;
  return { start: t.start, end, next: k + 1 };
}
var CLOSE = 1e12;
function rewriteAction(action, names) {
  const edits = [];
  const notes = [];
  const w = words(action);
  const suffix = (at, from) => edits.push({ at, text: ` | list $__hg | include ${JSON.stringify(names.rec)}`, key: CLOSE - from });
  if (w[0]?.kind === "keyword" && w[0].value === "template") {
    const name = unquote(w[1]);
    const copy = name !== void 0 ? names.copy(name) : void 0;
    const hasDecl = w.some((t) => t.kind === "declare" || t.kind === "assign");
    if (copy !== void 0 && !hasDecl) {
      const rest = w.slice(2);
      if (rest.length === 0) {
        edits.push({ at: w[0].start, end: w[1].end, text: `include ${JSON.stringify(copy)} nil`, key: 0 });
        suffix(w[1].end, w[0].start);
      } else {
        edits.push({ at: w[0].start, end: w[1].end, text: `include ${JSON.stringify(copy)} (`, key: 0 });
        edits.push({ at: rest.at(-1).end, text: ")", key: CLOSE - w[0].start - 0.5 });
        suffix(rest.at(-1).end, w[0].start - 1);
      }
    }
  }
  for (let i = 0; i < w.length; i++) {
    const t = w[i];
    if (t.kind !== "identifier") continue;
    const prev = w[i - 1];
    const initial = !prev || START_AFTER.has(prev.kind) || prev.kind === "keyword" && START_KEYWORDS.has(prev.value);
    if (t.value === "include" || t.value === "tpl") {
      if (!initial) continue;
      if (t.value === "include") {
        const nameTok = w[i + 1];
        const name = nameTok && (nameTok.kind === "string" || nameTok.kind === "raw") ? unquote(nameTok) : void 0;
        if (name !== void 0) {
          const copy = names.copy(name);
          if (copy !== void 0)
            edits.push({ at: nameTok.start, end: nameTok.end, text: JSON.stringify(copy), key: 0 });
        } else {
          const op = operand(w, i + 1);
          const expr = op ? w.filter((x) => x.start >= op.start && x.end <= op.end) : [];
          if (!expr.some((x) => x.kind === "field" && x.value === ".BasePath"))
            notes.push({
              offset: t.start,
              reason: "include with a computed name: a define it names runs uninstrumented from here (not counted)"
            });
        }
      } else
        notes.push({
          offset: t.start,
          reason: "tpl: defines that the rendered text includes run uninstrumented (not counted)"
        });
      suffix(commandEnd(w, i), t.start);
    } else if (t.value === "required" || t.value === "fail") {
      if (!initial) continue;
      const op = operand(w, i + 1);
      if (!op) continue;
      edits.push({ at: op.start, text: "(print ", key: op.start });
      edits.push({
        at: op.end,
        text: ` (include ${JSON.stringify(names.fmark)} $__hg))`,
        key: CLOSE - op.start
      });
    }
  }
  return { edits, notes };
}
var MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
var MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
function untar(buf) {
  const out = /* @__PURE__ */ new Map();
  let off = 0;
  let longName;
  let paxPath;
  const str = (b) => {
    const z = b.indexOf(0);
    return b.toString("utf8", 0, z < 0 ? b.length : z);
  };
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const size = parseInt(str(h.subarray(124, 136)).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) break;
    const type = String.fromCharCode(h[156] || 48);
    const prefix = str(h.subarray(345, 500));
    const base = str(h.subarray(0, 100));
    const data = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === "L") {
      longName = str(data);
      continue;
    }
    if (type === "x") {
      for (const rec of data.toString("utf8").split("\n")) {
        const m = /^\d+ path=(.*)$/.exec(rec);
        if (m) paxPath = m[1];
      }
      continue;
    }
    if (type === "g") continue;
    const name = paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base);
    paxPath = longName = void 0;
    if (type === "0" || type === "\0" || type === "7") out.set(name, Buffer.from(data));
  }
  return out;
}
function subchartDefines(chartDir) {
  const names = /* @__PURE__ */ new Map();
  const unread = [];
  const addText = (text, where) => {
    for (const n of definedNames(text)) if (!names.has(n)) names.set(n, where);
  };
  const walk = (dir, rel2, depth) => {
    if (depth > 20) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      const r = `${rel2}/${e.name}`;
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, r, depth + 1);
      else if (!st.isFile()) continue;
      else if (e.name.endsWith(".tgz")) {
        if (st.size > MAX_ARCHIVE_BYTES) {
          unread.push(r.slice(1));
          continue;
        }
        try {
          const bytes = gunzipSync(readFileSync(p), { maxOutputLength: MAX_ARCHIVE_BYTES * 4 });
          for (const [name, data] of untar(bytes))
            if (/(^|\/)templates\//.test(name) && data.length <= MAX_TEMPLATE_BYTES)
              addText(data.toString("utf8"), `${r.slice(1)}:${name}`);
        } catch {
          unread.push(r.slice(1));
        }
      } else if (/(^|\/)templates\//.test(r)) {
        const got = readRegularFile(p, MAX_TEMPLATE_BYTES);
        if ("text" in got) addText(got.text, r.slice(1));
        else unread.push(r.slice(1));
      }
    }
  };
  walk(join(chartDir, "charts"), "/charts", 0);
  return { names, unread };
}

// src/coverage/instrument.ts
function helperNames(nonce) {
  return {
    rec: `hg-${nonce}.rec`,
    flush: `hg-${nonce}.flush`,
    fflush: `hg-${nonce}.fflush`,
    fmark: `hg-${nonce}.fmark`,
    copy: (name) => `hg-${nonce}:${name}`
  };
}
function helpers(nonce) {
  const h = helperNames(nonce);
  const tok = `hg${nonce}\\[[0-9,]*\\]`;
  const ids = `{{without (keys .) "m" | sortAlpha | join ","}}`;
  const nested = `{{get . "m" | default list | join ""}}`;
  return `{{define ${JSON.stringify(h.rec)}}}{{$__d := index . 0}}{{$__s := index . 1}}{{$__u := set $__d "m" (concat (get $__d "m" | default list) (regexFindAll \`${tok}\` $__s -1) | uniq)}}{{regexReplaceAll \`@@(?:${tok})*@@|\\n# (?:${tok})*\\n\` $__s ""}}{{end}}{{define ${JSON.stringify(h.flush)}}}@@hg${nonce}[${ids}]${nested}@@{{end}}{{define ${JSON.stringify(h.fflush)}}}{{"\\n"}}# hg${nonce}[${ids}]${nested}{{"\\n"}}{{end}}{{define ${JSON.stringify(h.fmark)}}} @@hg${nonce}[${ids}]${nested}@@{{end}}`;
}
var Builder = class {
  constructor(original) {
    this.original = original;
  }
  original;
  parts = [];
  length = 0;
  segments = [];
  insert(s) {
    this.parts.push(s);
    this.length += s.length;
  }
  copy(from, to) {
    if (to <= from) return;
    this.segments.push([this.length, from, to - from]);
    this.insert(this.original.slice(from, to));
  }
  /** The original [from, to) with the edits whose offsets fall in it (an edit at `to` included). */
  slice(from, to, edits) {
    const mine = edits.filter((e) => e.at >= from && e.at <= to).sort((a, b) => a.at - b.at || a.key - b.key);
    let pos = from;
    for (const e of mine) {
      if (e.at < pos) continue;
      this.copy(pos, e.at);
      this.insert(e.text);
      pos = e.end ?? e.at;
    }
    this.copy(pos, to);
  }
  text() {
    return this.parts.join("");
  }
};
function rel(root, abs) {
  return relative(root, abs).split(sep).join("/");
}
function copyChart(src, dest) {
  mkdirSync(dest, { recursive: true });
  for (const e of readdirSync(src, { withFileTypes: true })) {
    const s = join(src, e.name);
    const d = join(dest, e.name);
    if (e.isDirectory()) copyChart(s, d);
    else if (e.isFile()) copyFileSync(s, d, constants.COPYFILE_FICLONE);
    else if (e.isSymbolicLink()) {
      let target;
      try {
        target = realpathSync(s);
      } catch {
        target = readlinkSync(s);
      }
      symlinkSync(target, d);
    }
  }
}
function chartNameOf(chartDir) {
  const got = readRegularFile(join(chartDir, "Chart.yaml"), 1024 * 1024);
  if (!("text" in got)) throw new Error(`cannot read ${join(chartDir, "Chart.yaml")}`);
  const doc = yaml().parse(got.text);
  if (typeof doc?.name !== "string" || !doc.name) throw new Error(`${join(chartDir, "Chart.yaml")} has no name`);
  return doc.name;
}
function templatePaths(chartDir) {
  const out = [];
  const walk = (dir, depth) => {
    if (depth > 40) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink())
        try {
          isDir = statSync(p).isDirectory();
        } catch {
          isDir = false;
        }
      if (isDir) walk(p, depth + 1);
      else out.push(rel(chartDir, p));
    }
  };
  walk(join(chartDir, "templates"), 0);
  return out.sort();
}
function kindOf(path) {
  const base = path.split("/").pop();
  if (base.endsWith("NOTES.txt")) return "notes";
  return base.startsWith("_") ? "partial" : "template";
}
function instrumentChart(chartDir, outDir, opts = {}) {
  const nonce = opts.nonce ?? randomBytes(5).toString("hex");
  if (!/^[0-9a-f]+$/.test(nonce)) throw new Error("nonce must be lowercase hex");
  const names = helperNames(nonce);
  const chartName = chartNameOf(chartDir);
  copyChart(chartDir, outDir);
  const notMeasurable = [];
  const work = [];
  for (const path of templatePaths(chartDir)) {
    const kind = kindOf(path);
    const text = readChartFile(join(chartDir, path), chartDir);
    const w = { path, kind };
    if (text === void 0) w.reason = "cannot be read (not a regular file inside the chart, or too large)";
    else {
      w.text = text;
      w.analysis = analyzeTemplate(text, kind === "template");
      if (w.analysis.broken) w.reason = w.analysis.broken;
      else if (kind === "notes") w.reason = "helm template does not print NOTES.txt";
    }
    work.push(w);
  }
  const sub = subchartDefines(chartDir);
  for (const u of sub.unread)
    notMeasurable.push({
      file: u,
      reason: "subchart not read: a define it shares a name with would be counted from the chart’s copy"
    });
  const defs = /* @__PURE__ */ new Map();
  for (const w of work)
    for (const d of w.analysis?.defines ?? []) {
      const list = defs.get(d.name) ?? [];
      list.push({ w, d });
      defs.set(d.name, list);
    }
  const whyNot = /* @__PURE__ */ new Map();
  for (const [name, list] of defs) {
    const { w, d } = list[0];
    if (list.length > 1) whyNot.set(name, `defined ${list.length} times (${list.map((x) => x.w.path).join(", ")})`);
    else if (sub.names.has(name)) whyNot.set(name, `also defined in ${sub.names.get(name)}`);
    else if (w.reason && w.kind !== "notes") whyNot.set(name, `its file ${w.reason}`);
    else if (!d.root) whyNot.set(name, d.reason ?? "not measurable");
  }
  const copyOf = (name) => defs.has(name) && !whyNot.has(name) ? names.copy(name) : void 0;
  const probes = [];
  const probeOf = /* @__PURE__ */ new Map();
  for (const w of work) {
    const a = w.analysis;
    if (!a || a.broken) continue;
    const fileMeasured = w.kind === "template" && !w.reason;
    for (const b of a.bodies) {
      if (b.root.kind === "file" && !fileMeasured) continue;
      if (b.root.kind === "define" && !copyOf(b.root.define)) continue;
      probeOf.set(b, probes.length);
      probes.push(void 0);
    }
  }
  for (const w of work) {
    const a = w.analysis;
    if (!a) continue;
    for (const b of a.bodies) {
      const id = probeOf.get(b);
      if (id === void 0) continue;
      const p = {
        id,
        file: w.path,
        kind: b.kind,
        line: b.at.line,
        column: b.at.column,
        negates: b.negates,
        root: probeOf.get(b.root),
        dotUnchanged: b.dotUnchanged
      };
      if (b.block) p.block = b.block.keyword;
      else if (b.defaultOf) p.block = "default";
      if (b.define !== void 0) p.define = b.define;
      if (b.kind === "define") p.endLine = a.lexed.lines.line(b.end);
      if (b.condition !== void 0) p.condition = b.condition;
      if (b.chain !== void 0) {
        p.chain = probeOf.get(a.bodies[b.chain]);
        p.branch = b.branch;
      }
      if (b.parent) p.parent = probeOf.get(b.parent);
      if (b.kind !== "file" && b.kind !== "define") {
        const vars = visibleVars(a, b);
        if (Object.keys(vars).length) p.vars = vars;
        const dp = dotPathOf(b);
        if (dp) p.dotPath = dp;
      }
      probes[id] = p;
    }
  }
  const templates = [];
  const maps = {};
  const spans = {};
  for (const w of work) {
    const info = { path: w.path, kind: w.kind, lines: [], defines: [] };
    templates.push(info);
    if (w.reason) {
      info.reason = w.reason;
      notMeasurable.push({ file: w.path, reason: w.reason });
    }
    const a = w.analysis;
    if (!a || a.broken || w.text === void 0) continue;
    const text = w.text;
    for (const u of a.unmeasured)
      if (w.kind !== "notes")
        notMeasurable.push({ file: w.path, ...u.line !== void 0 ? { line: u.line } : {}, reason: u.reason });
    if (w.kind === "template" && !w.reason) info.fileProbe = probeOf.get(a.fileRoot);
    for (const d of a.defines) {
      const di = {
        name: d.name,
        file: w.path,
        line: a.lexed.lines.line(d.block.at.start),
        endLine: a.lexed.lines.line(d.block.end.open.start)
      };
      const why = whyNot.get(d.name);
      if (why) {
        di.reason = why;
        notMeasurable.push({ file: w.path, line: di.line, define: d.name, reason: why });
      } else di.probe = probeOf.get(d.root);
      info.defines.push(di);
    }
    for (const [line, b] of a.lines) {
      const id = probeOf.get(b);
      if (id !== void 0) info.lines.push([line, id]);
    }
    const editsByRoot = /* @__PURE__ */ new Map();
    const push = (root, e) => {
      const list = editsByRoot.get(root) ?? [];
      list.push(e);
      editsByRoot.set(root, list);
    };
    for (const act of a.lexed.actions) {
      const b = bodyOfAction(a, act.open.start);
      if (!b || !probeOf.has(b.root)) continue;
      const r = rewriteAction(act, { copy: copyOf, rec: names.rec, fmark: names.fmark });
      for (const e of r.edits) push(b.root, e);
      for (const n of r.notes)
        notMeasurable.push({
          file: w.path,
          line: a.lexed.lines.line(n.offset),
          ...b.root.define !== void 0 ? { define: b.root.define } : {},
          reason: n.reason
        });
    }
    for (const b of a.bodies) {
      const id = probeOf.get(b);
      if (id === void 0 || b.kind === "file" || b.kind === "define") continue;
      const probe = (rt) => `{{ $__hgp := set $__hg "${id}" true${rt ? " -" : " "}}}`;
      if (b.defaultOf) {
        const given = a.bodies[b.index + 1];
        if (b.kind !== "then" || probeOf.get(given) === void 0) continue;
        push(b.root, {
          at: b.start,
          text: `{{${hasLeftTrim(b.defaultOf.action) ? "- " : " "}if empty ${b.defaultOf.expr} }}${probe(false)}{{ else }}{{ $__hgp := set $__hg "${probeOf.get(given)}" true }}{{ end }}`,
          key: -1.5
        });
        continue;
      }
      if (b.kind === "implicit else") {
        const end = b.block.end;
        push(b.root, { at: b.start, text: `{{${hasLeftTrim(end) ? "- " : " "}else }}${probe(false)}`, key: -1 });
      } else push(b.root, { at: b.start, text: probe(hasRightTrim(b.opener)), key: -2 });
    }
    const fileRoot = a.fileRoot && probeOf.has(a.fileRoot) ? a.fileRoot : void 0;
    const copies = a.defines.filter((d) => d.root && probeOf.has(d.root));
    if (!fileRoot && !copies.length) continue;
    const out = new Builder(text);
    if (fileRoot) {
      out.slice(0, text.length, [
        { at: 0, text: `{{ $__hg := dict "${probeOf.get(fileRoot)}" true }}`, key: -3 },
        ...editsByRoot.get(fileRoot) ?? []
      ]);
      out.insert(`{{ include ${JSON.stringify(names.fflush)} $__hg }}`);
    } else out.slice(0, text.length, []);
    out.insert(helpers(nonce));
    for (const d of copies) {
      const root = d.root;
      const opener = d.block.action;
      const end = d.block.end;
      out.insert(
        `{{define ${JSON.stringify(names.copy(d.name))}}}{{ $__hg := dict "${probeOf.get(root)}" true${hasRightTrim(opener) ? " -" : " "}}}`
      );
      out.slice(root.start, root.end, editsByRoot.get(root) ?? []);
      out.insert(`{{${hasLeftTrim(end) ? "- " : " "}include ${JSON.stringify(names.flush)} $__hg }}{{end}}`);
    }
    const instrumented = out.text();
    const dest = join(outDir, w.path);
    try {
      if (lstatSync(dest).isSymbolicLink()) unlinkSync(dest);
    } catch {
    }
    writeFileSync(dest, instrumented);
    maps[w.path] = { text: instrumented, segments: out.segments };
    spans[w.path] = {
      text,
      spans: a.bodies.filter((b) => probeOf.has(b) && b.end > b.start).map((b) => ({ start: b.start, end: b.end, probe: probeOf.get(b) })),
      holes: [
        ...a.opaque,
        ...a.defines.map((d) => [d.block.action.open.start, d.block.end.close?.end ?? text.length])
      ],
      ...fileRoot ? { fileProbe: probeOf.get(fileRoot) } : {}
    };
  }
  return { nonce, chartName, chartDir, probes, templates, notMeasurable, maps, spans };
}
function bodyOfAction(a, offset) {
  if (a.opaque.some(([s, e]) => offset >= s && offset < e)) return void 0;
  let best;
  for (const b of a.bodies) {
    if (b.start > offset || offset >= b.end) continue;
    if (b.kind === "file" && a.defines.some((d) => offset >= d.block.action.open.start && offset < (d.block.end.close?.end ?? Infinity)))
      continue;
    if (!best || b.start >= best.start) best = b;
  }
  return best;
}
function visibleVars(a, b) {
  const text = a.lexed.text;
  const at = b.opener?.open.start ?? b.block.action.open.start;
  const decls = [];
  const assigned = /* @__PURE__ */ new Set();
  for (const act of a.lexed.actions) {
    const w = words(act);
    if (w[0]?.kind !== "variable" || !w[1]) continue;
    if (w[1].kind === "assign") assigned.add(w[0].value);
    if (w[1].kind !== "declare") continue;
    const body = bodyOfAction(a, act.open.start);
    if (!body || body.root !== b.root) continue;
    const end = act.close ? act.close.start : text.length;
    decls.push({
      name: w[0].value,
      expr: text.slice(w[2]?.start ?? end, end).replace(/\s+/g, " ").trim(),
      body,
      offset: act.open.start
    });
  }
  const count = /* @__PURE__ */ new Map();
  for (const d of decls) count.set(d.name, (count.get(d.name) ?? 0) + 1);
  const out = {};
  const chain = [];
  for (let p = b.parent; p; p = p.parent) chain.push(p);
  for (const d of decls) {
    if (assigned.has(d.name) || count.get(d.name) !== 1 || d.offset >= at) continue;
    if (!chain.includes(d.body) || !d.body.dotUnchanged) continue;
    out[d.name] = d.expr;
  }
  return out;
}
function dotPathOf(b) {
  const ws = [];
  for (let p = b.parent; p; p = p.parent) {
    if (p.kind === "then" && p.block?.keyword === "range") return void 0;
    if (p.kind === "then" && p.block?.keyword === "with" || p.kind === "else with") ws.unshift(p);
  }
  if (!ws.length) return void 0;
  let dot = "";
  for (const w of ws) {
    const c = w.condition ?? "";
    if (/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(c)) dot = dot + c;
    else if (/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(c)) dot = c.slice(1);
    else return void 0;
  }
  return dot;
}

// src/coverage/index.ts
async function prepareCoverage(config, opts = {}) {
  const dir = mkdtempSync(join(tmpdir(), "helm-guard-coverage-"));
  let done = false;
  const cleanup = () => {
    if (done) return;
    done = true;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const chartDir = join(dir, basename(config.chartDir) || "chart");
    const probes = instrumentChart(config.chartDir, chartDir, opts);
    return { dir, chartDir, probes, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
function coverageOf(prepared, renders, opts) {
  const got = readRegularFile(join(prepared.probes.chartDir, "values.yaml"), 4 * 1024 * 1024);
  let defaults;
  try {
    defaults = "text" in got ? yaml().parse(got.text) : void 0;
  } catch {
    defaults = void 0;
  }
  return buildCoverage(prepared.probes, renders, { ...opts, defaults });
}

export { buildCoverage, coverageOf, prepareCoverage };
