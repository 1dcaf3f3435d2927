import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  ConfigError,
  findHelm,
  formatReport,
  loadConfigs,
  parseDuration
} from "./chunk-OGRKP4AU.js";
import {
  DEFAULT_HELM_VERSION
} from "./chunk-5RLO5XVT.js";
import {
  coverageHtml
} from "./chunk-3536L3EU.js";
import {
  diffCounts,
  showChange
} from "./chunk-CP6XXM7A.js";
import {
  sanitizeForTerminal
} from "./chunk-OIB46X2N.js";
import "./chunk-MDR46DPR.js";
import "./chunk-E7YEBDJ3.js";
import "./chunk-BIPOOARL.js";
import {
  runGuard,
  workItems
} from "./chunk-EJSJQBPI.js";
import "./chunk-ZEHNEAGF.js";
import "./chunk-VFLAJB33.js";
import "./chunk-KCI4Q5SZ.js";
import "./chunk-W5QZZNKE.js";
import {
  locationNote,
  resourceName,
  where
} from "./chunk-7ATA5HB4.js";
import {
  outsideRepo,
  repoPath,
  reportContext
} from "./chunk-MOWUPZNE.js";
import {
  escapeXml
} from "./chunk-P7Z6ZVTC.js";
import {
  GuardError,
  globMatch
} from "./chunk-IW6HEK54.js";
import {
  chartWideLabel,
  groupCounts,
  groupSpread,
  groupsOf,
  inCombo
} from "./chunk-B2IFUENK.js";
import {
  RULE_IDS
} from "./chunk-REZRDY4X.js";
import {
  startWatchdog
} from "./chunk-2JWGL4ZM.js";
import {
  parseShard,
  planShards,
  timingsFromReport
} from "./chunk-BAICV6HM.js";
import "./chunk-YFQ6HRQ2.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-NUCH56CP.js";
import "./chunk-6UMKCMP4.js";
import "./chunk-NMK5MUXU.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import {
  compareText,
  grouped,
  plural
} from "./chunk-L5JN3MRU.js";
import "./chunk-V6OQQ5VZ.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/action/main.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";

