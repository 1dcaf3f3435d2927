/**
 * Template coverage, step 1: an instrumented copy of a chart.
 *
 * The chart directory is copied whole (subcharts as they are); only the chart's own templates/ change.
 * Two worlds live side by side in the copy:
 *
 * - The original world: every define keeps its name and its exact text. Whatever the copy does not
 *   rewrite — subcharts, text rendered by `tpl`, a computed include name — calls these, and they carry no
 *   probe, so nothing outside the instrumented code can ever see a probe marker.
 * - The instrumented world: each rendered template file (in place) and a copy of each define under the
 *   name `hg-<nonce>:<name>` (appended to the file that defines it). Each opens a dict,
 *   `{{ $__hg := dict "<id>" true }}`, and every branch body starts with `{{ $__hgp := set $__hg "<id>" true }}`:
 *   probes print nothing. Includes of a define call its copy through a helper that strips the copy's
 *   marker from the returned string and records the ids in the caller's dict (src/coverage/rewrite.ts), so
 *   the value every consumer sees is byte for byte the original one. A define copy ends by printing its
 *   ids as one inline marker (always stripped by the caller's helper); a rendered file ends by printing
 *   them as one YAML comment line, `# hg<nonce>[1,4,7]…`, which the collector removes from helm's output.
 *
 * Trim markers keep their effect: a probe placed right after an action that trims the text after it
 * trims that text itself, and one placed right before an action that trims the text before it does the
 * same (trimming is lexical in Go templates: it applies to the adjacent literal text). Probes hold no
 * newline, so every original line keeps its number in rendered files.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  copyFileSync,
  constants,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { yaml } from '../util/vendor.js';
import { words } from '../template/blocks.js';
import { readChartFile, readRegularFile } from '../util/files.js';
import { analyzeTemplate, hasLeftTrim, hasRightTrim, type Analysis, type Body, type BodyKind } from './analyze.js';
import { rewriteAction, type Edit } from './rewrite.js';
import { subchartDefines } from './subcharts.js';

export type { BodyKind } from './analyze.js';

export interface Probe {
  id: number;
  /** Chart-relative path of the template (`templates/x.yaml`). */
  file: string;
  kind: BodyKind;
  /** The block of a branch (`default`: the two outcomes of a `default` fallback). */
  block?: 'if' | 'with' | 'range' | 'default';
  /** The define the probe is in (a define's own probe included). */
  define?: string;
  /** 1-based line and column of the body's keyword (`if`, `else`, `define`); 1:1 for a file. */
  line: number;
  column: number;
  /** Last line of a define (its `end`). */
  endLine?: number;
  /** A branch's condition as written. */
  condition?: string;
  /** Else-family branches: the conditions before it in the chain. */
  negates: string[];
  /** Probe id of the first body of the branch's chain, and the branch's place in it. */
  chain?: number;
  branch?: number;
  /** Probe id of the enclosing body (undefined for files and defines). */
  parent?: number;
  /** Probe id of the file or define the probe is in. */
  root: number;
  /** The cursor `.` is the template's data here (no enclosing with/range). */
  dotUnchanged: boolean;
  /** `$name` → the expression it was declared with, for variables visible at the branch (suggestions). */
  vars?: Record<string, string>;
  /** For a `with` body's descendants: the field chain `.` stands for, when it is one (`.Values.backup`). */
  dotPath?: string;
}

export interface DefineInfo {
  name: string;
  file: string;
  line: number;
  endLine: number;
  /** The define's probe; undefined when it is not measurable. */
  probe?: number;
  reason?: string;
}

export interface TemplateInfo {
  /** Chart-relative path. */
  path: string;
  /** template: rendered by helm; partial: `_*` (helm runs it, prints nothing); notes: NOTES.txt. */
  kind: 'template' | 'partial' | 'notes';
  /** Set when nothing in the file is measured. */
  reason?: string;
  /** The file's probe (rendered templates). */
  fileProbe?: number;
  /** Counted lines: [line, probe id of the innermost body]. */
  lines: [number, number][];
  defines: DefineInfo[];
}

export interface NotMeasurable {
  /** Chart-relative path. */
  file: string;
  line?: number;
  define?: string;
  reason: string;
}

interface Span {
  start: number;
  end: number;
  probe: number;
}

