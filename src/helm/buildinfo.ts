/**
 * The version of an official helm binary, read from the Go build information it carries instead of
 * starting it: `helm version` costs a cold helm start, some 40 ms of CPU, beside the renders.
 *
 * Go (1.18 and later) writes the build information into an ELF section `.go.buildinfo`: a 16-byte header
 * ("\xff Go buildinf:", pointer size, flags), then, when flag 2 is set, two length-prefixed strings — the
 * Go version and the module information (lines such as `path\thelm.sh/helm/v3/cmd/helm` and
 * `build\tvcs.revision=…`) wrapped in 16-byte sentinels. (Layout as Go's debug/buildinfo reads it.)
 *
 * helm's release builds stamp the git commit they were built from (`vcs.revision`, `vcs.modified=false`),
 * and src/helm/releases.json names the release tag of each commit (scripts/gen-helm-releases.mjs). v4
 * binaries also carry their module version. Anything else — another format (Mach-O, PE), a wrapper script,
 * a modified tree, a commit no single release names — is undefined, and helm is asked.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import releases from './releases.json' with { type: 'json' };

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
/** Large enough for helm's module list (about 10 KB) with room to spare. */
const MAX_SECTION = 1024 * 1024;
const RELEASES: Record<string, string> = releases.commits;

function read(fd: number, offset: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  const n = readSync(fd, b, 0, length, offset);
  return b.subarray(0, n);
}

/** The `.go.buildinfo` section of a 64-bit little-endian ELF file, if it has one. */
function buildInfoSection(fd: number): Buffer | undefined {
  const h = read(fd, 0, 64);
  // ELF magic, 64-bit, little-endian (every platform helm ships for Linux but s390x and ppc64 big-endian)
  if (h.length < 64 || h.readUInt32BE(0) !== 0x7f454c46 || h[4] !== 2 || h[5] !== 1) return undefined;
  const shoff = Number(h.readBigUInt64LE(0x28));
  const shentsize = h.readUInt16LE(0x3a);
  const shnum = h.readUInt16LE(0x3c);
  const shstrndx = h.readUInt16LE(0x3e);
  if (shentsize < 64 || shnum === 0 || shnum > 512 || shstrndx >= shnum) return undefined;
  const table = read(fd, shoff, shentsize * shnum);
  if (table.length < shentsize * shnum) return undefined;
  const section = (i: number) => ({
    name: table.readUInt32LE(i * shentsize),
    offset: Number(table.readBigUInt64LE(i * shentsize + 0x18)),
    size: Number(table.readBigUInt64LE(i * shentsize + 0x20)),
  });
  const strtab = section(shstrndx);
  if (strtab.size > 64 * 1024) return undefined;
  const names = read(fd, strtab.offset, strtab.size);
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    const end = names.indexOf(0, s.name);
    if (end < 0 || names.toString('latin1', s.name, end) !== '.go.buildinfo') continue;
    return read(fd, s.offset, Math.min(s.size, MAX_SECTION));
  }
  return undefined;
}

/** A uvarint-length-prefixed string at `at` (Go's encoding/binary), and where the next one starts. */
function lengthPrefixed(b: Buffer, at: number): { text: string; next: number } | undefined {
  let n = 0;
  let shift = 0;
  for (let i = at; i < b.length && shift < 35; i++, shift += 7) {
    n += (b[i]! & 0x7f) * 2 ** shift;
    if (b[i]! < 0x80) {
      const start = i + 1;
      return start + n <= b.length ? { text: b.toString('utf8', start, start + n), next: start + n } : undefined;
    }
  }
  return undefined;
}

/** The module information lines of a Go binary (empty when there are none this reader knows). */
export function goModuleInfo(file: string): string[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const b = buildInfoSection(fd);
    // flag 2: the strings follow the header inline (Go 1.18 and later)
    if (!b || b.length < 32 || !b.subarray(0, 14).equals(MAGIC) || (b[15]! & 2) === 0) return [];
    const go = lengthPrefixed(b, 32);
    const mod = go && lengthPrefixed(b, go.next);
    if (!mod) return [];
    let text = mod.text;
    if (text.length >= 33 && text[text.length - 17] === '\n') text = text.slice(16, -16);
    return text.split('\n');
  } catch {
    return [];
  } finally {
    closeSync(fd);
  }
}

/** A release version, not a pseudo-version (v0.0.0-20240101000000-abcdef123456) nor a dirty one. */
const RELEASE_VERSION = /^v(\d+)\.\d+\.\d+(?:-(?:alpha|beta|rc)\.\d+)?$/;

/** The version an official helm binary reports, from its build information; undefined when unsure. */
export function helmVersionFromBuild(file: string): string | undefined {
  const fields = new Map<string, string>();
  let path: string | undefined;
  let modVersion: string | undefined;
  for (const line of goModuleInfo(file)) {
    const [key, a, b] = line.split('\t');
    if (key === 'path') path = a;
    else if (key === 'mod') modVersion = b;
    else if (key === 'build' && a) {
      const eq = a.indexOf('=');
      if (eq > 0) fields.set(a.slice(0, eq), a.slice(eq + 1));
    }
  }
  const major = /^helm\.sh\/helm\/v(\d+)\/cmd\/helm$/.exec(path ?? '')?.[1];
  const revision = fields.get('vcs.revision');
  if (!major || !revision || fields.get('vcs.modified') !== 'false') return undefined;
  const fromTag = Object.hasOwn(RELEASES, revision) ? RELEASES[revision] : undefined;
  const version = fromTag ?? modVersion;
  const m = version ? RELEASE_VERSION.exec(version) : null;
  return m && m[1] === major ? version : undefined;
}
