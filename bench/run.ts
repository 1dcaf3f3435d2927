/**
 * npm run bench — ratios against baselines measured in the same process tree (the machine is noisy:
 * compare ratios, not seconds).
 *
 *  1. certctl, 6 combos: the full guard vs. the seed's bash guard (helm lint + six serial helm template
 *     calls) vs. the floor (the same seven calls in parallel).
 *  2. the same for a 60-combo matrix.
 *  3. parse-and-locate throughput on a synthetic 10,000-document render (one core).
 *  4. schema validation throughput after warm-up, and the cold start it adds.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig, type GuardConfig } from '../src/config/load.js';
import { runGuard } from '../src/guard.js';
import { lintArgs, templateArgs } from '../src/helm/args.js';
import { run } from '../src/helm/run.js';
import { parseRender } from '../src/manifests/parse.js';
import { resetSchemaCache } from '../src/schemas/index.js';
import { benchSchemas } from './schemas.js';

const root = resolve(import.meta.dirname, '..');
const helm = process.env.HELM_BIN ?? join(root, '.cache/helm/v3.16.4/helm');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function helmCalls(config: GuardConfig, parallel: boolean): Promise<void> {
  const calls = [lintArgs(config, config.combos[0]!), ...config.combos.map((c) => templateArgs(config, c))];
  const opts = { timeoutMs: 120_000, cwd: root };
  if (parallel) {
    // the floor: every call at once, as many at a time as there are cores
    const width = availableParallelism();
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < calls.length) await run(helm, calls[next++]!, opts);
      }),
    );
  } else for (const a of calls) await run(helm, a, opts);
}

async function matrix(label: string, config: GuardConfig): Promise<void> {
  const guard: number[] = [];
  const serial: number[] = [];
  const floor: number[] = [];
  await runGuard({ config, helm, baseDir: root }); // warm caches (templates, schemas) like a second CI step would not; reported separately below
  for (let i = 0; i < RUNS; i++) {
    // interleave so drift on a noisy machine hits all three alike
    serial.push(await time(() => helmCalls(config, false)));
    floor.push(await time(() => helmCalls(config, true)));
    guard.push(
      await time(async () => {
        const r = await runGuard({ config, helm, baseDir: root });
        if (r.result !== 'pass')
          throw new Error(
            `${label}: the guard did not pass: ${r.findings.map((f) => f.rule + ' ' + f.message).join('; ')}`,
          );
      }),
    );
  }
  const g = median(guard);
  const s = median(serial);
  const f = median(floor);
  console.log(`${label}: ${config.combos.length} combos, median of ${RUNS}`);
  console.log(`  full guard              ${g.toFixed(0).padStart(7)} ms`);
  console.log(
    `  serial baseline         ${s.toFixed(0).padStart(7)} ms   guard/serial = ${(g / s).toFixed(2)}  (target <= 0.75)`,
  );
  console.log(
    `  parallel floor          ${f.toFixed(0).padStart(7)} ms   guard/floor  = ${(g / f).toFixed(2)}  (target <= 1.20)`,
  );
}

/**
 * A synthetic render of 10,002 distinct documents (bench/chart: a Deployment, Service and ConfigMap per
 * item, named apart so no cache can help): parse every document, map it to its template, median of RUNS.
 * Then the cost of mapping one finding to its template line (positions tree + alignment), per finding.
 */
function parseThroughput(): void {
  const chartDir = join(root, 'bench/chart');
  const out = execFileSync(helm, ['template', 'bench', chartDir, '--set', 'count=3334'], {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 1 << 30,
  });
  const rates: number[] = [];
  const perFinding: number[] = [];
  parseRender(out, { combo: 'warm-up', chartDir, baseDir: root }); // JIT warm-up, not measured
  const once = () => {
    const t = performance.now();
    const r = parseRender(out, { combo: 'x', chartDir, baseDir: root });
    for (const m of r.manifests) m.locate();
    rates.push(r.manifests.length / ((performance.now() - t) / 1000));
    return r;
  };
  for (let i = 1; i < RUNS; i++) once(); // each render is garbage before the next starts
  const last = once();
  for (let i = 0; i < RUNS; i++) {
    const sample = last.manifests.filter((_, k) => k % 10 === i).slice(0, 500);
    const t = performance.now();
    for (const m of sample) m.locate(['spec', 'template', 'spec', 'containers', 0, 'image']);
    perFinding.push(((performance.now() - t) * 1000) / sample.length);
  }
  console.log(
    `parse-and-locate: ${(out.match(/^kind:/gm) ?? []).length} documents (bench/chart, count=3334), every document mapped to its template, after one warm-up pass`,
  );
  console.log(`  ${median(rates).toFixed(0)} documents/s (target >= 20000)`);
  console.log(
    `  a finding mapped to its template line: ${median(perFinding).toFixed(0)} us (only documents with findings pay this)`,
  );
}

const certctl = loadConfig({ cwd: root, configPath: 'fixtures/certctl/.helm-guard.yaml', knownRules: RULE_IDS });
const passing = { ...certctl, combos: certctl.combos.filter((c) => !c.expect.failure) };
console.log(
  `helm ${execFileSync(helm, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' })}, ${availableParallelism()} cores\n`,
);
// throughput first, on a fresh heap; then the helm-bound matrices
parseThroughput();
await matrix('certctl', passing);
const sixty = {
  ...passing,
  combos: Array.from({ length: 60 }, (_, i) => {
    const base = passing.combos[i % passing.combos.length]!;
    return { ...base, name: `${base.name}-${i}`, set: { ...base.set, 'server.replicaCount': 2 + (i % 5) } };
  }),
};
await matrix('certctl x60', sixty);
// what validation costs inside a full guard run: warm (compiled), and the cold start of a fresh process
{
  const off = { ...passing, schemas: { ...passing.schemas, enabled: false } };
  const without: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await time(() => runGuard({ config: off, helm, baseDir: root })));
    warm.push(await time(() => runGuard({ config: passing, helm, baseDir: root })));
    resetSchemaCache();
    cold.push(await time(() => runGuard({ config: passing, helm, baseDir: root })));
  }
  console.log(`schema validation in the certctl guard (${passing.combos.length} combos), median of ${RUNS}`);
  console.log(`  guard without schemas ${median(without).toFixed(0).padStart(5)} ms`);
  console.log(
    `  guard, schemas warm   ${median(warm).toFixed(0).padStart(5)} ms   (+${(median(warm) - median(without)).toFixed(0)} ms)`,
  );
  console.log(
    `  guard, schemas cold   ${median(cold).toFixed(0).padStart(5)} ms   (cold start adds ${(median(cold) - median(warm)).toFixed(0)} ms)`,
  );
}
const s = await benchSchemas();
console.log(`schema validation: ${s.documents} documents`);
console.log(
  `  ${s.docsPerSecond.toFixed(0)} documents/s after warm-up (target >= 20000); cold start ${s.coldStartMs.toFixed(0)} ms`,
);
