import { describe, expect, it } from 'vitest';
import { assignShards, parseShard, planShards, timingsFromReport } from '../src/plan.js';

const items = Array.from({ length: 10 }, (_, i) => ({ chart: `charts/c${i % 3}`, combo: `k${i}` }));

describe('shard plan', () => {
  it('parses I/N and nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '2/0', '-1/2']) expect(parseShard(bad), bad).toBeUndefined();
  });

  it('without timings: counts differ by one at most, and the same inputs give the same split', () => {
    const a = assignShards(items, 3);
    expect(a).toEqual(assignShards(items, 3));
    const counts = [1, 2, 3].map((s) => a.filter((x) => x === s).length);
    expect(counts.sort()).toEqual([3, 3, 4]);
  });

  it('with timings from a previous report: heavy items apart, loads balanced', () => {
    const report = {
      combos: items.map((i, k) => ({ chart: i.chart, name: i.combo, durationMs: k < 2 ? 1000 : 100 })),
    };
    const timings = timingsFromReport(report);
    expect(timings.size).toBe(10);
    const plans = planShards(items, 2, timings);
    // the two 1000 ms items go to different shards; 8 × 100 ms split evenly
    expect(plans.map((p) => p.weight)).toEqual([1400, 1400]);
    expect(plans.map((p) => p.items.filter((i) => i.combo === 'k0' || i.combo === 'k1').length)).toEqual([1, 1]);
    // an item the report does not know weighs the mean of the known ones
    const partial = planShards([...items, { chart: 'charts/new', combo: 'x' }], 2, timings);
    expect(partial.reduce((n, p) => n + p.weight, 0)).toBe(2800 + 280);
  });
});
