/**
 * The static index of a chart's values: every path its templates and defines read (src/values/reads.ts),
 * with the chart's subcharts under their prefixes, and every path `values.yaml` and `values.schema.json`
 * declare. Built once per chart, when first asked for; it reads only the chart's templates, values and
 * schemas (regular files inside the chart, bounded, as src/util/files.ts allows).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Node } from 'yaml';
import { yaml } from '../util/vendor.js';
import { chartSources, type TemplateSources } from '../template/sources.js';
import { closest, distance } from '../util/closest.js';
import { filesBelow, readChartFile } from '../util/files.js';
import { readsOf, type Read, type ValuePath } from './reads.js';

/** A tree of paths; `*` children match any key. */
export class PathTree {
  readonly children = new Map<string, PathTree>();
  /** Everything below may be read (or set): the node is open. */
  whole = false;
  /** The node itself is named (read, or declared). */
  named = false;

  add(path: ValuePath, whole: boolean, i = 0): PathTree {
    if (i < path.length) {
      let c = this.children.get(path[i]!);
      if (!c) this.children.set(path[i]!, (c = new PathTree()));
      return c.add(path, whole, i + 1);
    }
    this.named = true;
    if (whole) this.whole = true;
    return this;
  }

  /**
   * Does the tree cover `path`: a node on the way is open, or the path leads to a node (a key set on the
   * way to something named, or named itself)?
   */
  covers(path: ValuePath, i = 0): boolean {
    if (this.whole) return true;
    if (i === path.length) return true;
    const k = path[i]!;
    const c = this.children.get(k);
    if (c && c.covers(path, i + 1)) return true;
    const star = this.children.get('*');
    return !!star && star.covers(path, i + 1);
  }

  /** The nodes `path` leads to (through `*` too). */
  nodesAt(path: ValuePath): PathTree[] {
    let cur: PathTree[] = [this];
    for (const k of path) {
      const next: PathTree[] = [];
      for (const n of cur) {
        const c = n.children.get(k);
        if (c) next.push(c);
        if (k !== '*') {
          const s = n.children.get('*');
          if (s) next.push(s);
        }
      }
      cur = next;
      if (!cur.length) break;
    }
    return cur;
  }
}

export interface ChartValuesIndex {
  /** What the templates read. */
  reads: PathTree;
  /** What values.yaml (of the chart and its subcharts) and the values schemas declare. */
  declared: PathTree;
  /**
   * Every name that looks like a key anywhere in the values files or schemas (comments included), found
   * without parsing them: a read whose keys are all here needs no closer look for values/undefined.
   */
  keyNames: ReadonlySet<string>;
  /** Keys values.yaml documents in comments (`# clusterIP: ""`): known, never suggested. */
  documented: PathTree;
  /** The reads themselves, in file order (for values/undefined). */
  readList: Read[];
  /** values.yaml keys of the chart itself, with their lines (for values/unused). */
  defaults: { path: string[]; line: number }[];
  /** Chart-relative path of the chart's own values.yaml (when it has one). */
  valuesFile?: string;
  /** Any template reads values through `tpl`: strings in values may read values. */
  usesTpl: boolean;
}

const cache = new Map<string, ChartValuesIndex>();

/** The index of a chart directory (absolute), computed once. */
export function valuesIndex(chartDir: string): ChartValuesIndex {
  let idx = cache.get(chartDir);
  if (!idx) cache.set(chartDir, (idx = buildIndex(chartDir)));
  return idx;
}

/** The template and values texts of a chart, read once for the scan and the index alike. */
const sourcesCache = new Map<string, TemplateSources>();
function sourcesOf(chartDir: string): TemplateSources {
  let s = sourcesCache.get(chartDir);
  if (!s) sourcesCache.set(chartDir, (s = chartSources(chartDir)));
  return s;
}

