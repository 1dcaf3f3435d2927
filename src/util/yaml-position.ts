import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { PathSeg } from '../types.js';

/**
 * Offset in the source of the node at `path` — of its key when it is a mapping value, of the item when
 * it is a sequence item — or of the deepest ancestor present.
 */
export function offsetOfPath(doc: Document, path: readonly PathSeg[]): number | undefined {
  let node: unknown = doc.contents;
  let at: number | undefined = (node as Node | null)?.range?.[0];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      at = item.range?.[0] ?? at;
      node = item;
    } else break;
  }
  return at;
}

/** 0-based line of an offset in text. */
export function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
