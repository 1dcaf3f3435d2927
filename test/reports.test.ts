import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { HtmlRenderer, Parser } from 'commonmark';
import { beforeAll, describe, expect, it } from 'vitest';
import { xml2js as xmlJs } from 'xml-js';
import { parseStringPromise } from 'xml2js';
import { toAnnotations } from '../src/report/annotations.js';
import { readSource, repoPath, reportContext, type ReportContext } from '../src/report/context.js';
import { groupFindings } from '../src/report/groups.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { lineHashes } from '../src/report/linehash.js';
import { formatSarif, SARIF_MAX_RESULTS } from '../src/report/sarif.js';
import { formatSummary, SUMMARY_LIMIT } from '../src/report/summary.js';
import { formatText } from '../src/report/text.js';
import type { GuardResult } from '../src/guard.js';
import type { Finding } from '../src/types.js';
import { guard } from './helpers/guard.js';
import { HELMS, ROOT } from './helpers/helm.js';

/**
 * Reports, proven with their consumers: SARIF against the SARIF 2.1.0 schema and GitHub code scanning's
 * documented requirements (test/consumers/github-code-scanning-sarif.md), JUnit against Jenkins'
 * junit-10.xsd with xmllint and read as the two common reporters read it, the job summary rendered by a
 * CommonMark implementation. The case that matters most: one bad template line rendered into 400
 * Deployments in each of 8 combos is one finding in every format.
 */

const FIXTURE = 'fixtures/scale/many-deployments';
const TEMPLATE = `${FIXTURE}/templates/deployments.yaml`;
/** The four wrong lines of the fixture (its README). */
const BAD = [
  { rule: 'schema/unknown-field', line: 11 },
  { rule: 'schema/enum', line: 23 },
  { rule: 'schema/type', line: 26 },
  { rule: 'resources/requests-exceed-limits', line: 29 },
];
const COMBOS = ['defaults', 'edge', 'batch', 'web', 'api', 'worker', 'cron', 'canary'];

const ctx: ReportContext = {
  ...reportContext(ROOT),
  links: { server: 'https://github.com', repository: 'o/r', sha: 'a'.repeat(40) },
};

/** xmllint (Debian libxml2-utils) against the vendored junit-10.xsd; the error text when it refuses. */
function xsdErrors(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'helm-guard-junit-'));
  const file = join(dir, 'report.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'test/consumers/junit-10.xsd'), file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${r.error.message}`);
  return r.status === 0 ? '' : r.stderr;
}

