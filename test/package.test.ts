import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_PATH } from '../src/config/schema-url.js';
import { HELM3, ROOT } from './helpers/helm.js';

/**
 * The npm package as a user gets it: `npm pack` of this checkout, installed from the tarball into a
 * scratch project with the registry out of reach, then `npx helm-guard` guarding the certctl fixture.
 */
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    // never the network: a package that needs a dependency fails here instead of downloading it
    env: { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
  });

describe('the npm package', () => {
  let scratch: string;
  let tarball: string;
  let packed: { files: { path: string }[]; unpackedSize: number; size: number }[];
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'helm-guard-pack-'));
    // --ignore-scripts: packing is what a user's registry download is; nothing builds or fetches here
    packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], ROOT));
    tarball = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tgz'))!,
    );
    scratch = mkdtempSync(join(tmpdir(), 'helm-guard-user-'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
    npm(['install', '--no-save', tarball], scratch);
  }, 300_000);

  it('holds the bundle, the Action, the config schema, README and LICENSE, and nothing to build', () => {
    const files = packed[0]!.files.map((f) => f.path);
    for (const f of [
      'dist/cli.js',
      'dist/index.js',
      'action.yml',
      CONFIG_SCHEMA_PATH,
      'README.md',
      'LICENSE',
      'package.json',
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(
      ['LICENSE', 'README.md', 'action.yml', 'package.json', CONFIG_SCHEMA_PATH].sort(),
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(pkg.repository.url).toBe('git+https://github.com/certctl/helm-guard.git');
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/certctl\/helm-guard/);
    expect(pkg.bugs.url).toBe('https://github.com/certctl/helm-guard/issues');
  });

  it('installs with no dependency at all', () => {
    const tree = JSON.parse(npm(['ls', '--all', '--json'], scratch));
    expect(Object.keys(tree.dependencies)).toEqual(['helm-guard']);
    expect(tree.dependencies['helm-guard'].dependencies ?? {}).toEqual({});
    expect(readdirSync(join(scratch, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['helm-guard']);
  });

  it('npx helm-guard guards the certctl fixture from the scratch project', () => {
    const out = execFileSync(
      'npx',
      [
        '--no-install',
        'helm-guard',
        join(ROOT, 'fixtures/certctl/deploy/helm/certctl'),
        '--config',
        join(ROOT, 'fixtures/certctl/.helm-guard.yaml'),
        '--helm',
        HELM3,
        '--no-color',
      ],
      { cwd: scratch, encoding: 'utf8', timeout: 180_000, env: { ...process.env, npm_config_offline: 'true' } },
    );
    expect(out).toMatch(/^helm-guard: .*certctl with helm v3\.16\.4, 12 combos/);
    expect(out).toMatch(/^PASS 0 errors, 0 warnings, 0 notices; 0 of 12 combos failed/m);
    expect(
      execFileSync('npx', ['--no-install', 'helm-guard', '--version'], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 60_000,
      }),
    ).toBe(`helm-guard ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});
