/**
 * Which `.Values` paths a template reads, found statically from its tokens (src/template/lexer.ts): field
 * chains through `.Values` and `$.Values`, the dot of `with` and `range`, variables, `index`, `get`, `dig`,
 * `hasKey`, `pluck`, and values passed on whole (`toYaml .Values.x`, an `include` argument) — the subtree
 * under such a path counts as read. What cannot be followed counts as read too: a define called with a
 * dict reads what it was given, `.Values | toYaml` reads everything.
 *
 * A path is a list of keys; `*` stands for any key (the elements a `range` visits, a dynamic `index`).
 */
import type { Action, Token } from '../template/lexer.js';
import { lexedText } from '../template/sources.js';
import { unquote } from '../template/blocks.js';

export type ValuePath = readonly string[];

/** One read of a values path, at a template line. */
export interface Read {
  path: ValuePath;
  /** The whole subtree under the path may be read (printed, passed to a function or a define). */
  whole: boolean;
  /** Chart-relative template file, and the line of the read. */
  file: string;
  line: number;
  /** Read directly as `.Values.…` (or `$.Values.…`) where the dot is the chart's own context. */
  direct: boolean;
}

export interface ReadOptions {
  /** Chart-relative path of the file (for the reads' sites). */
  file: string;
  /** The values prefix of a subchart's templates (`['sub']`); `global` is never prefixed. */
  prefix: ValuePath;
  /** The dot at the top level of the text: the chart's context (a template) or unknown. */
  topDot?: 'root' | 'unknown';
}

export interface FileReads {
  reads: Read[];
  /** The defines it calls (`include`, `template`), and whether it gives them more than values and constants. */
  calls: { name: string; context: boolean }[];
  /** The names it defines (`define`, `block`). */
  defines: string[];
  /** The file calls `tpl` (strings in values may read values). */
  usesTpl: boolean;
  /** The file calls a function whose output differs at every render (random values, keys, the clock). */
  noisy: boolean;
  /** Chart files the template reads (`.Files.Get` paths, folders of `.Files.Glob`), or unknown ones. */
  filesRead: string[] | 'unknown';
  /** The text could not be lexed to its end: its reads are not all known. */
  incomplete: boolean;
}

type Ctx =
  | { k: 'root' }
  | { k: 'values'; path: string[]; direct: boolean; at: Token }
  | { k: 'unknown'; literal?: true }
  | { k: 'files' };

const UNKNOWN: Ctx = { k: 'unknown' };
/** A string, number or other constant: no context in it. */
const LITERAL: Ctx = { k: 'unknown', literal: true };

type Operand =
  | { k: 'term'; base: 'dot' | 'var' | 'field' | 'paren'; name?: string; fields: string[]; inner?: Pipeline; at: Token }
  | { k: 'ident'; name: string; at: Token }
  | { k: 'lit'; value?: string; at: Token };

interface Pipeline {
  decl: string[];
  cmds: Operand[][];
}

/** Functions whose arguments are only tested or measured, not passed on. */
const TESTS = new Set([
  'not',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'empty',
  'kindIs',
  'kindOf',
  'typeOf',
  'typeIs',
  'typeIsLike',
  'len',
  'semverCompare',
  'contains',
  'hasPrefix',
  'hasSuffix',
  'regexMatch',
  'has',
]);

/** Nesting of parentheses beyond which an action is not followed. */
const MAX_PARENS = 64;

/** Functions whose output differs at every render: random values, generated keys and certificates, the clock. */
const NOISE = new Set([
  'randAlphaNum',
  'randAlpha',
  'randNumeric',
  'randAscii',
  'randBytes',
  'randInt',
  'uuidv4',
  'genCA',
  'genCAWithKey',
  'genPrivateKey',
  'genSelfSignedCert',
  'genSelfSignedCertWithKey',
  'genSignedCert',
  'genSignedCertWithKey',
  'now',
  'unixEpoch',
  'shuffle',
]);

/** Functions that return (one of) their values arguments unchanged. */
const PASS_THROUGH = new Set(['default', 'required']);

