import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import "./chunk-2AJFM67G.js";

// src/report/json.ts
function formatJson(r) {
  const report = {
    result: r.result,
    failOn: r.failOn,
    helm: r.helm,
    chart: r.chart,
    charts: r.charts,
    durationMs: Math.round(r.durationMs),
    ...r.shard ? { shard: r.shard } : {},
    combos: r.combos.map((c) => ({
      name: c.name,
      chart: c.chart,
      status: c.status,
      render: c.render,
      checks: c.checks,
      kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => a.localeCompare(b))),
      documents: c.documents,
      apis: c.apis,
      ...c.emptyConfigured ? { emptyConfigured: true } : {},
      findings: c.findings,
      durationMs: Math.round(c.durationMs)
    })),
    findings: r.findings,
    chartRuns: r.chartRuns
  };
  return JSON.stringify(report, null, 2) + "\n";
}
export {
  formatJson
};
