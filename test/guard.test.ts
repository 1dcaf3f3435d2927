import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuardResult } from '../src/guard.js';
import { guard } from './helpers/guard.js';
import { HELM3, HELM4, ROOT } from './helpers/helm.js';

describe('helm calls have a timeout', () => {
  it('a render that hangs is killed and reported as render/timeout', async () => {
    // a stand-in helm: answers `version`, hangs on everything else
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-hang-'));
    const fake = join(dir, 'helm');
    writeFileSync(
      fake,
      `#!${process.execPath}\nif (process.argv[2] === 'version') { process.stdout.write('v3.16.4'); } else { setTimeout(() => {}, 600000); }\n`,
    );
    chmodSync(fake, 0o755);
    const cfg = join(dir, 'hang.yaml');
    writeFileSync(
      cfg,
      `chart: ${join(ROOT, 'fixtures/zero-config')}\ntimeout: 500ms\nlint: false\ncombos:\n  - name: a\n    set: { endpoint: x }\n`,
    );
    const started = Date.now();
    const r = await guard(fake, { configPath: cfg });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'render/timeout',
        combo: 'a',
        chart: 'fixtures/zero-config',
        message: 'helm template ran past 500 ms and was killed',
      },
    ]);
    expect(r.result).toBe('fail');
  });
});

describe('rule configuration', () => {
  it('re-levels, turns off, and scopes a rule to resources, per combo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-rules-'));
    const chart = join(ROOT, 'fixtures/broken/rule-duplicate-env');
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), `chart: ${chart}\n${text}`);
      return join(dir, name);
    };
    const base = await guard(HELM3, { configPath: write('base.yaml', '') });
    expect(base.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning workload/duplicate-env']);
    const err = await guard(HELM3, { configPath: write('err.yaml', 'rules:\n  workload/duplicate-env: error\n') });
    expect(err.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error workload/duplicate-env']);
    expect(err.result).toBe('fail');
    const off = await guard(HELM3, {
      configPath: write('off.yaml', 'combos:\n  - name: a\n    rules:\n      workload/duplicate-env: off\n'),
    });
    expect(off.findings).toEqual([]);
    const kind = base.findings[0]!.resource!.kind;
    const scoped = await guard(HELM3, {
      configPath: write(
        'scoped.yaml',
        `rules:\n  workload/duplicate-env:\n    severity: error\n    resources:\n      - { kind: ${kind}, name: "nomatch-*", severity: off }\n`,
      ),
    });
    expect(scoped.findings.map((f) => f.severity)).toEqual(['error']);
    const scopedOff = await guard(HELM3, {
      configPath: write(
        'scoped-off.yaml',
        `rules:\n  workload/duplicate-env:\n    resources:\n      - { kind: ${kind}, name: "*", severity: off }\n`,
      ),
    });
    expect(scopedOff.findings).toEqual([]);
  });
});

describe('helm version check', () => {
  it('runs once per helm binary, then is remembered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-version-'));
    const fake = join(dir, 'helm');
    const log = join(dir, 'calls.log');
    writeFileSync(
      fake,
      `#!${process.execPath}
const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(log)}, process.argv[2] + '\\n');
if (process.argv[2] === 'version') process.stdout.write('v3.99.1');
else if (process.argv[2] === 'template') process.stdout.write('---\\n# Source: zero-config/templates/configmap.yaml\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: x\\n');
`,
    );
    chmodSync(fake, 0o755);
    const cfg = join(dir, 'c.yaml');
    writeFileSync(cfg, `chart: ${join(ROOT, 'fixtures/zero-config')}\ncombos:\n  - name: a\n`);
    const first = await guard(fake, { configPath: cfg });
    const second = await guard(fake, { configPath: cfg });
    expect(first.helm.version).toBe('v3.99.1');
    expect(second.helm.version).toBe('v3.99.1');
    const calls = readFileSync(log, 'utf8').trim().split('\n').sort();
    expect(calls).toEqual(['lint', 'lint', 'template', 'template', 'version']);
  });
});

