import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  DEFAULT_HELM_VERSION
} from "./chunk-5RLO5XVT.js";
import {
  escapeXml
} from "./chunk-P7Z6ZVTC.js";
import {
  counts,
  locationNote,
  resourceName,
  sortFindings,
  where
} from "./chunk-P3PUUMFG.js";
import {
  ConfigError,
  findHelm,
  formatReport,
  loadConfigs
} from "./chunk-BZRFHSNM.js";
import "./chunk-E7YEBDJ3.js";
import {
  runGuard,
  workItems
} from "./chunk-FKGQEQLW.js";
import "./chunk-HBG6Q3BS.js";
import {
  parseShard,
  planShards,
  timingsFromReport
} from "./chunk-BAICV6HM.js";
import "./chunk-MT5U7UVF.js";
import {
  RULE_IDS
} from "./chunk-MVWWROHK.js";
import {
  GuardError
} from "./chunk-YJOSE5ZY.js";
import {
  globMatch
} from "./chunk-ZHHGQAH2.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-AVBPKS3C.js";
import "./chunk-D7TC343Y.js";
import "./chunk-2AJFM67G.js";

// src/action/main.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";

// src/report/annotations.ts
function toAnnotations(findings, perLevel, opts = {}) {
  const kept = [];
  const used = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  for (const f of sortFindings(findings)) {
    if (used[f.severity] < perLevel) {
      used[f.severity]++;
      kept.push(f);
    } else dropped++;
  }
  if (dropped > 0 && used.notice >= perLevel) {
    kept.splice(kept.map((f) => f.severity).lastIndexOf("notice"), 1);
    dropped++;
  }
  const out = kept.map((f) => {
    const res = resourceName(f);
    const a = {
      level: f.severity,
      // with several charts, which chart too
      title: `${f.rule}${f.combo || opts.charts && f.chart ? ` [${[opts.charts ? f.chart : "", f.combo].filter(Boolean).join(" ")}]` : ""}`,
      message: `${res ? `${res}: ` : ""}${f.message}${locationNote(f)}`
    };
    if (f.location && f.location.line >= 1) {
      a.file = f.location.file.split("\\").join("/");
      a.startLine = f.location.line;
      if (f.location.column && f.location.column >= 1) a.startColumn = f.location.column;
    }
    return a;
  });
  if (dropped > 0 && perLevel > 0)
    out.push({
      level: "notice",
      title: "helm-guard",
      message: `${dropped} more finding${dropped === 1 ? "" : "s"} — see the job summary`
    });
  return out;
}

