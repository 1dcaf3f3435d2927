import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Location } from '../types.js';
import { filesBelow } from '../util/files.js';
import { repoPath } from '../util/paths.js';

const CHART_TEXT = /\.(ya?ml|tpl)$/;

/**
 * helm drops a resource whose helm.sh/hook names no known hook, and says so only on stderr:
 *   helm 3: `manifest_sorter.go:190: info: skipping unknown hook: "pre-instal"`
 *   helm 4: `level=INFO msg="skipping unknown hooks" hookTypes=pre-instal`
 */
export function unknownHooks(stderr: string): string[] {
  const out = new Set<string>();
  for (const m of stderr.matchAll(/skipping unknown hook: "([^"]*)"/g)) out.add(m[1]!);
  for (const m of stderr.matchAll(/skipping unknown hooks" hookTypes=("[^"]*"|\S+)/g))
    out.add(m[1]!.replace(/^"|"$/g, ''));
  return [...out];
}

/** Where the chart writes a helm.sh/hook annotation with this value (first match), repo-relative. */
export function locateHookAnnotation(chartDir: string, value: string, baseDir: string): Location | undefined {
  const first = value.split(',')[0]!.trim();
  for (const f of [
    ...filesBelow(join(chartDir, 'templates'), CHART_TEXT),
    ...filesBelow(join(chartDir, 'charts'), CHART_TEXT),
  ]) {
    const lines = readFileSync(f, 'utf8').split('\n');
    const i = lines.findIndex((l) => /["']?helm\.sh\/hook["']?\s*:/.test(l) && l.includes(first));
    if (i >= 0) return { file: repoPath(baseDir, f), line: i + 1, column: lines[i]!.search(/\S/) + 1 };
  }
  return undefined;
}
