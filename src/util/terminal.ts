/**
 * Chart text (fail messages, names, file names, values) printed to a terminal: its control characters
 * are shown, not obeyed. An escape sequence in a `fail` message could otherwise recolour or rewrite the
 * report's lines (a forged "PASS"), set the window title, or hide text; a bidirectional override could
 * show one file name and mean another.
 */

// C0 controls but tab and line feed, DEL, C1 controls, and the Unicode bidi embeddings/overrides/isolates
// and line/paragraph separators
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function show(c: string): string {
  const n = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * `s` with every character a terminal would act on written out as an escape (`\x1b`, `\u202e`). Line feeds
 * and tabs are kept when `multiline` is true (text that is one message over several lines); otherwise they
 * are written out too, so that one finding stays one line of the report.
 */
export function sanitizeForTerminal(s: string, opts: { multiline?: boolean } = {}): string {
  return s.replace(opts.multiline ? UNSAFE : UNSAFE_ONE_LINE, show);
}
