import { describe, expect, it, vi } from 'vitest';

// a registry with one rule that throws, beside one that works
vi.mock('../src/rules/index.js', () => ({
  RULES: [
    {
      id: 'workload/duplicate-env',
      description: 'throws',
      severity: 'error',
      check: () => {
        throw new TypeError("Cannot read properties of null (reading 'containers')");
      },
    },
    {
      id: 'name/invalid',
      description: 'finds one',
      severity: 'warning',
      check: (ctx: any) => [{ manifest: ctx.manifests[0], path: ['metadata', 'name'], message: 'a finding' }],
    },
  ],
}));

const { guard } = await import('./helpers/guard.js');
const { HELM3 } = await import('./helpers/helm.js');

describe('a rule that throws', () => {
  it('becomes one finding; the other rules and checks still run', async () => {
    const r = await guard(HELM3, { chartDir: 'fixtures/zero-config', only: ['small'] });
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'internal/rule-failed',
        "rule workload/duplicate-env could not check this render (Cannot read properties of null (reading 'containers')); the other checks ran",
      ],
      ['name/invalid', 'a finding'],
    ]);
    expect(r.combos[0]!.checks.schema).toBe('pass');
  });
});
