import type { GuardResult } from '../guard.js';

/** The JSON report; its shape is documented in the README ("JSON report"). `helm-guard merge` reads it back. */
export function formatJson(r: GuardResult): string {
  const report = {
    result: r.result,
    failOn: r.failOn,
    helm: r.helm,
    chart: r.chart,
    charts: r.charts,
    durationMs: Math.round(r.durationMs),
    ...(r.shard ? { shard: r.shard } : {}),
    combos: r.combos.map((c) => ({
      name: c.name,
      chart: c.chart,
      status: c.status,
      render: c.render,
      checks: c.checks,
      kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => a.localeCompare(b))),
      documents: c.documents,
      apis: c.apis,
      ...(c.emptyConfigured ? { emptyConfigured: true } : {}),
      findings: c.findings,
      durationMs: Math.round(c.durationMs),
    })),
    findings: r.findings,
    chartRuns: r.chartRuns,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
