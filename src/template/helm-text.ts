/**
 * Helm's template errors as text, read into their parts. The forms, as helm 3.16 and helm 4.1 print them:
 *
 *   parse error at (c/templates/x.yaml:21): unexpected "}" in operand
 *   parse error at (c/templates/x.yaml:7): unclosed action started at c/templates/x.yaml:6
 *   execution error at (c/templates/x.yaml:8:8): z is required                      (required, fail)
 *   template: c/templates/x.yaml:8:8: executing "c/templates/x.yaml" at <include "c.l" .>: error calling
 *     include: template: c/templates/_helpers.tpl:10:13: executing "c.l" at <.Values.a.b>: nil pointer …  (helm 3, one line)
 *   c/templates/x.yaml:8:8                                                           (helm 4)
 *     executing "c/templates/x.yaml" at <include "c.l" .>:
 *       error calling include:
 *   c/templates/_helpers.tpl:10:13
 *     executing "c.l" at <.Values.a.b>:
 *       nil pointer evaluating interface {}.b
 *   c/templates/x.yaml:8:8: executing "c/templates/x.yaml" at <include "c.l" .>: error calling include: …
 *                                                           (helm 4's lines joined into one)
 *
 * Helm cuts a parse error's message at its last ": " (`bad number syntax: "3k"` prints as `"3k"`). The line
 * of a parse error is Go's: before Go 1.24 (helm 3.16 is built with Go 1.22) it leaves out the newlines
 * inside comments. The column of an execution error is a 0-based byte offset into the line.
 */

export interface HelmParseError {
  kind: 'parse';
  /** The template as helm names it: `<chart>/templates/x.yaml`. */
  file: string;
  line?: number;
  message: string;
}

export interface ExecFrame {
  file: string;
  line: number;
  /** Helm's column: a 0-based byte offset into the line. */
  byteColumn: number;
  /** The template or define being executed. */
  executing?: string;
  /** The action helm shows, without its angle brackets. */
  at?: string;
}

export interface HelmExecError {
  kind: 'exec';
  /** Outermost first: the top-level template, then each define reached through include. */
  frames: ExecFrame[];
  /** The innermost message. */
  message: string;
  /** `execution error at (…)` (required, fail) or a `template:` chain. */
  form: 'execution' | 'chain';
}

export type HelmTemplateError = HelmParseError | HelmExecError;

/** The text after `Error: `, without helm's debug trace and its trailing hint. */
export function errorText(stderr: string): string {
  const i = stderr.search(/^Error: /m);
  const lines = (i >= 0 ? stderr.slice(i + 'Error: '.length) : stderr).split('\n');
  // with --debug, helm 3 follows the message with a Go stack trace: "helm.go:86: [debug] …"
  const debug = lines.findIndex((l) => {
    const k = l.indexOf('.go:');
    return k > 0 && /^[\w.-]+$/.test(l.slice(0, k)) && /^\d+: /.test(l.slice(k + 4));
  });
  const kept = debug >= 0 ? lines.slice(0, debug) : lines;
  const text = kept.join('\n').trim();
  const hint = 'Use --debug flag to render out invalid YAML';
  return (text.endsWith(hint) ? text.slice(0, -hint.length) : text).trim();
}

/** Lines joined by single spaces (no regular expression: the text holds chart text). */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/** `file:line` or `file:line:column` (a file name may hold ':'). */
function splitLocation(loc: string, parts: 1 | 2): { file: string; nums: number[] } | undefined {
  let file = loc;
  const nums: number[] = [];
  for (let k = 0; k < parts; k++) {
    const c = file.lastIndexOf(':');
    const n = file.slice(c + 1);
    if (c <= 0 || !/^\d+$/.test(n)) return undefined;
    nums.unshift(Number(n));
    file = file.slice(0, c);
  }
  return { file, nums };
}

