/**
 * The values index (src/values/): which `.Values` paths templates read, what values files declare, the
 * keys a combo sets, and the headline case — a misspelt certctl combo fails at its config line.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { loadConfig } from '../src/config/load.js';
import { main } from '../src/cli/main.js';
import { runGuard } from '../src/guard.js';
import { maskPem, sameButNoise } from '../src/manifests/generated.js';
import {
  commentedKeys,
  isKnown,
  parseValuesText,
  PathTree,
  scanValuesText,
  suggestPath,
  valuesIndex,
  walkValuesText,
} from '../src/values/index.js';
import { setKeyPath } from '../src/values/keys.js';
import { readsOf } from '../src/values/reads.js';
import { runActionSync } from './helpers/action.js';
import { HELM3, HELMS, ROOT } from './helpers/helm.js';

/** `path` (with `!` when read whole) of each read, in order, without repeats. */
function reads(text: string, prefix: string[] = []): string[] {
  const out = readsOf(text, { file: 'templates/x.yaml', prefix, topDot: 'root' }).reads.map(
    (r) => `${r.path.join('.')}${r.whole ? '!' : ''}`,
  );
  return [...new Set(out)];
}

describe('values reads of a template', () => {
  it('field chains, $.Values and printed values', () => {
    expect(reads('{{ .Values.a.b }} {{ $.Values.c }}')).toEqual(['a.b', 'a.b!', 'c', 'c!']);
  });

  it('if reads without taking the whole subtree; toYaml takes it', () => {
    expect(reads('{{ if .Values.server.enabled }}{{ toYaml .Values.server.resources }}{{ end }}')).toEqual([
      'server.enabled',
      'server.resources',
      'server.resources!',
    ]);
  });

  it('with moves the dot; else restores it', () => {
    expect(reads('{{ with .Values.server }}{{ .port }}{{ else }}{{ .Values.other }}{{ end }}')).toEqual([
      'server',
      'server.port',
      'server.port!',
      'other',
      'other!',
    ]);
  });

  it('range visits every element (or key) of its path', () => {
    expect(reads('{{ range .Values.ports }}{{ .name }}{{ end }}')).toEqual([
      'ports',
      'ports.*',
      'ports.*.name',
      'ports.*.name!',
    ]);
    expect(reads('{{ range $k, $v := .Values.labels }}{{ $k }}={{ $v.value }}{{ end }}')).toContain('labels.*.value');
  });

  it('variables carry their path', () => {
    expect(reads('{{ $s := .Values.server }}{{ $s.port }}')).toEqual(['server', 'server.port', 'server.port!']);
    expect(reads('{{ $s := .Values.server | default dict }}{{ $s.port }}')).toContain('server.port');
  });

  it('index, get, dig, hasKey and pluck', () => {
    expect(reads('{{ index .Values "a" "b" }}')).toEqual(['a.b', 'a.b!']);
    expect(reads('{{ index .Values.a $key }}')).toEqual(['a', 'a!']);
    expect(reads('{{ get .Values.a "b" }}')).toContain('a.b');
    expect(reads('{{ dig "a" "b" "x" .Values.AsMap }}')).toContain('a.b');
    expect(reads('{{ if hasKey .Values.a "b" }}{{ end }}')).toEqual(['a', 'a.b']);
    expect(reads('{{ pluck "b" .Values.a .Values.c }}')).toEqual(['a', 'c', 'a.b', 'a.b!', 'c.b', 'c.b!']);
  });

  it('values given to a define are read whole; the define body reads through .Values and dicts', () => {
    expect(reads('{{ include "x" (dict "cfg" .Values.extra "root" $) }}')).toEqual(['extra', 'extra!']);
    expect(reads('{{ define "x" }}{{ .root.Values.a }}{{ .cfg.mode }}{{ end }}')).toEqual(['a', 'a!']);
    expect(reads('{{ include "x" . }}')).toEqual([]);
  });

  it('the whole values: .Values | toYaml reads everything', () => {
    expect(reads('{{ .Values | toYaml }}')).toEqual(['!']);
  });

  it('tpl of a value reads it whole; a string literal template is read as a template', () => {
    expect(reads('{{ tpl .Values.extra $ }}')).toEqual(['extra', 'extra!']);
    expect(reads('{{ tpl "{{ .Values.host }}" . }}')).toContain('host');
    expect(readsOf('{{ tpl .Values.x . }}', { file: 'x', prefix: [] }).usesTpl).toBe(true);
  });

  it('.Files reads are named for tpl', () => {
    expect(readsOf('{{ tpl (.Files.Get "conf/app.yaml") . }}', { file: 'x', prefix: [] }).filesRead).toEqual([
      'conf/app.yaml',
    ]);
    expect(readsOf('{{ (.Files.Glob "dashboards/*.json").AsConfig }}', { file: 'x', prefix: [] }).filesRead).toEqual([
      'dashboards/',
    ]);
    expect(readsOf('{{ .Files.Get $name }}', { file: 'x', prefix: [] }).filesRead).toBe('unknown');
  });

  it("a subchart's reads are under its name, global is not", () => {
    expect(reads('{{ .Values.storage }}{{ .Values.global.env }}', ['db'])).toEqual([
      'db.storage',
      'db.storage!',
      'global.env',
      'global.env!',
    ]);
  });

  it('the line of each read', () => {
    const r = readsOf('a: 1\nb: {{ .Values.b }}\n{{- with .Values.c }}\nd: {{ .d }}\n{{- end }}', {
      file: 'x',
      prefix: [],
    });
    expect(r.reads.map((x) => `${x.path.join('.')}:${x.line}`)).toEqual(['b:2', 'b:2', 'c:3', 'c.d:4', 'c.d:4']);
  });

  it('the defines it calls and what it gives them', () => {
    const calls = (t: string) => readsOf(t, { file: 'x', prefix: [] }).calls;
    expect(calls('{{ include "lib.name" . }}')).toEqual([{ name: 'lib.name', context: true }]);
    expect(calls('{{ include "lib.image" (dict "image" .Values.image "root" $) }}')).toEqual([
      { name: 'lib.image', context: true },
    ]);
    expect(calls('{{ include "x" .Values.a }}{{ template "y" "s" }}{{ template "z" }}')).toEqual([
      { name: 'x', context: false },
      { name: 'y', context: false },
    ]);
    expect(readsOf('{{ define "a" }}{{ end }}{{ block "b" . }}{{ end }}', { file: 'x', prefix: [] }).defines).toEqual([
      'a',
      'b',
    ]);
  });

  it('generated output is noticed', () => {
    expect(readsOf('{{ randAlphaNum 8 }}', { file: 'x', prefix: [] }).noisy).toBe(true);
    expect(readsOf('{{ .Values.a }}', { file: 'x', prefix: [] }).noisy).toBe(false);
  });
});

