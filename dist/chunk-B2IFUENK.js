import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  checkOf
} from "./chunk-REZRDY4X.js";
import {
  compareText
} from "./chunk-L5JN3MRU.js";
import {
  SEVERITY_ORDER
} from "./chunk-7LRU3GEV.js";

// src/report/groups.ts
function messageShape(f) {
  let m = f.message;
  const names = [f.resource?.name, f.resource?.namespace].filter((x) => !!x && x.length >= 2);
  for (const n of names.sort((a, b) => b.length - a.length)) m = m.split(n).join("\0");
  return m.replace(/\[\d+\]/g, "[*]");
}
function groupKey(f) {
  const l = f.location;
  return [f.chart ?? "", f.severity, f.rule, l?.file ?? "", l?.line ?? "", l?.via ?? "", messageShape(f)].join(
    ""
  );
}
function groupFindings(findings) {
  const byKey = /* @__PURE__ */ new Map();
  const resourceSeen = /* @__PURE__ */ new Map();
  const comboSeen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = groupKey(f);
    let g = byKey.get(key);
    if (!g) {
      g = {
        severity: f.severity,
        rule: f.rule,
        check: checkOf(f.rule),
        ...f.location ? { location: f.location } : {},
        message: f.message,
        first: f,
        findings: [],
        combos: [],
        resources: []
      };
      byKey.set(key, g);
      resourceSeen.set(g, /* @__PURE__ */ new Set());
      comboSeen.set(g, /* @__PURE__ */ new Set());
    }
    g.findings.push(f);
    const combo = `${f.chart ?? ""}\0${f.combo}`;
    if (!comboSeen.get(g).has(combo)) {
      comboSeen.get(g).add(combo);
      g.combos.push({ chart: f.chart ?? "", combo: f.combo });
    }
    if (f.resource) {
      const r = f.resource;
      const rk = `${r.apiVersion}\0${r.kind}\0${r.namespace ?? ""}\0${r.name ?? ""}`;
      if (!resourceSeen.get(g).has(rk)) {
        resourceSeen.get(g).add(rk);
        g.resources.push(r);
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.location?.file ?? "￿", b.location?.file ?? "￿") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareText(a.rule, b.rule) || compareText(a.message, b.message)
  );
}
var memo = /* @__PURE__ */ new WeakMap();
function groupsOf(r) {
  let g = memo.get(r);
  if (!g) memo.set(r, g = groupFindings(r.findings));
  return g;
}
function chartWideLabel(rule) {
  return rule.startsWith("lint/") ? "chart-wide (helm lint)" : "chart-wide";
}
function inCombo(g, chart, combo) {
  return g.combos.some((c) => c.combo === combo && c.chart === chart);
}
function groupCounts(groups) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const g of groups) c[g.severity]++;
  return c;
}
function groupSpread(g, opts = {}) {
  const max = opts.maxNames ?? 5;
  const combos = g.combos.filter((c) => c.combo !== "");
  const parts = [];
  if (combos.length > 1) {
    const names = combos.map((c) => opts.charts ? `${c.chart}:${c.combo}` : c.combo);
    parts.push(`in ${combos.length} combos: ${names.slice(0, max).join(", ")}${names.length > max ? ", …" : ""}`);
  }
  if (g.resources.length > 1) parts.push(`${g.resources.length} resources`);
  return parts.join("; ");
}

export {
  groupsOf,
  chartWideLabel,
  inCombo,
  groupCounts,
  groupSpread
};
