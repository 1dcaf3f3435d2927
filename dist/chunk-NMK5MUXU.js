import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  lineAt
} from "./chunk-L5JN3MRU.js";

// src/template/lexer.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "block",
  "break",
  "continue",
  "define",
  "else",
  "end",
  "if",
  "nil",
  "range",
  "template",
  "with"
]);
var LETTER_OR_DIGIT = /[\p{L}\p{Nd}_]/u;
function isSpace(c) {
  return c === " " || c === "	" || c === "\r" || c === "\n";
}
function isAlphaNumeric(c) {
  return c !== void 0 && LETTER_OR_DIGIT.test(c);
}
function charAt(text, i) {
  if (i >= text.length) return void 0;
  const cp = text.codePointAt(i);
  return String.fromCodePoint(cp);
}
function goRune(c) {
  const cp = c.codePointAt(0);
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  return new RegExp("\\p{L}|\\p{N}|\\p{P}|\\p{S}|[ ]", "u").test(c) ? `U+${hex} '${c}'` : `U+${hex}`;
}
var Lexer = class {
  constructor(text) {
    this.text = text;
  }
  text;
  tokens = [];
  actions = [];
  comments = [];
  error;
  pos = 0;
  action;
  parens = [];
  run() {
    const t = this.text;
    while (this.error === void 0) {
      const x = t.indexOf("{{", this.pos);
      if (x < 0) {
        if (this.pos < t.length) this.push("text", this.pos, t.length);
        return;
      }
      if (x > this.pos) this.push("text", this.pos, x);
      this.pos = x;
      this.leftDelim();
    }
  }
  push(kind, start, end) {
    const tok = { kind, start, end, value: this.text.slice(start, end) };
    this.tokens.push(tok);
    if (this.action && kind !== "open" && kind !== "close") this.action.tokens.push(tok);
    return tok;
  }
  fail(kind, message, reported, at, action) {
    this.error = { kind, message, reported, at, action };
  }
  hasLeftTrim(i) {
    return this.text[i] === "-" && isSpace(this.text[i + 1]);
  }
  hasRightTrim(i) {
    return isSpace(this.text[i]) && this.text[i + 1] === "-";
  }
  /** At a right delimiter (possibly with its trim marker): its length, else 0. */
  atRightDelim(i) {
    if (this.text.startsWith("}}", i)) return 2;
    if (this.hasRightTrim(i) && this.text.startsWith("}}", i + 2)) return 4;
    return 0;
  }
  leftDelim() {
    const open = this.pos;
    const after = this.hasLeftTrim(open + 2) ? 2 : 0;
    if (this.text.startsWith("/*", open + 2 + after)) return this.comment(open, open + 2 + after);
    const tok = this.push("open", open, open + 2 + after);
    this.action = { open: tok, tokens: [] };
    this.actions.push(this.action);
    this.parens = [];
    this.pos = tok.end;
    this.insideAction();
    this.action = void 0;
  }
  comment(open, bodyStart) {
    const t = this.text;
    const close = t.indexOf("*/", bodyStart + 2);
    if (close < 0) return this.fail("unclosed-comment", "unclosed comment", bodyStart, open, open);
    const delim = this.atRightDelim(close + 2);
    if (!delim) return this.fail("comment-delimiter", "comment ends before closing delimiter", bodyStart, close, open);
    const end = close + 2 + delim;
    this.comments.push({ start: open, end, bodyStart, bodyEnd: close + 2 });
    this.push("comment", open, end);
    this.pos = end;
  }
  insideAction() {
    const t = this.text;
    const open = this.action.open.start;
    for (; ; ) {
      const delim = this.atRightDelim(this.pos);
      if (delim) {
        if (this.parens.length === 0) {
          this.action.close = this.push("close", this.pos, this.pos + delim);
          this.pos += delim;
          return;
        }
        return this.fail("unclosed-paren", "unclosed left paren", this.pos, this.parens.at(-1), open);
      }
      const start = this.pos;
      const c = charAt(t, start);
      if (c === void 0) return this.fail("unclosed-action", "unclosed action", start, open, open);
      if (isSpace(c)) {
        this.space();
        continue;
      }
      switch (c) {
        case "=":
          this.push("assign", start, start + 1);
          this.pos++;
          continue;
        case ":":
          if (t[start + 1] !== "=") return this.fail("expected-declare", "expected :=", start, start, open);
          this.push("declare", start, start + 2);
          this.pos += 2;
          continue;
        case "|":
          this.push("pipe", start, start + 1);
          this.pos++;
          continue;
        case '"':
          if (!this.quoted('"', "string", "unterminated-string", "unterminated quoted string")) return;
          continue;
        case "'":
          if (!this.quoted("'", "charConst", "unterminated-char", "unterminated character constant")) return;
          continue;
        case "`": {
          const close = t.indexOf("`", start + 1);
          if (close < 0)
            return this.fail("unterminated-raw-string", "unterminated raw quoted string", start, start, open);
          this.push("raw", start, close + 1);
          this.pos = close + 1;
          continue;
        }
        case "$":
          if (!this.fieldOrVariable("variable")) return;
          continue;
        case "(":
          this.parens.push(start);
          this.push("lparen", start, start + 1);
          this.pos++;
          continue;
        case ")":
          if (this.parens.length === 0)
            return this.fail("unexpected-paren", "unexpected right paren", start, start, open);
          this.parens.pop();
          this.push("rparen", start, start + 1);
          this.pos++;
          continue;
        case ".": {
          const n = t[start + 1];
          if (n === void 0 || n < "0" || n > "9") {
            if (!this.fieldOrVariable("field")) return;
            continue;
          }
          if (!this.number()) return;
          continue;
        }
      }
      if (c === "+" || c === "-" || c >= "0" && c <= "9") {
        if (!this.number()) return;
        continue;
      }
      if (isAlphaNumeric(c)) {
        if (!this.identifier()) return;
        continue;
      }
      if (c >= " " && c <= "~") {
        this.push("char", start, start + 1);
        this.pos++;
        continue;
      }
      return this.fail("unrecognized-character", `unrecognized character in action: ${goRune(c)}`, start, start, open);
    }
  }
  /** A run of spaces; the last space before ` -}}` belongs to the delimiter. */
  space() {
    const start = this.pos;
    let end = start;
    while (isSpace(this.text[end])) end++;
    if (this.text[end] === "-" && this.text.startsWith("}}", end + 1)) end--;
    if (end > start) this.push("space", start, end);
    this.pos = end;
  }
  quoted(q, kind, err, message) {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    for (; ; ) {
      const c = t[i];
      if (c === "\\") {
        const n = t[i + 1];
        if (n === void 0 || n === "\n") break;
        i += 2;
        continue;
      }
      if (c === void 0 || c === "\n") break;
      i++;
      if (c === q) {
        this.push(kind, start, i);
        this.pos = i;
        return true;
      }
    }
    this.fail(err, message, start, start, this.action.open.start);
    return false;
  }
  /** Go's atTerminator: may an identifier, field or variable end here? */
  atTerminator(i) {
    const c = this.text[i];
    if (c === void 0 || isSpace(c)) return true;
    return c === "." || c === "," || c === "|" || c === ":" || c === ")" || c === "(" || c === "}";
  }
  badCharacter(start, i) {
    this.fail("bad-character", `bad character ${goRune(charAt(this.text, i))}`, start, i, this.action.open.start);
    return false;
  }
  alnumRun(i) {
    const t = this.text;
    for (; ; ) {
      const code = t.charCodeAt(i);
      if (code < 128) {
        if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95) {
          i++;
          continue;
        }
        return i;
      }
      if (Number.isNaN(code)) return i;
      const c = charAt(t, i);
      if (!isAlphaNumeric(c)) return i;
      i += c.length;
    }
  }
  identifier() {
    const start = this.pos;
    const end = this.alnumRun(start);
    if (!this.atTerminator(end)) return this.badCharacter(start, end);
    const word = this.text.slice(start, end);
    this.push(KEYWORDS.has(word) ? "keyword" : word === "true" || word === "false" ? "bool" : "identifier", start, end);
    this.pos = end;
    return true;
  }
  /** `.Name`, `$name`, or the bare `.` / `$`. */
  fieldOrVariable(kind) {
    const start = this.pos;
    if (this.atTerminator(start + 1)) {
      this.push(kind === "field" ? "dot" : "variable", start, start + 1);
      this.pos = start + 1;
      return true;
    }
    const end = this.alnumRun(start + 1);
    if (!this.atTerminator(end)) return this.badCharacter(start, end);
    this.push(kind, start, end);
    this.pos = end;
    return true;
  }
  number() {
    const start = this.pos;
    let end = this.scanNumber(start);
    if (end > 0) {
      const sign = this.text[end];
      if (sign === "+" || sign === "-") {
        const e2 = this.scanNumber(end);
        if (e2 < 0 || this.text[e2 - 1] !== "i") end = -Math.abs(e2);
        else end = e2;
      }
    }
    if (end < 0) {
      const bad = this.text.slice(start, -end);
      this.fail("bad-number", `bad number syntax: ${goQuote(bad)}`, start, start, this.action.open.start);
      return false;
    }
    this.push("number", start, end);
    this.pos = end;
    return true;
  }
  /** Go's scanNumber from `i`: the end offset, or minus the end offset when the number is malformed. */
  scanNumber(i) {
    const t = this.text;
    const accept = (set) => {
      if (t[i] !== void 0 && set.includes(t[i])) {
        i++;
        return true;
      }
      return false;
    };
    const acceptRun = (set) => {
      while (t[i] !== void 0 && set.includes(t[i])) i++;
    };
    accept("+-");
    let digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) digits = "0123456789abcdefABCDEF_";
      else if (accept("oO")) digits = "01234567_";
      else if (accept("bB")) digits = "01_";
    }
    acceptRun(digits);
    if (accept(".")) acceptRun(digits);
    if (digits.length === 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length === 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    const c = charAt(t, i);
    if (isAlphaNumeric(c)) return -(i + c.length);
    return i;
  }
};
function goQuote(s) {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0);
    if (c === '"' || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "	") out += "\\t";
    else if (c === "\r") out += "\\r";
    else if (cp < 32 || cp === 127) out += "\\x" + cp.toString(16).padStart(2, "0");
    else out += c;
  }
  return out + '"';
}
function lex(text) {
  const l = new Lexer(text);
  l.run();
  return {
    text,
    tokens: l.tokens,
    actions: l.actions,
    comments: l.comments,
    ...l.error ? { error: l.error } : {},
    lines: new LineIndex(text, l.comments)
  };
}
var LineIndex = class {
  constructor(text, comments) {
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    let sum = 0;
    for (const c of comments) {
      this.lost.push({ bodyStart: c.bodyStart, bodyEnd: c.bodyEnd, before: sum });
      sum += this.newlines(c.bodyStart, c.bodyEnd);
    }
    this.total = sum;
  }
  text;
  /** Offsets where lines start. */
  starts = [0];
  /** Newlines inside each comment's body, and their running sum, in comment order. */
  lost = [];
  total;
  /** 1-based line of an offset. */
  line(offset) {
    return lineAt(this.starts, offset) + 1;
  }
  /** 1-based column of an offset, in characters. */
  column(offset) {
    const start = this.starts[this.line(offset) - 1];
    let n = 1;
    for (let i = start; i < offset; ) {
      i += charAt(this.text, i).length;
      n++;
    }
    return n;
  }
  /** The offset where 1-based `line` starts (undefined past the end). */
  lineStart(line) {
    return this.starts[line - 1];
  }
  /** The text of 1-based `line`, without its newline. */
  lineText(line) {
    const s = this.starts[line - 1];
    if (s === void 0) return void 0;
    const e = this.starts[line];
    return this.text.slice(s, e === void 0 ? this.text.length : e - 1);
  }
  /**
   * The line Go's text/template before 1.24 reports for an offset: it does not count the newlines inside
   * comments (golang/go#69526), so every comment body above the offset shifts the line up.
   */
  legacyLine(offset) {
    return this.line(offset) - this.lostBefore(offset);
  }
  lostBefore(offset) {
    let lo = 0;
    let hi = this.lost.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (this.lost[mid].bodyStart < offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return 0;
    const c = this.lost[k];
    return c.before + this.newlines(c.bodyStart, Math.min(offset, c.bodyEnd));
  }
  /** Both lines a helm may print for an offset: [true line, Go < 1.24 line]. */
  helmLines(offset) {
    return [this.line(offset), this.legacyLine(offset)];
  }
  /** Newlines lost in all comments (0 when no comment spans lines). */
  get lostTotal() {
    return this.total;
  }
  newlines(from, to) {
    let n = 0;
    for (let i = this.text.indexOf("\n", from); i >= 0 && i < to; i = this.text.indexOf("\n", i + 1)) n++;
    return n;
  }
};

export {
  goQuote,
  lex
};
