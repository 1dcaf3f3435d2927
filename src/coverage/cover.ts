/**
 * `helm-guard --init --cover`: combos that reach the template branches the chart's own combos do not.
 *
 * Each round renders the combos so far with coverage on, takes every branch no combo took whose
 * conditions are plain tests of values (src/coverage/suggest.ts), and packs their `set:` values into as few
 * candidate combos as do not contradict each other (one path, one value). A candidate is kept only when it
 * renders, adds no error finding the base combo does not have, and takes a branch nothing else takes; a
 * candidate that fails is split, and a suggestion that fails on its own is given up. At the end a greedy
 * cover keeps the chart's own combos and the fewest candidates that reach every branch reached.
 */
import { join } from 'node:path';
import { yaml } from '../util/vendor.js';
import type { Combo, GuardConfig, Scalar } from '../config/load.js';
import { runGuard, type GuardResult } from '../guard.js';
import { lex } from '../template/lexer.js';
import { readRegularFile } from '../util/files.js';
import type { CoverageResult } from './model.js';

export interface CoverOptions {
  helm: string;
  baseDir: string;
  /** Progress lines. */
  log?: (s: string) => void;
  /** Rounds of suggestions (default 10). */
  maxRounds?: number;
}

export interface CoverOutcome {
  /** The config with the combos kept (the chart's own first). */
  config: GuardConfig;
  /** The guard run of that config (coverage on). */
  result: GuardResult;
  /** Names of the combos added. */
  added: string[];
}

type SetMap = Record<string, Scalar>;

/** Keys of the branches (and lines) a combo took: `file:line:probe`. */
function takenBy(cov: CoverageResult): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of cov.files)
    for (const b of f.branches)
      for (const c of b.combos) {
        const s = out.get(c) ?? new Set();
        s.add(`${f.path}:${b.line}:${b.probe}`);
        out.set(c, s);
      }
  return out;
}

