/**
 * LCOV tracefile of a template coverage result (the format of lcov's geninfo, read by genhtml, Codecov,
 * Coveralls and most coverage services): one record per template, `SF:` relative to the repository root.
 *
 *   TN:<test name>
 *   SF:<path>
 *   FN:<line>,<define>      FNDA:<combos>,<define>   FNF / FNH
 *   BRDA:<line>,<chain>,<branch>,<combos or ->      BRF / BRH
 *   DA:<line>,<combos>      LF / LH
 *   end_of_record
 *
 * Counts are numbers of combos. A branch whose chain was never reached is `-` (lcov's "not evaluated").
 * Branches are listed on the line of their chain's opener (`if`, `with`, `range`), the way gcov lists the
 * outcomes of a condition.
 */
import type { CoverageResult } from './model.js';

/** LCOV's test name: letters, digits and underscores. */
function testName(s: string): string {
  const name = s.replace(/[^A-Za-z0-9_]/g, '_');
  return /[A-Za-z0-9]/.test(name) ? name : 'helm_guard';
}

/** A define name as one FN field (a comma or newline would end it). */
function fnName(s: string): string {
  return s.replace(/[,\r\n]/g, '_');
}

export function toLcov(result: CoverageResult, opts: { testName?: string } = {}): string {
  const out: string[] = [];
  for (const f of result.files) {
    const defines = f.defines.filter((d) => d.measurable);
    if (!f.lines.length && !defines.length) continue;
    out.push(`TN:${testName(opts.testName ?? result.chart)}`);
    out.push(`SF:${f.path}`);
    for (const d of defines) out.push(`FN:${d.line},${fnName(d.name)}`);
    for (const d of defines) out.push(`FNDA:${d.combos.length},${fnName(d.name)}`);
    out.push(`FNF:${defines.length}`);
    out.push(`FNH:${defines.filter((d) => d.combos.length).length}`);
    const chainLine = new Map<number, number>();
    for (const b of f.branches) if (b.branch === 0) chainLine.set(b.chain, b.line);
    const branches = [...f.branches].sort(
      (a, b) => chainLine.get(a.chain)! - chainLine.get(b.chain)! || a.chain - b.chain || a.branch - b.branch,
    );
    for (const b of branches)
      out.push(`BRDA:${chainLine.get(b.chain)},${b.chain},${b.branch},${b.reached.length ? b.combos.length : '-'}`);
    out.push(`BRF:${f.branches.length}`);
    out.push(`BRH:${f.branches.filter((b) => b.combos.length).length}`);
    for (const l of f.lines) out.push(`DA:${l.line},${l.combos.length}`);
    out.push(`LF:${f.lines.length}`);
    out.push(`LH:${f.lines.filter((l) => l.combos.length).length}`);
    out.push('end_of_record');
  }
  return out.length ? out.join('\n') + '\n' : '';
}
