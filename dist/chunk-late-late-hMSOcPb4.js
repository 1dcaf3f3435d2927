import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, sep, isAbsolute, resolve } from 'node:path';
import { x as inputRegExp, y as distance, q as readChartFile, z as yaml, n as filesBelow, A as closest, B as readRegularFile, u as repoPath, D as jsYaml, L as LineIndex, F as offsetOfPath, H as duplicateKeys, I as toDotted, J as loadState, K as validatorSource, M as compileValidators, N as withDependencies, O as loadDefinitions, P as releaseData, Q as releaseFor, T as crdVersions, V as DEFAULT_RELEASE, W as CATALOG_CRDS, X as loadCatalogValidator, Y as loadCatalogCrd, e as globMatch, Z as InputRegExpError, _ as toPointer, $ as nearest, a0 as level, a1 as atOrAbove, v as checkOf, a2 as secretValues, a3 as collapseLineBreaks, c as compareText, s as sanitizeForTerminal, b as plural, a4 as readSource } from './chunk-start-start-DMJ4eMLv.js';
import { _ as __commonJS, b as __toESM, D as DEFAULT_MAX_OUTPUT_BYTES } from './chunk-boot-BQAnIf4X.js';
import { u as unquote$1, e as lexedText, f as chartSources, h as generatedOnly, m as maskPem, s as sameButNoise, p as parsed$1, j as words, k as readHelmTemplateError, n as goQuote, o as chartPath, g as groupsOf, w as where$1, r as resourceName, l as locationNote, a as groupSpread, b as groupCounts, i as inCombo, q as coverageTextLines } from './chunk-late-start-2SuRt19H.js';
import { readFile, mkdir, writeFile, rename, rm } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, existsSync, readFileSync, statSync } from 'node:fs';
import { isIPv6 } from 'node:net';

const require$d = createRequire(import.meta.url);
const __filename$d = fileURLToPath(import.meta.url);
const __dirname$d = dirname(__filename$d);

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/schemas/state.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var STATE_KEY = "helm-guard.schemas";
var ucs2length = ((m) => typeof m === "function" ? m : m.default)(
  import_ucs2length.default
);
var B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
function goRegExp(pattern, flags) {
  let compiled;
  return {
    // AJV keys the patterns of a schema by this text: it must differ per pattern, as a RegExp's does
    toString: () => `/${pattern}/${flags}`,
    test(s) {
      if (!compiled) {
        try {
          compiled = inputRegExp(pattern, flags);
        } catch {
          compiled = { test: () => true };
        }
      }
      return compiled.test(s);
    }
  };
}
function schemaState() {
  const g = globalThis;
  return g[Symbol.for(STATE_KEY)] ??= {
    t: {},
    formats: {
      byte: { type: "string", validate: (s) => B64.test(s.replace(/[\r\n]/g, "")) },
      "date-time": { type: "string", validate: (s) => DATE_TIME.test(s) }
    },
    re: goRegExp,
    rt: { ucs2length }
  };
}

const require$c = createRequire(import.meta.url);
const __filename$c = fileURLToPath(import.meta.url);
const __dirname$c = dirname(__filename$c);

const chunkIC4MXHTO = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  STATE_KEY,
  schemaState
}, Symbol.toStringTag, { value: 'Module' }));

const require$b = createRequire(import.meta.url);
const __filename$b = fileURLToPath(import.meta.url);
const __dirname$b = dirname(__filename$b);

// src/values/reads.ts
var UNKNOWN = { k: "unknown" };
var LITERAL = { k: "unknown", literal: true };
var TESTS = /* @__PURE__ */ new Set([
  "not",
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "empty",
  "kindIs",
  "kindOf",
  "typeOf",
  "typeIs",
  "typeIsLike",
  "len",
  "semverCompare",
  "contains",
  "hasPrefix",
  "hasSuffix",
  "regexMatch",
  "has"
]);
var MAX_PARENS = 64;
var NOISE = /* @__PURE__ */ new Set([
  "randAlphaNum",
  "randAlpha",
  "randNumeric",
  "randAscii",
  "randBytes",
  "randInt",
  "uuidv4",
  "genCA",
  "genCAWithKey",
  "genPrivateKey",
  "genSelfSignedCert",
  "genSelfSignedCertWithKey",
  "genSignedCert",
  "genSignedCertWithKey",
  "now",
  "unixEpoch",
  "shuffle"
]);
var PASS_THROUGH = /* @__PURE__ */ new Set(["default", "required"]);
function parsePipeline(w, adj) {
  let i = 0;
  const decl = [];
  {
    let j = 0;
    const names = [];
    while (w[j]?.kind === "variable") {
      names.push(w[j].value);
      j++;
      if (w[j]?.kind === "char" && w[j].value === ",") j++;
      else break;
    }
    if (names.length && (w[j]?.kind === "declare" || w[j]?.kind === "assign")) {
      decl.push(...names);
      i = j + 1;
    }
  }
  const cmds = [[]];
  const fieldsAfter = (from) => {
    const fields = [];
    let j = from;
    while (w[j]?.kind === "field" && adj(w[j - 1], w[j])) fields.push(w[j++].value.slice(1));
    return { fields, next: j };
  };
  while (i < w.length) {
    const t = w[i];
    const cmd = cmds.at(-1);
    if (t.kind === "pipe") {
      cmds.push([]);
      i++;
    } else if (t.kind === "lparen") {
      let depth = 1;
      let j = i + 1;
      for (; j < w.length && depth; j++) {
        if (w[j].kind === "lparen") depth++;
        else if (w[j].kind === "rparen") depth--;
      }
      const inner = parsePipeline(w.slice(i + 1, depth ? j : j - 1), adj);
      const { fields, next } = fieldsAfter(j);
      cmd.push({ k: "term", base: "paren", fields, inner, at: t });
      i = next;
    } else if (t.kind === "dot") {
      const { fields, next } = fieldsAfter(i + 1);
      cmd.push({ k: "term", base: "dot", fields, at: t });
      i = next;
    } else if (t.kind === "field") {
      const { fields, next } = fieldsAfter(i + 1);
      cmd.push({ k: "term", base: "field", fields: [t.value.slice(1), ...fields], at: t });
      i = next;
    } else if (t.kind === "variable") {
      const { fields, next } = fieldsAfter(i + 1);
      cmd.push({ k: "term", base: "var", name: t.value, fields, at: t });
      i = next;
    } else if (t.kind === "identifier") {
      cmd.push({ k: "ident", name: t.value, at: t });
      i = fieldsAfter(i + 1).next;
    } else {
      const value = t.kind === "string" || t.kind === "raw" ? unquote$1(t) : t.kind === "number" ? "*" : void 0;
      cmd.push({ k: "lit", ...value !== void 0 ? { value } : {}, at: t });
      i++;
    }
  }
  return { decl, cmds: cmds.filter((c) => c.length) };
}
function readsOf(text, opts) {
  const { lexed } = lexedText(text);
  const out = {
    reads: [],
    calls: [],
    defines: [],
    usesTpl: false,
    noisy: false,
    filesRead: [],
    incomplete: !!lexed.error
  };
  const lineOf = (t) => lexed.lines.line(t.start);
  const prefix = opts.prefix;
  const record = (c, whole) => {
    if (c.k !== "values") return;
    const path = c.path[0] === "global" || !prefix.length ? c.path : [...prefix, ...c.path];
    out.reads.push({ path, whole, file: opts.file, line: lineOf(c.at), direct: c.direct });
  };
  const top = opts.topDot === "unknown" ? UNKNOWN : { k: "root" };
  let dot = top;
  let root = top;
  let vars = /* @__PURE__ */ new Map();
  const stack = [];
  const field = (c, f, at, direct) => {
    if (c.k === "values" && f === "AsMap" && !c.path.length) return c;
    if (c.k === "values") return { ...c, path: [...c.path, f] };
    if (f === "Values") return { k: "values", path: [], direct: direct && c.k === "root", at };
    if (f === "Files" && c.k !== "files") return { k: "files" };
    return UNKNOWN;
  };
  const term = (o) => {
    let c;
    let direct = false;
    if (o.base === "dot" || o.base === "field") {
      c = dot;
      direct = true;
    } else if (o.base === "var") {
      c = o.name === "$" ? root : vars.get(o.name) ?? UNKNOWN;
      direct = o.name === "$";
    } else c = pipeline(o.inner, "value");
    for (const f of o.fields) c = field(c, f, o.at, direct);
    if (c.k === "values") c = { ...c, at: o.at };
    if (c.k === "values" && o.fields.length && c.path.length) record(c, false);
    return c;
  };
  const operand = (o, test) => {
    if (o.k === "term") return term(o);
    if (o.k === "lit" && o.value !== void 0 && o.value.includes("{{")) nested(o.value);
    void test;
    return o.k === "lit" ? LITERAL : UNKNOWN;
  };
  const nested = (s) => {
    const r = readsOf(s, { ...opts, topDot: "root" });
    for (const x of r.reads) out.reads.push({ ...x, line: x.line, direct: false });
  };
  const lit = (o) => o?.k === "lit" ? o.value : void 0;
  const extend = (c, keys) => {
    if (c.k !== "values") return UNKNOWN;
    if (keys.some((k) => k === void 0)) {
      record(c, true);
      return UNKNOWN;
    }
    const r = { ...c, path: [...c.path, ...keys], direct: false };
    record(r, false);
    return r;
  };
  const command = (cmd, piped, test) => {
    const head = cmd[0];
    if (head.k === "term" && head.fields.at(-2) === "Files") {
      const name = lit(cmd[1]);
      const get = head.fields.at(-1);
      if (get === "Get" || get === "Glob" || get === "Lines") {
        const folder = name === void 0 ? void 0 : get === "Glob" ? name.replace(/[*?[{].*$/, "") : name;
        if (folder === void 0 || out.filesRead === "unknown") out.filesRead = "unknown";
        else out.filesRead.push(folder);
      }
    }
    if (head.k !== "ident") {
      const c = operand(head, test);
      if (cmd.length === 1 && !piped) return c;
      record(c, true);
      for (const o of cmd.slice(1)) record(operand(o, test), true);
      if (piped) record(piped, true);
      return UNKNOWN;
    }
    const fn = head.name;
    if (NOISE.has(fn)) out.noisy = true;
    const argOps = cmd.slice(1);
    const args = argOps.map((o) => operand(o, test));
    if (piped) args.push(piped);
    const litArgs = argOps.map(lit);
    switch (fn) {
      case "index": {
        if (piped) {
          for (const a of args) record(a, true);
          return UNKNOWN;
        }
        return extend(args[0] ?? UNKNOWN, argOps.slice(1).map(lit));
      }
      case "get":
        return args[0]?.k === "values" ? extend(args[0], [litArgs[1]]) : UNKNOWN;
      case "hasKey":
        if (args[0]?.k === "values") extend(args[0], [litArgs[1]]);
        return UNKNOWN;
      case "dig": {
        const dict = args.at(-1);
        if (dict?.k === "values") {
          const keys = piped ? litArgs.slice(0, -1) : litArgs.slice(0, -2);
          const r = extend(dict, keys);
          for (const a of args.slice(0, -1)) record(a, true);
          return r;
        }
        for (const a of args) record(a, true);
        return UNKNOWN;
      }
      case "pluck": {
        const key = litArgs[0];
        for (const a of args.slice(1)) if (a.k === "values") record(extend(a, [key]), true);
        return UNKNOWN;
      }
      case "include": {
        const name = litArgs[0];
        const given = args.slice(1);
        if (name !== void 0)
          out.calls.push({ name, context: given.some((a) => a.k !== "values" && !(a.k === "unknown" && a.literal)) });
        for (const a of given) record(a, true);
        return UNKNOWN;
      }
      case "tpl":
        out.usesTpl = true;
        if (args[0]) record(args[0], true);
        for (const a of args.slice(1)) if (a.k === "values") record(a, true);
        return UNKNOWN;
      default:
        if (PASS_THROUGH.has(fn)) {
          const v = [...args].reverse().find((a) => a.k === "values");
          for (const a of args) if (a !== v) record(a, true);
          return v ?? UNKNOWN;
        }
        if (TESTS.has(fn) || test && (fn === "and" || fn === "or")) return UNKNOWN;
        for (const a of args) record(a, true);
        return UNKNOWN;
    }
  };
  const pipeline = (p, use) => {
    let piped;
    for (const cmd of p.cmds) piped = command(cmd, piped, use === "test");
    return piped ?? UNKNOWN;
  };
  const pushFrame = (keyword, extra = {}) => stack.push({ keyword, outerDot: dot, ...extra });
  for (const action of lexed.actions) {
    const all = action.tokens;
    const w = all.filter((t) => t.kind !== "space");
    const adj = (a, b) => a.end === b.start;
    const kw = w[0]?.kind === "keyword" ? w[0].value : void 0;
    const rest = (from) => parsePipeline(w.slice(from), adj);
    let depth = 0;
    let deepest = 0;
    for (const t of w) deepest = Math.max(deepest, depth += t.kind === "lparen" ? 1 : t.kind === "rparen" ? -1 : 0);
    if (deepest > MAX_PARENS) {
      out.incomplete = true;
      continue;
    }
    if (kw === "if") {
      pushFrame("if");
      pipeline(rest(1), "test");
    } else if (kw === "with" || kw === "range") {
      const p = rest(1);
      const c = pipeline(p, "bind");
      const frame = { keyword: kw, outerDot: dot };
      stack.push(frame);
      if (kw === "with") {
        dot = c;
        for (const v of p.decl) vars.set(v, c);
      } else {
        const el = c.k === "values" ? { ...c, path: [...c.path, "*"], direct: false } : UNKNOWN;
        if (el.k === "values") record(el, false);
        dot = el;
        if (p.decl.length === 2) {
          vars.set(p.decl[0], UNKNOWN);
          vars.set(p.decl[1], el);
        } else if (p.decl.length === 1) vars.set(p.decl[0], el);
      }
    } else if (kw === "else") {
      const f = stack.at(-1);
      if (f) dot = f.outerDot;
      const next = w[1]?.kind === "keyword" ? w[1].value : void 0;
      if (next === "if") pipeline(rest(2), "test");
      else if (next === "with") {
        const p = rest(2);
        const c = pipeline(p, "bind");
        dot = c;
        for (const v of p.decl) vars.set(v, c);
      }
    } else if (kw === "end") {
      const f = stack.pop();
      if (f) {
        dot = f.outerDot;
        if (f.outerRoot) root = f.outerRoot;
        if (f.outerVars) vars = f.outerVars;
      }
    } else if (kw === "define" || kw === "block") {
      const name = unquote$1(w[1]);
      if (name !== void 0) out.defines.push(name);
      if (kw === "block") {
        const c = pipeline(rest(2), "value");
        record(c, true);
      }
      stack.push({ keyword: kw, outerDot: dot, outerRoot: root, outerVars: vars });
      dot = UNKNOWN;
      root = UNKNOWN;
      vars = /* @__PURE__ */ new Map();
    } else if (kw === "template") {
      const c = pipeline(rest(2), "value");
      const name = unquote$1(w[1]);
      if (name !== void 0 && w.length > 2)
        out.calls.push({ name, context: c.k !== "values" && !(c.k === "unknown" && c.literal) });
      record(c, true);
    } else if (kw === "break" || kw === "continue" || kw === "nil") {
    } else {
      const p = rest(0);
      const c = pipeline(p, p.decl.length ? "bind" : "value");
      if (p.decl.length) for (const v of p.decl) vars.set(v, c);
      else record(c, true);
    }
  }
  return out;
}

// src/values/index.ts
var PathTree = class _PathTree {
  children = /* @__PURE__ */ new Map();
  /** Everything below may be read (or set): the node is open. */
  whole = false;
  /** The node itself is named (read, or declared). */
  named = false;
  add(path, whole, i = 0) {
    if (i < path.length) {
      let c = this.children.get(path[i]);
      if (!c) this.children.set(path[i], c = new _PathTree());
      return c.add(path, whole, i + 1);
    }
    this.named = true;
    if (whole) this.whole = true;
    return this;
  }
  /**
   * Does the tree cover `path`: a node on the way is open, or the path leads to a node (a key set on the
   * way to something named, or named itself)?
   */
  covers(path, i = 0) {
    if (this.whole) return true;
    if (i === path.length) return true;
    const k = path[i];
    const c = this.children.get(k);
    if (c && c.covers(path, i + 1)) return true;
    const star = this.children.get("*");
    return !!star && star.covers(path, i + 1);
  }
  /** The nodes `path` leads to (through `*` too). */
  nodesAt(path) {
    let cur = [this];
    for (const k of path) {
      const next = [];
      for (const n of cur) {
        const c = n.children.get(k);
        if (c) next.push(c);
        if (k !== "*") {
          const s = n.children.get("*");
          if (s) next.push(s);
        }
      }
      cur = next;
      if (!cur.length) break;
    }
    return cur;
  }
};
var cache$2 = /* @__PURE__ */ new Map();
function valuesIndex(chartDir) {
  let idx = cache$2.get(chartDir);
  if (!idx) cache$2.set(chartDir, idx = buildIndex(chartDir));
  return idx;
}
var sourcesCache = /* @__PURE__ */ new Map();
function sourcesOf(chartDir) {
  let s = sourcesCache.get(chartDir);
  if (!s) sourcesCache.set(chartDir, s = chartSources(chartDir));
  return s;
}
var scanCache = /* @__PURE__ */ new Map();
function quickScan(chartDir) {
  let q = scanCache.get(chartDir);
  if (q) return q;
  const sources = sourcesOf(chartDir);
  const files = sources.list();
  const keyNames = /* @__PURE__ */ new Set(["global"]);
  const roots = /* @__PURE__ */ new Set(["", ...files.map((f) => f.slice(0, f.lastIndexOf("templates/")))]);
  for (const r of roots) {
    addKeyNames(sources.read(`${r}values.yaml`) ?? "", keyNames);
    for (const m of sources.read(`${r}values.schema.json`)?.matchAll(/"([^"\\]+)"\s*:/g) ?? []) keyNames.add(m[1]);
  }
  let suspect = false;
  let noisy = false;
  const near = /* @__PURE__ */ new Map();
  for (const f of files) {
    const text = sources.read(f);
    if (text === void 0 || !text.includes("{{")) continue;
    if (!noisy && !f.endsWith("NOTES.txt") && callsNoise(text)) noisy = true;
    if (!suspect) {
      for (const m of text.matchAll(/\.Values((?:\.[\p{L}_][\p{L}\p{Nd}_]*)+)/gu))
        if (m[1].slice(1).split(".").some((k) => !keyNames.has(k) && nearName(k, keyNames, near))) {
          suspect = true;
          break;
        }
    }
  }
  scanCache.set(chartDir, q = { keyNames, suspect, noisy });
  return q;
}
function nearName(k, names, memo) {
  let v = memo.get(k);
  if (v !== void 0) return v;
  v = false;
  const lk = k.toLowerCase();
  if (k.length >= 4 && k.length <= 200) {
    for (const n of names)
      if (Math.abs(n.length - k.length) <= 2 && distance(lk, n.toLowerCase()) <= 2) {
        v = true;
        break;
      }
  }
  memo.set(k, v);
  return v;
}
var NOISE_WORD = /\b(?:randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|now|unixEpoch|shuffle)\b/;
function callsNoise(text) {
  for (let i = text.indexOf("{{"); i >= 0; ) {
    const j = text.indexOf("}}", i + 2);
    if (NOISE_WORD.test(text.slice(i + 2, j < 0 ? text.length : j))) return true;
    if (j < 0) return false;
    i = text.indexOf("{{", j + 2);
  }
  return false;
}
function chartMeta(dir, root) {
  const text = readChartFile(join(dir, "Chart.yaml"), root);
  if (text === void 0) return { dependencies: [] };
  try {
    const o = yaml().parseDocument(text).toJS();
    const deps = Array.isArray(o?.dependencies) ? o.dependencies : [];
    return {
      ...typeof o?.name === "string" ? { name: o.name } : {},
      ...typeof o?.type === "string" ? { type: o.type } : {},
      dependencies: deps.filter((d) => d && typeof d.name === "string")
    };
  } catch {
    return { dependencies: [] };
  }
}
function addKeyNames(text, names) {
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    const next = text[i + 1];
    if (next !== void 0 && next !== " " && next !== "	" && next !== "\n" && next !== "\r") continue;
    let end = i;
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "	")) end--;
    if (text[end - 1] === '"' || text[end - 1] === "'") end--;
    let start = end;
    while (start > 0 && !/[\s#:"'{}[\],]/.test(text[start - 1])) start--;
    if (start < end) names.add(text.slice(start, end));
  }
}
function flowEnd(t) {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '"' || c === "'") {
      const m = (c === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/).exec(t.slice(i));
      if (!m) return -1;
      i += m[0].length - 1;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (--depth === 0) return i;
    }
  }
  return -1;
}
function scanValuesText(text) {
  const out = [];
  const stack = [];
  let skipAbove = -1;
  let skipDash = false;
  let pending;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].endsWith("\r") ? lines[i].slice(0, -1) : lines[i];
    const t = l.trimStart();
    if (!t || t.startsWith("#")) continue;
    const indent = l.length - t.length;
    if (l.slice(0, indent).includes("	")) return void 0;
    const dash = t === "-" || t.startsWith("- ");
    if (skipAbove >= 0) {
      if (indent > skipAbove || skipDash && indent === skipAbove && dash) continue;
      skipAbove = -1;
      skipDash = false;
    }
    if (indent === 0 && !out.length && !pending && /^---\s*(?:#.*)?$/.test(t)) continue;
    if (indent === 0 && /^(?:---|\.\.\.|%)/.test(t)) return void 0;
    if (pending) {
      const p = pending;
      pending = void 0;
      if (dash && indent >= p.indent) {
        skipAbove = p.indent;
        skipDash = true;
        continue;
      }
      if (indent > p.indent && (/^\{\s*\}/.test(t) || t[0] === "[")) {
        const end = flowEnd(t);
        if (end < 0 || !/^\s*(?:#.*)?$/.test(t.slice(end + 1))) return void 0;
        skipAbove = p.indent;
        continue;
      }
      if (indent > p.indent) {
        p.at.leaf = false;
        p.at.open = false;
        stack.push({ indent: p.indent, path: p.at.path });
      }
    }
    if (dash) return void 0;
    while (stack.length && stack.at(-1).indent >= indent) stack.pop();
    const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#?&*!|>{}[\],%@`~-][^\n]*?|-[^\s][^\n]*?)[ \t]*:(?:[ \t]+|$)/.exec(t);
    if (!m) return void 0;
    let key = m[1];
    if (key.startsWith('"')) {
      try {
        key = JSON.parse(key);
      } catch {
        return void 0;
      }
    } else if (key.startsWith("'")) key = key.slice(1, -1).replace(/''/g, "'");
    else if (key === "<<" || /^[-+.0-9]/.test(key) || /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(key))
      return void 0;
    const at = { path: [...stack.at(-1)?.path ?? [], key], line: i + 1, open: true, leaf: true };
    out.push(at);
    const rest = t.slice(m[0].length).replace(/^&[^\s{}[\],]+(?:[ \t]+|$)/, "");
    if (rest.startsWith("*")) {
      if (!/^\*[^\s{}[\],]+\s*(?:#.*)?$/.test(rest)) return void 0;
      skipAbove = indent;
      continue;
    }
    if (!rest || rest.startsWith("#")) {
      pending = { at, indent };
      continue;
    }
    const c = rest[0];
    if (c === "&" || c === "*" || c === "!") return void 0;
    if (c === "{" || c === "[") {
      if (c === "{" && !/^\{\s*\}/.test(rest)) return void 0;
      const end = flowEnd(rest);
      if (end < 0 || !/^\s*(?:#.*)?$/.test(rest.slice(end + 1))) return void 0;
    } else if (c === '"' || c === "'") {
      const q = (c === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/).exec(rest);
      if (!q || !/^\s*(?:#.*)?$/.test(rest.slice(q[0].length))) return void 0;
      at.open = false;
    } else if (c === "|" || c === ">") {
      if (!/^[|>][-+0-9]*\s*(?:#.*)?$/.test(rest)) return void 0;
      at.open = false;
    } else {
      const v = rest.replace(/\s+#.*$/, "").trim();
      at.open = v === "~" || v === "null" || v === "Null" || v === "NULL";
    }
    skipAbove = indent;
  }
  return out;
}
function walkValuesText(text, emit) {
  const scanned = scanValuesText(text);
  if (scanned) {
    for (const k of scanned) emit(k.path, k.line, k.open, void 0, k.leaf);
    return;
  }
  parseValuesText(text, emit);
}
function parseValuesText(text, emit) {
  const lc = new (yaml()).LineCounter();
  const doc = yaml().parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) throw new Error(doc.errors[0].message);
  const walk = (node, path) => {
    if (!yaml().isMap(node)) return;
    for (const p of node.items) {
      if (!yaml().isScalar(p.key)) continue;
      const key = String(p.key.value);
      if (key === "<<") continue;
      const line = lc.linePos(p.key.range?.[0] ?? 0).line;
      const v = p.value;
      const at = [...path, key];
      if (yaml().isMap(v) && v.items.length) {
        emit(at, line, false, void 0, false);
        walk(v, at);
      } else {
        const open = v === null || yaml().isScalar(v) && v.value === null || yaml().isSeq(v) || yaml().isMap(v) || !yaml().isScalar(v);
        emit(at, line, open, yaml().isScalar(v) ? v.value : void 0, true);
      }
    }
  };
  walk(doc.contents, []);
}
function commentedKeys(text, keyLines) {
  const out = [];
  const stack = [];
  text.split("\n").forEach((l, i) => {
    const indent = l.length - l.trimStart().length;
    const path = keyLines.get(i + 1);
    if (path) {
      while (stack.length && stack.at(-1).indent >= indent) stack.pop();
      stack.push({ indent, path });
      return;
    }
    const m = /^([ \t]*)#+[ \t]*([A-Za-z_][\w-]*):(?:\s|$)/.exec(l);
    if (!m) return;
    const col = m[1].length;
    let parent = [];
    for (let k = stack.length - 1; k >= 0; k--) {
      const e = stack[k];
      if (e.indent < col) parent = e.path;
      else if (e.indent === col) parent = e.path.slice(0, -1);
      else continue;
      break;
    }
    out.push({ path: [...parent, m[2]], line: i + 1 });
  });
  return out;
}
function schemaPaths(schema, prefix, tree, depth = 0) {
  if (!schema || typeof schema !== "object" || depth > 64) return;
  const s = schema;
  const props = s.properties && typeof s.properties === "object" ? s.properties : void 0;
  const ap = s.additionalProperties;
  const open = !props && s.type !== "string" && s.type !== "number" && s.type !== "integer" && s.type !== "boolean" || ap !== void 0 && ap !== false || !!s.patternProperties || !!s.$ref || !!s.allOf || !!s.anyOf || !!s.oneOf || !!s.if;
  tree.add(prefix, open);
  for (const [k, v] of Object.entries(props ?? {})) schemaPaths(v, [...prefix, k], tree, depth + 1);
}
function buildIndex(chartDir) {
  const reads = new PathTree();
  const readList = [];
  let usesTpl = false;
  let filesUnknown = false;
  const defined = /* @__PURE__ */ new Set();
  const calls = [];
  const tplFiles = [];
  const valuesTexts = [];
  const root = chartDir;
  const charts = [];
  const visit = (dir, rel, prefix, depth) => {
    charts.push({ dir, rel, prefix });
    const meta = chartMeta(dir, root);
    for (const d of meta.dependencies) {
      if (typeof d.condition === "string") {
        for (const c of d.condition.split(",")) if (c.trim()) reads.add([...prefix, ...c.trim().split(".")], false);
      }
      for (const t of Array.isArray(d.tags) ? d.tags : [])
        if (typeof t === "string") reads.add([...prefix, "tags", t], false);
    }
    const sub = join(dir, "charts");
    let entries = [];
    try {
      entries = readdirSync(sub);
    } catch {
    }
    const unpacked = /* @__PURE__ */ new Set();
    for (const e of entries) {
      const d = join(sub, e);
      if (!existsSync(join(d, "Chart.yaml"))) continue;
      const m = chartMeta(d, root);
      const name = m.name ?? e;
      if (depth > 8) {
        reads.add([...prefix, name], true);
        continue;
      }
      unpacked.add(name);
      const deps = meta.dependencies.filter((x) => x.name === name);
      const names = m.type === "library" ? [""] : deps.length ? deps.map((x) => x.alias ?? name) : [name];
      for (const n of names) visit(d, `${rel}charts/${e}/`, n ? [...prefix, n] : prefix, depth + 1);
    }
    for (const d of meta.dependencies)
      if (!unpacked.has(d.name)) {
        reads.add([...prefix, d.alias ?? d.name], true);
        reads.add(["global"], true);
      }
    for (const e of entries)
      if (/\.tgz$/.test(e)) {
        const name = e.replace(/-v?\d[\w.+-]*\.tgz$|\.tgz$/, "");
        reads.add([...prefix, name], true);
        for (const d of meta.dependencies) if (d.name === name && d.alias) reads.add([...prefix, d.alias], true);
        reads.add(["global"], true);
      }
  };
  visit(chartDir, "", [], 0);
  const sources = sourcesOf(chartDir);
  const files = sources.list();
  const decl = [];
  const keyNames = /* @__PURE__ */ new Set(["global"]);
  for (const c of charts) {
    for (const k of c.prefix) keyNames.add(k);
    const vf = `${c.rel}values.yaml`;
    const vtext = sources.read(vf);
    const stext = sources.read(`${c.rel}values.schema.json`);
    const odd = vtext === void 0 && existsSync(join(c.dir, "values.yaml")) || stext === void 0 && existsSync(join(c.dir, "values.schema.json"));
    decl.push({ c, vf, ...vtext !== void 0 ? { vtext } : {}, ...stext !== void 0 ? { stext } : {}, odd });
    if (vtext !== void 0) {
      valuesTexts.push({ text: vtext, prefix: c.prefix, file: vf });
      addKeyNames(vtext, keyNames);
    }
    if (stext !== void 0) for (const m of stext.matchAll(/"([^"\\]+)"\s*:/g)) keyNames.add(m[1]);
  }
  let parsedDecl;
  const declarations = () => {
    if (parsedDecl) return parsedDecl;
    const declared = new PathTree();
    const documented = new PathTree();
    const defaults = [];
    for (const { c, vtext, stext, odd } of decl) {
      if (odd) declared.add(c.prefix, true);
      if (vtext !== void 0) {
        try {
          const keyLines = /* @__PURE__ */ new Map();
          walkValuesText(vtext, (path, line, open) => {
            declared.add([...c.prefix, ...path], open);
            keyLines.set(line, path);
            if (!c.rel) defaults.push({ path, line });
          });
          for (const k of commentedKeys(vtext, keyLines)) documented.add([...c.prefix, ...k.path], true);
        } catch {
          declared.add(c.prefix, true);
        }
      }
      if (stext !== void 0) {
        try {
          schemaPaths(JSON.parse(stext), c.prefix, declared);
        } catch {
          declared.add(c.prefix, true);
        }
      }
    }
    return parsedDecl = { declared, documented, defaults };
  };
  let readsDone = false;
  const templateReads = () => {
    if (readsDone) return;
    readsDone = true;
    for (const c of charts) {
      for (const f of files) {
        if (!f.startsWith(`${c.rel}templates/`)) continue;
        const text = sources.read(f);
        if (text === void 0) {
          reads.add(c.prefix, true);
          continue;
        }
        if (!text.includes("{{")) continue;
        const r = readsOf(text, { file: f, prefix: c.prefix, topDot: "root" });
        if (r.incomplete) reads.add(c.prefix, true);
        if (r.usesTpl) usesTpl = true;
        if (r.filesRead === "unknown") filesUnknown = true;
        else if (r.filesRead.length) tplFiles.push({ dir: c.dir, prefix: c.prefix, files: r.filesRead });
        for (const x of r.reads) {
          reads.add(x.path, x.whole);
          readList.push(x);
        }
        for (const d of r.defines) defined.add(d);
        for (const call of r.calls) if (call.context) calls.push({ name: call.name, prefix: c.prefix });
      }
    }
    for (const call of calls)
      if (!defined.has(call.name)) {
        reads.add(call.prefix, true);
        reads.add(["global"], true);
      }
    if (usesTpl) {
      for (const v of valuesTexts)
        if (v.text.includes("{{"))
          for (const x of readsOf(v.text, { file: v.file, prefix: v.prefix, topDot: "root" }).reads)
            reads.add(x.path, x.whole);
      if (filesUnknown) reads.add([], true);
      else
        for (const t of tplFiles) {
          const below = filesBelow(t.dir, /(?:)/, root).map((f) => relative(t.dir, f).split(sep).join("/"));
          for (const f of below) {
            if (!t.files.some(
              (x) => f === x || f.startsWith(x.endsWith("/") || !x ? x : `${x}/`) || x && f.startsWith(x)
            ))
              continue;
            const text = readChartFile(join(t.dir, f), root);
            if (text === void 0) reads.add(t.prefix, true);
            else if (text.includes("{{"))
              for (const x of readsOf(text, { file: f, prefix: t.prefix, topDot: "root" }).reads)
                reads.add(x.path, x.whole);
          }
        }
    }
  };
  return {
    get reads() {
      templateReads();
      return reads;
    },
    get declared() {
      return declarations().declared;
    },
    get documented() {
      return declarations().documented;
    },
    get defaults() {
      return declarations().defaults;
    },
    keyNames,
    get readList() {
      templateReads();
      return readList;
    },
    ...sources.read("values.yaml") !== void 0 ? { valuesFile: "values.yaml" } : {},
    get usesTpl() {
      templateReads();
      return usesTpl;
    }
  };
}
function isKnown(idx, path, extra) {
  return path.every((k) => idx.keyNames.has(k)) || idx.declared.covers(path) || idx.documented.covers(path) || idx.reads.covers(path) || !!extra?.()?.covers(path);
}
function namesAt(idx, path) {
  const out = /* @__PURE__ */ new Set();
  for (const t of [idx.reads, idx.declared])
    for (const n of t.nodesAt(path)) for (const k of n.children.keys()) if (k !== "*") out.add(k);
  return out;
}
function suggestPath(idx, path) {
  if (path.some((k) => k.length > 200)) return void 0;
  let i = 0;
  while (i < path.length && namesAt(idx, path.slice(0, i)).has(path[i])) i++;
  if (i >= path.length) return void 0;
  const near = closest(path[i], namesAt(idx, path.slice(0, i)));
  if (!near) return void 0;
  const full = [...path.slice(0, i), near, ...path.slice(i + 1)];
  if (isKnown(idx, full) && namesAtAll(idx, full)) return full.join(".");
  return [...path.slice(0, i), near].join(".");
}
function namesAtAll(idx, path) {
  for (let i = 0; i < path.length; i++) if (!namesAt(idx, path.slice(0, i)).has(path[i])) return false;
  return true;
}

// src/values/keys.ts
function setKeyPath(key) {
  const out = [];
  let cur = "";
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (c === "\\" && i + 1 < key.length) cur += key[++i];
    else if (c === ".") {
      out.push(cur);
      cur = "";
    } else if (c === "[") {
      out.push(cur);
      return out.filter((k) => k !== "");
    } else cur += c;
  }
  out.push(cur);
  return out.filter((k) => k !== "");
}
function leaves(o, path, emit) {
  if (o && typeof o === "object" && !Array.isArray(o) && Object.keys(o).length) {
    for (const [k, v] of Object.entries(o)) leaves(v, [...path, k], emit);
  } else if (path.length) emit(path, o);
}
var keysCache = /* @__PURE__ */ new WeakMap();
function comboKeys(combo, baseDir) {
  const hit = keysCache.get(combo);
  if (hit?.baseDir === baseDir) return hit.keys;
  const keys = [...combo.valuesFiles.flatMap((f) => fileKeys(f, baseDir)), ...inlineKeys(combo)];
  keysCache.set(combo, { baseDir, keys });
  return keys;
}
var textCache = /* @__PURE__ */ new Map();
function valuesFileText(file) {
  if (!textCache.has(file)) {
    const r = readRegularFile(file, 16 << 20);
    textCache.set(file, "text" in r ? r.text : void 0);
  }
  return textCache.get(file);
}
var fileCache$1 = /* @__PURE__ */ new Map();
function fileKeys(f, baseDir) {
  const at = `${baseDir}\0${f}`;
  const hit = fileCache$1.get(at);
  if (hit) return hit;
  const out = [];
  const text = valuesFileText(f);
  const file = repoPath(baseDir, f);
  if (text !== void 0)
    try {
      walkValuesText(text, (path, line, _open, value, leaf) => {
        if (leaf)
          out.push({
            path,
            shown: path.join("."),
            location: { file, line },
            ...typeof value === "string" ? { value } : {}
          });
      });
    } catch {
    }
  fileCache$1.set(at, out);
  return out;
}
function inlineKeys(combo) {
  const out = [];
  const add = (path, shown, value, at) => {
    const key = { path, shown, ...typeof value === "string" ? { value } : {} };
    Object.defineProperty(key, "location", { get: () => combo.at?.(at), enumerable: true, configurable: true });
    out.push(key);
  };
  for (const v of combo.values) leaves(v, [], (path, value) => add(path, path.join("."), value, ["values", ...path]));
  for (const kind of ["set", "setString"])
    for (const [k, value] of Object.entries(combo[kind])) add(setKeyPath(k), k, value, [kind, k]);
  return out;
}

// src/values/check.ts
function tplReads(idx, combo) {
  if (!idx.usesTpl) return void 0;
  const texts = [];
  for (const f of combo.valuesFiles) {
    const text = valuesFileText(f);
    if (text !== void 0) texts.push(text);
  }
  texts.push(JSON.stringify([combo.values, combo.set, combo.setString]));
  let t;
  for (const text of texts)
    if (text.includes("{{"))
      for (const r of readsOf(text, { file: "", prefix: [], topDot: "root" }).reads)
        (t ??= new PathTree()).add(r.path, r.whole);
  return t;
}
function keysToCheck(combo, config) {
  const { keyNames } = quickScan(config.chartDir);
  const files = combo.valuesFiles.filter((f) => {
    const names = /* @__PURE__ */ new Set();
    addKeyNames(valuesFileText(f) ?? "", names);
    return [...names].some((n) => !keyNames.has(n));
  });
  const inline = inlineKeys(combo).filter((k) => k.path.some((n) => !keyNames.has(n)));
  return { files, inline };
}
function unknownKeys(combo, config, baseDir) {
  const { files, inline } = keysToCheck(combo, config);
  if (!inline.length && !files.length) return [];
  const idx = valuesIndex(config.chartDir);
  const keys = [...files.flatMap((f) => fileKeys(f, baseDir)), ...inline];
  let extra = null;
  const tpl = () => extra === null ? extra = tplReads(idx, combo) : extra;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const k of keys) {
    if (!k.path.length || isKnown(idx, k.path, tpl)) continue;
    const at = `${k.location?.file}:${k.location?.line}:${k.shown}`;
    if (seen.has(at)) continue;
    seen.add(at);
    const near = suggestPath(idx, k.path);
    out.push({
      severity: "error",
      rule: "values/unknown-key",
      combo: combo.name,
      message: `${k.shown} goes nowhere: no template reads it and neither values.yaml nor values.schema.json declares it, so helm ignores it${near ? `; did you mean ${near}?` : ""}`,
      ...k.location ? { location: k.location } : {}
    });
  }
  return out;
}
function undefinedReads(config, baseDir) {
  if (!quickScan(config.chartDir).suspect) return [];
  const idx = valuesIndex(config.chartDir);
  const near = /* @__PURE__ */ new Map();
  const candidates = idx.readList.filter(
    (r) => r.direct && r.path.length && !r.path.includes("*") && r.path.some((k) => !idx.keyNames.has(k) && nearName(k, idx.keyNames, near))
  );
  if (!candidates.length) return [];
  const set = new PathTree();
  for (const c of config.combos) for (const k of comboKeys(c, baseDir)) set.add(k.path, false);
  const chart = repoPath(baseDir, config.chartDir);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of candidates) {
    if (idx.declared.covers(r.path) || idx.documented.covers(r.path) || set.covers(r.path)) continue;
    let i = 0;
    let nodes = [idx.declared];
    while (i < r.path.length) {
      const next = nodes.flatMap((n) => n.children.get(r.path[i]) ? [n.children.get(r.path[i])] : []);
      if (!next.length) break;
      nodes = next;
      i++;
    }
    if (i === 0 || nodes.some((n) => n.whole)) continue;
    const siblings = new Set(nodes.flatMap((n) => [...n.children.keys()]));
    const name = r.path[i];
    if (name.length < 4) continue;
    const near2 = closest(name, siblings);
    if (!near2 || distance(name.toLowerCase(), near2.toLowerCase()) > 2) continue;
    const key = `${r.file}\0${r.path.join(".")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const shown = r.path.join(".");
    out.push({
      severity: "warning",
      rule: "values/undefined",
      combo: "",
      message: `.Values.${shown} is read here, but no values file, schema or combo defines ${r.path.slice(0, i + 1).join(".")}: it is always empty; did you mean ${[...r.path.slice(0, i), near2].join(".")}?`,
      location: { file: join(chart, r.file).split("\\").join("/"), line: r.line }
    });
  }
  return out;
}
function unusedDefaults(config, baseDir) {
  const idx = valuesIndex(config.chartDir);
  if (!idx.valuesFile) return [];
  const file = repoPath(baseDir, join(config.chartDir, idx.valuesFile));
  const out = [];
  const reported = [];
  for (const d of idx.defaults) {
    if (reported.some((p) => p.length <= d.path.length && p.every((k, i) => d.path[i] === k))) continue;
    if (idx.reads.covers(d.path)) continue;
    reported.push(d.path);
    out.push({
      severity: "notice",
      rule: "values/unused",
      combo: "",
      message: `${d.path.join(".")} is set in values.yaml but no template reads it`,
      location: { file, line: d.line }
    });
  }
  return out;
}
function renderFingerprint(stdout) {
  return stdout.split(/^---[ \t]*$/m).map((d) => d.trim()).filter((d) => d && d.split("\n").some((l) => l.trim() && !l.trimStart().startsWith("#"))).sort().join("\0");
}
function warmIndex(config) {
  try {
    const q = quickScan(config.chartDir);
    const keys = config.combos.some((c) => {
      const k = keysToCheck(c, config);
      return k.files.length || k.inline.length;
    });
    if (keys || q.suspect) void valuesIndex(config.chartDir).declared;
    if (q.suspect) void valuesIndex(config.chartDir).readList;
  } catch {
  }
}
function noisyChart(config) {
  return quickScan(config.chartDir).noisy;
}
async function duplicateCombos(rendered, baseDir, again) {
  const keySets = /* @__PURE__ */ new Map();
  const keysOf = (r) => {
    let k = keySets.get(r);
    if (!k) keySets.set(r, k = new Set(comboKeys(r.combo, baseDir).map((x) => x.path.join("."))));
    return k;
  };
  const alike = /* @__PURE__ */ new Map();
  for (const r of rendered) {
    const k = r.stdout === void 0 ? r.fingerprint : "generated";
    alike.set(k, (alike.get(k) ?? 0) + 1);
  }
  const lonely = (r) => r.stdout === void 0 && alike.get(r.fingerprint) === 1;
  const versions = (c) => `${c.kubeVersion ?? ""}\0${[...c.apiVersions].sort().join(",")}`;
  const againOf = /* @__PURE__ */ new Map();
  const second = (r) => {
    let m = againOf.get(r);
    if (!m) againOf.set(r, m = r.stdout !== void 0 && again ? again(r.combo) : Promise.resolve(void 0));
    return m;
  };
  const same = async (a, b) => {
    if (a.fingerprint === b.fingerprint) return true;
    if (a.stdout === void 0 || b.stdout === void 0 || !generatedOnly(a.stdout, b.stdout)) return false;
    const [a2, b2] = await Promise.all([second(a), second(b)]);
    if (a2 === void 0 || b2 === void 0) return false;
    const [ma, ma2] = maskPem(a.stdout, a2);
    const [mb, mb2] = maskPem(b.stdout, b2);
    const la = ma.split("\n");
    const lb = mb.split("\n");
    if (la.length !== lb.length) return false;
    const la2 = ma2.split("\n");
    const lb2 = mb2.split("\n");
    if (la2.length !== la.length || lb2.length !== lb.length) return false;
    return la.every((l, i) => l === lb[i] || sameButNoise(l, la2[i], lb[i], lb2[i]));
  };
  const out = [];
  for (const [i, c] of rendered.entries()) {
    if (c.combo.expect.failure || lonely(c)) continue;
    const mine = keysOf(c);
    if (!mine.size) continue;
    const bases = rendered.filter((b, j) => {
      if (b === c || lonely(b) || versions(b.combo) !== versions(c.combo)) return false;
      if (b.fingerprint !== c.fingerprint && (b.stdout === void 0 || c.stdout === void 0)) return false;
      const theirs = keysOf(b);
      if (theirs.size > mine.size || theirs.size === mine.size && j > i) return false;
      return [...theirs].every((k) => mine.has(k));
    }).sort((a, b) => keysOf(a).size - keysOf(b).size);
    let base;
    for (const b of bases)
      if (await same(c, b)) {
        base = b;
        break;
      }
    if (!base) continue;
    const location = c.combo.at?.(["name"]) ?? zeroConfigFile(c.combo, baseDir);
    out.push({
      combo: c.combo,
      finding: {
        severity: "warning",
        rule: "matrix/duplicate-combo",
        combo: c.combo.name,
        message: `${c.combo.name} renders exactly what ${base.combo.name} renders: the values it adds change nothing, so it tests nothing more`,
        ...location ? { location } : {}
      }
    });
  }
  return out;
}
function zeroConfigFile(c, baseDir) {
  const f = c.valuesFiles.at(-1);
  return f ? { file: repoPath(baseDir, f), line: 1 } : void 0;
}

const require$a = createRequire(import.meta.url);
const __filename$a = fileURLToPath(import.meta.url);
const __dirname$a = dirname(__filename$a);

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
var indexes$1 = /* @__PURE__ */ new WeakMap();
var cache$1 = /* @__PURE__ */ new WeakMap();
function indexOf(seg) {
  let ix = indexes$1.get(seg);
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
  indexes$1.set(seg, ix);
  return ix;
}
function align(rendered, seg) {
  const key = rendered.join("\n");
  let segCache = cache$1.get(seg);
  const hit = segCache?.get(key);
  if (hit) return hit;
  const al = compute(rendered, seg);
  if (!segCache) cache$1.set(seg, segCache = /* @__PURE__ */ new Map());
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
var CHART_TEXT$1 = /\.(tpl|ya?ml|txt)$/;
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
    ...filesBelow(join(chartRoot, "templates"), CHART_TEXT$1, chartRoot),
    ...filesBelow(join(chartRoot, "charts"), CHART_TEXT$1, chartRoot)
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

const require$9 = createRequire(import.meta.url);
const __filename$9 = fileURLToPath(import.meta.url);
const __dirname$9 = dirname(__filename$9);

// src/util/is-object.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const require$8 = createRequire(import.meta.url);
const __filename$8 = fileURLToPath(import.meta.url);
const __dirname$8 = dirname(__filename$8);

// src/rules/pods.ts
var TEMPLATE_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job"
]);
var SELECTOR_KINDS = TEMPLATE_KINDS;
function podSpecOf(m) {
  const o = m.object;
  const kind = m.resource.kind;
  if (!isObject(o.spec)) return void 0;
  if (kind === "Pod") {
    return {
      manifest: m,
      kind,
      spec: o.spec,
      specPath: ["spec"],
      metadata: isObject(o.metadata) ? o.metadata : void 0,
      metadataPath: ["metadata"]
    };
  }
  let wsPath;
  let ws;
  if (TEMPLATE_KINDS.has(kind)) {
    wsPath = ["spec"];
    ws = o.spec;
  } else if (kind === "CronJob") {
    wsPath = ["spec", "jobTemplate", "spec"];
    ws = isObject(o.spec.jobTemplate) ? o.spec.jobTemplate.spec : void 0;
  } else return void 0;
  if (!isObject(ws) || !isObject(ws.template) || !isObject(ws.template.spec)) return void 0;
  return {
    manifest: m,
    kind,
    spec: ws.template.spec,
    specPath: [...wsPath, "template", "spec"],
    metadata: isObject(ws.template.metadata) ? ws.template.metadata : void 0,
    metadataPath: [...wsPath, "template", "metadata"],
    workloadSpecPath: wsPath
  };
}
var LISTS = ["initContainers", "containers", "ephemeralContainers"];
function containersOf(pod) {
  const out = [];
  for (const list of LISTS) {
    const arr = pod.spec[list];
    if (!Array.isArray(arr)) continue;
    arr.forEach((c, index) => {
      if (isObject(c)) out.push({ pod, container: c, list, index, path: [...pod.specPath, list, index] });
    });
  }
  return out;
}
function str$1(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function podReferences(pod) {
  const out = [];
  const ref = (kind, holder, at, field, via, optional = true) => {
    if (!isObject(holder)) return;
    const name = str$1(holder[field]);
    if (name) out.push({ kind, name, path: [...at, field], optional: optional && holder.optional === true, via });
  };
  const s = pod.spec;
  const sp = pod.specPath;
  const sa = str$1(s.serviceAccountName) ?? str$1(s.serviceAccount);
  if (sa && sa !== "default") {
    const key = str$1(s.serviceAccountName) ? "serviceAccountName" : "serviceAccount";
    out.push({ kind: "ServiceAccount", name: sa, path: [...sp, key], optional: false, via: key });
  }
  if (Array.isArray(s.imagePullSecrets))
    s.imagePullSecrets.forEach(
      (r, i) => ref("Secret", r, [...sp, "imagePullSecrets", i], "name", "imagePullSecrets", false)
    );
  if (Array.isArray(s.volumes)) {
    s.volumes.forEach((v, i) => {
      if (!isObject(v)) return;
      const vp = [...sp, "volumes", i];
      const via = `volume "${String(v.name ?? i)}"`;
      ref("Secret", v.secret, [...vp, "secret"], "secretName", via);
      ref("ConfigMap", v.configMap, [...vp, "configMap"], "name", via);
      ref("PersistentVolumeClaim", v.persistentVolumeClaim, [...vp, "persistentVolumeClaim"], "claimName", via, false);
      if (isObject(v.projected) && Array.isArray(v.projected.sources)) {
        v.projected.sources.forEach((src, j) => {
          if (!isObject(src)) return;
          const pp = [...vp, "projected", "sources", j];
          ref("Secret", src.secret, [...pp, "secret"], "name", via);
          ref("ConfigMap", src.configMap, [...pp, "configMap"], "name", via);
        });
      }
    });
  }
  for (const c of containersOf(pod)) {
    const cname = String(c.container.name ?? c.index);
    if (Array.isArray(c.container.envFrom)) {
      c.container.envFrom.forEach((e, i) => {
        if (!isObject(e)) return;
        const ep = [...c.path, "envFrom", i];
        const via = `envFrom of container "${cname}"`;
        ref("Secret", e.secretRef, [...ep, "secretRef"], "name", via);
        ref("ConfigMap", e.configMapRef, [...ep, "configMapRef"], "name", via);
      });
    }
    if (Array.isArray(c.container.env)) {
      c.container.env.forEach((e, i) => {
        if (!isObject(e) || !isObject(e.valueFrom)) return;
        const ep = [...c.path, "env", i, "valueFrom"];
        const via = `env ${String(e.name ?? i)} of container "${cname}"`;
        ref("Secret", e.valueFrom.secretKeyRef, [...ep, "secretKeyRef"], "name", via);
        ref("ConfigMap", e.valueFrom.configMapKeyRef, [...ep, "configMapKeyRef"], "name", via);
      });
    }
  }
  return out;
}
function refName(m) {
  return `${m.resource.kind}/${m.resource.name ?? "(unnamed)"}`;
}

// src/rules/hooks.ts
var HOOK_ANNOTATION = "helm.sh/hook";
var WEIGHT_ANNOTATION = "helm.sh/hook-weight";
var DELETE_POLICY_ANNOTATION = "helm.sh/hook-delete-policy";
var HOOK_EVENTS = /* @__PURE__ */ new Set([
  "pre-install",
  "post-install",
  "pre-delete",
  "post-delete",
  "pre-upgrade",
  "post-upgrade",
  "pre-rollback",
  "post-rollback",
  "test",
  "test-success"
]);
var DELETE_POLICIES = /* @__PURE__ */ new Set(["before-hook-creation", "hook-succeeded", "hook-failed"]);
function split(v) {
  return v.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
}
function atoi(v) {
  if (!/^[+-]?\d+$/.test(v)) return void 0;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : void 0;
}
function hookInfo(m) {
  const ann = m.object.metadata?.annotations;
  if (!isObject(ann)) return void 0;
  const hook = ann[HOOK_ANNOTATION];
  if (hook === void 0 || hook === null) return void 0;
  const rawEvents = split(String(hook));
  const events = /* @__PURE__ */ new Set();
  for (const e of rawEvents) if (HOOK_EVENTS.has(e)) events.add(e === "test-success" ? "test" : e);
  const w = ann[WEIGHT_ANNOTATION];
  const rawWeight = w === void 0 || w === null ? void 0 : String(w);
  const weight = rawWeight === void 0 ? 0 : atoi(rawWeight) ?? 0;
  const dp = ann[DELETE_POLICY_ANNOTATION];
  const deletePolicies = dp === void 0 || dp === null ? [] : split(String(dp));
  return { events, rawEvents, weight, rawWeight, deletePolicies };
}

// src/rules/quantity.ts
var QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?\d+))?$/;
var DECIMAL = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY = { Ki: 10n, Mi: 20n, Gi: 30n, Ti: 40n, Pi: 50n, Ei: 60n };
function parseQuantity(value) {
  let text;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return void 0;
    text = String(value);
  } else if (typeof value === "string") text = value;
  else return void 0;
  const m = QUANTITY.exec(text);
  if (!m) return void 0;
  const [, sign, num, bin, dec, exp] = m;
  const dot = num.indexOf(".");
  const digits = dot < 0 ? num : num.slice(0, dot) + num.slice(dot + 1);
  let mantissa = BigInt(digits === "" ? "0" : digits);
  let exp10 = dot < 0 ? 0 : -(num.length - dot - 1);
  if (bin) mantissa <<= BINARY[bin];
  else if (dec) exp10 += DECIMAL[dec];
  else if (exp !== void 0) {
    const e = Number(exp);
    if (!Number.isSafeInteger(e) || Math.abs(e) > 1e3) return void 0;
    exp10 += e;
  }
  if (sign === "-") mantissa = -mantissa;
  return { mantissa, exp10 };
}
function compareQuantity(a, b) {
  const e = Math.min(a.exp10, b.exp10);
  const x = a.mantissa * 10n ** BigInt(a.exp10 - e);
  const y = b.mantissa * 10n ** BigInt(b.exp10 - e);
  return x < y ? -1 : x > y ? 1 : 0;
}
function isNegative(q) {
  return q.mantissa < 0n;
}

const require$7 = createRequire(import.meta.url);
const __filename$7 = fileURLToPath(import.meta.url);
const __dirname$7 = dirname(__filename$7);

// src/schemas/issues.ts
function valueAt(data, pointer) {
  let cur = data;
  if (!pointer) return cur;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    cur = cur !== null && typeof cur === "object" ? cur[seg] : void 0;
  }
  return cur;
}
function pointerToPath(pointer, data) {
  if (!pointer) return [];
  const out = [];
  let cur = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === "object" ? cur[seg] : void 0;
    }
  }
  return out;
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function show$1(v) {
  const s = typeof v === "string" ? JSON.stringify(v) : String(JSON.stringify(v));
  return s.length > 60 ? s.slice(0, 57) + "..." : s;
}
function typeList(t) {
  const list2 = Array.isArray(t) ? t.map(String) : String(t).split(",");
  const nice = list2.filter((x) => x !== "null");
  return nice.length > 1 ? nice.slice(0, -1).join(", ") + " or " + nice[nice.length - 1] : nice[0] ?? "null";
}
function requiredAlternatives(branches) {
  if (!Array.isArray(branches) || !branches.length) return void 0;
  const names2 = [];
  for (const b of branches) {
    if (!b || typeof b !== "object") return void 0;
    const keys = Object.keys(b);
    const req = b.required;
    if (keys.length !== 1 || !Array.isArray(req) || req.length !== 1) return void 0;
    names2.push(String(req[0]));
  }
  return names2;
}
function collapse(errors) {
  let list2 = errors.filter((e) => e.keyword !== "if");
  for (const e of list2.filter((x) => x.keyword === "anyOf" || x.keyword === "oneOf")) {
    const prefix = e.schemaPath + "/";
    const branchErrs = list2.filter(
      (x) => x !== e && x.schemaPath.startsWith(prefix) && (x.instancePath === e.instancePath || x.instancePath.startsWith(e.instancePath + "/"))
    );
    const byBranch = /* @__PURE__ */ new Map();
    for (const b of branchErrs) {
      const idx = b.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      if (!byBranch.has(idx)) byBranch.set(idx, []);
      byBranch.get(idx).push(b);
    }
    const passing = e.params.passingSchemas;
    const alternatives = requiredAlternatives(e.schema);
    const deeper = [...byBranch.values()].filter((errs) => errs.every((b) => b.instancePath !== e.instancePath));
    let replacement;
    if (passing != null) {
      replacement = [alternatives ? { ...e, synthetic: `must set only one of ${alternatives.join(", ")}` } : e];
    } else if (alternatives) {
      replacement = [{ ...e, synthetic: `must set one of ${alternatives.join(", ")}` }];
    } else if (deeper.length) {
      replacement = deeper.sort((a, b) => a.length - b.length)[0];
    } else if (branchErrs.length && branchErrs.every((b) => b.keyword === "type" && b.instancePath === e.instancePath)) {
      const types = [...new Set(branchErrs.flatMap((b) => String(b.params.type).split(",")))];
      replacement = [{ ...branchErrs[0], params: { type: types } }];
    } else {
      replacement = [e];
    }
    const drop = /* @__PURE__ */ new Set([e, ...branchErrs]);
    const at = list2.indexOf(e);
    list2 = [
      ...list2.slice(0, at).filter((x) => !drop.has(x)),
      ...replacement,
      ...list2.slice(at + 1).filter((x) => !drop.has(x))
    ];
  }
  const typeAt = new Set(list2.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  return list2.filter((e) => e.keyword === "type" || !typeAt.has(e.instancePath));
}
function sortByDocument(issues, data) {
  const rank = (path) => {
    const out = [];
    let cur = data;
    for (const seg of path) {
      if (typeof seg === "number") {
        out.push(seg);
        cur = Array.isArray(cur) ? cur[seg] : void 0;
      } else {
        const keys = cur !== null && typeof cur === "object" && !Array.isArray(cur) ? Object.keys(cur) : [];
        const i = keys.indexOf(seg);
        out.push(i < 0 ? Number.MAX_SAFE_INTEGER : i);
        cur = i < 0 ? void 0 : cur[seg];
      }
    }
    return out;
  };
  const ranked = issues.map((issue, i) => ({ issue, i, r: rank(issue.path) }));
  ranked.sort((a, b) => {
    const n = Math.min(a.r.length, b.r.length);
    for (let k = 0; k < n; k++) if (a.r[k] !== b.r[k]) return a.r[k] - b.r[k];
    return a.r.length - b.r.length || a.i - b.i;
  });
  return ranked.map((x) => x.issue);
}
function typeName(ctx, schema2, parent) {
  if (schema2 && typeof schema2 === "object") {
    const t = schema2.title;
    if (typeof t === "string" && t) return t;
  }
  if (!parent.length) return ctx.kind;
  return `${ctx.kind} ${toDotted(parent.map((p) => typeof p === "number" ? "[]" : p)).replace(/\.\[\]/g, "[]")}`;
}
function where(ctx, path) {
  return path.length ? toDotted(path) : ctx.kind;
}
function toIssues(errors, data, ctx) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (rule, path, message) => {
    const key = `${rule}\0${path.join("\0")}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ rule, severity: "error", message, path });
  };
  for (const c of collapse(errors)) {
    const e = c.parentSchema !== void 0 && "data" in c ? c : { ...c, parentSchema: c.parentSchema ?? ctx.schemaAt?.(c.instancePath), data: "data" in c ? c.data : valueAt(data, c.instancePath) };
    const path = pointerToPath(e.instancePath, data);
    const p = e.params;
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String(p.additionalProperty);
        const full = [...path, key];
        const props = e.parentSchema?.properties;
        const guess = props ? closest(key, Object.keys(props)) : void 0;
        push(
          "schema/unknown-field",
          full,
          `${toDotted(full)} is not a field of ${typeName(ctx, e.parentSchema, path)}${guess ? `; did you mean ${guess}?` : ""}`
        );
        break;
      }
      case "required": {
        const key = String(p.missingProperty);
        push("schema/required", path, `${toDotted([...path, key])} is required in ${typeName(ctx, e.parentSchema, path)}`);
        break;
      }
      case "enum": {
        const allowed = p.allowedValues ?? [];
        const shown = allowed.map((v) => typeof v === "string" ? v === "" ? '""' : v : JSON.stringify(v)).join(", ");
        let msg = `${where(ctx, path)} must be one of ${shown}`;
        if (!ctx.hideValues) {
          msg += `; got ${show$1(e.data)}`;
          const guess = typeof e.data === "string" ? closest(e.data, allowed.filter((v) => typeof v === "string")) : void 0;
          if (guess) msg += ` (did you mean ${guess}?)`;
        }
        push("schema/enum", path, msg);
        break;
      }
      case "type": {
        push("schema/type", path, `${where(ctx, path)} must be ${typeList(p.type)}, got ${jsonType(e.data)}`);
        break;
      }
      default:
        if (e.synthetic) {
          push(e.synthetic.startsWith("must set one") ? "schema/required" : "schema/invalid", path, `${where(ctx, path)} ${e.synthetic}`);
        } else push("schema/invalid", path, invalidMessage(e, where(ctx, path)));
    }
  }
  return sortByDocument(out, data);
}
function invalidMessage(e, at) {
  const p = e.params;
  switch (e.keyword) {
    case "pattern":
      return `${at} must match the pattern ${String(p.pattern)}`;
    case "format":
      return p.format === "byte" ? `${at} must be base64-encoded data` : `${at} must be a valid ${String(p.format)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${at} must be ${String(p.comparison)} ${String(p.limit)}`;
    case "minLength":
      return `${at} must be at least ${String(p.limit)} character${p.limit === 1 ? "" : "s"} long`;
    case "maxLength":
      return `${at} must be at most ${String(p.limit)} characters long`;
    case "minItems":
      return `${at} must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
    case "maxItems":
      return `${at} must have at most ${String(p.limit)} items`;
    case "minProperties":
      return `${at} must have at least ${String(p.limit)} entr${p.limit === 1 ? "y" : "ies"}`;
    case "maxProperties":
      return `${at} must have at most ${String(p.limit)} entries`;
    case "uniqueItems":
      return `${at} must not contain duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case "multipleOf":
      return `${at} must be a multiple of ${String(p.multipleOf)}`;
    case "const":
      return `${at} must be ${JSON.stringify(p.allowedValue)}`;
    case "anyOf":
      return `${at} does not match any of the allowed forms`;
    case "oneOf":
      return p.passingSchemas ? `${at} matches more than one of the exclusive forms` : `${at} does not match any of the allowed forms`;
    case "not":
      return `${at} has a forbidden form`;
    case "dependencies":
    case "dependentRequired":
      return `${at}: ${String(p.property)} requires ${String(p.missingProperty ?? p.deps)}`;
    case "false schema":
      return `${at} is not allowed here`;
    default:
      return `${at} is invalid (${e.keyword})`;
  }
}
var DEFAULT_LAYOUT = "/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
var VARIABLES = /* @__PURE__ */ new Set(["NormalizedKubernetesVersion", "StrictSuffix", "ResourceKind", "ResourceAPIVersion", "Group", "KindSuffix"]);
var VAR_RE = /\{\{-?\s*\.(\w+)\s*-?\}\}/g;
function templateValues(t) {
  const parts = t.apiVersion.split("/");
  const group2 = parts.length > 1 ? parts[0] : "";
  const version = parts[parts.length - 1];
  let kindSuffix = "-" + (parts[0].split(".")[0] ?? "").toLowerCase();
  if (parts.length > 1) kindSuffix += "-" + version.toLowerCase();
  let kv = t.kubeVersion?.trim().replace(/^v/, "") || "master";
  if (/^\d+\.\d+$/.test(kv)) kv += ".0";
  return {
    NormalizedKubernetesVersion: kv === "master" ? "master" : "v" + kv,
    StrictSuffix: t.strict ? "-strict" : "",
    ResourceKind: t.kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group2,
    KindSuffix: kindSuffix
  };
}
function expandTemplate(template, t) {
  const values2 = templateValues(t);
  return template.replace(VAR_RE, (_, name) => {
    if (!VARIABLES.has(name)) throw new Error(`unknown variable {{ .${name} }} in schema location ${template}`);
    return values2[name];
  });
}
function isUrl(location) {
  return /^https?:\/\//i.test(location);
}
function locationTemplate(location) {
  const base = location.replace(/\/+$/, "");
  const tpl = /json$/i.test(base) ? base : base + DEFAULT_LAYOUT;
  for (const m of tpl.matchAll(VAR_RE)) {
    if (!VARIABLES.has(m[1])) throw new Error(`unknown variable {{ .${m[1]} }} in schema location ${location}`);
  }
  return tpl;
}
var SchemaLocations = class {
  constructor(locations, cacheDir, fetcher, baseDir) {
    this.cacheDir = cacheDir;
    this.templates = locations.map((l) => ({
      tpl: isUrl(l) ? locationTemplate(l) : resolve(baseDir ?? ".", locationTemplate(l)),
      url: isUrl(l)
    }));
    this.fetcher = fetcher ?? ((url) => fetch(url, { redirect: "follow", signal: AbortSignal.timeout(3e4) }));
  }
  cacheDir;
  templates;
  memo = /* @__PURE__ */ new Map();
  fetcher;
  /** Number of HTTP requests made (for tests and diagnostics). */
  requests = 0;
  get size() {
    return this.templates.length;
  }
  /** First location that has a schema for the resource. */
  async find(t) {
    for (const { tpl, url } of this.templates) {
      const target2 = expandTemplate(tpl, t);
      let p = this.memo.get(target2);
      if (!p) {
        p = url ? this.download(target2) : this.readLocal(target2);
        this.memo.set(target2, p);
      }
      const r = await p;
      if (r.found || "error" in r) return r;
    }
    return { found: false };
  }
  async readLocal(file) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return { found: false };
      return { found: false, error: `cannot read schema ${file}: ${e.message}` };
    }
    return parseSchema(text, file);
  }
  async cacheFile(url) {
    if (!this.cacheDir) return void 0;
    const { createHash } = await nodeCrypto();
    return join(this.cacheDir, createHash("sha256").update(url).digest("hex").slice(0, 40));
  }
  async download(url) {
    const cached = await this.cacheFile(url);
    if (cached) {
      try {
        const r2 = parseSchema(await readFile(cached + ".json", "utf8"), url);
        if (r2.found) return r2;
      } catch {
      }
      try {
        if (await readFile(cached + ".404", "utf8") === NOT_FOUND_MARK) return { found: false };
      } catch {
      }
    }
    this.requests++;
    let status;
    let body;
    try {
      const res = await this.fetcher(url);
      status = res.status;
      body = await res.text();
    } catch (e) {
      return { found: false, error: `cannot download schema ${url}: ${e.message}` };
    }
    if (status === 404) {
      if (cached) await writeCache(cached + ".404", NOT_FOUND_MARK);
      return { found: false };
    }
    if (status !== 200) return { found: false, error: `cannot download schema ${url}: HTTP ${status}` };
    const r = parseSchema(body, url);
    if (r.found && cached) await writeCache(cached + ".json", body);
    return r;
  }
};
var nodeCrypto = () => import('node:crypto');
var NOT_FOUND_MARK = "404\n";
async function writeCache(file, text) {
  const tmp = `${file}.${process.pid}.${(await nodeCrypto()).randomBytes(6).toString("hex")}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, text, { flag: "wx" });
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true }).catch(() => void 0);
  }
}
function parseSchema(text, source) {
  let schema2;
  try {
    schema2 = JSON.parse(text);
  } catch (e) {
    return { found: false, error: `schema ${source} is not JSON: ${e.message}` };
  }
  if (typeof schema2 !== "object" || schema2 === null || Array.isArray(schema2)) return { found: false, error: `schema ${source} is not a JSON object` };
  const { $schema: _s, $id: _i, id: _id, ...rest } = schema2;
  return { found: true, schema: rest, source };
}

// src/schemas/removed.ts
var FLOWCONTROL = [
  { since: "1.26", apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3" },
  { since: "1.29", apiVersion: "flowcontrol.apiserver.k8s.io/v1" }
];
var REMOVED_APIS = [
  // v1.32
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  // v1.29
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.29", replacement: FLOWCONTROL },
  // v1.27
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], removedIn: "1.27", replacement: "storage.k8s.io/v1" },
  // v1.26
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.26", replacement: FLOWCONTROL },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.26", replacement: "autoscaling/v2" },
  // v1.25
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: "1.25", replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], removedIn: "1.25", replacement: "policy/v1" },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: "1.25",
    note: "there is no replacement; use Pod Security Admission or a third-party admission webhook"
  },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], removedIn: "1.25", replacement: "node.k8s.io/v1" },
  // v1.22
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], removedIn: "1.22", replacement: "apiextensions.k8s.io/v1" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], removedIn: "1.22", replacement: "apiregistration.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], removedIn: "1.22", replacement: "authentication.k8s.io/v1" },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"],
    removedIn: "1.22",
    replacement: "authorization.k8s.io/v1"
  },
  { apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], removedIn: "1.22", replacement: "certificates.k8s.io/v1" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], removedIn: "1.22", replacement: "coordination.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], removedIn: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], removedIn: "1.22", replacement: "storage.k8s.io/v1" },
  // v1.16
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], removedIn: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.16", replacement: "policy/v1beta1" },
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet", "Deployment", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta1", kinds: ["Deployment", "StatefulSet", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: ["DaemonSet", "Deployment", "StatefulSet", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" }
];
var byKey = /* @__PURE__ */ new Map();
for (const r of REMOVED_APIS) for (const k of r.kinds) byKey.set(`${r.apiVersion} ${k}`, r);
function findRemoved(apiVersion, kind) {
  return byKey.get(`${apiVersion} ${kind}`);
}
function parseKubeVersion(v) {
  const m = /^v?(\d+)\.(\d+)/.exec(v?.trim() ?? "");
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function atLeast(a, b) {
  const x = parseKubeVersion(a);
  const y = parseKubeVersion(b);
  if (!x || !y) return false;
  return x[0] > y[0] || x[0] === y[0] && x[1] >= y[1];
}
function isRemovedAt(r, kubeVersion) {
  return atLeast(kubeVersion, r.removedIn);
}
function replacementAt(r, kubeVersion) {
  if (typeof r.replacement === "string" || r.replacement === void 0) return r.replacement;
  let best;
  for (const c of r.replacement) if (best === void 0 || atLeast(kubeVersion, c.since)) best = c.apiVersion;
  return best;
}
function removedMessage(r, kind, kubeVersion) {
  const head = `${r.apiVersion} ${kind} was removed in Kubernetes ${r.removedIn} (target ${kubeVersion})`;
  const use = replacementAt(r, kubeVersion);
  if (use) return `${head}; use ${use}`;
  return `${head}; ${r.note ?? "there is no replacement"}`;
}

// src/schemas/walk.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function typeMatches(type, value) {
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) => t === "array" ? Array.isArray(value) : t === "object" ? isObj(value) : t === "integer" ? Number.isInteger(value) : t === "null" ? value === null : typeof value === t
  );
}
function settle(node, value, resolve3) {
  for (let i = 0; node && i < 32; i++) {
    const ref = node.hgRef ?? node.$ref;
    if (typeof ref === "string") {
      node = resolve3(ref);
      continue;
    }
    if (isObj(node.if) && !node.properties) {
      const branch = typeMatches(node.if.type, value) ? node.then : node.else;
      if (!isObj(branch)) return node;
      node = branch;
      continue;
    }
    return node;
  }
  return node;
}
function schemaAt(root, pointer, data, resolve3) {
  let node = settle(root, data, resolve3);
  let value = data;
  if (!pointer) return node;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node) return void 0;
    let next;
    if (Array.isArray(value)) {
      value = value[Number(seg)];
      next = node.items;
    } else {
      value = isObj(value) ? value[seg] : void 0;
      const props = node.properties;
      next = isObj(props) && isObj(props[seg]) ? props[seg] : node.additionalProperties;
    }
    node = isObj(next) ? settle(next, value, resolve3) : void 0;
  }
  return node;
}

// src/schemas/index.ts
var EMBEDDED_MARKERS = /* @__PURE__ */ new Set(["default", "embedded"]);
var Release = class {
  constructor(data) {
    this.data = data;
  }
  data;
  table = {};
  defs = /* @__PURE__ */ new Map();
  /** Make the validators of these definitions ("module#Name") and of every definition they reach, into `table`. */
  async ensure(refs) {
    if (refs.every((r) => this.table[r])) return;
    await loadState();
    const made = [];
    const codes = [];
    const seen = /* @__PURE__ */ new Set();
    const stack = [...refs];
    while (stack.length) {
      const ref = stack.pop();
      if (seen.has(ref) || this.table[ref]) continue;
      seen.add(ref);
      const at = ref.indexOf("#");
      const mod = ref.slice(0, at);
      const name = ref.slice(at + 1);
      const hash = this.data.definitions[mod]?.[name];
      const source = hash === void 0 ? void 0 : validatorSource(mod, `${name}_${hash}`);
      if (!source) continue;
      made.push(ref);
      codes.push(source.code);
      stack.push(...source.refs);
    }
    if (codes.length) compileValidators(codes).forEach((fn, i) => this.table[made[i]] = fn);
  }
  /** The JSON definitions of `mod` and its dependencies, for wording messages. */
  async resolver(mod) {
    await Promise.all(
      withDependencies(this.data, mod).map(async (m) => {
        if (this.defs.has(m)) return;
        const all = await loadDefinitions(m);
        const mine = {};
        for (const [name, hash] of Object.entries(this.data.definitions[m] ?? {})) mine[name] = all[`${name}@${hash}`];
        this.defs.set(m, mine);
      })
    );
    return (ref) => {
      const [m, name] = ref.split("#");
      return this.defs.get(m)?.[name];
    };
  }
};
var shared;
function getShared() {
  shared ??= { releases: /* @__PURE__ */ new Map(), bySchema: /* @__PURE__ */ new WeakMap(), crdsOf: /* @__PURE__ */ new WeakMap() };
  return shared;
}
function release(minor) {
  const s = getShared();
  let r = s.releases.get(minor);
  if (!r) {
    r = new Release(releaseData(minor));
    s.releases.set(minor, r);
  }
  return r;
}
var COMMON_KINDS = [
  ["apps/v1", "Deployment"],
  ["v1", "Service"],
  ["v1", "ServiceAccount"],
  ["v1", "ConfigMap"],
  ["v1", "Secret"]
];
var OBJECT_META = "meta-v1#ObjectMeta";
async function warmRelease(kubeVersion) {
  const rel = release(releaseFor(kubeVersion).minor);
  const refs = COMMON_KINDS.map(([v, k]) => rel.data.kinds[v]?.[k]).filter((r) => r !== void 0);
  await rel.ensure([OBJECT_META, ...refs]);
}
async function compileSchema(schema2, what) {
  const s = getShared();
  const hit = s.bySchema.get(schema2);
  if (hit) return hit;
  s.ajv ??= import('./chunk-xmGOylu3.js').then((m) => m.createAjv());
  const ajv = await s.ajv;
  const again = s.bySchema.get(schema2);
  if (again) return again;
  let c;
  try {
    c = { validate: ajv.compile(schema2), root: { schema: schema2 } };
  } catch (e) {
    c = { error: `the schema for ${what} cannot be used: ${e.message}` };
  }
  s.bySchema.set(schema2, c);
  return c;
}
function markShared(c, isShared) {
  return "error" in c || !isShared ? c : { ...c, shared: true };
}
function versionsOf(crd) {
  if (typeof crd !== "object" || crd === null) return [];
  const s = getShared();
  let v = s.crdsOf.get(crd);
  if (!v) {
    v = crdVersions(crd);
    s.crdsOf.set(crd, v);
  }
  return v;
}
var splitApiVersion = (apiVersion) => {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? ["", apiVersion] : [apiVersion.slice(0, i), apiVersion.slice(i + 1)];
};
function knownVersions(kind, group2, minor = DEFAULT_RELEASE) {
  const out = [];
  for (const table of [releaseData(minor).kinds, CATALOG_CRDS]) {
    for (const [apiVersion, kinds] of Object.entries(table)) {
      if (kinds[kind] && (group2 === void 0 || splitApiVersion(apiVersion)[0] === group2)) out.push(apiVersion);
    }
  }
  return [...new Set(out)].sort();
}
function knownGroups(minor) {
  const out = /* @__PURE__ */ new Set();
  for (const table of [releaseData(minor).kinds, CATALOG_CRDS]) for (const av of Object.keys(table)) out.add(splitApiVersion(av)[0]);
  return out;
}
function stripNulls(value) {
  if (Array.isArray(value)) {
    let out;
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      const y = x !== null && typeof x === "object" ? stripNulls(x) : x;
      if (y !== x && !out) out = value.slice(0, i);
      if (out) out.push(y);
    }
    return out ?? value;
  }
  if (value !== null && typeof value === "object") {
    const obj = value;
    let out;
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const x = obj[k];
      const y = x !== null && typeof x === "object" ? stripNulls(x) : x;
      if ((x === null || y !== x) && !out) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]];
      }
      if (out && x !== null) out[k] = y;
    }
    return out ?? value;
  }
  return value;
}
var Validator = class {
  constructor(opts, fetcher) {
    this.opts = opts;
    this.strict = opts.strict !== false;
    this.optionCrds = opts.crds ?? [];
    const locs = opts.locations ?? [];
    let at = locs.findIndex((l) => EMBEDDED_MARKERS.has(l));
    if (at < 0) at = locs.length;
    const before = new SchemaLocations(locs.slice(0, at), opts.cacheDir, fetcher, opts.baseDir);
    const after = new SchemaLocations(
      locs.slice(at).filter((l) => !EMBEDDED_MARKERS.has(l)),
      opts.cacheDir,
      fetcher,
      opts.baseDir
    );
    this.locations = [before, after];
    this.sources = [
      { type: "crds", from: "call" },
      { type: "crds", from: "options" },
      { type: "locations", locations: before },
      { type: "embedded" },
      { type: "locations", locations: after }
    ];
  }
  opts;
  strict;
  locations;
  sources;
  optionCrds;
  /**
   * Issues per release and resource text, for resources whose schema does not come from the render: a
   * promise, so that a combo checking the same text while the first check still waits (to read the
   * definitions that word its messages) waits for its issues instead of taking none.
   */
  memo = /* @__PURE__ */ new Map();
  /** The same, by object: a document rendered alike in several combos is one frozen object (manifests/parse.ts). */
  memoByObject = /* @__PURE__ */ new WeakMap();
  get requests() {
    return this.locations.reduce((n, l) => n + l.requests, 0);
  }
  async validate(resource, opts = {}) {
    const kubeVersion = opts.kubeVersion ?? this.opts.kubeVersion;
    const out = [];
    await this.check(resource, [], kubeVersion, opts.crds ?? [], out);
    return out;
  }
  async check(resource, prefix, kubeVersion, callCrds, out) {
    if (resource === null || typeof resource !== "object" || Array.isArray(resource)) {
      out.push({ rule: "schema/type", severity: "error", path: prefix, message: `${prefix.length ? "a list item" : "the document"} must be an object, got ${resource === null ? "null" : Array.isArray(resource) ? "array" : typeof resource}` });
      return;
    }
    const res = resource;
    const { apiVersion, kind } = res;
    if (typeof apiVersion !== "string" || !apiVersion || typeof kind !== "string" || !kind) {
      for (const [k, v] of [["apiVersion", apiVersion], ["kind", kind]]) {
        if (typeof v !== "string" || !v) {
          out.push({
            rule: v === void 0 || v === null || v === "" ? "schema/required" : "schema/type",
            severity: "error",
            path: v === void 0 || v === null || v === "" ? prefix : [...prefix, k],
            message: v === void 0 || v === null || v === "" ? `${k} is required in every resource` : `${k} must be string, got ${typeof v}`
          });
        }
      }
      return;
    }
    if (kind === "List" && apiVersion === "v1") {
      const items = res.items;
      if (items === void 0 || items === null) return;
      if (!Array.isArray(items)) {
        out.push({ rule: "schema/type", severity: "error", path: [...prefix, "items"], message: `items must be array, got ${typeof items}` });
        return;
      }
      for (let i = 0; i < items.length; i++) await this.check(items[i], [...prefix, "items", i], kubeVersion, callCrds, out);
      return;
    }
    const { minor } = releaseFor(kubeVersion);
    const target2 = kubeVersion ?? minor;
    const removed = findRemoved(apiVersion, kind);
    if (removed && isRemovedAt(removed, target2)) {
      out.push({ rule: "schema/removed-api", severity: "error", path: [...prefix, "apiVersion"], message: removedMessage(removed, kind, target2) });
      return;
    }
    const rel = release(minor);
    const compiled = await this.resolve(apiVersion, kind, rel, kubeVersion, callCrds);
    if (!compiled) {
      if (removed) return;
      const severity = this.unknownSeverity(apiVersion, kind, minor, callCrds);
      if (severity !== "off") out.push({ rule: "schema/unknown-kind", severity, path: prefix, message: this.unknownMessage(apiVersion, kind, minor, callCrds) });
      return;
    }
    if ("error" in compiled) {
      out.push({ rule: "schema/invalid", severity: "error", path: prefix, message: compiled.error });
      return;
    }
    const variant = `${minor}\0${this.strict}`;
    const frozen = compiled.shared && Object.isFrozen(res);
    const seen = frozen ? this.memoByObject.get(res)?.get(variant) : void 0;
    if (seen) {
      for (const i of await seen) out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
      return;
    }
    const data = stripNulls(res);
    const memoKey = compiled.shared ? `${variant}\0${JSON.stringify(data)}` : void 0;
    const memo = memoKey === void 0 ? void 0 : this.memo.get(memoKey);
    const remember = (issues) => {
      if (memoKey !== void 0) this.memo.set(memoKey, issues);
      if (!frozen) return;
      let m = this.memoByObject.get(res);
      if (!m) this.memoByObject.set(res, m = /* @__PURE__ */ new Map());
      m.set(variant, issues);
    };
    if (memo) {
      if (frozen) remember(memo);
      for (const i of await memo) out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
      return;
    }
    const found = [];
    let settle2;
    if (compiled.shared) remember(new Promise((r) => settle2 = () => r(found)));
    try {
      await this.validateWith(compiled, data, rel, kind, apiVersion, prefix, found, out);
    } finally {
      settle2?.();
    }
  }
  /** Run a compiled schema on a resource; its issues go to `found` (as they are) and `out` (under `prefix`). */
  async validateWith(compiled, data, rel, kind, apiVersion, prefix, found, out) {
    await rel.ensure([OBJECT_META]);
    schemaState().t = rel.table;
    if (compiled.validate(data)) return;
    const errors = compiled.validate.errors;
    const root = compiled.root;
    const resolveRef = await rel.resolver("ref" in root ? root.ref.split("#")[0] : "meta-v1");
    const rootSchema = "ref" in root ? resolveRef(root.ref) : "catalog" in root ? await root.catalog() : root.schema;
    const issues = toIssues(errors, data, {
      kind,
      schemaAt: (pointer) => rootSchema ? schemaAt(rootSchema, pointer, data, resolveRef) : void 0,
      hideValues: kind === "Secret" && !apiVersion.includes("/")
    });
    for (const i of issues) {
      if (!this.strict && i.rule === "schema/unknown-field") continue;
      found.push(i);
      out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
    }
  }
  async resolve(apiVersion, kind, rel, kubeVersion, callCrds) {
    const [group2, version] = splitApiVersion(apiVersion);
    for (const src of this.sources) {
      if (src.type === "crds") {
        for (const crd of src.from === "call" ? callCrds : this.optionCrds) {
          const v = versionsOf(crd).find((x) => x.group === group2 && x.kind === kind && x.version === version);
          if (v) return markShared(await compileSchema(v.schema, `${apiVersion} ${kind}`), src.from === "options");
        }
      } else if (src.type === "locations") {
        if (!src.locations.size) continue;
        const r = await src.locations.find({ apiVersion, kind, strict: this.strict, ...kubeVersion ? { kubeVersion } : {} });
        if (r.found) return markShared(await compileSchema(r.schema, `${apiVersion} ${kind} (${r.source})`), true);
        if ("error" in r) return { error: r.error };
      } else {
        const crdFile = CATALOG_CRDS[apiVersion]?.[kind];
        if (crdFile) {
          const pre = await loadCatalogValidator(crdFile, kind, version);
          const schemaOf = async () => {
            const crd2 = await loadCatalogCrd(crdFile);
            return versionsOf(crd2).find((x) => x.group === group2 && x.kind === kind && x.version === version)?.schema;
          };
          if (pre) return { validate: pre, root: { catalog: schemaOf }, shared: true };
          const crd = await loadCatalogCrd(crdFile);
          const v = versionsOf(crd).find((x) => x.group === group2 && x.kind === kind && x.version === version);
          if (v) return markShared(await compileSchema(v.schema, `${apiVersion} ${kind}`), true);
        }
        const ref = rel.data.kinds[apiVersion]?.[kind];
        if (ref) {
          await rel.ensure([ref]);
          const validate = rel.table[ref];
          return validate ? { validate, root: { ref }, shared: true } : { error: `embedded schema for ${apiVersion} ${kind} is missing` };
        }
      }
    }
    return void 0;
  }
  /** Configured severity; by default an error in a group the embedded set covers (a typo), a warning elsewhere. */
  unknownSeverity(apiVersion, kind, minor, callCrds) {
    const cfg = this.opts.unknownKinds;
    const [group2] = splitApiVersion(apiVersion);
    const configured = cfg?.kinds?.[group2 ? `${group2}/${kind}` : kind] ?? cfg?.kinds?.[kind] ?? cfg?.default;
    if (configured) return configured;
    return this.groupKnown(group2, minor, callCrds) ? "error" : "warning";
  }
  /** A group the embedded set or a CRD of this run defines: a kind or version it lacks is a mistake. */
  groupKnown(group2, minor, callCrds) {
    if (knownGroups(minor).has(group2)) return true;
    return [...callCrds, ...this.optionCrds].some((crd) => versionsOf(crd).some((v) => v.group === group2));
  }
  unknownMessage(apiVersion, kind, minor, callCrds) {
    const [group2] = splitApiVersion(apiVersion);
    const all = new Set(knownVersions(kind, void 0, minor));
    for (const crd of [...callCrds, ...this.optionCrds]) for (const v of versionsOf(crd)) if (v.kind === kind) all.add(`${v.group}/${v.version}`);
    const sameGroup = [...all].filter((a) => splitApiVersion(a)[0] === group2).map((a) => splitApiVersion(a)[1]);
    const head = `${kind} has no ${apiVersion} schema`;
    if (sameGroup.length) return `${head}; known: ${sortVersions(sameGroup).join(", ")}`;
    if (all.size) return `${head}; known: ${[...all].sort().join(", ")}`;
    if (this.groupKnown(group2, minor, callCrds)) {
      const kinds = /* @__PURE__ */ new Set();
      for (const table of [releaseData(minor).kinds, CATALOG_CRDS])
        for (const [av, ks] of Object.entries(table)) if (splitApiVersion(av)[0] === group2) for (const k of Object.keys(ks)) kinds.add(k);
      const guess = closest(kind, [...kinds]);
      return `${apiVersion} has no kind ${kind} in Kubernetes ${minor}${guess ? `; did you mean ${guess}?` : ""}`;
    }
    return `cannot validate ${kind} (${apiVersion}): it is not a Kubernetes ${minor} kind and no CRD${this.locations.some((l) => l.size) ? " or schema location" : ""} defines it; add its CRD to crds/ or schemas.crds to check it (schemas.unknownKinds sets how this is reported)`;
  }
};
function sortVersions(versions) {
  const rank = (v) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [0, 0, 0];
    return [Number(m[1]), m[2] === "alpha" ? 0 : m[2] === "beta" ? 1 : 2, Number(m[3] ?? 0)];
  };
  return [...new Set(versions)].sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (a < b ? -1 : 1);
  });
}
async function createSchemaValidator(opts = {}, internal) {
  return new Validator(opts, internal?.fetch);
}

// src/stages/documents.ts
var documents = {
  name: "documents",
  run(ctx) {
    const parsed2 = ctx.parsed;
    ctx.documents = parsed2.documents;
    for (const p of parsed2.problems)
      ctx.add({
        severity: "error",
        rule: p.rule,
        combo: ctx.combo.name,
        message: p.message,
        ...p.resource ? { resource: p.resource } : {},
        ...p.location ? { location: p.location } : {}
      });
    ctx.manifests = parsed2.manifests;
    for (const m of ctx.manifests) {
      ctx.kinds[m.resource.kind] = (ctx.kinds[m.resource.kind] ?? 0) + 1;
      ctx.apis.add(`${m.resource.apiVersion} ${m.resource.kind}`);
    }
    if (parsed2.documents === 0) {
      ctx.add({
        severity: "error",
        rule: "render/empty",
        combo: ctx.combo.name,
        message: "the render produced no resources: nothing would be installed"
      });
      ctx.done = true;
    }
  }
};

// src/assertions/path.ts
var PathSyntaxError = class extends Error {
};
function parsePath(src) {
  const steps = [];
  let i = 0;
  const fail = (msg) => {
    throw new PathSyntaxError(`invalid path "${src}" at character ${i + 1}: ${msg}`);
  };
  const quoted = () => {
    const q = src[i];
    let out = "";
    i++;
    while (i < src.length && src[i] !== q) {
      if (src[i] === "\\" && i + 1 < src.length) i++;
      out += src[i++];
    }
    if (src[i] !== q) fail("unterminated quote");
    i++;
    return out;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ".") {
      if (i === 0 || i === src.length - 1) fail('a path cannot start or end with "."');
      i++;
      continue;
    }
    if (c === "[") {
      i++;
      if (src[i] === '"' || src[i] === "'") {
        steps.push({ type: "key", key: quoted() });
      } else if (src[i] === "*") {
        i++;
        steps.push({ type: "all" });
      } else {
        const m2 = /^(\d+)\]/.exec(src.slice(i));
        if (m2) {
          steps.push({ type: "index", index: Number(m2[1]) });
          i += m2[1].length;
        } else {
          const f = /^([A-Za-z0-9_.$/-]+)\s*=\s*/.exec(src.slice(i));
          if (!f) fail("expected an index, *, a quoted key or field=value");
          i += f[0].length;
          let value;
          if (src[i] === '"' || src[i] === "'") value = quoted();
          else {
            const v = /^[^\]]*/.exec(src.slice(i))[0];
            value = v.trim();
            i += v.length;
          }
          steps.push({ type: "where", field: f[1], value });
        }
      }
      if (src[i] !== "]") fail('expected "]"');
      i++;
      continue;
    }
    const m = /^[A-Za-z0-9_$-]+/.exec(src.slice(i));
    if (!m) fail(`unexpected "${c}"`);
    steps.push({ type: "key", key: m[0] });
    i += m[0].length;
  }
  if (steps.length === 0) fail("empty path");
  return steps;
}
function evaluate(root, steps) {
  let frontier = [{ value: root, path: [] }];
  let deepest = [];
  for (const step of steps) {
    const next = [];
    for (const { value, path } of frontier) {
      switch (step.type) {
        case "key":
          if (isObject(value) && Object.hasOwn(value, step.key))
            next.push({ value: value[step.key], path: [...path, step.key] });
          break;
        case "index":
          if (Array.isArray(value) && step.index < value.length)
            next.push({ value: value[step.index], path: [...path, step.index] });
          break;
        case "all":
          if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, path: [...path, i] }));
          else if (isObject(value))
            for (const [k, v] of Object.entries(value)) next.push({ value: v, path: [...path, k] });
          break;
        case "where":
          if (Array.isArray(value))
            value.forEach((v, i) => {
              if (isObject(v) && v[step.field] !== void 0 && String(v[step.field]) === step.value)
                next.push({ value: v, path: [...path, i] });
            });
          break;
      }
    }
    if (next.length === 0) return { matches: [], deepest: frontier[0]?.path ?? deepest };
    deepest = next[0].path;
    frontier = next;
  }
  return { matches: frontier, deepest };
}

// src/assertions/check.ts
function parseCount(spec) {
  if (typeof spec === "number") return { test: (n) => n === spec, text: `exactly ${spec}` };
  const m = /^\s*(>=|<=|>|<|==)?\s*(\d+)\s*$/.exec(spec);
  const op = m[1] ?? "==";
  const v = Number(m[2]);
  switch (op) {
    case ">=":
      return { test: (n) => n >= v, text: `at least ${v}` };
    case "<=":
      return { test: (n) => n <= v, text: `at most ${v}` };
    case ">":
      return { test: (n) => n > v, text: `more than ${v}` };
    case "<":
      return { test: (n) => n < v, text: `fewer than ${v}` };
    default:
      return { test: (n) => n === v, text: `exactly ${v}` };
  }
}
function selectResources(manifests, sel) {
  return manifests.filter((m) => {
    if (m.resource.kind !== sel.kind) return false;
    if (sel.apiVersion && m.resource.apiVersion !== sel.apiVersion) return false;
    if (sel.name && !globMatch(sel.name, m.resource.name ?? "")) return false;
    if (sel.labels) {
      const labels = m.object.metadata?.labels ?? {};
      for (const [k, v] of Object.entries(sel.labels)) if (String(labels[k]) !== v) return false;
    }
    return true;
  });
}
function show2(v, secret) {
  if (secret) return "(Secret data, not shown)";
  const s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 120 ? s.slice(0, 117) + "..." : s;
}
function subset(want, have) {
  if (isDeepStrictEqual(want, have)) return true;
  if (Array.isArray(want)) return Array.isArray(have) && want.every((w) => have.some((h) => subset(w, h)));
  if (want && typeof want === "object") {
    if (!have || typeof have !== "object" || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, w]) => subset(w, have[k]));
  }
  return false;
}
function contains(have, want) {
  if (typeof have === "string") return typeof want === "string" && have.includes(want);
  if (Array.isArray(have))
    return have.some((h) => typeof h === "string" && typeof want === "string" ? h.includes(want) : subset(want, h));
  if (have && typeof have === "object") return subset(want, have);
  return false;
}
function checkField(m, a, combo, whereOf) {
  let steps;
  try {
    steps = parsePath(a.path);
  } catch (e) {
    if (e instanceof PathSyntaxError) {
      const where2 = whereOf();
      return [
        { severity: "error", rule: "config/invalid", combo, message: e.message, ...where2 ? { location: where2 } : {} }
      ];
    }
    throw e;
  }
  let matcher;
  if (a.matches !== void 0) {
    try {
      matcher = inputRegExp(a.matches);
    } catch (e) {
      if (!(e instanceof InputRegExpError)) throw e;
      const where2 = whereOf();
      return [
        { severity: "error", rule: "config/invalid", combo, message: e.message, ...where2 ? { location: where2 } : {} }
      ];
    }
  }
  const { matches, deepest } = evaluate(m.object, steps);
  const secret = m.resource.kind === "Secret" && (deepest[0] === "data" || deepest[0] === "stringData" || a.path.startsWith("data") || a.path.startsWith("stringData"));
  const fail = (path, what) => {
    const loc = m.locate(path);
    return {
      severity: "error",
      rule: "assert/field",
      combo,
      message: a.message ? `${a.message} (${a.path} ${what})` : `${a.path} ${what}`,
      resource: m.resource,
      path: toPointer(path),
      ...loc ? { location: loc } : {}
    };
  };
  const out = [];
  if (a.absent) {
    for (const x of matches) out.push(fail(x.path, `must be absent but is ${show2(x.value, secret)}`));
    return out;
  }
  if (a.exists === false && matches.length > 0) return [fail(matches[0].path, "must not exist")];
  const needsValue = a.equals !== void 0 || a.oneOf || a.matches !== void 0 || a.contains !== void 0 || a.exists;
  if (!needsValue) return out;
  if (matches.length === 0)
    return [fail(deepest, `is missing (found up to ${toDotted(deepest) || "the document root"})`)];
  if (a.contains !== void 0) {
    if (!matches.some((x) => contains(x.value, a.contains)))
      out.push(
        fail(
          matches[0].path,
          `does not contain ${show2(a.contains, false)}${matches.length === 1 ? `; it is ${show2(matches[0].value, secret)}` : ""}`
        )
      );
  }
  for (const x of matches) {
    if (a.equals !== void 0 && !isDeepStrictEqual(x.value, a.equals))
      out.push(fail(x.path, `is ${show2(x.value, secret)}, expected ${show2(a.equals, secret)}`));
    if (a.oneOf && !a.oneOf.some((o) => isDeepStrictEqual(o, x.value)))
      out.push(
        fail(x.path, `is ${show2(x.value, secret)}, expected one of ${a.oneOf.map((o) => show2(o, secret)).join(", ")}`)
      );
    if (a.matches !== void 0) {
      const scalar = typeof x.value === "string" || typeof x.value === "number" || typeof x.value === "boolean";
      if (!scalar || !matcher.test(String(x.value)))
        out.push(fail(x.path, `is ${show2(x.value, secret)}, which does not match /${a.matches}/`));
    }
  }
  return out;
}
function checkExpectations(combo, manifests) {
  const out = [];
  const exp = combo.expect;
  const counts = /* @__PURE__ */ new Map();
  for (const m of manifests) {
    const list2 = counts.get(m.resource.kind) ?? [];
    list2.push(m);
    counts.set(m.resource.kind, list2);
  }
  for (const [kind, spec] of Object.entries(exp.kinds)) {
    const found = counts.get(kind) ?? [];
    const c = parseCount(spec);
    if (c.test(found.length)) continue;
    const tooMany = found.length > 0 && c.test(0);
    const at = tooMany ? found[0].locate([]) : void 0;
    const loc = at ?? exp.kindLocations[kind];
    out.push({
      severity: "error",
      rule: "assert/kind-count",
      combo: combo.name,
      message: `expected ${c.text} ${kind}, rendered ${found.length}${found.length ? ` (${found.map((m) => m.resource.name).join(", ")})` : ""}`,
      ...tooMany ? { resource: found[0].resource } : {},
      ...loc ? { location: loc } : {}
    });
  }
  for (const r of exp.resources) {
    const sel = selectResources(manifests, r);
    const c = parseCount(r.count ?? ">=1");
    const label = `${r.kind}${r.name ? ` named ${r.name}` : ""}${r.labels ? ` with labels ${JSON.stringify(r.labels)}` : ""}`;
    if (!c.test(sel.length)) {
      out.push({
        severity: "error",
        rule: "assert/resource-count",
        combo: combo.name,
        message: `expected ${c.text} ${label}, rendered ${sel.length}`,
        ...r.location ? { location: r.location } : {}
      });
    }
    for (const m of sel) for (const a of r.assert ?? []) out.push(...checkField(m, a, combo.name, () => r.location));
  }
  return out;
}

// src/stages/expectations.ts
var expectations = {
  name: "expectations",
  run(ctx) {
    const exp = ctx.combo.expect;
    if (!Object.keys(exp.kinds).length && !exp.resources.length && !exp.failure) return;
    ctx.checks.assertions = "pass";
    const byKey2 = new Map(ctx.manifests.map((m) => [m.resource, m]));
    for (const f of checkExpectations(ctx.combo, ctx.manifests))
      ctx.add(f, f.resource ? byKey2.get(f.resource) : void 0);
  }
};
var CHART_TEXT = /\.(ya?ml|tpl)$/;
function unknownHooks(stderr) {
  const out = /* @__PURE__ */ new Set();
  for (const m of stderr.matchAll(/skipping unknown hook: "([^"]*)"/g)) out.add(m[1]);
  for (const m of stderr.matchAll(/skipping unknown hooks" hookTypes=("[^"]*"|\S+)/g))
    out.add(m[1].replace(/^"|"$/g, ""));
  return [...out];
}
function locateHookAnnotation(chartDir, value, baseDir) {
  const first = value.split(",")[0].trim();
  for (const f of [
    ...filesBelow(join(chartDir, "templates"), CHART_TEXT),
    ...filesBelow(join(chartDir, "charts"), CHART_TEXT)
  ]) {
    const lines = readFileSync(f, "utf8").split("\n");
    const i = lines.findIndex((l) => /["']?helm\.sh\/hook["']?\s*:/.test(l) && l.includes(first));
    if (i >= 0) return { file: repoPath(baseDir, f), line: i + 1, column: lines[i].search(/\S/) + 1 };
  }
  return void 0;
}

// src/stages/hooks.ts
var hooks = {
  name: "hooks",
  run(ctx) {
    for (const value of unknownHooks(ctx.render.stderr)) {
      const loc = locateHookAnnotation(ctx.config.chartDir, value, ctx.baseDir);
      const bad = value.split(",").map((h) => h.trim()).filter((h) => !HOOK_EVENTS.has(h));
      ctx.add({
        severity: "error",
        rule: "render/unknown-hook",
        combo: ctx.combo.name,
        message: `helm.sh/hook "${value}": helm knows no hook ${bad.map((h) => `"${h}"`).join(", ")}, so it leaves the whole resource out of the release (hooks: ${[...HOOK_EVENTS].join(", ")})`,
        ...loc ? { location: loc } : {}
      });
    }
  }
};

// src/stages/parse.ts
var parse = {
  name: "parse",
  run(ctx) {
    if (ctx.render.timedOut) return;
    ctx.parsed = parseRender(ctx.render.stdout, {
      combo: ctx.combo.name,
      chartDir: ctx.config.chartDir,
      baseDir: ctx.baseDir
    });
  }
};

// src/stages/render.ts
var render = {
  name: "render",
  async run(ctx) {
    const { combo, config, baseDir, render: r } = ctx;
    const failure = combo.expect.failure;
    const stop = (outcome) => {
      ctx.outcome = outcome;
      ctx.done = true;
    };
    if (r.outputTooLarge) {
      ctx.add({
        severity: "error",
        rule: "render/output-too-large",
        combo: combo.name,
        message: `helm template wrote more than ${Math.round(DEFAULT_MAX_OUTPUT_BYTES / 2 ** 20)} MiB of output and was stopped: a loop that renders without end, or a values file that multiplies what is rendered`
      });
      return stop("failed");
    }
    if (r.timedOut) {
      ctx.add({
        severity: "error",
        rule: "render/timeout",
        combo: combo.name,
        message: `helm template ran past ${config.timeoutMs} ms and was killed`
      });
      return stop("failed");
    }
    if (r.code === 0) {
      if (failure)
        ctx.add({
          severity: "error",
          rule: "assert/expected-failure",
          combo: combo.name,
          message: `expected the render to fail with a message matching /${failure.message}/, but it succeeded`,
          ...failure.location ? { location: failure.location } : {}
        });
      return;
    }
    const { helmErrorLocation, parseHelmError } = await Promise.resolve().then(() => chunkAQFD5SZW);
    const err = parseHelmError(r.stderr, r.signal);
    const helmSaid = err.message;
    if (failure && inputRegExp(failure.message).test(helmSaid)) {
      ctx.checks.assertions = "pass";
      return stop("expected-failure");
    }
    let loc = helmErrorLocation(err, config.chartDir, baseDir);
    let message = err.message;
    let rule = "render/failed";
    if (err.kind === "yaml") {
      rule = "yaml/parse-error";
      const problems = ctx.parsed?.problems ?? [];
      const p = problems.find((x) => x.rule === "yaml/parse-error" && x.source === err.source) ?? problems.find((x) => x.rule === "yaml/parse-error");
      const n = /\bline (\d+)\b/.exec(err.message)?.[1];
      loc = n && p?.locateLine?.(Number(n)) || p?.location || loc;
      message = `${err.source} renders invalid YAML: ${err.message.replace(/^yaml: line \d+: /, "")}${n ? ` (line ${n} of the rendered document)` : ""}`;
    }
    if (failure) {
      ctx.checks.assertions = "pass";
      ctx.add({
        severity: "error",
        rule: "assert/failure-message",
        combo: combo.name,
        message: `render failed as expected, but the message does not match /${failure.message}/: ${message}`,
        ...loc ? { location: loc } : failure.location ? { location: failure.location } : {}
      });
      return stop("failed");
    }
    ctx.add({ severity: "error", rule, combo: combo.name, message, ...loc ? { location: loc } : {} });
    return stop("failed");
  }
};

// src/rules/resource-index.ts
function secretFlagValues(argv) {
  if (!Array.isArray(argv)) return [];
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (typeof a !== "string") continue;
    const m = /^--?([\w.-]*secret[\w.-]*)(?:=(.*))?$/i.exec(a);
    if (!m) continue;
    const value = m[2] ?? (typeof argv[i + 1] === "string" && !argv[i + 1].startsWith("-") ? argv[i + 1] : void 0);
    if (value) out.push(value.replace(/^["']|["']$/g, ""));
  }
  return out;
}
var ResourceIndex = class {
  manifests;
  /** Every pod spec (workloads and Pods), in render order. */
  pods;
  byKind = /* @__PURE__ */ new Map();
  byKindName = /* @__PURE__ */ new Map();
  podsByLabel;
  providers;
  constructor(manifests) {
    this.manifests = manifests;
    const pods = [];
    for (const m of manifests) {
      const kind = m.resource.kind;
      let list2 = this.byKind.get(kind);
      if (!list2) this.byKind.set(kind, list2 = []);
      list2.push(m);
      if (m.resource.name !== void 0) {
        const key = `${kind}\0${m.resource.name}`;
        let named2 = this.byKindName.get(key);
        if (!named2) this.byKindName.set(key, named2 = []);
        named2.push(m);
      }
      const pod = podSpecOf(m);
      if (pod) pods.push(pod);
    }
    this.pods = pods;
  }
  /** Manifests of one kind, in render order. */
  ofKind(kind) {
    return this.byKind.get(kind) ?? [];
  }
  /**
   * Secrets that objects of this render make someone else create: cert-manager Certificates
   * (spec.secretName), External Secrets Operator ExternalSecrets (spec.target.name, default the
   * ExternalSecret's name), Bitnami SealedSecrets (the SealedSecret's name), and containers of the release
   * told to write one (a flag whose name says secret, e.g. `--secret-name=x` of the webhook certificate Jobs,
   * `--cert-secret-name=x` of an operator that makes its own certificate). Returns the provider.
   */
  secretProvider(name, namespace) {
    return this.secretProviders(name, namespace)[0];
  }
  /** Every provider of the Secret (see secretProvider), in render order. */
  secretProviders(name, namespace) {
    if (!this.providers) {
      this.providers = /* @__PURE__ */ new Map();
      const add = (n, m) => {
        if (typeof n !== "string" || n === "") return;
        let list2 = this.providers.get(n);
        if (!list2) this.providers.set(n, list2 = []);
        list2.push(m);
      };
      for (const m of this.manifests) {
        const group2 = m.resource.apiVersion.split("/")[0];
        const spec = m.object.spec;
        if (m.resource.kind === "Certificate" && group2 === "cert-manager.io") add(spec?.secretName, m);
        else if (m.resource.kind === "ExternalSecret" && group2 === "external-secrets.io")
          add(spec?.target?.name ?? m.resource.name, m);
        else if (m.resource.kind === "SealedSecret" && group2 === "bitnami.com")
          add(spec?.template?.metadata?.name ?? m.resource.name, m);
      }
      for (const pod of this.pods)
        for (const c of containersOf(pod))
          for (const list2 of [c.container.command, c.container.args])
            for (const name2 of secretFlagValues(list2)) add(name2, pod.manifest);
    }
    return (this.providers.get(name) ?? []).filter((m) => sameNamespace(m.resource.namespace, namespace));
  }
  /** Pod specs whose template has the label `key=value` (built on first use). */
  podsWithLabel(key, value) {
    if (!this.podsByLabel) {
      this.podsByLabel = /* @__PURE__ */ new Map();
      for (const p of this.pods) {
        const labels = p.metadata?.labels;
        if (!isObject(labels)) continue;
        for (const [k, v] of Object.entries(labels)) {
          if (v === null || v === void 0) continue;
          const id = `${k}\0${String(v)}`;
          let list2 = this.podsByLabel.get(id);
          if (!list2) this.podsByLabel.set(id, list2 = []);
          list2.push(p);
        }
      }
    }
    return this.podsByLabel.get(`${key}\0${value}`) ?? [];
  }
  /**
   * Manifests of a kind and name in a namespace. A manifest without metadata.namespace goes to the
   * release namespace, which a render does not know, so an absent namespace on either side matches.
   */
  find(kind, name, namespace) {
    const all = this.byKindName.get(`${kind}\0${name}`);
    if (!all) return [];
    return all.filter((m) => sameNamespace(m.resource.namespace, namespace));
  }
};
function sameNamespace(a, b) {
  return a === void 0 || b === void 0 || a === "" || b === "" || a === b;
}
var cache = /* @__PURE__ */ new WeakMap();
function resourceIndex(manifests) {
  let idx = cache.get(manifests);
  if (!idx) {
    idx = new ResourceIndex(manifests);
    cache.set(manifests, idx);
  }
  return idx;
}

// src/rules/validation.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function dns1123Label(v) {
  if (v.length > 63) return `is ${v.length} characters long; a DNS-1123 label has at most 63`;
  if (!DNS1123_LABEL.test(v))
    return 'is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  return void 0;
}
function dns1123Subdomain(v) {
  if (v.length > 253) return `is ${v.length} characters long; a DNS-1123 subdomain has at most 253`;
  if (!DNS1123_SUBDOMAIN.test(v))
    return 'is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", each part starting and ending with a letter or digit)';
  return void 0;
}
function dns1035Label(v) {
  if (v.length > 63) return `is ${v.length} characters long; a DNS-1035 label has at most 63`;
  if (!DNS1035_LABEL.test(v))
    return 'is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit)';
  return void 0;
}
function pathSegmentName(v) {
  if (v === "." || v === "..") return `may not be "${v}"`;
  if (v.includes("/") || v.includes("%")) return 'may not contain "/" or "%"';
  return void 0;
}
function qualifiedName(key) {
  const parts = key.split("/");
  let name;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") return 'has an empty prefix before "/"';
    const bad = dns1123Subdomain(prefix);
    if (bad) return `has a prefix "${prefix}" that ${bad}`;
    name = parts[1];
  } else return 'may contain at most one "/"';
  if (name === "") return "has an empty name part";
  if (name.length > 63) return `has a name part of ${name.length} characters; at most 63 are allowed`;
  if (!QUALIFIED_NAME.test(name))
    return 'has a name part that is not alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric character';
  return void 0;
}
function labelValue(v) {
  if (v.length > 63) return `is ${v.length} characters long; a label value has at most 63`;
  if (!LABEL_VALUE.test(v))
    return 'must be empty or alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric character';
  return void 0;
}
function ianaSvcName(v) {
  if (v.length > 15) return `is ${v.length} characters long; at most 15 are allowed`;
  if (!/^[-a-z0-9]+$/.test(v)) return 'may contain only lowercase letters, digits and "-"';
  if (!/[a-z]/.test(v)) return "must contain at least one letter";
  if (v.startsWith("-") || v.endsWith("-")) return 'may not begin or end with "-"';
  if (v.includes("--")) return 'may not contain "--"';
  return void 0;
}

// src/rules/api/common.ts
var MAP_FIELDS = /* @__PURE__ */ new Set([
  "requests",
  "limits",
  "labels",
  "annotations",
  "nodeSelector",
  "matchLabels",
  "data",
  "binaryData",
  "stringData",
  "overhead",
  "volumeAttributes"
]);
function fieldPath(path) {
  let out = "";
  let prev;
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof prev === "string" && MAP_FIELDS.has(prev)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${seg}]`;
    prev = seg;
  }
  return out;
}
function show3(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}...` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null || v === void 0) return String(v);
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
var E = {
  required: (p, detail = "") => `${p}: Required value${detail ? `: ${detail}` : ""}`,
  invalid: (p, value, detail) => `${p}: Invalid value: ${show3(value)}: ${detail}`,
  notFound: (p, value) => `${p}: Not found: ${show3(value)}`,
  duplicate: (p, value) => `${p}: Duplicate value: ${show3(value)}`,
  forbidden: (p, detail) => `${p}: Forbidden: ${detail}`,
  notSupported: (p, value, valid) => `${p}: Unsupported value: ${show3(value)}: supported values: ${valid.map((v) => `"${v}"`).join(", ")}`,
  tooMany: (p, n, max) => `${p}: Too many: ${n}: must have at most ${max} items`,
  tooLong: (p, max) => `${p}: Too long: may not be more than ${max} bytes`
};
var Issues = class {
  list = [];
  add(m, path, text, hint, severity) {
    const body = `${refName(m)}: ${text}${hint ? `; ${hint}` : ""}`;
    const issue = { manifest: m, path, message: /[.?!]$/.test(body) ? body : `${body}.` };
    if (severity) issue.severity = severity;
    this.list.push(issue);
  }
};
function groupOf(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
function keyOr(holder, key, base) {
  return Object.prototype.hasOwnProperty.call(holder, key) ? [...base, key] : base;
}
function isBuiltin(m, kind, groups) {
  return m.resource.kind === kind && groups.includes(groupOf(m.resource.apiVersion));
}
var POD_GROUPS = {
  Pod: [""],
  ReplicationController: [""],
  Deployment: ["apps", "extensions"],
  ReplicaSet: ["apps", "extensions"],
  DaemonSet: ["apps", "extensions"],
  StatefulSet: ["apps"],
  Job: ["batch"],
  CronJob: ["batch"]
};
function podSites(ctx) {
  const out = [];
  for (const pod of resourceIndex(ctx.manifests).pods) {
    const m = pod.manifest;
    const groups = POD_GROUPS[pod.kind];
    if (!groups || !groups.includes(groupOf(m.resource.apiVersion))) continue;
    const atPodCreation = pod.kind === "StatefulSet";
    const claimVolumes = /* @__PURE__ */ new Set();
    if (atPodCreation && Array.isArray(m.object.spec?.volumeClaimTemplates)) {
      for (const t of m.object.spec.volumeClaimTemplates)
        if (isObject(t) && isObject(t.metadata) && typeof t.metadata.name === "string")
          claimVolumes.add(t.metadata.name);
    }
    const p = (path) => atPodCreation ? fieldPath(["spec", ...path.slice(pod.specPath.length)]) : fieldPath(path);
    out.push({
      pod,
      m,
      atPodCreation,
      claimVolumes,
      p,
      add(issues, path, text, hint, severity) {
        const t = atPodCreation ? `the StatefulSet is accepted, but every pod its controller creates is rejected: ${text}` : text;
        issues.add(m, path, t, hint, severity);
      }
    });
  }
  return out;
}
function containers(site) {
  const out = [];
  for (const list2 of ["initContainers", "containers", "ephemeralContainers"]) {
    const arr = site.pod.spec[list2];
    if (!Array.isArray(arr)) continue;
    arr.forEach((c, index) => {
      if (isObject(c))
        out.push({
          c,
          list: list2,
          index,
          path: [...site.pod.specPath, list2, index],
          name: typeof c.name === "string" ? c.name : String(index)
        });
    });
  }
  return out;
}
function isSidecar(ctr) {
  return ctr.list === "initContainers" && ctr.c.restartPolicy === "Always";
}
function gracePeriod(spec) {
  const g = spec.terminationGracePeriodSeconds;
  return typeof g === "number" ? g : 30;
}
var MAX_INT32 = 2147483647;
function isInt(v) {
  return typeof v === "number" && Number.isInteger(v);
}
function portNumProblem(v) {
  return v >= 1 && v <= 65535 ? void 0 : "must be between 1 and 65535, inclusive";
}
function idProblem(v) {
  return v >= 0 && v <= MAX_INT32 ? void 0 : `must be between 0 and ${MAX_INT32}, inclusive`;
}
var NEGATIVE = "must be greater than or equal to 0";
function hasBackstep(p) {
  return p.replace(/\\/g, "/").split("/").includes("..");
}
function localDescendingPathProblems(p) {
  const out = [];
  if (p.startsWith("/")) out.push("must be a relative path");
  if (hasBackstep(p)) out.push("must not contain '..'");
  return out;
}
function localNonReservedPathProblems(p) {
  const out = localDescendingPathProblems(p);
  if (p.startsWith("..") && !p.startsWith("../")) out.push("must not start with '..'");
  return out;
}
function ipv4Bytes(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  const out = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return void 0;
    const n = Number(p);
    if (n > 255) return void 0;
    out.push(n);
  }
  return out;
}
var ipv6 = (s) => s.includes(":") && !s.includes("%") && isIPv6(s);
function isIP(s) {
  if (ipv4Bytes(s)) return true;
  return ipv6(s);
}
function isCIDR(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return false;
  const ip = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (ipv4Bytes(ip)) return Number(bits) <= 32;
  return ipv6(ip) && Number(bits) <= 128;
}
function specialIPProblem(s) {
  const b = ipv4Bytes(s);
  if (b) {
    if (b.every((x) => x === 0)) return `may not be unspecified (${s})`;
    if (b[0] === 127) return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
    if (b[0] === 169 && b[1] === 254) return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
    if (b[0] === 224 && b[1] === 0 && b[2] === 0)
      return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
    return void 0;
  }
  const low = s.toLowerCase();
  if (low === "::") return `may not be unspecified (${s})`;
  if (low === "::1") return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
  return void 0;
}
var SELECTOR_OPS = ["In", "NotIn", "Exists", "DoesNotExist"];
function labelSelectorProblems(sel, path, p, syntax = true) {
  const out = [];
  if (!isObject(sel)) return out;
  if (syntax && isObject(sel.matchLabels))
    for (const [k, v] of Object.entries(sel.matchLabels)) {
      const at = [...path, "matchLabels", k];
      const badKey = qualifiedName(k);
      if (badKey) out.push({ path: at, text: E.invalid(p(at), k, `the key ${badKey}`) });
      if (typeof v === "string") {
        const bad = labelValue(v);
        if (bad) out.push({ path: at, text: E.invalid(p(at), v, bad) });
      }
    }
  if (Array.isArray(sel.matchExpressions))
    sel.matchExpressions.forEach((e, i) => {
      if (!isObject(e)) return;
      const at = [...path, "matchExpressions", i];
      const values2 = Array.isArray(e.values) ? e.values : [];
      if (typeof e.operator === "string") {
        if (!SELECTOR_OPS.includes(e.operator))
          out.push({
            path: [...at, "operator"],
            text: E.invalid(p([...at, "operator"]), e.operator, "not a valid selector operator")
          });
        else if ((e.operator === "In" || e.operator === "NotIn") && values2.length === 0)
          out.push({
            path: at,
            text: E.required(p([...at, "values"]), "must be specified when `operator` is 'In' or 'NotIn'")
          });
        else if ((e.operator === "Exists" || e.operator === "DoesNotExist") && values2.length > 0)
          out.push({
            path: [...at, "values"],
            text: E.forbidden(
              p([...at, "values"]),
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"
            )
          });
      }
      if (!syntax) return;
      if (typeof e.key === "string") {
        const bad = qualifiedName(e.key);
        if (bad) out.push({ path: [...at, "key"], text: E.invalid(p([...at, "key"]), e.key, `the key ${bad}`) });
      }
      values2.forEach((v, j) => {
        if (typeof v !== "string") return;
        const bad = labelValue(v);
        if (bad) out.push({ path: [...at, "values", j], text: E.invalid(p([...at, "values", j]), v, bad) });
      });
    });
  return out;
}
var PERCENT = /^[0-9]+%$/;
function intOrPercentProblems(v, at) {
  if (typeof v === "string") {
    if (!PERCENT.test(v))
      return [
        E.invalid(
          at,
          v,
          "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
        )
      ];
    if (Number(v.slice(0, -1)) > 100) return [E.invalid(at, v, "must not be greater than 100%")];
    return [];
  }
  if (typeof v === "number" && v < 0) return [E.invalid(at, v, NEGATIVE)];
  return [];
}
function intOrPercentValue(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && PERCENT.test(v)) return Number(v.slice(0, -1));
  if (typeof v === "string") return /^[+-]?\d+$/.test(v) ? Number(v) : 0;
  return void 0;
}
function milliCeil(q) {
  const e = q.exp10 + 3;
  if (e >= 0) return q.mantissa * 10n ** BigInt(e);
  const d = 10n ** BigInt(-e);
  const quo = q.mantissa / d;
  return q.mantissa % d === 0n || q.mantissa < 0n ? quo : quo + 1n;
}
function quantity(v) {
  return parseQuantity(v);
}
function isNegativeQuantity(v) {
  const q = parseQuantity(v);
  return q !== void 0 && q.mantissa < 0n;
}
function isPositive(q) {
  return q.mantissa > 0n;
}

// src/rules/api/apps.ts
var KINDS = {
  Deployment: ["apps", "extensions"],
  ReplicaSet: ["apps", "extensions"],
  DaemonSet: ["apps", "extensions"],
  StatefulSet: ["apps"],
  ReplicationController: [""]
};
function nonNegative(m, issues, spec, keys) {
  for (const k of keys)
    if (isInt(spec[k]) && spec[k] < 0) issues.add(m, ["spec", k], E.invalid(`spec.${k}`, spec[k], NEGATIVE));
}
function deploymentStrategy(m, issues, spec) {
  const s = isObject(spec.strategy) ? spec.strategy : {};
  const type = typeof s.type === "string" ? s.type : "RollingUpdate";
  const ru = s.rollingUpdate;
  if (type === "Recreate") {
    if (ru !== void 0 && ru !== null)
      issues.add(
        m,
        ["spec", "strategy", "rollingUpdate"],
        E.forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"),
        "remove rollingUpdate, or render it only for type RollingUpdate"
      );
    return;
  }
  if (type !== "RollingUpdate" || ru !== void 0 && !isObject(ru)) return;
  const r = isObject(ru) ? ru : {};
  const base = ["spec", "strategy", "rollingUpdate"];
  for (const k of ["maxUnavailable", "maxSurge"])
    for (const t of intOrPercentProblems(r[k], fieldPath([...base, k])).filter(
      (x) => k === "maxUnavailable" || !x.includes("greater than 100%")
    ))
      issues.add(
        m,
        [...base, k],
        t,
        typeof r[k] === "string" && /^\d+$/.test(r[k]) ? "a quoted number is not a count; write it unquoted, or add %" : void 0
      );
  const unavailable = intOrPercentValue(r.maxUnavailable ?? "25%");
  const surge = intOrPercentValue(r.maxSurge ?? "25%");
  if (unavailable === 0 && surge === 0)
    issues.add(
      m,
      isObject(ru) ? [...base, r.maxUnavailable !== void 0 ? "maxUnavailable" : "maxSurge"] : ["spec", "strategy"],
      E.invalid(fieldPath([...base, "maxUnavailable"]), r.maxUnavailable ?? "25%", "may not be 0 when `maxSurge` is 0"),
      "a rollout that may neither add nor remove a pod cannot progress"
    );
}
function daemonSetStrategy(m, issues, spec) {
  const s = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = typeof s.type === "string" ? s.type : "RollingUpdate";
  if (type !== "RollingUpdate") return;
  const ru = s.rollingUpdate;
  if (ru !== void 0 && ru !== null && !isObject(ru)) return;
  const r = isObject(ru) ? ru : {};
  const base = ["spec", "updateStrategy", "rollingUpdate"];
  for (const k of ["maxUnavailable", "maxSurge"])
    for (const t of intOrPercentProblems(r[k], fieldPath([...base, k]))) issues.add(m, [...base, k], t);
  const unavailable = intOrPercentValue(r.maxUnavailable ?? 1) ?? 1;
  const surge = intOrPercentValue(r.maxSurge ?? 0) ?? 0;
  if (unavailable !== 0 && surge !== 0)
    issues.add(
      m,
      [...base, r.maxSurge !== void 0 ? "maxSurge" : "maxUnavailable"],
      E.invalid(fieldPath([...base, "maxSurge"]), r.maxSurge, "may not be set when maxUnavailable is non-zero"),
      r.maxUnavailable === void 0 || r.maxUnavailable === null ? "maxUnavailable defaults to 1; set maxUnavailable: 0 to roll a DaemonSet by surging" : "a DaemonSet rolls either by surging or by taking pods down, not both"
    );
  if (unavailable === 0 && surge === 0)
    issues.add(
      m,
      [...base, "maxUnavailable"],
      E.required(fieldPath([...base, "maxUnavailable"]), "cannot be 0 when maxSurge is 0")
    );
}
function statefulSetStrategy(m, issues, spec) {
  const s = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = typeof s.type === "string" ? s.type : "RollingUpdate";
  const ru = s.rollingUpdate;
  const base = ["spec", "updateStrategy", "rollingUpdate"];
  if (type === "OnDelete") {
    if (ru !== void 0 && ru !== null)
      issues.add(
        m,
        base,
        E.invalid(fieldPath(base), ru, "only allowed for updateStrategy 'RollingUpdate'"),
        "remove rollingUpdate, or render it only for type RollingUpdate"
      );
    return;
  }
  if (type !== "RollingUpdate" || !isObject(ru)) return;
  if (isInt(ru.partition) && ru.partition < 0)
    issues.add(m, [...base, "partition"], E.invalid(fieldPath([...base, "partition"]), ru.partition, NEGATIVE));
  if (ru.maxUnavailable !== void 0 && ru.maxUnavailable !== null) {
    const at = fieldPath([...base, "maxUnavailable"]);
    for (const t of intOrPercentProblems(ru.maxUnavailable, at)) issues.add(m, [...base, "maxUnavailable"], t);
    if (intOrPercentValue(ru.maxUnavailable) === 0)
      issues.add(m, [...base, "maxUnavailable"], E.invalid(at, ru.maxUnavailable, "cannot be 0"));
  }
}
var apiWorkloadSpec = {
  id: "api/workload-spec",
  description: "A Deployment, ReplicaSet, DaemonSet, StatefulSet or ReplicationController spec the API server rejects: negative replicas or minReadySeconds, progressDeadlineSeconds not above minReadySeconds (default 600), rollingUpdate with strategy Recreate or updateStrategy OnDelete, maxUnavailable/maxSurge that are not a count or a percentage, both 0, above 100%, or both non-zero on a DaemonSet, a pod restartPolicy other than Always, activeDeadlineSeconds (ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment, ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      const kind = m.resource.kind;
      const groups = KINDS[kind];
      if (!groups || !groups.includes(groupOf(m.resource.apiVersion))) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      nonNegative(m, issues, spec, ["replicas", "minReadySeconds"]);
      if (kind === "Deployment" || kind === "DaemonSet") nonNegative(m, issues, spec, ["revisionHistoryLimit"]);
      if (kind === "Deployment") {
        const mrs = isInt(spec.minReadySeconds) ? spec.minReadySeconds : 0;
        if (isInt(spec.progressDeadlineSeconds)) {
          if (spec.progressDeadlineSeconds < 0)
            issues.add(
              m,
              ["spec", "progressDeadlineSeconds"],
              E.invalid("spec.progressDeadlineSeconds", spec.progressDeadlineSeconds, NEGATIVE)
            );
          else if (spec.progressDeadlineSeconds <= mrs)
            issues.add(
              m,
              ["spec", "progressDeadlineSeconds"],
              E.invalid(
                "spec.progressDeadlineSeconds",
                spec.progressDeadlineSeconds,
                "must be greater than minReadySeconds"
              ),
              `minReadySeconds is ${mrs}`
            );
        } else if ((spec.progressDeadlineSeconds === void 0 || spec.progressDeadlineSeconds === null) && groupOf(m.resource.apiVersion) === "apps" && mrs >= 600)
          issues.add(
            m,
            ["spec", "minReadySeconds"],
            E.invalid("spec.progressDeadlineSeconds", 600, "must be greater than minReadySeconds"),
            `progressDeadlineSeconds defaults to 600 and minReadySeconds is ${mrs}; set progressDeadlineSeconds above it`
          );
        deploymentStrategy(m, issues, spec);
      }
      if (kind === "DaemonSet") daemonSetStrategy(m, issues, spec);
      if (kind === "StatefulSet") {
        statefulSetStrategy(m, issues, spec);
        const start = isObject(spec.ordinals) ? spec.ordinals.start : void 0;
        if (isInt(start) && start < 0)
          issues.add(m, ["spec", "ordinals", "start"], E.invalid("spec.ordinals.start", start, NEGATIVE));
      }
      const podSpec = isObject(spec.template) && isObject(spec.template.spec) ? spec.template.spec : void 0;
      if (!podSpec) continue;
      const rp = podSpec.restartPolicy;
      if (typeof rp === "string" && rp !== "Always")
        issues.add(
          m,
          ["spec", "template", "spec", "restartPolicy"],
          E.notSupported("spec.template.spec.restartPolicy", rp, ["Always"]),
          `a ${kind} keeps its pods running; use a Job for pods that finish`
        );
      if (podSpec.activeDeadlineSeconds !== void 0 && podSpec.activeDeadlineSeconds !== null) {
        const owner = kind === "Deployment" ? "ReplicaSet" : kind;
        issues.add(
          m,
          ["spec", "template", "spec", "activeDeadlineSeconds"],
          E.forbidden("spec.template.spec.activeDeadlineSeconds", `activeDeadlineSeconds in ${owner} is not Supported`),
          "a deadline would kill pods the controller is meant to keep running"
        );
      }
    }
    return issues.list;
  }
};

// src/rules/api/autoscaling.ts
var MAX_PERIOD = 1800;
var MAX_WINDOW = 3600;
var SOURCES = {
  Object: "object",
  Pods: "pods",
  Resource: "resource",
  External: "external",
  ContainerResource: "containerResource"
};
function set(v) {
  return v !== void 0 && v !== null;
}
function crossRef(m, issues, ref, at) {
  if (!isObject(ref)) return;
  for (const k of ["kind", "name"]) {
    const v = ref[k];
    if (v === "") issues.add(m, [...at, k], E.required(fieldPath([...at, k])));
    else if (typeof v === "string" && pathSegmentName(v))
      issues.add(m, [...at, k], E.invalid(fieldPath([...at, k]), v, pathSegmentName(v)));
  }
}
function metricName(m, issues, id, at) {
  if (!isObject(id)) return;
  if (id.name === "") issues.add(m, [...at, "name"], E.required(fieldPath([...at, "name"]), "must specify a metric name"));
  else if (typeof id.name === "string" && pathSegmentName(id.name))
    issues.add(m, [...at, "name"], E.invalid(fieldPath([...at, "name"]), id.name, pathSegmentName(id.name)));
}
function target(m, issues, t, at) {
  for (const k of ["value", "averageValue"]) {
    const q = set(t[k]) ? quantity(t[k]) : void 0;
    if (q && !isPositive(q)) issues.add(m, [...at, k], E.invalid(fieldPath([...at, k]), t[k], "must be positive"));
  }
  if (isInt(t.averageUtilization) && t.averageUtilization < 1)
    issues.add(
      m,
      [...at, "averageUtilization"],
      E.invalid(fieldPath([...at, "averageUtilization"]), t.averageUtilization, "must be greater than 0")
    );
}
function metric(m, issues, ms, at) {
  const present = Object.values(SOURCES).filter((k) => isObject(ms[k]));
  const expected = typeof ms.type === "string" ? SOURCES[ms.type] : void 0;
  if (expected && !isObject(ms[expected]))
    issues.add(
      m,
      at,
      E.required(fieldPath([...at, expected]), "must populate information for the given metric source"),
      `a ${ms.type} metric is described under ${expected}`
    );
  if (present.length > 1 || expected && present.length === 1 && present[0] !== expected)
    for (const k of present.filter((x) => x !== expected))
      issues.add(
        m,
        [...at, k],
        E.forbidden(fieldPath([...at, k]), "must populate the given metric source only"),
        `type is ${String(ms.type)}`
      );
  for (const k of present) {
    const src = ms[k];
    const sp = [...at, k];
    const t = isObject(src.target) ? src.target : {};
    const tp = [...sp, "target"];
    target(m, issues, t, tp);
    const hasValue = set(t.value);
    const hasAverage = set(t.averageValue);
    const hasUtil = set(t.averageUtilization);
    if (k === "resource" || k === "containerResource") {
      if (src.name === "")
        issues.add(m, [...sp, "name"], E.required(fieldPath([...sp, "name"]), "must specify a resource name"));
      if (k === "containerResource") {
        if (src.container === "")
          issues.add(m, [...sp, "container"], E.required(fieldPath([...sp, "container"]), "must specify a container"));
        else if (typeof src.container === "string" && dns1123Label(src.container))
          issues.add(
            m,
            [...sp, "container"],
            E.invalid(fieldPath([...sp, "container"]), src.container, dns1123Label(src.container))
          );
      }
      if (!hasUtil && !hasAverage)
        issues.add(
          m,
          isObject(src.target) ? tp : sp,
          E.required(fieldPath([...tp, "averageUtilization"]), "must set either a target raw value or a target utilization"),
          "a resource metric targets averageUtilization or averageValue"
        );
      if (hasUtil && hasAverage)
        issues.add(
          m,
          [...tp, "averageValue"],
          E.forbidden(fieldPath([...tp, "averageValue"]), "may not set both a target raw value and a target utilization")
        );
    } else {
      metricName(m, issues, src.metric, [...sp, "metric"]);
      if (k === "object") crossRef(m, issues, src.describedObject, [...sp, "describedObject"]);
      if (k === "pods" && !hasAverage)
        issues.add(
          m,
          isObject(src.target) ? tp : sp,
          E.required(fieldPath([...tp, "averageValue"]), "must specify a positive target averageValue")
        );
      if ((k === "object" || k === "external") && !hasValue && !hasAverage)
        issues.add(
          m,
          isObject(src.target) ? tp : sp,
          E.required(
            fieldPath([...tp, "averageValue"]),
            k === "object" ? "must set either a target value or averageValue" : "must set either a target value for metric or a per-pod target"
          )
        );
      if (k === "external" && hasValue && hasAverage)
        issues.add(
          m,
          [...tp, "value"],
          E.forbidden(fieldPath([...tp, "value"]), "may not set both a target value for metric and a per-pod target")
        );
    }
  }
}
function scalingRules(m, issues, r, at) {
  if (!isObject(r)) return;
  const w = r.stabilizationWindowSeconds;
  if (isInt(w) && w < 0)
    issues.add(
      m,
      [...at, "stabilizationWindowSeconds"],
      E.invalid(fieldPath([...at, "stabilizationWindowSeconds"]), w, "must be greater than or equal to zero")
    );
  if (isInt(w) && w > MAX_WINDOW)
    issues.add(
      m,
      [...at, "stabilizationWindowSeconds"],
      E.invalid(fieldPath([...at, "stabilizationWindowSeconds"]), w, `must be less than or equal to ${MAX_WINDOW}`)
    );
  if (Array.isArray(r.policies))
    r.policies.forEach((pol, i) => {
      if (!isObject(pol)) return;
      const pp = [...at, "policies", i];
      if (isInt(pol.value) && pol.value <= 0)
        issues.add(m, [...pp, "value"], E.invalid(fieldPath([...pp, "value"]), pol.value, "must be greater than zero"));
      if (isInt(pol.periodSeconds) && pol.periodSeconds <= 0)
        issues.add(
          m,
          [...pp, "periodSeconds"],
          E.invalid(fieldPath([...pp, "periodSeconds"]), pol.periodSeconds, "must be greater than zero")
        );
      if (isInt(pol.periodSeconds) && pol.periodSeconds > MAX_PERIOD)
        issues.add(
          m,
          [...pp, "periodSeconds"],
          E.invalid(fieldPath([...pp, "periodSeconds"]), pol.periodSeconds, `must be less than or equal to ${MAX_PERIOD}`)
        );
    });
}
var apiHorizontalPodAutoscaler = {
  id: "api/horizontal-pod-autoscaler",
  description: "A HorizontalPodAutoscaler the API server rejects: minReplicas below 1, maxReplicas below 1 or below minReplicas, an empty or invalid scaleTargetRef, a metric whose source does not match its type, a resource metric without (or with both) averageUtilization and averageValue, non-positive targets, scaling policies with a value or period out of range, a stabilization window outside 0-3600 (validateHorizontalPodAutoscalerSpec, validateMetricSpec, validateMetricTarget, validateScalingRules).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, "HorizontalPodAutoscaler", ["autoscaling"])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const min = isInt(spec.minReplicas) ? spec.minReplicas : void 0;
      if (min !== void 0 && min < 1)
        issues.add(
          m,
          ["spec", "minReplicas"],
          E.invalid("spec.minReplicas", min, "must be greater than or equal to 1"),
          min === 0 ? "scaling to zero needs the HPAScaleToZero feature gate, off by default" : void 0
        );
      if (isInt(spec.maxReplicas)) {
        if (spec.maxReplicas < 1)
          issues.add(
            m,
            ["spec", "maxReplicas"],
            E.invalid("spec.maxReplicas", spec.maxReplicas, "must be greater than 0")
          );
        else if (spec.maxReplicas < (min ?? 1))
          issues.add(
            m,
            ["spec", "maxReplicas"],
            E.invalid("spec.maxReplicas", spec.maxReplicas, "must be greater than or equal to `minReplicas`"),
            `minReplicas is ${min ?? 1}`
          );
      }
      crossRef(m, issues, spec.scaleTargetRef, ["spec", "scaleTargetRef"]);
      if (m.resource.apiVersion === "autoscaling/v1") {
        const t = spec.targetCPUUtilizationPercentage;
        if (isInt(t) && t < 1)
          issues.add(
            m,
            ["spec", "targetCPUUtilizationPercentage"],
            E.invalid("spec.metrics[0].resource.target.averageUtilization", t, "must be greater than 0")
          );
        continue;
      }
      if (Array.isArray(spec.metrics))
        spec.metrics.forEach((ms, i) => {
          if (isObject(ms)) metric(m, issues, ms, ["spec", "metrics", i]);
        });
      if (isObject(spec.behavior))
        for (const dir of ["scaleUp", "scaleDown"])
          scalingRules(m, issues, spec.behavior[dir], ["spec", "behavior", dir]);
    }
    return issues.list;
  }
};

// src/rules/api/batch.ts
var MAX_PARALLELISM_INDEXED = 1e5;
var MAX_FAILED_INDEXES = 1e5;
var COMPLETIONS_SOFT_LIMIT = 1e5;
var PARALLELISM_HIGH_COMPLETIONS = 1e4;
var MAX_FAILED_HIGH_COMPLETIONS = 1e4;
var MAX_POD_FAILURE_RULES = 20;
var MAX_EXIT_CODES = 255;
var MAX_SUCCESS_RULES = 20;
var ACTIONS = ["Count", "FailIndex", "FailJob", "Ignore"];
function indexes(text, completions) {
  if (text === "") return { total: 0 };
  let last;
  let total = 0;
  for (const interval of text.split(",")) {
    const parts = interval.split("-");
    if (parts.length > 2)
      return {
        error: `the fragment "${interval}" violates the requirement that an index interval can have at most two parts separated by '-'`
      };
    const nums = [];
    for (const s of parts) {
      if (!/^[+-]?\d+$/.test(s)) return { error: `cannot convert string to integer for index: "${s}"` };
      const n = Number(s);
      if (n >= completions) return { error: `too large index: "${s}"` };
      nums.push(n);
    }
    const x = nums[0];
    const y = nums[1] ?? x;
    if (nums.length === 2 && x >= y) return { error: `non-increasing order, previous: ${x}, current: ${y}` };
    if (last !== void 0 && last >= x) return { error: `non-increasing order, previous: ${last}, current: ${x}` };
    total += y - x + 1;
    last = y;
  }
  return { total };
}
function containerNames(spec) {
  const out = /* @__PURE__ */ new Set();
  const pod = spec.template?.spec;
  for (const list2 of ["containers", "initContainers"])
    if (isObject(pod) && Array.isArray(pod[list2])) {
      for (const c of pod[list2]) if (isObject(c) && typeof c.name === "string") out.add(c.name);
    }
  return out;
}
function podFailurePolicy(m, issues, spec, at) {
  const pfp = spec.podFailurePolicy;
  if (!isObject(pfp)) return;
  const base = [...at, "podFailurePolicy"];
  const rules3 = Array.isArray(pfp.rules) ? pfp.rules : [];
  if (rules3.length > MAX_POD_FAILURE_RULES)
    issues.add(m, [...base, "rules"], E.tooMany(fieldPath([...base, "rules"]), rules3.length, MAX_POD_FAILURE_RULES));
  const names2 = containerNames(spec);
  rules3.forEach((r, i) => {
    if (!isObject(r)) return;
    const rp = [...base, "rules", i];
    if (r.action === "")
      issues.add(m, rp, E.required(fieldPath([...rp, "action"]), `valid values: ["${ACTIONS.join('" "')}"]`));
    else if (r.action === "FailIndex" && (spec.backoffLimitPerIndex === void 0 || spec.backoffLimitPerIndex === null))
      issues.add(
        m,
        [...rp, "action"],
        E.invalid(fieldPath([...rp, "action"]), r.action, "requires the backoffLimitPerIndex to be set")
      );
    const exit = r.onExitCodes;
    const conds = Array.isArray(r.onPodConditions) ? r.onPodConditions : [];
    if (isObject(exit) && conds.length > 0)
      issues.add(m, rp, `${fieldPath(rp)}: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported`);
    if (!isObject(exit) && conds.length === 0)
      issues.add(m, rp, `${fieldPath(rp)}: Invalid value: specifying one of OnExitCodes and OnPodConditions is required`);
    if (isObject(exit)) {
      const ep = [...rp, "onExitCodes"];
      if (typeof exit.containerName === "string" && !names2.has(exit.containerName))
        issues.add(
          m,
          [...ep, "containerName"],
          E.invalid(
            fieldPath([...ep, "containerName"]),
            exit.containerName,
            "must be one of the container or initContainer names in the pod template"
          )
        );
      const values2 = Array.isArray(exit.values) ? exit.values : [];
      if (values2.length === 0)
        issues.add(
          m,
          isObject(exit) && exit.values !== void 0 ? [...ep, "values"] : ep,
          E.invalid(fieldPath([...ep, "values"]), values2, "at least one value is required")
        );
      else if (values2.length > MAX_EXIT_CODES)
        issues.add(m, [...ep, "values"], E.tooMany(fieldPath([...ep, "values"]), values2.length, MAX_EXIT_CODES));
      const seen = /* @__PURE__ */ new Set();
      let ordered = true;
      values2.forEach((v, j) => {
        if (!isInt(v)) return;
        if (exit.operator === "In" && v === 0)
          issues.add(
            m,
            [...ep, "values", j],
            E.invalid(fieldPath([...ep, "values", j]), v, "must not be 0 for the In operator")
          );
        if (seen.has(v)) issues.add(m, [...ep, "values", j], E.duplicate(fieldPath([...ep, "values", j]), v));
        seen.add(v);
        const prev = values2[j - 1];
        if (j > 0 && isInt(prev) && prev > v) ordered = false;
      });
      if (!ordered) issues.add(m, [...ep, "values"], E.invalid(fieldPath([...ep, "values"]), values2, "must be ordered"));
    }
    conds.forEach((c, j) => {
      if (!isObject(c)) return;
      const cp = [...rp, "onPodConditions", j];
      if (typeof c.type === "string") {
        const bad = qualifiedName(c.type);
        if (bad) issues.add(m, [...cp, "type"], E.invalid(fieldPath([...cp, "type"]), c.type, bad));
      }
      if (c.status === "") issues.add(m, [...cp, "status"], E.required(fieldPath([...cp, "status"])));
    });
  });
  const rpol = spec.template?.spec?.restartPolicy;
  if (rpol === "OnFailure")
    issues.add(
      m,
      [...at, "template", "spec", "restartPolicy"],
      E.invalid(
        fieldPath([...at, "template", "spec", "restartPolicy"]),
        rpol,
        'only "Never" is supported when podFailurePolicy is specified'
      ),
      "a pod failure policy judges failed pods, so the kubelet must not restart them"
    );
}
function successPolicy(m, issues, spec, at, indexed) {
  const sp = spec.successPolicy;
  if (!isObject(sp)) return;
  const base = [...at, "successPolicy"];
  if (!indexed) {
    issues.add(m, base, E.invalid(fieldPath(base), sp, "requires indexed completion mode"), "set completionMode: Indexed");
    return;
  }
  const rules3 = Array.isArray(sp.rules) ? sp.rules : [];
  if (rules3.length === 0)
    issues.add(
      m,
      base,
      E.required(fieldPath([...base, "rules"]), "at least one rules must be specified when the successPolicy is specified")
    );
  if (rules3.length > MAX_SUCCESS_RULES)
    issues.add(m, [...base, "rules"], E.tooMany(fieldPath([...base, "rules"]), rules3.length, MAX_SUCCESS_RULES));
  const completions = isInt(spec.completions) ? spec.completions : void 0;
  rules3.forEach((r, i) => {
    if (!isObject(r)) return;
    const rp = [...base, "rules", i];
    const count = r.succeededCount;
    const idx = r.succeededIndexes;
    if ((count === void 0 || count === null) && (idx === void 0 || idx === null))
      issues.add(m, rp, E.required(fieldPath(rp), "at least one of succeededCount or succeededIndexes must be specified"));
    let total;
    if (typeof idx === "string" && completions !== void 0) {
      const res = indexes(idx, completions);
      if ("error" in res)
        issues.add(
          m,
          [...rp, "succeededIndexes"],
          E.invalid(fieldPath([...rp, "succeededIndexes"]), idx, `error parsing succeededIndexes: ${res.error}`)
        );
      else total = res.total;
    }
    if (isInt(count)) {
      const cp = [...rp, "succeededCount"];
      if (count < 0) issues.add(m, cp, E.invalid(fieldPath(cp), count, NEGATIVE));
      if (completions !== void 0 && count > completions)
        issues.add(
          m,
          cp,
          E.invalid(fieldPath(cp), count, `must be less than or equal to ${completions} (the number of specified completions)`)
        );
      if (total !== void 0 && count > total)
        issues.add(
          m,
          cp,
          E.invalid(
            fieldPath(cp),
            count,
            `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`
          )
        );
    }
  });
}
function jobSpec(m, issues, spec, at) {
  for (const k of [
    "parallelism",
    "completions",
    "activeDeadlineSeconds",
    "backoffLimit",
    "ttlSecondsAfterFinished",
    "backoffLimitPerIndex",
    "maxFailedIndexes"
  ])
    if (isInt(spec[k]) && spec[k] < 0) issues.add(m, [...at, k], E.invalid(fieldPath([...at, k]), spec[k], NEGATIVE));
  const has = (k) => spec[k] !== void 0 && spec[k] !== null;
  if (has("maxFailedIndexes") && !has("backoffLimitPerIndex"))
    issues.add(
      m,
      [...at, "maxFailedIndexes"],
      E.required(fieldPath([...at, "backoffLimitPerIndex"]), "when maxFailedIndexes is specified")
    );
  const indexed = spec.completionMode === "Indexed";
  if (indexed) {
    if (!has("completions"))
      issues.add(
        m,
        [...at, "completionMode"],
        E.required(fieldPath([...at, "completions"]), "when completion mode is Indexed"),
        "an Indexed Job runs one pod per index from 0 to completions-1"
      );
    if (isInt(spec.parallelism) && spec.parallelism > MAX_PARALLELISM_INDEXED)
      issues.add(
        m,
        [...at, "parallelism"],
        E.invalid(
          fieldPath([...at, "parallelism"]),
          spec.parallelism,
          `must be less than or equal to ${MAX_PARALLELISM_INDEXED} when completion mode is Indexed`
        )
      );
    if (isInt(spec.completions) && isInt(spec.maxFailedIndexes) && spec.maxFailedIndexes > spec.completions)
      issues.add(
        m,
        [...at, "maxFailedIndexes"],
        E.invalid(fieldPath([...at, "maxFailedIndexes"]), spec.maxFailedIndexes, "must be less than or equal to completions")
      );
    if (isInt(spec.maxFailedIndexes) && spec.maxFailedIndexes > MAX_FAILED_INDEXES)
      issues.add(
        m,
        [...at, "maxFailedIndexes"],
        E.invalid(
          fieldPath([...at, "maxFailedIndexes"]),
          spec.maxFailedIndexes,
          `must be less than or equal to ${MAX_FAILED_INDEXES}`
        )
      );
    if (isInt(spec.completions) && spec.completions > COMPLETIONS_SOFT_LIMIT && has("backoffLimitPerIndex")) {
      if (!has("maxFailedIndexes"))
        issues.add(
          m,
          [...at, "completions"],
          E.required(
            fieldPath([...at, "maxFailedIndexes"]),
            `must be specified when completions is above ${COMPLETIONS_SOFT_LIMIT}`
          )
        );
      if (isInt(spec.parallelism) && spec.parallelism > PARALLELISM_HIGH_COMPLETIONS)
        issues.add(
          m,
          [...at, "parallelism"],
          E.invalid(
            fieldPath([...at, "parallelism"]),
            spec.parallelism,
            `must be less than or equal to ${PARALLELISM_HIGH_COMPLETIONS} when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`
          )
        );
      if (isInt(spec.maxFailedIndexes) && spec.maxFailedIndexes > MAX_FAILED_HIGH_COMPLETIONS)
        issues.add(
          m,
          [...at, "maxFailedIndexes"],
          E.invalid(
            fieldPath([...at, "maxFailedIndexes"]),
            spec.maxFailedIndexes,
            `must be less than or equal to ${MAX_FAILED_HIGH_COMPLETIONS} when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`
          )
        );
    }
  } else if (spec.completionMode === void 0 || spec.completionMode === null || spec.completionMode === "NonIndexed") {
    for (const k of ["backoffLimitPerIndex", "maxFailedIndexes"])
      if (has(k))
        issues.add(
          m,
          [...at, k],
          E.invalid(fieldPath([...at, k]), spec[k], "requires indexed completion mode"),
          "set completionMode: Indexed"
        );
  }
  podFailurePolicy(m, issues, spec, at);
  successPolicy(m, issues, spec, at, indexed);
  const rpp = spec.podReplacementPolicy;
  if (typeof rpp === "string" && isObject(spec.podFailurePolicy) && rpp !== "Failed")
    issues.add(
      m,
      [...at, "podReplacementPolicy"],
      E.notSupported(fieldPath([...at, "podReplacementPolicy"]), rpp, ["Failed"]),
      "with a podFailurePolicy a pod is replaced only once it has failed"
    );
}
var apiJobSpec = {
  id: "api/job-spec",
  description: "A Job or CronJob spec the API server rejects: negative counts or durations, an Indexed Job without completions (or whose last pod hostname is not a DNS label), backoffLimitPerIndex, maxFailedIndexes or successPolicy without Indexed mode, a podFailurePolicy with restartPolicy OnFailure, a rule without action, with both or neither of onExitCodes and onPodConditions, an unknown container, or unordered exit codes, a CronJob jobTemplate with a selector (validateJobSpec, validatePodFailurePolicy, validateSuccessPolicy, validateCronJobSpec, ValidateJobTemplateSpec).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (isBuiltin(m, "Job", ["batch"])) {
        const spec2 = m.object.spec;
        if (!isObject(spec2)) continue;
        jobSpec(m, issues, spec2, ["spec"]);
        const name = m.object.metadata?.name;
        if (spec2.completionMode === "Indexed" && isInt(spec2.completions) && spec2.completions > 0 && typeof name === "string") {
          const host = `${name}-${spec2.completions - 1}`;
          if (dns1123Label(host))
            issues.add(
              m,
              ["metadata", "name"],
              E.invalid("metadata.name", name, `will not able to create pod with invalid DNS label: ${host}`),
              "an Indexed Job names each pod host <job>-<index>, which must be a DNS label (at most 63 characters)"
            );
        }
        continue;
      }
      if (!isBuiltin(m, "CronJob", ["batch"])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      for (const k of ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"])
        if (isInt(spec[k]) && spec[k] < 0) issues.add(m, ["spec", k], E.invalid(`spec.${k}`, spec[k], NEGATIVE));
      const jt = isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec) ? spec.jobTemplate.spec : void 0;
      if (!jt) continue;
      const at = ["spec", "jobTemplate", "spec"];
      jobSpec(m, issues, jt, at);
      if (jt.selector !== void 0 && jt.selector !== null)
        issues.add(
          m,
          [...at, "selector"],
          E.invalid(fieldPath([...at, "selector"]), jt.selector, "`selector` will be auto-generated"),
          "remove the selector from the jobTemplate"
        );
      if (jt.manualSelector === true)
        issues.add(m, [...at, "manualSelector"], E.notSupported(fieldPath([...at, "manualSelector"]), true, ["nil", "false"]));
    }
    return issues.list;
  }
};

// src/rules/api/core-pvc.ts
function sameRef(a, b) {
  return (a.apiGroup ?? "") === (b.apiGroup ?? "") && a.kind === b.kind && a.name === b.name;
}
function dataSourceProblems(ds, at, p) {
  const out = [];
  if (ds.name === "") out.push({ path: [...at, "name"], text: E.required(p([...at, "name"])) });
  if (ds.kind === "") out.push({ path: [...at, "kind"], text: E.required(p([...at, "kind"])) });
  const group2 = typeof ds.apiGroup === "string" ? ds.apiGroup : "";
  if (group2 === "" && typeof ds.kind === "string" && ds.kind !== "" && ds.kind !== "PersistentVolumeClaim")
    out.push({
      path: [...at, "kind"],
      text: E.invalid(p(at), ds.kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup")
    });
  if (group2 !== "") {
    const bad = dns1123Subdomain(group2);
    if (bad) out.push({ path: [...at, "apiGroup"], text: E.invalid(p([...at, "apiGroup"]), group2, bad) });
  }
  return out;
}
function pvcSpecProblems(spec, at, p, selectorSyntax = true) {
  const out = [];
  if (!isObject(spec)) {
    out.push({
      path: at.slice(0, -1),
      text: E.required(p([...at, "accessModes"]), "at least 1 access mode is required")
    });
    return out;
  }
  const modes = Array.isArray(spec.accessModes) ? spec.accessModes : [];
  if (modes.length === 0)
    out.push({
      path: spec.accessModes === void 0 ? at : [...at, "accessModes"],
      text: E.required(p([...at, "accessModes"]), "at least 1 access mode is required")
    });
  if (modes.includes("ReadWriteOncePod") && modes.some((m) => m !== "ReadWriteOncePod"))
    out.push({
      path: [...at, "accessModes"],
      text: E.forbidden(p([...at, "accessModes"]), "may not use ReadWriteOncePod with other access modes")
    });
  if (spec.selector !== void 0 && spec.selector !== null)
    out.push(...labelSelectorProblems(spec.selector, [...at, "selector"], p, selectorSyntax));
  const requests = isObject(spec.resources) && isObject(spec.resources.requests) ? spec.resources.requests : void 0;
  const storage = requests?.storage;
  if (storage === void 0 || storage === null) {
    const res = isObject(spec.resources) ? spec.resources : void 0;
    const where2 = res ? keyOr(res, "requests", [...at, "resources"]) : keyOr(spec, "resources", at);
    out.push({ path: where2, text: E.required(`${p([...at, "resources"])}[storage]`) });
  } else {
    const q = quantity(storage);
    if (q && !isPositive(q))
      out.push({
        path: [...at, "resources", "requests", "storage"],
        text: E.invalid(`${p([...at, "resources"])}[storage]`, storage, "must be greater than zero")
      });
  }
  if (typeof spec.storageClassName === "string" && spec.storageClassName !== "") {
    const bad = dns1123Subdomain(spec.storageClassName);
    if (bad)
      out.push({
        path: [...at, "storageClassName"],
        text: E.invalid(p([...at, "storageClassName"]), spec.storageClassName, bad)
      });
  }
  if (typeof spec.volumeAttributesClassName === "string" && spec.volumeAttributesClassName !== "") {
    const bad = dns1123Subdomain(spec.volumeAttributesClassName);
    if (bad)
      out.push({
        path: [...at, "volumeAttributesClassName"],
        text: E.invalid(p([...at, "volumeAttributesClassName"]), spec.volumeAttributesClassName, bad)
      });
  }
  const ds = isObject(spec.dataSource) ? spec.dataSource : void 0;
  const dsr = isObject(spec.dataSourceRef) ? spec.dataSourceRef : void 0;
  if (ds) out.push(...dataSourceProblems(ds, [...at, "dataSource"], p));
  if (dsr) {
    out.push(...dataSourceProblems(dsr, [...at, "dataSourceRef"], p));
    if (typeof dsr.namespace === "string" && dsr.namespace !== "") {
      const bad = dns1123Label(dsr.namespace);
      if (bad)
        out.push({
          path: [...at, "dataSourceRef", "namespace"],
          text: E.invalid(p([...at, "dataSourceRef", "namespace"]), dsr.namespace, bad)
        });
    }
  }
  if (ds && dsr) {
    if (typeof dsr.namespace === "string" && dsr.namespace !== "")
      out.push({
        path: [...at, "dataSource"],
        text: E.invalid(
          p(at),
          p([...at, "dataSource"]),
          "may not be specified when dataSourceRef.namespace is specified"
        )
      });
    else if (!sameRef(ds, dsr))
      out.push({
        path: [...at, "dataSource"],
        text: E.invalid(p(at), p([...at, "dataSource"]), "must match dataSourceRef")
      });
  }
  return out;
}
var CLAIM_HINT = "a claim needs at least one access mode and resources.requests.storage; a dataSource without apiGroup must be a PersistentVolumeClaim";
var apiPersistentVolumeClaim = {
  id: "api/persistent-volume-claim",
  description: "A PersistentVolumeClaim (or StatefulSet volumeClaimTemplate) the API server rejects: no access mode, ReadWriteOncePod mixed with others, no or non-positive storage request, an invalid storageClassName, a dataSource/dataSourceRef of the wrong shape or disagreeing (ValidatePersistentVolumeClaimSpec).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (isBuiltin(m, "PersistentVolumeClaim", [""])) {
        for (const pr of pvcSpecProblems(m.object.spec, ["spec"], fieldPath, false))
          issues.add(m, pr.path, pr.text, CLAIM_HINT);
        continue;
      }
      if (m.resource.kind === "StatefulSet" && groupOf(m.resource.apiVersion) === "apps") statefulSetClaims(m, issues);
    }
    return issues.list;
  }
};
function statefulSetClaims(m, issues) {
  const templates = m.object.spec?.volumeClaimTemplates;
  if (!Array.isArray(templates)) return;
  templates.forEach((t, i) => {
    if (!isObject(t)) return;
    const at = ["spec", "volumeClaimTemplates", i];
    const claim = isObject(t.metadata) && typeof t.metadata.name === "string" ? t.metadata.name : String(i);
    const p = (path) => fieldPath(path.slice(at.length));
    for (const pr of pvcSpecProblems(t.spec, [...at, "spec"], p))
      issues.add(
        m,
        pr.path,
        `the StatefulSet is accepted, but the claims its controller creates from volumeClaimTemplate "${claim}" are rejected: ${pr.text}`,
        CLAIM_HINT
      );
  });
}

// src/rules/api/core-volumes.ts
var SOURCES2 = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
var FILE_MODE = "must be a number between 0 and 0777 (octal), both inclusive";
var VOLUME_FIELD_PATHS = [
  "metadata.name",
  "metadata.namespace",
  "metadata.labels",
  "metadata.annotations",
  "metadata.uid"
];
var RESOURCE_FIELD_PATHS = [
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage"
];
function modeProblem(site, issues, holder, key, at) {
  const v = holder[key];
  if (isInt(v) && (v < 0 || v > 511))
    site.add(
      issues,
      [...at, key],
      E.invalid(site.p([...at, key]), v, FILE_MODE),
      "write the mode in octal (0644) or as its decimal value (420)"
    );
}
function keyToPath(site, issues, items, at, paths) {
  if (!Array.isArray(items)) return;
  items.forEach((kp, i) => {
    if (!isObject(kp)) return;
    const ip = [...at, i];
    if (kp.key === "") site.add(issues, [...ip, "key"], E.required(site.p([...ip, "key"])));
    if (kp.path === "") site.add(issues, [...ip, "path"], E.required(site.p([...ip, "path"])));
    else if (typeof kp.path === "string") {
      for (const why of localNonReservedPathProblems(kp.path))
        site.add(
          issues,
          [...ip, "path"],
          E.invalid(site.p([...ip, "path"]), kp.path, why),
          "an item path is relative to the mount point"
        );
      paths.push(kp.path);
    }
    modeProblem(site, issues, kp, "mode", ip);
  });
}
function downwardFiles(site, issues, items, at, paths) {
  if (!Array.isArray(items)) return;
  items.forEach((f, i) => {
    if (!isObject(f)) return;
    const ip = [...at, i];
    if (f.path === "") site.add(issues, [...ip, "path"], E.required(site.p([...ip, "path"])));
    else if (typeof f.path === "string") {
      for (const why of localNonReservedPathProblems(f.path))
        site.add(issues, [...ip, "path"], E.invalid(site.p([...ip, "path"]), f.path, why));
      paths.push(f.path);
    }
    const hasField = isObject(f.fieldRef);
    const hasRes = isObject(f.resourceFieldRef);
    if (hasField && hasRes)
      site.add(
        issues,
        ip,
        E.invalid(site.p(ip), "resource", "fieldRef and resourceFieldRef can not be specified simultaneously")
      );
    else if (!hasField && !hasRes)
      site.add(issues, ip, E.required(site.p(ip), "one of fieldRef and resourceFieldRef is required"));
    if (hasField) {
      const fp = f.fieldRef.fieldPath;
      const apiVersion = f.fieldRef.apiVersion;
      if (typeof fp === "string" && fp !== "" && (apiVersion === void 0 || apiVersion === "v1")) {
        const bad = fieldPathProblem(fp, VOLUME_FIELD_PATHS);
        if (bad) site.add(issues, [...ip, "fieldRef", "fieldPath"], bad(site.p([...ip, "fieldRef", "fieldPath"])));
      }
    }
    if (hasRes) {
      const r = f.resourceFieldRef;
      if (typeof r.containerName !== "string" || r.containerName === "")
        site.add(issues, [...ip, "resourceFieldRef"], E.required(site.p([...ip, "resourceFieldRef", "containerName"])));
      else if (typeof r.resource === "string" && !resourceFieldOk(r.resource))
        site.add(
          issues,
          [...ip, "resourceFieldRef", "resource"],
          E.notSupported(site.p([...ip, "resourceFieldRef", "resource"]), r.resource, RESOURCE_FIELD_PATHS)
        );
    }
    modeProblem(site, issues, f, "mode", ip);
  });
}
function resourceFieldOk(resource) {
  return RESOURCE_FIELD_PATHS.includes(resource) || resource.startsWith("requests.hugepages-") || resource.startsWith("limits.hugepages-");
}
function fieldPathProblem(fp, allowed) {
  const sub = /^(.*)\['(.*)'\]$/.exec(fp);
  if (sub) {
    const [, base, key] = sub;
    if (base === "metadata.labels" || base === "metadata.annotations") {
      const bad = qualifiedName(base === "metadata.annotations" ? key.toLowerCase() : key);
      return bad ? (at) => E.invalid(at, key, `the key ${bad}`) : void 0;
    }
    return (at) => E.invalid(at, base, "does not support subscript");
  }
  return allowed.includes(fp) ? void 0 : (at) => E.notSupported(at, fp, allowed);
}
function overlaps(site, issues, paths, at, what) {
  const seen = [];
  for (const raw of paths) {
    const p = raw.replace(/\/+$/, "");
    const hit = seen.find(
      (s) => s !== "" && p !== "" && (s === p || (s + "/").startsWith(p + "/") || (p + "/").startsWith(s + "/"))
    );
    if (hit !== void 0)
      site.add(
        issues,
        at,
        `${what}: overlapping paths: ${JSON.stringify(p)} with ${JSON.stringify(hit)} (an API server warning)`,
        'one item overwrites the other, or the kubelet fails with "is a directory" / "file exists"',
        "warning"
      );
    seen.push(p);
  }
}
function checkVolume(site, issues, v, at, names2) {
  const name = v.name;
  if (name === "") site.add(issues, [...at, "name"], E.required(site.p([...at, "name"])));
  else if (typeof name === "string") {
    const bad = dns1123Label(name);
    if (bad) site.add(issues, [...at, "name"], E.invalid(site.p([...at, "name"]), name, bad));
    else if (names2.has(name))
      site.add(
        issues,
        [...at, "name"],
        E.duplicate(site.p([...at, "name"]), name),
        "two volumes of one pod share a name"
      );
    names2.add(name);
  }
  const present = SOURCES2.filter((s) => v[s] !== void 0 && v[s] !== null);
  for (const extra of present.slice(1))
    site.add(
      issues,
      [...at, extra],
      E.forbidden(site.p([...at, extra]), "may not specify more than 1 volume type"),
      `volume "${String(name)}" already has ${present[0]}; split it into two volumes`
    );
  const label = `volume ${JSON.stringify(String(name ?? ""))}`;
  if (isObject(v.secret)) {
    const sp = [...at, "secret"];
    if (typeof v.secret.secretName !== "string" || v.secret.secretName === "")
      site.add(
        issues,
        keyOr(v.secret, "secretName", sp),
        E.required(site.p([...sp, "secretName"])),
        "the value that names the Secret rendered empty"
      );
    modeProblem(site, issues, v.secret, "defaultMode", sp);
    const paths = [];
    keyToPath(site, issues, v.secret.items, [...sp, "items"], paths);
    overlaps(
      site,
      issues,
      paths,
      [...sp, "items"],
      `${label} (Secret ${JSON.stringify(String(v.secret.secretName ?? ""))})`
    );
  }
  if (isObject(v.configMap)) {
    const cp = [...at, "configMap"];
    if (typeof v.configMap.name !== "string" || v.configMap.name === "")
      site.add(
        issues,
        keyOr(v.configMap, "name", cp),
        E.required(site.p([...cp, "name"])),
        "the value that names the ConfigMap rendered empty"
      );
    modeProblem(site, issues, v.configMap, "defaultMode", cp);
    const paths = [];
    keyToPath(site, issues, v.configMap.items, [...cp, "items"], paths);
    overlaps(
      site,
      issues,
      paths,
      [...cp, "items"],
      `${label} (ConfigMap ${JSON.stringify(String(v.configMap.name ?? ""))})`
    );
  }
  if (isObject(v.downwardAPI)) {
    const dp = [...at, "downwardAPI"];
    modeProblem(site, issues, v.downwardAPI, "defaultMode", dp);
    const paths = [];
    downwardFiles(site, issues, v.downwardAPI.items, [...dp, "items"], paths);
    overlaps(site, issues, paths, [...dp, "items"], `${label} (DownwardAPI)`);
  }
  if (isObject(v.projected)) projected(site, issues, v.projected, [...at, "projected"]);
  if (isObject(v.persistentVolumeClaim)) {
    const cn = v.persistentVolumeClaim.claimName;
    if (typeof cn === "string" && cn === "")
      site.add(
        issues,
        [...at, "persistentVolumeClaim", "claimName"],
        E.required(site.p([...at, "persistentVolumeClaim", "claimName"]))
      );
  }
  if (isObject(v.hostPath) && typeof v.hostPath.path === "string") {
    const hp = [...at, "hostPath", "path"];
    if (v.hostPath.path === "") site.add(issues, hp, E.required(site.p(hp)));
    else if (hasBackstep(v.hostPath.path))
      site.add(issues, hp, E.invalid(site.p(hp), v.hostPath.path, "must not contain '..'"));
  }
  if (isObject(v.nfs)) {
    const np = [...at, "nfs"];
    if (typeof v.nfs.server === "string" && v.nfs.server === "")
      site.add(issues, [...np, "server"], E.required(site.p([...np, "server"])));
    if (typeof v.nfs.path === "string" && !v.nfs.path.startsWith("/"))
      site.add(issues, [...np, "path"], E.invalid(site.p([...np, "path"]), v.nfs.path, "must be an absolute path"));
  }
  if (isObject(v.emptyDir) && v.emptyDir.sizeLimit !== void 0 && isNegativeQuantity(v.emptyDir.sizeLimit))
    site.add(
      issues,
      [...at, "emptyDir", "sizeLimit"],
      E.forbidden(site.p([...at, "emptyDir", "sizeLimit"]), "SizeLimit field must be a valid resource quantity")
    );
  if (isObject(v.csi)) {
    const cp = [...at, "csi"];
    const driver = v.csi.driver;
    if (typeof driver === "string") {
      if (driver === "") site.add(issues, [...cp, "driver"], E.required(site.p([...cp, "driver"])));
      else if (driver.length > 63)
        site.add(issues, [...cp, "driver"], `${site.p([...cp, "driver"])}: Too long: may not be more than 63 bytes`);
      else {
        const bad = dns1123Subdomain(driver.toLowerCase());
        if (bad) site.add(issues, [...cp, "driver"], E.invalid(site.p([...cp, "driver"]), driver, bad));
      }
    }
    const ref = v.csi.nodePublishSecretRef;
    if (isObject(ref) && (typeof ref.name !== "string" || ref.name === ""))
      site.add(
        issues,
        keyOr(ref, "name", [...cp, "nodePublishSecretRef"]),
        E.required(site.p([...cp, "nodePublishSecretRef", "name"]))
      );
  }
  if (v.ephemeral !== void 0 && v.ephemeral !== null) ephemeral(site, issues, v.ephemeral, [...at, "ephemeral"]);
  if (isObject(v.image) && site.pod.kind === "Pod" && (typeof v.image.reference !== "string" || v.image.reference === ""))
    site.add(issues, [...at, "image"], E.required(site.p([...at, "image", "reference"])));
}
function projected(site, issues, pj, at) {
  modeProblem(site, issues, pj, "defaultMode", at);
  if (!Array.isArray(pj.sources)) return;
  const all = /* @__PURE__ */ new Set();
  const conflict = (p, where2) => {
    if (all.has(p))
      site.add(
        issues,
        where2,
        E.invalid(site.p(at), p, "conflicting duplicate paths"),
        "two sources of one projected volume write the same file"
      );
    all.add(p);
  };
  pj.sources.forEach((src, i) => {
    if (!isObject(src)) return;
    const sp = [...at, "sources", i];
    const kinds = [
      "secret",
      "configMap",
      "downwardAPI",
      "serviceAccountToken",
      "clusterTrustBundle",
      "podCertificate"
    ].filter((k) => src[k] !== void 0 && src[k] !== null);
    if (kinds.length > 1)
      site.add(
        issues,
        [...sp, kinds[1]],
        E.forbidden(site.p(sp), "may not specify more than 1 volume type per source"),
        "give each source its own list entry"
      );
    for (const k of ["secret", "configMap"]) {
      const s = src[k];
      if (!isObject(s)) continue;
      if (typeof s.name !== "string" || s.name === "")
        site.add(issues, keyOr(s, "name", [...sp, k]), E.required(site.p([...sp, k, "name"])));
      const paths = [];
      keyToPath(site, issues, s.items, [...sp, k, "items"], paths);
      for (const p of paths) conflict(p, [...sp, k, "items"]);
    }
    if (isObject(src.downwardAPI)) {
      const paths = [];
      downwardFiles(site, issues, src.downwardAPI.items, [...sp, "downwardAPI", "items"], paths);
      for (const p of paths) conflict(p, [...sp, "downwardAPI", "items"]);
    }
    if (isObject(src.serviceAccountToken)) {
      const tp = [...sp, "serviceAccountToken"];
      const t = src.serviceAccountToken;
      if (isInt(t.expirationSeconds) && t.expirationSeconds < 600)
        site.add(
          issues,
          [...tp, "expirationSeconds"],
          E.invalid(
            site.p([...tp, "expirationSeconds"]),
            t.expirationSeconds,
            "may not specify a duration less than 10 minutes"
          )
        );
      if (isInt(t.expirationSeconds) && t.expirationSeconds > 2 ** 32)
        site.add(
          issues,
          [...tp, "expirationSeconds"],
          E.invalid(
            site.p([...tp, "expirationSeconds"]),
            t.expirationSeconds,
            "may not specify a duration larger than 2^32 seconds"
          )
        );
      if (typeof t.path === "string") {
        if (t.path === "") site.add(issues, [...tp, "path"], E.required(site.p([...at, "path"])));
        else {
          for (const why of localNonReservedPathProblems(t.path))
            site.add(issues, [...tp, "path"], E.invalid(site.p([...at, "path"]), t.path, why));
        }
      }
    }
    if (isObject(src.clusterTrustBundle)) {
      const cp = [...sp, "clusterTrustBundle"];
      const c = src.clusterTrustBundle;
      const usingName = typeof c.name === "string";
      const usingSigner = typeof c.signerName === "string";
      if (usingName && usingSigner)
        site.add(
          issues,
          cp,
          E.invalid(site.p(cp), "clusterTrustBundle", "only one of name and signerName may be used")
        );
      else if (!usingName && !usingSigner)
        site.add(issues, cp, E.required(site.p(cp), "either name or signerName must be specified"));
      else if (usingName && isObject(c.labelSelector))
        site.add(
          issues,
          [...cp, "labelSelector"],
          E.invalid(
            site.p([...cp, "labelSelector"]),
            c.labelSelector,
            "labelSelector must be unset if name is specified"
          )
        );
      if (c.path === "") site.add(issues, [...cp, "path"], E.required(site.p([...cp, "path"])));
      else if (typeof c.path === "string") {
        for (const why of localNonReservedPathProblems(c.path))
          site.add(issues, [...cp, "path"], E.invalid(site.p([...cp, "path"]), c.path, why));
        conflict(c.path, [...cp, "path"]);
      }
    }
  });
}
var TEMPLATE_META = /* @__PURE__ */ new Set(["labels", "annotations"]);
function ephemeral(site, issues, e, at) {
  if (!isObject(e) || !isObject(e.volumeClaimTemplate)) {
    site.add(
      issues,
      at,
      E.required(site.p([...at, "volumeClaimTemplate"])),
      "a generic ephemeral volume needs a volumeClaimTemplate"
    );
    return;
  }
  const tp = [...at, "volumeClaimTemplate"];
  const meta = e.volumeClaimTemplate.metadata;
  if (isObject(meta)) {
    for (const k of Object.keys(meta))
      if (!TEMPLATE_META.has(k) && meta[k] !== null && meta[k] !== void 0)
        site.add(
          issues,
          [...tp, "metadata", k],
          E.forbidden(site.p([...tp, "metadata", k]), "cannot be set"),
          "the claim of an ephemeral volume is named <pod>-<volume>; only labels and annotations may be set"
        );
  }
  for (const pr of pvcSpecProblems(e.volumeClaimTemplate.spec, [...tp, "spec"], site.p))
    site.add(issues, pr.path, pr.text);
}
var apiVolume = {
  id: "api/volume",
  description: 'A pod volume the API server rejects: a name that is not a unique DNS-1123 label, two volume types in one volume, a secret/configMap volume without its name, item or downwardAPI paths that are absolute or contain "..", file modes above 0777, projected sources with two types or duplicate paths, short serviceAccountToken expirations, a relative nfs path, an ephemeral volume without a valid claim template; overlapping item paths warn (ValidateVolumes, validateVolumeSource, validateKeyToPath, validateProjectionSources, validateDownwardAPIVolumeFile).',
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const vols = site.pod.spec.volumes;
      if (!Array.isArray(vols)) continue;
      const names2 = /* @__PURE__ */ new Set();
      vols.forEach((v, i) => {
        if (isObject(v)) checkVolume(site, issues, v, [...site.pod.specPath, "volumes", i], names2);
      });
    }
    return issues.list;
  }
};
function volumeMap(site) {
  const out = /* @__PURE__ */ new Map();
  if (Array.isArray(site.pod.spec.volumes)) {
    for (const v of site.pod.spec.volumes)
      if (isObject(v) && typeof v.name === "string")
        out.set(v.name, {
          pvc: isObject(v.persistentVolumeClaim) || isObject(v.ephemeral),
          image: isObject(v.image)
        });
  }
  for (const c of site.claimVolumes) out.set(c, { pvc: true, image: false });
  return out;
}
var apiVolumeMount = {
  id: "api/volume-mount",
  description: `A volumeMount or volumeDevice the API server rejects: it names a volume the pod does not have (a StatefulSet's volumeClaimTemplates count), repeats a mountPath or devicePath in one container, has an absolute or ".." subPath, sets subPath and subPathExpr, uses Bidirectional propagation unprivileged, recursiveReadOnly without readOnly, or a device on a volume that is not a claim (ValidateVolumeMounts, ValidateVolumeDevices).`,
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const vols = volumeMap(site);
      const hint = (name) => {
        const names2 = [...vols.keys()];
        const near = closest(name, names2);
        const list2 = names2.length ? `its volumes are ${names2.map((n) => `"${n}"`).join(", ")}` : "it has no volumes";
        return `the pod has no volume named "${name}" (${list2}${site.claimVolumes.size ? ", volumeClaimTemplates included" : ""})${near ? `; did you mean "${near}"?` : ""}`;
      };
      for (const ctr of containers(site)) {
        const mounts = Array.isArray(ctr.c.volumeMounts) ? ctr.c.volumeMounts : [];
        const devices = Array.isArray(ctr.c.volumeDevices) ? ctr.c.volumeDevices : [];
        const deviceNames = /* @__PURE__ */ new Map();
        for (const d of devices)
          if (isObject(d) && typeof d.name === "string") deviceNames.set(d.name, String(d.devicePath ?? ""));
        const mountNames = /* @__PURE__ */ new Map();
        for (const mt of mounts)
          if (isObject(mt) && typeof mt.name === "string") mountNames.set(mt.name, String(mt.mountPath ?? ""));
        const privileged = isObject(ctr.c.securityContext) && ctr.c.securityContext.privileged === true;
        const seen = /* @__PURE__ */ new Set();
        mounts.forEach((mt, i) => {
          if (!isObject(mt)) return;
          const at = [...ctr.path, "volumeMounts", i];
          const name = mt.name;
          if (name === "") site.add(issues, [...at, "name"], E.required(site.p([...at, "name"])));
          else if (typeof name === "string" && !vols.has(name))
            site.add(issues, [...at, "name"], E.notFound(site.p([...at, "name"]), name), hint(name));
          const mp = mt.mountPath;
          if (mp === "") site.add(issues, [...at, "mountPath"], E.required(site.p([...at, "mountPath"])));
          else if (typeof mp === "string") {
            if (seen.has(mp))
              site.add(
                issues,
                [...at, "mountPath"],
                E.invalid(site.p([...at, "mountPath"]), mp, "must be unique"),
                `container "${ctr.name}" mounts two volumes at ${mp}`
              );
            seen.add(mp);
            if ([...deviceNames.values()].includes(mp))
              site.add(
                issues,
                [...at, "mountPath"],
                E.invalid(site.p([...at, "mountPath"]), mp, "must not already exist as a path in volumeDevices")
              );
          }
          if (typeof name === "string" && deviceNames.has(name))
            site.add(
              issues,
              [...at, "name"],
              E.invalid(site.p([...at, "name"]), name, "must not already exist in volumeDevices")
            );
          const sub = typeof mt.subPath === "string" ? mt.subPath : "";
          const subExpr = typeof mt.subPathExpr === "string" ? mt.subPathExpr : "";
          if (typeof name === "string" && vols.get(name)?.image) {
            if (sub)
              site.add(
                issues,
                [...at, "subPath"],
                E.invalid(site.p([...at, "subPath"]), sub, "not allowed in image volume sources")
              );
            if (subExpr)
              site.add(
                issues,
                [...at, "subPathExpr"],
                E.invalid(site.p([...at, "subPathExpr"]), subExpr, "not allowed in image volume sources")
              );
          }
          if (sub)
            for (const why of localDescendingPathProblems(sub))
              site.add(
                issues,
                [...at, "subPath"],
                E.invalid(site.p([...at, "subPath"]), sub, why),
                "subPath is a path inside the volume"
              );
          if (subExpr) {
            if (sub)
              site.add(
                issues,
                [...at, "subPathExpr"],
                E.invalid(site.p([...at, "subPathExpr"]), subExpr, "subPathExpr and subPath are mutually exclusive")
              );
            for (const why of localDescendingPathProblems(subExpr))
              site.add(issues, [...at, "subPathExpr"], E.invalid(site.p([...at, "subPathExpr"]), subExpr, why));
          }
          if (mt.mountPropagation === "Bidirectional" && !privileged)
            site.add(
              issues,
              [...at, "mountPropagation"],
              E.forbidden(
                site.p([...at, "mountPropagation"]),
                "Bidirectional mount propagation is available only to privileged containers"
              )
            );
          const rro = mt.recursiveReadOnly;
          if (rro === "Enabled" || rro === "IfPossible") {
            if (mt.readOnly !== true)
              site.add(
                issues,
                [...at, "recursiveReadOnly"],
                E.forbidden(site.p([...at, "recursiveReadOnly"]), "may only be specified when readOnly is true")
              );
            if (typeof mt.mountPropagation === "string" && mt.mountPropagation !== "None")
              site.add(
                issues,
                [...at, "recursiveReadOnly"],
                E.forbidden(
                  site.p([...at, "recursiveReadOnly"]),
                  "may only be specified when mountPropagation is None or not specified"
                )
              );
          }
        });
        const devNames = /* @__PURE__ */ new Set();
        const devPaths = /* @__PURE__ */ new Set();
        devices.forEach((d, i) => {
          if (!isObject(d)) return;
          const at = [...ctr.path, "volumeDevices", i];
          const name = d.name;
          if (name === "") site.add(issues, [...at, "name"], E.required(site.p([...at, "name"])));
          else if (typeof name === "string") {
            if (devNames.has(name))
              site.add(issues, [...at, "name"], E.invalid(site.p([...at, "name"]), name, "must be unique"));
            devNames.add(name);
            const vol = vols.get(name);
            if (!vol) site.add(issues, [...at, "name"], E.notFound(site.p([...at, "name"]), name), hint(name));
            else if (!vol.pvc)
              site.add(
                issues,
                [...at, "name"],
                E.invalid(
                  site.p([...at, "name"]),
                  name,
                  "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"
                )
              );
            if (mountNames.has(name))
              site.add(
                issues,
                [...at, "name"],
                E.invalid(site.p([...at, "name"]), name, "must not already exist in volumeMounts")
              );
          }
          const dp = d.devicePath;
          if (dp === "") site.add(issues, [...at, "devicePath"], E.required(site.p([...at, "devicePath"])));
          else if (typeof dp === "string") {
            if (devPaths.has(dp))
              site.add(issues, [...at, "devicePath"], E.invalid(site.p([...at, "devicePath"]), dp, "must be unique"));
            if (hasBackstep(dp))
              site.add(
                issues,
                [...at, "devicePath"],
                E.invalid(site.p([...at, "devicePath"]), dp, "can not contain backsteps ('..')")
              );
            else devPaths.add(dp);
            if ([...mountNames.values()].includes(dp))
              site.add(
                issues,
                [...at, "devicePath"],
                E.invalid(site.p([...at, "devicePath"]), dp, "must not already exist as a path in volumeMounts")
              );
          }
        });
      }
    }
    return issues.list;
  }
};

// src/rules/api/core-containers.ts
var STANDARD_CONTAINER_RESOURCES = /* @__PURE__ */ new Set(["cpu", "memory", "ephemeral-storage"]);
function isHugePages(name) {
  return name.startsWith("hugepages-");
}
function isNative(name) {
  return !name.includes("/") || name.includes("kubernetes.io/");
}
function isExtended(name) {
  return !isNative(name) && !name.startsWith("requests.") && qualifiedName(`requests.${name}`) === void 0;
}
function overcommitAllowed(name) {
  return isNative(name) && !isHugePages(name);
}
function resourceNameProblem(name) {
  const bad = qualifiedName(name);
  if (bad) return `the name ${bad}`;
  if (!name.includes("/")) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name))
      return "must be a standard resource for containers";
  } else if (!isNative(name) && !isExtended(name)) return "doesn't follow extended resource name standard";
  return void 0;
}
function exactInteger(q) {
  if (q.exp10 >= 0) return q.mantissa * 10n ** BigInt(q.exp10);
  const d = 10n ** BigInt(-q.exp10);
  return q.mantissa % d === 0n ? q.mantissa / d : void 0;
}
function fmtQ(v) {
  return String(v);
}
function portChecks(site, issues, ctr) {
  if (!Array.isArray(ctr.c.ports)) return;
  ctr.c.ports.forEach((p, i) => {
    if (!isObject(p)) return;
    const at = [...ctr.path, "ports", i];
    if (p.containerPort === 0) site.add(issues, [...at, "containerPort"], E.required(site.p([...at, "containerPort"])));
    else if (isInt(p.containerPort)) {
      const bad = portNumProblem(p.containerPort);
      if (bad)
        site.add(issues, [...at, "containerPort"], E.invalid(site.p([...at, "containerPort"]), p.containerPort, bad));
    }
    if (isInt(p.hostPort) && p.hostPort !== 0) {
      const bad = portNumProblem(p.hostPort);
      if (bad) site.add(issues, [...at, "hostPort"], E.invalid(site.p([...at, "hostPort"]), p.hostPort, bad));
    }
  });
}
function hostPortConflicts(site, issues, group2) {
  const seen = /* @__PURE__ */ new Set();
  for (const ctr of group2) {
    if (!Array.isArray(ctr.c.ports)) continue;
    ctr.c.ports.forEach((p, i) => {
      if (!isObject(p) || !isInt(p.hostPort) || p.hostPort === 0) return;
      const key = `${typeof p.protocol === "string" ? p.protocol : "TCP"}/${typeof p.hostIP === "string" ? p.hostIP : ""}/${p.hostPort}`;
      const at = [...ctr.path, "ports", i, "hostPort"];
      if (seen.has(key))
        site.add(issues, at, E.duplicate(site.p(at), key), "two ports of the pod bind the same host port");
      seen.add(key);
    });
  }
}
function portWarnings(site, issues, all) {
  const byPort = /* @__PURE__ */ new Map();
  for (const ctr of all) {
    if (!Array.isArray(ctr.c.ports)) continue;
    ctr.c.ports.forEach((p, i) => {
      if (!isObject(p) || !isInt(p.containerPort)) return;
      const at = [...ctr.path, "ports", i];
      const hostIP = typeof p.hostIP === "string" ? p.hostIP : "";
      const hostPort = isInt(p.hostPort) ? p.hostPort : 0;
      if (hostIP !== "" && hostPort === 0)
        site.add(
          issues,
          at,
          `${site.p(at)}: hostIP set without hostPort (an API server warning)`,
          "hostIP has no effect without hostPort",
          "warning"
        );
      const key = `${p.containerPort}/${typeof p.protocol === "string" ? p.protocol : "TCP"}`;
      const others = byPort.get(key) ?? [];
      for (const o of others) {
        let kind;
        if (hostIP === o.hostIP && hostPort === o.hostPort) kind = "duplicate port definition";
        else if (hostPort === 0 || o.hostPort === 0) kind = "overlapping port definition";
        else if (hostPort === o.hostPort && hostIP === "" !== (o.hostIP === ""))
          kind = "dangerously ambiguous port definition";
        if (kind) {
          site.add(
            issues,
            [...at, "containerPort"],
            `${site.p(at)}: ${kind} with ${site.p(o.at)} (an API server warning)`,
            `containers of one pod share its network namespace, so port ${key} is declared twice`,
            "warning"
          );
          break;
        }
      }
      others.push({ at, hostIP, hostPort });
      byPort.set(key, others);
    });
  }
}
function resourceChecks(site, issues, ctr) {
  const res = ctr.c.resources;
  if (!isObject(res)) return;
  const base = [...ctr.path, "resources"];
  const limits = isObject(res.limits) ? res.limits : {};
  const requests = isObject(res.requests) ? res.requests : {};
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [kind, map] of [
    ["limits", limits],
    ["requests", requests]
  ]) {
    for (const [name, v] of Object.entries(map)) {
      const at = [...base, kind, name];
      const badName = resourceNameProblem(name);
      if (badName)
        site.add(
          issues,
          at,
          E.invalid(site.p(at), name, badName),
          "container resources are cpu, memory, ephemeral-storage, hugepages-<size> or a domain-prefixed extended resource"
        );
      if (name === "cpu" || name === "memory") cpuOrMemory = true;
      const q = parseQuantity(v);
      if (!q) continue;
      if (isHugePages(name)) {
        hugePages = true;
        const size = parseQuantity(name.slice("hugepages-".length));
        const bytes = exactInteger(q);
        const page = size ? exactInteger(size) : void 0;
        if (page && page > 0n && (bytes === void 0 || bytes % page !== 0n))
          site.add(
            issues,
            at,
            E.invalid(site.p(at), fmtQ(v), `${fmtQ(v)} is not positive integer multiple of ${name}`)
          );
      }
      if (!isNative(name) && isExtended(name) && exactInteger(q) === void 0)
        site.add(
          issues,
          at,
          E.invalid(site.p(at), fmtQ(v), "must be an integer"),
          "extended resources are counted in whole units"
        );
      if ((name === "memory" || name === "ephemeral-storage") && milliCeil(q) % 1000n !== 0n)
        site.add(
          issues,
          at,
          `${site.p([...base, kind])}[${name}]: fractional byte value ${JSON.stringify(fmtQ(v))} is invalid, must be an integer (an API server warning)`,
          name === "memory" && /m$/.test(String(v)) ? '"m" means milli (thousandths of a byte); write Mi for mebibytes' : void 0,
          "warning"
        );
    }
  }
  for (const [name, v] of Object.entries(requests)) {
    if (resourceNameProblem(name) || overcommitAllowed(name)) continue;
    const rq = parseQuantity(v);
    const lim = limits[name];
    if (lim === void 0 || lim === null)
      site.add(
        issues,
        [...base, "requests", name],
        E.required(site.p([...base, "limits"]), "Limit must be set for non overcommitable resources"),
        `${name} cannot be overcommitted: set limits.${name} equal to the request`
      );
    else {
      const lq = parseQuantity(lim);
      if (rq && lq && compareQuantity(rq, lq) < 0)
        site.add(
          issues,
          [...base, "requests", name],
          E.invalid(site.p([...base, "requests"]), fmtQ(v), `must be equal to ${name} limit of ${fmtQ(lim)}`),
          `${name} cannot be overcommitted`
        );
    }
  }
  if (hugePages && !cpuOrMemory) site.add(issues, base, E.forbidden(site.p(base), "HugePages require cpu or memory"));
}
function resizePolicy(site, issues, ctr) {
  if (!Array.isArray(ctr.c.resizePolicy)) return;
  const seen = /* @__PURE__ */ new Set();
  ctr.c.resizePolicy.forEach((p, i) => {
    if (!isObject(p)) return;
    const at = [...ctr.path, "resizePolicy", i];
    if (typeof p.resourceName === "string") {
      if (seen.has(p.resourceName)) site.add(issues, at, E.duplicate(site.p(at), p.resourceName));
      seen.add(p.resourceName);
    }
    if (site.pod.spec.restartPolicy === "Never" && typeof p.restartPolicy === "string" && p.restartPolicy !== "NotRequired")
      site.add(
        issues,
        [...at, "restartPolicy"],
        E.invalid(
          site.p([...ctr.path, "resizePolicy"]),
          p.restartPolicy,
          "must be 'NotRequired' when `restartPolicy` is 'Never'"
        )
      );
  });
}
var INIT_FORBIDDEN = ["lifecycle", "livenessProbe", "readinessProbe", "startupProbe"];
var apiContainer = {
  id: "api/container",
  description: "A container the API server rejects: a name that is not a DNS-1123 label, no image (or one with surrounding spaces), a port outside 1-65535, a host port bound twice, hostPort unlike containerPort under hostNetwork, probes or lifecycle on a plain init container, an unknown resource name, an extended resource or hugepages request without an equal limit; duplicate container ports and fractional bytes warn (validateContainerCommon, validateInitContainers, validateContainerPorts, checkHostPortConflicts, validateResourceRequirements).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const all = containers(site);
      for (const ctr of all) {
        const c = ctr.c;
        if (c.name === "") site.add(issues, [...ctr.path, "name"], E.required(site.p([...ctr.path, "name"])));
        else if (typeof c.name === "string") {
          const bad = dns1123Label(c.name);
          if (bad) site.add(issues, [...ctr.path, "name"], E.invalid(site.p([...ctr.path, "name"]), c.name, bad));
        }
        if (c.image === void 0 || c.image === null || c.image === "")
          site.add(
            issues,
            c.image === "" ? [...ctr.path, "image"] : ctr.path,
            E.required(site.p([...ctr.path, "image"])),
            `container "${ctr.name}" has no image; the value that sets it rendered empty`
          );
        else if (typeof c.image === "string" && c.image.trim() !== c.image) {
          if (site.pod.kind === "Pod" || site.atPodCreation)
            site.add(
              issues,
              [...ctr.path, "image"],
              E.invalid(site.p([...ctr.path, "image"]), c.image, "must not have leading or trailing whitespace")
            );
          else
            issues.add(
              site.m,
              [...ctr.path, "image"],
              `the ${site.pod.kind} is accepted, but every pod created from it is rejected: ${E.invalid(
                fieldPath(["spec", ...ctr.path.slice(site.pod.specPath.length), "image"]),
                c.image,
                "must not have leading or trailing whitespace"
              )}`
            );
        }
        portChecks(site, issues, ctr);
        resourceChecks(site, issues, ctr);
        resizePolicy(site, issues, ctr);
        if (ctr.list === "initContainers" && !isSidecar(ctr)) {
          for (const f of INIT_FORBIDDEN)
            if (c[f] !== void 0 && c[f] !== null)
              site.add(
                issues,
                [...ctr.path, f],
                E.forbidden(
                  site.p([...ctr.path, f]),
                  "may not be set for init containers without restartPolicy=Always"
                ),
                "an init container runs to completion; make it a sidecar (restartPolicy: Always) or move the field to a regular container"
              );
        }
      }
      hostPortConflicts(
        site,
        issues,
        all.filter((x) => x.list === "containers")
      );
      for (const init of all.filter((x) => x.list === "initContainers")) hostPortConflicts(site, issues, [init]);
      if (site.pod.spec.hostNetwork === true) {
        for (const ctr of all.filter((x) => x.list === "containers"))
          if (Array.isArray(ctr.c.ports))
            ctr.c.ports.forEach((p, i) => {
              if (!isObject(p) || !isInt(p.hostPort) || p.hostPort === 0 || p.hostPort === p.containerPort) return;
              const at = [...ctr.path, "ports", i, "hostPort"];
              site.add(
                issues,
                at,
                E.invalid(site.p(at), p.hostPort, "must match `containerPort` when `hostNetwork` is true")
              );
            });
      }
      portWarnings(site, issues, all);
    }
    return issues.list;
  }
};
var PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
var LIFECYCLE_HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"];
var HEADER_NAME = /^[-A-Za-z0-9]+$/;
function handler(site, issues, h, at, kinds, grace) {
  const present = kinds.filter((k) => h[k] !== void 0 && h[k] !== null);
  if (present.length === 0)
    site.add(issues, at, E.required(site.p(at), "must specify a handler type"), `set one of ${kinds.join(", ")}`);
  for (const extra of present.slice(1))
    site.add(
      issues,
      [...at, extra],
      E.forbidden(site.p([...at, extra]), "may not specify more than 1 handler type"),
      `keep ${present[0]} or ${extra}, not both`
    );
  const first = present[0];
  if (first === "exec") {
    const cmd = h.exec?.command;
    if (!Array.isArray(cmd) || cmd.length === 0)
      site.add(issues, [...at, "exec"], E.required(site.p([...at, "exec", "command"])));
  } else if (first === "httpGet" && isObject(h.httpGet)) {
    if (isInt(h.httpGet.port)) {
      const bad = portNumProblem(h.httpGet.port);
      if (bad)
        site.add(
          issues,
          [...at, "httpGet", "port"],
          E.invalid(site.p([...at, "httpGet", "port"]), h.httpGet.port, bad)
        );
    }
    if (Array.isArray(h.httpGet.httpHeaders))
      h.httpGet.httpHeaders.forEach((hd, i) => {
        if (isObject(hd) && typeof hd.name === "string" && !HEADER_NAME.test(hd.name))
          site.add(
            issues,
            [...at, "httpGet", "httpHeaders", i, "name"],
            E.invalid(
              site.p([...at, "httpGet", "httpHeaders"]),
              hd.name,
              "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name',  regex used for validation is '[-A-Za-z0-9]+')"
            )
          );
      });
  } else if ((first === "tcpSocket" || first === "grpc") && isObject(h[first]) && isInt(h[first].port)) {
    const bad = portNumProblem(h[first].port);
    if (bad) site.add(issues, [...at, first, "port"], E.invalid(site.p([...at, first, "port"]), h[first].port, bad));
  } else if (first === "sleep" && isObject(h.sleep) && isInt(h.sleep.seconds)) {
    const s = h.sleep.seconds;
    if (s < 0 || s > grace)
      site.add(
        issues,
        [...at, "sleep", "seconds"],
        E.invalid(
          site.p([...at, "sleep"]),
          s,
          `must be non-negative and less than terminationGracePeriodSeconds (${grace})`
        ),
        s > grace ? "raise terminationGracePeriodSeconds or shorten the sleep" : void 0
      );
  }
}
function probe(site, issues, pr, at, kind, grace) {
  if (!isObject(pr)) return;
  handler(site, issues, pr, at, PROBE_HANDLERS, grace);
  for (const f of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"])
    if (isInt(pr[f]) && pr[f] < 0) site.add(issues, [...at, f], E.invalid(site.p([...at, f]), pr[f], NEGATIVE));
  const tgp = pr.terminationGracePeriodSeconds;
  if (isInt(tgp) && tgp <= 0)
    site.add(
      issues,
      [...at, "terminationGracePeriodSeconds"],
      E.invalid(site.p([...at, "terminationGracePeriodSeconds"]), tgp, "must be greater than 0")
    );
  if (kind === "readinessProbe" && tgp !== void 0 && tgp !== null)
    site.add(
      issues,
      [...at, "terminationGracePeriodSeconds"],
      E.invalid(site.p([...at, "terminationGracePeriodSeconds"]), tgp, "must not be set for readinessProbes")
    );
  if ((kind === "livenessProbe" || kind === "startupProbe") && isInt(pr.successThreshold) && pr.successThreshold > 1)
    site.add(
      issues,
      [...at, "successThreshold"],
      E.invalid(site.p([...at, "successThreshold"]), pr.successThreshold, "must be 1"),
      `only a readinessProbe may require several successes`
    );
}
var apiProbe = {
  id: "api/probe",
  description: "A probe or lifecycle hook the API server rejects: no handler or more than one (exec, httpGet, tcpSocket, grpc, sleep), exec without command, a port outside 1-65535, an invalid HTTP header name, negative timings, successThreshold other than 1 on a liveness or startup probe, terminationGracePeriodSeconds on a readiness probe, a sleep longer than the grace period (validateProbe, validateHandler, validateLifecycle, validateSleepAction).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const grace = gracePeriod(site.pod.spec);
      for (const ctr of containers(site)) {
        if (ctr.list === "ephemeralContainers" || ctr.list === "initContainers" && !isSidecar(ctr)) continue;
        for (const kind of ["livenessProbe", "readinessProbe", "startupProbe"])
          probe(site, issues, ctr.c[kind], [...ctr.path, kind], kind, grace);
        const lc = ctr.c.lifecycle;
        if (isObject(lc)) {
          for (const hook of ["postStart", "preStop"])
            if (isObject(lc[hook]))
              handler(site, issues, lc[hook], [...ctr.path, "lifecycle", hook], LIFECYCLE_HANDLERS, grace);
        }
      }
    }
    return issues.list;
  }
};
var ENV_FIELD_PATHS = [
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs"
];
var RELAXED_ENV = "a valid environment variable name must consist only of printable ASCII characters other than '='";
var STRICT_ENV = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
function envNameProblems(name) {
  const relaxed = /^[\x20-\x3c\x3e-\x7e]+$/.test(name) ? void 0 : RELAXED_ENV;
  const strict = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name) ? void 0 : STRICT_ENV;
  return { ...relaxed ? { relaxed } : {}, ...strict ? { strict } : {} };
}
function envName(site, issues, name, at, what) {
  const bad = envNameProblems(name);
  if (bad.relaxed) site.add(issues, at, E.invalid(site.p(at), name, bad.relaxed));
  else if (bad.strict)
    site.add(
      issues,
      at,
      E.invalid(site.p(at), name, bad.strict),
      `Kubernetes 1.31 and older reject this ${what}; 1.32 and newer accept it`,
      "warning"
    );
}
function configMapKeyProblem(key) {
  if (key.length > 253) return `must be no more than 253 characters`;
  if (!/^[-._a-zA-Z0-9]+$/.test(key))
    return "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
  if (key === ".") return "must not be '.'";
  if (key === "..") return "must not be '..'";
  if (key.startsWith("..")) return "must not start with '..'";
  return void 0;
}
function subdomainProblem(name, prefix) {
  if (name === "") return "must not be empty";
  return dns1123Subdomain(prefix && name.endsWith("-") ? name.slice(0, -1) + "a" : name);
}
var CPU_DIVISORS = ["1m", "1"];
var BYTE_DIVISORS = ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"];
function divisorProblem(resource, divisor) {
  const q = parseQuantity(divisor);
  if (!q || q.mantissa === 0n) return void 0;
  const allowed = (list2) => list2.some((d) => compareQuantity(parseQuantity(d), q) === 0);
  if (resource === "limits.cpu" || resource === "requests.cpu")
    return allowed(CPU_DIVISORS) ? void 0 : "only divisor's values 1m and 1 are supported with the cpu resource";
  const what = resource === "limits.memory" || resource === "requests.memory" ? "memory" : resource.endsWith(".ephemeral-storage") ? "local ephemeral storage" : resource.includes(".hugepages-") ? "hugepages" : void 0;
  if (!what) return void 0;
  return allowed(BYTE_DIVISORS) ? void 0 : `only divisor's values ${BYTE_DIVISORS.join(", ")} are supported with the ${what} resource`;
}
function keySelector(site, issues, s, at, kind) {
  if (typeof s.name !== "string" || s.name === "")
    site.add(
      issues,
      keyOr(s, "name", at),
      E.invalid(
        site.p([...at, "name"]),
        s.name ?? "",
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
      ),
      `the ${kind} name rendered empty`
    );
  else {
    const bad = subdomainProblem(s.name, false);
    if (bad) site.add(issues, [...at, "name"], E.invalid(site.p([...at, "name"]), s.name, bad));
  }
  if (s.key === "") site.add(issues, [...at, "key"], E.required(site.p([...at, "key"])));
  else {
    const bad = configMapKeyProblem(s.key);
    if (bad) site.add(issues, [...at, "key"], E.invalid(site.p([...at, "key"]), s.key, bad));
  }
}
function valueFrom(site, issues, e, at) {
  const vf = e.valueFrom;
  if (!isObject(vf)) return;
  const vp = [...at, "valueFrom"];
  const present = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"].filter((k) => isObject(vf[k]));
  if (present.length === 0)
    site.add(
      issues,
      vp,
      E.invalid(
        site.p(vp),
        "",
        "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"
      )
    );
  else if (typeof e.value === "string" && e.value !== "")
    site.add(
      issues,
      vp,
      E.invalid(site.p(vp), "", "may not be specified when `value` is not empty"),
      "set value or valueFrom, not both"
    );
  else if (present.length > 1)
    site.add(issues, vp, E.invalid(site.p(vp), "", "may not have more than one field specified at a time"));
  if (isObject(vf.fieldRef)) {
    const fp = vf.fieldRef.fieldPath;
    const fpAt = [...vp, "fieldRef", "fieldPath"];
    if (typeof fp === "string" && fp === "") site.add(issues, fpAt, E.required(site.p(fpAt)));
    else if (typeof fp === "string" && (vf.fieldRef.apiVersion === void 0 || vf.fieldRef.apiVersion === "v1")) {
      const bad = fieldPathProblem(fp, ENV_FIELD_PATHS);
      if (bad)
        site.add(
          issues,
          fpAt,
          bad(site.p(fpAt)),
          fp === "metadata.labels" || fp === "metadata.annotations" ? `an env var takes one key: ${fp}['<key>']` : void 0
        );
    }
  }
  if (isObject(vf.resourceFieldRef)) {
    const r = vf.resourceFieldRef;
    const rp = [...vp, "resourceFieldRef"];
    if (typeof r.resource === "string") {
      if (r.resource === "") site.add(issues, [...rp, "resource"], E.required(site.p([...rp, "resource"])));
      else if (!resourceFieldOk(r.resource))
        site.add(
          issues,
          [...rp, "resource"],
          E.notSupported(site.p([...rp, "resource"]), r.resource, RESOURCE_FIELD_PATHS)
        );
      else {
        const bad = divisorProblem(r.resource, r.divisor);
        if (bad) site.add(issues, [...rp, "divisor"], E.invalid(site.p([...rp, "divisor"]), r.resource, bad));
      }
    }
  }
  if (isObject(vf.configMapKeyRef))
    keySelector(site, issues, vf.configMapKeyRef, [...vp, "configMapKeyRef"], "ConfigMap");
  if (isObject(vf.secretKeyRef)) keySelector(site, issues, vf.secretKeyRef, [...vp, "secretKeyRef"], "Secret");
}
var apiEnv = {
  id: "api/env",
  description: 'An env or envFrom entry the API server rejects: an empty name or one with "=" or non-printable characters, valueFrom with no source, two sources, or beside a non-empty value, an unsupported fieldRef.fieldPath or resourceFieldRef.resource or divisor, a configMapKeyRef/secretKeyRef without a valid name or key, envFrom with no or two sources; names Kubernetes 1.31 and older reject warn (ValidateEnv, validateEnvVarValueFrom, validateObjectFieldSelector, ValidateEnvFrom).',
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      for (const ctr of containers(site)) {
        if (Array.isArray(ctr.c.env))
          ctr.c.env.forEach((e, i) => {
            if (!isObject(e)) return;
            const at = [...ctr.path, "env", i];
            if (e.name === "") site.add(issues, [...at, "name"], E.required(site.p([...at, "name"])));
            else if (typeof e.name === "string")
              envName(site, issues, e.name, [...at, "name"], "environment variable name");
            valueFrom(site, issues, e, at);
          });
        if (Array.isArray(ctr.c.envFrom))
          ctr.c.envFrom.forEach((e, i) => {
            if (!isObject(e)) return;
            const at = [...ctr.path, "envFrom", i];
            if (typeof e.prefix === "string" && e.prefix !== "")
              envName(site, issues, e.prefix, [...at, "prefix"], "envFrom prefix");
            const present = ["configMapRef", "secretRef"].filter((k) => isObject(e[k]));
            if (present.length === 0)
              site.add(
                issues,
                at,
                E.invalid(site.p([...ctr.path, "envFrom"]), "", "must specify one of: `configMapRef` or `secretRef`")
              );
            else if (present.length > 1)
              site.add(
                issues,
                [...at, present[1]],
                E.invalid(site.p([...ctr.path, "envFrom"]), "", "may not have more than one field specified at a time"),
                "give each source its own envFrom entry"
              );
            for (const k of present) {
              const ref = e[k];
              const rp = [...at, k];
              if (typeof ref.name !== "string" || ref.name === "")
                site.add(
                  issues,
                  keyOr(ref, "name", rp),
                  E.required(site.p([...rp, "name"])),
                  `the ${k === "secretRef" ? "Secret" : "ConfigMap"} name rendered empty`
                );
              else {
                const bad = subdomainProblem(ref.name, true);
                if (bad) site.add(issues, [...rp, "name"], E.invalid(site.p([...rp, "name"]), ref.name, bad));
              }
            }
          });
      }
    }
    return issues.list;
  }
};

// src/rules/api/core-config.ts
var MAX_SIZE = 1024 * 1024;
function base64Bytes(v) {
  const s = v.replace(/\s+/g, "");
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  return Math.floor(s.length * 3 / 4) - pad;
}
function decode(v) {
  if (typeof v !== "string") return void 0;
  const s = v.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return void 0;
  return Buffer.from(s, "base64").toString("utf8");
}
function jsonProblem(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return "is not valid JSON";
  }
  return v === null || isObject(v) ? void 0 : `json: cannot unmarshal ${Array.isArray(v) ? "array" : typeof v} into Go value of type map[string]interface {}`;
}
var REQUIRED = {
  "kubernetes.io/dockercfg": { all: [".dockercfg"], json: ".dockercfg" },
  "kubernetes.io/dockerconfigjson": { all: [".dockerconfigjson"], json: ".dockerconfigjson" },
  "kubernetes.io/basic-auth": { any: ["username", "password"] },
  "kubernetes.io/ssh-auth": { all: ["ssh-privatekey"] },
  "kubernetes.io/tls": { all: ["tls.crt", "tls.key"] }
};
var apiConfigData = {
  id: "api/config-data",
  description: 'A ConfigMap or Secret the API server rejects: a key that is not a config key (letters, digits, "-", "_", "."), a key in both data and binaryData, more than 1 MiB of data, or a built-in Secret type without its keys (tls.crt and tls.key, .dockerconfigjson holding JSON, username or password, ssh-privatekey, the service-account.name annotation) (ValidateConfigMap, ValidateSecret).',
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      const o = m.object;
      if (isBuiltin(m, "ConfigMap", [""])) {
        let size2 = 0;
        const data2 = isObject(o.data) ? o.data : {};
        const binary = isObject(o.binaryData) ? o.binaryData : {};
        for (const [k, v] of Object.entries(data2)) {
          const bad = configMapKeyProblem(k);
          if (bad) issues.add(m, ["data", k], E.invalid(`data[${k}]`, k, bad));
          if (k in binary)
            issues.add(m, ["data", k], E.invalid(`data[${k}]`, k, "duplicate of key present in binaryData"));
          if (typeof v === "string") size2 += Buffer.byteLength(v, "utf8");
        }
        for (const [k, v] of Object.entries(binary)) {
          const bad = configMapKeyProblem(k);
          if (bad) issues.add(m, ["binaryData", k], E.invalid(`binaryData[${k}]`, k, bad));
          if (typeof v === "string") size2 += base64Bytes(v);
        }
        if (size2 > MAX_SIZE)
          issues.add(
            m,
            isObject(o.data) ? ["data"] : ["binaryData"],
            `Too long: may not be more than ${MAX_SIZE} bytes (${size2} bytes)`,
            "a ConfigMap holds at most 1 MiB; mount large files another way"
          );
        continue;
      }
      if (!isBuiltin(m, "Secret", [""])) continue;
      const data = isObject(o.data) ? o.data : {};
      const stringData = isObject(o.stringData) ? o.stringData : {};
      let size = 0;
      const keys = /* @__PURE__ */ new Set();
      for (const [k, v] of Object.entries(data)) {
        const bad = configMapKeyProblem(k);
        if (bad) issues.add(m, ["data", k], E.invalid(`data[${k}]`, k, bad));
        keys.add(k);
        if (typeof v === "string" && !(k in stringData)) size += base64Bytes(v);
      }
      for (const [k, v] of Object.entries(stringData)) {
        const bad = configMapKeyProblem(k);
        if (bad) issues.add(m, ["stringData", k], E.invalid(`data[${k}]`, k, bad));
        keys.add(k);
        if (typeof v === "string") size += Buffer.byteLength(v, "utf8");
      }
      if (size > MAX_SIZE)
        issues.add(
          m,
          isObject(o.data) ? ["data"] : ["stringData"],
          `${E.tooLong("data", MAX_SIZE)} (${size} bytes)`,
          "a Secret holds at most 1 MiB"
        );
      const type = typeof o.type === "string" ? o.type : "Opaque";
      if (type === "kubernetes.io/service-account-token") {
        const ann = o.metadata?.annotations?.["kubernetes.io/service-account.name"];
        if (typeof ann !== "string" || ann === "")
          issues.add(
            m,
            isObject(o.metadata?.annotations) ? ["metadata", "annotations"] : ["metadata"],
            E.required("metadata.annotations[kubernetes.io/service-account.name]"),
            "a service-account-token Secret names its ServiceAccount in this annotation"
          );
        continue;
      }
      const req = REQUIRED[type];
      if (!req) continue;
      const where2 = isObject(o.data) ? ["data"] : isObject(o.stringData) ? ["stringData"] : ["type"];
      const missing = (req.all ?? []).filter((k) => !keys.has(k));
      for (const k of missing)
        issues.add(m, where2, E.required(`data[${k}]`), `a Secret of type ${type} must have the key ${k}`);
      if (req.any && !req.any.some((k) => keys.has(k)))
        for (const k of req.any)
          issues.add(m, where2, E.required(`data[${k}]`), `a Secret of type ${type} needs ${req.any.join(" or ")}`);
      if (req.json && missing.length === 0) {
        const k = req.json;
        const text = k in stringData ? typeof stringData[k] === "string" ? stringData[k] : void 0 : decode(data[k]);
        const bad = text === void 0 ? void 0 : jsonProblem(text);
        if (bad)
          issues.add(
            m,
            [k in stringData ? "stringData" : "data", k],
            `${E.invalid(`data[${k}]`, "<secret contents redacted>", bad)}`,
            `the ${k} value is not JSON`
          );
      }
    }
    return issues.list;
  }
};

// src/rules/api/core-pod.ts
var SYSCTL = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
function sysctlNamespace(name) {
  if (name.startsWith("net.")) return "net";
  if (name === "kernel.sem" || name.startsWith("kernel.shm") || name.startsWith("kernel.msg") || name.startsWith("fs.mqueue."))
    return "ipc";
  return void 0;
}
function seccomp(site, issues, sp, at) {
  if (!isObject(sp)) return;
  if (sp.type === "Localhost") {
    if (typeof sp.localhostProfile !== "string")
      site.add(
        issues,
        at,
        E.required(site.p([...at, "localhostProfile"]), "must be set when seccomp type is Localhost")
      );
    else
      for (const why of localDescendingPathProblems(sp.localhostProfile))
        site.add(
          issues,
          [...at, "localhostProfile"],
          E.invalid(site.p([...at, "localhostProfile"]), sp.localhostProfile, why)
        );
  } else if (typeof sp.type === "string" && sp.localhostProfile !== void 0 && sp.localhostProfile !== null)
    site.add(
      issues,
      [...at, "localhostProfile"],
      E.invalid(site.p([...at, "localhostProfile"]), sp, "can only be set when seccomp type is Localhost")
    );
}
function appArmor(site, issues, ap, at) {
  if (!isObject(ap)) return;
  const lp = ap.localhostProfile;
  if (ap.type === "Localhost") {
    if (typeof lp !== "string" || lp.trim() === "")
      site.add(
        issues,
        at,
        E.required(site.p([...at, "localhostProfile"]), "must be set when AppArmor type is Localhost")
      );
    else if (lp.trim() !== lp)
      site.add(
        issues,
        [...at, "localhostProfile"],
        E.invalid(site.p([...at, "localhostProfile"]), lp, "must not be padded with whitespace")
      );
  } else if ((ap.type === "RuntimeDefault" || ap.type === "Unconfined") && lp !== void 0 && lp !== null)
    site.add(
      issues,
      [...at, "localhostProfile"],
      E.invalid(site.p([...at, "localhostProfile"]), lp, "can only be set when AppArmor type is Localhost")
    );
}
function ids(site, issues, sc, at, keys) {
  for (const k of keys)
    if (isInt(sc[k])) {
      const bad = idProblem(sc[k]);
      if (bad) site.add(issues, [...at, k], E.invalid(site.p([...at, k]), sc[k], bad));
    }
}
var WINDOWS_POD_FORBIDDEN = [
  "appArmorProfile",
  "seLinuxOptions",
  "seccompProfile",
  "fsGroup",
  "fsGroupChangePolicy",
  "sysctls",
  "runAsUser",
  "runAsGroup",
  "supplementalGroups",
  "supplementalGroupsPolicy",
  "seLinuxChangePolicy"
];
var WINDOWS_CONTAINER_FORBIDDEN = [
  "appArmorProfile",
  "seLinuxOptions",
  "seccompProfile",
  "capabilities",
  "readOnlyRootFilesystem",
  "privileged",
  "allowPrivilegeEscalation",
  "procMount",
  "runAsUser",
  "runAsGroup"
];
function set2(v) {
  return v !== void 0 && v !== null;
}
var apiSecurityContext = {
  id: "api/security-context",
  description: "A pod or container securityContext the API server rejects: user or group IDs outside 0-2147483647, allowPrivilegeEscalation false with privileged or CAP_SYS_ADMIN, procMount Unmasked with host users, shareProcessNamespace with hostPID, invalid or duplicate sysctls, net/IPC sysctls on the host namespaces, seccomp/AppArmor Localhost without a profile (or a profile without Localhost), hostUsers false with host namespaces, options the pod's os.name forbids (validatePodSpecSecurityContext, ValidateSecurityContext, validateSysctls, validateHostUsers, validateWindows).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const spec = site.pod.spec;
      const sp = site.pod.specPath;
      const psc = isObject(spec.securityContext) ? spec.securityContext : void 0;
      const pscPath = [...sp, "securityContext"];
      const hostUsers = spec.hostUsers !== false;
      if (spec.shareProcessNamespace === true && spec.hostPID === true)
        site.add(
          issues,
          [...sp, "shareProcessNamespace"],
          E.invalid(
            site.p([...pscPath, "shareProcessNamespace"]),
            true,
            "ShareProcessNamespace and HostPID cannot both be enabled"
          )
        );
      if (psc) {
        ids(site, issues, psc, pscPath, ["runAsUser", "runAsGroup", "fsGroup"]);
        if (Array.isArray(psc.supplementalGroups))
          psc.supplementalGroups.forEach((g, i) => {
            if (isInt(g) && idProblem(g))
              site.add(
                issues,
                [...pscPath, "supplementalGroups", i],
                E.invalid(site.p([...pscPath, "supplementalGroups", i]), g, idProblem(g))
              );
          });
        if (Array.isArray(psc.sysctls)) {
          const seen = /* @__PURE__ */ new Set();
          psc.sysctls.forEach((s, i) => {
            if (!isObject(s)) return;
            const at = [...pscPath, "sysctls", i, "name"];
            const name = s.name;
            if (name === "") site.add(issues, at, E.required(site.p(at)));
            else if (typeof name === "string" && (name.length > 253 || !SYSCTL.test(name)))
              site.add(
                issues,
                at,
                E.invalid(site.p(at), name, `must have at most 253 characters and match regex ${SYSCTL.source}`)
              );
            else if (typeof name === "string" && seen.has(name)) site.add(issues, at, E.duplicate(site.p(at), name));
            if (typeof name === "string") {
              const ns = sysctlNamespace(name);
              if (ns === "net" && spec.hostNetwork === true)
                site.add(
                  issues,
                  at,
                  E.invalid(site.p(at), name, "may not be specified when 'hostNetwork' is true"),
                  "a namespaced sysctl would change the host"
                );
              if (ns === "ipc" && spec.hostIPC === true)
                site.add(
                  issues,
                  at,
                  E.invalid(site.p(at), name, "may not be specified when 'hostIPC' is true"),
                  "a namespaced sysctl would change the host"
                );
              seen.add(name);
            }
          });
        }
        seccomp(site, issues, psc.seccompProfile, [...pscPath, "seccompProfile"]);
        appArmor(site, issues, psc.appArmorProfile, [...pscPath, "appArmorProfile"]);
      }
      if (!hostUsers) {
        for (const k of ["hostNetwork", "hostPID", "hostIPC"])
          if (spec[k] === true)
            site.add(
              issues,
              [...sp, k],
              E.forbidden(site.p([...sp, k]), "when `pod.Spec.HostUsers` is false"),
              "user namespaces cannot be combined with host namespaces"
            );
      }
      const os = isObject(spec.os) ? spec.os.name : void 0;
      if (os === "windows") {
        if (psc) {
          for (const k of WINDOWS_POD_FORBIDDEN)
            if (set2(psc[k]))
              site.add(
                issues,
                [...pscPath, k],
                E.forbidden(site.p([...pscPath, k]), "cannot be set for a windows pod")
              );
        }
        if (set2(spec.hostUsers))
          site.add(
            issues,
            [...sp, "hostUsers"],
            E.forbidden(site.p([...sp, "hostUsers"]), "cannot be set for a windows pod")
          );
        for (const k of ["hostPID", "hostIPC", "shareProcessNamespace"])
          if (spec[k] === true || k === "shareProcessNamespace" && set2(spec[k]))
            site.add(issues, [...sp, k], E.forbidden(site.p([...sp, k]), "cannot be set for a windows pod"));
      }
      if (os === "linux" && psc && set2(psc.windowsOptions))
        site.add(
          issues,
          [...pscPath, "windowsOptions"],
          E.forbidden(site.p([...pscPath, "windowsOptions"]), "windows options cannot be set for a linux pod")
        );
      for (const ctr of containers(site)) {
        const sc = ctr.c.securityContext;
        if (!isObject(sc)) continue;
        const at = [...ctr.path, "securityContext"];
        ids(site, issues, sc, at, ["runAsUser", "runAsGroup"]);
        if (sc.procMount === "Unmasked" && hostUsers)
          site.add(
            issues,
            [...at, "procMount"],
            E.invalid(site.p([...at, "procMount"]), "Unmasked", "`hostUsers` must be false to use `Unmasked`"),
            "set spec.hostUsers: false"
          );
        if (sc.allowPrivilegeEscalation === false) {
          if (sc.privileged === true)
            site.add(
              issues,
              [...at, "allowPrivilegeEscalation"],
              `${site.p(at)}: Invalid value: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
              "a privileged container always may escalate"
            );
          const add = isObject(sc.capabilities) && Array.isArray(sc.capabilities.add) ? sc.capabilities.add : [];
          add.forEach((cap, i) => {
            if (cap === "CAP_SYS_ADMIN")
              site.add(
                issues,
                [...at, "capabilities", "add", i],
                `${site.p(at)}: Invalid value: cannot set \`allowPrivilegeEscalation\` to false and \`capabilities.Add\` CAP_SYS_ADMIN`
              );
          });
        }
        seccomp(site, issues, sc.seccompProfile, [...at, "seccompProfile"]);
        appArmor(site, issues, sc.appArmorProfile, [...at, "appArmorProfile"]);
        if (os === "windows") {
          for (const k of WINDOWS_CONTAINER_FORBIDDEN)
            if (set2(sc[k]))
              site.add(issues, [...at, k], E.forbidden(site.p([...at, k]), "cannot be set for a windows pod"));
        }
        if (os === "linux" && set2(sc.windowsOptions))
          site.add(
            issues,
            [...at, "windowsOptions"],
            E.forbidden(site.p([...at, "windowsOptions"]), "windows options cannot be set for a linux pod")
          );
      }
    }
    return issues.list;
  }
};
var DNS_SEARCH_UNDERSCORE = /^[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?(\.[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?)*$/;
var IP_TEXT = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
function names$1(site, issues, checks) {
  const spec = site.pod.spec;
  for (const [k, fn] of checks) {
    const v = spec[k];
    if (typeof v !== "string" || v === "") continue;
    const bad = fn(v);
    if (bad) site.add(issues, [...site.pod.specPath, k], E.invalid(site.p([...site.pod.specPath, k]), v, bad));
  }
}
var APPS_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "ReplicationController"]);
var apiPodSpec = {
  id: "api/pod-spec",
  description: "A pod spec field the API server rejects: dnsPolicy None without dnsConfig nameservers, more than 3 nameservers or 32 searches, invalid IPs or host names in dnsConfig/hostAliases, hostname, subdomain, serviceAccountName, nodeName, priorityClassName or runtimeClassName of the wrong syntax, activeDeadlineSeconds below 1, invalid nodeSelector labels, readiness or scheduling gates, resource claims, ephemeral containers in a template; empty or duplicate imagePullSecrets and negative terminationGracePeriodSeconds warn (ValidatePodSpec, validatePodDNSConfig, ValidateHostAliases, validatePodResourceClaims).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const spec = site.pod.spec;
      const sp = site.pod.specPath;
      const dc = isObject(spec.dnsConfig) ? spec.dnsConfig : void 0;
      if (spec.dnsPolicy === "None") {
        if (!dc)
          site.add(
            issues,
            [...sp, "dnsPolicy"],
            E.required(site.p([...sp, "dnsConfig"]), "must provide `dnsConfig` when `dnsPolicy` is None")
          );
        else if (!Array.isArray(dc.nameservers) || dc.nameservers.length === 0)
          site.add(
            issues,
            [...sp, "dnsConfig"],
            E.required(
              site.p([...sp, "dnsConfig", "nameservers"]),
              "must provide at least one DNS nameserver when `dnsPolicy` is None"
            )
          );
      }
      if (dc) {
        const dp = [...sp, "dnsConfig"];
        if (Array.isArray(dc.nameservers)) {
          if (dc.nameservers.length > 3)
            site.add(
              issues,
              [...dp, "nameservers"],
              E.invalid(site.p([...dp, "nameservers"]), dc.nameservers, "must not have more than 3 nameservers")
            );
          dc.nameservers.forEach((ns, i) => {
            if (typeof ns === "string" && !isIP(ns))
              site.add(issues, [...dp, "nameservers", i], E.invalid(site.p([...dp, "nameservers", i]), ns, IP_TEXT));
          });
        }
        if (Array.isArray(dc.searches)) {
          if (dc.searches.length > 32)
            site.add(
              issues,
              [...dp, "searches"],
              E.invalid(site.p([...dp, "searches"]), dc.searches, "must not have more than 32 search paths")
            );
          if (dc.searches.filter((s) => typeof s === "string").join(" ").length > 2048)
            site.add(
              issues,
              [...dp, "searches"],
              E.invalid(
                site.p([...dp, "searches"]),
                dc.searches,
                "must not have more than 2048 characters (including spaces) in the search list"
              )
            );
          dc.searches.forEach((s, i) => {
            if (typeof s !== "string" || s === ".") return;
            const v = s.endsWith(".") ? s.slice(0, -1) : s;
            if (v.length > 253 || !DNS_SEARCH_UNDERSCORE.test(v))
              site.add(
                issues,
                [...dp, "searches", i],
                E.invalid(site.p([...dp, "searches", i]), v, dns1123Subdomain(v) ?? "is not a DNS subdomain")
              );
          });
        }
        if (Array.isArray(dc.options))
          dc.options.forEach((o, i) => {
            if (isObject(o) && (typeof o.name !== "string" || o.name === ""))
              site.add(issues, [...dp, "options", i], E.required(site.p([...dp, "options", i]), "must not be empty"));
          });
      }
      if (Array.isArray(spec.hostAliases)) {
        const ips = /* @__PURE__ */ new Set();
        spec.hostAliases.forEach((h, i) => {
          if (!isObject(h)) return;
          const at = [...sp, "hostAliases", i];
          if (typeof h.ip === "string") {
            if (!isIP(h.ip)) site.add(issues, [...at, "ip"], E.invalid(site.p([...at, "ip"]), h.ip, IP_TEXT));
            else if (ips.has(h.ip))
              site.add(
                issues,
                [...at, "ip"],
                `${site.p([...at, "ip"])}: duplicate ip ${JSON.stringify(h.ip)} (an API server warning)`,
                "merge the host names into one entry",
                "warning"
              );
            ips.add(h.ip);
          }
          if (Array.isArray(h.hostnames))
            h.hostnames.forEach((n, j) => {
              if (typeof n !== "string") return;
              const bad = dns1123Subdomain(n);
              if (bad) site.add(issues, [...at, "hostnames", j], E.invalid(site.p([...at, "hostnames", j]), n, bad));
            });
        });
      }
      names$1(site, issues, [
        ["hostname", dns1123Label],
        ["subdomain", dns1123Label],
        ["serviceAccountName", dns1123Subdomain],
        ["nodeName", dns1123Subdomain],
        ["priorityClassName", dns1123Subdomain]
      ]);
      if (typeof spec.runtimeClassName === "string") {
        const bad = spec.runtimeClassName === "" ? "must not be empty" : dns1123Subdomain(spec.runtimeClassName);
        if (bad)
          site.add(
            issues,
            [...sp, "runtimeClassName"],
            E.invalid(site.p([...sp, "runtimeClassName"]), spec.runtimeClassName, bad),
            spec.runtimeClassName === "" ? "leave runtimeClassName out instead of rendering it empty" : void 0
          );
      }
      if (!APPS_KINDS.has(site.pod.kind) && isInt(spec.activeDeadlineSeconds) && (spec.activeDeadlineSeconds < 1 || spec.activeDeadlineSeconds > MAX_INT32))
        site.add(
          issues,
          [...sp, "activeDeadlineSeconds"],
          E.invalid(
            site.p([...sp, "activeDeadlineSeconds"]),
            spec.activeDeadlineSeconds,
            `must be between 1 and ${MAX_INT32}, inclusive`
          )
        );
      if (isObject(spec.nodeSelector))
        for (const [k, v] of Object.entries(spec.nodeSelector)) {
          const at = [...sp, "nodeSelector", k];
          const badKey = qualifiedName(k);
          if (badKey) site.add(issues, at, E.invalid(site.p(at), k, `the key ${badKey}`));
          if (typeof v === "string" && labelValue(v)) site.add(issues, at, E.invalid(site.p(at), v, labelValue(v)));
        }
      if (Array.isArray(spec.readinessGates))
        spec.readinessGates.forEach((g, i) => {
          if (isObject(g) && typeof g.conditionType === "string") {
            const bad = qualifiedName(g.conditionType);
            if (bad)
              site.add(
                issues,
                [...sp, "readinessGates", i, "conditionType"],
                E.invalid(site.p([...sp, "readinessGates", i, "conditionType"]), g.conditionType, bad)
              );
          }
        });
      if (Array.isArray(spec.schedulingGates)) {
        const seen = /* @__PURE__ */ new Set();
        spec.schedulingGates.forEach((g, i) => {
          if (!isObject(g) || typeof g.name !== "string") return;
          const at = [...sp, "schedulingGates", i];
          const bad = qualifiedName(g.name);
          if (bad) site.add(issues, [...at, "name"], E.invalid(site.p(at), g.name, bad));
          if (seen.has(g.name)) site.add(issues, [...at, "name"], E.duplicate(site.p(at), g.name));
          seen.add(g.name);
        });
      }
      if (Array.isArray(spec.ephemeralContainers) && spec.ephemeralContainers.length > 0)
        site.add(
          issues,
          [...sp, "ephemeralContainers"],
          E.forbidden(
            site.p([...sp, "ephemeralContainers"]),
            site.pod.kind === "Pod" ? "cannot be set on create" : "ephemeral containers not allowed in pod template"
          ),
          "ephemeral containers are added to a running pod with kubectl debug"
        );
      resourceClaims(site, issues);
      if (Array.isArray(spec.imagePullSecrets)) {
        const seen = /* @__PURE__ */ new Set();
        spec.imagePullSecrets.forEach((r, i) => {
          if (!isObject(r)) return;
          const at = [...sp, "imagePullSecrets", i];
          const name = typeof r.name === "string" ? r.name : "";
          if (name === "")
            site.add(
              issues,
              at,
              `${site.p([...at, "name"])}: invalid empty name "" (an API server warning)`,
              "the value that names the pull secret rendered empty",
              "warning"
            );
          else if (seen.has(name))
            site.add(
              issues,
              [...at, "name"],
              `${site.p([...at, "name"])}: duplicate name ${JSON.stringify(name)} (an API server warning)`,
              void 0,
              "warning"
            );
          seen.add(name);
        });
      }
      if (isInt(spec.terminationGracePeriodSeconds) && spec.terminationGracePeriodSeconds < 0)
        site.add(
          issues,
          [...sp, "terminationGracePeriodSeconds"],
          `${site.p([...sp, "terminationGracePeriodSeconds"])}: must be >= 0; negative values are invalid and will be treated as 1 (an API server warning)`,
          void 0,
          "warning"
        );
    }
    return issues.list;
  }
};
function resourceClaims(site, issues) {
  const spec = site.pod.spec;
  const sp = site.pod.specPath;
  const claimNames = /* @__PURE__ */ new Set();
  if (Array.isArray(spec.resourceClaims))
    spec.resourceClaims.forEach((c, i) => {
      if (!isObject(c)) return;
      const at = [...sp, "resourceClaims", i];
      if (c.name === "") site.add(issues, [...at, "name"], E.required(site.p([...at, "name"])));
      else if (typeof c.name === "string" && claimNames.has(c.name))
        site.add(issues, [...at, "name"], E.duplicate(site.p([...at, "name"]), c.name));
      else if (typeof c.name === "string") {
        const bad = dns1123Label(c.name);
        if (bad) site.add(issues, [...at, "name"], E.invalid(site.p([...at, "name"]), c.name, bad));
        claimNames.add(c.name);
      }
      const byName = typeof c.resourceClaimName === "string";
      const byTemplate = typeof c.resourceClaimTemplateName === "string";
      if (byName && byTemplate)
        site.add(
          issues,
          at,
          E.invalid(
            site.p(at),
            c.name ?? "",
            "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified"
          )
        );
      if (!byName && !byTemplate)
        site.add(
          issues,
          at,
          E.invalid(site.p(at), c.name ?? "", "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`")
        );
      for (const k of ["resourceClaimName", "resourceClaimTemplateName"])
        if (typeof c[k] === "string") {
          const bad = dns1123Subdomain(c[k]);
          if (bad) site.add(issues, [...at, k], E.invalid(site.p([...at, k]), c[k], bad));
        }
    });
  for (const ctr of containers(site)) {
    const claims = isObject(ctr.c.resources) ? ctr.c.resources.claims : void 0;
    if (!Array.isArray(claims)) continue;
    claims.forEach((c, i) => {
      if (!isObject(c) || typeof c.name !== "string" || c.name === "") return;
      const at = [...ctr.path, "resources", "claims", i];
      if (!claimNames.has(c.name))
        site.add(
          issues,
          [...at, "name"],
          `${E.notFound(site.p(at), c.name)}: must be one of the names in pod.spec.resourceClaims${claimNames.size ? `: ${[...claimNames].join(", ")}` : " which is empty"}`
        );
    });
  }
}
function tolerations(site, issues) {
  const list2 = site.pod.spec.tolerations;
  if (!Array.isArray(list2)) return;
  list2.forEach((t, i) => {
    if (!isObject(t)) return;
    const at = [...site.pod.specPath, "tolerations", i];
    const key = typeof t.key === "string" ? t.key : "";
    const op = typeof t.operator === "string" ? t.operator : "";
    if (key !== "") {
      const bad = qualifiedName(key);
      if (bad) site.add(issues, [...at, "key"], E.invalid(site.p([...at, "key"]), key, bad));
    }
    if (key === "" && op !== "Exists")
      site.add(
        issues,
        at,
        E.invalid(
          site.p([...at, "operator"]),
          op,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"'
        ),
        "an empty key tolerates every taint, which needs operator: Exists"
      );
    if (set2(t.tolerationSeconds) && t.effect !== "NoExecute")
      site.add(
        issues,
        [...at, "tolerationSeconds"],
        E.invalid(
          site.p([...at, "effect"]),
          t.effect ?? "",
          "effect must be 'NoExecute' when `tolerationSeconds` is set"
        )
      );
    const value = t.value;
    if ((op === "Equal" || op === "") && typeof value === "string" && labelValue(value))
      site.add(issues, [...at, "value"], E.invalid(site.p([...at, "operator"]), value, labelValue(value)));
    if (op === "Exists" && typeof value === "string" && value !== "")
      site.add(
        issues,
        [...at, "value"],
        E.invalid(site.p([...at, "operator"]), value, "value must be empty when `operator` is 'Exists'")
      );
  });
}
var NODE_OPS = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];
function nodeSelectorTerm(site, issues, term, at, checkValues) {
  if (!isObject(term)) return;
  if (Array.isArray(term.matchExpressions))
    term.matchExpressions.forEach((r, j) => {
      if (!isObject(r)) return;
      const rp = [...at, "matchExpressions", j];
      const values2 = Array.isArray(r.values) ? r.values : [];
      const op = r.operator;
      if (typeof op === "string") {
        if (!NODE_OPS.includes(op))
          site.add(
            issues,
            [...rp, "operator"],
            E.invalid(site.p([...rp, "operator"]), op, "not a valid selector operator")
          );
        else if ((op === "In" || op === "NotIn") && values2.length === 0)
          site.add(
            issues,
            rp,
            E.required(site.p([...rp, "values"]), "must be specified when `operator` is 'In' or 'NotIn'")
          );
        else if ((op === "Exists" || op === "DoesNotExist") && values2.length > 0)
          site.add(
            issues,
            [...rp, "values"],
            E.forbidden(
              site.p([...rp, "values"]),
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"
            )
          );
        else if ((op === "Gt" || op === "Lt") && values2.length !== 1)
          site.add(
            issues,
            rp,
            E.required(site.p([...rp, "values"]), "must be specified single value when `operator` is 'Lt' or 'Gt'")
          );
      }
      if (typeof r.key === "string") {
        const bad = qualifiedName(r.key);
        if (bad) site.add(issues, [...rp, "key"], E.invalid(site.p([...rp, "key"]), r.key, bad));
      }
      if (checkValues)
        values2.forEach((v, k) => {
          if (typeof v === "string" && labelValue(v))
            site.add(issues, [...rp, "values", k], E.invalid(site.p([...rp, "values", k]), v, labelValue(v)));
        });
    });
  if (Array.isArray(term.matchFields))
    term.matchFields.forEach((r, j) => {
      if (!isObject(r)) return;
      const rp = [...at, "matchFields", j];
      const values2 = Array.isArray(r.values) ? r.values : [];
      if (r.operator !== "In" && r.operator !== "NotIn")
        site.add(
          issues,
          [...rp, "operator"],
          E.invalid(site.p([...rp, "operator"]), r.operator ?? "", "not a valid selector operator")
        );
      else if (values2.length !== 1)
        site.add(
          issues,
          rp,
          E.required(
            site.p([...rp, "values"]),
            "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"
          )
        );
      if (r.key !== "metadata.name")
        site.add(
          issues,
          [...rp, "key"],
          E.invalid(site.p([...rp, "key"]), r.key ?? "", "not a valid field selector key")
        );
    });
}
function weight(site, issues, w, at) {
  if (isInt(w) && (w <= 0 || w > 100)) site.add(issues, at, E.invalid(site.p(at), w, "must be in the range 1-100"));
}
function podAffinityTerm(site, issues, t, at) {
  if (!isObject(t)) return;
  for (const pr of labelSelectorProblems(t.labelSelector, [...at, "labelSelector"], site.p))
    site.add(issues, pr.path, pr.text);
  for (const pr of labelSelectorProblems(t.namespaceSelector, [...at, "namespaceSelector"], site.p))
    site.add(issues, pr.path, pr.text);
  if (Array.isArray(t.namespaces))
    t.namespaces.forEach((n, i) => {
      if (typeof n === "string" && dns1123Label(n))
        site.add(issues, [...at, "namespaces", i], E.invalid(site.p([...at, "namespace"]), n, dns1123Label(n)));
    });
  if (t.topologyKey === "")
    site.add(
      issues,
      at,
      E.required(site.p([...at, "topologyKey"]), "can not be empty"),
      "topologyKey names the node label that groups nodes, e.g. kubernetes.io/hostname"
    );
  else {
    const bad = qualifiedName(t.topologyKey);
    if (bad) site.add(issues, [...at, "topologyKey"], E.invalid(site.p([...at, "topologyKey"]), t.topologyKey, bad));
  }
  const match = Array.isArray(t.matchLabelKeys) ? t.matchLabelKeys : [];
  const mismatch = Array.isArray(t.mismatchLabelKeys) ? t.mismatchLabelKeys : [];
  for (const [k, list2] of [
    ["matchLabelKeys", match],
    ["mismatchLabelKeys", mismatch]
  ]) {
    if (list2.length === 0) continue;
    if (!isObject(t.labelSelector))
      site.add(
        issues,
        [...at, k],
        E.forbidden(site.p([...at, k]), "must not be specified when labelSelector is not set")
      );
    list2.forEach((key, i) => {
      if (typeof key === "string" && qualifiedName(key))
        site.add(issues, [...at, k, i], E.invalid(site.p([...at, k, i]), key, qualifiedName(key)));
    });
  }
  match.forEach((key, i) => {
    if (mismatch.includes(key))
      site.add(
        issues,
        [...at, "matchLabelKeys", i],
        E.invalid(site.p([...at, "matchLabelKeys", i]), key, "exists in both matchLabelKeys and mismatchLabelKeys")
      );
  });
}
function affinity(site, issues) {
  const a = site.pod.spec.affinity;
  if (!isObject(a)) return;
  const ap = [...site.pod.specPath, "affinity"];
  const na = a.nodeAffinity;
  if (isObject(na)) {
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    const rp = [...ap, "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"];
    if (isObject(req)) {
      const terms = Array.isArray(req.nodeSelectorTerms) ? req.nodeSelectorTerms : [];
      if (Array.isArray(req.nodeSelectorTerms) && terms.length === 0)
        site.add(
          issues,
          rp,
          E.required(site.p([...rp, "nodeSelectorTerms"]), "must have at least one node selector term"),
          "leave requiredDuringSchedulingIgnoredDuringExecution out when there is no term"
        );
      terms.forEach(
        (t, i) => nodeSelectorTerm(site, issues, t, [...rp, "nodeSelectorTerms", i], true)
      );
    }
    const pref = na.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(pref))
      pref.forEach((t, i) => {
        if (!isObject(t)) return;
        const tp = [...ap, "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", i];
        weight(site, issues, t.weight, [...tp, "weight"]);
        nodeSelectorTerm(site, issues, t.preference, [...tp, "preference"], false);
      });
  }
  for (const kind of ["podAffinity", "podAntiAffinity"]) {
    const pa = a[kind];
    if (!isObject(pa)) continue;
    const req = pa.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(req))
      req.forEach((t, i) => {
        const at = [...ap, kind, "requiredDuringSchedulingIgnoredDuringExecution", i];
        podAffinityTerm(site, issues, t, at);
        if (isObject(t) && !set2(t.labelSelector))
          site.add(
            issues,
            at,
            `${site.p([...at, "labelSelector"])}: a null labelSelector results in matching no pod (an API server warning)`,
            void 0,
            "warning"
          );
      });
    const pref = pa.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(pref))
      pref.forEach((t, i) => {
        if (!isObject(t)) return;
        const at = [...ap, kind, "preferredDuringSchedulingIgnoredDuringExecution", i];
        weight(site, issues, t.weight, [...at, "weight"]);
        podAffinityTerm(site, issues, t.podAffinityTerm, [...at, "podAffinityTerm"]);
        if (isObject(t.podAffinityTerm) && !set2(t.podAffinityTerm.labelSelector))
          site.add(
            issues,
            [...at, "podAffinityTerm"],
            `${site.p([...at, "podAffinityTerm", "labelSelector"])}: a null labelSelector results in matching no pod (an API server warning)`,
            void 0,
            "warning"
          );
      });
  }
}
function topologySpread(site, issues) {
  const list2 = site.pod.spec.topologySpreadConstraints;
  if (!Array.isArray(list2)) return;
  list2.forEach((c, i) => {
    if (!isObject(c)) return;
    const at = [...site.pod.specPath, "topologySpreadConstraints", i];
    if (isInt(c.maxSkew) && c.maxSkew <= 0)
      site.add(
        issues,
        [...at, "maxSkew"],
        E.invalid(site.p([...at, "maxSkew"]), c.maxSkew, "must be greater than zero")
      );
    if (c.topologyKey === "")
      site.add(issues, [...at, "topologyKey"], E.required(site.p([...at, "topologyKey"]), "can not be empty"));
    const later = list2.slice(i + 1).findIndex(
      (o) => isObject(o) && o.topologyKey === c.topologyKey && o.whenUnsatisfiable === c.whenUnsatisfiable
    );
    if (later >= 0 && typeof c.topologyKey === "string")
      site.add(
        issues,
        at,
        E.duplicate(
          `${site.p(at)}.{topologyKey, whenUnsatisfiable}`,
          `{${c.topologyKey}, ${String(c.whenUnsatisfiable)}}`
        ),
        "two constraints spread over the same key with the same policy"
      );
    if (set2(c.minDomains)) {
      if (isInt(c.minDomains) && c.minDomains <= 0)
        site.add(
          issues,
          [...at, "minDomains"],
          E.invalid(site.p([...at, "minDomains"]), c.minDomains, "must be greater than zero")
        );
      if (c.whenUnsatisfiable !== "DoNotSchedule")
        site.add(
          issues,
          [...at, "minDomains"],
          E.invalid(
            site.p([...at, "minDomains"]),
            c.minDomains,
            `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${String(c.whenUnsatisfiable ?? "")}`
          )
        );
    }
    if (Array.isArray(c.matchLabelKeys) && c.matchLabelKeys.length > 0 && !isObject(c.labelSelector))
      site.add(
        issues,
        [...at, "matchLabelKeys"],
        E.forbidden(site.p([...at, "matchLabelKeys"]), "must not be specified when labelSelector is not set")
      );
    for (const pr of labelSelectorProblems(c.labelSelector, [...at, "labelSelector"], site.p))
      site.add(issues, pr.path, pr.text);
    if (!set2(c.labelSelector))
      site.add(
        issues,
        at,
        `${site.p([...at, "labelSelector"])}: a null labelSelector results in matching no pod (an API server warning)`,
        "without a labelSelector the constraint counts no pods and spreads nothing",
        "warning"
      );
  });
}
var apiScheduling = {
  id: "api/scheduling",
  description: "Tolerations, affinity or topology spread constraints the API server rejects: an empty toleration key without operator Exists, tolerationSeconds without effect NoExecute, a value with Exists, no node selector terms, In/NotIn without values, Gt/Lt without exactly one, weights outside 1-100, a pod affinity term without topologyKey, maxSkew below 1, minDomains without DoNotSchedule, repeated {topologyKey, whenUnsatisfiable}; null label selectors warn (ValidateTolerations, validateAffinity, validateTopologySpreadConstraints).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      tolerations(site, issues);
      affinity(site, issues);
      topologySpread(site, issues);
    }
    return issues.list;
  }
};

// src/rules/api/core-service.ts
var IP_TEXT2 = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
var MAX_AFFINITY_SECONDS = 86400;
var apiService = {
  id: "api/service",
  description: "A Service the API server rejects: no ports (unless headless or ExternalName), several ports not all named, a repeated port name or port/protocol or nodePort, a port outside 1-65535, nodePort on a ClusterIP Service, clusterIP None on NodePort/LoadBalancer, ExternalName with a cluster IP or no valid externalName, loadBalancerSourceRanges/loadBalancerClass/allocateLoadBalancerNodePorts off LoadBalancer, externalTrafficPolicy on a Service not reachable from outside, sessionAffinityConfig with affinity None, invalid IPs or CIDRs; fields a headless or ExternalName Service ignores warn (ValidateService, validateServicePort, ValidateServiceClusterIPsRelatedFields, validateServiceExternalTrafficPolicy).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, "Service", [""])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const type = typeof spec.type === "string" ? spec.type : "ClusterIP";
      const clusterIP = typeof spec.clusterIP === "string" ? spec.clusterIP : "";
      const clusterIPs = Array.isArray(spec.clusterIPs) ? spec.clusterIPs : clusterIP !== "" ? [clusterIP] : [];
      const headless = clusterIPs.length === 1 && clusterIPs[0] === "None";
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const add = (path, text, hint, severity) => issues.add(m, path, text, hint, severity);
      if (ports.length === 0 && !headless && type !== "ExternalName")
        add(
          Array.isArray(spec.ports) ? ["spec", "ports"] : ["spec"],
          E.required("spec.ports"),
          "a Service needs at least one port unless it is headless (clusterIP: None) or ExternalName"
        );
      if ((type === "LoadBalancer" || type === "NodePort") && headless)
        add(
          ["spec", spec.clusterIP !== void 0 ? "clusterIP" : "clusterIPs"],
          E.invalid("spec.clusterIPs[0]", "None", `may not be set to 'None' for ${type} services`)
        );
      if (type === "ExternalName") {
        if (clusterIPs.length > 0)
          add(
            ["spec", spec.clusterIP !== void 0 ? "clusterIP" : "clusterIPs"],
            E.forbidden("spec.clusterIPs", "may not be set for ExternalName services"),
            "remove clusterIP from an ExternalName Service"
          );
        if (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length > 0)
          add(["spec", "ipFamilies"], E.forbidden("spec.ipFamilies", "may not be set for ExternalName services"));
        if (spec.ipFamilyPolicy !== void 0 && spec.ipFamilyPolicy !== null)
          add(
            ["spec", "ipFamilyPolicy"],
            E.forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services")
          );
        const name = typeof spec.externalName === "string" ? spec.externalName.replace(/\.$/, "") : "";
        if (name === "")
          add(
            spec.externalName === void 0 ? ["spec"] : ["spec", "externalName"],
            E.required("spec.externalName"),
            "an ExternalName Service needs the DNS name it aliases"
          );
        else {
          const bad = dns1123Subdomain(name);
          if (bad) add(["spec", "externalName"], E.invalid("spec.externalName", name, bad));
        }
      }
      const names2 = /* @__PURE__ */ new Set();
      const portKeys = /* @__PURE__ */ new Set();
      const nodePorts = /* @__PURE__ */ new Set();
      ports.forEach((sp, i) => {
        if (!isObject(sp)) return;
        const at = ["spec", "ports", i];
        const name = typeof sp.name === "string" ? sp.name : "";
        if (ports.length > 1 && name === "")
          add(at, E.required(fieldPath([...at, "name"])), "when a Service has more than one port, every port needs a name");
        else if (name !== "") {
          if (names2.has(name)) add([...at, "name"], E.duplicate(fieldPath([...at, "name"]), name));
          names2.add(name);
        }
        if (isInt(sp.port)) {
          const bad = portNumProblem(sp.port);
          if (bad) add([...at, "port"], E.invalid(fieldPath([...at, "port"]), sp.port, bad));
        }
        if (isInt(sp.targetPort) && sp.targetPort !== 0) {
          const bad = portNumProblem(sp.targetPort);
          if (bad) add([...at, "targetPort"], E.invalid(fieldPath([...at, "targetPort"]), sp.targetPort, bad));
        }
        if (typeof sp.appProtocol === "string") {
          const bad = qualifiedName(sp.appProtocol);
          if (bad) add([...at, "appProtocol"], E.invalid(fieldPath([...at, "appProtocol"]), sp.appProtocol, bad));
        }
        const protocol = typeof sp.protocol === "string" ? sp.protocol : "TCP";
        if (isInt(sp.port)) {
          const key = `${protocol}/${sp.port}`;
          if (portKeys.has(key))
            add(at, E.duplicate(fieldPath(at), { protocol, port: sp.port }), `port ${sp.port}/${protocol} is listed twice`);
          portKeys.add(key);
        }
        if (isInt(sp.nodePort) && sp.nodePort !== 0) {
          if (type === "ClusterIP")
            add(
              [...at, "nodePort"],
              E.forbidden(fieldPath([...at, "nodePort"]), "may not be used when `type` is 'ClusterIP'"),
              "set type: NodePort or LoadBalancer, or leave nodePort out"
            );
          const key = `${protocol}/${sp.nodePort}`;
          if (nodePorts.has(key)) add([...at, "nodePort"], E.duplicate(fieldPath([...at, "nodePort"]), sp.nodePort));
          nodePorts.add(key);
        }
      });
      const affinity2 = typeof spec.sessionAffinity === "string" ? spec.sessionAffinity : "None";
      if (affinity2 === "None" && spec.sessionAffinityConfig !== void 0 && spec.sessionAffinityConfig !== null)
        add(
          ["spec", "sessionAffinityConfig"],
          E.forbidden("spec.sessionAffinityConfig", "must not be set when session affinity is None"),
          "set sessionAffinity: ClientIP, or remove sessionAffinityConfig"
        );
      if (affinity2 === "ClientIP") {
        const t = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
        if (isInt(t) && (t <= 0 || t > MAX_AFFINITY_SECONDS))
          add(
            ["spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"],
            E.invalid(
              "spec.sessionAffinityConfig.clientIP.timeoutSeconds",
              t,
              `must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`
            )
          );
      }
      if (type !== "ExternalName") {
        if (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length > 0 && clusterIP !== "" && spec.clusterIPs[0] !== clusterIP)
          add(
            ["spec", "clusterIPs"],
            E.invalid("spec.clusterIPs", spec.clusterIPs, "first value must match `clusterIP`")
          );
        clusterIPs.forEach((ip, i) => {
          if (typeof ip !== "string") return;
          const at = Array.isArray(spec.clusterIPs) ? ["spec", "clusterIPs", i] : ["spec", "clusterIP"];
          if (ip === "None") {
            if (i > 0 || clusterIPs.length > 1)
              add(at, E.invalid("spec.clusterIPs", clusterIPs, "'None' must be the first and only value"));
          } else if (!isIP(ip)) add(at, E.invalid(`spec.clusterIPs[${i}]`, ip, IP_TEXT2));
        });
        if (clusterIPs.length > 2)
          add(["spec", "clusterIPs"], E.invalid("spec.clusterIPs", clusterIPs, "may only hold up to 2 values"));
        if (Array.isArray(spec.ipFamilies)) {
          const seen = /* @__PURE__ */ new Set();
          spec.ipFamilies.forEach((f, i) => {
            if (seen.has(f)) add(["spec", "ipFamilies", i], E.duplicate(`spec.ipFamilies[${i}]`, f));
            seen.add(f);
          });
        }
      }
      if (Array.isArray(spec.externalIPs))
        spec.externalIPs.forEach((ip, i) => {
          if (typeof ip !== "string") return;
          const at = ["spec", "externalIPs", i];
          if (!isIP(ip)) add(at, E.invalid(fieldPath(at), ip, IP_TEXT2));
          else {
            const bad = specialIPProblem(ip);
            if (bad) add(at, E.invalid(fieldPath(at), ip, bad));
          }
        });
      const lb = type === "LoadBalancer";
      if (Array.isArray(spec.loadBalancerSourceRanges) && spec.loadBalancerSourceRanges.length > 0) {
        if (!lb)
          add(
            ["spec", "loadBalancerSourceRanges"],
            E.forbidden("spec.LoadBalancerSourceRanges", "may only be used when `type` is 'LoadBalancer'")
          );
        spec.loadBalancerSourceRanges.forEach((r, i) => {
          if (typeof r === "string" && !isCIDR(r.trim()))
            add(
              ["spec", "loadBalancerSourceRanges", i],
              E.invalid(
                `spec.LoadBalancerSourceRanges[${i}]`,
                r.trim(),
                "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"
              )
            );
        });
      }
      if (spec.allocateLoadBalancerNodePorts !== void 0 && spec.allocateLoadBalancerNodePorts !== null && !lb)
        add(
          ["spec", "allocateLoadBalancerNodePorts"],
          E.forbidden("spec.allocateLoadBalancerNodePorts", "may only be used when `type` is 'LoadBalancer'")
        );
      if (typeof spec.loadBalancerClass === "string") {
        if (!lb)
          add(
            ["spec", "loadBalancerClass"],
            E.forbidden("spec.loadBalancerClass", "may only be used when `type` is 'LoadBalancer'")
          );
        else {
          const bad = qualifiedName(spec.loadBalancerClass);
          if (bad) add(["spec", "loadBalancerClass"], E.invalid("spec.loadBalancerClass", spec.loadBalancerClass, bad));
        }
      }
      const external = lb || type === "NodePort" || type === "ClusterIP" && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0;
      if (!external && typeof spec.externalTrafficPolicy === "string" && spec.externalTrafficPolicy !== "")
        add(
          ["spec", "externalTrafficPolicy"],
          E.invalid(
            "spec.externalTrafficPolicy",
            spec.externalTrafficPolicy,
            "may only be set for externally-accessible services"
          ),
          `a ${type} Service has no external traffic; set it only for NodePort or LoadBalancer`
        );
      const needsHealthCheck = lb && spec.externalTrafficPolicy === "Local";
      if (isInt(spec.healthCheckNodePort) && spec.healthCheckNodePort !== 0) {
        if (!needsHealthCheck)
          add(
            ["spec", "healthCheckNodePort"],
            E.invalid(
              "spec.healthCheckNodePort",
              spec.healthCheckNodePort,
              "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"
            )
          );
        else {
          const bad = portNumProblem(spec.healthCheckNodePort);
          if (bad)
            add(["spec", "healthCheckNodePort"], E.invalid("spec.healthCheckNodePort", spec.healthCheckNodePort, bad));
        }
      }
      if (type === "ClusterIP" && clusterIP === "None") {
        if (typeof spec.loadBalancerIP === "string" && spec.loadBalancerIP !== "")
          add(
            ["spec", "loadBalancerIP"],
            "spec.loadBalancerIP is ignored for headless services (an API server warning)",
            void 0,
            "warning"
          );
        if (Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0)
          add(
            ["spec", "externalIPs"],
            "spec.externalIPs is ignored for headless services (an API server warning)",
            void 0,
            "warning"
          );
        if (affinity2 !== "None")
          add(
            ["spec", "sessionAffinity"],
            "spec.SessionAffinity is ignored for headless services (an API server warning)",
            "clients resolve the pod IPs themselves; there is no proxy to keep affinity",
            "warning"
          );
      }
      if (type === "ExternalName" && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0)
        add(
          ["spec", "externalIPs"],
          'spec.externalIPs is ignored when spec.type is "ExternalName" (an API server warning)',
          void 0,
          "warning"
        );
      if (type !== "ExternalName" && typeof spec.externalName === "string" && spec.externalName !== "")
        add(
          ["spec", "externalName"],
          'spec.externalName is ignored when spec.type is not "ExternalName" (an API server warning)',
          void 0,
          "warning"
        );
    }
    return issues.list;
  }
};

// src/rules/api/networking.ts
var INVALID_SEQUENCES = ["//", "/./", "/../", "%2f", "%2F"];
var INVALID_SUFFIXES = ["/..", "/."];
function wildcardProblem(host) {
  if (!host.startsWith("*.") || dns1123Subdomain(host.slice(2)))
    return "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  return void 0;
}
function hostProblem(host) {
  return host.includes("*") ? wildcardProblem(host) : dns1123Subdomain(host);
}
var apiIngress = {
  id: "api/ingress",
  description: "An Ingress the API server rejects: neither rules nor defaultBackend, a host that is an IP or not a DNS name, a rule with http but no paths, a Prefix or Exact path that is not absolute or contains //, /./, /../, %2f or ends in /. or /.., a backend with both or neither of service and resource, a service backend with both or neither of port name and number, an invalid service or TLS secret name, an ingress.class annotation that disagrees with ingressClassName (ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath, validateIngressBackend, validateIngressTLS, ValidateIngressCreate).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, "Ingress", ["networking.k8s.io"]) || !m.resource.apiVersion.endsWith("/v1")) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const add = (path, text, hint) => issues.add(m, path, text, hint);
      const rules3 = Array.isArray(spec.rules) ? spec.rules : [];
      if (rules3.length === 0 && !isObject(spec.defaultBackend))
        add(
          ["spec"],
          E.invalid("spec", [], "either `defaultBackend` or `rules` must be specified"),
          "the rendered Ingress routes nothing"
        );
      const backend = (b, at) => {
        if (!isObject(b)) return;
        const hasResource = isObject(b.resource);
        const hasService = isObject(b.service);
        if (hasResource && hasService)
          return add(at, E.invalid(fieldPath(at), "", "cannot set both resource and service backends"));
        if (!hasResource && !hasService)
          return add(at, E.invalid(fieldPath(at), "", "resource or service backend is required"));
        if (hasResource) {
          const r = b.resource;
          for (const k of ["kind", "name"])
            if (r[k] === "") add([...at, "resource", k], E.required(fieldPath([...at, "resource", k]), `${k} is required`));
            else if (typeof r[k] === "string" && pathSegmentName(r[k]))
              add([...at, "resource", k], E.invalid(fieldPath([...at, "resource", k]), r[k], pathSegmentName(r[k])));
          if (typeof r.apiGroup === "string" && dns1123Subdomain(r.apiGroup))
            add(
              [...at, "resource", "apiGroup"],
              E.invalid(fieldPath([...at, "resource", "apiGroup"]), r.apiGroup, dns1123Subdomain(r.apiGroup))
            );
          return;
        }
        const s = b.service;
        const sp = [...at, "service"];
        if (s.name === "")
          add([...sp, "name"], E.required(fieldPath([...sp, "name"])), "the value that names the Service rendered empty");
        else if (typeof s.name === "string" && dns1035Label(s.name))
          add([...sp, "name"], E.invalid(fieldPath([...sp, "name"]), s.name, dns1035Label(s.name)));
        const port = isObject(s.port) ? s.port : {};
        const hasName = typeof port.name === "string" && port.name !== "";
        const hasNumber = isInt(port.number) && port.number !== 0;
        if (hasName && hasNumber)
          add(
            [...sp, "port"],
            E.invalid(fieldPath(at), "", "cannot set both port name & port number"),
            "keep the name or the number"
          );
        else if (hasName) {
          const bad = ianaSvcName(port.name);
          if (bad) add([...sp, "port", "name"], E.invalid(fieldPath([...sp, "port", "name"]), port.name, bad));
        } else if (hasNumber) {
          const bad = portNumProblem(port.number);
          if (bad) add([...sp, "port", "number"], E.invalid(fieldPath([...sp, "port", "number"]), port.number, bad));
        } else
          add(
            isObject(s.port) ? [...sp, "port"] : sp,
            E.required(fieldPath(at), "port name or number is required"),
            "the value that sets the service port rendered empty"
          );
      };
      backend(spec.defaultBackend, ["spec", "defaultBackend"]);
      rules3.forEach((r, i) => {
        if (!isObject(r)) return;
        const at = ["spec", "rules", i];
        if (typeof r.host === "string" && r.host !== "") {
          if (isIP(r.host))
            add(
              [...at, "host"],
              E.invalid(fieldPath([...at, "host"]), r.host, "must be a DNS name, not an IP address"),
              "leave host out to match any address"
            );
          const bad = hostProblem(r.host);
          if (bad) add([...at, "host"], E.invalid(fieldPath([...at, "host"]), r.host, bad));
        }
        if (!isObject(r.http)) return;
        const paths = Array.isArray(r.http.paths) ? r.http.paths : [];
        if (paths.length === 0) add([...at, "http"], E.required(fieldPath([...at, "http", "paths"])));
        paths.forEach((hp, j) => {
          if (!isObject(hp)) return;
          const pp = [...at, "http", "paths", j];
          const type = hp.pathType;
          const path = typeof hp.path === "string" ? hp.path : "";
          if (type === "Exact" || type === "Prefix") {
            if (!path.startsWith("/"))
              add(
                hp.path === void 0 ? pp : [...pp, "path"],
                E.invalid(fieldPath([...pp, "path"]), path, "must be an absolute path"),
                `a ${type} path starts with "/"`
              );
            for (const seq of INVALID_SEQUENCES)
              if (path.includes(seq))
                add([...pp, "path"], E.invalid(fieldPath([...pp, "path"]), path, `must not contain '${seq}'`));
            for (const suf of INVALID_SUFFIXES)
              if (path.endsWith(suf))
                add([...pp, "path"], E.invalid(fieldPath([...pp, "path"]), path, `cannot end with '${suf}'`));
          } else if (type === "ImplementationSpecific" && path !== "" && !path.startsWith("/"))
            add([...pp, "path"], E.invalid(fieldPath([...pp, "path"]), path, "must be an absolute path"));
          backend(hp.backend, [...pp, "backend"]);
        });
      });
      if (Array.isArray(spec.tls))
        spec.tls.forEach((t, i) => {
          if (!isObject(t)) return;
          const at = ["spec", "tls", i];
          if (Array.isArray(t.hosts))
            t.hosts.forEach((h, j) => {
              if (typeof h !== "string") return;
              const bad = hostProblem(h);
              if (bad) add([...at, "hosts", j], E.invalid(fieldPath([...at, "hosts", j]), h, bad));
            });
          if (typeof t.secretName === "string" && t.secretName !== "" && dns1123Subdomain(t.secretName))
            add(
              [...at, "secretName"],
              E.invalid(fieldPath([...at, "secretName"]), t.secretName, dns1123Subdomain(t.secretName))
            );
        });
      if (typeof spec.ingressClassName === "string") {
        const bad = spec.ingressClassName === "" ? "must not be empty" : dns1123Subdomain(spec.ingressClassName);
        if (bad)
          add(
            ["spec", "ingressClassName"],
            E.invalid("spec.ingressClassName", spec.ingressClassName, bad),
            spec.ingressClassName === "" ? "leave ingressClassName out instead of rendering it empty" : void 0
          );
        const ann = m.object.metadata?.annotations?.["kubernetes.io/ingress.class"];
        if (typeof ann === "string" && ann !== spec.ingressClassName)
          add(
            ["metadata", "annotations", "kubernetes.io/ingress.class"],
            E.invalid(
              "annotations.kubernetes.io/ingress.class",
              ann,
              "must match `ingressClassName` when both are specified"
            ),
            `spec.ingressClassName is "${spec.ingressClassName}"; drop the deprecated annotation`
          );
      }
    }
    return issues.list;
  }
};
function cidrSubset(cidr, except) {
  const parse2 = (s) => {
    const [ip, l] = s.split("/");
    if (!ip || l === void 0) return void 0;
    const v4 = ip.split(".");
    if (v4.length === 4) {
      let n = 0n;
      for (const x of v4) n = n << 8n | BigInt(Number(x));
      return { bits: n, len: Number(l), width: 32 };
    }
    return void 0;
  };
  const a = parse2(cidr);
  const b = parse2(except);
  if (!a || !b || a.width !== b.width) return void 0;
  if (b.len <= a.len) return false;
  const shift = BigInt(a.width - a.len);
  return a.bits >> shift === b.bits >> shift;
}
var apiNetworkPolicy = {
  id: "api/network-policy",
  description: "A NetworkPolicy the API server rejects: a port outside 1-65535, endPort below port or with a named or missing port, a peer with none of podSelector, namespaceSelector and ipBlock, or ipBlock beside another, an invalid CIDR or an except that is not a strict subset of it, malformed label selectors, more than two policyTypes (ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, "NetworkPolicy", ["networking.k8s.io"])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const add = (path, text, hint) => issues.add(m, path, text, hint);
      for (const pr of labelSelectorProblems(spec.podSelector, ["spec", "podSelector"], fieldPath, false))
        add(pr.path, pr.text);
      for (const dir of ["ingress", "egress"]) {
        const rules3 = spec[dir];
        if (!Array.isArray(rules3)) continue;
        rules3.forEach((r, i) => {
          if (!isObject(r)) return;
          const at = ["spec", dir, i];
          if (Array.isArray(r.ports))
            r.ports.forEach((pt, j) => {
              if (!isObject(pt)) return;
              const pp = [...at, "ports", j];
              if (isInt(pt.port)) {
                const bad = portNumProblem(pt.port);
                if (bad) add([...pp, "port"], E.invalid(fieldPath([...pp, "port"]), pt.port, bad));
                if (isInt(pt.endPort)) {
                  if (pt.endPort < pt.port)
                    add(
                      [...pp, "endPort"],
                      E.invalid(fieldPath([...pp, "endPort"]), pt.port, "must be greater than or equal to `port`")
                    );
                  const badEnd = portNumProblem(pt.endPort);
                  if (badEnd) add([...pp, "endPort"], E.invalid(fieldPath([...pp, "endPort"]), pt.endPort, badEnd));
                }
              } else if (typeof pt.port === "string") {
                if (pt.endPort !== void 0 && pt.endPort !== null)
                  add(
                    [...pp, "endPort"],
                    E.invalid(fieldPath([...pp, "endPort"]), pt.endPort, "may not be specified when `port` is non-numeric")
                  );
                const bad = ianaSvcName(pt.port);
                if (bad)
                  add(
                    [...pp, "port"],
                    E.invalid(fieldPath([...pp, "port"]), pt.port, bad),
                    /^\d+$/.test(pt.port) ? "a quoted number is a port name; write the number unquoted" : void 0
                  );
              } else if (pt.endPort !== void 0 && pt.endPort !== null)
                add(
                  [...pp, "endPort"],
                  E.invalid(fieldPath([...pp, "endPort"]), pt.endPort, "may not be specified when `port` is not specified")
                );
            });
          const peers = r[dir === "ingress" ? "from" : "to"];
          if (!Array.isArray(peers)) return;
          peers.forEach((peer, j) => {
            if (!isObject(peer)) return;
            const pp = [...at, dir === "ingress" ? "from" : "to", j];
            const kinds = ["podSelector", "namespaceSelector", "ipBlock"].filter((k) => isObject(peer[k]));
            if (kinds.length === 0)
              add(
                pp,
                E.required(fieldPath(pp), "must specify a peer"),
                "an empty peer selects nothing; use podSelector: {} to select every pod"
              );
            else if (kinds.length > 1 && kinds.includes("ipBlock"))
              add(
                pp,
                E.forbidden(fieldPath(pp), "may not specify both ipBlock and another peer"),
                "give the ipBlock its own peer entry"
              );
            for (const k of ["podSelector", "namespaceSelector"])
              for (const pr of labelSelectorProblems(peer[k], [...pp, k], fieldPath)) add(pr.path, pr.text);
            const ib = peer.ipBlock;
            if (isObject(ib)) {
              const ip = [...pp, "ipBlock"];
              if (ib.cidr === "") add(ip, E.required(fieldPath([...ip, "cidr"])));
              else if (typeof ib.cidr === "string" && !isCIDR(ib.cidr))
                add(
                  [...ip, "cidr"],
                  E.invalid(
                    fieldPath([...ip, "cidr"]),
                    ib.cidr,
                    "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"
                  )
                );
              else if (Array.isArray(ib.except))
                ib.except.forEach((ex, k) => {
                  if (typeof ex !== "string") return;
                  const ep = [...ip, "except", k];
                  if (!isCIDR(ex))
                    add(ep, E.invalid(fieldPath(ep), ex, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
                  else if (cidrSubset(ib.cidr, ex) === false)
                    add(ep, E.invalid(fieldPath(ep), ex, "must be a strict subset of `cidr`"));
                });
            }
          });
        });
      }
      if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 2)
        add(
          ["spec", "policyTypes"],
          E.invalid("spec.policyTypes", spec.policyTypes, "may not specify more than two policyTypes")
        );
    }
    return issues.list;
  }
};

// src/rules/api/policy.ts
var apiPodDisruptionBudget = {
  id: "api/pod-disruption-budget",
  description: "A PodDisruptionBudget the API server rejects: minAvailable and maxUnavailable both set, either one negative, above 100%, or a string that is not a percentage (a quoted number), or a malformed selector expression (ValidatePodDisruptionBudgetSpec).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, "PodDisruptionBudget", ["policy"])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const set3 = (k) => spec[k] !== void 0 && spec[k] !== null;
      if (set3("minAvailable") && set3("maxUnavailable"))
        issues.add(
          m,
          ["spec", "minAvailable"],
          "spec: Invalid value: minAvailable and maxUnavailable cannot be both set",
          "render only one of them (charts usually pick by which value is set)"
        );
      for (const k of ["minAvailable", "maxUnavailable"]) {
        if (!set3(k)) continue;
        const at = ["spec", k];
        for (const t of intOrPercentProblems(spec[k], fieldPath(at)))
          issues.add(
            m,
            at,
            t,
            typeof spec[k] === "string" && /^\d+$/.test(spec[k]) ? "a quoted number is not a count; write it unquoted, or add %" : void 0
          );
      }
      if (isObject(spec.selector))
        for (const pr of labelSelectorProblems(spec.selector, ["spec", "selector"], fieldPath, false))
          issues.add(m, pr.path, pr.text);
    }
    return issues.list;
  }
};

// src/rules/api/rbac.ts
var GROUP = "rbac.authorization.k8s.io";
function list(v) {
  return Array.isArray(v) ? v : [];
}
function rules(m, issues, namespaced) {
  const rs = m.object.rules;
  if (!Array.isArray(rs)) return;
  rs.forEach((r, i) => {
    if (!isObject(r)) return;
    const at = ["rules", i];
    if (list(r.verbs).length === 0)
      issues.add(
        m,
        r.verbs === void 0 ? at : [...at, "verbs"],
        E.required(fieldPath([...at, "verbs"]), "verbs must contain at least one value")
      );
    if (list(r.nonResourceURLs).length > 0) {
      if (namespaced)
        issues.add(
          m,
          [...at, "nonResourceURLs"],
          E.invalid(
            fieldPath([...at, "nonResourceURLs"]),
            r.nonResourceURLs,
            "namespaced rules cannot apply to non-resource URLs"
          ),
          "non-resource URLs belong in a ClusterRole"
        );
      if (list(r.apiGroups).length > 0 || list(r.resources).length > 0 || list(r.resourceNames).length > 0)
        issues.add(
          m,
          [...at, "nonResourceURLs"],
          E.invalid(
            fieldPath([...at, "nonResourceURLs"]),
            r.nonResourceURLs,
            "rules cannot apply to both regular resources and non-resource URLs"
          ),
          "split them into two rules"
        );
      return;
    }
    if (list(r.apiGroups).length === 0)
      issues.add(
        m,
        r.apiGroups === void 0 ? at : [...at, "apiGroups"],
        E.required(fieldPath([...at, "apiGroups"]), "resource rules must supply at least one api group"),
        'the core group is written apiGroups: [""]'
      );
    if (list(r.resources).length === 0)
      issues.add(
        m,
        r.resources === void 0 ? at : [...at, "resources"],
        E.required(fieldPath([...at, "resources"]), "resource rules must supply at least one resource")
      );
  });
}
function binding(m, issues, namespaced) {
  const ref = m.object.roleRef;
  if (isObject(ref)) {
    if (typeof ref.apiGroup === "string" && ref.apiGroup !== "" && ref.apiGroup !== GROUP)
      issues.add(m, ["roleRef", "apiGroup"], E.notSupported("roleRef.apiGroup", ref.apiGroup, [GROUP]));
    const kinds = namespaced ? ["Role", "ClusterRole"] : ["ClusterRole"];
    if (typeof ref.kind === "string" && !kinds.includes(ref.kind))
      issues.add(
        m,
        ["roleRef", "kind"],
        E.notSupported("roleRef.kind", ref.kind, kinds),
        namespaced ? void 0 : "a ClusterRoleBinding can only bind a ClusterRole; bind a Role with a RoleBinding"
      );
    if (ref.name === "") issues.add(m, ["roleRef", "name"], E.required("roleRef.name"));
    else if (typeof ref.name === "string" && pathSegmentName(ref.name))
      issues.add(m, ["roleRef", "name"], E.invalid("roleRef.name", ref.name, pathSegmentName(ref.name)));
  }
  const subjects = m.object.subjects;
  if (!Array.isArray(subjects)) return;
  subjects.forEach((s, i) => {
    if (!isObject(s)) return;
    const at = ["subjects", i];
    if (s.name === "")
      issues.add(m, [...at, "name"], E.required(fieldPath([...at, "name"])), "the subject name rendered empty");
    const group2 = typeof s.apiGroup === "string" ? s.apiGroup : "";
    switch (s.kind) {
      case "ServiceAccount":
        if (typeof s.name === "string" && s.name !== "" && dns1123Subdomain(s.name))
          issues.add(m, [...at, "name"], E.invalid(fieldPath([...at, "name"]), s.name, dns1123Subdomain(s.name)));
        if (group2 !== "")
          issues.add(
            m,
            [...at, "apiGroup"],
            E.notSupported(fieldPath([...at, "apiGroup"]), group2, [""]),
            'a ServiceAccount subject has apiGroup ""'
          );
        if (!namespaced && (typeof s.namespace !== "string" || s.namespace === ""))
          issues.add(
            m,
            at,
            E.required(fieldPath([...at, "namespace"])),
            "a ClusterRoleBinding must say which namespace the ServiceAccount is in"
          );
        break;
      case "User":
      case "Group":
        if (group2 !== "" && group2 !== GROUP)
          issues.add(m, [...at, "apiGroup"], E.notSupported(fieldPath([...at, "apiGroup"]), group2, [GROUP]));
        break;
      default:
        if (typeof s.kind === "string")
          issues.add(
            m,
            [...at, "kind"],
            E.notSupported(fieldPath([...at, "kind"]), s.kind, ["ServiceAccount", "User", "Group"])
          );
    }
  });
}
var apiRbac = {
  id: "api/rbac",
  description: "A Role, ClusterRole, RoleBinding or ClusterRoleBinding the API server rejects: a rule without verbs, a resource rule without apiGroups or resources, nonResourceURLs in a Role or beside resources, an aggregationRule without selectors, a roleRef to another API group or a Role from a ClusterRoleBinding, a subject of an unknown kind or wrong apiGroup, a ServiceAccount subject of a ClusterRoleBinding without namespace (ValidatePolicyRule, ValidateClusterRole, ValidateRoleBinding, ValidateClusterRoleBinding, ValidateRoleBindingSubject).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (isBuiltin(m, "Role", [GROUP])) rules(m, issues, true);
      else if (isBuiltin(m, "ClusterRole", [GROUP])) {
        rules(m, issues, false);
        const ag = m.object.aggregationRule;
        if (isObject(ag) && list(ag.clusterRoleSelectors).length === 0)
          issues.add(
            m,
            ["aggregationRule"],
            E.required(
              "aggregationRule.clusterRoleSelectors",
              "at least one clusterRoleSelector required if aggregationRule is non-nil"
            )
          );
      } else if (isBuiltin(m, "RoleBinding", [GROUP])) binding(m, issues, true);
      else if (isBuiltin(m, "ClusterRoleBinding", [GROUP])) binding(m, issues, false);
    }
    return issues.list;
  }
};

// src/rules/api/index.ts
var API_RULES = [
  apiVolume,
  apiVolumeMount,
  apiContainer,
  apiProbe,
  apiEnv,
  apiSecurityContext,
  apiPodSpec,
  apiScheduling,
  apiService,
  apiConfigData,
  apiPersistentVolumeClaim,
  apiWorkloadSpec,
  apiJobSpec,
  apiIngress,
  apiNetworkPolicy,
  apiPodDisruptionBudget,
  apiHorizontalPodAutoscaler,
  apiRbac
];

// src/rules/annotation/invalid.ts
var ANNOTATIONS_MAX_BYTES = 256 * 1024;
function annotationSites(m) {
  const sites = [
    { value: m.object.metadata?.annotations, path: ["metadata", "annotations"], what: "annotation" }
  ];
  const pod = podSpecOf(m);
  if (pod && pod.workloadSpecPath)
    sites.push({
      value: pod.metadata?.annotations,
      path: [...pod.metadataPath, "annotations"],
      what: "pod template annotation"
    });
  if (m.resource.kind === "CronJob")
    sites.push({
      value: m.object.spec?.jobTemplate?.metadata?.annotations,
      path: ["spec", "jobTemplate", "metadata", "annotations"],
      what: "job template annotation"
    });
  return sites;
}
var annotationInvalid = {
  id: "annotation/invalid",
  description: "An annotation key is not a valid qualified name, or the annotations of one object exceed 256 KiB.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      for (const site of annotationSites(m)) {
        if (!isObject(site.value)) continue;
        let bytes = 0;
        for (const [k, v] of Object.entries(site.value)) {
          const bad = qualifiedName(k.toLowerCase());
          if (bad)
            issues.push({
              manifest: m,
              path: [...site.path, k],
              message: `${refName(m)} ${site.what} key "${k}" ${bad}.`
            });
          bytes += Buffer.byteLength(k, "utf8") + (typeof v === "string" ? Buffer.byteLength(v, "utf8") : Buffer.byteLength(JSON.stringify(v ?? ""), "utf8"));
        }
        if (bytes > ANNOTATIONS_MAX_BYTES)
          issues.push({
            manifest: m,
            path: site.path,
            message: `${refName(m)} ${site.what}s total ${bytes} bytes; Kubernetes allows at most ${ANNOTATIONS_MAX_BYTES} (256 KiB) of keys and values.`
          });
      }
    }
    return issues;
  }
};

// src/rules/cronjob/schedule.ts
var FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    base: 1
  },
  { name: "day of week", min: 0, max: 6, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], base: 0 }
];
var DESCRIPTORS = /* @__PURE__ */ new Set(["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);
var GO_DURATION = /^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;
function fieldValue(tok, f) {
  if (/^\d+$/.test(tok)) return Number(tok);
  if ("names" in f) {
    const i = f.names.indexOf(tok.toLowerCase());
    if (i >= 0) return i + f.base;
  }
  return void 0;
}
function checkPart(part, f) {
  const [rangeText, stepText, extra] = part.split("/");
  if (extra !== void 0) return `"${part}" has more than one "/"`;
  if (stepText !== void 0 && !/^\d+$/.test(stepText)) return `"${part}" has a step that is not a number`;
  if (stepText !== void 0 && Number(stepText) === 0) return `"${part}" has a step of 0`;
  const bounds = rangeText.split("-");
  if (bounds[0] === "*" || bounds[0] === "?") return void 0;
  if (bounds.length > 2 || bounds.some((b) => b === "")) return `"${part}" is not a value or a range`;
  const vals = [];
  for (const b of bounds) {
    const v = fieldValue(b, f);
    if (v === void 0)
      return /^[LW#H]|[LW#H]$|#/i.test(b) ? `"${b}" is cron syntax (L, W, #, H) that Kubernetes does not accept` : `"${b}" is not a valid ${f.name} value`;
    if (v < f.min || v > f.max)
      return `${f.name} ${v} is outside ${f.min}-${f.max}${f.name === "day of week" && v === 7 ? " (Kubernetes uses 0 for Sunday)" : ""}`;
    vals.push(v);
  }
  if (vals.length === 2 && vals[0] > vals[1]) return `range "${rangeText}" starts after it ends`;
  return void 0;
}
function scheduleProblem(schedule) {
  const s = schedule.trim();
  if (s === "") return "is empty";
  if (s.includes("TZ"))
    return 'sets a time zone with TZ= or CRON_TZ=, which Kubernetes ≥ 1.27 rejects; set spec.timeZone instead (e.g. timeZone: "Etc/UTC")';
  const fields = s.split(/\s+/);
  if (s.startsWith("@")) {
    if (fields[0] === "@every") {
      if (fields.length === 2 && GO_DURATION.test(fields[1])) return void 0;
      return "uses @every without a single Go duration such as 5m or 1h30m";
    }
    if (fields.length === 1 && DESCRIPTORS.has(s)) return void 0;
    return `"${fields[0]}" is not a descriptor Kubernetes knows (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)`;
  }
  if (fields.length === 6 || fields.length === 7)
    return `has ${fields.length} fields; Kubernetes takes five (minute hour day-of-month month day-of-week) and no seconds or year field`;
  if (fields.length !== 5)
    return `has ${fields.length} field${fields.length === 1 ? "" : "s"}; Kubernetes takes five (minute hour day-of-month month day-of-week)`;
  for (let i = 0; i < 5; i++) {
    for (const part of fields[i].split(",")) {
      const bad = checkPart(part, FIELDS[i]);
      if (bad) return `has an invalid ${FIELDS[i].name} field: ${bad}`;
    }
  }
  return neverFires(fields[2], fields[3], fields[4]);
}
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function fieldSet(field, f) {
  const values2 = /* @__PURE__ */ new Set();
  let star = false;
  for (const part of field.split(",")) {
    const [rangeText, stepText] = part.split("/");
    const step = stepText === void 0 ? 1 : Number(stepText);
    const bounds = rangeText.split("-");
    let lo;
    let hi;
    if (bounds[0] === "*" || bounds[0] === "?") {
      [lo, hi] = [f.min, f.max];
      if (step <= 1) star = true;
    } else {
      lo = fieldValue(bounds[0], f);
      hi = bounds.length === 2 ? fieldValue(bounds[1], f) : stepText === void 0 ? lo : f.max;
    }
    for (let v = lo; v <= hi; v += step) values2.add(v);
  }
  return { values: values2, star };
}
function neverFires(domField, monthField, dowField) {
  const dom = fieldSet(domField, FIELDS[2]);
  const dow = fieldSet(dowField, FIELDS[4]);
  if (dom.star || !dow.star) return void 0;
  const months = [...fieldSet(monthField, FIELDS[3]).values];
  const first = Math.min(...dom.values);
  if (months.some((m) => first <= DAYS_IN[m - 1])) return void 0;
  const days = [...dom.values].sort((a, b) => a - b).join(",");
  return `can never fire: ${MONTHS.filter((_, i) => months.includes(i + 1)).join(", ")} ${months.length > 1 ? "have" : "has"} no day ${days}`;
}
var cronjobSchedule = {
  id: "cronjob/schedule",
  description: "A CronJob schedule is not a five-field cron expression or descriptor Kubernetes accepts (seconds fields, Quartz syntax, TZ= prefixes, out-of-range values).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (m.resource.kind !== "CronJob") continue;
      const schedule = m.object.spec?.schedule;
      if (schedule === void 0 || schedule === null) continue;
      if (typeof schedule !== "string") {
        issues.push({
          manifest: m,
          path: ["spec", "schedule"],
          message: `${refName(m)} schedule is a ${typeof schedule}, not a string; quote it.`
        });
        continue;
      }
      const bad = scheduleProblem(schedule);
      if (bad)
        issues.push({
          manifest: m,
          path: ["spec", "schedule"],
          message: `${refName(m)} schedule "${schedule}" ${bad}.`
        });
    }
    return issues;
  }
};

// src/rules/cronjob/timezone.ts
var zones;
function knownZones() {
  if (!zones) {
    zones = /* @__PURE__ */ new Map();
    for (const z of [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"]) zones.set(z.toLowerCase(), z);
  }
  return zones;
}
function timeZoneProblem(tz) {
  if (tz === "") return "is empty; leave timeZone out or name an IANA time zone";
  if (tz.toLowerCase() === "local") return "must name an explicit IANA time zone, not Local";
  const known = knownZones();
  if (known.get(tz.toLowerCase()) === tz) return void 0;
  const caseVariant = known.get(tz.toLowerCase());
  if (caseVariant) return `is not spelled as in the IANA database (names are case-sensitive): use "${caseVariant}"`;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
    if (/^[A-Z]/.test(tz) && !tz.includes(" ")) return void 0;
    return `is not an IANA time zone name as Kubernetes spells it (did you mean "${resolved}"?)`;
  } catch {
    return "is not an IANA time zone name (e.g. Etc/UTC, Europe/Berlin, America/New_York)";
  }
}
var cronjobTimezone = {
  id: "cronjob/timezone",
  description: "A CronJob spec.timeZone is not an IANA time zone name.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (m.resource.kind !== "CronJob") continue;
      const tz = m.object.spec?.timeZone;
      if (tz === void 0 || tz === null) continue;
      const bad = typeof tz === "string" ? timeZoneProblem(tz) : `is a ${typeof tz}, not a time zone name`;
      if (bad)
        issues.push({
          manifest: m,
          path: ["spec", "timeZone"],
          message: `${refName(m)} timeZone ${JSON.stringify(tz)} ${bad}.`
        });
    }
    return issues;
  }
};

// src/rules/hook/delete-policy.ts
var hookDeletePolicy = {
  id: "hook/delete-policy",
  description: "helm.sh/hook-delete-policy values are ones Helm knows, and a hook resource deleted on success (hook-succeeded) is not used by a later hook or by the release workloads.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const m of ctx.manifests) {
      const h = hookInfo(m);
      if (!h) continue;
      for (const p of h.deletePolicies) {
        if (!DELETE_POLICIES.has(p))
          issues.push({
            manifest: m,
            path: ["metadata", "annotations", DELETE_POLICY_ANNOTATION],
            message: `${refName(m)} has helm.sh/hook-delete-policy "${p}", which Helm ignores; valid values are ${[...DELETE_POLICIES].join(", ")}.`
          });
      }
    }
    for (const pod of idx.pods) {
      const user = pod.manifest;
      const h = hookInfo(user);
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        const dep = idx.find(ref.kind, ref.name, user.resource.namespace)[0];
        if (!dep || dep === user) continue;
        const dh = hookInfo(dep);
        if (!dh || !dh.deletePolicies.includes("hook-succeeded")) continue;
        const depWhat = `${ref.kind} "${ref.name}" is a ${[...dh.events].join(", ")} hook deleted once its hooks succeed (hook-succeeded)`;
        if (!h) {
          issues.push({
            manifest: user,
            path: ref.path,
            message: `${refName(user)} uses ${ref.kind} "${ref.name}" (${ref.via}), but ${depWhat}, so it is gone by the time the release's workloads run. Drop hook-succeeded or make it a regular resource.`
          });
          continue;
        }
        const later = [...h.events].filter((e) => !dh.events.has(e) && e !== "pre-install");
        if (later.length === 0) continue;
        issues.push({
          manifest: user,
          path: ref.path,
          message: `${refName(user)} (${later.join(", ")} hook) uses ${ref.kind} "${ref.name}" (${ref.via}), but ${depWhat}, so it no longer exists when this hook runs. Add ${later.join(", ")} to its helm.sh/hook or drop hook-succeeded.`
        });
      }
    }
    return issues;
  }
};

// src/rules/hook/missing-dependency.ts
function createdBefore(dep, depHook, user, userHook) {
  if (depHook.weight !== userHook.weight) return depHook.weight < userHook.weight;
  const a = dep.resource.name ?? "";
  const b = user.resource.name ?? "";
  return a <= b;
}
var PRE_EVENTS = ["pre-install", "pre-upgrade"];
var hookMissingDependency = {
  id: "hook/missing-dependency",
  description: "A pre-install/pre-upgrade hook uses a ServiceAccount, Secret, ConfigMap or PVC of the same release that is not created before it (not a hook, or a hook of a later weight).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const user = pod.manifest;
      const h = hookInfo(user);
      if (!h) continue;
      const events = PRE_EVENTS.filter((e) => h.events.has(e));
      if (events.length === 0) continue;
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        const dep = idx.find(ref.kind, ref.name, user.resource.namespace)[0];
        if (!dep) continue;
        const dh = hookInfo(dep);
        const what = `${refName(user)} (${[...h.events].join(", ")} hook, weight ${h.weight}) uses ${ref.kind} "${ref.name}" (${ref.via})`;
        if (!dh) {
          if (!h.events.has("pre-install")) continue;
          issues.push({
            manifest: user,
            path: ref.path,
            message: `${what}, which is not a hook: Helm creates it only after the pre-install hooks, so on first install it does not exist yet. Make it a pre-install hook with a lower helm.sh/hook-weight, or stop using it in the hook.`
          });
          continue;
        }
        for (const e of events) {
          if (dh.events.has(e)) {
            if (!createdBefore(dep, dh, user, h)) {
              const why = dh.weight === h.weight ? `has the same weight (${dh.weight}) and Helm orders equal weights by name, so "${dep.resource.name}" is created after "${user.resource.name}"` : `has weight ${dh.weight}, so Helm creates it after this hook`;
              issues.push({
                manifest: user,
                path: ref.path,
                message: `${what}; that ${ref.kind} is a ${e} hook too but ${why}. Give it a lower helm.sh/hook-weight than ${h.weight}.`
              });
              break;
            }
          } else if (e === "pre-install") {
            issues.push({
              manifest: user,
              path: ref.path,
              message: `${what}; that ${ref.kind} is a hook for ${[...dh.events].join(", ") || "no known event"} but not pre-install, so it does not exist when this hook runs on first install. Add pre-install to its helm.sh/hook with a lower weight.`
            });
            break;
          }
        }
      }
    }
    return issues;
  }
};

// src/rules/label/invalid.ts
function labelSites(m) {
  const o = m.object;
  const sites = [];
  sites.push({ kind: "labels", value: o.metadata?.labels, path: ["metadata", "labels"], what: "label" });
  const pod = podSpecOf(m);
  if (pod && pod.workloadSpecPath)
    sites.push({
      kind: "labels",
      value: pod.metadata?.labels,
      path: [...pod.metadataPath, "labels"],
      what: "pod template label"
    });
  if (m.resource.kind === "CronJob")
    sites.push({
      kind: "labels",
      value: o.spec?.jobTemplate?.metadata?.labels,
      path: ["spec", "jobTemplate", "metadata", "labels"],
      what: "job template label"
    });
  if (m.resource.kind === "StatefulSet" && Array.isArray(o.spec?.volumeClaimTemplates))
    o.spec.volumeClaimTemplates.forEach(
      (t, i) => sites.push({
        kind: "labels",
        value: t?.metadata?.labels,
        path: ["spec", "volumeClaimTemplates", i, "metadata", "labels"],
        what: "volume claim template label"
      })
    );
  const sel = o.spec?.selector;
  if (isObject(sel)) {
    if (m.resource.kind === "Service" || m.resource.kind === "ReplicationController")
      sites.push({ kind: "labels", value: sel, path: ["spec", "selector"], what: "selector" });
    else {
      sites.push({
        kind: "labels",
        value: sel.matchLabels,
        path: ["spec", "selector", "matchLabels"],
        what: "selector"
      });
      sites.push({
        kind: "expressions",
        value: sel.matchExpressions,
        path: ["spec", "selector", "matchExpressions"],
        what: "selector expression"
      });
    }
  }
  if (m.resource.kind === "NetworkPolicy" && isObject(o.spec?.podSelector)) {
    sites.push({
      kind: "labels",
      value: o.spec.podSelector.matchLabels,
      path: ["spec", "podSelector", "matchLabels"],
      what: "podSelector"
    });
    sites.push({
      kind: "expressions",
      value: o.spec.podSelector.matchExpressions,
      path: ["spec", "podSelector", "matchExpressions"],
      what: "podSelector expression"
    });
  }
  return sites;
}
var labelInvalid = {
  id: "label/invalid",
  description: "A label key or value (metadata, pod template, selectors) is not valid Kubernetes label syntax.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      for (const site of labelSites(m)) {
        if (site.kind === "labels") {
          if (!isObject(site.value)) continue;
          for (const [k, v] of Object.entries(site.value)) {
            const path = [...site.path, k];
            const badKey = qualifiedName(k);
            if (badKey) issues.push({ manifest: m, path, message: `${refName(m)} ${site.what} key "${k}" ${badKey}.` });
            if (typeof v === "string") {
              const badVal = labelValue(v);
              if (badVal)
                issues.push({
                  manifest: m,
                  path,
                  message: `${refName(m)} ${site.what} ${k} value "${v.length > 80 ? v.slice(0, 77) + "..." : v}" ${badVal}.`
                });
            }
          }
          continue;
        }
        if (!Array.isArray(site.value)) continue;
        site.value.forEach((e, i) => {
          if (!isObject(e)) return;
          if (typeof e.key === "string") {
            const badKey = qualifiedName(e.key);
            if (badKey)
              issues.push({
                manifest: m,
                path: [...site.path, i, "key"],
                message: `${refName(m)} ${site.what} key "${e.key}" ${badKey}.`
              });
          }
          if (Array.isArray(e.values))
            e.values.forEach((v, j) => {
              if (typeof v !== "string") return;
              const badVal = labelValue(v);
              if (badVal)
                issues.push({
                  manifest: m,
                  path: [...site.path, i, "values", j],
                  message: `${refName(m)} ${site.what} value "${v}" ${badVal}.`
                });
            });
        });
      }
    }
    return issues;
  }
};

// src/rules/name/invalid.ts
var RBAC_KINDS = /* @__PURE__ */ new Set(["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"]);
function checkName(m, name) {
  const kind = m.resource.kind;
  const out = [];
  const add = (p, severity) => {
    if (p) out.push(severity ? { problem: p, severity } : { problem: p });
  };
  if (kind === "Service" && m.resource.apiVersion === "v1") add(dns1035Label(name));
  else if (kind === "Namespace" && m.resource.apiVersion === "v1") add(dns1123Label(name));
  else if (RBAC_KINDS.has(kind) && m.resource.apiVersion.startsWith("rbac.authorization.k8s.io/"))
    add(pathSegmentName(name));
  else if (kind === "StatefulSet") {
    const bad = dns1123Label(name);
    add(bad);
    if (!bad && name.length > 52)
      add(
        `is ${name.length} characters long; a StatefulSet name longer than 52 leaves no room for the pod ordinal and the controller-revision-hash label (<name>-<10-character hash> must fit 63)`,
        "warning"
      );
  } else {
    const bad = dns1123Subdomain(name);
    add(bad);
    if (!bad && kind === "Job" && name.length > 63)
      add(`is ${name.length} characters long; a Job name must be at most 63 (it becomes a label value of its pods)`);
    if (!bad && kind === "CronJob" && name.length > 52)
      add(
        `is ${name.length} characters long; a CronJob name must be at most 52 (Kubernetes appends 11 characters to name its Jobs)`
      );
    if (!bad && kind === "CustomResourceDefinition") {
      const plural = m.object.spec?.names?.plural;
      const group2 = m.object.spec?.group;
      if (typeof plural === "string" && typeof group2 === "string" && name !== `${plural}.${group2}`)
        add(`must be <spec.names.plural>.<spec.group> ("${plural}.${group2}")`);
    }
  }
  return out;
}
var nameInvalid = {
  id: "name/invalid",
  description: "metadata.name (or metadata.namespace) is not valid for its kind: DNS-1123 subdomain/label, DNS-1035 label for Services, length limits of Job (63), CronJob (52) and StatefulSet (52, warning).",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      const name = m.object.metadata?.name;
      if (typeof name === "string" && name !== "") {
        for (const c of checkName(m, name)) {
          const issue = {
            manifest: m,
            path: ["metadata", "name"],
            message: `${m.resource.kind} name "${name}" ${c.problem}.`
          };
          if (c.severity) issue.severity = c.severity;
          issues.push(issue);
        }
      }
      const ns = m.object.metadata?.namespace;
      if (typeof ns === "string" && ns !== "") {
        const bad = dns1123Label(ns);
        if (bad)
          issues.push({
            manifest: m,
            path: ["metadata", "namespace"],
            message: `${refName(m)} namespace "${ns}" ${bad}.`
          });
      }
    }
    return issues;
  }
};

// src/rules/parsers.ts
var promql;
async function loadParsersFor(manifests) {
  const kinds = new Set(manifests.map((m) => m.resource.kind));
  if (kinds.has("PrometheusRule")) await loadPromql();
}
function named(mod, name) {
  const m = mod;
  return m[name] ?? m.default?.[name];
}
async function loadPromql() {
  promql ??= named(await import('./chunk-DOt3onwR.js'), "parser");
}
function promqlParser() {
  if (!promql) throw new Error("the PromQL parser is not loaded (loadParsersFor was not called for this render)");
  return promql;
}

// src/rules/promql.ts
var parsed = /* @__PURE__ */ new Map();
function parsePromQL(expr) {
  let p = parsed.get(expr);
  if (p) return p;
  p = { metrics: [] };
  const result = p;
  const seen = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (!seen.has(name)) {
      seen.add(name);
      result.metrics.push(name);
    }
  };
  const tree = promqlParser().parse(expr);
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        if (!result.error) {
          const near = expr.slice(node.from, Math.max(node.to, node.from + 1)).trim();
          result.error = {
            offset: node.from,
            near: near === "" ? "end of expression" : JSON.stringify(near.slice(0, 30))
          };
        }
        return false;
      }
      if (node.name !== "VectorSelector") return void 0;
      const sel = node.node;
      const id = sel.getChild("Identifier");
      if (id) {
        const name = expr.slice(id.from, id.to);
        add(name);
      }
      const matchers = sel.getChild("LabelMatchers");
      if (matchers) {
        for (const q of matchers.getChildren("QuotedLabelName")) {
          const s = unquote(expr.slice(q.from, q.to));
          if (s !== void 0) add(s);
        }
        for (const m of matchers.getChildren("UnquotedLabelMatcher")) {
          const ln = m.getChild("LabelName");
          const op = m.getChild("MatchOp");
          const val = m.getChild("StringLiteral");
          if (!ln || !op || !val) continue;
          if (expr.slice(ln.from, ln.to) !== "__name__" || !op.getChild("EqlSingle")) continue;
          const s = unquote(expr.slice(val.from, val.to));
          if (s !== void 0) add(s);
        }
      }
      return void 0;
    }
  });
  if (!p.error && expr.trim() === "") p.error = { offset: 0, near: "end of expression" };
  parsed.set(expr, p);
  return p;
}
function unquote(lit) {
  if (lit.length < 2) return void 0;
  const q = lit[0];
  if (q === "`") return lit.slice(1, -1);
  if (q !== '"' && q !== "'") return void 0;
  try {
    return q === '"' ? JSON.parse(lit) : JSON.parse('"' + lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"') + '"');
  } catch {
    return lit.slice(1, -1);
  }
}
function isPrometheusRule(m) {
  return m.resource.kind === "PrometheusRule" && m.resource.apiVersion.startsWith("monitoring.coreos.com/");
}
function promGroups(m) {
  const groups = m.object.spec?.groups;
  if (!Array.isArray(groups)) return [];
  const out = [];
  groups.forEach((g, index) => {
    if (isObject(g)) out.push({ group: g, index, path: ["spec", "groups", index] });
  });
  return out;
}
function promRules(m) {
  const out = [];
  for (const g of promGroups(m)) {
    if (!Array.isArray(g.group.rules)) continue;
    g.group.rules.forEach((r, ruleIndex) => {
      if (isObject(r))
        out.push({
          manifest: m,
          group: g.group,
          groupIndex: g.index,
          rule: r,
          ruleIndex,
          path: [...g.path, "rules", ruleIndex]
        });
    });
  }
  return out;
}
function ruleLabel(r) {
  const name = typeof r.rule.alert === "string" ? `alert "${r.rule.alert}"` : typeof r.rule.record === "string" ? `record "${r.rule.record}"` : `rule ${r.ruleIndex + 1}`;
  return `group "${String(r.group.name ?? r.groupIndex)}", ${name}`;
}
var DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
function durationProblem(v) {
  if (typeof v !== "string")
    return `is ${v === null ? "null" : typeof v} ${JSON.stringify(v)}, not a duration string such as "5m"`;
  if (v === "0") return void 0;
  if (v === "") return "is empty";
  if (!DURATION.test(v))
    return `"${v}" is not a Prometheus duration (e.g. 30s, 5m, 1h30m; units y w d h m s ms, largest first, integers only)`;
  return void 0;
}

// src/rules/prometheus/duration.ts
var prometheusDuration = {
  id: "prometheus/duration",
  description: "A PrometheusRule for, keep_firing_for, interval or query_offset is not a Prometheus duration.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      for (const g of promGroups(m)) {
        for (const key of ["interval", "query_offset"]) {
          if (!(key in g.group) || g.group[key] === null) continue;
          const bad = durationProblem(g.group[key]);
          if (bad)
            issues.push({
              manifest: m,
              path: [...g.path, key],
              message: `group "${String(g.group.name ?? g.index)}" ${key} ${bad}.`
            });
        }
      }
      for (const r of promRules(m)) {
        for (const key of ["for", "keep_firing_for"]) {
          if (!(key in r.rule) || r.rule[key] === null) continue;
          const bad = durationProblem(r.rule[key]);
          if (bad) issues.push({ manifest: m, path: [...r.path, key], message: `${ruleLabel(r)} ${key} ${bad}.` });
        }
      }
    }
    return issues;
  }
};

// src/rules/prometheus/expr.ts
var prometheusExpr = {
  id: "prometheus/expr",
  description: "A PrometheusRule expr is missing or does not parse as PromQL.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      for (const r of promRules(m)) {
        const expr = r.rule.expr;
        const path = [...r.path, "expr"];
        if (expr === void 0 || expr === null || expr === "") {
          issues.push({ manifest: m, path: r.path, message: `${ruleLabel(r)} has no expr.` });
          continue;
        }
        const text = typeof expr === "number" ? String(expr) : expr;
        if (typeof text !== "string") {
          issues.push({ manifest: m, path, message: `${ruleLabel(r)} expr is a ${typeof expr}, not a PromQL string.` });
          continue;
        }
        const p = parsePromQL(text);
        if (p.error) {
          const one = text.replace(/\s+/g, " ").trim();
          issues.push({
            manifest: m,
            path,
            message: `${ruleLabel(r)} expr does not parse as PromQL: unexpected ${p.error.near} at character ${p.error.offset + 1} of "${one.length > 120 ? one.slice(0, 117) + "..." : one}".`
          });
        }
      }
    }
    return issues;
  }
};

// src/rules/prometheus/rule-name.ts
var METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
var prometheusRuleName = {
  id: "prometheus/rule-name",
  description: "A PrometheusRule group or rule is malformed: empty/repeated group name, not exactly one of alert/record, invalid record name, recording-rule-only fields, invalid label or annotation names.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      const groupNames = /* @__PURE__ */ new Set();
      for (const g of promGroups(m)) {
        const name = g.group.name;
        if (typeof name !== "string" || name === "")
          issues.push({ manifest: m, path: g.path, message: `Group ${g.index + 1} has no name.` });
        else if (groupNames.has(name))
          issues.push({
            manifest: m,
            path: [...g.path, "name"],
            message: `Group name "${name}" is repeated; Prometheus rejects the rule file.`
          });
        else groupNames.add(name);
        if (isObject(g.group.labels)) {
          for (const k of Object.keys(g.group.labels))
            if (!LABEL_NAME.test(k) || k === "__name__")
              issues.push({
                manifest: m,
                path: [...g.path, "labels", k],
                message: `group "${String(name)}" label name "${k}" is not a valid Prometheus label name.`
              });
        }
      }
      for (const r of promRules(m)) {
        const { rule } = r;
        const hasAlert = rule.alert !== void 0 && rule.alert !== null && rule.alert !== "";
        const hasRecord = rule.record !== void 0 && rule.record !== null && rule.record !== "";
        if (hasAlert && hasRecord) {
          issues.push({
            manifest: m,
            path: [...r.path, "record"],
            message: `${ruleLabel(r)} sets both alert and record; a rule is one or the other.`
          });
          continue;
        }
        if (!hasAlert && !hasRecord) {
          issues.push({ manifest: m, path: r.path, message: `${ruleLabel(r)} sets neither alert nor record.` });
          continue;
        }
        if (hasAlert && typeof rule.alert !== "string")
          issues.push({
            manifest: m,
            path: [...r.path, "alert"],
            message: `${ruleLabel(r)} alert name is a ${typeof rule.alert}, not a string.`
          });
        if (hasRecord) {
          const rec = rule.record;
          if (typeof rec !== "string" || !METRIC_NAME.test(rec))
            issues.push({
              manifest: m,
              path: [...r.path, "record"],
              message: `group "${String(r.group.name ?? r.groupIndex)}": record name ${JSON.stringify(rec)} is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)${typeof rec === "string" && /[{}]/.test(rec) ? "; it looks like an expression, which belongs in expr" : ""}.`
            });
          for (const key of ["for", "keep_firing_for", "annotations"])
            if (rule[key] !== void 0 && rule[key] !== null)
              issues.push({
                manifest: m,
                path: [...r.path, key],
                message: `${ruleLabel(r)} is a recording rule and cannot have ${key}.`
              });
        }
        for (const key of ["labels", "annotations"]) {
          if (!isObject(rule[key])) continue;
          for (const k of Object.keys(rule[key]))
            if (!LABEL_NAME.test(k) || key === "labels" && k === "__name__")
              issues.push({
                manifest: m,
                path: [...r.path, key, k],
                message: `${ruleLabel(r)} ${key === "labels" ? "label" : "annotation"} name "${k}" is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*).`
              });
        }
      }
    }
    return issues;
  }
};
var NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
var PLAIN_LINE = new RegExp(`^\\s*(${NAME})\\s*$`);
var LIST_ITEM = new RegExp(`^\\s*(?:[-*+]|\\d+[.)])\\s+\`?(${NAME})`);
var TABLE_CELL = new RegExp(`^\\s*\\|\\s*\`?(${NAME})\`?\\s*\\|`);
var BACKTICKED = new RegExp(`\`(${NAME})(?:\\{[^\`]*\\})?\``, "g");
var SYNTHETIC = [
  "up",
  "ALERTS",
  "ALERTS_FOR_STATE",
  "scrape_duration_seconds",
  "scrape_samples_scraped",
  "scrape_samples_post_metric_relabeling",
  "scrape_series_added"
];
var SUFFIXES = ["_bucket", "_sum", "_count", "_created", "_total"];
function parseMetricList(text) {
  const out = /* @__PURE__ */ new Set();
  const metricLike = (n) => n.includes("_") || n.includes(":");
  for (const line of text.split(/\r?\n/)) {
    const plain = PLAIN_LINE.exec(line);
    if (plain) {
      out.add(plain[1]);
      continue;
    }
    const item = LIST_ITEM.exec(line) ?? TABLE_CELL.exec(line);
    if (item && metricLike(item[1])) out.add(item[1]);
    for (const m of line.matchAll(BACKTICKED)) if (metricLike(m[1])) out.add(m[1]);
  }
  return out;
}
var fileCache = /* @__PURE__ */ new Map();
function loadList(abs) {
  const st = statSync(abs);
  const hit = fileCache.get(abs);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.names;
  const names2 = parseMetricList(readFileSync(abs, "utf8"));
  fileCache.set(abs, { mtimeMs: st.mtimeMs, names: names2 });
  return names2;
}
function optionPaths(v) {
  if (typeof v === "string" && v !== "") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  return void 0;
}
var prometheusUnknownMetric = {
  id: "prometheus/unknown-metric",
  description: "A PrometheusRule expr selects a metric that is not in the allowlist given by the `metrics` option (a typo, or a renamed metric).",
  severity: "error",
  check(ctx) {
    const files = optionPaths(ctx.options.metrics);
    if (!files) return [];
    const rules3 = ctx.manifests.filter(isPrometheusRule);
    if (rules3.length === 0) return [];
    const issues = [];
    const allowed = new Set(SYNTHETIC);
    const listed = [];
    for (const f of files) {
      const abs = isAbsolute(f) ? f : resolve(ctx.baseDir, f);
      try {
        for (const n of loadList(abs)) {
          allowed.add(n);
          listed.push(n);
        }
      } catch (e) {
        issues.push({
          manifest: rules3[0],
          message: `The metrics allowlist ${f} cannot be read (${e.code ?? e.message}).`
        });
        return issues;
      }
    }
    const all = rules3.flatMap((m) => promRules(m));
    for (const r of all) if (typeof r.rule.record === "string") allowed.add(r.rule.record);
    const known = (name) => allowed.has(name) || SUFFIXES.some((s) => name.endsWith(s) && allowed.has(name.slice(0, -s.length)));
    const candidates = [
      .../* @__PURE__ */ new Set([...listed, ...all.map((r) => r.rule.record).filter((x) => typeof x === "string")])
    ];
    for (const r of all) {
      if (typeof r.rule.expr !== "string") continue;
      const p = parsePromQL(r.rule.expr);
      if (p.error) continue;
      for (const name of p.metrics) {
        if (known(name)) continue;
        const near = nearest(name, candidates);
        issues.push({
          manifest: r.manifest,
          path: [...r.path, "expr"],
          message: `${ruleLabel(r)} expr uses metric "${name}", which is not in ${files.join(", ")}${near ? `; the nearest listed metric is "${near}"` : ""}.`
        });
      }
    }
    return issues;
  }
};

// src/rules/selectors.ts
function labelsOf(v) {
  const out = /* @__PURE__ */ new Map();
  if (isObject(v)) {
    for (const [k, val] of Object.entries(v)) if (val !== null && val !== void 0) out.set(k, String(val));
  }
  return out;
}
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function expressionProblem(e) {
  if (!isObject(e)) return "is not a mapping";
  if (typeof e.key !== "string" || e.key === "") return "has no key";
  if (!OPERATORS.has(e.operator))
    return `has operator ${JSON.stringify(e.operator)}; it must be In, NotIn, Exists or DoesNotExist`;
  const values2 = Array.isArray(e.values) ? e.values : [];
  if ((e.operator === "In" || e.operator === "NotIn") && values2.length === 0)
    return `uses ${e.operator} without values`;
  if ((e.operator === "Exists" || e.operator === "DoesNotExist") && values2.length > 0)
    return `uses ${e.operator} with values, which must be empty`;
  return void 0;
}
function labelSelectorMisses(selector, labels, selPath) {
  const misses = [];
  if (isObject(selector.matchLabels)) {
    for (const [k, v] of Object.entries(selector.matchLabels)) {
      const want = String(v);
      const have = labels.get(k);
      if (have !== want)
        misses.push({
          path: [...selPath, "matchLabels", k],
          reason: have === void 0 ? `${k}=${want} is not a label of the pod template` : `${k}=${want} but the pod template has ${k}=${have}`
        });
    }
  }
  if (Array.isArray(selector.matchExpressions)) {
    selector.matchExpressions.forEach((e, i) => {
      if (!isObject(e) || expressionProblem(e)) return;
      const key = e.key;
      const values2 = (Array.isArray(e.values) ? e.values : []).map(String);
      const have = labels.get(key);
      let ok;
      let reason;
      switch (e.operator) {
        case "In":
          ok = have !== void 0 && values2.includes(have);
          reason = `${key} in (${values2.join(", ")}) but the pod template ${have === void 0 ? `has no label ${key}` : `has ${key}=${have}`}`;
          break;
        case "NotIn":
          ok = have === void 0 || !values2.includes(have);
          reason = `${key} notin (${values2.join(", ")}) but the pod template has ${key}=${have}`;
          break;
        case "Exists":
          ok = have !== void 0;
          reason = `${key} must exist but the pod template has no label ${key}`;
          break;
        default:
          ok = have === void 0;
          reason = `${key} must not exist but the pod template has ${key}=${have}`;
      }
      if (!ok) misses.push({ path: [...selPath, "matchExpressions", i], reason });
    });
  }
  return misses;
}
function mapSelectorMisses(selector, labels, selPath) {
  const misses = [];
  for (const [k, v] of Object.entries(selector)) {
    const want = String(v);
    const have = labels.get(k);
    if (have !== want)
      misses.push({
        path: [...selPath, k],
        reason: have === void 0 ? `${k}=${want} is not a label of the pod template` : `${k}=${want} but the pod template has ${k}=${have}`
      });
  }
  return misses;
}

// src/rules/references.ts
function groupOf2(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
var BUILTIN_GROUPS = /* @__PURE__ */ new Set([
  "",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "apiregistration.k8s.io",
  "apps",
  "authentication.k8s.io",
  "authorization.k8s.io",
  "autoscaling",
  "batch",
  "certificates.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "events.k8s.io",
  "extensions",
  "flowcontrol.apiserver.k8s.io",
  "internal.apiserver.k8s.io",
  "networking.k8s.io",
  "node.k8s.io",
  "policy",
  "rbac.authorization.k8s.io",
  "resource.k8s.io",
  "scheduling.k8s.io",
  "storage.k8s.io",
  "storagemigration.k8s.io"
]);
var PASSIVE_KINDS = {
  "monitoring.coreos.com": [
    "ServiceMonitor",
    "PodMonitor",
    "Probe",
    "PrometheusRule",
    "ScrapeConfig",
    "AlertmanagerConfig"
  ],
  "cert-manager.io": ["Certificate", "CertificateRequest", "Issuer", "ClusterIssuer"],
  "external-secrets.io": ["ExternalSecret", "ClusterExternalSecret", "SecretStore", "ClusterSecretStore", "PushSecret"],
  "bitnami.com": ["SealedSecret"],
  "gateway.networking.k8s.io": [
    "GatewayClass",
    "HTTPRoute",
    "GRPCRoute",
    "TCPRoute",
    "TLSRoute",
    "UDPRoute",
    "ReferenceGrant",
    "BackendTLSPolicy",
    "ListenerSet"
  ],
  "gateway.networking.x-k8s.io": ["XListenerSet", "ListenerSet"],
  "autoscaling.k8s.io": ["VerticalPodAutoscaler", "VerticalPodAutoscalerCheckpoint"],
  "keda.sh": ["ScaledObject", "TriggerAuthentication", "ClusterTriggerAuthentication"],
  "traefik.io": [
    "IngressRoute",
    "IngressRouteTCP",
    "IngressRouteUDP",
    "Middleware",
    "MiddlewareTCP",
    "TLSOption",
    "TLSStore",
    "ServersTransport",
    "ServersTransportTCP",
    "TraefikService"
  ],
  "traefik.containo.us": [
    "IngressRoute",
    "IngressRouteTCP",
    "IngressRouteUDP",
    "Middleware",
    "MiddlewareTCP",
    "TLSOption",
    "TLSStore",
    "ServersTransport",
    "TraefikService"
  ],
  "argoproj.io": ["AnalysisTemplate", "ClusterAnalysisTemplate"],
  "velero.io": ["BackupStorageLocation", "VolumeSnapshotLocation", "Schedule"]
};
var RESOURCES = {
  pods: [
    "pods",
    "deployments",
    "statefulsets",
    "daemonsets",
    "replicasets",
    "replicationcontrollers",
    "jobs",
    "cronjobs"
  ],
  services: ["services"]
};
var BROAD_ROLES = /* @__PURE__ */ new Set(["cluster-admin", "admin", "edit"]);
function grantsCreate(m, resources) {
  const o = m.object;
  if (groupOf2(m.resource.apiVersion) !== "rbac.authorization.k8s.io") return false;
  if (m.resource.kind === "RoleBinding" || m.resource.kind === "ClusterRoleBinding")
    return isObject(o.roleRef) && o.roleRef.kind === "ClusterRole" && BROAD_ROLES.has(String(o.roleRef.name));
  if (m.resource.kind !== "Role" && m.resource.kind !== "ClusterRole") return false;
  if (!Array.isArray(o.rules)) return false;
  return o.rules.some(
    (r) => isObject(r) && Array.isArray(r.verbs) && r.verbs.some((v) => v === "create" || v === "*") && Array.isArray(r.resources) && r.resources.some((x) => x === "*" || typeof x === "string" && resources.includes(x))
  );
}
var runtimeCache = /* @__PURE__ */ new WeakMap();
function createdAtRuntime(idx, what) {
  let byWhat = runtimeCache.get(idx);
  if (!byWhat) runtimeCache.set(idx, byWhat = /* @__PURE__ */ new Map());
  let hit = byWhat.get(what);
  if (hit === void 0) {
    hit = idx.manifests.find((m) => {
      const group2 = groupOf2(m.resource.apiVersion);
      return !BUILTIN_GROUPS.has(group2) && !(PASSIVE_KINDS[group2] ?? []).includes(m.resource.kind);
    }) ?? idx.manifests.find((m) => grantsCreate(m, RESOURCES[what])) ?? null;
    byWhat.set(what, hit);
  }
  return hit ?? void 0;
}
function isKind(m, kind, groups) {
  return m.resource.kind === kind && groups.includes(groupOf2(m.resource.apiVersion));
}
function hasRequirements(sel) {
  if (!isObject(sel)) return false;
  const labels = isObject(sel.matchLabels) ? Object.keys(sel.matchLabels).length : 0;
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
  return labels + exprs > 0;
}
function podsSelectedBy(idx, selector, namespace) {
  return idx.pods.filter(
    (p) => sameNamespace(p.manifest.resource.namespace, namespace) && labelSelectorMisses(selector, labelsOf(p.metadata?.labels), []).length === 0
  );
}
function podsSelectedByMap(idx, selector, namespace) {
  return idx.pods.filter(
    (p) => sameNamespace(p.manifest.resource.namespace, namespace) && mapSelectorMisses(selector, labelsOf(p.metadata?.labels), []).length === 0
  );
}
function closestMiss(selector, candidates, selPath) {
  let best;
  for (const c of candidates) {
    const misses = labelSelectorMisses(selector, labelsOf(c.labels), selPath);
    if (misses.length === 0) continue;
    if (!best || misses.length < best.misses.length) best = { misses, name: c.name };
  }
  return best;
}
function selectorText(sel) {
  const parts = [];
  if (isObject(sel.matchLabels)) for (const [k, v] of Object.entries(sel.matchLabels)) parts.push(`${k}=${String(v)}`);
  if (Array.isArray(sel.matchExpressions))
    for (const e of sel.matchExpressions) {
      if (!isObject(e)) continue;
      const values2 = Array.isArray(e.values) ? ` (${e.values.map(String).join(", ")})` : "";
      parts.push(`${String(e.key)} ${String(e.operator)}${values2}`);
    }
  return parts.join(",");
}
function podCandidates(pods) {
  return pods.map((p) => ({ labels: p.metadata?.labels, name: refName(p.manifest) }));
}
function namedPorts(pod, endpointsOnly) {
  const out = [];
  for (const c of containersOf(pod)) {
    if (endpointsOnly && c.list === "ephemeralContainers") continue;
    if (endpointsOnly && c.list === "initContainers" && c.container.restartPolicy !== "Always") continue;
    if (!Array.isArray(c.container.ports)) continue;
    for (const p of c.container.ports)
      if (isObject(p) && typeof p.name === "string" && p.name !== "")
        out.push({
          name: p.name,
          protocol: typeof p.protocol === "string" ? p.protocol : "TCP",
          container: String(c.container.name ?? c.index)
        });
  }
  return out;
}
function portName(v) {
  return typeof v === "string" && v !== "" && !/^\d+$/.test(v) ? v : void 0;
}
function nameList(names2) {
  const list2 = [...new Set(names2)];
  return list2.length ? list2.map((n) => `"${n}"`).join(", ") : "none";
}

// src/rules/label/version-in-selector.ts
var VERSION_KEYS = /* @__PURE__ */ new Set(["helm.sh/chart", "app.kubernetes.io/version"]);
var TARGETS = [
  ...["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"].map((kind) => ({
    kind,
    groups: ["apps", "extensions"],
    severity: "error",
    map: false,
    effect: `the selector of a ${kind} is immutable, so \`helm upgrade\` to the next version fails (field is immutable)`
  })),
  {
    kind: "Service",
    groups: [""],
    severity: "warning",
    map: true,
    effect: "on every upgrade the Service drops the running pods before the new ones are ready, and traffic is lost during the rollout"
  },
  {
    kind: "PodDisruptionBudget",
    groups: ["policy"],
    severity: "warning",
    map: false,
    effect: "during every upgrade the budget no longer covers the old pods, which a drain may then evict all at once"
  }
];
var chartCache = /* @__PURE__ */ new Map();
function chartVersions(dir) {
  let hit = chartCache.get(dir);
  if (hit) return hit;
  hit = [];
  const file = join(dir, "Chart.yaml");
  try {
    const text = readChartFile(file, dir);
    if (text !== void 0) {
      const chart = loadK8sYaml(text);
      if (isObject(chart))
        for (const field of ["version", "appVersion"]) {
          const v = chart[field];
          if (typeof v !== "string" && typeof v !== "number") continue;
          const s = String(v).trim();
          if (!/\d/.test(s)) continue;
          const forms = [s, s.replace(/\+/g, "_"), .../^v\d/.test(s) ? [s.slice(1)] : []];
          for (const value of new Set(forms)) hit.push({ value, field });
        }
    }
  } catch {
  }
  chartCache.set(dir, hit);
  return hit;
}
function chartDirOf(m, root) {
  const segs = (m.source ?? "").split("/").slice(1);
  const t = segs.indexOf("templates");
  if (t <= 0 || segs.includes("..")) return root;
  return join(root, ...segs.slice(0, t));
}
function containsVersion(value, version) {
  for (let at = value.indexOf(version); at >= 0; at = value.indexOf(version, at + 1)) {
    const before = value[at - 1];
    const after = value.slice(at + version.length, at + version.length + 2);
    if (before !== void 0 && /[\d.]/.test(before)) continue;
    if (/^(\d|\.\d)/.test(after)) continue;
    return true;
  }
  return false;
}
function versionIn(key, value, versions) {
  const v = versions.find(
    (x) => (x.value.includes(".") || VERSION_KEYS.has(key) || key === "chart") && containsVersion(value, x.value)
  );
  if (v)
    return {
      version: v.value,
      reason: `${value === v.value ? "its value is" : "its value contains"} ${v.value}, the ${v.field} in Chart.yaml`
    };
  const found = VERSION_KEYS.has(key) ? /\d+(?:[._]\d+)*/.exec(value) : null;
  if (found) return { version: found[0], reason: `${key} carries the chart or application version` };
  return void 0;
}
function nameCarries(m, version) {
  const name = m.resource.name ?? "";
  const forms = [version, version.replace(/[^A-Za-z0-9-]/g, "-"), version.replace(/[^A-Za-z0-9]/g, "")];
  return forms.some((f) => f.length > 0 && /\d/.test(f) && containsVersion(name, f));
}
function otherVersionRendered(ctx, m, key, value) {
  const idx = resourceIndex(ctx.manifests);
  return idx.pods.some((p) => {
    if (!sameNamespace(p.manifest.resource.namespace, m.resource.namespace)) return false;
    const have = labelsOf(p.metadata?.labels).get(key);
    return have !== void 0 && have !== value;
  });
}
var labelVersionInSelector = {
  id: "label/version-in-selector",
  description: "A workload (error), Service or PodDisruptionBudget (warning) selector holds a label whose value changes with the chart or app version (helm.sh/chart, app.kubernetes.io/version, a value containing the Chart.yaml version or appVersion): the next `helm upgrade` fails on the immutable workload selector, or traffic and disruption protection lapse during the rollout.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      const t = TARGETS.find((x) => isKind(m, x.kind, x.groups));
      if (!t) continue;
      const sel = m.object.spec?.selector;
      if (!isObject(sel)) continue;
      const own = chartDirOf(m, ctx.chartDir);
      const versions = own === ctx.chartDir ? chartVersions(own) : [...chartVersions(own), ...chartVersions(ctx.chartDir)];
      const consider = (path, key, values2, label) => {
        for (const value of values2) {
          const hit = versionIn(key, value, versions);
          if (!hit || nameCarries(m, hit.version)) continue;
          if (t.severity !== "error" && otherVersionRendered(ctx, m, key, value)) continue;
          issues.push({
            manifest: m,
            path,
            severity: t.severity,
            message: `${refName(m)} selects pods by ${label}, and ${hit.reason}: ${t.effect}. Keep version labels in metadata and pod template labels, out of the selector.`
          });
          return;
        }
      };
      const labels = t.map ? sel : isObject(sel.matchLabels) ? sel.matchLabels : {};
      const base = t.map ? ["spec", "selector"] : ["spec", "selector", "matchLabels"];
      for (const [k, v] of Object.entries(labels)) {
        if (v === null || v === void 0 || typeof v === "object") continue;
        consider([...base, k], k, [String(v)], `${k}=${String(v)}`);
      }
      if (t.map || !Array.isArray(sel.matchExpressions)) continue;
      sel.matchExpressions.forEach((e, i) => {
        if (!isObject(e) || typeof e.key !== "string" || e.operator !== "In" && e.operator !== "NotIn") return;
        if (!Array.isArray(e.values)) return;
        const values2 = e.values.filter((v) => v !== null && typeof v !== "object").map(String);
        consider(
          ["spec", "selector", "matchExpressions", i],
          e.key,
          values2,
          `${e.key} ${e.operator === "In" ? "in" : "notin"} (${values2.join(", ")})`
        );
      });
    }
    return issues;
  }
};

// src/rules/reference/config-key.ts
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function keyRefs(pod) {
  const out = [];
  const items = (kind, holder, at, nameField, via) => {
    if (!isObject(holder) || holder.optional === true || !Array.isArray(holder.items)) return;
    const name = str(holder[nameField]);
    if (!name) return;
    holder.items.forEach((it, i) => {
      const key = isObject(it) ? str(it.key) : void 0;
      if (key) out.push({ kind, name, key, path: [...at, "items", i, "key"], via });
    });
  };
  const sp = pod.specPath;
  if (Array.isArray(pod.spec.volumes))
    pod.spec.volumes.forEach((v, i) => {
      if (!isObject(v)) return;
      const vp = [...sp, "volumes", i];
      const via = `volume "${String(v.name ?? i)}"`;
      items("ConfigMap", v.configMap, [...vp, "configMap"], "name", via);
      items("Secret", v.secret, [...vp, "secret"], "secretName", via);
      if (isObject(v.projected) && Array.isArray(v.projected.sources))
        v.projected.sources.forEach((s, j) => {
          if (!isObject(s)) return;
          const pp = [...vp, "projected", "sources", j];
          items("ConfigMap", s.configMap, [...pp, "configMap"], "name", via);
          items("Secret", s.secret, [...pp, "secret"], "name", via);
        });
    });
  for (const c of containersOf(pod)) {
    if (!Array.isArray(c.container.env)) continue;
    c.container.env.forEach((e, i) => {
      if (!isObject(e) || !isObject(e.valueFrom)) return;
      const via = `env ${String(e.name ?? i)} of container "${String(c.container.name ?? c.index)}"`;
      for (const [field, kind] of [
        ["configMapKeyRef", "ConfigMap"],
        ["secretKeyRef", "Secret"]
      ]) {
        const ref = e.valueFrom[field];
        if (!isObject(ref) || ref.optional === true) continue;
        const name = str(ref.name);
        const key = str(ref.key);
        if (name && key) out.push({ kind, name, key, path: [...c.path, "env", i, "valueFrom", field, "key"], via });
      }
    });
  }
  return out;
}
var FILLED_BY = [
  "replicator.v1.mittwald.de/replicate-from",
  "reflector.v1.k8s.emberstack.com/reflects",
  "kubed.appscode.com/sync"
];
function renderedKeys(m) {
  const o = m.object;
  if (m.resource.kind === "Secret" && o.type === "kubernetes.io/service-account-token") return void 0;
  const ann = isObject(o.metadata?.annotations) ? o.metadata.annotations : {};
  if (FILLED_BY.some((a) => a in ann)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const field of m.resource.kind === "Secret" ? ["data", "stringData"] : ["data", "binaryData"])
    if (isObject(o[field])) for (const k of Object.keys(o[field])) keys.add(k);
  return keys.size > 0 ? keys : void 0;
}
function providedKeys(m) {
  const spec = isObject(m.object.spec) ? m.object.spec : {};
  const group2 = groupOf2(m.resource.apiVersion);
  if (m.resource.kind === "Certificate" && group2 === "cert-manager.io") {
    const keys = /* @__PURE__ */ new Set(["tls.crt", "tls.key", "ca.crt"]);
    if (Array.isArray(spec.additionalOutputFormats))
      for (const f of spec.additionalOutputFormats) {
        if (f?.type === "CombinedPEM") keys.add("tls-combined.pem");
        if (f?.type === "DER") keys.add("key.der");
      }
    const ks = isObject(spec.keystores) ? spec.keystores : {};
    if (isObject(ks.jks)) keys.add("keystore.jks").add("truststore.jks");
    if (isObject(ks.pkcs12)) keys.add("keystore.p12").add("truststore.p12");
    return keys;
  }
  if (m.resource.kind === "SealedSecret" && group2 === "bitnami.com") {
    const keys = /* @__PURE__ */ new Set();
    if (isObject(spec.encryptedData)) for (const k of Object.keys(spec.encryptedData)) keys.add(k);
    const tdata = spec.template?.data;
    if (isObject(tdata)) for (const k of Object.keys(tdata)) keys.add(k);
    return keys.size > 0 ? keys : void 0;
  }
  if (m.resource.kind === "ExternalSecret" && group2 === "external-secrets.io") {
    const target2 = isObject(spec.target) ? spec.target : {};
    if (Array.isArray(spec.dataFrom) && spec.dataFrom.length > 0 || target2.template !== void 0) return void 0;
    if (target2.creationPolicy === "Merge") return void 0;
    const keys = /* @__PURE__ */ new Set();
    if (Array.isArray(spec.data)) {
      for (const d of spec.data) if (str(d?.secretKey)) keys.add(d.secretKey);
    }
    return keys.size > 0 ? keys : void 0;
  }
  return void 0;
}
function knownKeys(idx, ref, namespace) {
  const rendered = idx.find(ref.kind, ref.name, namespace).filter((m) => isKind(m, ref.kind, [""]));
  const providers = ref.kind === "Secret" ? idx.secretProviders(ref.name, namespace) : [];
  if (rendered.length === 0 && providers.length === 0) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const m of rendered) {
    const k = renderedKeys(m);
    if (!k) return void 0;
    for (const x of k) keys.add(x);
  }
  for (const m of providers) {
    const k = providedKeys(m);
    if (!k) return void 0;
    for (const x of k) keys.add(x);
  }
  return keys;
}
var referenceConfigKey = {
  id: "reference/config-key",
  description: "A pod reads a key (env configMapKeyRef/secretKeyRef, configMap/secret/projected volume items) that the ConfigMap or Secret rendered in the same combo (or the cert-manager Certificate, SealedSecret or ExternalSecret that writes it) does not have: the container fails with CreateContainerConfigError or the volume never mounts (kubelet). Optional references, external objects and Secrets filled in at run time (service-account tokens, empty Secrets) are skipped.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const ns = pod.manifest.resource.namespace;
      for (const ref of keyRefs(pod)) {
        const keys = knownKeys(idx, ref, ns);
        if (!keys || keys.has(ref.key)) continue;
        const near = closest(ref.key, keys);
        const writer = ref.kind === "Secret" ? idx.secretProvider(ref.name, ns) : void 0;
        const source = idx.find(ref.kind, ref.name, ns).length === 0 && writer ? ` (written by ${refName(writer)})` : "";
        issues.push({
          manifest: pod.manifest,
          path: ref.path,
          message: `${refName(pod.manifest)} reads key "${ref.key}" of ${ref.kind} "${ref.name}" (${ref.via}), but ${ref.kind} "${ref.name}"${source} has only the keys ${nameList([...keys].sort())}${near ? ` (did you mean "${near}"?)` : ""}; the pod cannot start. Add the key, fix its name, or mark the reference optional.`
        });
      }
    }
    return issues;
  }
};

// src/rules/reference/ingress-backend.ts
function backendOf(b, at) {
  if (!isObject(b)) return void 0;
  if (isObject(b.service) && typeof b.service.name === "string" && b.service.name !== "") {
    const port = isObject(b.service.port) ? b.service.port : {};
    const value = typeof port.number === "number" ? port.number : typeof port.name === "string" ? port.name : void 0;
    const field = typeof port.number === "number" ? "number" : "name";
    return {
      service: b.service.name,
      servicePath: [...at, "service", "name"],
      ...value !== void 0 ? { port: value } : {},
      portPath: [...at, "service", "port", field]
    };
  }
  if (typeof b.serviceName === "string" && b.serviceName !== "") {
    const sp = b.servicePort;
    const port = typeof sp === "string" && /^\d+$/.test(sp) ? Number(sp) : sp;
    return {
      service: b.serviceName,
      servicePath: [...at, "serviceName"],
      ...typeof port === "number" || typeof port === "string" && port !== "" ? { port } : {},
      portPath: [...at, "servicePort"]
    };
  }
  return void 0;
}
function backends(ing) {
  const spec = ing.object.spec;
  if (!isObject(spec)) return [];
  const out = [];
  for (const field of ["defaultBackend", "backend"]) {
    const b = backendOf(spec[field], ["spec", field]);
    if (b) out.push(b);
  }
  if (Array.isArray(spec.rules))
    spec.rules.forEach((r, i) => {
      const paths = isObject(r) && isObject(r.http) && Array.isArray(r.http.paths) ? r.http.paths : [];
      paths.forEach((p, j) => {
        const b = isObject(p) ? backendOf(p.backend, ["spec", "rules", i, "http", "paths", j, "backend"]) : void 0;
        if (b) out.push(b);
      });
    });
  return out;
}
function globs(v) {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
var referenceIngressBackend = {
  id: "reference/ingress-backend",
  description: "An Ingress backend (service.name/port, or the legacy serviceName/servicePort) names a Service that is neither rendered in the same combo nor listed in the rule's `services` option, or a port (name or number) the rendered Service does not have: the controller answers 503 for that path.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const external = globs(ctx.options.services);
    const issues = [];
    for (const ing of idx.ofKind("Ingress")) {
      if (!isKind(ing, "Ingress", ["networking.k8s.io", "extensions"])) continue;
      const ann = isObject(ing.object.metadata?.annotations) ? ing.object.metadata.annotations : {};
      for (const b of backends(ing)) {
        if (b.port === "use-annotation" || `alb.ingress.kubernetes.io/actions.${b.service}` in ann) continue;
        const svcs = idx.find("Service", b.service, ing.resource.namespace).filter((m) => isKind(m, "Service", [""]));
        if (svcs.length === 0) {
          if (external.some((g) => globMatch(g, b.service)) || createdAtRuntime(idx, "services")) continue;
          const names2 = idx.ofKind("Service").map((s) => s.resource.name ?? "");
          const near = closest(b.service, names2);
          issues.push({
            manifest: ing,
            path: b.servicePath,
            message: `${refName(ing)} routes to Service "${b.service}", which this combo does not render${near ? ` (did you mean "${near}"?)` : ""}; the controller answers 503 there. Fix the name, or list the Service under rules.reference/ingress-backend.options.services when another release provides it.`
          });
          continue;
        }
        if (b.port === void 0) continue;
        if (svcs.some((s) => s.object.spec?.type === "ExternalName")) continue;
        const ports = svcs.flatMap((s) => Array.isArray(s.object.spec?.ports) ? s.object.spec.ports : []);
        const numbers = ports.map((p) => p?.port).filter((n) => typeof n === "number");
        const named2 = ports.map((p) => p?.name).filter((n) => typeof n === "string");
        if (typeof b.port === "number" ? numbers.includes(b.port) : named2.includes(b.port)) continue;
        const has = typeof b.port === "number" ? `its ports are ${numbers.length ? numbers.join(", ") : "none"}` : `its port names are ${nameList(named2)}`;
        issues.push({
          manifest: ing,
          path: b.portPath,
          message: `${refName(ing)} routes to port ${typeof b.port === "number" ? b.port : `"${b.port}"`} of Service "${b.service}", but ${has}; the controller answers 503 there.`
        });
      }
    }
    return issues;
  }
};

// src/rules/reference/missing.ts
function externalFor(ctx, kind) {
  const ext = ctx.external;
  switch (kind) {
    case "Secret":
      return ext?.secrets ?? [];
    case "ConfigMap":
      return ext?.configMaps ?? [];
    case "ServiceAccount":
      return ext?.serviceAccounts ?? [];
    default:
      return ext?.persistentVolumeClaims ?? [];
  }
}
var EXTERNAL_KEY = {
  Secret: "secrets",
  ConfigMap: "configMaps",
  ServiceAccount: "serviceAccounts",
  PersistentVolumeClaim: "persistentVolumeClaims"
};
var referenceMissing = {
  id: "reference/missing",
  description: "A pod uses a ConfigMap, Secret, ServiceAccount or PersistentVolumeClaim (volumes, env, envFrom, imagePullSecrets, serviceAccountName) that is neither rendered nor declared external.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        if (ref.kind === "ConfigMap" && ref.name === "kube-root-ca.crt") continue;
        if (idx.find(ref.kind, ref.name, pod.manifest.resource.namespace).length > 0) continue;
        if (ref.kind === "Secret" && idx.secretProvider(ref.name, pod.manifest.resource.namespace)) continue;
        if (externalFor(ctx, ref.kind).some((p) => globMatch(p, ref.name))) continue;
        issues.push({
          manifest: pod.manifest,
          path: ref.path,
          message: `${refName(pod.manifest)} uses ${ref.kind} "${ref.name}" (${ref.via}), which this combo does not render; create it, mark the reference optional, or declare it under external.${EXTERNAL_KEY[ref.kind]} in the config.`
        });
      }
    }
    return issues;
  }
};

// src/rules/reference/monitor-target.ts
function namespaceScope(m) {
  const sel = m.object.spec?.namespaceSelector;
  if (!isObject(sel)) return "own";
  if (sel.any === true) return "other";
  const names2 = Array.isArray(sel.matchNames) ? sel.matchNames : [];
  if (names2.length === 0) return "own";
  const own = m.resource.namespace;
  return own !== void 0 && own !== "" && names2.every((n) => n === own) ? "named-own" : "other";
}
function literalPort(v) {
  const name = portName(v);
  return name && !/[\\^$.|?*+()[\]{}]/.test(name) ? name : void 0;
}
function podPortNames(pods) {
  return pods.flatMap((p) => namedPorts(p, false).map((x) => x.name));
}
function checkServiceMonitor(idx, sm, issues, named2) {
  const spec = sm.object.spec;
  const sel = spec.selector;
  const services = idx.ofKind("Service").filter((s) => isKind(s, "Service", [""]) && sameNamespace(s.resource.namespace, sm.resource.namespace));
  const matched = services.filter(
    (s) => labelSelectorMisses(sel, labelsOf(s.object.metadata?.labels), []).length === 0
  );
  if (matched.length === 0) {
    if (named2 || createdAtRuntime(idx, "services")) return;
    const best = closestMiss(
      sel,
      services.map((s) => ({ labels: s.object.metadata?.labels, name: refName(s) })),
      ["spec", "selector"]
    );
    issues.push({
      manifest: sm,
      path: best?.misses[0]?.path ?? ["spec", "selector"],
      message: `${refName(sm)} selects Services ${selectorText(sel)} in its own namespace, but this combo renders no such Service${best ? `; the closest, ${best.name}: ${best.misses.map((x) => x.reason.replace("pod template", "Service")).join("; ")}` : ""}. Prometheus scrapes nothing; fix the selector, or set namespaceSelector when the Services belong to another release.`
    });
    return;
  }
  if (!Array.isArray(spec.endpoints)) return;
  const svcPorts = matched.flatMap((s) => Array.isArray(s.object.spec?.ports) ? s.object.spec.ports : []);
  const svcPortNames = svcPorts.map((p) => p?.name).filter((n) => typeof n === "string");
  spec.endpoints.forEach((ep, i) => {
    if (!isObject(ep)) return;
    const port = literalPort(ep.port);
    if (port !== void 0) {
      if (!svcPortNames.includes(port))
        issues.push({
          manifest: sm,
          path: ["spec", "endpoints", i, "port"],
          message: `${refName(sm)} endpoint ${i} scrapes Service port "${port}", but the Services it selects (${matched.map(refName).join(", ")}) name their ports ${nameList(svcPortNames)}; Prometheus keeps no target for it.`
        });
      return;
    }
    if (ep.port !== void 0) return;
    const target2 = literalPort(ep.targetPort);
    if (target2 === void 0) return;
    const selectors = matched.map((s) => s.object.spec?.selector);
    if (!selectors.every((s) => isObject(s) && Object.keys(s).length > 0)) return;
    const pods = matched.flatMap((s) => podsSelectedByMap(idx, s.object.spec.selector, s.resource.namespace));
    if (pods.length === 0) return;
    const names2 = podPortNames(pods);
    if (!names2.includes(target2))
      issues.push({
        manifest: sm,
        path: ["spec", "endpoints", i, "targetPort"],
        message: `${refName(sm)} endpoint ${i} scrapes container port "${target2}", but the pods behind the Services it selects name their ports ${nameList(names2)}; Prometheus keeps no target for it.`
      });
  });
}
function checkPodMonitor(idx, pm, issues, named2) {
  const spec = pm.object.spec;
  const sel = spec.selector;
  const pods = podsSelectedBy(idx, sel, pm.resource.namespace);
  if (pods.length === 0) {
    if (named2 || createdAtRuntime(idx, "pods")) return;
    const candidates = idx.pods.filter((p) => sameNamespace(p.manifest.resource.namespace, pm.resource.namespace));
    const best = closestMiss(sel, podCandidates(candidates), ["spec", "selector"]);
    issues.push({
      manifest: pm,
      path: best?.misses[0]?.path ?? ["spec", "selector"],
      message: `${refName(pm)} selects pods ${selectorText(sel)} in its own namespace, but this combo renders no such pod template${best ? `; the closest, ${best.name}: ${best.misses.map((x) => x.reason).join("; ")}` : ""}. Prometheus scrapes nothing; fix the selector, or set namespaceSelector when the pods belong to another release.`
    });
    return;
  }
  if (!Array.isArray(spec.podMetricsEndpoints)) return;
  const names2 = podPortNames(pods);
  spec.podMetricsEndpoints.forEach((ep, i) => {
    if (!isObject(ep)) return;
    let field = "port";
    let port = literalPort(ep.port);
    if (ep.port === void 0 && ep.portNumber === void 0) {
      field = "targetPort";
      port = literalPort(ep.targetPort);
    }
    if (port === void 0 || names2.includes(port)) return;
    issues.push({
      manifest: pm,
      path: ["spec", "podMetricsEndpoints", i, field],
      message: `${refName(pm)} endpoint ${i} scrapes container port "${port}", but the pods it selects (${[...new Set(pods.map((p) => refName(p.manifest)))].join(", ")}) name their ports ${nameList(names2)}; Prometheus keeps no target for it.`
    });
  });
}
var referenceMonitorTarget = {
  id: "reference/monitor-target",
  description: "A prometheus-operator ServiceMonitor or PodMonitor that looks only in its own namespace selects no Service or pod template rendered in the same combo, or scrapes a port name (endpoints[].port, targetPort, podMetricsEndpoints[].port) that the selected Services or containers do not declare: Prometheus scrapes nothing (prometheus-operator keeps targets by selector and port name).",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const kind of ["ServiceMonitor", "PodMonitor"]) {
      for (const m of idx.ofKind(kind)) {
        if (!isKind(m, kind, ["monitoring.coreos.com"])) continue;
        if (!isObject(m.object.spec) || !hasRequirements(m.object.spec.selector)) continue;
        const scope = namespaceScope(m);
        if (scope === "other") continue;
        if (kind === "ServiceMonitor") checkServiceMonitor(idx, m, issues, scope === "named-own");
        else checkPodMonitor(idx, m, issues, scope === "named-own");
      }
    }
    return issues;
  }
};

// src/rules/reference/scale-target.ts
var SCALABLE = {
  Deployment: ["apps", "extensions"],
  StatefulSet: ["apps"],
  ReplicaSet: ["apps", "extensions"],
  ReplicationController: [""]
};
var referenceScaleTarget = {
  id: "reference/scale-target",
  description: "A HorizontalPodAutoscaler scaleTargetRef names a Deployment, StatefulSet, ReplicaSet or ReplicationController that is not rendered in the same combo, or gives an apiVersion whose group does not serve that kind: the autoscaler never scales (FailedGetScale). Targets of other kinds (an Argo Rollout) are not checked.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const hpa of idx.ofKind("HorizontalPodAutoscaler")) {
      if (!isKind(hpa, "HorizontalPodAutoscaler", ["autoscaling"])) continue;
      const ref = hpa.object.spec?.scaleTargetRef;
      if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string" || ref.name === "") continue;
      const groups = SCALABLE[ref.kind];
      if (!groups) continue;
      if (typeof ref.apiVersion === "string" && ref.apiVersion !== "" && !groups.includes(groupOf2(ref.apiVersion))) {
        issues.push({
          manifest: hpa,
          path: ["spec", "scaleTargetRef", "apiVersion"],
          message: `${refName(hpa)} scales ${ref.kind} "${ref.name}" of apiVersion ${ref.apiVersion}, but ${ref.kind} is served by ${groups[0] === "" ? "the core group (apiVersion v1)" : `the API group "${groups[0]}" (apiVersion ${groups[0]}/v1)`}; the autoscaler finds no scale subresource (FailedGetScale).`
        });
        continue;
      }
      const found = idx.find(ref.kind, ref.name, hpa.resource.namespace).filter((m) => isKind(m, ref.kind, groups));
      if (found.length > 0) continue;
      const same = Object.keys(SCALABLE).filter((k) => k !== ref.kind).flatMap((k) => idx.find(k, ref.name, hpa.resource.namespace));
      issues.push({
        manifest: hpa,
        path: ["spec", "scaleTargetRef", same.length ? "kind" : "name"],
        message: `${refName(hpa)} scales ${ref.kind} "${ref.name}", which this combo does not render${same.length ? ` (it renders ${refName(same[0])})` : ""}; the autoscaler never scales it (FailedGetScale).`
      });
    }
    return issues;
  }
};

// src/rules/reference/selects-nothing.ts
var SELECTORS = [
  {
    kind: "PodDisruptionBudget",
    groups: ["policy"],
    field: "selector",
    effect: "it protects no pod of the release from voluntary evictions (node drains)"
  },
  {
    kind: "NetworkPolicy",
    groups: ["networking.k8s.io", "extensions"],
    field: "podSelector",
    effect: "its rules apply to no pod of the release"
  }
];
var referenceSelectsNothing = {
  id: "reference/selects-nothing",
  description: "A PodDisruptionBudget selector or NetworkPolicy podSelector matches no pod template rendered in the same combo: the budget protects nothing, the policy applies to nothing. Empty selectors are never reported, nor are renders that may create pods at run time (an operator custom resource, RBAC that lets a controller create pods).",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const s of SELECTORS) {
      for (const m of idx.ofKind(s.kind)) {
        if (!isKind(m, s.kind, s.groups)) continue;
        const sel = m.object.spec?.[s.field];
        if (!hasRequirements(sel)) continue;
        if (podsSelectedBy(idx, sel, m.resource.namespace).length > 0) continue;
        if (createdAtRuntime(idx, "pods")) continue;
        const candidates = idx.pods.filter((p) => sameNamespace(p.manifest.resource.namespace, m.resource.namespace));
        const best = closestMiss(sel, podCandidates(candidates), ["spec", s.field]);
        issues.push({
          manifest: m,
          path: best?.misses[0]?.path ?? ["spec", s.field],
          message: `${refName(m)} selects pods ${selectorText(sel)}, but ${best ? `no pod template of this combo matches; the closest, ${best.name}: ${best.misses.map((x) => x.reason).join("; ")}` : "this combo renders no pod template"}. As rendered, ${s.effect}.`
        });
      }
    }
    return issues;
  }
};

// src/rules/reference/target-port.ts
var referenceTargetPort = {
  id: "reference/target-port",
  description: "A Service targetPort names a port that no container (of the matching protocol) of the pods it selects declares: the endpoints controller finds no port, so the Service has no endpoints on that port (FindPort). Numeric targetPorts and headless Services are not checked.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const svc of idx.ofKind("Service")) {
      if (!isKind(svc, "Service", [""])) continue;
      const spec = svc.object.spec;
      if (!isObject(spec) || spec.type === "ExternalName" || !Array.isArray(spec.ports)) continue;
      if (spec.clusterIP === "None") continue;
      const sel = spec.selector;
      if (!isObject(sel) || Object.keys(sel).length === 0) continue;
      const pods = podsSelectedByMap(idx, sel, svc.resource.namespace);
      if (pods.length === 0) continue;
      const ports = pods.flatMap((p) => namedPorts(p, true));
      spec.ports.forEach((p, i) => {
        if (!isObject(p)) return;
        const name = portName(p.targetPort);
        if (!name) return;
        const protocol = typeof p.protocol === "string" ? p.protocol : "TCP";
        if (ports.some((x) => x.name === name && x.protocol === protocol)) return;
        const other = ports.find((x) => x.name === name);
        const selected = [...new Set(pods.map((x) => refName(x.manifest)))].join(", ");
        const which = typeof p.name === "string" && p.name !== "" ? `"${p.name}"` : String(p.port);
        issues.push({
          manifest: svc,
          path: ["spec", "ports", i, "targetPort"],
          message: other ? `${refName(svc)} port ${which} targets port "${name}" over ${protocol}, but container "${other.container}" of ${selected} declares "${name}" for ${other.protocol}; the Service has no endpoints on that port.` : `${refName(svc)} port ${which} targets port "${name}", but no container of the pods it selects (${selected}) declares a port of that name (they declare ${nameList(ports.map((x) => x.name))}); the Service has no endpoints on that port. Use a declared name or the port number.`
        });
      });
    }
    return issues;
  }
};

// src/rules/resource/duplicate.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "StorageClass",
  "VolumeAttachment",
  "CSIDriver",
  "CSINode",
  "PriorityClass",
  "RuntimeClass",
  "IngressClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "APIService",
  "FlowSchema",
  "PriorityLevelConfiguration",
  "CertificateSigningRequest",
  "ClusterIssuer"
]);
function group(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
var resourceDuplicate = {
  id: "resource/duplicate",
  description: "Two rendered resources have the same API group, kind, namespace and name.",
  severity: "error",
  check(ctx) {
    const issues = [];
    const seen = /* @__PURE__ */ new Map();
    for (const m of ctx.manifests) {
      const name = m.resource.name;
      if (name === void 0) continue;
      const kind = m.resource.kind;
      const ns = CLUSTER_SCOPED.has(kind) ? "" : m.resource.namespace ?? "";
      const key = `${group(m.resource.apiVersion)}\0${kind}\0${ns}\0${name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, m);
        continue;
      }
      const where2 = first.templateFile ?? first.source ?? `document ${first.index + 1}`;
      issues.push({
        manifest: m,
        path: ["metadata", "name"],
        message: `${kind} "${name}"${ns ? ` in namespace ${ns}` : ""} is rendered twice; the first comes from ${where2}.`
      });
    }
    return issues;
  }
};

// src/rules/resources/quantity.ts
function resourceBlocks(pod) {
  const out = [];
  if (isObject(pod.spec.resources))
    out.push({ block: pod.spec.resources, path: [...pod.specPath, "resources"], owner: "pod" });
  for (const c of containersOf(pod)) {
    if (isObject(c.container.resources))
      out.push({
        block: c.container.resources,
        path: [...c.path, "resources"],
        owner: `container "${String(c.container.name ?? c.index)}"`
      });
  }
  return out;
}
var resourcesQuantity = {
  id: "resources/quantity",
  description: "A container resources request or limit is not a valid Kubernetes quantity (e.g. 500m, 256Mi, 1.5), or is negative.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const { block, path, owner } of resourceBlocks(pod)) {
        for (const kind of ["requests", "limits"]) {
          const map = block[kind];
          if (!isObject(map)) continue;
          for (const [res, v] of Object.entries(map)) {
            const q = parseQuantity(v);
            if (!q)
              issues.push({
                manifest: pod.manifest,
                path: [...path, kind, res],
                message: `${refName(pod.manifest)} ${owner} ${kind}.${res} ${JSON.stringify(v)} is not a quantity (a number with an optional suffix: m, k, M, G, Ki, Mi, Gi, ...; note "Mi" not "MB" and "k" not "K").`
              });
            else if (isNegative(q))
              issues.push({
                manifest: pod.manifest,
                path: [...path, kind, res],
                message: `${refName(pod.manifest)} ${owner} ${kind}.${res} is negative (${String(v)}).`
              });
          }
        }
      }
    }
    return issues;
  }
};

// src/rules/resources/requests-exceed-limits.ts
var resourcesRequestsExceedLimits = {
  id: "resources/requests-exceed-limits",
  description: "A resource request is greater than the limit of the same resource (compared numerically, e.g. 512Mi vs 0.5Gi).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const { block, path, owner } of resourceBlocks(pod)) {
        if (!isObject(block.requests) || !isObject(block.limits)) continue;
        for (const [res, rv] of Object.entries(block.requests)) {
          if (!(res in block.limits)) continue;
          const lv = block.limits[res];
          const rq = parseQuantity(rv);
          const lq = parseQuantity(lv);
          if (!rq || !lq) continue;
          if (compareQuantity(rq, lq) > 0)
            issues.push({
              manifest: pod.manifest,
              path: [...path, "requests", res],
              message: `${refName(pod.manifest)} ${owner} requests ${res} ${String(rv)}, more than its limit ${String(lv)}; Kubernetes rejects the pod.`
            });
        }
      }
    }
    return issues;
  }
};

// src/rules/workload/duplicate-container.ts
var workloadDuplicateContainer = {
  id: "workload/duplicate-container",
  description: "Two containers of one pod (containers, initContainers, ephemeralContainers) share a name.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const seen = /* @__PURE__ */ new Map();
      for (const c of containersOf(pod)) {
        const name = c.container.name;
        if (typeof name !== "string") continue;
        const where2 = `${c.list}[${c.index}]`;
        const first = seen.get(name);
        if (first === void 0) {
          seen.set(name, where2);
          continue;
        }
        issues.push({
          manifest: pod.manifest,
          path: [...c.path, "name"],
          message: `${refName(pod.manifest)} has two containers named "${name}" (${first} and ${where2}); Kubernetes rejects duplicate container names.`
        });
      }
    }
    return issues;
  }
};

// src/rules/workload/duplicate-env.ts
var workloadDuplicateEnv = {
  id: "workload/duplicate-env",
  description: "A container sets the same environment variable twice in env (the last one silently wins).",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.env)) continue;
        const seen = /* @__PURE__ */ new Map();
        c.container.env.forEach((e, i) => {
          if (!isObject(e) || typeof e.name !== "string") return;
          const first = seen.get(e.name);
          if (first === void 0) {
            seen.set(e.name, i);
            return;
          }
          issues.push({
            manifest: pod.manifest,
            path: [...c.path, "env", i, "name"],
            message: `${refName(pod.manifest)} container "${String(c.container.name ?? c.index)}" sets env ${e.name} twice (entries ${first + 1} and ${i + 1}); the last one wins.`
          });
        });
      }
    }
    return issues;
  }
};

// src/rules/workload/duplicate-port.ts
var workloadDuplicatePort = {
  id: "workload/duplicate-port",
  description: "A container port name is used twice in one container (error) or by two containers of one pod (warning).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const inPod = /* @__PURE__ */ new Map();
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.ports)) continue;
        const cname = String(c.container.name ?? c.index);
        const inContainer = /* @__PURE__ */ new Set();
        c.container.ports.forEach((p, i) => {
          if (!isObject(p) || typeof p.name !== "string" || p.name === "") return;
          const path = [...c.path, "ports", i, "name"];
          if (inContainer.has(p.name)) {
            issues.push({
              manifest: pod.manifest,
              path,
              message: `${refName(pod.manifest)} container "${cname}" has two ports named "${p.name}".`
            });
            return;
          }
          inContainer.add(p.name);
          const other = inPod.get(p.name);
          if (other !== void 0) {
            issues.push({
              manifest: pod.manifest,
              path,
              severity: "warning",
              message: `${refName(pod.manifest)} containers "${other}" and "${cname}" both have a port named "${p.name}"; Services and probes that use the name get "${other}"'s.`
            });
            return;
          }
          inPod.set(p.name, cname);
        });
      }
    }
    return issues;
  }
};

// src/rules/workload/job-restart-policy.ts
var workloadJobRestartPolicy = {
  id: "workload/job-restart-policy",
  description: "A Job or CronJob pod template has a restartPolicy other than Never or OnFailure (the default, Always, is rejected).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      if (pod.kind !== "Job" && pod.kind !== "CronJob") continue;
      const rp = pod.spec.restartPolicy;
      if (rp === "Never" || rp === "OnFailure") continue;
      issues.push(
        rp === void 0 || rp === null ? {
          manifest: pod.manifest,
          path: pod.specPath,
          message: `${refName(pod.manifest)} pod template sets no restartPolicy; it defaults to Always, which Kubernetes rejects for Jobs. Set restartPolicy: Never or OnFailure.`
        } : {
          manifest: pod.manifest,
          path: [...pod.specPath, "restartPolicy"],
          message: `${refName(pod.manifest)} pod template has restartPolicy ${JSON.stringify(rp)}; a Job's pods must use Never or OnFailure.`
        }
      );
    }
    return issues;
  }
};

// src/rules/workload/port-name.ts
var workloadPortName = {
  id: "workload/port-name",
  description: "A container port name or Service targetPort name is not a valid IANA service name, or a Service port name is not a DNS-1123 label.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.ports)) continue;
        c.container.ports.forEach((p, i) => {
          if (!isObject(p) || typeof p.name !== "string") return;
          const bad = ianaSvcName(p.name);
          if (bad)
            issues.push({
              manifest: pod.manifest,
              path: [...c.path, "ports", i, "name"],
              message: `${refName(pod.manifest)} container "${String(c.container.name)}" port name "${p.name}" ${bad}.`
            });
        });
      }
    }
    for (const svc of idx.ofKind("Service")) {
      const ports = svc.object.spec?.ports;
      if (!Array.isArray(ports)) continue;
      ports.forEach((p, i) => {
        if (!isObject(p)) return;
        if (typeof p.name === "string" && p.name !== "") {
          const bad = dns1123Label(p.name);
          if (bad)
            issues.push({
              manifest: svc,
              path: ["spec", "ports", i, "name"],
              message: `${refName(svc)} port name "${p.name}" ${bad}.`
            });
        }
        if (typeof p.targetPort === "string") {
          const bad = ianaSvcName(p.targetPort);
          if (bad)
            issues.push({
              manifest: svc,
              path: ["spec", "ports", i, "targetPort"],
              message: `${refName(svc)} targetPort "${p.targetPort}" is a port name (a string) that ${bad}; use a number or a container port name.`
            });
        }
      });
    }
    return issues;
  }
};

// src/rules/workload/probe-port.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HANDLERS = ["httpGet", "tcpSocket", "grpc"];
var workloadProbePort = {
  id: "workload/probe-port",
  description: "A liveness, readiness or startup probe names a port that is not one of its container's port names.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        const names2 = /* @__PURE__ */ new Set();
        if (Array.isArray(c.container.ports)) {
          for (const p of c.container.ports) if (isObject(p) && typeof p.name === "string") names2.add(p.name);
        }
        for (const probe2 of PROBES) {
          const pr = c.container[probe2];
          if (!isObject(pr)) continue;
          for (const h of HANDLERS) {
            const port = isObject(pr[h]) ? pr[h].port : void 0;
            if (typeof port !== "string" || names2.has(port)) continue;
            const path = [...c.path, probe2, h, "port"];
            const known = names2.size > 0 ? `its ports are named ${[...names2].map((n) => `"${n}"`).join(", ")}` : "it has no named ports";
            issues.push({
              manifest: pod.manifest,
              path,
              message: `${refName(pod.manifest)} container "${String(c.container.name ?? c.index)}" ${probe2} uses port "${port}", but ${known}.${/^\d+$/.test(port) ? " A quoted number is a port name; write the number unquoted." : ""}`
            });
          }
        }
      }
    }
    return issues;
  }
};

// src/rules/workload/selector-mismatch.ts
var workloadSelectorMismatch = {
  id: "workload/selector-mismatch",
  description: "A Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job (manualSelector) selector does not match its pod template's labels.",
  severity: "error",
  perDocument: true,
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      const kind = m.resource.kind;
      if (!SELECTOR_KINDS.has(kind)) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const pod = podSpecOf(m);
      if (!pod) continue;
      const labels = labelsOf(pod.metadata?.labels);
      const selector = spec.selector;
      if (selector === void 0 || selector === null) continue;
      if (kind === "ReplicationController") {
        if (!isObject(selector)) continue;
        for (const miss of mapSelectorMisses(selector, labels, ["spec", "selector"]))
          issues.push({
            manifest: m,
            path: miss.path,
            message: `${refName(m)} selector does not match its pod template: ${miss.reason}.`
          });
        continue;
      }
      if (!isObject(selector)) continue;
      if (kind === "Job" && spec.manualSelector !== true) {
        issues.push({
          manifest: m,
          path: ["spec", "selector"],
          message: `${refName(m)} sets spec.selector without spec.manualSelector: true; Kubernetes generates a Job's selector and rejects one set by hand. Remove it, or set manualSelector: true.`
        });
        continue;
      }
      const hasLabels = isObject(selector.matchLabels) && Object.keys(selector.matchLabels).length > 0;
      const hasExprs = Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0;
      if (!hasLabels && !hasExprs) {
        issues.push({
          manifest: m,
          path: ["spec", "selector"],
          message: `${refName(m)} has an empty selector; Kubernetes rejects it (it would select every pod in the namespace).`
        });
        continue;
      }
      if (hasExprs) {
        selector.matchExpressions.forEach((e, i) => {
          const bad = expressionProblem(e);
          if (bad)
            issues.push({
              manifest: m,
              path: ["spec", "selector", "matchExpressions", i],
              message: `${refName(m)} selector expression ${i + 1} ${bad}.`
            });
        });
      }
      for (const miss of labelSelectorMisses(selector, labels, ["spec", "selector"]))
        issues.push({
          manifest: m,
          path: miss.path,
          message: `${refName(m)} selector does not match its pod template: ${miss.reason}.`
        });
    }
    return issues;
  }
};

// src/rules/workload/service-selector.ts
var workloadServiceSelector = {
  id: "workload/service-selector",
  description: "A Service's selector matches no pod template rendered in the same combo (the Service would have no endpoints).",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const svc of idx.ofKind("Service")) {
      const spec = svc.object.spec;
      if (!isObject(spec) || spec.type === "ExternalName") continue;
      const sel = spec.selector;
      if (!isObject(sel) || Object.keys(sel).length === 0) continue;
      const [k0, v0] = Object.entries(sel)[0];
      const matches = (pod) => sameNamespace(pod.manifest.resource.namespace, svc.resource.namespace) && mapSelectorMisses(sel, labelsOf(pod.metadata?.labels), ["spec", "selector"]).length === 0;
      if (idx.podsWithLabel(k0, String(v0)).some(matches)) continue;
      let best;
      for (const pod of idx.pods) {
        if (!sameNamespace(pod.manifest.resource.namespace, svc.resource.namespace)) continue;
        const misses = mapSelectorMisses(sel, labelsOf(pod.metadata?.labels), ["spec", "selector"]);
        if (!best || misses.length < best.misses.length) best = { misses, pod: refName(pod.manifest) };
      }
      const selText = Object.entries(sel).map(([k, v]) => `${k}=${String(v)}`).join(",");
      if (!best) {
        issues.push({
          manifest: svc,
          path: ["spec", "selector"],
          message: `${refName(svc)} selects pods ${selText}, but this combo renders no pod template.`
        });
        continue;
      }
      const first = best.misses[0];
      issues.push({
        manifest: svc,
        path: first.path,
        message: `${refName(svc)} selects pods ${selText}, but no rendered pod template matches; the closest, ${best.pod}: ${best.misses.map((x) => x.reason).join("; ")}.`
      });
    }
    return issues;
  }
};

// src/rules/workload/statefulset-service.ts
var workloadStatefulSetService = {
  id: "workload/statefulset-service",
  description: "A StatefulSet's spec.serviceName names no Service rendered in the same combo.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const sts of idx.ofKind("StatefulSet")) {
      const name = sts.object.spec?.serviceName;
      if (typeof name !== "string" || name === "") continue;
      if (idx.find("Service", name, sts.resource.namespace).length > 0) continue;
      issues.push({
        manifest: sts,
        path: ["spec", "serviceName"],
        message: `${refName(sts)} has serviceName "${name}", but no Service "${name}" is rendered; its pods get no stable DNS names.`
      });
    }
    return issues;
  }
};

// src/rules/index.ts
var RULES = [
  hookMissingDependency,
  hookDeletePolicy,
  workloadSelectorMismatch,
  workloadServiceSelector,
  workloadStatefulSetService,
  workloadJobRestartPolicy,
  workloadDuplicateContainer,
  workloadPortName,
  workloadDuplicatePort,
  workloadDuplicateEnv,
  workloadProbePort,
  nameInvalid,
  labelInvalid,
  annotationInvalid,
  resourceDuplicate,
  cronjobSchedule,
  cronjobTimezone,
  prometheusExpr,
  prometheusDuration,
  prometheusRuleName,
  prometheusUnknownMetric,
  resourcesQuantity,
  resourcesRequestsExceedLimits,
  referenceMissing,
  referenceConfigKey,
  referenceTargetPort,
  referenceIngressBackend,
  referenceMonitorTarget,
  referenceSelectsNothing,
  referenceScaleTarget,
  labelVersionInSelector,
  ...API_RULES
];

// src/stages/rules.ts
var checked = /* @__PURE__ */ new WeakMap();
var alone = /* @__PURE__ */ new WeakMap();
function aloneOf(m) {
  let a = alone.get(m);
  if (!a) alone.set(m, a = [m]);
  return a;
}
function checkRule(rule, ctx) {
  if (!rule.perDocument) return rule.check(ctx);
  const options = JSON.stringify(ctx.options);
  const issues = [];
  for (const m of ctx.manifests) {
    if (typeof m.object !== "object" || m.object === null) {
      issues.push(...rule.check({ ...ctx, manifests: aloneOf(m) }));
      continue;
    }
    let byRule = checked.get(m.object);
    const hit = byRule?.get(rule);
    if (hit && hit.options === options) {
      for (const f of hit.found) issues.push({ ...f, manifest: m });
      continue;
    }
    const mine = rule.check({ ...ctx, manifests: aloneOf(m) });
    const found = [];
    for (const i of mine) {
      if (i.manifest !== m) throw new Error(`rule ${rule.id} reported on another document than the one it was given`);
      const { manifest: _m, ...rest } = i;
      found.push(rest);
      issues.push(i);
    }
    if (!byRule) checked.set(m.object, byRule = /* @__PURE__ */ new Map());
    byRule.set(rule, { options, found });
  }
  return issues;
}
var rules2 = {
  name: "rules",
  async run(ctx) {
    ctx.checks.rules = "pass";
    await loadParsersFor(ctx.manifests);
    for (const rule of RULES) {
      const setting = ctx.combo.rules[rule.id];
      if (setting?.severity === "off" && !setting.resources?.length) continue;
      let issues;
      try {
        issues = checkRule(rule, {
          combo: ctx.combo.name,
          manifests: ctx.manifests,
          options: setting?.options ?? {},
          chartDir: ctx.config.chartDir,
          baseDir: ctx.config.configDir,
          external: ctx.config.external
        });
      } catch (e) {
        ctx.add({
          severity: "error",
          rule: "internal/rule-failed",
          combo: ctx.combo.name,
          message: `rule ${rule.id} could not check this render (${e instanceof Error ? e.message : String(e)}); the other checks ran`
        });
        continue;
      }
      for (const i of issues) {
        const loc = i.manifest.locate(i.path ?? []);
        ctx.add(
          {
            severity: i.severity ?? rule.severity,
            rule: rule.id,
            combo: ctx.combo.name,
            message: i.message,
            resource: i.manifest.resource,
            ...i.path ? { path: toPointer(i.path) } : {},
            ...loc ? { location: loc } : {}
          },
          i.manifest
        );
      }
    }
  }
};

// src/stages/schema.ts
var schema = {
  name: "schema",
  async run(ctx) {
    const validator = await ctx.validator;
    if (!validator) return;
    ctx.checks.schema = "pass";
    const crds = ctx.manifests.filter((m) => m.resource.kind === "CustomResourceDefinition").map((m) => m.object);
    for (const m of ctx.manifests) {
      const issues = await validator.validate(m.object, {
        ...ctx.combo.kubeVersion ? { kubeVersion: ctx.combo.kubeVersion } : {},
        crds
      });
      for (const i of issues) {
        const loc = m.locate(i.path);
        ctx.add(
          {
            severity: i.severity,
            rule: i.rule,
            combo: ctx.combo.name,
            message: i.message,
            resource: m.resource,
            path: toPointer(i.path),
            ...loc ? { location: loc } : {}
          },
          m
        );
      }
    }
  }
};

// src/stages/upgrade.ts
function plainDiff(d) {
  return {
    id: d.id,
    apiVersion: d.apiVersion,
    kind: d.kind,
    ...d.namespace ? { namespace: d.namespace } : {},
    name: d.name,
    status: d.status,
    changes: d.changes.map((c) => ({ ...c }))
  };
}
var upgrade = {
  name: "upgrade",
  async run(ctx) {
    const base = ctx.base;
    if (!base) return;
    const { diffRenders, upgradeIssues } = await import('./chunk-QVtYF1KP.js');
    if ("unavailable" in base) {
      ctx.upgrade = { base: base.commit, compared: false, reason: base.unavailable, resources: [] };
      return;
    }
    const diffs = diffRenders(base.manifests, ctx.manifests, { namespace: ctx.combo.namespace });
    for (const i of upgradeIssues(diffs)) {
      const m = i.manifest ?? i.baseManifest;
      let location = i.manifest?.locate(i.path ?? []);
      if (!i.manifest && i.baseManifest) {
        const at = i.baseManifest.locate(i.path ?? []);
        const file = at && base.toHead(at.file);
        if (at && file) location = { ...at, file };
      }
      const runbook = ctx.combo.rules[i.rule]?.options?.runbook;
      ctx.add(
        {
          severity: i.severity,
          rule: i.rule,
          combo: ctx.combo.name,
          message: typeof runbook === "string" && runbook ? `${i.message} Runbook: ${runbook}` : i.message,
          ...m ? { resource: m.resource } : {},
          ...i.path ? { path: toPointer(i.path) } : {},
          ...location ? { location } : {}
        },
        i.manifest
      );
    }
    ctx.upgrade = { base: base.commit, compared: true, resources: diffs.map(plainDiff) };
  }
};

// src/stages/values.ts
var values = {
  name: "values",
  run(ctx) {
    if (ctx.combo.rules["values/unknown-key"]?.severity === "off") return;
    try {
      for (const f of unknownKeys(ctx.combo, ctx.config, ctx.baseDir)) ctx.add(f);
    } catch (e) {
      ctx.add({
        severity: "error",
        rule: "internal/rule-failed",
        combo: ctx.combo.name,
        message: `values/unknown-key could not check the combo: ${e.message}`
      });
    }
  }
};

// src/stages/index.ts
var STAGES = [values, parse, render, hooks, documents, schema, rules2, expectations, upgrade];

// src/engine.ts
function preloadSchemas(kubeVersions) {
  for (const v of new Set(kubeVersions)) void warmRelease(v).catch(() => void 0);
}
function schemaValidator(config, crds, cacheDir) {
  if (!config.schemas.enabled) return Promise.resolve(void 0);
  return createSchemaValidator({
    strict: config.schemas.strict,
    locations: config.schemas.locations,
    cacheDir: config.schemas.cacheDir ?? cacheDir,
    baseDir: config.configDir,
    unknownKinds: config.schemas.unknownKinds,
    crds
  });
}
function baseRender(r, opts) {
  const { commit } = opts;
  if (r.timedOut) return { commit, unavailable: "helm template timed out at the base commit" };
  if (r.code !== 0) {
    const first = r.stderr.split("\n").find((l) => l.trim()) ?? `exit code ${r.code}`;
    return { commit, unavailable: `the base commit does not render: ${first.replace(/^Error: /, "")}` };
  }
  const parsed2 = parseRender(r.stdout, { combo: opts.combo, chartDir: opts.chartDir, baseDir: opts.baseDir });
  return { commit, manifests: parsed2.manifests, toHead: opts.toHead };
}
async function analyzeRender(input) {
  const { combo, failOn } = input;
  const ctx = {
    combo,
    config: input.config,
    chart: input.chart,
    baseDir: input.baseDir,
    failOn,
    render: input.render,
    validator: input.validator,
    manifests: [],
    outcome: "ok",
    documents: 0,
    kinds: {},
    apis: /* @__PURE__ */ new Set(),
    checks: { render: "pass", lint: "skipped", schema: "skipped", rules: "skipped", assertions: "skipped" },
    findings: [],
    add(f, manifest) {
      const l = level(f, combo.rules, manifest);
      if (l) ctx.findings.push(l);
    },
    done: false,
    ...input.base ? { base: input.base } : {}
  };
  for (const stage of STAGES) {
    await stage.run(ctx);
    if (ctx.done) break;
  }
  const { findings, checks } = ctx;
  for (const f of findings) if (atOrAbove(f.severity, failOn)) checks[checkOf(f.rule)] = "fail";
  const result = {
    name: combo.name,
    chart: input.chart,
    status: findings.some((f) => atOrAbove(f.severity, failOn)) ? "fail" : "pass",
    render: ctx.outcome,
    checks,
    kinds: ctx.kinds,
    documents: ctx.documents,
    apis: [...ctx.apis].sort(),
    ...combo.rules["render/empty"]?.severity ? { emptyConfigured: true } : {},
    findings,
    durationMs: performance.now() - input.started,
    ...ctx.upgrade ? { upgrade: ctx.upgrade } : {}
  };
  return { result, secrets: secretValues(ctx.manifests) };
}

const chunk2WHTFYDO = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  analyzeRender,
  baseRender,
  preloadSchemas,
  schemaValidator
}, Symbol.toStringTag, { value: 'Module' }));

const require$6 = createRequire(import.meta.url);
const __filename$6 = fileURLToPath(import.meta.url);
const __dirname$6 = dirname(__filename$6);

// src/template/defines.ts
var indexCache = /* @__PURE__ */ new WeakMap();
function defineIndex(sources) {
  let idx = indexCache.get(sources);
  if (idx) return idx;
  idx = /* @__PURE__ */ new Map();
  for (const file of sources.list()) {
    const p = parsed$1(sources, file);
    if (!p) continue;
    for (const b of p.structure.blocks)
      if ((b.keyword === "define" || b.keyword === "block") && b.name !== void 0)
        idx.set(b.name, { name: b.name, file, block: b, source: p });
  }
  indexCache.set(sources, idx);
  return idx;
}
function callsIn(action) {
  const w = words(action);
  const out = [];
  for (let i = 0; i < w.length; i++) {
    const t = w[i];
    const via = t.kind === "identifier" && t.value === "include" ? "include" : t.kind === "keyword" && t.value === "template" ? "template" : void 0;
    const name = via && unquote$1(w[i + 1]);
    if (via && name !== void 0) out.push({ via, name, token: t, action });
  }
  return out;
}
function actionsInside(p, b) {
  const from = b.action.open.start;
  const to = b.end ? b.end.open.start : p.lexed.text.length;
  return p.lexed.actions.filter((a) => a.open.start > from && a.open.start < to);
}
function actionAt(p, offset) {
  return p.lexed.actions.find((a) => a.open.start <= offset && offset < (a.close ?? a.tokens.at(-1) ?? a.open).end);
}
function findFailureCall(sources, defineName, message) {
  const idx = defineIndex(sources);
  const hits = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [defineName];
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const d = idx.get(name);
    if (!d) continue;
    for (const a of actionsInside(d.source, d.block)) {
      const w = words(a);
      for (let i = 0; i < w.length; i++) {
        const t = w[i];
        if (t.kind === "identifier" && (t.value === "required" || t.value === "fail") && unquote$1(w[i + 1]) === message)
          hits.push({ define: d, token: t });
      }
      for (const c of callsIn(a)) queue.push(c.name);
    }
  }
  return hits;
}
function topLevelTemplateCalls(sources, name) {
  const out = [];
  for (const file of sources.list()) {
    if (file.split("/").pop().startsWith("_")) continue;
    const p = parsed$1(sources, file);
    if (!p) continue;
    const defines = p.structure.blocks.filter((b) => b.keyword === "define");
    for (const a of p.lexed.actions) {
      if (defines.some((d) => a.open.start > d.action.open.start && (!d.end || a.open.start < d.end.open.start)))
        continue;
      for (const c of callsIn(a)) if (c.via === "template" && c.name === name) out.push({ file, call: c, source: p });
    }
  }
  return out;
}
function closestDefine(sources, name) {
  if (name.length > 200) return void 0;
  return closest(
    name,
    [...defineIndex(sources).keys()].filter((d) => d.length <= 200)
  );
}

// src/template/functions.ts
var names = (s) => s.split(/\s+/).filter(Boolean);
var GO_BUILTINS = names(`
  and call html index slice js len not or print printf println urlquery eq ge gt le lt ne
`);
var SPRIG_FUNCTIONS = names(`
  abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base
  bcrypt biggest buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date
  dateInZone dateModify date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword dict dig
  dir div divf duration durationRound empty encryptAES ext fail first float64 floor fromJson genCA genCAWithKey
  genPrivateKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName
  has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd indent initial initials int int64 isAbs
  join kebabcase keys kindIs kindOf last list lower max maxf merge mergeOverwrite min minf mod mul mulf
  mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial
  mustLast mustMerge mustMergeOverwrite mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch
  mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate
  mustToJson mustToPrettyJson mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit
  osBase osClean osDir osExt osIsAbs pick pluck plural prepend push quote randAlpha randAlphaNum randAscii
  randBytes randInt randNumeric regexFind regexFindAll regexMatch regexQuoteMeta regexReplaceAll
  regexReplaceAllLiteral regexSplit repeat replace rest reverse round semver semverCompare seq set sha1sum
  sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase
  ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll trimPrefix
  trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper
  urlJoin urlParse uuidv4 values without wrap wrapWith
`);
var HELM_FUNCTIONS = names(`
  toToml toYaml fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup fail getHostByName
`);
var HELM_LATER_FUNCTIONS = {
  fromToml: "helm 3.17",
  toYamlPretty: "helm 3.17",
  mustToYaml: "helm 4.0"
};
var ALL_FUNCTIONS = /* @__PURE__ */ new Set([
  ...GO_BUILTINS,
  ...SPRIG_FUNCTIONS,
  ...HELM_FUNCTIONS,
  ...Object.keys(HELM_LATER_FUNCTIONS)
]);

// src/template/parse-error.ts
function locateTemplateError(helmText, sources) {
  const e = readHelmTemplateError(helmText);
  if (!e) return void 0;
  return e.kind === "parse" ? placeParseError(e, sources) : placeExecError(e, sources);
}
var LEXICAL = [
  [/^unclosed action$/, "unclosed-action"],
  [/^unterminated quoted string$/, "unterminated-string"],
  [/^unterminated raw quoted string$/, "unterminated-raw-string"],
  [/^unterminated character constant$/, "unterminated-char"],
  [/^unclosed comment$/, "unclosed-comment"],
  [/^comment ends before closing delimiter$/, "comment-delimiter"],
  [/^unclosed left paren$/, "unclosed-paren"],
  [/^unexpected right paren/, "unexpected-paren"],
  [/^bad character U\+/, "bad-character"],
  [/^unrecognized character in action: /, "unrecognized-character"],
  [/^expected :=$/, "expected-declare"]
];
var LEXICAL_HINT = {
  "unclosed-action": "this {{ has no closing }}",
  "unterminated-string": "the string that starts here does not end on its line",
  "unterminated-raw-string": "the raw string (backquote) that starts here never ends",
  "unterminated-char": "the ' that starts here does not end on its line (a string needs double quotes)",
  "unclosed-comment": "this {{/* has no */}}",
  "comment-delimiter": `a comment's */ must be followed directly by }} (or " -}}")`,
  "unclosed-paren": "this ( has no )",
  "unexpected-paren": "this ) has no ("
};
var STRUCTURAL = [
  [
    /^unexpected \{\{end\}\}/,
    ["stray-end"],
    "stray-end",
    "no {{ if }}, {{ range }}, {{ with }}, {{ define }} or {{ block }} is open here"
  ],
  [
    /^unexpected \{\{else\}\}/,
    ["stray-else", "else-in-define"],
    "stray-else",
    "no {{ if }}, {{ with }} or {{ range }} is open here"
  ],
  [
    /^expected end; found \{\{else\}\}/,
    ["else-after-else"],
    "else-after-else",
    "this block already had its {{ else }}"
  ],
  [/^\{\{break\}\} outside \{\{range\}\}/, ["break-outside-range"], "break-outside-range", ""],
  [/^\{\{continue\}\} outside \{\{range\}\}/, ["continue-outside-range"], "break-outside-range", ""]
];
function pick(p, line, candidates) {
  const hit = candidates.find((c) => c.lines.some((o) => p.lexed.lines.helmLines(o).includes(line)));
  return hit ?? (candidates.length === 1 ? candidates[0] : void 0);
}
function goItem(t) {
  if (t.kind === "keyword" || t.kind === "dot") return `<${t.value}>`;
  const chars = [...t.value];
  return chars.length > 10 ? `${goQuote(chars.slice(0, 10).join(""))}...` : goQuote(t.value);
}
function actionTokens(p) {
  return p.lexed.actions.flatMap((a) => a.tokens);
}
function blockLabel(b) {
  return b.name !== void 0 ? `{{ ${b.keyword} ${goQuote(b.name)} }}` : `{{ ${b.keyword} }}`;
}
function missingClose(p, offset) {
  const a = actionAt(p, offset);
  if (!a) return void 0;
  const lines = p.lexed.lines;
  if (lines.line(offset) === lines.line(a.open.start)) return void 0;
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++)
    if (t[i].value === "{" && t[i + 1].value === "{" && t[i + 1].start === t[i].end) return a;
  if (a.close) return void 0;
  const text = p.lexed.text;
  const from = t.at(-1)?.end ?? a.open.end;
  const close = text.indexOf("}}", from);
  const open = text.indexOf("{{", from);
  return open >= 0 && (close < 0 || open < close) ? a : void 0;
}
var MAX_SUGGEST = 100;
function functionHint(name) {
  const later = HELM_LATER_FUNCTIONS[name];
  if (later) return `: it came with ${later}, newer than the helm that rendered`;
  const near = name.length <= MAX_SUGGEST ? closest(name, ALL_FUNCTIONS) : void 0;
  return near ? `; did you mean ${goQuote(near)}?` : "";
}
function placeParseError(e, sources) {
  const file = chartPath(e.file);
  if (!file) return void 0;
  const helm = { file, line: e.line ?? 1 };
  const kept = (message = `template parse error: ${e.message}`, cause = "other") => ({
    file,
    line: helm.line,
    message,
    cause,
    basis: "helm",
    helm,
    related: [],
    ...e.line === void 0 ? { approximate: true } : {}
  });
  const p = parsed$1(sources, file);
  if (!p || e.line === void 0) return kept();
  const line = e.line;
  const lines = p.lexed.lines;
  const at = (offset, message, cause) => ({
    file,
    line: lines.line(offset),
    column: lines.column(offset),
    message,
    cause,
    basis: "source",
    helm,
    related: []
  });
  const k = e.message.lastIndexOf(" started at ");
  const startedLine = k < 0 ? "" : e.message.slice(e.message.lastIndexOf(":") + 1);
  const started = k >= 0 && e.message.lastIndexOf(":") > k && /^\d+$/.test(startedLine);
  const core = started ? e.message.slice(0, k).replace(/ in action$/, "") : e.message;
  const actionLine = started ? Number(startedLine) : void 0;
  const err = p.lexed.error;
  let lexKind = LEXICAL.find(([re]) => re.test(core))?.[1];
  if (!lexKind && err?.kind === "bad-number" && err.message.endsWith(core)) lexKind = "bad-number";
  if (lexKind) {
    const ok = err?.kind === lexKind && lines.helmLines(err.reported).includes(line) && (actionLine === void 0 || lines.helmLines(err.action).includes(actionLine));
    if (!ok) return kept(void 0, lexKind === "unclosed-action" ? "unclosed-action" : "lexical");
    const hint = LEXICAL_HINT[lexKind];
    return at(
      err.at,
      `template parse error: ${hint ? `${core}: ${hint}` : err.message}`,
      lexKind === "unclosed-action" ? "unclosed-action" : "lexical"
    );
  }
  const { structure } = p;
  if (core === "unexpected EOF") {
    const open = structure.unclosed;
    if (!open.length || err || !lines.helmLines(p.lexed.text.length).includes(line)) return kept();
    const b = open.at(-1);
    const others = open.slice(0, -1).map((o) => `${blockLabel(o)} at line ${lines.line(o.at.start)}`);
    return at(
      b.at.start,
      `template parse error: unexpected EOF: this ${blockLabel(b)} has no {{ end }}${others.length ? ` (also open: ${others.join(", ")})` : ""}`,
      "unclosed-block"
    );
  }
  for (const [re, kinds, cause, hint] of STRUCTURAL) {
    if (!re.test(core)) continue;
    const issue = pick(
      p,
      line,
      structure.issues.filter((i) => kinds.includes(i.kind)).map((i) => ({ lines: [i.token.start, (i.action.close ?? i.action.open).start], at: i.token.start }))
    );
    if (!issue) return kept(void 0, cause);
    return at(issue.at, `template parse error: ${core}${hint ? `: ${hint}` : ""}`, cause);
  }
  const tokens = actionTokens(p);
  let found;
  let m;
  if (m = /^function "(.+)" not defined$/.exec(core)) {
    const name = m[1];
    const c = pick(
      p,
      line,
      tokens.filter((t) => t.kind === "identifier" && t.value === name).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept(`template parse error: ${core}${functionHint(name)}`, "undefined-function");
    found = { at: c.at, message: `template parse error: ${core}${functionHint(name)}`, cause: "undefined-function" };
  } else if (m = /^undefined variable "(.+)"$/.exec(core)) {
    const name = m[1];
    const uses = [];
    for (const a of p.lexed.actions) {
      const w = words(a);
      w.forEach((t, i) => {
        if (t.kind === "variable" && t.value === name && w[i + 1]?.kind !== "declare")
          uses.push({ lines: [t.start], at: t.start });
      });
    }
    const c = pick(p, line, uses);
    if (!c) return kept(void 0, "undefined-variable");
    found = {
      at: c.at,
      message: `template parse error: ${core}: declare it with := first (a variable lives until the end of its block)`,
      cause: "undefined-variable"
    };
  } else if (m = /^unexpected (<[^>\n]+>|"(?:[^"\\\n]|\\.)*"(?:\.\.\.)?) in /.exec(core)) {
    const item = m[1];
    const c = pick(
      p,
      line,
      tokens.filter((t) => goItem(t) === item).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept(void 0, "unexpected-token");
    const hint = item === '"}"' ? ': an action closed with "}" instead of "}}"' : "";
    found = { at: c.at, message: `template parse error: ${core}${hint}`, cause: "unexpected-token" };
  } else if (m = /^missing value for (\w+)$/.exec(core)) {
    const what = m[1];
    const c = pick(
      p,
      line,
      p.lexed.actions.filter((a) => {
        const w = words(a);
        return what === "command" ? w.length === 0 : w.length === 1 && w[0].value === what;
      }).map((a) => ({ lines: [a.open.start, (a.close ?? a.open).start], at: words(a)[0]?.start ?? a.open.start }))
    );
    if (!c) return kept(void 0, "missing-value");
    found = { at: c.at, message: `template parse error: ${core}`, cause: "missing-value" };
  } else if (/^"(?:[^"\\\n]|\\.)*"$/.test(core)) {
    const c = pick(
      p,
      line,
      tokens.filter((t) => goQuote(t.value) === core).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept();
    found = { at: c.at, message: `template parse error: ${core} is not valid here`, cause: "unexpected-token" };
  }
  if (!found) return kept();
  const unclosed = missingClose(p, found.at);
  if (unclosed)
    return at(
      unclosed.open.start,
      `template parse error: unclosed action: this {{ has no closing }} (helm: ${e.message}, line ${line})`,
      "unclosed-action"
    );
  return at(found.at, found.message, found.cause);
}
function charColumn(p, line, byteColumn) {
  const text = p?.lexed.lines.lineText(line);
  if (text === void 0) return byteColumn + 1;
  const bytes = Buffer.from(text, "utf8");
  if (byteColumn > bytes.length) return byteColumn + 1;
  return [...bytes.subarray(0, byteColumn).toString("utf8")].length + 1;
}
function frameHere(sources, f) {
  const file = chartPath(f.file);
  if (!file) return void 0;
  return { file, line: f.line, column: charColumn(parsed$1(sources, file), f.line, f.byteColumn) };
}
var show = (p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ""}`;
function execMessage(message, sources) {
  let m = /^error calling include: template: no template "((?:[^"\\]|\\.)*)" associated with template "[^"]*"$/.exec(
    message
  );
  if (m) {
    const near = closestDefine(sources, m[1]);
    return {
      message: `error calling include: no define named ${goQuote(m[1])} in the chart${near ? `; did you mean ${goQuote(near)}?` : ""}`,
      cause: "undefined-define"
    };
  }
  m = /^template "((?:[^"\\]|\\.)*)" not defined$/.exec(message);
  if (m) {
    const near = closestDefine(sources, m[1]);
    return {
      message: `template ${goQuote(m[1])} not defined: no define of that name in the chart${near ? `; did you mean ${goQuote(near)}?` : ""}`,
      cause: "undefined-define"
    };
  }
  return { message, cause: "execution" };
}
function offsetOf(p, line, column) {
  const start = p.lexed.lines.lineStart(line);
  const text = p.lexed.lines.lineText(line);
  if (start === void 0 || text === void 0) return void 0;
  const chars = [...text].slice(0, column - 1);
  return start + chars.join("").length;
}
function placeExecError(e, sources) {
  const top = e.frames[0];
  const here = frameHere(sources, top);
  if (!here) return void 0;
  const helm = { ...here };
  const described = execMessage(e.message, sources);
  const related = [];
  const note = (place2, text) => related.push({ ...place2, note: text });
  e.frames.slice(1).forEach((f, i, inner) => {
    const p2 = frameHere(sources, f);
    if (p2) note(p2, `${i === inner.length - 1 ? "in" : "included by"} define ${goQuote(f.executing ?? "")}`);
  });
  related.reverse();
  let define = e.frames.length > 1 ? e.frames.at(-1).executing : void 0;
  const p = parsed$1(sources, here.file);
  if (e.form === "execution" && p && here.column !== void 0) {
    const offset = offsetOf(p, here.line, here.column);
    const a = offset === void 0 ? void 0 : actionAt(p, offset);
    const inc = a ? callsIn(a).find((c) => c.via === "include") : void 0;
    const hits = inc ? findFailureCall(sources, inc.name, e.message) : [];
    if (hits.length === 1) {
      const h = hits[0];
      const lines = h.define.source.lexed.lines;
      note(
        { file: h.define.file, line: lines.line(h.token.start), column: lines.column(h.token.start) },
        `${h.token.value} in define ${goQuote(h.define.name)}`
      );
      define = h.define.name;
    }
  }
  let place = here;
  let basis = "helm";
  if (top.executing !== void 0 && top.executing !== top.file && defineIndex(sources).has(top.executing)) {
    const calls = topLevelTemplateCalls(sources, top.executing);
    if (calls.length === 1) {
      const c = calls[0];
      const lines = c.source.lexed.lines;
      place = { file: c.file, line: lines.line(c.call.token.start), column: lines.column(c.call.token.start) };
      basis = "source";
      note(here, `${e.frames.length > 1 ? "included by" : "in"} define ${goQuote(top.executing)}`);
      define ??= top.executing;
    }
  }
  const at = e.frames.at(-1).at;
  const context = [
    ...at && described.cause === "execution" ? [`at <${at.length > 120 ? `${at.slice(0, 120)}…` : at}>`] : [],
    ...related.length ? [related.map((r) => `${r.note} at ${show(r)}`).join(", ")] : []
  ];
  const message = context.length ? `${described.message} (${context.join("; ")})` : described.message;
  return {
    ...place,
    message,
    cause: described.cause,
    basis,
    helm,
    related,
    ...define !== void 0 ? { define } : {}
  };
}

// src/helm/errors.ts
var EXEC = /execution error at \(([^()\n]+?):(\d+):(\d+)\): ([\s\S]*)$/;
var PARSE = /parse error at \(([^()\n]+?):(\d+)\): ([\s\S]*)$/;
var TEMPLATE3 = /template: (\S+?):(\d+):(\d+): ([\s\S]*)$/;
var TEMPLATE4 = /^(\S+?\.(?:ya?ml|tpl|txt|json)):(\d+):(\d+)(?:\s*\n|: )([\s\S]*)$/;
var YAMLERR = /YAML parse error on (\S+?): ([\s\S]*)$/;
function helmErrorText(stderr) {
  const i = stderr.search(/^Error: /m);
  let text = i >= 0 ? stderr.slice(i + "Error: ".length) : stderr;
  const debug = text.search(/^[\w.-]+\.go:\d+: /m);
  if (debug >= 0) text = text.slice(0, debug);
  const hint = "Use --debug flag to render out invalid YAML";
  text = text.trimEnd();
  if (text.endsWith(hint) && text.slice(0, -hint.length).endsWith("\n")) text = text.slice(0, -hint.length);
  return text.trim();
}
function parseHelmError(stderr, signal) {
  const text = helmErrorText(stderr);
  if (signal && !/^Error: /m.test(stderr)) {
    const hint = signal === "SIGKILL" ? " (often the system running out of memory)" : signal === "SIGSEGV" ? " (a crash)" : "";
    const said = collapseLineBreaks(text).slice(0, 500);
    return {
      kind: "other",
      message: `helm was killed by signal ${signal}${hint}${said ? `; it printed: ${said}` : ""}`
    };
  }
  let m = EXEC.exec(text);
  if (m) return { kind: "execution", source: m[1], line: +m[2], column: +m[3], message: m[4].trim(), text };
  m = PARSE.exec(text);
  if (m) return { kind: "parse", source: m[1], line: +m[2], message: `template parse error: ${m[3].trim()}`, text };
  m = TEMPLATE3.exec(text) ?? TEMPLATE4.exec(text);
  if (m)
    return {
      kind: "template",
      source: m[1],
      line: +m[2],
      column: +m[3],
      message: collapseLineBreaks(m[4]).trim(),
      text
    };
  m = YAMLERR.exec(text);
  if (m) return { kind: "yaml", source: m[1], message: m[2].replace(/^error converting YAML to JSON: /, "").trim() };
  m = /(?:missing in charts\/ directory|chart directory is missing these dependencies): (.+)$/m.exec(text);
  if (m)
    return {
      kind: "dependencies",
      message: `dependencies in Chart.yaml are not in charts/: ${m[1].trim()} (run helm dependency build, and commit charts/ or build it in CI before the guard)`,
      source: m[1].split(",")[0].trim()
    };
  if (/values don't meet the specifications of the schema/.test(text)) return valuesSchemaError(text);
  return { kind: "other", message: collapseLineBreaks(text) || "helm failed without a message" };
}
function valuesSchemaError(text) {
  const sections = [];
  for (const raw of text.split("\n").slice(1)) {
    const line = raw.trim();
    if (!line) continue;
    const chart = /^([\w.-]+):$/.exec(raw);
    if (chart) {
      sections.push({ chart: chart[1], reasons: [] });
      continue;
    }
    if (!sections.length) sections.push({ chart: "", reasons: [] });
    sections[sections.length - 1].reasons.push(line.replace(/^- /, ""));
  }
  const parts = sections.filter((x) => x.reasons.length).map((x, i) => `${i > 0 && x.chart ? `${x.chart}: ` : ""}${x.reasons.join("; ")}`);
  return {
    kind: "values-schema",
    message: `the values do not meet values.schema.json: ${parts.join("; ") || "helm gave no reason"}`
  };
}
function valuesSchemaLocation(message, chartDir, baseDir) {
  const m = /: (?:at '\/([^']*)'|([\w.-]+):)/.exec(message);
  const prop = (m?.[1] ?? m?.[2] ?? "").split(/[/.]/).filter(Boolean).pop();
  return lineInChartFile(chartDir, "values.schema.json", prop ? `"${prop}"` : void 0, baseDir);
}
function lineInChartFile(chartDir, name, needle, baseDir) {
  const file = join(chartDir, name);
  const shown = repoPath(baseDir, file);
  const text = needle !== void 0 ? readChartFile(file, chartDir) : void 0;
  if (text !== void 0) {
    const lines = text.split("\n");
    const i = lines.findIndex((l) => typeof needle === "string" ? l.includes(needle) : needle.test(l));
    if (i >= 0) return { file: shown, line: i + 1, column: lines[i].search(/\S/) + 1 };
  }
  return { file: shown, line: 1, approximate: true };
}
function helmErrorLocation(e, chartDir, baseDir) {
  if (e.kind === "values-schema") return valuesSchemaLocation(e.message, chartDir, baseDir);
  if (e.kind === "dependencies")
    return lineInChartFile(
      chartDir,
      "Chart.yaml",
      // the name is the chart's text: a literal in the pattern
      new RegExp(`name:\\s*["']?${(e.source ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']?\\s*$`),
      baseDir
    );
  if (e.text && (e.kind === "parse" || e.kind === "execution" || e.kind === "template")) {
    const loc2 = templateErrorLocation(e, chartDir, baseDir);
    if (loc2) return loc2;
  }
  if (!e.source) return void 0;
  const abs = sourceToFile(e.source, chartDir);
  if (!abs) return void 0;
  const loc = { file: repoPath(baseDir, abs), line: e.line ?? 1 };
  if (e.column !== void 0 && e.line) {
    const text = readChartFile(abs, chartDir)?.split("\n")[e.line - 1];
    loc.column = text === void 0 ? e.column + 1 : Buffer.from(text).subarray(0, e.column).toString("utf8").length + 1;
  }
  if (!e.line) loc.approximate = true;
  return loc;
}
function templateErrorLocation(e, chartDir, baseDir) {
  const place = locateTemplateError(e.text, chartSources(chartDir));
  if (!place) return void 0;
  e.message = place.message;
  const loc = { file: repoPath(baseDir, join(chartDir, place.file)), line: place.line };
  if (place.column) loc.column = place.column;
  if (place.approximate) loc.approximate = true;
  if (place.define !== void 0) loc.via = place.define;
  return loc;
}

const require$5 = createRequire(import.meta.url);
const __filename$5 = fileURLToPath(import.meta.url);
const __dirname$5 = dirname(__filename$5);
function readLines(file, chartDir) {
  return readChartFile(file, chartDir)?.split("\n") ?? [];
}
function splitLintEntry(rest, chartDir) {
  const cuts = [];
  for (let i = rest.indexOf(": "); i >= 0 && cuts.length < 20; i = rest.indexOf(": ", i + 1)) cuts.push(i);
  if (rest.endsWith(":")) cuts.push(rest.length - 1);
  if (!cuts.length) return { where: "", message: rest.trim() };
  const exists = (w) => w.endsWith("/") || !isAbsolute(w) && !w.split("/").includes("..") && existsSync(join(chartDir, w));
  const cut = cuts.find((i) => exists(rest.slice(0, i))) ?? cuts[0];
  return { where: rest.slice(0, cut), message: rest.slice(cut + 1).trim() };
}
function parseLint(output, chartDir, baseDir, combo) {
  const out = [];
  const entries = [];
  for (const line of output.split("\n")) {
    if (/^\[(ERROR|WARNING|INFO)\]/.test(line.trim())) entries.push(line.trim());
    else if (/^\s+\S/.test(line) && entries.length && !/^==>/.test(line.trim()))
      entries[entries.length - 1] += `: ${line.trim()}`;
  }
  for (const entry of entries) {
    const m = /^\[(ERROR|WARNING)\]\s+(.*)$/.exec(entry);
    if (!m) continue;
    const level = m[1];
    const { where, message } = splitLintEntry(m[2], chartDir);
    const inner = parseHelmError(`Error: ${message}`);
    let location = helmErrorLocation(inner, chartDir, baseDir);
    const field = /unknown field "([^"]+)"/.exec(message)?.[1];
    if (!location && where === "Chart.yaml" && field) {
      const file = join(chartDir, "Chart.yaml");
      const at = readLines(file, chartDir).findIndex((l) => l.startsWith(`${field}:`));
      if (at >= 0) location = { file: repoPath(baseDir, file), line: at + 1 };
    }
    if (!location && where && !where.endsWith("/"))
      location = {
        file: repoPath(baseDir, isAbsolute(where) ? where : join(chartDir, where)),
        line: 1,
        approximate: true
      };
    out.push({
      severity: level === "ERROR" ? "error" : "warning",
      rule: level === "ERROR" ? "lint/error" : "lint/warning",
      combo,
      message: `helm lint: ${inner.kind === "other" ? message : inner.message}`,
      ...location ? { location } : {}
    });
  }
  return out;
}

const chunkTJRZEX2Q = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  parseLint
}, Symbol.toStringTag, { value: 'Module' }));

const require$4 = createRequire(import.meta.url);
const __filename$4 = fileURLToPath(import.meta.url);
const __dirname$4 = dirname(__filename$4);

const chunkAQFD5SZW = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  helmErrorLocation,
  helmErrorText,
  parseHelmError
}, Symbol.toStringTag, { value: 'Module' }));

const require$3 = createRequire(import.meta.url);
const __filename$3 = fileURLToPath(import.meta.url);
const __dirname$3 = dirname(__filename$3);

const chunkO7UT5FBJ = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  duplicateCombos,
  noisyChart,
  renderFingerprint,
  undefinedReads,
  unknownKeys,
  unusedDefaults,
  warmIndex
}, Symbol.toStringTag, { value: 'Module' }));

const require$2 = createRequire(import.meta.url);
const __filename$2 = fileURLToPath(import.meta.url);
const __dirname$2 = dirname(__filename$2);

// src/report/json.ts
function formatJson(r) {
  const index = new Map(r.findings.map((f, i) => [f, i]));
  const report = {
    result: r.result,
    failOn: r.failOn,
    helm: r.helm,
    chart: r.chart,
    charts: r.charts,
    durationMs: Math.round(r.durationMs),
    ...r.shard ? { shard: r.shard } : {},
    ...r.base ? { base: r.base } : {},
    combos: r.combos.map((c) => ({
      name: c.name,
      chart: c.chart,
      status: c.status,
      render: c.render,
      checks: c.checks,
      kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => compareText(a, b))),
      documents: c.documents,
      apis: c.apis,
      ...c.emptyConfigured ? { emptyConfigured: true } : {},
      findings: c.findings,
      durationMs: Math.round(c.durationMs),
      ...c.upgrade ? { upgrade: c.upgrade } : {}
    })),
    findings: r.findings,
    groups: groupsOf(r).map((g) => ({
      severity: g.severity,
      rule: g.rule,
      ...g.location ? { location: g.location } : {},
      message: g.message,
      chart: g.first.chart ?? r.chart,
      combos: g.combos.filter((c) => c.combo).map((c) => c.combo),
      resources: g.resources.length,
      findings: g.findings.map((f) => index.get(f))
    })),
    chartRuns: r.chartRuns,
    ...r.coverage ? { coverage: r.coverage } : {}
  };
  return JSON.stringify(report, null, 2) + "\n";
}

const chunkGRV7PUCQ = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  formatJson
}, Symbol.toStringTag, { value: 'Module' }));

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/template/frame.ts
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "?");
}
function codeFrame(source, line, column, opts = {}) {
  const lines = source.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return "";
  const context = Math.max(0, opts.context ?? 0);
  const maxWidth = Math.max(20, opts.maxWidth ?? 160);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    let chars = [...lines[n - 1]];
    let col = column === void 0 ? void 0 : Math.min(Math.max(1, column), chars.length + 1);
    if (chars.length > maxWidth) {
      const centre = n === line && col !== void 0 ? col - 1 : 0;
      const cut = Math.max(0, Math.min(centre - Math.floor(maxWidth / 2), chars.length - maxWidth));
      const tail = cut + maxWidth < chars.length;
      chars = [...cut > 0 ? ["…"] : [], ...chars.slice(cut, cut + maxWidth), ...tail ? ["…"] : []];
      if (col !== void 0) col = col - cut + (cut > 0 ? 1 : 0);
    }
    const text = printable(chars.join(""));
    out.push(`${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line && col !== void 0) {
      const pad = chars.slice(0, col - 1).map((c) => c === "	" ? "	" : " ").join("");
      out.push(`${" ".repeat(width)} | ${pad}^`);
    }
  }
  return out.join("\n");
}

// src/report/text.ts
var plain = (s) => s;
function palette(color) {
  const wrap = (open, close) => color ? (s) => `\x1B[${open}m${s}\x1B[${close}m` : plain;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}
var t = (s) => sanitizeForTerminal(s);
function formatText(r, opts) {
  const c = palette(opts.color);
  const sev = { error: c.red("error  "), warning: c.yellow("warning"), notice: c.blue("notice ") };
  const lines = [];
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, "chart") : t(r.chart);
  const shard = r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : "";
  lines.push(
    c.bold(
      `helm-guard: ${what} with helm ${r.helm.version}, ${plural(r.combos.length, "combo")}${shard}${r.base ? `, against ${r.base.commit.slice(0, 12)}${r.base.ref !== r.base.commit ? ` (${r.base.ref})` : ""}` : ""}`
    ),
    ""
  );
  const groups = groupsOf(r);
  const show = (list, combos) => {
    for (const g of list) {
      const f = g.first;
      const at = t(where$1(f));
      const res = t(g.resources.length === 1 ? resourceName(f) : "");
      lines.push(
        `  ${sev[g.severity]} ${g.rule}  ${at ? c.bold(at) + "  " : ""}${res ? c.dim(res) + "  " : ""}${t(g.message)}${c.dim(t(locationNote(f)))}`
      );
      const spread = [
        g.combos.length === 1 && combos > 1 && g.combos[0].combo ? `in ${g.combos[0].combo}` : "",
        groupSpread(g),
        g.resources.length > 1 ? `e.g. ${g.resources[0].kind}/${g.resources[0].name ?? "?"}` : ""
      ].filter(Boolean);
      if (spread.length) lines.push(c.dim(`           ${t(spread.join("; "))}`));
      if (g.rule === "render/failed" && g.location && opts.ctx) {
        const source = readSource(opts.ctx, g.location.file);
        const frame = source === void 0 ? "" : codeFrame(source, g.location.line, g.location.column);
        for (const l of frame.split("\n").filter(Boolean)) lines.push(`           ${c.dim(l)}`);
      }
    }
  };
  for (const chart of r.charts) {
    const combos = r.combos.filter((x) => x.chart === chart);
    const mine = groups.filter((g) => g.first.chart === chart || !g.first.chart && chart === r.chart);
    const chartWide = mine.filter((g) => g.combos.every((x) => x.combo === ""));
    const perCombo = mine.filter((g) => !chartWide.includes(g));
    if (!combos.length && !mine.length) continue;
    if (several) {
      if (lines[lines.length - 1] !== "") lines.push("");
      lines.push(c.bold(`── ${t(chart)}`));
    }
    if (chartWide.length) {
      lines.push(c.bold(chartWide.every((g) => g.rule.startsWith("lint/")) ? "chart (helm lint)" : "chart"));
      show(chartWide, combos.length);
      lines.push("");
    }
    const width = Math.max(0, ...combos.map((x) => t(x.name).length));
    for (const combo of combos) {
      const n = groupCounts(perCombo.filter((g) => inCombo(g, chart, combo.name)));
      const kinds = Object.entries(combo.kinds).sort(([a], [b]) => compareText(a, b)).map(([k, v]) => `${t(k)} ${v}`).join(", ");
      const verdict = combo.status === "pass" ? c.green("✓ pass") : c.red("✗ fail");
      const detail = combo.render === "expected-failure" ? "failed to render, as expected" : combo.render === "failed" ? "render failed" : `${plural(
        Object.values(combo.kinds).reduce((a, b) => a + b, 0),
        "resource"
      )}${kinds ? `: ${kinds}` : ""}`;
      lines.push(
        `${verdict}  ${c.bold(t(combo.name))}${" ".repeat(Math.max(0, width - t(combo.name).length))}  ${c.dim(`${detail}; ${plural(n.error, "error")}, ${plural(n.warning, "warning")}; ${(combo.durationMs / 1e3).toFixed(1)}s`)}`
      );
    }
    if (perCombo.length) {
      lines.push("");
      show(perCombo, combos.length);
    }
    const cov = r.coverage?.find((x) => x.chart === chart);
    if (cov) {
      const [head, ...rest] = coverageTextLines(cov);
      lines.push("", c.bold(t(head)), ...rest.map((l) => t(l)));
    }
  }
  const all = groupCounts(groups);
  const occurrences = r.findings.length;
  const failed = r.combos.filter((x) => x.status === "fail").length;
  lines.push(
    "",
    (r.result === "pass" ? c.green("PASS") : c.red("FAIL")) + ` ${plural(all.error, "error")}, ${plural(all.warning, "warning")}, ${plural(all.notice, "notice")}${occurrences > groups.length ? ` (${plural(occurrences, "occurrence")})` : ""}; ${failed} of ${plural(r.combos.length, "combo")}${several ? ` in ${plural(r.charts.length, "chart")}` : ""} failed (fail-on: ${r.failOn}); ${(r.durationMs / 1e3).toFixed(1)}s`
  );
  return lines.join("\n") + "\n";
}

const chunk2BJ4YJWM = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  formatText
}, Symbol.toStringTag, { value: 'Module' }));

export { HOOK_ANNOTATION as H, STATE_KEY as S, podSpecOf as a, podReferences as b, compareQuantity as c, chunkIC4MXHTO as d, chunk2WHTFYDO as e, chunkTJRZEX2Q as f, chunkAQFD5SZW as g, chunkO7UT5FBJ as h, isObject as i, chunkGRV7PUCQ as j, chunk2BJ4YJWM as k, parseQuantity as p, require_ucs2length as r, schemaState as s };
