/**
 * Template coverage, step 3: the model. Per template file (repo-relative) and per define: the counted
 * lines, the branches (where, what kind, the condition as written, which combos took them), the files no
 * combo rendered, totals, and what cannot be measured and why. Exact: every number comes from probes that
 * fired; nothing is estimated.
 *
 * A line is covered when the innermost body that holds it executed in some combo. Counts (`hits`) are the
 * number of combos, not of executions.
 */
import { join } from 'node:path';
import { repoPath } from '../util/paths.js';
import { collectFailure, collectRender, type RenderProbes } from './collect.js';
import type { BodyKind, NotMeasurable, Probe, ProbeTable, TemplateInfo } from './instrument.js';
import { suggestValues, type Suggestion } from './suggest.js';
import { differsOnlyByGenerated } from '../manifests/generated.js';

export interface RenderInput {
  combo: string;
  /** helm's stdout of the instrumented render. */
  stdout: string;
  ok: boolean;
  /** helm's stderr: a failed render's coverage comes from it. */
  stderr?: string;
  /** stdout of the uninstrumented render of the same combo: when given, the two must match exactly. */
  normal?: string;
  /** Whether the uninstrumented render succeeded: when given, it must be as `ok`. */
  normalOk?: boolean;
  /**
   * A second uninstrumented render, for a chart whose templates generate values (random strings, keys,
   * timestamps): the instrumented render may then differ from `normal` only where the two normal renders
   * differ, by values of a generated shape.
   */
  normalAgain?: string;
}

export interface CoverageOptions {
  /** Paths in the result are relative to this directory. */
  repoRoot: string;
  /** The chart as the report names it (e.g. its repo-relative directory). */
  chartDisplay: string;
  /** The chart's values.yaml, parsed: suggestions prefer its values. */
  defaults?: unknown;
}

export interface ComboCoverage {
  name: string;
  ok: boolean;
  /** full: every probe of a successful render; failure-path: what a failed render's error names; excluded: not used. */
  measured: 'full' | 'failure-path' | 'excluded';
  problems: string[];
}

export interface LineCoverage {
  line: number;
  /** Combos that executed the line's body, in combo order. */
  combos: string[];
  /** The define the line is in. */
  define?: string;
}

export interface BranchCoverage {
  probe: number;
  line: number;
  column: number;
  /** `default`: the outcomes of a `default` fallback (then: the value is empty, the fallback is used). */
  block: 'if' | 'with' | 'range' | 'default';
  kind: Exclude<BodyKind, 'file' | 'define'>;
  /** The condition as written (then, else if, else with). */
  condition?: string;
  /** Conditions of the chain before it, each false here. */
  negates: string[];
  /** The define it is in. */
  define?: string;
  /** Probe of the chain's first body; and this branch's place in the chain. */
  chain: number;
  branch: number;
  /** Combos that took the branch. */
  combos: string[];
  /** Combos that reached the branch's chain (its enclosing body executed). */
  reached: string[];
  /** For an uncovered branch: values that would reach it. */
  suggestion?: Suggestion;
}

export interface DefineCoverage {
  name: string;
  line: number;
  endLine: number;
  measurable: boolean;
  reason?: string;
  /** Combos that executed the define (through instrumented code). */
  combos: string[];
}

export interface Ratio {
  covered: number;
  total: number;
}

export interface Totals {
  lines: Ratio;
  branches: Ratio;
  /** Rendered templates that printed a document in some combo, of all measured rendered templates. */
  files: Ratio;
  defines: Ratio;
}

export interface FileCoverage {
  /** Repo-relative path. */
  path: string;
  /** Chart-relative path (`templates/x.yaml`). */
  chartPath: string;
  kind: TemplateInfo['kind'];
  measurable: boolean;
  reason?: string;
  /** Combos in which helm executed the file (rendered templates). */
  executedBy: string[];
  /** Combos in which it printed at least one document. */
  renderedBy: string[];
  lines: LineCoverage[];
  branches: BranchCoverage[];
  defines: DefineCoverage[];
  totals: Totals;
}

export interface CoverageResult {
  chart: string;
  combos: ComboCoverage[];
  files: FileCoverage[];
  /** Measured rendered templates that no combo rendered (repo-relative). */
  neverRendered: string[];
  totals: Totals;
  notMeasurable: (Omit<NotMeasurable, 'file'> & { file: string })[];
}

export function percent(r: Ratio): number {
  return r.total === 0 ? 100 : (100 * r.covered) / r.total;
}

