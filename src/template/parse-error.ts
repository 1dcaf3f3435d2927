/**
 * Where a template error really is. Helm's own position is often wrong for a parse error: before Go 1.24
 * (helm 3.16 is built with Go 1.22) the line leaves out every newline inside the comments above it, and for
 * a missing `{{ end }}` Go names the end of the file. The locator reads helm's error, lexes the template it
 * names, re-finds the token helm names (or the unmatched opener, the stray `end`, the unclosed `{{`) and
 * places the error there — but only where the source proves it: the token's true line or its Go < 1.24
 * line equals helm's line, or the token occurs exactly once. Otherwise helm's line stays.
 *
 * Execution errors (nil pointer, required, fail, …) carry correct lines; the locator keeps them, turns
 * helm's 0-based byte column into a 1-based character column, and for an error inside a define reached
 * through `include` names the define's file:line in the message while the place stays at the including
 * line of the top-level template.
 */
import { closest } from '../util/closest.js';
import { goQuote, type Action, type LexErrorKind, type Token } from './lexer.js';
import { words, type Block, type IssueKind } from './blocks.js';
import { actionAt, callsIn, closestDefine, defineIndex, findFailureCall, topLevelTemplateCalls } from './defines.js';
import { ALL_FUNCTIONS, HELM_LATER_FUNCTIONS } from './functions.js';
import { readHelmTemplateError, type ExecFrame, type HelmExecError, type HelmParseError } from './helm-text.js';
import { chartPath, parsed, type Parsed, type TemplateSources } from './sources.js';

export interface Place {
  /** Chart-relative path: `templates/x.yaml`, `charts/sub/templates/_helpers.tpl`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column?: number;
}

export interface RelatedPlace extends Place {
  note: string;
}

export type TemplateErrorCause =
  | 'unclosed-block'
  | 'stray-end'
  | 'stray-else'
  | 'else-after-else'
  | 'break-outside-range'
  | 'unclosed-action'
  | 'lexical'
  | 'undefined-function'
  | 'undefined-variable'
  | 'unexpected-token'
  | 'missing-value'
  | 'undefined-define'
  | 'execution'
  | 'other';

export interface TemplateErrorPlace extends Place {
  /** One sentence: helm's message, with what the source shows (the unclosed opener, a did-you-mean, …). */
  message: string;
  cause: TemplateErrorCause;
  /** 'source': re-found and proven in the template's text; 'helm': helm's own line (and column) kept. */
  basis: 'source' | 'helm';
  /** Where helm put it (1-based column, when helm gave one). */
  helm: Place;
  /** Other places the message names: the define an error happened in, the includes between. */
  related: RelatedPlace[];
  /** Helm named the file but no line (`parse error in (…)`): line 1 stands in. */
  approximate?: true;
  /** The define the error happened in, when it is not the file's own text (reached through include/template). */
  define?: string;
}

/**
 * Place the template error helm printed. `helmText` is helm's stderr (or the text after `Error: `);
 * `sources` reads the chart's templates. Undefined when the text is not a template error of a file inside
 * the chart (values schema, YAML, dependencies, a `tpl` string, …).
 */
export function locateTemplateError(helmText: string, sources: TemplateSources): TemplateErrorPlace | undefined {
  const e = readHelmTemplateError(helmText);
  if (!e) return undefined;
  return e.kind === 'parse' ? placeParseError(e, sources) : placeExecError(e, sources);
}

// ---------------------------------------------------------------------------------------------------------
// parse errors

const LEXICAL: readonly [RegExp, LexErrorKind][] = [
  [/^unclosed action$/, 'unclosed-action'],
  [/^unterminated quoted string$/, 'unterminated-string'],
  [/^unterminated raw quoted string$/, 'unterminated-raw-string'],
  [/^unterminated character constant$/, 'unterminated-char'],
  [/^unclosed comment$/, 'unclosed-comment'],
  [/^comment ends before closing delimiter$/, 'comment-delimiter'],
  [/^unclosed left paren$/, 'unclosed-paren'],
  [/^unexpected right paren/, 'unexpected-paren'],
  [/^bad character U\+/, 'bad-character'],
  [/^unrecognized character in action: /, 'unrecognized-character'],
  [/^expected :=$/, 'expected-declare'],
];

