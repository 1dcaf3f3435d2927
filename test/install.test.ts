import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINNED_HELM_SHA256, fullyPinnedVersions, pinnedSha256 } from '../src/helm/checksums.js';
import {
  DEFAULT_HELM_MIRROR,
  HELM_PLATFORM_KEYS,
  archiveName,
  archiveUrl,
  binaryPathInArchive,
  checksumUrl,
  helmPlatform,
  normalizeHelmVersion,
  normalizeMirror,
  normalizeSha256,
  parseSha256Sum,
  platformKey,
} from '../src/helm/platform.js';
import { buildHelmTarGz, flipOneByte, sha256, sha256sumLine, type BuiltArchive } from './helpers/archive.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HELM3 = path.join(root, '.cache', 'helm', 'v3.16.4', 'helm');
const HELM4 = path.join(root, '.cache', 'helm', 'v4.1.4', 'helm');
const A3 = 'helm-v3.16.4-linux-amd64.tar.gz';
const A4 = 'helm-v4.1.4-linux-amd64.tar.gz';
const OFFICIAL_3_16_4_LINUX_AMD64 = 'fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179';

// ---------------------------------------------------------------------------------------------------------
describe('platform mapping (pure)', () => {
  const cases: [string, string, string, string, string][] = [
    ['linux', 'x64', 'linux-amd64', 'helm-v3.16.4-linux-amd64.tar.gz', 'linux-amd64/helm'],
    ['linux', 'arm64', 'linux-arm64', 'helm-v3.16.4-linux-arm64.tar.gz', 'linux-arm64/helm'],
    ['darwin', 'x64', 'darwin-amd64', 'helm-v3.16.4-darwin-amd64.tar.gz', 'darwin-amd64/helm'],
    ['darwin', 'arm64', 'darwin-arm64', 'helm-v3.16.4-darwin-arm64.tar.gz', 'darwin-arm64/helm'],
    ['win32', 'x64', 'windows-amd64', 'helm-v3.16.4-windows-amd64.zip', 'windows-amd64/helm.exe'],
    ['win32', 'arm64', 'windows-arm64', 'helm-v3.16.4-windows-arm64.zip', 'windows-arm64/helm.exe'],
  ];
  it.each(cases)('%s/%s → %s', (os, arch, key, archive, inner) => {
    const p = helmPlatform(os, arch);
    expect(platformKey(p)).toBe(key);
    expect(archiveName('3.16.4', p)).toBe(archive);
    expect(binaryPathInArchive(p)).toBe(inner);
    expect(archiveUrl(DEFAULT_HELM_MIRROR, 'v3.16.4', p)).toBe(`https://get.helm.sh/${archive}`);
    expect(checksumUrl('https://get.helm.sh/', '3.16.4', p)).toBe(`https://get.helm.sh/${archive}.sha256sum`);
  });

  it('covers exactly the six supported pairs', () => {
    expect(cases.map((c) => c[2]).sort()).toEqual([...HELM_PLATFORM_KEYS].sort());
  });

  it('refuses other platforms and architectures with a clear error', () => {
    for (const [os, arch] of [
      ['aix', 'x64'],
      ['freebsd', 'x64'],
      ['linux', 'ia32'],
      ['linux', 'arm'],
      ['win32', 's390x'],
      ['sunos', 'arm64'],
      ['linux', 'toString'],
      ['__proto__', 'x64'],
    ]) {
      expect(() => helmPlatform(os, arch), `${os}/${arch}`).toThrow(
        /cannot install helm on .*supported runners are linux, darwin and win32 on x64 or arm64/,
      );
    }
  });

  it('mirror: default, trailing slashes, path prefix; non-http refused', () => {
    expect(normalizeMirror()).toBe('https://get.helm.sh');
    expect(normalizeMirror('')).toBe('https://get.helm.sh');
    expect(normalizeMirror('https://mirror.example/helm///')).toBe('https://mirror.example/helm');
    expect(archiveUrl('http://127.0.0.1:9/m/', '4.1.4', helmPlatform('linux', 'x64'))).toBe(
      'http://127.0.0.1:9/m/helm-v4.1.4-linux-amd64.tar.gz',
    );
    expect(() => normalizeMirror('file:///etc')).toThrow(/http\(s\)/);
    expect(() => normalizeMirror('not a url')).toThrow(/not a URL/);
    expect(() => normalizeMirror('https://m.example/?x=1')).toThrow(/query/);
  });

  it('versions: exact semver only, v prefix added', () => {
    expect(normalizeHelmVersion('3.16.4')).toBe('v3.16.4');
    expect(normalizeHelmVersion(' v4.1.4 ')).toBe('v4.1.4');
    expect(normalizeHelmVersion('3.17.0-rc.1')).toBe('v3.17.0-rc.1');
    for (const bad of [
      '',
      'latest',
      'v3',
      '3.16',
      '3.16.x',
      '^3.16.4',
      '~3.16.4',
      '>=3.16.4',
      '3.16.4 || 4.1.4',
      '03.16.4',
      '3.16.4+build',
      'vv3.16.4',
      '3.16.4.1',
      'stable',
    ]) {
      expect(() => normalizeHelmVersion(bad), bad).toThrow(/not an exact version/);
    }
  });

  it('.sha256sum parsing', () => {
    const hex = 'a'.repeat(64);
    expect(parseSha256Sum(`${hex}  ${A3}\n`, A3)).toBe(hex);
    expect(parseSha256Sum(`${hex.toUpperCase()} *${A3}\r\n`, A3)).toBe(hex);
    expect(parseSha256Sum(`${'b'.repeat(64)}  other.tar.gz\n${hex}  ${A3}\n`, A3)).toBe(hex);
    expect(() => parseSha256Sum(`${hex}  helm-v3.16.4-linux-arm64.tar.gz\n`, A3)).toThrow(
      /names "helm-v3.16.4-linux-arm64.tar.gz", not "helm-v3.16.4-linux-amd64.tar.gz"/,
    );
    expect(() => parseSha256Sum(`${hex.slice(1)}  ${A3}\n`, A3)).toThrow(/malformed.*not a SHA-256 digest/);
    expect(() => parseSha256Sum(`${'z'.repeat(64)}  ${A3}\n`, A3)).toThrow(/malformed/);
    expect(() => parseSha256Sum(`${hex}\n`, A3)).toThrow(/malformed/);
    expect(() => parseSha256Sum('\n\n', A3)).toThrow(/empty/);
    expect(() => parseSha256Sum(`${hex}  ${A3}\n${'c'.repeat(64)}  ${A3}\n`, A3)).toThrow(/2 different digests/);
    expect(() => normalizeSha256('xyz')).toThrow(/not a SHA-256 digest/);
    expect(normalizeSha256(` ${hex.toUpperCase()} `)).toBe(hex);
  });
});

