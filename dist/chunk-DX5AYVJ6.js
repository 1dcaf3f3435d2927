import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  sourceToFile
} from "./chunk-FAZCAH6G.js";
import {
  closest
} from "./chunk-GJH7LCT5.js";
import {
  readHelmTemplateError
} from "./chunk-NUCH56CP.js";
import {
  chartPath,
  chartSources,
  parsed,
  unquote,
  words
} from "./chunk-6UMKCMP4.js";
import {
  goQuote
} from "./chunk-NMK5MUXU.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";
import {
  readChartFile
} from "./chunk-CELDCD26.js";
import {
  collapseLineBreaks
} from "./chunk-L5JN3MRU.js";

// src/helm/errors.ts
import { join } from "node:path";

// src/template/defines.ts
var indexCache = /* @__PURE__ */ new WeakMap();
function defineIndex(sources) {
  let idx = indexCache.get(sources);
  if (idx) return idx;
  idx = /* @__PURE__ */ new Map();
  for (const file of sources.list()) {
    const p = parsed(sources, file);
    if (!p) continue;
    for (const b of p.structure.blocks)
      if ((b.keyword === "define" || b.keyword === "block") && b.name !== void 0)
        idx.set(b.name, { name: b.name, file, block: b, source: p });
  }
  indexCache.set(sources, idx);
  return idx;
}
function callsIn(action) {
  const w = words(action);
  const out = [];
  for (let i = 0; i < w.length; i++) {
    const t = w[i];
    const via = t.kind === "identifier" && t.value === "include" ? "include" : t.kind === "keyword" && t.value === "template" ? "template" : void 0;
    const name = via && unquote(w[i + 1]);
    if (via && name !== void 0) out.push({ via, name, token: t, action });
  }
  return out;
}
function actionsInside(p, b) {
  const from = b.action.open.start;
  const to = b.end ? b.end.open.start : p.lexed.text.length;
  return p.lexed.actions.filter((a) => a.open.start > from && a.open.start < to);
}
function actionAt(p, offset) {
  return p.lexed.actions.find((a) => a.open.start <= offset && offset < (a.close ?? a.tokens.at(-1) ?? a.open).end);
}
function findFailureCall(sources, defineName, message) {
  const idx = defineIndex(sources);
  const hits = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [defineName];
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const d = idx.get(name);
    if (!d) continue;
    for (const a of actionsInside(d.source, d.block)) {
      const w = words(a);
      for (let i = 0; i < w.length; i++) {
        const t = w[i];
        if (t.kind === "identifier" && (t.value === "required" || t.value === "fail") && unquote(w[i + 1]) === message)
          hits.push({ define: d, token: t });
      }
      for (const c of callsIn(a)) queue.push(c.name);
    }
  }
  return hits;
}
function topLevelTemplateCalls(sources, name) {
  const out = [];
  for (const file of sources.list()) {
    if (file.split("/").pop().startsWith("_")) continue;
    const p = parsed(sources, file);
    if (!p) continue;
    const defines = p.structure.blocks.filter((b) => b.keyword === "define");
    for (const a of p.lexed.actions) {
      if (defines.some((d) => a.open.start > d.action.open.start && (!d.end || a.open.start < d.end.open.start)))
        continue;
      for (const c of callsIn(a)) if (c.via === "template" && c.name === name) out.push({ file, call: c, source: p });
    }
  }
  return out;
}
function closestDefine(sources, name) {
  if (name.length > 200) return void 0;
  return closest(
    name,
    [...defineIndex(sources).keys()].filter((d) => d.length <= 200)
  );
}

