/**
 * Template coverage, measured on real helm 3 and helm 4: exact lines and branches of a small chart and which
 * combo took each, the values suggested for what no combo takes (rendered to prove they reach it), the
 * instrumented render equal to the normal one, failing combos, what cannot be measured, subcharts, gates.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig, type GuardConfig } from '../src/config/load.js';
import { prepareCoverage } from '../src/coverage/index.js';
import { collectRender } from '../src/coverage/collect.js';
import { buildCoverage, type CoverageResult, type FileCoverage } from '../src/coverage/model.js';
import { runGuard, type GuardResult } from '../src/guard.js';
import { differsOnlyByGenerated } from '../src/manifests/generated.js';
import { templateArgs } from '../src/helm/args.js';
import { HELMS, HELM3, HELM4, ROOT } from './helpers/helm.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'hg-cov-test-'));
  temps.push(d);
  return d;
}

function config(dir: string, extra: Partial<GuardConfig> = {}): GuardConfig {
  const c = loadConfig({ cwd: join(ROOT, dir), knownRules: RULE_IDS });
  return { ...c, coverage: { ...c.coverage, enabled: true }, ...extra };
}

async function guard(c: GuardConfig, helm: string, baseDir = ROOT): Promise<{ r: GuardResult; cov: CoverageResult }> {
  const r = await runGuard({ config: c, helm, baseDir, failOn: 'error' });
  expect(r.coverage).toHaveLength(1);
  return { r, cov: r.coverage![0]! };
}

function file(cov: CoverageResult, path: string): FileCoverage {
  const f = cov.files.find((x) => x.chartPath === path);
  if (!f) throw new Error(`no ${path} in ${cov.files.map((x) => x.chartPath).join(', ')}`);
  return f;
}

/** line → the combos that ran it, as one string per line ("15 defaults") for exact comparison. */
const lines = (f: FileCoverage) => f.lines.map((l) => `${l.line} ${l.combos.join(',')}`.trim());
/** Each branch: "line kind [condition] → combos". */
const branches = (f: FileCoverage) =>
  f.branches.map((b) => `${b.line} ${b.kind}${b.condition ? ` ${b.condition}` : ''} → ${b.combos.join(',')}`);

