/**
 * issue 15, items 8 and 12: values-file paths helm would split, paths that are directories, timeouts out
 * of range, non-UTF-8 configs, template names with ':' in lint output, helm's reason for an invalid
 * values.schema.json, and chart text that would drive the terminal.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/catalog.js';
import { main } from '../src/cli/main.js';
import { loadConfig } from '../src/config/load.js';
import { templateArgs, valuesFileArg } from '../src/helm/args.js';
import { parseLint } from '../src/helm/lint.js';
import { parseHelmError } from '../src/helm/errors.js';
import { run } from '../src/helm/run.js';
import { locateHookAnnotation } from '../src/helm/unknown-hooks.js';
import { sanitizeForTerminal } from '../src/util/terminal.js';
import { HELMS } from './helpers/helm.js';

let work: string;
let chart: string;

const load = (configPath: string) => loadConfig({ cwd: work, configPath, knownRules: RULE_IDS });
function configError(configPath: string): string {
  try {
    load(configPath);
  } catch (e) {
    return `${(e as Error).name}: ${String(e)}`;
  }
  return 'loaded';
}
async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: work,
    env: { PATH: '' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: true,
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'helm-guard-edges-'));
  chart = join(work, 'c');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'values.yaml'), 'v: default\n');
  writeFileSync(
    join(chart, 'templates/cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  v: {{ .Values.v | quote }}\n',
  );
  // the file a config names, and the two files helm would read instead if it split the name at the comma
  writeFileSync(join(work, 'a,b.yaml'), 'v: comma\n');
  writeFileSync(join(work, 'a'), 'v: a\n');
  writeFileSync(join(work, 'b.yaml'), 'v: b\n');
  writeFileSync(join(work, 'q"x.yaml'), 'v: quote\n');
  mkdirSync(join(work, 'dir-values.yaml'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(HELMS)('values files with helm $version', ({ path: helm }) => {
  it('helm splits --values at commas (the reason for quoting): a,b.yaml renders b.yaml', async () => {
    const r = await run(helm, ['template', chart, '--values', 'a,b.yaml'], { timeoutMs: 60_000, cwd: work });
    expect(r.stdout).toContain('v: "b"');
  });

  it('a values file whose name holds a comma or a quote renders with that file', async () => {
    for (const [file, value] of [
      ['a,b.yaml', 'comma'],
      ['q"x.yaml', 'quote'],
    ] as const) {
      writeFileSync(
        join(work, 'comma.yaml'),
        `chart: c\ncombos:\n  - name: x\n    valuesFiles: [${JSON.stringify(file)}]\n`,
      );
      const config = load('comma.yaml');
      const r = await run(helm, templateArgs(config, config.combos[0]!), { timeoutMs: 60_000, cwd: work });
      expect(r.stderr).not.toMatch(/^Error/m);
      expect(r.stdout, file).toContain(`v: "${value}"`);
    }
  });
});

describe('paths that cannot be used', () => {
  it('a values file that is a directory: a ConfigError with file and line (exit 2), not a failed render', async () => {
    writeFileSync(
      join(work, 'dirvalues.yaml'),
      'chart: c\ncombos:\n  - name: x\n    valuesFiles:\n      - dir-values.yaml\n',
    );
    expect(configError('dirvalues.yaml')).toBe(
      'ConfigError: dirvalues.yaml:5: values file is a directory: dir-values.yaml',
    );
    const r = await cli(['--config', 'dirvalues.yaml', '--helm', HELMS[0].path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('helm-guard: dirvalues.yaml:5: values file is a directory: dir-values.yaml\n');
  });

  it('a values file name with a line break is refused (helm would read another file)', () => {
    writeFileSync(join(work, 'nl.yaml'), 'chart: c\ncombos:\n  - name: x\n    valuesFiles: ["n\\nl.yaml"]\n');
    expect(configError('nl.yaml')).toBe(
      'ConfigError: nl.yaml:4: values file name holds a line break or NUL, which helm cannot read: "n\\nl.yaml"',
    );
  });

  it('valuesFileArg quotes only what helm would split', () => {
    expect(valuesFileArg('/x/values.yaml')).toBe('/x/values.yaml');
    expect(valuesFileArg('/x/a,b.yaml')).toBe('"/x/a,b.yaml"');
    expect(valuesFileArg('/x/q"x.yaml')).toBe('"/x/q""x.yaml"');
  });

  it('a config path that is a directory: one clear message, exit 2', async () => {
    mkdirSync(join(work, 'confdir'), { recursive: true });
    const r = await cli(['--config', 'confdir', '--helm', HELMS[0].path]);
    expect(r).toMatchObject({ code: 2, stderr: 'helm-guard: confdir: the config file is a directory\n' });
  });

  it('-o naming a directory: one clear message, exit 2, before any work', async () => {
    writeFileSync(join(work, 'ok.yaml'), 'chart: c\n');
    const r = await cli(['--config', 'ok.yaml', '--helm', join(work, 'no-helm'), '-o', 'confdir']);
    expect(r).toMatchObject({ code: 2, stderr: 'helm-guard: --output confdir is a directory; give a file path\n' });
  });

  it('the hook locator survives a template that is a symlink to a directory', () => {
    const hooks = join(work, 'hooks');
    mkdirSync(join(hooks, 'templates/real'), { recursive: true });
    writeFileSync(join(hooks, 'Chart.yaml'), 'apiVersion: v2\nname: hooks\nversion: 0.1.0\n');
    writeFileSync(
      join(hooks, 'templates/real/job.yaml'),
      'kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-instal\n',
    );
    symlinkSync(join(hooks, 'templates/real'), join(hooks, 'templates/linked.yaml'));
    expect(locateHookAnnotation(hooks, 'pre-instal', work)).toEqual({
      file: expect.stringMatching(/^hooks\/templates\/(real|linked\.yaml)\/job\.yaml$/),
      line: 4,
      column: 5,
    });
  });
});

describe('config values out of range', () => {
  it('timeout: 40000m is refused (it used to overflow to 1 ms), and a timeout under 1 ms too', () => {
    writeFileSync(join(work, 'long.yaml'), 'chart: c\ntimeout: 40000m\n');
    expect(configError('long.yaml')).toBe(
      'ConfigError: long.yaml:2: timeout "40000m" is too long: at most 24h (1440m) per helm call',
    );
    writeFileSync(join(work, 'short.yaml'), 'chart: c\ntimeout: 0.1ms\n');
    expect(configError('short.yaml')).toBe(
      'ConfigError: short.yaml:2: timeout "0.1ms" is too short: at least 1ms per helm call',
    );
    writeFileSync(join(work, 'zero.yaml'), 'chart: c\ntimeout: 0\n');
    expect(configError('zero.yaml')).toMatch(/^ConfigError: zero\.yaml:2(:1)?: timeout /);
    writeFileSync(join(work, 'day.yaml'), 'chart: c\ntimeout: 1440m\n');
    expect(load('day.yaml').timeoutMs).toBe(86_400_000);
  });

  it('a config that is not UTF-8: a ConfigError at the first bad byte', () => {
    writeFileSync(
      join(work, 'latin1.yaml'),
      Buffer.concat([Buffer.from('chart: c\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    expect(configError('latin1.yaml')).toBe(
      'ConfigError: latin1.yaml:2:6: the config file is not UTF-8 text (save it as UTF-8)',
    );
    // a real U+FFFD is text
    writeFileSync(join(work, 'fffd.yaml'), 'chart: c\n# \uFFFD\n');
    expect(load('fffd.yaml').chartDir).toBe(chart);
  });
});

describe.each(HELMS)('what helm says, with helm $version', ({ path: helm }) => {
  it("a lint error in a template whose name holds ':' is placed in that file", async () => {
    const lc = join(work, `lint-${helm.includes('v3') ? 3 : 4}`);
    mkdirSync(join(lc, 'templates'), { recursive: true });
    writeFileSync(join(lc, 'Chart.yaml'), 'apiVersion: v2\nname: lc\nversion: 0.1.0\n');
    writeFileSync(
      join(lc, 'templates/a:b.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\ndata:\n  v: {{ .Values.nope.x }}\n',
    );
    writeFileSync(join(lc, 'templates/c:d.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: z\n  bad: [\n');
    const r = await run(helm, ['lint', lc], { timeoutMs: 60_000 });
    const findings = parseLint(r.stdout + '\n' + r.stderr, lc, work, '');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.location?.file).toMatch(/^lint-\d\/templates\/(a:b|c:d)\.yaml$/);
    const exec = findings.find((f) => f.location?.file.endsWith('a:b.yaml'));
    // helm's column is a 0-based byte offset: 1-based, the `.` of `.nope`
    if (exec) expect(exec.location).toMatchObject({ line: 6, column: 16 });
  });

  it("an invalid values.schema.json keeps helm's reason", async () => {
    const sc = join(work, `schema-${helm.includes('v3') ? 3 : 4}`);
    mkdirSync(join(sc, 'templates'), { recursive: true });
    writeFileSync(join(sc, 'Chart.yaml'), 'apiVersion: v2\nname: sc\nversion: 0.1.0\n');
    writeFileSync(join(sc, 'templates/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    writeFileSync(join(sc, 'values.schema.json'), '{ "type": "object", ');
    let r = await run(helm, ['template', sc], { timeoutMs: 60_000 });
    expect(parseHelmError(r.stderr)).toEqual({
      kind: 'values-schema',
      message: 'the values do not meet values.schema.json: unexpected EOF',
    });
    writeFileSync(join(sc, 'values.schema.json'), '{ "type": "nonsense" }');
    r = await run(helm, ['template', sc], { timeoutMs: 60_000 });
    expect(parseHelmError(r.stderr).message).toMatch(
      /^the values do not meet values\.schema\.json: .*(NOT VALID -- given: \/nonsense\/|value must be one of 'array')/,
    );
  });
});

describe('chart text on a terminal', () => {
  it('sanitizeForTerminal shows escape codes and bidi overrides instead of obeying them', () => {
    expect(sanitizeForTerminal('fail: \x1b[32m✓ pass\x1b[0m')).toBe('fail: \\x1b[32m✓ pass\\x1b[0m');
    expect(sanitizeForTerminal('title\x1b]0;pwned\x07')).toBe('title\\x1b]0;pwned\\x07');
    expect(sanitizeForTerminal('a\u202eb.yaml')).toBe('a\\u202eb.yaml');
    expect(sanitizeForTerminal('\x9b31m')).toBe('\\x9b31m');
    expect(sanitizeForTerminal('two\nlines\r')).toBe('two\\nlines\\r');
    expect(sanitizeForTerminal('two\nlines\tok', { multiline: true })).toBe('two\nlines\tok');
    expect(sanitizeForTerminal('plain: ünïcode ✓ ok')).toBe('plain: ünïcode ✓ ok');
  });

  it('a config error quoting chart text reaches the terminal escaped', async () => {
    // YAML's \e is ESC: the key the message quotes holds a clear-screen sequence
    writeFileSync(join(work, 'esc.yaml'), 'chart: c\n"\\e[2Jcombo": 1\n');
    const r = await cli(['--config', 'esc.yaml', '--helm', HELMS[0].path]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\x1b');
    expect(r.stderr).toContain('\\x1b[2J');
  });
});
