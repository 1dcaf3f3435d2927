import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  groupsOf
} from "./chunk-B2IFUENK.js";
import "./chunk-REZRDY4X.js";
import {
  compareText
} from "./chunk-L5JN3MRU.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/report/json.ts
function formatJson(r) {
  const index = new Map(r.findings.map((f, i) => [f, i]));
  const report = {
    result: r.result,
    failOn: r.failOn,
    helm: r.helm,
    chart: r.chart,
    charts: r.charts,
    durationMs: Math.round(r.durationMs),
    ...r.shard ? { shard: r.shard } : {},
    ...r.base ? { base: r.base } : {},
    combos: r.combos.map((c) => ({
      name: c.name,
      chart: c.chart,
      status: c.status,
      render: c.render,
      checks: c.checks,
      kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => compareText(a, b))),
      documents: c.documents,
      apis: c.apis,
      ...c.emptyConfigured ? { emptyConfigured: true } : {},
      findings: c.findings,
      durationMs: Math.round(c.durationMs),
      ...c.upgrade ? { upgrade: c.upgrade } : {}
    })),
    findings: r.findings,
    groups: groupsOf(r).map((g) => ({
      severity: g.severity,
      rule: g.rule,
      ...g.location ? { location: g.location } : {},
      message: g.message,
      chart: g.first.chart ?? r.chart,
      combos: g.combos.filter((c) => c.combo).map((c) => c.combo),
      resources: g.resources.length,
      findings: g.findings.map((f) => index.get(f))
    })),
    chartRuns: r.chartRuns,
    ...r.coverage ? { coverage: r.coverage } : {}
  };
  return JSON.stringify(report, null, 2) + "\n";
}
export {
  formatJson
};
