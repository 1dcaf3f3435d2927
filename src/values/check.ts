/**
 * The values rules: keys a combo sets that go nowhere (values/unknown-key), reads of values nothing
 * defines while a near name is (values/undefined), defaults no template reads (values/unused), and combos
 * whose render equals another's (matrix/duplicate-combo).
 */
import { join } from 'node:path';
import type { Combo, GuardConfig } from '../config/load.js';
import type { Finding } from '../types.js';
import { closest, distance } from '../util/closest.js';
import { repoPath } from '../util/paths.js';
import {
  addKeyNames,
  isKnown,
  nearName,
  PathTree,
  quickScan,
  suggestPath,
  valuesIndex,
  type ChartValuesIndex,
} from './index.js';
import { comboKeys, fileKeys, inlineKeys, valuesFileText, type SetKey } from './keys.js';
import { readsOf } from './reads.js';
import { generatedOnly, maskPem, sameButNoise } from '../manifests/generated.js';

/** Reads by the values a combo sets, when the chart renders values through `tpl`. */
function tplReads(idx: ChartValuesIndex, combo: Combo): PathTree | undefined {
  if (!idx.usesTpl) return undefined;
  const texts: string[] = [];
  for (const f of combo.valuesFiles) {
    const text = valuesFileText(f);
    if (text !== undefined) texts.push(text);
  }
  texts.push(JSON.stringify([combo.values, combo.set, combo.setString]));
  let t: PathTree | undefined;
  for (const text of texts)
    if (text.includes('{{'))
      for (const r of readsOf(text, { file: '', prefix: [], topDot: 'root' }).reads)
        (t ??= new PathTree()).add(r.path, r.whole);
  return t;
}

/**
 * The keys of a combo worth a look: a values file or key whose every name the chart's values files or
 * schemas use somewhere counts as known (see isKnown) without parsing or indexing anything.
 */
function keysToCheck(combo: Combo, config: GuardConfig): { files: string[]; inline: SetKey[] } {
  const { keyNames } = quickScan(config.chartDir);
  const files = combo.valuesFiles.filter((f) => {
    const names = new Set<string>();
    addKeyNames(valuesFileText(f) ?? '', names);
    return [...names].some((n) => !keyNames.has(n));
  });
  const inline = inlineKeys(combo).filter((k) => k.path.some((n) => !keyNames.has(n)));
  return { files, inline };
}

/** values/unknown-key: the keys of one combo that no template reads and nothing declares. */
export function unknownKeys(combo: Combo, config: GuardConfig, baseDir: string): Finding[] {
  const { files, inline } = keysToCheck(combo, config);
  if (!inline.length && !files.length) return [];
  const idx = valuesIndex(config.chartDir);
  const keys = [...files.flatMap((f) => fileKeys(f, baseDir)), ...inline];
  let extra: PathTree | undefined | null = null;
  const tpl = () => (extra === null ? (extra = tplReads(idx, combo)) : extra);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    if (!k.path.length || isKnown(idx, k.path, tpl)) continue;
    const at = `${k.location?.file}:${k.location?.line}:${k.shown}`;
    if (seen.has(at)) continue;
    seen.add(at);
    const near = suggestPath(idx, k.path);
    out.push({
      severity: 'error',
      rule: 'values/unknown-key',
      combo: combo.name,
      message: `${k.shown} goes nowhere: no template reads it and neither values.yaml nor values.schema.json declares it, so helm ignores it${near ? `; did you mean ${near}?` : ''}`,
      ...(k.location ? { location: k.location } : {}),
    });
  }
  return out;
}

