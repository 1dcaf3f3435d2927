import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { CONFIG_SCHEMA_PATH, CONFIG_SCHEMA_URL } from '../src/config/schema-url.js';
import { HELM3, HELM4, ROOT } from './helpers/helm.js';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: { PATH: '', ...env },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'helm-guard-cli-'));
const chart = join(ROOT, 'fixtures/certctl/deploy/helm/certctl');
function config(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

describe('bad input: one message with file and line, exit 2', () => {
  const cases: [string, string, RegExp][] = [
    [
      'unknown key',
      `chart: ${chart}\ncombo:\n  - name: a\n`,
      /^helm-guard: .*unknown\.yaml:2:1: unknown key "combo" in \(top level\); did you mean "combos"\?\n$/,
    ],
    [
      'nested unknown key',
      `chart: ${chart}\ncombos:\n  - name: a\n    sett:\n      x: 1\n`,
      /nested\.yaml:4:5: unknown key "sett" in combos\[0\]; did you mean "set"\?\n$/,
    ],
    ['wrong type', `chart: ${chart}\nconcurrency: two\n`, /type\.yaml:2:1: concurrency must be integer\n$/],
    [
      'bad severity',
      `chart: ${chart}\nrules:\n  cronjob/schedule: fatal\n`,
      /severity\.yaml:3:3: rules\.cronjob\/schedule must be one of error, warning, notice, off\n$/,
    ],
    [
      'unknown rule',
      `chart: ${chart}\nrules:\n  cronjob/schedul: off\n`,
      /rule\.yaml:3: unknown rule "cronjob\/schedul"; did you mean "cronjob\/schedule"\?\n$/,
    ],
    ['missing chart', `chart: ./no-such-chart\n`, /chart\.yaml:1: chart directory not found: .*no-such-chart\n$/],
    [
      'missing values file',
      `chart: ${chart}\ncombos:\n  - name: a\n  - name: b\n    valuesFiles: [missing-values.yaml]\n`,
      /values\.yaml:5: values file not found: missing-values\.yaml\n$/,
    ],
    [
      'duplicate combo names',
      `chart: ${chart}\ncombos:\n  - name: a\n  - name: b\n  - name: a\n`,
      /dup\.yaml:5: duplicate combo name "a" \(first at line 3\)\n$/,
    ],
    [
      'empty matrix',
      `chart: ${chart}\ncombos: []\n`,
      /empty\.yaml:2:1: combos is empty: the values matrix needs at least one combo/,
    ],
    ['invalid YAML', `chart: ${chart}\ncombos:\n  - name: a\n   set: {}\n`, /yaml\.yaml:4:\d+: invalid YAML/],
    ['duplicate key', `chart: ${chart}\nchart: ${chart}\n`, /dupkey\.yaml:2:1: duplicate key\n$/],
    [
      'bad regex',
      `chart: ${chart}\ncombos:\n  - name: a\n    expect:\n      failure: "(unclosed"\n`,
      /regex\.yaml:5:7: combos\[0\]\.expect\.failure is not a valid regex/,
    ],
  ];
  const names = [
    'unknown',
    'nested',
    'type',
    'severity',
    'rule',
    'chart',
    'values',
    'dup',
    'empty',
    'yaml',
    'dupkey',
    'regex',
  ];
  it.each(cases.map((c, i) => [...c, names[i]!] as const))('%s', async (_label, text, want, file) => {
    const r = await cli(['--config', config(`${file}.yaml`, text), '--helm', HELM3]);
    expect(r.stderr).toMatch(want);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('helm not found', async () => {
    const r = await cli([chart]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'helm-guard: helm not found: pass --helm PATH, set HELM_BIN, or put helm on PATH\n',
    });
    const r2 = await cli([chart, '--helm', '/nonexistent/helm']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^helm-guard: helm not found or not executable: \/nonexistent\/helm \(ENOENT\)\n$/);
  });

  it('a binary that is not helm', async () => {
    const r = await cli([chart, '--helm', '/bin/false']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/bin\/false does not look like helm/);
  });

  it('unknown --combo and bad flags', async () => {
    const r = await cli(['--config', 'fixtures/certctl/.helm-guard.yaml', '--combo', 'backup-pvx', '--helm', HELM3]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no combo named "backup-pvx"; did you mean "backup-pvc"\?/);
    expect((await cli(['--format', 'xml'])).code).toBe(2);
    expect((await cli(['--fail-on', 'sometimes'])).code).toBe(2);
    expect((await cli(['--frobnicate'])).code).toBe(2);
    expect((await cli(['a', 'b'])).code).toBe(2);
    expect(await cli(['--helm', HELM3])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'helm-guard: no chart: pass CHART_DIR (the Action\'s chart input) or set "chart" in the config\n',
    });
    expect((await cli(['/no/such/chart', '--helm', HELM3])).stderr).toBe(
      'helm-guard: chart directory not found: /no/such/chart\n',
    );
    // a directory that is not a chart stands for the charts under it: there must be one
    expect((await cli([join(ROOT, 'src'), '--helm', HELM3])).stderr).toMatch(
      /no chart \(a directory with a Chart\.yaml\) at or under .*src/,
    );
  });
});

describe('CLI contract', () => {
  it('a bare --helm name is looked up on PATH', async () => {
    const r = await cli(['fixtures/zero-config', '--helm', 'helm', '--format', 'json'], {
      PATH: join(ROOT, '.cache/helm/v4.1.4'),
    });
    expect(JSON.parse(r.stdout).helm).toEqual({ path: join(ROOT, '.cache/helm/v4.1.4/helm'), version: 'v4.1.4' });
  });

  it('HELM_BIN and PATH are used when --helm is absent', async () => {
    expect((await cli(['fixtures/zero-config', '--format', 'json'], { HELM_BIN: HELM4 })).stdout).toContain(
      '"version": "v4.1.4"',
    );
    expect(
      (await cli(['fixtures/zero-config', '--format', 'json'], { PATH: join(ROOT, '.cache/helm/v3.16.4') })).stdout,
    ).toContain('"version": "v3.16.4"');
  });

  it('zero-config renders every ci/*-values.yaml and not the bare defaults', async () => {
    const r = await cli(['fixtures/zero-config', '--helm', HELM3, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.combos.map((c: any) => c.name)).toEqual(['large', 'small']);
    expect(j.result).toBe('pass');
  });

  it('without ci/ values, the defaults are the one combo; config overrides --combo filter', async () => {
    const r = await cli([
      'fixtures/certctl/deploy/helm/certctl',
      '--helm',
      HELM3,
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    expect(JSON.parse(r.stdout).combos.map((c: any) => c.name)).toEqual(['default']);
    const only = await cli([
      '--config',
      'fixtures/certctl/.helm-guard.yaml',
      '--helm',
      HELM3,
      '--format',
      'json',
      '--combo',
      'backup-s3',
      '--combo',
      'defaults',
    ]);
    expect(JSON.parse(only.stdout).combos.map((c: any) => c.name)).toEqual(['defaults', 'backup-s3']);
  });

  it('JSON report: documented shape, exit 1 on findings', async () => {
    const r = await cli([
      '--config',
      'fixtures/broken/missing-kind/.helm-guard.yaml',
      '--helm',
      HELM3,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      'result',
      'failOn',
      'helm',
      'chart',
      'charts',
      'durationMs',
      'combos',
      'findings',
      'groups',
      'chartRuns',
    ]);
    expect(j.result).toBe('fail');
    expect(j.groups).toEqual([
      {
        severity: 'error',
        rule: 'assert/kind-count',
        location: { file: 'fixtures/broken/missing-kind/.helm-guard.yaml', line: 12 },
        message: 'expected exactly 1 CronJob, rendered 0',
        chart: 'fixtures/broken/missing-kind',
        combos: ['backup'],
        resources: 0,
        findings: [0],
      },
    ]);
    expect(j.combos[0]).toMatchObject({
      name: 'defaults',
      chart: 'fixtures/broken/missing-kind',
      status: 'pass',
      kinds: { ConfigMap: 1 },
      findings: [],
    });
    expect(j.combos[1]).toMatchObject({
      name: 'backup',
      status: 'fail',
      checks: { render: 'pass', assertions: 'fail' },
    });
    expect(j.findings).toEqual([
      {
        severity: 'error',
        rule: 'assert/kind-count',
        combo: 'backup',
        chart: 'fixtures/broken/missing-kind',
        message: 'expected exactly 1 CronJob, rendered 0',
        location: { file: 'fixtures/broken/missing-kind/.helm-guard.yaml', line: 12 },
      },
    ]);
  });

  it('text output: a verdict per combo, then each finding at file:line with its combo; no colour off a TTY; --fail-on never exits 0', async () => {
    const r = await cli(['--config', 'fixtures/broken/missing-kind/.helm-guard.yaml', '--helm', HELM3]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(String.fromCharCode(27));
    expect(r.stdout).toMatch(/✓ pass {2}defaults {2}1 resource: ConfigMap 1; 0 errors/);
    expect(r.stdout).toMatch(
      /✗ fail {2}backup {4}.*\n\n {2}error {3}assert\/kind-count {2}fixtures\/broken\/missing-kind\/\.helm-guard\.yaml:12 {2}expected exactly 1 CronJob, rendered 0\n {11}in backup\n/,
    );
    expect(r.stdout).toMatch(/FAIL 1 error, 0 warnings, 0 notices; 1 of 2 combos failed \(fail-on: error\)/);
    const never = await cli([
      '--config',
      'fixtures/broken/missing-kind/.helm-guard.yaml',
      '--helm',
      HELM3,
      '--fail-on',
      'never',
    ]);
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/PASS 1 error, 0 warnings, 0 notices; 0 of 2 combos failed \(fail-on: never\)/);
  });

  it('--output writes the report file and prints the text report', async () => {
    const out = join(tmp, 'reports/r.sarif');
    const r = await cli([
      '--config',
      'fixtures/broken/missing-kind/.helm-guard.yaml',
      '--helm',
      HELM3,
      '--format',
      'sarif',
      '--output',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/assert\/kind-count/);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'assert/kind-count',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'fixtures/broken/missing-kind/.helm-guard.yaml' },
            region: { startLine: 12 },
          },
        },
      ],
    });
    expect(sarif.runs[0].tool.driver.rules.map((x: any) => x.id)).toEqual(['assert/kind-count']);
  });

  it('JUnit: a testsuite per combo of the checks it passed, a testsuite per template file of its findings', async () => {
    const r = await cli([
      '--config',
      'fixtures/broken/yaml-error-one-combo/.helm-guard.yaml',
      '--helm',
      HELM3,
      '--format',
      'junit',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<testsuite name="combo defaults" tests="5" failures="0" errors="0" skipped="\d"/);
    expect(r.stdout).toMatch(/<testsuite name="combo legacy-note" tests="4" failures="0" errors="0" skipped="\d"/);
    expect(r.stdout).toMatch(
      /<testsuite name="fixtures\/broken\/yaml-error-one-combo\/templates\/configmap\.yaml" tests="1" failures="1" errors="0" skipped="0" time="0\.000" file="fixtures\/broken\/yaml-error-one-combo\/templates\/configmap\.yaml">\n {4}<testcase classname="fixtures\/broken\/yaml-error-one-combo" name="line 10: yaml\/parse-error: [^"]*" time="0\.000"><failure message="[^"]*" type="yaml\/parse-error">error yaml\/parse-error fixtures\/broken\/yaml-error-one-combo\/templates\/configmap\.yaml:10:\d+ [^\n]*\ncombo: legacy-note<\/failure>/,
    );
  });

  it('--list-rules, --version, --help', async () => {
    const rules = await cli(['--list-rules']);
    expect(rules.stdout).toMatch(/^schema\/unknown-field +error +/m);
    expect(rules.stdout).toMatch(/^cronjob\/schedule +error +/m);
    expect((await cli(['--version'])).stdout).toMatch(/^helm-guard \d+\.\d+\.\d+\n$/);
    expect((await cli(['--help'])).stdout).toMatch(/^Usage: helm-guard \[CHART_DIR...\]/);
  });
});

