import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  coverageTextLines
} from "./chunk-3536L3EU.js";
import {
  sanitizeForTerminal
} from "./chunk-OIB46X2N.js";
import "./chunk-MDR46DPR.js";
import "./chunk-BIPOOARL.js";
import {
  locationNote,
  resourceName,
  where
} from "./chunk-7ATA5HB4.js";
import {
  readSource
} from "./chunk-MOWUPZNE.js";
import {
  groupCounts,
  groupSpread,
  groupsOf,
  inCombo
} from "./chunk-B2IFUENK.js";
import "./chunk-REZRDY4X.js";
import "./chunk-NUCH56CP.js";
import "./chunk-6UMKCMP4.js";
import "./chunk-NMK5MUXU.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import {
  compareText,
  plural
} from "./chunk-L5JN3MRU.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/template/frame.ts
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "?");
}
function codeFrame(source, line, column, opts = {}) {
  const lines = source.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return "";
  const context = Math.max(0, opts.context ?? 0);
  const maxWidth = Math.max(20, opts.maxWidth ?? 160);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    let chars = [...lines[n - 1]];
    let col = column === void 0 ? void 0 : Math.min(Math.max(1, column), chars.length + 1);
    if (chars.length > maxWidth) {
      const centre = n === line && col !== void 0 ? col - 1 : 0;
      const cut = Math.max(0, Math.min(centre - Math.floor(maxWidth / 2), chars.length - maxWidth));
      const tail = cut + maxWidth < chars.length;
      chars = [...cut > 0 ? ["…"] : [], ...chars.slice(cut, cut + maxWidth), ...tail ? ["…"] : []];
      if (col !== void 0) col = col - cut + (cut > 0 ? 1 : 0);
    }
    const text = printable(chars.join(""));
    out.push(`${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === line && col !== void 0) {
      const pad = chars.slice(0, col - 1).map((c) => c === "	" ? "	" : " ").join("");
      out.push(`${" ".repeat(width)} | ${pad}^`);
    }
  }
  return out.join("\n");
}

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
var t = (s) => sanitizeForTerminal(s);
function formatText(r, opts) {
  const c = palette(opts.color);
  const sev = { error: c.red("error  "), warning: c.yellow("warning"), notice: c.blue("notice ") };
  const lines = [];
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, "chart") : t(r.chart);
  const shard = r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : "";
  lines.push(
    c.bold(
      `helm-guard: ${what} with helm ${r.helm.version}, ${plural(r.combos.length, "combo")}${shard}${r.base ? `, against ${r.base.commit.slice(0, 12)}${r.base.ref !== r.base.commit ? ` (${r.base.ref})` : ""}` : ""}`
    ),
    ""
  );
  const groups = groupsOf(r);
  const show = (list, combos) => {
    for (const g of list) {
      const f = g.first;
      const at = t(where(f));
      const res = t(g.resources.length === 1 ? resourceName(f) : "");
      lines.push(
        `  ${sev[g.severity]} ${g.rule}  ${at ? c.bold(at) + "  " : ""}${res ? c.dim(res) + "  " : ""}${t(g.message)}${c.dim(t(locationNote(f)))}`
      );
      const spread = [
        g.combos.length === 1 && combos > 1 && g.combos[0].combo ? `in ${g.combos[0].combo}` : "",
        groupSpread(g),
        g.resources.length > 1 ? `e.g. ${g.resources[0].kind}/${g.resources[0].name ?? "?"}` : ""
      ].filter(Boolean);
      if (spread.length) lines.push(c.dim(`           ${t(spread.join("; "))}`));
      if (g.rule === "render/failed" && g.location && opts.ctx) {
        const source = readSource(opts.ctx, g.location.file);
        const frame = source === void 0 ? "" : codeFrame(source, g.location.line, g.location.column);
        for (const l of frame.split("\n").filter(Boolean)) lines.push(`           ${c.dim(l)}`);
      }
    }
  };
  for (const chart of r.charts) {
    const combos = r.combos.filter((x) => x.chart === chart);
    const mine = groups.filter((g) => g.first.chart === chart || !g.first.chart && chart === r.chart);
    const chartWide = mine.filter((g) => g.combos.every((x) => x.combo === ""));
    const perCombo = mine.filter((g) => !chartWide.includes(g));
    if (!combos.length && !mine.length) continue;
    if (several) {
      if (lines[lines.length - 1] !== "") lines.push("");
      lines.push(c.bold(`── ${t(chart)}`));
    }
    if (chartWide.length) {
      lines.push(c.bold(chartWide.every((g) => g.rule.startsWith("lint/")) ? "chart (helm lint)" : "chart"));
      show(chartWide, combos.length);
      lines.push("");
    }
    const width = Math.max(0, ...combos.map((x) => t(x.name).length));
    for (const combo of combos) {
      const n = groupCounts(perCombo.filter((g) => inCombo(g, chart, combo.name)));
      const kinds = Object.entries(combo.kinds).sort(([a], [b]) => compareText(a, b)).map(([k, v]) => `${t(k)} ${v}`).join(", ");
      const verdict = combo.status === "pass" ? c.green("✓ pass") : c.red("✗ fail");
      const detail = combo.render === "expected-failure" ? "failed to render, as expected" : combo.render === "failed" ? "render failed" : `${plural(
        Object.values(combo.kinds).reduce((a, b) => a + b, 0),
        "resource"
      )}${kinds ? `: ${kinds}` : ""}`;
      lines.push(
        `${verdict}  ${c.bold(t(combo.name))}${" ".repeat(Math.max(0, width - t(combo.name).length))}  ${c.dim(`${detail}; ${plural(n.error, "error")}, ${plural(n.warning, "warning")}; ${(combo.durationMs / 1e3).toFixed(1)}s`)}`
      );
    }
    if (perCombo.length) {
      lines.push("");
      show(perCombo, combos.length);
    }
    const cov = r.coverage?.find((x) => x.chart === chart);
    if (cov) {
      const [head, ...rest] = coverageTextLines(cov);
      lines.push("", c.bold(t(head)), ...rest.map((l) => t(l)));
    }
  }
  const all = groupCounts(groups);
  const occurrences = r.findings.length;
  const failed = r.combos.filter((x) => x.status === "fail").length;
  lines.push(
    "",
    (r.result === "pass" ? c.green("PASS") : c.red("FAIL")) + ` ${plural(all.error, "error")}, ${plural(all.warning, "warning")}, ${plural(all.notice, "notice")}${occurrences > groups.length ? ` (${plural(occurrences, "occurrence")})` : ""}; ${failed} of ${plural(r.combos.length, "combo")}${several ? ` in ${plural(r.charts.length, "chart")}` : ""} failed (fail-on: ${r.failOn}); ${(r.durationMs / 1e3).toFixed(1)}s`
  );
  return lines.join("\n") + "\n";
}
export {
  formatText
};
