import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  counts,
  locationNote,
  resourceName,
  sortFindings,
  where
} from "./chunk-P3PUUMFG.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/report/text.ts
var plain = (s) => s;
function palette(color) {
  const wrap = (open, close) => color ? (s) => `\x1B[${open}m${s}\x1B[${close}m` : plain;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatText(r, opts) {
  const c = palette(opts.color);
  const sev = { error: c.red("error  "), warning: c.yellow("warning"), notice: c.blue("notice ") };
  const lines = [];
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, "chart") : r.chart;
  const shard = r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : "";
  lines.push(
    c.bold(`helm-guard: ${what} with helm ${r.helm.version}, ${plural(r.combos.length, "combo")}${shard}`),
    ""
  );
  const show = (list) => {
    for (const f of sortFindings(list)) {
      const at = where(f);
      lines.push(
        `  ${sev[f.severity]} ${f.rule}  ${at ? c.bold(at) + "  " : ""}${resourceName(f) ? c.dim(resourceName(f)) + "  " : ""}${f.message}${c.dim(locationNote(f))}`
      );
    }
  };
  for (const chart of r.charts) {
    const combos = r.combos.filter((x) => x.chart === chart);
    const chartWide = r.findings.filter((f) => f.combo === "" && (f.chart ?? r.chart) === chart);
    if (!combos.length && !chartWide.length) continue;
    if (several) {
      if (lines[lines.length - 1] !== "") lines.push("");
      lines.push(c.bold(`── ${chart}`));
    }
    if (chartWide.length) {
      lines.push("", c.bold("chart (helm lint)"));
      show(chartWide);
    }
    for (const combo of combos) {
      const n = counts(combo.findings);
      const kinds = Object.entries(combo.kinds).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(", ");
      const verdict = combo.status === "pass" ? c.green("✓ pass") : c.red("✗ fail");
      const detail = combo.render === "expected-failure" ? "failed to render, as expected" : combo.render === "failed" ? "render failed" : `${plural(
        Object.values(combo.kinds).reduce((a, b) => a + b, 0),
        "resource"
      )}${kinds ? `: ${kinds}` : ""}`;
      const own = combo.findings.filter((f) => f.combo !== "");
      if (own.length || lines[lines.length - 1].startsWith("  ")) lines.push("");
      lines.push(
        `${verdict}  ${c.bold(combo.name)}  ${c.dim(`${detail}; ${plural(n.error, "error")}, ${plural(n.warning, "warning")}; ${(combo.durationMs / 1e3).toFixed(1)}s`)}`
      );
      show(own);
    }
  }
  const all = counts(r.findings);
  const failed = r.combos.filter((x) => x.status === "fail").length;
  lines.push(
    "",
    (r.result === "pass" ? c.green("PASS") : c.red("FAIL")) + ` ${plural(all.error, "error")}, ${plural(all.warning, "warning")}, ${plural(all.notice, "notice")}; ${failed} of ${plural(r.combos.length, "combo")}${several ? ` in ${plural(r.charts.length, "chart")}` : ""} failed (fail-on: ${r.failOn}); ${(r.durationMs / 1e3).toFixed(1)}s`
  );
  return lines.join("\n") + "\n";
}
export {
  formatText
};