describe('pinned checksum table', () => {
  it('holds only 64-char lower-case hex values for known platforms', () => {
    for (const [version, row] of Object.entries(PINNED_HELM_SHA256)) {
      expect(normalizeHelmVersion(version)).toBe(version);
      for (const [key, hex] of Object.entries(row)) {
        expect(HELM_PLATFORM_KEYS).toContain(key);
        expect(hex).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it('pins all six platforms of v4.1.4 and four of v3.16.4', () => {
    expect(fullyPinnedVersions()).toEqual(['v4.1.4']);
    expect(Object.keys(PINNED_HELM_SHA256['v3.16.4'] ?? {}).sort()).toEqual([
      'darwin-amd64',
      'darwin-arm64',
      'linux-amd64',
      'linux-arm64',
    ]);
    expect(pinnedSha256('3.16.4', helmPlatform('linux', 'x64'))).toBe(OFFICIAL_3_16_4_LINUX_AMD64);
    expect(pinnedSha256('v3.16.4', helmPlatform('win32', 'x64'))).toBeUndefined();
    expect(pinnedSha256('v9.9.9', helmPlatform('linux', 'x64'))).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------
// The npm-provided helm binaries are linux-amd64; the suite runs there (npm test extracts them first).
describe('installHelm against a loopback mirror', () => {
  it('has the npm-provided helm binaries to build archives from', () => {
    expect(existsSync(HELM3) && existsSync(HELM4)).toBe(true);
  });

  let work: string;
  let toolCache: string;
  let runnerTemp: string;
  let githubPath: string;
  let server: http.Server;
  let base: string;
  const requests: string[] = [];
  const routes = new Map<string, Buffer | string>();
  let good3: BuiltArchive;
  let good4: BuiltArchive;
  let installHelm: typeof import('../src/action/install.js').installHelm;
  let tc: typeof import('@actions/tool-cache');

  const mirror = (name: string): string => `${base}/${name}/`;
  const since = (n: number): string[] => requests.slice(n);

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'helm-install-test-'));
    toolCache = path.join(work, 'toolcache');
    runnerTemp = path.join(work, 'temp');
    githubPath = path.join(work, 'github_path');
    await writeFile(githubPath, '');
    // @actions/* read these from the environment: set them before the first import.
    process.env['RUNNER_TOOL_CACHE'] = toolCache;
    process.env['RUNNER_TEMP'] = runnerTemp;
    process.env['GITHUB_PATH'] = githubPath;

    [good3, good4] = await Promise.all([buildHelmTarGz(HELM3), buildHelmTarGz(HELM4)]);
    const tampered = flipOneByte(good3.bytes);

    routes.set(`/good/${A3}`, good3.bytes);
    routes.set(`/good/${A3}.sha256sum`, sha256sumLine(good3.sha256, A3));
    routes.set(`/good/${A4}`, good4.bytes);
    routes.set(`/good/${A4}.sha256sum`, sha256sumLine(good4.sha256, A4));
    // An attacker swapped the archive but not the checksum file.
    routes.set(`/evil/${A3}`, tampered);
    routes.set(`/evil/${A3}.sha256sum`, sha256sumLine(good3.sha256, A3));
    routes.set(`/badname/${A3}`, good3.bytes);
    routes.set(`/badname/${A3}.sha256sum`, sha256sumLine(good3.sha256, 'helm-v3.16.4-linux-arm64.tar.gz'));
    routes.set(`/badhex/${A3}`, good3.bytes);
    routes.set(`/badhex/${A3}.sha256sum`, sha256sumLine(good3.sha256.slice(0, 63) + 'g', A3));
    routes.set(`/nosum/${A3}`, good3.bytes);
    // A v4.1.4 binary published under the v3.16.4 name, with a checksum file that matches it.
    routes.set(`/liar/${A3}`, good4.bytes);
    routes.set(`/liar/${A3}.sha256sum`, sha256sumLine(good4.sha256, A3));

    server = http.createServer((req, res) => {
      const url = req.url ?? '';
      requests.push(url);
      const body = routes.get(url);
      if (req.method !== 'GET' || body === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    ({ installHelm } = await import('../src/action/install.js'));
    tc = await import('@actions/tool-cache');
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** Every download and extraction must be cleaned from RUNNER_TEMP, on success and on failure. */
  async function expectTempClean(): Promise<void> {
    const left = existsSync(runnerTemp) ? await readdir(runnerTemp) : [];
    expect(left).toEqual([]);
  }

  it('refuses an unsupported platform, architecture or version string before any request', async () => {
    const n = requests.length;
    await expect(installHelm({ version: '3.16.4', mirror: mirror('good'), nodePlatform: 'aix' })).rejects.toThrow(
      /cannot install helm on aix\/x64/,
    );
    await expect(installHelm({ version: '3.16.4', mirror: mirror('good'), nodeArch: 'ia32' })).rejects.toThrow(
      /cannot install helm on linux\/ia32/,
    );
    for (const v of ['latest', '3.16', '^3.16.4', '3.x', '']) {
      await expect(installHelm({ version: v, mirror: mirror('good') }), v).rejects.toThrow(/not an exact version/);
    }
    await expect(installHelm({ version: '3.16.4', mirror: mirror('good'), sha256: 'abc' })).rejects.toThrow(
      /helm-sha256 input .* is not a SHA-256 digest/,
    );
    await expect(installHelm({ version: '3.16.4', mirror: 'ftp://127.0.0.1/' })).rejects.toThrow(/http\(s\)/);
    expect(since(n)).toEqual([]);
  });

  it('installs v3.16.4 from the mirror, verified by its .sha256sum, into the tool cache and PATH', async () => {
    const n = requests.length;
    const got = await installHelm({ version: '3.16.4', mirror: mirror('good'), checksums: {} });
    expect(got).toMatchObject({ version: 'v3.16.4', fromCache: false, sha256: good3.sha256, checksumSource: 'mirror' });
    expect(since(n)).toEqual([`/good/${A3}.sha256sum`, `/good/${A3}`]);

    expect(got.dir).toBe(path.join(toolCache, 'helm', '3.16.4', 'x64'));
    expect(got.path).toBe(path.join(got.dir, 'helm'));
    expect(existsSync(`${got.dir}.complete`)).toBe(true);
    expect(tc.find('helm', 'v3.16.4')).toBe(got.dir);

    const { stdout } = await run(got.path, ['version', '--template', '{{.Version}}'], { timeout: 30_000 });
    expect(stdout.trim()).toBe('v3.16.4');

    expect((await readFile(githubPath, 'utf8')).split(/\r?\n/)).toContain(got.dir);
    expect(process.env['PATH']?.split(path.delimiter)[0]).toBe(got.dir);
    await expectTempClean();
  });

  it('a second run hits the tool cache and makes no request', async () => {
    const n = requests.length;
    const got = await installHelm({ version: 'v3.16.4', mirror: mirror('good'), checksums: {} });
    expect(got).toMatchObject({ version: 'v3.16.4', fromCache: true, sha256: good3.sha256, checksumSource: 'mirror' });
    expect(got.dir).toBe(path.join(toolCache, 'helm', '3.16.4', 'x64'));
    expect(since(n)).toEqual([]);
  });

  it('fails closed on a tampered archive (expected from helm-sha256), printing both hashes, and deletes it', async () => {
    const n = requests.length;
    const tamperedSha = sha256(flipOneByte(good3.bytes));
    const err = await installHelm({
      version: '3.16.4',
      mirror: mirror('evil'),
      sha256: good3.sha256.toUpperCase(),
      toolName: 'helm-tampered',
    }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toContain(`expected ${good3.sha256}`);
    expect(msg).toContain(`actual ${tamperedSha}`);
    expect(msg).toContain('helm-sha256 input');
    expect(msg).toMatch(/refusing to install/);
    // The input took precedence: the mirror's checksum file was not even fetched.
    expect(since(n)).toEqual([`/evil/${A3}`]);
    expect(tc.find('helm-tampered', '3.16.4')).toBe('');
    await expectTempClean();
  });

  it('fails closed on a tampered archive (expected from the mirror .sha256sum)', async () => {
    const tamperedSha = sha256(flipOneByte(good3.bytes));
    const err = await installHelm({
      version: '3.16.4',
      mirror: mirror('evil'),
      checksums: {},
      toolName: 'helm-tampered',
    }).catch((e: Error) => e);
    const msg = (err as Error).message;
    expect(msg).toContain(`expected ${good3.sha256}`);
    expect(msg).toContain(`actual ${tamperedSha}`);
    expect(msg).toContain(`checksum file ${base}/evil/${A3}.sha256sum`);
    expect(tc.find('helm-tampered', '3.16.4')).toBe('');
    await expectTempClean();
  });

  it('the pinned official checksum wins over the mirror: a locally built archive fails closed', async () => {
    const n = requests.length;
    const err = await installHelm({ version: '3.16.4', mirror: mirror('good'), toolName: 'helm-pinned' }).catch(
      (e: Error) => e,
    );
    const msg = (err as Error).message;
    expect(msg).toContain(`expected ${OFFICIAL_3_16_4_LINUX_AMD64}`);
    expect(msg).toContain(`actual ${good3.sha256}`);
    expect(msg).toContain('official checksum pinned in helm-guard');
    // The pinned value is used as is: the mirror's .sha256sum (which matches the local archive) is never asked.
    expect(since(n)).toEqual([`/good/${A3}`]);
    expect(tc.find('helm-pinned', '3.16.4')).toBe('');
    await expectTempClean();
  });

  it('refuses a .sha256sum naming another file, malformed hex, or a missing one, without fetching the archive', async () => {
    const n = requests.length;
    await expect(
      installHelm({ version: '3.16.4', mirror: mirror('badname'), checksums: {}, toolName: 'helm-badsum' }),
    ).rejects.toThrow(
      /refusing the checksum file .*badname.*names "helm-v3.16.4-linux-arm64.tar.gz", not "helm-v3.16.4-linux-amd64.tar.gz"/,
    );
    await expect(
      installHelm({ version: '3.16.4', mirror: mirror('badhex'), checksums: {}, toolName: 'helm-badsum' }),
    ).rejects.toThrow(/refusing the checksum file .*badhex.*malformed.*not a SHA-256 digest/);
    await expect(
      installHelm({ version: '3.16.4', mirror: mirror('nosum'), checksums: {}, toolName: 'helm-badsum' }),
    ).rejects.toThrow(/cannot fetch its checksum file .*nosum.*refusing to install without a checksum/);
    expect(since(n)).toEqual([`/badname/${A3}.sha256sum`, `/badhex/${A3}.sha256sum`, `/nosum/${A3}.sha256sum`]);
    expect(tc.find('helm-badsum', '3.16.4')).toBe('');
    await expectTempClean();
  });

  it('refuses an archive whose binary reports another version, and caches nothing', async () => {
    const err = await installHelm({
      version: '3.16.4',
      mirror: mirror('liar'),
      checksums: {},
      toolName: 'helm-liar',
    }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/reports version "v4.1.4", not v3.16.4/);
    expect(tc.find('helm-liar', '3.16.4')).toBe('');
    await expectTempClean();
  });

  it('accepts the archive when helm-sha256 gives its digest', async () => {
    const got = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-input',
    });
    expect(got).toMatchObject({ version: 'v3.16.4', fromCache: false, sha256: good3.sha256, checksumSource: 'input' });
    await expectTempClean();
  });

  it('installs v4.1.4 from the mirror with its .sha256sum', async () => {
    const n = requests.length;
    const got = await installHelm({ version: '4.1.4', mirror: `${base}/good`, checksums: {} });
    expect(got).toMatchObject({ version: 'v4.1.4', fromCache: false, sha256: good4.sha256, checksumSource: 'mirror' });
    expect(since(n)).toEqual([`/good/${A4}.sha256sum`, `/good/${A4}`]);
    expect(got.dir).toBe(path.join(toolCache, 'helm', '4.1.4', 'x64'));
    const { stdout } = await run(got.path, ['version', '--template', '{{.Version}}'], { timeout: 30_000 });
    expect(stdout.trim()).toBe('v4.1.4');
    expect((await readFile(githubPath, 'utf8')).split(/\r?\n/)).toContain(got.dir);
    const again = await installHelm({ version: 'v4.1.4', mirror: `${base}/good`, checksums: {} });
    expect(again.fromCache).toBe(true);
    expect(since(n)).toHaveLength(2);
    await expectTempClean();
  });
});
