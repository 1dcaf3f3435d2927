/**
 * The keys a combo sets — `set`, `setString`, inline `values`, `valuesFiles` (in zero-config the chart's
 * `ci/*-values.yaml`) — each with where it is written: the config line, or the values file line.
 */
import type { Combo } from '../config/load.js';
import { readRegularFile } from '../util/files.js';
import { repoPath } from '../util/paths.js';
import { walkValuesText } from './index.js';

export interface SetKey {
  path: string[];
  /** The key as written (`a.b` of `set`, or the dotted path in a values file). */
  shown: string;
  location?: { file: string; line: number };
  /** A string value that may be a template (for charts that `tpl` their values). */
  value?: string;
}

/**
 * The keys of a `--set` key in helm's syntax (`a.b`, `a\.b`, `list[0].c`): the path up to the first list
 * index (what is inside a list is the list's business).
 */
export function setKeyPath(key: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (c === '\\' && i + 1 < key.length) cur += key[++i];
    else if (c === '.') {
      out.push(cur);
      cur = '';
    } else if (c === '[') {
      out.push(cur);
      return out.filter((k) => k !== '');
    } else cur += c;
  }
  out.push(cur);
  return out.filter((k) => k !== '');
}

/** Leaves of inline values: maps are walked, anything else (lists, empty maps, scalars) is a leaf. */
function leaves(o: unknown, path: string[], emit: (path: string[], value: unknown) => void): void {
  if (o && typeof o === 'object' && !Array.isArray(o) && Object.keys(o).length) {
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) leaves(v, [...path, k], emit);
  } else if (path.length) emit(path, o);
}

const keysCache = new WeakMap<Combo, { baseDir: string; keys: SetKey[] }>();

/** Every key a combo sets, read once per combo. `baseDir` makes values-file paths repo-relative. */
export function comboKeys(combo: Combo, baseDir: string): SetKey[] {
  const hit = keysCache.get(combo);
  if (hit?.baseDir === baseDir) return hit.keys;
  const keys = [...combo.valuesFiles.flatMap((f) => fileKeys(f, baseDir)), ...inlineKeys(combo)];
  keysCache.set(combo, { baseDir, keys });
  return keys;
}

/** A values file's text (undefined when it cannot be read: helm reports that), read once. */
const textCache = new Map<string, string | undefined>();
export function valuesFileText(file: string): string | undefined {
  if (!textCache.has(file)) {
    const r = readRegularFile(file, 16 << 20);
    textCache.set(file, 'text' in r ? r.text : undefined);
  }
  return textCache.get(file);
}

const fileCache = new Map<string, SetKey[]>();

/** The keys a values file sets, at their lines, parsed once. */
export function fileKeys(f: string, baseDir: string): SetKey[] {
  const at = `${baseDir}\0${f}`;
  const hit = fileCache.get(at);
  if (hit) return hit;
  const out: SetKey[] = [];
  const text = valuesFileText(f);
  const file = repoPath(baseDir, f);
  if (text !== undefined)
    try {
      walkValuesText(text, (path, line, _open, value, leaf) => {
        if (leaf)
          out.push({
            path,
            shown: path.join('.'),
            location: { file, line },
            ...(typeof value === 'string' ? { value } : {}),
          });
      });
    } catch {
      // a values file helm cannot read: the render reports it
    }
  fileCache.set(at, out);
  return out;
}

/** The keys of a combo's inline `values`, `set` and `setString`, at their config lines. */
export function inlineKeys(combo: Combo): SetKey[] {
  const out: SetKey[] = [];
  // the line is looked up only for a key that is reported (it reads the config's position tree)
  const add = (path: string[], shown: string, value: unknown, at: (string | number)[]) => {
    const key: SetKey = { path, shown, ...(typeof value === 'string' ? { value } : {}) };
    Object.defineProperty(key, 'location', { get: () => combo.at?.(at), enumerable: true, configurable: true });
    out.push(key);
  };
  for (const v of combo.values) leaves(v, [], (path, value) => add(path, path.join('.'), value, ['values', ...path]));
  for (const kind of ['set', 'setString'] as const)
    for (const [k, value] of Object.entries(combo[kind])) add(setKeyPath(k), k, value, [kind, k]);
  return out;
}
