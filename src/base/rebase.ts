/**
 * A chart's config as it stands at the base commit: the head's config (its combos, values, settings), with
 * the chart and every values file that lives in the repository read from a worktree of the base commit.
 * What the base lacks is said per combo: a chart that is new in head has no base at all, a combo whose
 * values file is new in head has none either.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import type { Combo, GuardConfig } from '../config/load.js';
import { repoPath } from '../util/paths.js';

/** Where the base commit is checked out. */
export interface BaseCheckout {
  /** The commit (full SHA). */
  commit: string;
  /** The ref as the user gave it (`origin/main`, a SHA), for messages. */
  ref: string;
  /** Absolute root of the repository the head is in. */
  repoRoot: string;
  /** Absolute directory of the worktree holding the base commit. */
  worktree: string;
}

export interface BaseConfig {
  /** The config re-rooted into the worktree; undefined when the chart is not at the base commit. */
  config?: GuardConfig;
  /** Why a combo has no base (by combo name): e.g. its values file is new. */
  missing: Map<string, string>;
  /** Why the whole chart has no base. */
  reason?: string;
}

/** `p` (absolute) in the worktree, when it lies inside the repository; else unchanged (read from the head). */
function inBase(p: string, base: BaseCheckout): { path: string; inRepo: boolean } {
  const rel = relative(base.repoRoot, p);
  if (rel.startsWith('..') || isAbsolute(rel)) return { path: p, inRepo: false };
  return { path: rel ? join(base.worktree, rel) : base.worktree, inRepo: true };
}

/**
 * Subcharts the head has built into `charts/` (from a repository, by `helm dependency build`) are not in
 * git; when the base's Chart.yaml asks for the same dependencies and its `charts/` lacks them, the head's
 * archives are copied over, so the base renders with what the head renders with.
 */
function shareBuiltDependencies(headChart: string, baseChart: string): void {
  const headDeps = join(headChart, 'charts');
  if (!existsSync(headDeps)) return;
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined);
  const lock = (dir: string) => read(join(dir, 'Chart.lock')) ?? read(join(dir, 'requirements.lock'));
  // same lock file, or the same Chart.yaml dependencies when neither has a lock
  const headLock = lock(headChart);
  if (headLock !== lock(baseChart)) return;
  if (headLock === undefined) {
    const deps = (dir: string) => {
      try {
        return JSON.stringify((load(read(join(dir, 'Chart.yaml')) ?? '') as { dependencies?: unknown })?.dependencies);
      } catch {
        return undefined;
      }
    };
    const d = deps(headChart);
    if (d === undefined || d !== deps(baseChart)) return;
  }
  const baseDeps = join(baseChart, 'charts');
  for (const name of readdirSync(headDeps)) {
    if (!name.endsWith('.tgz')) continue;
    const to = join(baseDeps, name);
    if (existsSync(to)) continue;
    mkdirSync(baseDeps, { recursive: true });
    copyFileSync(join(headDeps, name), to);
  }
}

export function configAtBase(config: GuardConfig, base: BaseCheckout): BaseConfig {
  const missing = new Map<string, string>();
  const chart = inBase(resolve(config.chartDir), base);
  if (!chart.inRepo) return { missing, reason: 'the chart is outside the repository' };
  if (!existsSync(join(chart.path, 'Chart.yaml')))
    return { missing, reason: `the chart is new: it is not at ${base.ref}` };
  shareBuiltDependencies(config.chartDir, chart.path);
  const combos: Combo[] = config.combos.map((c) => {
    const valuesFiles = c.valuesFiles.map((f) => {
      const at = inBase(resolve(f), base);
      if (at.inRepo && !(existsSync(at.path) && statSync(at.path).isFile()))
        missing.set(c.name, `its values file ${relative(base.repoRoot, resolve(f))} is new: it is not at ${base.ref}`);
      return at.path;
    });
    return { ...c, valuesFiles };
  });
  return {
    config: { ...config, chartDir: chart.path, configDir: inBase(config.configDir, base).path, combos },
    missing,
  };
}

/** Map a base-render location (relative to baseDir, inside the worktree) to the same file in the head, if it exists. */
export function headFileOf(
  file: string,
  opts: { baseDir: string; worktree: string; repoRoot: string },
): string | undefined {
  const abs = resolve(opts.baseDir, file);
  const rel = relative(opts.worktree, abs);
  if (rel.startsWith('..')) return undefined;
  const head = resolve(opts.repoRoot, rel);
  return existsSync(head) ? repoPath(opts.baseDir, head) : undefined;
}