const sarifSchema = JSON.parse(readFileSync(join(ROOT, 'test/consumers/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS (module.exports is the plugin)
const addFormats = createRequire(import.meta.url)('ajv-formats') as (a: Ajv) => Ajv;
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

/** What GitHub code scanning requires of an upload beyond the schema; the problems found. */
function codeScanningProblems(log: any): string[] {
  const out: string[] = [];
  if (log.version !== '2.1.0') out.push('version');
  if (!log.$schema) out.push('$schema');
  if (!Array.isArray(log.runs) || !log.runs.length || log.runs.length > 20) out.push('runs');
  const categories = new Set<string>();
  for (const run of log.runs ?? []) {
    const d = run.tool?.driver;
    if (!d?.name) out.push('tool.driver.name');
    if (!Array.isArray(d?.rules)) out.push('tool.driver.rules');
    if ((d?.rules ?? []).length > 25_000) out.push('rules per run');
    for (const r of d?.rules ?? []) {
      for (const k of ['shortDescription', 'fullDescription'])
        if (!r[k]?.text || r[k].text.length > 1024) out.push(`${r.id} ${k}`);
      if (!r.id || !r.help?.text) out.push(`${r.id} id/help`);
      if (r.name && r.name.length > 255) out.push(`${r.id} name`);
      if (!['very-high', 'high', 'medium', 'low'].includes(r.properties?.precision)) out.push(`${r.id} precision`);
      if (!['error', 'warning', 'recommendation'].includes(r.properties?.['problem.severity']))
        out.push(`${r.id} problem.severity`);
      if (!(r.properties?.tags?.length <= 20)) out.push(`${r.id} tags`);
    }
    const id: string | undefined = run.automationDetails?.id;
    const category = id?.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '';
    if (!category) out.push('automationDetails.id has no category');
    if (categories.has(`${d?.name}\u0000${category}`)) out.push('two runs with one tool and category');
    categories.add(`${d?.name}\u0000${category}`);
    if (!Array.isArray(run.results) || run.results.length > 25_000) out.push('results per run');
    for (const res of run.results ?? []) {
      if (!res.message?.text) out.push('message.text');
      const loc = res.locations?.[0]?.physicalLocation;
      if (!loc?.artifactLocation?.uri || !(loc.region?.startLine >= 1)) out.push('location');
      if ((res.locations ?? []).length > 1000) out.push('locations per result');
      if (res.ruleIndex !== undefined && d.rules[res.ruleIndex]?.id !== res.ruleId) out.push('ruleIndex');
      if (!res.partialFingerprints?.primaryLocationLineHash) out.push(`${res.ruleId}: no primaryLocationLineHash`);
      const uri: string = loc?.artifactLocation?.uri ?? '';
      // repository-relative, of a file committed there
      if (/^[a-z]+:|^\/|(^|\/)\.\.(\/|$)/.test(uri) || !existsSync(join(ROOT, uri))) out.push(`uri ${uri}`);
    }
  }
  return out;
}

/** The job summary as a CommonMark renderer outputs it. */
const commonmark = (md: string) => new HtmlRenderer().render(new Parser().parse(md));

describe.each(HELMS)('400 Deployments × 8 combos, one finding per bad line, with helm $version', ({ path: helm }) => {
  let r: GuardResult;
  beforeAll(async () => {
    r = await guard(helm, { configPath: `${FIXTURE}/.helm-guard.yaml` });
  }, 180_000);

  it('the run holds every occurrence: 4 lines × 400 resources × 8 combos', () => {
    expect(r.result).toBe('fail');
    expect(r.combos.map((c) => c.name)).toEqual(COMBOS);
    expect(r.findings).toHaveLength(4 * 400 * 8);
    const groups = groupFindings(r.findings);
    expect(groups.map((g) => [g.rule, g.location?.file, g.location?.line])).toEqual(
      BAD.map((b) => [b.rule, TEMPLATE, b.line]),
    );
    for (const g of groups) {
      expect(g.combos.map((c) => c.combo)).toEqual(COMBOS);
      expect(g.resources).toHaveLength(400);
      expect(g.findings).toHaveLength(3200);
    }
  });

  it('text: a verdict line per combo, then each bad line once with where it occurred', () => {
    const text = formatText(r, { color: false });
    const findings = text.split('\n').filter((l) => /^ {2}(error|warning|notice)/.test(l));
    expect(findings).toHaveLength(4);
    BAD.forEach((b, i) => expect(findings[i]).toContain(`${b.rule}  ${TEMPLATE}:${b.line}:`));
    expect(text.match(/in 8 combos: defaults, edge, batch, web, api, …; 400 resources/g)).toHaveLength(4);
    for (const c of COMBOS)
      expect(text).toMatch(new RegExp(`^✗ fail {2}${c} +400 resources: Deployment 400; 4 errors`, 'm'));
    expect(text).toMatch(/^FAIL 4 errors, 0 warnings, 0 notices \(12,800 occurrences\); 8 of 8 combos failed/m);
  });

  it('JSON: every occurrence kept, grouped by the line that caused it', () => {
    const j = JSON.parse(formatJson(r));
    expect(j.findings).toHaveLength(12_800);
    expect(j.groups.map((g: any) => [g.rule, g.location.file, g.location.line, g.combos.length, g.resources])).toEqual(
      BAD.map((b) => [b.rule, TEMPLATE, b.line, 8, 400]),
    );
    const all = j.groups.flatMap((g: any) => g.findings).sort((a: number, b: number) => a - b);
    expect(all).toEqual(j.findings.map((_: unknown, i: number) => i));
    for (const g of j.groups)
      for (const i of g.findings) expect(j.findings[i]).toMatchObject({ rule: g.rule, location: g.location });
  });

  it('annotations: one per bad line, at the line, repository-relative', () => {
    const a = toAnnotations(r, 10, ctx);
    expect(a.map((x) => [x.level, x.title, x.file, x.startLine])).toEqual(
      BAD.map((b) => ['error', `${b.rule} [8 combos]`, TEMPLATE, b.line]),
    );
    for (const x of a) expect(x.message).toMatch(/\(in 8 combos: .*; 400 resources\)$/);
  });

  it('JUnit: valid against junit-10.xsd; one failed testcase per bad line, which reporters place at the line', async () => {
    const xml = formatJunit(r, ctx);
    expect(xsdErrors(xml)).toBe('');
    // as action-junit-report reads it (xml-js, compact): the failure's file from the testsuite's `file`,
    // its line from the first ` file:line` in the failure text
    const doc = xmlJs(xml, { compact: true }) as any;
    const suites = [doc.testsuites.testsuite].flat();
    const failed = suites.flatMap((s: any) =>
      [s.testcase ?? []]
        .flat()
        .filter((t: any) => t.failure)
        .map((t: any) => ({ suite: s, t })),
    );
    expect(failed).toHaveLength(4);
    failed.forEach(({ suite, t }: any, i: number) => {
      expect(suite._attributes.file).toBe(TEMPLATE);
      expect(t.failure._attributes.type).toBe(BAD[i]!.rule);
      const text: string = t.failure._text;
      const m = new RegExp(` [^ ]*${TEMPLATE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*?:(\\d+)`).exec(text);
      expect(Number(m?.[1])).toBe(BAD[i]!.line);
    });
    // as test-reporter reads it (xml2js): every suite and testcase has a time in seconds
    const parsed = await parseStringPromise(xml);
    expect(parsed.testsuites.$).toMatchObject({ tests: String(8 * 3 + 4), failures: '4', errors: '0' });
    for (const s of parsed.testsuites.testsuite) {
      expect(Number.isFinite(parseFloat(s.$.time))).toBe(true);
      for (const t of s.testcase ?? []) expect(Number.isFinite(parseFloat(t.$.time))).toBe(true);
    }
    // every combo is there, with the checks it passed
    for (const c of COMBOS) expect(suites.map((s: any) => s._attributes.name)).toContain(`combo ${c}`);
  });

  it('SARIF: valid, what code scanning requires, one result per bad line', () => {
    const log = JSON.parse(formatSarif(r, ctx));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(codeScanningProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.region.startLine])).toEqual(
      BAD.map((b) => [b.rule, b.line]),
    );
    const hashes = lineHashes(readFileSync(join(ROOT, TEMPLATE), 'utf8'));
    for (const [i, x] of run.results.entries()) {
      expect(x.locations[0].physicalLocation.artifactLocation).toEqual({ uri: TEMPLATE, uriBaseId: '%SRCROOT%' });
      expect(x.partialFingerprints.primaryLocationLineHash).toBe(hashes[BAD[i]!.line - 1]);
      expect(x.properties).toMatchObject({ comboCount: 8, resourceCount: 400, occurrences: 3200 });
    }
    expect(run.properties).toMatchObject({ findings: 4, occurrences: 12_800 });
    expect(run.automationDetails.id).toBe(`helm-guard/${FIXTURE}/helm${helm.includes('v3.') ? 3 : 4}/`);
  });

  it('summary: every combo in the table with its counts, one collapsible entry per bad line, inert HTML', () => {
    const s = formatSummary(r, ctx);
    expect(commonmark(s)).toBe(s);
    for (const c of COMBOS)
      expect(s).toContain(`<tr><td>❌ ${c}</td><td>✅</td><td>✅</td><td>❌ 3</td><td>❌ 1</td><td>➖</td>`);
    const entries = s.match(/<details>.*<\/details>/g) ?? [];
    expect(entries).toHaveLength(4);
    BAD.forEach((b, i) => {
      expect(entries[i]).toContain(`<a href="https://github.com/o/r/blob/${'a'.repeat(40)}/${TEMPLATE}#L${b.line}">`);
      expect(entries[i]).toContain('<li>8 combos: defaults, edge, batch, web, api, worker, cron, canary</li>');
      expect(entries[i]).toMatch(/<li>400 resources: Deployment\/release-name/);
    });
    expect(Buffer.byteLength(s)).toBeLessThan(64 * 1024);
  });
});

describe('reports of chart-wide findings and findings with no template line', () => {
  let r: GuardResult;
  beforeAll(async () => {
    r = await guard(HELMS[0].path, { configPath: 'fixtures/broken/removed-api/.helm-guard.yaml' });
  }, 120_000);

  it('JUnit holds every finding: the lint warning (chart-wide), the notice without a line, the error', async () => {
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['lint/warning', 'schema/kube-version', 'schema/removed-api']);
    const xml = formatJunit(r, ctx);
    expect(xsdErrors(xml)).toBe('');
    const doc = xmlJs(xml, { compact: true }) as any;
    const cases = [doc.testsuites.testsuite]
      .flat()
      .flatMap((s: any) => [s.testcase ?? []].flat().map((t: any) => ({ file: s._attributes.file, t })));
    const of = (rule: string) => cases.find((c: any) => c.t._attributes.name.includes(rule));
    expect(of('schema/removed-api')?.t.failure).toBeDefined();
    // below fail-on: reported, not failed
    expect(of('lint/warning')?.t.failure).toBeUndefined();
    expect(of('lint/warning')?.t['system-out']._text).toMatch(
      /^warning lint\/warning .*cronjob\.yaml:1 .*\nchart-wide \(helm lint\)/,
    );
    expect(of('schema/kube-version')?.file).toBe('fixtures/broken/removed-api/Chart.yaml');
  });

  it('SARIF places a finding without a template line at Chart.yaml line 1, fingerprinted', () => {
    const log = JSON.parse(formatSarif(r, ctx));
    expect(validateSarif(log)).toBe(true);
    expect(codeScanningProblems(log)).toEqual([]);
    const notice = log.runs[0].results.find((x: any) => x.ruleId === 'schema/kube-version');
    expect(notice.level).toBe('note');
    expect(notice.locations[0].physicalLocation.artifactLocation.uri).toBe('fixtures/broken/removed-api/Chart.yaml');
    expect(notice.partialFingerprints.primaryLocationLineHash).toBe(
      lineHashes(readFileSync(join(ROOT, 'fixtures/broken/removed-api/Chart.yaml'), 'utf8'))[0],
    );
  });
});