export interface ProbeTable {
  /** Random hex in every marker and helper name of this copy. */
  nonce: string;
  /** The chart's name (Chart.yaml), as helm prefixes template paths. */
  chartName: string;
  /** The original chart directory (absolute). */
  chartDir: string;
  /** By id (index = id). */
  probes: Probe[];
  templates: TemplateInfo[];
  notMeasurable: NotMeasurable[];
  /** Per instrumented file: its text and [instrumented offset, original offset, length] of each copied slice. */
  maps: Record<string, { text: string; segments: [number, number, number][] }>;
  /** Per measured file: its original text, body spans and define holes, to place helm's error positions. */
  spans: Record<string, { text: string; spans: Span[]; holes: [number, number][]; fileProbe?: number }>;
}

/** Names of the helpers and copies of one instrumented chart. */
export function helperNames(nonce: string) {
  return {
    rec: `hg-${nonce}.rec`,
    flush: `hg-${nonce}.flush`,
    fflush: `hg-${nonce}.fflush`,
    fmark: `hg-${nonce}.fmark`,
    copy: (name: string) => `hg-${nonce}:${name}`,
  };
}

/** The helper defines (appended to every file that holds instrumented code; identical copies may repeat). */
function helpers(nonce: string): string {
  const h = helperNames(nonce);
  const tok = `hg${nonce}\\[[0-9,]*\\]`;
  const ids = `{{without (keys .) "m" | sortAlpha | join ","}}`;
  const nested = `{{get . "m" | default list | join ""}}`;
  return (
    `{{define ${JSON.stringify(h.rec)}}}{{$__d := index . 0}}{{$__s := index . 1}}` +
    `{{$__u := set $__d "m" (concat (get $__d "m" | default list) (regexFindAll \`${tok}\` $__s -1) | uniq)}}` +
    `{{regexReplaceAll \`@@(?:${tok})*@@|\\n# (?:${tok})*\\n\` $__s ""}}{{end}}` +
    `{{define ${JSON.stringify(h.flush)}}}@@hg${nonce}[${ids}]${nested}@@{{end}}` +
    `{{define ${JSON.stringify(h.fflush)}}}{{"\\n"}}# hg${nonce}[${ids}]${nested}{{"\\n"}}{{end}}` +
    `{{define ${JSON.stringify(h.fmark)}}} @@hg${nonce}[${ids}]${nested}@@{{end}}`
  );
}

/** Text assembled from original slices (with edits) and inserted strings, remembering where slices came from. */
class Builder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: [number, number, number][] = [];

  constructor(private readonly original: string) {}

  insert(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private copy(from: number, to: number): void {
    if (to <= from) return;
    this.segments.push([this.length, from, to - from]);
    this.insert(this.original.slice(from, to));
  }

  /** The original [from, to) with the edits whose offsets fall in it (an edit at `to` included). */
  slice(from: number, to: number, edits: readonly Edit[]): void {
    const mine = edits.filter((e) => e.at >= from && e.at <= to).sort((a, b) => a.at - b.at || a.key - b.key);
    let pos = from;
    for (const e of mine) {
      if (e.at < pos) continue; // inside a replaced range (never produced)
      this.copy(pos, e.at);
      this.insert(e.text);
      pos = e.end ?? e.at;
    }
    this.copy(pos, to);
  }

  text(): string {
    return this.parts.join('');
  }
}

function rel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/**
 * Copy a chart directory: directories and regular files as they are; a symlink becomes a symlink to the
 * original's real target (helm follows it the same way, and nothing is read here); other file types
 * (FIFOs, devices) are left out.
 */
export function copyChart(src: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const e of readdirSync(src, { withFileTypes: true })) {
    const s = join(src, e.name);
    const d = join(dest, e.name);
    if (e.isDirectory()) copyChart(s, d);
    else if (e.isFile()) copyFileSync(s, d, constants.COPYFILE_FICLONE);
    else if (e.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(s);
      } catch {
        target = readlinkSync(s); // dangling: as it is
      }
      symlinkSync(target, d);
    }
  }
}

function chartNameOf(chartDir: string): string {
  const got = readRegularFile(join(chartDir, 'Chart.yaml'), 1024 * 1024);
  if (!('text' in got)) throw new Error(`cannot read ${join(chartDir, 'Chart.yaml')}`);
  const doc = yaml().parse(got.text) as { name?: unknown } | null;
  if (typeof doc?.name !== 'string' || !doc.name) throw new Error(`${join(chartDir, 'Chart.yaml')} has no name`);
  return doc.name;
}

/** Every path under templates/ (chart-relative, sorted), regular files and symlinks alike. */
function templatePaths(chartDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 40) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink())
        try {
          isDir = statSync(p).isDirectory();
        } catch {
          isDir = false;
        }
      if (isDir) walk(p, depth + 1);
      else out.push(rel(chartDir, p));
    }
  };
  walk(join(chartDir, 'templates'), 0);
  return out.sort();
}

