import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { HELMS, ROOT } from './helpers/helm.js';

/**
 * Upgrade safety end to end: git histories built here (a base commit, then the head's change), the CLI run
 * with --base on them, each upgrade rule asserted with its head file and line, and the legal changes that
 * must raise nothing but the roll notices. With helm 3 and helm 4.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8', timeout: 60_000 },
  );
}

/** A repository holding `files` at its first commit, then `change` applied and committed. */
function history(files: Record<string, string>, change: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'helm-guard-upgrade-'));
  dirs.push(dir);
  const write = (f: Record<string, string | null>) => {
    for (const [p, text] of Object.entries(f)) {
      if (text === null) rmSync(join(dir, p), { force: true });
      else {
        mkdirSync(dirname(join(dir, p)), { recursive: true });
        writeFileSync(join(dir, p), text);
      }
    }
  };
  write(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  write(change);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return dir;
}

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const CHART = 'apiVersion: v2\nname: app\nversion: 0.1.0\n';

const statefulset = (storage: string, image = 'postgres:16.3', strategy = 'RollingUpdate') => `# the database
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ .Release.Name }}-db
spec:
  serviceName: {{ .Release.Name }}-db
  updateStrategy:
    type: ${strategy}
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: ${image}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: ${storage}
`;

const deployment = (
  opts: { selector?: string; image?: string; env?: boolean; replicas?: number; podLabel?: string; name?: string } = {},
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
spec:
  replicas: ${opts.replicas ?? 1}
  selector:
    matchLabels:
      app: ${opts.selector ?? 'web'}
  template:
    metadata:
      labels:
        app: ${opts.selector ?? 'web'}
        tier: ${opts.podLabel ?? 'front'}
    spec:
      containers:
        - name: ${opts.name ?? 'web'}
          image: ${opts.image ?? 'nginx:1.27'}
${opts.env ? '          env:\n            - name: MODE\n              value: fast\n' : ''}          volumeMounts:
            - name: config
              mountPath: /etc/web
      volumes:
        - name: config
          configMap:
            name: {{ .Release.Name }}-config
`;

const configMap = (value: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  mode: ${value}
`;

interface Case {
  name: string;
  base: Record<string, string>;
  head: Record<string, string | null>;
  /** `severity rule file:line` (file relative to the repository), in any order */
  expected: string[];
}

const CASES: Case[] = [
  {
    name: 'a StatefulSet volume claim grows: the API server refuses it',
    base: { 'Chart.yaml': CHART, 'templates/db.yaml': statefulset('1Gi') },
    head: { 'templates/db.yaml': statefulset('2Gi') },
    expected: ['error upgrade/immutable-field templates/db.yaml:28'],
  },
  {
    name: 'a Deployment selector changes',
    base: { 'Chart.yaml': CHART, 'templates/web.yaml': deployment(), 'templates/cm.yaml': configMap('a') },
    head: { 'templates/web.yaml': deployment({ selector: 'website' }) },
    expected: ['error upgrade/immutable-field templates/web.yaml:9', 'notice upgrade/rollout templates/web.yaml:13'],
  },
  {
    name: 'a StatefulSet with volumes is removed; a PVC is removed without keep',
    base: {
      'Chart.yaml': CHART,
      'templates/db.yaml': statefulset('1Gi'),
      'templates/pvc.yaml':
        'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: {{ .Release.Name }}-cache\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n',
      'templates/cm.yaml': configMap('a'),
    },
    head: { 'templates/db.yaml': null, 'templates/pvc.yaml': null },
    expected: ['warning upgrade/statefulset-removed -', 'warning upgrade/pvc-removed -'],
  },
  {
    name: 'a ConfigMap changes but the Deployment that mounts it does not roll',
    base: { 'Chart.yaml': CHART, 'templates/web.yaml': deployment(), 'templates/cm.yaml': configMap('a') },
    head: { 'templates/cm.yaml': configMap('b') },
    // at the Deployment's reference to the ConfigMap
    expected: ['notice upgrade/config-not-rolled templates/web.yaml:25'],
  },
  {
    name: 'an OnDelete StatefulSet whose template changes',
    base: { 'Chart.yaml': CHART, 'templates/db.yaml': statefulset('1Gi', 'postgres:16.3', 'OnDelete') },
    head: { 'templates/db.yaml': statefulset('1Gi', 'postgres:16.4', 'OnDelete') },
    // at the image line the change touched
    expected: ['notice upgrade/ondelete templates/db.yaml:20'],
  },
  {
    name: 'a Deployment becomes a StatefulSet under the same name',
    base: { 'Chart.yaml': CHART, 'templates/web.yaml': deployment(), 'templates/cm.yaml': configMap('a') },
    head: {
      'templates/web.yaml': deployment()
        .replace('kind: Deployment', 'kind: StatefulSet')
        .replace('  replicas: 1', '  serviceName: {{ .Release.Name }}-web\n  replicas: 1'),
    },
    expected: ['warning upgrade/kind-changed templates/web.yaml:2'],
  },
  {
    name: 'legal changes (image tag, replicas, a new env var, a container rename, a pod label) only roll',
    base: { 'Chart.yaml': CHART, 'templates/web.yaml': deployment(), 'templates/cm.yaml': configMap('a') },
    head: {
      'templates/web.yaml': deployment({ image: 'nginx:1.28', replicas: 3, env: true, name: 'site', podLabel: 'edge' }),
    },
    // at the first field of the pod template that changed (the pod label)
    expected: ['notice upgrade/rollout templates/web.yaml:14'],
  },
];

const key = (f: { severity: string; rule: string; location?: { file: string; line: number } }) =>
  `${f.severity} ${f.rule} ${f.location ? `${f.location.file}:${f.location.line}` : '-'}`;

describe.each(HELMS)('--base with helm $version', ({ path: helm }) => {
  it.each(CASES)('$name', async ({ base, head, expected }) => {
    const repo = history(base, head);
    const r = await cli(['.', '--base', 'HEAD~1', '--helm', helm, '--format', 'json', '--fail-on', 'never'], repo);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(j.base.ref).toBe('HEAD~1');
    expect(j.base.commit).toBe(git(repo, 'rev-parse', 'HEAD~1').trim());
    expect(
      j.findings
        .filter((f: any) => f.rule.startsWith('upgrade/'))
        .map(key)
        .sort(),
    ).toEqual([...expected].sort());
    // the temporary worktree is gone
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('the rendered diff (--format diff): field changes, Secret data never shown', async () => {
    const secret = (v: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-creds\nstringData:\n  password: ${v}\n`;
    const repo = history(
      {
        'Chart.yaml': CHART,
        'templates/web.yaml': deployment(),
        'templates/cm.yaml': configMap('a'),
        'templates/s.yaml': secret('hunter2-old-value'),
      },
      {
        'templates/web.yaml': deployment({ replicas: 2 }),
        'templates/s.yaml': secret('hunter2-new-value'),
        'templates/cm.yaml': null,
      },
    );
    const r = await cli(['.', '--base', 'HEAD~1', '--helm', helm, '--format', 'diff'], repo);
    expect(r.stdout).toMatch(/^helm-guard: the render against [0-9a-f]{12} \(HEAD~1\), 1 combo$/m);
    expect(r.stdout).toMatch(/^── default: 0 added, 1 removed, 2 changed$/m);
    expect(r.stdout).toContain('- v1 ConfigMap default/release-name-config');
    expect(r.stdout).toContain('~ apps/v1 Deployment default/release-name-web\n    /spec/replicas: 1 → 2');
    expect(r.stdout).toContain(
      '~ v1 Secret default/release-name-creds\n    /stringData/password: changed (Secret data, not shown)',
    );
    expect(r.stdout).not.toMatch(/hunter2/);
    const json = await cli(['.', '--base', 'HEAD~1', '--helm', helm, '--format', 'json'], repo);
    expect(json.stdout).not.toMatch(/hunter2/);
  });

  it('a chart new in the head, and a combo whose values file is new, are not compared', async () => {
    const repo = history(
      { 'README.md': 'x\n' },
      {
        'chart/Chart.yaml': CHART,
        'chart/values.yaml': 'a: 0\n',
        'chart/templates/cm.yaml': configMap('a'),
        'chart/ci/x-values.yaml': 'a: 1\n',
      },
    );
    const r = await cli(['chart', '--base', 'HEAD~1', '--helm', helm, '--format', 'json'], repo);
    const j = JSON.parse(r.stdout);
    expect(j.combos.map((c: any) => [c.name, c.upgrade.compared, c.upgrade.reason])).toEqual([
      ['x', false, 'the chart is new: it is not at HEAD~1'],
    ]);
    expect(r.code).toBe(0);
  });

  it('the certctl fixture: a new Postgres image is an OnDelete notice at the image line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-certctl-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'fixtures/certctl'), dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const values = join(dir, 'deploy/helm/certctl/values.yaml');
    const text = readFileSync(values, 'utf8');
    const tag = /postgresql:\n(?:.*\n)*?\s+tag: "?([^"\n]+)"?/.exec(text);
    expect(tag, 'the fixture pins a postgres image tag').toBeTruthy();
    writeFileSync(values, text.replace(tag![0], tag![0].replace(tag![1]!, `${tag![1]}-next`)));
    git(dir, 'commit', '-qam', 'postgres bump');
    const r = await cli(
      ['--config', '.helm-guard.yaml', '--base', 'HEAD~1', '--helm', helm, '--format', 'json', '--combo', 'defaults'],
      dir,
    );
    const j = JSON.parse(r.stdout);
    const notice = j.findings.find((f: any) => f.rule === 'upgrade/ondelete');
    expect(notice?.location.file).toBe('deploy/helm/certctl/templates/postgres-statefulset.yaml');
    const line = readFileSync(join(dir, notice.location.file), 'utf8').split('\n')[notice.location.line - 1];
    expect(line).toMatch(/image:/);
    expect(notice.message).toMatch(/Runbook: docs\/operator\/runbooks\/rollback\.md$/);
    expect(j.findings.filter((f: any) => f.severity !== 'notice')).toEqual([]);
  });
});
