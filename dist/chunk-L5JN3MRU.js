import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/text.ts
function collapseLineBreaks(s) {
  if (!s.includes("\n")) return s;
  return s.split(/(\s+)/).map((part, i) => i % 2 === 1 && part.includes("\n") ? " " : part).join("");
}
function grouped(n) {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function plural(n, word) {
  return `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export {
  collapseLineBreaks,
  grouped,
  compareText,
  plural,
  lineAt
};