/** The file kinds helm gives templates: `_*` partials, `*NOTES.txt` notes, the rest rendered. */
function kindOf(path: string): TemplateInfo['kind'] {
  const base = path.split('/').pop()!;
  if (base.endsWith('NOTES.txt')) return 'notes';
  return base.startsWith('_') ? 'partial' : 'template';
}

interface FileWork {
  path: string;
  kind: TemplateInfo['kind'];
  text?: string;
  analysis?: Analysis;
  reason?: string;
}

/**
 * Instrument the chart at `chartDir` into `outDir` (created; the chart is copied to `outDir` itself).
 * Returns the probe table the collector and the model read.
 */
export function instrumentChart(chartDir: string, outDir: string, opts: { nonce?: string } = {}): ProbeTable {
  const nonce = opts.nonce ?? randomBytes(5).toString('hex');
  if (!/^[0-9a-f]+$/.test(nonce)) throw new Error('nonce must be lowercase hex');
  const names = helperNames(nonce);
  const chartName = chartNameOf(chartDir);
  copyChart(chartDir, outDir);

  const notMeasurable: NotMeasurable[] = [];
  const work: FileWork[] = [];
  for (const path of templatePaths(chartDir)) {
    const kind = kindOf(path);
    const text = readChartFile(join(chartDir, path), chartDir);
    const w: FileWork = { path, kind };
    if (text === undefined) w.reason = 'cannot be read (not a regular file inside the chart, or too large)';
    else {
      w.text = text;
      w.analysis = analyzeTemplate(text, kind === 'template');
      if (w.analysis.broken) w.reason = w.analysis.broken;
      else if (kind === 'notes') w.reason = 'helm template does not print NOTES.txt';
    }
    work.push(w);
  }

  // which defines get an instrumented copy: defined once in the chart, not in a subchart, measurable
  const sub = subchartDefines(chartDir);
  for (const u of sub.unread)
    notMeasurable.push({
      file: u,
      reason: 'subchart not read: a define it shares a name with would be counted from the chart’s copy',
    });
  const defs = new Map<string, { w: FileWork; d: Analysis['defines'][number] }[]>();
  for (const w of work)
    for (const d of w.analysis?.defines ?? []) {
      const list = defs.get(d.name) ?? [];
      list.push({ w, d });
      defs.set(d.name, list);
    }
  const whyNot = new Map<string, string>();
  for (const [name, list] of defs) {
    const { w, d } = list[0]!;
    if (list.length > 1) whyNot.set(name, `defined ${list.length} times (${list.map((x) => x.w.path).join(', ')})`);
    else if (sub.names.has(name)) whyNot.set(name, `also defined in ${sub.names.get(name)}`);
    else if (w.reason && w.kind !== 'notes') whyNot.set(name, `its file ${w.reason}`);
    else if (!d.root) whyNot.set(name, d.reason ?? 'not measurable');
  }
  const copyOf = (name: string) => (defs.has(name) && !whyNot.has(name) ? names.copy(name) : undefined);

  // probe ids, in file order
  const probes: Probe[] = [];
  const probeOf = new Map<Body, number>();
  for (const w of work) {
    const a = w.analysis;
    if (!a || a.broken) continue;
    const fileMeasured = w.kind === 'template' && !w.reason;
    for (const b of a.bodies) {
      if (b.root.kind === 'file' && !fileMeasured) continue;
      if (b.root.kind === 'define' && !copyOf(b.root.define!)) continue;
      probeOf.set(b, probes.length);
      probes.push(undefined as unknown as Probe);
    }
  }
  for (const w of work) {
    const a = w.analysis;
    if (!a) continue;
    for (const b of a.bodies) {
      const id = probeOf.get(b);
      if (id === undefined) continue;
      const p: Probe = {
        id,
        file: w.path,
        kind: b.kind,
        line: b.at.line,
        column: b.at.column,
        negates: b.negates,
        root: probeOf.get(b.root)!,
        dotUnchanged: b.dotUnchanged,
      };
      if (b.block) p.block = b.block.keyword as Probe['block'];
      else if (b.defaultOf) p.block = 'default';
      if (b.define !== undefined) p.define = b.define;
      if (b.kind === 'define') p.endLine = a.lexed.lines.line(b.end);
      if (b.condition !== undefined) p.condition = b.condition;
      if (b.chain !== undefined) {
        p.chain = probeOf.get(a.bodies[b.chain]!)!;
        p.branch = b.branch!;
      }
      if (b.parent) p.parent = probeOf.get(b.parent)!;
      if (b.kind !== 'file' && b.kind !== 'define') {
        const vars = visibleVars(a, b);
        if (Object.keys(vars).length) p.vars = vars;
        const dp = dotPathOf(b);
        if (dp) p.dotPath = dp;
      }
      probes[id] = p;
    }
  }

  const templates: TemplateInfo[] = [];
  const maps: ProbeTable['maps'] = {};
  const spans: ProbeTable['spans'] = {};
  for (const w of work) {
    const info: TemplateInfo = { path: w.path, kind: w.kind, lines: [], defines: [] };
    templates.push(info);
    if (w.reason) {
      info.reason = w.reason;
      notMeasurable.push({ file: w.path, reason: w.reason });
    }
    const a = w.analysis;
    if (!a || a.broken || w.text === undefined) continue;
    const text = w.text;
    for (const u of a.unmeasured)
      if (w.kind !== 'notes')
        notMeasurable.push({ file: w.path, ...(u.line !== undefined ? { line: u.line } : {}), reason: u.reason });
    if (w.kind === 'template' && !w.reason) info.fileProbe = probeOf.get(a.fileRoot!);
    for (const d of a.defines) {
      const di: DefineInfo = {
        name: d.name,
        file: w.path,
        line: a.lexed.lines.line(d.block.at.start),
        endLine: a.lexed.lines.line(d.block.end!.open.start),
      };
      const why = whyNot.get(d.name);
      if (why) {
        di.reason = why;
        notMeasurable.push({ file: w.path, line: di.line, define: d.name, reason: why });
      } else di.probe = probeOf.get(d.root!);
      info.defines.push(di);
    }
    for (const [line, b] of a.lines) {
      const id = probeOf.get(b);
      if (id !== undefined) info.lines.push([line, id]);
    }

    // edits per root: actions (calls) and bodies (probes)
    const editsByRoot = new Map<Body, Edit[]>();
    const push = (root: Body, e: Edit) => {
      const list = editsByRoot.get(root) ?? [];
      list.push(e);
      editsByRoot.set(root, list);
    };
    for (const act of a.lexed.actions) {
      const b = bodyOfAction(a, act.open.start);
      if (!b || !probeOf.has(b.root)) continue;
      const r = rewriteAction(act, { copy: copyOf, rec: names.rec, fmark: names.fmark });
      for (const e of r.edits) push(b.root, e);
      for (const n of r.notes)
        notMeasurable.push({
          file: w.path,
          line: a.lexed.lines.line(n.offset),
          ...(b.root.define !== undefined ? { define: b.root.define } : {}),
          reason: n.reason,
        });
    }
    for (const b of a.bodies) {
      const id = probeOf.get(b);
      if (id === undefined || b.kind === 'file' || b.kind === 'define') continue;
      const probe = (rt: boolean) => `{{ $__hgp := set $__hg "${id}" true${rt ? ' -' : ' '}}}`;
      if (b.defaultOf) {
        // both outcomes in one test right before the action (which evaluates the same chain first thing);
        // a left trim marker moves to the test, which then trims what the action would have
        const given = a.bodies[b.index + 1]!;
        if (b.kind !== 'then' || probeOf.get(given) === undefined) continue;
        push(b.root, {
          at: b.start,
          text:
            `{{${hasLeftTrim(b.defaultOf.action) ? '- ' : ' '}if empty ${b.defaultOf.expr} }}${probe(false)}` +
            `{{ else }}{{ $__hgp := set $__hg "${probeOf.get(given)}" true }}{{ end }}`,
          key: -1.5,
        });
        continue;
      }
      if (b.kind === 'implicit else') {
        const end = b.block!.end!;
        push(b.root, { at: b.start, text: `{{${hasLeftTrim(end) ? '- ' : ' '}else }}${probe(false)}`, key: -1 });
      } else push(b.root, { at: b.start, text: probe(hasRightTrim(b.opener!)), key: -2 });
    }

    const fileRoot = a.fileRoot && probeOf.has(a.fileRoot) ? a.fileRoot : undefined;
    const copies = a.defines.filter((d) => d.root && probeOf.has(d.root));
    if (!fileRoot && !copies.length) continue;

    const out = new Builder(text);
    if (fileRoot) {
      out.slice(0, text.length, [
        { at: 0, text: `{{ $__hg := dict "${probeOf.get(fileRoot)}" true }}`, key: -3 },
        ...(editsByRoot.get(fileRoot) ?? []),
      ]);
      out.insert(`{{ include ${JSON.stringify(names.fflush)} $__hg }}`);
    } else out.slice(0, text.length, []);
    out.insert(helpers(nonce));
    for (const d of copies) {
      const root = d.root!;
      const opener = d.block.action;
      const end = d.block.end!;
      out.insert(
        `{{define ${JSON.stringify(names.copy(d.name))}}}` +
          `{{ $__hg := dict "${probeOf.get(root)}" true${hasRightTrim(opener) ? ' -' : ' '}}}`,
      );
      out.slice(root.start, root.end, editsByRoot.get(root) ?? []);
      out.insert(`{{${hasLeftTrim(end) ? '- ' : ' '}include ${JSON.stringify(names.flush)} $__hg }}{{end}}`);
    }
    const instrumented = out.text();
    const dest = join(outDir, w.path);
    try {
      if (lstatSync(dest).isSymbolicLink()) unlinkSync(dest);
    } catch {
      /* absent */
    }
    writeFileSync(dest, instrumented);
    maps[w.path] = { text: instrumented, segments: out.segments };
    spans[w.path] = {
      text,
      spans: a.bodies
        .filter((b) => probeOf.has(b) && b.end > b.start)
        .map((b) => ({ start: b.start, end: b.end, probe: probeOf.get(b)! })),
      holes: [
        ...a.opaque,
        ...a.defines.map((d): [number, number] => [d.block.action.open.start, d.block.end!.close?.end ?? text.length]),
      ],
      ...(fileRoot ? { fileProbe: probeOf.get(fileRoot)! } : {}),
    };
  }
  return { nonce, chartName, chartDir, probes, templates, notMeasurable, maps, spans };
}

