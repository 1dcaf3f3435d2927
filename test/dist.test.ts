import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

  it('dist/cli.js loads what a render needs as the bundle has it: precompiled Kubernetes and catalog validators, the CRD compiler, cron and PromQL parsers', () => {
    const run = (args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
            cwd: ROOT,
            encoding: 'utf8',
            timeout: 120_000,
          }),
        };
      } catch (e) {
        const x = e as { status: number; stdout: string };
        return { code: x.status, out: x.stdout };
      }
    };
    // the certctl chart renders CronJobs and PrometheusRules, ServiceMonitor and Certificate (catalog CRDs)
    const certctl = run(['--config', 'fixtures/certctl/.helm-guard.yaml', '--helm', HELM3, '--format', 'json']);
    expect(certctl.code).toBe(0);
    expect(JSON.parse(certctl.out).findings).toEqual([]);
    const typo = JSON.parse(run(['fixtures/broken/crd-catalog-typo', '--helm', HELM3, '--format', 'json']).out);
    expect(
      typo.findings.map((f: { rule: string; location: { line: number } }) => `${f.rule}:${f.location.line}`).sort(),
    ).toEqual(['schema/unknown-field:12', 'schema/unknown-field:16', 'schema/unknown-field:16']);
    // a CRD of the chart itself, compiled at run time
    const own = JSON.parse(run(['fixtures/broken/crds-from-chart', '--helm', HELM3, '--format', 'json']).out);
    expect(
      own.findings
        .map(
          (f: { rule: string; location: { file: string; line: number } }) =>
            `${f.rule} ${f.location.file}:${f.location.line}`,
        )
        .sort(),
    ).toEqual([
      'schema/enum fixtures/broken/crds-from-chart/templates/gadget.yaml:6',
      'schema/unknown-field fixtures/broken/crds-from-chart/templates/widget.yaml:7',
    ]);
  });

  it('a Node that forbids making code at run time gets one clear message and exit 2, not an internal error', () => {
    let r: { status: number; stdout: string; stderr: string };
    try {
      execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'fixtures/zero-config', '--helm', HELM3], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, NODE_OPTIONS: '--disallow-code-generation-from-strings' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      throw new Error('the run passed');
    } catch (e) {
      r = e as { status: number; stdout: string; stderr: string };
    }
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^helm-guard: schemas: this Node forbids making code at run time \(--disallow-code-generation-from-strings\)/m,
    );
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('versions agree: package.json, src/version.ts', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });

  it('the Action loads its runner toolkit without an HTTP client; only the install downloads with one', () => {
    // what dist/index.js loads up to the toolkit: static imports, and the dynamic import of @actions/core
    const text = (f: string) => readFileSync(join(ROOT, 'dist', f), 'utf8');
    const statics = (f: string) =>
      [
        ...text(f).matchAll(/^(?:import|export)\s[^;]*?from\s*['"]\.\/([^'"]+)['"]|^import\s*['"]\.\/([^'"]+)['"]/gm),
      ].map((m) => (m[1] ?? m[2])!);
    const closure = (roots: string[]) => {
      const seen = new Set<string>();
      const visit = (f: string) => {
        if (seen.has(f)) return;
        seen.add(f);
        statics(f).forEach(visit);
      };
      roots.forEach(visit);
      return seen;
    };
    const chunks = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
    const core = chunks.filter((f) => text(f).includes('// node_modules/@actions/core/lib/core.js'));
    expect(core).toHaveLength(1);
    const loaded = closure(['index.js', ...core]);
    for (const f of loaded) {
      expect(text(f), f).not.toContain('// node_modules/undici/');
      expect(text(f), f).not.toContain('// node_modules/@actions/http-client/');
      expect(text(f), f).not.toContain('// node_modules/@actions/exec/');
    }
    // the install still has its HTTP client (tool-cache downloads with it), in a chunk of its own
    const install = chunks.filter((f) => text(f).includes('// src/action/install.ts'));
    expect(install).toHaveLength(1);
    expect([...closure(install)].some((f) => text(f).includes('// node_modules/@actions/http-client/'))).toBe(true);
  });

  it('carries the licences of what it bundles', () => {
    const lic = readFileSync(join(ROOT, 'dist/licenses.txt'), 'utf8');
    for (const pkg of ['ajv@', 'yaml@', '@actions/core@', '@prometheus-io/lezer-promql@']) expect(lic).toContain(pkg);
  });
});