const ALL = 'defaults,s3-optin,env';
const range = (from: number, to: number, combos: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${from + i} ${combos}`);

describe.each(HELMS)('coverage of fixtures/coverage/basic with helm $version', ({ path: helm }) => {
  let cov: CoverageResult;
  let result: GuardResult;
  it('measures every combo in full, and each instrumented render equals the normal one', async () => {
    ({ r: result, cov } = await guard(config('fixtures/coverage/basic'), helm));
    expect(cov.combos).toEqual([
      { name: 'defaults', ok: true, measured: 'full', problems: [] },
      { name: 's3-optin', ok: true, measured: 'full', problems: [] },
      { name: 'env', ok: true, measured: 'full', problems: [] },
    ]);
    expect(cov.chart).toBe('fixtures/coverage/basic');
    expect(cov.files.map((f) => f.path)).toEqual(
      ['NOTES.txt', '_helpers.tpl', 'configmap.yaml', 'deployment.yaml', 'edge.yaml', 'optin.yaml'].map(
        (f) => `fixtures/coverage/basic/templates/${f}`,
      ),
    );
  });

  it('configmap.yaml: each line and branch with the combos that took it', () => {
    const f = file(cov, 'templates/configmap.yaml');
    expect(lines(f)).toEqual([
      ...range(1, 10, ALL),
      '11', // empty: "true" — the name is never empty
      '13 ' + ALL,
      '14 ' + ALL,
      '15 defaults', // mode a (values.yaml)
      '17 s3-optin', // mode b
      '19 env', // mode z
      '21 ' + ALL,
      '22 env', // env[0] set
      '24 defaults,s3-optin',
      '26 ' + ALL,
      '27 s3-optin', // extra.note set
      '29 defaults,env',
    ]);
    expect(branches(f)).toEqual([
      '10 then eq (include "basic.fullname" .) "" → ',
      '10 implicit else → ' + ALL,
      '14 then eq .Values.mode "a" → defaults',
      '16 else if eq .Values.mode "b" → s3-optin',
      '18 else → env',
      '21 then $i, $e := .Values.env → env',
      '23 else → defaults,s3-optin',
      '26 then .Values.extra.note → s3-optin',
      '28 else → defaults,env',
    ]);
    expect(f.renderedBy).toEqual(['defaults', 's3-optin', 'env']);
    expect(f.totals.lines).toEqual({ covered: 21, total: 22 });
    expect(f.totals.branches).toEqual({ covered: 8, total: 9 });
  });

  it('deployment.yaml: if / else if without else, and the values suggested for what no combo takes', () => {
    const f = file(cov, 'templates/deployment.yaml');
    expect(lines(f)).toEqual([
      ...range(1, 21, ALL),
      '22 s3-optin',
      '24 defaults,env',
      ...range(25, 27, 'defaults,env'),
      '29 ' + ALL,
      ...range(30, 32, 'defaults,env'),
      '34 ' + ALL,
      '35',
    ]);
    expect(branches(f)).toEqual([
      '21 then eq .Values.sink "s3" → s3-optin',
      '23 else if eq .Values.sink "pvc" → defaults,env',
      '21 implicit else → ',
      '29 then ne .Values.sink "s3" → defaults,env',
      '29 implicit else → s3-optin',
      '34 then and .Values.x.enabled (eq .Values.sink "gcs") → ',
      '34 implicit else → ' + ALL,
    ]);
    const gcs = f.branches.find((b) => b.line === 34 && b.kind === 'then')!;
    expect(gcs.suggestion).toEqual({ set: { 'x.enabled': true, sink: 'gcs' }, needs: [] });
    const none = f.branches.find((b) => b.line === 21 && b.kind === 'implicit else')!;
    expect(none.suggestion).toEqual({ set: {}, needs: ['sink: a value other than "s3", "pvc"'] });
  });

  it('_helpers.tpl: defines, the branches inside them, and a define no template calls', () => {
    const f = file(cov, 'templates/_helpers.tpl');
    expect(f.kind).toBe('partial');
    expect(f.defines.map((d) => `${d.name} ${d.measurable} ${d.combos.join(',')}`)).toEqual([
      `basic.fullname true ${ALL}`,
      `basic.labels true ${ALL}`,
      `basic.settings true ${ALL}`,
      'basic.unused true ',
      `basic.padded true ${ALL}`,
    ]);
    expect(branches(f)).toEqual([
      '5 then .Values.fullnameOverride → ',
      '7 else → ' + ALL,
      '15 then .Values.extra.labels → env',
      '15 implicit else → defaults,s3-optin',
      '23 then eq .Values.sink "s3" → s3-optin',
      '25 else → defaults,env',
      '31 then .Values.x.enabled → ',
      '31 implicit else → ',
    ]);
    expect(lines(f)).toEqual([
      `5 ${ALL}`,
      '6',
      `8 ${ALL}`,
      `13 ${ALL}`,
      `14 ${ALL}`,
      `15 ${ALL}`,
      '16 env',
      `22 ${ALL}`,
      `23 ${ALL}`,
      '24 s3-optin',
      '26 defaults,env',
      '31',
      '32',
      `36 ${ALL}`,
    ]);
    // a branch inside a define: `.` is whatever the caller passed, so no values are suggested
    expect(f.branches.find((b) => b.line === 5)!.suggestion).toBeUndefined();
  });

  it('optin.yaml: a file only one combo renders', () => {
    const f = file(cov, 'templates/optin.yaml');
    expect(f.renderedBy).toEqual(['s3-optin']);
    expect(f.executedBy).toEqual(['defaults', 's3-optin', 'env']);
    expect(lines(f)).toEqual(['1 ' + ALL, ...range(2, 10, 's3-optin')]);
    expect(branches(f)).toEqual([
      '1 then .Values.x.enabled → s3-optin',
      '1 implicit else → defaults,env',
      '9 then and .Values.x.enabled (not .Values.settings.debug) → s3-optin',
      '9 implicit else → ',
    ]);
    expect(f.branches.at(-1)!.suggestion).toEqual({ set: { 'settings.debug': true, 'x.enabled': true }, needs: [] });
  });

  it('edge.yaml: consumers of define output (fromYaml, sha256sum, len, trim, required, template) see the same text', () => {
    const f = file(cov, 'templates/edge.yaml');
    expect(f.totals.lines).toEqual({ covered: 18, total: 18 });
    expect(f.defines.map((d) => `${d.name} ${d.combos.length}`)).toEqual(['edge.inline 3']);
    // the rendered annotations equal those of the chart itself: the guard compared each combo's output
    expect(result.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('what it cannot measure is said, with the reason, and not counted', () => {
    expect(
      cov.notMeasurable.map((n) => `${n.file.split('/').pop()}:${n.line ?? ''} ${n.reason.split(':')[0]}`),
    ).toEqual([
      'NOTES.txt: helm template does not print NOTES.txt',
      'configmap.yaml:13 tpl',
      'edge.yaml:17 {{ block "edge.block" }} is not measured (it is a define and a call in one; write a define and an include)',
    ]);
    const notices = result.findings.filter((x) => x.rule === 'coverage/not-measurable');
    expect(notices.map((n) => `${n.location?.file}:${n.location?.line}`)).toEqual([
      'fixtures/coverage/basic/templates/NOTES.txt:1',
      'fixtures/coverage/basic/templates/configmap.yaml:13',
      'fixtures/coverage/basic/templates/edge.yaml:17',
    ]);
    expect(notices.every((n) => n.severity === 'notice' && n.combo === '')).toBe(true);
  });

  it('totals', () => {
    expect(cov.totals).toEqual({
      lines: { covered: 91, total: 96 },
      branches: { covered: 21, total: 28 },
      files: { covered: 4, total: 4 },
      defines: { covered: 5, total: 6 },
    });
    expect(cov.neverRendered).toEqual([]);
  });

  it('the suggested values reach the branch they were suggested for', async () => {
    const c = config('fixtures/coverage/basic');
    const base = c.combos[0]!;
    const gcs = { ...base, name: 'gcs', set: { 'x.enabled': true, sink: 'gcs' } };
    const debug = { ...base, name: 'debug', set: { 'settings.debug': true, 'x.enabled': true } };
    const { cov: more } = await guard({ ...c, combos: [gcs, debug] }, helm);
    expect(branches(file(more, 'templates/deployment.yaml'))).toContain(
      '34 then and .Values.x.enabled (eq .Values.sink "gcs") → gcs',
    );
    expect(branches(file(more, 'templates/optin.yaml'))).toContain('9 implicit else → debug');
  });
});

describe('the instrumented render', () => {
  it('equals the normal render once the probe lines are removed, and a difference is caught', async () => {
    const c = config('fixtures/coverage/basic');
    const prepared = await prepareCoverage(c);
    try {
      for (const combo of c.combos) {
        const run = (chartDir: string) =>
          execFileSync(HELM3, templateArgs({ ...c, chartDir }, combo), { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
        const normal = run(c.chartDir);
        const instrumented = run(prepared.chartDir);
        expect(instrumented).not.toBe(normal); // the probes are there …
        expect(instrumented).toContain(`# hg${prepared.probes.nonce}[`);
        const got = collectRender(prepared.probes, instrumented);
        expect(got.problems).toEqual([]);
        expect(got.cleaned).toBe(normal); // … and nothing else differs
        // a render that differs in one byte is not counted
        const tampered = buildCoverage(
          prepared.probes,
          [
            {
              combo: combo.name,
              ok: true,
              stdout: instrumented,
              normal: normal.replace('kind: ConfigMap', 'kind: Configmap'),
            },
          ],
          { repoRoot: ROOT, chartDisplay: 'x' },
        );
        expect(tampered.combos[0]!.measured).toBe('excluded');
        expect(tampered.totals.lines.covered).toBe(0);
      }
      // the original chart is untouched; the copy is removed by cleanup
    } finally {
      prepared.cleanup();
    }
  });
});

