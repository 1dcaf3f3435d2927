import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Combo, GuardConfig, Scalar } from '../config/load.js';
import { DEFAULT_RELEASE, releaseData, releaseFor } from '../schemas/embedded.js';
import type { Finding } from '../types.js';
import { helmErrorLocation, parseHelmError } from './errors.js';
import { readChartFile } from '../util/files.js';
import { repoPath } from '../util/paths.js';

/** Lines of a chart file, when it is safe to read (util/files.ts); none otherwise. */
function readLines(file: string, chartDir: string): string[] {
  return readChartFile(file, chartDir)?.split('\n') ?? [];
}

/**
 * A values file path as `--values` takes it. helm reads the flag as a comma-separated list (CSV, in helm
 * 3 and 4 alike), so `a,b.yaml` would be two files: a path holding a comma or a quote is passed as one
 * quoted CSV field, which helm reads back as the path itself.
 */
export function valuesFileArg(path: string): string {
  return /[",\r\n]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}

/** A --set value as helm's strvals parser reads it: backslash and comma escaped. */
export function escapeSetValue(v: Scalar): string {
  if (v === null) return 'null';
  return String(v).replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

/** Combo → where its inline values were written (a temporary file each), set by the guard before helm runs. */
export type InlineValuesFiles = ReadonlyMap<Combo, readonly string[]>;

function valuesArgs(combo: Combo, inline?: InlineValuesFiles): string[] {
  const args: string[] = [];
  for (const f of [...combo.valuesFiles, ...(inline?.get(combo) ?? [])]) args.push('--values', valuesFileArg(f));
  for (const [k, v] of Object.entries(combo.set)) args.push('--set', `${k}=${escapeSetValue(v)}`);
  for (const [k, v] of Object.entries(combo.setString)) args.push('--set-string', `${k}=${escapeSetValue(v)}`);
  return args;
}

/** The Kubernetes version helm renders for: the combo's, else the newest release with a schema set. */
export function kubeVersionOf(combo: Combo): string {
  return combo.kubeVersion ?? `${DEFAULT_RELEASE}.0`;
}

/**
 * What `.Capabilities.APIVersions` holds on a cluster of the combo's Kubernetes version: every group/version
 * and group/version/kind it serves by default (helm's own default set lacks many), the combo's
 * `apiVersions`, and `extra` (the CRDs the config declares).
 */
export function capabilities(combo: Combo, extra: readonly string[] = []): string[] {
  const served = releaseData(releaseFor(combo.kubeVersion).minor).served;
  return [...new Set([...served, ...extra, ...combo.apiVersions])];
}

/** argv for `helm template` of one combo; --debug makes helm print invalid YAML so it can be located. */
export function templateArgs(
  config: GuardConfig,
  combo: Combo,
  inline?: InlineValuesFiles,
  extraApiVersions: readonly string[] = [],
): string[] {
  const args = [
    'template',
    combo.releaseName,
    config.chartDir,
    '--namespace',
    combo.namespace,
    ...valuesArgs(combo, inline),
  ];
  args.push('--kube-version', kubeVersionOf(combo));
  for (const a of capabilities(combo, extraApiVersions)) args.push('--api-versions', a);
  if (config.includeCrds) args.push('--include-crds');
  args.push('--debug');
  return args;
}

export function lintArgs(config: GuardConfig, combo: Combo, inline?: InlineValuesFiles): string[] {
  const args = ['lint', config.chartDir, '--namespace', combo.namespace, ...valuesArgs(combo, inline)];
  args.push('--kube-version', kubeVersionOf(combo));
  if (config.lint.strict) args.push('--strict');
  return args;
}

/**
 * `templates/x.yaml: message` → its two parts. helm joins them with ": ", and a file name may hold ':' (or
 * even ": "): the file is the first prefix that names a chart directory or an existing chart file.
 */
function splitLintEntry(rest: string, chartDir: string): { where: string; message: string } {
  const cuts: number[] = [];
  for (let i = rest.indexOf(': '); i >= 0 && cuts.length < 20; i = rest.indexOf(': ', i + 1)) cuts.push(i);
  if (rest.endsWith(':')) cuts.push(rest.length - 1);
  if (!cuts.length) return { where: '', message: rest.trim() };
  const exists = (w: string) =>
    w.endsWith('/') || (!isAbsolute(w) && !w.split('/').includes('..') && existsSync(join(chartDir, w)));
  const cut = cuts.find((i) => exists(rest.slice(0, i))) ?? cuts[0]!;
  return { where: rest.slice(0, cut), message: rest.slice(cut + 1).trim() };
}

/**
 * `helm lint` prints `[ERROR] templates/x.yaml: message` / `[WARNING] …` / `[INFO] …` lines (paths relative
 * to the chart); a message may name `(chart/templates/x.yaml:LINE)`. INFO lines are not findings.
 */
export function parseLint(output: string, chartDir: string, baseDir: string, combo: string): Finding[] {
  const out: Finding[] = [];
  // helm 4 prints the reason of some messages on the indented lines that follow
  const entries: string[] = [];
  for (const line of output.split('\n')) {
    if (/^\[(ERROR|WARNING|INFO)\]/.test(line.trim())) entries.push(line.trim());
    else if (/^\s+\S/.test(line) && entries.length && !/^==>/.test(line.trim()))
      entries[entries.length - 1] += `: ${line.trim()}`;
  }
  for (const entry of entries) {
    const m = /^\[(ERROR|WARNING)\]\s+(.*)$/.exec(entry);
    if (!m) continue;
    const level = m[1]!;
    const { where, message } = splitLintEntry(m[2]!, chartDir);
    const inner = parseHelmError(`Error: ${message}`);
    let location = helmErrorLocation(inner, chartDir, baseDir);
    // Chart.yaml: `unknown field "engine"` is at that key's line
    const field = /unknown field "([^"]+)"/.exec(message)?.[1];
    if (!location && where === 'Chart.yaml' && field) {
      const file = join(chartDir, 'Chart.yaml');
      const at = readLines(file, chartDir).findIndex((l) => l.startsWith(`${field}:`));
      if (at >= 0) location = { file: repoPath(baseDir, file), line: at + 1 };
    }
    if (!location && where && !where.endsWith('/'))
      location = {
        file: repoPath(baseDir, isAbsolute(where) ? where : join(chartDir, where)),
        line: 1,
        approximate: true,
      };
    out.push({
      severity: level === 'ERROR' ? 'error' : 'warning',
      rule: level === 'ERROR' ? 'lint/error' : 'lint/warning',
      combo,
      message: `helm lint: ${inner.kind === 'other' ? message : inner.message}`,
      ...(location ? { location } : {}),
    });
  }
  return out;
}
