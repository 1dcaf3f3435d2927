import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { guard } from './helpers/guard.js';
import { HELMS, ROOT } from './helpers/helm.js';

/** The seed's own verification, from parsed YAML, for each of its six combinations, with both helms. */
const chart = join(ROOT, 'fixtures/certctl/deploy/helm/certctl');
const COMBOS: Record<string, string[]> = {
  defaults: [],
  'backup-pvc': ['backup.enabled=true', 'backup.pvc.existingClaim=certctl-backups'],
  'backup-s3': [
    'backup.enabled=true',
    'backup.sink=s3',
    'backup.s3.bucket=b',
    'backup.s3.region=eu-west-1',
    'backup.s3.existingSecret=s3',
  ],
  'prometheus-rules': ['monitoring.prometheusRules.enabled=true'],
  'migrations-via-hook': ['migrations.viaHook=true'],
  'all-on': [
    'backup.enabled=true',
    'backup.pvc.existingClaim=certctl-backups',
    'monitoring.prometheusRules.enabled=true',
    'migrations.viaHook=true',
  ],
};
const OPT_IN: Record<string, string[]> = {
  CronJob: ['backup-pvc', 'backup-s3', 'all-on'],
  PrometheusRule: ['prometheus-rules', 'all-on'],
  Job: ['migrations-via-hook', 'all-on'],
};

function setArgs(sets: string[]): string[] {
  return sets.flatMap((s) => ['--set', s]);
}

describe.each(HELMS)('certctl chart with helm $version', ({ path: helm }) => {
  it.each(Object.keys(COMBOS))(
    '%s: helm lint passes and the render has exactly the opt-in kinds it enables',
    (name) => {
      const lint = execFileSync(helm, ['lint', chart, ...setArgs(COMBOS[name]!)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(lint).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
      const out = execFileSync(helm, ['template', 'certctl', chart, ...setArgs(COMBOS[name]!)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const docs = parseAllDocuments(out)
        .map((d) => d.toJS())
        .filter(Boolean);
      const kinds = docs.map((d) => d.kind);
      for (const [kind, combos] of Object.entries(OPT_IN))
        expect(kinds.filter((k) => k === kind).length, kind).toBe(combos.includes(name) ? 1 : 0);
      const sts = docs.filter((d) => d.kind === 'StatefulSet');
      expect(sts).toHaveLength(1);
      expect(sts[0].spec.updateStrategy).toEqual({ type: 'OnDelete' });
      expect(sts[0].spec.podManagementPolicy).toBe('OrderedReady');
      const server = docs.find((d) => d.kind === 'Deployment');
      const env = server.spec.template.spec.containers.flatMap((c: any) => c.env ?? []);
      const gate = env.find((e: any) => e.name === 'CERTCTL_MIGRATIONS_VIA_HOOK');
      if (OPT_IN.Job!.includes(name)) expect(gate).toEqual({ name: 'CERTCTL_MIGRATIONS_VIA_HOOK', value: 'true' });
      else expect(gate).toBeUndefined();
      const job = docs.find((d) => d.kind === 'Job');
      if (job) expect(job.metadata.annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    },
  );

  it('the guard config passes: 6 combos, 6 expected failures, no finding', async () => {
    const r = await guard(helm, { configPath: 'fixtures/certctl/.helm-guard.yaml' });
    expect(r.findings).toEqual([]);
    expect(r.result).toBe('pass');
    expect(r.combos.filter((c) => c.render === 'ok').map((c) => c.name)).toEqual(Object.keys(COMBOS));
    expect(r.combos.filter((c) => c.render === 'expected-failure')).toHaveLength(6);
    expect(r.combos.every((c) => c.checks.schema === 'pass' || c.render !== 'ok')).toBe(true);
  });
});

describe('certctl repository files', () => {
  it.each([
    'deploy/helm/certctl/templates/backup-cronjob.yaml',
    'deploy/helm/certctl/templates/migration-job.yaml',
    'deploy/helm/certctl/templates/prometheusrules.yaml',
    'deploy/helm/certctl/templates/postgres-statefulset.yaml',
    'deploy/helm/certctl/templates/servicemonitor.yaml',
    'docs/operator/runbooks/rollback.md',
    'docs/operator/runbooks/prometheus-bearer-token.md',
    'docs/operator/runbooks/postgres-backup.md',
    'docs/operator/performance-baselines.md',
  ])('%s exists', (f) => {
    expect(existsSync(join(ROOT, 'fixtures/certctl', f))).toBe(true);
  });
});