/** The innermost measured body holding an action that starts at `offset`. */
function bodyOfAction(a: Analysis, offset: number): Body | undefined {
  if (a.opaque.some(([s, e]) => offset >= s && offset < e)) return undefined;
  let best: Body | undefined;
  for (const b of a.bodies) {
    if (b.start > offset || offset >= b.end) continue;
    if (
      b.kind === 'file' &&
      a.defines.some((d) => offset >= d.block.action.open.start && offset < (d.block.end!.close?.end ?? Infinity))
    )
      continue;
    if (!best || b.start >= best.start) best = b;
  }
  return best;
}

/**
 * Variables visible at a branch's opener, declared once with `$name := …` in an enclosing body where `.`
 * is the template's data, and never assigned again in the same template.
 */
function visibleVars(a: Analysis, b: Body): Record<string, string> {
  const text = a.lexed.text;
  const at = b.opener?.open.start ?? b.block!.action.open.start;
  const decls: { name: string; expr: string; body: Body; offset: number }[] = [];
  const assigned = new Set<string>();
  for (const act of a.lexed.actions) {
    const w = words(act);
    if (w[0]?.kind !== 'variable' || !w[1]) continue;
    if (w[1].kind === 'assign') assigned.add(w[0].value);
    if (w[1].kind !== 'declare') continue;
    const body = bodyOfAction(a, act.open.start);
    if (!body || body.root !== b.root) continue;
    const end = act.close ? act.close.start : text.length;
    decls.push({
      name: w[0].value,
      expr: text
        .slice(w[2]?.start ?? end, end)
        .replace(/\s+/g, ' ')
        .trim(),
      body,
      offset: act.open.start,
    });
  }
  const count = new Map<string, number>();
  for (const d of decls) count.set(d.name, (count.get(d.name) ?? 0) + 1);
  const out: Record<string, string> = {};
  const chain: Body[] = [];
  for (let p = b.parent; p; p = p.parent) chain.push(p);
  for (const d of decls) {
    if (assigned.has(d.name) || count.get(d.name) !== 1 || d.offset >= at) continue;
    if (!chain.includes(d.body) || !d.body.dotUnchanged) continue;
    out[d.name] = d.expr;
  }
  return out;
}

/** What `.` is inside a body when every enclosing `with` tests a plain field chain (`.Values.backup`). */
function dotPathOf(b: Body): string | undefined {
  const ws: Body[] = [];
  for (let p = b.parent; p; p = p.parent) {
    if (p.kind === 'then' && p.block?.keyword === 'range') return undefined;
    if ((p.kind === 'then' && p.block?.keyword === 'with') || p.kind === 'else with') ws.unshift(p);
  }
  if (!ws.length) return undefined;
  let dot = '';
  for (const w of ws) {
    const c = w.condition ?? '';
    if (/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(c)) dot = dot + c;
    else if (/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(c)) dot = c.slice(1);
    else return undefined;
  }
  return dot;
}
