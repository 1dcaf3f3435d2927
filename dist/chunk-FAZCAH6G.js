import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  LineIndex,
  duplicateKeys,
  offsetOfPath
} from "./chunk-YFQ6HRQ2.js";
import {
  jsYaml
} from "./chunk-QGXTLNCR.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";
import {
  filesBelow,
  readChartFile
} from "./chunk-CELDCD26.js";
import {
  inputRegExp
} from "./chunk-V6OQQ5VZ.js";
import {
  yaml
} from "./chunk-5MCEMPDY.js";

// src/manifests/parse.ts
import { isAbsolute, resolve } from "node:path";

// src/manifests/k8s-yaml.ts
var BOOL_TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var bool11 = new jsYaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  // every plain scalar (keys too) is tried against each type: reject most by length before hashing
  resolve: (s) => s !== null && s.length <= 5 && (BOOL_TRUE.has(s) || BOOL_FALSE.has(s)),
  construct: (s) => BOOL_TRUE.has(s),
  predicate: (v) => typeof v === "boolean"
});
function startsNumeric(s) {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46;
}
var INT11 = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/;
var int11 = new jsYaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s) => s !== null && startsNumeric(s) && INT11.test(s) && /[0-9a-fA-F]/.test(s),
  construct: (s) => {
    let t = s.replace(/_/g, "");
    let sign = 1;
    if (t[0] === "-" || t[0] === "+") {
      if (t[0] === "-") sign = -1;
      t = t.slice(1);
    }
    if (t.startsWith("0b")) return sign * parseInt(t.slice(2), 2);
    if (t.startsWith("0x")) return sign * parseInt(t.slice(2), 16);
    if (t.length > 1 && t[0] === "0") return sign * parseInt(t.slice(1), 8);
    return sign * Number(t);
  },
  predicate: (v) => typeof v === "number" && Number.isInteger(v)
});
var builtin = jsYaml.types;
var float = new jsYaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s) => s !== null && startsNumeric(s) && builtin.float.resolve(s),
  construct: builtin.float.construct,
  predicate: builtin.float.predicate,
  represent: builtin.float.represent,
  defaultStyle: builtin.float.defaultStyle ?? void 0
});
var K8S_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtin.null, bool11, int11, float, builtin.merge]
});
function loadK8sYaml(text) {
  return jsYaml.load(text, { schema: K8S_SCHEMA });
}

