import type { Location } from '../types.js';
import { sourceToFile } from '../manifests/parse.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../util/paths.js';

/** One error helm printed, with the template position it names (if any). */
export interface HelmError {
  kind: 'execution' | 'parse' | 'template' | 'yaml' | 'values-schema' | 'dependencies' | 'other';
  message: string;
  /** `<chart>/templates/x.yaml` as helm names it. */
  source?: string;
  line?: number;
  column?: number;
}

// Formats, as printed by helm 3.16 and 4.1:
//   Error: execution error at (c/templates/x.yaml:2:4): <message from fail/required>
//   Error: parse error at (c/templates/x.yaml:5): unexpected "}" in operand
//   Error: template: c/templates/x.yaml:8:13: executing "c/templates/x.yaml" at <.Values.a.b>: nil pointer …   (helm 3)
//   Error: c/templates/x.yaml:8:13\n  executing "c/templates/x.yaml" at <.Values.a.b>:\n    nil pointer …  (helm 4)
//   Error: YAML parse error on c/templates/x.yaml: error converting YAML to JSON: yaml: line 7: …
//   Error: values don't meet the specifications of the schema(s) in the following chart(s): …
const EXEC = /execution error at \(([^():]+):(\d+):(\d+)\): ([\s\S]*)$/;
const PARSE = /parse error at \(([^():]+):(\d+)\): ([\s\S]*)$/;
const TEMPLATE3 = /template: ([^\s:]+):(\d+):(\d+): ([\s\S]*)$/;
const TEMPLATE4 = /^([^\s:]+\.(?:ya?ml|tpl|txt|json)):(\d+):(\d+)\s*\n([\s\S]*)$/;
const YAMLERR = /YAML parse error on ([^\s:]+): ([\s\S]*)$/;

/** Extract the error text helm printed (without debug lines and the trailing hint). */
export function helmErrorText(stderr: string): string {
  const i = stderr.search(/^Error: /m);
  let text = i >= 0 ? stderr.slice(i + 'Error: '.length) : stderr;
  // with --debug, helm 3 follows the message with a Go stack trace ("helm.go:86: … [debug] …")
  const debug = text.search(/^[\w.-]+\.go:\d+: /m);
  if (debug >= 0) text = text.slice(0, debug);
  text = text.replace(/\n+Use --debug flag to render out invalid YAML\s*$/, '');
  return text.trim();
}

export function parseHelmError(stderr: string): HelmError {
  const text = helmErrorText(stderr);
  let m = EXEC.exec(text);
  if (m) return { kind: 'execution', source: m[1], line: +m[2]!, column: +m[3]!, message: m[4]!.trim() };
  m = PARSE.exec(text);
  if (m) return { kind: 'parse', source: m[1], line: +m[2]!, message: `template parse error: ${m[3]!.trim()}` };
  m = TEMPLATE3.exec(text) ?? TEMPLATE4.exec(text);
  if (m)
    return {
      kind: 'template',
      source: m[1],
      line: +m[2]!,
      column: +m[3]!,
      message: m[4]!.replace(/\s*\n\s*/g, ' ').trim(),
    };
  m = YAMLERR.exec(text);
  if (m) return { kind: 'yaml', source: m[1], message: m[2]!.replace(/^error converting YAML to JSON: /, '').trim() };
  m = /(?:missing in charts\/ directory|chart directory is missing these dependencies): (.+)$/m.exec(text);
  if (m)
    return {
      kind: 'dependencies',
      message: `dependencies in Chart.yaml are not in charts/: ${m[1]!.trim()} (run helm dependency build, and commit charts/ or build it in CI before the guard)`,
      source: m[1]!.split(',')[0]!.trim(),
    };
  if (/values don't meet the specifications of the schema/.test(text))
    return {
      kind: 'values-schema',
      message: `the values do not meet values.schema.json: ${text
        .split('\n')
        .slice(1)
        .map((l) => l.trim())
        .filter((l) => l.startsWith('- '))
        .map((l) => l.slice(2))
        .join('; ')}`,
    };
  return { kind: 'other', message: text.replace(/\s*\n\s*/g, ' ') || 'helm failed without a message' };
}

/**
 * The line of values.schema.json that defines the first offending property (helm 3 says `- a.b: …`,
 * helm 4 `- at '/a/b': …`); its first line when the property cannot be found.
 */
function valuesSchemaLocation(message: string, chartDir: string, baseDir: string): Location {
  const m = /: (?:at '\/([^']*)'|([\w.-]+):)/.exec(message);
  const prop = (m?.[1] ?? m?.[2] ?? '').split(/[/.]/).filter(Boolean).pop();
  return lineInChartFile(chartDir, 'values.schema.json', prop ? `"${prop}"` : undefined, baseDir);
}

/** The first line of a chart file that holds `needle` (its first line, approximate, when none does). */
function lineInChartFile(
  chartDir: string,
  name: string,
  needle: string | RegExp | undefined,
  baseDir: string,
): Location {
  const file = join(chartDir, name);
  const shown = repoPath(baseDir, file);
  if (needle !== undefined) {
    try {
      const lines = readFileSync(file, 'utf8').split('\n');
      const i = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
      if (i >= 0) return { file: shown, line: i + 1, column: lines[i]!.search(/\S/) + 1 };
    } catch {
      /* a file helm read must exist; fall through */
    }
  }
  return { file: shown, line: 1, approximate: true };
}

/** The repo-relative location of a helm error, when it names a template. */
export function helmErrorLocation(e: HelmError, chartDir: string, baseDir: string): Location | undefined {
  if (e.kind === 'values-schema') return valuesSchemaLocation(e.message, chartDir, baseDir);
  if (e.kind === 'dependencies')
    return lineInChartFile(chartDir, 'Chart.yaml', new RegExp(`name:\\s*["']?${e.source}["']?\\s*$`), baseDir);
  if (!e.source) return undefined;
  const abs = sourceToFile(e.source, chartDir);
  if (!abs) return undefined;
  const loc: Location = { file: repoPath(baseDir, abs), line: e.line ?? 1 };
  if (e.column) loc.column = e.column;
  if (!e.line) loc.approximate = true;
  return loc;
}
