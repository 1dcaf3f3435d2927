import type { Location } from '../types.js';
import { sourceToFile } from '../manifests/parse.js';
import { join } from 'node:path';
import { readChartFile } from '../util/files.js';
import { collapseLineBreaks } from '../util/text.js';
import { repoPath } from '../util/paths.js';
import { locateTemplateError } from '../template/parse-error.js';
import { chartSources } from '../template/sources.js';

/** One error helm printed, with the template position it names (if any). */
export interface HelmError {
  kind: 'execution' | 'parse' | 'template' | 'yaml' | 'values-schema' | 'dependencies' | 'other';
  message: string;
  /** `<chart>/templates/x.yaml` as helm names it. */
  source?: string;
  line?: number;
  column?: number;
  /** helm's error text (helmErrorText), kept for a template error: the template locator reads it. */
  text?: string;
}

// Formats, as printed by helm 3.16 and 4.1:
//   Error: execution error at (c/templates/x.yaml:2:4): <message from fail/required>
//   Error: parse error at (c/templates/x.yaml:5): unexpected "}" in operand
//   Error: template: c/templates/x.yaml:8:13: executing "c/templates/x.yaml" at <.Values.a.b>: nil pointer …   (helm 3)
//   Error: c/templates/x.yaml:8:13\n  executing "c/templates/x.yaml" at <.Values.a.b>:\n    nil pointer …  (helm 4)
//   Error: YAML parse error on c/templates/x.yaml: error converting YAML to JSON: yaml: line 7: …
//   Error: values don't meet the specifications of the schema(s) in the following chart(s): …
// A template's file name may hold ':': the name is the shortest run up to the `:line:column` after it.
// Every repetition stops at a delimiter (space, parenthesis, newline), so none backtracks more than linearly.
const EXEC = /execution error at \(([^()\n]+?):(\d+):(\d+)\): ([\s\S]*)$/;
const PARSE = /parse error at \(([^()\n]+?):(\d+)\): ([\s\S]*)$/;
const TEMPLATE3 = /template: (\S+?):(\d+):(\d+): ([\s\S]*)$/;
// helm 4 puts the position on a line of its own; helm lint's entries join the lines with ": "
const TEMPLATE4 = /^(\S+?\.(?:ya?ml|tpl|txt|json)):(\d+):(\d+)(?:\s*\n|: )([\s\S]*)$/;
const YAMLERR = /YAML parse error on (\S+?): ([\s\S]*)$/;

/** Extract the error text helm printed (without debug lines and the trailing hint). */
export function helmErrorText(stderr: string): string {
  const i = stderr.search(/^Error: /m);
  let text = i >= 0 ? stderr.slice(i + 'Error: '.length) : stderr;
  // with --debug, helm 3 follows the message with a Go stack trace ("helm.go:86: … [debug] …")
  const debug = text.search(/^[\w.-]+\.go:\d+: /m);
  if (debug >= 0) text = text.slice(0, debug);
  // (string operations: a regular expression anchored at the end retries every run of newlines)
  const hint = 'Use --debug flag to render out invalid YAML';
  text = text.trimEnd();
  if (text.endsWith(hint) && text.slice(0, -hint.length).endsWith('\n')) text = text.slice(0, -hint.length);
  return text.trim();
}

/**
 * helm's error, from its stderr. `signal`: the signal that ended helm (RunResult.signal) — a helm killed
 * from outside (the runner's OOM killer sends SIGKILL) prints nothing, and says so no other way.
 */
