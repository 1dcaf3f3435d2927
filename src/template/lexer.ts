/**
 * A lexer for Go templates as helm parses them (text/template with the default `{{ }}` delimiters), kept
 * for positions: every token with its offsets, every action with its delimiters, every comment, and the
 * first lexical error with where Go reports it and where the mistake is.
 *
 * It follows the states of Go's own lexer (text/template/parse/lex.go, Go 1.22 to 1.25): trim markers
 * `{{- ` / ` -}}` (a dash and a space, tab or newline), comments `/* … *\/` right after the delimiter,
 * newlines inside actions, quoted strings with escapes, raw strings and char constants, numbers,
 * `:=`/`=`, parentheses, and the keywords. Like Go, it stops at the first lexical error.
 *
 * Offsets are indexes into the JavaScript string (UTF-16 code units); `LineIndex` turns them into 1-based
 * lines and columns (columns count characters, as a person reads the line).
 */
import { lineAt } from '../util/text.js';

export type TokenKind =
  /** Literal text between actions (untrimmed: trim markers change output, not positions). */
  | 'text'
  /** A whole comment action, `{{/* … *\/}}` or `{{- /* … *\/ -}}`. */
  | 'comment'
  /** `{{` or `{{- ` (the marker and its space belong to the delimiter). */
  | 'open'
  /** `}}` or ` -}}`. */
  | 'close'
  /** A run of spaces, tabs and newlines inside an action. */
  | 'space'
  | 'identifier'
  /** if, else, end, range, with, define, block, template, break, continue, nil. */
  | 'keyword'
  /** The cursor, `.`. */
  | 'dot'
  /** `.Name` (a chain `.a.b` is one token per link, as in Go). */
  | 'field'
  /** `$` or `$name`. */
  | 'variable'
  | 'bool'
  | 'number'
  /** `"…"`, quotes included. */
  | 'string'
  /** `` `…` ``, backticks included; may span lines. */
  | 'raw'
  /** `'x'`, quotes included. */
  | 'charConst'
  /** Any other printable ASCII character inside an action (`,`, `}`, `{`, …). */
  | 'char'
  | 'pipe'
  | 'lparen'
  | 'rparen'
  /** `:=` */
  | 'declare'
  /** `=` */
  | 'assign';

export interface Token {
  kind: TokenKind;
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The source text of the token. */
  value: string;
}

/** A comment action: `start`/`end` span the delimiters, `bodyStart`/`bodyEnd` the `/* … *\/`. */
export interface Comment {
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
}

export type LexErrorKind =
  | 'unclosed-action'
  | 'unclosed-comment'
  | 'comment-delimiter'
  | 'unterminated-string'
  | 'unterminated-raw-string'
  | 'unterminated-char'
  | 'unclosed-paren'
  | 'unexpected-paren'
  | 'bad-character'
  | 'bad-number'
  | 'expected-declare'
  | 'unrecognized-character';

export interface LexError {
  kind: LexErrorKind;
  /** Go's wording. */
  message: string;
  /** Where Go's lexer reports the error (the start of the item it was scanning): helm prints its line. */
  reported: number;
  /** Where the mistake is: the `{{` of an unclosed action, the opening quote of an unterminated string, … */
  at: number;
  /** Offset of the `{{` of the action (or comment) the error is in. */
  action: number;
}

export interface Action {
  /** The `{{` token. */
  open: Token;
  /** The `}}` token; undefined when a lexical error ended the scan inside the action. */
  close?: Token;
  /** The tokens between the delimiters, spaces included. */
  tokens: Token[];
}

