import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, resolve, basename, join } from 'node:path';
import { s as sanitizeForTerminal, r as repoPath, o as outsideRepo, g as grouped, b as plural, c as compareText, G as GuardError, d as parseShard, e as globMatch, h as reportContext, a as formatReport, p as parseDuration2, l as loadConfigs, R as RULE_IDS, i as planShards, w as workItems, f as findHelm, j as runGuard, C as ConfigError, t as timingsFromReport } from './chunk-start-start-DMJ4eMLv.js';
import { g as groupsOf, r as resourceName, a as groupSpread, l as locationNote, w as where, c as chartWideLabel, b as groupCounts, i as inCombo, d as coverageHtml } from './chunk-late-start-2SuRt19H.js';
import { a as startWatchdog } from './chunk-boot-BQAnIf4X.js';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';

const require$4 = createRequire(import.meta.url);
const __filename$4 = fileURLToPath(import.meta.url);
const __dirname$4 = dirname(__filename$4);

// src/helm/platform.ts
var DEFAULT_HELM_MIRROR = "https://get.helm.sh";
var DEFAULT_HELM_VERSION = "v4.1.4";
var OS_MAP = { linux: "linux", darwin: "darwin", win32: "windows" };
var ARCH_MAP = { x64: "amd64", arm64: "arm64" };
function helmPlatform(nodePlatform = process.platform, nodeArch = process.arch) {
  const os = Object.hasOwn(OS_MAP, nodePlatform) ? OS_MAP[nodePlatform] : void 0;
  const arch = Object.hasOwn(ARCH_MAP, nodeArch) ? ARCH_MAP[nodeArch] : void 0;
  if (!os || !arch) {
    throw new Error(
      `helm-guard cannot install helm on ${nodePlatform}/${nodeArch}: supported runners are linux, darwin and win32 on x64 or arm64. Install helm yourself and pass its path instead.`
    );
  }
  return { os, arch };
}
function platformKey(p) {
  return `${p.os}-${p.arch}`;
}
var NUM = "(?:0|[1-9]\\d*)";
var PRE_ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
var SEMVER_RE = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);
function normalizeHelmVersion(input) {
  const s = input.trim();
  const m = SEMVER_RE.exec(s);
  if (!m) {
    throw new Error(
      `helm version ${JSON.stringify(input)} is not an exact version: give a full semantic version such as "v3.16.4" or "3.16.4" (no ranges, no "latest").`
    );
  }
  return s.startsWith("v") ? s : `v${s}`;
}
function archiveExtension(p) {
  return p.os === "windows" ? "zip" : "tar.gz";
}
function archiveName(version, p) {
  return `helm-${normalizeHelmVersion(version)}-${platformKey(p)}.${archiveExtension(p)}`;
}
function normalizeMirror(mirror = DEFAULT_HELM_MIRROR) {
  const raw = mirror.trim() || DEFAULT_HELM_MIRROR;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} must be an http(s) URL`);
  }
  if (url.search || url.hash) {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} must not carry a query or fragment`);
  }
  return raw.replace(/\/+$/, "");
}
function archiveUrl(mirror, version, p) {
  return `${normalizeMirror(mirror)}/${archiveName(version, p)}`;
}
function checksumUrl(mirror, version, p) {
  return `${archiveUrl(mirror, version, p)}.sha256sum`;
}
function binaryName(p) {
  return p.os === "windows" ? "helm.exe" : "helm";
}
function archiveDir(p) {
  return platformKey(p);
}
function binaryPathInArchive(p) {
  return `${archiveDir(p)}/${binaryName(p)}`;
}
var HEX64 = /^[0-9a-fA-F]{64}$/;
function isSha256Hex(s) {
  return HEX64.test(s);
}
function normalizeSha256(s, what = "SHA-256 checksum") {
  const t = s.trim();
  if (!isSha256Hex(t)) {
    throw new Error(`${what} ${JSON.stringify(t.slice(0, 80))} is not a SHA-256 digest (64 hexadecimal characters)`);
  }
  return t.toLowerCase();
}
function parseSha256Sum(body, archive) {
  const lines = body.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0) throw new Error(`checksum file for ${archive} is empty`);
  const found = /* @__PURE__ */ new Set();
  const names = [];
  for (const line of lines) {
    const m = /^(\S+)\s+\*?(.+)$/.exec(line);
    if (!m) {
      throw new Error(
        `checksum file for ${archive} is malformed: expected "<sha256>  <filename>", got ${JSON.stringify(line.slice(0, 120))}`
      );
    }
    const hex = m[1] ?? "";
    const name = (m[2] ?? "").trim();
    if (!isSha256Hex(hex)) {
      throw new Error(
        `checksum file for ${archive} is malformed: ${JSON.stringify(hex.slice(0, 80))} is not a SHA-256 digest (64 hexadecimal characters)`
      );
    }
    names.push(name);
    if (name === archive) found.add(hex.toLowerCase());
  }
  if (found.size === 0) {
    throw new Error(
      `checksum file names ${names.map((n) => JSON.stringify(n)).join(", ")}, not ${JSON.stringify(archive)}`
    );
  }
  if (found.size > 1) throw new Error(`checksum file gives ${found.size} different digests for ${archive}`);
  return [...found][0];
}

