import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { yaml } from '../util/vendor.js';
import { isObject } from '../util/is-object.js';
import { repoPath } from '../util/paths.js';

export interface ChartInput {
  /** Absolute chart directory. */
  dir: string;
  /** Absolute paths of files outside the chart that its guard config uses: the config file itself, values files. */
  files?: string[];
}

export interface AffectedChart {
  dir: string;
  /** Why the chart is guarded, for a person: `changed: templates/deployment.yaml`. */
  reasons: string[];
}

/** A chart directory as the dependency graph sees it: an input chart or a `file://` dependency. */
interface Node {
  /** Repo-relative, for messages. */
  rel: string;
  /** Chart-relative paths of changed files inside it. */
  changed: string[];
  /** Why its Chart.yaml could not be read: its dependencies are unknown, so it counts as changed. */
  broken?: string;
  deps: { key: string; repository: string }[];
}

/**
 * `p` with symlinks resolved as far as it exists: git reports the resolved repository root (macOS /tmp is
 * /private/tmp), and a chart named through a link must still compare equal to it. A deleted file keeps its
 * name under its resolved parent.
 */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(real(parent), basename(p));
  }
}

function inside(rel: string, path: string): boolean {
  return rel === '.' || path === rel || path.startsWith(`${rel}/`);
}

/** The `file://` dependencies in a Chart.yaml, or why it cannot be read. */
function readDeps(dir: string): { deps: { dir: string; repository: string }[] } | { error: string } {
  let text: string;
  try {
    text = readFileSync(join(dir, 'Chart.yaml'), 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: `cannot read Chart.yaml: ${err.code === 'ENOENT' ? 'it does not exist' : err.message}` };
  }
  let doc: unknown;
  try {
    doc = yaml().parse(text);
  } catch (e) {
    // the first line has the position; a source excerpt follows it
    return { error: `cannot parse Chart.yaml: ${(e as Error).message.split('\n')[0]!.replace(/:$/, '')}` };
  }
  if (!isObject(doc)) return { error: 'cannot parse Chart.yaml: it is not a mapping' };
  const list = doc.dependencies;
  if (list === undefined || list === null) return { deps: [] };
  if (!Array.isArray(list)) return { error: 'cannot parse Chart.yaml: dependencies is not a list' };
  const deps: { dir: string; repository: string }[] = [];
  for (const d of list) {
    const repository = isObject(d) ? d.repository : undefined;
    // helm trims the scheme and joins a relative path to the chart directory
    if (typeof repository === 'string' && repository.startsWith('file://'))
      deps.push({ dir: resolve(dir, repository.slice('file://'.length)), repository });
  }
  return { deps };
}

/**
 * The charts to guard when only `changed` (repo-relative paths, as changedFiles returns them) differ from the
 * base, in input order, each with the reasons. A chart is affected when a changed path is inside its
 * directory, or is one of its `files`, or when it depends, directly or through other charts, on an affected
 * chart by a `file://` dependency in Chart.yaml (a library chart, typically). A dependency vendored in the
 * chart's own `charts/` is inside it already.
 *
 * A Chart.yaml that cannot be read or parsed makes its chart affected: its dependencies are unknown, and
 * skipping a chart nobody checked is the one mistake this must not make.
 */
export function chartsAffected(charts: ChartInput[], changed: string[], repoRoot: string): AffectedChart[] {
  const root = real(repoRoot);
  const changedSet = new Set(changed);
  const nodes = new Map<string, Node>();

  const load = (key: string): Node => {
    let node = nodes.get(key);
    if (node) return node;
    const rel = repoPath(root, key);
    // a chart outside the repository (another drive, on Windows: an absolute path) has no changed paths
    const outside = rel === '..' || rel.startsWith('../') || isAbsolute(rel);
    const own = outside ? [] : changed.filter((p) => inside(rel, p));
    node = {
      rel,
      changed: [...new Set(own)].sort().map((p) => (rel === '.' ? p : p === rel ? p : p.slice(rel.length + 1))),
      deps: [],
    };
    nodes.set(key, node);
    const read = readDeps(key);
    if ('error' in read) node.broken = read.error;
    else
      for (const d of read.deps) {
        const depKey = real(d.dir);
        // a path into the chart itself (file://charts/sub) is covered by the chart's own files
        if (depKey === key || depKey.startsWith(key + sep)) continue;
        node.deps.push({ key: depKey, repository: d.repository });
        load(depKey);
      }
    return node;
  };
  const inputs = charts.map((c) => ({ input: c, key: real(resolve(c.dir)) }));
  for (const { key } of inputs) load(key);

  // charts affected through their dependencies, to a fixed point: a dependency cycle (which helm rejects)
  // must not loop, and must not make the answer depend on the order of the walk
  const direct = (n: Node) => n.changed.length > 0 || n.broken !== undefined;
  const affected = new Set([...nodes].filter(([, n]) => direct(n)).map(([k]) => k));
  for (let grew = true; grew;) {
    grew = false;
    for (const [k, n] of nodes)
      if (!affected.has(k) && n.deps.some((d) => affected.has(d.key))) {
        affected.add(k);
        grew = true;
      }
  }

  /**
   * The directly affected charts `chart` reaches through its dependency `dep` and the charts below it that are
   * not directly affected. `chart` itself is not one: through a cycle, its own change is no news.
   */
  const causes = (chart: string, dep: string): Node[] => {
    const found = new Map<string, Node>();
    const seen = new Set([chart, dep]);
    const queue = [dep];
    while (queue.length) {
      for (const d of nodes.get(queue.shift()!)!.deps) {
        if (seen.has(d.key) || !affected.has(d.key)) continue;
        seen.add(d.key);
        const n = nodes.get(d.key)!;
        if (direct(n)) found.set(d.key, n);
        else queue.push(d.key);
      }
    }
    return [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  };
  /** `changed chart charts/common (file://../common)`, or a chart whose dependencies are unknown. */
  const describe = (n: Node, repository?: string) => {
    const via = repository ? ` (${repository})` : '';
    return n.changed.length ? `changed chart ${n.rel}${via}` : `chart ${n.rel}${via}, whose Chart.yaml cannot be read`;
  };

  const out: AffectedChart[] = [];
  for (const { input, key } of inputs) {
    const node = nodes.get(key)!;
    const reasons = node.changed.map((p) => `changed: ${p}`);
    for (const f of input.files ?? []) {
      const rel = repoPath(root, real(resolve(f)));
      // a file inside the chart has its `changed:` reason already
      if (changedSet.has(rel) && !inside(node.rel, rel) && !reasons.includes(`uses changed file ${rel}`))
        reasons.push(`uses changed file ${rel}`);
    }
    if (node.broken) reasons.push(node.broken);
    for (const d of node.deps) {
      if (!affected.has(d.key)) continue;
      const dep = nodes.get(d.key)!;
      if (direct(dep)) {
        reasons.push(`depends on ${describe(dep, d.repository)}`);
        continue;
      }
      const below = causes(key, d.key);
      if (below.length)
        reasons.push(
          `depends on chart ${dep.rel} (${d.repository}), which depends on ${below.map((n) => describe(n)).join(' and ')}`,
        );
    }
    if (reasons.length) out.push({ dir: input.dir, reasons });
  }
  return out;
}
