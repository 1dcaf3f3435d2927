import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  sanitizeForTerminal
} from "./chunk-OIB46X2N.js";

// src/report/diff.ts
var plain = (s) => s;
var t = (s) => sanitizeForTerminal(s);
var MAX_VALUE = 120;
function showValue(v) {
  if (v === void 0) return "(none)";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
function showChange(c) {
  if (c.secret)
    return `${c.path}: ${c.op === "add" ? "added" : c.op === "remove" ? "removed" : "changed"} (Secret data, not shown)`;
  if (c.op === "add") return `${c.path}: ${showValue(c.after)} (added)`;
  if (c.op === "remove") return `${c.path}: ${showValue(c.before)} (removed)`;
  return `${c.path}: ${showValue(c.before)} → ${showValue(c.after)}`;
}
function diffCounts(u) {
  const n = { added: 0, removed: 0, changed: 0 };
  for (const r of u.resources) n[r.status]++;
  return `${n.added} added, ${n.removed} removed, ${n.changed} changed`;
}
function formatDiff(r, opts) {
  const wrap = (open, close) => opts.color ? (s) => `\x1B[${open}m${s}\x1B[${close}m` : plain;
  const c = { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
  const lines = [];
  const base = r.base ? `${r.base.commit.slice(0, 12)}${r.base.ref !== r.base.commit ? ` (${t(r.base.ref)})` : ""}` : "the base";
  lines.push(
    c.bold(`helm-guard: the render against ${base}, ${r.combos.length} combo${r.combos.length === 1 ? "" : "s"}`)
  );
  const several = r.charts.length > 1;
  for (const combo of r.combos) {
    const name = t(several ? `${combo.chart}: ${combo.name}` : combo.name);
    const u = combo.upgrade;
    lines.push("");
    if (!u) {
      lines.push(
        c.bold(`── ${name}`) + c.dim(`: not compared (${combo.render === "ok" ? "no base" : "the render failed"})`)
      );
      continue;
    }
    if (!u.compared) {
      lines.push(c.bold(`── ${name}`) + c.dim(`: not compared: ${t(u.reason ?? "no base")}`));
      continue;
    }
    lines.push(c.bold(`── ${name}`) + c.dim(`: ${u.resources.length ? diffCounts(u) : "no change"}`));
    for (const res of u.resources) {
      const id = t(`${res.apiVersion} ${res.kind} ${res.namespace ? `${res.namespace}/` : ""}${res.name}`);
      if (res.status === "added") lines.push(c.green(`+ ${id}`));
      else if (res.status === "removed") lines.push(c.red(`- ${id}`));
      else {
        lines.push(c.yellow(`~ ${id}`));
        for (const ch of res.changes) lines.push(`    ${t(showChange(ch))}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}

export {
  showValue,
  showChange,
  diffCounts,
  formatDiff
};
