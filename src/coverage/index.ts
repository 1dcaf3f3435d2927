/**
 * Template coverage of a chart by the combos that render it.
 *
 *   const prepared = await prepareCoverage(config);        // instrumented copy in a temporary directory
 *   // for each combo, in the helm pool: templateArgs({ ...config, chartDir: prepared.chartDir }, combo, …)
 *   const result = coverageOf(prepared, renders, { repoRoot, chartDisplay });
 *   prepared.cleanup();
 *   toLcov(result); toCobertura(result);
 *
 * How probes work and why they cannot change what a template does: src/coverage/instrument.ts.
 * What a failing combo covers: src/coverage/collect.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { yaml } from '../util/vendor.js';
import type { GuardConfig } from '../config/load.js';
import { readRegularFile } from '../util/files.js';
import { instrumentChart, type ProbeTable } from './instrument.js';
import { buildCoverage, type CoverageResult, type RenderInput } from './model.js';

export type { ProbeTable } from './instrument.js';
export type * from './model.js';
export { buildCoverage, percent } from './model.js';
export { toLcov } from './lcov.js';
export { collectRender } from './collect.js';
export { toCobertura } from './cobertura.js';
export { suggestValues, formatSuggestion, type Suggestion } from './suggest.js';
export { coverageFindings, describeBranch, uncoveredBranches, type UncoveredBranch } from './findings.js';

export interface PreparedCoverage {
  /** The temporary directory holding the copy. */
  dir: string;
  /** The instrumented chart: pass it to `helm template` in place of config.chartDir. */
  chartDir: string;
  probes: ProbeTable;
  /** Remove the temporary directory (idempotent). */
  cleanup(): void;
}

/** Copy and instrument the config's chart into a new temporary directory. */
export async function prepareCoverage(config: GuardConfig, opts: { nonce?: string } = {}): Promise<PreparedCoverage> {
  const dir = mkdtempSync(join(tmpdir(), 'helm-guard-coverage-'));
  let done = false;
  const cleanup = () => {
    if (done) return;
    done = true;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // the copy keeps the chart directory's name (helm uses Chart.yaml's name, but messages show the path)
    const chartDir = join(dir, basename(config.chartDir) || 'chart');
    const probes = instrumentChart(config.chartDir, chartDir, opts);
    return { dir, chartDir, probes, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/**
 * The coverage of the renders of an instrumented chart. `renders`: one per combo, helm's stdout of the
 * instrumented render and whether it succeeded; with `stderr`, a failed render covers the path to its
 * failure; with `normal` (stdout of the uninstrumented render), a combo whose instrumented render differs
 * once its probes are removed is excluded and reported instead of counted.
 */
export function coverageOf(
  prepared: Pick<PreparedCoverage, 'probes'>,
  renders: readonly RenderInput[],
  opts: { repoRoot: string; chartDisplay: string },
): CoverageResult {
  const got = readRegularFile(join(prepared.probes.chartDir, 'values.yaml'), 4 * 1024 * 1024);
  let defaults: unknown;
  try {
    defaults = 'text' in got ? yaml().parse(got.text) : undefined;
  } catch {
    defaults = undefined;
  }
  return buildCoverage(prepared.probes, renders, { ...opts, defaults });
}
