/**
 * Install one exact helm version for the runner: tool cache first, else download from a mirror, verify the
 * archive's SHA-256 (fail closed), extract, check that the binary reports the requested version, cache it,
 * and put it on PATH. Never picks another version, never calls the GitHub API.
 *
 * A tool cache entry is used only after the same checks: the verified archive is cached beside the binary,
 * and a hit hashes it against the checksum this run expects (the input, the pinned table, or the mirror's)
 * and checks that the cached binary is the one in it. A (self-hosted) tool cache filled by a run with
 * another helm-sha256, or altered since, is installed again. Everything — cache check, checksum, download
 * with its retries, extraction, version check — runs under one deadline.
 */
import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
import * as tc from '@actions/tool-cache';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PINNED_HELM_SHA256, pinnedSha256, type ChecksumTable } from '../helm/checksums.js';
import { Deadline, download } from '../helm/download.js';
import { run } from '../helm/run.js';
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
  /**
   * One deadline for the whole install: cache check, checksum, download with its retries, extraction,
   * version check. Default 5 min.
   */
  timeoutMs?: number;
  /** @deprecated the deadline of the whole install now; use timeoutMs. */
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
/** The verified archive, kept beside the binary: a cache hit is checked against it (see the top). */
const cachedArchiveName = (archive: string) => `.helm-guard-${archive}`;
const MAX_CHECKSUM_FILE_BYTES = 64 * 1024;
/** helm archives are about 20 MB. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

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
  const timeoutMs = opts.timeoutMs ?? opts.downloadTimeoutMs ?? 300_000;
  const deadline = new Deadline(timeoutMs);
  const step = { now: 'looking in the tool cache' };
  const ctx: Ctx = {
    version,
    platform,
    mirror,
    toolName,
    nodeArch,
    inputSha,
    table: opts.checksums ?? PINNED_HELM_SHA256,
    archive: archiveName(version, platform),
    exe: binaryName(platform),
    versionTimeoutMs: opts.versionTimeoutMs ?? 30_000,
    deadline,
    step,
  };
  try {
    return await install(ctx);
  } catch (err) {
    // one report of the one deadline, whatever step it stopped (and nothing of it goes on)
    if (deadline.expired)
      throw new Error(
        `helm ${version}: the install did not finish within ${timeoutMs} ms (it was ${step.now}); stopped`,
        { cause: err },
      );
    throw err;
  } finally {
    deadline.dispose();
  }
}

interface Ctx {
  version: string;
  platform: HelmPlatform;
  mirror: string;
  toolName: string;
  nodeArch: string;
  inputSha: string | undefined;
  table: ChecksumTable;
  archive: string;
  exe: string;
  versionTimeoutMs: number;
  deadline: Deadline;
  step: { now: string };
}

async function install(ctx: Ctx): Promise<InstalledHelm> {
  const { version, platform, mirror, toolName, nodeArch, archive, exe, deadline } = ctx;

  // 1. A runner's tool cache may already hold this exact version: used only once verified.
  const cached = tc.find(toolName, version, nodeArch);
  if (cached) {
    const hit = await verifyCached(ctx, cached);
    if (hit.ok) {
      core.addPath(cached);
      core.info(`helm ${version}: ${cached} added to PATH`);
      return {
        path: path.join(cached, exe),
        dir: cached,
        version,
        fromCache: true,
        sha256: hit.expected.sha256,
        checksumSource: hit.expected.source,
      };
    }
    core.warning(`helm ${version}: tool cache entry ${cached} ${hit.why}; installing again`);
  }

  // 2. The expected checksum, before the archive is fetched.
  ctx.step.now = 'getting the expected checksum';
  const expected = await expectedChecksum(ctx);
  core.info(`helm ${version}: expected SHA-256 ${expected.sha256} from the ${expected.description}`);

  // 3. Download, verify (fail closed), extract, check, cache.
  const url = archiveUrl(mirror, version, platform);
  core.info(`helm ${version}: downloading ${url}`);
  ctx.step.now = `downloading ${url}`;
  const file = await downloadToTemp(url, MAX_ARCHIVE_BYTES, deadline);
  try {
    ctx.step.now = `verifying ${archive}`;
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
    ctx.step.now = `extracting ${archive}`;
    const extracted = await extract(ctx, file);
    try {
      const dir = path.join(extracted, archiveDir(platform));
      const bin = path.join(dir, exe);
      if (!(await isFile(bin)))
        throw new Error(`helm ${archive}: the archive holds no ${binaryPathInArchive(platform)}`);
      ctx.step.now = `running ${bin} version`;
      await verifyHelmVersion(ctx, bin);
      const record: InstallRecord = { archive, url, sha256: actual, checksumSource: expected.source };
      await writeFile(path.join(dir, RECORD_FILE), JSON.stringify(record, null, 2) + '\n');
      await copyFile(file, path.join(dir, cachedArchiveName(archive)));
      ctx.step.now = 'caching';
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

/**
 * A tool cache entry passes when its kept archive has the checksum this run expects and its binary is
 * the one in that archive (and reports the version). Without a pinned or given checksum, the checksum
 * the same mirror gave when the entry was made stands; another mirror's is fetched.
 */
