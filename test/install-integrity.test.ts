/**
 * issue 15, items 9 and 11: a tool cache hit is verified before use — its kept archive against the
 * checksum this run expects, its binary against that archive — and the whole install runs under one
 * deadline that stops every request and retry when it passes, reported once. Against a loopback mirror.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHelmTarGz, sha256, sha256sumLine, type BuiltArchive } from './helpers/archive.js';
import { HELM3 } from './helpers/helm.js';

const A3 = 'helm-v3.16.4-linux-amd64.tar.gz';
const OFFICIAL_3_16_4_LINUX_AMD64 = 'fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(process.platform !== 'linux' || process.arch !== 'x64')('helm install integrity', () => {
  let work: string;
  let runnerTemp: string;
  let server: http.Server;
  let base: string;
  const requests: string[] = [];
  const open = new Set<Socket>();
  let good3: BuiltArchive;
  let installHelm: typeof import('../src/action/install.js').installHelm;
  let tc: typeof import('@actions/tool-cache');
  const mirror = (name: string) => `${base}/${name}/`;
  const since = (n: number) => requests.slice(n);

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'helm-integrity-test-'));
    runnerTemp = path.join(work, 'temp');
    // @actions/* read these from the environment: set them before the first import
    process.env['RUNNER_TOOL_CACHE'] = path.join(work, 'toolcache');
    process.env['RUNNER_TEMP'] = runnerTemp;
    process.env['GITHUB_PATH'] = path.join(work, 'github_path');
    await writeFile(process.env['GITHUB_PATH'], '');
    good3 = await buildHelmTarGz(HELM3);
    server = http.createServer((req, res) => {
      const url = req.url ?? '';
      requests.push(url);
      if (url.startsWith('/hang/')) return; // accepts, never answers
      if (url.startsWith('/stall/')) {
        // headers and a first part, then nothing
        res.writeHead(200, { 'content-length': String(good3.bytes.length) });
        res.write(good3.bytes.subarray(0, 1024));
        return;
      }
      if (url.startsWith('/broken/')) return void res.writeHead(500).end('down');
      if (url === `/good/${A3}`) return void res.writeHead(200).end(good3.bytes);
      if (url === `/good/${A3}.sha256sum`) return void res.writeHead(200).end(sha256sumLine(good3.sha256, A3));
      res.writeHead(404).end('not found');
    });
    server.on('connection', (s) => {
      open.add(s);
      s.on('close', () => open.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ installHelm } = await import('../src/action/install.js'));
    tc = await import('@actions/tool-cache');
  });

  afterAll(async () => {
    for (const s of open) s.destroy();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function expectTempClean(): Promise<void> {
    expect(existsSync(runnerTemp) ? await readdir(runnerTemp) : []).toEqual([]);
  }

  it('a cache entry made with another helm-sha256 is not used by a run that expects the pinned checksum', async () => {
    const got = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-a',
    });
    expect(got).toMatchObject({ fromCache: false, checksumSource: 'input', sha256: good3.sha256 });
    // the same version, without helm-sha256: the pinned official checksum applies, and this archive is not it
    const n = requests.length;
    const err = await installHelm({ version: '3.16.4', mirror: mirror('good'), toolName: 'helm-a' }).catch(
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/SHA-256 mismatch, refusing to install/);
    expect((err as Error).message).toContain(`expected ${OFFICIAL_3_16_4_LINUX_AMD64}`);
    // installed again from the mirror (and refused there), not taken from the cache
    expect(since(n)).toEqual([`/good/${A3}`]);
    await expectTempClean();
  });

  it('with the same helm-sha256 the entry is verified and used, without a request', async () => {
    const n = requests.length;
    const got = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-a',
    });
    expect(got).toMatchObject({ fromCache: true, checksumSource: 'input', sha256: good3.sha256 });
    expect(since(n)).toEqual([]);
    await expectTempClean();
  });

  it('a cached binary replaced after the install (reporting the right version) is installed again', async () => {
    const first = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-b',
    });
    await writeFile(first.path, "#!/bin/sh\nprintf 'v3.16.4'\n");
    await chmod(first.path, 0o755);
    const n = requests.length;
    const again = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-b',
    });
    expect(again.fromCache).toBe(false);
    expect(since(n)).toEqual([`/good/${A3}`]);
    expect(sha256(await readFile(again.path))).toBe(sha256(await readFile(HELM3)));
    await expectTempClean();
  });

  it('an entry that keeps no verified archive (filled by something else) is installed again', async () => {
    const first = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-c',
    });
    await rm(path.join(first.dir, `.helm-guard-${A3}`));
    const again = await installHelm({
      version: '3.16.4',
      mirror: mirror('good'),
      sha256: good3.sha256,
      toolName: 'helm-c',
    });
    expect(again.fromCache).toBe(false);
    expect(tc.find('helm-c', '3.16.4')).toBe(again.dir);
  });

  it('a mirror that never answers: one deadline for the whole install, reported once, nothing left running', async () => {
    const n = requests.length;
    const started = Date.now();
    const err = await installHelm({
      version: '3.16.4',
      mirror: mirror('hang'),
      sha256: good3.sha256,
      toolName: 'helm-hang',
      timeoutMs: 1500,
    }).catch((e: Error) => e);
    expect(Date.now() - started).toBeLessThan(4000);
    expect((err as Error).message).toBe(
      `helm v3.16.4: the install did not finish within 1500 ms (it was downloading ${base}/hang/${A3}); stopped`,
    );
    // no retry goes on after the report, and the connection is closed
    await sleep(2500);
    expect(since(n)).toEqual([`/hang/${A3}`]);
    expect(open.size).toBe(0);
    await expectTempClean();
  }, 20_000);

  it('a mirror that stalls in the body, and one that keeps failing: the same deadline', async () => {
    let n = requests.length;
    let err = await installHelm({
      version: '3.16.4',
      mirror: mirror('stall'),
      sha256: good3.sha256,
      toolName: 'helm-stall',
      timeoutMs: 1500,
    }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(
      /did not finish within 1500 ms \(it was downloading .*\/stall\/.*\); stopped$/,
    );
    await sleep(500);
    expect(since(n)).toEqual([`/stall/${A3}`]);
    expect(open.size).toBe(0);

    // 500s are retried (after 1 s, then 2 s), but not past the deadline
    n = requests.length;
    const started = Date.now();
    err = await installHelm({
      version: '3.16.4',
      mirror: mirror('broken'),
      sha256: good3.sha256,
      toolName: 'helm-broken',
      timeoutMs: 2000,
    }).catch((e: Error) => e);
    expect(Date.now() - started).toBeLessThan(4000);
    expect((err as Error).message).toMatch(/did not finish within 2000 ms/);
    await sleep(2500);
    expect(since(n)).toEqual([`/broken/${A3}`, `/broken/${A3}`]);
    await expectTempClean();
  }, 30_000);
});
