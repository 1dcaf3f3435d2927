import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { v as checkOf, r as repoPath, a6 as ALL_RULES, a4 as readSource, o as outsideRepo, a7 as VERSION } from './chunk-start-start-DMJ4eMLv.js';
import { g as groupsOf, a as groupSpread, r as resourceName, c as chartWideLabel, l as locationNote } from './chunk-late-start-2SuRt19H.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/report/linehash.ts
var BLOCK = 100;
var MOD = 37n;
var MASK = (1n << 64n) - 1n;
var FIRST_MOD = MOD ** BigInt(BLOCK) & MASK;
function lineHashes(text) {
  const out = [];
  const window = new Array(BLOCK).fill(0);
  const lineAt = new Array(BLOCK).fill(-1);
  const seen = /* @__PURE__ */ new Map();
  let hash = 0n;
  let index = 0;
  let line = 0;
  let lineStart = true;
  let prevCR = false;
  const emit = () => {
    const hex = hash.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    out[lineAt[index] - 1] = `${hex}:${n}`;
    lineAt[index] = -1;
  };
  const update = (c) => {
    const begin = window[index];
    window[index] = c;
    hash = MOD * hash + BigInt(c) - FIRST_MOD * BigInt(begin) & MASK;
    index = (index + 1) % BLOCK;
  };
  const feed = (c) => {
    if (c === 32 || c === 9 || prevCR && c === 10) {
      prevCR = false;
      return;
    }
    if (c === 13) {
      c = 10;
      prevCR = true;
    } else prevCR = false;
    if (lineAt[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      lineAt[index] = ++line;
    }
    if (c === 10) lineStart = true;
    update(c);
  };
  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(65535);
  for (let i = 0; i < BLOCK; i++) {
    if (lineAt[index] !== -1) emit();
    update(0);
  }
  return out;
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var PROBLEM = { error: "error", warning: "warning", notice: "recommendation" };
var HOME = "https://github.com/certctl/helm-guard";
var SARIF_MAX_RESULTS = 25e3;
var MAX_NAMES = 100;
function precision(rule) {
  const check = checkOf(rule.id);
  if (check === "render" || check === "schema" || check === "assertions") return "very-high";
  if (check === "lint") return "high";
  return rule.severity === "error" ? "high" : "medium";
}
function descriptor(rule) {
  const sentence = rule.description.charAt(0).toUpperCase() + rule.description.slice(1);
  const full = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  const how = `Turn it off or re-level it in .helm-guard.yaml (\`rules: { ${rule.id}: off }\`, globally, per combo or per resource), or for one resource with the annotation \`helm-guard.io/ignore: ${rule.id}\`.`;
  const area = rule.id.slice(0, rule.id.indexOf("/"));
  return {
    id: rule.id,
    name: rule.id.replace(/[/-](\w)/g, (_, ch) => ch.toUpperCase()),
    shortDescription: { text: full.length > 1024 ? `${full.slice(0, 1021)}...` : full },
    fullDescription: { text: full.length > 1024 ? `${full.slice(0, 1021)}...` : full },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    help: {
      text: `${full}

${how.replace(/`/g, "")}

Every rule: ${HOME}#rules`,
      markdown: `**${rule.id}** (default: ${rule.severity}): ${full}

${how}

[Every rule](${HOME}#rules)`
    },
    helpUri: `${HOME}#rules`,
    properties: {
      precision: precision(rule),
      "problem.severity": PROBLEM[rule.severity],
      tags: ["helm", "kubernetes", checkOf(rule.id), ...area !== checkOf(rule.id) ? [area] : []]
    }
  };
}
function sarifCategory(r, ctx) {
  if (ctx.sarifCategory) return ctx.sarifCategory.endsWith("/") ? ctx.sarifCategory : `${ctx.sarifCategory}/`;
  const asked = ctx.scope !== void 0 ? ctx.scope.split(",") : r.charts;
  const scope = asked.map((p) => p ? repoPath(ctx, p) : ".").join(",").replace(/[^\w./,*+-]/g, "_");
  const major = /^v?(\d+)/.exec(r.helm.version)?.[1] ?? "x";
  return `helm-guard/${scope || "."}/helm${major}${r.shard ? `-shard-${r.shard.index}-of-${r.shard.total}` : ""}/`;
}
function formatSarif(r, ctx, maxResults = SARIF_MAX_RESULTS) {
  const groups = groupsOf(r);
  const kept = groups.slice(0, maxResults);
  const used = new Set(kept.map((g) => g.rule));
  const rules = ALL_RULES.filter((x) => used.has(x.id));
  const known = new Set(rules.map((x) => x.id));
  for (const id of used) if (!known.has(id)) rules.push({ id, severity: "error", description: id });
  const index = new Map(rules.map((x, i) => [x.id, i]));
  const hashes = /* @__PURE__ */ new Map();
  const hashOf = (file, line) => {
    if (!hashes.has(file)) {
      const text = readSource(ctx, file);
      hashes.set(file, text === void 0 ? void 0 : lineHashes(text));
    }
    return hashes.get(file)?.[line - 1];
  };
  const several = r.charts.length > 1;
  const result = (g) => {
    const f = g.first;
    const file = g.location && g.location.line >= 1 ? g.location.file : `${f.chart ?? r.chart}/Chart.yaml`;
    const line = g.location && g.location.line >= 1 ? g.location.line : 1;
    const uri = repoPath(ctx, file);
    const combos = g.combos.filter((c) => c.combo);
    const spread = groupSpread(g, { charts: several });
    const res = g.resources.length === 1 ? resourceName(f) : "";
    const where = combos.length === 1 ? `in ${combos[0].combo}` : combos.length ? "" : chartWideLabel(g.rule);
    const notes = [where, spread].filter(Boolean).join("; ");
    const hash = hashOf(file, line);
    return {
      ruleId: g.rule,
      ruleIndex: index.get(g.rule),
      level: LEVEL[g.severity],
      message: { text: `${res ? `${res}: ` : ""}${g.message}${locationNote(f)}${notes ? ` (${notes})` : ""}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: outsideRepo(uri) ? { uri: pathToFileURL(uri).href } : { uri, uriBaseId: "%SRCROOT%" },
            region: {
              startLine: line,
              ...g.location?.column && g.location.column >= 1 ? { startColumn: g.location.column } : {}
            }
          }
        }
      ],
      ...hash ? { partialFingerprints: { primaryLocationLineHash: hash } } : {},
      properties: {
        chart: f.chart ?? r.chart,
        combos: combos.slice(0, MAX_NAMES).map((c) => c.combo),
        comboCount: combos.length,
        resources: g.resources.slice(0, MAX_NAMES).map((x) => `${x.apiVersion} ${x.kind} ${x.namespace ? `${x.namespace}/` : ""}${x.name ?? ""}`.trim()),
        resourceCount: g.resources.length,
        occurrences: g.findings.length,
        ...f.path ? { path: f.path } : {}
      }
    };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "helm-guard",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOME,
            rules: rules.map(descriptor)
          }
        },
        automationDetails: { id: sarifCategory(r, ctx) },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(ctx.repoRoot).href.replace(/\/?$/, "/")}` } },
        results: kept.map(result),
        properties: {
          helm: r.helm.version,
          result: r.result,
          failOn: r.failOn,
          findings: groups.length,
          occurrences: r.findings.length,
          ...kept.length < groups.length ? {
            truncated: `${groups.length - kept.length} of ${groups.length} results left out (the least severe): an upload may hold at most ${maxResults}; the JSON report has them all`
          } : {}
        }
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

export { SARIF_MAX_RESULTS, formatSarif, sarifCategory };
