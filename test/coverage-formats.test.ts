/**
 * The coverage files as the tools that read them read them: LCOV through lcov's genhtml (Debian lcov),
 * Cobertura XML against Cobertura's coverage-04.dtd with xmllint (Debian libxml2-utils); each with a broken
 * copy that must be refused, so that the checks can fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig } from '../src/config/load.js';
import { writeCoverageFiles } from '../src/coverage/files.js';
import { toCobertura, toLcov, type CoverageResult } from '../src/coverage/index.js';
import { runGuard } from '../src/guard.js';
import { HELM3, ROOT } from './helpers/helm.js';

const DTD = join(ROOT, 'test/consumers/coverage-04.dtd');
let dir: string;
let cov: CoverageResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hg-cov-formats-'));
  const c = loadConfig({ cwd: join(ROOT, 'fixtures/coverage/basic'), knownRules: RULE_IDS });
  const r = await runGuard({
    config: { ...c, coverage: { ...c.coverage, enabled: true } },
    helm: HELM3,
    baseDir: ROOT,
  });
  cov = r.coverage![0]!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** genhtml on an LCOV file, from the repository root (its SF: paths are relative to it). */
function genhtml(file: string) {
  const out = mkdtempSync(join(dir, 'html-'));
  const r = spawnSync('genhtml', ['--branch-coverage', '--function-coverage', '--output-directory', out, file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120000,
  });
  return { status: r.status, text: `${r.stdout}\n${r.stderr}`, out };
}

function xmllint(file: string) {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, file], { encoding: 'utf8', timeout: 60000 });
  // the DOCTYPE names the DTD at its web address: --nonet keeps xmllint off the network (a warning), and
  // --dtdvalid validates against the copy here
  const text = r.stderr
    .split('\n')
    .filter((l) => !/network entity|failed to load external entity|^<!DOCTYPE|^\s*\^\s*$|^\s*$/.test(l))
    .join('\n');
  return { status: r.status, text };
}

describe('LCOV', () => {
  it('genhtml reads it and reports the same totals', () => {
    const [lcov] = writeCoverageFiles([cov], dir, ['lcov']);
    expect(lcov).toBe(join(dir, 'lcov.info'));
    const text = readFileSync(lcov!, 'utf8');
    // every source path is relative to the repository root
    const sf = text.split('\n').filter((l) => l.startsWith('SF:'));
    expect(sf).toEqual(
      ['_helpers.tpl', 'configmap.yaml', 'deployment.yaml', 'edge.yaml', 'optin.yaml'].map(
        (f) => `SF:fixtures/coverage/basic/templates/${f}`,
      ),
    );
    const g = genhtml(lcov!);
    expect(g.text).not.toMatch(/ERROR|WARNING/);
    expect(g.status).toBe(0);
    expect(g.text).toContain('lines......: 94.8% (91 of 96 lines)');
    expect(g.text).toContain('functions..: 83.3% (5 of 6 functions)');
    expect(g.text).toContain('branches...: 75.0% (21 of 28 branches)');
    // genhtml drops the common prefix of the paths: the page of deployment.yaml, wherever it put it
    const pages = readdirSync(g.out, { recursive: true, encoding: 'utf8' }).filter((p) =>
      p.endsWith('deployment.yaml.gcov.html'),
    );
    expect(pages).toHaveLength(1);
    const page = readFileSync(join(g.out, pages[0]!), 'utf8');
    expect(page).toContain('serviceAccountName: gcs-writer');
  });

  it('genhtml refuses a broken one (the check can fail)', () => {
    const bad = join(dir, 'bad.info');
    writeFileSync(
      bad,
      toLcov(cov)
        .replace(/^DA:(\d+),/m, 'DA:x$1,')
        .replace('SF:fixtures', 'SF:nowhere'),
    );
    const g = genhtml(bad);
    expect(g.status).not.toBe(0);
  });

  it('a branch whose chain was never reached is "-" (not evaluated), a reached one counts combos', () => {
    const text = toLcov(cov);
    const optin = text.slice(text.indexOf('SF:fixtures/coverage/basic/templates/optin.yaml'));
    expect(optin.slice(0, optin.indexOf('end_of_record'))).toContain('BRDA:9,');
    // optin.yaml:9 is reached by s3-optin only: its else is 0 of 1, not "-"
    expect(optin).toMatch(/BRDA:9,\d+,1,0\n/);
    expect(text).toMatch(/BRDA:31,\d+,0,-\n/); // basic.unused: no combo calls it
  });
});

describe('Cobertura XML', () => {
  it('is valid against coverage-04.dtd, with repo-relative file names and the same totals', () => {
    const [xml] = writeCoverageFiles([cov], dir, ['cobertura']);
    const v = xmllint(xml!);
    expect(v.text).toBe('');
    expect(v.status).toBe(0);
    const text = readFileSync(xml!, 'utf8');
    expect(text).toMatch(/<coverage line-rate="0\.9479" branch-rate="0\.75" lines-covered="91" lines-valid="96"/);
    expect([...text.matchAll(/filename="([^"]+)"/g)].map((m) => m[1])).toEqual(
      ['_helpers.tpl', 'configmap.yaml', 'deployment.yaml', 'edge.yaml', 'optin.yaml'].map(
        (f) => `fixtures/coverage/basic/templates/${f}`,
      ),
    );
    expect(text).toContain('<method name="basic.unused" signature="" line-rate="0" branch-rate="0" complexity="0">');
  });

  it('several charts are one package each', () => {
    const file = join(dir, 'two.xml');
    writeFileSync(file, toCobertura([cov, { ...cov, chart: 'other' }]));
    expect(xmllint(file).status).toBe(0);
    expect(readFileSync(file, 'utf8').match(/<package /g)).toHaveLength(2);
  });

  it('xmllint refuses an invalid one (the check can fail)', () => {
    const file = join(dir, 'bad.xml');
    writeFileSync(file, toCobertura(cov).replace(/ hits="\d+"/, ''));
    const v = xmllint(file);
    expect(v.status).not.toBe(0);
    expect(v.text).toMatch(/hits/);
  });
});