function parsePipeline(w: Token[], adj: (a: Token, b: Token) => boolean): Pipeline {
  let i = 0;
  const decl: string[] = [];
  // `$x :=`, `$k, $v :=`, `$x =`
  {
    let j = 0;
    const names: string[] = [];
    while (w[j]?.kind === 'variable') {
      names.push(w[j]!.value);
      j++;
      if (w[j]?.kind === 'char' && w[j]!.value === ',') j++;
      else break;
    }
    if (names.length && (w[j]?.kind === 'declare' || w[j]?.kind === 'assign')) {
      decl.push(...names);
      i = j + 1;
    }
  }
  const cmds: Operand[][] = [[]];
  const fieldsAfter = (from: number): { fields: string[]; next: number } => {
    const fields: string[] = [];
    let j = from;
    while (w[j]?.kind === 'field' && adj(w[j - 1]!, w[j]!)) fields.push(w[j++]!.value.slice(1));
    return { fields, next: j };
  };
  while (i < w.length) {
    const t = w[i]!;
    const cmd = cmds.at(-1)!;
    if (t.kind === 'pipe') {
      cmds.push([]);
      i++;
    } else if (t.kind === 'lparen') {
      let depth = 1;
      let j = i + 1;
      for (; j < w.length && depth; j++) {
        if (w[j]!.kind === 'lparen') depth++;
        else if (w[j]!.kind === 'rparen') depth--;
      }
      const inner = parsePipeline(w.slice(i + 1, depth ? j : j - 1), adj);
      const { fields, next } = fieldsAfter(j);
      cmd.push({ k: 'term', base: 'paren', fields, inner, at: t });
      i = next;
    } else if (t.kind === 'dot') {
      const { fields, next } = fieldsAfter(i + 1);
      cmd.push({ k: 'term', base: 'dot', fields, at: t });
      i = next;
    } else if (t.kind === 'field') {
      const { fields, next } = fieldsAfter(i + 1);
      cmd.push({ k: 'term', base: 'field', fields: [t.value.slice(1), ...fields], at: t });
      i = next;
    } else if (t.kind === 'variable') {
      const { fields, next } = fieldsAfter(i + 1);
      cmd.push({ k: 'term', base: 'var', name: t.value, fields, at: t });
      i = next;
    } else if (t.kind === 'identifier') {
      cmd.push({ k: 'ident', name: t.value, at: t });
      i = fieldsAfter(i + 1).next;
    } else {
      const value = t.kind === 'string' || t.kind === 'raw' ? unquote(t) : t.kind === 'number' ? '*' : undefined;
      cmd.push({ k: 'lit', ...(value !== undefined ? { value } : {}), at: t });
      i++;
    }
  }
  return { decl, cmds: cmds.filter((c) => c.length) };
}

interface Frame {
  keyword: string;
  outerDot: Ctx;
  outerRoot?: Ctx;
  outerVars?: Map<string, Ctx>;
}