// src/manifests/align.ts
var NEG = -1e9;
var MAX_ALIGN_CELLS = 8e6;
var UNMATCHED = -50;
var ABSORB = 1;
var EMITTER_MATCH = 1;
var indexes = /* @__PURE__ */ new WeakMap();
var cache = /* @__PURE__ */ new WeakMap();
function indexOf(seg) {
  let ix = indexes.get(seg);
  if (ix) return ix;
  const tl = seg.lines;
  ix = { literal: /* @__PURE__ */ new Map(), patterns: [], emitters: [], low: new Int32Array(tl.length) };
  tl.forEach((t, j) => {
    if (t.kind === "emitter") ix.emitters.push(j);
    else if (t.literal !== void 0) {
      const list = ix.literal.get(t.literal) ?? [];
      list.push(j);
      ix.literal.set(t.literal, list);
    } else ix.patterns.push(j);
    ix.low[j] = t.loopStart >= 0 ? Math.min(t.loopStart, j + 1) : j + 1;
  });
  indexes.set(seg, ix);
  return ix;
}
function align(rendered, seg) {
  const key = rendered.join("\n");
  let segCache = cache.get(seg);
  const hit = segCache?.get(key);
  if (hit) return hit;
  const al = compute(rendered, seg);
  if (!segCache) cache.set(seg, segCache = /* @__PURE__ */ new Map());
  segCache.set(key, al);
  return al;
}
function literalOnly(rendered, seg, map) {
  const ix = indexOf(seg);
  let last = 0;
  let score = 0;
  for (let i = 0; i < rendered.length; i++) {
    const lit = ix.literal.get(rendered[i]);
    if (!lit) continue;
    let lo = 0;
    let hi = lit.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (lit[mid] < last) lo = mid + 1;
      else hi = mid;
    }
    const j = lit[lo] ?? lit[0];
    map[i] = seg.lines[j];
    score += 100 + seg.lines[j].weight;
    last = j;
  }
  return { map, score };
}
function compute(rendered, seg) {
  const tl = seg.lines;
  const n = tl.length;
  const m = rendered.length;
  const map = new Array(m).fill(void 0);
  if (n === 0 || m === 0) return { map, score: 0 };
  if (m * n > MAX_ALIGN_CELLS) return literalOnly(rendered, seg, map);
  const ix = indexOf(seg);
  const low = ix.low;
  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  const back = new Int32Array(m * n);
  const kinds = new Uint8Array(m * n);
  const bucket = new Float64Array(n + 1);
  const bucketArg = new Int32Array(n + 1);
  const prefix = new Float64Array(n + 1);
  const prefixArg = new Int32Array(n + 1);
  const score = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    const r = rendered[i];
    score.fill(NEG);
    for (const j2 of ix.emitters) score[j2] = EMITTER_MATCH;
    const lit = ix.literal.get(r);
    if (lit) for (const j2 of lit) score[j2] = 100 + tl[j2].weight;
    for (const j2 of ix.patterns) {
      const t = tl[j2];
      if (r.startsWith(t.prefix) && t.regex.test(r)) score[j2] = 50 + t.weight;
    }
    if (i > 0) {
      bucket.fill(NEG);
      for (let j2 = 0; j2 < n; j2++) {
        const l = low[j2];
        if (prev[j2] > bucket[l]) {
          bucket[l] = prev[j2];
          bucketArg[l] = j2;
        }
      }
      let best = NEG;
      let arg = -1;
      for (let x = 0; x <= n; x++) {
        if (bucket[x] > best) {
          best = bucket[x];
          arg = bucketArg[x];
        }
        prefix[x] = best;
        prefixArg[x] = arg;
      }
    }
    const row = i * n;
    for (let j2 = 0; j2 < n; j2++) {
      let v = NEG;
      let b = -1;
      let k = 0;
      const ms = score[j2];
      if (ms > NEG) {
        const before = i === 0 ? 0 : prefix[j2];
        if (before > NEG) {
          v = ms + before;
          b = i === 0 ? -1 : prefixArg[j2];
        }
      }
      if (i > 0) {
        if (tl[j2].multi && prev[j2] + ABSORB > v) {
          v = prev[j2] + ABSORB;
          b = j2;
          k = 1;
        }
        if (prev[j2] + UNMATCHED > v) {
          v = prev[j2] + UNMATCHED;
          b = j2;
          k = 2;
        }
      } else if (v === NEG) {
        v = UNMATCHED;
        k = 2;
      }
      cur[j2] = v;
      back[row + j2] = b;
      kinds[row + j2] = k;
    }
    [prev, cur] = [cur, prev];
  }
  let bestJ = 0;
  for (let j2 = 1; j2 < n; j2++) if (prev[j2] > prev[bestJ]) bestJ = j2;
  const total = prev[bestJ];
  let j = bestJ;
  for (let i = m - 1; i >= 0; i--) {
    map[i] = kinds[i * n + j] === 2 ? void 0 : tl[j];
    const b = back[i * n + j];
    if (b < 0) break;
    j = b;
  }
  return { map, score: total };
}

