import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guard, key } from './helpers/guard.js';
import { HELMS, ROOT } from './helpers/helm.js';

/**
 * Every fixtures/broken/<name>/ holds one defect class and an EXPECTED file: one line per finding the
 * guard must report, `<severity> <rule> <file>:<line> [combo=<name>]` (`-` for no location). The guard
 * must report exactly those findings, with both helm 3 and helm 4.
 */
const dir = join(ROOT, 'fixtures/broken');
const fixtures = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'EXPECTED')));

function expected(name: string): { lines: string[]; withCombo: boolean } {
  const lines = readFileSync(join(dir, name, 'EXPECTED'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return { lines: lines.sort(), withCombo: lines.some((l) => l.includes(' combo=')) };
}

describe.each(HELMS)('broken fixtures with helm $version', ({ path: helm }) => {
  it('there is a fixture per engine failure class', () => {
    for (const name of [
      'parse-error-optin',
      'yaml-error-one-combo',
      'duplicate-key',
      'schema-typo-field',
      'schema-bad-enum',
      'schema-wrong-type',
      'missing-strategy',
      'missing-kind',
      'missing-required',
      'empty-render',
      'servicemonitor-typo',
      'removed-api',
      'unknown-crd-version',
      'schema-missing-required',
      'unknown-hook',
      'schema-newer-field',
      'crd-catalog-typo',
    ])
      expect(fixtures).toContain(name);
  });

  it.each(fixtures)('%s reports exactly its EXPECTED findings', async (name) => {
    const exp = expected(name);
    expect(exp.lines.length).toBeGreaterThan(0);
    const cfg = join('fixtures/broken', name, '.helm-guard.yaml');
    const result = await guard(
      helm,
      existsSync(join(ROOT, cfg)) ? { configPath: cfg } : { chartDir: join('fixtures/broken', name) },
    );
    // warning-only fixtures pass under the default fail-on: error
    expect(result.result).toBe(exp.lines.some((l) => l.startsWith('error ')) ? 'fail' : 'pass');
    expect(result.findings.map((f) => key(f, exp.withCombo)).sort()).toEqual(exp.lines);
  });
});
