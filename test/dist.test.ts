import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { HELM3, ROOT } from './helpers/helm.js';

describe('dist/', () => {
  it('matches a fresh build of the source', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--check'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toContain('dist/ matches a fresh build');
  });

  it('dist/cli.js runs on its own, as npx runs it', () => {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'fixtures/zero-config', '--helm', HELM3, '--format', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(JSON.parse(out)).toMatchObject({ result: 'pass', helm: { version: 'v3.16.4' } });
  });

  it('versions agree: package.json, src/version.ts', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });

  it('carries the licences of what it bundles', () => {
    const lic = readFileSync(join(ROOT, 'dist/licenses.txt'), 'utf8');
    for (const pkg of ['ajv@', 'yaml@', '@actions/core@', 'cron-parser@', '@prometheus-io/lezer-promql@'])
      expect(lic).toContain(pkg);
  });
});
