import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesBelow, readChartFile } from '../util/files.js';
import { inputRegExp, type InputRegExp } from '../util/regex.js';

const CHART_TEXT = /\.(tpl|ya?ml|txt)$/;

/**
 * A template file split into its `---` segments, each line classified for alignment against rendered
 * output. Classification works on Go-template actions (`{{ … }}`), which may span several lines.
 */

export type LineKind =
  /** Produces no output: if/else/end/range/with/define, comments, variable assignments, blank lines. */
  | 'control'
  /** Only actions that emit text of unknown shape: include, toYaml, tpl, .Files.Get, a bare value… */
  | 'emitter'
  /** Literal text, possibly with inline actions: matched by a regular expression. */
  | 'pattern';

export interface TemplateLine {
  /** 0-based line number in the template file. */
  line: number;
  kind: LineKind;
  /** For 'pattern': exact text when the line has no action, else undefined. */
  literal?: string;
  /**
   * For 'pattern' with actions: a matcher of the rendered line. Both the template and the rendered line
   * are input, and a line with several actions is a pattern with several `.*?`: a linear-time engine.
   */
  regex?: InputRegExp;
  /** For 'pattern' with actions: the literal text before the first action (a cheap pre-check). */
  prefix?: string;
  /** Count of literal, non-space characters: the weight of a pattern match. */
  weight: number;
  /** The line may produce several rendered lines (emitter, or a pattern with toYaml/include/nindent). */
  multi: boolean;
  /** For include/template calls: the define name. */
  via?: string;
  /** What the line emits through, when it is an emitter: 'include', 'toYaml', 'tpl', … */
  through?: string;
  /** 0-based index of the first content line of the outermost enclosing `range`, or -1. */
  loopStart: number;
  /** Indentation (0-based column of the first non-space character). */
  indent: number;
}

export interface TemplateSegment {
  /** 0-based line of the segment's first line in the file. */
  startLine: number;
  /** Lines that are not control lines (the alignment alphabet), in file order. */
  lines: TemplateLine[];
  /** Literal `kind: X` of the segment, when it is written literally. */
  kind?: string;
}

export interface TemplateFile {
  path: string;
  segments: TemplateSegment[];
}

// `fail` stops the render: a line that calls it emits nothing, in a branch taken or not
const CONTROL = /^(?:if|else|end|range|with|define|block|break|continue|fail)\b/;
const MULTI_LINE_FUNCS =
  /\b(?:include|template|toYaml|toJson|toPrettyJson|tpl|nindent|indent|Files\.Get|Files\.Glob|AsConfig|AsSecrets|Lines)\b/;

interface Action {
  start: number;
  end: number; // exclusive, after "}}"
  body: string; // trimmed, without delimiters and chomp markers
}

function scanActions(text: string): Action[] {
  const out: Action[] = [];
  let i = 0;
  while (true) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    let j = open + 2;
    if (text.startsWith('/*', j) || text.startsWith('- /*', j)) {
      const endComment = text.indexOf('*/', j);
      const close = endComment < 0 ? -1 : text.indexOf('}}', endComment);
      if (close < 0) break;
      out.push({ start: open, end: close + 2, body: '/*' });
      i = close + 2;
      continue;
    }
    // find the closing "}}" outside of string literals
    let quote: string | null = null;
    for (; j < text.length - 1; j++) {
      const c = text[j]!;
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === '`') quote = c;
      else if (c === '}' && text[j + 1] === '}') break;
    }
    if (j >= text.length - 1) break;
    let body = text.slice(open + 2, j);
    body = body.replace(/^-\s/, '').replace(/\s-$/, '').trim();
    out.push({ start: open, end: j + 2, body });
    i = j + 2;
  }
  return out;
}

type Tok = { lit: string } | typeof WS | typeof ANY;
const WS = { ws: true } as const;
const ANY = { any: true } as const;

/** RE2's `\s`: the Perl class, ASCII only. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Above this many steps (text length × literal length), a line is matched by the linear-time engine. */
const DIRECT_MAX = 1_000_000;

/**
 * A template line with actions as a pattern of the rendered line: literal text, optional whitespace where
 * `{{-`/`-}}` may have chomped it, and a wildcard per action, anchored at both ends (trailing whitespace
 * allowed). `source` is the same pattern as an RE2 expression. Literal parts never start or end with
 * whitespace (they are trimmed), so the optional whitespace is matched greedily without choice points and
 * only the wildcards are retried: the classic wildcard match, at most text × literal steps — run directly
 * while that is small, which is every real line, and by the linear-time engine beyond it (a line is input).
 */
