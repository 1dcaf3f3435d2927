import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  SEVERITY_ORDER,
  globMatch
} from "./chunk-BST2SALO.js";

// src/result.ts
var GuardError = class extends Error {
};
function atOrAbove(sev, failOn) {
  if (failOn === "never") return false;
  return SEVERITY_ORDER[sev] <= SEVERITY_ORDER[failOn];
}
function level(f, rules, manifest) {
  const ignore = manifest?.object.metadata?.annotations?.["helm-guard.io/ignore"];
  if (typeof ignore === "string" && ignore.split(/[\s,]+/).some((id) => id === f.rule || id.endsWith("/*") && f.rule.startsWith(id.slice(0, -1))))
    return void 0;
  const s = rules[f.rule];
  if (!s) return f;
  let lv = s.severity;
  for (const r of s.resources ?? []) {
    if (r.kind && r.kind !== f.resource?.kind) continue;
    if (r.name && !globMatch(r.name, f.resource?.name ?? "")) continue;
    lv = r.severity;
    break;
  }
  if (lv === "off") return void 0;
  return lv ? { ...f, severity: lv } : f;
}

export {
  GuardError,
  atOrAbove,
  level
};
