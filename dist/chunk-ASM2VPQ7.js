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
function inputRegExp(pattern, flags = "") {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let compiled;
  try {
    compiled = RE2().compile(pattern, re2Flags(flags));
  } catch (e) {
    if (e instanceof InputRegExpError) throw new InputRegExpError(pattern, e.message.replace(/^.*: /, ""));
    throw new InputRegExpError(pattern, e.message.replace(/^error parsing regexp: /, ""));
  }
  const re = { source: pattern, test: (s) => compiled.test(s), toString: () => `/${pattern}/${flags}` };
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
