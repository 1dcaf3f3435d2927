/**
 * Template coverage of one chart: a chart-wide stage. Its renders are more work items in the run's helm
 * pool, queued after the chart's normal renders, and only when coverage is on. Each instrumented render is
 * compared with the normal render of the same combo (probes removed, the two must be byte for byte equal);
 * a combo where they differ is not counted, and said so.
 */
import type { Combo, GuardConfig } from '../config/load.js';
import { templateArgs, type InlineValuesFiles } from '../helm/args.js';
import type { PooledRun, RunResult } from '../helm/run.js';
import type { CoverageResult, RenderInput } from '../coverage/model.js';
import type { Finding } from '../types.js';

export interface CoverageStageInput {
  config: GuardConfig;
  /** Repo-relative chart directory. */
  chart: string;
  helm: string;
  baseDir: string;
  /** The combos this run renders, each with its normal render. */
  combos: { combo: Combo; normal: Promise<RunResult> }[];
  inline: InlineValuesFiles;
  extraApiVersions: readonly string[];
  /** The run's helm pool. */
  pooled: PooledRun;
  /** Only a share of the combos runs (--shard): no gate applies. */
  sharded: boolean;
}

export interface CoverageStageResult {
  coverage?: CoverageResult;
  findings: Finding[];
}

export async function coverageStage(input: CoverageStageInput): Promise<CoverageStageResult> {
  const { config, helm, baseDir } = input;
  const cov = await import('../coverage/index.js');
  let prepared: Awaited<ReturnType<typeof cov.prepareCoverage>>;
  try {
    prepared = await cov.prepareCoverage(config);
  } catch (e) {
    return {
      findings: [
        {
          severity: 'notice',
          rule: 'coverage/not-measurable',
          combo: '',
          message: `coverage not measured: the chart could not be instrumented (${(e as Error).message})`,
        },
      ],
    };
  }
  try {
    const instrumented = { ...config, chartDir: prepared.chartDir };
    const noisy = (await import('../values/check.js')).noisyChart(config);
    const findings: Finding[] = [];
    const renders = await Promise.all(
      input.combos.map(async ({ combo, normal }): Promise<RenderInput | undefined> => {
        const r = await input.pooled(helm, templateArgs(instrumented, combo, input.inline, input.extraApiVersions), {
          timeoutMs: config.timeoutMs,
          cwd: baseDir,
        });
        const n = await normal;
        // a chart that generates values renders differently every time: a second normal render shows where
        const again =
          noisy && n.code === 0 && r.code === 0 && cov.collectRender(prepared.probes, r.stdout).cleaned !== n.stdout
            ? await input.pooled(helm, templateArgs(config, combo, input.inline, input.extraApiVersions), {
                timeoutMs: config.timeoutMs,
                cwd: baseDir,
              })
            : undefined;
        const lost = r.spawnError ?? r.timedOut ?? r.outputTooLarge ?? (r.code === null ? r.signal : undefined);
        if (lost || n.timedOut || n.outputTooLarge || n.spawnError) {
          findings.push({
            severity: 'notice',
            rule: 'coverage/not-measurable',
            combo: combo.name,
            message: `coverage of this combo is not counted: ${r.timedOut ? 'the instrumented render timed out' : r.outputTooLarge ? 'the instrumented render wrote too much output' : 'a render did not finish'}`,
          });
          return undefined;
        }
        return {
          combo: combo.name,
          stdout: r.stdout,
          ok: r.code === 0,
          stderr: r.stderr,
          normal: n.stdout,
          normalOk: n.code === 0,
          ...(again && again.code === 0 && !again.timedOut && !again.outputTooLarge
            ? { normalAgain: again.stdout }
            : {}),
        };
      }),
    );
    const coverage = cov.coverageOf(
      prepared,
      renders.filter((x): x is RenderInput => !!x),
      { repoRoot: baseDir, chartDisplay: input.chart },
    );
    findings.push(...cov.coverageFindings(coverage, config.coverage, { sharded: input.sharded }));
    return { coverage, findings };
  } finally {
    prepared.cleanup();
  }
}
