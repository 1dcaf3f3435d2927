/**
 * A code frame for a render error in the text report: the template line, and a caret under the column.
 *
 *   34 |   schedule: {{ .Values.backup.schedule | quote }
 *      |                                                ^
 */

export interface CodeFrameOptions {
  /** Lines shown before and after the line (default 0). */
  context?: number;
  /** Longest line shown whole; a longer one is cut around the column (default 160 characters). */
  maxWidth?: number;
}

/** Control characters other than tab would move or hide the caret: shown as `?`. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '?');
}

/**
 * `line` (1-based) of `source` with a caret under `column` (1-based, in characters; clamped to the line).
 * Tabs before the column are kept under it so the caret lines up. Empty when the line does not exist.
 */
export function codeFrame(source: string, line: number, column?: number, opts: CodeFrameOptions = {}): string {
  const lines = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return '';
  const context = Math.max(0, opts.context ?? 0);
  const maxWidth = Math.max(20, opts.maxWidth ?? 160);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let chars = [...lines[n - 1]!];
    let col = column === undefined ? undefined : Math.min(Math.max(1, column), chars.length + 1);
    if (chars.length > maxWidth) {
      // a window around the caret (or the start), marked with … where text is left out
      const centre = n === line && col !== undefined ? col - 1 : 0;
      const cut = Math.max(0, Math.min(centre - Math.floor(maxWidth / 2), chars.length - maxWidth));
      const tail = cut + maxWidth < chars.length;
      chars = [...(cut > 0 ? ['…'] : []), ...chars.slice(cut, cut + maxWidth), ...(tail ? ['…'] : [])];
      if (col !== undefined) col = col - cut + (cut > 0 ? 1 : 0);
    }
    const text = printable(chars.join(''));
    out.push(`${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line && col !== undefined) {
      const pad = chars
        .slice(0, col - 1)
        .map((c) => (c === '\t' ? '\t' : ' '))
        .join('');
      out.push(`${' '.repeat(width)} | ${pad}^`);
    }
  }
  return out.join('\n');
}
