import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  percent,
  uncoveredBranches
} from "./chunk-MDR46DPR.js";

// src/coverage/report.ts
function ratioText(r) {
  return r.total ? `${(Math.floor(percent(r) * 10) / 10).toFixed(1)}% (${r.covered}/${r.total})` : "-";
}
function renderedBy(f) {
  if (f.kind !== "template") return f.kind === "partial" ? "(helpers)" : `(${f.kind})`;
  return f.renderedBy.length ? f.renderedBy.join(", ") : "no combo";
}
function coverageHeadline(r) {
  const counted = r.combos.filter((c) => c.measured !== "excluded").length;
  return `coverage  lines ${ratioText(r.totals.lines)}, branches ${ratioText(r.totals.branches)}, files ${r.totals.files.covered}/${r.totals.files.total} rendered; ${counted} of ${r.combos.length} combos measured`;
}
function coverageTextLines(r, opts = {}) {
  const rows = [["file", "lines", "branches", "rendered by"]];
  for (const f of r.files) {
    if (!f.lines.length && f.reason) {
      rows.push([f.path, "not measured", "", f.reason]);
      continue;
    }
    rows.push([f.path, ratioText(f.totals.lines), ratioText(f.totals.branches), renderedBy(f)]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const out = [
    coverageHeadline(r),
    ...rows.map(
      (row) => "  " + row.map((c, i) => c.padEnd(w[i])).join("  ").trimEnd()
    )
  ];
  const unc = uncoveredBranches(r);
  const max = opts.maxUncovered ?? 50;
  if (unc.length) {
    out.push(`  branches no combo takes (${unc.length}):`);
    for (const u of unc.slice(0, max))
      out.push(
        `    ${u.file}:${u.line} ${u.label}${u.define !== void 0 ? ` (in define "${u.define}")` : ""}${u.suggestion ? `  — set ${u.suggestion}` : ""}`
      );
    if (unc.length > max) out.push(`    … and ${unc.length - max} more (the JSON report lists every one)`);
  }
  return out;
}
function coverageHtml(r, inert, opts = {}) {
  const out = [
    `<h3>Template coverage: <code>${inert(r.chart)}</code></h3>`,
    `<p>lines ${inert(ratioText(r.totals.lines))}, branches ${inert(ratioText(r.totals.branches))}, files ${r.totals.files.covered}/${r.totals.files.total} rendered</p>`,
    "<table><thead><tr><th>file</th><th>lines</th><th>branches</th><th>rendered by</th></tr></thead><tbody>"
  ];
  for (const f of r.files) {
    const measured = f.lines.length || !f.reason;
    out.push(
      `<tr><td><code>${inert(f.path)}</code></td>` + (measured ? `<td>${inert(ratioText(f.totals.lines))}</td><td>${inert(ratioText(f.totals.branches))}</td><td>${inert(renderedBy(f))}</td>` : `<td>not measured</td><td></td><td>${inert(f.reason ?? "")}</td>`) + "</tr>"
    );
  }
  out.push("</tbody></table>");
  const unc = uncoveredBranches(r);
  const max = opts.maxUncovered ?? 30;
  if (unc.length) {
    out.push(`<details><summary>${unc.length} branch${unc.length === 1 ? "" : "es"} no combo takes</summary><ul>`);
    for (const u of unc.slice(0, max))
      out.push(
        `<li><code>${inert(`${u.file}:${u.line}`)}</code> ${inert(u.label)}${u.suggestion ? ` — set <code>${inert(u.suggestion)}</code>` : ""}</li>`
      );
    if (unc.length > max) out.push(`<li>… and ${unc.length - max} more (every one is in the JSON report)</li>`);
    out.push("</ul></details>");
  }
  return out.join("\n");
}

export {
  coverageTextLines,
  coverageHtml
};
