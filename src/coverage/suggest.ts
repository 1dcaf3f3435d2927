/**
 * Values that would reach an uncovered branch, when its conditions are plain tests of values: a field of
 * `.Values` (truthy), `not`, `empty`, `and`/`or` of those, `eq .Values.x "literal" …`, `ne`, and variables
 * declared once from such tests (`$s3 := eq .Values.backup.sink "s3"`). The branch's own condition, the
 * negations of the branches before it in its chain, and the conditions of every enclosing body are all
 * required at once. Only in rendered files, where `.` and `$` are the chart's data.
 */
import type { Scalar } from '../config/load.js';
import { lex, type Token } from '../template/lexer.js';
import type { Probe, ProbeTable } from './instrument.js';

export interface Suggestion {
  /** `--set` style paths → values. */
  set: Record<string, Scalar>;
  /** Constraints with no single obvious value (`x: any non-empty value`). */
  needs: string[];
}

type F =
  | { t: 'truthy'; path: string }
  | { t: 'eq'; path: string; values: Scalar[] }
  | { t: 'not'; f: F }
  | { t: 'and'; fs: F[] }
  | { t: 'or'; fs: F[] }
  | { t: 'const'; v: boolean };

interface Ctx {
  /** What `.` is: '' for the chart's data, `.Values.backup` inside `with .Values.backup`. */
  dot: string;
  vars: Record<string, string>;
  depth: number;
}

class Unsupported extends Error {}

function literal(t: Token): Scalar | undefined {
  if (t.kind === 'string') return JSON.parse(t.value) as string;
  if (t.kind === 'raw') return t.value.slice(1, -1);
  if (t.kind === 'bool') return t.value === 'true';
  if (t.kind === 'number' && /^-?\d+(\.\d+)?$/.test(t.value)) return Number(t.value);
  if (t.kind === 'keyword' && t.value === 'nil') return null;
  return undefined;
}

type Term = { path: string } | { value: Scalar } | { f: F };

/** Parse a condition (the text of a pipeline) into a formula. */
function parseCondition(text: string, ctx: Ctx): F {
  if (ctx.depth > 8) throw new Unsupported();
  const lexed = lex(`{{ ${text} }}`);
  if (lexed.error || lexed.actions.length !== 1) throw new Unsupported();
  const toks = lexed.actions[0]!.tokens.filter((t) => t.kind !== 'space');
  const decl = toks.findIndex((t) => t.kind === 'declare');
  let i = decl >= 0 ? decl + 1 : 0;
  const end = toks.length;

  const term = (): Term => {
    const t = toks[i];
    if (!t) throw new Unsupported();
    if (t.kind === 'lparen') {
      i++;
      const f = command(true);
      if (toks[i]?.kind !== 'rparen') throw new Unsupported();
      i++;
      return { f };
    }
    const lit = literal(t);
    if (lit !== undefined) {
      i++;
      return { value: lit };
    }
    let chain: string;
    if (t.kind === 'field') chain = ctx.dot + t.value;
    else if (t.kind === 'variable' && t.value === '$') chain = '';
    else if (t.kind === 'variable') {
      const v = ctx.vars[t.value];
      if (v === undefined || toks[i + 1]?.kind === 'field') throw new Unsupported();
      i++;
      return { f: parseCondition(v, { ...ctx, depth: ctx.depth + 1 }) };
    } else throw new Unsupported();
    i++;
    let last = t.end;
    while (toks[i]?.kind === 'field' && toks[i]!.start === last) {
      chain += toks[i]!.value;
      last = toks[i]!.end;
      i++;
    }
    if (!chain.startsWith('.Values.')) throw new Unsupported();
    return { path: chain.slice('.Values.'.length) };
  };

  const asF = (x: Term): F =>
    'f' in x ? x.f : 'path' in x ? { t: 'truthy', path: x.path } : { t: 'const', v: truthy(x.value) };

  const command = (inParens: boolean): F => {
    const t = toks[i];
    if (!t) throw new Unsupported();
    if (t.kind === 'identifier') {
      i++;
      const args: Term[] = [];
      while (i < end && toks[i]!.kind !== 'rparen' && toks[i]!.kind !== 'pipe') args.push(term());
      if (toks[i]?.kind === 'pipe') throw new Unsupported();
      switch (t.value) {
        case 'not':
        case 'empty':
          if (args.length !== 1) throw new Unsupported();
          return { t: 'not', f: asF(args[0]!) };
        case 'and':
        case 'or':
          if (args.length < 1) throw new Unsupported();
          return { t: t.value, fs: args.map(asF) };
        case 'eq':
        case 'ne': {
          if (args.length < 2 || (t.value === 'ne' && args.length !== 2)) throw new Unsupported();
          const [a, ...rest] = args;
          let f: F;
          if ('path' in a! && rest.every((r) => 'value' in r))
            f = { t: 'eq', path: a.path, values: rest.map((r) => (r as { value: Scalar }).value) };
          else if (args.length === 2 && 'value' in a! && 'path' in rest[0]!)
            f = { t: 'eq', path: rest[0].path, values: [a.value] };
          else throw new Unsupported();
          return t.value === 'ne' ? { t: 'not', f } : f;
        }
        default:
          throw new Unsupported();
      }
    }
    const x = term();
    if (i < end && toks[i]!.kind !== 'rparen') throw new Unsupported();
    void inParens;
    return asF(x);
  };

  const f = command(false);
  if (i !== end) throw new Unsupported();
  return f;
}

function truthy(v: Scalar): boolean {
  return !(v === null || v === false || v === 0 || v === '');
}