const LEXICAL_HINT: Partial<Record<LexErrorKind, string>> = {
  'unclosed-action': 'this {{ has no closing }}',
  'unterminated-string': 'the string that starts here does not end on its line',
  'unterminated-raw-string': 'the raw string (backquote) that starts here never ends',
  'unterminated-char': "the ' that starts here does not end on its line (a string needs double quotes)",
  'unclosed-comment': 'this {{/* has no */}}',
  'comment-delimiter': 'a comment\'s */ must be followed directly by }} (or " -}}")',
  'unclosed-paren': 'this ( has no )',
  'unexpected-paren': 'this ) has no (',
};

const STRUCTURAL: readonly [RegExp, IssueKind[], TemplateErrorCause, string][] = [
  [
    /^unexpected \{\{end\}\}/,
    ['stray-end'],
    'stray-end',
    'no {{ if }}, {{ range }}, {{ with }}, {{ define }} or {{ block }} is open here',
  ],
  [
    /^unexpected \{\{else\}\}/,
    ['stray-else', 'else-in-define'],
    'stray-else',
    'no {{ if }}, {{ with }} or {{ range }} is open here',
  ],
  [
    /^expected end; found \{\{else\}\}/,
    ['else-after-else'],
    'else-after-else',
    'this block already had its {{ else }}',
  ],
  [/^\{\{break\}\} outside \{\{range\}\}/, ['break-outside-range'], 'break-outside-range', ''],
  [/^\{\{continue\}\} outside \{\{range\}\}/, ['continue-outside-range'], 'break-outside-range', ''],
];

interface Candidate {
  /** Offsets whose lines (true or Go < 1.24) may be the line helm printed. */
  lines: number[];
  /** Where to place the error. */
  at: number;
}

/**
 * The candidate helm means: the first whose line (true or Go < 1.24) is helm's line — Go stops at the first
 * error — or the only candidate there is. Undefined when the source does not prove one.
 */
function pick<T extends Candidate>(p: Parsed, line: number, candidates: T[]): T | undefined {
  const hit = candidates.find((c) => c.lines.some((o) => p.lexed.lines.helmLines(o).includes(line)));
  return hit ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** Go's item.String() of a token, as `unexpected … in …` prints it. */
function goItem(t: Token): string {
  if (t.kind === 'keyword' || t.kind === 'dot') return `<${t.value}>`;
  const chars = [...t.value];
  return chars.length > 10 ? `${goQuote(chars.slice(0, 10).join(''))}...` : goQuote(t.value);
}

function actionTokens(p: Parsed): Token[] {
  return p.lexed.actions.flatMap((a) => a.tokens);
}

function blockLabel(b: Block): string {
  return b.name !== undefined ? `{{ ${b.keyword} ${goQuote(b.name)} }}` : `{{ ${b.keyword} }}`;
}

/**
 * A token on a later line of an action that holds a `{{` (outside strings): the action's `}}` is missing,
 * at its opener. When the lexer stopped inside the action, the text up to the next `}}` is looked at.
 */
function missingClose(p: Parsed, offset: number): Action | undefined {
  const a = actionAt(p, offset);
  if (!a) return undefined;
  const lines = p.lexed.lines;
  if (lines.line(offset) === lines.line(a.open.start)) return undefined;
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++)
    if (t[i]!.value === '{' && t[i + 1]!.value === '{' && t[i + 1]!.start === t[i]!.end) return a;
  if (a.close) return undefined;
  const text = p.lexed.text;
  const from = t.at(-1)?.end ?? a.open.end;
  const close = text.indexOf('}}', from);
  const open = text.indexOf('{{', from);
  return open >= 0 && (close < 0 || open < close) ? a : undefined;
}

/** Longest name a "did you mean" is looked for (edit distance is quadratic). */
const MAX_SUGGEST = 100;

function functionHint(name: string): string {
  const later = HELM_LATER_FUNCTIONS[name];
  if (later) return `: it came with ${later}, newer than the helm that rendered`;
  const near = name.length <= MAX_SUGGEST ? closest(name, ALL_FUNCTIONS) : undefined;
  return near ? `; did you mean ${goQuote(near)}?` : '';
}

