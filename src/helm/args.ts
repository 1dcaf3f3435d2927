import type { Combo, GuardConfig, Scalar } from '../config/load.js';
import { DEFAULT_RELEASE, releaseData, releaseFor } from '../schemas/embedded.js';

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
