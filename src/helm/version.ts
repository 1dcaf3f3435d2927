/**
 * The version a helm binary reports. An official release build names it in its Go build information
 * (src/helm/buildinfo.ts); any other binary is asked once: the answer is remembered in the process and in a
 * small file under the temp directory, so repeated runs do not start an extra helm. The file is shared state in
 * a fixed place: it is written atomically (a temporary file renamed over it), only into a directory of
 * our own, and what is read from it is used only when it is a plain version string.
 */
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GuardError } from '../result.js';
import { helmVersionFromBuild } from './buildinfo.js';
import { run } from './run.js';

/** What `helm version --template {{.Version}}` prints: v3.16.4, v4.1.4, v3.17.0-rc.1. */
export const HELM_VERSION_RE = /^v\d{1,4}\.\d{1,4}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/;

/** The cache file (exported for tests). */
export function versionCacheFile(): string {
  return join(tmpdir(), `helm-guard-${process.getuid?.() ?? 'user'}`, 'helm-versions.json');
}

const known = new Map<string, string>();
/** At most this many binaries are remembered in the file (the newest win). */
const MAX_ENTRIES = 64;

/** The cache directory, when it is ours alone: a real directory, owned by us, writable by nobody else. */
function ownDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    if (process.getuid && st.uid !== process.getuid()) return false;
    return process.platform === 'win32' || (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** The file's entries that are well-formed; anything else (torn, planted, another format) is a miss. */
function readEntries(file: string): Record<string, string> {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || st.size > 256 * 1024) return {};
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(json)) if (typeof v === 'string' && HELM_VERSION_RE.test(v)) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** Write the whole file under a temporary name, then rename it over the old one: readers see all or nothing. */
function writeEntries(file: string, entries: Record<string, string>): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(entries), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * The version helm reports, checked once per binary: keyed by real path, size and mtime. A reply that is
 * not a version string (a stand-in, a wrapper printing more) is refused.
 */
export async function helmVersion(helm: string): Promise<string> {
  let key: string | undefined;
  try {
    const st = statSync(helm);
    key = `${realpathSync(helm)}:${st.size}:${st.mtimeMs}`;
  } catch {
    /* not there: run it to get the error */
  }
  const file = versionCacheFile();
  // a directory someone else owns or can write to holds nothing we read or write
  const usable = key !== undefined && ownDir(dirname(file));
  if (key) {
    const mine = known.get(key);
    if (mine) return mine;
    // an official build says its version in its build information: no helm to start
    const built = helmVersionFromBuild(helm);
    if (built) {
      known.set(key, built);
      return built;
    }
    const cached = usable ? readEntries(file)[key] : undefined;
    if (cached) {
      known.set(key, cached);
      return cached;
    }
  }
  const r = await run(helm, ['version', '--template', '{{.Version}}'], {
    timeoutMs: 30_000,
    maxOutputBytes: 64 * 1024,
  });
  if (r.spawnError)
    throw new GuardError(`helm not found or not executable: ${helm} (${r.spawnError.code ?? r.spawnError.message})`);
  const version = r.stdout.trim();
  if (r.code !== 0 || !HELM_VERSION_RE.test(version))
    throw new GuardError(
      `${helm} does not look like helm: ${JSON.stringify((r.stdout + r.stderr).trim().slice(0, 200))}${r.signal ? ` (killed by ${r.signal})` : ''}`,
    );
  if (key) {
    known.set(key, version);
    if (usable) {
      const entries = readEntries(file);
      delete entries[key];
      const kept = Object.entries(entries).slice(-(MAX_ENTRIES - 1));
      writeEntries(file, Object.fromEntries([...kept, [key, version]]));
    }
  }
  return version;
}
