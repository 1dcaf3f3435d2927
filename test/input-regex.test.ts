/**
 * issue 15, item 3: regular expressions that come from input — CRD patterns (a chart's CRDs and the
 * embedded catalog's), `matches:` assertions, name and path globs, template lines — run in linear time.
 * The checks that used to backtrack for ever run in a child process bounded in time and memory, so that a
 * regression fails the test instead of hanging the runner.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig } from '../src/config/load.js';
import { globMatch, globPath } from '../src/util/glob.js';
import { inputRegExp, InputRegExpError, inputRegExpProblem } from '../src/util/regex.js';
import { linearGoRegExp } from '../src/util/go-regexp.js';
import { lastJson, runBounded } from './helpers/bounded.js';
import { HELM3, ROOT } from './helpers/helm.js';

const EVIL = 'a'.repeat(40) + '!';

describe('linear-time patterns from input', () => {
  it("a CRD's pattern ^(a+)+$ against 40 a's and a '!' is checked at once", () => {
    const b = runBounded(
      `import { createSchemaValidator } from './src/schemas/index.ts';
       const crd = {
         apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition',
         metadata: { name: 'evils.example.com' },
         spec: { group: 'example.com', scope: 'Namespaced', names: { kind: 'Evil', plural: 'evils' },
           versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object',
             properties: { spec: { type: 'object', properties: { name: { type: 'string', pattern: '^(a+)+$' } } } } } } }] },
       };
       const v = await createSchemaValidator({});
       const doc = (name) => ({ apiVersion: 'example.com/v1', kind: 'Evil', metadata: { name: 'e' }, spec: { name } });
       const t = performance.now();
       const bad = await v.validate(doc(${JSON.stringify(EVIL)}), { crds: [crd] });
       const good = await v.validate(doc('aaaa'), { crds: [crd] });
       console.log(JSON.stringify({ ms: performance.now() - t, bad: bad.map((i) => i.message), good }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; bad: string[]; good: unknown[] }>(b);
    expect(r.bad).toEqual(['spec.name must match the pattern ^(a+)+$']);
    expect(r.good).toEqual([]);
    expect(r.ms).toBeLessThan(2000);
  }, 30_000);

  it("the embedded catalog's Traefik duration pattern ^([0-9]+(ns|us|µs|ms|s|m|h)?)+$ is no trap either", () => {
    const b = runBounded(
      `import { createSchemaValidator } from './src/schemas/index.ts';
       const v = await createSchemaValidator({});
       const doc = (d) => ({ apiVersion: 'traefik.io/v1alpha1', kind: 'ServersTransportTCP',
         metadata: { name: 't' }, spec: { dialKeepAlive: d } });
       const t = performance.now();
       const bad = await v.validate(doc('1'.repeat(40) + 'x'));
       const good = await v.validate(doc('30s'));
       console.log(JSON.stringify({ ms: performance.now() - t, bad: bad.map((i) => i.rule), good }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; bad: string[]; good: unknown[] }>(b);
    expect(r.bad).toEqual(['schema/invalid']);
    expect(r.good).toEqual([]);
    expect(r.ms).toBeLessThan(2000);
  }, 30_000);

  it('a matches: assertion ^(a+)+$ against a rendered value is checked at once', () => {
    const b = runBounded(
      `import { checkExpectations } from './src/assertions/check.ts';
       const manifest = { combo: 'a', index: 0, object: { apiVersion: 'v1', kind: 'ConfigMap',
         metadata: { name: 'c' }, data: { v: ${JSON.stringify(EVIL)} } },
         resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'c' }, locate: () => undefined };
       const combo = { name: 'a', expect: { kinds: {}, kindLocations: {}, resources: [
         { kind: 'ConfigMap', assert: [{ path: 'data.v', matches: '^(a+)+$' }] } ] } };
       const t = performance.now();
       const f = checkExpectations(combo, [manifest]);
       console.log(JSON.stringify({ ms: performance.now() - t, f: f.map((x) => x.message) }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; f: string[] }>(b);
    expect(r.f).toEqual([`data.v is "${EVIL}", which does not match /^(a+)+$/`]);
    expect(r.ms).toBeLessThan(1000);
  }, 30_000);

  it('a template line of many actions (a pattern of many .*?) against a long rendered line aligns at once', () => {
    const b = runBounded(
      `import { parseTemplate } from './src/manifests/template.ts';
       import { align } from './src/manifests/align.ts';
       const line = Array.from({ length: 12 }, (_, i) => '{{ .Values.v' + i + ' }}').join('-') + 'x';
       const tpl = parseTemplate('t.yaml', 'kind: ConfigMap\\ndata:\\n  v: ' + line + '\\n');
       const t = performance.now();
       const al = align(['kind: ConfigMap', 'data:', '  v: ' + '-'.repeat(5000)], tpl.segments[0]);
       console.log(JSON.stringify({ ms: performance.now() - t, lines: al.map.map((m) => m?.line ?? null) }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; lines: (number | null)[] }>(b);
    expect(r.lines.slice(0, 2)).toEqual([0, 1]);
    expect(r.ms).toBeLessThan(1000);
  }, 30_000);

  it('name and path globs: many stars against a long name, at once, as before otherwise', () => {
    const b = runBounded(
      `import { globMatch, globPath } from './src/util/glob.ts';
       const t = performance.now();
       const a = globMatch('*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(50000));
       const p = globPath('charts/*a*a*a*a*a*a*a*a*b/**', 'charts/' + 'a'.repeat(20000) + '/x');
       console.log(JSON.stringify({ ms: performance.now() - t, a, p }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; a: boolean; p: boolean }>(b);
    expect(r).toMatchObject({ a: false, p: false });
    expect(r.ms).toBeLessThan(1000);
    expect(globMatch('certctl-*', 'certctl-tls')).toBe(true);
    expect(globMatch('c?rt*-tls', 'cert-x-tls')).toBe(true);
    expect(globMatch('a.b*', 'aXb')).toBe(false);
    expect(globMatch('[ab]*', '[ab]x')).toBe(true);
    expect(globPath('charts/*', 'charts/app')).toBe(true);
    expect(globPath('charts/*', 'charts/app/sub')).toBe(false);
    expect(globPath('charts/**', 'charts/app/sub')).toBe(true);
    expect(globPath('charts/**/app', 'charts/app')).toBe(true);
    expect(globPath('charts/[ab]pp', 'charts/app')).toBe(true);
    expect(globPath('**/app', 'x/y/app')).toBe(true);
  }, 30_000);
});

