/**
 * The executable structure of one template text, for coverage: its bodies (the file's top level, each
 * `define`, and every branch body of `if` / `else if` / `else`, `with` / `else with` / `else`, `range` /
 * `range … else`), which body each line belongs to, and the parts that cannot be measured.
 *
 * Built on the project's Go-template lexer (src/template/lexer.ts) and block pairing (blocks.ts); nothing
 * here scans template text on its own.
 */
import { structure, unquote, words, type Block, type Structure } from '../template/blocks.js';
import { lex, type Action, type Lexed, type Token } from '../template/lexer.js';

export type BodyKind =
  /** The top level of a rendered template file. */
  | 'file'
  /** The body of a `define`. */
  | 'define'
  /** The first body of an `if` / `with` / `range`. */
  | 'then'
  | 'else if'
  | 'else with'
  /** A written `{{ else }}`. */
  | 'else'
  /** The `else` an `if`/`with`/`range` does not write: no condition held (or the range was empty). */
  | 'implicit else';

export interface Body {
  /** Index in `Analysis.bodies`. */
  index: number;
  kind: BodyKind;
  /** The `if`/`with`/`range` block of a branch body. */
  block?: Block;
  /** Offsets of the body in the text: [start, end). An implicit else is empty, at its block's `end`. */
  start: number;
  end: number;
  /** The action that opens the body: the block's opener, its `else …`, or the `define`. */
  opener?: Action;
  /** Where the body's keyword is: the `if`/`with`/`range` or `else` token, the define's name. */
  at: { offset: number; line: number; column: number };
  /** The enclosing body; undefined for the roots (file, define). */
  parent?: Body;
  /** The root this body belongs to. */
  root: Body;
  /** Name of the define a define root is (and of the root of every body inside it). */
  define?: string;
  /** A branch's condition as written (`eq .Values.backup.sink "s3"`), whitespace runs folded. */
  condition?: string;
  /** For else-family bodies: the conditions of the bodies before it in the chain, each false here. */
  negates: string[];
  /** The bodies of one if/with/range chain share a chain number (its opener's body index). */
  chain?: number;
  /** Position in the chain, from 0. */
  branch?: number;
  /** The cursor `.` inside this body is the template's data unchanged (no enclosing with/range). */
  dotUnchanged: boolean;
  /**
   * A `default` fallback's two outcomes (kind then: the tested value is empty and the fallback is used;
   * kind else: it is not): the action it is in, the tested expression and the fallback as written.
   */
  defaultOf?: { action: Action; expr: string; fallback: string };
}

export interface Unmeasured {
  /** 1-based line, when the part has one. */
  line?: number;
  define?: string;
  reason: string;
}

export interface Analysis {
  lexed: Lexed;
  structure: Structure;
  /** Why the whole file cannot be instrumented (it does not lex or pair). */
  broken?: string;
  bodies: Body[];
  /** The file root (rendered templates only). */
  fileRoot?: Body;
  /** Define roots by name (measurable and not). */
  defines: { name: string; block: Block; root?: Body; reason?: string }[];
  /** Counted line (1-based) → the innermost body it belongs to. */
  lines: Map<number, Body>;
  /** Offsets [start, end) whose text is left exactly as written and never measured (`block`s). */
  opaque: [number, number][];
  unmeasured: Unmeasured[];
}

/** Keywords of actions that do not make a line count: they close or continue a block, or declare one. */
const NOT_COUNTED = new Set(['end', 'else', 'define', 'block']);

/** The text of an action's tokens from `from` (a token index in action.tokens) on, folded to one line. */
export function actionText(action: Action, fromToken: Token | undefined, text: string): string {
  if (!fromToken) return '';
  const end = action.close ? action.close.start : (action.tokens.at(-1)?.end ?? fromToken.end);
  return text.slice(fromToken.start, end).replace(/\s+/g, ' ').trim();
}

function hasLeftTrim(a: Action): boolean {
  return a.open.value.length > 2;
}

function hasRightTrim(a: Action): boolean {
  return (a.close?.value.length ?? 2) > 2;
}

export { hasLeftTrim, hasRightTrim };

/**
 * Analyse one template. `rendered` is false for partials (`_*.tpl`: helm executes them but prints
 * nothing) and for NOTES.txt: then only their defines are measured.
 */