// src/template/functions.ts
var names = (s) => s.split(/\s+/).filter(Boolean);
var GO_BUILTINS = names(`
  and call html index slice js len not or print printf println urlquery eq ge gt le lt ne
`);
var SPRIG_FUNCTIONS = names(`
  abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base
  bcrypt biggest buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date
  dateInZone dateModify date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword dict dig
  dir div divf duration durationRound empty encryptAES ext fail first float64 floor fromJson genCA genCAWithKey
  genPrivateKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName
  has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd indent initial initials int int64 isAbs
  join kebabcase keys kindIs kindOf last list lower max maxf merge mergeOverwrite min minf mod mul mulf
  mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial
  mustLast mustMerge mustMergeOverwrite mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch
  mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate
  mustToJson mustToPrettyJson mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit
  osBase osClean osDir osExt osIsAbs pick pluck plural prepend push quote randAlpha randAlphaNum randAscii
  randBytes randInt randNumeric regexFind regexFindAll regexMatch regexQuoteMeta regexReplaceAll
  regexReplaceAllLiteral regexSplit repeat replace rest reverse round semver semverCompare seq set sha1sum
  sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase
  ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll trimPrefix
  trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper
  urlJoin urlParse uuidv4 values without wrap wrapWith
`);
var HELM_FUNCTIONS = names(`
  toToml toYaml fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup fail getHostByName
`);
var HELM_LATER_FUNCTIONS = {
  fromToml: "helm 3.17",
  toYamlPretty: "helm 3.17",
  mustToYaml: "helm 4.0"
};
var ALL_FUNCTIONS = /* @__PURE__ */ new Set([
  ...GO_BUILTINS,
  ...SPRIG_FUNCTIONS,
  ...HELM_FUNCTIONS,
  ...Object.keys(HELM_LATER_FUNCTIONS)
]);