export function parseHelmError(stderr: string, signal?: NodeJS.Signals | null): HelmError {
  const text = helmErrorText(stderr);
  if (signal && !/^Error: /m.test(stderr)) {
    const hint =
      signal === 'SIGKILL' ? ' (often the system running out of memory)' : signal === 'SIGSEGV' ? ' (a crash)' : '';
    const said = collapseLineBreaks(text).slice(0, 500);
    return {
      kind: 'other',
      message: `helm was killed by signal ${signal}${hint}${said ? `; it printed: ${said}` : ''}`,
    };
  }
  let m = EXEC.exec(text);
  if (m) return { kind: 'execution', source: m[1], line: +m[2]!, column: +m[3]!, message: m[4]!.trim(), text };
  m = PARSE.exec(text);
  if (m) return { kind: 'parse', source: m[1], line: +m[2]!, message: `template parse error: ${m[3]!.trim()}`, text };
  m = TEMPLATE3.exec(text) ?? TEMPLATE4.exec(text);
  if (m)
    return {
      kind: 'template',
      source: m[1],
      line: +m[2]!,
      column: +m[3]!,
      message: collapseLineBreaks(m[4]!).trim(),
      text,
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
  if (/values don't meet the specifications of the schema/.test(text)) return valuesSchemaError(text);
  return { kind: 'other', message: collapseLineBreaks(text) || 'helm failed without a message' };
}

/**
 * helm lists, per chart, what is wrong: the values (`- v: Invalid type…` in helm 3, `- at '/v': got string,
 * want integer` in helm 4) or the schema itself (`unexpected EOF`, `… is not valid against metaschema`, then
 * helm 4's tree of reasons). Every reason is kept; a chart other than the first is named.
 */
function valuesSchemaError(text: string): HelmError {
  const sections: { chart: string; reasons: string[] }[] = [];
  for (const raw of text.split('\n').slice(1)) {
    const line = raw.trim();
    if (!line) continue;
    const chart = /^([\w.-]+):$/.exec(raw);
    if (chart) {
      sections.push({ chart: chart[1]!, reasons: [] });
      continue;
    }
    if (!sections.length) sections.push({ chart: '', reasons: [] });
    // every line is kept: helm 4 nests the reasons of a reason, the innermost saying the most
    sections[sections.length - 1]!.reasons.push(line.replace(/^- /, ''));
  }
  const parts = sections
    .filter((x) => x.reasons.length)
    .map((x, i) => `${i > 0 && x.chart ? `${x.chart}: ` : ''}${x.reasons.join('; ')}`);
  return {
    kind: 'values-schema',
    message: `the values do not meet values.schema.json: ${parts.join('; ') || 'helm gave no reason'}`,
  };
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
  // helm read the file, but what it read may be a symlink out of the chart or huge: read only what is safe
  const text = needle !== undefined ? readChartFile(file, chartDir) : undefined;
  if (text !== undefined) {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle!.test(l)));
    if (i >= 0) return { file: shown, line: i + 1, column: lines[i]!.search(/\S/) + 1 };
  }
  return { file: shown, line: 1, approximate: true };
}

/** The repo-relative location of a helm error, when it names a template. */
export function helmErrorLocation(e: HelmError, chartDir: string, baseDir: string): Location | undefined {
  if (e.kind === 'values-schema') return valuesSchemaLocation(e.message, chartDir, baseDir);
  if (e.kind === 'dependencies')
    return lineInChartFile(
      chartDir,
      'Chart.yaml',
      // the name is the chart's text: a literal in the pattern
      new RegExp(`name:\\s*["']?${(e.source ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']?\\s*$`),
      baseDir,
    );
  if (e.text && (e.kind === 'parse' || e.kind === 'execution' || e.kind === 'template')) {
    const loc = templateErrorLocation(e, chartDir, baseDir);
    if (loc) return loc;
  }
  if (!e.source) return undefined;
  const abs = sourceToFile(e.source, chartDir);
  if (!abs) return undefined;
  const loc: Location = { file: repoPath(baseDir, abs), line: e.line ?? 1 };
  // helm's column is a 0-based byte offset into the line: a 1-based character column here
  if (e.column !== undefined && e.line) {
    const text = readChartFile(abs, chartDir)?.split('\n')[e.line - 1];
    loc.column =
      text === undefined ? e.column + 1 : Buffer.from(text).subarray(0, e.column).toString('utf8').length + 1;
  }
  if (!e.line) loc.approximate = true;
  return loc;
}

/**
 * A template error at its true place (src/template/parse-error.ts): helm 3.16 leaves the newlines inside
 * comments out of a parse error's line, names the end of the file for a missing {{ end }} and a later line
 * for an unclosed {{; an error inside a define reached through include gets the define's file:line in its
 * message, a misspelt function or define name a "did you mean". Refines `e.message`. The column is 1-based
 * (helm's own is a 0-based byte offset). Undefined when the locator does not know the text.
 */
function templateErrorLocation(e: HelmError, chartDir: string, baseDir: string): Location | undefined {
  const place = locateTemplateError(e.text!, chartSources(chartDir));
  if (!place) return undefined;
  e.message = place.message;
  const loc: Location = { file: repoPath(baseDir, join(chartDir, place.file)), line: place.line };
  if (place.column) loc.column = place.column;
  if (place.approximate) loc.approximate = true;
  if (place.define !== undefined) loc.via = place.define;
  return loc;
}