describe('--init', () => {
  it('writes a config of the zero-config combos with what each renders, which then passes; never overwrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-init-'));
    const out = join(dir, 'ci', '.helm-guard.yaml');
    const r = await cli([join(ROOT, 'fixtures/zero-config'), '--init', '--output', out, '--helm', HELM3], {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'helm-guard: wrote ci/.helm-guard.yaml with 2 combo(s); run helm-guard --config ci/.helm-guard.yaml to check\n',
    );
    const text = readFileSync(out, 'utf8');
    // editors with the YAML language server validate and complete it against the published schema
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`);
    expect(text).toContain('chart: ../../');
    expect(text).toMatch(
      / {2}- name: large\n {4}valuesFiles:\n {6}- .*fixtures\/zero-config\/ci\/large-values\.yaml\n {4}expect:\n {6}kinds:\n {8}ConfigMap: 1\n/,
    );
    const check = await cli(['--config', out, '--helm', HELM3], {}, dir);
    expect(check.code).toBe(0);
    const again = await cli([join(ROOT, 'fixtures/zero-config'), '--init', '--output', out, '--helm', HELM3], {}, dir);
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: `helm-guard: ${out} exists; --init never overwrites (pass --output FILE)\n`,
    });
    expect((await cli(['--init', '--helm', HELM3], {}, dir)).code).toBe(2);
  });

  it('the config schema is published where its $id says, and a config may name it in $schema', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8'));
    expect(schema.$id).toBe(CONFIG_SCHEMA_URL);
    expect(CONFIG_SCHEMA_URL.endsWith(`/main/${CONFIG_SCHEMA_PATH}`)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-schema-key-'));
    const cfg = join(dir, '.helm-guard.yaml');
    writeFileSync(cfg, `$schema: ${CONFIG_SCHEMA_URL}\nchart: ${join(ROOT, 'fixtures/zero-config')}\n`);
    expect((await cli(['--config', cfg, '--helm', HELM3], {}, dir)).code).toBe(0);
    writeFileSync(cfg, `$schema: 3\nchart: ${join(ROOT, 'fixtures/zero-config')}\n`);
    const bad = await cli(['--config', cfg, '--helm', HELM3], {}, dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.helm-guard\.yaml:1/);
  });

  it('pins a failing render as an expected failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-init-'));
    const r = await cli([join(ROOT, 'fixtures/broken/missing-required'), '--init', '--helm', HELM3], {}, dir);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, '.helm-guard.yaml'), 'utf8');
    expect(text).toContain('failure: "database\\\\.url is required: set it to the postgres://');
    expect((await cli(['--helm', HELM3], {}, dir)).code).toBe(0);
  });
});