const require$3 = createRequire(import.meta.url);
const __filename$3 = fileURLToPath(import.meta.url);
const __dirname$3 = dirname(__filename$3);

// src/report/diff.ts
var plain = (s) => s;
var t = (s) => sanitizeForTerminal(s);
var MAX_VALUE = 120;
function showValue(v) {
  if (v === void 0) return "(none)";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
function showChange(c) {
  if (c.secret)
    return `${c.path}: ${c.op === "add" ? "added" : c.op === "remove" ? "removed" : "changed"} (Secret data, not shown)`;
  if (c.op === "add") return `${c.path}: ${showValue(c.after)} (added)`;
  if (c.op === "remove") return `${c.path}: ${showValue(c.before)} (removed)`;
  return `${c.path}: ${showValue(c.before)} → ${showValue(c.after)}`;
}
function diffCounts(u) {
  const n = { added: 0, removed: 0, changed: 0 };
  for (const r of u.resources) n[r.status]++;
  return `${n.added} added, ${n.removed} removed, ${n.changed} changed`;
}
function formatDiff(r, opts) {
  const wrap = (open, close) => opts.color ? (s) => `\x1B[${open}m${s}\x1B[${close}m` : plain;
  const c = { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
  const lines = [];
  const base = r.base ? `${r.base.commit.slice(0, 12)}${r.base.ref !== r.base.commit ? ` (${t(r.base.ref)})` : ""}` : "the base";
  lines.push(
    c.bold(`helm-guard: the render against ${base}, ${r.combos.length} combo${r.combos.length === 1 ? "" : "s"}`)
  );
  const several = r.charts.length > 1;
  for (const combo of r.combos) {
    const name = t(several ? `${combo.chart}: ${combo.name}` : combo.name);
    const u = combo.upgrade;
    lines.push("");
    if (!u) {
      lines.push(
        c.bold(`── ${name}`) + c.dim(`: not compared (${combo.render === "ok" ? "no base" : "the render failed"})`)
      );
      continue;
    }
    if (!u.compared) {
      lines.push(c.bold(`── ${name}`) + c.dim(`: not compared: ${t(u.reason ?? "no base")}`));
      continue;
    }
    lines.push(c.bold(`── ${name}`) + c.dim(`: ${u.resources.length ? diffCounts(u) : "no change"}`));
    for (const res of u.resources) {
      const id = t(`${res.apiVersion} ${res.kind} ${res.namespace ? `${res.namespace}/` : ""}${res.name}`);
      if (res.status === "added") lines.push(c.green(`+ ${id}`));
      else if (res.status === "removed") lines.push(c.red(`- ${id}`));
      else {
        lines.push(c.yellow(`~ ${id}`));
        for (const ch of res.changes) lines.push(`    ${t(showChange(ch))}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}

const require$2 = createRequire(import.meta.url);
const __filename$2 = fileURLToPath(import.meta.url);
const __dirname$2 = dirname(__filename$2);

// src/report/xml.ts
function escapeXml(s) {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

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
  const coreP = import('./chunk-CnwrbgYM.js');
  coreP.catch(() => void 0);
  let watchdog;
  try {
    const s = settings(workspace);
    const budgetInput = input("run-timeout") || "30m";
    const budget = parseDuration2(budgetInput);
    if (budget === void 0)
      throw new GuardError(`input run-timeout must be a duration such as 30m, 90s or 1h (got "${budgetInput}")`);
    watchdog = startWatchdog(
      budget,
      `::error title=helm-guard::the run passed its time budget of ${budgetInput} (input run-timeout) and was stopped; the helm processes still running were killed`
    );
    if (s.merge.length) {
      const { mergeReports } = await import('./chunk-BGnqr1Fn.js');
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
      const { changedConfigs } = await import('./chunk-C1O2MFyV.js');
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
      const { installHelm } = await import('./chunk-C87hsTjV.js');
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
      const { checkoutBase } = await import('./chunk-C6UCO1W7.js');
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
        // the install ran the binary and it reported this version: no second helm to ask it again
        ...helmVersion ? { helmVersion } : {},
        baseDir: workspace,
        failOn: s.failOn,
        ...s.shard ? { shard: s.shard } : {},
        ...s.timings ? { timings: timingsOf(resolve(s.workingDirectory, s.timings)) } : {},
        ...base ? { base } : {},
        ...s.unusedValues ? { unusedValues: true } : {}
      });
      if (result.coverage) {
        const { writeCoverageFiles } = await import('./chunk-BD0AzTOH.js');
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

const chunkUYTKCDSV = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  coverageInput,
  run
}, Symbol.toStringTag, { value: 'Module' }));

export { DEFAULT_HELM_MIRROR as D, showValue as a, normalizeMirror as b, normalizeSha256 as c, diffCounts as d, escapeXml as e, formatDiff as f, binaryName as g, helmPlatform as h, archiveName as i, archiveUrl as j, archiveDir as k, binaryPathInArchive as l, checksumUrl as m, normalizeHelmVersion as n, parseSha256Sum as o, platformKey as p, chunkUYTKCDSV as q, showChange as s };
