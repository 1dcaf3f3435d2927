/**
 * issue 15, item 10: the helm-version cache (a fixed path under $TMPDIR) and the schema download cache are
 * written atomically (a temporary file renamed over the entry), and what is read from them is validated:
 * a planted, torn or foreign entry is a miss, never a value that reaches reports or outputs.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { helmVersion } from '../src/guard.js';
import { SchemaLocations } from '../src/schemas/locations.js';

let work: string;
let savedTmp: string | undefined;
let n = 0;

/** A stand-in helm that prints `version` and counts its runs in a file beside it. */
function fakeHelm(version: string): { path: string; runs: () => number } {
  const dir = join(work, `helm-${n++}`);
  mkdirSync(dir);
  const path = join(dir, 'helm');
  writeFileSync(path, `#!/bin/sh\necho x >> "${dir}/runs"\nprintf '%s' '${version}'\n`);
  chmodSync(path, 0o755);
  return {
    path,
    runs: () => {
      try {
        return readFileSync(join(dir, 'runs'), 'utf8').split('\n').filter(Boolean).length;
      } catch {
        return 0;
      }
    },
  };
}

/** The cache key helmVersion uses for a binary. */
function keyOf(helm: string): string {
  const st = statSync(helm);
  return `${realpathSync(helm)}:${st.size}:${st.mtimeMs}`;
}

const cacheFile = () => join(tmpdir(), `helm-guard-${process.getuid?.() ?? 'user'}`, 'helm-versions.json');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'helm-guard-caches-'));
  // a private $TMPDIR: the version cache lives at a fixed path under it
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = join(work, 'tmp');
  mkdirSync(process.env.TMPDIR);
});
afterEach(() => rmSync(dirname(cacheFile()), { recursive: true, force: true }));
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('the helm-version cache', () => {
  it('is written whole (temporary file renamed over it), private, and used by the next run', async () => {
    const h = fakeHelm('v3.16.4');
    expect(await helmVersion(h.path)).toBe('v3.16.4');
    const file = cacheFile();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ [keyOf(h.path)]: 'v3.16.4' });
    expect(readdirSync(dirname(file))).toEqual(['helm-versions.json']);
    expect(statSync(dirname(file)).mode & 0o077).toBe(0);
    expect(h.runs()).toBe(1);
  });

  it('a planted entry that is not a version string is a miss: helm is asked, the plant never returned', async () => {
    const h = fakeHelm('v3.16.4');
    mkdirSync(dirname(cacheFile()), { recursive: true, mode: 0o700 });
    writeFileSync(cacheFile(), JSON.stringify({ [keyOf(h.path)]: 'v3.16.4\n::error title=pwned::planted' }));
    expect(await helmVersion(h.path)).toBe('v3.16.4');
    expect(h.runs()).toBe(1);
    // and the bad entry is replaced by the good one
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8'))[keyOf(h.path)]).toBe('v3.16.4');
  });

  it('a torn or foreign file is a miss', async () => {
    for (const text of ['{"/usr/bin/helm:1:2": "v3.1', '[]', 'null', '"v3.16.4"']) {
      const h = fakeHelm('v4.1.4');
      mkdirSync(dirname(cacheFile()), { recursive: true, mode: 0o700 });
      writeFileSync(cacheFile(), text);
      expect(await helmVersion(h.path), text).toBe('v4.1.4');
      expect(h.runs(), text).toBe(1);
    }
  });

  it('a helm that prints more than a version is refused, not remembered', async () => {
    const h = fakeHelm('v3.16.4\n::warning::injected');
    await expect(helmVersion(h.path)).rejects.toThrow(/does not look like helm: "v3\.16\.4\\n::warning::injected"/);
  });

  it('a cache directory others can write to is not trusted', async () => {
    const h = fakeHelm('v3.16.4');
    mkdirSync(dirname(cacheFile()), { recursive: true });
    chmodSync(dirname(cacheFile()), 0o777);
    writeFileSync(cacheFile(), JSON.stringify({ [keyOf(h.path)]: 'v9.9.9' }));
    // a well-formed entry planted in a shared directory: neither read nor written
    expect(await helmVersion(h.path)).toBe('v3.16.4');
    expect(h.runs()).toBe(1);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8'))).toEqual({ [keyOf(h.path)]: 'v9.9.9' });
  });
});

describe('the schema download cache', () => {
  const url = 'https://schemas.example/v1.30.0-standalone-strict/gadget-example-v1.json';
  const body = JSON.stringify({ type: 'object', properties: { spec: { type: 'object' } } });
  const entry = (dir: string) => join(dir, createHash('sha256').update(url).digest('hex').slice(0, 40));
  const input = { apiVersion: 'example.com/v1', kind: 'Gadget', kubeVersion: '1.30.0', strict: true };

  it('a torn entry is a miss: downloaded again and replaced, not blamed on the server', async () => {
    const dir = join(work, 'schemas-torn');
    let requests = 0;
    const fetcher = async () => {
      requests++;
      return { status: 200, text: async () => body };
    };
    const first = await new SchemaLocations(['https://schemas.example'], dir, fetcher).find(input);
    expect(first.found).toBe(true);
    expect(readFileSync(entry(dir) + '.json', 'utf8')).toBe(body);
    // no temporary file is left beside the entry
    expect(readdirSync(dir)).toEqual([entry(dir).slice(dir.length + 1) + '.json']);
    // a crash half-way through a write (or a planted file) leaves part of it
    writeFileSync(entry(dir) + '.json', body.slice(0, 20));
    const again = await new SchemaLocations(['https://schemas.example'], dir, fetcher).find(input);
    expect(again).toMatchObject({ found: true, source: url });
    expect(requests).toBe(2);
    expect(readFileSync(entry(dir) + '.json', 'utf8')).toBe(body);
  });

  it('a 404 is remembered, and an empty (torn) 404 entry is not one', async () => {
    const dir = join(work, 'schemas-404');
    let requests = 0;
    const fetcher = async () => {
      requests++;
      return { status: 404, text: async () => 'not found' };
    };
    expect(await new SchemaLocations(['https://schemas.example'], dir, fetcher).find(input)).toEqual({ found: false });
    expect(await new SchemaLocations(['https://schemas.example'], dir, fetcher).find(input)).toEqual({ found: false });
    expect(requests).toBe(1);
    writeFileSync(entry(dir) + '.404', '');
    await new SchemaLocations(['https://schemas.example'], dir, fetcher).find(input);
    expect(requests).toBe(2);
  });
});
