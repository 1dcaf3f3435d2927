import type { Finding, Severity } from '../types.js';
import { locationNote, resourceName, sortFindings } from './sort.js';

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * Findings as workflow annotations: most severe first, at most `perLevel` per level (GitHub shows 10 of
 * each per step), then one notice that counts the rest. Lines are 1-based; 0 is never emitted.
 */
export function toAnnotations(
  findings: readonly Finding[],
  perLevel: number,
  opts: { charts?: boolean } = {},
): Annotation[] {
  const kept: Finding[] = [];
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  for (const f of sortFindings(findings)) {
    if (used[f.severity] < perLevel) {
      used[f.severity]++;
      kept.push(f);
    } else dropped++;
  }
  // the overflow line is a notice too: make room for it
  if (dropped > 0 && used.notice >= perLevel) {
    kept.splice(kept.map((f) => f.severity).lastIndexOf('notice'), 1);
    dropped++;
  }
  const out = kept.map((f): Annotation => {
    const res = resourceName(f);
    const a: Annotation = {
      level: f.severity,
      // with several charts, which chart too
      title: `${f.rule}${f.combo || (opts.charts && f.chart) ? ` [${[opts.charts ? f.chart : '', f.combo].filter(Boolean).join(' ')}]` : ''}`,
      message: `${res ? `${res}: ` : ''}${f.message}${locationNote(f)}`,
    };
    if (f.location && f.location.line >= 1) {
      a.file = f.location.file.split('\\').join('/');
      a.startLine = f.location.line;
      if (f.location.column && f.location.column >= 1) a.startColumn = f.location.column;
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
