import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, relative, sep, join } from 'node:path';
import { k as lineAt, n as filesBelow, q as readChartFile, u as repoPath, v as checkOf, S as SEVERITY_ORDER, c as compareText } from './chunk-start-start-DMJ4eMLv.js';

const require$8 = createRequire(import.meta.url);
const __filename$8 = fileURLToPath(import.meta.url);
const __dirname$8 = dirname(__filename$8);

// src/manifests/generated.ts
var TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
function pemBlocks(text) {
  const out = [];
  for (let i = text.indexOf("-----BEGIN "); i >= 0; ) {
    const labelEnd = text.indexOf("-----", i + 11);
    if (labelEnd < 0) break;
    const end = text.indexOf(`-----END ${text.slice(i + 11, labelEnd)}-----`, labelEnd + 5);
    if (end < 0) break;
    const stop = end + 14 + (labelEnd - i - 11);
    out.push([i, stop]);
    i = text.indexOf("-----BEGIN ", stop);
  }
  return out;
}
function replaceBlocks(text, blocks, mask) {
  let out = "";
  let at = 0;
  blocks.forEach(([s, e], k) => {
    if (!mask(k)) return;
    out += text.slice(at, s) + "-----PEM-----";
    at = e;
  });
  return out + text.slice(at);
}
function maskPem(x, x2) {
  const bx = pemBlocks(x);
  const bx2 = pemBlocks(x2);
  if (!bx.length || bx.length !== bx2.length) return [x, x2];
  const differs = (k) => x.slice(...bx[k]) !== x2.slice(...bx2[k]);
  return [replaceBlocks(x, bx, differs), replaceBlocks(x2, bx2, differs)];
}
var UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g;
function tokens(line) {
  return line.replace(TIMESTAMP, "\0").replace(UUID, "").match(/[A-Za-z0-9+/=]{40,}|[A-Za-z0-9]+|[^A-Za-z0-9]/g) ?? [];
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function generatedOnly(a, b) {
  const la = replaceBlocks(a, pemBlocks(a), () => true).split("\n");
  const lb = replaceBlocks(b, pemBlocks(b), () => true).split("\n");
  if (la.length !== lb.length) return false;
  return la.every((l, i) => {
    if (l === lb[i]) return true;
    const ta = tokens(l);
    const tb = tokens(lb[i]);
    if (ta.length !== tb.length) return false;
    return ta.every((x, j) => {
      const y = tb[j];
      if (x === y) return true;
      if (x.length >= 40 && y.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(x + y)) return true;
      return x.length === y.length && x.length >= 6 && /^[A-Za-z0-9]+$/.test(x + y);
    });
  });
}
function sameButNoise(a, a2, b, b2) {
  if (a === a2 || b === b2) return false;
  const [ta, ta2, tb, tb2] = [a, a2, b, b2].map(tokens);
  if (ta.length !== tb.length || ta.length !== ta2.length || tb.length !== tb2.length) return false;
  for (let j = 0; j < ta.length; j++) {
    const x = ta[j];
    const y = tb[j];
    if (x === y) continue;
    const x2 = ta2[j];
    const y2 = tb2[j];
    if (x === x2 || y === y2) return false;
    const blob = x.length >= 40 && y.length >= 40 && !/[^A-Za-z0-9+/=]/.test(x + y);
    if (!blob && (x.length !== y.length || x.length !== x2.length || y.length !== y2.length)) return false;
    if (blob) {
      const [dx, dx2, dy, dy2] = [x, x2, y, y2].map((t) => Buffer.from(t, "base64").toString("latin1"));
      if (dx.includes("-----BEGIN ") && dy.includes("-----BEGIN ")) {
        if (maskPem(dx, dx2)[0] !== maskPem(dy, dy2)[0]) return false;
        continue;
      }
    }
    const pre = Math.min(commonPrefix(x, x2), commonPrefix(y, y2));
    if (x.slice(0, pre) !== y.slice(0, pre)) return false;
    if (blob) continue;
    const rev = (t) => [...t].reverse().join("");
    const suf = Math.min(commonPrefix(rev(x), rev(x2)), commonPrefix(rev(y), rev(y2)));
    if (x.slice(x.length - suf) !== y.slice(y.length - suf)) return false;
  }
  return true;
}
function differsOnlyByGenerated(render, again, other) {
  if (render === other) return true;
  if (render === again) return false;
  const [r, r2] = maskPem(render, again);
  const [o] = maskPem(other, render);
  const lr = r.split("\n");
  const lr2 = r2.split("\n");
  const lo = o.split("\n");
  if (lr.length !== lo.length || lr2.length !== lr.length) return false;
  return lr.every((l, i) => l === lo[i] || sameButNoise(l, lr2[i], lo[i], l));
}

const require$7 = createRequire(import.meta.url);
const __filename$7 = fileURLToPath(import.meta.url);
const __dirname$7 = dirname(__filename$7);

// src/template/helm-text.ts
function errorText(stderr) {
  const i = stderr.search(/^Error: /m);
  const lines = (i >= 0 ? stderr.slice(i + "Error: ".length) : stderr).split("\n");
  const debug = lines.findIndex((l) => {
    const k = l.indexOf(".go:");
    return k > 0 && /^[\w.-]+$/.test(l.slice(0, k)) && /^\d+: /.test(l.slice(k + 4));
  });
  const kept = debug >= 0 ? lines.slice(0, debug) : lines;
  const text = kept.join("\n").trim();
  const hint = "Use --debug flag to render out invalid YAML";
  return (text.endsWith(hint) ? text.slice(0, -hint.length) : text).trim();
}
function oneLine(text) {
  return text.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
}
function splitLocation(loc, parts) {
  let file = loc;
  const nums = [];
  for (let k = 0; k < parts; k++) {
    const c = file.lastIndexOf(":");
    const n = file.slice(c + 1);
    if (c <= 0 || !/^\d+$/.test(n)) return void 0;
    nums.unshift(Number(n));
    file = file.slice(0, c);
  }
  return { file, nums };
}
var EXEC4 = /^\s+executing "((?:[^"\\\n]|\\.)*)" at <(.*)>:$/;
function unescape(s) {
  return s.replace(/\\(.)/g, "$1");
}
function frame3(text) {
  const skip = text.startsWith("template: ") ? "template: ".length : 0;
  const firstLineEnd = text.indexOf("\n");
  const line = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const ex = line.indexOf(': executing "');
  const loc = ex > skip ? splitLocation(line.slice(skip, ex), 2) : void 0;
  if (!loc) return void 0;
  let i = ex + ': executing "'.length;
  while (i < line.length && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
  if (!line.startsWith('" at <', i)) return void 0;
  const name = line.slice(ex + ': executing "'.length, i);
  const close = line.indexOf(">: ", i + 6);
  if (close < 0) return void 0;
  const [n, col] = loc.nums;
  return {
    frame: { file: loc.file, line: n, byteColumn: col, executing: unescape(name), at: line.slice(i + 6, close) },
    length: close + 3
  };
}
function chain3(text) {
  const frames = [];
  let rest = text;
  for (; ; ) {
    const f = frame3(rest);
    if (!f) break;
    frames.push(f.frame);
    rest = rest.slice(f.length);
    const inc = "error calling include: ";
    if (rest.startsWith(inc) && frame3(rest.slice(inc.length))) rest = rest.slice(inc.length);
    else break;
  }
  if (!frames.length) return void 0;
  return { kind: "exec", frames, message: oneLine(rest), form: "chain" };
}
function chain4(text) {
  const lines = text.split("\n");
  const frames = [];
  let body = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const loc = line && !/^\s/.test(line) ? splitLocation(line, 2) : void 0;
    const ex = loc ? EXEC4.exec(lines[i + 1] ?? "") : null;
    if (loc && ex) {
      const [n, col] = loc.nums;
      frames.push({ file: loc.file, line: n, byteColumn: col, executing: unescape(ex[1]), at: ex[2] });
      body = [];
      i++;
      continue;
    }
    if (!frames.length) return void 0;
    body.push(lines[i].trim());
  }
  if (!frames.length) return void 0;
  return { kind: "exec", frames, message: body.filter(Boolean).join(" "), form: "chain" };
}
function readHelmTemplateError(stderr) {
  const text = errorText(stderr);
  const firstLine = text.split("\n", 1)[0];
  for (const [head, parts] of [
    ["parse error at (", 1],
    ["execution error at (", 2]
  ]) {
    const i = firstLine.indexOf(head);
    if (i < 0) continue;
    const close = text.indexOf("): ", i + head.length);
    if (close < 0) continue;
    const loc = splitLocation(text.slice(i + head.length, close), parts);
    if (!loc) continue;
    const message = text.slice(close + 3).trim();
    if (parts === 1) return { kind: "parse", file: loc.file, line: loc.nums[0], message };
    return {
      kind: "exec",
      frames: [{ file: loc.file, line: loc.nums[0], byteColumn: loc.nums[1] }],
      message,
      form: "execution"
    };
  }
  const pin = firstLine.indexOf("parse error in (");
  if (pin >= 0) {
    const close = text.indexOf("): ", pin);
    if (close > 0) return { kind: "parse", file: text.slice(pin + 16, close), message: text.slice(close + 3).trim() };
  }
  const t = firstLine.indexOf("template: ");
  return (t >= 0 ? chain3(text.slice(t)) : void 0) ?? chain3(text) ?? chain4(text);
}

