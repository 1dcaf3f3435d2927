/**
 * Text from helm and the chart is input. A regular expression that collapses the whitespace around line
 * breaks, or strips trailing whitespace (`\s+` anchored at the end), costs time quadratic in a run of
 * spaces in V8, which retries the run from each of its characters: a `fail` message of 100,000 spaces
 * took seconds. These do the same in one pass.
 */

/** Every run of whitespace that holds a line break becomes one space. */
export function collapseLineBreaks(s: string): string {
  if (!s.includes('\n')) return s;
  // split with a capturing group keeps the runs: text, run, text, run, … (a greedy \s+ alone is linear)
  return s
    .split(/(\s+)/)
    .map((part, i) => (i % 2 === 1 && part.includes('\n') ? ' ' : part))
    .join('');
}

/**
 * A whole number with thousands separators, as `toLocaleString('en-US')` writes it (12,800) — without
 * loading ICU's locale data, which costs a cold process about 15 ms on first use.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/**
 * Order of text by code point, the same on every machine: localeCompare depends on the runner's ICU
 * locale, and its first call loads ICU's collation data (about 10 ms of a cold process).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `1 finding`, `12,800 findings`. */
export function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The 0-based line of an offset, by binary search in the offsets where lines start (`starts[0]` is 0). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
