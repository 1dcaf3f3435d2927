import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/plan.ts
var itemKey = (i) => `${i.chart}\0${i.combo}`;
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return void 0;
  const index = Number(m[1]);
  const total = Number(m[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : void 0;
}
function timingsFromReport(report) {
  const out = /* @__PURE__ */ new Map();
  const combos = report?.combos;
  if (!Array.isArray(combos)) return out;
  for (const c of combos) {
    if (!c || typeof c !== "object") continue;
    const { chart, name, durationMs } = c;
    if (typeof chart === "string" && typeof name === "string" && typeof durationMs === "number" && durationMs >= 0)
      out.set(itemKey({ chart, combo: name }), durationMs);
  }
  return out;
}
function weights(items, timings) {
  const known = items.map((i) => timings.get(itemKey(i))).filter((t) => t !== void 0);
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  return items.map((i) => timings.get(itemKey(i)) ?? fallback);
}
function assignShards(items, total, timings = /* @__PURE__ */ new Map()) {
  const weight = weights(items, timings);
  const order = items.map((_, k) => k).sort((a, b) => weight[b] - weight[a] || a - b);
  const load = new Array(total).fill(0);
  const shardOf = new Array(items.length).fill(0);
  for (const k of order) {
    let best = 0;
    for (let s = 1; s < total; s++) if (load[s] < load[best]) best = s;
    load[best] += weight[k];
    shardOf[k] = best + 1;
  }
  return shardOf;
}
function planShards(items, total, timings = /* @__PURE__ */ new Map()) {
  const shardOf = assignShards(items, total, timings);
  const weight = weights(items, timings);
  const plans = Array.from({ length: total }, (_, s) => ({ index: s + 1, total, items: [], weight: 0 }));
  items.forEach((item, k) => {
    const p = plans[shardOf[k] - 1];
    p.items.push(item);
    p.weight += weight[k];
  });
  for (const p of plans) p.weight = Math.round(p.weight);
  return plans;
}

export {
  itemKey,
  parseShard,
  timingsFromReport,
  assignShards,
  planShards
};
