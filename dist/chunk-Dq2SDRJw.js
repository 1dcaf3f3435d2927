import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { a5 as templateArgs } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/stages/coverage.ts
async function coverageStage(input) {
  const { config, helm, baseDir } = input;
  const cov = await import('./chunk-_tjenddB.js');
  let prepared;
  try {
    prepared = await cov.prepareCoverage(config);
  } catch (e) {
    return {
      findings: [
        {
          severity: "notice",
          rule: "coverage/not-measurable",
          combo: "",
          message: `coverage not measured: the chart could not be instrumented (${e.message})`
        }
      ]
    };
  }
  try {
    const instrumented = { ...config, chartDir: prepared.chartDir };
    const noisy = (await import('./chunk-late-late-hMSOcPb4.js').then(n => n.h)).noisyChart(config);
    const findings = [];
    const renders = await Promise.all(
      input.combos.map(async ({ combo, normal }) => {
        const r = await input.pooled(helm, templateArgs(instrumented, combo, input.inline, input.extraApiVersions), {
          timeoutMs: config.timeoutMs,
          cwd: baseDir
        });
        const n = await normal;
        const again = noisy && n.code === 0 && r.code === 0 && cov.collectRender(prepared.probes, r.stdout).cleaned !== n.stdout ? await input.pooled(helm, templateArgs(config, combo, input.inline, input.extraApiVersions), {
          timeoutMs: config.timeoutMs,
          cwd: baseDir
        }) : void 0;
        const lost = r.spawnError ?? r.timedOut ?? r.outputTooLarge ?? (r.code === null ? r.signal : void 0);
        if (lost || n.timedOut || n.outputTooLarge || n.spawnError) {
          findings.push({
            severity: "notice",
            rule: "coverage/not-measurable",
            combo: combo.name,
            message: `coverage of this combo is not counted: ${r.timedOut ? "the instrumented render timed out" : r.outputTooLarge ? "the instrumented render wrote too much output" : "a render did not finish"}`
          });
          return void 0;
        }
        return {
          combo: combo.name,
          stdout: r.stdout,
          ok: r.code === 0,
          stderr: r.stderr,
          normal: n.stdout,
          normalOk: n.code === 0,
          ...again && again.code === 0 && !again.timedOut && !again.outputTooLarge ? { normalAgain: again.stdout } : {}
        };
      })
    );
    const coverage = cov.coverageOf(
      prepared,
      renders.filter((x) => !!x),
      { repoRoot: baseDir, chartDisplay: input.chart }
    );
    findings.push(...cov.coverageFindings(coverage, config.coverage, { sharded: input.sharded }));
    return { coverage, findings };
  } finally {
    prepared.cleanup();
  }
}

export { coverageStage };
