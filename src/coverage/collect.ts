/**
 * Template coverage, step 2: which probes fired in one instrumented render.
 *
 * A render that succeeds: helm prints every document as `---\n# Source: <path>\n<content>\n`, where content is
 * the document with white space trimmed (helm's SplitManifests uses Go's strings.TrimSpace). Each rendered
 * file of the instrumented chart ends with one comment line `# hg<nonce>[ids]…`: it is either the last line
 * of the file's last document, or a document of its own (a file that printed nothing, or ended in `---`).
 * Removing that line and trimming again gives back helm's document exactly; a document left empty was not
 * there without the probes and is dropped whole.
 *
 * A render that fails prints no documents. Two things survive in helm's error: the message of the
 * `required`/`fail` that stopped it, to which the instrumented copy appends the probes of the template
 * that was running (`@@hg<nonce>[ids]…@@`), and the positions helm names (`execution error at (f:l:c)`, or
 * each `f:l:c` of an include chain). A failing combo covers exactly those: the probes in the message, and
 * each body holding a named position, with its enclosing bodies. Everything else it ran is unknown and
 * not counted.
 */
import { readHelmTemplateError } from '../template/helm-text.js';
import { chartPath } from '../template/sources.js';
import type { ProbeTable } from './instrument.js';

export interface RenderProbes {
  /** Probe ids that fired. */
  fired: Set<number>;
  /** Chart-relative templates that printed at least one document (successful renders). */
  rendered: Set<string>;
  /** The output with every probe removed (successful renders): equal to the uninstrumented render. */
  cleaned?: string;
  /** Where a failing render's coverage comes from. */
  failure?: { message: boolean; positions: number };
  /** Reasons the render's probes cannot be trusted. */
  problems: string[];
}

/** Go's unicode.IsSpace, as strings.TrimSpace uses it. */
function isGoSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Go's strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function idsIn(text: string, nonce: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`hg${nonce}\\[([0-9,]*)\\]`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) for (const x of m[1]!.split(',')) if (x !== '') out.push(Number(x));
  return out;
}

const HEADER = '---\n# Source: ';

/** Probes of a successful instrumented render (helm's stdout). */
export function collectRender(table: ProbeTable, stdout: string): RenderProbes {
  const fired = new Set<number>();
  const rendered = new Set<string>();
  const problems: string[] = [];
  const marker = new RegExp(`^# (?:hg${table.nonce}\\[[0-9,]*\\])+$`);
  const out: string[] = [];
  if (stdout !== '' && !stdout.startsWith(HEADER)) problems.push('the output does not start with a "# Source:" header');
  let pos = 0;
  while (pos < stdout.length) {
    const next = stdout.indexOf('\n' + HEADER, pos + 1);
    const end = next < 0 ? stdout.length : next + 1;
    const doc = stdout.slice(pos, end);
    pos = end;
    if (!doc.startsWith(HEADER)) {
      out.push(doc);
      continue;
    }
    const nl = doc.indexOf('\n', HEADER.length);
    const source = doc.slice(HEADER.length, nl < 0 ? doc.length : nl);
    const body = nl < 0 ? '' : doc.slice(nl + 1);
    const content = body.endsWith('\n') ? body.slice(0, -1) : body;
    const lines = content.split('\n');
    const kept = lines.filter((l) => {
      if (!marker.test(l)) return true;
      for (const id of idsIn(l, table.nonce)) fired.add(id);
      return false;
    });
    let text = content;
    if (kept.length !== lines.length) {
      text = goTrimSpace(kept.join('\n'));
      if (text === '') continue;
    }
    out.push(`${HEADER}${source}\n${text}\n`);
    const rel = source.startsWith(table.chartName + '/') ? chartPath(source) : undefined;
    if (rel) rendered.add(rel);
  }
  const cleaned = out.join('');
  if (cleaned.includes(`hg${table.nonce}`)) problems.push('a probe marker reached the output outside its comment line');
  for (const id of fired) if (!table.probes[id]) problems.push(`unknown probe id ${id}`);
  return { fired, rendered, cleaned, problems };
}

/** UTF-16 offset of a 0-based byte column in 1-based `line` of `text`. */
function offsetOf(text: string, line: number, byteColumn: number): number | undefined {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  let bytes = 0;
  let i = start;
  while (i < text.length && bytes < byteColumn && text[i] !== '\n') {
    const cp = text.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The original offset of an instrumented offset (inserted text maps to where it was inserted). */
function originalOffset(segments: readonly [number, number, number][], inst: number): number | undefined {
  let best: [number, number, number] | undefined;
  for (const s of segments) {
    if (s[0] <= inst) best = s;
    else break;
  }
  if (!best) return undefined;
  return best[1] + Math.min(inst - best[0], best[2]);
}

/** The probe of the innermost measured body at an original offset of a template. */
export function probeAt(table: ProbeTable, file: string, offset: number): number | undefined {
  const s = table.spans[file];
  if (!s) return undefined;
  const inHole = s.holes.some(([a, b]) => offset >= a && offset < b);
  let best: { start: number; probe: number } | undefined;
  for (const sp of s.spans) {
    if (offset < sp.start || offset >= sp.end) continue;
    if (inHole && sp.probe === s.fileProbe) continue;
    if (!best || sp.start >= best.start) best = sp;
  }
  return best?.probe;
}

/** The probe of a position helm names in the instrumented copy (`<chart>/templates/x.yaml`, line, byte column). */
export function probeOfHelmPosition(
  table: ProbeTable,
  helmFile: string,
  line: number,
  byteColumn: number,
): number | undefined {
  const file = helmFile.startsWith(table.chartName + '/') ? chartPath(helmFile) : undefined;
  const map = file ? table.maps[file] : undefined;
  if (!file || !map) return undefined;
  const inst = offsetOf(map.text, line, byteColumn);
  if (inst === undefined) return undefined;
  const orig = originalOffset(map.segments, inst);
  return orig === undefined ? undefined : probeAt(table, file, orig);
}

/** Probes of a failed instrumented render (helm's stderr). */
export function collectFailure(table: ProbeTable, stderr: string): RenderProbes {
  const fired = new Set<number>(idsIn(stderr, table.nonce));
  const message = fired.size > 0;
  let positions = 0;
  const err = readHelmTemplateError(stderr);
  if (err?.kind === 'exec')
    for (const f of err.frames) {
      const id = probeOfHelmPosition(table, f.file, f.line, f.byteColumn);
      if (id === undefined) continue;
      positions++;
      for (let p: number | undefined = id; p !== undefined; p = table.probes[p]!.parent) {
        fired.add(p);
        fired.add(table.probes[p]!.root);
      }
    }
  const problems: string[] = [];
  for (const id of fired) if (!table.probes[id]) problems.push(`unknown probe id ${id}`);
  return { fired, rendered: new Set(), failure: { message, positions }, problems };
}