export interface Lexed {
  text: string;
  /** Every token in order, comments and text included. */
  tokens: Token[];
  /** The actions (not comments), in order. */
  actions: Action[];
  comments: Comment[];
  /** The first lexical error; scanning stopped there. */
  error?: LexError;
  lines: LineIndex;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'nil',
  'range',
  'template',
  'with',
]);

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}_]/u;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function isAlphaNumeric(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

/** The character (code point) at `i`, or undefined at the end. */
function charAt(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  const cp = text.codePointAt(i)!;
  return String.fromCodePoint(cp);
}

/** Go's `%#U`: U+002D '-'. */
export function goRune(c: string): string {
  const cp = c.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return /\p{L}|\p{N}|\p{P}|\p{S}|[ ]/u.test(c) ? `U+${hex} '${c}'` : `U+${hex}`;
}

class Lexer {
  readonly tokens: Token[] = [];
  readonly actions: Action[] = [];
  readonly comments: Comment[] = [];
  error?: LexError;
  private pos = 0;
  private action?: Action;
  private parens: number[] = [];

  constructor(private readonly text: string) {}

  run(): void {
    const t = this.text;
    while (this.error === undefined) {
      const x = t.indexOf('{{', this.pos);
      if (x < 0) {
        if (this.pos < t.length) this.push('text', this.pos, t.length);
        return;
      }
      if (x > this.pos) this.push('text', this.pos, x);
      this.pos = x;
      this.leftDelim();
    }
  }

  private push(kind: TokenKind, start: number, end: number): Token {
    const tok: Token = { kind, start, end, value: this.text.slice(start, end) };
    this.tokens.push(tok);
    if (this.action && kind !== 'open' && kind !== 'close') this.action.tokens.push(tok);
    return tok;
  }

  private fail(kind: LexErrorKind, message: string, reported: number, at: number, action: number): void {
    this.error = { kind, message, reported, at, action };
  }

  private hasLeftTrim(i: number): boolean {
    return this.text[i] === '-' && isSpace(this.text[i + 1]);
  }

  private hasRightTrim(i: number): boolean {
    return isSpace(this.text[i]) && this.text[i + 1] === '-';
  }

  /** At a right delimiter (possibly with its trim marker): its length, else 0. */
  private atRightDelim(i: number): number {
    if (this.text.startsWith('}}', i)) return 2;
    if (this.hasRightTrim(i) && this.text.startsWith('}}', i + 2)) return 4;
    return 0;
  }

  private leftDelim(): void {
    const open = this.pos;
    const after = this.hasLeftTrim(open + 2) ? 2 : 0;
    if (this.text.startsWith('/*', open + 2 + after)) return this.comment(open, open + 2 + after);
    const tok = this.push('open', open, open + 2 + after);
    this.action = { open: tok, tokens: [] };
    this.actions.push(this.action);
    this.parens = [];
    this.pos = tok.end;
    this.insideAction();
    this.action = undefined;
  }

  private comment(open: number, bodyStart: number): void {
    const t = this.text;
    const close = t.indexOf('*/', bodyStart + 2);
    if (close < 0) return this.fail('unclosed-comment', 'unclosed comment', bodyStart, open, open);
    const delim = this.atRightDelim(close + 2);
    if (!delim) return this.fail('comment-delimiter', 'comment ends before closing delimiter', bodyStart, close, open);
    const end = close + 2 + delim;
    this.comments.push({ start: open, end, bodyStart, bodyEnd: close + 2 });
    this.push('comment', open, end);
    this.pos = end;
  }

  private insideAction(): void {
    const t = this.text;
    const open = this.action!.open.start;
    for (;;) {
      const delim = this.atRightDelim(this.pos);
      if (delim) {
        if (this.parens.length === 0) {
          this.action!.close = this.push('close', this.pos, this.pos + delim);
          this.pos += delim;
          return;
        }
        return this.fail('unclosed-paren', 'unclosed left paren', this.pos, this.parens.at(-1)!, open);
      }
      const start = this.pos;
      const c = charAt(t, start);
      if (c === undefined) return this.fail('unclosed-action', 'unclosed action', start, open, open);
      if (isSpace(c)) {
        this.space();
        continue;
      }
      switch (c) {
        case '=':
          this.push('assign', start, start + 1);
          this.pos++;
          continue;
        case ':':
          if (t[start + 1] !== '=') return this.fail('expected-declare', 'expected :=', start, start, open);
          this.push('declare', start, start + 2);
          this.pos += 2;
          continue;
        case '|':
          this.push('pipe', start, start + 1);
          this.pos++;
          continue;
        case '"':
          if (!this.quoted('"', 'string', 'unterminated-string', 'unterminated quoted string')) return;
          continue;
        case "'":
          if (!this.quoted("'", 'charConst', 'unterminated-char', 'unterminated character constant')) return;
          continue;
        case '`': {
          const close = t.indexOf('`', start + 1);
          if (close < 0)
            return this.fail('unterminated-raw-string', 'unterminated raw quoted string', start, start, open);
          this.push('raw', start, close + 1);
          this.pos = close + 1;
          continue;
        }
        case '$':
          if (!this.fieldOrVariable('variable')) return;
          continue;
        case '(':
          this.parens.push(start);
          this.push('lparen', start, start + 1);
          this.pos++;
          continue;
        case ')':
          if (this.parens.length === 0)
            return this.fail('unexpected-paren', 'unexpected right paren', start, start, open);
          this.parens.pop();
          this.push('rparen', start, start + 1);
          this.pos++;
          continue;
        case '.': {
          const n = t[start + 1];
          if (n === undefined || n < '0' || n > '9') {
            if (!this.fieldOrVariable('field')) return;
            continue;
          }
          if (!this.number()) return;
          continue;
        }
      }
      if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (!this.number()) return;
        continue;
      }
      if (isAlphaNumeric(c)) {
        if (!this.identifier()) return;
        continue;
      }
      if (c >= ' ' && c <= '~') {
        this.push('char', start, start + 1);
        this.pos++;
        continue;
      }
      return this.fail('unrecognized-character', `unrecognized character in action: ${goRune(c)}`, start, start, open);
    }
  }

  /** A run of spaces; the last space before ` -}}` belongs to the delimiter. */
  private space(): void {
    const start = this.pos;
    let end = start;
    while (isSpace(this.text[end])) end++;
    if (this.text[end] === '-' && this.text.startsWith('}}', end + 1)) end--; // " -}}": the marker's space
    if (end > start) this.push('space', start, end);
    this.pos = end;
  }

  private quoted(q: string, kind: TokenKind, err: LexErrorKind, message: string): boolean {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    for (;;) {
      const c = t[i];
      if (c === '\\') {
        const n = t[i + 1];
        if (n === undefined || n === '\n') break;
        i += 2;
        continue;
      }
      if (c === undefined || c === '\n') break;
      i++;
      if (c === q) {
        this.push(kind, start, i);
        this.pos = i;
        return true;
      }
    }
    this.fail(err, message, start, start, this.action!.open.start);
    return false;
  }

  /** Go's atTerminator: may an identifier, field or variable end here? */
  private atTerminator(i: number): boolean {
    const c = this.text[i];
    if (c === undefined || isSpace(c)) return true;
    return c === '.' || c === ',' || c === '|' || c === ':' || c === ')' || c === '(' || c === '}';
  }

  private badCharacter(start: number, i: number): false {
    this.fail('bad-character', `bad character ${goRune(charAt(this.text, i)!)}`, start, i, this.action!.open.start);
    return false;
  }

  private alnumRun(i: number): number {
    const t = this.text;
    for (;;) {
      // ASCII first (nearly every name), without making a string per character
      const code = t.charCodeAt(i);
      if (code < 128) {
        if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95) {
          i++;
          continue;
        }
        return i;
      }
      if (Number.isNaN(code)) return i;
      const c = charAt(t, i);
      if (!isAlphaNumeric(c)) return i;
      i += c!.length;
    }
  }

  private identifier(): boolean {
    const start = this.pos;
    const end = this.alnumRun(start);
    if (!this.atTerminator(end)) return this.badCharacter(start, end);
    const word = this.text.slice(start, end);
    this.push(KEYWORDS.has(word) ? 'keyword' : word === 'true' || word === 'false' ? 'bool' : 'identifier', start, end);
    this.pos = end;
    return true;
  }

  /** `.Name`, `$name`, or the bare `.` / `$`. */
  private fieldOrVariable(kind: 'field' | 'variable'): boolean {
    const start = this.pos;
    if (this.atTerminator(start + 1)) {
      this.push(kind === 'field' ? 'dot' : 'variable', start, start + 1);
      this.pos = start + 1;
      return true;
    }
    const end = this.alnumRun(start + 1);
    if (!this.atTerminator(end)) return this.badCharacter(start, end);
    this.push(kind, start, end);
    this.pos = end;
    return true;
  }

  private number(): boolean {
    const start = this.pos;
    let end = this.scanNumber(start);
    if (end > 0) {
      const sign = this.text[end];
      if (sign === '+' || sign === '-') {
        // a complex constant, 1+2i: no spaces, ending in i
        const e2 = this.scanNumber(end);
        if (e2 < 0 || this.text[e2 - 1] !== 'i') end = -Math.abs(e2);
        else end = e2;
      }
    }
    if (end < 0) {
      const bad = this.text.slice(start, -end);
      this.fail('bad-number', `bad number syntax: ${goQuote(bad)}`, start, start, this.action!.open.start);
      return false;
    }
    this.push('number', start, end);
    this.pos = end;
    return true;
  }

  /** Go's scanNumber from `i`: the end offset, or minus the end offset when the number is malformed. */
  private scanNumber(i: number): number {
    const t = this.text;
    const accept = (set: string) => {
      if (t[i] !== undefined && set.includes(t[i]!)) {
        i++;
        return true;
      }
      return false;
    };
    const acceptRun = (set: string) => {
      while (t[i] !== undefined && set.includes(t[i]!)) i++;
    };
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    const c = charAt(t, i);
    if (isAlphaNumeric(c)) return -(i + c!.length);
    return i;
  }
}

