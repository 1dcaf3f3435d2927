import type { Check } from '../catalog.js';
import type { GuardResult } from '../guard.js';
import { outsideRepo, repoPath, type ReportContext } from './context.js';
import { chartWideLabel, groupCounts, groupsOf, inCombo, type FindingGroup } from './groups.js';
import { locationNote, resourceName, where } from './sort.js';
import { diffCounts, showChange } from './diff.js';
import { escapeXml } from './xml.js';
import { compareText, grouped, plural } from '../util/text.js';
import { coverageHtml } from '../coverage/report.js';

const CHECKS: readonly Check[] = ['render', 'lint', 'schema', 'rules', 'assertions'];
const MARK = { pass: '✅', fail: '❌', skipped: '➖' } as const;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
/** GitHub refuses a step summary over 1 MiB; stay under it (bytes of UTF-8). */
export const SUMMARY_LIMIT = 1_000_000;
/** Names listed per group before "and N more". */
const MAX_NAMES = 20;

/**
 * Text from the chart (messages, names, paths) as inert HTML: escaped, on one line, and with every
 * character Markdown or GitHub's renderer could act on written as a character reference. The summary is
 * one HTML block (no blank line anywhere), so nothing in it is read as Markdown; the references keep it
 * that way even for a reader that splits it, and a word joiner after `@` and `#` stops mentions and
 * issue links.
 */