/** values/undefined: a template reads a path no values file, schema or combo defines, next to a near name. */
export function undefinedReads(config: GuardConfig, baseDir: string): Finding[] {
  // no template names a key that the values files or schemas do not use somewhere: nothing to look at
  if (!quickScan(config.chartDir).suspect) return [];
  const idx = valuesIndex(config.chartDir);
  // a read whose every key is a name the values files or schemas use somewhere is not looked at closer
  // and one of its other keys must be near a name they use (values/undefined needs a near name)
  const near = new Map<string, boolean>();
  const candidates = idx.readList.filter(
    (r) =>
      r.direct &&
      r.path.length &&
      !r.path.includes('*') &&
      r.path.some((k) => !idx.keyNames.has(k) && nearName(k, idx.keyNames, near)),
  );
  if (!candidates.length) return [];
  const set = new PathTree();
  for (const c of config.combos) for (const k of comboKeys(c, baseDir)) set.add(k.path, false);
  const chart = repoPath(baseDir, config.chartDir);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const r of candidates) {
    if (idx.declared.covers(r.path) || idx.documented.covers(r.path) || set.covers(r.path)) continue;
    // the first key nothing defines, below a mapping that values.yaml or the schema spells out
    let i = 0;
    let nodes = [idx.declared];
    while (i < r.path.length) {
      const next = nodes.flatMap((n) => (n.children.get(r.path[i]!) ? [n.children.get(r.path[i]!)!] : []));
      if (!next.length) break;
      nodes = next;
      i++;
    }
    if (i === 0 || nodes.some((n) => n.whole)) continue;
    const siblings = new Set(nodes.flatMap((n) => [...n.children.keys()]));
    const name = r.path[i]!;
    if (name.length < 4) continue;
    const near = closest(name, siblings);
    // a misspelling, not another name: optional values read beside their siblings (minAvailable and
    // maxUnavailable, annotations and podAnnotations) are not reported
    if (!near || distance(name.toLowerCase(), near.toLowerCase()) > 2) continue;
    const key = `${r.file}\0${r.path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const shown = r.path.join('.');
    out.push({
      severity: 'warning',
      rule: 'values/undefined',
      combo: '',
      message: `.Values.${shown} is read here, but no values file, schema or combo defines ${r.path.slice(0, i + 1).join('.')}: it is always empty; did you mean ${[...r.path.slice(0, i), near].join('.')}?`,
      location: { file: join(chart, r.file).split('\\').join('/'), line: r.line },
    });
  }
  return out;
}

/** values/unused: keys of the chart's values.yaml that no template reads. */
export function unusedDefaults(config: GuardConfig, baseDir: string): Finding[] {
  const idx = valuesIndex(config.chartDir);
  if (!idx.valuesFile) return [];
  const file = repoPath(baseDir, join(config.chartDir, idx.valuesFile));
  const out: Finding[] = [];
  const reported: string[][] = [];
  for (const d of idx.defaults) {
    if (reported.some((p) => p.length <= d.path.length && p.every((k, i) => d.path[i] === k))) continue;
    if (idx.reads.covers(d.path)) continue;
    reported.push(d.path);
    out.push({
      severity: 'notice',
      rule: 'values/unused',
      combo: '',
      message: `${d.path.join('.')} is set in values.yaml but no template reads it`,
      location: { file, line: d.line },
    });
  }
  return out;
}

/**
 * What a render is, for comparing combos: its documents, sorted (helm's order of documents may follow the
 * values), joined. Two combos with the same fingerprint render the same resources, byte for byte. The text
 * itself, not a digest of it: comparing is exact, and no hash library loads for it.
 */
export function renderFingerprint(stdout: string): string {
  return stdout
    .split(/^---[ \t]*$/m)
    .map((d) => d.trim())
    .filter((d) => d && d.split('\n').some((l) => l.trim() && !l.trimStart().startsWith('#')))
    .sort()
    .join('\0');
}

/** Build the chart's values index now (while helm runs), so that no check waits for it. */
export function warmIndex(config: GuardConfig): void {
  try {
    // the whole index when some combo sets keys (values/unknown-key needs it), else the text scan
    // the index only when a check will need it: a template reads a name near one of the values', or a
    // combo sets a key with a name the values files do not use
    const q = quickScan(config.chartDir);
    const keys = config.combos.some((c) => {
      const k = keysToCheck(c, config);
      return k.files.length || k.inline.length;
    });
    if (keys || q.suspect) void valuesIndex(config.chartDir).declared;
    if (q.suspect) void valuesIndex(config.chartDir).readList;
  } catch {
    // the check that needs it reports the problem
  }
}

/** Is the chart's output different at every render (a template calls randAlphaNum, genCA, now…)? */
export function noisyChart(config: GuardConfig): boolean {
  return quickScan(config.chartDir).noisy;
}

export interface RenderedCombo {
  combo: Combo;
  fingerprint: string;
  /** The output itself, kept for charts whose renders carry generated values. */
  stdout?: string;
}

/**
 * matrix/duplicate-combo: a combo (with the same Kubernetes version and API versions) whose render equals
 * that of a combo setting a subset of its keys: the combo with more keys is reported. When the chart's
 * output carries generated values (random passwords, generated certificates, timestamps), two renders
 * that differ are compared with a second render of each (`again`, undefined when it cannot): they may
 * differ only where each combo's two renders differ (sameButNoise).
 */
export async function duplicateCombos(
  rendered: readonly RenderedCombo[],
  baseDir: string,
  again?: (c: Combo) => Promise<string | undefined>,
): Promise<{ combo: Combo; finding: Finding }[]> {
  const keySets = new Map<RenderedCombo, Set<string>>();
  const keysOf = (r: RenderedCombo) => {
    let k = keySets.get(r);
    if (!k) keySets.set(r, (k = new Set(comboKeys(r.combo, baseDir).map((x) => x.path.join('.')))));
    return k;
  };
  // only combos whose render another combo's could equal are read for their keys
  const alike = new Map<string, number>();
  for (const r of rendered) {
    const k = r.stdout === undefined ? r.fingerprint : 'generated';
    alike.set(k, (alike.get(k) ?? 0) + 1);
  }
  const lonely = (r: RenderedCombo) => r.stdout === undefined && alike.get(r.fingerprint) === 1;
  const versions = (c: Combo) => `${c.kubeVersion ?? ''}\0${[...c.apiVersions].sort().join(',')}`;
  const againOf = new Map<RenderedCombo, Promise<string | undefined>>();
  const second = (r: RenderedCombo) => {
    let m = againOf.get(r);
    if (!m) againOf.set(r, (m = r.stdout !== undefined && again ? again(r.combo) : Promise.resolve(undefined)));
    return m;
  };
  const same = async (a: RenderedCombo, b: RenderedCombo): Promise<boolean> => {
    if (a.fingerprint === b.fingerprint) return true;
    if (a.stdout === undefined || b.stdout === undefined || !generatedOnly(a.stdout, b.stdout)) return false;
    // the renders differ: only by what the templates generate, when each combo rendered again says so
    const [a2, b2] = await Promise.all([second(a), second(b)]);
    if (a2 === undefined || b2 === undefined) return false;
    const [ma, ma2] = maskPem(a.stdout, a2);
    const [mb, mb2] = maskPem(b.stdout, b2);
    const la = ma.split('\n');
    const lb = mb.split('\n');
    if (la.length !== lb.length) return false;
    const la2 = ma2.split('\n');
    const lb2 = mb2.split('\n');
    if (la2.length !== la.length || lb2.length !== lb.length) return false;
    return la.every((l, i) => l === lb[i] || sameButNoise(l, la2[i]!, lb[i]!, lb2[i]!));
  };
  const out: { combo: Combo; finding: Finding }[] = [];
  for (const [i, c] of rendered.entries()) {
    // a combo that sets nothing adds no values; one that expects a failure is checked for that
    if (c.combo.expect.failure || lonely(c)) continue;
    const mine = keysOf(c);
    if (!mine.size) continue;
    // repeated by a combo that sets no more than it does: what it adds changes nothing (a combo that sets
    // other keys to the same effect, a deprecated name beside the new one, is a test of its own)
    const bases = rendered
      .filter((b, j) => {
        if (b === c || lonely(b) || versions(b.combo) !== versions(c.combo)) return false;
        if (b.fingerprint !== c.fingerprint && (b.stdout === undefined || c.stdout === undefined)) return false;
        const theirs = keysOf(b);
        if (theirs.size > mine.size || (theirs.size === mine.size && j > i)) return false;
        return [...theirs].every((k) => mine.has(k));
      })
      .sort((a, b) => keysOf(a).size - keysOf(b).size);
    let base: RenderedCombo | undefined;
    for (const b of bases)
      if (await same(c, b)) {
        base = b;
        break;
      }
    if (!base) continue;
    const location = c.combo.at?.(['name']) ?? zeroConfigFile(c.combo, baseDir);
    out.push({
      combo: c.combo,
      finding: {
        severity: 'warning',
        rule: 'matrix/duplicate-combo',
        combo: c.combo.name,
        message: `${c.combo.name} renders exactly what ${base.combo.name} renders: the values it adds change nothing, so it tests nothing more`,
        ...(location ? { location } : {}),
      },
    });
  }
  return out;
}

function zeroConfigFile(c: Combo, baseDir: string): { file: string; line: number } | undefined {
  const f = c.valuesFiles.at(-1);
  return f ? { file: repoPath(baseDir, f), line: 1 } : undefined;
}
