import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartsAffected, type ChartInput } from '../src/charts/changed.js';
import { findCharts } from '../src/charts/discover.js';
import { changedFiles, repoRoot } from '../src/git/git.js';

// the test's own commits must not depend on the machine's git config (signing, hooks, default branch)
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: devNull,
  GIT_CONFIG_NOSYSTEM: '1',
};

function g(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function tmp(prefix: string): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(d);
  return d;
}

const chartYaml = (name: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`;
const fileDep = (name: string, path: string) =>
  `  - name: ${name}\n    version: 0.1.0\n    repository: file://${path}\n`;

describe('findCharts', () => {
  it('lists each chart under a directory of charts, without descending into a chart', () => {
    const dir = tmp('helm-guard-find-');
    const outside = tmp('helm-guard-outside-');
    write(dir, {
      'charts/app/Chart.yaml': chartYaml('app'),
      'charts/app/charts/sub/Chart.yaml': chartYaml('sub'), // a subchart is part of app
      'charts/app/ci/deep/Chart.yaml': chartYaml('deep'), // so is anything else inside app
      'charts/group/web/Chart.yaml': chartYaml('web'),
      'charts/group/nested/db/Chart.yaml': chartYaml('db'),
      'charts/notachart/README.md': 'no Chart.yaml here\n',
      'charts/notachart/Chart.yml': chartYaml('yml'), // helm reads Chart.yaml only
      '.hidden/chart/Chart.yaml': chartYaml('hidden'),
      'charts/.git/Chart.yaml': chartYaml('git'),
      'node_modules/pkg/Chart.yaml': chartYaml('npm'),
      'charts/file-not-dir/Chart.yaml/x': 'a directory named Chart.yaml is no chart\n',
    });
    write(outside, { 'escaped/Chart.yaml': chartYaml('escaped') });
    symlinkSync(outside, join(dir, 'charts/link-out'), 'dir');
    symlinkSync(join(dir, 'charts/group'), join(dir, 'charts/link-in'), 'dir');

    expect(findCharts(dir)).toEqual([
      join(dir, 'charts/app'),
      join(dir, 'charts/group/nested/db'),
      join(dir, 'charts/group/web'),
    ]);
    expect(findCharts(join(dir, 'charts/group'))).toEqual([
      join(dir, 'charts/group/nested/db'),
      join(dir, 'charts/group/web'),
    ]);
  });

  it('is [dir] when dir is a chart, resolved to an absolute path; [] when there is none', () => {
    const dir = tmp('helm-guard-find-');
    write(dir, { 'app/Chart.yaml': chartYaml('app'), 'app/charts/sub/Chart.yaml': chartYaml('sub') });
    expect(findCharts(join(dir, 'app'))).toEqual([join(dir, 'app')]);
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(findCharts('app')).toEqual([join(dir, 'app')]);
    } finally {
      process.chdir(cwd);
    }
    expect(findCharts(join(dir, 'missing'))).toEqual([]);
    rmSync(join(dir, 'app'), { recursive: true });
    expect(findCharts(dir)).toEqual([]);
  });
});

const HELPERS = '{{- define "common.name" -}}{{ .Chart.Name }}{{- end }}\n';

/** The base commit: app depends on the library chart common; web stands alone. `feature` is checked out. */
function makeRepo(): { dir: string; base: string } {
  const dir = tmp('helm-guard-charts-');
  g(dir, 'init', '-q');
  write(dir, {
    '.helm-guard.yaml': 'combos: []\n',
    'ci/app-extra.yaml': 'replicas: 3\n',
    'charts/app/Chart.yaml': chartYaml('app', `dependencies:\n${fileDep('common', '../common')}`),
    'charts/app/values.yaml': 'replicas: 1\n',
    'charts/app/templates/deployment.yaml': 'kind: Deployment\n',
    'charts/web/Chart.yaml': chartYaml('web'),
    'charts/web/values.yaml': 'port: 80\n',
    'charts/web/templates/service.yaml': 'kind: Service\n',
    'charts/common/Chart.yaml': chartYaml('common', 'type: library\n'),
    'charts/common/templates/_helpers.tpl': HELPERS,
  });
  g(dir, 'add', '-A');
  g(dir, 'commit', '-q', '-m', 'base');
  const base = g(dir, 'rev-parse', 'HEAD');
  g(dir, 'checkout', '-q', '-b', 'feature');
  return { dir, base };
}