const require$6 = createRequire(import.meta.url);
const __filename$6 = fileURLToPath(import.meta.url);
const __dirname$6 = dirname(__filename$6);

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

const require$5 = createRequire(import.meta.url);
const __filename$5 = fileURLToPath(import.meta.url);
const __dirname$5 = dirname(__filename$5);

// src/template/blocks.ts
var OPENERS = /* @__PURE__ */ new Set(["if", "range", "with", "define", "block"]);
function words(action) {
  return action.tokens.filter((t) => t.kind !== "space");
}
function unquote(tok) {
  if (!tok) return void 0;
  if (tok.kind === "raw") return tok.value.slice(1, -1);
  if (tok.kind !== "string") return void 0;
  try {
    return JSON.parse(tok.value);
  } catch {
    return tok.value.slice(1, -1);
  }
}
function structure(lexed) {
  const blocks = [];
  const issues = [];
  const stack = [];
  const plainElse = /* @__PURE__ */ new Set();
  for (const action of lexed.actions) {
    const w = words(action);
    const kw = w[0];
    if (kw?.kind !== "keyword") continue;
    const top = stack.at(-1);
    if (OPENERS.has(kw.value)) {
      if (kw.value === "define" && stack.length) issues.push({ kind: "nested-define", action, token: kw });
      const b = { keyword: kw.value, action, at: kw, elses: [] };
      if (kw.value === "define" || kw.value === "block") {
        const name = unquote(w[1]);
        if (name !== void 0) b.name = name;
      }
      if (top) b.parent = top;
      blocks.push(b);
      stack.push(b);
    } else if (kw.value === "else") {
      if (!top) issues.push({ kind: "stray-else", action, token: kw });
      else if (top.keyword === "define" || top.keyword === "block")
        issues.push({ kind: "else-in-define", action, token: kw });
      else {
        if (plainElse.has(top)) issues.push({ kind: "else-after-else", action, token: kw });
        top.elses.push(action);
        const chained = w[1]?.kind === "keyword" && (w[1].value === "if" || w[1].value === "with");
        if (!chained) plainElse.add(top);
      }
    } else if (kw.value === "end") {
      const b = stack.pop();
      if (!b) issues.push({ kind: "stray-end", action, token: kw });
      else b.end = action;
    } else if (kw.value === "break" || kw.value === "continue") {
      if (!stack.some((b) => b.keyword === "range"))
        issues.push({
          kind: kw.value === "break" ? "break-outside-range" : "continue-outside-range",
          action,
          token: kw
        });
    }
  }
  return { blocks, unclosed: stack, issues };
}

