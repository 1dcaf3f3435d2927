import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/manifests/generated.ts
var TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
function pemBlocks(text) {
  const out = [];
  for (let i = text.indexOf("-----BEGIN "); i >= 0; ) {
    const labelEnd = text.indexOf("-----", i + 11);
    if (labelEnd < 0) break;
    const end = text.indexOf(`-----END ${text.slice(i + 11, labelEnd)}-----`, labelEnd + 5);
    if (end < 0) break;
    const stop = end + 14 + (labelEnd - i - 11);
    out.push([i, stop]);
    i = text.indexOf("-----BEGIN ", stop);
  }
  return out;
}
function replaceBlocks(text, blocks, mask) {
  let out = "";
  let at = 0;
  blocks.forEach(([s, e], k) => {
    if (!mask(k)) return;
    out += text.slice(at, s) + "-----PEM-----";
    at = e;
  });
  return out + text.slice(at);
}
function maskPem(x, x2) {
  const bx = pemBlocks(x);
  const bx2 = pemBlocks(x2);
  if (!bx.length || bx.length !== bx2.length) return [x, x2];
  const differs = (k) => x.slice(...bx[k]) !== x2.slice(...bx2[k]);
  return [replaceBlocks(x, bx, differs), replaceBlocks(x2, bx2, differs)];
}
var UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g;
function tokens(line) {
  return line.replace(TIMESTAMP, "\0").replace(UUID, "").match(/[A-Za-z0-9+/=]{40,}|[A-Za-z0-9]+|[^A-Za-z0-9]/g) ?? [];
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function generatedOnly(a, b) {
  const la = replaceBlocks(a, pemBlocks(a), () => true).split("\n");
  const lb = replaceBlocks(b, pemBlocks(b), () => true).split("\n");
  if (la.length !== lb.length) return false;
  return la.every((l, i) => {
    if (l === lb[i]) return true;
    const ta = tokens(l);
    const tb = tokens(lb[i]);
    if (ta.length !== tb.length) return false;
    return ta.every((x, j) => {
      const y = tb[j];
      if (x === y) return true;
      if (x.length >= 40 && y.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(x + y)) return true;
      return x.length === y.length && x.length >= 6 && /^[A-Za-z0-9]+$/.test(x + y);
    });
  });
}
function sameButNoise(a, a2, b, b2) {
  if (a === a2 || b === b2) return false;
  const [ta, ta2, tb, tb2] = [a, a2, b, b2].map(tokens);
  if (ta.length !== tb.length || ta.length !== ta2.length || tb.length !== tb2.length) return false;
  for (let j = 0; j < ta.length; j++) {
    const x = ta[j];
    const y = tb[j];
    if (x === y) continue;
    const x2 = ta2[j];
    const y2 = tb2[j];
    if (x === x2 || y === y2) return false;
    const blob = x.length >= 40 && y.length >= 40 && !/[^A-Za-z0-9+/=]/.test(x + y);
    if (!blob && (x.length !== y.length || x.length !== x2.length || y.length !== y2.length)) return false;
    if (blob) {
      const [dx, dx2, dy, dy2] = [x, x2, y, y2].map((t) => Buffer.from(t, "base64").toString("latin1"));
      if (dx.includes("-----BEGIN ") && dy.includes("-----BEGIN ")) {
        if (maskPem(dx, dx2)[0] !== maskPem(dy, dy2)[0]) return false;
        continue;
      }
    }
    const pre = Math.min(commonPrefix(x, x2), commonPrefix(y, y2));
    if (x.slice(0, pre) !== y.slice(0, pre)) return false;
    if (blob) continue;
    const rev = (t) => [...t].reverse().join("");
    const suf = Math.min(commonPrefix(rev(x), rev(x2)), commonPrefix(rev(y), rev(y2)));
    if (x.slice(x.length - suf) !== y.slice(y.length - suf)) return false;
  }
  return true;
}
function differsOnlyByGenerated(render, again, other) {
  if (render === other) return true;
  if (render === again) return false;
  const [r, r2] = maskPem(render, again);
  const [o] = maskPem(other, render);
  const lr = r.split("\n");
  const lr2 = r2.split("\n");
  const lo = o.split("\n");
  if (lr.length !== lo.length || lr2.length !== lr.length) return false;
  return lr.every((l, i) => l === lo[i] || sameButNoise(l, lr2[i], lo[i], l));
}

export {
  maskPem,
  generatedOnly,
  sameButNoise,
  differsOnlyByGenerated
};