function commitAll(dir: string, message: string): void {
  g(dir, 'add', '-A');
  g(dir, 'commit', '-q', '-m', message);
}

/** What the guard would do: every chart under charts/, compared with the base commit. */
async function affected(dir: string, base: string, files: Record<string, string[]> = {}) {
  const root = await repoRoot(dir);
  const charts: ChartInput[] = findCharts(join(dir, 'charts')).map((c) => ({ dir: c, files: files[c] ?? [] }));
  return chartsAffected(charts, await changedFiles(base, dir), root);
}

describe('chartsAffected with a git history', () => {
  it('a change in a library chart affects it and the chart that depends on it, not the others', async () => {
    const { dir, base } = makeRepo();
    write(dir, { 'charts/common/templates/_helpers.tpl': HELPERS + '{{/* v2 */}}\n' });
    commitAll(dir, 'common helpers');
    expect(await affected(dir, base)).toEqual([
      { dir: join(dir, 'charts/app'), reasons: ['depends on changed chart charts/common (file://../common)'] },
      { dir: join(dir, 'charts/common'), reasons: ['changed: templates/_helpers.tpl'] },
    ]);
  });

  it('a change in a chart that nothing depends on affects only that chart', async () => {
    const { dir, base } = makeRepo();
    write(dir, { 'charts/web/values.yaml': 'port: 8080\n' });
    commitAll(dir, 'web port');
    expect(await affected(dir, base)).toEqual([{ dir: join(dir, 'charts/web'), reasons: ['changed: values.yaml'] }]);
  });

  it('sees uncommitted edits, untracked files and both sides of a rename', async () => {
    const { dir, base } = makeRepo();
    g(dir, 'mv', 'charts/web/templates/service.yaml', 'charts/web/templates/svc.yaml');
    commitAll(dir, 'rename');
    write(dir, {
      'charts/app/values.yaml': 'replicas: 2\n',
      'charts/app/templates/new configmap.yaml': 'kind: ConfigMap\n',
    });
    expect(await affected(dir, base)).toEqual([
      { dir: join(dir, 'charts/app'), reasons: ['changed: templates/new configmap.yaml', 'changed: values.yaml'] },
      {
        dir: join(dir, 'charts/web'),
        reasons: ['changed: templates/service.yaml', 'changed: templates/svc.yaml'],
      },
    ]);
  });

  it('a changed values or config file outside the chart affects the charts that use it', async () => {
    const { dir, base } = makeRepo();
    write(dir, {
      'ci/app-extra.yaml': 'replicas: 4\n',
      '.helm-guard.yaml': 'combos: [{ name: a }]\n',
      'charts/app/values.yaml': 'replicas: 2\n',
    });
    const app = join(dir, 'charts/app');
    const web = join(dir, 'charts/web');
    const config = join(dir, '.helm-guard.yaml');
    expect(
      await affected(dir, base, {
        [app]: [config, join(dir, 'ci/app-extra.yaml'), join(app, 'values.yaml')],
        [web]: [join(dir, 'ci/web-extra.yaml')],
      }),
    ).toEqual([
      {
        dir: app,
        // values.yaml is inside the chart: one reason for it, not two
        reasons: ['changed: values.yaml', 'uses changed file .helm-guard.yaml', 'uses changed file ci/app-extra.yaml'],
      },
    ]);
  });

  it('nothing changed: nothing to guard', async () => {
    const { dir, base } = makeRepo();
    expect(await affected(dir, base)).toEqual([]);
  });
});