/** The values reads of one template text. */
export function readsOf(text: string, opts: ReadOptions): FileReads {
  const { lexed } = lexedText(text);
  const out: FileReads = {
    reads: [],
    calls: [],
    defines: [],
    usesTpl: false,
    noisy: false,
    filesRead: [],
    incomplete: !!lexed.error,
  };
  const lineOf = (t: Token) => lexed.lines.line(t.start);
  const prefix = opts.prefix;
  const record = (c: Ctx, whole: boolean) => {
    if (c.k !== 'values') return;
    const path = c.path[0] === 'global' || !prefix.length ? c.path : [...prefix, ...c.path];
    out.reads.push({ path, whole, file: opts.file, line: lineOf(c.at), direct: c.direct });
  };
  const top: Ctx = opts.topDot === 'unknown' ? UNKNOWN : { k: 'root' };
  let dot: Ctx = top;
  let root: Ctx = top;
  let vars = new Map<string, Ctx>();
  const stack: Frame[] = [];

  const field = (c: Ctx, f: string, at: Token, direct: boolean): Ctx => {
    // .Values.AsMap: the same values as a plain map
    if (c.k === 'values' && f === 'AsMap' && !c.path.length) return c;
    if (c.k === 'values') return { ...c, path: [...c.path, f] };
    if (f === 'Values') return { k: 'values', path: [], direct: direct && c.k === 'root', at };
    if (f === 'Files' && c.k !== 'files') return { k: 'files' };
    return UNKNOWN;
  };

  const term = (o: Operand & { k: 'term' }): Ctx => {
    let c: Ctx;
    let direct = false;
    if (o.base === 'dot' || o.base === 'field') {
      c = dot;
      direct = true;
    } else if (o.base === 'var') {
      c = o.name === '$' ? root : (vars.get(o.name!) ?? UNKNOWN);
      direct = o.name === '$';
    } else c = pipeline(o.inner!, 'value');
    for (const f of o.fields) c = field(c, f, o.at, direct);
    if (c.k === 'values') c = { ...c, at: o.at };
    // each chain that ends in the values is a read of its path (the consumer decides if whole)
    if (c.k === 'values' && o.fields.length && c.path.length) record(c, false);
    return c;
  };

  const operand = (o: Operand, test: boolean): Ctx => {
    if (o.k === 'term') return term(o);
    if (o.k === 'lit' && o.value !== undefined && o.value.includes('{{')) nested(o.value);
    void test;
    return o.k === 'lit' ? LITERAL : UNKNOWN;
  };

  /** Template text inside a string literal (`tpl "{{ .Values.x }}" .`): read as a template of its own. */
  const nested = (s: string) => {
    const r = readsOf(s, { ...opts, topDot: 'root' });
    for (const x of r.reads) out.reads.push({ ...x, line: x.line, direct: false });
  };

  const lit = (o: Operand | undefined): string | undefined => (o?.k === 'lit' ? o.value : undefined);

  const extend = (c: Ctx, keys: (string | undefined)[]): Ctx => {
    if (c.k !== 'values') return UNKNOWN;
    if (keys.some((k) => k === undefined)) {
      // a key the index cannot know: everything under the base may be read
      record(c, true);
      return UNKNOWN;
    }
    const r: Ctx = { ...c, path: [...c.path, ...(keys as string[])], direct: false };
    record(r, false);
    return r;
  };

  const command = (cmd: Operand[], piped: Ctx | undefined, test: boolean): Ctx => {
    const head = cmd[0]!;
    if (head.k === 'term' && head.fields.at(-2) === 'Files') {
      // chart files a template reads (what `tpl` may render): a path, or the folder of a glob
      const name = lit(cmd[1]);
      const get = head.fields.at(-1);
      if (get === 'Get' || get === 'Glob' || get === 'Lines') {
        const folder = name === undefined ? undefined : get === 'Glob' ? name.replace(/[*?[{].*$/, '') : name;
        if (folder === undefined || out.filesRead === 'unknown') out.filesRead = 'unknown';
        else out.filesRead.push(folder);
      }
    }
    if (head.k !== 'ident') {
      const c = operand(head, test);
      if (cmd.length === 1 && !piped) return c;
      record(c, true);
      for (const o of cmd.slice(1)) record(operand(o, test), true);
      if (piped) record(piped, true);
      return UNKNOWN;
    }
    const fn = head.name;
    if (NOISE.has(fn)) out.noisy = true;
    const argOps = cmd.slice(1);
    const args = argOps.map((o) => operand(o, test));
    if (piped) args.push(piped);
    const litArgs = argOps.map(lit);
    switch (fn) {
      case 'index': {
        if (piped) {
          for (const a of args) record(a, true);
          return UNKNOWN;
        }
        return extend(args[0] ?? UNKNOWN, argOps.slice(1).map(lit));
      }
      case 'get':
        return args[0]?.k === 'values' ? extend(args[0], [litArgs[1]]) : UNKNOWN;
      case 'hasKey':
        if (args[0]?.k === 'values') extend(args[0], [litArgs[1]]);
        return UNKNOWN;
      case 'dig': {
        // dig "a" "b" default dict
        const dict = args.at(-1);
        if (dict?.k === 'values') {
          const keys = piped ? litArgs.slice(0, -1) : litArgs.slice(0, -2);
          const r = extend(dict, keys);
          for (const a of args.slice(0, -1)) record(a, true);
          return r;
        }
        for (const a of args) record(a, true);
        return UNKNOWN;
      }
      case 'pluck': {
        const key = litArgs[0];
        for (const a of args.slice(1)) if (a.k === 'values') record(extend(a, [key]), true);
        return UNKNOWN;
      }
      case 'include': {
        // a define given the chart's context (or a dict or list that may hold it) can read any value
        const name = litArgs[0];
        const given = args.slice(1);
        if (name !== undefined)
          out.calls.push({ name, context: given.some((a) => a.k !== 'values' && !(a.k === 'unknown' && a.literal)) });
        for (const a of given) record(a, true);
        return UNKNOWN;
      }
      case 'tpl':
        out.usesTpl = true;
        if (args[0]) record(args[0], true);
        // the context given to tpl is the chart's: what the text reads is read there
        for (const a of args.slice(1)) if (a.k === 'values') record(a, true);
        return UNKNOWN;
      default:
        if (PASS_THROUGH.has(fn)) {
          const v = [...args].reverse().find((a) => a.k === 'values');
          for (const a of args) if (a !== v) record(a, true);
          return v ?? UNKNOWN;
        }
        if (TESTS.has(fn) || (test && (fn === 'and' || fn === 'or'))) return UNKNOWN;
        for (const a of args) record(a, true);
        return UNKNOWN;
    }
  };

  const pipeline = (p: Pipeline, use: 'value' | 'test' | 'bind'): Ctx => {
    let piped: Ctx | undefined;
    for (const cmd of p.cmds) piped = command(cmd, piped, use === 'test');
    return piped ?? UNKNOWN;
  };

  const pushFrame = (keyword: string, extra: Partial<Frame> = {}) => stack.push({ keyword, outerDot: dot, ...extra });

  for (const action of lexed.actions) {
    const all = action.tokens;
    const w = all.filter((t) => t.kind !== 'space');
    const adj = (a: Token, b: Token) => a.end === b.start;
    const kw = w[0]?.kind === 'keyword' ? w[0].value : undefined;
    const rest = (from: number) => parsePipeline(w.slice(from), adj);
    // parentheses nested deeper than any template writes them: not followed (its reads count as unknown)
    let depth = 0;
    let deepest = 0;
    for (const t of w) deepest = Math.max(deepest, (depth += t.kind === 'lparen' ? 1 : t.kind === 'rparen' ? -1 : 0));
    if (deepest > MAX_PARENS) {
      out.incomplete = true;
      continue;
    }
    if (kw === 'if') {
      pushFrame('if');
      pipeline(rest(1), 'test');
    } else if (kw === 'with' || kw === 'range') {
      const p = rest(1);
      const c = pipeline(p, 'bind');
      const frame: Frame = { keyword: kw, outerDot: dot };
      stack.push(frame);
      if (kw === 'with') {
        dot = c;
        for (const v of p.decl) vars.set(v, c);
      } else {
        const el: Ctx = c.k === 'values' ? { ...c, path: [...c.path, '*'], direct: false } : UNKNOWN;
        // ranging over a map reads each of its keys
        if (el.k === 'values') record(el, false);
        dot = el;
        if (p.decl.length === 2) {
          vars.set(p.decl[0]!, UNKNOWN);
          vars.set(p.decl[1]!, el);
        } else if (p.decl.length === 1) vars.set(p.decl[0]!, el);
      }
    } else if (kw === 'else') {
      const f = stack.at(-1);
      if (f) dot = f.outerDot;
      const next = w[1]?.kind === 'keyword' ? w[1].value : undefined;
      if (next === 'if') pipeline(rest(2), 'test');
      else if (next === 'with') {
        const p = rest(2);
        const c = pipeline(p, 'bind');
        dot = c;
        for (const v of p.decl) vars.set(v, c);
      }
    } else if (kw === 'end') {
      const f = stack.pop();
      if (f) {
        dot = f.outerDot;
        if (f.outerRoot) root = f.outerRoot;
        if (f.outerVars) vars = f.outerVars;
      }
    } else if (kw === 'define' || kw === 'block') {
      const name = unquote(w[1]);
      if (name !== undefined) out.defines.push(name);
      if (kw === 'block') {
        // block "name" pipeline: executes here with that pipeline as its dot
        const c = pipeline(rest(2), 'value');
        record(c, true);
      }
      stack.push({ keyword: kw, outerDot: dot, outerRoot: root, outerVars: vars });
      dot = UNKNOWN;
      root = UNKNOWN;
      vars = new Map();
    } else if (kw === 'template') {
      const c = pipeline(rest(2), 'value');
      const name = unquote(w[1]);
      if (name !== undefined && w.length > 2)
        out.calls.push({ name, context: c.k !== 'values' && !(c.k === 'unknown' && c.literal) });
      record(c, true);
    } else if (kw === 'break' || kw === 'continue' || kw === 'nil') {
      // nothing read
    } else {
      const p = rest(0);
      const c = pipeline(p, p.decl.length ? 'bind' : 'value');
      if (p.decl.length) for (const v of p.decl) vars.set(v, c);
      else record(c, true);
    }
  }
  return out;
}

/** The tokens of an action (for tests). */
export function actionWords(a: Action): Token[] {
  return a.tokens.filter((t) => t.kind !== 'space');
}
