/**
 * Real public charts (fixtures/real/, vendored verbatim, licence and source commit beside each), guarded
 * zero-config as a new user would with both helms: no chart raises an error, and every warning is one of
 * the reviewed lines of fixtures/real/EXPECTED. A new check that fires on a healthy chart fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guard, key } from './helpers/guard.js';
import { HELMS, ROOT } from './helpers/helm.js';

const dir = join(ROOT, 'fixtures/real');
const charts = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const reviewed = readFileSync(join(dir, 'EXPECTED'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [chart, helm, ...rest] = l.split(/\s+/);
    return { chart: chart!, helm: helm!, key: rest.join(' ') };
  });

describe('the real-chart corpus', () => {
  it('holds at least 20 charts from at least six publishers, each with its source and licence', () => {
    expect(charts.length).toBeGreaterThanOrEqual(20);
    const publishers = new Set<string>();
    for (const c of charts) {
      const source = readFileSync(join(dir, c, 'SOURCE'), 'utf8');
      expect(source).toMatch(/^commit: [0-9a-f]{40}$/m);
      expect(source).toMatch(/^license: (Apache-2\.0|MIT)$/m);
      publishers.add(/^repository: https:\/\/github\.com\/([^/]+)\//m.exec(source)![1]!);
      expect(readFileSync(join(dir, c, 'LICENSE'), 'utf8').length).toBeGreaterThan(100);
    }
    expect(publishers.size).toBeGreaterThanOrEqual(6);
  });

  it('EXPECTED names only charts that exist', () => {
    for (const r of reviewed) expect(charts).toContain(r.chart);
  });
});

describe.each(HELMS)('real charts, zero-config, helm $version', ({ version, path: helm }) => {
  it.each(charts)('%s: no error, only the reviewed warnings', async (chart) => {
    const r = await guard(helm, { chartDir: join('fixtures/real', chart) });
    // a reviewed error is a true defect of the chart's own files (a ci/ values file whose key goes nowhere)
    const reviewedErrors = new Set(
      reviewed.filter((x) => x.chart === chart && x.key.startsWith('error ')).map((x) => x.key),
    );
    const errors = r.findings
      .filter((f) => f.severity === 'error' && !reviewedErrors.has(key(f, true)))
      .map((f) => `${key(f, true)} ${f.resource ? `${f.resource.kind}/${f.resource.name}` : ''}: ${f.message}`);
    expect(errors).toEqual([]);
    expect(
      [...reviewedErrors].filter((k) => !r.findings.some((f) => f.severity === 'error' && key(f, true) === k)),
    ).toEqual([]);
    const warnings = r.findings.filter((f) => f.severity === 'warning').map((f) => key(f, true));
    const expected = reviewed
      .filter((x) => x.chart === chart && (x.helm === '*' || x.helm === version) && !x.key.startsWith('error '))
      .map((x) => x.key);
    expect(warnings.sort()).toEqual(expected.sort());
  });
});
