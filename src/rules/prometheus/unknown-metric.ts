import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Rule, RuleIssue } from '../types.js';
import { isPrometheusRule, parsePromQL, promRules, ruleLabel } from '../promql.js';
import { nearest } from '../validation.js';

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const PLAIN_LINE = new RegExp(`^\\s*(${NAME})\\s*$`);
const LIST_ITEM = new RegExp(`^\\s*(?:[-*+]|\\d+[.)])\\s+\`?(${NAME})`);
const TABLE_CELL = new RegExp(`^\\s*\\|\\s*\`?(${NAME})\`?\\s*\\|`);
const BACKTICKED = new RegExp(`\`(${NAME})(?:\\{[^\`]*\\})?\``, 'g');

/** Series every Prometheus has without a scrape target exporting them. */
const SYNTHETIC = [
  'up',
  'ALERTS',
  'ALERTS_FOR_STATE',
  'scrape_duration_seconds',
  'scrape_samples_scraped',
  'scrape_samples_post_metric_relabeling',
  'scrape_series_added',
];

/** Series a histogram or summary `x` (or a counter) exposes besides its own name. */
const SUFFIXES = ['_bucket', '_sum', '_count', '_created', '_total'];

/**
 * Metric names listed in a text or markdown file: a bare name per line, the first `name` of a list item
 * or table row, and any `name` in backticks (list items, rows and backticks need a "_" or ":" in the
 * name, so prose words are not taken for metrics).
 */
export function parseMetricList(text: string): Set<string> {
  const out = new Set<string>();
  const metricLike = (n: string) => n.includes('_') || n.includes(':');
  for (const line of text.split(/\r?\n/)) {
    const plain = PLAIN_LINE.exec(line);
    if (plain) {
      out.add(plain[1]!);
      continue;
    }
    const item = LIST_ITEM.exec(line) ?? TABLE_CELL.exec(line);
    if (item && metricLike(item[1]!)) out.add(item[1]!);
    for (const m of line.matchAll(BACKTICKED)) if (metricLike(m[1]!)) out.add(m[1]!);
  }
  return out;
}

const fileCache = new Map<string, { mtimeMs: number; names: Set<string> }>();

function loadList(abs: string): Set<string> {
  const st = statSync(abs);
  const hit = fileCache.get(abs);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.names;
  const names = parseMetricList(readFileSync(abs, 'utf8'));
  fileCache.set(abs, { mtimeMs: st.mtimeMs, names });
  return names;
}

function optionPaths(v: unknown): string[] | undefined {
  if (typeof v === 'string' && v !== '') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/**
 * With option `metrics` (a file, or list of files, relative to the config's directory, listing the metric
 * names the application exports), every metric an expr selects must be listed, be produced by a recording
 * rule of the same render, or be one of Prometheus' synthetic series. Catches typos and renamed metrics
 * that would make an alert silently never fire.
 */
export const prometheusUnknownMetric: Rule = {
  id: 'prometheus/unknown-metric',
  description:
    'A PrometheusRule expr selects a metric that is not in the allowlist given by the `metrics` option (a typo, or a renamed metric).',
  severity: 'error',
  check(ctx) {
    const files = optionPaths(ctx.options.metrics);
    if (!files) return [];
    const rules = ctx.manifests.filter(isPrometheusRule);
    if (rules.length === 0) return [];
    const issues: RuleIssue[] = [];
    const allowed = new Set<string>(SYNTHETIC);
    const listed: string[] = [];
    for (const f of files) {
      const abs = isAbsolute(f) ? f : resolve(ctx.baseDir, f);
      try {
        for (const n of loadList(abs)) {
          allowed.add(n);
          listed.push(n);
        }
      } catch (e) {
        issues.push({
          manifest: rules[0]!,
          message: `The metrics allowlist ${f} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
        });
        return issues;
      }
    }
    const all = rules.flatMap((m) => promRules(m));
    for (const r of all) if (typeof r.rule.record === 'string') allowed.add(r.rule.record);
    const known = (name: string) =>
      allowed.has(name) || SUFFIXES.some((s) => name.endsWith(s) && allowed.has(name.slice(0, -s.length)));
    const candidates = [
      ...new Set([...listed, ...all.map((r) => r.rule.record).filter((x): x is string => typeof x === 'string')]),
    ];
    for (const r of all) {
      if (typeof r.rule.expr !== 'string') continue;
      const p = parsePromQL(r.rule.expr);
      if (p.error) continue; // prometheus/expr reports it
      for (const name of p.metrics) {
        if (known(name)) continue;
        const near = nearest(name, candidates);
        issues.push({
          manifest: r.manifest,
          path: [...r.path, 'expr'],
          message: `${ruleLabel(r)} expr uses metric "${name}", which is not in ${files.join(', ')}${near ? `; the nearest listed metric is "${near}"` : ''}.`,
        });
      }
    }
    return issues;
  },
};