async function verifyCached(
  ctx: Ctx,
  dir: string,
): Promise<{ ok: true; expected: Expected } | { ok: false; why: string }> {
  const { version, archive, exe } = ctx;
  const bin = path.join(dir, exe);
  const kept = path.join(dir, cachedArchiveName(archive));
  if (!(await isFile(bin))) return { ok: false, why: `has no ${exe}` };
  core.info(`helm ${version}: found in the tool cache at ${dir}; verifying it`);
  if (!(await isFile(kept))) return { ok: false, why: `keeps no verified archive to check ${exe} against` };
  const record = await readRecord(dir);
  const url = archiveUrl(ctx.mirror, version, ctx.platform);
  ctx.step.now = 'verifying the tool cache entry';
  const expected =
    !ctx.inputSha &&
    !pinnedSha256(version, ctx.platform, ctx.table) &&
    record?.checksumSource === 'mirror' &&
    record.url === url
      ? { sha256: record.sha256, source: 'mirror' as const, description: `checksum file of ${url}` }
      : await expectedChecksum(ctx);
  const actual = await sha256File(kept);
  if (actual !== expected.sha256)
    return {
      ok: false,
      why: `holds an archive with SHA-256 ${actual}, not the expected ${expected.sha256} (from the ${expected.description})`,
    };
  ctx.step.now = 'checking the cached binary against its archive';
  const extracted = await extract(ctx, kept);
  try {
    const inArchive = path.join(extracted, archiveDir(ctx.platform), exe);
    if (!(await isFile(inArchive)) || (await sha256File(inArchive)) !== (await sha256File(bin)))
      return { ok: false, why: `holds a ${exe} that is not the one in its verified archive` };
  } finally {
    await rm(extracted, { recursive: true, force: true });
  }
  ctx.step.now = `running ${bin} version`;
  await verifyHelmVersion(ctx, bin);
  core.info(`helm ${version}: the tool cache entry matches the ${expected.description}`);
  return { ok: true, expected };
}

/** RUNNER_TEMP, where the tool cache puts its downloads too (the OS temp directory outside Actions). */
function tempDir(): string {
  return process.env['RUNNER_TEMP'] || tmpdir();
}

async function downloadToTemp(url: string, maxBytes: number, deadline: Deadline): Promise<string> {
  const dir = tempDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, randomUUID());
  // the agent the tool cache's own downloads would use: the same proxy settings
  const client = new HttpClient('helm-guard');
  await download(url, file, { signal: deadline.signal, maxBytes, agent: (u) => client.getAgent(u) });
  return file;
}

/** Extract an archive into a new temporary directory (tar in a process group, killed at the deadline). */
async function extract(ctx: Ctx, file: string): Promise<string> {
  const dest = path.join(tempDir(), randomUUID());
  await mkdir(dest, { recursive: true });
  try {
    if (ctx.platform.os === 'windows') {
      // no process groups there: the tool cache's extraction, raced against the deadline
      await Promise.race([
        tc.extractZip(file, dest),
        new Promise((_, reject) =>
          ctx.deadline.signal.aborted
            ? reject(ctx.deadline.signal.reason)
            : ctx.deadline.signal.addEventListener('abort', () => reject(ctx.deadline.signal.reason), { once: true }),
        ),
      ]);
    } else {
      const r = await run('tar', ['-xzf', file, '-C', dest, '--no-same-owner'], {
        timeoutMs: ctx.deadline.remaining(),
        maxOutputBytes: 1024 * 1024,
      });
      if (r.spawnError) throw new Error(`cannot run tar: ${r.spawnError.message}`);
      if (r.timedOut) throw new Error(`extracting ${path.basename(file)} timed out`);
      if (r.code !== 0) throw new Error(`tar could not extract ${ctx.archive}: ${r.stderr.trim().slice(0, 500)}`);
    }
    return dest;
  } catch (e) {
    await rm(dest, { recursive: true, force: true });
    throw e;
  }
}

async function expectedChecksum(a: Ctx): Promise<Expected> {
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
    file = await downloadToTemp(url, MAX_CHECKSUM_FILE_BYTES, a.deadline);
  } catch (err) {
    throw new Error(
      `helm ${a.archive}: cannot fetch its checksum file ${url} (${errorMessage(err)}); refusing to install without a checksum. ` +
        'Set helm-sha256, or use a version whose checksum is pinned.',
      { cause: err },
    );
  }
  try {
    const sha = parseSha256Sum(await readFile(file, 'utf8'), a.archive);
    return { sha256: sha, source: 'mirror', description: `checksum file ${url}` };
  } catch (err) {
    throw new Error(`helm ${a.archive}: refusing the checksum file ${url}: ${errorMessage(err)}`, { cause: err });
  } finally {
    await rm(file, { force: true });
  }
}

/** Run `<helm> version --template {{.Version}}` (argv, no shell) and require it to print `version`. */
async function verifyHelmVersion(ctx: Ctx, bin: string): Promise<void> {
  const { version } = ctx;
  const timeoutMs = Math.min(ctx.versionTimeoutMs, ctx.deadline.remaining());
  const r = await run(bin, ['version', '--template', '{{.Version}}'], { timeoutMs, maxOutputBytes: 64 * 1024 });
  const why = r.spawnError
    ? r.spawnError.message
    : r.timedOut
      ? `timed out after ${timeoutMs} ms`
      : r.outputTooLarge
        ? 'it printed more than a version'
        : r.code !== 0
          ? `exit ${r.code ?? r.signal}${r.stderr.trim() ? `: ${r.stderr.trim().slice(0, 500)}` : ''}`
          : undefined;
  if (why) throw new Error(`helm ${version}: running "${bin} version" failed (${why})`);
  const reported = r.stdout.trim();
  if (reported !== version) {
    throw new Error(
      `helm ${version}: ${bin} reports version ${JSON.stringify(reported.slice(0, 200))}, not ${version}; refusing to use it`,
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

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
