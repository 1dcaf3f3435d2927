import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFrame } from '../src/template/frame.js';
import { readHelmTemplateError } from '../src/template/helm-text.js';
import { locateTemplateError } from '../src/template/parse-error.js';
import { chartSources, sourcesFromMap } from '../src/template/sources.js';
import { guard } from './helpers/guard.js';
import { HELMS, ROOT } from './helpers/helm.js';

/**
 * Every fixtures/template-errors/<class>/ holds one template error class and an EXPECTED file:
 * `error render/failed <file>:<line>:<column>`, the true place. For each fixture and both helms, helm's
 * stderr and the chart's templates go to the locator, which must name exactly that place.
 */
const dir = join(ROOT, 'fixtures/template-errors');
const fixtures = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'EXPECTED')));

function expected(name: string): string[] {
  return readFileSync(join(dir, name, 'EXPECTED'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** helm template's stderr: an argv, a timeout, never a shell. */
function helmTemplate(helm: string, chartDir: string): { status: number | null; stderr: string } {
  const r = spawnSync(helm, ['template', 'guard', chartDir], {
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stderr: r.stderr };
}

function locate(helm: string, chartDir: string) {
  const r = helmTemplate(helm, chartDir);
  expect(r.status).not.toBe(0);
  const place = locateTemplateError(r.stderr, chartSources(chartDir));
  expect(place, r.stderr).toBeDefined();
  return { place: place!, stderr: r.stderr };
}

/** Messages worth pinning: the did-you-mean, the define named alongside the include line. */
const MESSAGES: Record<string, RegExp> = {
  'undefined-function': /function "toYam" not defined; did you mean "toYaml"\?/,
  'undefined-include': /no define named "tpl\.fulname" in the chart; did you mean "tpl\.fullname"\?/,
  'undefined-template': /template "tpl\.lables" not defined.*did you mean "tpl\.labels"\?/,
  'define-error':
    /^nil pointer evaluating interface \{\}\.team \(at <\.Values\.owner\.team>; in define "tpl\.labels" at templates\/_helpers\.tpl:18:17\)$/,
  'define-required': /owner\.team is required.*\(required in define "tpl\.labels" at templates\/_helpers\.tpl:18:10\)/,
  'unclosed-if': /unexpected EOF: this \{\{ if \}\} has no \{\{ end \}\}/,
  'unclosed-define': /this \{\{ define "tpl\.labels" \}\} has no \{\{ end \}\}/,
  'unclosed-action': /unclosed action: this \{\{ has no closing \}\}/,
  'unclosed-action-eof': /unclosed action: this \{\{ has no closing \}\}/,
  'stray-end': /unexpected \{\{end\}\}/,
  'stray-else': /unexpected \{\{else\}\}/,
  'unbalanced-brace': /unexpected "\}" in operand/,
};

describe('the template error fixtures', () => {
  it('cover every class', () => {
    for (const name of [
      'unbalanced-brace',
      'unclosed-if',
      'unclosed-define',
      'unclosed-action',
      'unclosed-action-eof',
      'unterminated-string',
      'unterminated-raw-string',
      'stray-end',
      'stray-else',
      'undefined-function',
      'undefined-include',
      'undefined-template',
      'define-error',
      'define-required',
      'helpers-comments',
    ])
      expect(fixtures).toContain(name);
  });

  it('each template opens with a comment header of several lines', () => {
    for (const name of fixtures)
      for (const f of readdirSync(join(dir, name, 'templates')))
        expect(readFileSync(join(dir, name, 'templates', f), 'utf8'), `${name}/${f}`).toMatch(
          /^\{\{- \/\*\n.*\n.*\n[\s\S]*?\*\/ -\}\}\n/,
        );
  });
});

describe.each(HELMS)('template errors with helm $version', ({ path: helm }) => {
  it.each(fixtures)('%s is placed at its EXPECTED file:line:column', (name) => {
    const { place, stderr } = locate(helm, join(dir, name));
    const got = `error render/failed fixtures/template-errors/${name}/${place.file}:${place.line}:${place.column}`;
    expect([got], stderr).toEqual(expected(name));
    if (MESSAGES[name]) expect(place.message).toMatch(MESSAGES[name]!);
    expect(place.define).toBe(name.startsWith('define-') ? 'tpl.labels' : undefined);
  });

  it.each(fixtures)('%s: the guard reports exactly that finding, at that file:line:column', async (name) => {
    const r = await guard(helm, { chartDir: `fixtures/template-errors/${name}` });
    expect(
      r.findings.map((f) => `${f.severity} ${f.rule} ${f.location?.file}:${f.location?.line}:${f.location?.column}`),
      r.findings.map((f) => f.message).join('\n'),
    ).toEqual(expected(name));
    expect(r.result).toBe('fail');
  });

  describe('certctl with an unbalanced } on the schedule: line of backup-cronjob.yaml', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'helm-guard-tplerr-'));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));
    const chart = join(tmp, 'certctl');
    cpSync(join(ROOT, 'fixtures/certctl/deploy/helm/certctl'), chart, { recursive: true });
    const file = join(chart, 'templates/backup-cronjob.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const n = lines.findIndex((l) => /^ {2}schedule: \{\{ .* \}\}$/.test(l));
    lines[n] = lines[n]!.replace(/\}\}$/, '}');
    writeFileSync(file, lines.join('\n'));

    it('is placed at that line, at the }', () => {
      expect(n + 1).toBe(34);
      const { place, stderr } = locate(helm, chart);
      expect(place.file).toBe('templates/backup-cronjob.yaml');
      expect([place.line, place.column]).toEqual([34, lines[n]!.length]);
      expect(place.basis).toBe('source');
      // helm 3.16 (Go 1.22) leaves out the 13 newlines of the comment header; helm 4.1 (Go 1.25) does not
      expect(place.helm.line, stderr).toBe(helm.includes('v3.') ? 21 : 34);
    });
  });
});