export class LinePattern implements InputRegExp {
  private readonly litLength: number;
  private linear: InputRegExp | undefined;
  constructor(
    private readonly toks: readonly Tok[],
    readonly source: string,
  ) {
    this.litLength = toks.reduce((n, t) => n + ('lit' in t ? t.lit.length : 0), 1);
  }

  toString(): string {
    return `/${this.source}/`;
  }

  /** The same line under `nindent`: `pad` before it. */
  indented(pad: string): LinePattern {
    if (!pad) return this;
    const first = this.toks[0];
    const toks =
      first && 'lit' in first ? [{ lit: pad + first.lit }, ...this.toks.slice(1)] : [{ lit: pad }, ...this.toks];
    return new LinePattern(toks, '^' + pad + this.source.slice(1));
  }

  test(s: string): boolean {
    if (s.length * this.litLength > DIRECT_MAX) return (this.linear ??= inputRegExp(this.source)).test(s);
    const toks = this.toks;
    const n = s.length;
    let i = 0;
    let k = 0;
    let star = -1; // the last wildcard passed, and where its match ends
    let starEnd = 0;
    for (;;) {
      const t = toks[k];
      if (t === undefined) {
        while (i < n && isSpace(s.charCodeAt(i))) i++;
        if (i === n) return true;
      } else if ('any' in t) {
        star = k++;
        starEnd = i;
        continue;
      } else if ('ws' in t) {
        while (i < n && isSpace(s.charCodeAt(i))) i++;
        k++;
        continue;
      } else if (s.startsWith(t.lit, i)) {
        i += t.lit.length;
        k++;
        continue;
      }
      // no match here: let the last wildcard take one more character (a rendered line holds no line break)
      if (star < 0 || starEnd >= n) return false;
      i = ++starEnd;
      k = star + 1;
    }
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isControl(body: string): boolean {
  return body === '/*' || CONTROL.test(body) || /^\$[\w]*\s*:?=/.test(body) || body === '';
}

function defineName(body: string): string | undefined {
  const m = /\b(?:include|template)\s+"([^"]+)"/.exec(body);
  return m?.[1];
}

function throughOf(body: string): string | undefined {
  const m = /\b(include|template|toYaml|toJson|toPrettyJson|tpl|Files\.Get|Files\.Glob)\b/.exec(body);
  return m?.[1];
}

/** Expands `include "name"` into the lines of the define, when its output is knowable line by line. */
export interface DefineResolver {
  expand(name: string): TemplateLine[] | null;
}

/**
 * An include whose output lines all get a known indentation: `include "name" ARGS | nindent N` anywhere,
 * or, on a line that starts at column 0, `include "name" ARGS` (0) and `… | indent N` (N).
 * `template "name" ARGS` is the same without a pipe.
 */
function includeIndent(body: string, lineIndent: number): { name: string; indent: number } | undefined {
  const m = /^(?:include|template)\s+"([^"]+)"[^|]*(?:\|\s*(nindent|indent)\s+(\d+)\s*)?$/.exec(body);
  if (!m) return undefined;
  if (m[2] === 'nindent') return { name: m[1]!, indent: Number(m[3]) };
  if (lineIndent !== 0) return undefined;
  return { name: m[1]!, indent: m[2] === 'indent' ? Number(m[3]) : 0 };
}

/** The define's lines, re-indented for `nindent N` and attributed to the include line. */
function expandInclude(
  lines: readonly TemplateLine[],
  name: string,
  indent: number,
  at: Omit<TemplateLine, 'kind' | 'weight' | 'multi'>,
): TemplateLine[] {
  const pad = ' '.repeat(indent);
  return lines.map((t) => ({
    ...at,
    kind: 'pattern' as const,
    weight: t.weight,
    multi: false,
    via: name,
    ...(t.literal !== undefined
      ? { literal: pad + t.literal }
      : { regex: (t.regex as LinePattern).indented(pad), prefix: pad + (t.prefix ?? '') }),
  }));
}