/** What a look at the chart's text tells without lexing or parsing anything. */
export interface QuickScan {
  /** Names that look like keys in the chart's values files and schemas (see ChartValuesIndex.keyNames). */
  keyNames: ReadonlySet<string>;
  /**
   * Some template names `.Values.a.b` with a key that is none of them but near one: values/undefined must
   * look closer.
   */
  suspect: boolean;
  /** Some template may call a function whose output differs at every render. */
  noisy: boolean;
}

const scanCache = new Map<string, QuickScan>();

/** A text scan of the chart (cheap: regular expressions over its templates and values files), once. */
export function quickScan(chartDir: string): QuickScan {
  let q = scanCache.get(chartDir);
  if (q) return q;
  const sources = sourcesOf(chartDir);
  const files = sources.list();
  const keyNames = new Set<string>(['global']);
  const roots = new Set(['', ...files.map((f) => f.slice(0, f.lastIndexOf('templates/')))]);
  for (const r of roots) {
    addKeyNames(sources.read(`${r}values.yaml`) ?? '', keyNames);
    for (const m of sources.read(`${r}values.schema.json`)?.matchAll(/"([^"\\]+)"\s*:/g) ?? []) keyNames.add(m[1]!);
  }
  let suspect = false;
  let noisy = false;
  const near = new Map<string, boolean>();
  for (const f of files) {
    const text = sources.read(f);
    if (text === undefined || !text.includes('{{')) continue;
    // NOTES.txt is not part of what helm template renders
    if (!noisy && !f.endsWith('NOTES.txt') && callsNoise(text)) noisy = true;
    if (!suspect)
      for (const m of text.matchAll(/\.Values((?:\.[\p{L}_][\p{L}\p{Nd}_]*)+)/gu))
        if (
          m[1]!
            .slice(1)
            .split('.')
            .some((k) => !keyNames.has(k) && nearName(k, keyNames, near))
        ) {
          suspect = true;
          break;
        }
  }
  scanCache.set(chartDir, (q = { keyNames, suspect, noisy }));
  return q;
}

/**
 * Is a name within two edits (any case) of one of `names`, as values/undefined's "did you mean" needs?
 * Names under 4 or over 200 characters are not compared. Memoised in `memo`.
 */
export function nearName(k: string, names: ReadonlySet<string>, memo: Map<string, boolean>): boolean {
  let v = memo.get(k);
  if (v !== undefined) return v;
  v = false;
  const lk = k.toLowerCase();
  if (k.length >= 4 && k.length <= 200)
    for (const n of names)
      if (Math.abs(n.length - k.length) <= 2 && distance(lk, n.toLowerCase()) <= 2) {
        v = true;
        break;
      }
  memo.set(k, v);
  return v;
}

/** A function whose output differs at every render (see reads.ts NOISE). */
const NOISE_WORD =
  /\b(?:randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|now|unixEpoch|shuffle)\b/;

/** Does some action of a text (between `{{` and `}}`) name such a function? Linear in the text. */
function callsNoise(text: string): boolean {
  for (let i = text.indexOf('{{'); i >= 0;) {
    const j = text.indexOf('}}', i + 2);
    if (NOISE_WORD.test(text.slice(i + 2, j < 0 ? text.length : j))) return true;
    if (j < 0) return false;
    i = text.indexOf('{{', j + 2);
  }
  return false;
}

interface Dependency {
  name: string;
  alias?: string;
  condition?: string;
  tags?: string[];
  'import-values'?: unknown;
}

function chartMeta(dir: string, root: string): { name?: string; type?: string; dependencies: Dependency[] } {
  const text = readChartFile(join(dir, 'Chart.yaml'), root);
  if (text === undefined) return { dependencies: [] };
  try {
    const o = yaml().parseDocument(text).toJS() as Record<string, unknown> | null;
    const deps = Array.isArray(o?.dependencies) ? (o!.dependencies as Dependency[]) : [];
    return {
      ...(typeof o?.name === 'string' ? { name: o.name } : {}),
      ...(typeof o?.type === 'string' ? { type: o.type } : {}),
      dependencies: deps.filter((d) => d && typeof d.name === 'string'),
    };
  } catch {
    return { dependencies: [] };
  }
}