// src/report/annotations.ts
function toAnnotations(r, perLevel, ctx) {
  const kept = [];
  const used = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  for (const g of groupsOf(r)) {
    if (used[g.severity] < perLevel) {
      used[g.severity]++;
      kept.push(g);
    } else dropped++;
  }
  if (dropped > 0 && used.notice >= perLevel) {
    kept.splice(kept.map((g) => g.severity).lastIndexOf("notice"), 1);
    dropped++;
  }
  const charts = r.charts.length > 1;
  const out = kept.map((g) => {
    const f = g.first;
    const res = g.resources.length === 1 ? resourceName(f) : "";
    const combos = g.combos.filter((c) => c.combo);
    const where2 = combos.length === 1 ? combos[0].combo : combos.length > 1 ? `${combos.length} combos` : "";
    const spread = groupSpread(g, { charts });
    const a = {
      level: g.severity,
      // with several charts, which chart too
      // the runner's log renders terminal escapes: chart text shows them written out
      title: sanitizeForTerminal(
        `${g.rule}${where2 || charts && f.chart ? ` [${[charts ? f.chart : "", where2].filter(Boolean).join(" ")}]` : ""}`
      ),
      message: sanitizeForTerminal(
        `${res ? `${res}: ` : ""}${g.message}${locationNote(f)}${spread ? ` (${spread})` : ""}`,
        { multiline: true }
      )
    };
    if (g.location && g.location.line >= 1) {
      a.file = repoPath(ctx, g.location.file);
      a.startLine = g.location.line;
      if (g.location.column && g.location.column >= 1) a.startColumn = g.location.column;
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
var ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
var SUMMARY_LIMIT = 1e6;
var MAX_NAMES = 20;
function inert(s) {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/\r\n?|[\n\t\u2028\u2029\u0085]/g, " ").replace(/[&<>"'\\`*_[\]!~|@#]/g, (ch) => `&#${ch.charCodeAt(0)};${ch === "@" || ch === "#" ? "&#8288;" : ""}`);
}
function link(ctx, file, line, text) {
  if (!ctx?.links) return `<code>${text}</code>`;
  const path = repoPath(ctx, file);
  if (outsideRepo(path)) return `<code>${text}</code>`;
  const { server, repository, sha } = ctx.links;
  const href = `${server}/${repository}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}${line >= 1 ? `#L${line}` : ""}`;
  return `<a href="${escapeXml(href)}"><code>${text}</code></a>`;
}
function names(list, total) {
  const shown = list.slice(0, MAX_NAMES).map(inert).join(", ");
  return total > MAX_NAMES ? `${shown} and ${grouped(total - MAX_NAMES)} more` : shown;
}
function details(g, r, ctx) {
  const f = g.first;
  const loc = g.location;
  const at = loc ? link(ctx, loc.file, loc.line, inert(where(f))) : "";
  const res = g.resources.length === 1 ? resourceName(f) : "";
  const several = r.charts.length > 1;
  const combos = g.combos.filter((c) => c.combo);
  const spread = [
    combos.length ? `${combos.length === 1 ? "combo" : plural(combos.length, "combo")}` : "",
    g.resources.length > 1 ? plural(g.resources.length, "resource") : ""
  ].filter(Boolean).join(", ");
  const head = `<summary>${ICON[g.severity]} <code>${inert(g.rule)}</code>${at ? ` ${at}` : ""}${res ? ` ${inert(res)}` : ""}: ${inert(g.message)}${inert(locationNote(f))}${spread && (combos.length > 1 || g.resources.length > 1) ? ` <em>(${spread})</em>` : ""}</summary>`;
  const items = [];
  if (several && f.chart) items.push(`<li>chart <code>${inert(f.chart)}</code></li>`);
  if (combos.length)
    items.push(
      `<li>${combos.length === 1 ? "combo" : plural(combos.length, "combo")}: ${names(
        combos.map((c) => c.combo),
        combos.length
      )}</li>`
    );
  else items.push(`<li>${chartWideLabel(g.rule)}</li>`);
  if (g.resources.length)
    items.push(
      `<li>${plural(g.resources.length, "resource")}: ${names(
        g.resources.map((x) => `${x.kind}/${x.namespace ? `${x.namespace}/` : ""}${x.name ?? "?"}`),
        g.resources.length
      )}</li>`
    );
  if (f.path) items.push(`<li>field <code>${inert(f.path)}</code></li>`);
  if (g.findings.length > 1) items.push(`<li>${plural(g.findings.length, "occurrence")}</li>`);
  return `<details>${head}<ul>${items.join("")}</ul></details>`;
}
function diffDetails(c, several) {
  const u = c.upgrade;
  if (!u) return void 0;
  const name = `<code>${inert(several ? `${c.chart}: ${c.name}` : c.name)}</code>`;
  if (!u.compared)
    return `<details><summary>${name}: not compared</summary><p>${inert(u.reason ?? "no base")}</p></details>`;
  if (!u.resources.length) return `<details><summary>${name}: no change</summary></details>`;
  const items = u.resources.map((res) => {
    const id = inert(`${res.apiVersion} ${res.kind} ${res.namespace ? `${res.namespace}/` : ""}${res.name}`);
    const mark = res.status === "added" ? "➕" : res.status === "removed" ? "➖" : "✏️";
    const fields = res.changes.length ? `<ul>${res.changes.map((ch) => `<li><code>${inert(showChange(ch))}</code></li>`).join("")}</ul>` : "";
    return `<li>${mark} ${id}${fields}</li>`;
  });
  return `<details><summary>${name}: ${diffCounts(u)}</summary><ul>${items.join("")}</ul></details>`;
}
function formatSummary(r, ctx, limit = SUMMARY_LIMIT) {
  const groups = groupsOf(r);
  const n = groupCounts(groups);
  const parts = [];
  parts.push(`<h2>helm-guard: ${r.result === "pass" ? "✅ pass" : "❌ fail"}</h2>`);
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, "chart") : `<code>${inert(r.chart)}</code>`;
  const occurrences = r.findings.length > groups.length ? ` in ${plural(r.findings.length, "occurrence")}` : "";
  parts.push(
    `<p>${what} with helm ${inert(r.helm.version)}${r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : ""}: ${plural(r.combos.length, "combo")}; ${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${plural(n.notice, "notice")}${occurrences} (fail-on: ${inert(r.failOn)})</p>`
  );
  parts.push(
    `<table><thead><tr>${several ? "<th>chart</th>" : ""}<th>combo</th>` + CHECKS.map((c) => `<th>${c}</th>`).join("") + "<th>kinds found</th></tr></thead><tbody>"
  );
  for (const c of r.combos) {
    const kinds = Object.entries(c.kinds).sort(([a], [b]) => compareText(a, b)).map(([k, v]) => `${inert(k)}&nbsp;${v}`).join(", ");
    const here = groups.filter((g) => inCombo(g, c.chart, c.name));
    const cell = (k) => {
      const count = here.filter((g) => g.check === k).length;
      const mark = k === "render" && c.render === "expected-failure" ? "✅ failed as expected" : MARK[c.checks[k]];
      return `<td>${mark}${count ? ` ${count}` : ""}</td>`;
    };
    parts.push(
      `<tr>${several ? `<td><code>${inert(c.chart)}</code></td>` : ""}<td>${c.status === "pass" ? "✅" : "❌"} ${inert(c.name)}</td>` + CHECKS.map(cell).join("") + `<td>${kinds || "—"}</td></tr>`
    );
  }
  parts.push("</tbody></table>");
  if (groups.length)
    parts.push(
      "<p>Each count is of findings: one per template line and message, however many resources and combos render it.</p>"
    );
  const bytes = (x) => Buffer.byteLength(x) + 1;
  const tail = 300;
  let size = parts.reduce((s, p) => s + bytes(p), 0);
  const left = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  let omittedDiffs = 0;
  if (groups.length) {
    const head = "<h3>Findings</h3>";
    size += bytes(head);
    parts.push(head);
  }
  for (const g of groups) {
    const d = details(g, r, ctx);
    if (size + bytes(d) + tail > limit) {
      omitted++;
      left[g.severity]++;
      continue;
    }
    parts.push(d);
    size += bytes(d);
  }
  if (r.base && r.combos.some((c) => c.upgrade)) {
    const head = `<h3>Changes against <code>${inert(r.base.commit.slice(0, 12))}</code>${r.base.ref !== r.base.commit ? ` (<code>${inert(r.base.ref)}</code>)` : ""}</h3>`;
    size += bytes(head);
    parts.push(head);
    for (const c of r.combos) {
      const d = diffDetails(c, several);
      if (!d) continue;
      if (size + bytes(d) + tail > limit) {
        omittedDiffs++;
        continue;
      }
      parts.push(d);
      size += bytes(d);
    }
  }
  for (const cov of r.coverage ?? []) {
    const d = coverageHtml(cov, inert);
    if (size + bytes(d) + tail > limit) continue;
    parts.push(d);
    size += bytes(d);
  }
  if (omittedDiffs)
    parts.push(`<p>The changes of ${plural(omittedDiffs, "more combo")} are not shown: see the report file.</p>`);
  if (omitted)
    parts.push(
      `<p>${plural(omitted, "more finding")} not shown (${plural(left.error, "error")}, ${plural(left.warning, "warning")}, ${plural(left.notice, "notice")}): a job summary is limited to 1 MiB; every finding is in the report file (input <code>report</code>).</p>`
    );
  return parts.join("\n") + "\n";
}

// src/action/main.ts
function coverageInput(v) {
  if (!v) return void 0;
  if (v === "true" || v === "false") return { enabled: v === "true" };
  const out = { enabled: true };
  for (const part of v.split(/[\s,]+/).filter(Boolean)) {
    const m = /^(branches|lines|files)=(\d+(?:\.\d+)?)%?$/.exec(part);
    if (!m || Number(m[2]) > 100)
      throw new GuardError(
        `input coverage must be true, false or gates such as branches=90,files=100 (percentages; got "${v}")`
      );
    out[m[1]] = Number(m[2]);
  }
  return out;
}
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
  const coverage = coverageInput(input("coverage"));
  const unused = input("unused-values") || "false";
  if (unused !== "true" && unused !== "false")
    throw new GuardError(`input unused-values must be true or false (got "${unused}")`);
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
    sinceByDefault: !opt("since"),
    ...planInput ? { plan: Number(planInput) } : {},
    ...shard ? { shard } : {},
    timings: opt("timings"),
    merge: (input("merge") || "").split("\n").map((l) => l.trim()).filter(Boolean),
    sarifCategory: opt("sarif-category"),
    base: opt("base") ?? pullRequestBase(),
    baseByDefault: !opt("base"),
    ...coverage ? { coverage } : {},
    coverageOutput: opt("coverage-output"),
    unusedValues: unused === "true"
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
    let names2 = [];
    try {
      names2 = readdirSync(dirname(abs));
    } catch {
    }
    const hits = names2.filter((n) => globMatch(basename(abs), n)).map((n) => join(dirname(abs), n));
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
  const ctx = {
    ...reportContext(process.env.GITHUB_WORKSPACE || process.cwd(), process.env, {
      ...s.sarifCategory ? { sarifCategory: s.sarifCategory } : {}
    }),
    ...s.merge.length ? {} : { scope: s.config ?? (s.charts.join(",") || ".") }
  };
  printUntrusted(await formatReport(result, "text", false, ctx));
  for (const a of toAnnotations(result, s.annotations, ctx)) {
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
  if (s.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(result, ctx)).write();
  let reportPath = "";
  if (s.report) {
    reportPath = resolve(s.workingDirectory, s.report);
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, await formatReport(result, s.reportFormat, false, ctx));
  }
  const passed = result.combos.filter((c) => c.status === "pass").length;
  core.setOutput("result", result.result);
  core.setOutput("findings", String(groupsOf(result).length));
  core.setOutput("occurrences", String(result.findings.length));
  core.setOutput("combos-passed", String(passed));
  core.setOutput("combos-failed", String(result.combos.length - passed));
  core.setOutput("report-path", reportPath);
  core.setOutput("helm-path", helmPath);
  core.setOutput("helm-version", helmVersion);
  if (result.result === "fail") {
    const errors = groupsOf(result).filter((g) => g.severity === "error").length;
    core.setFailed(
      `helm-guard: ${result.combos.length - passed} of ${result.combos.length} combos failed (${errors} errors, fail-on: ${s.failOn})`
    );
  }
}
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const coreP = import("./chunk-DXSIHXO7.js");
  coreP.catch(() => void 0);
  let watchdog;
  try {
    const s = settings(workspace);
    const budgetInput = input("run-timeout") || "30m";
    const budget = parseDuration(budgetInput);
    if (budget === void 0)
      throw new GuardError(`input run-timeout must be a duration such as 30m, 90s or 1h (got "${budgetInput}")`);
    watchdog = startWatchdog(
      budget,
      `::error title=helm-guard::the run passed its time budget of ${budgetInput} (input run-timeout) and was stopped; the helm processes still running were killed`
    );
    if (s.merge.length) {
      const { mergeReports } = await import("./chunk-MM2JFGX2.js");
      const result = mergeReports(expandFiles(s.merge, s.workingDirectory));
      await publish(await coreP, result, s, result.helm.path, result.helm.version);
      return;
    }
    let configs = loadConfigs({
      cwd: s.workingDirectory,
      displayDir: workspace,
      ...s.config ? { configPath: s.config } : {},
      chartDirs: s.charts,
      ...s.kubeVersion ? { kubeVersion: s.kubeVersion } : {},
      knownRules: RULE_IDS,
      deferPatterns: true
    });
    if (s.since && s.since !== "all") {
      const { changedConfigs } = await import("./chunk-DSDJ3WQ5.js");
      try {
        const picked = await changedConfigs(configs, s.since, s.workingDirectory);
        (await coreP).info(picked.summary.trimEnd());
        configs = picked.configs;
      } catch (e) {
        if (!(s.sinceByDefault && e instanceof GuardError)) throw e;
        (await coreP).warning(`${e.message}; every chart is guarded (input since: all does so always)`, {
          title: "helm-guard since"
        });
      }
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
      for (const k of ["findings", "occurrences", "combos-passed", "combos-failed"]) core.setOutput(k, "0");
      if (s.summary && process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(
          `<h2>helm-guard: ✅ pass</h2>
<p>No chart changed since <code>${inert(s.since ?? "")}</code>: nothing to guard.</p>
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
      const { installHelm } = await import("./chunk-7GUU56HE.js");
      const installed = await installHelm({
        version: s.helmVersion,
        ...s.helmMirror ? { mirror: s.helmMirror } : {},
        ...s.helmSha256 ? { sha256: s.helmSha256 } : {}
      });
      helmPath = installed.path;
      helmVersion = installed.version;
    }
    let base;
    if (s.base && s.base !== "none") {
      const { checkoutBase } = await import("./chunk-6BKBW2M7.js");
      try {
        base = await checkoutBase(s.base, s.workingDirectory);
      } catch (e) {
        if (!(s.baseByDefault && e instanceof GuardError)) throw e;
        (await coreP).warning(
          `${e.message}; the upgrade checks against the base commit are skipped (input base: none turns them off)`,
          {
            title: "helm-guard base"
          }
        );
      }
    }
    if (s.coverage)
      for (const c of configs) {
        const { enabled, ...gates } = s.coverage;
        c.coverage = { ...c.coverage, enabled, ...gates };
      }
    try {
      const result = await runGuard({
        configs,
        helm: helmPath,
        baseDir: workspace,
        failOn: s.failOn,
        ...s.shard ? { shard: s.shard } : {},
        ...s.timings ? { timings: timingsOf(resolve(s.workingDirectory, s.timings)) } : {},
        ...base ? { base } : {},
        ...s.unusedValues ? { unusedValues: true } : {}
      });
      if (result.coverage) {
        const { writeCoverageFiles } = await import("./chunk-ABSIV5MS.js");
        const dir = s.coverageOutput ? resolve(s.workingDirectory, s.coverageOutput) : configs.find((c) => c.coverage.output)?.coverage.output ?? resolve(s.workingDirectory, "helm-guard-coverage");
        const files = writeCoverageFiles(result.coverage, dir, configs[0].coverage.formats);
        (await coreP).info(`helm-guard: coverage written to ${files.join(", ")}`);
      }
      await publish(await coreP, result, s, helmPath, result.helm.version || helmVersion);
    } finally {
      await base?.remove().catch((e) => process.stderr.write(`helm-guard: ${e.message}
`));
    }
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
  } finally {
    watchdog?.stop();
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
  coverageInput,
  run
};
