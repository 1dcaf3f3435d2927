import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRender } from '../src/manifests/parse.js';
import { parseTemplate } from '../src/manifests/template.js';
import type { Manifest } from '../src/manifests/types.js';
import type { PathSeg } from '../src/types.js';
import { HELMS, ROOT } from './helpers/helm.js';

function render(helm: string, chart: string, sets: string[] = []): Manifest[] {
  const out = execFileSync(helm, ['template', 'r', join(ROOT, chart), ...sets.flatMap((s) => ['--set', s])], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const r = parseRender(out, { combo: 'c', chartDir: join(ROOT, chart), baseDir: ROOT });
  expect(r.problems).toEqual([]);
  return r.manifests;
}

function find(ms: Manifest[], kind: string, name: string): Manifest {
  const m = ms.find((x) => x.resource.kind === kind && x.resource.name === name);
  if (!m) throw new Error(`${kind}/${name} not rendered`);
  return m;
}

function at(m: Manifest, path: PathSeg[]): string {
  const l = m.locate(path)!;
  return `${l.file}:${l.line}${l.via ? ` via ${l.via}` : ''}${l.approximate ? ' approximate' : ''}`;
}

describe.each(HELMS)('template line mapping with helm $version', ({ path: helm }) => {
  it('maps fields of a range-generated document, an include and a block scalar', () => {
    const ms = render(helm, 'fixtures/mapping');
    const f = 'fixtures/mapping/templates/workers.yaml';
    for (const name of ['worker-alpha', 'worker-beta']) {
      const cm = find(ms, 'ConfigMap', name);
      expect(at(cm, [])).toBe(`${f}:3`);
      expect(at(cm, ['metadata', 'name'])).toBe(`${f}:6`);
      expect(at(cm, ['metadata', 'labels', 'app.kubernetes.io/instance'])).toBe(`${f}:8 via mapping.labels`);
      expect(at(cm, ['data', 'queue'])).toBe(`${f}:10`);
      expect(at(cm, ['data', 'script'])).toBe(`${f}:11`);
    }
  });

  it('places a finding at the root of a resource on its first line, not on a fail guard before it', () => {
    const cm = find(render(helm, 'fixtures/mapping'), 'ConfigMap', 'guarded');
    const f = 'fixtures/mapping/templates/guarded.yaml';
    expect(at(cm, [])).toBe(`${f}:8`);
    expect(at(cm, ['data', 'mode'])).toBe(`${f}:13`);
  });

  it('picks the right document of a template with several, and maps through toYaml and range', () => {
    const ms = render(helm, 'fixtures/mapping');
    const f = 'fixtures/mapping/templates/app.yaml';
    expect(at(find(ms, 'ServiceAccount', 'app'), ['metadata', 'name'])).toBe(`${f}:4`);
    const d = find(ms, 'Deployment', 'app');
    expect(at(d, [])).toBe(`${f}:6`);
    expect(at(d, ['spec', 'replicas'])).toBe(`${f}:13`);
    // include "mapping.labels" is expanded from its define, so the next line's toYaml keeps its own lines
    expect(at(d, ['spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      `${f}:20 via mapping.labels`,
    );
    expect(at(d, ['spec', 'template', 'metadata', 'labels', 'tier'])).toBe(`${f}:22`);
    expect(at(d, ['spec', 'selector', 'matchLabels', 'app.kubernetes.io/name'])).toBe(`${f}:16 via mapping.labels`);
    expect(at(d, ['spec', 'template', 'spec', 'containers', 0, 'args', 1])).toBe(`${f}:31`);
    expect(at(d, ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu'])).toBe(`${f}:34`);
    expect(at(d, ['spec', 'template', 'spec', 'containers', 1, 'name'])).toBe(`${f}:35`);
    expect(at(d, ['spec', 'template', 'spec', 'containers', 1, 'ports', 0, 'containerPort'])).toBe(`${f}:39`);
    // a path that is not rendered maps to its deepest rendered ancestor
    expect(at(d, ['spec', 'template', 'spec', 'containers', 1, 'livenessProbe'])).toBe(`${f}:35`);
  });

  it('maps a subchart document to the subchart template', () => {
    const s = find(render(helm, 'fixtures/mapping'), 'Service', 'r-metrics');
    expect(s.templateFile).toBe('fixtures/mapping/charts/metrics/templates/service.yaml');
    expect(at(s, ['spec', 'ports', 0, 'targetPort'])).toBe('fixtures/mapping/charts/metrics/templates/service.yaml:11');
  });

  it('maps certctl fields to the lines that write them', () => {
    const ms = render(helm, 'fixtures/certctl/deploy/helm/certctl', [
      'backup.enabled=true',
      'backup.pvc.existingClaim=c',
      'monitoring.serviceMonitor.enabled=true',
      'migrations.viaHook=true',
    ]);
    const t = 'fixtures/certctl/deploy/helm/certctl/templates';
    const sts = ms.find((m) => m.resource.kind === 'StatefulSet')!;
    expect(at(sts, ['spec', 'updateStrategy'])).toBe(`${t}/postgres-statefulset.yaml:17`);
    expect(at(sts, ['spec', 'updateStrategy', 'type'])).toBe(`${t}/postgres-statefulset.yaml:18`);
    expect(at(sts, ['spec', 'podManagementPolicy'])).toBe(`${t}/postgres-statefulset.yaml:21`);
    const sm = ms.find((m) => m.resource.kind === 'ServiceMonitor')!;
    expect(at(sm, ['spec', 'endpoints', 0, 'bearerTokenSecret', 'name'])).toBe(`${t}/servicemonitor.yaml:33`);
    const job = ms.find((m) => m.resource.kind === 'Job')!;
    expect(at(job, ['metadata', 'annotations', 'helm.sh/hook'])).toBe(`${t}/migration-job.yaml:65`);
    const cron = ms.find((m) => m.resource.kind === 'CronJob')!;
    expect(at(cron, ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'command', 2])).toBe(
      `${t}/backup-cronjob.yaml:92`,
    );
  });
});

describe('template classification', () => {
  it('treats control lines as silent, include/toYaml lines as emitters, and literal lines exactly', () => {
    const t = parseTemplate(
      'x.yaml',
      [
        '{{- if .Values.a }}',
        'kind: ConfigMap',
        'metadata:',
        '  labels:',
        '    {{- include "l" . | nindent 4 }}',
        '  name: {{ .Release.Name }}-x',
        '{{- end }}',
      ].join('\n'),
    );
    expect(t.segments).toHaveLength(1);
    const lines = t.segments[0]!.lines;
    expect(lines.map((l) => [l.line, l.kind])).toEqual([
      [1, 'pattern'],
      [2, 'pattern'],
      [3, 'pattern'],
      [4, 'emitter'],
      [5, 'pattern'],
    ]);
    expect(lines[3]!.via).toBe('l');
    expect(lines[4]!.regex!.test('  name: rel-x')).toBe(true);
    expect(lines[4]!.regex!.test('    name: rel-x')).toBe(false);
    expect(t.segments[0]!.kind).toBe('ConfigMap');
  });

  it('keeps multi-line actions on their first line and ignores define blocks', () => {
    const t = parseTemplate(
      'x.yaml',
      ['{{- $x := dict', '  "a" 1 }}', '{{- define "d" }}', 'inner: 1', '{{- end }}', 'a: {{ $x.a }}'].join('\n'),
    );
    expect(t.segments[0]!.lines.map((l) => l.line)).toEqual([5]);
  });
});

describe('the Kubernetes YAML dialect', () => {
  it('reads YAML 1.1 scalars as the API server does and keeps timestamps as strings', () => {
    const r = parseRender(
      [
        '---',
        '# Source: c/templates/x.yaml',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: x',
        '  creationTimestamp: 2024-01-02T03:04:05Z',
        'spec:',
        '  mode: 0644',
        '  hex: 0x1F',
        '  enabled: yes',
        '  disabled: off',
        '  quoted: "0644"',
        '  nothing: ~',
      ].join('\n'),
      { combo: 'c', chartDir: '/nonexistent/c', baseDir: '/' },
    );
    expect(r.problems).toEqual([]);
    expect(r.manifests[0]!.object.metadata.creationTimestamp).toBe('2024-01-02T03:04:05Z');
    expect(r.manifests[0]!.object.spec).toEqual({
      mode: 420,
      hex: 31,
      enabled: true,
      disabled: false,
      quoted: '0644',
      nothing: null,
    });
  });

  it('reports duplicate keys (keeping the document) and syntax errors with the rendered line, and an empty document is no document', () => {
    const r = parseRender(
      '---\n# Source: c/templates/x.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\nmetadata:\n  name: b\n---\n# only a comment\n---\nkey: [unclosed\n',
      {
        combo: 'c',
        chartDir: '/nonexistent/c',
        baseDir: '/',
      },
    );
    expect(r.documents).toBe(2);
    expect(r.problems.map((p) => p.rule)).toEqual(['yaml/duplicate-key', 'yaml/parse-error']);
    expect(r.problems[0]!.message).toBe(
      'Duplicate mapping key "metadata" in rendered c/templates/x.yaml (output line 7)',
    );
    // the document is still checked, as the API server reads it: the last duplicate wins
    expect(r.manifests.map((m) => m.resource)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', name: 'b' }]);
  });

  it('parses a document rendered alike by two combos once: both share one frozen object, each keeps its own combo', () => {
    const doc = (name: string) =>
      `---\n# Source: c/templates/x.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  k: v\n`;
    const opts = (combo: string) => ({ combo, chartDir: '/nonexistent/c', baseDir: '/' });
    const a = parseRender(doc('same') + doc('a-only'), opts('a')).manifests;
    const b = parseRender(doc('same') + doc('b-only'), opts('b')).manifests;
    expect(a[0]!.object).toBe(b[0]!.object);
    expect(a[1]!.object).not.toBe(b[1]!.object);
    expect([a[0]!.combo, b[0]!.combo]).toEqual(['a', 'b']);
    expect(Object.isFrozen(a[0]!.object.data)).toBe(true);
    // a check that tried to change what another combo reads would fail loudly, not silently
    expect(() => {
      a[0]!.object.data.k = 'changed';
    }).toThrow(TypeError);
    expect(b[0]!.object.data.k).toBe('v');
  });
});

describe.each(HELMS)('the chart `helm create` writes, with helm $version', ({ path: helm }) => {
  it('maps user labels to the toYaml line and chart labels to the include line, through nested defines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-create-'));
    execFileSync(helm, ['create', 'demo'], { cwd: dir, timeout: 60_000 });
    const chart = join(dir, 'demo');
    const out = execFileSync(helm, ['template', 'r', chart, '--set', 'podLabels.team=payments'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const r = parseRender(out, { combo: 'c', chartDir: chart, baseDir: dir });
    const d = r.manifests.find((m) => m.resource.kind === 'Deployment')!;
    const lines = readFileSync(join(chart, 'templates/deployment.yaml'), 'utf8').split('\n');
    const podLabelsWith = lines.findIndex((l) => l.includes('with .Values.podLabels'));
    const toYamlLine = podLabelsWith + 2; // the toYaml line after `with`, 1-based
    expect(lines[toYamlLine - 1]).toMatch(/toYaml \. \| nindent 8/);
    const includeLine = lines.slice(0, podLabelsWith).findLastIndex((l) => l.includes('include "demo.labels"')) + 1;
    expect(d.locate(['spec', 'template', 'metadata', 'labels', 'team'])).toEqual({
      file: 'demo/templates/deployment.yaml',
      line: toYamlLine,
      column: 9,
    });
    expect(d.locate(['spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/instance'])).toMatchObject({
      line: includeLine,
      via: 'demo.labels',
    });
  });
});

describe('inline control actions', () => {
  it('a line with an inline if/else matches what either branch renders', () => {
    const t = parseTemplate('x.yaml', 'spec:\n  replicas: {{ if .Values.ha }}3{{ else }}1{{ end }}\n  paused: false\n');
    const line = t.segments[0]!.lines[1]!;
    expect(line.regex!.test('  replicas: 3')).toBe(true);
    expect(line.regex!.test('  replicas: 1')).toBe(true);
    expect(line.regex!.test('  paused: 3')).toBe(false);
  });
});
