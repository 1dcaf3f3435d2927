/**
 * Regular expressions that come from input — CRD `pattern`s, the config's `matches:` and expected-failure
 * messages, name globs, template lines — run on RE2JS, a linear-time engine (no backtracking): a pattern
 * like `^(a+)+$` costs time proportional to the text, whatever the text. RE2's syntax is Go's, which is the
 * syntax CRD patterns are written in (the API server checks them with Go's regexp); it has no lookaround
 * and no back-references, and a pattern that uses them is refused rather than run on a backtracking engine.
 */
import type { RE2JS } from 're2js';
import { re2js } from './vendor.js';

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

/**
 * Compile a pattern from input for linear-time matching. Throws InputRegExpError when RE2 cannot read it
 * (lookaround, back-references, a repeat count above 1000, invalid syntax).
 */
export function inputRegExp(pattern: string, flags = ''): InputRegExp {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let compiled: RE2JS;
  try {
    compiled = RE2().compile(pattern, re2Flags(flags));
  } catch (e) {
    if (e instanceof InputRegExpError) throw new InputRegExpError(pattern, e.message.replace(/^.*: /, ''));
    throw new InputRegExpError(pattern, (e as Error).message.replace(/^error parsing regexp: /, ''));
  }
  const re: InputRegExp = { source: pattern, test: (s) => compiled.test(s), toString: () => `/${pattern}/${flags}` };
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