export function inert(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/\r\n?|[\n\t\u2028\u2029\u0085]/g, ' ')
    .replace(/[&<>"'\\`*_[\]!~|@#]/g, (ch) => `&#${ch.charCodeAt(0)};${ch === '@' || ch === '#' ? '&#8288;' : ''}`);
}

/** A link to a file and line at the commit, when the run knows the repository. */
function link(ctx: ReportContext | undefined, file: string, line: number, text: string): string {
  if (!ctx?.links) return `<code>${text}</code>`;
  const path = repoPath(ctx, file);
  if (outsideRepo(path)) return `<code>${text}</code>`;
  const { server, repository, sha } = ctx.links;
  const href = `${server}/${repository}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}${line >= 1 ? `#L${line}` : ''}`;
  return `<a href="${escapeXml(href)}"><code>${text}</code></a>`;
}

function names(list: string[], total: number): string {
  const shown = list.slice(0, MAX_NAMES).map(inert).join(', ');
  return total > MAX_NAMES ? `${shown} and ${grouped(total - MAX_NAMES)} more` : shown;
}

/** One finding group as a collapsible entry: the finding on the summary line, where it occurred inside. */
function details(g: FindingGroup, r: GuardResult, ctx: ReportContext | undefined): string {
  const f = g.first;
  const loc = g.location;
  const at = loc ? link(ctx, loc.file, loc.line, inert(where(f))) : '';
  const res = g.resources.length === 1 ? resourceName(f) : '';
  const several = r.charts.length > 1;
  const combos = g.combos.filter((c) => c.combo);
  const spread = [
    combos.length ? `${combos.length === 1 ? 'combo' : plural(combos.length, 'combo')}` : '',
    g.resources.length > 1 ? plural(g.resources.length, 'resource') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const head =
    `<summary>${ICON[g.severity]} <code>${inert(g.rule)}</code>${at ? ` ${at}` : ''}` +
    `${res ? ` ${inert(res)}` : ''}: ${inert(g.message)}${inert(locationNote(f))}` +
    `${spread && (combos.length > 1 || g.resources.length > 1) ? ` <em>(${spread})</em>` : ''}</summary>`;
  const items: string[] = [];
  if (several && f.chart) items.push(`<li>chart <code>${inert(f.chart)}</code></li>`);
  if (combos.length)
    items.push(
      `<li>${combos.length === 1 ? 'combo' : plural(combos.length, 'combo')}: ${names(
        combos.map((c) => c.combo),
        combos.length,
      )}</li>`,
    );
  else items.push(`<li>${chartWideLabel(g.rule)}</li>`);
  if (g.resources.length)
    items.push(
      `<li>${plural(g.resources.length, 'resource')}: ${names(
        g.resources.map((x) => `${x.kind}/${x.namespace ? `${x.namespace}/` : ''}${x.name ?? '?'}`),
        g.resources.length,
      )}</li>`,
    );
  if (f.path) items.push(`<li>field <code>${inert(f.path)}</code></li>`);
  if (g.findings.length > 1) items.push(`<li>${plural(g.findings.length, 'occurrence')}</li>`);
  return `<details>${head}<ul>${items.join('')}</ul></details>`;
}

/** A combo's changes against the base commit as a collapsible entry (undefined when it has none to show). */
function diffDetails(c: GuardResult['combos'][number], several: boolean): string | undefined {
  const u = c.upgrade;
  if (!u) return undefined;
  const name = `<code>${inert(several ? `${c.chart}: ${c.name}` : c.name)}</code>`;
  if (!u.compared)
    return `<details><summary>${name}: not compared</summary><p>${inert(u.reason ?? 'no base')}</p></details>`;
  if (!u.resources.length) return `<details><summary>${name}: no change</summary></details>`;
  const items = u.resources.map((res) => {
    const id = inert(`${res.apiVersion} ${res.kind} ${res.namespace ? `${res.namespace}/` : ''}${res.name}`);
    const mark = res.status === 'added' ? '➕' : res.status === 'removed' ? '➖' : '✏️';
    const fields = res.changes.length
      ? `<ul>${res.changes.map((ch) => `<li><code>${inert(showChange(ch))}</code></li>`).join('')}</ul>`
      : '';
    return `<li>${mark} ${id}${fields}</li>`;
  });
  return `<details><summary>${name}: ${diffCounts(u)}</summary><ul>${items.join('')}</ul></details>`;
}

/**
 * The job summary: the verdict, a table of every combo × check with how many findings each holds, then
 * every finding group as a collapsible entry linking its template line at the commit. Within 1 MiB: the
 * table always lists every combo, and what does not fit says what was left out. One HTML block with chart
 * text made inert, so nothing from a chart becomes Markdown.
 */
export function formatSummary(r: GuardResult, ctx?: ReportContext, limit = SUMMARY_LIMIT): string {
  const groups = groupsOf(r);
  const n = groupCounts(groups);
  const parts: string[] = [];
  parts.push(`<h2>helm-guard: ${r.result === 'pass' ? '✅ pass' : '❌ fail'}</h2>`);
  const several = r.charts.length > 1;
  const what = several ? plural(r.charts.length, 'chart') : `<code>${inert(r.chart)}</code>`;
  const occurrences = r.findings.length > groups.length ? ` in ${plural(r.findings.length, 'occurrence')}` : '';
  parts.push(
    `<p>${what} with helm ${inert(r.helm.version)}${r.shard ? `, shard ${r.shard.index}/${r.shard.total}` : ''}: ${plural(r.combos.length, 'combo')}; ${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${plural(n.notice, 'notice')}${occurrences} (fail-on: ${inert(r.failOn)})</p>`,
  );
  parts.push(
    `<table><thead><tr>${several ? '<th>chart</th>' : ''}<th>combo</th>` +
      CHECKS.map((c) => `<th>${c}</th>`).join('') +
      '<th>kinds found</th></tr></thead><tbody>',
  );
  for (const c of r.combos) {
    const kinds = Object.entries(c.kinds)
      .sort(([a], [b]) => compareText(a, b))
      .map(([k, v]) => `${inert(k)}&nbsp;${v}`)
      .join(', ');
    const here = groups.filter((g) => inCombo(g, c.chart, c.name));
    const cell = (k: Check) => {
      const count = here.filter((g) => g.check === k).length;
      const mark = k === 'render' && c.render === 'expected-failure' ? '✅ failed as expected' : MARK[c.checks[k]];
      return `<td>${mark}${count ? ` ${count}` : ''}</td>`;
    };
    parts.push(
      `<tr>${several ? `<td><code>${inert(c.chart)}</code></td>` : ''}<td>${c.status === 'pass' ? '✅' : '❌'} ${inert(c.name)}</td>` +
        CHECKS.map(cell).join('') +
        `<td>${kinds || '—'}</td></tr>`,
    );
  }
  parts.push('</tbody></table>');
  if (groups.length)
    parts.push(
      '<p>Each count is of findings: one per template line and message, however many resources and combos render it.</p>',
    );
  const bytes = (x: string) => Buffer.byteLength(x) + 1; // each part ends with a newline
  const tail = 300; // room for the "not shown" line
  let size = parts.reduce((s, p) => s + bytes(p), 0);
  const left = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  let omittedDiffs = 0;
  if (groups.length) {
    const head = '<h3>Findings</h3>';
    size += bytes(head);
    parts.push(head);
  }
  for (const g of groups) {
    const d = details(g, r, ctx);
    if (size + bytes(d) + tail > limit) {
      omitted++;
      left[g.severity]++;
      continue;
    }
    parts.push(d);
    size += bytes(d);
  }
  // the rendered diff against the base commit, a collapsible entry per combo
  if (r.base && r.combos.some((c) => c.upgrade)) {
    const head = `<h3>Changes against <code>${inert(r.base.commit.slice(0, 12))}</code>${r.base.ref !== r.base.commit ? ` (<code>${inert(r.base.ref)}</code>)` : ''}</h3>`;
    size += bytes(head);
    parts.push(head);
    for (const c of r.combos) {
      const d = diffDetails(c, several);
      if (!d) continue;
      if (size + bytes(d) + tail > limit) {
        omittedDiffs++;
        continue;
      }
      parts.push(d);
      size += bytes(d);
    }
  }
  // template coverage (--coverage), one table per chart
  for (const cov of r.coverage ?? []) {
    const d = coverageHtml(cov, inert);
    if (size + bytes(d) + tail > limit) continue;
    parts.push(d);
    size += bytes(d);
  }
  if (omittedDiffs)
    parts.push(`<p>The changes of ${plural(omittedDiffs, 'more combo')} are not shown: see the report file.</p>`);
  if (omitted)
    parts.push(
      `<p>${plural(omitted, 'more finding')} not shown (${plural(left.error, 'error')}, ${plural(left.warning, 'warning')}, ${plural(left.notice, 'notice')}): a job summary is limited to 1 MiB; every finding is in the report file (input <code>report</code>).</p>`,
    );
  return parts.join('\n') + '\n';
}