describe('helm error text', () => {
  const chain3 =
    'Error: template: c/templates/t.yaml:8:8: executing "c/templates/t.yaml" at <include "c.labels" .>: error calling include: template: c/templates/_helpers.tpl:10:3: executing "c.labels" at <include "c.inner" .>: error calling include: template: c/templates/_helpers.tpl:13:13: executing "c.inner" at <.Values.nope.deeper>: nil pointer evaluating interface {}.deeper\n\nUse --debug flag to render out invalid YAML\n';
  const chain4 = [
    'Error: c/templates/t.yaml:8:8',
    '  executing "c/templates/t.yaml" at <include "c.labels" .>:',
    '    error calling include:',
    'c/templates/_helpers.tpl:10:3',
    '  executing "c.labels" at <include "c.inner" .>:',
    '    error calling include:',
    'c/templates/_helpers.tpl:13:13',
    '  executing "c.inner" at <.Values.nope.deeper>:',
    '    nil pointer evaluating interface {}.deeper',
    '',
    'Use --debug flag to render out invalid YAML',
  ].join('\n');

  it('reads both forms of an include chain alike', () => {
    const a = readHelmTemplateError(chain3);
    const b = readHelmTemplateError(chain4);
    expect(a).toEqual(b);
    expect(a).toMatchObject({
      kind: 'exec',
      message: 'nil pointer evaluating interface {}.deeper',
      frames: [
        { file: 'c/templates/t.yaml', line: 8, byteColumn: 8, executing: 'c/templates/t.yaml' },
        { file: 'c/templates/_helpers.tpl', line: 10, byteColumn: 3, executing: 'c.labels' },
        { file: 'c/templates/_helpers.tpl', line: 13, byteColumn: 13, executing: 'c.inner' },
      ],
    });
  });

  it('reads helm 4’s chain joined into one line', () => {
    const joined = chain4
      .replace(/^Error: /, '')
      .replace(/\n+Use --debug.*$/, '')
      .split('\n')
      .map((l) => l.trim())
      .join(' ')
      .replace(/: (?=[\w/.-]+:\d+:\d+ )/g, ': ')
      .replace(/(:\d+:\d+) executing/g, '$1: executing');
    expect(joined).toMatch(
      /^c\/templates\/t\.yaml:8:8: executing "c\/templates\/t\.yaml" at <include "c\.labels" \.>: error calling include: c\//,
    );
    expect(readHelmTemplateError(joined)).toEqual(readHelmTemplateError(chain3));
  });

  it('reads parse and execution errors, and a file name holding ":"', () => {
    expect(
      readHelmTemplateError('Error: parse error at (c/templates/a:b.yaml:21): unexpected "}" in operand\n'),
    ).toEqual({ kind: 'parse', file: 'c/templates/a:b.yaml', line: 21, message: 'unexpected "}" in operand' });
    expect(readHelmTemplateError('Error: execution error at (c/templates/s.yaml:7:16): url is required\n')).toEqual({
      kind: 'exec',
      form: 'execution',
      frames: [{ file: 'c/templates/s.yaml', line: 7, byteColumn: 16 }],
      message: 'url is required',
    });
    expect(readHelmTemplateError('Error: YAML parse error on c/templates/x.yaml: error converting YAML to JSON')).toBe(
      undefined,
    );
  });

  it('places each define of an include chain in the message, at the top-level include line', () => {
    const helpers = [
      '{{- define "c.labels" -}}',
      'app: x',
      '{{ include "c.inner" . }}',
      '{{- end }}',
      '{{- define "c.inner" -}}',
      'z: {{ .Values.nope.deeper }}',
      '{{- end }}',
    ];
    const t = [
      'a: 1',
      'b: 2',
      'c: 3',
      'd: 4',
      'e: 5',
      'f: 6',
      'metadata:',
      '    {{- include "c.labels" . | nindent 4 }}',
    ];
    const sources = sourcesFromMap({ 'templates/t.yaml': t.join('\n'), 'templates/_helpers.tpl': helpers.join('\n') });
    const text = chain4
      .replace('_helpers.tpl:10:3', '_helpers.tpl:3:3')
      .replace('_helpers.tpl:13:13', '_helpers.tpl:6:7');
    const p = locateTemplateError(text, sources)!;
    expect(p).toMatchObject({ file: 'templates/t.yaml', line: 8, column: 9, basis: 'helm', cause: 'execution' });
    expect(p.message).toBe(
      'nil pointer evaluating interface {}.deeper (at <.Values.nope.deeper>; in define "c.inner" at templates/_helpers.tpl:6:8, included by define "c.labels" at templates/_helpers.tpl:3:4)',
    );
    expect(p.define).toBe('c.inner');
    expect(p.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.note}`)).toEqual([
      'templates/_helpers.tpl:6:8 in define "c.inner"',
      'templates/_helpers.tpl:3:4 included by define "c.labels"',
    ]);
  });

  it('turns helm’s 0-based byte column into a 1-based character column', () => {
    const sources = sourcesFromMap({ 'templates/t.yaml': 'é: {{ .Values.nope.deeper }}\n' });
    const p = locateTemplateError(
      'Error: template: c/templates/t.yaml:1:14: executing "c/templates/t.yaml" at <.Values.nope.deeper>: nil pointer evaluating interface {}.deeper',
      sources,
    )!;
    // "é" is two bytes: byte 14 is the 14th character, ".nope"
    expect([p.line, p.column]).toEqual([1, 14]);
    expect('é: {{ .Values.nope.deeper }}'.slice(p.column! - 1)).toMatch(/^\.nope/);
  });
});

describe('the locator keeps helm’s line unless the source proves another', () => {
  const header = '{{- /*\none\ntwo\n*/ -}}\n';

  it('moves a token it finds at helm’s Go < 1.24 line', () => {
    const s = sourcesFromMap({ 'templates/t.yaml': `${header}a: 1\nb: {{ toYam . }}\n` });
    const p = locateTemplateError('Error: parse error at (c/templates/t.yaml:3): function "toYam" not defined', s)!;
    expect([p.line, p.column, p.basis]).toEqual([6, 7, 'source']);
  });

  it('keeps helm’s line when the name occurs twice and neither is on helm’s line', () => {
    const s = sourcesFromMap({ 'templates/t.yaml': `${header}a: {{ toYam . }}\nb: {{ toYam . }}\n` });
    // true lines 5 and 6, Go < 1.24 lines 2 and 3
    const p = locateTemplateError('Error: parse error at (c/templates/t.yaml:4): function "toYam" not defined', s)!;
    expect([p.line, p.column, p.basis]).toEqual([4, undefined, 'helm']);
    expect(p.message).toMatch(/did you mean "toYaml"\?/);
  });

  it('takes a token that occurs exactly once, whatever line helm names', () => {
    const s = sourcesFromMap({ 'templates/t.yaml': `${header}a: 1\nb: {{ toYam . }}\n` });
    const p = locateTemplateError('Error: parse error at (c/templates/t.yaml:2): function "toYam" not defined', s)!;
    expect([p.line, p.column, p.basis]).toEqual([6, 7, 'source']);
  });

  it('keeps helm’s line for unexpected EOF when nothing is open', () => {
    const s = sourcesFromMap({ 'templates/t.yaml': 'a: {{ .Values.a }}\n' });
    const p = locateTemplateError('Error: parse error at (c/templates/t.yaml:2): unexpected EOF', s)!;
    expect([p.line, p.basis]).toEqual([2, 'helm']);
  });

  it('keeps helm’s line when the template cannot be read', () => {
    const p = locateTemplateError(
      'Error: parse error at (c/templates/gone.yaml:9): unexpected EOF',
      sourcesFromMap({}),
    )!;
    expect(p).toMatchObject({ file: 'templates/gone.yaml', line: 9, basis: 'helm' });
  });

  it('names the helm release a function came with', () => {
    const s = sourcesFromMap({ 'templates/t.yaml': 'a: {{ toYamlPretty . }}\n' });
    const p = locateTemplateError(
      'Error: parse error at (c/templates/t.yaml:1): function "toYamlPretty" not defined',
      s,
    )!;
    expect(p.message).toMatch(/it came with helm 3\.17/);
  });

  it('places a required inside a subchart define and a subchart template', () => {
    const s = sourcesFromMap({
      'charts/db/templates/s.yaml': 'x: 1\nurl: {{ include "db.url" . }}\n',
      'charts/db/templates/_h.tpl':
        '{{- define "db.url" -}}\n{{ required "db.url is required" .Values.url }}\n{{- end }}\n',
    });
    const p = locateTemplateError(
      'Error: execution error at (app/charts/db/templates/s.yaml:2:8): db.url is required',
      s,
    )!;
    expect(p).toMatchObject({ file: 'charts/db/templates/s.yaml', line: 2, column: 9 });
    expect(p.related).toEqual([
      { file: 'charts/db/templates/_h.tpl', line: 2, column: 4, note: 'required in define "db.url"' },
    ]);
  });
});

describe('the locator on hostile text', () => {
  it('reads long and odd helm text in linear time', () => {
    const big = 'x'.repeat(200_000);
    const texts = [
      `Error: template: c/templates/t.yaml:1:1: executing "c/templates/t.yaml" at <${': executing "'.repeat(20_000)}`,
      `Error: parse error at (c/templates/t.yaml:1): ${' '.repeat(200_000)}x`,
      `Error: ${'template: c:1:1: '.repeat(20_000)}`,
      `Error: c/templates/t.yaml:1:1\n${'  executing "x" at <'.repeat(10_000)}\n${'\n'.repeat(100_000)}z`,
      `Error: parse error at (c/templates/t.yaml:1): function "${big}" not defined`,
      `Error: parse error at (c/templates/t.yaml:1): unexpected "${big}" in ${' started at '.repeat(10_000)}`,
    ];
    const s = sourcesFromMap({ 'templates/t.yaml': `a: {{ ${'"x" '.repeat(20_000)} }}\n` });
    const t0 = performance.now();
    for (const t of texts) locateTemplateError(t, s);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('marks a parse error without a line as approximate', () => {
    const p = locateTemplateError('Error: parse error in (c/templates/t.yaml): something', sourcesFromMap({}))!;
    expect(p).toMatchObject({ file: 'templates/t.yaml', line: 1, approximate: true, basis: 'helm' });
  });
});

describe('codeFrame', () => {
  const src = 'apiVersion: v1\n  schedule: {{ .Values.s | quote }\n\tkey: x\n';

  it('shows the line and a caret under the column', () => {
    expect(codeFrame(src, 2, 34)).toBe(`2 |   schedule: {{ .Values.s | quote }\n  | ${' '.repeat(33)}^`);
  });

  it('keeps tabs before the caret, shows context lines, and is empty past the end', () => {
    expect(codeFrame(src, 3, 2, { context: 1 })).toBe(
      ['2 |   schedule: {{ .Values.s | quote }', '3 | \tkey: x', '  | \t^', '4 |'].join('\n'),
    );
    expect(codeFrame(src, 9, 1)).toBe('');
    expect(codeFrame(src, 1)).toBe('1 | apiVersion: v1');
  });

  it('cuts a long line around the column', () => {
    const long = `${'x'.repeat(300)}}${'y'.repeat(300)}`;
    const f = codeFrame(long, 1, 301, { maxWidth: 40 }).split('\n');
    expect(f[0]).toMatch(/^1 \| …x+\}y+…$/);
    expect(f[0]!.indexOf('}')).toBe(f[1]!.indexOf('^'));
  });
});
