/**
 * Pure helpers that name helm's release archives: platform mapping, version normalisation, mirror URLs,
 * and parsing of the `.sha256sum` files that get.helm.sh publishes next to every archive.
 * No I/O here and no `@actions/*`: everything is a function of its arguments.
 */

export type HelmOs = 'linux' | 'darwin' | 'windows';
export type HelmArch = 'amd64' | 'arm64';
/** The `<os>-<arch>` part of an archive name, e.g. `linux-amd64`. */
export type HelmPlatformKey = `${HelmOs}-${HelmArch}`;

export interface HelmPlatform {
  os: HelmOs;
  arch: HelmArch;
}

export const DEFAULT_HELM_MIRROR = 'https://get.helm.sh';
/** The Action's default `helm-version`: every platform of it has a pinned official checksum. */
export const DEFAULT_HELM_VERSION = 'v4.1.4';

export const HELM_PLATFORM_KEYS: readonly HelmPlatformKey[] = [
  'linux-amd64',
  'linux-arm64',
  'darwin-amd64',
  'darwin-arm64',
  'windows-amd64',
  'windows-arm64',
];

const OS_MAP: Readonly<Record<string, HelmOs>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH_MAP: Readonly<Record<string, HelmArch>> = { x64: 'amd64', arm64: 'arm64' };

/**
 * Map Node's `process.platform` / `process.arch` to helm's OS and architecture names.
 * Throws for anything helm-guard does not install (e.g. `aix`, `ia32`, `arm`).
 */
export function helmPlatform(nodePlatform: string = process.platform, nodeArch: string = process.arch): HelmPlatform {
  const os = Object.hasOwn(OS_MAP, nodePlatform) ? OS_MAP[nodePlatform] : undefined;
  const arch = Object.hasOwn(ARCH_MAP, nodeArch) ? ARCH_MAP[nodeArch] : undefined;
  if (!os || !arch) {
    throw new Error(
      `helm-guard cannot install helm on ${nodePlatform}/${nodeArch}: supported runners are ` +
        'linux, darwin and win32 on x64 or arm64. Install helm yourself and pass its path instead.',
    );
  }
  return { os, arch };
}

export function platformKey(p: HelmPlatform): HelmPlatformKey {
  return `${p.os}-${p.arch}`;
}

// Semantic Versioning 2.0.0 core + optional pre-release (helm publishes e.g. v3.17.0-rc.1). No build metadata:
// helm's archive names never carry it. No leading zeros, no wildcards, no ranges.
const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER_RE = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);

/**
 * `3.16.4` → `v3.16.4`; `v4.1.4` stays. Anything that is not one exact version (ranges, `latest`, `3.16`,
 * `3.x`, `^3.16.4`, build metadata) is refused: helm-guard never picks a version on its own.
 */
export function normalizeHelmVersion(input: string): string {
  const s = input.trim();
  const m = SEMVER_RE.exec(s);
  if (!m) {
    throw new Error(
      `helm version ${JSON.stringify(input)} is not an exact version: give a full semantic version such as ` +
        '"v3.16.4" or "3.16.4" (no ranges, no "latest").',
    );
  }
  return s.startsWith('v') ? s : `v${s}`;
}

export function archiveExtension(p: HelmPlatform): 'tar.gz' | 'zip' {
  return p.os === 'windows' ? 'zip' : 'tar.gz';
}

/** `helm-v3.16.4-linux-amd64.tar.gz`, `helm-v3.16.4-windows-amd64.zip`. */
export function archiveName(version: string, p: HelmPlatform): string {
  return `helm-${normalizeHelmVersion(version)}-${platformKey(p)}.${archiveExtension(p)}`;
}

/**
 * Validate a mirror base URL and drop trailing slashes. Only http(s) is accepted; a path prefix is kept
 * (`https://mirror.example/helm/` → `https://mirror.example/helm`).
 */
export function normalizeMirror(mirror: string = DEFAULT_HELM_MIRROR): string {
  const raw = mirror.trim() || DEFAULT_HELM_MIRROR;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} must be an http(s) URL`);
  }
  if (url.search || url.hash) {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} must not carry a query or fragment`);
  }
  return raw.replace(/\/+$/, '');
}

/** `<mirror>/helm-<version>-<os>-<arch>.<ext>` */
export function archiveUrl(mirror: string, version: string, p: HelmPlatform): string {
  return `${normalizeMirror(mirror)}/${archiveName(version, p)}`;
}

/** The `.sha256sum` file published next to the archive. */
export function checksumUrl(mirror: string, version: string, p: HelmPlatform): string {
  return `${archiveUrl(mirror, version, p)}.sha256sum`;
}

export function binaryName(p: HelmPlatform): 'helm' | 'helm.exe' {
  return p.os === 'windows' ? 'helm.exe' : 'helm';
}

/** Directory inside the archive that holds the binary: `linux-amd64`. */
export function archiveDir(p: HelmPlatform): HelmPlatformKey {
  return platformKey(p);
}

/** Path of the binary inside the archive, forward slashes: `linux-amd64/helm`, `windows-arm64/helm.exe`. */
export function binaryPathInArchive(p: HelmPlatform): string {
  return `${archiveDir(p)}/${binaryName(p)}`;
}

const HEX64 = /^[0-9a-fA-F]{64}$/;

export function isSha256Hex(s: string): boolean {
  return HEX64.test(s);
}

/** Trim and lower-case a SHA-256 hex digest; throws (naming `what`) when it is not 64 hex characters. */
export function normalizeSha256(s: string, what = 'SHA-256 checksum'): string {
  const t = s.trim();
  if (!isSha256Hex(t)) {
    throw new Error(`${what} ${JSON.stringify(t.slice(0, 80))} is not a SHA-256 digest (64 hexadecimal characters)`);
  }
  return t.toLowerCase();
}

/**
 * Parse the body of a `<archive>.sha256sum` file (`sha256sum` output: `<hex>  <filename>`, or `<hex> *<filename>`
 * in binary mode) and return the lower-case digest for `archive`. Every non-empty line must be well formed,
 * and exactly one digest must be given for `archive`; otherwise this throws.
 */
export function parseSha256Sum(body: string, archive: string): string {
  const lines = body
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) throw new Error(`checksum file for ${archive} is empty`);
  const found = new Set<string>();
  const names: string[] = [];
  for (const line of lines) {
    const m = /^(\S+)\s+\*?(.+)$/.exec(line);
    if (!m) {
      throw new Error(
        `checksum file for ${archive} is malformed: expected "<sha256>  <filename>", got ${JSON.stringify(line.slice(0, 120))}`,
      );
    }
    const hex = m[1] ?? '';
    const name = (m[2] ?? '').trim();
    if (!isSha256Hex(hex)) {
      throw new Error(
        `checksum file for ${archive} is malformed: ${JSON.stringify(hex.slice(0, 80))} is not a SHA-256 digest (64 hexadecimal characters)`,
      );
    }
    names.push(name);
    if (name === archive) found.add(hex.toLowerCase());
  }
  if (found.size === 0) {
    throw new Error(
      `checksum file names ${names.map((n) => JSON.stringify(n)).join(', ')}, not ${JSON.stringify(archive)}`,
    );
  }
  if (found.size > 1) throw new Error(`checksum file gives ${found.size} different digests for ${archive}`);
  return [...found][0] as string;
}
