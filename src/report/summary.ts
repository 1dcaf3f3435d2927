import type { Check } from '../catalog.js';
import type { GuardResult } from '../guard.js';
import { counts, locationNote, resourceName, sortFindings, where } from './sort.js';
import { escapeXml as esc } from './xml.js';

const CHECKS: readonly Check[] = ['render', 'lint', 'schema', 'rules', 'assertions'];
const MARK = { pass: '✅', fail: '❌', skipped: '➖' } as const;
/** GitHub refuses a step summary over 1 MiB; stay under it (bytes of UTF-8). */
export const SUMMARY_LIMIT = 1_000_000;

/** The job summary: a combo × check matrix, then the findings grouped by combo. HTML-escaped throughout. */
export function formatSummary(r: GuardResult, limit = SUMMARY_LIMIT): string {
  const n = counts(r.findings);
  const parts: string[] = [];
  parts.push(`<h2>helm-guard: ${r.result === 'pass' ? '✅ pass' : '❌ fail'}</h2>`);
  const several = r.charts.length > 1;
  const what = several ? `${r.charts.length} charts` : `<code>${esc(r.chart)}</code>`;
  parts.push(
    `<p>${what} with helm ${esc(r.helm.version)}${r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : ''}: ${r.combos.length} combos, ${n.error} errors, ${n.warning} warnings, ${n.notice} notices (fail-on: ${esc(r.failOn)})</p>`,
  );
  parts.push(
    `<table><thead><tr>${several ? '<th>chart</th>' : ''}<th>combo</th>` +
      CHECKS.map((c) => `<th>${c}</th>`).join('') +
      '<th>kinds found</th></tr></thead><tbody>',
  );
  for (const c of r.combos) {
    const kinds = Object.entries(c.kinds)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${esc(k)}&nbsp;${v}`)
      .join(', ');
    const render = c.render === 'expected-failure' ? '✅ failed as expected' : MARK[c.checks.render];
    parts.push(
      `<tr>${several ? `<td><code>${esc(c.chart)}</code></td>` : ''}<td>${c.status === 'pass' ? '✅' : '❌'} ${esc(c.name)}</td><td>${render}</td>` +
        CHECKS.slice(1)
          .map((k) => `<td>${MARK[c.checks[k]]}</td>`)
          .join('') +
        `<td>${kinds || '—'}</td></tr>`,
    );
  }
  parts.push('</tbody></table>');
  const groups: [string, typeof r.findings][] = [];
  for (const chart of r.charts) {
    const chartWide = r.findings.filter((f) => f.combo === '' && (f.chart ?? r.chart) === chart);
    if (chartWide.length) groups.push([several ? `${chart} (helm lint)` : 'chart (helm lint)', chartWide]);
    for (const c of r.combos)
      if (c.chart === chart && c.findings.some((f) => f.combo !== ''))
        groups.push([several ? `${chart}: ${c.name}` : c.name, c.findings.filter((f) => f.combo !== '')]);
  }
  const bytes = (x: string) => Buffer.byteLength(x) + 1; // each part ends with a newline
  const tail = 200; // room for the closing tags and the "not shown" line
  let size = parts.reduce((n, p) => n + bytes(p), 0);
  let omitted = 0;
  for (const [name, list] of groups) {
    const head = `<h3>${esc(name)}</h3><ul>`;
    const items: string[] = [];
    for (const f of sortFindings(list)) {
      const at = where(f);
      const li = `<li>${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} <code>${esc(f.rule)}</code>${at ? ` <code>${esc(at)}</code>` : ''}${resourceName(f) ? ` ${esc(resourceName(f))}` : ''}: ${esc(f.message)}${esc(locationNote(f))}</li>`;
      const cost = bytes(li) + (items.length === 0 ? bytes(head) + bytes('</ul>') : 0);
      if (size + cost + tail > limit) {
        omitted++;
        continue;
      }
      items.push(li);
      size += cost;
    }
    if (items.length) parts.push(head, ...items, '</ul>');
  }
  if (omitted)
    parts.push(`<p>${omitted} more findings not shown: the summary is limited to 1 MiB; see the report file.</p>`);
  const out = parts.join('\n') + '\n';
  return out;
}
