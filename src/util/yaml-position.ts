import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { yaml } from './vendor.js';
import type { PathSeg } from '../types.js';
import { lineAt } from './text.js';

/**
 * Everything here is linear in the document: rendered documents and configs are input, and a mapping of
 * 100,000 keys must cost no more than ten of 10,000. (The `yaml` package's own `uniqueKeys` check compares
 * each key with every earlier one; documents are parsed without it, and `duplicateKeys` does that work.)
 */

// a mapping's keys → its first pair with that key, built when a path is first looked up in it
const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, seg: PathSeg): Pair | undefined {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items)
      if (yaml().isPair(p) && yaml().isScalar(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    keyIndex.set(map, index);
  }
  return index.get(String(seg));
}

/**
 * Offset in the source of the node at `path` — of its key when it is a mapping value, of the item when
 * it is a sequence item — or of the deepest ancestor present.
 */
export function offsetOfPath(doc: Document, path: readonly PathSeg[]): number | undefined {
  let node: unknown = doc.contents;
  let at: number | undefined = (node as Node | null)?.range?.[0];
  for (const seg of path) {
    if (yaml().isMap(node)) {
      const pair = pairOf(node, seg);
      if (!pair) break;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
    } else if (yaml().isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      at = item.range?.[0] ?? at;
      node = item;
    } else break;
  }
  return at;
}

/** A key that repeats an earlier key of the same mapping: where it is (its range), and its text. */
export interface DuplicateKey {
  pos: [number, number];
  key: string;
}

/**
 * Every scalar key that repeats an earlier key of its mapping, in document order — what the `yaml`
 * package's `uniqueKeys` reports as DUPLICATE_KEY, with a hash set per mapping instead of a scan.
 * A merge key (`<<`) may repeat.
 */
export function duplicateKeys(doc: Document): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  yaml().visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const p of map.items) {
        if (!yaml().isScalar(p.key)) continue;
        const v = p.key.value;
        if (v === '<<') continue;
        // 1 and "1" are different keys, as they are to the `yaml` package
        const k = typeof v === 'string' ? `s${v}` : v;
        if (seen.has(k)) {
          const r = p.key.range;
          out.push({ pos: r ? [r[0], r[1]] : [0, 0], key: String(v) });
        } else seen.add(k);
      }
    },
  });
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** Line starts of a text, computed once: the line of any offset by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lineAt(this.starts, offset);
  }
  /** The text of a 0-based line (without its newline). */
  line(n: number): string | undefined {
    if (n < 0 || n >= this.starts.length) return undefined;
    const end = n + 1 < this.starts.length ? this.starts[n + 1]! - 1 : this.text.length;
    return this.text.slice(this.starts[n], end);
  }
}

/** 0-based line of an offset in text (one lookup; `LineIndex` for many in the same text). */
export function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
