import { isDeepStrictEqual } from 'node:util';
import type { Combo, FieldAssertion, ResourceExpectation } from '../config/load.js';
import type { Manifest } from '../manifests/types.js';
import { toDotted, toPointer, type Finding } from '../types.js';
import { globMatch } from '../util/glob.js';
import { inputRegExp, InputRegExpError, type InputRegExp } from '../util/regex.js';
import { evaluate, parsePath, PathSyntaxError } from './path.js';

/** `3`, `">=1"`, `"<= 2"`, `"==0"` → predicate + description. */
export function parseCount(spec: number | string): { test: (n: number) => boolean; text: string } {
  if (typeof spec === 'number') return { test: (n) => n === spec, text: `exactly ${spec}` };
  const m = /^\s*(>=|<=|>|<|==)?\s*(\d+)\s*$/.exec(spec)!;
  const op = m[1] ?? '==';
  const v = Number(m[2]);
  switch (op) {
    case '>=':
      return { test: (n) => n >= v, text: `at least ${v}` };
    case '<=':
      return { test: (n) => n <= v, text: `at most ${v}` };
    case '>':
      return { test: (n) => n > v, text: `more than ${v}` };
    case '<':
      return { test: (n) => n < v, text: `fewer than ${v}` };
    default:
      return { test: (n) => n === v, text: `exactly ${v}` };
  }
}

export function selectResources(
  manifests: readonly Manifest[],
  sel: Pick<ResourceExpectation, 'kind' | 'apiVersion' | 'name' | 'labels'>,
): Manifest[] {
  return manifests.filter((m) => {
    if (m.resource.kind !== sel.kind) return false;
    if (sel.apiVersion && m.resource.apiVersion !== sel.apiVersion) return false;
    if (sel.name && !globMatch(sel.name, m.resource.name ?? '')) return false;
    if (sel.labels) {
      const labels = (m.object.metadata?.labels ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(sel.labels)) if (String(labels[k]) !== v) return false;
    }
    return true;
  });
}

/** Values shown in messages; Secret data is never shown. */
function show(v: unknown, secret: boolean): string {
  if (secret) return '(Secret data, not shown)';
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 120 ? s.slice(0, 117) + '...' : s;
}

/** Subset match: every key of `want` is in `have` with a matching value; arrays need each wanted element. */
function subset(want: unknown, have: unknown): boolean {
  if (isDeepStrictEqual(want, have)) return true;
  if (Array.isArray(want)) return Array.isArray(have) && want.every((w) => have.some((h) => subset(w, h)));
  if (want && typeof want === 'object') {
    if (!have || typeof have !== 'object' || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, w]) => subset(w, (have as Record<string, unknown>)[k]));
  }
  return false;
}

/** `contains`: a string holds the substring; an array has an element that equals, holds (for strings) or is a superset of it. */
export function contains(have: unknown, want: unknown): boolean {
  if (typeof have === 'string') return typeof want === 'string' && have.includes(want);
  if (Array.isArray(have))
    return have.some((h) => (typeof h === 'string' && typeof want === 'string' ? h.includes(want) : subset(want, h)));
  if (have && typeof have === 'object') return subset(want, have);
  return false;
}