/** Go's `%q` of a short string (ASCII escapes; other characters as they are). */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += c;
  }
  return out + '"';
}

/** Lex a template. Linear in the length of the text. */
export function lex(text: string): Lexed {
  const l = new Lexer(text);
  l.run();
  return {
    text,
    tokens: l.tokens,
    actions: l.actions,
    comments: l.comments,
    ...(l.error ? { error: l.error } : {}),
    lines: new LineIndex(text, l.comments),
  };
}

/** 1-based lines and columns of offsets; and the line a Go older than 1.24 prints for an offset. */
export class LineIndex {
  /** Offsets where lines start. */
  private readonly starts: number[] = [0];
  /** Newlines inside each comment's body, and their running sum, in comment order. */
  private readonly lost: { bodyStart: number; bodyEnd: number; before: number }[] = [];

  constructor(
    private readonly text: string,
    comments: readonly Comment[],
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    let sum = 0;
    for (const c of comments) {
      this.lost.push({ bodyStart: c.bodyStart, bodyEnd: c.bodyEnd, before: sum });
      sum += this.newlines(c.bodyStart, c.bodyEnd);
    }
    this.total = sum;
  }

  private readonly total: number;

  /** 1-based line of an offset. */
  line(offset: number): number {
    return lineAt(this.starts, offset) + 1;
  }

