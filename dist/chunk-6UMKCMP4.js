import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  lex
} from "./chunk-NMK5MUXU.js";
import {
  filesBelow,
  readChartFile
} from "./chunk-CELDCD26.js";

// src/template/sources.ts
import { join, relative, sep } from "node:path";

// src/template/blocks.ts
var OPENERS = /* @__PURE__ */ new Set(["if", "range", "with", "define", "block"]);
function words(action) {
  return action.tokens.filter((t) => t.kind !== "space");
}
function unquote(tok) {
  if (!tok) return void 0;
  if (tok.kind === "raw") return tok.value.slice(1, -1);
  if (tok.kind !== "string") return void 0;
  try {
    return JSON.parse(tok.value);
  } catch {
    return tok.value.slice(1, -1);
  }
}
function structure(lexed) {
  const blocks = [];
  const issues = [];
  const stack = [];
  const plainElse = /* @__PURE__ */ new Set();
  for (const action of lexed.actions) {
    const w = words(action);
    const kw = w[0];
    if (kw?.kind !== "keyword") continue;
    const top = stack.at(-1);
    if (OPENERS.has(kw.value)) {
      if (kw.value === "define" && stack.length) issues.push({ kind: "nested-define", action, token: kw });
      const b = { keyword: kw.value, action, at: kw, elses: [] };
      if (kw.value === "define" || kw.value === "block") {
        const name = unquote(w[1]);
        if (name !== void 0) b.name = name;
      }
      if (top) b.parent = top;
      blocks.push(b);
      stack.push(b);
    } else if (kw.value === "else") {
      if (!top) issues.push({ kind: "stray-else", action, token: kw });
      else if (top.keyword === "define" || top.keyword === "block")
        issues.push({ kind: "else-in-define", action, token: kw });
      else {
        if (plainElse.has(top)) issues.push({ kind: "else-after-else", action, token: kw });
        top.elses.push(action);
        const chained = w[1]?.kind === "keyword" && (w[1].value === "if" || w[1].value === "with");
        if (!chained) plainElse.add(top);
      }
    } else if (kw.value === "end") {
      const b = stack.pop();
      if (!b) issues.push({ kind: "stray-end", action, token: kw });
      else b.end = action;
    } else if (kw.value === "break" || kw.value === "continue") {
      if (!stack.some((b) => b.keyword === "range"))
        issues.push({
          kind: kw.value === "break" ? "break-outside-range" : "continue-outside-range",
          action,
          token: kw
        });
    }
  }
  return { blocks, unclosed: stack, issues };
}

// src/template/sources.ts
var parsedCache = /* @__PURE__ */ new WeakMap();
var byText = /* @__PURE__ */ new Map();
var BY_TEXT_MAX = 4096;
function lexedText(text) {
  let hit = byText.get(text);
  if (!hit) {
    const lexed = lex(text);
    hit = { lexed, structure: structure(lexed) };
    if (byText.size >= BY_TEXT_MAX) byText.clear();
    byText.set(text, hit);
  }
  return hit;
}
function parsed(sources, path) {
  let m = parsedCache.get(sources);
  if (!m) parsedCache.set(sources, m = /* @__PURE__ */ new Map());
  const hit = m.get(path);
  if (hit !== void 0) return hit ?? void 0;
  const text = sources.read(path);
  let p = null;
  if (text !== void 0) p = { path, ...lexedText(text) };
  m.set(path, p);
  return p ?? void 0;
}
function chartPath(helmName) {
  const slash = helmName.indexOf("/");
  if (slash < 0) return void 0;
  const rel = helmName.slice(slash + 1);
  if (!rel || rel.startsWith("/") || rel.split("/").includes("..")) return void 0;
  return rel;
}
function chartSources(chartDir) {
  const texts = /* @__PURE__ */ new Map();
  let list;
  const rel = (abs) => relative(chartDir, abs).split(sep).join("/");
  return {
    read(p) {
      if (!texts.has(p)) {
        const ok = !p.startsWith("/") && !p.split("/").includes("..");
        texts.set(p, ok ? readChartFile(join(chartDir, p), chartDir) : void 0);
      }
      return texts.get(p);
    },
    list() {
      list ??= [
        ...filesBelow(join(chartDir, "templates"), /(?:)/, chartDir),
        // unpacked subcharts (a .tgz is not read): their templates share the define namespace
        ...filesBelow(join(chartDir, "charts"), /(?:)/, chartDir).filter((f) => /\/templates\//.test(rel(f)))
      ].map(rel).sort();
      return list;
    }
  };
}

export {
  words,
  unquote,
  structure,
  lexedText,
  parsed,
  chartPath,
  chartSources
};