export function analyzeTemplate(text: string, rendered: boolean): Analysis {
  const lexed = lex(text);
  const st = structure(lexed);
  const out: Analysis = {
    lexed,
    structure: st,
    bodies: [],
    defines: [],
    lines: new Map(),
    opaque: [],
    unmeasured: [],
  };
  const { lines } = lexed;
  const loc = (offset: number) => ({ offset, line: lines.line(offset), column: lines.column(offset) });
  if (lexed.error) {
    out.broken = `does not parse: ${lexed.error.message} (line ${lines.line(lexed.error.at)})`;
    return out;
  }
  if (st.issues.length || st.unclosed.length) {
    const first = st.issues[0];
    out.broken = first
      ? `does not parse: ${first.kind} at line ${lines.line(first.token.start)}`
      : `does not parse: unclosed ${st.unclosed[0]!.keyword} at line ${lines.line(st.unclosed[0]!.at.start)}`;
    return out;
  }

  /** A new body; a root (no `root` given) is its own root. */
  const add = (b: Omit<Body, 'index' | 'root'> & { root?: Body }): Body => {
    const body = { ...b, index: out.bodies.length } as Body;
    body.root ??= body;
    out.bodies.push(body);
    return body;
  };

  if (rendered) {
    out.fileRoot = add({ kind: 'file', start: 0, end: text.length, at: loc(0), negates: [], dotUnchanged: true });
  }

  // blocks that are templates of their own: `block` is define + template; its text is left as written
  for (const b of st.blocks) {
    if (b.keyword !== 'block') continue;
    out.opaque.push([b.action.open.start, b.end!.close?.end ?? b.end!.open.end]);
    out.unmeasured.push({
      line: lines.line(b.at.start),
      reason: `{{ block ${JSON.stringify(b.name ?? '')} }} is not measured (it is a define and a call in one; write a define and an include)`,
    });
  }

  const rootOf = new Map<Block, Body | null>();
  for (const b of st.blocks) {
    if (b.keyword !== 'define') continue;
    const name = b.name ?? '';
    const nested = st.blocks.some((x) => x.keyword === 'block' && inside(x, b));
    if (nested) {
      out.defines.push({ name, block: b, reason: 'it contains a {{ block }}' });
      rootOf.set(b, null);
      continue;
    }
    const start = b.action.close!.end;
    const end = b.end!.open.start;
    const root = add({
      kind: 'define',
      start,
      end,
      opener: b.action,
      at: loc(b.at.start),
      define: name,
      negates: [],
      dotUnchanged: true,
    });
    out.defines.push({ name, block: b, root });
    rootOf.set(b, root);
  }

  /** The root body of a block: its define, or the file; a reason when it is not measured. */
  const rootFor = (b: Block): Body | 'block' | 'partial' => {
    for (let p = b.parent; p; p = p.parent) {
      if (p.keyword === 'block') return 'block';
      if (p.keyword === 'define') return rootOf.get(p) ?? 'block';
    }
    return out.fileRoot ?? 'partial';
  };

  /** The chain bodies of each if/with/range, by block. */
  const chains = new Map<Block, Body[]>();
  let partialBranches = 0;
  for (const b of st.blocks) {
    if (b.keyword !== 'if' && b.keyword !== 'with' && b.keyword !== 'range') continue;
    const root = rootFor(b);
    if (root === 'partial') partialBranches++;
    if (typeof root === 'string') continue;
    const bodies: Body[] = [];
    const openers = [b.action, ...b.elses];
    const negates: string[] = [];
    for (let i = 0; i < openers.length; i++) {
      const a = openers[i]!;
      const w = words(a);
      let kind: BodyKind = 'then';
      let cond: string | undefined;
      if (i === 0) cond = actionText(a, w[1], text);
      else if (w[1]?.kind === 'keyword' && (w[1].value === 'if' || w[1].value === 'with')) {
        kind = w[1].value === 'if' ? 'else if' : 'else with';
        cond = actionText(a, w[2], text);
      } else kind = 'else';
      const next = openers[i + 1] ?? b.end!;
      const body = add({
        kind,
        block: b,
        start: a.close!.end,
        end: next.open.start,
        opener: a,
        at: loc(w[0]!.start),
        root,
        negates: [...negates],
        dotUnchanged: true,
        ...(cond !== undefined ? { condition: cond } : {}),
        ...(root.define !== undefined ? { define: root.define } : {}),
      });
      bodies.push(body);
      if (cond !== undefined) negates.push(cond);
    }
    if (!bodies.some((x) => x.kind === 'else')) {
      const endAt = b.end!.open.start;
      bodies.push(
        add({
          kind: 'implicit else',
          block: b,
          start: endAt,
          end: endAt,
          at: loc(b.at.start),
          root,
          negates: [...negates],
          dotUnchanged: true,
          ...(root.define !== undefined ? { define: root.define } : {}),
        }),
      );
    }
    const chain = bodies[0]!.index;
    bodies.forEach((x, i) => {
      x.chain = chain;
      x.branch = i;
    });
    chains.set(b, bodies);
  }
  if (partialBranches)
    out.unmeasured.push({
      reason: `${partialBranches} branch(es) outside any define in a partial template (helm does not print partials)`,
    });

  // parents: the innermost body of the enclosing block (or the root) that holds the opener
  const parentOf = (b: Block, root: Body): Body => {
    for (let p = b.parent; p; p = p.parent) {
      if (p.keyword === 'define') break;
      const bs = chains.get(p);
      if (!bs) continue;
      const hit = bs.find((x) => x.start <= b.action.open.start && b.action.open.start < x.end);
      if (hit) return hit;
    }
    return root;
  };
  for (const [b, bs] of chains)
    for (const x of bs) {
      x.parent = parentOf(b, x.root);
    }
  // the cursor: `with` and `range` bodies rebind it (their else bodies do not)
  for (const x of out.bodies) {
    let dot = true;
    for (let p: Body | undefined = x; p; p = p.parent) {
      if (p.kind === 'then' && (p.block?.keyword === 'with' || p.block?.keyword === 'range')) dot = false;
      if (p.kind === 'else with') dot = false;
    }
    x.dotUnchanged = dot;
  }

  defaultFallbacks(out, text, loc);
  countLines(out, text);
  return out;
}

