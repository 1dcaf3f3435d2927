import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  DEFAULT_RELEASE,
  releaseData,
  releaseFor
} from "./chunk-KCI4Q5SZ.js";

// src/helm/args.ts
function valuesFileArg(path) {
  return /[",\r\n]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}
function escapeSetValue(v) {
  if (v === null) return "null";
  return String(v).replace(/\\/g, "\\\\").replace(/,/g, "\\,");
}
function valuesArgs(combo, inline) {
  const args = [];
  for (const f of [...combo.valuesFiles, ...inline?.get(combo) ?? []]) args.push("--values", valuesFileArg(f));
  for (const [k, v] of Object.entries(combo.set)) args.push("--set", `${k}=${escapeSetValue(v)}`);
  for (const [k, v] of Object.entries(combo.setString)) args.push("--set-string", `${k}=${escapeSetValue(v)}`);
  return args;
}
function kubeVersionOf(combo) {
  return combo.kubeVersion ?? `${DEFAULT_RELEASE}.0`;
}
function capabilities(combo, extra = []) {
  const served = releaseData(releaseFor(combo.kubeVersion).minor).served;
  return [.../* @__PURE__ */ new Set([...served, ...extra, ...combo.apiVersions])];
}
function templateArgs(config, combo, inline, extraApiVersions = []) {
  const args = [
    "template",
    combo.releaseName,
    config.chartDir,
    "--namespace",
    combo.namespace,
    ...valuesArgs(combo, inline)
  ];
  args.push("--kube-version", kubeVersionOf(combo));
  for (const a of capabilities(combo, extraApiVersions)) args.push("--api-versions", a);
  if (config.includeCrds) args.push("--include-crds");
  args.push("--debug");
  return args;
}
function lintArgs(config, combo, inline) {
  const args = ["lint", config.chartDir, "--namespace", combo.namespace, ...valuesArgs(combo, inline)];
  args.push("--kube-version", kubeVersionOf(combo));
  if (config.lint.strict) args.push("--strict");
  return args;
}

export {
  templateArgs,
  lintArgs
};
