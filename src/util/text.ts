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