describe('chartsAffected', () => {
  function charts(files: Record<string, string>): string {
    const dir = tmp('helm-guard-deps-');
    write(dir, files);
    return dir;
  }

  it('follows file:// dependencies transitively, and names the chart that changed', () => {
    const dir = charts({
      'charts/common/Chart.yaml': chartYaml('common', 'type: library\n'),
      'charts/mid/Chart.yaml': chartYaml('mid', `dependencies:\n${fileDep('common', '../common')}`),
      'charts/top/Chart.yaml': chartYaml(
        'top',
        `dependencies:\n  - name: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n${fileDep('mid', '../mid')}`,
      ),
    });
    // `other` names mid by an absolute path
    write(dir, {
      'charts/other/Chart.yaml': chartYaml('other', `dependencies:\n${fileDep('mid', `${dir}/charts/mid`)}`),
    });
    const input = ['top', 'other', 'mid'].map((c) => ({ dir: join(dir, 'charts', c) }));
    expect(chartsAffected(input, ['charts/common/templates/_x.tpl'], dir)).toEqual([
      {
        dir: join(dir, 'charts/top'),
        reasons: ['depends on chart charts/mid (file://../mid), which depends on changed chart charts/common'],
      },
      {
        dir: join(dir, 'charts/other'),
        reasons: [
          `depends on chart charts/mid (file://${dir}/charts/mid), which depends on changed chart charts/common`,
        ],
      },
      { dir: join(dir, 'charts/mid'), reasons: ['depends on changed chart charts/common (file://../common)'] },
    ]);
    expect(chartsAffected(input, ['charts/commonx/a.yaml', 'charts/to', 'README.md'], dir)).toEqual([]);
  });

  it('a dependency inside the chart is part of it, not a second reason', () => {
    const dir = charts({
      'app/Chart.yaml': chartYaml('app', `dependencies:\n${fileDep('sub', 'charts/sub')}`),
      'app/charts/sub/Chart.yaml': chartYaml('sub'),
    });
    expect(chartsAffected([{ dir: join(dir, 'app') }], ['app/charts/sub/templates/x.yaml'], dir)).toEqual([
      { dir: join(dir, 'app'), reasons: ['changed: charts/sub/templates/x.yaml'] },
    ]);
  });

  it('a Chart.yaml that cannot be read or parsed makes the chart, and those depending on it, affected', () => {
    const dir = charts({
      'charts/bad/Chart.yaml': 'name: [unclosed\n',
      'charts/list/Chart.yaml': '- a\n',
      'charts/deps/Chart.yaml': chartYaml('deps', 'dependencies: common\n'),
      'charts/empty/values.yaml': '{}\n',
      'charts/user/Chart.yaml': chartYaml('user', `dependencies:\n${fileDep('bad', '../bad')}`),
      'charts/gone/Chart.yaml': chartYaml('gone', `dependencies:\n${fileDep('missing', '../missing')}`),
    });
    const input = ['bad', 'list', 'deps', 'empty', 'user', 'gone'].map((c) => ({ dir: join(dir, 'charts', c) }));
    const result = chartsAffected(input, [], dir);
    expect(result.map((r) => r.dir)).toEqual(input.map((c) => c.dir));
    expect(result.map((r) => r.reasons)).toEqual([
      [
        'cannot parse Chart.yaml: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1',
      ],
      ['cannot parse Chart.yaml: it is not a mapping'],
      ['cannot parse Chart.yaml: dependencies is not a list'],
      ['cannot read Chart.yaml: it does not exist'],
      ['depends on chart charts/bad (file://../bad), whose Chart.yaml cannot be read'],
      ['depends on chart charts/missing (file://../missing), whose Chart.yaml cannot be read'],
    ]);
  });

  it('a dependency cycle neither loops nor hides a change', () => {
    const dir = charts({
      'a/Chart.yaml': chartYaml('a', `dependencies:\n${fileDep('b', '../b')}`),
      'b/Chart.yaml': chartYaml('b', `dependencies:\n${fileDep('a', '../a')}`),
    });
    const input = [{ dir: join(dir, 'a') }, { dir: join(dir, 'b') }];
    expect(chartsAffected(input, ['b/values.yaml'], dir)).toEqual([
      { dir: join(dir, 'a'), reasons: ['depends on changed chart b (file://../b)'] },
      { dir: join(dir, 'b'), reasons: ['changed: values.yaml'] },
    ]);
    expect(chartsAffected(input, [], dir)).toEqual([]);
  });

  it('a chart at the repository root owns every path; a chart named through a symlink still matches', () => {
    const dir = charts({ 'Chart.yaml': chartYaml('root'), 'sub/Chart.yaml': chartYaml('sub') });
    const link = join(tmp('helm-guard-link-'), 'repo');
    symlinkSync(dir, link, 'dir');
    expect(chartsAffected([{ dir: link }, { dir: join(link, 'sub') }], ['README.md', 'sub/Chart.yaml'], dir)).toEqual([
      { dir: link, reasons: ['changed: README.md', 'changed: sub/Chart.yaml'] },
      { dir: join(link, 'sub'), reasons: ['changed: Chart.yaml'] },
    ]);
  });
});
