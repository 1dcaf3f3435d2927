/**
 * Template coverage through the built CLI (dist/cli.js), on the certctl chart: its twelve combos with
 * --coverage, the coverage files and their repo-relative paths, `coverage:` gates in a config, bad input,
 * and `--init --cover` against the six combos of the certctl Phase 4 CI guard.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig, type GuardConfig } from '../src/config/load.js';
import type { CoverageResult } from '../src/coverage/model.js';
import { runGuard } from '../src/guard.js';
import { runActionSync } from './helpers/action.js';
import { HELM3, HELM4, ROOT } from './helpers/helm.js';

const CLI = join(ROOT, 'dist/cli.js');
const CERTCTL = join(ROOT, 'fixtures/certctl');
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'hg-cov-cli-'));
  temps.push(d);
  return d;
}

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 300000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SEED = ['defaults', 'backup-pvc', 'backup-s3', 'prometheus-rules', 'migrations-via-hook', 'all-on'];

describe.each([
  ['v3.16.4', HELM3],
  ['v4.1.4', HELM4],
])('certctl with --coverage (helm %s)', (_v, helm) => {
  it('reports the coverage of its twelve combos: text, JSON, lcov.info and cobertura.xml with repo-relative paths', () => {
    const out = tempDir();
    const r = cli([
      '--config',
      'fixtures/certctl/.helm-guard.yaml',
      '--helm',
      helm,
      '--coverage',
      '--coverage-output',
      out,
      '--format',
      'json',
      '--output',
      join(out, 'report.json'),
    ]);
    expect(r.stderr).toContain(`coverage written to `);
    expect(r.code).toBe(0);
    // the text report (stdout) holds the table
    expect(r.stdout).toMatch(/^coverage {2}lines \d+\.\d% \(\d+\/\d+\), branches \d+\.\d% \(\d+\/\d+\), files/m);
    expect(r.stdout).toContain('deploy/helm/certctl/templates/backup-cronjob.yaml');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const cov: CoverageResult = report.coverage[0];
    expect(cov.chart).toBe('fixtures/certctl/deploy/helm/certctl');
    const config = loadConfig({ cwd: CERTCTL, knownRules: RULE_IDS });
    expect(cov.combos.map((c) => c.name)).toEqual(config.combos.map((c) => c.name));
    expect(cov.combos).toHaveLength(12);
    // six render and are measured in full; six fail as expected and cover the path to their failure
    expect(cov.combos.filter((c) => c.measured === 'full').map((c) => c.name)).toEqual(SEED);
    expect(cov.combos.filter((c) => c.measured === 'failure-path')).toHaveLength(6);
    // backup-cronjob.yaml: the s3 branch is taken by backup-s3 only (all-on keeps the default sink, pvc)
    const cron = cov.files.find((f) => f.chartPath === 'templates/backup-cronjob.yaml')!;
    expect(cron.renderedBy).toEqual(['backup-pvc', 'backup-s3', 'all-on']);
    // `$s3 := eq .Values.backup.sink "s3"`, then `if $s3` at four places
    const s3 = cron.branches.filter((b) => b.condition === '$s3' && b.kind === 'then');
    expect(s3.map((b) => b.line)).toEqual([20, 65, 115, 166]);
    expect(s3[0]!.suggestion).toBeUndefined(); // taken: nothing to suggest
    for (const b of s3) expect(b.combos).toEqual(['backup-s3']);
    // certificate.yaml: no combo turns cert-manager on without failing
    expect(cov.neverRendered).toEqual(['fixtures/certctl/deploy/helm/certctl/templates/certificate.yaml']);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'coverage/uncovered-file')).toHaveLength(1);

    const lcov = readFileSync(join(out, 'lcov.info'), 'utf8');
    const sf = lcov
      .split('\n')
      .filter((l) => l.startsWith('SF:'))
      .map((l) => l.slice(3));
    expect(sf.length).toBeGreaterThan(15);
    for (const p of sf) {
      expect(p).toMatch(/^fixtures\/certctl\/deploy\/helm\/certctl\/templates\/[^/]+$/);
      expect(existsSync(join(ROOT, p))).toBe(true);
    }
    const xml = readFileSync(join(out, 'cobertura.xml'), 'utf8');
    expect([...xml.matchAll(/filename="([^"]+)"/g)].map((m) => m[1])).toEqual(sf);
  });
});

describe('several charts in one run', () => {
  it('a coverage table per chart in the text report; one lcov.info and one cobertura.xml for all', () => {
    const out = tempDir();
    const r = cli([
      'fixtures/coverage/basic',
      'fixtures/coverage/subchart',
      '--helm',
      HELM4,
      '--coverage',
      '--coverage-output',
      out,
    ]);
    expect(r.code).toBe(0);
    const text = r.stdout;
    const basic = text.indexOf('── fixtures/coverage/basic');
    const sub = text.indexOf('── fixtures/coverage/subchart');
    expect(basic).toBeGreaterThan(-1);
    expect(sub).toBeGreaterThan(basic);
    const first = text.slice(basic, sub);
    expect(first).toContain(
      'coverage  lines 94.7% (91/96), branches 75.0% (21/28), files 4/4 rendered; 3 of 3 combos measured',
    );
    // each branch no combo takes, at its line, with its condition and the values that reach it
    expect(first).toContain(
      'fixtures/coverage/basic/templates/deployment.yaml:34 if and .Values.x.enabled (eq .Values.sink "gcs")  — set { x.enabled: true, sink: gcs }',
    );
    expect(first).toContain(
      'fixtures/coverage/basic/templates/deployment.yaml:21 no branch of if eq .Values.sink "s3" / else if eq .Values.sink "pvc" taken (no else)',
    );
    expect(text.slice(sub)).toContain('coverage  lines 100.0% (9/9), branches 100.0% (2/2)');
    const lcov = readFileSync(join(out, 'lcov.info'), 'utf8');
    const sf = lcov.split('\n').filter((l) => l.startsWith('SF:'));
    expect(sf.filter((l) => l.startsWith('SF:fixtures/coverage/basic/'))).toHaveLength(5);
    expect(sf.filter((l) => l.startsWith('SF:fixtures/coverage/subchart/'))).toHaveLength(2);
    const xml = readFileSync(join(out, 'cobertura.xml'), 'utf8');
    expect([...xml.matchAll(/<package name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'fixtures/coverage/basic',
      'fixtures/coverage/subchart',
    ]);
  });
});

describe('coverage in .helm-guard.yaml', () => {
  it('coverage: true turns it on without gates; { enabled: false } keeps the settings off', () => {
    const dir = tempDir();
    const chart = join(ROOT, 'fixtures/coverage/basic');
    writeFileSync(join(dir, 'on.yaml'), `chart: ${chart}\ncoverage: true\n`);
    writeFileSync(join(dir, 'off.yaml'), `chart: ${chart}\ncoverage: { enabled: false, branches: 99 }\n`);
    const on = loadConfig({ cwd: dir, configPath: 'on.yaml', knownRules: RULE_IDS });
    expect(on.coverage).toEqual({ enabled: true, formats: ['lcov', 'cobertura'] });
    const off = loadConfig({ cwd: dir, configPath: 'off.yaml', knownRules: RULE_IDS });
    expect(off.coverage).toEqual({ enabled: false, branches: 99, formats: ['lcov', 'cobertura'] });
    const r = cli(['--config', join(dir, 'off.yaml'), '--helm', HELM3, '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).coverage).toBeUndefined();
    expect(existsSync(join(dir, 'helm-guard-coverage'))).toBe(false);
    // the default output directory is in the working directory
    const r2 = cli(['--config', join(dir, 'on.yaml'), '--helm', HELM3], dir);
    expect(r2.code).toBe(0);
    expect(readdirSync(join(dir, 'helm-guard-coverage')).sort()).toEqual(['cobertura.xml', 'lcov.info']);
  });

  it('coverage: { branches, files, formats, output } gates the run and writes only the formats asked for', () => {
    const dir = tempDir();
    const file = join(dir, 'guard.yaml');
    writeFileSync(
      file,
      [
        `chart: ${join(CERTCTL, 'deploy/helm/certctl')}`,
        'releaseName: certctl',
        'combos:',
        '  - name: defaults',
        'coverage:',
        '  branches: 90',
        '  files: 100',
        '  formats: [lcov]',
        '  output: out',
        '',
      ].join('\n'),
    );
    const r = cli(['--config', file, '--helm', HELM3, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const gates = report.findings.filter(
      (f: { rule: string }) => f.rule === 'coverage/branches' || f.rule === 'coverage/files',
    );
    expect(gates.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`)).toEqual([
      'coverage/branches error',
      'coverage/files error',
    ]);
    expect(gates[0].message).toMatch(
      /^branch coverage \d+\.\d% \(\d+ of \d+\) is below coverage\.branches: 90%; not taken: /,
    );
    // the output directory is relative to the config file
    expect(readdirSync(join(dir, 'out'))).toEqual(['lcov.info']);
  });

  it('a gate out of range is refused at its line, and so is an unknown coverage format', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'guard.yaml'),
      `chart: ${join(CERTCTL, 'deploy/helm/certctl')}\ncoverage:\n  branches: 120\n`,
    );
    const r = cli(['--config', join(dir, 'guard.yaml'), '--helm', HELM3]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guard\.yaml:3(:\d+)?: .*branches/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const f = cli(['fixtures/coverage/basic', '--helm', HELM3, '--coverage-format', 'html']);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('--coverage-format must be lcov, cobertura or lcov,cobertura (got "html")');
    const c = cli(['fixtures/coverage/basic', '--helm', HELM3, '--cover']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--cover goes with --init');
  });
});

describe('the Action (dist/index.js) with input coverage', () => {
  const action = (inputs: Record<string, string>) => runActionSync(inputs);

  it('coverage: branches=90 measures, writes the files, puts the table in the summary and fails on the gate', () => {
    const out = tempDir();
    const r = action({
      config: 'fixtures/certctl/.helm-guard.yaml',
      'helm-path': HELM3,
      coverage: 'branches=90',
      'coverage-output': out,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=coverage\/branches::branch coverage \d+\.\d%25 \(\d+ of \d+\) is below coverage.branches: 90%25/m,
    );
    expect(r.summary).toContain('<h3>Template coverage: <code>fixtures/certctl/deploy/helm/certctl</code></h3>');
    expect(r.summary).toContain(
      '<td><code>fixtures/certctl/deploy/helm/certctl/templates/backup-cronjob.yaml</code></td>',
    );
    expect(readdirSync(out).sort()).toEqual(['cobertura.xml', 'lcov.info']);
  });

  it('coverage: true without gates passes; a malformed value is one clear error', () => {
    const ok = action({
      config: 'fixtures/certctl/.helm-guard.yaml',
      'helm-path': HELM3,
      coverage: 'true',
      'coverage-output': tempDir(),
    });
    expect(ok.code).toBe(0);
    expect(ok.summary).toContain('Template coverage');
    const bad = action({ config: 'fixtures/certctl/.helm-guard.yaml', 'helm-path': HELM3, coverage: 'branches=high' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input coverage must be true, false or gates such as branches=90,files=100');
    expect(bad.stdout).not.toMatch(/\n\s+at /);
  });
});

/** `file:line:column:kind` of every branch some combo took. */
function takenBranches(cov: CoverageResult): Set<string> {
  const out = new Set<string>();
  for (const f of cov.files)
    for (const b of f.branches) if (b.combos.length) out.add(`${f.chartPath}:${b.line}:${b.column}:${b.kind}`);
  return out;
}

