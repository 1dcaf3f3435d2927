import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { g as groupsOf, i as inCombo, r as resourceName, a as groupSpread, l as locationNote, c as chartWideLabel } from './chunk-late-start-2SuRt19H.js';
import { r as repoPath, c as compareText, a1 as atOrAbove } from './chunk-start-start-DMJ4eMLv.js';
import { e as escapeXml } from './chunk-rare-start-C1Ew-AXv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/report/junit.ts
var CHECKS = ["render", "lint", "schema", "rules", "assertions"];
var secs = (ms) => (Math.max(0, ms) / 1e3).toFixed(3);
function formatJunit(r, ctx) {
  const groups = groupsOf(r);
  const several = r.charts.length > 1;
  const suites = [];
  for (const chart of r.charts) {
    const prefix = several ? `${chart}: ` : "";
    for (const c of r.combos.filter((y) => y.chart === chart)) {
      const s = {
        name: `${prefix}combo ${c.name}`,
        time: secs(c.durationMs),
        cases: [],
        failures: 0,
        skipped: 0
      };
      const failed = [];
      for (const k of CHECKS) {
        if (c.checks[k] === "fail") {
          failed.push(k);
          continue;
        }
        const note = k === "render" && c.render === "expected-failure" ? " (failed to render, as expected)" : "";
        if (c.checks[k] === "skipped") {
          s.skipped++;
          s.cases.push(
            `<testcase classname="${escapeXml(chart)}" name="${escapeXml(`${c.name}: ${k}`)}" time="0.000"><skipped/></testcase>`
          );
        } else s.cases.push(`<testcase classname="${escapeXml(chart)}" name="${escapeXml(`${c.name}: ${k}${note}`)}" time="0.000"/>`);
      }
      if (failed.length) {
        const n = groups.filter((g) => inCombo(g, chart, c.name) && failed.includes(g.check)).length;
        s.out = `${c.name}: ${failed.join(", ")} failed: ${n} finding${n === 1 ? "" : "s"}, each a testcase of the suite of its template file`;
      }
      suites.push(s);
    }
    const byFile = /* @__PURE__ */ new Map();
    for (const g of groups) {
      if ((g.first.chart ?? r.chart) !== chart) continue;
      const file = g.location && g.location.line >= 1 ? repoPath(ctx, g.location.file) : "";
      byFile.set(file, [...byFile.get(file) ?? [], g]);
    }
    const chartYaml = repoPath(ctx, `${chart}/Chart.yaml`);
    for (const [file, list] of [...byFile].sort(([a], [b]) => a === "" ? 1 : b === "" ? -1 : compareText(a, b))) {
      const shown = file || chartYaml;
      const s = {
        name: `${prefix}${file ? file : "chart (no template line)"}`,
        file: shown,
        time: "0.000",
        cases: [],
        failures: 0,
        skipped: 0
      };
      for (const g of list) {
        const f = g.first;
        const line = file ? g.location.line : 1;
        const col = file && g.location.column ? `:${g.location.column}` : "";
        const res = g.resources.length === 1 ? resourceName(f) : "";
        const spread = groupSpread(g, { charts: several });
        const combos = g.combos.filter((y) => y.combo);
        const message = `${res ? `${res}: ` : ""}${g.message}${locationNote(f)}`;
        const text = [
          `${g.severity} ${g.rule} ${shown}:${line}${col} ${message}`,
          combos.length === 1 ? `combo: ${combos[0].combo}` : combos.length ? "" : chartWideLabel(g.rule),
          spread,
          g.resources.length > 1 ? `first resource: ${g.resources[0].kind}/${g.resources[0].name ?? "?"}` : ""
        ].filter(Boolean).join("\n");
        const name = `${file ? `line ${line}: ` : ""}${g.rule}: ${g.message}`;
        const head = `<testcase classname="${escapeXml(chart)}" name="${escapeXml(name)}" time="0.000">`;
        if (atOrAbove(g.severity, r.failOn)) {
          s.failures++;
          s.cases.push(
            `${head}<failure message="${escapeXml(`${message}${spread ? ` (${spread})` : ""}`)}" type="${escapeXml(g.rule)}">${escapeXml(text)}</failure></testcase>`
          );
        } else s.cases.push(`${head}<system-out>${escapeXml(text)}</system-out></testcase>`);
      }
      suites.push(s);
    }
  }
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="helm-guard" tests="${tests}" failures="${failures}" errors="0" time="${secs(r.durationMs)}">`
  ];
  for (const s of suites) {
    out.push(
      `  <testsuite name="${escapeXml(s.name)}" tests="${s.cases.length}" failures="${s.failures}" errors="0" skipped="${s.skipped}" time="${s.time}"${s.file ? ` file="${escapeXml(s.file)}"` : ""}>`,
      ...s.cases.map((c) => `    ${c}`),
      ...s.out ? [`    <system-out>${escapeXml(s.out)}</system-out>`] : [],
      "  </testsuite>"
    );
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}

export { formatJunit };
