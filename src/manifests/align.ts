import type { TemplateLine, TemplateSegment } from './template.js';

/**
 * Aligns the lines of one rendered document with the lines of the template segment that produced it.
 *
 * Dynamic programming over (rendered line i, template line j). A rendered line may
 *  - match a template line further on (skipping lines that a false `if` left out); inside a `range`
 *    the walk may also jump back to the loop's first line;
 *  - be absorbed by the template line that produced the previous rendered line when that line emits
 *    several lines (include, toYaml, nindent …);
 *  - stay unmatched (heavily penalised), attributed to the current template line.
 * The score rewards literal characters matched, so a literal line beats a wildcard pattern.
 */

export interface Alignment {
  /** For each rendered line (index into the lines given): the template line, or undefined if unmatched. */
  map: (TemplateLine | undefined)[];
  score: number;
}

const NEG = -1e9;
/**
 * The alignment keeps a back pointer per (rendered line, template line): 5 bytes a cell. A document and a
 * template so large that the table would pass this many cells are not aligned (the finding is placed
 * approximately, at the segment) rather than allocating gigabytes: both are input.
 */
export const MAX_ALIGN_CELLS = 8_000_000;
const UNMATCHED = -50;
const ABSORB = 1;
const EMITTER_MATCH = 1;

/** Per segment: literal lines by text, patterns, emitters, and each line's lowest next index. */
interface Index {
  literal: Map<string, number[]>;
  patterns: number[];
  emitters: number[];
  low: Int32Array;
}
const indexes = new WeakMap<TemplateSegment, Index>();
const cache = new WeakMap<TemplateSegment, Map<string, Alignment>>();

function indexOf(seg: TemplateSegment): Index {
  let ix = indexes.get(seg);
  if (ix) return ix;
  const tl = seg.lines;
  ix = { literal: new Map(), patterns: [], emitters: [], low: new Int32Array(tl.length) };
  tl.forEach((t, j) => {
    if (t.kind === 'emitter') ix!.emitters.push(j);
    else if (t.literal !== undefined) {
      const list = ix!.literal.get(t.literal) ?? [];
      list.push(j);
      ix!.literal.set(t.literal, list);
    } else ix!.patterns.push(j);
    ix!.low[j] = t.loopStart >= 0 ? Math.min(t.loopStart, j + 1) : j + 1;
  });
  indexes.set(seg, ix);
  return ix;
}

/** `rendered` holds the document's lines with trailing whitespace removed; blank lines are skipped. */
export function align(rendered: readonly string[], seg: TemplateSegment): Alignment {
  const key = rendered.join('\n');
  let segCache = cache.get(seg);
  const hit = segCache?.get(key);
  if (hit) return hit;
  const al = compute(rendered, seg);
  if (!segCache) cache.set(seg, (segCache = new Map()));
  segCache.set(key, al);
  return al;
}

/**
 * Too large to align: each rendered line that is a literal line of the template is placed there (the
 * first such template line at or after the previous one), the rest stay unplaced. Linear.
 */
function literalOnly(rendered: readonly string[], seg: TemplateSegment, map: (TemplateLine | undefined)[]): Alignment {
  const ix = indexOf(seg);
  let last = 0;
  let score = 0;
  for (let i = 0; i < rendered.length; i++) {
    const lit = ix.literal.get(rendered[i]!);
    if (!lit) continue;
    // the candidates are in file order: the first at or after `last`, by bisection
    let lo = 0;
    let hi = lit.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lit[mid]! < last) lo = mid + 1;
      else hi = mid;
    }
    const j = lit[lo] ?? lit[0]!;
    map[i] = seg.lines[j];
    score += 100 + seg.lines[j]!.weight;
    last = j;
  }
  return { map, score };
}

function compute(rendered: readonly string[], seg: TemplateSegment): Alignment {
  const tl = seg.lines;
  const n = tl.length;
  const m = rendered.length;
  const map: (TemplateLine | undefined)[] = new Array(m).fill(undefined);
  if (n === 0 || m === 0) return { map, score: 0 };
  if (m * n > MAX_ALIGN_CELLS) return literalOnly(rendered, seg, map);
  const ix = indexOf(seg);
  const low = ix.low;

  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  // back pointers: -1 start, else the previous j; kinds: 0 match, 1 absorbed, 2 unmatched
  const back = new Int32Array(m * n);
  const kinds = new Uint8Array(m * n);
  const bucket = new Float64Array(n + 1);
  const bucketArg = new Int32Array(n + 1);
  const prefix = new Float64Array(n + 1);
  const prefixArg = new Int32Array(n + 1);
  const score = new Float64Array(n);

  for (let i = 0; i < m; i++) {
    const r = rendered[i]!;
    // match scores of this line: only the template lines that can produce it
    score.fill(NEG);
    for (const j of ix.emitters) score[j] = EMITTER_MATCH;
    const lit = ix.literal.get(r);
    if (lit) for (const j of lit) score[j] = 100 + tl[j]!.weight;
    for (const j of ix.patterns) {
      const t = tl[j]!;
      if (r.startsWith(t.prefix!) && t.regex!.test(r)) score[j] = 50 + t.weight;
    }
    if (i > 0) {
      bucket.fill(NEG);
      for (let j = 0; j < n; j++) {
        const l = low[j]!;
        if (prev[j]! > bucket[l]!) {
          bucket[l] = prev[j]!;
          bucketArg[l] = j;
        }
      }
      let best = NEG;
      let arg = -1;
      for (let x = 0; x <= n; x++) {
        if (bucket[x]! > best) {
          best = bucket[x]!;
          arg = bucketArg[x]!;
        }
        prefix[x] = best;
        prefixArg[x] = arg;
      }
    }
    const row = i * n;
    for (let j = 0; j < n; j++) {
      let v = NEG;
      let b = -1;
      let k = 0;
      const ms = score[j]!;
      if (ms > NEG) {
        const before = i === 0 ? 0 : prefix[j]!;
        if (before > NEG) {
          v = ms + before;
          b = i === 0 ? -1 : prefixArg[j]!;
        }
      }
      if (i > 0) {
        if (tl[j]!.multi && prev[j]! + ABSORB > v) {
          v = prev[j]! + ABSORB;
          b = j;
          k = 1;
        }
        if (prev[j]! + UNMATCHED > v) {
          v = prev[j]! + UNMATCHED;
          b = j;
          k = 2;
        }
      } else if (v === NEG) {
        v = UNMATCHED;
        k = 2;
      }
      cur[j] = v;
      back[row + j] = b;
      kinds[row + j] = k;
    }
    [prev, cur] = [cur, prev];
  }
  let bestJ = 0;
  for (let j = 1; j < n; j++) if (prev[j]! > prev[bestJ]!) bestJ = j;
  const total = prev[bestJ]!;
  let j = bestJ;
  for (let i = m - 1; i >= 0; i--) {
    map[i] = kinds[i * n + j] === 2 ? undefined : tl[j];
    const b = back[i * n + j]!;
    if (b < 0) break;
    j = b;
  }
  return { map, score: total };
}
