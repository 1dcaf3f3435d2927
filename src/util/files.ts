/**
 * Reading chart files to place findings. The chart is input: a template hidden from helm by .helmignore
 * may be a symlink to /dev/zero, a FIFO, a file outside the chart or a file of gigabytes. Only regular
 * files inside the chart, of a bounded size, are read; anything else is unreadable, and the finding gets
 * an approximate location.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Larger chart files are not read to place findings (a template is kilobytes). */
export const MAX_CHART_FILE_BYTES = 4 * 1024 * 1024;

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function inside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

/**
 * The text of `file` when it is a regular file of at most `maxBytes` whose real path (symlinks resolved)
 * is inside `root`; undefined otherwise, or when it cannot be read. Never blocks on a FIFO or a device.
 */
export function readChartFile(file: string, root: string, maxBytes = MAX_CHART_FILE_BYTES): string | undefined {
  const real = realOrUndefined(file);
  const rootReal = realOrUndefined(root);
  if (!real || !rootReal || !inside(real, rootReal)) return undefined;
  const r = readRegularFile(real, maxBytes);
  return 'text' in r ? r.text : undefined;
}

/**
 * The text of a file that must be a regular file of at most `maxBytes` (a CRD file, a report, a
 * config-named path): opened non-blocking and checked (fstat) before a byte is read, so a FIFO or a device
 * never blocks or never ends. Otherwise why not.
 */
export function readRegularFile(
  file: string,
  maxBytes: number,
): { text: string } | { why: 'missing' | 'directory' | 'not-regular' | 'too-large' | 'unreadable' } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      why: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'directory' : 'unreadable',
    };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { why: 'directory' };
    if (!st.isFile()) return { why: 'not-regular' };
    if (st.size > maxBytes) return { why: 'too-large' };
    // read to the end, but never past the cap (a file that grows while read is refused)
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n === buf.length) return { why: 'too-large' };
    }
    return { text: buf.toString('utf8', 0, n) };
  } catch {
    return { why: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/**
 * Every regular file below `dir` (recursively) whose name matches and that `readChartFile` would read:
 * inside `root` (default `dir`) after symlinks are resolved, at most `maxBytes`. Directories reached
 * through symlinks are followed only inside `root`, each real directory once (no loops).
 */
export function filesBelow(dir: string, name: RegExp, root = dir, maxBytes = MAX_CHART_FILE_BYTES): string[] {
  const out: string[] = [];
  const rootReal = realOrUndefined(root);
  if (!rootReal) return out;
  const seen = new Set<string>();
  const walk = (d: string) => {
    const real = realOrUndefined(d);
    if (!real || !inside(real, rootReal) || seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) {
        let st;
        try {
          st = statSync(p);
        } catch {
          continue; // dangling
        }
        if (st.isDirectory()) walk(p);
        else if (st.isFile() && st.size <= maxBytes && name.test(e.name)) {
          const target = realOrUndefined(p);
          if (target && inside(target, rootReal)) out.push(p);
        }
      } else if (e.isFile() && name.test(e.name)) {
        try {
          if (statSync(p).size <= maxBytes) out.push(p);
        } catch {
          /* gone */
        }
      }
    }
  };
  walk(dir);
  return out;
}
