import type { GuardResult } from '../guard.js';
import { counts, locationNote, resourceName, sortFindings, where } from './sort.js';

const plain = (s: string) => s;
function palette(color: boolean) {
  const wrap = (open: number, close: number) => (color ? (s: string) => `\u001b[${open}m${s}\u001b[${close}m` : plain);
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Human-readable report: per chart (when several), grouped by combo, `file:line` for every finding, one verdict line per combo. */
export function formatText(r: GuardResult, opts: { color: boolean }): string {
  const c = palette(opts.color);
  const sev = { error: c.red('error  '), warning: c.yellow('warning'), notice: c.blue('notice ') };
  const lines: string[] = [];
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, 'chart') : r.chart;
  const shard = r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : '';
  lines.push(
    c.bold(`helm-guard: ${what} with helm ${r.helm.version}, ${plural(r.combos.length, 'combo')}${shard}`),
    '',
  );
  const show = (list: typeof r.findings) => {
    for (const f of sortFindings(list)) {
      const at = where(f);
      lines.push(
        `  ${sev[f.severity]} ${f.rule}  ${at ? c.bold(at) + '  ' : ''}${resourceName(f) ? c.dim(resourceName(f)) + '  ' : ''}${f.message}${c.dim(locationNote(f))}`,
      );
    }
  };
  for (const chart of r.charts) {
    const combos = r.combos.filter((x) => x.chart === chart);
    const chartWide = r.findings.filter((f) => f.combo === '' && (f.chart ?? r.chart) === chart);
    if (!combos.length && !chartWide.length) continue;
    if (several) {
      if (lines[lines.length - 1] !== '') lines.push('');
      lines.push(c.bold(`── ${chart}`));
    }
    if (chartWide.length) {
      lines.push('', c.bold('chart (helm lint)'));
      show(chartWide);
    }
    for (const combo of combos) {
      const n = counts(combo.findings);
      const kinds = Object.entries(combo.kinds)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      const verdict = combo.status === 'pass' ? c.green('✓ pass') : c.red('✗ fail');
      const detail =
        combo.render === 'expected-failure'
          ? 'failed to render, as expected'
          : combo.render === 'failed'
            ? 'render failed'
            : `${plural(
                Object.values(combo.kinds).reduce((a, b) => a + b, 0),
                'resource',
              )}${kinds ? `: ${kinds}` : ''}`;
      const own = combo.findings.filter((f) => f.combo !== '');
      // a clean combo is one line; a combo with findings stands apart with its findings under it
      if (own.length || lines[lines.length - 1]!.startsWith('  ')) lines.push('');
      lines.push(
        `${verdict}  ${c.bold(combo.name)}  ${c.dim(`${detail}; ${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}; ${(combo.durationMs / 1000).toFixed(1)}s`)}`,
      );
      show(own);
    }
  }
  const all = counts(r.findings);
  const failed = r.combos.filter((x) => x.status === 'fail').length;
  lines.push(
    '',
    (r.result === 'pass' ? c.green('PASS') : c.red('FAIL')) +
      ` ${plural(all.error, 'error')}, ${plural(all.warning, 'warning')}, ${plural(all.notice, 'notice')}; ${failed} of ${plural(r.combos.length, 'combo')}${several ? ` in ${plural(r.charts.length, 'chart')}` : ''} failed (fail-on: ${r.failOn}); ${(r.durationMs / 1000).toFixed(1)}s`,
  );
  return lines.join('\n') + '\n';
}
