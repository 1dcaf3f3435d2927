import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  repoPath,
  require_dist
} from "./chunk-VD5TZ5LG.js";
import {
  __toESM
} from "./chunk-2AJFM67G.js";

// src/cli/init.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/schema-url.ts
var CONFIG_SCHEMA_PATH = "src/config/config.schema.json";
var CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/certctl/helm-guard/main/${CONFIG_SCHEMA_PATH}`;

// src/cli/init.ts
function initialConfig(config, result, configDir) {
  const combos = result.combos.map((c, i) => {
    const src = config.combos[i];
    const entry = { name: c.name };
    if (src.valuesFiles.length) entry.valuesFiles = src.valuesFiles.map((f) => repoPath(configDir, f));
    const failed = c.findings.find((f) => f.rule === "render/failed");
    if (c.render === "failed" && failed) {
      entry.expect = { failure: failed.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") };
    } else if (c.render === "ok") {
      entry.expect = { kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => a.localeCompare(b))) };
    }
    return entry;
  });
  const doc = { chart: repoPath(configDir, config.chartDir), combos };
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# helm-guard configuration: the chart, its values combinations, and what each must render.",
    "# Written by `helm-guard --init` from what the chart renders now; edit freely.",
    "# Reference: https://github.com/certctl/helm-guard#configuration-helm-guardyaml",
    (0, import_yaml.stringify)(doc, { lineWidth: 0 }).trimEnd(),
    ""
  ].join("\n");
}
export {
  initialConfig
};
