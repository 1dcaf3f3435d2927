import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { G as GuardError, a8 as itemKey, a9 as finalize } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';
import { readFileSync } from 'node:fs';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
function readReport(file) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new GuardError(`${file}: not a helm-guard JSON report (${e.message.split("\n")[0]})`);
  }
  const ok = json && typeof json === "object" && Array.isArray(json.combos) && Array.isArray(json.chartRuns) && Array.isArray(json.charts) && ["error", "warning", "never"].includes(json.failOn);
  if (!ok)
    throw new GuardError(
      `${file}: not a helm-guard JSON report of this version (needs combos, chartRuns, charts, failOn)`
    );
  return { file, ...json };
}
function mergeReports(files) {
  if (!files.length) throw new GuardError("merge needs at least one JSON report");
  const reports = files.map(readReport);
  const first = reports[0];
  for (const r of reports) {
    if (r.failOn !== first.failOn)
      throw new GuardError(
        `${r.file} was made with --fail-on ${r.failOn}, ${first.file} with ${first.failOn}: merge reports of one plan`
      );
    if (r.shard && first.shard && r.shard.total !== first.shard.total)
      throw new GuardError(
        `${r.file} is shard ${r.shard.index}/${r.shard.total}, ${first.file} of ${first.shard.total}: merge reports of one plan`
      );
  }
  const plan = first.shard?.items ?? reports.flatMap((r) => r.combos.map((c) => ({ chart: c.chart, combo: c.name })));
  const rank = new Map(plan.map((i, k) => [itemKey(i), k]));
  const seen = /* @__PURE__ */ new Set();
  const combos = [];
  for (const r of reports)
    for (const c of r.combos) {
      const key = itemKey({ chart: c.chart, combo: c.name });
      if (seen.has(key)) throw new GuardError(`combo ${c.name} of ${c.chart} is in more than one report (${r.file})`);
      seen.add(key);
      combos.push(c);
    }
  combos.sort(
    (a, b) => (rank.get(itemKey({ chart: a.chart, combo: a.name })) ?? 1e9) - (rank.get(itemKey({ chart: b.chart, combo: b.name })) ?? 1e9)
  );
  const missing = plan.filter((i) => !seen.has(itemKey(i)));
  if (first.shard && missing.length)
    throw new GuardError(
      `the reports lack ${missing.length} combo(s) of the plan, e.g. ${missing[0].combo} of ${missing[0].chart}: merge every shard's report`
    );
  const chartOrder = [.../* @__PURE__ */ new Set([...first.charts, ...reports.flatMap((r) => r.charts)])];
  const chartRuns = chartOrder.map((chart) => {
    const runs = reports.flatMap((r) => r.chartRuns.filter((c) => c.chart === chart));
    return {
      chart,
      lint: runs[0]?.lint ?? "off",
      owned: runs.some((c) => c.owned),
      findings: runs.flatMap((c) => c.findings)
    };
  });
  const merged = finalize({
    failOn: first.failOn,
    helm: first.helm,
    charts: chartRuns,
    combos,
    durationMs: Math.max(...reports.map((r) => r.durationMs))
  });
  if (first.base) merged.base = first.base;
  return merged;
}

export { mergeReports };
