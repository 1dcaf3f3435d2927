import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  re2js
} from "./chunk-5MCEMPDY.js";

// src/util/go-regexp.ts
import { setFlagsFromString } from "node:v8";
var GO_SPACE = "\\t\\n\\f\\r ";
var CLASS_ESCAPES = {
  d: "\\d",
  D: "\\D",
  w: "\\w",
  W: "\\W",
  s: `[${GO_SPACE}]`,
  S: `[^${GO_SPACE}]`
};
var IN_CLASS_ESCAPES = { d: "\\d", w: "\\w", s: GO_SPACE };
var isPunct = (c) => c.length === 1 && c > " " && c < "" && !/[A-Za-z0-9]/.test(c);
var lit = (c) => /[\\^$.|?*+()[\]{}/-]/.test(c) ? `\\${c}` : c;
function goToLinearSource(p) {
  let out = "";
  let i = 0;
  let repeatable = false;
  let braces = 0;
  const names = /* @__PURE__ */ new Set();
  while (i < p.length) {
    const c = p[i];
    if (c === "\\") {
      const n = p[i + 1];
      if (n === void 0) return void 0;
      if (CLASS_ESCAPES[n]) out += CLASS_ESCAPES[n];
      else if (isPunct(n)) out += lit(n);
      else return void 0;
      i += 2;
      repeatable = true;
    } else if (c === "[") {
      let j = i + 1;
      let cls = "[";
      if (p[j] === "^") {
        cls += "^";
        j++;
      }
      if (p[j] === "]" || p.startsWith("[:", j)) return void 0;
      let last = "none";
      for (; ; ) {
        const d = p[j];
        if (d === void 0) return void 0;
        if (d === "]") break;
        if (d === "\\") {
          const n = p[j + 1];
          if (n === void 0) return void 0;
          if (IN_CLASS_ESCAPES[n]) {
            cls += IN_CLASS_ESCAPES[n];
            last = "none";
          } else if (isPunct(n)) {
            cls += `\\${n}`;
            last = "escaped";
          } else return void 0;
          j += 2;
        } else if (d === "[") {
          if (p.startsWith("[:", j)) return void 0;
          cls += "\\[";
          j++;
          last = "char";
        } else if (d === "-" && p[j + 1] !== "]" && last !== "none") {
          const prev = p[j - 1];
          const next = p[j + 1];
          if (last === "escaped" || next === void 0 || next === "\\" || next === "[" || prev > next)
            return void 0;
          if (next >= "\uD800" && next <= "\uDFFF") return void 0;
          cls += `-${next === "^" ? "\\^" : next}`;
          j += 2;
          last = "none";
        } else {
          if (d >= "\uD800" && d <= "\uDFFF") return void 0;
          cls += d === "-" ? "\\-" : d === "^" ? "\\^" : d;
          j++;
          last = "char";
        }
      }
      out += cls + "]";
      i = j + 1;
      repeatable = true;
    } else if (c === "(") {
      if (p.startsWith("(?:", i)) {
        out += "(?:";
        i += 3;
      } else if (p.startsWith("(?P<", i)) {
        const m = /^\(\?P<([A-Za-z0-9_]+)>/.exec(p.slice(i));
        if (!m || names.has(m[1])) return void 0;
        names.add(m[1]);
        out += "(";
        i += m[0].length;
      } else if (p[i + 1] === "?") {
        return void 0;
      } else {
        out += "(";
        i++;
      }
      repeatable = false;
    } else if (c === ")") {
      out += ")";
      i++;
      repeatable = true;
    } else if (c === "|") {
      out += "|";
      i++;
      repeatable = false;
    } else if (c === "*" || c === "+" || c === "?" || c === "{") {
      let q = c;
      if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
        if (!m || Number(m[1]) > 1e3 || m[3] && Number(m[3]) > 1e3 || m[3] && Number(m[3]) < Number(m[1]))
          return void 0;
        q = m[0];
        braces += Number(m[3] || m[1]);
        if (braces > 1e3) return void 0;
      }
      if (!repeatable) return void 0;
      i += q.length;
      if (p[i] === "?") {
        q += "?";
        i++;
      }
      if (p[i] === "*" || p[i] === "+" || p[i] === "?" || p[i] === "{") return void 0;
      out += q;
      repeatable = false;
    } else if (c === ".") {
      out += "[^\\n]";
      i++;
      repeatable = true;
    } else if (c === "^" || c === "$") {
      out += c;
      i++;
      repeatable = false;
    } else {
      if (c >= "\uD800" && c <= "\uDFFF") return void 0;
      out += lit(c);
      i++;
      repeatable = true;
    }
  }
  return out;
}
var engine;
function linearEngine() {
  if (engine === void 0) {
    try {
      setFlagsFromString("--enable-experimental-regexp-engine");
      engine = new RegExp("^(a+)+$", "l").test("a".repeat(30) + "!") === false;
    } catch {
      engine = false;
    }
  }
  return engine;
}
function linearGoRegExp(pattern) {
  const src = goToLinearSource(pattern);
  if (src === void 0 || !linearEngine()) return void 0;
  try {
    return new RegExp(src, "l");
  } catch {
    return void 0;
  }
}

