import { isAbsolute, join } from 'node:path';
import type { Combo, GuardConfig, Scalar } from '../config/load.js';
import type { Finding } from '../types.js';
import { helmErrorLocation, parseHelmError } from './errors.js';
import { repoPath } from '../util/paths.js';

/** A --set value as helm's strvals parser reads it: backslash and comma escaped. */
export function escapeSetValue(v: Scalar): string {
  if (v === null) return 'null';
  return String(v).replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

/** Combo → where its inline values were written (a temporary file each), set by the guard before helm runs. */
export type InlineValuesFiles = ReadonlyMap<Combo, readonly string[]>;

function valuesArgs(combo: Combo, inline?: InlineValuesFiles): string[] {
  const args: string[] = [];
  for (const f of [...combo.valuesFiles, ...(inline?.get(combo) ?? [])]) args.push('--values', f);
  for (const [k, v] of Object.entries(combo.set)) args.push('--set', `${k}=${escapeSetValue(v)}`);
  for (const [k, v] of Object.entries(combo.setString)) args.push('--set-string', `${k}=${escapeSetValue(v)}`);
  return args;
}

/** argv for `helm template` of one combo; --debug makes helm print invalid YAML so it can be located. */
export function templateArgs(config: GuardConfig, combo: Combo, inline?: InlineValuesFiles): string[] {
  const args = [
    'template',
    combo.releaseName,
    config.chartDir,
    '--namespace',
    combo.namespace,
    ...valuesArgs(combo, inline),
  ];
  if (combo.kubeVersion) args.push('--kube-version', combo.kubeVersion);
  for (const a of combo.apiVersions) args.push('--api-versions', a);
  if (config.includeCrds) args.push('--include-crds');
  args.push('--debug');
  return args;
}

export function lintArgs(config: GuardConfig, combo: Combo, inline?: InlineValuesFiles): string[] {
  const args = ['lint', config.chartDir, '--namespace', combo.namespace, ...valuesArgs(combo, inline)];
  if (combo.kubeVersion) args.push('--kube-version', combo.kubeVersion);
  if (config.lint.strict) args.push('--strict');
  return args;
}

/**
 * `helm lint` prints `[ERROR] templates/x.yaml: message` / `[WARNING] …` / `[INFO] …` lines (paths relative
 * to the chart); a message may name `(chart/templates/x.yaml:LINE)`. INFO lines are not findings.
 */
export function parseLint(output: string, chartDir: string, baseDir: string, combo: string): Finding[] {
  const out: Finding[] = [];
  for (const line of output.split('\n')) {
    const m = /^\[(ERROR|WARNING)\]\s+([^:]*):\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    const [, level, where, message] = m as unknown as [string, string, string, string];
    const inner = parseHelmError(`Error: ${message}`);
    let location = helmErrorLocation(inner, chartDir, baseDir);
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