// src/manifests/template.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
var CHART_TEXT = /\.(tpl|ya?ml|txt)$/;
var CONTROL = /^(?:if|else|end|range|with|define|block|break|continue|fail)\b/;
var MULTI_LINE_FUNCS = /\b(?:include|template|toYaml|toJson|toPrettyJson|tpl|nindent|indent|Files\.Get|Files\.Glob|AsConfig|AsSecrets|Lines)\b/;
function scanActions(text) {
  const out = [];
  let i = 0;
  while (true) {
    const open = text.indexOf("{{", i);
    if (open < 0) break;
    let j = open + 2;
    if (text.startsWith("/*", j) || text.startsWith("- /*", j)) {
      const endComment = text.indexOf("*/", j);
      const close = endComment < 0 ? -1 : text.indexOf("}}", endComment);
      if (close < 0) break;
      out.push({ start: open, end: close + 2, body: "/*" });
      i = close + 2;
      continue;
    }
    let quote = null;
    for (; j < text.length - 1; j++) {
      const c = text[j];
      if (quote) {
        if (c === "\\" && quote === '"') j++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "`") quote = c;
      else if (c === "}" && text[j + 1] === "}") break;
    }
    if (j >= text.length - 1) break;
    let body = text.slice(open + 2, j);
    body = body.replace(/^-\s/, "").replace(/\s-$/, "").trim();
    out.push({ start: open, end: j + 2, body });
    i = j + 2;
  }
  return out;
}
var WS = { ws: true };
var ANY = { any: true };
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}
var DIRECT_MAX = 1e6;
var LinePattern = class _LinePattern {
  constructor(toks, source) {
    this.toks = toks;
    this.source = source;
    this.litLength = toks.reduce((n, t) => n + ("lit" in t ? t.lit.length : 0), 1);
  }
  toks;
  source;
  litLength;
  linear;
  toString() {
    return `/${this.source}/`;
  }
  /** The same line under `nindent`: `pad` before it. */
  indented(pad) {
    if (!pad) return this;
    const first = this.toks[0];
    const toks = first && "lit" in first ? [{ lit: pad + first.lit }, ...this.toks.slice(1)] : [{ lit: pad }, ...this.toks];
    return new _LinePattern(toks, "^" + pad + this.source.slice(1));
  }
  test(s) {
    if (s.length * this.litLength > DIRECT_MAX) return (this.linear ??= inputRegExp(this.source)).test(s);
    const toks = this.toks;
    const n = s.length;
    let i = 0;
    let k = 0;
    let star = -1;
    let starEnd = 0;
    for (; ; ) {
      const t = toks[k];
      if (t === void 0) {
        while (i < n && isSpace(s.charCodeAt(i))) i++;
        if (i === n) return true;
      } else if ("any" in t) {
        star = k++;
        starEnd = i;
        continue;
      } else if ("ws" in t) {
        while (i < n && isSpace(s.charCodeAt(i))) i++;
        k++;
        continue;
      } else if (s.startsWith(t.lit, i)) {
        i += t.lit.length;
        k++;
        continue;
      }
      if (star < 0 || starEnd >= n) return false;
      i = ++starEnd;
      k = star + 1;
    }
  }
};
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isControl(body) {
  return body === "/*" || CONTROL.test(body) || /^\$[\w]*\s*:?=/.test(body) || body === "";
}
function defineName(body) {
  const m = /\b(?:include|template)\s+"([^"]+)"/.exec(body);
  return m?.[1];
}
function throughOf(body) {
  const m = /\b(include|template|toYaml|toJson|toPrettyJson|tpl|Files\.Get|Files\.Glob)\b/.exec(body);
  return m?.[1];
}
function includeIndent(body, lineIndent) {
  const m = /^(?:include|template)\s+"([^"]+)"[^|]*(?:\|\s*(nindent|indent)\s+(\d+)\s*)?$/.exec(body);
  if (!m) return void 0;
  if (m[2] === "nindent") return { name: m[1], indent: Number(m[3]) };
  if (lineIndent !== 0) return void 0;
  return { name: m[1], indent: m[2] === "indent" ? Number(m[3]) : 0 };
}
function expandInclude(lines, name, indent, at) {
  const pad = " ".repeat(indent);
  return lines.map((t) => ({
    ...at,
    kind: "pattern",
    weight: t.weight,
    multi: false,
    via: name,
    ...t.literal !== void 0 ? { literal: pad + t.literal } : { regex: t.regex.indented(pad), prefix: pad + (t.prefix ?? "") }
  }));
}
function parseTemplate(path, text, defines) {
  const lines = text.split("\n");
  const lineStarts = [];
  let off = 0;
  for (const l of lines) {
    lineStarts.push(off);
    off += l.length + 1;
  }
  const actions = scanActions(text);
  const actionsByLine = lines.map(() => []);
  const covered = lines.map(() => false);
  let li = 0;
  for (const a of actions) {
    while (li + 1 < lines.length && lineStarts[li + 1] <= a.start) li++;
    actionsByLine[li].push(a);
    let k = li + 1;
    while (k < lines.length && lineStarts[k] < a.end) covered[k++] = true;
  }
  const segments = [];
  let seg = { startLine: 0, lines: [] };
  const stack = [];
  let outerLoop = -1;
  let awaitingLoopStart = false;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].trimEnd();
    if (/^---\s*$/.test(raw) && !stack.some((s) => s.kind === "define")) {
      segments.push(seg);
      seg = { startLine: n + 1, lines: [] };
      continue;
    }
    if (covered[n] && actionsByLine[n].length === 0) {
      continue;
    }
    const acts = actionsByLine[n];
    let literalText = "";
    let pos = lineStarts[n];
    const lineEnd = lineStarts[n] + raw.length;
    const parts = [];
    for (const a of acts) {
      if (a.start > pos) parts.push(text.slice(pos, Math.min(a.start, lineEnd)));
      parts.push(a);
      pos = a.end;
    }
    if (pos < lineEnd) parts.push(text.slice(pos, lineEnd));
    for (const p of parts) if (typeof p === "string") literalText += p;
    for (const a of acts) {
      const kw = /^(if|range|with|define|block|end)\b/.exec(a.body)?.[1];
      if (!kw) continue;
      if (kw === "end") {
        const top = stack.pop();
        if (top?.kind === "range" && !stack.some((s) => s.kind === "range")) {
          outerLoop = -1;
          awaitingLoopStart = false;
        }
      } else {
        stack.push({ kind: kw, contentStart: seg.lines.length });
        if (kw === "range" && outerLoop < 0) awaitingLoopStart = true;
      }
    }
    const inDefine = stack.some((s) => s.kind === "define");
    if (inDefine) continue;
    const inRange = stack.some((s) => s.kind === "range");
    const literalTrim = literalText.trim();
    if (literalTrim === "" && acts.every((a) => isControl(a.body))) continue;
    if (awaitingLoopStart && inRange) {
      outerLoop = seg.lines.length;
      awaitingLoopStart = false;
    }
    const indent = raw.length - raw.trimStart().length;
    const loopStart = inRange ? outerLoop : -1;
    if (literalTrim === "") {
      const body = acts.find((a) => !isControl(a.body)).body;
      const inc = defines ? includeIndent(body, indent) : void 0;
      const expanded = inc ? defines.expand(inc.name) : null;
      if (inc && expanded) {
        seg.lines.push(...expandInclude(expanded, inc.name, inc.indent, { line: n, loopStart, indent }));
        continue;
      }
      seg.lines.push({
        line: n,
        kind: "emitter",
        weight: 0,
        multi: true,
        via: defineName(body),
        through: throughOf(body),
        loopStart,
        indent
      });
      continue;
    }
    if (acts.length === 0) {
      seg.lines.push({
        line: n,
        kind: "pattern",
        literal: raw,
        weight: raw.replace(/\s/g, "").length,
        multi: false,
        loopStart,
        indent
      });
      const km = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(raw);
      if (km && seg.kind === void 0) seg.kind = km[1];
      continue;
    }
    let re = "^";
    const toks = [];
    const first = parts[0];
    const prefix = typeof first === "string" ? first.trimEnd() : "";
    let multi = false;
    let via;
    let through;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (typeof p === "string") {
        const lead = /^\s*/.exec(p)[0];
        const core = p.trim();
        re += (k === 0 ? lead : lead ? "\\s*" : "") + escapeRe(core) + (core && /\s$/.test(p) ? "\\s*" : "");
        if (k === 0 ? lead : "") toks.push({ lit: lead });
        else if (lead) toks.push(WS);
        if (core) toks.push({ lit: core });
        if (core && /\s$/.test(p)) toks.push(WS);
      } else {
        if (isControl(p.body)) {
          if (p.body !== "/*" && !/^\$/.test(p.body)) {
            re += ".*";
            toks.push(ANY);
            break;
          }
          continue;
        }
        re += ".*?";
        toks.push(ANY);
        if (MULTI_LINE_FUNCS.test(p.body)) {
          multi = true;
          via ??= defineName(p.body);
          through ??= throughOf(p.body);
        }
      }
    }
    seg.lines.push({
      line: n,
      kind: "pattern",
      regex: new LinePattern(toks, re + "\\s*$"),
      prefix,
      weight: literalTrim.replace(/\s/g, "").length,
      multi,
      via,
      through,
      loopStart,
      indent
    });
  }
  segments.push(seg);
  return { path, segments: segments.filter((s) => s.lines.length > 0) };
}
function extractDefines(text) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  for (const a of scanActions(text)) {
    const kw = /^(if|range|with|define|block|end)\b/.exec(a.body)?.[1];
    if (!kw) continue;
    if (kw === "end") {
      const top = stack.pop();
      if (top?.kw === "define" && top.name) out.set(top.name, text.slice(top.bodyStart, a.start));
    } else stack.push({ kw, name: kw === "define" ? /"([^"]+)"/.exec(a.body)?.[1] : void 0, bodyStart: a.end });
  }
  return out;
}
function defineResolver(chartRoot) {
  const bodies = /* @__PURE__ */ new Map();
  for (const f of [
    ...filesBelow(join(chartRoot, "templates"), CHART_TEXT, chartRoot),
    ...filesBelow(join(chartRoot, "charts"), CHART_TEXT, chartRoot)
  ]) {
    const text = readChartFile(f, chartRoot);
    if (text !== void 0) {
      for (const [name, body] of extractDefines(text)) if (!bodies.has(name)) bodies.set(name, body);
    }
  }
  const done = /* @__PURE__ */ new Map();
  const resolving = /* @__PURE__ */ new Set();
  const resolver = {
    expand(name) {
      if (done.has(name)) return done.get(name);
      const body = bodies.get(name);
      if (body === void 0 || resolving.has(name)) return null;
      resolving.add(name);
      const parsed = parseTemplate(`define ${name}`, body, resolver);
      resolving.delete(name);
      const lines = parsed.segments.length === 1 ? parsed.segments[0].lines : [];
      const ok = lines.length > 0 && lines.every((t) => t.kind === "pattern" && t.loopStart < 0);
      const result = ok ? lines : null;
      done.set(name, result);
      return result;
    }
  };
  return resolver;
}
function chartRootOf(file) {
  let dir = dirname(file);
  for (let i = 0; i < 12; i++) {
    if (existsSync(join(dir, "Chart.yaml"))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return void 0;
}
var cache2 = /* @__PURE__ */ new Map();
var resolvers = /* @__PURE__ */ new Map();
function loadTemplate(absPath) {
  let t = cache2.get(absPath);
  if (t !== void 0) return t;
  try {
    const root = chartRootOf(absPath);
    const text = readChartFile(absPath, root ?? dirname(absPath));
    if (text === void 0) {
      cache2.set(absPath, null);
      return null;
    }
    let resolver;
    if (root) {
      resolver = resolvers.get(root);
      if (!resolver) resolvers.set(root, resolver = defineResolver(root));
    }
    t = parseTemplate(absPath, text, resolver);
  } catch {
    t = null;
  }
  cache2.set(absPath, t);
  return t;
}

// src/manifests/parse.ts
var customTags = (tags) => tags.filter((t) => typeof t === "string" || t.tag !== "tag:yaml.org,2002:timestamp");
var YAML_OPTS = { version: "1.1", customTags, uniqueKeys: false, prettyErrors: false, strict: false };
var linesOf = (c) => c.lines ??= new LineIndex(c.text);
function splitDocuments(out) {
  const chunks = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let pos = 0;
  const push = (end) => {
    const text = out.slice(start, end);
    if (text.trim() !== "") chunks.push({ startLine, text });
  };
  while (pos <= out.length) {
    let nl = out.indexOf("\n", pos);
    if (nl < 0) nl = out.length;
    if (out.startsWith("---", pos) && /^---\s*$/.test(out.slice(pos, nl))) {
      push(pos);
      start = nl + 1;
      startLine = line + 1;
    }
    pos = nl + 1;
    line++;
  }
  push(out.length);
  for (const c of chunks) {
    const m = /^# Source: (.+)$/m.exec(c.text);
    if (m) c.source = m[1].trim();
  }
  return chunks;
}
var displayCache = /* @__PURE__ */ new Map();
function displayPath(baseDir, abs) {
  const key = baseDir + "\0" + abs;
  let d = displayCache.get(key);
  if (d === void 0) {
    d = repoPath(baseDir, abs);
    displayCache.set(key, d);
  }
  return d;
}
var RenderedDoc = class {
  constructor(combo, index, chunk, doc, object, parses, templateAbs, baseDir) {
    this.parses = parses;
    this.combo = combo;
    this.index = index;
    this.chunk = chunk;
    this.docCache = doc;
    this.object = object;
    this.source = chunk.source;
    this.templateAbs = templateAbs;
    if (templateAbs) this.templateFile = displayPath(baseDir, templateAbs);
    const md = object?.metadata;
    this.resource = {
      apiVersion: typeof object?.apiVersion === "string" ? object.apiVersion : "",
      kind: typeof object?.kind === "string" ? object.kind : "",
      ...typeof md?.name === "string" ? { name: md.name } : {},
      ...typeof md?.namespace === "string" ? { namespace: md.namespace } : {}
    };
  }
  parses;
  combo;
  index;
  source;
  templateFile;
  object;
  resource;
  chunk;
  docCache;
  templateAbs;
  alignment;
  /** The document with source positions: built only when a finding inside it must be located. */
  doc() {
    if (!this.docCache && this.parses) this.docCache = yaml().parseDocument(this.chunk.text, YAML_OPTS);
    return this.docCache;
  }
  /** Align once, lazily: choose the template segment and map rendered lines to template lines. */
  /** The template segments this document may come from: those whose literal kind matches, else all. */
  candidates() {
    const tpl = this.templateAbs ? loadTemplate(this.templateAbs) : null;
    if (!tpl || tpl.segments.length === 0) return [];
    if (tpl.segments.length === 1) return tpl.segments;
    const kind = this.resource.kind || /^kind:\s*["']?(\w+)/m.exec(this.chunk.text)?.[1];
    const byKind = tpl.segments.filter((s) => s.kind === kind);
    const templated = tpl.segments.filter((s) => s.kind === void 0);
    return byKind.length + templated.length > 0 ? [...byKind, ...templated] : tpl.segments;
  }
  aligned() {
    if (this.alignment !== void 0) return this.alignment;
    this.alignment = null;
    const candidates = this.candidates();
    if (candidates.length === 0) return null;
    const raw = this.chunk.text.split("\n");
    const lines = [];
    const lineIdx = new Int32Array(raw.length).fill(-1);
    for (let i = 0; i < raw.length; i++) {
      const l = raw[i].trimEnd();
      if (l === "" || l.startsWith("# Source: ")) continue;
      lineIdx[i] = lines.length;
      lines.push(l);
    }
    let best;
    for (const seg of candidates) {
      const al = align(lines, seg);
      if (!best || al.score > best.al.score) best = { seg, al };
    }
    this.alignment = best ? { ...best, lineIdx } : null;
    return this.alignment;
  }
  /** Template location of a 0-based line of this document's rendered text. */
  locateRenderedLine(chunkLine) {
    if (!this.templateFile) return void 0;
    const a = this.aligned();
    if (!a) return { file: this.templateFile, line: 1, approximate: true };
    let idx = -1;
    for (let l = Math.min(chunkLine, a.lineIdx.length - 1); l >= 0 && idx < 0; l--) idx = a.lineIdx[l];
    const t = idx >= 0 ? a.al.map[idx] : void 0;
    if (!t) {
      const first = a.seg.lines[0];
      return { file: this.templateFile, line: (first?.line ?? a.seg.startLine) + 1, approximate: true };
    }
    const loc = { file: this.templateFile, line: t.line + 1, column: t.indent + 1 };
    if (t.via) loc.via = t.via;
    return loc;
  }
  locate(path = []) {
    if (!this.templateFile) return void 0;
    if (path.length === 0) {
      const c = this.candidates();
      let first;
      if (c.length === 1) first = c[0].lines.find((l) => l.kind !== "emitter") ?? c[0].lines[0];
      else if (c.length > 1) {
        const a = this.aligned();
        first = a?.al.map.find((t) => t !== void 0) ?? a?.seg.lines[0];
      }
      return first ? { file: this.templateFile, line: first.line + 1, column: first.indent + 1 } : { file: this.templateFile, line: 1, approximate: true };
    }
    const doc = this.doc();
    const off = doc ? offsetOfPath(doc, path) : void 0;
    if (off === void 0) return { file: this.templateFile, line: 1, approximate: true };
    return this.locateRenderedLine(linesOf(this.chunk).lineOf(off));
  }
};
function sourceToFile(source, chartDir) {
  const slash = source.indexOf("/");
  if (slash < 0) return void 0;
  const rel = source.slice(slash + 1);
  if (isAbsolute(rel) || rel.split("/").includes("..")) return void 0;
  return resolve(chartDir, rel);
}
var parsedTexts = /* @__PURE__ */ new Map();
var parsedBytes = 0;
var PARSED_MAX_BYTES = 16 * 1024 * 1024;
function deepFreeze(v) {
  if (v === null || typeof v !== "object" || Object.isFrozen(v)) return;
  Object.freeze(v);
  if (Array.isArray(v)) for (const x of v) deepFreeze(x);
  else for (const k in v) deepFreeze(v[k]);
}
function parseOnce(text) {
  if (parsedTexts.has(text)) return parsedTexts.get(text);
  const obj = loadK8sYaml(text);
  deepFreeze(obj);
  if (parsedBytes + text.length > PARSED_MAX_BYTES) {
    parsedTexts.clear();
    parsedBytes = 0;
  }
  parsedTexts.set(text, obj);
  parsedBytes += text.length;
  return obj;
}
function parseRender(output, opts) {
  const chunks = splitDocuments(output);
  const manifests = [];
  const problems = [];
  let index = 0;
  const files = /* @__PURE__ */ new Map();
  for (const chunk of chunks) {
    let templateAbs;
    if (chunk.source) {
      if (!files.has(chunk.source)) files.set(chunk.source, sourceToFile(chunk.source, opts.chartDir));
      templateAbs = files.get(chunk.source);
    }
    let obj;
    let fast = true;
    try {
      obj = parseOnce(chunk.text);
    } catch {
      fast = false;
    }
    if (!fast) {
      const doc = yaml().parseDocument(chunk.text, YAML_OPTS);
      const stub = new RenderedDoc(opts.combo, index, chunk, void 0, {}, false, templateAbs, opts.baseDir);
      const firstSyntax = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
      const errors = duplicateKeys(doc).map((d) => ({
        dup: true,
        pos: d.pos,
        message: ""
      }));
      if (firstSyntax) {
        errors.push({ dup: false, pos: firstSyntax.pos, message: firstSyntax.message });
        errors.sort((a, b) => a.pos[0] - b.pos[0]);
      }
      const lines = linesOf(chunk);
      for (const err of errors) {
        const { dup } = err;
        const chunkLine = lines.lineOf(dup ? err.pos[0] : Math.max(err.pos[0], err.pos[1] - 1));
        const text = err.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
        const keyLine = lines.line(chunkLine)?.trim();
        problems.push({
          rule: dup ? "yaml/duplicate-key" : "yaml/parse-error",
          message: dup ? `Duplicate mapping key "${/^([^:]+):/.exec(keyLine ?? "")?.[1] ?? keyLine}" in rendered ${chunk.source ?? "document"} (output line ${chunk.startLine + chunkLine + 1})` : `Rendered ${chunk.source ?? "document"} is not valid YAML: ${text} (output line ${chunk.startLine + chunkLine + 1})`,
          location: stub.locateRenderedLine(chunkLine) ?? void 0,
          ...chunk.source ? { source: chunk.source } : {},
          locateLine: (l) => stub.locateRenderedLine(l)
        });
      }
      if (errors.length === 0) {
        problems.push({
          rule: "yaml/parse-error",
          message: `Rendered ${chunk.source ?? "document"} is not valid Kubernetes YAML (output line ${chunk.startLine + 1})`,
          location: stub.locate([]),
          ...chunk.source ? { source: chunk.source } : {}
        });
      }
      if (errors.length === 0 || firstSyntax) {
        index++;
        continue;
      }
      obj = doc.toJS({ maxAliasCount: -1 });
    }
    if (obj === null || obj === void 0) continue;
    if (typeof obj !== "object" || Array.isArray(obj)) {
      const stub = new RenderedDoc(opts.combo, index, chunk, void 0, {}, true, templateAbs, opts.baseDir);
      problems.push({
        rule: "manifest/not-a-resource",
        message: `Rendered ${chunk.source ?? "document"} is a ${Array.isArray(obj) ? "list" : typeof obj}, not a Kubernetes resource`,
        location: stub.locate([])
      });
      index++;
      continue;
    }
    const m = new RenderedDoc(
      opts.combo,
      index,
      chunk,
      void 0,
      obj,
      true,
      templateAbs,
      opts.baseDir
    );
    if (!m.resource.apiVersion || !m.resource.kind) {
      problems.push({
        rule: "manifest/not-a-resource",
        message: `Rendered ${chunk.source ?? "document"} has no ${!m.resource.apiVersion ? "apiVersion" : "kind"}`,
        location: m.locate([]),
        resource: m.resource
      });
      index++;
      continue;
    }
    manifests.push(m);
    index++;
  }
  return { manifests, problems, documents: index };
}

export {
  loadK8sYaml,
  sourceToFile,
  parseRender
};
