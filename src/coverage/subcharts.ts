/**
 * The define names a chart's subcharts bring (unpacked directories and .tgz archives under charts/): they
 * share one namespace with the chart's own defines, so a name defined in both cannot be copied safely.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readRegularFile } from '../util/files.js';
import { definedNames } from './analyze.js';

/** Archives and templates larger than this are not read (their names stay unknown, said in `unread`). */
const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

export interface SubchartDefines {
  /** Define name → where (`charts/sub/templates/_h.tpl`, `charts/sub-1.0.0.tgz:sub/templates/_h.tpl`). */
  names: Map<string, string>;
  /** Files and archives that could not be read. */
  unread: string[];
}

/** Regular files of a ustar/pax archive: path → bytes (GNU long names and pax `path` records honoured). */
export function untar(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let off = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  const str = (b: Buffer) => {
    const z = b.indexOf(0);
    return b.toString('utf8', 0, z < 0 ? b.length : z);
  };
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const size = parseInt(str(h.subarray(124, 136)).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) break;
    const type = String.fromCharCode(h[156] || 48);
    const prefix = str(h.subarray(345, 500));
    const base = str(h.subarray(0, 100));
    const data = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = str(data);
      continue;
    }
    if (type === 'x') {
      for (const rec of data.toString('utf8').split('\n')) {
        const m = /^\d+ path=(.*)$/.exec(rec);
        if (m) paxPath = m[1];
      }
      continue;
    }
    if (type === 'g') continue;
    const name = paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base);
    paxPath = longName = undefined;
    if (type === '0' || type === '\0' || type === '7') out.set(name, Buffer.from(data));
  }
  return out;
}

/** Every define name under `<chartDir>/charts` (recursively through unpacked subcharts). */
export function subchartDefines(chartDir: string): SubchartDefines {
  const names = new Map<string, string>();
  const unread: string[] = [];
  const addText = (text: string, where: string) => {
    for (const n of definedNames(text)) if (!names.has(n)) names.set(n, where);
  };
  const walk = (dir: string, rel: string, depth: number) => {
    if (depth > 20) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      const r = `${rel}/${e.name}`;
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, r, depth + 1);
      else if (!st.isFile()) continue;
      else if (e.name.endsWith('.tgz')) {
        if (st.size > MAX_ARCHIVE_BYTES) {
          unread.push(r.slice(1));
          continue;
        }
        try {
          const bytes = gunzipSync(readFileSync(p), { maxOutputLength: MAX_ARCHIVE_BYTES * 4 });
          for (const [name, data] of untar(bytes))
            if (/(^|\/)templates\//.test(name) && data.length <= MAX_TEMPLATE_BYTES)
              addText(data.toString('utf8'), `${r.slice(1)}:${name}`);
        } catch {
          unread.push(r.slice(1));
        }
      } else if (/(^|\/)templates\//.test(r)) {
        const got = readRegularFile(p, MAX_TEMPLATE_BYTES);
        if ('text' in got) addText(got.text, r.slice(1));
        else unread.push(r.slice(1));
      }
    }
  };
  walk(join(chartDir, 'charts'), '/charts', 0);
  return { names, unread };
}