describe('helm lint', () => {
  it('runs once per chart by default, and per combo with lint.perCombo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-lint-'));
    const chart = join(ROOT, 'fixtures/broken/removed-api');
    const combos =
      'combos:\n  - name: k8s-1.24\n    kubeVersion: "1.24.0"\n  - name: k8s-1.30\n    kubeVersion: "1.30.0"\n';
    writeFileSync(join(dir, 'once.yaml'), `chart: ${chart}\n${combos}`);
    writeFileSync(join(dir, 'each.yaml'), `chart: ${chart}\nlint:\n  perCombo: true\n${combos}`);
    const lintOf = (r: GuardResult) =>
      r.findings
        .filter((f) => f.rule === 'lint/warning')
        .map((f) => `${f.combo || '(chart)'} ${f.location!.file}:${f.location!.line}`);
    const file = 'fixtures/broken/removed-api/templates/cronjob.yaml:1';
    expect(lintOf(await guard(HELM3, { configPath: join(dir, 'once.yaml') }))).toEqual([`(chart) ${file}`]);
    expect(lintOf(await guard(HELM3, { configPath: join(dir, 'each.yaml') }))).toEqual([
      `k8s-1.24 ${file}`,
      `k8s-1.30 ${file}`,
    ]);
  });
});

describe('Secret data is never printed', () => {
  it('an assertion on a Secret value reports without the value, in every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-secret-'));
    const cfg = join(dir, 's.yaml');
    writeFileSync(
      cfg,
      `chart: ${join(ROOT, 'fixtures/broken/missing-required')}\nset:\n  database.url: "postgres://app:hunter2-s3cret@db:5432/app"\nexpect:\n  resources:\n    - kind: Secret\n      assert:\n        - path: stringData.DATABASE_URL\n          matches: "^postgresql://"\n`,
    );
    const r = await guard(HELM3, { configPath: cfg });
    expect(r.findings.map((f) => [f.rule, f.location?.line])).toEqual([['assert/field', 7]]);
    expect(r.findings[0]!.message).toContain('(Secret data, not shown)');
    const { formatReport } = await import('../src/cli/main.js');
    for (const format of ['text', 'json', 'junit', 'sarif']) expect(formatReport(r, format)).not.toContain('hunter2');
  });
});

describe('scrubbing what is secret, and only that', () => {
  it('hides Secret data a message quotes (also base64-decoded), but not a value the render shows elsewhere', async () => {
    const { parseRender } = await import('../src/manifests/parse.js');
    const { scrubSecrets, secretValues } = await import('../src/secrets.js');
    const yaml = [
      '# Source: c/templates/a.yaml',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: certctl-postgresql\nstringData:\n  user: certctl\n  password: hunter2-pw\ndata:\n  token: ' +
        Buffer.from('s3cr3t-token').toString('base64'),
      '---\n# Source: c/templates/b.yaml',
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: certctl-migrate\nspec:\n  template:\n    spec:\n      containers: [{name: m, image: x}]',
    ].join('\n');
    const { manifests } = parseRender(yaml, { combo: 'c', chartDir: 'c', baseDir: ROOT });
    const f = (message: string) => ({ severity: 'error' as const, rule: 'x/y', combo: 'c', message });
    const findings = [
      f('Job/certctl-migrate has restartPolicy Always'),
      f('rate(certctl_issuance_failures_total[5m]) is not a known metric'),
      f('DATABASE_URL is postgres://certctl:hunter2-pw@db'),
      f('token s3cr3t-token leaked'),
    ];
    scrubSecrets(findings, secretValues(manifests));
    expect(findings.map((x) => x.message)).toEqual([
      'Job/certctl-migrate has restartPolicy Always',
      'rate(certctl_issuance_failures_total[5m]) is not a known metric',
      'DATABASE_URL is postgres://certctl:***@db',
      'token *** leaked',
    ]);
  });
});