function add(a: Ratio, b: Ratio): Ratio {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

const ZERO: Totals = {
  lines: { covered: 0, total: 0 },
  branches: { covered: 0, total: 0 },
  files: { covered: 0, total: 0 },
  defines: { covered: 0, total: 0 },
};

/** Build the coverage of a chart from its instrumented renders. */
export function buildCoverage(
  table: ProbeTable,
  renders: readonly RenderInput[],
  opts: CoverageOptions,
): CoverageResult {
  const order = renders.map((r) => r.combo);
  const sortCombos = (s: Iterable<string>) => [...new Set(s)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const firedBy = new Map<number, Set<string>>();
  const renderedBy = new Map<string, Set<string>>();
  const combos: ComboCoverage[] = [];
  let fullRenders = 0;
  for (const r of renders) {
    let got: RenderProbes;
    const problems: string[] = [];
    if (r.normalOk !== undefined && r.normalOk !== r.ok)
      problems.push(
        `the instrumented render ${r.ok ? 'succeeded' : 'failed'} where the normal render ${r.normalOk ? 'succeeded' : 'failed'}`,
      );
    if (r.ok) {
      got = collectRender(table, r.stdout);
      if (
        r.normal !== undefined &&
        got.cleaned !== r.normal &&
        !(r.normalAgain !== undefined && differsOnlyByGenerated(r.normal, r.normalAgain, got.cleaned ?? ''))
      )
        problems.push('the instrumented render, probes removed, differs from the normal render');
    } else got = collectFailure(table, r.stderr ?? '');
    problems.push(...got.problems);
    const usable = problems.length === 0;
    combos.push({
      name: r.combo,
      ok: r.ok,
      measured: !usable ? 'excluded' : r.ok ? 'full' : 'failure-path',
      problems,
    });
    if (!usable) continue;
    if (r.ok) fullRenders++;
    for (const id of got.fired) {
      const s = firedBy.get(id) ?? new Set();
      s.add(r.combo);
      firedBy.set(id, s);
    }
    for (const f of got.rendered) {
      const s = renderedBy.get(f) ?? new Set();
      s.add(r.combo);
      renderedBy.set(f, s);
    }
  }
  const fired = (id: number | undefined) => (id === undefined ? [] : sortCombos(firedBy.get(id) ?? []));
  const fullCombos = new Set(combos.filter((c) => c.measured === 'full').map((c) => c.name));

  const notMeasurable: CoverageResult['notMeasurable'] = table.notMeasurable.map((n) => ({
    ...n,
    file: repoPath(opts.repoRoot, join(table.chartDir, n.file)),
  }));
  const files: FileCoverage[] = [];
  for (const t of table.templates) {
    const path = repoPath(opts.repoRoot, join(table.chartDir, t.path));
    let reason = t.reason;
    // helm runs every template it loads in every successful render: a file whose probe never fired in any
    // of them was not loaded (.helmignore)
    if (
      !reason &&
      t.fileProbe !== undefined &&
      fullRenders > 0 &&
      ![...fullCombos].some((c) => firedBy.get(t.fileProbe!)?.has(c))
    ) {
      reason = 'helm did not load it in any render (.helmignore?)';
      notMeasurable.push({ file: path, reason });
    }
    const measurable = !reason || t.kind === 'notes';
    const probes = table.probes.filter((p) => p.file === t.path);
    const lines: LineCoverage[] = measurable
      ? t.lines
          .map(([line, id]) => {
            const define = table.probes[id]!.define;
            return { line, combos: fired(id), ...(define !== undefined ? { define } : {}) };
          })
          .sort((a, b) => a.line - b.line)
      : [];
    const branches: BranchCoverage[] = measurable
      ? probes.filter((p) => p.kind !== 'file' && p.kind !== 'define').map((p) => branchOf(table, p, fired, opts))
      : [];
    // in the order of their chains' first lines (a default's two outcomes sit with the branches of its line)
    const head = new Map(branches.filter((b) => b.branch === 0).map((b) => [b.chain, b]));
    branches.sort((x, y) => {
      const hx = head.get(x.chain) ?? x;
      const hy = head.get(y.chain) ?? y;
      return hx.line - hy.line || hx.column - hy.column || x.chain - y.chain || x.branch - y.branch;
    });
    const defines: DefineCoverage[] = t.defines.map((d) => ({
      name: d.name,
      line: d.line,
      endLine: d.endLine,
      measurable: d.probe !== undefined && measurable,
      ...(d.reason ? { reason: d.reason } : {}),
      combos: fired(d.probe),
    }));
    const rendered = t.kind === 'template' ? sortCombos(renderedBy.get(t.path) ?? []) : [];
    const totals: Totals = {
      lines: { covered: lines.filter((l) => l.combos.length).length, total: lines.length },
      branches: { covered: branches.filter((b) => b.combos.length).length, total: branches.length },
      // a template that prints nothing by design (it only validates, say) is covered when every line of it ran
      files:
        t.kind === 'template' && !reason
          ? { covered: rendered.length || (lines.length && lines.every((l) => l.combos.length)) ? 1 : 0, total: 1 }
          : { covered: 0, total: 0 },
      defines: {
        covered: defines.filter((d) => d.measurable && d.combos.length).length,
        total: defines.filter((d) => d.measurable).length,
      },
    };
    files.push({
      path,
      chartPath: t.path,
      kind: t.kind,
      measurable,
      ...(reason ? { reason } : {}),
      executedBy: fired(t.fileProbe),
      renderedBy: rendered,
      lines,
      branches,
      defines,
      totals,
    });
  }
  const totals = files.reduce<Totals>(
    (acc, f) => ({
      lines: add(acc.lines, f.totals.lines),
      branches: add(acc.branches, f.totals.branches),
      files: add(acc.files, f.totals.files),
      defines: add(acc.defines, f.totals.defines),
    }),
    ZERO,
  );
  return {
    chart: opts.chartDisplay,
    combos,
    files,
    neverRendered: files.filter((f) => f.totals.files.total === 1 && f.totals.files.covered === 0).map((f) => f.path),
    totals,
    notMeasurable,
  };
}

function branchOf(
  table: ProbeTable,
  p: Probe,
  fired: (id: number | undefined) => string[],
  opts: CoverageOptions,
): BranchCoverage {
  const combos = fired(p.id);
  const b: BranchCoverage = {
    probe: p.id,
    line: p.line,
    column: p.column,
    block: p.block!,
    kind: p.kind as BranchCoverage['kind'],
    negates: p.negates,
    chain: p.chain!,
    branch: p.branch!,
    combos,
    reached: fired(p.parent ?? p.root),
  };
  if (p.condition !== undefined) b.condition = p.condition;
  if (p.define !== undefined) b.define = p.define;
  if (!combos.length) {
    const s = suggestValues(table, p.id, opts.defaults);
    if (s) b.suggestion = s;
  }
  return b;
}