describe('text from helm and the chart is scanned in linear time', () => {
  it("helm's error with long runs of spaces and newlines, and template and rendered lines of spaces", () => {
    const b = runBounded(
      `import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
       import { tmpdir } from 'node:os';
       import { join } from 'node:path';
       import { parseHelmError } from './src/helm/errors.ts';
       import { parseTemplate } from './src/manifests/template.ts';
       import { parseRender } from './src/manifests/parse.ts';
       const spaces = ' '.repeat(200000);
       const chart = join(mkdtempSync(join(tmpdir(), 'hg-')), 'c');
       mkdirSync(join(chart, 'templates'), { recursive: true });
       writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\\nname: c\\nversion: 0.1.0\\n');
       writeFileSync(join(chart, 'templates/x.yaml'), 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: {{ .Values.a }}\\n  name: b\\n');
       const t = performance.now();
       const e = parseHelmError('Error: execution error at (c/templates/x.yaml:1:2): boom' + spaces + 'x' + '\\n'.repeat(200000) + 'y');
       const o = parseHelmError('Error: boom' + spaces + 'x\\n' + spaces + 'y' + '\\n'.repeat(200000) + 'z');
       const tpl = parseTemplate('t.yaml', 'kind: ConfigMap\\ndata:\\n  a: x' + spaces + 'y\\n');
       const r = parseRender('---\\n# Source: c/templates/x.yaml\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: a' + spaces + '#\\n  name: b\\n', { combo: 'a', chartDir: chart, baseDir: join(chart, '..') });
       console.log(JSON.stringify({ ms: performance.now() - t, e: e.message.length, o: o.message.slice(0, 8), lines: tpl.segments[0].lines.length, problems: r.problems.map((p) => p.location) }));`,
      { timeoutMs: 20_000 },
    );
    const r = lastJson<{ ms: number; o: string; lines: number; problems: unknown[] }>(b);
    expect(r).toMatchObject({ o: 'boom' + ' '.repeat(4), lines: 3 });
    expect(r.problems).toEqual([{ file: 'c/templates/x.yaml', line: 5, column: 3 }]);
    expect(r.ms).toBeLessThan(2000);
  }, 30_000);
});