/** Classify the lines of one template text. Exported for tests and for callers with in-memory text. */
export function parseTemplate(path: string, text: string, defines?: DefineResolver): TemplateFile {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let off = 0;
  for (const l of lines) {
    lineStarts.push(off);
    off += l.length + 1;
  }
  const actions = scanActions(text);
  // For each line: the actions that start on it, and whether the line is covered by a multi-line action.
  const actionsByLine: Action[][] = lines.map(() => []);
  const covered: boolean[] = lines.map(() => false);
  let li = 0;
  for (const a of actions) {
    while (li + 1 < lines.length && lineStarts[li + 1]! <= a.start) li++;
    actionsByLine[li]!.push(a);
    let k = li + 1;
    while (k < lines.length && lineStarts[k]! < a.end) covered[k++] = true;
  }

  const segments: TemplateSegment[] = [];
  let seg: TemplateSegment = { startLine: 0, lines: [] };
  const stack: { kind: string; contentStart: number }[] = [];
  let outerLoop = -1;
  let awaitingLoopStart = false;

  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.trimEnd();
    if (/^---\s*$/.test(raw) && !stack.some((s) => s.kind === 'define')) {
      segments.push(seg);
      seg = { startLine: n + 1, lines: [] };
      continue;
    }
    if (covered[n] && actionsByLine[n]!.length === 0) {
      // continuation of an action begun on an earlier line: its output is attributed there
      continue;
    }
    const acts = actionsByLine[n]!;
    // strip actions from the line to find its literal text
    let literalText = '';
    let pos = lineStarts[n]!;
    const lineEnd = lineStarts[n]! + raw.length;
    const parts: (string | Action)[] = [];
    for (const a of acts) {
      if (a.start > pos) parts.push(text.slice(pos, Math.min(a.start, lineEnd)));
      parts.push(a);
      pos = a.end;
    }
    if (pos < lineEnd) parts.push(text.slice(pos, lineEnd));
    for (const p of parts) if (typeof p === 'string') literalText += p;

    // track block structure for range loops and defines
    for (const a of acts) {
      const kw = /^(if|range|with|define|block|end)\b/.exec(a.body)?.[1];
      if (!kw) continue;
      if (kw === 'end') {
        const top = stack.pop();
        if (top?.kind === 'range' && !stack.some((s) => s.kind === 'range')) {
          outerLoop = -1;
          awaitingLoopStart = false;
        }
      } else {
        stack.push({ kind: kw, contentStart: seg.lines.length });
        if (kw === 'range' && outerLoop < 0) awaitingLoopStart = true;
      }
    }
    const inDefine = stack.some((s) => s.kind === 'define');
    if (inDefine) continue;
    const inRange = stack.some((s) => s.kind === 'range');

    const literalTrim = literalText.trim();
    if (literalTrim === '' && acts.every((a) => isControl(a.body))) continue; // control or blank
    if (awaitingLoopStart && inRange) {
      outerLoop = seg.lines.length;
      awaitingLoopStart = false;
    }
    const indent = raw.length - raw.trimStart().length;
    const loopStart = inRange ? outerLoop : -1;

    if (literalTrim === '') {
      const body = acts.find((a) => !isControl(a.body))!.body;
      const inc = defines ? includeIndent(body, indent) : undefined;
      const expanded = inc ? defines!.expand(inc.name) : null;
      if (inc && expanded) {
        seg.lines.push(...expandInclude(expanded, inc.name, inc.indent, { line: n, loopStart, indent }));
        continue;
      }
      seg.lines.push({
        line: n,
        kind: 'emitter',
        weight: 0,
        multi: true,
        via: defineName(body),
        through: throughOf(body),
        loopStart,
        indent,
      });
      continue;
    }
    if (acts.length === 0) {
      seg.lines.push({
        line: n,
        kind: 'pattern',
        literal: raw,
        weight: raw.replace(/\s/g, '').length,
        multi: false,
        loopStart,
        indent,
      });
      const km = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(raw);
      if (km && seg.kind === undefined) seg.kind = km[1];
      continue;
    }
    let re = '^';
    const toks: Tok[] = [];
    const first = parts[0];
    const prefix = typeof first === 'string' ? first.trimEnd() : '';
    let multi = false;
    let via: string | undefined;
    let through: string | undefined;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      if (typeof p === 'string') {
        // whitespace next to an action may be chomped by "{{-" or "-}}"; the line's indentation is exact
        const lead = /^\s*/.exec(p)![0];
        const core = p.trim();
        re += (k === 0 ? lead : lead ? '\\s*' : '') + escapeRe(core) + (core && /\s$/.test(p) ? '\\s*' : '');
        if (k === 0 ? lead : '') toks.push({ lit: lead });
        else if (lead) toks.push(WS);
        if (core) toks.push({ lit: core });
        if (core && /\s$/.test(p)) toks.push(WS);
      } else {
        if (isControl(p.body)) {
          // an inline if/else/range: which literal text follows is unknowable, so the rest is a wildcard
          if (p.body !== '/*' && !/^\$/.test(p.body)) {
            re += '.*';
            toks.push(ANY);
            break;
          }
          continue;
        }
        re += '.*?';
        toks.push(ANY);
        if (MULTI_LINE_FUNCS.test(p.body)) {
          multi = true;
          via ??= defineName(p.body);
          through ??= throughOf(p.body);
        }
      }
    }
    seg.lines.push({
      line: n,
      kind: 'pattern',
      regex: new LinePattern(toks, re + '\\s*$'),
      prefix,
      weight: literalTrim.replace(/\s/g, '').length,
      multi,
      via,
      through,
      loopStart,
      indent,
    });
  }
  segments.push(seg);
  return { path, segments: segments.filter((s) => s.lines.length > 0) };
}