/**
 * Add every name followed by a colon and a space (or the end of its line) — a key of a block or flow
 * mapping, or of one in a comment — to `names`. Linear in the text: each colon looks back only to the
 * character before the name.
 */
export function addKeyNames(text: string, names: Set<string>): void {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r') continue;
    let end = i;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (text[end - 1] === '"' || text[end - 1] === "'") end--;
    let start = end;
    while (start > 0 && !/[\s#:"'{}[\],]/.test(text[start - 1]!)) start--;
    if (start < end) names.add(text.slice(start, end));
  }
}

/** A key of a values file as the scanner or the parser finds it. */
interface KeyAt {
  path: string[];
  line: number;
  open: boolean;
  leaf: boolean;
}

/** Where a bracket of a flow collection closes on its line; -1 when it does not (or quotes do not). */
function flowEnd(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '"' || c === "'") {
      const m = (c === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/).exec(t.slice(i));
      if (!m) return -1;
      i += m[0].length - 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

/**
 * The keys of a values file written in block style, found line by line (a YAML parse costs tens of
 * milliseconds on a large values.yaml). Undefined at anything it does not follow exactly — anchors,
 * aliases, tags, merge keys, multi-line quoted or flow values, complex or numeric keys, tabs, several
 * documents — and the parser reads the file instead.
 */
export function scanValuesText(text: string): KeyAt[] | undefined {
  const out: KeyAt[] = [];
  const stack: { indent: number; path: string[] }[] = [];
  // lines indented more than this belong to the value above (a block scalar, a list, a continuation)
  let skipAbove = -1;
  let skipDash = false;
  let pending: { at: KeyAt; indent: number } | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    const t = l.trimStart();
    if (!t || t.startsWith('#')) continue;
    const indent = l.length - t.length;
    if (l.slice(0, indent).includes('\t')) return undefined;
    const dash = t === '-' || t.startsWith('- ');
    if (skipAbove >= 0) {
      if (indent > skipAbove || (skipDash && indent === skipAbove && dash)) continue;
      skipAbove = -1;
      skipDash = false;
    }
    // a document start before the first key is the one document; any other marker or directive is not followed
    if (indent === 0 && !out.length && !pending && /^---\s*(?:#.*)?$/.test(t)) continue;
    if (indent === 0 && /^(?:---|\.\.\.|%)/.test(t)) return undefined;
    if (pending) {
      const p = pending;
      pending = undefined;
      if (dash && indent >= p.indent) {
        // a list: open, its items are its own business
        skipAbove = p.indent;
        skipDash = true;
        continue;
      }
      if (indent > p.indent && (/^\{\s*\}/.test(t) || t[0] === '[')) {
        // a flow collection on the line below its key: open, as on the key's own line
        const end = flowEnd(t);
        if (end < 0 || !/^\s*(?:#.*)?$/.test(t.slice(end + 1))) return undefined;
        skipAbove = p.indent;
        continue;
      }
      if (indent > p.indent) {
        p.at.leaf = false;
        p.at.open = false;
        stack.push({ indent: p.indent, path: p.at.path });
      }
    }
    if (dash) return undefined;
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    const m =
      /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#?&*!|>{}[\],%@`~-][^\n]*?|-[^\s][^\n]*?)[ \t]*:(?:[ \t]+|$)/.exec(t);
    if (!m) return undefined;
    let key = m[1]!;
    if (key.startsWith('"')) {
      try {
        key = JSON.parse(key) as string;
      } catch {
        return undefined;
      }
    } else if (key.startsWith("'")) key = key.slice(1, -1).replace(/''/g, "'");
    else if (key === '<<' || /^[-+.0-9]/.test(key) || /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(key))
      return undefined;
    const at: KeyAt = { path: [...(stack.at(-1)?.path ?? []), key], line: i + 1, open: true, leaf: true };
    out.push(at);
    // an anchor names the value without changing it; an alias stands for a value written elsewhere (open)
    const rest = t.slice(m[0].length).replace(/^&[^\s{}[\],]+(?:[ \t]+|$)/, '');
    if (rest.startsWith('*')) {
      if (!/^\*[^\s{}[\],]+\s*(?:#.*)?$/.test(rest)) return undefined;
      skipAbove = indent;
      continue;
    }
    if (!rest || rest.startsWith('#')) {
      pending = { at, indent };
      continue;
    }
    const c = rest[0]!;
    if (c === '&' || c === '*' || c === '!') return undefined;
    if (c === '{' || c === '[') {
      // a flow mapping with keys is walked by the parser
      if (c === '{' && !/^\{\s*\}/.test(rest)) return undefined;
      const end = flowEnd(rest);
      if (end < 0 || !/^\s*(?:#.*)?$/.test(rest.slice(end + 1))) return undefined;
    } else if (c === '"' || c === "'") {
      const q = (c === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/).exec(rest);
      if (!q || !/^\s*(?:#.*)?$/.test(rest.slice(q[0].length))) return undefined;
      at.open = false;
    } else if (c === '|' || c === '>') {
      if (!/^[|>][-+0-9]*\s*(?:#.*)?$/.test(rest)) return undefined;
      at.open = false;
    } else {
      const v = rest.replace(/\s+#.*$/, '').trim();
      at.open = v === '~' || v === 'null' || v === 'Null' || v === 'NULL';
    }
    skipAbove = indent;
  }
  return out;
}

/** A values.yaml's keys with their lines; empty maps, null values and lists are open. */
export function walkValuesText(
  text: string,
  emit: (path: string[], line: number, open: boolean, value: unknown, leaf: boolean) => void,
): void {
  const scanned = scanValuesText(text);
  if (scanned) {
    for (const k of scanned) emit(k.path, k.line, k.open, undefined, k.leaf);
    return;
  }
  parseValuesText(text, emit);
}

/** The same, from the YAML parser. */
export function parseValuesText(
  text: string,
  emit: (path: string[], line: number, open: boolean, value: unknown, leaf: boolean) => void,
): void {
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  const walk = (node: unknown, path: string[]) => {
    if (!yaml().isMap(node)) return;
    for (const p of node.items) {
      if (!yaml().isScalar(p.key)) continue;
      const key = String(p.key.value);
      if (key === '<<') continue;
      const line = lc.linePos((p.key as Node).range?.[0] ?? 0).line;
      const v = p.value as Node | null;
      const at = [...path, key];
      if (yaml().isMap(v) && v.items.length) {
        emit(at, line, false, undefined, false);
        walk(v, at);
      } else {
        const open =
          v === null ||
          (yaml().isScalar(v) && v.value === null) ||
          yaml().isSeq(v) ||
          yaml().isMap(v) ||
          !yaml().isScalar(v);
        emit(at, line, open, yaml().isScalar(v) ? v.value : undefined, true);
      }
    }
  };
  walk(doc.contents, []);
}

/**
 * Keys documented in comments of a values.yaml (`# clusterIP: ""` among its siblings): declared, as the
 * chart documents them. The parent is the nearest key above that is indented less than the `#`.
 */
export function commentedKeys(
  text: string,
  keyLines: ReadonlyMap<number, string[]>,
): { path: string[]; line: number }[] {
  const out: { path: string[]; line: number }[] = [];
  // the keys above, innermost last: each indented more than the one before it
  const stack: { indent: number; path: string[] }[] = [];
  text.split('\n').forEach((l, i) => {
    const indent = l.length - l.trimStart().length;
    const path = keyLines.get(i + 1);
    if (path) {
      while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
      stack.push({ indent, path });
      return;
    }
    const m = /^([ \t]*)#+[ \t]*([A-Za-z_][\w-]*):(?:\s|$)/.exec(l);
    if (!m) return;
    const col = m[1]!.length;
    let parent: string[] = [];
    for (let k = stack.length - 1; k >= 0; k--) {
      const e = stack[k]!;
      if (e.indent < col) parent = e.path;
      else if (e.indent === col) parent = e.path.slice(0, -1);
      else continue;
      break;
    }
    out.push({ path: [...parent, m[2]!], line: i + 1 });
  });
  return out;
}

/** The paths a JSON schema declares under `prefix`: its properties; anything it leaves open is open. */
function schemaPaths(schema: unknown, prefix: string[], tree: PathTree, depth = 0): void {
  if (!schema || typeof schema !== 'object' || depth > 64) return;
  const s = schema as Record<string, unknown>;
  const props =
    s.properties && typeof s.properties === 'object' ? (s.properties as Record<string, unknown>) : undefined;
  const ap = s.additionalProperties;
  const open =
    (!props && s.type !== 'string' && s.type !== 'number' && s.type !== 'integer' && s.type !== 'boolean') ||
    (ap !== undefined && ap !== false) ||
    !!s.patternProperties ||
    !!s.$ref ||
    !!s.allOf ||
    !!s.anyOf ||
    !!s.oneOf ||
    !!s.if;
  tree.add(prefix, open);
  for (const [k, v] of Object.entries(props ?? {})) schemaPaths(v, [...prefix, k], tree, depth + 1);
}

function buildIndex(chartDir: string): ChartValuesIndex {
  const reads = new PathTree();
  const readList: Read[] = [];
  let usesTpl = false;
  let filesUnknown = false;
  const defined = new Set<string>();
  const calls: { name: string; prefix: string[] }[] = [];
  const tplFiles: { dir: string; prefix: string[]; files: string[] }[] = [];
  const valuesTexts: { text: string; prefix: string[]; file: string }[] = [];
  const root = chartDir;

  // the chart and its unpacked subcharts, each with its values prefix
  const charts: { dir: string; rel: string; prefix: string[] }[] = [];
  const visit = (dir: string, rel: string, prefix: string[], depth: number) => {
    charts.push({ dir, rel, prefix });
    const meta = chartMeta(dir, root);
    for (const d of meta.dependencies) {
      // helm reads these itself
      if (typeof d.condition === 'string')
        for (const c of d.condition.split(',')) if (c.trim()) reads.add([...prefix, ...c.trim().split('.')], false);
      for (const t of Array.isArray(d.tags) ? d.tags : [])
        if (typeof t === 'string') reads.add([...prefix, 'tags', t], false);
    }
    const sub = join(dir, 'charts');
    let entries: string[] = [];
    try {
      entries = readdirSync(sub);
    } catch {
      /* no subcharts */
    }
    const unpacked = new Set<string>();
    for (const e of entries) {
      const d = join(sub, e);
      if (!existsSync(join(d, 'Chart.yaml'))) continue;
      const m = chartMeta(d, root);
      const name = m.name ?? e;
      if (depth > 8) {
        // deeper than any real chart nests: not followed, its values count as read
        reads.add([...prefix, name], true);
        continue;
      }
      unpacked.add(name);
      // a library chart's defines run with the caller's values; any other subchart has its own, under its name
      const deps = meta.dependencies.filter((x) => x.name === name);
      const names = m.type === 'library' ? [''] : deps.length ? deps.map((x) => x.alias ?? name) : [name];
      for (const n of names) visit(d, `${rel}charts/${e}/`, n ? [...prefix, n] : prefix, depth + 1);
    }
    // a packed or missing dependency: what it reads is unknown, so its values (and global) count as read
    for (const d of meta.dependencies)
      if (!unpacked.has(d.name)) {
        reads.add([...prefix, d.alias ?? d.name], true);
        reads.add(['global'], true);
      }
    for (const e of entries)
      if (/\.tgz$/.test(e)) {
        const name = e.replace(/-v?\d[\w.+-]*\.tgz$|\.tgz$/, '');
        reads.add([...prefix, name], true);
        for (const d of meta.dependencies) if (d.name === name && d.alias) reads.add([...prefix, d.alias], true);
        reads.add(['global'], true);
      }
  };
  visit(chartDir, '', [], 0);

  const sources = sourcesOf(chartDir);
  const files = sources.list();
  // values.yaml and the schema of each chart: read now, parsed when a check needs their structure
  const decl: { c: (typeof charts)[number]; vf: string; vtext?: string; stext?: string; odd: boolean }[] = [];
  const keyNames = new Set<string>(['global']);
  for (const c of charts) {
    for (const k of c.prefix) keyNames.add(k);
    const vf = `${c.rel}values.yaml`;
    const vtext = sources.read(vf);
    const stext = sources.read(`${c.rel}values.schema.json`);
    // a values file or schema too large (or odd) to read here: nothing under the chart can be called unknown
    const odd =
      (vtext === undefined && existsSync(join(c.dir, 'values.yaml'))) ||
      (stext === undefined && existsSync(join(c.dir, 'values.schema.json')));
    decl.push({ c, vf, ...(vtext !== undefined ? { vtext } : {}), ...(stext !== undefined ? { stext } : {}), odd });
    if (vtext !== undefined) {
      valuesTexts.push({ text: vtext, prefix: c.prefix, file: vf });
      addKeyNames(vtext, keyNames);
    }
    if (stext !== undefined) for (const m of stext.matchAll(/"([^"\\]+)"\s*:/g)) keyNames.add(m[1]!);
  }
  let parsedDecl:
    { declared: PathTree; documented: PathTree; defaults: { path: string[]; line: number }[] } | undefined;
  const declarations = () => {
    if (parsedDecl) return parsedDecl;
    const declared = new PathTree();
    const documented = new PathTree();
    const defaults: { path: string[]; line: number }[] = [];
    for (const { c, vtext, stext, odd } of decl) {
      if (odd) declared.add(c.prefix, true);
      if (vtext !== undefined) {
        try {
          const keyLines = new Map<number, string[]>();
          walkValuesText(vtext, (path, line, open) => {
            declared.add([...c.prefix, ...path], open);
            keyLines.set(line, path);
            if (!c.rel) defaults.push({ path, line });
          });
          for (const k of commentedKeys(vtext, keyLines)) documented.add([...c.prefix, ...k.path], true);
        } catch {
          // values helm cannot read: the render says so; nothing here is known
          declared.add(c.prefix, true);
        }
      }
      if (stext !== undefined) {
        try {
          schemaPaths(JSON.parse(stext), c.prefix, declared);
        } catch {
          declared.add(c.prefix, true);
        }
      }
    }
    return (parsedDecl = { declared, documented, defaults });
  };
  // the templates' reads: lexed when a check first needs them
  let readsDone = false;
  const templateReads = () => {
    if (readsDone) return;
    readsDone = true;
    for (const c of charts) {
      // its templates (not those of its own subcharts: they are charts of their own here)
      for (const f of files) {
        if (!f.startsWith(`${c.rel}templates/`)) continue;
        const text = sources.read(f);
        if (text === undefined) {
          reads.add(c.prefix, true);
          continue;
        }
        // a file without actions reads nothing (and costs nothing)
        if (!text.includes('{{')) continue;
        const r = readsOf(text, { file: f, prefix: c.prefix, topDot: 'root' });
        if (r.incomplete) reads.add(c.prefix, true);
        if (r.usesTpl) usesTpl = true;
        if (r.filesRead === 'unknown') filesUnknown = true;
        else if (r.filesRead.length) tplFiles.push({ dir: c.dir, prefix: c.prefix, files: r.filesRead });
        for (const x of r.reads) {
          reads.add(x.path, x.whole);
          readList.push(x);
        }
        for (const d of r.defines) defined.add(d);
        for (const call of r.calls) if (call.context) calls.push({ name: call.name, prefix: c.prefix });
      }
    }
    // a define the index cannot see (in a packed library chart) given the chart's context reads what it wants
    for (const call of calls)
      if (!defined.has(call.name)) {
        reads.add(call.prefix, true);
        reads.add(['global'], true);
      }
    // what `tpl` renders: strings of the values files, chart files it is given
    if (usesTpl) {
      for (const v of valuesTexts)
        if (v.text.includes('{{'))
          for (const x of readsOf(v.text, { file: v.file, prefix: v.prefix, topDot: 'root' }).reads)
            reads.add(x.path, x.whole);
      // chart files the templates read may be rendered by tpl: what they read is read
      if (filesUnknown) reads.add([], true);
      else
        for (const t of tplFiles) {
          const below = filesBelow(t.dir, /(?:)/, root).map((f) => relative(t.dir, f).split(sep).join('/'));
          for (const f of below) {
            if (
              !t.files.some(
                (x) => f === x || f.startsWith(x.endsWith('/') || !x ? x : `${x}/`) || (x && f.startsWith(x)),
              )
            )
              continue;
            const text = readChartFile(join(t.dir, f), root);
            if (text === undefined) reads.add(t.prefix, true);
            else if (text.includes('{{'))
              for (const x of readsOf(text, { file: f, prefix: t.prefix, topDot: 'root' }).reads)
                reads.add(x.path, x.whole);
          }
        }
    }
  };
  return {
    get reads() {
      templateReads();
      return reads;
    },
    get declared() {
      return declarations().declared;
    },
    get documented() {
      return declarations().documented;
    },
    get defaults() {
      return declarations().defaults;
    },
    keyNames,
    get readList() {
      templateReads();
      return readList;
    },
    ...(sources.read('values.yaml') !== undefined ? { valuesFile: 'values.yaml' } : {}),
    get usesTpl() {
      templateReads();
      return usesTpl;
    },
  };
}

/**
 * Is a key that values set known to the chart: read by a template, or declared? A key whose every name the
 * chart's values files or schemas use somewhere counts as known without parsing them (a key moved to
 * another place is not told from one in its place: a miss, never a false alarm).
 */
export function isKnown(idx: ChartValuesIndex, path: ValuePath, extra?: () => PathTree | undefined): boolean {
  // cheapest first: names, then values.yaml and the schema, then the templates
  return (
    path.every((k) => idx.keyNames.has(k)) ||
    idx.declared.covers(path) ||
    idx.documented.covers(path) ||
    idx.reads.covers(path) ||
    !!extra?.()?.covers(path)
  );
}

/** The names known at a path (children of the nodes it leads to, in reads and declarations). */
function namesAt(idx: ChartValuesIndex, path: ValuePath): Set<string> {
  const out = new Set<string>();
  for (const t of [idx.reads, idx.declared])
    for (const n of t.nodesAt(path)) for (const k of n.children.keys()) if (k !== '*') out.add(k);
  return out;
}

/**
 * "did you mean" for an unknown key: the longest prefix the chart knows, the nearest name below it, and
 * the rest of the key when that names a known path.
 */
export function suggestPath(idx: ChartValuesIndex, path: ValuePath): string | undefined {
  // edit distance is quadratic: no suggestion for keys longer than any sensible name
  if (path.some((k) => k.length > 200)) return undefined;
  let i = 0;
  while (i < path.length && namesAt(idx, path.slice(0, i)).has(path[i]!)) i++;
  if (i >= path.length) return undefined;
  const near = closest(path[i]!, namesAt(idx, path.slice(0, i)));
  if (!near) return undefined;
  const full = [...path.slice(0, i), near, ...path.slice(i + 1)];
  if (isKnown(idx, full) && namesAtAll(idx, full)) return full.join('.');
  return [...path.slice(0, i), near].join('.');
}

/** Every key of the path is named in the index (not only covered by an open node). */
function namesAtAll(idx: ChartValuesIndex, path: ValuePath): boolean {
  for (let i = 0; i < path.length; i++) if (!namesAt(idx, path.slice(0, i)).has(path[i]!)) return false;
  return true;
}
