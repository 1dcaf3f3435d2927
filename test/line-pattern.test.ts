/**
 * Template lines with actions are matched against rendered lines by a wildcard matcher (LinePattern),
 * with the same answers as the RE2 pattern it carries as `source`: checked on every shape of line the
 * template parser builds, against random rendered text, and on a line too long to match directly.
 */
import { describe, expect, it } from 'vitest';
import { parseTemplate, type LinePattern } from '../src/manifests/template.js';
import { inputRegExp } from '../src/util/regex.js';

/** A small deterministic generator (the test must be repeatable). */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const PIECES = [
  'a',
  'b',
  'ab',
  ' ',
  '  ',
  '\t',
  ': ',
  '"',
  '-',
  '{{ .x }}',
  '{{- .y }}',
  '{{ .z -}}',
  '{{ if .c }}',
  '{{ $v }}',
];
const TEXT = ['a', 'b', ' ', '\t', ':', '"', '-', 'ab', 'x'];

function patternsOf(text: string): LinePattern[] {
  return parseTemplate('t.yaml', text)
    .segments.flatMap((s) => s.lines)
    .flatMap((l) => (l.regex ? [l.regex as LinePattern] : []));
}

describe('LinePattern', () => {
  it('answers as its RE2 source does, on random template lines and rendered lines', () => {
    const r = rng(20261130);
    const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
    let compared = 0;
    let matched = 0;
    for (let t = 0; t < 400; t++) {
      let line = pick(['', ' ', '  ', 'key: ', '- ']);
      const parts = 1 + Math.floor(r() * 5);
      for (let p = 0; p < parts; p++) line += pick(PIECES);
      for (const pat of patternsOf(line + '\n')) {
        const re2 = inputRegExp(pat.source);
        for (let k = 0; k < 40; k++) {
          let s = '';
          const len = Math.floor(r() * 12);
          for (let c = 0; c < len; c++) s += pick(TEXT);
          expect(pat.test(s), `${JSON.stringify(line)} on ${JSON.stringify(s)}`).toBe(re2.test(s));
          compared++;
          if (re2.test(s)) matched++;
        }
        // and on text made from the line itself, so that matches are common
        const filled = line.replace(/\{\{[^}]*\}\}/g, () => pick(['', 'a', 'x b', '  ']));
        expect(pat.test(filled), `${JSON.stringify(line)} on ${JSON.stringify(filled)}`).toBe(re2.test(filled));
        compared++;
        if (re2.test(filled)) matched++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
    expect(matched).toBeGreaterThan(300);
  });

  it('keeps its answers indented, as a define expanded under nindent is', () => {
    for (const line of ['name: {{ .n }}-{{ .m }}\n', '{{ .k }}: {{ .v }}\n', '  - {{ .x }}\n']) {
      const pad = patternsOf(line)[0]!.indented('  ');
      for (const s of [
        '  name: a-b',
        '  name: -',
        'name: a-b',
        '   name: a-b',
        '  name: a-b  ',
        '  a: b',
        '    - x',
        '  - x',
      ])
        expect(pad.test(s), `${line} on ${s}`).toBe(inputRegExp(pad.source).test(s));
    }
  });

  it('matches a very long rendered line in linear time', () => {
    const [p] = patternsOf('{{ .a }}' + 'a'.repeat(2000) + 'b{{ .b }}\n');
    const s = 'a'.repeat(2_000_000);
    const t = performance.now();
    expect(p!.test(s)).toBe(false);
    expect(p!.test(s + 'b')).toBe(true);
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});
