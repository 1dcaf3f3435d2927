/**
 * fixtures/valid/*: charts that are right and must stay clean (zero findings at any level, with both helms).
 * Each is the control of a check that a broken fixture triggers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guard, key } from './helpers/guard.js';
import { HELMS, ROOT } from './helpers/helm.js';

const dir = join(ROOT, 'fixtures/valid');
const charts = readdirSync(dir).sort();

describe.each(HELMS)('valid fixtures with helm $version', ({ path: helm }) => {
  it.each(charts)('%s raises no finding', async (name) => {
    const cfg = join('fixtures/valid', name, '.helm-guard.yaml');
    const r = await guard(
      helm,
      existsSync(join(ROOT, cfg)) ? { configPath: cfg } : { chartDir: join('fixtures/valid', name) },
    );
    expect(r.findings.map((f) => `${key(f, true)}: ${f.message}`)).toEqual([]);
    expect(r.result).toBe('pass');
  });

  it("capabilities: helm's own defaults would render the legacy APIs the guard's render avoids", () => {
    const out = execFileSync(helm, ['template', 'x', join(dir, 'capabilities')], { encoding: 'utf8', timeout: 60_000 });
    expect(out).toMatch(/^apiVersion: policy\/v1beta1$/m);
  });
});