  /** 1-based column of an offset, in characters. */
  column(offset: number): number {
    const start = this.starts[this.line(offset) - 1]!;
    let n = 1;
    for (let i = start; i < offset;) {
      i += charAt(this.text, i)!.length;
      n++;
    }
    return n;
  }

  /** The offset where 1-based `line` starts (undefined past the end). */
  lineStart(line: number): number | undefined {
    return this.starts[line - 1];
  }

  /** The text of 1-based `line`, without its newline. */
  lineText(line: number): string | undefined {
    const s = this.starts[line - 1];
    if (s === undefined) return undefined;
    const e = this.starts[line];
    return this.text.slice(s, e === undefined ? this.text.length : e - 1);
  }

  /**
   * The line Go's text/template before 1.24 reports for an offset: it does not count the newlines inside
   * comments (golang/go#69526), so every comment body above the offset shifts the line up.
   */
  legacyLine(offset: number): number {
    return this.line(offset) - this.lostBefore(offset);
  }

  private lostBefore(offset: number): number {
    // the last comment whose body starts before the offset
    let lo = 0;
    let hi = this.lost.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.lost[mid]!.bodyStart < offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return 0;
    const c = this.lost[k]!;
    return c.before + this.newlines(c.bodyStart, Math.min(offset, c.bodyEnd));
  }

  /** Both lines a helm may print for an offset: [true line, Go < 1.24 line]. */
  helmLines(offset: number): [number, number] {
    return [this.line(offset), this.legacyLine(offset)];
  }

  /** Newlines lost in all comments (0 when no comment spans lines). */
  get lostTotal(): number {
    return this.total;
  }

  private newlines(from: number, to: number): number {
    let n = 0;
    for (let i = this.text.indexOf('\n', from); i >= 0 && i < to; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }
}
