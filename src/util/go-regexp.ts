/**
 * Go regular expressions on V8's own linear-time engine (the `l` flag, behind the V8 flag
 * --enable-experimental-regexp-engine: no backtracking, so `^(a+)+$` costs time in proportion to the
 * text). Only a common subset of Go's syntax is translated, where both engines mean the same on text
 * without surrogate pairs (Go reads code points; the `l` engine, which has no `u` mode, reads UTF-16 units):
 * literals and escaped punctuation, `\d \D \w \W` (ASCII in both), `\s \S` (Go's [\t\n\f\r ]), `.` (any
 * character but a newline, as Go has it), classes of literals, ranges and those escapes, groups (plain,
 * `(?:`, `(?P<name>`), alternation, `^ $` (the text's ends), and the repeats `* + ? {n} {n,} {n,m}` (lazy
 * too, counts up to 1000 as Go allows). Anything else — flags, POSIX and Unicode classes, `\z`, `\A`, `\b`,
 * a `{` that is no repeat — is left to RE2 (src/util/regex.ts), as is a pattern when this Node's V8 has no
 * such engine. The syntax facts are Go's regexp/syntax package (doc.go, parse.go).
 */
import { setFlagsFromString } from 'node:v8';

/** Go's `\s`: [\t\n\f\r ] */
const GO_SPACE = '\\t\\n\\f\\r ';
const CLASS_ESCAPES: Record<string, string> = {
  d: '\\d',
  D: '\\D',
  w: '\\w',
  W: '\\W',
  s: `[${GO_SPACE}]`,
  S: `[^${GO_SPACE}]`,
};
const IN_CLASS_ESCAPES: Record<string, string> = { d: '\\d', w: '\\w', s: GO_SPACE };

const isPunct = (c: string) => c.length === 1 && c > ' ' && c < '\x7f' && !/[A-Za-z0-9]/.test(c);
/** A literal character as JavaScript source (escaped when it is syntax there). */
const lit = (c: string) => (/[\\^$.|?*+()[\]{}/-]/.test(c) ? `\\${c}` : c);

/** The pattern as JavaScript source for the `l` engine, or undefined when it is outside the subset. */
export function goToLinearSource(p: string): string | undefined {
  let out = '';
  let i = 0;
  // whether the previous item can take a repeat (Go refuses a repeat of nothing, or of a repeat)
  let repeatable = false;
  let braces = 0;
  const names = new Set<string>();
  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) return undefined;
      if (CLASS_ESCAPES[n]) out += CLASS_ESCAPES[n];
      else if (isPunct(n)) out += lit(n);
      else return undefined;
      i += 2;
      repeatable = true;
    } else if (c === '[') {
      let j = i + 1;
      let cls = '[';
      if (p[j] === '^') {
        cls += '^';
        j++;
      }
      // `]` first is a literal in Go and an empty class in JavaScript; POSIX classes are Go's own
      if (p[j] === ']' || p.startsWith('[:', j)) return undefined;
      // what the item before a `-` was: a plain character (a range may start there), an escaped one (a range
      // from it is left to RE2), or something no range starts from (a range end, a class escape)
      let last: 'char' | 'escaped' | 'none' = 'none';
      for (;;) {
        const d = p[j];
        if (d === undefined) return undefined;
        if (d === ']') break;
        if (d === '\\') {
          const n = p[j + 1];
          if (n === undefined) return undefined;
          if (IN_CLASS_ESCAPES[n]) {
            cls += IN_CLASS_ESCAPES[n];
            last = 'none';
          } else if (isPunct(n)) {
            cls += `\\${n}`;
            last = 'escaped';
          } else return undefined;
          j += 2;
        } else if (d === '[') {
          if (p.startsWith('[:', j)) return undefined;
          cls += '\\[';
          j++;
          last = 'char';
        } else if (d === '-' && p[j + 1] !== ']' && last !== 'none') {
          // a range: both ends must be plain characters (an escape or a class as an end is left to RE2)
          const prev = p[j - 1]!;
          const next = p[j + 1];
          if (last === 'escaped' || next === undefined || next === '\\' || next === '[' || prev > next)
            return undefined;
          if (next >= '\ud800' && next <= '\udfff') return undefined;
          cls += `-${next === '^' ? '\\^' : next}`;
          j += 2;
          last = 'none';
        } else {
          // surrogates (characters beyond the BMP) would be two units here and one in Go
          if (d >= '\ud800' && d <= '\udfff') return undefined;
          cls += d === '-' ? '\\-' : d === '^' ? '\\^' : d;
          j++;
          last = 'char';
        }
      }
      out += cls + ']';
      i = j + 1;
      repeatable = true;
    } else if (c === '(') {
      if (p.startsWith('(?:', i)) {
        out += '(?:';
        i += 3;
      } else if (p.startsWith('(?P<', i)) {
        const m = /^\(\?P<([A-Za-z0-9_]+)>/.exec(p.slice(i));
        // Go refuses a name used twice
        if (!m || names.has(m[1]!)) return undefined;
        names.add(m[1]!);
        out += '(';
        i += m[0].length;
      } else if (p[i + 1] === '?') {
        return undefined;
      } else {
        out += '(';
        i++;
      }
      repeatable = false;
    } else if (c === ')') {
      out += ')';
      i++;
      repeatable = true;
    } else if (c === '|') {
      out += '|';
      i++;
      repeatable = false;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      let q = c;
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
        // Go reads a `{` that is no repeat as a literal; counts above 1000 are an error there
        if (!m || Number(m[1]) > 1000 || (m[3] && Number(m[3]) > 1000) || (m[3] && Number(m[3]) < Number(m[1])))
          return undefined;
        q = m[0];
        // Go refuses programs too large (nested or many big counts): past a modest total, RE2 decides
        braces += Number(m[3] || m[1]);
        if (braces > 1000) return undefined;
      }
      if (!repeatable) return undefined;
      i += q.length;
      if (p[i] === '?') {
        q += '?';
        i++;
      }
      // a repeat of a repeat is an error in Go ("invalid nested repetition operator")
      if (p[i] === '*' || p[i] === '+' || p[i] === '?' || p[i] === '{') return undefined;
      out += q;
      repeatable = false;
    } else if (c === '.') {
      out += '[^\\n]';
      i++;
      repeatable = true;
    } else if (c === '^' || c === '$') {
      out += c;
      i++;
      repeatable = false;
    } else {
      if (c >= '\ud800' && c <= '\udfff') return undefined;
      out += lit(c);
      i++;
      repeatable = true;
    }
  }
  return out;
}

let engine: boolean | undefined;

/** Whether this Node's V8 has the linear-time engine (turned on here, once). */
function linearEngine(): boolean {
  if (engine === undefined) {
    try {
      setFlagsFromString('--enable-experimental-regexp-engine');
      engine = new RegExp('^(a+)+$', 'l').test('a'.repeat(30) + '!') === false;
    } catch {
      engine = false;
    }
  }
  return engine;
}

/** A native linear-time RegExp for a Go pattern of the common subset (no flags), or undefined. */
export function linearGoRegExp(pattern: string): RegExp | undefined {
  const src = goToLinearSource(pattern);
  if (src === undefined || !linearEngine()) return undefined;
  try {
    return new RegExp(src, 'l');
  } catch {
    // the engine cannot run it in linear time (or JavaScript reads it otherwise): RE2's turn
    return undefined;
  }
}