// src/template/parse-error.ts
function locateTemplateError(helmText, sources) {
  const e = readHelmTemplateError(helmText);
  if (!e) return void 0;
  return e.kind === "parse" ? placeParseError(e, sources) : placeExecError(e, sources);
}
var LEXICAL = [
  [/^unclosed action$/, "unclosed-action"],
  [/^unterminated quoted string$/, "unterminated-string"],
  [/^unterminated raw quoted string$/, "unterminated-raw-string"],
  [/^unterminated character constant$/, "unterminated-char"],
  [/^unclosed comment$/, "unclosed-comment"],
  [/^comment ends before closing delimiter$/, "comment-delimiter"],
  [/^unclosed left paren$/, "unclosed-paren"],
  [/^unexpected right paren/, "unexpected-paren"],
  [/^bad character U\+/, "bad-character"],
  [/^unrecognized character in action: /, "unrecognized-character"],
  [/^expected :=$/, "expected-declare"]
];
var LEXICAL_HINT = {
  "unclosed-action": "this {{ has no closing }}",
  "unterminated-string": "the string that starts here does not end on its line",
  "unterminated-raw-string": "the raw string (backquote) that starts here never ends",
  "unterminated-char": "the ' that starts here does not end on its line (a string needs double quotes)",
  "unclosed-comment": "this {{/* has no */}}",
  "comment-delimiter": `a comment's */ must be followed directly by }} (or " -}}")`,
  "unclosed-paren": "this ( has no )",
  "unexpected-paren": "this ) has no ("
};
var STRUCTURAL = [
  [
    /^unexpected \{\{end\}\}/,
    ["stray-end"],
    "stray-end",
    "no {{ if }}, {{ range }}, {{ with }}, {{ define }} or {{ block }} is open here"
  ],
  [
    /^unexpected \{\{else\}\}/,
    ["stray-else", "else-in-define"],
    "stray-else",
    "no {{ if }}, {{ with }} or {{ range }} is open here"
  ],
  [
    /^expected end; found \{\{else\}\}/,
    ["else-after-else"],
    "else-after-else",
    "this block already had its {{ else }}"
  ],
  [/^\{\{break\}\} outside \{\{range\}\}/, ["break-outside-range"], "break-outside-range", ""],
  [/^\{\{continue\}\} outside \{\{range\}\}/, ["continue-outside-range"], "break-outside-range", ""]
];
function pick(p, line, candidates) {
  const hit = candidates.find((c) => c.lines.some((o) => p.lexed.lines.helmLines(o).includes(line)));
  return hit ?? (candidates.length === 1 ? candidates[0] : void 0);
}
function goItem(t) {
  if (t.kind === "keyword" || t.kind === "dot") return `<${t.value}>`;
  const chars = [...t.value];
  return chars.length > 10 ? `${goQuote(chars.slice(0, 10).join(""))}...` : goQuote(t.value);
}
function actionTokens(p) {
  return p.lexed.actions.flatMap((a) => a.tokens);
}
function blockLabel(b) {
  return b.name !== void 0 ? `{{ ${b.keyword} ${goQuote(b.name)} }}` : `{{ ${b.keyword} }}`;
}
function missingClose(p, offset) {
  const a = actionAt(p, offset);
  if (!a) return void 0;
  const lines = p.lexed.lines;
  if (lines.line(offset) === lines.line(a.open.start)) return void 0;
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++)
    if (t[i].value === "{" && t[i + 1].value === "{" && t[i + 1].start === t[i].end) return a;
  if (a.close) return void 0;
  const text = p.lexed.text;
  const from = t.at(-1)?.end ?? a.open.end;
  const close = text.indexOf("}}", from);
  const open = text.indexOf("{{", from);
  return open >= 0 && (close < 0 || open < close) ? a : void 0;
}
var MAX_SUGGEST = 100;
function functionHint(name) {
  const later = HELM_LATER_FUNCTIONS[name];
  if (later) return `: it came with ${later}, newer than the helm that rendered`;
  const near = name.length <= MAX_SUGGEST ? closest(name, ALL_FUNCTIONS) : void 0;
  return near ? `; did you mean ${goQuote(near)}?` : "";
}
function placeParseError(e, sources) {
  const file = chartPath(e.file);
  if (!file) return void 0;
  const helm = { file, line: e.line ?? 1 };
  const kept = (message = `template parse error: ${e.message}`, cause = "other") => ({
    file,
    line: helm.line,
    message,
    cause,
    basis: "helm",
    helm,
    related: [],
    ...e.line === void 0 ? { approximate: true } : {}
  });
  const p = parsed(sources, file);
  if (!p || e.line === void 0) return kept();
  const line = e.line;
  const lines = p.lexed.lines;
  const at = (offset, message, cause) => ({
    file,
    line: lines.line(offset),
    column: lines.column(offset),
    message,
    cause,
    basis: "source",
    helm,
    related: []
  });
  const k = e.message.lastIndexOf(" started at ");
  const startedLine = k < 0 ? "" : e.message.slice(e.message.lastIndexOf(":") + 1);
  const started = k >= 0 && e.message.lastIndexOf(":") > k && /^\d+$/.test(startedLine);
  const core = started ? e.message.slice(0, k).replace(/ in action$/, "") : e.message;
  const actionLine = started ? Number(startedLine) : void 0;
  const err = p.lexed.error;
  let lexKind = LEXICAL.find(([re]) => re.test(core))?.[1];
  if (!lexKind && err?.kind === "bad-number" && err.message.endsWith(core)) lexKind = "bad-number";
  if (lexKind) {
    const ok = err?.kind === lexKind && lines.helmLines(err.reported).includes(line) && (actionLine === void 0 || lines.helmLines(err.action).includes(actionLine));
    if (!ok) return kept(void 0, lexKind === "unclosed-action" ? "unclosed-action" : "lexical");
    const hint = LEXICAL_HINT[lexKind];
    return at(
      err.at,
      `template parse error: ${hint ? `${core}: ${hint}` : err.message}`,
      lexKind === "unclosed-action" ? "unclosed-action" : "lexical"
    );
  }
  const { structure } = p;
  if (core === "unexpected EOF") {
    const open = structure.unclosed;
    if (!open.length || err || !lines.helmLines(p.lexed.text.length).includes(line)) return kept();
    const b = open.at(-1);
    const others = open.slice(0, -1).map((o) => `${blockLabel(o)} at line ${lines.line(o.at.start)}`);
    return at(
      b.at.start,
      `template parse error: unexpected EOF: this ${blockLabel(b)} has no {{ end }}${others.length ? ` (also open: ${others.join(", ")})` : ""}`,
      "unclosed-block"
    );
  }
  for (const [re, kinds, cause, hint] of STRUCTURAL) {
    if (!re.test(core)) continue;
    const issue = pick(
      p,
      line,
      structure.issues.filter((i) => kinds.includes(i.kind)).map((i) => ({ lines: [i.token.start, (i.action.close ?? i.action.open).start], at: i.token.start }))
    );
    if (!issue) return kept(void 0, cause);
    return at(issue.at, `template parse error: ${core}${hint ? `: ${hint}` : ""}`, cause);
  }
  const tokens = actionTokens(p);
  let found;
  let m;
  if (m = /^function "(.+)" not defined$/.exec(core)) {
    const name = m[1];
    const c = pick(
      p,
      line,
      tokens.filter((t) => t.kind === "identifier" && t.value === name).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept(`template parse error: ${core}${functionHint(name)}`, "undefined-function");
    found = { at: c.at, message: `template parse error: ${core}${functionHint(name)}`, cause: "undefined-function" };
  } else if (m = /^undefined variable "(.+)"$/.exec(core)) {
    const name = m[1];
    const uses = [];
    for (const a of p.lexed.actions) {
      const w = words(a);
      w.forEach((t, i) => {
        if (t.kind === "variable" && t.value === name && w[i + 1]?.kind !== "declare")
          uses.push({ lines: [t.start], at: t.start });
      });
    }
    const c = pick(p, line, uses);
    if (!c) return kept(void 0, "undefined-variable");
    found = {
      at: c.at,
      message: `template parse error: ${core}: declare it with := first (a variable lives until the end of its block)`,
      cause: "undefined-variable"
    };
  } else if (m = /^unexpected (<[^>\n]+>|"(?:[^"\\\n]|\\.)*"(?:\.\.\.)?) in /.exec(core)) {
    const item = m[1];
    const c = pick(
      p,
      line,
      tokens.filter((t) => goItem(t) === item).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept(void 0, "unexpected-token");
    const hint = item === '"}"' ? ': an action closed with "}" instead of "}}"' : "";
    found = { at: c.at, message: `template parse error: ${core}${hint}`, cause: "unexpected-token" };
  } else if (m = /^missing value for (\w+)$/.exec(core)) {
    const what = m[1];
    const c = pick(
      p,
      line,
      p.lexed.actions.filter((a) => {
        const w = words(a);
        return what === "command" ? w.length === 0 : w.length === 1 && w[0].value === what;
      }).map((a) => ({ lines: [a.open.start, (a.close ?? a.open).start], at: words(a)[0]?.start ?? a.open.start }))
    );
    if (!c) return kept(void 0, "missing-value");
    found = { at: c.at, message: `template parse error: ${core}`, cause: "missing-value" };
  } else if (/^"(?:[^"\\\n]|\\.)*"$/.test(core)) {
    const c = pick(
      p,
      line,
      tokens.filter((t) => goQuote(t.value) === core).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept();
    found = { at: c.at, message: `template parse error: ${core} is not valid here`, cause: "unexpected-token" };
  }
  if (!found) return kept();
  const unclosed = missingClose(p, found.at);
  if (unclosed)
    return at(
      unclosed.open.start,
      `template parse error: unclosed action: this {{ has no closing }} (helm: ${e.message}, line ${line})`,
      "unclosed-action"
    );
  return at(found.at, found.message, found.cause);
}
function charColumn(p, line, byteColumn) {
  const text = p?.lexed.lines.lineText(line);
  if (text === void 0) return byteColumn + 1;
  const bytes = Buffer.from(text, "utf8");
  if (byteColumn > bytes.length) return byteColumn + 1;
  return [...bytes.subarray(0, byteColumn).toString("utf8")].length + 1;
}
function frameHere(sources, f) {
  const file = chartPath(f.file);
  if (!file) return void 0;
  return { file, line: f.line, column: charColumn(parsed(sources, file), f.line, f.byteColumn) };
}
var show = (p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ""}`;
function execMessage(message, sources) {
  let m = /^error calling include: template: no template "((?:[^"\\]|\\.)*)" associated with template "[^"]*"$/.exec(
    message
  );
  if (m) {
    const near = closestDefine(sources, m[1]);
    return {
      message: `error calling include: no define named ${goQuote(m[1])} in the chart${near ? `; did you mean ${goQuote(near)}?` : ""}`,
      cause: "undefined-define"
    };
  }
  m = /^template "((?:[^"\\]|\\.)*)" not defined$/.exec(message);
  if (m) {
    const near = closestDefine(sources, m[1]);
    return {
      message: `template ${goQuote(m[1])} not defined: no define of that name in the chart${near ? `; did you mean ${goQuote(near)}?` : ""}`,
      cause: "undefined-define"
    };
  }
  return { message, cause: "execution" };
}
function offsetOf(p, line, column) {
  const start = p.lexed.lines.lineStart(line);
  const text = p.lexed.lines.lineText(line);
  if (start === void 0 || text === void 0) return void 0;
  const chars = [...text].slice(0, column - 1);
  return start + chars.join("").length;
}
function placeExecError(e, sources) {
  const top = e.frames[0];
  const here = frameHere(sources, top);
  if (!here) return void 0;
  const helm = { ...here };
  const described = execMessage(e.message, sources);
  const related = [];
  const note = (place2, text) => related.push({ ...place2, note: text });
  e.frames.slice(1).forEach((f, i, inner) => {
    const p2 = frameHere(sources, f);
    if (p2) note(p2, `${i === inner.length - 1 ? "in" : "included by"} define ${goQuote(f.executing ?? "")}`);
  });
  related.reverse();
  let define = e.frames.length > 1 ? e.frames.at(-1).executing : void 0;
  const p = parsed(sources, here.file);
  if (e.form === "execution" && p && here.column !== void 0) {
    const offset = offsetOf(p, here.line, here.column);
    const a = offset === void 0 ? void 0 : actionAt(p, offset);
    const inc = a ? callsIn(a).find((c) => c.via === "include") : void 0;
    const hits = inc ? findFailureCall(sources, inc.name, e.message) : [];
    if (hits.length === 1) {
      const h = hits[0];
      const lines = h.define.source.lexed.lines;
      note(
        { file: h.define.file, line: lines.line(h.token.start), column: lines.column(h.token.start) },
        `${h.token.value} in define ${goQuote(h.define.name)}`
      );
      define = h.define.name;
    }
  }
  let place = here;
  let basis = "helm";
  if (top.executing !== void 0 && top.executing !== top.file && defineIndex(sources).has(top.executing)) {
    const calls = topLevelTemplateCalls(sources, top.executing);
    if (calls.length === 1) {
      const c = calls[0];
      const lines = c.source.lexed.lines;
      place = { file: c.file, line: lines.line(c.call.token.start), column: lines.column(c.call.token.start) };
      basis = "source";
      note(here, `${e.frames.length > 1 ? "included by" : "in"} define ${goQuote(top.executing)}`);
      define ??= top.executing;
    }
  }
  const at = e.frames.at(-1).at;
  const context = [
    ...at && described.cause === "execution" ? [`at <${at.length > 120 ? `${at.slice(0, 120)}…` : at}>`] : [],
    ...related.length ? [related.map((r) => `${r.note} at ${show(r)}`).join(", ")] : []
  ];
  const message = context.length ? `${described.message} (${context.join("; ")})` : described.message;
  return {
    ...place,
    message,
    cause: described.cause,
    basis,
    helm,
    related,
    ...define !== void 0 ? { define } : {}
  };
}

// src/helm/errors.ts
var EXEC = /execution error at \(([^()\n]+?):(\d+):(\d+)\): ([\s\S]*)$/;
var PARSE = /parse error at \(([^()\n]+?):(\d+)\): ([\s\S]*)$/;
var TEMPLATE3 = /template: (\S+?):(\d+):(\d+): ([\s\S]*)$/;
var TEMPLATE4 = /^(\S+?\.(?:ya?ml|tpl|txt|json)):(\d+):(\d+)(?:\s*\n|: )([\s\S]*)$/;
var YAMLERR = /YAML parse error on (\S+?): ([\s\S]*)$/;
function helmErrorText(stderr) {
  const i = stderr.search(/^Error: /m);
  let text = i >= 0 ? stderr.slice(i + "Error: ".length) : stderr;
  const debug = text.search(/^[\w.-]+\.go:\d+: /m);
  if (debug >= 0) text = text.slice(0, debug);
  const hint = "Use --debug flag to render out invalid YAML";
  text = text.trimEnd();
  if (text.endsWith(hint) && text.slice(0, -hint.length).endsWith("\n")) text = text.slice(0, -hint.length);
  return text.trim();
}
function parseHelmError(stderr, signal) {
  const text = helmErrorText(stderr);
  if (signal && !/^Error: /m.test(stderr)) {
    const hint = signal === "SIGKILL" ? " (often the system running out of memory)" : signal === "SIGSEGV" ? " (a crash)" : "";
    const said = collapseLineBreaks(text).slice(0, 500);
    return {
      kind: "other",
      message: `helm was killed by signal ${signal}${hint}${said ? `; it printed: ${said}` : ""}`
    };
  }
  let m = EXEC.exec(text);
  if (m) return { kind: "execution", source: m[1], line: +m[2], column: +m[3], message: m[4].trim(), text };
  m = PARSE.exec(text);
  if (m) return { kind: "parse", source: m[1], line: +m[2], message: `template parse error: ${m[3].trim()}`, text };
  m = TEMPLATE3.exec(text) ?? TEMPLATE4.exec(text);
  if (m)
    return {
      kind: "template",
      source: m[1],
      line: +m[2],
      column: +m[3],
      message: collapseLineBreaks(m[4]).trim(),
      text
    };
  m = YAMLERR.exec(text);
  if (m) return { kind: "yaml", source: m[1], message: m[2].replace(/^error converting YAML to JSON: /, "").trim() };
  m = /(?:missing in charts\/ directory|chart directory is missing these dependencies): (.+)$/m.exec(text);
  if (m)
    return {
      kind: "dependencies",
      message: `dependencies in Chart.yaml are not in charts/: ${m[1].trim()} (run helm dependency build, and commit charts/ or build it in CI before the guard)`,
      source: m[1].split(",")[0].trim()
    };
  if (/values don't meet the specifications of the schema/.test(text)) return valuesSchemaError(text);
  return { kind: "other", message: collapseLineBreaks(text) || "helm failed without a message" };
}
function valuesSchemaError(text) {
  const sections = [];
  for (const raw of text.split("\n").slice(1)) {
    const line = raw.trim();
    if (!line) continue;
    const chart = /^([\w.-]+):$/.exec(raw);
    if (chart) {
      sections.push({ chart: chart[1], reasons: [] });
      continue;
    }
    if (!sections.length) sections.push({ chart: "", reasons: [] });
    sections[sections.length - 1].reasons.push(line.replace(/^- /, ""));
  }
  const parts = sections.filter((x) => x.reasons.length).map((x, i) => `${i > 0 && x.chart ? `${x.chart}: ` : ""}${x.reasons.join("; ")}`);
  return {
    kind: "values-schema",
    message: `the values do not meet values.schema.json: ${parts.join("; ") || "helm gave no reason"}`
  };
}
function valuesSchemaLocation(message, chartDir, baseDir) {
  const m = /: (?:at '\/([^']*)'|([\w.-]+):)/.exec(message);
  const prop = (m?.[1] ?? m?.[2] ?? "").split(/[/.]/).filter(Boolean).pop();
  return lineInChartFile(chartDir, "values.schema.json", prop ? `"${prop}"` : void 0, baseDir);
}
function lineInChartFile(chartDir, name, needle, baseDir) {
  const file = join(chartDir, name);
  const shown = repoPath(baseDir, file);
  const text = needle !== void 0 ? readChartFile(file, chartDir) : void 0;
  if (text !== void 0) {
    const lines = text.split("\n");
    const i = lines.findIndex((l) => typeof needle === "string" ? l.includes(needle) : needle.test(l));
    if (i >= 0) return { file: shown, line: i + 1, column: lines[i].search(/\S/) + 1 };
  }
  return { file: shown, line: 1, approximate: true };
}
function helmErrorLocation(e, chartDir, baseDir) {
  if (e.kind === "values-schema") return valuesSchemaLocation(e.message, chartDir, baseDir);
  if (e.kind === "dependencies")
    return lineInChartFile(
      chartDir,
      "Chart.yaml",
      // the name is the chart's text: a literal in the pattern
      new RegExp(`name:\\s*["']?${(e.source ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']?\\s*$`),
      baseDir
    );
  if (e.text && (e.kind === "parse" || e.kind === "execution" || e.kind === "template")) {
    const loc2 = templateErrorLocation(e, chartDir, baseDir);
    if (loc2) return loc2;
  }
  if (!e.source) return void 0;
  const abs = sourceToFile(e.source, chartDir);
  if (!abs) return void 0;
  const loc = { file: repoPath(baseDir, abs), line: e.line ?? 1 };
  if (e.column !== void 0 && e.line) {
    const text = readChartFile(abs, chartDir)?.split("\n")[e.line - 1];
    loc.column = text === void 0 ? e.column + 1 : Buffer.from(text).subarray(0, e.column).toString("utf8").length + 1;
  }
  if (!e.line) loc.approximate = true;
  return loc;
}
function templateErrorLocation(e, chartDir, baseDir) {
  const place = locateTemplateError(e.text, chartSources(chartDir));
  if (!place) return void 0;
  e.message = place.message;
  const loc = { file: repoPath(baseDir, join(chartDir, place.file)), line: place.line };
  if (place.column) loc.column = place.column;
  if (place.approximate) loc.approximate = true;
  if (place.define !== void 0) loc.via = place.define;
  return loc;
}

export {
  helmErrorText,
  parseHelmError,
  helmErrorLocation
};