function placeParseError(e: HelmParseError, sources: TemplateSources): TemplateErrorPlace | undefined {
  const file = chartPath(e.file);
  if (!file) return undefined;
  const helm: Place = { file, line: e.line ?? 1 };
  const kept = (message = `template parse error: ${e.message}`, cause: TemplateErrorCause = 'other') => ({
    file,
    line: helm.line,
    message,
    cause,
    basis: 'helm' as const,
    helm,
    related: [],
    ...(e.line === undefined ? { approximate: true as const } : {}),
  });
  const p = parsed(sources, file);
  if (!p || e.line === undefined) return kept();
  const line = e.line;
  const lines = p.lexed.lines;
  const at = (offset: number, message: string, cause: TemplateErrorCause): TemplateErrorPlace => ({
    file,
    line: lines.line(offset),
    column: lines.column(offset),
    message,
    cause,
    basis: 'source',
    helm,
    related: [],
  });

  // "… in action started at F:N" / "unclosed action started at F:N": Go adds the line of the action's {{
  const k = e.message.lastIndexOf(' started at ');
  const startedLine = k < 0 ? '' : e.message.slice(e.message.lastIndexOf(':') + 1);
  const started = k >= 0 && e.message.lastIndexOf(':') > k && /^\d+$/.test(startedLine);
  const core = started ? e.message.slice(0, k).replace(/ in action$/, '') : e.message;
  const actionLine = started ? Number(startedLine) : undefined;

  // lexical errors: the lexer stops at the same first error as Go's
  const err = p.lexed.error;
  let lexKind = LEXICAL.find(([re]) => re.test(core))?.[1];
  if (!lexKind && err?.kind === 'bad-number' && err.message.endsWith(core)) lexKind = 'bad-number';
  if (lexKind) {
    const ok =
      err?.kind === lexKind &&
      lines.helmLines(err.reported).includes(line) &&
      (actionLine === undefined || lines.helmLines(err.action).includes(actionLine));
    if (!ok) return kept(undefined, lexKind === 'unclosed-action' ? 'unclosed-action' : 'lexical');
    const hint = LEXICAL_HINT[lexKind];
    return at(
      err.at,
      `template parse error: ${hint ? `${core}: ${hint}` : err.message}`,
      lexKind === 'unclosed-action' ? 'unclosed-action' : 'lexical',
    );
  }

  const { structure } = p;
  // a block without its end: Go reads to the end of the file, and names that line
  if (core === 'unexpected EOF') {
    const open = structure.unclosed;
    if (!open.length || err || !lines.helmLines(p.lexed.text.length).includes(line)) return kept();
    const b = open.at(-1)!;
    const others = open.slice(0, -1).map((o) => `${blockLabel(o)} at line ${lines.line(o.at.start)}`);
    return at(
      b.at.start,
      `template parse error: unexpected EOF: this ${blockLabel(b)} has no {{ end }}${
        others.length ? ` (also open: ${others.join(', ')})` : ''
      }`,
      'unclosed-block',
    );
  }

  for (const [re, kinds, cause, hint] of STRUCTURAL) {
    if (!re.test(core)) continue;
    const issue = pick(
      p,
      line,
      structure.issues
        .filter((i) => kinds.includes(i.kind))
        .map((i) => ({ lines: [i.token.start, (i.action.close ?? i.action.open).start], at: i.token.start })),
    );
    if (!issue) return kept(undefined, cause);
    return at(issue.at, `template parse error: ${core}${hint ? `: ${hint}` : ''}`, cause);
  }

  // the token helm names
  const tokens = actionTokens(p);
  let found: { at: number; message: string; cause: TemplateErrorCause } | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^function "(.+)" not defined$/.exec(core))) {
    const name = m[1]!;
    const c = pick(
      p,
      line,
      tokens.filter((t) => t.kind === 'identifier' && t.value === name).map((t) => ({ lines: [t.start], at: t.start })),
    );
    if (!c) return kept(`template parse error: ${core}${functionHint(name)}`, 'undefined-function');
    found = { at: c.at, message: `template parse error: ${core}${functionHint(name)}`, cause: 'undefined-function' };
  } else if ((m = /^undefined variable "(.+)"$/.exec(core))) {
    const name = m[1]!;
    const uses: Candidate[] = [];
    for (const a of p.lexed.actions) {
      const w = words(a);
      w.forEach((t, i) => {
        if (t.kind === 'variable' && t.value === name && w[i + 1]?.kind !== 'declare')
          uses.push({ lines: [t.start], at: t.start });
      });
    }
    const c = pick(p, line, uses);
    if (!c) return kept(undefined, 'undefined-variable');
    found = {
      at: c.at,
      message: `template parse error: ${core}: declare it with := first (a variable lives until the end of its block)`,
      cause: 'undefined-variable',
    };
  } else if ((m = /^unexpected (<[^>\n]+>|"(?:[^"\\\n]|\\.)*"(?:\.\.\.)?) in /.exec(core))) {
    const item = m[1]!;
    const c = pick(
      p,
      line,
      tokens.filter((t) => goItem(t) === item).map((t) => ({ lines: [t.start], at: t.start })),
    );
    if (!c) return kept(undefined, 'unexpected-token');
    const hint = item === '"}"' ? ': an action closed with "}" instead of "}}"' : '';
    found = { at: c.at, message: `template parse error: ${core}${hint}`, cause: 'unexpected-token' };
  } else if ((m = /^missing value for (\w+)$/.exec(core))) {
    const what = m[1]!;
    const c = pick(
      p,
      line,
      p.lexed.actions
        .filter((a) => {
          const w = words(a);
          return what === 'command' ? w.length === 0 : w.length === 1 && w[0]!.value === what;
        })
        .map((a) => ({ lines: [a.open.start, (a.close ?? a.open).start], at: words(a)[0]?.start ?? a.open.start })),
    );
    if (!c) return kept(undefined, 'missing-value');
    found = { at: c.at, message: `template parse error: ${core}`, cause: 'missing-value' };
  } else if (/^"(?:[^"\\\n]|\\.)*"$/.test(core)) {
    // helm cut "illegal number syntax: " (or another prefix) off: the token it quotes
    const c = pick(
      p,
      line,
      tokens.filter((t) => goQuote(t.value) === core).map((t) => ({ lines: [t.start], at: t.start })),
    );
    if (!c) return kept();
    found = { at: c.at, message: `template parse error: ${core} is not valid here`, cause: 'unexpected-token' };
  }
  if (!found) return kept();

  // `a: {{ .x` missing its }}: Go reads on into the next lines and fails at a later token
  const unclosed = missingClose(p, found.at);
  if (unclosed)
    return at(
      unclosed.open.start,
      `template parse error: unclosed action: this {{ has no closing }} (helm: ${e.message}, line ${line})`,
      'unclosed-action',
    );
  return at(found.at, found.message, found.cause);
}

