/**
 * npm run bench — what a CI step costs: whole processes, cold, through dist/ (`node dist/cli.js`, and the
 * Action's `node dist/index.js`), each run interleaved with its baselines in the same loop so that the
 * machine's drift hits all alike. Medians of BENCH_RUNS (default 7; twice as many for certctl and three times
 * for the one-combo chart, whose runs are short); compare the ratios, not the seconds.
 *
 * Cold means: a fresh Node process, Node's compile cache off (helm-guard does not turn it on; the variable
 * keeps a NODE_COMPILE_CACHE in the environment from doing so), and the helm version cache removed before
 * every run; the OS page cache cannot be emptied and is warm for every
 * contestant alike.
 *
 * Baselines run exactly the helm calls the guard makes (same argv, from the same configs):
 *  - bash guard: one bash script running helm lint, then every helm template, one after another (the shape
 *    of the seed's scripts/ci-guards/helm-templates-lint.sh);
 *  - parallel floor: the same calls, nproc at a time (xargs -P), with the environment helm-guard gives helm
 *    (GOGC=400, and each process's share of the cores as GOMAXPROCS, unless set), which no tool that makes
 *    them can beat;
 *  - helm template: a bare `helm template` of the one-combo chart (as a user runs it: Go's defaults).
 *
 * Then, in-process after a warm-up (what a long-lived process would see, printed second on purpose):
 * schema validation and parse throughput.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfigs, type GuardConfig } from '../src/config/load.js';
import { lintArgs, templateArgs } from '../src/helm/args.js';
import { HELM_GOGC, helmGoMaxProcs } from '../src/helm/run.js';
import { parseRender } from '../src/manifests/parse.js';
import { benchSchemas } from './schemas.js';
import { benchCoverage, printCoverageBench } from './coverage.js';

const root = resolve(import.meta.dirname, '..');
const helm = process.env.HELM_BIN ?? join(root, '.cache/helm/v3.16.4/helm');
const node = process.execPath;
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const CERTCTL_RUNS = 2 * RUNS;
const SMALL_RUNS = 3 * RUNS;
const NPROC = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'helm-guard-bench-'));
const versionCache = join(tmpdir(), `helm-guard-${process.getuid?.() ?? 'user'}`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

/** Wall time of one whole process (and its children), and their peak RSS (python's RUSAGE_CHILDREN). */
function timed(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = root,
): { ms: number; maxRssKb: number; code: number } {
  const probe =
    'import resource,subprocess,sys,time\n' +
    't=time.monotonic();p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)\n' +
    'print((time.monotonic()-t)*1000, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)';
  const r = spawnSync('python3', ['-c', probe, ...argv], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const [t, rss, code] = r.stdout.trim().split(/\s+/).map(Number);
  if (t === undefined || Number.isNaN(t)) throw new Error(`could not time ${argv.join(' ')}: ${r.stderr}`);
  return { ms: t, maxRssKb: rss!, code: code! };
}

/**
 * A cold run of helm-guard: no compile cache, no remembered helm version. A run that did not finish its
 * work (exit 2: bad input, a helm that could not run; or a signal) is no measurement: the bench stops.
 */
function cold(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = root) {
  rmSync(versionCache, { recursive: true, force: true });
  const r = timed(argv, { NODE_DISABLE_COMPILE_CACHE: '1', ...env }, cwd);
  if (r.code !== 0 && r.code !== 1)
    throw new Error(`${argv.slice(1).join(' ')} (in ${cwd}) exited with ${r.code}: not a run to time`);
  return r;
}

/** The helm calls the guard makes for these configs: lint once per chart, then every combo. */
function helmCalls(configs: GuardConfig[]): string[][] {
  return configs.flatMap((c) => [
    ...(c.lint.enabled ? [lintArgs(c, c.combos.find((x) => !x.expect.failure) ?? c.combos[0]!)] : []),
    ...c.combos.map((x) => templateArgs(c, x)),
  ]);
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The environment helm-guard gives the helm processes of its pool of NPROC (src/helm/run.ts): GOGC=400 and
 * GOMAXPROCS=cores/NPROC, each unless set. The parallel floor runs helm with it too, so that it stays what no
 * tool making the same calls can beat; the bash-guard shape and the bare `helm template` run helm as a user's
 * script does, with Go's defaults.
 */
const GUARD_HELM_ENV = [
  ...(process.env.GOGC === undefined ? [`GOGC=${HELM_GOGC}`] : []),
  ...(process.env.GOMAXPROCS === undefined ? [`GOMAXPROCS=${helmGoMaxProcs(NPROC)}`] : []),
].join(' ');

/** bash scripts for the baselines: serial (the bash-guard shape) and nproc-parallel (xargs -P). */
function baselines(
  name: string,
  calls: string[][],
  cwd: string,
): { serial: string[]; floor: string[]; floorDefaultGC: string[] } {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const line = (args: string[]) => `${quote(helm)} ${args.map(quote).join(' ')} >/dev/null 2>&1 || true`;
  const serial = join(dir, 'serial.sh');
  writeFileSync(serial, `#!/bin/bash\ncd ${quote(cwd)}\n${calls.map(line).join('\n')}\n`);
  const each = calls.map((args, i) => {
    const f = join(dir, `call-${i}.sh`);
    writeFileSync(f, `cd ${quote(cwd)}\nexec ${line(args).replace(/ \|\| true$/, '')}\n`);
    return f;
  });
  const list = join(dir, 'calls');
  writeFileSync(list, each.join('\0'));
  const floor = join(dir, 'floor.sh');
  const withEnv = GUARD_HELM_ENV ? `env ${GUARD_HELM_ENV} ` : '';
  writeFileSync(floor, `#!/bin/bash\nxargs -0 -P ${NPROC} -n 1 ${withEnv}bash < ${quote(list)}\n`);
  const floorDefaultGC = join(dir, 'floor-default-gc.sh');
  writeFileSync(floorDefaultGC, `#!/bin/bash\nxargs -0 -P ${NPROC} -n 1 bash < ${quote(list)}\n`);
  return { serial: ['bash', serial], floor: ['bash', floor], floorDefaultGC: ['bash', floorDefaultGC] };
}

interface Row {
  label: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  cold?: boolean;
}

/** Every row RUNS times, interleaved; medians. */
/** Each row `runs` times, interleaved; the short runs take more rounds (their noise is a larger share). */
function race(rows: Row[], runs = RUNS): Map<string, { ms: number; maxRssKb: number; codes: Set<number> }> {
  const t = new Map<string, { times: number[]; rss: number[]; codes: Set<number> }>(
    rows.map((r) => [r.label, { times: [], rss: [], codes: new Set() }]),
  );
  for (let i = 0; i < runs; i++)
    for (const r of rows) {
      const x = r.cold ? cold(r.argv, r.env, r.cwd) : timed(r.argv, r.env, r.cwd);
      const e = t.get(r.label)!;
      e.times.push(x.ms);
      e.rss.push(x.maxRssKb);
      e.codes.add(x.code);
    }
  return new Map([...t].map(([k, v]) => [k, { ms: median(v.times), maxRssKb: Math.max(...v.rss), codes: v.codes }]));
}

function verdict(ratio: number, target: number): string {
  return `${ratio.toFixed(2)}x (target <= ${target.toFixed(2)}x) ${ratio <= target ? 'met' : 'MISSED'}`;
}

const cli = join(root, 'dist/cli.js');
const action = join(root, 'dist/index.js');
console.log(
  `helm-guard bench: ${execFileSync(helm, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' })}, node ${process.versions.node}, ${NPROC} cores; whole processes, cold, medians of ${RUNS} runs unless a section says more\n`,
);

// 1. certctl with its config: the seed's guard replaced
{
  const cfg = 'fixtures/certctl/.helm-guard.yaml';
  const configs = loadConfigs({ cwd: root, configPath: cfg, knownRules: RULE_IDS });
  const calls = helmCalls(configs);
  const b = baselines('certctl', calls, root);
  const outDir = mkdtempSync(join(work, 'action-'));
  for (const f of ['output', 'summary']) writeFileSync(join(outDir, f), '');
  const actionEnv = {
    INPUT_CONFIG: cfg,
    'INPUT_HELM-PATH': helm,
    INPUT_SINCE: 'all',
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: join(outDir, 'output'),
    GITHUB_STEP_SUMMARY: join(outDir, 'summary'),
  };
  const r = race(
    [
      { label: 'guard', argv: [node, cli, '--config', cfg, '--helm', helm], cold: true },
      { label: 'action', argv: [node, action], env: actionEnv, cold: true },
      { label: 'serial', argv: b.serial },
      { label: 'floor', argv: b.floor },
      { label: 'floor-default-gc', argv: b.floorDefaultGC },
    ],
    CERTCTL_RUNS,
  );
  const g = r.get('guard')!.ms;
  const a = r.get('action')!.ms;
  const s = r.get('serial')!.ms;
  const f = r.get('floor')!.ms;
  console.log(
    `certctl fixture with its config: ${configs[0]!.combos.length} combos, ${calls.length} helm calls, median of ${CERTCTL_RUNS}`,
  );
  console.log(`  helm-guard (dist/cli.js)  ${ms(g)}   peak RSS ${(r.get('guard')!.maxRssKb / 1024).toFixed(0)} MiB`);
  console.log(`  the Action (dist/index.js)${ms(a)}`);
  console.log(`  bash guard (serial)       ${ms(s)}   helm-guard/bash guard = ${verdict(g / s, 1.0)}`);
  console.log(`  parallel floor (-P ${NPROC})    ${ms(f)}   helm-guard/floor      = ${verdict(g / f, 1.5)}`);
  console.log(`                                       Action/floor          = ${(a / f).toFixed(2)}x`);
  console.log(
    `  (the floor runs helm as helm-guard does${GUARD_HELM_ENV ? `, ${GUARD_HELM_ENV}` : ''}; with Go's defaults it takes ${ms(r.get('floor-default-gc')!.ms).trim()})`,
  );
  if (![...r.get('guard')!.codes].every((c) => c === 0))
    console.log('  (the guard did not pass: figures are not comparable)');
  console.log();
}

// 1b. the same run with template coverage (--coverage): what it adds
printCoverageBench(benchCoverage({ helm, node, runs: RUNS }));

// 2. one small chart, one combo: helm-guard's fixed cost over helm's
{
  const chart = 'fixtures/real/prometheus-community-prometheus-smartctl-exporter';
  const small = join(work, 'one-combo');
  cpSync(join(root, chart), small, { recursive: true });
  rmSync(join(small, 'ci'), { recursive: true, force: true }); // its defaults: one combo
  const configs = loadConfigs({ cwd: root, chartDirs: [small], knownRules: RULE_IDS, ignoreConfigFile: true });
  const b = baselines('one-combo', helmCalls(configs), root);
  const r = race(
    [
      { label: 'guard', argv: [node, cli, small, '--helm', helm], cold: true },
      { label: 'template', argv: [helm, 'template', 'x', small] },
      { label: 'floor', argv: b.floor },
    ],
    SMALL_RUNS,
  );
  const g = r.get('guard')!.ms;
  const t = r.get('template')!.ms;
  console.log(`one small chart, one combo (${chart.split('/').pop()}, defaults), median of ${SMALL_RUNS}`);
  console.log(`  helm-guard (dist/cli.js)  ${ms(g)}`);
  console.log(
    `  helm template             ${ms(t)}   helm-guard - helm template = ${(g - t).toFixed(0)} ms (target <= 150 ms) ${g - t <= 150 ? 'met' : 'MISSED'}`,
  );
  console.log(`  its helm calls, parallel  ${ms(r.get('floor')!.ms)}   (lint + template)`);
  console.log(`  helm-guard --version      ${ms(cold([node, cli, '--version']).ms)}   (one cold run)`);
  console.log();
}

// 3. a repository of 40 small charts in one invocation
{
  const repo = join(work, 'repo');
  const charts = join(repo, 'charts');
  mkdirSync(charts, { recursive: true });
  const real = readdirSync(join(root, 'fixtures/real'), { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const d of real) cpSync(join(root, 'fixtures/real', d.name), join(charts, d.name), { recursive: true });
  for (const d of [
    'fixtures/valid/capabilities',
    'fixtures/valid/crd-catalog',
    'fixtures/zero-config',
    'fixtures/mapping',
  ])
    cpSync(join(root, d), join(charts, d.split('/').pop()!), { recursive: true });
  for (let i = 0; charts && readdirSync(charts).length < 40; i++) {
    const dir = join(charts, `bench-${i}`);
    cpSync(join(root, 'bench/chart'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'values.yaml'),
      `count: ${1 + (i % 4)}\nimage: { repository: registry.example/app, tag: '1.0.${i}' }\n`,
    );
  }
  const configs = loadConfigs({ cwd: repo, chartDirs: ['charts'], knownRules: RULE_IDS, ignoreConfigFile: true });
  const calls = helmCalls(configs);
  const b = baselines('repo', calls, repo);
  const combos = configs.reduce((n, c) => n + c.combos.length, 0);
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  const times: Record<string, number[]> = { guard: [], floor: [], serial: [], each: [] };
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const g = cold([node, cli, 'charts', '--helm', helm], {}, repo);
    times.guard!.push(g.ms);
    rss = Math.max(rss, g.maxRssKb);
    times.floor!.push(timed(b.floor).ms);
    // one helm-guard per chart, as a shell loop would run them
    let each = 0;
    for (const c of configs) each += cold([node, cli, c.chartDir, '--helm', helm], {}, repo).ms;
    times.each!.push(each);
  }
  const g = median(times.guard!);
  const f = median(times.floor!);
  console.log(
    `a repository of ${configs.length} charts (${combos} combos, ${calls.length} helm calls), median of ${runs}`,
  );
  console.log(`  helm-guard charts/ (one process) ${ms(g)}   peak RSS ${(rss / 1024).toFixed(0)} MiB`);
  console.log(`  parallel floor (-P ${NPROC})           ${ms(f)}   helm-guard/floor = ${verdict(g / f, 1.5)}`);
  console.log(
    `  one helm-guard per chart         ${ms(median(times.each!))}   (${(median(times.each!) / g).toFixed(1)}x the one process)`,
  );
  console.log();
}

// 4. in-process, warm: what a long-lived process sees (not what a CI step pays)
{
  const s = await benchSchemas();
  console.log('in-process, after warm-up (not what a CI step pays):');
  console.log(`  schema validation   ${s.docsPerSecond.toFixed(0)} documents/s (3 kinds, synthetic)`);
  const chartDir = join(root, 'bench/chart');
  const out = execFileSync(helm, ['template', 'bench', chartDir, '--set', 'count=1000'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  parseRender(out, { combo: 'warm-up', chartDir, baseDir: root });
  const t = performance.now();
  const r = parseRender(out, { combo: 'x', chartDir, baseDir: root });
  for (const m of r.manifests) m.locate();
  console.log(
    `  parse and locate    ${(r.manifests.length / ((performance.now() - t) / 1000)).toFixed(0)} documents/s`,
  );
}
rmSync(work, { recursive: true, force: true });
