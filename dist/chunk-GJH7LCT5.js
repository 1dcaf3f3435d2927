import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/closest.ts
function distance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function nearest(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestD) continue;
    const d = distance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
function closest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestD = Infinity;
  for (const c of [...candidates].sort()) {
    if (c === word) return void 0;
    const d = distance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === void 0) return void 0;
  return bestD <= Math.max(2, Math.floor(Math.max(word.length, best.length) / 3)) ? best : void 0;
}

export {
  distance,
  nearest,
  closest
};