// ---------------------------------------------------------------------------------------------------------
// execution errors

/** A 1-based character column from helm's 0-based byte column. */
function charColumn(p: Parsed | undefined, line: number, byteColumn: number): number {
  const text = p?.lexed.lines.lineText(line);
  if (text === undefined) return byteColumn + 1;
  const bytes = Buffer.from(text, 'utf8');
  if (byteColumn > bytes.length) return byteColumn + 1;
  return [...bytes.subarray(0, byteColumn).toString('utf8')].length + 1;
}

function frameHere(sources: TemplateSources, f: ExecFrame): Place | undefined {
  const file = chartPath(f.file);
  if (!file) return undefined;
  return { file, line: f.line, column: charColumn(parsed(sources, file), f.line, f.byteColumn) };
}

const show = (p: Place) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;

/** Helm's message, said plainly where the chart can say more (a misspelt define name). */
function execMessage(message: string, sources: TemplateSources): { message: string; cause: TemplateErrorCause } {
  let m = /^error calling include: template: no template "((?:[^"\\]|\\.)*)" associated with template "[^"]*"$/.exec(
    message,
  );
  if (m) {
    const near = closestDefine(sources, m[1]!);
    return {
      message: `error calling include: no define named ${goQuote(m[1]!)} in the chart${near ? `; did you mean ${goQuote(near)}?` : ''}`,
      cause: 'undefined-define',
    };
  }
  m = /^template "((?:[^"\\]|\\.)*)" not defined$/.exec(message);
  if (m) {
    const near = closestDefine(sources, m[1]!);
    return {
      message: `template ${goQuote(m[1]!)} not defined: no define of that name in the chart${near ? `; did you mean ${goQuote(near)}?` : ''}`,
      cause: 'undefined-define',
    };
  }
  return { message, cause: 'execution' };
}

