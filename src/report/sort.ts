import { compareText } from '../util/text.js';
import { SEVERITY_ORDER, type Finding } from '../types.js';

/** Severity first, then file, line and rule: the order every reporter lists findings in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.location?.file ?? '\uffff', b.location?.file ?? '\uffff') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      compareText(a.rule, b.rule),
  );
}

export function where(f: Finding): string {
  if (!f.location) return '';
  const l = f.location;
  return `${l.file}:${l.line}${l.column ? `:${l.column}` : ''}`;
}

/** Extra words about how the location was found. */
export function locationNote(f: Finding): string {
  const l = f.location;
  if (!l) return '';
  if (l.approximate) return ' (approximate line: no template line could be matched exactly)';
  if (l.via) return ` (via include "${l.via}")`;
  return '';
}

/** `Kind/name` to show beside the message; empty when there is no resource or the message names it already. */
export function resourceName(f: Finding): string {
  if (!f.resource) return '';
  const name = `${f.resource.kind}/${f.resource.name ?? '?'}`;
  return f.message.startsWith(name) ? '' : name;
}

export function counts(findings: readonly Finding[]): { error: number; warning: number; notice: number } {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
