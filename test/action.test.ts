import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHelmTarGz } from './helpers/archive.js';
import { HELM3, ROOT } from './helpers/helm.js';

/**
 * dist/index.js exactly as the runner starts it: `node dist/index.js` with INPUT_* variables and the
 * runner's files pointed at temp dirs. dist/ is rebuilt by `npm run build` (test/dist.test.ts checks it
 * matches the source).
 */
interface Run {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
  toolCache: string;
}

async function runAction(
  inputs: Record<string, string>,
  extra: { env?: NodeJS.ProcessEnv; workspace?: string } = {},
): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'helm-guard-action-'));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    path: join(dir, 'path'),
    env: join(dir, 'env'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const runnerTemp = join(dir, 'temp');
  const toolCache = join(dir, 'toolcache');
  mkdirSync(runnerTemp);
  mkdirSync(toolCache);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: extra.workspace ?? ROOT,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_PATH: files.path,
    GITHUB_ENV: files.env,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_TEMP: runnerTemp,
  };
  Object.assign(env, extra.env ?? {});
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // asynchronous: the loopback mirror below is served from this same process
  const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
    cwd: extra.workspace ?? ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  // GITHUB_OUTPUT holds name<<DELIMITER\nvalue\nDELIMITER blocks
  const outputs: Record<string, string> = {};
  const text = readFileSync(files.output, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { code, stdout, outputs, summary: readFileSync(files.summary, 'utf8'), runnerTemp, toolCache };
}

