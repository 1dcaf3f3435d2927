import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  helmErrorLocation,
  parseHelmError
} from "./chunk-DX5AYVJ6.js";
import "./chunk-FAZCAH6G.js";
import "./chunk-YFQ6HRQ2.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-NUCH56CP.js";
import "./chunk-6UMKCMP4.js";
import "./chunk-NMK5MUXU.js";
import "./chunk-QGXTLNCR.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";
import {
  readChartFile
} from "./chunk-CELDCD26.js";
import "./chunk-L5JN3MRU.js";
import "./chunk-V6OQQ5VZ.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-2AJFM67G.js";

// src/helm/lint.ts
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
function readLines(file, chartDir) {
  return readChartFile(file, chartDir)?.split("\n") ?? [];
}
function splitLintEntry(rest, chartDir) {
  const cuts = [];
  for (let i = rest.indexOf(": "); i >= 0 && cuts.length < 20; i = rest.indexOf(": ", i + 1)) cuts.push(i);
  if (rest.endsWith(":")) cuts.push(rest.length - 1);
  if (!cuts.length) return { where: "", message: rest.trim() };
  const exists = (w) => w.endsWith("/") || !isAbsolute(w) && !w.split("/").includes("..") && existsSync(join(chartDir, w));
  const cut = cuts.find((i) => exists(rest.slice(0, i))) ?? cuts[0];
  return { where: rest.slice(0, cut), message: rest.slice(cut + 1).trim() };
}
function parseLint(output, chartDir, baseDir, combo) {
  const out = [];
  const entries = [];
  for (const line of output.split("\n")) {
    if (/^\[(ERROR|WARNING|INFO)\]/.test(line.trim())) entries.push(line.trim());
    else if (/^\s+\S/.test(line) && entries.length && !/^==>/.test(line.trim()))
      entries[entries.length - 1] += `: ${line.trim()}`;
  }
  for (const entry of entries) {
    const m = /^\[(ERROR|WARNING)\]\s+(.*)$/.exec(entry);
    if (!m) continue;
    const level = m[1];
    const { where, message } = splitLintEntry(m[2], chartDir);
    const inner = parseHelmError(`Error: ${message}`);
    let location = helmErrorLocation(inner, chartDir, baseDir);
    const field = /unknown field "([^"]+)"/.exec(message)?.[1];
    if (!location && where === "Chart.yaml" && field) {
      const file = join(chartDir, "Chart.yaml");
      const at = readLines(file, chartDir).findIndex((l) => l.startsWith(`${field}:`));
      if (at >= 0) location = { file: repoPath(baseDir, file), line: at + 1 };
    }
    if (!location && where && !where.endsWith("/"))
      location = {
        file: repoPath(baseDir, isAbsolute(where) ? where : join(chartDir, where)),
        line: 1,
        approximate: true
      };
    out.push({
      severity: level === "ERROR" ? "error" : "warning",
      rule: level === "ERROR" ? "lint/error" : "lint/warning",
      combo,
      message: `helm lint: ${inner.kind === "other" ? message : inner.message}`,
      ...location ? { location } : {}
    });
  }
  return out;
}
export {
  parseLint
};
