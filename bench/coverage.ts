/**
 * What template coverage adds to a guard run: the certctl fixture with its config, with and without
 * `--coverage`, whole processes, cold (fresh Node, no compile cache, no remembered helm version), the two
 * interleaved in one loop; medians and their ratio. Called by bench/run.ts; alone: `npx tsx bench/coverage.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Wall time of one whole cold process and its exit code. */
function coldRun(argv: string[]): { ms: number; code: number } {
  rmSync(join(tmpdir(), `helm-guard-${process.getuid?.() ?? 'user'}`), { recursive: true, force: true });
  const probe =
    'import subprocess,sys,time\n' +
    't=time.monotonic();p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)\n' +
    'print((time.monotonic()-t)*1000, p.returncode)';
  const r = spawnSync('python3', ['-c', probe, ...argv], {
    cwd: root,
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const [t, code] = r.stdout.trim().split(/\s+/).map(Number);
  if (t === undefined || Number.isNaN(t)) throw new Error(`could not time ${argv.join(' ')}: ${r.stderr}`);
  return { ms: t, code: code! };
}

export interface CoverageBench {
  combos: number;
  plain: number;
  coverage: number;
  ratio: number;
  runs: number;
}

export function benchCoverage(opts: { helm: string; node?: string; runs?: number }): CoverageBench {
  const node = opts.node ?? process.execPath;
  const cli = join(root, 'dist/cli.js');
  const runs = Math.max(3, opts.runs ?? 7);
  const out = mkdtempSync(join(tmpdir(), 'helm-guard-bench-coverage-'));
  const base = [node, cli, '--config', 'fixtures/certctl/.helm-guard.yaml', '--helm', opts.helm];
  const plain: number[] = [];
  const withCov: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const a = coldRun(base);
      const b = coldRun([...base, '--coverage', '--coverage-output', out]);
      if (a.code !== 0 || b.code !== 0) throw new Error(`the certctl guard did not pass (exit ${a.code}, ${b.code})`);
      plain.push(a.ms);
      withCov.push(b.ms);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const p = median(plain);
  const c = median(withCov);
  return { combos: 12, plain: p, coverage: c, ratio: c / p, runs };
}

export function printCoverageBench(r: CoverageBench): void {
  const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
  console.log(`template coverage: certctl fixture with its config (${r.combos} combos), median of ${r.runs}`);
  console.log(`  helm-guard               ${ms(r.plain)}`);
  console.log(
    `  helm-guard --coverage    ${ms(r.coverage)}   coverage/plain = ${r.ratio.toFixed(2)}x (+${(r.coverage - r.plain).toFixed(0)} ms; every combo rendered twice)`,
  );
  console.log();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const helm = process.env.HELM_BIN ?? join(root, '.cache/helm/v3.16.4/helm');
  printCoverageBench(benchCoverage({ helm, runs: Number(process.env.BENCH_RUNS ?? 7) }));
}
