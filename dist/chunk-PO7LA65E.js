import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  generatedOnly,
  maskPem,
  sameButNoise
} from "./chunk-BIPOOARL.js";
import {
  closest,
  distance
} from "./chunk-GJH7LCT5.js";
import {
  chartSources,
  lexedText,
  unquote
} from "./chunk-6UMKCMP4.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";
import {
  filesBelow,
  readChartFile,
  readRegularFile
} from "./chunk-CELDCD26.js";
import {
  yaml
} from "./chunk-5MCEMPDY.js";

// src/values/check.ts
import { join as join2 } from "node:path";

// src/values/index.ts
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

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
      const value = t.kind === "string" || t.kind === "raw" ? unquote(t) : t.kind === "number" ? "*" : void 0;
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
      const name = unquote(w[1]);
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
      const name = unquote(w[1]);
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
var cache = /* @__PURE__ */ new Map();
function valuesIndex(chartDir) {
  let idx = cache.get(chartDir);
  if (!idx) cache.set(chartDir, idx = buildIndex(chartDir));
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
var fileCache = /* @__PURE__ */ new Map();
function fileKeys(f, baseDir) {
  const at = `${baseDir}\0${f}`;
  const hit = fileCache.get(at);
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
  fileCache.set(at, out);
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
      location: { file: join2(chart, r.file).split("\\").join("/"), line: r.line }
    });
  }
  return out;
}
function unusedDefaults(config, baseDir) {
  const idx = valuesIndex(config.chartDir);
  if (!idx.valuesFile) return [];
  const file = repoPath(baseDir, join2(config.chartDir, idx.valuesFile));
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

export {
  unknownKeys,
  undefinedReads,
  unusedDefaults,
  renderFingerprint,
  warmIndex,
  noisyChart,
  duplicateCombos
};