const EXEC4 = /^\s+executing "((?:[^"\\\n]|\\.)*)" at <(.*)>:$/;

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/**
 * One frame of a one-line chain at the start of `text`: helm 3's `template: F:L:C: executing "N" at <X>: `,
 * or helm 4's lines joined into one, `F:L:C: executing "N" at <X>: `. Read with string searches:
 * the action X is chart text.
 */
function frame3(text: string): { frame: ExecFrame; length: number } | undefined {
  const skip = text.startsWith('template: ') ? 'template: '.length : 0;
  const firstLineEnd = text.indexOf('\n');
  const line = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const ex = line.indexOf(': executing "');
  const loc = ex > skip ? splitLocation(line.slice(skip, ex), 2) : undefined;
  if (!loc) return undefined;
  let i = ex + ': executing "'.length;
  while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
  if (!line.startsWith('" at <', i)) return undefined;
  const name = line.slice(ex + ': executing "'.length, i);
  const close = line.indexOf('>: ', i + 6);
  if (close < 0) return undefined;
  const [n, col] = loc.nums as [number, number];
  return {
    frame: { file: loc.file, line: n, byteColumn: col, executing: unescape(name), at: line.slice(i + 6, close) },
    length: close + 3,
  };
}

function chain3(text: string): HelmExecError | undefined {
  const frames: ExecFrame[] = [];
  let rest = text;
  for (;;) {
    const f = frame3(rest);
    if (!f) break;
    frames.push(f.frame);
    rest = rest.slice(f.length);
    const inc = 'error calling include: ';
    if (rest.startsWith(inc) && frame3(rest.slice(inc.length))) rest = rest.slice(inc.length);
    else break;
  }
  if (!frames.length) return undefined;
  return { kind: 'exec', frames, message: oneLine(rest), form: 'chain' };
}

function chain4(text: string): HelmExecError | undefined {
  const lines = text.split('\n');
  const frames: ExecFrame[] = [];
  let body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const loc = line && !/^\s/.test(line) ? splitLocation(line, 2) : undefined;
    const ex = loc ? EXEC4.exec(lines[i + 1] ?? '') : null;
    if (loc && ex) {
      const [n, col] = loc.nums as [number, number];
      frames.push({ file: loc.file, line: n, byteColumn: col, executing: unescape(ex[1]!), at: ex[2]! });
      body = [];
      i++;
      continue;
    }
    if (!frames.length) return undefined;
    body.push(lines[i]!.trim());
  }
  if (!frames.length) return undefined;
  return { kind: 'exec', frames, message: body.filter(Boolean).join(' '), form: 'chain' };
}

/** Helm's template error in `stderr` (or in the text after `Error: `); undefined for other errors. */
export function readHelmTemplateError(stderr: string): HelmTemplateError | undefined {
  const text = errorText(stderr);
  const firstLine = text.split('\n', 1)[0]!;
  for (const [head, parts] of [
    ['parse error at (', 1],
    ['execution error at (', 2],
  ] as const) {
    const i = firstLine.indexOf(head);
    if (i < 0) continue;
    const close = text.indexOf('): ', i + head.length);
    if (close < 0) continue;
    const loc = splitLocation(text.slice(i + head.length, close), parts);
    if (!loc) continue;
    const message = text.slice(close + 3).trim();
    if (parts === 1) return { kind: 'parse', file: loc.file, line: loc.nums[0]!, message };
    return {
      kind: 'exec',
      frames: [{ file: loc.file, line: loc.nums[0]!, byteColumn: loc.nums[1]! }],
      message,
      form: 'execution',
    };
  }
  const pin = firstLine.indexOf('parse error in (');
  if (pin >= 0) {
    const close = text.indexOf('): ', pin);
    if (close > 0) return { kind: 'parse', file: text.slice(pin + 16, close), message: text.slice(close + 3).trim() };
  }
  const t = firstLine.indexOf('template: ');
  return (t >= 0 ? chain3(text.slice(t)) : undefined) ?? chain3(text) ?? chain4(text);
}