// src/template/sources.ts
var parsedCache = /* @__PURE__ */ new WeakMap();
var byText = /* @__PURE__ */ new Map();
var BY_TEXT_MAX = 4096;
function lexedText(text) {
  let hit = byText.get(text);
  if (!hit) {
    const lexed = lex(text);
    hit = { lexed, structure: structure(lexed) };
    if (byText.size >= BY_TEXT_MAX) byText.clear();
    byText.set(text, hit);
  }
  return hit;
}
function parsed(sources, path) {
  let m = parsedCache.get(sources);
  if (!m) parsedCache.set(sources, m = /* @__PURE__ */ new Map());
  const hit = m.get(path);
  if (hit !== void 0) return hit ?? void 0;
  const text = sources.read(path);
  let p = null;
  if (text !== void 0) p = { path, ...lexedText(text) };
  m.set(path, p);
  return p ?? void 0;
}
function chartPath(helmName) {
  const slash = helmName.indexOf("/");
  if (slash < 0) return void 0;
  const rel = helmName.slice(slash + 1);
  if (!rel || rel.startsWith("/") || rel.split("/").includes("..")) return void 0;
  return rel;
}
function chartSources(chartDir) {
  const texts = /* @__PURE__ */ new Map();
  let list;
  const rel = (abs) => relative(chartDir, abs).split(sep).join("/");
  return {
    read(p) {
      if (!texts.has(p)) {
        const ok = !p.startsWith("/") && !p.split("/").includes("..");
        texts.set(p, ok ? readChartFile(join(chartDir, p), chartDir) : void 0);
      }
      return texts.get(p);
    },
    list() {
      list ??= [
        ...filesBelow(join(chartDir, "templates"), /(?:)/, chartDir),
        // unpacked subcharts (a .tgz is not read): their templates share the define namespace
        ...filesBelow(join(chartDir, "charts"), /(?:)/, chartDir).filter((f) => /\/templates\//.test(rel(f)))
      ].map(rel).sort();
      return list;
    }
  };
}

const require$4 = createRequire(import.meta.url);
const __filename$4 = fileURLToPath(import.meta.url);
const __dirname$4 = dirname(__filename$4);

// src/coverage/collect.ts
function isGoSpace(c) {
  if (c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160) return true;
  if (c < 5760) return false;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function goTrimSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
function idsIn(text, nonce) {
  const out = [];
  const re = new RegExp(`hg${nonce}\\[([0-9,]*)\\]`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) for (const x of m[1].split(",")) if (x !== "") out.push(Number(x));
  return out;
}
var HEADER = "---\n# Source: ";
function collectRender(table, stdout) {
  const fired = /* @__PURE__ */ new Set();
  const rendered = /* @__PURE__ */ new Set();
  const problems = [];
  const marker = new RegExp(`^# (?:hg${table.nonce}\\[[0-9,]*\\])+$`);
  const out = [];
  if (stdout !== "" && !stdout.startsWith(HEADER)) problems.push('the output does not start with a "# Source:" header');
  let pos = 0;
  while (pos < stdout.length) {
    const next = stdout.indexOf("\n" + HEADER, pos + 1);
    const end = next < 0 ? stdout.length : next + 1;
    const doc = stdout.slice(pos, end);
    pos = end;
    if (!doc.startsWith(HEADER)) {
      out.push(doc);
      continue;
    }
    const nl = doc.indexOf("\n", HEADER.length);
    const source = doc.slice(HEADER.length, nl < 0 ? doc.length : nl);
    const body = nl < 0 ? "" : doc.slice(nl + 1);
    const content = body.endsWith("\n") ? body.slice(0, -1) : body;
    const lines = content.split("\n");
    const kept = lines.filter((l) => {
      if (!marker.test(l)) return true;
      for (const id of idsIn(l, table.nonce)) fired.add(id);
      return false;
    });
    let text = content;
    if (kept.length !== lines.length) {
      text = goTrimSpace(kept.join("\n"));
      if (text === "") continue;
    }
    out.push(`${HEADER}${source}
${text}
`);
    const rel = source.startsWith(table.chartName + "/") ? chartPath(source) : void 0;
    if (rel) rendered.add(rel);
  }
  const cleaned = out.join("");
  if (cleaned.includes(`hg${table.nonce}`)) problems.push("a probe marker reached the output outside its comment line");
  for (const id of fired) if (!table.probes[id]) problems.push(`unknown probe id ${id}`);
  return { fired, rendered, cleaned, problems };
}
function offsetOf(text, line, byteColumn) {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return void 0;
    start = nl + 1;
  }
  let bytes = 0;
  let i = start;
  while (i < text.length && bytes < byteColumn && text[i] !== "\n") {
    const cp = text.codePointAt(i);
    bytes += cp < 128 ? 1 : cp < 2048 ? 2 : cp < 65536 ? 3 : 4;
    i += cp > 65535 ? 2 : 1;
  }
  return i;
}
function originalOffset(segments, inst) {
  let best;
  for (const s of segments) {
    if (s[0] <= inst) best = s;
    else break;
  }
  if (!best) return void 0;
  return best[1] + Math.min(inst - best[0], best[2]);
}
function probeAt(table, file, offset) {
  const s = table.spans[file];
  if (!s) return void 0;
  const inHole = s.holes.some(([a, b]) => offset >= a && offset < b);
  let best;
  for (const sp of s.spans) {
    if (offset < sp.start || offset >= sp.end) continue;
    if (inHole && sp.probe === s.fileProbe) continue;
    if (!best || sp.start >= best.start) best = sp;
  }
  return best?.probe;
}
function probeOfHelmPosition(table, helmFile, line, byteColumn) {
  const file = helmFile.startsWith(table.chartName + "/") ? chartPath(helmFile) : void 0;
  const map = file ? table.maps[file] : void 0;
  if (!file || !map) return void 0;
  const inst = offsetOf(map.text, line, byteColumn);
  if (inst === void 0) return void 0;
  const orig = originalOffset(map.segments, inst);
  return orig === void 0 ? void 0 : probeAt(table, file, orig);
}
function collectFailure(table, stderr) {
  const fired = new Set(idsIn(stderr, table.nonce));
  const message = fired.size > 0;
  let positions = 0;
  const err = readHelmTemplateError(stderr);
  if (err?.kind === "exec")
    for (const f of err.frames) {
      const id = probeOfHelmPosition(table, f.file, f.line, f.byteColumn);
      if (id === void 0) continue;
      positions++;
      for (let p = id; p !== void 0; p = table.probes[p].parent) {
        fired.add(p);
        fired.add(table.probes[p].root);
      }
    }
  const problems = [];
  for (const id of fired) if (!table.probes[id]) problems.push(`unknown probe id ${id}`);
  return { fired, rendered: /* @__PURE__ */ new Set(), failure: { message, positions }, problems };
}

// src/coverage/suggest.ts
var Unsupported = class extends Error {
};
function literal(t) {
  if (t.kind === "string") return JSON.parse(t.value);
  if (t.kind === "raw") return t.value.slice(1, -1);
  if (t.kind === "bool") return t.value === "true";
  if (t.kind === "number" && /^-?\d+(\.\d+)?$/.test(t.value)) return Number(t.value);
  if (t.kind === "keyword" && t.value === "nil") return null;
  return void 0;
}
function parseCondition(text, ctx) {
  if (ctx.depth > 8) throw new Unsupported();
  const lexed = lex(`{{ ${text} }}`);
  if (lexed.error || lexed.actions.length !== 1) throw new Unsupported();
  const toks = lexed.actions[0].tokens.filter((t) => t.kind !== "space");
  const decl = toks.findIndex((t) => t.kind === "declare");
  let i = decl >= 0 ? decl + 1 : 0;
  const end = toks.length;
  const term = () => {
    const t = toks[i];
    if (!t) throw new Unsupported();
    if (t.kind === "lparen") {
      i++;
      const f2 = command(true);
      if (toks[i]?.kind !== "rparen") throw new Unsupported();
      i++;
      return { f: f2 };
    }
    const lit = literal(t);
    if (lit !== void 0) {
      i++;
      return { value: lit };
    }
    let chain;
    if (t.kind === "field") chain = ctx.dot + t.value;
    else if (t.kind === "variable" && t.value === "$") chain = "";
    else if (t.kind === "variable") {
      const v = ctx.vars[t.value];
      if (v === void 0 || toks[i + 1]?.kind === "field") throw new Unsupported();
      i++;
      return { f: parseCondition(v, { ...ctx, depth: ctx.depth + 1 }) };
    } else throw new Unsupported();
    i++;
    let last = t.end;
    while (toks[i]?.kind === "field" && toks[i].start === last) {
      chain += toks[i].value;
      last = toks[i].end;
      i++;
    }
    if (!chain.startsWith(".Values.")) throw new Unsupported();
    return { path: chain.slice(".Values.".length) };
  };
  const asF = (x) => "f" in x ? x.f : "path" in x ? { t: "truthy", path: x.path } : { t: "const", v: truthy(x.value) };
  const command = (inParens) => {
    const t = toks[i];
    if (!t) throw new Unsupported();
    if (t.kind === "identifier") {
      i++;
      const args = [];
      while (i < end && toks[i].kind !== "rparen" && toks[i].kind !== "pipe") args.push(term());
      if (toks[i]?.kind === "pipe") throw new Unsupported();
      switch (t.value) {
        case "not":
        case "empty":
          if (args.length !== 1) throw new Unsupported();
          return { t: "not", f: asF(args[0]) };
        case "and":
        case "or":
          if (args.length < 1) throw new Unsupported();
          return { t: t.value, fs: args.map(asF) };
        case "eq":
        case "ne": {
          if (args.length < 2 || t.value === "ne" && args.length !== 2) throw new Unsupported();
          const [a, ...rest] = args;
          let f2;
          if ("path" in a && rest.every((r) => "value" in r))
            f2 = { t: "eq", path: a.path, values: rest.map((r) => r.value) };
          else if (args.length === 2 && "value" in a && "path" in rest[0])
            f2 = { t: "eq", path: rest[0].path, values: [a.value] };
          else throw new Unsupported();
          return t.value === "ne" ? { t: "not", f: f2 } : f2;
        }
        default:
          throw new Unsupported();
      }
    }
    const x = term();
    if (i < end && toks[i].kind !== "rparen") throw new Unsupported();
    void inParens;
    return asF(x);
  };
  const f = command(false);
  if (i !== end) throw new Unsupported();
  return f;
}
function truthy(v) {
  return !(v === null || v === false || v === 0 || v === "");
}
var MAX_TERMS = 64;
function dnf(f, neg = false) {
  switch (f.t) {
    case "const":
      return f.v !== neg ? [[]] : [];
    case "truthy":
      return [[{ path: f.path, neg, f: { t: "truthy" } }]];
    case "eq":
      return [[{ path: f.path, neg, f: { t: "eq", values: f.values } }]];
    case "not":
      return dnf(f.f, !neg);
    case "and":
    case "or": {
      const conj = f.t === "and" !== neg;
      if (!conj) return f.fs.flatMap((x) => dnf(x, neg)).slice(0, MAX_TERMS);
      let acc = [[]];
      for (const x of f.fs) {
        const d = dnf(x, neg);
        const next = [];
        for (const a of acc) for (const b of d) if (next.length < MAX_TERMS) next.push([...a, ...b]);
        acc = next;
      }
      return acc;
    }
  }
}
function valueAt(defaults, path) {
  let v = defaults;
  for (const k of path.split(".")) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
    v = v[k];
  }
  return v;
}
function isScalar(v) {
  return v === null || ["string", "number", "boolean"].includes(typeof v);
}
function solve(lits, defaults) {
  const byPath = /* @__PURE__ */ new Map();
  for (const l of lits) byPath.set(l.path, [...byPath.get(l.path) ?? [], l]);
  const set = {};
  const needs = [];
  for (const [path, ls] of byPath) {
    let allowed;
    const excluded = [];
    let want;
    for (const l of ls) {
      if (l.f.t === "truthy") {
        if (want !== void 0 && want !== !l.neg) return void 0;
        want = !l.neg;
      } else if (!l.neg)
        allowed = allowed ? allowed.filter((v) => l.f.t === "eq" && l.f.values.includes(v)) : [...l.f.values];
      else excluded.push(...l.f.values);
    }
    const ok = (v) => !excluded.includes(v) && (want === void 0 || truthy(v) === want);
    const dflt = valueAt(defaults, path);
    if (allowed) {
      const v = allowed.find(ok);
      if (v === void 0) return void 0;
      set[path] = v;
    } else if (want === false) {
      const first = typeof dflt === "string" ? "" : typeof dflt === "number" ? 0 : dflt !== null && typeof dflt === "object" ? null : false;
      const v = [first, false, "", 0, null].find(ok);
      if (v === void 0) return void 0;
      set[path] = v;
    } else if (want === true) {
      if (isScalar(dflt) && ok(dflt)) set[path] = dflt;
      else if ((dflt === void 0 || typeof dflt === "boolean") && ok(true)) set[path] = true;
      else
        needs.push(
          `${path}: any non-empty value${excluded.length ? ` other than ${excluded.map((x) => JSON.stringify(x)).join(", ")}` : ""}`
        );
    } else if (isScalar(dflt) && ok(dflt)) set[path] = dflt;
    else needs.push(`${path}: a value other than ${excluded.map((x) => JSON.stringify(x)).join(", ")}`);
  }
  return { set, needs };
}
function requirement(p, ctx) {
  const parts = p.negates.map((c) => ({ t: "not", f: parseCondition(c, ctx) }));
  if (p.condition !== void 0) parts.push(parseCondition(p.condition, ctx));
  return { t: "and", fs: parts };
}
function suggestValues(table, id, defaults) {
  const probe = table.probes[id];
  if (!probe || probe.kind === "file" || probe.kind === "define") return void 0;
  if (table.probes[probe.root]?.kind !== "file") return void 0;
  const parts = [];
  try {
    for (let p = probe; p && p.kind !== "file"; p = p.parent !== void 0 ? table.probes[p.parent] : void 0) {
      const parent = p.parent !== void 0 ? table.probes[p.parent] : void 0;
      const dot = p.dotPath ?? (parent === void 0 || parent.kind === "file" || parent.dotUnchanged ? "" : void 0);
      if (dot === void 0) return void 0;
      parts.push(requirement(p, { dot, vars: p.vars ?? {}, depth: 0 }));
    }
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return void 0;
    throw e;
  }
  for (const conj of dnf({ t: "and", fs: parts })) {
    const s = solve(conj, defaults);
    if (s) return s;
  }
  return void 0;
}
function formatSuggestion(s) {
  const kv = Object.entries(s.set).map(
    ([k, v]) => `${k}: ${typeof v === "string" && /^[\w./-]+$/.test(v) ? v : JSON.stringify(v)}`
  );
  return `{ ${[...kv, ...s.needs].join(", ")} }`;
}
function percent(r) {
  return r.total === 0 ? 100 : 100 * r.covered / r.total;
}
function add(a, b) {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}
var ZERO = {
  lines: { covered: 0, total: 0 },
  branches: { covered: 0, total: 0 },
  files: { covered: 0, total: 0 },
  defines: { covered: 0, total: 0 }
};
function buildCoverage(table, renders, opts) {
  const order = renders.map((r) => r.combo);
  const sortCombos = (s) => [...new Set(s)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const firedBy = /* @__PURE__ */ new Map();
  const renderedBy = /* @__PURE__ */ new Map();
  const combos = [];
  let fullRenders = 0;
  for (const r of renders) {
    let got;
    const problems = [];
    if (r.normalOk !== void 0 && r.normalOk !== r.ok)
      problems.push(
        `the instrumented render ${r.ok ? "succeeded" : "failed"} where the normal render ${r.normalOk ? "succeeded" : "failed"}`
      );
    if (r.ok) {
      got = collectRender(table, r.stdout);
      if (r.normal !== void 0 && got.cleaned !== r.normal && !(r.normalAgain !== void 0 && differsOnlyByGenerated(r.normal, r.normalAgain, got.cleaned ?? "")))
        problems.push("the instrumented render, probes removed, differs from the normal render");
    } else got = collectFailure(table, r.stderr ?? "");
    problems.push(...got.problems);
    const usable = problems.length === 0;
    combos.push({
      name: r.combo,
      ok: r.ok,
      measured: !usable ? "excluded" : r.ok ? "full" : "failure-path",
      problems
    });
    if (!usable) continue;
    if (r.ok) fullRenders++;
    for (const id of got.fired) {
      const s = firedBy.get(id) ?? /* @__PURE__ */ new Set();
      s.add(r.combo);
      firedBy.set(id, s);
    }
    for (const f of got.rendered) {
      const s = renderedBy.get(f) ?? /* @__PURE__ */ new Set();
      s.add(r.combo);
      renderedBy.set(f, s);
    }
  }
  const fired = (id) => id === void 0 ? [] : sortCombos(firedBy.get(id) ?? []);
  const fullCombos = new Set(combos.filter((c) => c.measured === "full").map((c) => c.name));
  const notMeasurable = table.notMeasurable.map((n) => ({
    ...n,
    file: repoPath(opts.repoRoot, join(table.chartDir, n.file))
  }));
  const files = [];
  for (const t of table.templates) {
    const path = repoPath(opts.repoRoot, join(table.chartDir, t.path));
    let reason = t.reason;
    if (!reason && t.fileProbe !== void 0 && fullRenders > 0 && ![...fullCombos].some((c) => firedBy.get(t.fileProbe)?.has(c))) {
      reason = "helm did not load it in any render (.helmignore?)";
      notMeasurable.push({ file: path, reason });
    }
    const measurable = !reason || t.kind === "notes";
    const probes = table.probes.filter((p) => p.file === t.path);
    const lines = measurable ? t.lines.map(([line, id]) => {
      const define = table.probes[id].define;
      return { line, combos: fired(id), ...define !== void 0 ? { define } : {} };
    }).sort((a, b) => a.line - b.line) : [];
    const branches = measurable ? probes.filter((p) => p.kind !== "file" && p.kind !== "define").map((p) => branchOf(table, p, fired, opts)) : [];
    const head = new Map(branches.filter((b) => b.branch === 0).map((b) => [b.chain, b]));
    branches.sort((x, y) => {
      const hx = head.get(x.chain) ?? x;
      const hy = head.get(y.chain) ?? y;
      return hx.line - hy.line || hx.column - hy.column || x.chain - y.chain || x.branch - y.branch;
    });
    const defines = t.defines.map((d) => ({
      name: d.name,
      line: d.line,
      endLine: d.endLine,
      measurable: d.probe !== void 0 && measurable,
      ...d.reason ? { reason: d.reason } : {},
      combos: fired(d.probe)
    }));
    const rendered = t.kind === "template" ? sortCombos(renderedBy.get(t.path) ?? []) : [];
    const totals2 = {
      lines: { covered: lines.filter((l) => l.combos.length).length, total: lines.length },
      branches: { covered: branches.filter((b) => b.combos.length).length, total: branches.length },
      // a template that prints nothing by design (it only validates, say) is covered when every line of it ran
      files: t.kind === "template" && !reason ? { covered: rendered.length || lines.length && lines.every((l) => l.combos.length) ? 1 : 0, total: 1 } : { covered: 0, total: 0 },
      defines: {
        covered: defines.filter((d) => d.measurable && d.combos.length).length,
        total: defines.filter((d) => d.measurable).length
      }
    };
    files.push({
      path,
      chartPath: t.path,
      kind: t.kind,
      measurable,
      ...reason ? { reason } : {},
      executedBy: fired(t.fileProbe),
      renderedBy: rendered,
      lines,
      branches,
      defines,
      totals: totals2
    });
  }
  const totals = files.reduce(
    (acc, f) => ({
      lines: add(acc.lines, f.totals.lines),
      branches: add(acc.branches, f.totals.branches),
      files: add(acc.files, f.totals.files),
      defines: add(acc.defines, f.totals.defines)
    }),
    ZERO
  );
  return {
    chart: opts.chartDisplay,
    combos,
    files,
    neverRendered: files.filter((f) => f.totals.files.total === 1 && f.totals.files.covered === 0).map((f) => f.path),
    totals,
    notMeasurable
  };
}
function branchOf(table, p, fired, opts) {
  const combos = fired(p.id);
  const b = {
    probe: p.id,
    line: p.line,
    column: p.column,
    block: p.block,
    kind: p.kind,
    negates: p.negates,
    chain: p.chain,
    branch: p.branch,
    combos,
    reached: fired(p.parent ?? p.root)
  };
  if (p.condition !== void 0) b.condition = p.condition;
  if (p.define !== void 0) b.define = p.define;
  if (!combos.length) {
    const s = suggestValues(table, p.id, opts.defaults);
    if (s) b.suggestion = s;
  }
  return b;
}

// src/coverage/findings.ts
function describeBranch(b) {
  const last = b.negates.at(-1);
  if (b.block === "default") {
    const x = (b.condition ?? last ?? "").replace(/^empty /, "");
    return b.kind === "then" ? `default used: ${x} empty` : `default not used: ${x} set`;
  }
  switch (b.kind) {
    case "then":
      return `${b.block} ${b.condition ?? ""}`.trim();
    case "else if":
    case "else with":
      return `${b.kind} ${b.condition ?? ""}`.trim();
    case "else":
      return b.block === "range" ? `else of range ${last ?? ""} (empty)`.trim() : `else of ${last ?? ""}`.trim();
    case "implicit else":
      if (b.block === "range") return `range ${last ?? ""} empty (no else)`.trim();
      return b.negates.length > 1 ? `no branch of ${b.negates.map((c, i) => `${i ? "else " : ""}${b.block} ${c}`).join(" / ")} taken (no else)` : `${b.block} ${last ?? ""} false (no else)`.trim();
  }
}
function uncoveredBranches(r) {
  const out = [];
  for (const f of r.files)
    for (const b of f.branches) {
      if (b.combos.length) continue;
      const s = b.suggestion ? formatSuggestion(b.suggestion) : "";
      out.push({
        file: f.path,
        line: b.line,
        ...b.define !== void 0 ? { define: b.define } : {},
        label: describeBranch(b),
        ...s ? { suggestion: s } : {}
      });
    }
  return out;
}
var pct = (r) => `${(Math.floor(percent(r) * 10) / 10).toFixed(1)}%`;
function coverageFindings(r, settings, opts = {}) {
  const out = [];
  const gate = (rule, what, ratio, min, detail) => {
    if (min === void 0 || opts.sharded || percent(ratio) >= min) return;
    out.push({
      severity: "error",
      rule,
      combo: "",
      message: `${what} coverage ${pct(ratio)} (${ratio.covered} of ${ratio.total}) is below coverage.${rule.split("/")[1]}: ${min}%${detail}`
    });
  };
  const unc = uncoveredBranches(r);
  const firstUncovered = unc.slice(0, 3).map((u) => `${u.file}:${u.line} ${u.label}`).join("; ");
  gate(
    "coverage/branches",
    "branch",
    r.totals.branches,
    settings.branches,
    unc.length ? `; not taken: ${firstUncovered}${unc.length > 3 ? `; and ${unc.length - 3} more` : ""}` : ""
  );
  gate("coverage/lines", "line", r.totals.lines, settings.lines, "");
  gate(
    "coverage/files",
    "file",
    r.totals.files,
    settings.files,
    r.neverRendered.length ? `; never rendered: ${r.neverRendered.join(", ")}` : ""
  );
  const byPath = new Map(r.files.map((f) => [f.path, f]));
  for (const path of r.neverRendered) {
    const f = byPath.get(path);
    const first = f?.branches.find((b) => !b.combos.length && b.suggestion && !b.suggestion.needs.length);
    const hint = first?.suggestion ? formatSuggestion(first.suggestion) : void 0;
    out.push({
      severity: "warning",
      rule: "coverage/uncovered-file",
      combo: "",
      message: `no combo renders anything from this template: add a combo whose values turn it on${hint ? ` (e.g. set ${hint})` : ""}`,
      location: { file: path, line: 1 }
    });
  }
  for (const n of r.notMeasurable)
    out.push({
      severity: "notice",
      rule: "coverage/not-measurable",
      combo: "",
      message: `${n.define !== void 0 ? `define "${n.define}": ` : ""}not measured: ${n.reason}`,
      location: { file: n.file, line: n.line ?? 1 }
    });
  for (const c of r.combos)
    if (c.measured === "excluded")
      out.push({
        severity: "notice",
        rule: "coverage/not-measurable",
        combo: c.name,
        message: `coverage of this combo is not counted: ${c.problems.join("; ")}`
      });
  return out;
}

const require$3 = createRequire(import.meta.url);
const __filename$3 = fileURLToPath(import.meta.url);
const __dirname$3 = dirname(__filename$3);

// src/coverage/report.ts
function ratioText(r) {
  return r.total ? `${(Math.floor(percent(r) * 10) / 10).toFixed(1)}% (${r.covered}/${r.total})` : "-";
}
function renderedBy(f) {
  if (f.kind !== "template") return f.kind === "partial" ? "(helpers)" : `(${f.kind})`;
  return f.renderedBy.length ? f.renderedBy.join(", ") : "no combo";
}
function coverageHeadline(r) {
  const counted = r.combos.filter((c) => c.measured !== "excluded").length;
  return `coverage  lines ${ratioText(r.totals.lines)}, branches ${ratioText(r.totals.branches)}, files ${r.totals.files.covered}/${r.totals.files.total} rendered; ${counted} of ${r.combos.length} combos measured`;
}
function coverageTextLines(r, opts = {}) {
  const rows = [["file", "lines", "branches", "rendered by"]];
  for (const f of r.files) {
    if (!f.lines.length && f.reason) {
      rows.push([f.path, "not measured", "", f.reason]);
      continue;
    }
    rows.push([f.path, ratioText(f.totals.lines), ratioText(f.totals.branches), renderedBy(f)]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const out = [
    coverageHeadline(r),
    ...rows.map(
      (row) => "  " + row.map((c, i) => c.padEnd(w[i])).join("  ").trimEnd()
    )
  ];
  const unc = uncoveredBranches(r);
  const max = opts.maxUncovered ?? 50;
  if (unc.length) {
    out.push(`  branches no combo takes (${unc.length}):`);
    for (const u of unc.slice(0, max))
      out.push(
        `    ${u.file}:${u.line} ${u.label}${u.define !== void 0 ? ` (in define "${u.define}")` : ""}${u.suggestion ? `  — set ${u.suggestion}` : ""}`
      );
    if (unc.length > max) out.push(`    … and ${unc.length - max} more (the JSON report lists every one)`);
  }
  return out;
}
function coverageHtml(r, inert, opts = {}) {
  const out = [
    `<h3>Template coverage: <code>${inert(r.chart)}</code></h3>`,
    `<p>lines ${inert(ratioText(r.totals.lines))}, branches ${inert(ratioText(r.totals.branches))}, files ${r.totals.files.covered}/${r.totals.files.total} rendered</p>`,
    "<table><thead><tr><th>file</th><th>lines</th><th>branches</th><th>rendered by</th></tr></thead><tbody>"
  ];
  for (const f of r.files) {
    const measured = f.lines.length || !f.reason;
    out.push(
      `<tr><td><code>${inert(f.path)}</code></td>` + (measured ? `<td>${inert(ratioText(f.totals.lines))}</td><td>${inert(ratioText(f.totals.branches))}</td><td>${inert(renderedBy(f))}</td>` : `<td>not measured</td><td></td><td>${inert(f.reason ?? "")}</td>`) + "</tr>"
    );
  }
  out.push("</tbody></table>");
  const unc = uncoveredBranches(r);
  const max = opts.maxUncovered ?? 30;
  if (unc.length) {
    out.push(`<details><summary>${unc.length} branch${unc.length === 1 ? "" : "es"} no combo takes</summary><ul>`);
    for (const u of unc.slice(0, max))
      out.push(
        `<li><code>${inert(`${u.file}:${u.line}`)}</code> ${inert(u.label)}${u.suggestion ? ` — set <code>${inert(u.suggestion)}</code>` : ""}</li>`
      );
    if (unc.length > max) out.push(`<li>… and ${unc.length - max} more (every one is in the JSON report)</li>`);
    out.push("</ul></details>");
  }
  return out.join("\n");
}

const require$2 = createRequire(import.meta.url);
const __filename$2 = fileURLToPath(import.meta.url);
const __dirname$2 = dirname(__filename$2);

// src/report/sort.ts
function where(f) {
  if (!f.location) return "";
  const l = f.location;
  return `${l.file}:${l.line}${l.column ? `:${l.column}` : ""}`;
}
function locationNote(f) {
  const l = f.location;
  if (!l) return "";
  if (l.approximate) return " (approximate line: no template line could be matched exactly)";
  if (l.via) return ` (via include "${l.via}")`;
  return "";
}
function resourceName(f) {
  if (!f.resource) return "";
  const name = `${f.resource.kind}/${f.resource.name ?? "?"}`;
  return f.message.startsWith(name) ? "" : name;
}

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/report/groups.ts
function messageShape(f) {
  let m = f.message;
  const names = [f.resource?.name, f.resource?.namespace].filter((x) => !!x && x.length >= 2);
  for (const n of names.sort((a, b) => b.length - a.length)) m = m.split(n).join("\0");
  return m.replace(/\[\d+\]/g, "[*]");
}
function groupKey(f) {
  const l = f.location;
  return [f.chart ?? "", f.severity, f.rule, l?.file ?? "", l?.line ?? "", l?.via ?? "", messageShape(f)].join(
    ""
  );
}
function groupFindings(findings) {
  const byKey = /* @__PURE__ */ new Map();
  const resourceSeen = /* @__PURE__ */ new Map();
  const comboSeen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = groupKey(f);
    let g = byKey.get(key);
    if (!g) {
      g = {
        severity: f.severity,
        rule: f.rule,
        check: checkOf(f.rule),
        ...f.location ? { location: f.location } : {},
        message: f.message,
        first: f,
        findings: [],
        combos: [],
        resources: []
      };
      byKey.set(key, g);
      resourceSeen.set(g, /* @__PURE__ */ new Set());
      comboSeen.set(g, /* @__PURE__ */ new Set());
    }
    g.findings.push(f);
    const combo = `${f.chart ?? ""}\0${f.combo}`;
    if (!comboSeen.get(g).has(combo)) {
      comboSeen.get(g).add(combo);
      g.combos.push({ chart: f.chart ?? "", combo: f.combo });
    }
    if (f.resource) {
      const r = f.resource;
      const rk = `${r.apiVersion}\0${r.kind}\0${r.namespace ?? ""}\0${r.name ?? ""}`;
      if (!resourceSeen.get(g).has(rk)) {
        resourceSeen.get(g).add(rk);
        g.resources.push(r);
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.location?.file ?? "￿", b.location?.file ?? "￿") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareText(a.rule, b.rule) || compareText(a.message, b.message)
  );
}
var memo = /* @__PURE__ */ new WeakMap();
function groupsOf(r) {
  let g = memo.get(r);
  if (!g) memo.set(r, g = groupFindings(r.findings));
  return g;
}
function chartWideLabel(rule) {
  return rule.startsWith("lint/") ? "chart-wide (helm lint)" : "chart-wide";
}
function inCombo(g, chart, combo) {
  return g.combos.some((c) => c.combo === combo && c.chart === chart);
}
function groupCounts(groups) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const g of groups) c[g.severity]++;
  return c;
}
function groupSpread(g, opts = {}) {
  const max = opts.maxNames ?? 5;
  const combos = g.combos.filter((c) => c.combo !== "");
  const parts = [];
  if (combos.length > 1) {
    const names = combos.map((c) => opts.charts ? `${c.chart}:${c.combo}` : c.combo);
    parts.push(`in ${combos.length} combos: ${names.slice(0, max).join(", ")}${names.length > max ? ", …" : ""}`);
  }
  if (g.resources.length > 1) parts.push(`${g.resources.length} resources`);
  return parts.join("; ");
}

export { describeBranch as A, formatSuggestion as B, percent as C, suggestValues as D, uncoveredBranches as E, groupSpread as a, groupCounts as b, chartWideLabel as c, coverageHtml as d, lexedText as e, chartSources as f, groupsOf as g, generatedOnly as h, inCombo as i, words as j, readHelmTemplateError as k, locationNote as l, maskPem as m, goQuote as n, chartPath as o, parsed as p, coverageTextLines as q, resourceName as r, sameButNoise as s, lex as t, unquote as u, structure as v, where as w, buildCoverage as x, collectRender as y, coverageFindings as z };
