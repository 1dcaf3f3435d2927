/**
 * Cobertura XML of a template coverage result, valid against Cobertura's coverage-04.dtd (the format
 * GitLab, Jenkins, Azure DevOps and Codecov read): the chart is the package, each template a class whose
 * `filename` is relative to the repository root, each define a method, each counted line a `<line>`; the
 * line of an if/with/range chain is a branch line with one `<condition>` per chain on it.
 */
import { escapeXml } from '../report/xml.js';
import { VERSION } from '../version.js';
import type { BranchCoverage, CoverageResult, LineCoverage, Ratio } from './model.js';

function rate(r: Ratio): string {
  return r.total === 0 ? '1' : String(Math.round((r.covered / r.total) * 10000) / 10000);
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function lineXml(l: LineCoverage, branches: readonly BranchCoverage[], indent: string): string {
  const onLine = branches.filter((b) => b.line === l.line);
  if (!onLine.length) return `${indent}<line${attrs({ number: l.line, hits: l.combos.length })}/>`;
  const covered = onLine.filter((b) => b.combos.length).length;
  const chains = [...new Set(onLine.map((b) => b.chain))];
  const conds = chains.map((c, i) => {
    const bs = onLine.filter((b) => b.chain === c);
    const pct = Math.round((100 * bs.filter((b) => b.combos.length).length) / bs.length);
    return `${indent}    <condition${attrs({ number: i, type: 'jump', coverage: `${pct}%` })}/>`;
  });
  return [
    `${indent}<line${attrs({
      number: l.line,
      hits: l.combos.length,
      branch: 'true',
      'condition-coverage': `${Math.round((100 * covered) / onLine.length)}% (${covered}/${onLine.length})`,
    })}>`,
    `${indent}  <conditions>`,
    ...conds,
    `${indent}  </conditions>`,
    `${indent}</line>`,
  ].join('\n');
}

/** One package per chart (several charts in one run: one file). */
export function toCobertura(
  results: CoverageResult | readonly CoverageResult[],
  opts: { timestamp?: number } = {},
): string {
  const all = Array.isArray(results) ? (results as readonly CoverageResult[]) : [results as CoverageResult];
  const sum = (k: 'lines' | 'branches'): Ratio => ({
    covered: all.reduce((n, r) => n + r.totals[k].covered, 0),
    total: all.reduce((n, r) => n + r.totals[k].total, 0),
  });
  const t = { lines: sum('lines'), branches: sum('branches') };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
    `<coverage${attrs({
      'line-rate': rate(t.lines),
      'branch-rate': rate(t.branches),
      'lines-covered': t.lines.covered,
      'lines-valid': t.lines.total,
      'branches-covered': t.branches.covered,
      'branches-valid': t.branches.total,
      complexity: 0,
      version: `helm-guard ${VERSION}`,
      timestamp: opts.timestamp ?? Date.now(),
    })}>`,
    '  <sources>',
    '    <source>.</source>',
    '  </sources>',
    '  <packages>',
  ];
  for (const result of all) {
    const rt = result.totals;
    out.push(
      `    <package${attrs({ name: result.chart, 'line-rate': rate(rt.lines), 'branch-rate': rate(rt.branches), complexity: 0 })}>`,
      '      <classes>',
    );
    packageClasses(result, out);
    out.push('      </classes>', '    </package>');
  }
  out.push('  </packages>', '</coverage>');
  return out.join('\n') + '\n';
}

function packageClasses(result: CoverageResult, out: string[]): void {
  for (const f of result.files) {
    if (!f.lines.length) continue;
    // branch lines are the lines of their chain's opener
    const chainLine = new Map<number, number>();
    for (const b of f.branches) if (b.branch === 0) chainLine.set(b.chain, b.line);
    const branches = f.branches.map((b) => ({ ...b, line: chainLine.get(b.chain)! }));
    out.push(
      `        <class${attrs({
        name: f.chartPath,
        filename: f.path,
        'line-rate': rate(f.totals.lines),
        'branch-rate': rate(f.totals.branches),
        complexity: 0,
      })}>`,
      '          <methods>',
    );
    for (const d of f.defines) {
      if (!d.measurable) continue;
      const lines = f.lines.filter((l) => l.define === d.name);
      const bs = branches.filter((b) => b.define === d.name);
      out.push(
        `            <method${attrs({
          name: d.name,
          signature: '',
          'line-rate': rate({ covered: lines.filter((l) => l.combos.length).length, total: lines.length }),
          'branch-rate': rate({ covered: bs.filter((b) => b.combos.length).length, total: bs.length }),
          complexity: 0,
        })}>`,
        '              <lines>',
        ...lines.map((l) => lineXml(l, bs, '                ')),
        '              </lines>',
        '            </method>',
      );
    }
    out.push('          </methods>', '          <lines>', ...f.lines.map((l) => lineXml(l, branches, '            ')));
    out.push('          </lines>', '        </class>');
  }
}
