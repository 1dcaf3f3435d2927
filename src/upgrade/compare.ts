import type { PathSeg } from '../types.js';
import { elementKey, isAbsent, isObject, keyedList } from './values.js';

/** One difference between two values, with its path on each side (matched list elements may move). */
export interface Change {
  op: 'add' | 'remove' | 'replace';
  /** Path in the base value (absent for an addition). */
  basePath?: PathSeg[];
  /** Path in the head value (absent for a removal). */
  headPath?: PathSeg[];
  before?: unknown;
  after?: unknown;
  /** The list at this path holds the same elements in another order (a replace with no value change). */
  reordered?: true;
}

/**
 * Field-level differences between two parsed values: keys in sorted order, a missing key equal to an explicit null,
 * scalars compared with their types (`"1"` is not `1`), keyed lists (see keyedList) matched by key so that a move is
 * no change, other lists by index.
 */
export function diffValues(
  a: unknown,
  b: unknown,
  basePath: PathSeg[] = [],
  headPath: PathSeg[] = [],
  out: Change[] = [],
): Change[] {
  if (isAbsent(a) && isAbsent(b)) return out;
  if (isAbsent(a)) {
    out.push({ op: 'add', headPath, after: b });
    return out;
  }
  if (isAbsent(b)) {
    out.push({ op: 'remove', basePath, before: a });
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) diffValues(a[k], b[k], [...basePath, k], [...headPath, k], out);
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (keyedList(a, b)) {
      const headIndex = new Map<string, number>();
      b.forEach((el, i) => headIndex.set(elementKey(el)!, i));
      const seen = new Set<string>();
      a.forEach((el, i) => {
        const k = elementKey(el)!;
        seen.add(k);
        const j = headIndex.get(k);
        if (j === undefined) out.push({ op: 'remove', basePath: [...basePath, i], before: el });
        else diffValues(el, b[j], [...basePath, i], [...headPath, j], out);
      });
      b.forEach((el, j) => {
        if (!seen.has(elementKey(el)!)) out.push({ op: 'add', headPath: [...headPath, j], after: el });
      });
      return out;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) out.push({ op: 'add', headPath: [...headPath, i], after: b[i] });
      else if (i >= b.length) out.push({ op: 'remove', basePath: [...basePath, i], before: a[i] });
      else diffValues(a[i], b[i], [...basePath, i], [...headPath, i], out);
    }
    return out;
  }
  if (a !== b) out.push({ op: 'replace', basePath, headPath, before: a, after: b });
  return out;
}

/** Strict structural equality (lists by index, a missing key equal to null). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/**
 * Differences as the API server sees them: lists compare by index (a reordered container list IS a change to the
 * stored object), but are described by key, so that a reorder reads as one "reordered" change instead of N.
 */
export function semanticChanges(a: unknown, b: unknown, basePath: PathSeg[] = [], headPath: PathSeg[] = []): Change[] {
  if (deepEqual(a, b)) return [];
  const changes = diffValues(a, b, basePath, headPath);
  if (changes.length > 0) return changes;
  return reorders(a, b, basePath, headPath);
}

/** Lists that hold the same keyed elements in another order (what diffValues does not report). */
function reorders(a: unknown, b: unknown, basePath: PathSeg[], headPath: PathSeg[], out: Change[] = []): Change[] {
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(b).sort()) reorders(a[k], b[k], [...basePath, k], [...headPath, k], out);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (keyedList(a, b)) {
      if (a.some((el, i) => elementKey(el) !== elementKey(b[i])))
        out.push({ op: 'replace', basePath, headPath, before: a, after: b, reordered: true });
      else a.forEach((el, i) => reorders(el, b[i], [...basePath, i], [...headPath, i], out));
    } else a.forEach((el, i) => reorders(el, b[i], [...basePath, i], [...headPath, i], out));
  }
  return out;
}
