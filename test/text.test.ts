import { describe, expect, it } from 'vitest';
import { compareText, grouped, plural } from '../src/util/text.js';

describe('grouped', () => {
  it('writes whole numbers as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12_800, 999_999, 1_000_000, 1_234_567_890, -1, -1000, -123_456])
      expect(grouped(n)).toBe(n.toLocaleString('en-US'));
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(12_800, 'occurrence')).toBe('12,800 occurrences');
  });
});

describe('compareText', () => {
  it('orders by code point, whatever the machine locale', () => {
    expect(['b', 'B', 'é', 'a', 'Z', 'templates/z.yaml', 'templates/a.yaml'].sort(compareText)).toEqual([
      'B',
      'Z',
      'a',
      'b',
      'templates/a.yaml',
      'templates/z.yaml',
      'é',
    ]);
    expect(compareText('x', 'x')).toBe(0);
  });
});
