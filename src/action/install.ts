/**
 * Install one exact helm version for the runner: tool cache first, else download from a mirror, verify the
 * archive's SHA-256 (fail closed), extract, check that the binary reports the requested version, cache it,
 * and put it on PATH. Never picks another version, never calls the GitHub API.
 */
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PINNED_HELM_SHA256, pinnedSha256, type ChecksumTable } from '../helm/checksums.js';
import {
  DEFAULT_HELM_MIRROR,
  archiveDir,
  archiveName,
  archiveUrl,
  binaryName,
  binaryPathInArchive,
  checksumUrl,
  helmPlatform,
  normalizeHelmVersion,
  normalizeMirror,
  normalizeSha256,
  parseSha256Sum,
  platformKey,
  type HelmPlatform,
} from '../helm/platform.js';

/** Where the expected checksum came from, in the order they are tried. */
export type ChecksumSource = 'input' | 'pinned' | 'mirror';

export interface InstallHelmOptions {
  /** Exact version, `3.16.4` or `v3.16.4`. */
  version: string;
  /** Base URL holding `helm-<version>-<os>-<arch>.<ext>` and its `.sha256sum`. Default https://get.helm.sh. */
  mirror?: string;
  /** Expected SHA-256 of the archive (the `helm-sha256` input). Takes precedence over the pinned table. */
  sha256?: string;
  /** Tool-cache name. Default `helm`. */
  toolName?: string;
  /** Pinned checksum table; defaults to the official table in src/helm/checksums.ts. */
  checksums?: ChecksumTable;
  /** Node platform / arch to install for; default the runner's own (`process.platform`, `process.arch`). */
  nodePlatform?: string;
  nodeArch?: string;
  /** Timeout of the `helm version` check. Default 30 s. */
  versionTimeoutMs?: number;
  /** Overall timeout of each download (tool-cache retries inside it). Default 5 min. */
  downloadTimeoutMs?: number;
}

export interface InstalledHelm {
  /** Absolute path of the helm binary. */
  path: string;
  /** Directory added to PATH (the tool-cache directory). */
  dir: string;
  /** Normalised version, `vX.Y.Z`. */
  version: string;
  fromCache: boolean;
  /** SHA-256 of the archive the binary came from, when known (always after a download). */
  sha256?: string;
  checksumSource?: ChecksumSource;
}

/** Written next to the binary before caching, so a cache hit can still say which archive it came from. */
const RECORD_FILE = '.helm-guard-install.json';
const MAX_CHECKSUM_FILE_BYTES = 64 * 1024;

interface Expected {
  sha256: string;
  source: ChecksumSource;
  description: string;
}

interface InstallRecord {
  archive: string;
  url: string;
  sha256: string;
  checksumSource: ChecksumSource;
}

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export async function installHelm(opts: InstallHelmOptions): Promise<InstalledHelm> {
  const version = normalizeHelmVersion(opts.version);
  const nodeArch = opts.nodeArch ?? process.arch;
  const platform = helmPlatform(opts.nodePlatform ?? process.platform, nodeArch);
  const mirror = normalizeMirror(opts.mirror ?? DEFAULT_HELM_MIRROR);
  const toolName = opts.toolName ?? 'helm';
  const inputSha =
    opts.sha256 && opts.sha256.trim() !== '' ? normalizeSha256(opts.sha256, 'helm-sha256 input') : undefined;
  const versionTimeoutMs = opts.versionTimeoutMs ?? 30_000;
  const downloadTimeoutMs = opts.downloadTimeoutMs ?? 300_000;
  const archive = archiveName(version, platform);
  const exe = binaryName(platform);

  // 1. A runner's tool cache may already hold this exact version.
  const cached = tc.find(toolName, version, nodeArch);
  if (cached) {
    const bin = path.join(cached, exe);
    if (await isFile(bin)) {
      core.info(`helm ${version}: found in the tool cache at ${cached}`);
      await verifyHelmVersion(bin, version, versionTimeoutMs);
      const record = await readRecord(cached);
      core.addPath(cached);
      core.info(`helm ${version}: ${cached} added to PATH`);
      return {
        path: bin,
        dir: cached,
        version,
        fromCache: true,
        ...(record ? { sha256: record.sha256, checksumSource: record.checksumSource } : {}),
      };
    }
    core.info(`helm ${version}: tool cache entry ${cached} has no ${exe}; installing again`);
  }

  // 2. The expected checksum, before the archive is fetched.
  const expected = await expectedChecksum({
    version,
    platform,
    mirror,
    archive,
    inputSha,
    table: opts.checksums ?? PINNED_HELM_SHA256,
    downloadTimeoutMs,
  });
  core.info(`helm ${version}: expected SHA-256 ${expected.sha256} from the ${expected.description}`);

  // 3. Download, verify (fail closed), extract, check, cache.
  const url = archiveUrl(mirror, version, platform);
  core.info(`helm ${version}: downloading ${url}`);
  const file = await withTimeout(tc.downloadTool(url), downloadTimeoutMs, `downloading ${url}`);
  try {
    const actual = await sha256File(file);
    if (actual !== expected.sha256) {
      throw new Error(
        `helm ${archive}: SHA-256 mismatch, refusing to install. ` +
          `expected ${expected.sha256} (from the ${expected.description}), ` +
          `actual ${actual} (downloaded from ${url}). The download has been deleted.`,
      );
    }
    core.info(`helm ${version}: SHA-256 ${actual} matches the ${expected.description}`);

    core.info(`helm ${version}: extracting ${archive}`);
    const extracted =
      platform.os === 'windows' ? await tc.extractZip(file) : await tc.extractTar(file, undefined, 'xz');
    try {
      const dir = path.join(extracted, archiveDir(platform));
      const bin = path.join(dir, exe);
      if (!(await isFile(bin)))
        throw new Error(`helm ${archive}: the archive holds no ${binaryPathInArchive(platform)}`);
      await verifyHelmVersion(bin, version, versionTimeoutMs);
      const record: InstallRecord = { archive, url, sha256: actual, checksumSource: expected.source };
      await writeFile(path.join(dir, RECORD_FILE), JSON.stringify(record, null, 2) + '\n');
      const cachedDir = await tc.cacheDir(dir, toolName, version, nodeArch);
      core.info(`helm ${version}: cached at ${cachedDir}`);
      core.addPath(cachedDir);
      core.info(`helm ${version}: ${cachedDir} added to PATH`);
      return {
        path: path.join(cachedDir, exe),
        dir: cachedDir,
        version,
        fromCache: false,
        sha256: actual,
        checksumSource: expected.source,
      };
    } finally {
      await rm(extracted, { recursive: true, force: true });
    }
  } finally {
    await rm(file, { force: true });
  }
}