describe('the index of a chart', () => {
  const chart = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-index-'));
    for (const [f, text] of Object.entries({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n', ...files })) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  };

  it('a define it cannot see, given the context, may read any value', () => {
    const seen = valuesIndex(
      chart({ 'templates/a.yaml': '{{ include "own" . }}{{ define "own" }}{{ .Values.a }}{{ end }}' }),
    );
    expect(isKnown(seen, ['a'])).toBe(true);
    expect(isKnown(seen, ['b'])).toBe(false);
    const unseen = valuesIndex(chart({ 'templates/a.yaml': '{{ include "common.names.fullname" . }}' }));
    expect(isKnown(unseen, ['b'])).toBe(true);
  });

  it('a packed dependency: its values and global count as read', () => {
    const idx = valuesIndex(
      chart({
        'Chart.yaml':
          'apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n  - name: db\n    version: 1.0.0\n    alias: store\n    condition: store.enabled\n',
        'charts/db-1.0.0.tgz': '',
        'templates/a.yaml': '{{ .Values.a }}',
      }),
    );
    expect(isKnown(idx, ['store', 'x', 'y'])).toBe(true);
    expect(isKnown(idx, ['global', 'registry'])).toBe(true);
    expect(isKnown(idx, ['b'])).toBe(false);
    expect(suggestPath(idx, ['aa'])).toBe('a');
  });

  it('tpl: values strings and the chart files it renders read values', () => {
    const idx = valuesIndex(
      chart({
        'values.yaml': 'host: x\nurl: "http://{{ .Values.domain }}"\n',
        'conf/app.yaml': 'port: {{ .Values.port }}\n',
        'templates/a.yaml': '{{ tpl .Values.url . }}{{ tpl (.Files.Get "conf/app.yaml") . }}',
      }),
    );
    expect(isKnown(idx, ['domain'])).toBe(true);
    expect(isKnown(idx, ['port'])).toBe(true);
    expect(isKnown(idx, ['other'])).toBe(false);
  });

  it('did you mean: the nearest name at the first key the chart does not know', () => {
    const idx = valuesIndex(
      chart({
        'values.yaml': 'monitoring:\n  prometheusRules:\n    enabled: false\n  serviceMonitor:\n    enabled: false\n',
        'templates/a.yaml': '{{ .Values.monitoring.prometheusRules.enabled }}',
      }),
    );
    expect(suggestPath(idx, ['monitoring', 'prometheusRule', 'enabled'])).toBe('monitoring.prometheusRules.enabled');
    expect(suggestPath(idx, ['monitorin', 'serviceMonitor'])).toBe('monitoring.serviceMonitor');
  });
});

describe('values declarations and set keys', () => {
  it('helm --set keys: escaped dots, list indexes end the path', () => {
    expect(setKeyPath('a.b.c')).toEqual(['a', 'b', 'c']);
    expect(setKeyPath('a\\.b.c')).toEqual(['a.b', 'c']);
    expect(setKeyPath('list[0].name')).toEqual(['list']);
  });

  it('values.yaml keys with their lines; empty maps, nulls and lists are open', () => {
    const got: string[] = [];
    walkValuesText('a:\n  b: 1\n  c: {}\nd: []\ne:\n', (p, line, open, _v, leaf) =>
      got.push(`${p.join('.')}:${line}${open ? ' open' : ''}${leaf ? '' : ' map'}`),
    );
    expect(got).toEqual(['a:1 map', 'a.b:2', 'a.c:3 open', 'd:4 open', 'e:5 open']);
  });

  it('the line scanner finds what the YAML parser finds, or leaves the file to it', () => {
    const both = (text: string) => {
      const parsed: string[] = [];
      parseValuesText(text, (p, line, open, _v, leaf) => parsed.push(`${p.join('.')}:${line}:${open}:${leaf}`));
      const scanned = scanValuesText(text)?.map((k) => `${k.path.join('.')}:${k.line}:${k.open}:${k.leaf}`);
      return { parsed, scanned };
    };
    for (const text of [
      '---\n# c\na: 1\nb:\n  c: "x: y" # note\n  d: |\n    e: not a key\n  f:\n  - g: 1\n  h: ~\nlist:\n- x\nm: [a, {b: 1}]\nn: {}\n',
      "q: 'it''s'\nr:\n  {}\ns: &anchor\n  t: 1\nu: *anchor\nv: &w 2\n'quoted key': 3\nx:\n",
    ]) {
      const { parsed, scanned } = both(text);
      expect(scanned).toEqual(parsed);
    }
    // not followed: the parser reads these
    for (const text of [
      'a: "multi\n  line"\n',
      '<<: *x\n',
      'a: 1\n---\nb: 2\n',
      '1: a\n',
      '? complex\n: v\n',
      'm: {a: 1}\n',
    ])
      expect(scanValuesText(text)).toBeUndefined();
  });

  it('keys documented in comments take the place of their siblings', () => {
    const text = 'server:\n  port: 80\n  # clusterIP: ""\n# top: 1\nother:\n  # nested: x\n  a: 1\n';
    const keyLines = new Map<number, string[]>();
    walkValuesText(text, (p, line) => keyLines.set(line, p));
    expect(commentedKeys(text, keyLines).map((k) => `${k.path.join('.')}:${k.line}`)).toEqual([
      'server.clusterIP:3',
      'top:4',
      'other.nested:6',
    ]);
  });

  it('a path tree covers keys below open nodes and on the way to named ones', () => {
    const t = new PathTree();
    t.add(['a', 'b'], false);
    t.add(['m'], true);
    t.add(['r', '*', 'name'], false);
    expect(t.covers(['a'])).toBe(true);
    expect(t.covers(['a', 'b'])).toBe(true);
    expect(t.covers(['a', 'c'])).toBe(false);
    expect(t.covers(['m', 'x', 'y'])).toBe(true);
    expect(t.covers(['r', 'web', 'name'])).toBe(true);
    expect(t.covers(['r', 'web', 'port'])).toBe(false);
  });
});

describe('renders that differ only by generated values', () => {
  it('random strings, timestamps and UUIDs may differ; a value beside them may not', () => {
    // two renders of each of two combos
    expect(sameButNoise('p: "Ab3dEf9h"', 'p: "Zq8LmN2x"', 'p: "Kk1JqW7s"', 'p: "Rt5YuI0o"')).toBe(true);
    expect(
      sameButNoise(
        't: 2026-01-01T00:00:01.1Z',
        't: 2026-01-01T00:00:02.2Z',
        't: 2026-01-01T00:00:03.3Z',
        't: 2026-01-01T00:00:04.4Z',
      ),
    ).toBe(true);
    // a fixed value in one combo: it does not change between its renders
    expect(sameButNoise('p: "Ab3dEf9h"', 'p: "Zq8LmN2x"', 'p: "s3cr3tpw"', 'p: "s3cr3tpw"')).toBe(false);
    // abc<random> beside xyz<random>
    expect(sameButNoise('t: abcQw8Er', 't: abcZx1Cv', 't: xyzTy6Ui', 't: xyzOp3As')).toBe(false);
    // a host beside a random path
    expect(sameButNoise('u: a.com/Qw8Er', 'u: a.com/Zx1Cv', 'u: a.org/Ty6Ui', 'u: a.org/Op3As')).toBe(false);
  });

  it('PEM blocks that change between two renders are masked', () => {
    const pem = (s: string) => `-----BEGIN CERTIFICATE-----\n${s}\n-----END CERTIFICATE-----`;
    expect(maskPem(`a: |\n${pem('AAA')}`, `a: |\n${pem('BBBB')}`)[0]).toBe('a: |\n-----PEM-----');
    expect(maskPem(`a: |\n${pem('AAA')}`, `a: |\n${pem('AAA')}`)[0]).toBe(`a: |\n${pem('AAA')}`);
  });
});

describe.each(HELMS)('the misspelt certctl combo with helm $version', ({ path: helm }) => {
  it('fails at its config line with the key it meant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-certctl-'));
    try {
      cpSync(join(ROOT, 'fixtures/certctl'), dir, { recursive: true });
      const cfg = join(dir, '.helm-guard.yaml');
      const text = readFileSync(cfg, 'utf8');
      const start = text.indexOf('  - name: prometheus-rules');
      const end = text.indexOf('  - name:', start + 10);
      // one letter short, and no expect: helm renders the defaults
      const combo = '  - name: prometheus-rules\n    set:\n      monitoring.prometheusRule.enabled: true\n';
      writeFileSync(cfg, text.slice(0, start) + combo + text.slice(end));
      const line = (text.slice(0, start) + combo).split('\n').length - 1;
      const config = loadConfig({ cwd: dir, knownRules: RULE_IDS, configPath: '.helm-guard.yaml' });
      const r = await runGuard({ config, helm, baseDir: dir });
      const combos = Object.fromEntries(r.combos.map((c) => [c.name, c.status]));
      expect(combos['prometheus-rules']).toBe('fail');
      const f = r.findings.filter((x) => x.rule.startsWith('values/'));
      expect(f.map((x) => `${x.severity} ${x.rule} ${x.location?.file}:${x.location?.line} ${x.combo}`)).toEqual([
        `error values/unknown-key .helm-guard.yaml:${line} prometheus-rules`,
      ]);
      expect(f[0]!.message).toMatch(/did you mean monitoring\.prometheusRules\.enabled\?/);
      // and its render is the defaults'
      expect(r.findings.find((x) => x.rule === 'matrix/duplicate-combo')?.combo).toBe('prometheus-rules');
      expect(r.result).toBe('fail');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the certctl config as it is raises none of these findings', async () => {
    const config = loadConfig({ cwd: ROOT, knownRules: RULE_IDS, configPath: 'fixtures/certctl/.helm-guard.yaml' });
    const r = await runGuard({ config, helm, baseDir: ROOT, unusedValues: false });
    expect(r.findings.filter((x) => /^(values|matrix)\//.test(x.rule))).toEqual([]);
  });
});

describe('the values rules follow the config', () => {
  const [{ path: helm }] = HELMS;

  it('values/unknown-key re-levelled and turned off per combo', async () => {
    for (const severity of ['warning', 'off'] as const) {
      const config = loadConfig({
        cwd: ROOT,
        knownRules: RULE_IDS,
        configPath: 'fixtures/broken/values-unknown-key/.helm-guard.yaml',
      });
      for (const c of config.combos) c.rules['values/unknown-key'] = { severity };
      const r = await runGuard({ config, helm: helm!, baseDir: ROOT });
      const f = r.findings.filter((x) => x.rule === 'values/unknown-key');
      expect(f.map((x) => x.severity)).toEqual(severity === 'off' ? [] : ['warning', 'warning', 'warning']);
      expect(r.result).toBe('pass');
    }
  });

  it('matrix/duplicate-combo and values/undefined turned off', async () => {
    const dup = loadConfig({
      cwd: ROOT,
      knownRules: RULE_IDS,
      configPath: 'fixtures/broken/matrix-duplicate-combo/.helm-guard.yaml',
    });
    for (const c of dup.combos) c.rules['matrix/duplicate-combo'] = { severity: 'off' };
    expect((await runGuard({ config: dup, helm: helm!, baseDir: ROOT })).findings).toEqual([]);
    const undef = loadConfig({ cwd: ROOT, knownRules: RULE_IDS, chartDir: 'fixtures/broken/values-undefined' });
    undef.rules['values/undefined'] = { severity: 'off' };
    expect((await runGuard({ config: undef, helm: helm!, baseDir: ROOT })).findings).toEqual([]);
  });

  it('values/unused only with --unused-values (or a severity in the config)', async () => {
    const run = async (argv: string[]) => {
      let stdout = '';
      const code = await main([...argv, '--helm', helm!, '--format', 'json'], {
        cwd: ROOT,
        env: { PATH: '' },
        stdout: (x) => (stdout += x),
        stderr: () => undefined,
        isTTY: false,
      });
      const r = JSON.parse(stdout) as { findings: { rule: string; location?: { file: string; line: number } }[] };
      return {
        code,
        unused: r.findings
          .filter((f) => f.rule === 'values/unused')
          .map((f) => `${f.location?.file}:${f.location?.line}`),
      };
    };
    // the broken fixture's config turns it on; zero-config on the same chart does not, the flag does
    expect(
      await run(['fixtures/broken/values-unused', '--config', 'fixtures/broken/values-unused/.helm-guard.yaml']),
    ).toEqual({
      code: 0,
      unused: ['fixtures/broken/values-unused/values.yaml:4', 'fixtures/broken/values-unused/values.yaml:7'],
    });
    const zero = join(mkdtempSync(join(tmpdir(), 'helm-guard-unused-')), 'none.yaml');
    writeFileSync(zero, `chart: ${join(ROOT, 'fixtures/broken/values-unused')}\n`);
    expect((await run(['--config', zero])).unused).toEqual([]);
    expect((await run(['--config', zero, '--unused-values'])).unused).toEqual([
      'fixtures/broken/values-unused/values.yaml:4',
      'fixtures/broken/values-unused/values.yaml:7',
    ]);
  });
});

describe('the Action (dist/index.js) with input unused-values', () => {
  const action = (inputs: Record<string, string>) => {
    // a config of its own: the fixture's turns the rule on
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-unused-action-'));
    writeFileSync(join(dir, 'none.yaml'), `chart: ${join(ROOT, 'fixtures/broken/values-unused')}\n`);
    try {
      return runActionSync({ 'helm-path': HELM3, config: join(dir, 'none.yaml'), ...inputs }, { timeoutMs: 120_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const notices = (stdout: string) =>
    stdout.split('\n').filter((l) => l.startsWith('::notice') && l.includes('values/unused'));

  it('reports unread values.yaml keys as notices only when asked; anything but true or false is one clear error', () => {
    const off = action({});
    expect(off.code).toBe(0);
    expect(notices(off.stdout)).toEqual([]);
    const on = action({ 'unused-values': 'true' });
    expect(on.code).toBe(0);
    expect(notices(on.stdout).map((l) => /file=([^,]+),line=(\d+)/.exec(l)?.slice(1).join(':'))).toEqual([
      'fixtures/broken/values-unused/values.yaml:4',
      'fixtures/broken/values-unused/values.yaml:7',
    ]);
    const bad = action({ 'unused-values': 'yes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error::input unused-values must be true or false \(got "yes"\)/m);
    expect(bad.stdout).not.toMatch(/\n\s+at /);
  });
});