function valueAt(values: unknown, path: string): unknown {
  let v = values;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/**
 * The `set:` of a suggestion, with a value chosen for each constraint that has none (`x: any non-empty
 * value` → "example" when x is a string or unset in values.yaml; `x: a value other than …` → "other"),
 * or undefined when a constraint is on a map or a list (no value can be made up for it).
 */
export function settle(set: SetMap, needs: readonly string[], defaults: unknown): SetMap | undefined {
  const out: SetMap = { ...set };
  for (const n of needs) {
    const m = /^([^:]+): (any non-empty value|a value other than)(?: other than)?(.*)$/.exec(n);
    if (!m) return undefined;
    const path = m[1]!;
    const d = valueAt(defaults, path);
    if (d !== undefined && d !== null && typeof d !== 'string') return undefined;
    const excluded = m[3] ?? '';
    const v = ['example', 'other', 'example-2'].find((x) => !excluded.includes(JSON.stringify(x)));
    if (v === undefined) return undefined;
    out[path] = v;
  }
  return out;
}

/** Two sets that can be one combo: no path set twice to different values, nor a path and its parent. */
function compatible(a: SetMap, b: SetMap): boolean {
  for (const [k, v] of Object.entries(b)) {
    if (k in a && a[k] !== v) return false;
    for (const ka of Object.keys(a)) if (ka !== k && (ka.startsWith(k + '.') || k.startsWith(ka + '.'))) return false;
  }
  return true;
}

const keyOf = (s: SetMap) => JSON.stringify(Object.entries(s).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function errorsOf(r: GuardResult, combo: string): Set<string> {
  return new Set(
    r.findings
      .filter((f) => f.combo === combo && f.severity === 'error')
      .map((f) => `${f.rule} ${f.location?.file ?? ''}:${f.location?.line ?? ''}`),
  );
}

/**
 * The value a failed render asks for: the `.Values` path of a `required` at the line helm named
 * (`required "…" .Values.backup.pvc.existingClaim`), read with the template lexer.
 */
export function requiredPath(templateText: string, line: number): string | undefined {
  const lexed = lex(templateText);
  for (const a of lexed.actions) {
    if (lexed.lines.line(a.open.start) > line || lexed.lines.line(a.close?.end ?? templateText.length) < line) continue;
    const src = templateText.slice(a.open.end, a.close?.start ?? templateText.length);
    const m =
      /\brequired\s+(?:"(?:[^"\\]|\\.)*"|`[^`]*`)\s+\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*(?:\)|\||$)/.exec(src);
    if (m) return m[1]!.slice(1);
  }
  return undefined;
}

interface Pack {
  set: SetMap;
  /** Keys of the suggestions it holds. */
  parts: string[];
  /** Values added after a `required` failure. */
  repairs: number;
}

export async function coverCombos(config: GuardConfig, opts: CoverOptions): Promise<CoverOutcome> {
  const log = opts.log ?? (() => undefined);
  const got = readRegularFile(join(config.chartDir, 'values.yaml'), 4 * 1024 * 1024);
  let defaults: unknown;
  try {
    defaults = 'text' in got ? yaml().parse(got.text) : undefined;
  } catch {
    defaults = undefined;
  }
  const guard = (combos: Combo[]) =>
    runGuard({
      config: { ...config, combos, coverage: { ...config.coverage, enabled: true } },
      helm: opts.helm,
      baseDir: opts.baseDir,
      failOn: 'never',
    });
  const own = config.combos;
  const kept: Combo[] = [...own];
  let result = await guard(kept);
  const base = result.combos.find((c) => c.render === 'ok');
  const baseCombo = own.find((c) => c.name === base?.name);
  if (!baseCombo) return { config, result, added: [] };
  const combo = (set: SetMap, name: string): Combo => ({
    ...baseCombo,
    name,
    set: { ...baseCombo.set, ...set },
    expect: { kinds: {}, kindLocations: {}, resources: [] },
  });
  const gaveUp = new Set<string>();
  const seen = new Set<string>();
  let pending: Pack[] = [];
  let n = 0;
  for (let round = 0; round < (opts.maxRounds ?? 10); round++) {
    const cov = result.coverage?.[0];
    if (!cov) break;
    // new suggestions of this round (each once), packed into as few sets as agree with each other
    const fresh: Pack[] = [];
    for (const f of cov.files)
      for (const b of f.branches) {
        if (b.combos.length || !b.suggestion) continue;
        const set = settle(b.suggestion.set, b.suggestion.needs, defaults);
        if (!set || !Object.keys(set).length) continue;
        const k = keyOf(set);
        if (gaveUp.has(k) || seen.has(k)) continue;
        seen.add(k);
        const p = fresh.find((x) => compatible(x.set, set));
        if (p) {
          Object.assign(p.set, set);
          p.parts.push(k);
        } else fresh.push({ set: { ...set }, parts: [k], repairs: 0 });
      }
    const packs = [...pending, ...fresh];
    pending = [];
    if (!packs.length) break;
    const candidates = packs.map((p) => combo(p.set, `cover-${++n}`));
    log(`helm-guard: --cover round ${round + 1}: ${candidates.length} candidate combo(s)\n`);
    const next = await guard([...kept, ...candidates]);
    const taken = takenBy(next.coverage![0]!);
    const reached = new Set<string>();
    for (const c of kept) for (const x of taken.get(c.name) ?? []) reached.add(x);
    const baseErrors = errorsOf(next, baseCombo.name);
    candidates.forEach((c, i) => {
      const p = packs[i]!;
      const r = next.combos.find((x) => x.name === c.name);
      const clean = r?.render === 'ok' && [...errorsOf(next, c.name)].every((e) => baseErrors.has(e));
      if (clean) {
        if ([...(taken.get(c.name) ?? [])].some((x) => !reached.has(x))) {
          kept.push(c);
          for (const x of taken.get(c.name) ?? []) reached.add(x);
        } else for (const k of p.parts) gaveUp.add(k);
        return;
      }
      // a `required` value it lacks: give it one and try again
      const failed = next.findings.find((f) => f.combo === c.name && f.rule === 'render/failed' && f.location);
      const path =
        failed && p.repairs < 4
          ? requiredPath(readRegularFileText(join(opts.baseDir, failed.location!.file)), failed.location!.line)
          : undefined;
      if (path && !(path in p.set) && compatible(p.set, { [path]: 'example' })) {
        pending.push({ set: { ...p.set, [path]: 'example' }, parts: p.parts, repairs: p.repairs + 1 });
        return;
      }
      // else each of its suggestions alone (the merge at the end packs them again); one that fails alone
      // is given up
      if (p.parts.length > 1)
        for (const k of p.parts)
          pending.push({ set: Object.fromEntries(JSON.parse(k) as [string, Scalar][]), parts: [k], repairs: 0 });
      else gaveUp.add(p.parts[0]!);
    });
    result = await guard(kept);
  }
  // fewer combos: the added ones merged where they agree and the merge reaches all that its parts reach;
  // a merge that does not is split in two and tried again
  const reachedBy = async (combos: Combo[]) => {
    const r = await guard(combos);
    return { r, t: takenBy(r.coverage![0]!) };
  };
  const before = await reachedBy(kept);
  const ownKeys = new Set(own.flatMap((c) => [...(before.t.get(c.name) ?? [])]));
  let groups: Combo[][] = [];
  for (const c of kept.slice(own.length)) {
    const g = groups.find((x) => x.every((y) => compatible(y.set, c.set)));
    if (g) g.push(c);
    else groups.push([c]);
  }
  let added: Combo[] = [];
  for (let round = 0; round < 6 && groups.length; round++) {
    added.push(...groups.filter((g) => g.length === 1).flat());
    groups = groups.filter((g) => g.length > 1);
    if (!groups.length) break;
    const merged = groups.map((g, i) => combo(Object.assign({}, ...g.map((c) => c.set)), `merged-${round}-${i}`));
    const after = await reachedBy([...own, ...merged]);
    const baseErrors = errorsOf(after.r, baseCombo.name);
    const next: Combo[][] = [];
    groups.forEach((g, i) => {
      const m = merged[i]!;
      const reach = new Set([...ownKeys, ...(after.t.get(m.name) ?? [])]);
      const ok =
        after.r.combos.find((x) => x.name === m.name)?.render === 'ok' &&
        [...errorsOf(after.r, m.name)].every((e) => baseErrors.has(e)) &&
        g.every((c) => [...(before.t.get(c.name) ?? [])].every((x) => reach.has(x)));
      if (ok) added.push(m);
      else next.push(g.slice(0, Math.ceil(g.length / 2)), g.slice(Math.ceil(g.length / 2)));
    });
    groups = next;
  }
  added.push(...groups.flat());
  added = added.map((c, i) => ({ ...c, name: `candidate-${i + 1}` }));
  // the fewest added combos that reach every branch reached: greedy set cover after the chart's own
  const final = await reachedBy([...own, ...added]);
  const reached = new Set<string>();
  for (const c of own) for (const x of final.t.get(c.name) ?? []) reached.add(x);
  const chosen: Combo[] = [];
  for (;;) {
    let best: Combo | undefined;
    let gain = 0;
    for (const c of added) {
      if (chosen.includes(c)) continue;
      const g = [...(final.t.get(c.name) ?? [])].filter((x) => !reached.has(x)).length;
      if (g > gain) [best, gain] = [c, g];
    }
    if (!best) break;
    chosen.push(best);
    for (const x of final.t.get(best.name) ?? []) reached.add(x);
  }
  // then none that the others make redundant
  for (let i = chosen.length - 1; i >= 0; i--) {
    const others = new Set(
      [...own, ...chosen.filter((_, j) => j !== i)].flatMap((c) => [...(final.t.get(c.name) ?? [])]),
    );
    if ([...(final.t.get(chosen[i]!.name) ?? [])].every((x) => others.has(x))) chosen.splice(i, 1);
  }
  const renamed = chosen.map((c, i) => ({ ...c, name: `cover-${i + 1}` }));
  const combos = [...own, ...renamed];
  return { config: { ...config, combos }, result: await guard(combos), added: renamed.map((c) => c.name) };
}

function readRegularFileText(path: string): string {
  const r = readRegularFile(path, 4 * 1024 * 1024);
  return 'text' in r ? r.text : '';
}
