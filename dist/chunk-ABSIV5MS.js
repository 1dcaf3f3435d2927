import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  toCobertura,
  toLcov
} from "./chunk-5UFEZBWP.js";
import "./chunk-E7YEBDJ3.js";
import "./chunk-P7Z6ZVTC.js";
import "./chunk-2AJFM67G.js";

// src/coverage/files.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var COVERAGE_FILES = { lcov: "lcov.info", cobertura: "cobertura.xml" };
function writeCoverageFiles(results, dir, formats) {
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const f of [...new Set(formats)]) {
    const file = join(dir, COVERAGE_FILES[f]);
    writeFileSync(file, f === "lcov" ? results.map((r) => toLcov(r)).join("") : toCobertura(results));
    out.push(file);
  }
  return out;
}
export {
  COVERAGE_FILES,
  writeCoverageFiles
};