/** A chart written into a temporary directory: files relative to the chart. */
function chart(files: Record<string, string>, guardConfig: string): string {
  const dir = tempDir();
  for (const [p, text] of Object.entries({
    'Chart.yaml': 'apiVersion: v2\nname: t\nversion: 0.1.0\n',
    '.helm-guard.yaml': guardConfig,
    ...files,
  })) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

function loadAt(dir: string): GuardConfig {
  const c = loadConfig({ cwd: dir, knownRules: RULE_IDS });
  return { ...c, coverage: { ...c.coverage, enabled: true } };
}

describe.each(HELMS)('failing combos, not-measurable defines, gates (helm $version)', ({ path: helm }) => {
  it('a combo that fails at `required` covers the path to the failure, nothing it cannot know', async () => {
    const dir = chart(
      {
        'values.yaml': 'strict: false\nx: ""\n',
        'templates/cm.yaml': [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata:',
          '  name: t',
          'data:',
          '  {{- if .Values.strict }}',
          '  x: {{ required "x is required when strict" .Values.x }}',
          '  {{- else }}',
          '  x: lax',
          '  {{- end }}',
          '',
        ].join('\n'),
      },
      'chart: .\ncombos:\n  - name: lax\n  - name: strict\n    set: { strict: true }\n    expect: { failure: "x is required" }\n',
    );
    const { r, cov } = await guard(loadAt(dir), helm, dir);
    expect(r.result).toBe('pass');
    expect(cov.combos.map((c) => `${c.name} ${c.measured}`)).toEqual(['lax full', 'strict failure-path']);
    const f = file(cov, 'templates/cm.yaml');
    expect(branches(f)).toEqual(['6 then .Values.strict → strict', '8 else → lax']);
    expect(lines(f)).toEqual([...range(1, 6, 'lax,strict'), '7 strict', '9 lax']);
  });

  it('a define defined twice, an include with a computed name: reported, not counted', async () => {
    const dir = chart(
      {
        'values.yaml': 'which: a\n',
        'templates/_a.tpl':
          '{{- define "t.name" -}}a{{- end }}\n{{- define "t.a" -}}{{ if true }}A{{ end }}{{- end }}\n',
        'templates/_b.tpl': '{{- define "t.name" -}}b{{- end }}\n',
        'templates/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "t.name" . }}\ndata:\n  v: {{ include (printf "t.%s" .Values.which) . | quote }}\n',
      },
      'chart: .\ncombos:\n  - name: one\n',
    );
    const { r, cov } = await guard(loadAt(dir), helm, dir);
    expect(cov.combos[0]!.measured).toBe('full');
    expect(cov.notMeasurable.map((n) => `${n.file}:${n.line ?? ''} ${n.define ?? ''} ${n.reason}`)).toEqual([
      'templates/_a.tpl:1 t.name defined 2 times (templates/_a.tpl, templates/_b.tpl)',
      'templates/_b.tpl:1 t.name defined 2 times (templates/_a.tpl, templates/_b.tpl)',
      'templates/cm.yaml:6  include with a computed name: a define it names runs uninstrumented from here (not counted)',
    ]);
    // t.a runs only through the computed include: its original runs, so its branch is not seen
    expect(file(cov, 'templates/_a.tpl').defines.map((d) => `${d.name} ${d.measurable} ${d.combos.length}`)).toEqual([
      't.name false 0',
      't.a true 0',
    ]);
    expect(r.findings.filter((f) => f.rule === 'coverage/not-measurable')).toHaveLength(3);
  });

  it('a chart that generates values (a random password, a generated certificate) is measured: the renders differ only there', async () => {
    const dir = chart(
      {
        'values.yaml': 'tls: false\n',
        'templates/secret.yaml':
          'apiVersion: v1\nkind: Secret\nmetadata:\n  name: pw-{{ randAlphaNum 5 | lower }}\nstringData:\n  password: {{ randAlphaNum 24 | quote }}\n{{- if .Values.tls }}\n  {{- $ca := genCA "ca" 30 }}\n  ca.crt: {{ $ca.Cert | b64enc | quote }}\n{{- else }}\n  mode: plain\n{{- end }}\n',
      },
      'chart: .\ncombos:\n  - name: plain\n  - name: tls\n    set: { tls: true }\n',
    );
    const { cov } = await guard(loadAt(dir), helm, dir);
    expect(cov.combos.map((c) => `${c.name} ${c.measured}`)).toEqual(['plain full', 'tls full']);
    expect(branches(file(cov, 'templates/secret.yaml'))).toEqual(['7 then .Values.tls → tls', '10 else → plain']);
    // the difference allowed is where two normal renders differ, by a value of generated shape; any other is not
    const render = 'name: pw-k1fhi\npassword: "AbCdEf123456"\nmode: plain\n';
    const again = 'name: pw-x9q2m\npassword: "ZyXwVu987654"\nmode: plain\n';
    expect(differsOnlyByGenerated(render, again, 'name: pw-7hd0a\npassword: "QwErTy135790"\nmode: plain\n')).toBe(true);
    expect(differsOnlyByGenerated(render, again, 'name: pw-7hd0a\npassword: "QwErTy135790"\nmode: plainer\n')).toBe(
      false,
    );
    expect(differsOnlyByGenerated(render, again, 'name: px-7hd0a\npassword: "QwErTy135790"\nmode: plain\n')).toBe(
      false,
    );
    expect(differsOnlyByGenerated(render, render, 'name: pw-7hd0a\npassword: "QwErTy135790"\nmode: plain\n')).toBe(
      false,
    );
  });

  it('gates: a drop below coverage.branches / files is a failing finding; an unrendered template a warning', async () => {
    const c = config('fixtures/coverage/basic');
    const defaultsOnly = { ...c, combos: [c.combos[0]!] };
    const gated = { ...defaultsOnly, coverage: { ...c.coverage, branches: 90, files: 100 } };
    const { r, cov } = await guard(gated, helm);
    expect(cov.neverRendered).toEqual(['fixtures/coverage/basic/templates/optin.yaml']);
    const by = (rule: string) => r.findings.filter((f) => f.rule === rule);
    expect(by('coverage/branches').map((f) => [f.severity, f.message.split(';')[0]])).toEqual([
      // defaults takes 11 of the 28: helpers 3, configmap 4, deployment 3, optin 1
      ['error', 'branch coverage 39.2% (11 of 28) is below coverage.branches: 90%'],
    ]);
    expect(by('coverage/files').map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'file coverage 75.0% (3 of 4) is below coverage.files: 100%; never rendered: fixtures/coverage/basic/templates/optin.yaml',
      ],
    ]);
    expect(by('coverage/uncovered-file').map((f) => [f.severity, f.location, f.message])).toEqual([
      [
        'warning',
        { file: 'fixtures/coverage/basic/templates/optin.yaml', line: 1 },
        'no combo renders anything from this template: add a combo whose values turn it on (e.g. set { x.enabled: true })',
      ],
    ]);
    expect(r.result).toBe('fail');
    // the same run under gates it meets passes them
    const met = await guard({ ...defaultsOnly, coverage: { ...c.coverage, branches: 39, files: 75 } }, helm);
    expect(met.r.findings.filter((f) => f.rule === 'coverage/branches' || f.rule === 'coverage/files')).toEqual([]);
  });
});