// src/util/regex.ts
var engine2;
function RE2() {
  engine2 ??= re2js().RE2JS;
  return engine2;
}
var InputRegExpError = class extends Error {
  constructor(pattern, reason) {
    super(`/${pattern}/ is not a regular expression helm-guard can run (RE2 syntax, as Go's): ${reason}`);
    this.pattern = pattern;
    this.name = "InputRegExpError";
  }
  pattern;
};
function re2Flags(flags) {
  let f = 0;
  for (const c of flags) {
    if (c === "i") f |= RE2().CASE_INSENSITIVE;
    else if (c === "m") f |= RE2().MULTILINE;
    else if (c === "s") f |= RE2().DOTALL;
    else if (!"ugyd".includes(c)) throw new InputRegExpError("", `unknown flag "${c}"`);
  }
  return f;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_MAX = 1e4;
var META = new Set("\\^$.|?*+()[]{}");
var ANY = -1;
var PLAIN_MAX_STEPS = 1e6;
function plainPattern(pattern, flags, fallback) {
  if (flags !== "" && flags !== "u" || pattern.length > 1e3) return void 0;
  let i = 0;
  let end = pattern.length;
  const start = pattern.startsWith("^");
  if (start) i = 1;
  let anchorEnd = false;
  if (end > i && pattern[end - 1] === "$") {
    let b = 0;
    for (let j = end - 2; j >= i && pattern[j] === "\\"; j--) b++;
    if (b % 2 === 0) {
      anchorEnd = true;
      end--;
    }
  }
  const toks = [];
  let dots = false;
  while (i < end) {
    const c = pattern.codePointAt(i);
    const ch = String.fromCodePoint(c);
    if (ch === ".") {
      toks.push(ANY);
      dots = true;
      i++;
    } else if (ch === "\\") {
      const n = pattern.charCodeAt(i + 1);
      if (!(n > 32 && n < 127) || /[A-Za-z0-9]/.test(pattern[i + 1])) return void 0;
      toks.push(n);
      i += 2;
    } else if (META.has(ch) || c === 10 || c === 13) {
      return void 0;
    } else {
      toks.push(c);
      i += ch.length;
    }
  }
  const literal = dots ? void 0 : String.fromCodePoint(...toks);
  const at = (s, p) => {
    for (const t of toks) {
      if (p >= s.length) return -1;
      const c = s.codePointAt(p);
      if (t === ANY ? c === 10 : c !== t) return -1;
      p += c > 65535 ? 2 : 1;
    }
    return p;
  };
  const test = (s) => {
    if (literal !== void 0) {
      if (start && anchorEnd) return s === literal;
      if (start) return s.startsWith(literal);
      if (anchorEnd) return s.endsWith(literal);
      return s.includes(literal);
    }
    if (s.length * toks.length > PLAIN_MAX_STEPS || /[\uD800-\uDFFF]/.test(s)) return fallback().test(s);
    if (start) {
      const e = at(s, 0);
      return e >= 0 && (!anchorEnd || e === s.length);
    }
    for (let p = 0; p <= s.length; p++) {
      const e = at(s, p);
      if (e >= 0 && (!anchorEnd || e === s.length)) return true;
    }
    return false;
  };
  return { source: pattern, test, toString: () => `/${pattern}/${flags}` };
}
var NATIVE_MAX_STEPS = 3e5;
function nativePattern(pattern, flags, fallback) {
  if (flags !== "" && flags !== "u") return void 0;
  const native = linearGoRegExp(pattern);
  if (!native) return void 0;
  return {
    source: pattern,
    test: (s) => s.length * pattern.length > NATIVE_MAX_STEPS || /[\uD800-\uDFFF]/.test(s) ? fallback().test(s) : native.test(s),
    toString: () => `/${pattern}/${flags}`
  };
}
function re2Pattern(pattern, flags) {
  let compiled;
  try {
    compiled = RE2().compile(pattern, re2Flags(flags));
  } catch (e) {
    if (e instanceof InputRegExpError) throw new InputRegExpError(pattern, e.message.replace(/^.*: /, ""));
    throw new InputRegExpError(pattern, e.message.replace(/^error parsing regexp: /, ""));
  }
  return { source: pattern, test: (s) => compiled.test(s), toString: () => `/${pattern}/${flags}` };
}
function inputRegExp(pattern, flags = "") {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let onRe2;
  const fallback = () => onRe2 ??= re2Pattern(pattern, flags);
  const re = plainPattern(pattern, flags, fallback) ?? nativePattern(pattern, flags, fallback) ?? fallback();
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, re);
  return re;
}
function inputRegExpProblem(pattern, flags = "") {
  try {
    inputRegExp(pattern, flags);
    return void 0;
  } catch (e) {
    return e.message;
  }
}

export {
  InputRegExpError,
  inputRegExp,
  inputRegExpProblem
};