async function expectedChecksum(a: {
  version: string;
  platform: HelmPlatform;
  mirror: string;
  archive: string;
  inputSha: string | undefined;
  table: ChecksumTable;
  downloadTimeoutMs: number;
}): Promise<Expected> {
  const pinned = pinnedSha256(a.version, a.platform, a.table);
  if (a.inputSha) {
    if (pinned && pinned !== a.inputSha) {
      core.warning(
        `helm-sha256 (${a.inputSha}) differs from the official checksum pinned for ${a.archive} (${pinned}); using helm-sha256 as asked`,
      );
    }
    return { sha256: a.inputSha, source: 'input', description: 'helm-sha256 input' };
  }
  if (pinned) {
    return {
      sha256: normalizeSha256(pinned),
      source: 'pinned',
      description: `official checksum pinned in helm-guard for ${a.archive}`,
    };
  }
  const url = checksumUrl(a.mirror, a.version, a.platform);
  core.info(`helm ${a.version}: no pinned checksum for ${a.version} ${platformKey(a.platform)}; fetching ${url}`);
  let file: string;
  try {
    file = await withTimeout(tc.downloadTool(url), a.downloadTimeoutMs, `downloading ${url}`);
  } catch (err) {
    throw new Error(
      `helm ${a.archive}: cannot fetch its checksum file ${url} (${errorMessage(err)}); refusing to install without a checksum. ` +
        'Set helm-sha256, or use a version whose checksum is pinned.',
      { cause: err },
    );
  }
  try {
    const size = (await stat(file)).size;
    if (size > MAX_CHECKSUM_FILE_BYTES) throw new Error(`it is ${size} bytes, too large for a checksum file`);
    const sha = parseSha256Sum(await readFile(file, 'utf8'), a.archive);
    return { sha256: sha, source: 'mirror', description: `checksum file ${url}` };
  } catch (err) {
    throw new Error(`helm ${a.archive}: refusing the checksum file ${url}: ${errorMessage(err)}`, { cause: err });
  } finally {
    await rm(file, { force: true });
  }
}

/** Run `<helm> version --template {{.Version}}` (argv, no shell) and require it to print `version`. */
async function verifyHelmVersion(bin: string, version: string, timeoutMs: number): Promise<void> {
  const reported = await new Promise<string>((resolve, reject) => {
    execFile(
      bin,
      ['version', '--template', '{{.Version}}'],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024, windowsHide: true, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const why = err.killed
            ? `timed out after ${timeoutMs} ms`
            : `${err.message}${stderr ? `: ${stderr.trim()}` : ''}`;
          reject(new Error(`helm ${version}: running "${bin} version" failed (${why})`, { cause: err }));
        } else {
          resolve(stdout.trim());
        }
      },
    );
  });
  if (reported !== version) {
    throw new Error(
      `helm ${version}: ${bin} reports version ${JSON.stringify(reported)}, not ${version}; refusing to use it`,
    );
  }
  core.info(`helm ${version}: ${bin} reports ${reported}`);
}

async function readRecord(dir: string): Promise<InstallRecord | undefined> {
  try {
    const r = JSON.parse(await readFile(path.join(dir, RECORD_FILE), 'utf8')) as Partial<InstallRecord>;
    if (
      typeof r.sha256 === 'string' &&
      (r.checksumSource === 'input' || r.checksumSource === 'pinned' || r.checksumSource === 'mirror')
    ) {
      return r as InstallRecord;
    }
  } catch {
    // A cache filled by something else carries no record.
  }
  return undefined;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await lstat(p)).isFile();
  } catch {
    return false;
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