/** A literal of a conjunction: truthiness or (in)equality of one path. */
interface Lit {
  path: string;
  neg: boolean;
  f: { t: 'truthy' } | { t: 'eq'; values: Scalar[] };
}

const MAX_TERMS = 64;

/** Disjunctive normal form: a list of conjunctions of literals. */
function dnf(f: F, neg = false): Lit[][] {
  switch (f.t) {
    case 'const':
      return f.v !== neg ? [[]] : [];
    case 'truthy':
      return [[{ path: f.path, neg, f: { t: 'truthy' } }]];
    case 'eq':
      return [[{ path: f.path, neg, f: { t: 'eq', values: f.values } }]];
    case 'not':
      return dnf(f.f, !neg);
    case 'and':
    case 'or': {
      const conj = (f.t === 'and') !== neg;
      if (!conj) return f.fs.flatMap((x) => dnf(x, neg)).slice(0, MAX_TERMS);
      let acc: Lit[][] = [[]];
      for (const x of f.fs) {
        const d = dnf(x, neg);
        const next: Lit[][] = [];
        for (const a of acc) for (const b of d) if (next.length < MAX_TERMS) next.push([...a, ...b]);
        acc = next;
      }
      return acc;
    }
  }
}

function valueAt(defaults: unknown, path: string): unknown {
  let v = defaults;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function isScalar(v: unknown): v is Scalar {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

/** A value for each path of a conjunction; undefined when it cannot hold. */
function solve(lits: Lit[], defaults: unknown): Suggestion | undefined {
  const byPath = new Map<string, Lit[]>();
  for (const l of lits) byPath.set(l.path, [...(byPath.get(l.path) ?? []), l]);
  const set: Record<string, Scalar> = {};
  const needs: string[] = [];
  for (const [path, ls] of byPath) {
    let allowed: Scalar[] | undefined;
    const excluded: Scalar[] = [];
    let want: boolean | undefined;
    for (const l of ls) {
      if (l.f.t === 'truthy') {
        if (want !== undefined && want !== !l.neg) return undefined;
        want = !l.neg;
      } else if (!l.neg)
        allowed = allowed ? allowed.filter((v) => l.f.t === 'eq' && l.f.values.includes(v)) : [...l.f.values];
      else excluded.push(...l.f.values);
    }
    const ok = (v: Scalar) => !excluded.includes(v) && (want === undefined || truthy(v) === want);
    const dflt = valueAt(defaults, path);
    if (allowed) {
      const v = allowed.find(ok);
      if (v === undefined) return undefined;
      set[path] = v;
    } else if (want === false) {
      // the default's kind of empty: "" for a string, 0 for a number, null (removes the key) for a map or list
      const first =
        typeof dflt === 'string'
          ? ''
          : typeof dflt === 'number'
            ? 0
            : dflt !== null && typeof dflt === 'object'
              ? null
              : false;
      const v = [first, false, '', 0, null].find(ok);
      if (v === undefined) return undefined;
      set[path] = v;
    } else if (want === true) {
      if (isScalar(dflt) && ok(dflt)) set[path] = dflt;
      else if ((dflt === undefined || typeof dflt === 'boolean') && ok(true)) set[path] = true;
      else
        needs.push(
          `${path}: any non-empty value${excluded.length ? ` other than ${excluded.map((x) => JSON.stringify(x)).join(', ')}` : ''}`,
        );
    } else if (isScalar(dflt) && ok(dflt)) set[path] = dflt;
    else needs.push(`${path}: a value other than ${excluded.map((x) => JSON.stringify(x)).join(', ')}`);
  }
  return { set, needs };
}

/** The condition a body requires of its context (its own, and the negations of the chain before it). */
function requirement(p: Probe, ctx: Ctx): F {
  const parts: F[] = p.negates.map((c) => ({ t: 'not', f: parseCondition(c, ctx) }) as F);
  if (p.condition !== undefined) parts.push(parseCondition(p.condition, ctx));
  return { t: 'and', fs: parts };
}

/**
 * Values that reach branch probe `id`, or undefined when a condition on its way is not a plain test of
 * values (or the branch is in a define, where `.` is whatever the caller passed).
 */
export function suggestValues(table: ProbeTable, id: number, defaults?: unknown): Suggestion | undefined {
  const probe = table.probes[id];
  if (!probe || probe.kind === 'file' || probe.kind === 'define') return undefined;
  if (table.probes[probe.root]?.kind !== 'file') return undefined;
  const parts: F[] = [];
  try {
    for (
      let p: Probe | undefined = probe;
      p && p.kind !== 'file';
      p = p.parent !== undefined ? table.probes[p.parent] : undefined
    ) {
      const parent = p.parent !== undefined ? table.probes[p.parent] : undefined;
      const dot = p.dotPath ?? (parent === undefined || parent.kind === 'file' || parent.dotUnchanged ? '' : undefined);
      if (dot === undefined) return undefined;
      parts.push(requirement(p, { dot, vars: p.vars ?? {}, depth: 0 }));
    }
  } catch (e) {
    if (e instanceof Unsupported || e instanceof SyntaxError) return undefined;
    throw e;
  }
  for (const conj of dnf({ t: 'and', fs: parts })) {
    const s = solve(conj, defaults);
    if (s) return s;
  }
  return undefined;
}

/** `{ backup.enabled: true, backup.sink: s3 }` */
export function formatSuggestion(s: Suggestion): string {
  const kv = Object.entries(s.set).map(
    ([k, v]) => `${k}: ${typeof v === 'string' && /^[\w./-]+$/.test(v) ? v : JSON.stringify(v)}`,
  );
  return `{ ${[...kv, ...s.needs].join(', ')} }`;
}
