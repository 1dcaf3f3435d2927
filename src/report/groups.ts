/**
 * A template defect is one defect, however many combos and resources render it: findings grouped by cause
 * — rule, template file and line, and the message with what differs per resource taken out (the resource's
 * name and namespace, list indexes). Findings with no template line group by rule and message. Every
 * reporter lists groups; the JSON report keeps every occurrence beside them.
 */
import { compareText } from '../util/text.js';
import { checkOf, type Check } from '../catalog.js';
import type { GuardResult } from '../result.js';
import { SEVERITY_ORDER, type Finding, type Location, type ResourceRef, type Severity } from '../types.js';

export interface FindingGroup {
  severity: Severity;
  rule: string;
  check: Check;
  location?: Location;
  /** The first occurrence's message. */
  message: string;
  /** The first occurrence (its resource, path, chart). */
  first: Finding;
  /** Every occurrence, in report order. */
  findings: Finding[];
  /** Combos it occurred in, in order of first occurrence ('' for chart-wide), with their chart. */
  combos: { chart: string; combo: string }[];
  /** Distinct resources it occurred in. */
  resources: ResourceRef[];
}

/** The message with what differs from one resource to the next taken out. */
export function messageShape(f: Finding): string {
  let m = f.message;
  const names = [f.resource?.name, f.resource?.namespace].filter((x): x is string => !!x && x.length >= 2);
  for (const n of names.sort((a, b) => b.length - a.length)) m = m.split(n).join('\u0000');
  return m.replace(/\[\d+\]/g, '[*]');
}

function groupKey(f: Finding): string {
  const l = f.location;
  return [f.chart ?? '', f.severity, f.rule, l?.file ?? '', l?.line ?? '', l?.via ?? '', messageShape(f)].join(
    '\u0001',
  );
}

/** Groups in the order every reporter lists findings: severity, file, line, rule. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKey = new Map<string, FindingGroup>();
  const resourceSeen = new Map<FindingGroup, Set<string>>();
  const comboSeen = new Map<FindingGroup, Set<string>>();
  for (const f of findings) {
    const key = groupKey(f);
    let g = byKey.get(key);
    if (!g) {
      g = {
        severity: f.severity,
        rule: f.rule,
        check: checkOf(f.rule),
        ...(f.location ? { location: f.location } : {}),
        message: f.message,
        first: f,
        findings: [],
        combos: [],
        resources: [],
      };
      byKey.set(key, g);
      resourceSeen.set(g, new Set());
      comboSeen.set(g, new Set());
    }
    g.findings.push(f);
    const combo = `${f.chart ?? ''}\u0000${f.combo}`;
    if (!comboSeen.get(g)!.has(combo)) {
      comboSeen.get(g)!.add(combo);
      g.combos.push({ chart: f.chart ?? '', combo: f.combo });
    }
    if (f.resource) {
      const r = f.resource;
      const rk = `${r.apiVersion}\u0000${r.kind}\u0000${r.namespace ?? ''}\u0000${r.name ?? ''}`;
      if (!resourceSeen.get(g)!.has(rk)) {
        resourceSeen.get(g)!.add(rk);
        g.resources.push(r);
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.location?.file ?? '\uffff', b.location?.file ?? '\uffff') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

const memo = new WeakMap<GuardResult, FindingGroup[]>();
/** The groups of a run's findings (computed once per result). */
export function groupsOf(r: GuardResult): FindingGroup[] {
  let g = memo.get(r);
  if (!g) memo.set(r, (g = groupFindings(r.findings)));
  return g;
}

/** Whether a group occurred in this combo of this chart. */
/** Where a finding of no combo belongs: helm lint's, or the chart's as a whole (values, coverage). */
export function chartWideLabel(rule: string): string {
  return rule.startsWith('lint/') ? 'chart-wide (helm lint)' : 'chart-wide';
}

export function inCombo(g: FindingGroup, chart: string, combo: string): boolean {
  return g.combos.some((c) => c.combo === combo && c.chart === chart);
}

/** How many groups of each severity a list holds. */
export function groupCounts(groups: readonly FindingGroup[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const g of groups) c[g.severity]++;
  return c;
}

/**
 * Where else a group occurred, for a person: `in 8 combos: defaults, backup-pvc, …; 400 resources`.
 * Empty when it occurred once. With several charts, combos are named `chart:combo`.
 */
export function groupSpread(g: FindingGroup, opts: { charts?: boolean; maxNames?: number } = {}): string {
  const max = opts.maxNames ?? 5;
  const combos = g.combos.filter((c) => c.combo !== '');
  const parts: string[] = [];
  if (combos.length > 1) {
    const names = combos.map((c) => (opts.charts ? `${c.chart}:${c.combo}` : c.combo));
    parts.push(`in ${combos.length} combos: ${names.slice(0, max).join(', ')}${names.length > max ? ', …' : ''}`);
  }
  if (g.resources.length > 1) parts.push(`${g.resources.length} resources`);
  return parts.join('; ');
}
