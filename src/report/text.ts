import type { GuardResult } from '../guard.js';
import { groupCounts, groupSpread, groupsOf, inCombo, type FindingGroup } from './groups.js';
import { codeFrame } from '../template/frame.js';
import { sanitizeForTerminal } from '../util/terminal.js';
import { compareText, plural } from '../util/text.js';
import { readSource, type ReportContext } from './context.js';
import { locationNote, resourceName, where } from './sort.js';
import { coverageTextLines } from '../coverage/report.js';

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

/** Chart text (messages, names, paths) as the terminal shows it: its control characters written out. */
const t = (s: string) => sanitizeForTerminal(s);

/**
 * Human-readable report. Per chart (when several): what helm lint said, one verdict line per combo, then
 * each finding once — at its template `file:line` — with the combos and resources it occurred in.
 */
export function formatText(r: GuardResult, opts: { color: boolean; ctx?: ReportContext }): string {
  const c = palette(opts.color);
  const sev = { error: c.red('error  '), warning: c.yellow('warning'), notice: c.blue('notice ') };
  const lines: string[] = [];
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, 'chart') : t(r.chart);
  const shard = r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : '';
  lines.push(
    c.bold(
      `helm-guard: ${what} with helm ${r.helm.version}, ${plural(r.combos.length, 'combo')}${shard}${r.base ? `, against ${r.base.commit.slice(0, 12)}${r.base.ref !== r.base.commit ? ` (${r.base.ref})` : ''}` : ''}`,
    ),
    '',
  );
  const groups = groupsOf(r);
  const show = (list: FindingGroup[], combos: number) => {
    for (const g of list) {
      const f = g.first;
      const at = t(where(f));
      const res = t(g.resources.length === 1 ? resourceName(f) : '');
      lines.push(
        `  ${sev[g.severity]} ${g.rule}  ${at ? c.bold(at) + '  ' : ''}${res ? c.dim(res) + '  ' : ''}${t(g.message)}${c.dim(t(locationNote(f)))}`,
      );
      // which combos and resources, when that is not already plain from where it stands
      const spread = [
        g.combos.length === 1 && combos > 1 && g.combos[0]!.combo ? `in ${g.combos[0]!.combo}` : '',
        groupSpread(g),
        g.resources.length > 1 ? `e.g. ${g.resources[0]!.kind}/${g.resources[0]!.name ?? '?'}` : '',
      ].filter(Boolean);
      if (spread.length) lines.push(c.dim(`           ${t(spread.join('; '))}`));
      // a template that does not render: its line, and a caret at the column
      if (g.rule === 'render/failed' && g.location && opts.ctx) {
        const source = readSource(opts.ctx, g.location.file);
        const frame = source === undefined ? '' : codeFrame(source, g.location.line, g.location.column);
        for (const l of frame.split('\n').filter(Boolean)) lines.push(`           ${c.dim(l)}`);
      }
    }
  };
  for (const chart of r.charts) {
    const combos = r.combos.filter((x) => x.chart === chart);
    const mine = groups.filter((g) => g.first.chart === chart || (!g.first.chart && chart === r.chart));
    const chartWide = mine.filter((g) => g.combos.every((x) => x.combo === ''));
    const perCombo = mine.filter((g) => !chartWide.includes(g));
    if (!combos.length && !mine.length) continue;
    if (several) {
      if (lines[lines.length - 1] !== '') lines.push('');
      lines.push(c.bold(`── ${t(chart)}`));
    }
    if (chartWide.length) {
      lines.push(c.bold(chartWide.every((g) => g.rule.startsWith('lint/')) ? 'chart (helm lint)' : 'chart'));
      show(chartWide, combos.length);
      lines.push('');
    }
    const width = Math.max(0, ...combos.map((x) => t(x.name).length));
    for (const combo of combos) {
      const n = groupCounts(perCombo.filter((g) => inCombo(g, chart, combo.name)));
      const kinds = Object.entries(combo.kinds)
        .sort(([a], [b]) => compareText(a, b))
        .map(([k, v]) => `${t(k)} ${v}`)
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
      lines.push(
        `${verdict}  ${c.bold(t(combo.name))}${' '.repeat(Math.max(0, width - t(combo.name).length))}  ${c.dim(`${detail}; ${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}; ${(combo.durationMs / 1000).toFixed(1)}s`)}`,
      );
    }
    if (perCombo.length) {
      lines.push('');
      show(perCombo, combos.length);
    }
    // template coverage (--coverage)
    const cov = r.coverage?.find((x) => x.chart === chart);
    if (cov) {
      const [head, ...rest] = coverageTextLines(cov);
      lines.push('', c.bold(t(head!)), ...rest.map((l) => t(l)));
    }
  }
  const all = groupCounts(groups);
  const occurrences = r.findings.length;
  const failed = r.combos.filter((x) => x.status === 'fail').length;
  lines.push(
    '',
    (r.result === 'pass' ? c.green('PASS') : c.red('FAIL')) +
      ` ${plural(all.error, 'error')}, ${plural(all.warning, 'warning')}, ${plural(all.notice, 'notice')}${occurrences > groups.length ? ` (${plural(occurrences, 'occurrence')})` : ''}; ${failed} of ${plural(r.combos.length, 'combo')}${several ? ` in ${plural(r.charts.length, 'chart')}` : ''} failed (fail-on: ${r.failOn}); ${(r.durationMs / 1000).toFixed(1)}s`,
  );
  return lines.join('\n') + '\n';
}