describe('the Action (dist/index.js)', () => {
  it('passes on the certctl fixture: outputs set, summary written, no error annotation', async () => {
    const r = await runAction({
      config: 'fixtures/certctl/.helm-guard.yaml',
      'helm-path': HELM3,
      report: 'reports/certctl.json',
    });
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      result: 'pass',
      findings: '0',
      'combos-passed': '12',
      'combos-failed': '0',
      'helm-path': HELM3,
      'helm-version': 'v3.16.4',
      'report-path': join(ROOT, 'reports/certctl.json'),
    });
    const report = JSON.parse(readFileSync(join(ROOT, 'reports/certctl.json'), 'utf8'));
    expect(report.result).toBe('pass');
    expect(r.summary).toMatch(/<h2>helm-guard: ✅ pass<\/h2>/);
    expect(r.summary).toMatch(
      /<tr><td>✅ backup-pvc<\/td><td>✅<\/td><td>✅<\/td><td>✅<\/td><td>✅<\/td><td>✅<\/td><td>.*CronJob&nbsp;1/,
    );
    expect(r.summary).toMatch(/<tr><td>✅ fail-no-tls<\/td><td>✅ failed as expected<\/td>/);
  });

  it('fails on a broken fixture with an annotation at the template line', async () => {
    const r = await runAction({ config: 'fixtures/broken/yaml-error-one-combo/.helm-guard.yaml', 'helm-path': HELM3 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=yaml\/parse-error \[legacy-note\],file=fixtures\/broken\/yaml-error-one-combo\/templates\/configmap\.yaml,line=10,col=\d+::.*renders invalid YAML/m,
    );
    expect(r.stdout).toMatch(/^::error::helm-guard: 1 of 2 combos failed \(1 errors, fail-on: error\)$/m);
    expect(r.outputs).toMatchObject({ result: 'fail', findings: '1', 'combos-passed': '1', 'combos-failed': '1' });
    expect(r.summary).toMatch(
      /<details><summary>❌ <code>yaml\/parse-error<\/code> <code>fixtures\/broken\/yaml-error-one-combo\/templates\/configmap\.yaml:10:\d+<\/code>.*<li>combo: legacy-note<\/li>/,
    );
  });

  it('caps annotations per level and counts the rest in one notice', async () => {
    const r = await runAction({
      config: 'fixtures/broken/missing-strategy/.helm-guard.yaml',
      'helm-path': HELM3,
      annotations: '1',
    });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^::error title=assert\/field/gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/^::notice title=helm-guard::1 more finding — see the job summary$/m);
    expect(r.summary.match(/<summary>❌ <code>assert\/field<\/code>/g)).toHaveLength(2);
  });

  it('chart text cannot inject workflow commands or markup', async () => {
    const r = await runAction({ chart: 'fixtures/broken/injection', 'helm-path': HELM3 });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    const token = lines[stop]!.slice('::stop-commands::'.length);
    const resume = lines.indexOf(`::${token}::`);
    expect(stop).toBeGreaterThanOrEqual(0);
    expect(resume).toBeGreaterThan(stop);
    // outside the stopped block, the only command lines are ours: no add-mask, set-output or forged warning
    const live = [...lines.slice(0, stop), ...lines.slice(resume + 1)];
    expect(live.filter((l) => /^::(add-mask|set-output|warning)/.test(l))).toEqual([]);
    const errorLine = lines.find((l) => l.startsWith('::error title=render/failed'))!;
    expect(errorLine).toContain('file=fixtures/broken/injection/templates/fail.yaml,line=2');
    expect(errorLine).toContain('%0A::warning file=x::forged'); // the newline is escaped, not obeyed
    expect(errorLine).toContain('%250A'); // a literal %0A stays literal
    // the text report, printed with workflow commands stopped, shows the chart's line break written out
    expect(lines.slice(stop, resume).some((l) => l.includes('\\n::warning file=x::forged'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::warning file=x::forged'))).toBe(false);
    expect(r.summary).not.toMatch(/<script>/);
    expect(r.summary).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('kube-version selects the removed-API check; fail-on warning fails on a lint warning', async () => {
    const old = await runAction({ chart: 'fixtures/broken/removed-api', 'helm-path': HELM3, 'kube-version': '1.24.0' });
    expect(old.code).toBe(0);
    expect(old.stdout).toMatch(
      /^::warning title=lint\/warning,file=fixtures\/broken\/removed-api\/templates\/cronjob\.yaml,line=1::/m,
    );
    // 1.24 has no schema set of its own: one notice says which is used
    expect(old.stdout).toMatch(/^::notice title=schema\/kube-version::no schema set for Kubernetes 1\.24 is shipped/m);
    expect(old.outputs).toMatchObject({ result: 'pass', findings: '2' });
    const strict = await runAction({
      chart: 'fixtures/broken/removed-api',
      'helm-path': HELM3,
      'kube-version': '1.24.0',
      'fail-on': 'warning',
    });
    expect(strict.code).toBe(1);
    expect(strict.outputs.result).toBe('fail');
    const now = await runAction({ chart: 'fixtures/broken/removed-api', 'helm-path': HELM3, 'kube-version': '1.30.0' });
    expect(now.code).toBe(1);
    expect(now.stdout).toMatch(
      /^::error title=schema\/removed-api \[2 combos\],file=fixtures\/broken\/removed-api\/templates\/cronjob\.yaml,line=1,col=1::.*\(in 2 combos: k8s-1\.24, k8s-1\.30\)$/m,
    );
  });

  it('plan sets a matrix; shards write reports; merge gives the one verdict, summary and annotations', async () => {
    const charts = 'fixtures/real/grafana-promtail\nfixtures/broken/empty-one-combo\nfixtures/zero-config';
    const plan = await runAction({ chart: charts, plan: '3', since: 'all', 'helm-path': HELM3 });
    expect(plan.code).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix!) as { include: { shard: string; combos: number }[] };
    expect(matrix.include.map((x) => x.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(matrix.include.reduce((n, x) => n + x.combos, 0)).toBe(5 + 2 + 2);
    const dir = mkdtempSync(join(ROOT, '.cache', 'shards-'));
    const rel = dir.slice(ROOT.length + 1);
    for (const { shard } of matrix.include) {
      const r = await runAction({
        chart: charts,
        shard,
        since: 'all',
        'helm-path': HELM3,
        'fail-on': 'never',
        report: `${rel}/${shard.replace('/', '-')}.json`,
      });
      expect(r.code).toBe(0);
    }
    const merged = await runAction({ merge: `${rel}/*.json`, 'fail-on': 'warning' });
    // the empty combo is a warning, whichever shard rendered the chart's other combo
    expect(merged.stdout).toMatch(/^::warning title=render\/empty \[fixtures\/broken\/empty-one-combo defaults\]::/m);
    expect(merged.outputs).toMatchObject({ result: 'pass', 'combos-failed': '0', 'combos-passed': '9' });
    expect(merged.summary).toContain('3 charts with helm v3.16.4');
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a pull request, only the charts changed since the base commit', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'helm-guard-pr-'));
    for (const name of ['a', 'b'])
      cpSync(join(ROOT, 'fixtures/zero-config'), join(ws, 'charts', name), { recursive: true });
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...a], {
        cwd: ws,
        encoding: 'utf8',
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD').trim();
    writeFileSync(join(ws, 'charts', 'b', 'values.yaml'), 'endpoint: ""\nreplicas: 2\n');
    git('commit', '-qam', 'change b');
    const event = join(ws, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const r = await runAction({ chart: 'charts', 'helm-path': HELM3 }, { env, workspace: ws });
    expect(r.stdout).toMatch(/helm-guard: 1 of 2 charts changed since [0-9a-f]{40}/);
    expect(r.stdout).toMatch(/charts\/b: changed: values\.yaml/);
    expect(r.outputs).toMatchObject({ result: 'pass', 'combos-passed': '2' });
    const all = await runAction({ chart: 'charts', 'helm-path': HELM3, since: 'all' }, { env, workspace: ws });
    expect(all.outputs).toMatchObject({ result: 'pass', 'combos-passed': '4' });
  });

  it('on a pull request from a shallow checkout, fetches the base commit and finds what helm upgrade would refuse', async () => {
    const root = mkdtempSync(join(tmpdir(), 'helm-guard-origin-'));
    const g = (cwd: string, ...a: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...a], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const src = join(root, 'src');
    const db = (size: string) =>
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers:\n        - name: db\n          image: postgres:16\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: ${size}\n`;
    mkdirSync(join(src, 'chart', 'templates'), { recursive: true });
    writeFileSync(join(src, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: db\nversion: 0.1.0\n');
    writeFileSync(join(src, 'chart', 'templates', 'db.yaml'), db('1Gi'));
    g(src, 'init', '-q', '-b', 'main');
    g(src, 'add', '-A');
    g(src, 'commit', '-q', '-m', 'base');
    const base = g(src, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(src, 'chart', 'templates', 'db.yaml'), db('5Gi'));
    g(src, 'commit', '-qam', 'bigger volume');
    const origin = join(root, 'origin.git');
    g(root, 'clone', '-q', '--bare', src, origin);
    const ws = join(root, 'ws');
    // what actions/checkout does on a pull request: one commit, no history
    g(root, 'clone', '-q', '--depth', '1', `file://${origin}`, ws);
    expect(g(ws, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const event = join(root, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const r = await runAction({ chart: 'chart', 'helm-path': HELM3 }, { env, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=upgrade\/immutable-field \[default\],file=chart\/templates\/db\.yaml,line=23,col=\d+::StatefulSet\/db: .*Forbidden/m,
    );
    expect(r.summary).toContain(`<h3>Changes against <code>${base.slice(0, 12)}</code></h3>`);
    expect(r.summary).toMatch(/<summary><code>default<\/code>: 0 added, 0 removed, 1 changed<\/summary>/);
    expect(g(ws, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    rmSync(root, { recursive: true, force: true });
  });

  it('on a pull request whose base commit cannot be fetched, every chart is guarded and the comparison skipped, with a warning', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'helm-guard-nobase-'));
    cpSync(join(ROOT, 'fixtures/zero-config'), join(ws, 'chart'), { recursive: true });
    const g = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...a], {
        cwd: ws,
        encoding: 'utf8',
      });
    g('init', '-q', '-b', 'main');
    g('add', '-A');
    g('commit', '-q', '-m', 'only');
    const event = join(ws, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'a'.repeat(40) } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const r = await runAction({ chart: 'chart', 'helm-path': HELM3 }, { env, workspace: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=helm-guard since::.*every chart is guarded/m);
    expect(r.stdout).toMatch(/^::warning title=helm-guard base::.*upgrade checks against the base commit are skipped/m);
    expect(r.outputs).toMatchObject({ result: 'pass', 'combos-passed': '2' });
    // named explicitly, a base that cannot be found is an error
    const named = await runAction(
      { chart: 'chart', 'helm-path': HELM3, base: 'a'.repeat(40), since: 'all' },
      { env, workspace: ws },
    );
    expect(named.code).toBe(1);
    expect(named.outputs.result).toBe('error');
    rmSync(ws, { recursive: true, force: true });
  });

  it('bad config: one annotation at the config line, result error', async () => {
    const dir = mkdtempSync(join(ROOT, '.cache', 'cfg-'));
    writeFileSync(join(dir, 'bad.yaml'), 'chart: ../../fixtures/zero-config\ncombos:\n  - name: a\n    sets: {}\n');
    const rel = dir.slice(ROOT.length + 1);
    const r = await runAction({ config: `${rel}/bad.yaml`, 'helm-path': HELM3 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^::error title=helm-guard config,file=${rel}/bad\\.yaml,line=4::unknown key "sets" in combos\\[0\\]; did you mean "set"\\?$`,
        'm',
      ),
    );
    expect(r.outputs.result).toBe('error');
    rmSync(dir, { recursive: true, force: true });
  });

  describe('installs helm from a mirror, verified', () => {
    let server: http.Server;
    let base = '';
    let archive: Buffer;
    let sha = '';
    // a helm that notes each command it is given, then runs the real one
    const calls = join(mkdtempSync(join(tmpdir(), 'helm-guard-calls-')), 'calls');
    let logged: { bytes: Buffer; sha256: string };
    beforeAll(async () => {
      const built = await buildHelmTarGz(HELM3);
      archive = built.bytes;
      sha = built.sha256;
      const wrapper = join(dirname(calls), 'helm');
      writeFileSync(wrapper, `#!/bin/sh\necho "$1" >> '${calls}'\nexec '${HELM3}' "$@"\n`);
      logged = await buildHelmTarGz(wrapper);
      server = http.createServer((req, res) => {
        if (req.url === '/helm-v3.16.4-linux-amd64.tar.gz') res.end(archive);
        else if (req.url === '/helm-v3.16.4-linux-amd64.tar.gz.sha256sum')
          res.end(`${sha}  helm-v3.16.4-linux-amd64.tar.gz\n`);
        else if (req.url === '/logged/helm-v3.16.4-linux-amd64.tar.gz') res.end(logged.bytes);
        else res.writeHead(404).end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('with helm-sha256: installs into the tool cache and guards the chart', async () => {
      const r = await runAction({
        chart: 'fixtures/zero-config',
        'helm-version': '3.16.4',
        'helm-mirror': base,
        'helm-sha256': sha,
      });
      expect(r.code).toBe(0);
      expect(r.outputs['helm-path']).toBe(join(r.toolCache, 'helm/3.16.4/x64/helm'));
      expect(r.outputs['helm-version']).toBe('v3.16.4');
      expect(r.outputs.result).toBe('pass');
    });

    it("the version the install checked is the run's: helm is asked for it once, not twice", async () => {
      writeFileSync(calls, '');
      const r = await runAction({
        chart: 'fixtures/zero-config',
        'helm-version': '3.16.4',
        'helm-mirror': `${base}/logged`,
        'helm-sha256': logged.sha256,
      });
      expect(r.code).toBe(0);
      expect(r.outputs['helm-version']).toBe('v3.16.4');
      expect(r.outputs.result).toBe('pass');
      // the install's check, then the chart's lint and its two combos' renders
      expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean).sort()).toEqual([
        'lint',
        'template',
        'template',
        'version',
      ]);
    });

    it('a wrong helm-sha256 fails closed and prints both hashes', async () => {
      const wrong = 'a'.repeat(64);
      const r = await runAction({
        chart: 'fixtures/zero-config',
        'helm-version': '3.16.4',
        'helm-mirror': base,
        'helm-sha256': wrong,
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(new RegExp(`^::error::.*${wrong}.*${sha}|^::error::.*${sha}.*${wrong}`, 'm'));
      expect(r.outputs.result).toBe('error');
    });
  });
});