describe.each(HELMS)('default fallbacks (helm $version)', ({ path: helm }) => {
  it('each cheap `default` is a two-way branch: fallback used or not, by which combo; the output is unchanged', async () => {
    const { r, cov } = await guard(config('fixtures/coverage/defaults'), helm);
    // the instrumented render, probes removed, equals the normal one in both combos
    expect(cov.combos.map((c) => `${c.name} ${c.measured} ${c.problems.length}`)).toEqual([
      'empty full 0',
      'given full 0',
    ]);
    const f = file(cov, 'templates/configmap.yaml');
    const shown = f.branches.map(
      (b) => `${b.line} ${b.block} ${b.kind}${b.condition ? ` ${b.condition}` : ''} → ${b.combos.join(',')}`,
    );
    expect(shown).toEqual([
      '1 default then empty .Values.c → empty', // {{- $c := default 3 .Values.c }}
      '1 default else → given',
      '7 default then empty .Values.a → empty', // .Values.a | default "x" | quote
      '7 default else → given',
      '9 default then empty .Values.b → empty', // {{- default "y" .Values.b | quote | nindent 4 }}
      '9 default else → given',
      '11 if then default false .Values.d → ',
      '11 if implicit else → empty,given',
      '11 default then empty .Values.d → empty,given', // d is false in both
      '11 default else → ',
      '15 with then .Values.obj → empty,given',
      '15 with implicit else → ',
      '16 default then empty .name → empty', // .name | default "n", inside with .Values.obj
      '16 default else → given',
    ]);
    // `quote (default "z" .Values.e)`: the tested value is not evaluated first thing; not a branch
    expect(f.branches.some((b) => b.line === 14)).toBe(false);
    // the suggestion for a default not used: a value that is set
    expect(f.branches.find((b) => b.line === 11 && b.block === 'default' && b.kind === 'else')!.suggestion).toEqual({
      set: { d: true },
      needs: [],
    });
    // inside a define
    expect(branches(file(cov, 'templates/_helpers.tpl'))).toEqual(['2 then empty .Values.a → empty', '2 else → given']);
    expect(r.findings.filter((x) => x.severity !== 'notice')).toEqual([]);
  });
});