async function coverage(config: GuardConfig, baseDir: string): Promise<CoverageResult> {
  const r = await runGuard({
    config: { ...config, coverage: { ...config.coverage, enabled: true } },
    helm: HELM3,
    baseDir,
  });
  return r.coverage![0]!;
}

describe('--init --cover on the certctl chart without its config', () => {
  it(
    'proposes a few combos that reach every branch the six seed combos reach, and more',
    { timeout: 600000 },
    async () => {
      const dir = tempDir();
      cpSync(join(CERTCTL, 'deploy'), join(dir, 'deploy'), { recursive: true });
      expect(existsSync(join(dir, '.helm-guard.yaml'))).toBe(false);
      const r = cli(['deploy/helm/certctl', '--init', '--cover', '--helm', HELM3], dir);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(0);
      const proposed = loadConfig({ cwd: dir, knownRules: RULE_IDS });
      // a small set: the zero-config combo and a handful that each reach something new (no more combos than
      // the fixture's own config has; far fewer than one per branch)
      expect(proposed.combos[0]!.name).toBe('default');
      expect(proposed.combos.length).toBeGreaterThan(1);
      expect(proposed.combos.length).toBeLessThanOrEqual(12);
      for (const c of proposed.combos.slice(1)) expect(Object.keys(c.set).length).toBeGreaterThan(0);

      // the six combos of the Phase 4 CI guard (the first six of the fixture's config)
      const certctl = loadConfig({ cwd: CERTCTL, knownRules: RULE_IDS });
      const seed = { ...certctl, combos: certctl.combos.filter((c) => SEED.includes(c.name)) };
      expect(seed.combos.map((c) => c.name)).toEqual(SEED);
      const seedTaken = takenBranches(await coverage(seed, ROOT));
      // the release name is not a value: both are measured under the seed's (a helper branches on it)
      const asSeed = proposed.combos.map((c) => ({ ...c, releaseName: 'certctl', namespace: 'certctl' }));
      expect(seed.combos.every((c) => c.releaseName === 'certctl' && c.namespace === 'certctl')).toBe(true);
      const proposedTaken = takenBranches(await coverage({ ...proposed, combos: asSeed }, dir));
      const missed = [...seedTaken].filter((k) => !proposedTaken.has(k));
      expect(missed).toEqual([]);
      expect(proposedTaken.size).toBeGreaterThan(seedTaken.size);
      // a set cover: every combo it proposes takes a branch no other combo of it takes
      const perCombo = await coverage({ ...proposed, combos: asSeed }, dir);
      for (const c of asSeed.slice(1)) {
        const alone = perCombo.files.flatMap((f) =>
          f.branches.filter((b) => b.combos.length === 1 && b.combos[0] === c.name),
        );
        expect(alone.length, c.name).toBeGreaterThan(0);
      }
      console.log(
        `--init --cover: ${proposed.combos.length} combos take ${proposedTaken.size} branches; the six seed combos take ${seedTaken.size}`,
      );

      // the config it wrote passes as it is: each combo renders what it pins
      const check = cli(['--config', '.helm-guard.yaml', '--helm', HELM3], dir);
      expect(check.stdout).toContain('PASS');
      expect(check.code).toBe(0);
    },
  );
});
