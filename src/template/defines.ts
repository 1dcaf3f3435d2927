/**
 * The defines of a chart (and of its unpacked subcharts: one namespace), where each is, what it includes,
 * and where templates call it: for "did you mean" on a misspelt name, and to name both the define and the
 * including line of an error inside a define.
 */
import { closest } from '../util/closest.js';
import { type Action, type Token } from './lexer.js';
import { unquote, words, type Block } from './blocks.js';
import { parsed, type Parsed, type TemplateSources } from './sources.js';

export interface Define {
  name: string;
  /** Chart-relative path of the file that defines it. */
  file: string;
  block: Block;
  source: Parsed;
}

/** A call `include "name" …` or `template "name" …`. */
export interface Call {
  via: 'include' | 'template';
  name: string;
  /** The `include` / `template` token. */
  token: Token;
  action: Action;
}

const indexCache = new WeakMap<TemplateSources, Map<string, Define>>();

/** Every define of the chart by name (when two files define one name: the last in path order). */
export function defineIndex(sources: TemplateSources): Map<string, Define> {
  let idx = indexCache.get(sources);
  if (idx) return idx;
  idx = new Map();
  for (const file of sources.list()) {
    const p = parsed(sources, file);
    if (!p) continue;
    for (const b of p.structure.blocks)
      if ((b.keyword === 'define' || b.keyword === 'block') && b.name !== undefined)
        idx.set(b.name, { name: b.name, file, block: b, source: p });
  }
  indexCache.set(sources, idx);
  return idx;
}

/** The include/template calls of an action. */
export function callsIn(action: Action): Call[] {
  const w = words(action);
  const out: Call[] = [];
  for (let i = 0; i < w.length; i++) {
    const t = w[i]!;
    const via =
      t.kind === 'identifier' && t.value === 'include'
        ? 'include'
        : t.kind === 'keyword' && t.value === 'template'
          ? 'template'
          : undefined;
    const name = via && unquote(w[i + 1]);
    if (via && name !== undefined) out.push({ via, name, token: t, action });
  }
  return out;
}

/** The actions inside a block, between its opener and its end. */
export function actionsInside(p: Parsed, b: Block): Action[] {
  const from = b.action.open.start;
  const to = b.end ? b.end.open.start : p.lexed.text.length;
  return p.lexed.actions.filter((a) => a.open.start > from && a.open.start < to);
}

/** The action of a parsed template that contains an offset. */
export function actionAt(p: Parsed, offset: number): Action | undefined {
  return p.lexed.actions.find((a) => a.open.start <= offset && offset < (a.close ?? a.tokens.at(-1) ?? a.open).end);
}

/**
 * Calls of `required "message"` or `fail "message"` with exactly this message, in a define and in every
 * define it includes (breadth first, each once).
 */
export function findFailureCall(
  sources: TemplateSources,
  defineName: string,
  message: string,
): { define: Define; token: Token }[] {
  const idx = defineIndex(sources);
  const hits: { define: Define; token: Token }[] = [];
  const seen = new Set<string>();
  const queue = [defineName];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const d = idx.get(name);
    if (!d) continue;
    for (const a of actionsInside(d.source, d.block)) {
      const w = words(a);
      for (let i = 0; i < w.length; i++) {
        const t = w[i]!;
        if (t.kind === 'identifier' && (t.value === 'required' || t.value === 'fail') && unquote(w[i + 1]) === message)
          hits.push({ define: d, token: t });
      }
      for (const c of callsIn(a)) queue.push(c.name);
    }
  }
  return hits;
}

/**
 * The `template "name"` calls outside any define, in templates helm renders (not `_` partials): the lines
 * where a define that helm placed only by its own line was reached from.
 */
export function topLevelTemplateCalls(
  sources: TemplateSources,
  name: string,
): { file: string; call: Call; source: Parsed }[] {
  const out: { file: string; call: Call; source: Parsed }[] = [];
  for (const file of sources.list()) {
    if (file.split('/').pop()!.startsWith('_')) continue;
    const p = parsed(sources, file);
    if (!p) continue;
    const defines = p.structure.blocks.filter((b) => b.keyword === 'define');
    for (const a of p.lexed.actions) {
      if (defines.some((d) => a.open.start > d.action.open.start && (!d.end || a.open.start < d.end.open.start)))
        continue;
      for (const c of callsIn(a)) if (c.via === 'template' && c.name === name) out.push({ file, call: c, source: p });
    }
  }
  return out;
}

/** "did you mean" over the chart's define names. */
export function closestDefine(sources: TemplateSources, name: string): string | undefined {
  // edit distance is quadratic: no suggestion for a name longer than any sensible define name
  if (name.length > 200) return undefined;
  return closest(
    name,
    [...defineIndex(sources).keys()].filter((d) => d.length <= 200),
  );
}