/** The offset of a 1-based line and column in a parsed template. */
function offsetOf(p: Parsed, line: number, column: number): number | undefined {
  const start = p.lexed.lines.lineStart(line);
  const text = p.lexed.lines.lineText(line);
  if (start === undefined || text === undefined) return undefined;
  const chars = [...text].slice(0, column - 1);
  return start + chars.join('').length;
}

function placeExecError(e: HelmExecError, sources: TemplateSources): TemplateErrorPlace | undefined {
  const top = e.frames[0]!;
  const here = frameHere(sources, top);
  if (!here) return undefined;
  const helm = { ...here };
  const described = execMessage(e.message, sources);
  const related: RelatedPlace[] = [];
  const note = (place: Place, text: string) => related.push({ ...place, note: text });

  // through include, helm names every define on the way: the innermost first in the message, then each
  // include between, back to the top-level line
  e.frames.slice(1).forEach((f, i, inner) => {
    const p = frameHere(sources, f);
    if (p) note(p, `${i === inner.length - 1 ? 'in' : 'included by'} define ${goQuote(f.executing ?? '')}`);
  });
  related.reverse();
  let define = e.frames.length > 1 ? e.frames.at(-1)!.executing : undefined;

  // required/fail inside a define reached through include: helm names only the including line; the
  // define is where the message is written
  const p = parsed(sources, here.file);
  if (e.form === 'execution' && p && here.column !== undefined) {
    const offset = offsetOf(p, here.line, here.column);
    const a = offset === undefined ? undefined : actionAt(p, offset);
    const inc = a ? callsIn(a).find((c) => c.via === 'include') : undefined;
    const hits = inc ? findFailureCall(sources, inc.name, e.message) : [];
    if (hits.length === 1) {
      const h = hits[0]!;
      const lines = h.define.source.lexed.lines;
      note(
        { file: h.define.file, line: lines.line(h.token.start), column: lines.column(h.token.start) },
        `${h.token.value} in define ${goQuote(h.define.name)}`,
      );
      define = h.define.name;
    }
  }

  // the top frame itself inside a define, reached through {{ template }} (helm names only the define's
  // line): the one call outside the defines is the line to fix it from
  let place: Place = here;
  let basis: TemplateErrorPlace['basis'] = 'helm';
  if (top.executing !== undefined && top.executing !== top.file && defineIndex(sources).has(top.executing)) {
    const calls = topLevelTemplateCalls(sources, top.executing);
    if (calls.length === 1) {
      const c = calls[0]!;
      const lines = c.source.lexed.lines;
      place = { file: c.file, line: lines.line(c.call.token.start), column: lines.column(c.call.token.start) };
      basis = 'source';
      note(here, `${e.frames.length > 1 ? 'included by' : 'in'} define ${goQuote(top.executing)}`);
      define ??= top.executing;
    }
  }

  // the expression that failed (chart text: kept short), then the defines on the way
  const at = e.frames.at(-1)!.at;
  const context = [
    ...(at && described.cause === 'execution' ? [`at <${at.length > 120 ? `${at.slice(0, 120)}…` : at}>`] : []),
    ...(related.length ? [related.map((r) => `${r.note} at ${show(r)}`).join(', ')] : []),
  ];
  const message = context.length ? `${described.message} (${context.join('; ')})` : described.message;
  return {
    ...place,
    message,
    cause: described.cause,
    basis,
    helm,
    related,
    ...(define !== undefined ? { define } : {}),
  };
}
