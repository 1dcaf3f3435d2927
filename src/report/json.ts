import type { GuardResult } from '../guard.js';

/** The JSON report; its shape is documented in the README ("JSON report"). */
export function formatJson(r: GuardResult): string {
  const report = {
    result: r.result,
    failOn: r.failOn,
    helm: r.helm,
    chart: r.chart,
    durationMs: Math.round(r.durationMs),
    combos: r.combos.map((c) => ({
      name: c.name,
      chart: c.chart,
      status: c.status,
      render: c.render,
      checks: c.checks,
      kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => a.localeCompare(b))),
      findings: c.findings,
      durationMs: Math.round(c.durationMs),
    })),
    findings: r.findings,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
