/**
 * helm lint's output as findings at the chart file and line each entry names. Its own module: loaded when
 * a lint has returned, with the error parser behind it, not at start-up.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Finding } from '../types.js';
import { helmErrorLocation, parseHelmError } from './errors.js';
import { readChartFile } from '../util/files.js';
import { repoPath } from '../util/paths.js';

/** Lines of a chart file, when it is safe to read (util/files.ts); none otherwise. */
function readLines(file: string, chartDir: string): string[] {
  return readChartFile(file, chartDir)?.split('\n') ?? [];
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
