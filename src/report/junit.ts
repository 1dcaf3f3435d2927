import { compareText } from '../util/text.js';
import type { Check } from '../catalog.js';
import type { GuardResult } from '../guard.js';
import { atOrAbove } from '../result.js';
import { repoPath, type ReportContext } from './context.js';
import { chartWideLabel, groupSpread, groupsOf, inCombo, type FindingGroup } from './groups.js';
import { locationNote, resourceName } from './sort.js';
import { escapeXml as x } from './xml.js';

const CHECKS: readonly Check[] = ['render', 'lint', 'schema', 'rules', 'assertions'];

const secs = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

interface Suite {
  name: string;
  file?: string;
  time: string;
  cases: string[];
  failures: number;
  skipped: number;
  out?: string;
}

/**
 * JUnit XML, as the Jenkins junit-10 schema has it and test reporters read it. Every finding group is a
 * testcase — failed when its severity is at or above fail-on — in a testsuite per template file whose
 * `file` attribute names the file (repository-relative) and whose failure text starts with `file:line`,
 * so reporters annotate the right line; chart-wide lint findings included, findings without a template
 * line under the chart's Chart.yaml. Each combo is a testsuite of the checks it passed or skipped; a check
 * that failed is the failed finding testcases, not counted twice.
 */
export function formatJunit(r: GuardResult, ctx: ReportContext): string {
  const groups = groupsOf(r);
  const several = r.charts.length > 1;
  const suites: Suite[] = [];
  for (const chart of r.charts) {
    const prefix = several ? `${chart}: ` : '';
    for (const c of r.combos.filter((y) => y.chart === chart)) {
      const s: Suite = {
        name: `${prefix}combo ${c.name}`,
        time: secs(c.durationMs),
        cases: [],
        failures: 0,
        skipped: 0,
      };
      const failed: string[] = [];
      for (const k of CHECKS) {
        if (c.checks[k] === 'fail') {
          failed.push(k);
          continue;
        }
        const note = k === 'render' && c.render === 'expected-failure' ? ' (failed to render, as expected)' : '';
        if (c.checks[k] === 'skipped') {
          s.skipped++;
          s.cases.push(
            `<testcase classname="${x(chart)}" name="${x(`${c.name}: ${k}`)}" time="0.000"><skipped/></testcase>`,
          );
        } else s.cases.push(`<testcase classname="${x(chart)}" name="${x(`${c.name}: ${k}${note}`)}" time="0.000"/>`);
      }
      if (failed.length) {
        const n = groups.filter((g) => inCombo(g, chart, c.name) && failed.includes(g.check)).length;
        s.out = `${c.name}: ${failed.join(', ')} failed: ${n} finding${n === 1 ? '' : 's'}, each a testcase of the suite of its template file`;
      }
      suites.push(s);
    }
    const byFile = new Map<string, FindingGroup[]>();
    for (const g of groups) {
      if ((g.first.chart ?? r.chart) !== chart) continue;
      const file = g.location && g.location.line >= 1 ? repoPath(ctx, g.location.file) : '';
      byFile.set(file, [...(byFile.get(file) ?? []), g]);
    }
    const chartYaml = repoPath(ctx, `${chart}/Chart.yaml`);
    for (const [file, list] of [...byFile].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareText(a, b)))) {
      const shown = file || chartYaml;
      const s: Suite = {
        name: `${prefix}${file ? file : 'chart (no template line)'}`,
        file: shown,
        time: '0.000',
        cases: [],
        failures: 0,
        skipped: 0,
      };
      for (const g of list) {
        const f = g.first;
        const line = file ? g.location!.line : 1;
        const col = file && g.location!.column ? `:${g.location!.column}` : '';
        const res = g.resources.length === 1 ? resourceName(f) : '';
        const spread = groupSpread(g, { charts: several });
        const combos = g.combos.filter((y) => y.combo);
        const message = `${res ? `${res}: ` : ''}${g.message}${locationNote(f)}`;
        const text = [
          `${g.severity} ${g.rule} ${shown}:${line}${col} ${message}`,
          combos.length === 1 ? `combo: ${combos[0]!.combo}` : combos.length ? '' : chartWideLabel(g.rule),
          spread,
          g.resources.length > 1 ? `first resource: ${g.resources[0]!.kind}/${g.resources[0]!.name ?? '?'}` : '',
        ]
          .filter(Boolean)
          .join('\n');
        const name = `${file ? `line ${line}: ` : ''}${g.rule}: ${g.message}`;
        const head = `<testcase classname="${x(chart)}" name="${x(name)}" time="0.000">`;
        if (atOrAbove(g.severity, r.failOn)) {
          s.failures++;
          s.cases.push(
            `${head}<failure message="${x(`${message}${spread ? ` (${spread})` : ''}`)}" type="${x(g.rule)}">${x(text)}</failure></testcase>`,
          );
        } else s.cases.push(`${head}<system-out>${x(text)}</system-out></testcase>`);
      }
      suites.push(s);
    }
  }
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="helm-guard" tests="${tests}" failures="${failures}" errors="0" time="${secs(r.durationMs)}">`,
  ];
  for (const s of suites) {
    out.push(
      `  <testsuite name="${x(s.name)}" tests="${s.cases.length}" failures="${s.failures}" errors="0" skipped="${s.skipped}" time="${s.time}"${s.file ? ` file="${x(s.file)}"` : ''}>`,
      ...s.cases.map((c) => `    ${c}`),
      ...(s.out ? [`    <system-out>${x(s.out)}</system-out>`] : []),
      '  </testsuite>',
    );
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
