import { compareText } from '../util/text.js';
import type { GuardResult } from '../guard.js';
import { groupsOf } from './groups.js';

/** The JSON report; its shape is documented in the README ("JSON report"). `helm-guard merge` reads it back. */
export function formatJson(r: GuardResult): string {
  const index = new Map(r.findings.map((f, i) => [f, i]));
  const report = {
    result: r.result,
    failOn: r.failOn,
    helm: r.helm,
    chart: r.chart,
    charts: r.charts,
    durationMs: Math.round(r.durationMs),
    ...(r.shard ? { shard: r.shard } : {}),
    ...(r.base ? { base: r.base } : {}),
    combos: r.combos.map((c) => ({
      name: c.name,
      chart: c.chart,
      status: c.status,
      render: c.render,
      checks: c.checks,
      kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => compareText(a, b))),
      documents: c.documents,
      apis: c.apis,
      ...(c.emptyConfigured ? { emptyConfigured: true } : {}),
      findings: c.findings,
      durationMs: Math.round(c.durationMs),
      ...(c.upgrade ? { upgrade: c.upgrade } : {}),
    })),
    findings: r.findings,
    groups: groupsOf(r).map((g) => ({
      severity: g.severity,
      rule: g.rule,
      ...(g.location ? { location: g.location } : {}),
      message: g.message,
      chart: g.first.chart ?? r.chart,
      combos: g.combos.filter((c) => c.combo).map((c) => c.combo),
      resources: g.resources.length,
      findings: g.findings.map((f) => index.get(f)!),
    })),
    chartRuns: r.chartRuns,
    ...(r.coverage ? { coverage: r.coverage } : {}),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
