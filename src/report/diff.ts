import type { GuardResult } from '../guard.js';
import { sanitizeForTerminal } from '../util/terminal.js';
import type { UpgradeResult } from '../stages/types.js';

const plain = (s: string) => s;
/** Chart text as the terminal shows it: its control characters written out. */
const t = (s: string) => sanitizeForTerminal(s);
const MAX_VALUE = 120;

/** A value of a diff on one line: JSON, cut short when long. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(none)';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** One field change as a line: `/spec/replicas: 1 → 3`; Secret data says only that it changed. */
export function showChange(c: UpgradeResult['resources'][number]['changes'][number]): string {
  if (c.secret)
    return `${c.path}: ${c.op === 'add' ? 'added' : c.op === 'remove' ? 'removed' : 'changed'} (Secret data, not shown)`;
  if (c.op === 'add') return `${c.path}: ${showValue(c.after)} (added)`;
  if (c.op === 'remove') return `${c.path}: ${showValue(c.before)} (removed)`;
  return `${c.path}: ${showValue(c.before)} → ${showValue(c.after)}`;
}

/** `2 added, 1 removed, 3 changed` */
export function diffCounts(u: UpgradeResult): string {
  const n = { added: 0, removed: 0, changed: 0 };
  for (const r of u.resources) n[r.status]++;
  return `${n.added} added, ${n.removed} removed, ${n.changed} changed`;
}

/**
 * `--format diff`: per combo, the resources the change adds, removes and changes against the base commit,
 * each changed one with its fields (key order and formatting ignored; Secret data never shown).
 */
export function formatDiff(r: GuardResult, opts: { color: boolean }): string {
  const wrap = (open: number, close: number) =>
    opts.color ? (s: string) => `\u001b[${open}m${s}\u001b[${close}m` : plain;
  const c = { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
  const lines: string[] = [];
  const base = r.base
    ? `${r.base.commit.slice(0, 12)}${r.base.ref !== r.base.commit ? ` (${t(r.base.ref)})` : ''}`
    : 'the base';
  lines.push(
    c.bold(`helm-guard: the render against ${base}, ${r.combos.length} combo${r.combos.length === 1 ? '' : 's'}`),
  );
  const several = r.charts.length > 1;
  for (const combo of r.combos) {
    const name = t(several ? `${combo.chart}: ${combo.name}` : combo.name);
    const u = combo.upgrade;
    lines.push('');
    if (!u) {
      lines.push(
        c.bold(`── ${name}`) + c.dim(`: not compared (${combo.render === 'ok' ? 'no base' : 'the render failed'})`),
      );
      continue;
    }
    if (!u.compared) {
      lines.push(c.bold(`── ${name}`) + c.dim(`: not compared: ${t(u.reason ?? 'no base')}`));
      continue;
    }
    lines.push(c.bold(`── ${name}`) + c.dim(`: ${u.resources.length ? diffCounts(u) : 'no change'}`));
    for (const res of u.resources) {
      const id = t(`${res.apiVersion} ${res.kind} ${res.namespace ? `${res.namespace}/` : ''}${res.name}`);
      if (res.status === 'added') lines.push(c.green(`+ ${id}`));
      else if (res.status === 'removed') lines.push(c.red(`- ${id}`));
      else {
        lines.push(c.yellow(`~ ${id}`));
        for (const ch of res.changes) lines.push(`    ${t(showChange(ch))}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