/** A plain chain at token `i` (`.Values.a.b`, `$.Values.a`, `$v.a`): its end index (exclusive), or -1. */
function chainAt(w: readonly Token[], i: number): number {
  const t = w[i];
  if (!t || (t.kind !== 'field' && t.kind !== 'variable')) return -1;
  let k = i + 1;
  let end = t.end;
  while (w[k]?.kind === 'field' && w[k]!.start === end) end = w[k++]!.end;
  return t.kind === 'variable' && k === i + 1 ? (t.value === '$' ? -1 : k) : k;
}

/** A single-term fallback at token `i` (a literal or a plain chain): its end index (exclusive), or -1. */
function termAt(w: readonly Token[], i: number): number {
  const t = w[i];
  if (!t) return -1;
  if (['string', 'raw', 'number', 'bool', 'char'].includes(t.kind) || (t.kind === 'keyword' && t.value === 'nil'))
    return i + 1;
  return chainAt(w, i);
}

/**
 * `default` fallbacks that are cheap to measure exactly: the action's pipeline starts with
 * `default FALLBACK X` or `X | default FALLBACK` (after an optional `$v :=` or an `if`/`with`/`range`),
 * FALLBACK one term and X a plain field chain — so X is evaluated first thing, unconditionally, in the
 * original too, and testing it just before the action (`empty X`) cannot change what the action does.
 */
function defaultFallbacks(a: Analysis, text: string, loc: (o: number) => Body['at']): void {
  for (const act of a.lexed.actions) {
    if (!act.close) continue;
    const w = words(act);
    let s = 0;
    if (w[0]?.kind === 'keyword') {
      if (w[0].value !== 'if' && w[0].value !== 'with' && w[0].value !== 'range') continue;
      s = 1;
    }
    if (w[s]?.kind === 'variable' && (w[s + 1]?.kind === 'declare' || w[s + 1]?.kind === 'assign')) s += 2;
    let expr: [number, number] | undefined;
    let fallback: [number, number] | undefined;
    let dflt: Token | undefined;
    if (w[s]?.kind === 'identifier' && w[s]!.value === 'default') {
      const f = termAt(w, s + 1);
      const x = f < 0 ? -1 : chainAt(w, f);
      if (x >= 0 && (x === w.length || w[x]!.kind === 'pipe')) {
        dflt = w[s];
        fallback = [s + 1, f];
        expr = [f, x];
      }
    } else {
      const x = chainAt(w, s);
      if (x >= 0 && w[x]?.kind === 'pipe' && w[x + 1]?.kind === 'identifier' && w[x + 1]!.value === 'default') {
        const f = termAt(w, x + 2);
        if (f >= 0 && (f === w.length || w[f]!.kind === 'pipe')) {
          dflt = w[x + 1];
          fallback = [x + 2, f];
          expr = [s, x];
        }
      }
    }
    if (!dflt || !expr || !fallback) continue;
    const parent = bodyAt(a, act.open.start);
    if (!parent) continue;
    const slice = (r: [number, number]) => text.slice(w[r[0]]!.start, w[r[1] - 1]!.end);
    const x = slice(expr);
    const defaultOf = { action: act, expr: x, fallback: slice(fallback) };
    const common = {
      block: undefined,
      opener: act,
      start: act.open.start,
      end: act.open.start,
      at: loc(dflt.start),
      parent,
      root: parent.root,
      dotUnchanged: parent.dotUnchanged,
      defaultOf,
      ...(parent.root.define !== undefined ? { define: parent.root.define } : {}),
    };
    const used: Body = { ...common, index: a.bodies.length, kind: 'then', condition: `empty ${x}`, negates: [] };
    a.bodies.push(used);
    const given: Body = { ...common, index: a.bodies.length, kind: 'else', negates: [`empty ${x}`] };
    a.bodies.push(given);
    used.chain = given.chain = used.index;
    used.branch = 0;
    given.branch = 1;
  }
}

