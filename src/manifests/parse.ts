import { isAbsolute, resolve } from 'node:path';
import type { Document, Tags } from 'yaml';
import { yaml } from '../util/vendor.js';
import type { Location, PathSeg, ResourceRef } from '../types.js';
import { duplicateKeys, LineIndex, offsetOfPath } from '../util/yaml-position.js';
import { loadK8sYaml } from './k8s-yaml.js';
import { align, type Alignment } from './align.js';
import { loadTemplate, type TemplateLine, type TemplateSegment } from './template.js';
import type { Manifest } from './types.js';
import { repoPath } from '../util/paths.js';

export interface ParseOptions {
  combo: string;
  /** Absolute path of the chart directory (the `# Source:` paths are relative to its parent). */
  chartDir: string;
  /** Directory findings' file paths are relative to (the repository root / working directory). */
  baseDir: string;
}

/** A document that could not become a manifest: YAML errors and non-resources. */
export interface ParseProblem {
  rule: 'yaml/parse-error' | 'yaml/duplicate-key' | 'manifest/not-a-resource';
  message: string;
  location?: Location;
  resource?: ResourceRef;
  /** The `# Source:` of the document. */
  source?: string;
  /** Locate another line of the same rendered document (0-based, counted from the `# Source:` line). */
  locateLine?: (chunkLine: number) => Location | undefined;
}

export interface ParseResult {
  manifests: Manifest[];
  problems: ParseProblem[];
  /** Documents found, including those with problems. */
  documents: number;
}

// Kubernetes reads YAML with YAML 1.1 scalars (yes/no/on/off are booleans), but timestamps stay strings.
const customTags = (tags: Tags): Tags =>
  tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp');
// uniqueKeys: the package's check is quadratic in the keys of a mapping; duplicateKeys() does it in linear time
const YAML_OPTS = { version: '1.1' as const, customTags, uniqueKeys: false, prettyErrors: false, strict: false };

interface Chunk {
  /** Line number (0-based) in the whole output of the chunk's first line. */
  startLine: number;
  text: string;
  source?: string;
  /** Its line starts, built when a line is first asked for. */
  lines?: LineIndex;
}

const linesOf = (c: Chunk): LineIndex => (c.lines ??= new LineIndex(c.text));

function splitDocuments(out: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let pos = 0;
  const push = (end: number) => {
    const text = out.slice(start, end);
    if (text.trim() !== '') chunks.push({ startLine, text });
  };
  while (pos <= out.length) {
    let nl = out.indexOf('\n', pos);
    if (nl < 0) nl = out.length;
    if (out.startsWith('---', pos) && /^---\s*$/.test(out.slice(pos, nl))) {
      push(pos);
      start = nl + 1;
      startLine = line + 1;
    }
    pos = nl + 1;
    line++;
  }
  push(out.length);
  for (const c of chunks) {
    const m = /^# Source: (.+)$/m.exec(c.text);
    if (m) c.source = m[1]!.trim();
  }
  return chunks;
}

const displayCache = new Map<string, string>();
/** Repo-relative, forward slashes; memoised (every document of a render asks for the same few paths). */
function displayPath(baseDir: string, abs: string): string {
  const key = baseDir + '\0' + abs;
  let d = displayCache.get(key);
  if (d === undefined) {
    d = repoPath(baseDir, abs);
    displayCache.set(key, d);
  }
  return d;
}

class RenderedDoc implements Manifest {
  combo: string;
  index: number;
  source?: string;
  templateFile?: string;
  object: Record<string, any>;
  resource: ResourceRef;
  private readonly chunk: Chunk;
  private docCache: Document | undefined;
  private readonly templateAbs?: string;
  private alignment?: { seg: TemplateSegment; al: Alignment; lineIdx: Int32Array } | null;

  constructor(
    combo: string,
    index: number,
    chunk: Chunk,
    doc: Document | undefined,
    object: Record<string, any>,
    /** Whether the text parses (a positions tree can be built for it on demand). */
    private readonly parses: boolean,
    templateAbs: string | undefined,
    baseDir: string,
  ) {
    this.combo = combo;
    this.index = index;
    this.chunk = chunk;
    this.docCache = doc;
    this.object = object;
    this.source = chunk.source;
    this.templateAbs = templateAbs;
    if (templateAbs) this.templateFile = displayPath(baseDir, templateAbs);
    const md = object?.metadata;
    this.resource = {
      apiVersion: typeof object?.apiVersion === 'string' ? object.apiVersion : '',
      kind: typeof object?.kind === 'string' ? object.kind : '',
      ...(typeof md?.name === 'string' ? { name: md.name } : {}),
      ...(typeof md?.namespace === 'string' ? { namespace: md.namespace } : {}),
    };
  }

  /** The document with source positions: built only when a finding inside it must be located. */
  private doc(): Document | undefined {
    if (!this.docCache && this.parses) this.docCache = yaml().parseDocument(this.chunk.text, YAML_OPTS);
    return this.docCache;
  }

