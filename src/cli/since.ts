/** `--since REF`: keep the charts with files changed since a git ref (and the charts that use them). */
import { chartsAffected } from '../charts/changed.js';
import type { GuardConfig } from '../config/load.js';
import { changedFiles, GitError, repoRoot, resolveCommit } from '../git/git.js';
import { GuardError } from '../result.js';
import { repoPath } from '../util/paths.js';

export async function changedConfigs(
  configs: GuardConfig[],
  ref: string,
  cwd: string,
): Promise<{ configs: GuardConfig[]; summary: string }> {
  try {
    const root = await repoRoot(cwd);
    const base = await resolveCommit(ref, cwd);
    const changed = await changedFiles(base, cwd);
    const affected = chartsAffected(
      configs.map((c) => ({
        dir: c.chartDir,
        // files outside the chart that decide its result: its config, values files, CRD files
        files: [...(c.file ? [c.file] : []), ...c.combos.flatMap((x) => x.valuesFiles), ...c.schemas.crds],
      })),
      changed,
      root,
    );
    const why = new Map(affected.map((a) => [a.dir, a.reasons]));
    const kept = configs.filter((c) => why.has(c.chartDir));
    const name = (c: GuardConfig) => repoPath(cwd, c.chartDir);
    const lines = [
      `helm-guard: ${kept.length} of ${configs.length} chart${configs.length === 1 ? '' : 's'} changed since ${ref} (${base.slice(0, 12)})${kept.length ? ':' : '; nothing to guard'}`,
      ...kept.map((c) => `  ${name(c)}: ${why.get(c.chartDir)!.join('; ')}`),
    ];
    const skipped = configs.filter((c) => !why.has(c.chartDir)).map(name);
    if (skipped.length) lines.push(`  unchanged, not guarded: ${skipped.join(', ')}`);
    return { configs: kept, summary: lines.join('\n') + '\n' };
  } catch (e) {
    if (e instanceof GitError) throw new GuardError(`--since ${ref}: ${e.message}`);
    throw e;
  }
}