describe('secrets across the run', () => {
  it("a Secret value of one combo is hidden in another combo's failure and where a message cuts it short", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-secrets-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: s\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'values.yaml'), 'password: ""\nmode: ok\n');
    writeFileSync(
      join(dir, 'templates', 'secret.yaml'),
      [
        '{{- if eq .Values.mode "fail" }}{{ fail (printf "cannot use password %s" .Values.password) }}{{ end }}',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: db',
        'stringData:',
        '  password: {{ .Values.password | quote }}',
        '',
      ].join('\n'),
    );
    const secret = 'correct-horse-battery-staple-9f2c';
    const cfg = join(dir, 'c.yaml');
    writeFileSync(
      cfg,
      `chart: .\nset: { password: ${secret} }\ncombos:\n  - name: renders\n  - name: fails\n    set: { mode: fail }\n`,
    );
    const r = await guard(HELM3, { configPath: cfg });
    const failed = r.findings.find((f) => f.rule === 'render/failed')!;
    expect(failed.combo).toBe('fails');
    expect(failed.message).toContain('cannot use password ***');
    expect(JSON.stringify(r)).not.toContain(secret);
    // part of a long value, as a message that shortens values would quote it
    const { scrubSecrets } = await import('../src/secrets.js');
    const f = {
      severity: 'error' as const,
      rule: 'x/y',
      combo: 'c',
      message: `value "${secret.slice(0, 20)}..." is wrong`,
    };
    scrubSecrets([f], [secret]);
    expect(f.message).toBe('value "***..." is wrong');
  });
});

describe('inline values', () => {
  it('config `values` (global and per combo) reach helm as values files, before --set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-inline-'));
    const cfg = join(dir, 'v.yaml');
    writeFileSync(
      cfg,
      [
        `chart: ${join(ROOT, 'fixtures/zero-config')}`,
        'values:',
        '  endpoint: https://base.example',
        'expect:',
        '  resources:',
        '    - kind: ConfigMap',
        '      assert:',
        '        - path: data.replicas',
        '          equals: "3"',
        'combos:',
        '  - name: inline',
        '    values:',
        '      replicas: 3',
        '    expect:',
        '      resources:',
        '        - kind: ConfigMap',
        '          assert:',
        '            - { path: data.endpoint, equals: https://base.example }',
        '  - name: set-wins',
        '    values: { replicas: 2 }',
        '    set: { replicas: 3 }',
        '',
      ].join('\n'),
    );
    const r = await guard(HELM3, { configPath: cfg });
    // --set won: set-wins renders replicas 3, exactly what inline renders (its values file says 2)
    expect(r.findings.map((f) => [f.rule, f.combo, f.location?.file, f.location?.line])).toEqual([
      ['matrix/duplicate-combo', 'set-wins', cfg, 19],
    ]);
    expect(r.combos.map((c) => c.status)).toEqual(['pass', 'pass']);
  });
});

describe.each([
  ['v3.16.4', HELM3],
  ['v4.1.4', HELM4],
])('the chart `helm create` writes, with helm %s', (_v, helm) => {
  it('passes every check with no finding, defaults and every option on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-stock-'));
    execFileSync(helm, ['create', 'stock'], { cwd: dir, timeout: 60_000 });
    const cfg = join(dir, 'stock', '.helm-guard.yaml');
    writeFileSync(
      cfg,
      'chart: .\ncombos:\n  - name: defaults\n  - name: everything\n    set:\n      ingress.enabled: true\n      autoscaling.enabled: true\n      podLabels.team: payments\n      resources.limits.cpu: 100m\n      resources.requests.cpu: 50m\n',
    );
    const r = await guard(helm, { configPath: cfg });
    expect(r.findings).toEqual([]);
    expect(r.combos.map((c) => c.kinds)).toEqual([
      { Deployment: 1, Pod: 1, Service: 1, ServiceAccount: 1 },
      { Deployment: 1, HorizontalPodAutoscaler: 1, Ingress: 1, Pod: 1, Service: 1, ServiceAccount: 1 },
    ]);
  });
});

describe('resources of the wrong shape', () => {
  it.each([
    ['v3.16.4', HELM3],
    ['v4.1.4', HELM4],
  ])('every check reports and none fails, with helm %s', async (_v, helm) => {
    const r = await guard(helm, { chartDir: 'fixtures/odd-shapes' });
    expect(r.findings.filter((f) => f.rule.startsWith('internal/'))).toEqual([]);
    const at = (rule: string) =>
      r.findings
        .filter((f) => f.rule === rule)
        .map((f) => f.location!.line)
        .sort((a, b) => a - b);
    expect(at('schema/type')).toEqual([11, 19, 21, 28, 29, 41, 42, 43, 50, 53, 56, 57, 58, 59, 60, 60, 65]);
    expect(at('cronjob/schedule')).toEqual([28]);
    expect(at('resources/quantity')).toEqual([60]);
  });
});