  /** Align once, lazily: choose the template segment and map rendered lines to template lines. */
  /** The template segments this document may come from: those whose literal kind matches, else all. */
  private candidates(): TemplateSegment[] {
    const tpl = this.templateAbs ? loadTemplate(this.templateAbs) : null;
    if (!tpl || tpl.segments.length === 0) return [];
    if (tpl.segments.length === 1) return tpl.segments;
    const kind = this.resource.kind || /^kind:\s*["']?(\w+)/m.exec(this.chunk.text)?.[1];
    const byKind = tpl.segments.filter((s) => s.kind === kind);
    const templated = tpl.segments.filter((s) => s.kind === undefined);
    return byKind.length + templated.length > 0 ? [...byKind, ...templated] : tpl.segments;
  }

  private aligned(): { seg: TemplateSegment; al: Alignment; lineIdx: Int32Array } | null {
    if (this.alignment !== undefined) return this.alignment;
    this.alignment = null;
    const candidates = this.candidates();
    if (candidates.length === 0) return null;
    const raw = this.chunk.text.split('\n');
    const lines: string[] = [];
    const lineIdx = new Int32Array(raw.length).fill(-1);
    for (let i = 0; i < raw.length; i++) {
      const l = raw[i]!.trimEnd();
      if (l === '' || l.startsWith('# Source: ')) continue;
      lineIdx[i] = lines.length;
      lines.push(l);
    }
    let best: { seg: TemplateSegment; al: Alignment } | undefined;
    for (const seg of candidates) {
      const al = align(lines, seg);
      if (!best || al.score > best.al.score) best = { seg, al };
    }
    this.alignment = best ? { ...best, lineIdx } : null;
    return this.alignment;
  }

  /** Template location of a 0-based line of this document's rendered text. */
  locateRenderedLine(chunkLine: number): Location | undefined {
    if (!this.templateFile) return undefined;
    const a = this.aligned();
    if (!a) return { file: this.templateFile, line: 1, approximate: true };
    let idx = -1;
    for (let l = Math.min(chunkLine, a.lineIdx.length - 1); l >= 0 && idx < 0; l--) idx = a.lineIdx[l]!;
    const t = idx >= 0 ? a.al.map[idx] : undefined;
    if (!t) {
      const first = a.seg.lines[0];
      return { file: this.templateFile, line: (first?.line ?? a.seg.startLine) + 1, approximate: true };
    }
    const loc: Location = { file: this.templateFile, line: t.line + 1, column: t.indent + 1 };
    if (t.via) loc.via = t.via;
    return loc;
  }

  locate(path: readonly PathSeg[] = []): Location | undefined {
    if (!this.templateFile) return undefined;
    if (path.length === 0) {
      // the document itself: its template segment's first line, aligned only when the segment is ambiguous
      const c = this.candidates();
      let first: TemplateLine | undefined;
      // the first line with literal text: an emitter before it (a bare `required`, an include) may emit nothing
      if (c.length === 1) first = c[0]!.lines.find((l) => l.kind !== 'emitter') ?? c[0]!.lines[0];
      else if (c.length > 1) {
        const a = this.aligned();
        first = a?.al.map.find((t) => t !== undefined) ?? a?.seg.lines[0];
      }
      return first
        ? { file: this.templateFile, line: first.line + 1, column: first.indent + 1 }
        : { file: this.templateFile, line: 1, approximate: true };
    }
    const doc = this.doc();
    const off = doc ? offsetOfPath(doc, path) : undefined;
    if (off === undefined) return { file: this.templateFile, line: 1, approximate: true };
    return this.locateRenderedLine(linesOf(this.chunk).lineOf(off));
  }
}

/** Resolve a `# Source:` path (`<chart>/templates/x.yaml`, `<chart>/charts/<sub>/templates/x.yaml`). */
export function sourceToFile(source: string, chartDir: string): string | undefined {
  const slash = source.indexOf('/');
  if (slash < 0) return undefined;
  const rel = source.slice(slash + 1);
  if (isAbsolute(rel) || rel.split('/').includes('..')) return undefined;
  return resolve(chartDir, rel);
}

/**
 * The combos of a chart render many documents byte for byte alike (a ServiceAccount, a ConfigMap, the
 * same Deployment under most combos): each distinct text is parsed once per process and its object shared
 * by every manifest of that text, deeply frozen, so that no check can change what another combo reads.
 * Bounded by the text it holds.
 */
const parsedTexts = new Map<string, unknown>();
let parsedBytes = 0;
const PARSED_MAX_BYTES = 16 * 1024 * 1024;

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  if (Array.isArray(v)) for (const x of v) deepFreeze(x);
  else for (const k in v) deepFreeze((v as Record<string, unknown>)[k]);
}

