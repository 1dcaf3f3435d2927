/**
 * The template texts of a chart, by chart-relative path (`templates/x.yaml`, `charts/sub/templates/_h.tpl`):
 * what the locator reads to place an error, and where it looks for defines and their callers.
 */
import { join, relative, sep } from 'node:path';
import { filesBelow, readChartFile } from '../util/files.js';
import { lex, type Lexed } from './lexer.js';
import { structure, type Structure } from './blocks.js';

export interface TemplateSources {
  /** The text of a chart file by chart-relative path; undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** Every template of the chart and of its unpacked subcharts, chart-relative. */
  list(): readonly string[];
}

/** A template's tokens and blocks, computed once per text. */
export interface Parsed {
  path: string;
  lexed: Lexed;
  structure: Structure;
}

const parsedCache = new WeakMap<TemplateSources, Map<string, Parsed | null>>();

/**
 * Lexing by text: the same template is read by the values index, by every failed combo's error locator and
 * by coverage, each with sources of its own. Keyed by content, so a changed file is lexed again.
 */
const byText = new Map<string, { lexed: Lexed; structure: Structure }>();
const BY_TEXT_MAX = 4096;

/** The tokens and blocks of a template text, computed once per distinct text. Never mutate the result. */
export function lexedText(text: string): { lexed: Lexed; structure: Structure } {
  let hit = byText.get(text);
  if (!hit) {
    const lexed = lex(text);
    hit = { lexed, structure: structure(lexed) };
    if (byText.size >= BY_TEXT_MAX) byText.clear();
    byText.set(text, hit);
  }
  return hit;
}

/** The lexed and paired template at `path`, or undefined when it cannot be read. Cached per sources. */
export function parsed(sources: TemplateSources, path: string): Parsed | undefined {
  let m = parsedCache.get(sources);
  if (!m) parsedCache.set(sources, (m = new Map()));
  const hit = m.get(path);
  if (hit !== undefined) return hit ?? undefined;
  const text = sources.read(path);
  let p: Parsed | null = null;
  if (text !== undefined) p = { path, ...lexedText(text) };
  m.set(path, p);
  return p ?? undefined;
}

/**
 * The chart-relative path of a template as helm names it: `<chart>/templates/x.yaml` → `templates/x.yaml`,
 * `<chart>/charts/<sub>/templates/x.yaml` → `charts/<sub>/templates/x.yaml`. Undefined for a name that is
 * not inside the chart.
 */
export function chartPath(helmName: string): string | undefined {
  const slash = helmName.indexOf('/');
  if (slash < 0) return undefined;
  const rel = helmName.slice(slash + 1);
  if (!rel || rel.startsWith('/') || rel.split('/').includes('..')) return undefined;
  return rel;
}

/** Sources held in memory (tests, callers that already read the files). */
export function sourcesFromMap(files: Readonly<Record<string, string>>): TemplateSources {
  const list = Object.keys(files).filter((p) => /^(?:templates\/|charts\/.+\/templates\/)/.test(p));
  return {
    read: (p) => (Object.hasOwn(files, p) ? files[p] : undefined),
    list: () => list,
  };
}

/**
 * The sources of a chart directory on disk. Reads only what util/files.ts allows (regular files inside the
 * chart, of bounded size), each file once.
 */
export function chartSources(chartDir: string): TemplateSources {
  const texts = new Map<string, string | undefined>();
  let list: string[] | undefined;
  const rel = (abs: string) => relative(chartDir, abs).split(sep).join('/');
  return {
    read(p) {
      if (!texts.has(p)) {
        const ok = !p.startsWith('/') && !p.split('/').includes('..');
        texts.set(p, ok ? readChartFile(join(chartDir, p), chartDir) : undefined);
      }
      return texts.get(p);
    },
    list() {
      list ??= [
        ...filesBelow(join(chartDir, 'templates'), /(?:)/, chartDir),
        // unpacked subcharts (a .tgz is not read): their templates share the define namespace
        ...filesBelow(join(chartDir, 'charts'), /(?:)/, chartDir).filter((f) => /\/templates\//.test(rel(f))),
      ]
        .map(rel)
        .sort();
      return list;
    },
  };
}
