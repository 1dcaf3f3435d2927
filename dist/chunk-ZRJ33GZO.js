import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  escapeXml
} from "./chunk-P7Z6ZVTC.js";
import {
  locationNote,
  sortFindings,
  where
} from "./chunk-P3PUUMFG.js";
import {
  checkOf
} from "./chunk-MVWWROHK.js";
import "./chunk-ZHHGQAH2.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/report/junit.ts
var CHECKS = ["render", "lint", "schema", "rules", "assertions"];
function formatJunit(r) {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const totalFail = r.combos.reduce((n, c) => n + CHECKS.filter((k) => c.checks[k] === "fail").length, 0);
  out.push(
    `<testsuites name="helm-guard" tests="${r.combos.length * CHECKS.length}" failures="${totalFail}" time="${(r.durationMs / 1e3).toFixed(3)}">`
  );
  for (const c of r.combos) {
    const fails = CHECKS.filter((k) => c.checks[k] === "fail").length;
    const skipped = CHECKS.filter((k) => c.checks[k] === "skipped").length;
    const suite = r.charts.length > 1 ? `${c.chart}: ${c.name}` : c.name;
    out.push(
      `  <testsuite name="${escapeXml(suite)}" tests="${CHECKS.length}" failures="${fails}" skipped="${skipped}" time="${(c.durationMs / 1e3).toFixed(3)}">`
    );
    for (const k of CHECKS) {
      out.push(`    <testcase classname="${escapeXml(`${c.chart}.${c.name}`)}" name="${k}">`);
      const fs = sortFindings(c.findings.filter((f) => checkOf(f.rule) === k));
      if (c.checks[k] === "fail") {
        const first = fs[0];
        out.push(
          `      <failure message="${escapeXml(first ? `${first.rule}: ${first.message}` : k + " failed")}" type="${escapeXml(first?.rule ?? k)}">${escapeXml(
            fs.map((f) => `${f.severity} ${f.rule} ${where(f)} ${f.message}${locationNote(f)}`).join("\n")
          )}</failure>`
        );
      } else if (c.checks[k] === "skipped") out.push("      <skipped/>");
      else if (fs.length)
        out.push(
          `      <system-out>${escapeXml(fs.map((f) => `${f.severity} ${f.rule} ${where(f)} ${f.message}`).join("\n"))}</system-out>`
        );
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}
export {
  formatJunit
};
