/**
 * Template coverage as findings: the gates of `coverage:` (branches, lines, files percentages), template
 * files no combo renders, and what cannot be measured. Chart-wide findings (combo '').
 */
import type { CoverageSettings } from '../config/load.js';
import type { Finding } from '../types.js';
import { formatSuggestion } from './suggest.js';
import { percent, type BranchCoverage, type CoverageResult, type FileCoverage, type Ratio } from './model.js';

/** How an uncovered branch reads in a report: `else of eq .Values.backup.sink "s3"`, `if .Values.x`. */
export function describeBranch(b: Pick<BranchCoverage, 'block' | 'kind' | 'condition' | 'negates'>): string {
  const last = b.negates.at(-1);
  if (b.block === 'default') {
    const x = (b.condition ?? last ?? '').replace(/^empty /, '');
    return b.kind === 'then' ? `default used: ${x} empty` : `default not used: ${x} set`;
  }
  switch (b.kind) {
    case 'then':
      return `${b.block} ${b.condition ?? ''}`.trim();
    case 'else if':
    case 'else with':
      return `${b.kind} ${b.condition ?? ''}`.trim();
    case 'else':
      return b.block === 'range' ? `else of range ${last ?? ''} (empty)`.trim() : `else of ${last ?? ''}`.trim();
    case 'implicit else':
      if (b.block === 'range') return `range ${last ?? ''} empty (no else)`.trim();
      return b.negates.length > 1
        ? `no branch of ${b.negates.map((c, i) => `${i ? 'else ' : ''}${b.block} ${c}`).join(' / ')} taken (no else)`
        : `${b.block} ${last ?? ''} false (no else)`.trim();
  }
}

export interface UncoveredBranch {
  /** Repo-relative template path. */
  file: string;
  line: number;
  define?: string;
  label: string;
  /** `--set` style values that would reach it, when its conditions are plain tests of values. */
  suggestion?: string;
}

/** Every branch no combo took, in file and line order. */
export function uncoveredBranches(r: CoverageResult): UncoveredBranch[] {
  const out: UncoveredBranch[] = [];
  for (const f of r.files)
    for (const b of f.branches) {
      if (b.combos.length) continue;
      const s = b.suggestion ? formatSuggestion(b.suggestion) : '';
      out.push({
        file: f.path,
        line: b.line,
        ...(b.define !== undefined ? { define: b.define } : {}),
        label: describeBranch(b),
        ...(s ? { suggestion: s } : {}),
      });
    }
  return out;
}

const pct = (r: Ratio) => `${(Math.floor(percent(r) * 10) / 10).toFixed(1)}%`;

/** The findings of one chart's coverage. `sharded`: only a share of the combos ran, so no gate applies. */
export function coverageFindings(
  r: CoverageResult,
  settings: Pick<CoverageSettings, 'branches' | 'lines' | 'files'>,
  opts: { sharded?: boolean } = {},
): Finding[] {
  const out: Finding[] = [];
  const gate = (rule: string, what: string, ratio: Ratio, min: number | undefined, detail: string) => {
    if (min === undefined || opts.sharded || percent(ratio) >= min) return;
    out.push({
      severity: 'error',
      rule,
      combo: '',
      message: `${what} coverage ${pct(ratio)} (${ratio.covered} of ${ratio.total}) is below coverage.${rule.split('/')[1]}: ${min}%${detail}`,
    });
  };
  const unc = uncoveredBranches(r);
  const firstUncovered = unc
    .slice(0, 3)
    .map((u) => `${u.file}:${u.line} ${u.label}`)
    .join('; ');
  gate(
    'coverage/branches',
    'branch',
    r.totals.branches,
    settings.branches,
    unc.length ? `; not taken: ${firstUncovered}${unc.length > 3 ? `; and ${unc.length - 3} more` : ''}` : '',
  );
  gate('coverage/lines', 'line', r.totals.lines, settings.lines, '');
  gate(
    'coverage/files',
    'file',
    r.totals.files,
    settings.files,
    r.neverRendered.length ? `; never rendered: ${r.neverRendered.join(', ')}` : '',
  );
  const byPath = new Map<string, FileCoverage>(r.files.map((f) => [f.path, f]));
  for (const path of r.neverRendered) {
    const f = byPath.get(path);
    const first = f?.branches.find((b) => !b.combos.length && b.suggestion && !b.suggestion.needs.length);
    const hint = first?.suggestion ? formatSuggestion(first.suggestion) : undefined;
    out.push({
      severity: 'warning',
      rule: 'coverage/uncovered-file',
      combo: '',
      message: `no combo renders anything from this template: add a combo whose values turn it on${hint ? ` (e.g. set ${hint})` : ''}`,
      location: { file: path, line: 1 },
    });
  }
  for (const n of r.notMeasurable)
    out.push({
      severity: 'notice',
      rule: 'coverage/not-measurable',
      combo: '',
      message: `${n.define !== undefined ? `define "${n.define}": ` : ''}not measured: ${n.reason}`,
      location: { file: n.file, line: n.line ?? 1 },
    });
  for (const c of r.combos)
    if (c.measured === 'excluded')
      out.push({
        severity: 'notice',
        rule: 'coverage/not-measurable',
        combo: c.name,
        message: `coverage of this combo is not counted: ${c.problems.join('; ')}`,
      });
  return out;
}
