import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { a7 as VERSION } from './chunk-start-start-DMJ4eMLv.js';
import { e as escapeXml } from './chunk-rare-start-C1Ew-AXv.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/coverage/lcov.ts
function testName(s) {
  const name = s.replace(/[^A-Za-z0-9_]/g, "_");
  return /[A-Za-z0-9]/.test(name) ? name : "helm_guard";
}
function fnName(s) {
  return s.replace(/[,\r\n]/g, "_");
}
function toLcov(result, opts = {}) {
  const out = [];
  for (const f of result.files) {
    const defines = f.defines.filter((d) => d.measurable);
    if (!f.lines.length && !defines.length) continue;
    out.push(`TN:${testName(opts.testName ?? result.chart)}`);
    out.push(`SF:${f.path}`);
    for (const d of defines) out.push(`FN:${d.line},${fnName(d.name)}`);
    for (const d of defines) out.push(`FNDA:${d.combos.length},${fnName(d.name)}`);
    out.push(`FNF:${defines.length}`);
    out.push(`FNH:${defines.filter((d) => d.combos.length).length}`);
    const chainLine = /* @__PURE__ */ new Map();
    for (const b of f.branches) if (b.branch === 0) chainLine.set(b.chain, b.line);
    const branches = [...f.branches].sort(
      (a, b) => chainLine.get(a.chain) - chainLine.get(b.chain) || a.chain - b.chain || a.branch - b.branch
    );
    for (const b of branches)
      out.push(`BRDA:${chainLine.get(b.chain)},${b.chain},${b.branch},${b.reached.length ? b.combos.length : "-"}`);
    out.push(`BRF:${f.branches.length}`);
    out.push(`BRH:${f.branches.filter((b) => b.combos.length).length}`);
    for (const l of f.lines) out.push(`DA:${l.line},${l.combos.length}`);
    out.push(`LF:${f.lines.length}`);
    out.push(`LH:${f.lines.filter((l) => l.combos.length).length}`);
    out.push("end_of_record");
  }
  return out.length ? out.join("\n") + "\n" : "";
}

// src/coverage/cobertura.ts
function rate(r) {
  return r.total === 0 ? "1" : String(Math.round(r.covered / r.total * 1e4) / 1e4);
}
function attrs(a) {
  return Object.entries(a).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join("");
}
function lineXml(l, branches, indent) {
  const onLine = branches.filter((b) => b.line === l.line);
  if (!onLine.length) return `${indent}<line${attrs({ number: l.line, hits: l.combos.length })}/>`;
  const covered = onLine.filter((b) => b.combos.length).length;
  const chains = [...new Set(onLine.map((b) => b.chain))];
  const conds = chains.map((c, i) => {
    const bs = onLine.filter((b) => b.chain === c);
    const pct = Math.round(100 * bs.filter((b) => b.combos.length).length / bs.length);
    return `${indent}    <condition${attrs({ number: i, type: "jump", coverage: `${pct}%` })}/>`;
  });
  return [
    `${indent}<line${attrs({
      number: l.line,
      hits: l.combos.length,
      branch: "true",
      "condition-coverage": `${Math.round(100 * covered / onLine.length)}% (${covered}/${onLine.length})`
    })}>`,
    `${indent}  <conditions>`,
    ...conds,
    `${indent}  </conditions>`,
    `${indent}</line>`
  ].join("\n");
}
function toCobertura(results, opts = {}) {
  const all = Array.isArray(results) ? results : [results];
  const sum = (k) => ({
    covered: all.reduce((n, r) => n + r.totals[k].covered, 0),
    total: all.reduce((n, r) => n + r.totals[k].total, 0)
  });
  const t = { lines: sum("lines"), branches: sum("branches") };
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
    `<coverage${attrs({
      "line-rate": rate(t.lines),
      "branch-rate": rate(t.branches),
      "lines-covered": t.lines.covered,
      "lines-valid": t.lines.total,
      "branches-covered": t.branches.covered,
      "branches-valid": t.branches.total,
      complexity: 0,
      version: `helm-guard ${VERSION}`,
      timestamp: opts.timestamp ?? Date.now()
    })}>`,
    "  <sources>",
    "    <source>.</source>",
    "  </sources>",
    "  <packages>"
  ];
  for (const result of all) {
    const rt = result.totals;
    out.push(
      `    <package${attrs({ name: result.chart, "line-rate": rate(rt.lines), "branch-rate": rate(rt.branches), complexity: 0 })}>`,
      "      <classes>"
    );
    packageClasses(result, out);
    out.push("      </classes>", "    </package>");
  }
  out.push("  </packages>", "</coverage>");
  return out.join("\n") + "\n";
}
function packageClasses(result, out) {
  for (const f of result.files) {
    if (!f.lines.length) continue;
    const chainLine = /* @__PURE__ */ new Map();
    for (const b of f.branches) if (b.branch === 0) chainLine.set(b.chain, b.line);
    const branches = f.branches.map((b) => ({ ...b, line: chainLine.get(b.chain) }));
    out.push(
      `        <class${attrs({
        name: f.chartPath,
        filename: f.path,
        "line-rate": rate(f.totals.lines),
        "branch-rate": rate(f.totals.branches),
        complexity: 0
      })}>`,
      "          <methods>"
    );
    for (const d of f.defines) {
      if (!d.measurable) continue;
      const lines = f.lines.filter((l) => l.define === d.name);
      const bs = branches.filter((b) => b.define === d.name);
      out.push(
        `            <method${attrs({
          name: d.name,
          signature: "",
          "line-rate": rate({ covered: lines.filter((l) => l.combos.length).length, total: lines.length }),
          "branch-rate": rate({ covered: bs.filter((b) => b.combos.length).length, total: bs.length }),
          complexity: 0
        })}>`,
        "              <lines>",
        ...lines.map((l) => lineXml(l, bs, "                ")),
        "              </lines>",
        "            </method>"
      );
    }
    out.push("          </methods>", "          <lines>", ...f.lines.map((l) => lineXml(l, branches, "            ")));
    out.push("          </lines>", "        </class>");
  }
}

export { toCobertura as a, toLcov as t };
