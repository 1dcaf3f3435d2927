/**
 * Regular expressions that come from input — CRD `pattern`s, the config's `matches:` and expected-failure
 * messages, name globs, template lines — run in linear time (no backtracking): a pattern like `^(a+)+$`
 * costs time proportional to the text, whatever the text. Plain text is matched directly, Go's common
 * syntax on V8's linear-time engine (go-regexp.ts), the rest on RE2JS, loaded only then. RE2's syntax is
 * Go's, which is the syntax CRD patterns are written in (the API server checks them with Go's regexp); it
 * has no lookaround and no back-references, and a pattern that uses them is refused rather than run on a
 * backtracking engine.
 */
import type { RE2JS } from 're2js';
import { re2js } from './vendor.js';
import { linearGoRegExp } from './go-regexp.js';

let engine: typeof RE2JS | undefined;

/** re2js, loaded on first use: most runs compile no pattern until their renders are checked, many none. */
function RE2(): typeof RE2JS {
  engine ??= re2js().RE2JS;
  return engine;
}

export interface InputRegExp {
  readonly source: string;
  /** `/source/flags`: AJV keys a schema's patterns by it, as it would a RegExp's. */
  toString(): string;
  /** Whether the pattern matches somewhere in `s` (unanchored, as RegExp.prototype.test). */
  test(s: string): boolean;
}

/** A pattern the linear-time engine cannot read (unsupported or invalid syntax). */
export class InputRegExpError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`/${pattern}/ is not a regular expression helm-guard can run (RE2 syntax, as Go's): ${reason}`);
    this.name = 'InputRegExpError';
  }
}

/** JavaScript-style flags → RE2JS flags: i, m and s map; u (RE2 always reads code points) and g/y are moot. */
function re2Flags(flags: string): number {
  let f = 0;
  for (const c of flags) {
    if (c === 'i') f |= RE2().CASE_INSENSITIVE;
    else if (c === 'm') f |= RE2().MULTILINE;
    else if (c === 's') f |= RE2().DOTALL;
    else if (!'ugyd'.includes(c)) throw new InputRegExpError('', `unknown flag "${c}"`);
  }
  return f;
}

// the same few patterns are asked for again and again (each validator module, each assertion)
const cache = new Map<string, InputRegExp>();
const CACHE_MAX = 10_000;

/** Characters that are not themselves in a pattern (RE2's and JavaScript's metacharacters). */
const META = new Set('\\^$.|?*+()[]{}');
const ANY = -1;
/** Above this many steps (text length × pattern length) a plain pattern is left to RE2 after all. */
const PLAIN_MAX_STEPS = 1_000_000;

/**
 * A pattern of literal characters and dots, perhaps anchored (`^…$`), without flags (but `u`, which RE2
 * always is): most expected-failure messages and many `matches:` are such plain text. Its meaning is the
 * same in every engine (a dot is any code point but a newline, as in Go; `^`/`$` the text's ends), it has
 * no repeat to backtrack into, and it is matched here, so that a run whose patterns are all plain never
 * loads RE2. Undefined for anything else.
 */
function plainPattern(pattern: string, flags: string, fallback: () => InputRegExp): InputRegExp | undefined {
  if ((flags !== '' && flags !== 'u') || pattern.length > 1000) return undefined;
  let i = 0;
  let end = pattern.length;
  const start = pattern.startsWith('^');
  if (start) i = 1;
  // a trailing $ anchors unless it is escaped (an odd run of backslashes before it)
  let anchorEnd = false;
  if (end > i && pattern[end - 1] === '$') {
    let b = 0;
    for (let j = end - 2; j >= i && pattern[j] === '\\'; j--) b++;
    if (b % 2 === 0) {
      anchorEnd = true;
      end--;
    }
  }
  const toks: number[] = [];
  let dots = false;
  while (i < end) {
    const c = pattern.codePointAt(i)!;
    const ch = String.fromCodePoint(c);
    if (ch === '.') {
      toks.push(ANY);
      dots = true;
      i++;
    } else if (ch === '\\') {
      // a backslash before ASCII punctuation is that character in RE2 and in JavaScript alike
      const n = pattern.charCodeAt(i + 1);
      if (!(n > 32 && n < 127) || /[A-Za-z0-9]/.test(pattern[i + 1]!)) return undefined;
      toks.push(n);
      i += 2;
    } else if (META.has(ch) || c === 10 || c === 13) {
      return undefined;
    } else {
      toks.push(c);
      i += ch.length;
    }
  }
  const literal = dots ? undefined : String.fromCodePoint(...toks);
  // does the pattern match at code-unit position p of s (advancing a code point per token)?
  const at = (s: string, p: number): number => {
    for (const t of toks) {
      if (p >= s.length) return -1;
      const c = s.codePointAt(p)!;
      if (t === ANY ? c === 10 : c !== t) return -1;
      p += c > 0xffff ? 2 : 1;
    }
    return p;
  };
  const test = (s: string): boolean => {
    if (literal !== undefined) {
      if (start && anchorEnd) return s === literal;
      if (start) return s.startsWith(literal);
      if (anchorEnd) return s.endsWith(literal);
      return s.includes(literal);
    }
    // a dot must not start inside a code point: texts with surrogates, and long searches, go to RE2
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

/**
 * V8's linear-time engine simulates every state at every character (some 30 ns a step): beyond this many
 * (text length × pattern length) RE2, whose automata skip ahead, is the faster of the two.
 */
const NATIVE_MAX_STEPS = 300_000;

/**
 * A pattern of Go's common syntax on V8's linear-time engine (src/util/go-regexp.ts); text with surrogates,
 * and long searches, go to RE2.
 */
function nativePattern(pattern: string, flags: string, fallback: () => InputRegExp): InputRegExp | undefined {
  if (flags !== '' && flags !== 'u') return undefined;
  const native = linearGoRegExp(pattern);
  if (!native) return undefined;
  return {
    source: pattern,
    test: (s) =>
      s.length * pattern.length > NATIVE_MAX_STEPS || /[\uD800-\uDFFF]/.test(s) ? fallback().test(s) : native.test(s),
    toString: () => `/${pattern}/${flags}`,
  };
}

/** The pattern on RE2. */
function re2Pattern(pattern: string, flags: string): InputRegExp {
  let compiled: RE2JS;
  try {
    compiled = RE2().compile(pattern, re2Flags(flags));
  } catch (e) {
    if (e instanceof InputRegExpError) throw new InputRegExpError(pattern, e.message.replace(/^.*: /, ''));
    throw new InputRegExpError(pattern, (e as Error).message.replace(/^error parsing regexp: /, ''));
  }
  return { source: pattern, test: (s) => compiled.test(s), toString: () => `/${pattern}/${flags}` };
}

/**
 * Compile a pattern from input for linear-time matching. Throws InputRegExpError when RE2 cannot read it
 * (lookaround, back-references, a repeat count above 1000, invalid syntax).
 */
export function inputRegExp(pattern: string, flags = ''): InputRegExp {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let onRe2: InputRegExp | undefined;
  const fallback = () => (onRe2 ??= re2Pattern(pattern, flags));
  const re = plainPattern(pattern, flags, fallback) ?? nativePattern(pattern, flags, fallback) ?? fallback();
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, re);
  return re;
}

/** Why `pattern` cannot be run, or undefined when it can. */
export function inputRegExpProblem(pattern: string, flags = ''): string | undefined {
  try {
    inputRegExp(pattern, flags);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Escape text for use as a literal inside a pattern (RE2 accepts a backslash before any punctuation). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
