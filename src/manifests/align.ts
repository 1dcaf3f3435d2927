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
const UNMATCHED = -50;
const ABSORB = 1;

function matchScore(r: string, t: TemplateLine): number {
  if (t.kind === 'emitter') return 1;
  if (t.literal !== undefined) return r === t.literal ? 100 + t.weight : NEG;
  return t.regex!.test(r) ? 50 + t.weight : NEG;
}

/** `rendered` holds the document's lines with trailing whitespace removed; blank lines are skipped. */
export function align(rendered: readonly string[], seg: TemplateSegment): Alignment {
  const tl = seg.lines;
  const n = tl.length;
  const m = rendered.length;
  const map: (TemplateLine | undefined)[] = new Array(m).fill(undefined);
  if (n === 0 || m === 0) return { map, score: 0 };

  // lowest template index reachable next from j
  const low = new Int32Array(n);
  for (let j = 0; j < n; j++) low[j] = tl[j]!.loopStart >= 0 ? Math.min(tl[j]!.loopStart, j + 1) : j + 1;

  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  // back pointers: -1 start, -2 absorbed/stay (same j), >=0 previous j
  const back: Int32Array[] = [];
  const kindOf: Uint8Array[] = []; // 0 match, 1 absorb, 2 unmatched
  const bucket = new Float64Array(n + 1);
  const bucketArg = new Int32Array(n + 1);
  const prefix = new Float64Array(n + 1);
  const prefixArg = new Int32Array(n + 1);

  for (let i = 0; i < m; i++) {
    const r = rendered[i]!;
    const bp = new Int32Array(n);
    const kd = new Uint8Array(n);
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
    for (let j = 0; j < n; j++) {
      const t = tl[j]!;
      let v = NEG;
      let b = -1;
      let k = 0;
      const ms = matchScore(r, t);
      if (ms > NEG) {
        const before = i === 0 ? 0 : prefix[j]!;
        if (before > NEG) {
          v = ms + before;
          b = i === 0 ? -1 : prefixArg[j]!;
        }
      }
      if (i > 0) {
        if (t.multi && prev[j]! + ABSORB > v) {
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
        b = -1;
        k = 2;
      }
      cur[j] = v;
      bp[j] = b;
      kd[j] = k;
    }
    back.push(bp);
    kindOf.push(kd);
    [prev, cur] = [cur, prev];
  }
  let bestJ = 0;
  for (let j = 1; j < n; j++) if (prev[j]! > prev[bestJ]!) bestJ = j;
  const score = prev[bestJ]!;
  let j = bestJ;
  for (let i = m - 1; i >= 0; i--) {
    map[i] = kindOf[i]![j] === 2 ? undefined : tl[j];
    const b = back[i]![j]!;
    if (b < 0) break;
    j = b;
  }
  return { map, score };
}
