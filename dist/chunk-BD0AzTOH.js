import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { t as toLcov, a as toCobertura } from './chunk-BqiOYR4j.js';
import './chunk-start-start-DMJ4eMLv.js';
import './chunk-rare-start-C1Ew-AXv.js';
import './chunk-boot-BQAnIf4X.js';
import { mkdirSync, writeFileSync } from 'node:fs';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
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

export { COVERAGE_FILES, writeCoverageFiles };