describe('helm 4 only: {{ else with }}', () => {
  it('each branch of a with / else with / else chain (helm 4)', async () => {
    const { cov } = await guard(config('fixtures/coverage/else-with'), HELM4);
    expect(branches(file(cov, 'templates/configmap.yaml'))).toEqual([
      '6 then .Values.a → a',
      '8 else with .Values.b → b',
      '10 else → ',
    ]);
    const last = file(cov, 'templates/configmap.yaml').branches[2]!;
    expect(last.suggestion).toEqual({ set: { a: '', b: '' }, needs: [] });
  });
  it('helm 3 cannot parse it: the combos fail and cover nothing', async () => {
    const { cov } = await guard(config('fixtures/coverage/else-with'), HELM3);
    expect(cov.combos.map((c) => c.measured)).toEqual(['failure-path', 'failure-path']);
    expect(cov.totals.branches.covered).toBe(0);
  });
});

describe.each(HELMS)('subcharts (helm $version)', ({ path: helm }) => {
  it("the chart's own templates are measured; a define name a subchart shares is not; the subchart's output is unchanged", async () => {
    const { r, cov } = await guard(config('fixtures/coverage/subchart'), helm);
    expect(cov.combos.map((c) => c.measured)).toEqual(['full', 'full']);
    expect(cov.files.map((f) => f.chartPath)).toEqual(['templates/_helpers.tpl', 'templates/configmap.yaml']);
    const h = file(cov, 'templates/_helpers.tpl');
    expect(h.defines.map((d) => `${d.name} ${d.measurable} ${d.combos.join(',')}`)).toEqual([
      'parent.name true defaults,no-greeting',
      'shared.suffix false ',
    ]);
    expect(h.defines[1]!.reason).toBe('also defined in charts/sub/templates/_sub.tpl');
    expect(branches(h)).toEqual(['2 then .Values.greeting → defaults', '4 else → no-greeting']);
    expect(r.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('a packed subchart (.tgz) is read for its define names too', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'fixtures/coverage/subchart'), dir, { recursive: true });
    execFileSync(helm, ['package', join(dir, 'charts/sub'), '-d', join(dir, 'charts')], { timeout: 60000 });
    rmSync(join(dir, 'charts/sub'), { recursive: true });
    const { cov } = await guard(loadAt(dir), helm, dir);
    expect(cov.combos.map((c) => c.measured)).toEqual(['full', 'full']);
    expect(file(cov, 'templates/_helpers.tpl').defines[1]!.reason).toBe(
      'also defined in charts/sub-0.1.0.tgz:sub/templates/_sub.tpl',
    );
  });
});