// A result built by hand, for what no chart produces cheaply.
const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  severity: 'error',
  rule: 'schema/unknown-field',
  combo: 'c',
  chart: 'c',
  message: `field <b>${i}</b> & "quoted" ${'x'.repeat(200)}`,
  location: { file: 'templates/a.yaml', line: i + 1 },
  ...over,
});
const result = (findings: Finding[], combos = ['c<script>']): GuardResult => ({
  result: 'fail',
  failOn: 'error',
  helm: { path: '/h', version: 'v3.16.4' },
  chart: 'c',
  charts: ['c'],
  combos: combos.map((name) => ({
    name,
    chart: 'c',
    status: 'fail',
    render: 'ok',
    checks: { render: 'pass', lint: 'skipped', schema: 'fail', rules: 'pass', assertions: 'skipped' },
    kinds: { ConfigMap: 1 },
    documents: 1,
    apis: ['v1 ConfigMap'],
    findings: findings.filter((f) => f.combo === name),
    durationMs: 1,
  })),
  findings,
  chartRuns: [{ chart: 'c', lint: 'off', owned: true, findings: [] }],
  durationMs: 1,
});

describe('job summary', () => {
  it('escapes HTML everywhere', () => {
    const s = formatSummary(result([finding(1, { combo: 'c<script>' })]));
    expect(s).toContain('c&#60;script&#62;');
    expect(s).toContain('field &#60;b&#62;1&#60;/b&#62; &#38; &#34;quoted&#34;');
    expect(s).not.toMatch(/<script>|<b>/);
    expect(s).toMatch(
      /<tr><td>❌ c&#60;script&#62;<\/td><td>✅<\/td><td>➖<\/td><td>❌ 1<\/td><td>✅<\/td><td>➖<\/td><td>ConfigMap&nbsp;1<\/td><\/tr>/,
    );
    expect(commonmark(s)).toBe(s);
  });

  it('chart text never becomes Markdown: line breaks, links, images, headings, mentions', () => {
    const hostile =
      'bad\n\n# Heading\n\n[click](https://evil.example) ![img](https://evil.example/x.png) *em* @octocat #123\r\n\n| a | b |';
    const s = formatSummary(
      result(
        [
          finding(1, {
            message: hostile,
            combo: `x\n\n## combo`,
            resource: { apiVersion: 'v1', kind: 'ConfigMap', name: '@team\n\n**b**' },
          }),
        ],
        [`x\n\n## combo`],
      ),
    );
    expect(s).not.toMatch(/\n\n/);
    const html = commonmark(s);
    expect(html).toBe(s);
    expect(html).not.toMatch(/<h1|<a href="https:\/\/evil|<img|<em>|<strong>/);
    // GitHub links @name and #123 in text: a word joiner keeps them apart
    expect(s).toContain('&#64;&#8288;octocat');
    expect(s).toContain('&#35;&#8288;123');
  });

  it('stays under 1 MiB, lists every combo, and says what it left out', () => {
    const combos = Array.from({ length: 300 }, (_, i) => `combo-${i}`);
    const many = Array.from({ length: 20_000 }, (_, i) => finding(i, { combo: combos[i % combos.length]! }));
    const s = formatSummary(result(many, combos));
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    for (const c of combos) expect(s).toContain(`<td>❌ ${c}</td>`);
    const shown = (s.match(/<details>/g) ?? []).length;
    expect(shown).toBeGreaterThan(1000);
    expect(s).toContain(
      `<p>${(20_000 - shown).toLocaleString('en-US')} more findings not shown (${(20_000 - shown).toLocaleString('en-US')} errors, 0 warnings, 0 notices)`,
    );
    expect(commonmark(s)).toBe(s);
  });
});

describe('SARIF limits and category', () => {
  it('keeps the most severe results under the limit and says so in the run', () => {
    const fs = [
      finding(1, { severity: 'notice', rule: 'schema/kube-version' }),
      finding(2),
      finding(3, { severity: 'warning', rule: 'lint/warning' }),
      finding(4),
    ];
    const log = JSON.parse(formatSarif(result(fs), ctx, 2));
    expect(log.runs[0].results.map((x: any) => x.level)).toEqual(['error', 'error']);
    expect(log.runs[0].properties.truncated).toBe(
      '2 of 4 results left out (the least severe): an upload may hold at most 2; the JSON report has them all',
    );
    expect(SARIF_MAX_RESULTS).toBe(25_000);
  });

  it('the category differs by what is guarded, the helm major and the shard; --sarif-category replaces it', () => {
    const r = result([finding(1)]);
    const id = (res: GuardResult, c: ReportContext & { scope?: string }) =>
      JSON.parse(formatSarif(res, c)).runs[0].automationDetails.id;
    expect(id(r, { ...ctx, scope: 'charts/a' })).toBe('helm-guard/charts/a/helm3/');
    expect(id({ ...r, helm: { path: '/h', version: 'v4.1.4' } }, { ...ctx, scope: 'charts/a' })).toBe(
      'helm-guard/charts/a/helm4/',
    );
    expect(id({ ...r, shard: { index: 2, total: 4, items: [], mine: [] } }, { ...ctx, scope: 'charts/a' })).toBe(
      'helm-guard/charts/a/helm3-shard-2-of-4/',
    );
    expect(id(r, { ...ctx, scope: 'charts/a', sarifCategory: 'mine' })).toBe('mine/');
  });
});

describe('what reports read of the repository', () => {
  it('quotes a file only when it really is a regular file inside the repository', () => {
    const repo = mkdtempSync(join(tmpdir(), 'helm-guard-src-'));
    const outside = mkdtempSync(join(tmpdir(), 'helm-guard-outside-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'chart/templates'), { recursive: true });
    writeFileSync(join(repo, 'chart/templates/a.yaml'), 'kind: ConfigMap\n');
    writeFileSync(join(outside, 'private.txt'), 'not for reports\n');
    symlinkSync(join(outside, 'private.txt'), join(repo, 'chart/templates/b.yaml'));
    symlinkSync('/dev/zero', join(repo, 'chart/templates/c.yaml'));
    const c = reportContext(join(repo, 'chart'));
    expect(c.repoRoot).toBe(repo);
    expect(readSource(c, 'templates/a.yaml')).toBe('kind: ConfigMap\n');
    expect(readSource(c, 'templates/b.yaml')).toBeUndefined();
    expect(readSource(c, 'templates/c.yaml')).toBeUndefined();
    expect(repoPath(c, 'templates/a.yaml')).toBe('chart/templates/a.yaml');
  });
});

describe('primaryLocationLineHash', () => {
  // the expected values are the published test vectors of github/codeql-action (src/fingerprints.test.ts)
  it('matches what code scanning computes', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
    const crlf = lineHashes(' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n');
    expect(crlf).toEqual(lineHashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n'));
    expect(crlf).toEqual([
      'e9496ae3ebfced30:1',
      'fb7c023a8b9ccb3f:1',
      'ce8ba1a563dcdaca:1',
      'e20e36e16fcb0cc8:1',
      'b3edc88f2938467e:1',
      'c8e28b0b4002a3a0:1',
      'c129715d7a2bc9a3:1',
    ]);
    expect(lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ]);
  });
});