describe('patterns in the config', () => {
  const cfg = (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-patterns-'));
    writeFileSync(join(dir, name), `chart: ${join(ROOT, 'fixtures/zero-config')}\n${text}`);
    try {
      loadConfig({ cwd: dir, configPath: name, knownRules: RULE_IDS });
      return 'loaded';
    } catch (e) {
      return String(e);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a failure message or matches: the linear-time engine cannot run is a ConfigError at its line', () => {
    expect(cfg('f.yaml', 'combos:\n  - name: a\n    expect:\n      failure: "(?=boom)"\n')).toBe(
      "f.yaml:5: /(?=boom)/ is not a regular expression helm-guard can run (RE2 syntax, as Go's): invalid or unsupported Perl syntax: `(?=`",
    );
    expect(
      cfg(
        'm.yaml',
        'expect:\n  resources:\n    - kind: Service\n      assert:\n        - path: metadata.name\n          matches: "(a)\\\\1"\n',
      ),
    ).toMatch(/^m\.yaml:7: \/\(a\)\\1\/ is not a regular expression helm-guard can run/);
    expect(cfg('ok.yaml', 'combos:\n  - name: a\n    expect:\n      failure: "endpoint .* is required"\n')).toBe(
      'loaded',
    );
  });

  it('a guard run checks them while helm renders: the same message and exit 2, no report, helm stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-patterns-'));
    try {
      writeFileSync(
        join(dir, 'f.yaml'),
        `chart: ${join(ROOT, 'fixtures/certctl/deploy/helm/certctl')}\ncombos:\n  - name: a\n  - name: b\n    expect:\n      failure: "(?=boom)"\n`,
      );
      const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
        execFile(
          process.execPath,
          [join(ROOT, 'dist/cli.js'), '--config', 'f.yaml', '--helm', HELM3, '--format', 'json'],
          { cwd: dir, timeout: 60_000 },
          (e, stdout, stderr) => done({ code: e ? (e.code as number) : 0, stdout, stderr }),
        ),
      );
      expect(r.stderr).toMatch(/f\.yaml:6: \/\(\?=boom\)\/ is not a regular expression helm-guard can run/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
      expect(r.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inputRegExp (for expected-failure messages and the rest)', () => {
  it('matches as RegExp does for ordinary patterns, flags included', () => {
    expect(
      inputRegExp('server.tls.existingSecret .* is required').test('x server.tls.existingSecret a is required'),
    ).toBe(true);
    expect(inputRegExp('^abc$').test('xabc')).toBe(false);
    expect(inputRegExp('^ABC$', 'i').test('abc')).toBe(true);
    expect(inputRegExp('^b', 'm').test('a\nb')).toBe(true);
    expect(inputRegExp('a.b', 's').test('a\nb')).toBe(true);
    expect(inputRegExp('^\\d+\\s\\w+$').test('12 ab')).toBe(true);
    expect(inputRegExp('^(a+)+$').test(EVIL)).toBe(false);
  });

  it("reads Go's syntax as CRDs write it: (?i) anywhere, POSIX classes, \\z, named groups", () => {
    expect(inputRegExp('^(?i)(fast|slow)$').test('FAST')).toBe(true);
    expect(inputRegExp('^a(?i)b$').test('aB')).toBe(true);
    expect(inputRegExp('^[[:alpha:]]+\\z').test('abc')).toBe(true);
    expect(inputRegExp('^(?P<n>x)$').test('x')).toBe(true);
  });

  it('plain patterns (text, dots, ^ and $) are matched without RE2, exactly as RE2 matches them', async () => {
    const { RE2JS } = await import('re2js');
    // every pattern over these pieces, against every text over these characters
    const pieces = ['a', 'b', '.', '\\.', '\\$', 'é', '😀', ':'];
    const patterns = new Set<string>(['', '^', '$', '^$', 'a\\\\$', '\\\\']);
    for (const x of pieces)
      for (const y of pieces)
        for (const z of ['', ...pieces])
          for (const [l, r] of [
            ['', ''],
            ['^', ''],
            ['', '$'],
            ['^', '$'],
          ])
            patterns.add(l! + x + y + z + r!);
    const chars = ['a', 'b', '.', '$', 'é', '😀', '\n', ':', '\\'];
    const texts = [''];
    for (let n = 1; n <= 3; n++)
      for (const t of texts.filter((x) => [...x].length === n - 1)) for (const c of chars) texts.push(t + c);
    let compared = 0;
    for (const p of patterns) {
      const re2 = RE2JS.compile(p);
      const mine = inputRegExp(p);
      for (const t of texts) {
        if (mine.test(t) !== re2.test(t))
          throw new Error(`/${p}/ on ${JSON.stringify(t)}: ${mine.test(t)}, RE2 ${re2.test(t)}`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1_000_000);
  });

  it('a run whose patterns are all plain text never loads RE2', () => {
    const b = runBounded(
      `import { createRequire } from 'node:module';
       import { inputRegExp, inputRegExpProblem } from './src/util/regex.ts';
       const plain = ['certctl: server.tls.existingSecret or server.tls.certManager.enabled is required', '^v1\\\\.2.$', 'mutually exclusive'];
       const ok = plain.every((p) => inputRegExpProblem(p) === undefined) && inputRegExp(plain[1]).test('v1.23') && !inputRegExp(plain[1]).test('v1x23');
       const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('re2js'));
       const before = loaded();
       inputRegExp('(?i)^(a+)+$').test('aaa');
       console.log(JSON.stringify({ ok, before, after: loaded() }));`,
    );
    expect(lastJson(b)).toEqual({ ok: true, before: false, after: true });
  });

  it("Go's common syntax on V8's linear-time engine means what RE2 means: random patterns and texts", async () => {
    const { RE2JS } = await import('re2js');
    const pieces = [
      'a',
      'b',
      '.',
      '[ab]',
      '[^a]',
      '[a-c]',
      '[-a]',
      '[a-]',
      '[\\.x]',
      '[\\d-]',
      '\\d',
      '\\w',
      '\\s',
      '\\S',
      '(a|b)',
      '(?:ab|)',
      '(?P<n>b)',
      'a*',
      'b+?',
      'a?',
      '.*',
      'a{2}',
      'b{1,2}',
      '(ab)*',
      '^',
      '$',
      '\\.',
      '-',
      ']',
      '}',
      '|',
      '(a+)+',
      '[a-c]-[x]',
      'é',
    ];
    const texts = [''];
    const chars = ['a', 'b', 'c', '1', ' ', '\n', '.', '-', 'é'];
    for (let n = 1; n <= 4; n++)
      for (const t of texts.filter((x) => x.length === n - 1)) for (const c of chars) texts.push(t + c);
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let native = 0;
    for (let k = 0; k < 1000; k++) {
      const p = Array.from({ length: 1 + rnd(4) }, () => pieces[rnd(pieces.length)]).join('');
      let re2: InstanceType<typeof RE2JS> | undefined;
      try {
        re2 = RE2JS.compile(p);
      } catch {
        expect(inputRegExpProblem(p), p).toBeDefined();
        continue;
      }
      if (linearGoRegExp(p)) native++;
      const mine = inputRegExp(p);
      for (const t of texts)
        if (mine.test(t) !== re2.test(t))
          throw new Error(`/${p}/ on ${JSON.stringify(t)}: ${mine.test(t)}, RE2 ${re2.test(t)}`);
    }
    expect(native).toBeGreaterThan(500);
    // what Go refuses is refused, with RE2's reason
    for (const p of ['(?P<n>a)(?P<n>b)', 'x{2}{3}', 'a**', '[z-a]', 'a{1001}', '(?P<>a)'])
      expect(inputRegExpProblem(p), p).toMatch(/is not a regular expression helm-guard can run/);
  });

  it('every pattern of the embedded schemas and CRD catalog: the same verdicts as RE2, most without it', async () => {
    const { RE2JS } = await import('re2js');
    const patterns = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'pattern' && typeof x === 'string') patterns.add(x);
          else collect(x);
        }
    };
    for (const dir of ['schemas/k8s/defs', 'schemas/crds/catalog'])
      for (const f of readdirSync(join(ROOT, dir)))
        if (f.endsWith('.json')) collect(JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')));
    expect(patterns.size).toBeGreaterThan(30);
    const values = [
      '',
      '5m',
      '1h30m',
      '30s',
      '0',
      '100ms',
      '1d',
      'abc',
      'a-b',
      'A_b.c',
      '10.0.0.1',
      '10.0.0.0/8',
      'http://x.example/',
      'https://a.b:8443/p?q=1',
      'user@example.com',
      'v1.2.3',
      '-1',
      '1.5',
      'x y',
      'a\nb',
      'ab:cd',
      '*.example.com',
      'Always',
      'IfNotPresent',
      '1Gi',
      '500m',
      'e😀',
    ];
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let native = 0;
    for (const p of patterns) {
      const re2 = RE2JS.compile(p);
      // with the flag AJV gives every schema pattern
      const mine = inputRegExp(p, 'u');
      if (linearGoRegExp(p)) native++;
      const alphabet = [
        ...new Set([...p.replace(/[\\^$()[\]{}|*+?]/g, ''), '0', '9', 'a', 'z', 'A', '-', '.', '/', ':', ' ', '\n']),
      ];
      const texts = [...values];
      for (let k = 0; k < 300; k++)
        texts.push(Array.from({ length: rnd(10) }, () => alphabet[rnd(alphabet.length)]).join(''));
      for (const t of texts)
        if (mine.test(t) !== re2.test(t))
          throw new Error(`/${p}/ on ${JSON.stringify(t)}: ${mine.test(t)}, RE2 ${re2.test(t)}`);
    }
    expect(native / patterns.size).toBeGreaterThan(0.8);
  });

  it('refuses what a linear-time engine cannot run, saying why', () => {
    expect(() => inputRegExp('(?=a)')).toThrow(InputRegExpError);
    expect(inputRegExpProblem('(a)\\1')).toMatch(/^\/\(a\)\\1\/ is not a regular expression helm-guard can run/);
    expect(inputRegExpProblem('a{2,5}')).toBeUndefined();
  });
});