function inside(inner: Block, outer: Block): boolean {
  const s = outer.action.open.start;
  const e = outer.end ? outer.end.open.start : Infinity;
  return inner !== outer && inner.action.open.start > s && inner.action.open.start < e;
}

/** The innermost non-empty body that holds `offset`, or undefined (outside every measured root). */
export function bodyAt(a: Analysis, offset: number): Body | undefined {
  if (a.opaque.some(([s, e]) => offset >= s && offset < e)) return undefined;
  let best: Body | undefined;
  for (const b of a.bodies) {
    if (b.start > offset || offset >= b.end) continue;
    if (b.kind === 'file') {
      // the top level does not hold the text of its defines
      if (a.defines.some((d) => offset >= d.block.action.open.start && offset < endOf(d.block))) continue;
    }
    if (!best || b.start >= best.start) best = b;
  }
  return best;
}

function endOf(b: Block): number {
  return b.end?.close?.end ?? b.end?.open.end ?? Infinity;
}

/**
 * Which lines count, and the body of each: a line counts when it holds literal text other than white
 * space, or part of an action other than a comment, `end`, `else …`, `define` or `block`. Its body is the
 * innermost body that holds the first such element on the line.
 */
function countLines(a: Analysis, text: string): void {
  const li = a.lexed.lines;
  const first = new Map<number, number>(); // line → anchor offset of its first element
  const note = (line: number, anchor: number, pos: number, seen: Map<number, number>) => {
    const prev = seen.get(line);
    if (prev === undefined || pos < prev) {
      seen.set(line, pos);
      first.set(line, anchor);
    }
  };
  const pos = new Map<number, number>();
  for (const t of a.lexed.tokens) {
    if (t.kind !== 'text') continue;
    let i = t.start;
    while (i < t.end) {
      const nl = text.indexOf('\n', i);
      const lineEnd = nl < 0 || nl >= t.end ? t.end : nl;
      const m = /\S/.exec(text.slice(i, lineEnd));
      if (m) {
        const at = i + m.index;
        note(li.line(at), at, at, pos);
      }
      i = lineEnd + 1;
    }
  }
  for (const act of a.lexed.actions) {
    const kw = words(act)[0];
    if (kw?.kind === 'keyword' && NOT_COUNTED.has(kw.value)) continue;
    const end = act.close?.end ?? act.open.end;
    const l0 = li.line(act.open.start);
    const l1 = li.line(end - 1);
    for (let l = l0; l <= l1; l++) note(l, act.open.start, Math.max(act.open.start, li.lineStart(l)!), pos);
  }
  for (const [line, anchor] of [...first].sort((x, y) => x[0] - y[0])) {
    const b = bodyAt(a, anchor);
    if (b) a.lines.set(line, b);
  }
}

/** Names a text defines (`define` and `block`), for the define namespace a chart shares with its subcharts. */
export function definedNames(text: string): string[] {
  const lexed = lex(text);
  const out: string[] = [];
  for (const act of lexed.actions) {
    const w = words(act);
    if (w[0]?.kind === 'keyword' && (w[0].value === 'define' || w[0].value === 'block')) {
      const n = unquote(w[1]);
      if (n !== undefined) out.push(n);
    }
  }
  return out;
}
