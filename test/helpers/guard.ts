import { RULE_IDS } from '../../src/catalog.js';
import { loadConfig, type LoadOptions } from '../../src/config/load.js';
import { runGuard, type GuardResult } from '../../src/guard.js';
import type { Finding } from '../../src/types.js';
import { ROOT } from './helm.js';

/** Run the guard in-process on a chart directory or config file, paths relative to the repo root. */
export async function guard(
  helm: string,
  opts: Partial<LoadOptions> & { configPath?: string; chartDir?: string } = {},
): Promise<GuardResult> {
  const config = loadConfig({ cwd: ROOT, knownRules: RULE_IDS, ...opts });
  return runGuard({ config, helm, baseDir: ROOT });
}

/** `severity rule file:line combo` — the shape EXPECTED files use. */
export function key(f: Finding, withCombo = false): string {
  const at = f.location ? `${f.location.file}:${f.location.line}` : '-';
  return `${f.severity} ${f.rule} ${at}${withCombo && f.combo ? ` combo=${f.combo}` : ''}`;
}
