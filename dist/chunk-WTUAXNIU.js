import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  sortFindings
} from "./chunk-P3PUUMFG.js";
import {
  VERSION
} from "./chunk-E7YEBDJ3.js";
import {
  ALL_RULES
} from "./chunk-MVWWROHK.js";
import "./chunk-ZHHGQAH2.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function formatSarif(r) {
  const used = new Set(r.findings.map((f) => f.rule));
  const rules = ALL_RULES.filter((x) => used.has(x.id));
  const index = new Map(rules.map((x, i) => [x.id, i]));
  const result = (f) => {
    const loc = f.location ?? { file: `${f.chart ?? r.chart}/Chart.yaml`, line: 1 };
    return {
      ruleId: f.rule,
      ...index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {},
      level: LEVEL[f.severity],
      message: { text: `${f.combo ? `[${f.combo}] ` : ""}${f.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: loc.file },
            region: { startLine: loc.line, ...loc.column ? { startColumn: loc.column } : {} }
          }
        }
      ],
      partialFingerprints: {
        "helm-guard/v1": `${f.rule}:${loc.file}:${f.resource?.kind ?? ""}/${f.resource?.name ?? ""}:${f.path ?? ""}`
      },
      properties: {
        combo: f.combo,
        ...f.resource ? { resource: f.resource } : {},
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
            informationUri: "https://github.com/certctl/helm-guard",
            rules: rules.map((x) => ({
              id: x.id,
              name: x.id.replace(/[/-](\w)/g, (_, ch) => ch.toUpperCase()),
              shortDescription: { text: x.description },
              defaultConfiguration: { level: LEVEL[x.severity] }
            }))
          }
        },
        results: sortFindings(r.findings).map(result)
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
export {
  formatSarif
};