/** loadK8sYaml, once per distinct text (throws as it does: a text that does not parse is not kept). */
function parseOnce(text: string): unknown {
  if (parsedTexts.has(text)) return parsedTexts.get(text);
  const obj = loadK8sYaml(text);
  deepFreeze(obj);
  if (parsedBytes + text.length > PARSED_MAX_BYTES) {
    parsedTexts.clear();
    parsedBytes = 0;
  }
  parsedTexts.set(text, obj);
  parsedBytes += text.length;
  return obj;
}

/** Parse `helm template` output into located manifests and problems. */
export function parseRender(output: string, opts: ParseOptions): ParseResult {
  const chunks = splitDocuments(output);
  const manifests: Manifest[] = [];
  const problems: ParseProblem[] = [];
  let index = 0;
  const files = new Map<string, string | undefined>();
  for (const chunk of chunks) {
    let templateAbs: string | undefined;
    if (chunk.source) {
      if (!files.has(chunk.source)) files.set(chunk.source, sourceToFile(chunk.source, opts.chartDir));
      templateAbs = files.get(chunk.source);
    }
    let obj: unknown;
    let fast = true;
    try {
      obj = parseOnce(chunk.text);
    } catch {
      fast = false;
    }
    if (!fast) {
      // the slow parser says precisely what is wrong, and where
      const doc = yaml().parseDocument(chunk.text, YAML_OPTS);
      const stub = new RenderedDoc(opts.combo, index, chunk, undefined, {}, false, templateAbs, opts.baseDir);
      // every duplicate key, but only the first syntax error: the rest are its echoes
      const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
      const errors: { dup: boolean; pos: [number, number]; message: string }[] = duplicateKeys(doc).map((d) => ({
        dup: true,
        pos: d.pos,
        message: '',
      }));
      if (firstSyntax) {
        errors.push({ dup: false, pos: firstSyntax.pos, message: firstSyntax.message });
        errors.sort((a, b) => a.pos[0] - b.pos[0]);
      }
      const lines = linesOf(chunk);
      for (const err of errors) {
        const { dup } = err;
        // a syntax error is reported where it ends: the yaml parser starts it at the key before the bad line
        const chunkLine = lines.lineOf(dup ? err.pos[0] : Math.max(err.pos[0], err.pos[1] - 1));
        const text = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
        const keyLine = lines.line(chunkLine)?.trim();
        problems.push({
          rule: dup ? 'yaml/duplicate-key' : 'yaml/parse-error',
          message: dup
            ? `Duplicate mapping key "${/^([^:]+):/.exec(keyLine ?? '')?.[1] ?? keyLine}" in rendered ${chunk.source ?? 'document'} (output line ${chunk.startLine + chunkLine + 1})`
            : `Rendered ${chunk.source ?? 'document'} is not valid YAML: ${text} (output line ${chunk.startLine + chunkLine + 1})`,
          location: stub.locateRenderedLine(chunkLine) ?? undefined,
          ...(chunk.source ? { source: chunk.source } : {}),
          locateLine: (l) => stub.locateRenderedLine(l),
        });
      }
      if (errors.length === 0) {
        problems.push({
          rule: 'yaml/parse-error',
          message: `Rendered ${chunk.source ?? 'document'} is not valid Kubernetes YAML (output line ${chunk.startLine + 1})`,
          location: stub.locate([]),
          ...(chunk.source ? { source: chunk.source } : {}),
        });
      }
      if (errors.length === 0 || firstSyntax) {
        index++;
        continue;
      }
      // only duplicate keys, each reported once above: the document is still checked, as it is read on
      // the way to the API server (the last of the duplicates wins), so later checks do not cascade
      obj = doc.toJS({ maxAliasCount: -1 });
    }
    if (obj === null || obj === undefined) continue; // comments only
    if (typeof obj !== 'object' || Array.isArray(obj)) {
      const stub = new RenderedDoc(opts.combo, index, chunk, undefined, {}, true, templateAbs, opts.baseDir);
      problems.push({
        rule: 'manifest/not-a-resource',
        message: `Rendered ${chunk.source ?? 'document'} is a ${Array.isArray(obj) ? 'list' : typeof obj}, not a Kubernetes resource`,
        location: stub.locate([]),
      });
      index++;
      continue;
    }
    const m = new RenderedDoc(
      opts.combo,
      index,
      chunk,
      undefined,
      obj as Record<string, any>,
      true,
      templateAbs,
      opts.baseDir,
    );
    if (!m.resource.apiVersion || !m.resource.kind) {
      problems.push({
        rule: 'manifest/not-a-resource',
        message: `Rendered ${chunk.source ?? 'document'} has no ${!m.resource.apiVersion ? 'apiVersion' : 'kind'}`,
        location: m.locate([]),
        resource: m.resource,
      });
      index++;
      continue;
    }
    manifests.push(m);
    index++;
  }
  return { manifests, problems, documents: index };
}
