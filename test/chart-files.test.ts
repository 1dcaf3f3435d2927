/**
 * issue 15, item 2 (and the hook-locator case of 12): reading chart files to place findings reads only
 * regular files inside the chart, of bounded size; a template hidden from helm by .helmignore that is a
 * symlink to /dev/zero, a FIFO, a symlink out of the chart, a huge file or a directory named like a
 * template is never read (and never blocks).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesBelow, MAX_CHART_FILE_BYTES, readChartFile, readRegularFile } from '../src/util/files.js';
import { lastJson, runBounded } from './helpers/bounded.js';
import { HELM3, ROOT } from './helpers/helm.js';

const CHART_TEXT = /\.(ya?ml|tpl|txt)$/;
let work: string;
let chart: string;
let templates: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'helm-guard-files-'));
  chart = join(work, 'chart');
  cpSync(join(ROOT, 'fixtures/broken/schema-typo-field'), chart, { recursive: true });
  templates = join(chart, 'templates');
  writeFileSync(
    join(work, 'outside.tpl'),
    '{{- define "outside.secret" -}}\nread from outside the chart\n{{- end -}}\n',
  );
  // hidden from helm, visible to anything that walks templates/
  symlinkSync('/dev/zero', join(templates, 'zero.yaml'));
  symlinkSync(join(work, 'outside.tpl'), join(templates, 'outside.tpl'));
  execFileSync('mkfifo', [join(templates, 'fifo.yaml')]);
  writeFileSync(join(templates, 'huge.yaml'), '');
  truncateSync(join(templates, 'huge.yaml'), 4 * 1024 * 1024 + 1);
  mkdirSync(join(templates, 'dir.yaml'));
  symlinkSync(templates, join(templates, 'loop'));
  writeFileSync(
    join(chart, '.helmignore'),
    'templates/zero.yaml\ntemplates/outside.tpl\ntemplates/fifo.yaml\ntemplates/huge.yaml\ntemplates/dir.yaml\ntemplates/loop\n',
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('chart files read to place findings', () => {
  it('filesBelow lists only regular files inside the chart, of bounded size, once each', () => {
    expect(filesBelow(templates, CHART_TEXT, chart).sort()).toEqual([
      join(templates, '_helpers.tpl'),
      join(templates, 'service.yaml'),
      join(templates, 'statefulset.yaml'),
    ]);
  });

  it('the cap is 4 MiB', () => expect(MAX_CHART_FILE_BYTES).toBe(4 * 1024 * 1024));

  it('readChartFile refuses a device, a FIFO, a file outside the chart, a huge file and a directory, at once', () => {
    const started = Date.now();
    for (const f of ['zero.yaml', 'outside.tpl', 'fifo.yaml', 'huge.yaml', 'dir.yaml', 'loop'])
      expect(readChartFile(join(templates, f), chart), f).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(readChartFile(join(templates, 'service.yaml'), chart)).toMatch(/kind: Service/);
    // the same file through a path outside its root is refused too
    expect(readChartFile(join(work, 'outside.tpl'), chart)).toBeUndefined();
  });

  it('readRegularFile (for CRD files, reports, config-named paths) says why it reads nothing, at once', () => {
    expect(readRegularFile(join(templates, 'fifo.yaml'), 1024)).toEqual({ why: 'not-regular' });
    expect(readRegularFile('/dev/zero', 1024)).toEqual({ why: 'not-regular' });
    expect(readRegularFile(join(templates, 'dir.yaml'), 1024)).toEqual({ why: 'directory' });
    expect(readRegularFile(join(templates, 'none.yaml'), 1024)).toEqual({ why: 'missing' });
    expect(readRegularFile(join(templates, 'huge.yaml'), 1024)).toEqual({ why: 'too-large' });
    expect(readRegularFile(join(work, 'outside.tpl'), 1024)).toEqual({
      text: '{{- define "outside.secret" -}}\nread from outside the chart\n{{- end -}}\n',
    });
  });

  it('a guard run over the chart places its finding at the template line, and reads none of them', () => {
    // in a child process bounded in time and memory: reading /dev/zero used to take 16 GB and never end
    const b = runBounded(
      `import { loadConfig } from './src/config/load.ts';
       import { RULE_IDS } from './src/catalog.ts';
       import { runGuard } from './src/guard.ts';
       const config = loadConfig({ cwd: ${JSON.stringify(work)}, chartDir: 'chart', knownRules: RULE_IDS });
       const r = await runGuard({ config, helm: ${JSON.stringify(HELM3)}, baseDir: ${JSON.stringify(work)} });
       console.log(JSON.stringify(r.findings.map((f) => [f.rule, f.location])));`,
      { timeoutMs: 30_000 },
    );
    expect(lastJson(b)).toEqual([
      ['schema/unknown-field', { file: 'chart/templates/statefulset.yaml', line: 10, column: 3 }],
    ]);
  }, 90_000);
});
