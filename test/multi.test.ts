/**
 * Many charts in one run: `charts:` in a config (globs, inline settings, each chart's own
 * .helm-guard.yaml, inherited settings), a directory of charts on the command line, `--since` on a real git
 * history (a library chart's change guards the charts that use it), and plan → shards → merge giving the
 * report of one full run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { HELM3, HELMS, ROOT } from './helpers/helm.js';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });

/** A repository of charts: app (uses the library chart common), web, and a broken one. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'helm-guard-multi-'));
  const charts = join(dir, 'charts');
  mkdirSync(charts);
  const lib = join(charts, 'common');
  mkdirSync(join(lib, 'templates'), { recursive: true });
  writeFileSync(join(lib, 'Chart.yaml'), 'apiVersion: v2\nname: common\nversion: 0.1.0\ntype: library\n');
  writeFileSync(
    join(lib, 'templates', '_labels.tpl'),
    '{{- define "common.labels" -}}\napp.kubernetes.io/name: {{ .Chart.Name }}\n{{- end }}\n',
  );
  for (const name of ['app', 'web']) {
    const c = join(charts, name);
    mkdirSync(join(c, 'templates'), { recursive: true });
    const dep =
      name === 'app' ? 'dependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../common\n' : '';
    writeFileSync(join(c, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${dep}`);
    writeFileSync(join(c, 'values.yaml'), 'replicas: 1\n');
    const labels =
      name === 'app' ? '    {{- include "common.labels" . | nindent 4 }}\n' : `    app.kubernetes.io/name: ${name}\n`;
    writeFileSync(
      join(c, 'templates', 'configmap.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-${name}\n  labels:\n${labels}data:\n  replicas: {{ .Values.replicas | quote }}\n`,
    );
    if (name === 'app') cpSync(lib, join(c, 'charts', 'common'), { recursive: true });
  }
  // web has two combos of its own
  mkdirSync(join(charts, 'web', 'ci'));
  writeFileSync(join(charts, 'web', 'ci', 'one-values.yaml'), 'replicas: 1\n');
  writeFileSync(join(charts, 'web', 'ci', 'two-values.yaml'), 'replicas: 2\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

describe('several charts in one run', () => {
  let dir = '';
  beforeAll(() => {
    dir = repo();
  });

  it('a directory of charts: every chart, zero-config each, one report with a section per chart', async () => {
    const r = await cli(['charts', '--helm', HELM3, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // the library chart renders nothing of its own (it is checked through app); app, web: one and two combos
    expect(j.charts).toEqual(['charts/app', 'charts/web']);
    expect(j.combos.map((c: any) => `${c.chart}:${c.name}:${c.status}`)).toEqual([
      'charts/app:default:pass',
      'charts/web:one:pass',
      'charts/web:two:pass',
    ]);
    const text = await cli(['charts', '--helm', HELM3], dir);
    expect(text.stdout).toMatch(/^helm-guard: 2 charts with helm v3\.16\.4, 3 combos/);
    expect(text.stdout).toMatch(/── charts\/app\n/);
    expect(text.stdout).toMatch(/0 of 3 combos in 2 charts failed/);
  });

  it('charts: in a config, with globs, inline settings, a chart’s own .helm-guard.yaml and inherited ones', async () => {
    writeFileSync(
      join(dir, 'charts', 'web', '.helm-guard.yaml'),
      'combos:\n  - name: three\n    set: { replicas: 3 }\nexpect:\n  kinds: { ConfigMap: 2 }\n',
    );
    writeFileSync(
      join(dir, 'multi.yaml'),
      [
        'kubeVersion: "1.31.0"',
        'rules:',
        '  reference/missing: off',
        'charts:',
        '  - charts/w*',
        '  - chart: charts/app',
        '    combos:',
        '      - name: inline',
        '        set: { replicas: 5 }',
        '    expect:',
        '      resources:',
        '        - kind: ConfigMap',
        '          assert:',
        '            - { path: data.replicas, equals: "5" }',
        '',
      ].join('\n'),
    );
    const r = await cli(['--config', 'multi.yaml', '--helm', HELM3, '--format', 'json'], dir);
    const j = JSON.parse(r.stdout);
    expect(j.charts).toEqual(['charts/web', 'charts/app']);
    expect(j.combos.map((c: any) => `${c.chart}:${c.name}:${c.status}`)).toEqual([
      'charts/web:three:fail',
      'charts/app:inline:pass',
    ]);
    // web's own expectation (two ConfigMaps) fails at its own file and line
    expect(j.findings.map((f: any) => `${f.rule} ${f.location.file}:${f.location.line}`)).toEqual([
      'assert/kind-count charts/web/.helm-guard.yaml:5',
    ]);
    expect(r.code).toBe(1);
    // a setting of one chart has no place beside charts:
    writeFileSync(join(dir, 'bad.yaml'), 'combos:\n  - name: a\ncharts:\n  - charts/web\n');
    const bad = await cli(['--config', 'bad.yaml', '--helm', HELM3], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:1: combos describes one chart/);
    writeFileSync(join(dir, 'none.yaml'), 'charts:\n  - charts/nothing-*\n');
    expect((await cli(['--config', 'none.yaml', '--helm', HELM3], dir)).stderr).toMatch(
      /none\.yaml:2: no chart \(a directory with a Chart\.yaml\) matches "charts\/nothing-\*"/,
    );
    execFileSync('rm', ['-f', join(dir, 'charts', 'web', '.helm-guard.yaml')]);
  });

  it('--since: only the charts changed since a ref, and the charts that use a changed library chart', async () => {
    writeFileSync(
      join(dir, 'charts', 'common', 'templates', '_labels.tpl'),
      '{{- define "common.labels" -}}\napp.kubernetes.io/name: {{ .Chart.Name }}\napp.kubernetes.io/part-of: demo\n{{- end }}\n',
    );
    git(dir, 'commit', '-qam', 'library change');
    const lib = await cli(['charts', '--since', 'HEAD~1', '--helm', HELM3, '--format', 'json'], dir);
    expect(lib.stderr).toMatch(/^helm-guard: 1 of 2 charts changed since HEAD~1/);
    expect(lib.stderr).toMatch(/charts\/app: depends on changed chart charts\/common \(file:\/\/\.\.\/common\)/);
    expect(lib.stderr).toMatch(/unchanged, not guarded: charts\/web/);
    expect(JSON.parse(lib.stdout).charts).toEqual(['charts/app']);
    // an uncommitted change in web alone
    writeFileSync(join(dir, 'charts', 'web', 'values.yaml'), 'replicas: 4\n');
    const web = await cli(['charts', '--since', 'HEAD', '--helm', HELM3, '--format', 'json'], dir);
    expect(JSON.parse(web.stdout).charts).toEqual(['charts/web']);
    git(dir, 'checkout', '-q', '--', '.');
    const none = await cli(['charts', '--since', 'HEAD', '--helm', HELM3], dir);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/0 of 2 charts changed since HEAD .*; nothing to guard/);
    const unknown = await cli(['charts', '--since', 'no-such-ref', '--helm', HELM3], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--since no-such-ref: cannot find no-such-ref/);
  });
});

describe.each(HELMS)('plan, shards and merge with helm $version', ({ path: helm }) => {
  it('the merged report of 4 shards equals one full run over the same charts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'helm-guard-shards-'));
    const charts = [
      'fixtures/real/kubernetes-ingress-nginx',
      'fixtures/real/grafana-promtail',
      'fixtures/broken/empty-one-combo',
      'fixtures/certctl/deploy/helm/certctl',
    ];
    // certctl with its own config would need --config; guarded zero-config here like the rest
    const full = await cli([...charts, '--helm', helm, '--format', 'json', '--fail-on', 'warning'], ROOT);
    const plan = await cli(['plan', ...charts, '--shards', '4'], ROOT);
    const matrix = JSON.parse(plan.stdout) as { include: { shard: string; combos: number; items: string }[] };
    expect(matrix.include.map((s) => s.shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const counts = matrix.include.map((s) => s.combos);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const files: string[] = [];
    for (const s of matrix.include) {
      const file = join(out, `shard-${s.shard.replace('/', '-of-')}.json`);
      const r = await cli(
        [...charts, '--helm', helm, '--shard', s.shard, '--format', 'json', '--fail-on', 'warning', '--output', file],
        ROOT,
      );
      expect(r.stdout).toMatch(new RegExp(`shard ${s.shard.replace('/', '\\/')}`));
      const j = JSON.parse(readFileSync(file, 'utf8'));
      expect(j.combos.map((c: any) => `${c.chart}:${c.name}`).sort()).toEqual(s.items.split(' ').sort());
      files.push(file);
    }
    const merged = await cli(['merge', ...files, '--format', 'json'], ROOT);
    const strip = (j: any) => {
      const o = JSON.parse(j);
      delete o.durationMs;
      delete o.shard;
      for (const c of o.combos) delete c.durationMs;
      return o;
    };
    const a = strip(full.stdout);
    expect(strip(merged.stdout)).toEqual(a);
    expect(merged.code).toBe(full.code);
    // the empty combo of one chart is a warning because the chart's other combo renders, wherever it ran
    expect(a.findings.filter((f: any) => f.rule === 'render/empty').map((f: any) => f.severity)).toEqual(['warning']);
    expect(a.result).toBe('fail');
    // a shard missing: merge says so
    const partial = await cli(['merge', ...files.slice(1)], ROOT);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/the reports lack \d+ combo\(s\) of the plan/);
  });
});
