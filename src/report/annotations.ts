import type { GuardResult } from '../result.js';
import type { Severity } from '../types.js';
import { repoPath, type ReportContext } from './context.js';
import { groupSpread, groupsOf, type FindingGroup } from './groups.js';
import { sanitizeForTerminal } from '../util/terminal.js';
import { locationNote, resourceName } from './sort.js';

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * One annotation per finding group (a template line and message, however many combos and resources render
 * it): most severe first, at most `perLevel` per level (GitHub shows 10 of each per step), then one notice
 * that counts the rest. Files are repository-relative (GitHub resolves them against the repository); lines
 * are 1-based, 0 is never emitted.
 */
export function toAnnotations(r: GuardResult, perLevel: number, ctx: ReportContext): Annotation[] {
  const kept: FindingGroup[] = [];
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  for (const g of groupsOf(r)) {
    if (used[g.severity] < perLevel) {
      used[g.severity]++;
      kept.push(g);
    } else dropped++;
  }
  // the overflow line is a notice too: make room for it
  if (dropped > 0 && used.notice >= perLevel) {
    kept.splice(kept.map((g) => g.severity).lastIndexOf('notice'), 1);
    dropped++;
  }
  const charts = r.charts.length > 1;
  const out = kept.map((g): Annotation => {
    const f = g.first;
    const res = g.resources.length === 1 ? resourceName(f) : '';
    const combos = g.combos.filter((c) => c.combo);
    const where = combos.length === 1 ? combos[0]!.combo : combos.length > 1 ? `${combos.length} combos` : '';
    const spread = groupSpread(g, { charts });
    const a: Annotation = {
      level: g.severity,
      // with several charts, which chart too
      // the runner's log renders terminal escapes: chart text shows them written out
      title: sanitizeForTerminal(
        `${g.rule}${where || (charts && f.chart) ? ` [${[charts ? f.chart : '', where].filter(Boolean).join(' ')}]` : ''}`,
      ),
      message: sanitizeForTerminal(
        `${res ? `${res}: ` : ''}${g.message}${locationNote(f)}${spread ? ` (${spread})` : ''}`,
        { multiline: true },
      ),
    };
    if (g.location && g.location.line >= 1) {
      a.file = repoPath(ctx, g.location.file);
      a.startLine = g.location.line;
      if (g.location.column && g.location.column >= 1) a.startColumn = g.location.column;
    }
    return a;
  });
  if (dropped > 0 && perLevel > 0)
    out.push({
      level: 'notice',
      title: 'helm-guard',
      message: `${dropped} more finding${dropped === 1 ? '' : 's'} — see the job summary`,
    });
  return out;
}
