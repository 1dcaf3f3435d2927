/**
 * issue 15, item 4 (and the alias bomb of 12): a rendered document or a config with 100,000 keys and one
 * duplicate costs seconds at most — duplicate detection, positions and line lookups are linear — and a
 * config whose aliases expand without end is refused with its file and line. Run in a child process
 * bounded in time (the quadratic code took minutes).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig } from '../src/config/load.js';
import { parseRender } from '../src/manifests/parse.js';
import { lastJson, runBounded } from './helpers/bounded.js';
import { ROOT } from './helpers/helm.js';

const N = 100_000;
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'helm-guard-yaml-'));
  // a chart whose template is the mapping written out: the duplicate is placed at its own template line
  const keys = Array.from({ length: N }, (_, i) => `  k${i}: v${i}`);
  keys.splice(60_000, 0, '  k5: again');
  const body = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys.join('\n')}\n`;
  mkdirSync(join(work, 'big/templates'), { recursive: true });
  writeFileSync(join(work, 'big/Chart.yaml'), 'apiVersion: v2\nname: big\nversion: 0.1.0\n');
  writeFileSync(join(work, 'big/templates/cm.yaml'), body);
  writeFileSync(join(work, 'render.txt'), `---\n# Source: big/templates/cm.yaml\n${body}`);
  writeFileSync(
    join(work, 'big.yaml'),
    `chart: ${join(ROOT, 'fixtures/zero-config')}\nvalues:\n${keys.join('\n').replace(/^ {2}/gm, '  ')}\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('YAML costs linear time', () => {
  it(`a rendered mapping of ${N.toLocaleString('en-US')} keys with one duplicate: reported at its template line in seconds`, () => {
    const b = runBounded(
      `import { readFileSync } from 'node:fs';
       import { parseRender } from './src/manifests/parse.ts';
       const t = performance.now();
       const r = parseRender(readFileSync(${JSON.stringify(join(work, 'render.txt'))}, 'utf8'),
         { combo: 'a', chartDir: ${JSON.stringify(join(work, 'big'))}, baseDir: ${JSON.stringify(work)} });
       console.log(JSON.stringify({ ms: performance.now() - t, manifests: r.manifests.length,
         problems: r.problems.map((p) => [p.rule, p.message, p.location]) }));`,
      { timeoutMs: 30_000 },
    );
    const r = lastJson<{ ms: number; manifests: number; problems: unknown[] }>(b);
    expect(r.problems).toEqual([
      [
        'yaml/duplicate-key',
        'Duplicate mapping key "k5" in rendered big/templates/cm.yaml (output line 60008)',
        { file: 'big/templates/cm.yaml', line: 60006, column: 3 },
      ],
    ]);
    // the document is still checked (the last duplicate wins)
    expect(r.manifests).toBe(1);
    expect(r.ms).toBeLessThan(8000);
  }, 40_000);

  it(`a config of ${N.toLocaleString('en-US')} keys with one duplicate: a ConfigError at its line in seconds`, () => {
    const b = runBounded(
      `import { loadConfig } from './src/config/load.ts';
       import { RULE_IDS } from './src/catalog.ts';
       const t = performance.now();
       let msg = 'loaded';
       try { loadConfig({ cwd: ${JSON.stringify(work)}, configPath: 'big.yaml', knownRules: RULE_IDS }); }
       catch (e) { msg = String(e); }
       console.log(JSON.stringify({ ms: performance.now() - t, msg }));`,
      { timeoutMs: 30_000 },
    );
    const r = lastJson<{ ms: number; msg: string }>(b);
    expect(r.msg).toBe('big.yaml:60003:3: duplicate key');
    expect(r.ms).toBeLessThan(8000);
  }, 40_000);

  it('duplicates are still all reported, each at its line, next to a syntax error', () => {
    const out =
      '---\n# Source: c/templates/x.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\ndata:\n  x: 1\n  x: 2\n';
    const r = parseRender(out, { combo: 'a', chartDir: join(work, 'none'), baseDir: work });
    expect(r.problems.map((p) => p.message)).toEqual([
      'Duplicate mapping key "name" in rendered c/templates/x.yaml (output line 7)',
      'Duplicate mapping key "x" in rendered c/templates/x.yaml (output line 10)',
    ]);
    expect(r.manifests[0]!.object).toMatchObject({ metadata: { name: 'b' }, data: { x: 2 } });
  });
});

describe('config alias bombs', () => {
  const bomb = (extra = '') =>
    `chart: ${join(ROOT, 'fixtures/zero-config')}\nvalues:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n` +
    Array.from(
      { length: 9 },
      (_, i) =>
        `  ${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
    ).join('\n') +
    `\n${extra}`;

  it('a billion laughs in the config is a ConfigError naming the file and the first alias line, at once', () => {
    writeFileSync(join(work, 'bomb.yaml'), bomb());
    // bounded: the schema check used to walk the billion values out
    const b = runBounded(
      `import { loadConfig } from './src/config/load.ts';
       import { RULE_IDS } from './src/catalog.ts';
       const t = performance.now();
       let msg = 'loaded';
       try { loadConfig({ cwd: ${JSON.stringify(work)}, configPath: 'bomb.yaml', knownRules: RULE_IDS }); }
       catch (e) { msg = e.name + ': ' + String(e); }
       console.log(JSON.stringify({ ms: performance.now() - t, msg }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; msg: string }>(b);
    expect(r.msg).toMatch(/^ConfigError: bomb\.yaml:4: YAML aliases here expand to more than 1,000,000 values/);
    expect(r.ms).toBeLessThan(3000);
  }, 30_000);

  it('a few aliases (defaults shared between combos) are fine', () => {
    writeFileSync(
      join(work, 'aliases.yaml'),
      `chart: ${join(ROOT, 'fixtures/zero-config')}\ncombos:\n  - name: a\n    set: &s { endpoint: x }\n  - name: b\n    set: *s\n`,
    );
    const c = loadConfig({ cwd: work, configPath: 'aliases.yaml', knownRules: RULE_IDS });
    expect(c.combos.map((x) => x.set)).toEqual([{ endpoint: 'x' }, { endpoint: 'x' }]);
  });
});