/** `define` blocks of a text: name → body (the text between the define and its matching end). */
export function extractDefines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack: { kw: string; name?: string; bodyStart: number }[] = [];
  for (const a of scanActions(text)) {
    const kw = /^(if|range|with|define|block|end)\b/.exec(a.body)?.[1];
    if (!kw) continue;
    if (kw === 'end') {
      const top = stack.pop();
      if (top?.kw === 'define' && top.name) out.set(top.name, text.slice(top.bodyStart, a.start));
    } else stack.push({ kw, name: kw === 'define' ? /"([^"]+)"/.exec(a.body)?.[1] : undefined, bodyStart: a.end });
  }
  return out;
}

/**
 * The defines of a chart (its templates/ and its subcharts'), expanded on demand. A define is expandable
 * when every line it emits is a pattern — after expanding the includes inside it — and it has no loop:
 * then its output is matched line by line instead of being an opaque block.
 */
function defineResolver(chartRoot: string): DefineResolver {
  const bodies = new Map<string, string>();
  for (const f of [
    ...filesBelow(join(chartRoot, 'templates'), CHART_TEXT, chartRoot),
    ...filesBelow(join(chartRoot, 'charts'), CHART_TEXT, chartRoot),
  ]) {
    // unreadable (outside the chart, not a regular file, too large): its defines stay opaque
    const text = readChartFile(f, chartRoot);
    if (text !== undefined)
      for (const [name, body] of extractDefines(text)) if (!bodies.has(name)) bodies.set(name, body);
  }
  const done = new Map<string, TemplateLine[] | null>();
  const resolving = new Set<string>();
  const resolver: DefineResolver = {
    expand(name) {
      if (done.has(name)) return done.get(name)!;
      const body = bodies.get(name);
      if (body === undefined || resolving.has(name)) return null;
      resolving.add(name);
      const parsed = parseTemplate(`define ${name}`, body, resolver);
      resolving.delete(name);
      const lines = parsed.segments.length === 1 ? parsed.segments[0]!.lines : [];
      const ok = lines.length > 0 && lines.every((t) => t.kind === 'pattern' && t.loopStart < 0);
      const result = ok ? lines : null;
      done.set(name, result);
      return result;
    },
  };
  return resolver;
}

/** The chart directory a template belongs to: the nearest ancestor holding Chart.yaml. */
function chartRootOf(file: string): string | undefined {
  let dir = dirname(file);
  for (let i = 0; i < 12; i++) {
    if (existsSync(join(dir, 'Chart.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

const cache = new Map<string, TemplateFile | null>();
const resolvers = new Map<string, DefineResolver>();

/**
 * Read and classify a template file once per process; null when it cannot be read — or may not be: only a
 * regular file inside its chart, of bounded size (util/files.ts).
 */
export function loadTemplate(absPath: string): TemplateFile | null {
  let t = cache.get(absPath);
  if (t !== undefined) return t;
  try {
    const root = chartRootOf(absPath);
    const text = readChartFile(absPath, root ?? dirname(absPath));
    if (text === undefined) {
      cache.set(absPath, null);
      return null;
    }
    let resolver: DefineResolver | undefined;
    if (root) {
      resolver = resolvers.get(root);
      if (!resolver) resolvers.set(root, (resolver = defineResolver(root)));
    }
    t = parseTemplate(absPath, text, resolver);
  } catch {
    t = null;
  }
  cache.set(absPath, t);
  return t;
}

/** Forget cached templates (tests that rewrite files, long-lived processes). */
export function clearTemplateCache(): void {
  cache.clear();
  resolvers.clear();
}
