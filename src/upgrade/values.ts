import type { PathSeg } from '../types.js';
import { isObject } from '../util/is-object.js';

export { isObject };

/** A missing key and an explicit null are the same thing in a rendered manifest. */
export function isAbsent(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** A deep copy of JSON-compatible data (rendered manifests hold nothing else). */
export function clone<T>(v: T): T {
  return v === undefined ? v : (structuredClone(v) as T);
}

/** The value at `path` inside `obj`, or undefined. */
export function getAt(obj: unknown, path: readonly PathSeg[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (!isObject(cur)) return undefined;
      cur = cur[seg];
    }
  }
  return cur;
}

/** The longest prefix of `path` that exists in `obj` (a finding on a removed field points at its parent). */
export function existingPrefix(obj: unknown, path: readonly PathSeg[]): PathSeg[] {
  const out: PathSeg[] = [];
  let cur: unknown = obj;
  for (const seg of path) {
    let next: unknown;
    if (typeof seg === 'number') next = Array.isArray(cur) ? cur[seg] : undefined;
    else next = isObject(cur) ? cur[seg] : undefined;
    if (isAbsent(next)) break;
    out.push(seg);
    cur = next;
  }
  return out;
}

/** The key an element of a list is matched by across renders: `name`, else `metadata.name`. */
export function elementKey(v: unknown): string | undefined {
  if (!isObject(v)) return undefined;
  if (typeof v.name === 'string') return v.name;
  if (isObject(v.metadata) && typeof v.metadata.name === 'string') return v.metadata.name;
  return undefined;
}

/**
 * Lists of objects that all carry a key (containers, env, volumes, named ports, volumeClaimTemplates…), unique on
 * each side, are matched by that key; other lists by index.
 */
export function keyedList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length === 0 && b.length === 0) return false;
  for (const side of [a, b]) {
    const seen = new Set<string>();
    for (const el of side) {
      const k = elementKey(el);
      if (k === undefined || seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}

const MAX_VALUE = 100;

/** A value as a message quotes it: strings in JSON quotes, objects as compact JSON, cut to a readable length. */
export function formatValue(v: unknown): string {
  if (isAbsent(v)) return '(unset)';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > MAX_VALUE ? s.slice(0, MAX_VALUE - 1) + '…' : s;
}

/**
 * A path for messages, relative to `from` segments of it: `containers[web].image`, list elements named by their key
 * when they have one.
 */
export function describePath(obj: unknown, path: readonly PathSeg[], from = 0): string {
  let out = '';
  let cur: unknown = obj;
  path.forEach((seg, i) => {
    const next = typeof seg === 'number' ? (Array.isArray(cur) ? cur[seg] : undefined) : getAt(cur, [seg]);
    if (i >= from) {
      if (typeof seg === 'number') {
        const k = Array.isArray(cur) && keyedList(cur, []) ? elementKey(next) : undefined;
        out += `[${k ?? seg}]`;
      } else out += out ? `.${seg}` : seg;
    }
    cur = next;
  });
  return out;
}

/** Compare path segments: keys as strings, indexes as numbers, keys before indexes. */
export function comparePaths(a: readonly PathSeg[], b: readonly PathSeg[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return 1;
    if (typeof y === 'number') return -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
