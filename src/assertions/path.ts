import type { PathSeg } from '../types.js';
import { isObject } from '../util/is-object.js';

/**
 * Assertion paths: `spec.template.spec.containers[name=server].env[name=CERTCTL_MIGRATIONS_VIA_HOOK].value`
 *   key          a plain key (letters, digits, _ - $)
 *   ["k.x/y"]    a quoted key (for dots and slashes: metadata.annotations["helm.sh/hook"])
 *   [3]          an array index
 *   [*]          every element (or every value of a mapping)
 *   [k=v]        the array elements whose field k equals v (v may be quoted)
 */
export type Step =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'all' }
  | { type: 'where'; field: string; value: string };

export class PathSyntaxError extends Error {}

export function parsePath(src: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new PathSyntaxError(`invalid path "${src}" at character ${i + 1}: ${msg}`);
  };
  const quoted = (): string => {
    const q = src[i]!;
    let out = '';
    i++;
    while (i < src.length && src[i] !== q) {
      if (src[i] === '\\' && i + 1 < src.length) i++;
      out += src[i++];
    }
    if (src[i] !== q) fail('unterminated quote');
    i++;
    return out;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '.') {
      if (i === 0 || i === src.length - 1) fail('a path cannot start or end with "."');
      i++;
      continue;
    }
    if (c === '[') {
      i++;
      if (src[i] === '"' || src[i] === "'") {
        steps.push({ type: 'key', key: quoted() });
      } else if (src[i] === '*') {
        i++;
        steps.push({ type: 'all' });
      } else {
        const m = /^(\d+)\]/.exec(src.slice(i));
        if (m) {
          steps.push({ type: 'index', index: Number(m[1]) });
          i += m[1]!.length;
        } else {
          const f = /^([A-Za-z0-9_.$/-]+)\s*=\s*/.exec(src.slice(i));
          if (!f) fail('expected an index, *, a quoted key or field=value');
          i += f![0].length;
          let value: string;
          if (src[i] === '"' || src[i] === "'") value = quoted();
          else {
            const v = /^[^\]]*/.exec(src.slice(i))![0];
            value = v.trim();
            i += v.length;
          }
          steps.push({ type: 'where', field: f![1]!, value });
        }
      }
      if (src[i] !== ']') fail('expected "]"');
      i++;
      continue;
    }
    const m = /^[A-Za-z0-9_$-]+/.exec(src.slice(i));
    if (!m) fail(`unexpected "${c}"`);
    steps.push({ type: 'key', key: m![0] });
    i += m![0].length;
  }
  if (steps.length === 0) fail('empty path');
  return steps;
}

export interface PathMatch {
  value: unknown;
  path: PathSeg[];
}

export interface PathResult {
  matches: PathMatch[];
  /** The deepest concrete path that exists, for reporting a missing value. */
  deepest: PathSeg[];
}

export function evaluate(root: unknown, steps: readonly Step[]): PathResult {
  let frontier: PathMatch[] = [{ value: root, path: [] }];
  let deepest: PathSeg[] = [];
  for (const step of steps) {
    const next: PathMatch[] = [];
    for (const { value, path } of frontier) {
      switch (step.type) {
        case 'key':
          if (isObject(value) && Object.hasOwn(value, step.key))
            next.push({ value: value[step.key], path: [...path, step.key] });
          break;
        case 'index':
          if (Array.isArray(value) && step.index < value.length)
            next.push({ value: value[step.index], path: [...path, step.index] });
          break;
        case 'all':
          if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, path: [...path, i] }));
          else if (isObject(value))
            for (const [k, v] of Object.entries(value)) next.push({ value: v, path: [...path, k] });
          break;
        case 'where':
          if (Array.isArray(value))
            value.forEach((v, i) => {
              if (isObject(v) && v[step.field] !== undefined && String(v[step.field]) === step.value)
                next.push({ value: v, path: [...path, i] });
            });
          break;
      }
    }
    if (next.length === 0) return { matches: [], deepest: frontier[0]?.path ?? deepest };
    deepest = next[0]!.path;
    frontier = next;
  }
  return { matches: frontier, deepest };
}