function checkField(
  m: Manifest,
  a: FieldAssertion,
  combo: string,
  /** Where the assertion is written (looked up only for a finding that has no rendered place). */
  whereOf: () => { file: string; line: number } | undefined,
): Finding[] {
  let steps;
  try {
    steps = parsePath(a.path);
  } catch (e) {
    if (e instanceof PathSyntaxError) {
      const where = whereOf();
      return [
        { severity: 'error', rule: 'config/invalid', combo, message: e.message, ...(where ? { location: where } : {}) },
      ];
    }
    throw e;
  }
  // the pattern and the value are both input: a linear-time engine (the config loader checks the syntax)
  let matcher: InputRegExp | undefined;
  if (a.matches !== undefined) {
    try {
      matcher = inputRegExp(a.matches);
    } catch (e) {
      if (!(e instanceof InputRegExpError)) throw e;
      const where = whereOf();
      return [
        { severity: 'error', rule: 'config/invalid', combo, message: e.message, ...(where ? { location: where } : {}) },
      ];
    }
  }
  const { matches, deepest } = evaluate(m.object, steps);
  const secret =
    m.resource.kind === 'Secret' &&
    (deepest[0] === 'data' ||
      deepest[0] === 'stringData' ||
      a.path.startsWith('data') ||
      a.path.startsWith('stringData'));
  const fail = (path: readonly (string | number)[], what: string): Finding => {
    const loc = m.locate(path);
    return {
      severity: 'error',
      rule: 'assert/field',
      combo,
      message: a.message ? `${a.message} (${a.path} ${what})` : `${a.path} ${what}`,
      resource: m.resource,
      path: toPointer(path),
      ...(loc ? { location: loc } : {}),
    };
  };
  const out: Finding[] = [];
  if (a.absent) {
    for (const x of matches) out.push(fail(x.path, `must be absent but is ${show(x.value, secret)}`));
    return out;
  }
  if (a.exists === false && matches.length > 0) return [fail(matches[0]!.path, 'must not exist')];
  const needsValue =
    a.equals !== undefined || a.oneOf || a.matches !== undefined || a.contains !== undefined || a.exists;
  if (!needsValue) return out;
  if (matches.length === 0)
    return [fail(deepest, `is missing (found up to ${toDotted(deepest) || 'the document root'})`)];
  if (a.contains !== undefined) {
    if (!matches.some((x) => contains(x.value, a.contains)))
      out.push(
        fail(
          matches[0]!.path,
          `does not contain ${show(a.contains, false)}${matches.length === 1 ? `; it is ${show(matches[0]!.value, secret)}` : ''}`,
        ),
      );
  }
  for (const x of matches) {
    if (a.equals !== undefined && !isDeepStrictEqual(x.value, a.equals))
      out.push(fail(x.path, `is ${show(x.value, secret)}, expected ${show(a.equals, secret)}`));
    if (a.oneOf && !a.oneOf.some((o) => isDeepStrictEqual(o, x.value)))
      out.push(
        fail(x.path, `is ${show(x.value, secret)}, expected one of ${a.oneOf.map((o) => show(o, secret)).join(', ')}`),
      );
    if (a.matches !== undefined) {
      const scalar = typeof x.value === 'string' || typeof x.value === 'number' || typeof x.value === 'boolean';
      if (!scalar || !matcher!.test(String(x.value)))
        out.push(fail(x.path, `is ${show(x.value, secret)}, which does not match /${a.matches}/`));
    }
  }
  return out;
}

/** Kinds per combo, resources and their fields. Render-failure expectations are checked by the guard. */
export function checkExpectations(combo: Combo, manifests: readonly Manifest[]): Finding[] {
  const out: Finding[] = [];
  const exp = combo.expect;
  const counts = new Map<string, Manifest[]>();
  for (const m of manifests) {
    const list = counts.get(m.resource.kind) ?? [];
    list.push(m);
    counts.set(m.resource.kind, list);
  }
  for (const [kind, spec] of Object.entries(exp.kinds)) {
    const found = counts.get(kind) ?? [];
    const c = parseCount(spec);
    if (c.test(found.length)) continue;
    // too many (zero would pass): shown where the first one is rendered; too few: where it is expected
    const tooMany = found.length > 0 && c.test(0);
    const at = tooMany ? found[0]!.locate([]) : undefined;
    const loc = at ?? exp.kindLocations[kind];
    out.push({
      severity: 'error',
      rule: 'assert/kind-count',
      combo: combo.name,
      message: `expected ${c.text} ${kind}, rendered ${found.length}${found.length ? ` (${found.map((m) => m.resource.name).join(', ')})` : ''}`,
      ...(tooMany ? { resource: found[0]!.resource } : {}),
      ...(loc ? { location: loc } : {}),
    });
  }
  for (const r of exp.resources) {
    const sel = selectResources(manifests, r);
    const c = parseCount(r.count ?? '>=1');
    const label = `${r.kind}${r.name ? ` named ${r.name}` : ''}${r.labels ? ` with labels ${JSON.stringify(r.labels)}` : ''}`;
    if (!c.test(sel.length)) {
      out.push({
        severity: 'error',
        rule: 'assert/resource-count',
        combo: combo.name,
        message: `expected ${c.text} ${label}, rendered ${sel.length}`,
        ...(r.location ? { location: r.location } : {}),
      });
    }
    for (const m of sel) for (const a of r.assert ?? []) out.push(...checkField(m, a, combo.name, () => r.location));
  }
  return out;
}
