import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  lineAt
} from "./chunk-L5JN3MRU.js";
import {
  yaml
} from "./chunk-5MCEMPDY.js";

// src/util/yaml-position.ts
var keyIndex = /* @__PURE__ */ new WeakMap();
function pairOf(map, seg) {
  let index = keyIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map.items)
      if (yaml().isPair(p) && yaml().isScalar(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    keyIndex.set(map, index);
  }
  return index.get(String(seg));
}
function offsetOfPath(doc, path) {
  let node = doc.contents;
  let at = node?.range?.[0];
  for (const seg of path) {
    if (yaml().isMap(node)) {
      const pair = pairOf(node, seg);
      if (!pair) break;
      at = pair.key.range?.[0] ?? at;
      node = pair.value;
    } else if (yaml().isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      at = item.range?.[0] ?? at;
      node = item;
    } else break;
  }
  return at;
}
function duplicateKeys(doc) {
  const out = [];
  yaml().visit(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const p of map.items) {
        if (!yaml().isScalar(p.key)) continue;
        const v = p.key.value;
        if (v === "<<") continue;
        const k = typeof v === "string" ? `s${v}` : v;
        if (seen.has(k)) {
          const r = p.key.range;
          out.push({ pos: r ? [r[0], r[1]] : [0, 0], key: String(v) });
        } else seen.add(k);
      }
    }
  });
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 0-based line of an offset. */
  lineOf(offset) {
    return lineAt(this.starts, offset);
  }
  /** The text of a 0-based line (without its newline). */
  line(n) {
    if (n < 0 || n >= this.starts.length) return void 0;
    const end = n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[n], end);
  }
};

export {
  offsetOfPath,
  duplicateKeys,
  LineIndex
};
