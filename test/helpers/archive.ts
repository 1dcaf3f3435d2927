/**
 * Build helm-shaped release archives in tests: `<os>-<arch>/helm` inside a .tar.gz, made with the system
 * `tar` (argv, no shell), the layout get.helm.sh uses.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BuiltArchive {
  bytes: Buffer;
  sha256: string;
}

/** A .tar.gz holding `<platformDir>/helm` (a copy of `binary`, mode 0755) and a LICENSE, like helm's own. */
export async function buildHelmTarGz(binary: string, platformDir = 'linux-amd64'): Promise<BuiltArchive> {
  const work = await mkdtemp(path.join(tmpdir(), 'helm-archive-'));
  try {
    const dir = path.join(work, platformDir);
    await mkdir(dir, { recursive: true });
    await copyFile(binary, path.join(dir, 'helm'));
    await chmod(path.join(dir, 'helm'), 0o755);
    await writeFile(path.join(dir, 'LICENSE'), 'Apache License 2.0 (test archive)\n');
    const out = path.join(work, 'archive.tar.gz');
    await run('tar', ['-czf', out, '-C', work, platformDir], { timeout: 120_000 });
    const bytes = await readFile(out);
    return { bytes, sha256: sha256(bytes) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A copy of `bytes` with one byte changed in the middle. */
export function flipOneByte(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const i = Math.floor(copy.length / 2);
  copy[i] = (copy[i] ?? 0) ^ 0xff;
  return copy;
}

/** The body get.helm.sh serves as `<archive>.sha256sum`. */
export function sha256sumLine(hex: string, fileName: string): string {
  return `${hex}  ${fileName}\n`;
}
