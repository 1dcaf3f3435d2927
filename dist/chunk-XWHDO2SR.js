import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  re2js
} from "./chunk-5MCEMPDY.js";

// src/util/regex.ts
var engine;
function RE2() {
  engine ??= re2js().RE2JS;
  return engine;
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
  if (flags !== "" || pattern.length > 1e3) return void 0;
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
  const re = plainPattern(pattern, flags, () => onRe2 ??= re2Pattern(pattern, flags)) ?? re2Pattern(pattern, flags);
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
