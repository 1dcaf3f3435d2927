/** The result of a run, and the severity logic shared by the guard and the engine. */
import type { CoverageResult } from './coverage/model.js';
import type { Check } from './catalog.js';
import type { RulesConfig, Level } from './config/load.js';
import type { Manifest } from './manifests/types.js';
import type { UpgradeResult } from './stages/types.js';
import { globMatch } from './util/glob.js';
import { SEVERITY_ORDER, type Finding, type Severity } from './types.js';

export type FailOn = 'error' | 'warning' | 'never';
export type CheckStatus = 'pass' | 'fail' | 'skipped';

export interface ComboResult {
  name: string;
  /** Repo-relative chart directory. */
  chart: string;
  status: 'pass' | 'fail';
  /** 'expected-failure' when the combo was meant to fail and did, with a matching message. */
  render: 'ok' | 'failed' | 'expected-failure';
  checks: Record<Check, CheckStatus>;
  kinds: Record<string, number>;
  documents: number;
  /** "apiVersion kind" of every resource rendered, sorted. */
  apis: string[];
  /** render/empty has a severity set in the config (finalize leaves it as it is). */
  emptyConfigured?: true;
  findings: Finding[];
  durationMs: number;
  /** With a base commit (`--base`): the render compared with the base's, resource by resource. */
  upgrade?: UpgradeResult;
}

/** Per chart: how lint ran and what the chart-wide checks said, before finalize settled them. */
export interface ChartRun {
  chart: string;
  lint: 'once' | 'per-combo' | 'off';
  /** Whether this run ran the chart's chart-wide checks (lint, notices): a shard runs them for the charts
   *  whose first item it holds. */
  owned: boolean;
  /** Chart-wide and per-combo lint findings and notices, config severities applied. */
  findings: Finding[];
}

/** One unit of work: a combo of a chart. */
export interface WorkItem {
  chart: string;
  combo: string;
}

export interface GuardResult {
  result: 'pass' | 'fail';
  failOn: FailOn;
  helm: { path: string; version: string };
  /** The chart, when one was guarded; with several, the first (see `charts`). */
  chart: string;
  /** Every chart of the run, repo-relative, in order. */
  charts: string[];
  /** The combos this run checked (with a shard, its share), in plan order. */
  combos: ComboResult[];
  /** Every finding: chart-wide ones (lint, combo '') and each combo's; each names its chart. */
  findings: Finding[];
  /** What the chart-wide checks said per chart, as finalize got it (what `merge` needs to settle again). */
  chartRuns: ChartRun[];
  durationMs: number;
  /** With `--base`: the commit every combo was also rendered at and compared with. */
  base?: { commit: string; ref: string };
  /** With coverage on: the template coverage of each chart, by the combos this run rendered. */
  coverage?: CoverageResult[];
  /** Set when this run is one shard of a plan: every work item of the plan, in order, and which are this shard's. */
  shard?: { index: number; total: number; items: WorkItem[]; mine: WorkItem[] };
}

/** Something that stops the run before any chart is checked: exit code 2. */
export class GuardError extends Error {}

export function atOrAbove(sev: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_ORDER[sev] <= SEVERITY_ORDER[failOn];
}

/** Apply config severity (global/combo/per resource) and `helm-guard.io/ignore` annotations; undefined drops it. */
export function level(f: Finding, rules: RulesConfig, manifest?: Manifest): Finding | undefined {
  const ignore = manifest?.object.metadata?.annotations?.['helm-guard.io/ignore'];
  if (
    typeof ignore === 'string' &&
    ignore.split(/[\s,]+/).some((id) => id === f.rule || (id.endsWith('/*') && f.rule.startsWith(id.slice(0, -1))))
  )
    return undefined;
  const s = rules[f.rule];
  if (!s) return f;
  let lv: Level | undefined = s.severity;
  for (const r of s.resources ?? []) {
    if (r.kind && r.kind !== f.resource?.kind) continue;
    if (r.name && !globMatch(r.name, f.resource?.name ?? '')) continue;
    lv = r.severity;
    break;
  }
  if (lv === 'off') return undefined;
  return lv ? { ...f, severity: lv } : f;
}
