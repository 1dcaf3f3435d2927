/**
 * The work of a run as chart × combo items, and its split into balanced shards for a CI matrix: each item
 * weighs its last known render time (from a previous JSON report) or, unknown, the mean of the known ones
 * (1 when none is known); items go, heaviest first, to the lightest shard (ties: lowest shard, then plan
 * order), so every shard computes the same split from the same inputs.
 */
import type { WorkItem } from './result.js';

export const itemKey = (i: WorkItem): string => `${i.chart}\u0000${i.combo}`;

export interface Shard {
  index: number;
  total: number;
}

/** `2/4` → { index: 2, total: 4 }; undefined when it is not i/n with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}

/** Render time per item from a JSON report (a full run's, a shard's or a merged one). */
export function timingsFromReport(report: unknown): Map<string, number> {
  const out = new Map<string, number>();
  const combos = (report as { combos?: unknown })?.combos;
  if (!Array.isArray(combos)) return out;
  for (const c of combos) {
    if (!c || typeof c !== 'object') continue;
    const { chart, name, durationMs } = c as Record<string, unknown>;
    if (typeof chart === 'string' && typeof name === 'string' && typeof durationMs === 'number' && durationMs >= 0)
      out.set(itemKey({ chart, combo: name }), durationMs);
  }
  return out;
}

/** Each item's weight: its known render time, else the mean of the known ones, else 1. */
function weights(items: readonly WorkItem[], timings: ReadonlyMap<string, number>): number[] {
  const known = items.map((i) => timings.get(itemKey(i))).filter((t): t is number => t !== undefined);
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  return items.map((i) => timings.get(itemKey(i)) ?? fallback);
}

/** The shard (1-based) of each item, in item order. */
export function assignShards(
  items: readonly WorkItem[],
  total: number,
  timings: ReadonlyMap<string, number> = new Map(),
): number[] {
  const weight = weights(items, timings);
  const order = items.map((_, k) => k).sort((a, b) => weight[b]! - weight[a]! || a - b);
  const load = new Array<number>(total).fill(0);
  const shardOf = new Array<number>(items.length).fill(0);
  for (const k of order) {
    let best = 0;
    for (let s = 1; s < total; s++) if (load[s]! < load[best]!) best = s;
    load[best]! += weight[k]!;
    shardOf[k] = best + 1;
  }
  return shardOf;
}

export interface ShardPlan {
  index: number;
  total: number;
  items: WorkItem[];
  /** Estimated milliseconds (the sum of the items' weights; 1 per item when no timing is known). */
  weight: number;
}

/** Every shard of a plan, for `helm-guard plan`. */
export function planShards(
  items: readonly WorkItem[],
  total: number,
  timings: ReadonlyMap<string, number> = new Map(),
): ShardPlan[] {
  const shardOf = assignShards(items, total, timings);
  const weight = weights(items, timings);
  const plans: ShardPlan[] = Array.from({ length: total }, (_, s) => ({ index: s + 1, total, items: [], weight: 0 }));
  items.forEach((item, k) => {
    const p = plans[shardOf[k]! - 1]!;
    p.items.push(item);
    p.weight += weight[k]!;
  });
  for (const p of plans) p.weight = Math.round(p.weight);
  return plans;
}