// src/report/summary.ts
var CHECKS = ["render", "lint", "schema", "rules", "assertions"];
var MARK = { pass: "✅", fail: "❌", skipped: "➖" };
var SUMMARY_LIMIT = 1e6;
function formatSummary(r, limit = SUMMARY_LIMIT) {
  const n = counts(r.findings);
  const parts = [];
  parts.push(`<h2>helm-guard: ${r.result === "pass" ? "✅ pass" : "❌ fail"}</h2>`);
  const several = r.charts.length > 1;
  const what = several ? `${r.charts.length} charts` : `<code>${escapeXml(r.chart)}</code>`;
  parts.push(
    `<p>${what} with helm ${escapeXml(r.helm.version)}${r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : ""}: ${r.combos.length} combos, ${n.error} errors, ${n.warning} warnings, ${n.notice} notices (fail-on: ${escapeXml(r.failOn)})</p>`
  );
  parts.push(
    `<table><thead><tr>${several ? "<th>chart</th>" : ""}<th>combo</th>` + CHECKS.map((c) => `<th>${c}</th>`).join("") + "<th>kinds found</th></tr></thead><tbody>"
  );
  for (const c of r.combos) {
    const kinds = Object.entries(c.kinds).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${escapeXml(k)}&nbsp;${v}`).join(", ");
    const render = c.render === "expected-failure" ? "✅ failed as expected" : MARK[c.checks.render];
    parts.push(
      `<tr>${several ? `<td><code>${escapeXml(c.chart)}</code></td>` : ""}<td>${c.status === "pass" ? "✅" : "❌"} ${escapeXml(c.name)}</td><td>${render}</td>` + CHECKS.slice(1).map((k) => `<td>${MARK[c.checks[k]]}</td>`).join("") + `<td>${kinds || "—"}</td></tr>`
    );
  }
  parts.push("</tbody></table>");
  const groups = [];
  for (const chart of r.charts) {
    const chartWide = r.findings.filter((f) => f.combo === "" && (f.chart ?? r.chart) === chart);
    if (chartWide.length) groups.push([several ? `${chart} (helm lint)` : "chart (helm lint)", chartWide]);
    for (const c of r.combos)
      if (c.chart === chart && c.findings.some((f) => f.combo !== ""))
        groups.push([several ? `${chart}: ${c.name}` : c.name, c.findings.filter((f) => f.combo !== "")]);
  }
  const bytes = (x) => Buffer.byteLength(x) + 1;
  const tail = 200;
  let size = parts.reduce((n2, p) => n2 + bytes(p), 0);
  let omitted = 0;
  for (const [name, list] of groups) {
    const head = `<h3>${escapeXml(name)}</h3><ul>`;
    const items = [];
    for (const f of sortFindings(list)) {
      const at = where(f);
      const li = `<li>${f.severity === "error" ? "❌" : f.severity === "warning" ? "⚠️" : "ℹ️"} <code>${escapeXml(f.rule)}</code>${at ? ` <code>${escapeXml(at)}</code>` : ""}${resourceName(f) ? ` ${escapeXml(resourceName(f))}` : ""}: ${escapeXml(f.message)}${escapeXml(locationNote(f))}</li>`;
      const cost = bytes(li) + (items.length === 0 ? bytes(head) + bytes("</ul>") : 0);
      if (size + cost + tail > limit) {
        omitted++;
        continue;
      }
      items.push(li);
      size += cost;
    }
    if (items.length) parts.push(head, ...items, "</ul>");
  }
  if (omitted)
    parts.push(`<p>${omitted} more findings not shown: the summary is limited to 1 MiB; see the report file.</p>`);
  const out = parts.join("\n") + "\n";
  return out;
}

// src/action/main.ts
function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function settings(workspace) {
  const opt = (name) => input(name) || void 0;
  const failOn = input("fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn))
    throw new GuardError(`input fail-on must be error, warning or never (got "${failOn}")`);
  const reportFormat = input("report-format") || "json";
  if (!["json", "junit", "sarif", "text"].includes(reportFormat))
    throw new GuardError(`input report-format must be json, junit, sarif or text (got "${reportFormat}")`);
  const ann = input("annotations") || "10";
  if (!/^\d+$/.test(ann)) throw new GuardError(`input annotations must be a whole number (got "${ann}")`);
  const wd = input("working-directory") || ".";
  const planInput = input("plan");
  if (planInput && !(/^\d+$/.test(planInput) && Number(planInput) >= 1 && Number(planInput) <= 256))
    throw new GuardError(`input plan must be a number of shards from 1 to 256 (got "${planInput}")`);
  const shardInput = input("shard");
  const shard = shardInput ? parseShard(shardInput) : void 0;
  if (shardInput && !shard) throw new GuardError(`input shard must be I/N with 1 <= I <= N (got "${shardInput}")`);
  return {
    charts: (input("chart") || "").split(/\s+/).filter(Boolean),
    config: opt("config"),
    workingDirectory: isAbsolute(wd) ? wd : resolve(workspace, wd),
    helmVersion: input("helm-version") || DEFAULT_HELM_VERSION,
    helmSha256: opt("helm-sha256"),
    helmMirror: opt("helm-mirror"),
    helmPath: opt("helm-path"),
    kubeVersion: opt("kube-version"),
    failOn,
    annotations: Number(ann),
    summary: (input("summary") || "true") !== "false",
    report: opt("report"),
    reportFormat,
    since: opt("since") ?? pullRequestBase(),
    ...planInput ? { plan: Number(planInput) } : {},
    ...shard ? { shard } : {},
    timings: opt("timings"),
    merge: (input("merge") || "").split("\n").map((l) => l.trim()).filter(Boolean)
  };
}
function pullRequestBase() {
  const event = process.env.GITHUB_EVENT_NAME;
  if (event !== "pull_request" && event !== "pull_request_target") return void 0;
  try {
    const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? "", "utf8"));
    const sha = payload?.pull_request?.base?.sha;
    return typeof sha === "string" && /^[0-9a-f]{40}$/.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}
function expandFiles(patterns, dir) {
  const out = [];
  for (const p of patterns) {
    const abs = resolve(dir, p);
    if (!/[*?]/.test(basename(abs))) {
      out.push(abs);
      continue;
    }
    let names = [];
    try {
      names = readdirSync(dirname(abs));
    } catch {
    }
    const hits = names.filter((n) => globMatch(basename(abs), n)).map((n) => join(dirname(abs), n));
    if (!hits.length) throw new GuardError(`input merge: nothing matches ${p}`);
    out.push(...hits.sort());
  }
  return out;
}
function printUntrusted(text) {
  const token = randomBytes(16).toString("hex");
  process.stdout.write(`::stop-commands::${token}
`);
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
  process.stdout.write(`::${token}::
`);
}
async function publish(core, result, s, helmPath, helmVersion) {
  printUntrusted(await formatReport(result, "text"));
  for (const a of toAnnotations(result.findings, s.annotations, { charts: result.charts.length > 1 })) {
    const props = {
      title: a.title,
      ...a.file ? { file: a.file } : {},
      ...a.startLine ? { startLine: a.startLine } : {},
      ...a.startColumn ? { startColumn: a.startColumn } : {}
    };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (s.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(result)).write();
  let reportPath = "";
  if (s.report) {
    reportPath = resolve(s.workingDirectory, s.report);
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, await formatReport(result, s.reportFormat));
  }
  const passed = result.combos.filter((c) => c.status === "pass").length;
  core.setOutput("result", result.result);
  core.setOutput("findings", String(result.findings.length));
  core.setOutput("combos-passed", String(passed));
  core.setOutput("combos-failed", String(result.combos.length - passed));
  core.setOutput("report-path", reportPath);
  core.setOutput("helm-path", helmPath);
  core.setOutput("helm-version", helmVersion);
  if (result.result === "fail") {
    const errors = result.findings.filter((f) => f.severity === "error").length;
    core.setFailed(
      `helm-guard: ${result.combos.length - passed} of ${result.combos.length} combos failed (${errors} errors, fail-on: ${s.failOn})`
    );
  }
}
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const coreP = import("./chunk-DXSIHXO7.js");
  coreP.catch(() => void 0);
  try {
    const s = settings(workspace);
    if (s.merge.length) {
      const { mergeReports } = await import("./chunk-R5UYOJUR.js");
      const result2 = mergeReports(expandFiles(s.merge, s.workingDirectory));
      await publish(await coreP, result2, s, result2.helm.path, result2.helm.version);
      return;
    }
    let configs = loadConfigs({
      cwd: s.workingDirectory,
      displayDir: workspace,
      ...s.config ? { configPath: s.config } : {},
      chartDirs: s.charts,
      ...s.kubeVersion ? { kubeVersion: s.kubeVersion } : {},
      knownRules: RULE_IDS
    });
    if (s.since && s.since !== "all") {
      const { changedConfigs } = await import("./chunk-6BQAB24G.js");
      const picked = await changedConfigs(configs, s.since, s.workingDirectory);
      (await coreP).info(picked.summary.trimEnd());
      configs = picked.configs;
    }
    if (s.plan) {
      const core = await coreP;
      const plans = planShards(
        workItems(configs, workspace),
        s.plan,
        s.timings ? timingsOf(resolve(s.workingDirectory, s.timings)) : void 0
      );
      const include = plans.filter((p) => p.items.length).map((p) => ({
        shard: `${p.index}/${p.total}`,
        combos: p.items.length,
        weight: p.weight,
        items: p.items.map((i) => `${i.chart}:${i.combo}`).join(" ")
      }));
      core.info(
        `helm-guard plan: ${configs.reduce((n, c) => n + c.combos.length, 0)} combos of ${configs.length} charts in ${include.length} shards`
      );
      core.setOutput("matrix", JSON.stringify({ include }));
      core.setOutput("result", "pass");
      return;
    }
    if (!configs.length) {
      const core = await coreP;
      core.setOutput("result", "pass");
      for (const k of ["findings", "combos-passed", "combos-failed"]) core.setOutput(k, "0");
      if (s.summary && process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(
          `<h2>helm-guard: ✅ pass</h2>
<p>No chart changed since <code>${s.since}</code>: nothing to guard.</p>
`
        ).write();
      return;
    }
    let helmPath;
    let helmVersion;
    if (s.helmPath) {
      helmPath = findHelm(s.helmPath, process.env, s.workingDirectory);
      helmVersion = "";
    } else {
      const { installHelm } = await import("./chunk-V4OCC64G.js");
      const installed = await installHelm({
        version: s.helmVersion,
        ...s.helmMirror ? { mirror: s.helmMirror } : {},
        ...s.helmSha256 ? { sha256: s.helmSha256 } : {}
      });
      helmPath = installed.path;
      helmVersion = installed.version;
    }
    const result = await runGuard({
      configs,
      helm: helmPath,
      baseDir: workspace,
      failOn: s.failOn,
      ...s.shard ? { shard: s.shard } : {},
      ...s.timings ? { timings: timingsOf(resolve(s.workingDirectory, s.timings)) } : {}
    });
    await publish(await coreP, result, s, helmPath, result.helm.version || helmVersion);
  } catch (e) {
    const core = await coreP;
    if (e instanceof ConfigError) {
      core.error(e.message, {
        title: "helm-guard config",
        ...e.file ? { file: e.file } : {},
        ...e.line ? { startLine: e.line } : {}
      });
      core.setFailed(e.toString());
    } else if (e instanceof GuardError) core.setFailed(e.message);
    else core.setFailed(e instanceof Error ? e.message : String(e));
    core.setOutput("result", "error");
  }
}
function timingsOf(file) {
  try {
    return timingsFromReport(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    throw new GuardError(`input timings: ${file} is not a JSON report (${e.message.split("\n")[0]})`);
  }
}
export {
  run
};
