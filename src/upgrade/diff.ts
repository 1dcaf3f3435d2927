import type { Manifest } from '../manifests/types.js';
import { toPointer } from '../types.js';
import { diffValues } from './compare.js';
import { identityOf, scopesOf, type Identity, type Scopes } from './identity.js';
import type { FieldChange, ResourceDiff } from './types.js';
import { comparePaths, isAbsent, isObject } from './values.js';

/** What upgradeIssues may need beyond the diffs: the whole renders (unchanged workloads are in no diff). */
export interface RenderPair {
  base: readonly Manifest[];
  head: readonly Manifest[];
  namespace: string;
  scopes: Scopes;
}

/** The renders each diffRenders result came from, so that upgradeIssues(diffs) can see unchanged objects too. */
export const renderPairs = new WeakMap<readonly ResourceDiff[], RenderPair>();

export function isSecretManifest(m: Manifest | undefined): boolean {
  return m?.resource.kind === 'Secret' && m.resource.apiVersion === 'v1';
}

const SECRET_FIELDS = ['data', 'stringData'] as const;

/** Changes of a Secret's data and stringData: one per key, with no value on either side. */
function secretDataChanges(base: Record<string, any>, head: Record<string, any>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of SECRET_FIELDS) {
    const a = base[field];
    const b = head[field];
    if (isAbsent(a) && isAbsent(b)) continue;
    if (!isObject(a) || !isObject(b)) {
      // added, removed, or not a mapping: by key when one side is a mapping, else the field as a whole
      const side = isObject(b) ? b : isObject(a) ? a : undefined;
      if (side && (isAbsent(a) || isAbsent(b))) {
        for (const k of Object.keys(side).sort())
          out.push({ path: toPointer([field, k]), op: isAbsent(a) ? 'add' : 'remove', secret: true });
      } else if (a !== b) {
        out.push({
          path: toPointer([field]),
          op: isAbsent(a) ? 'add' : isAbsent(b) ? 'remove' : 'replace',
          secret: true,
        });
      }
      continue;
    }
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = a[k];
      const y = b[k];
      if (isAbsent(x) && isAbsent(y)) continue;
      if (isAbsent(x)) out.push({ path: toPointer([field, k]), op: 'add', secret: true });
      else if (isAbsent(y)) out.push({ path: toPointer([field, k]), op: 'remove', secret: true });
      else if (x !== y) out.push({ path: toPointer([field, k]), op: 'replace', secret: true });
    }
  }
  return out;
}

/** The field-level changes between two renders of one object (Secret data by key only, never its values). */
export function fieldChanges(base: Manifest, head: Manifest): FieldChange[] {
  const secret = isSecretManifest(base) || isSecretManifest(head);
  let a: Record<string, any> = base.object;
  let b: Record<string, any> = head.object;
  const out: FieldChange[] = [];
  if (secret) {
    const { data: _d1, stringData: _s1, ...restA } = a;
    const { data: _d2, stringData: _s2, ...restB } = b;
    a = restA;
    b = restB;
  }
  const raw = diffValues(a, b).map((c) => ({ c, path: (c.headPath ?? c.basePath)! }));
  raw.sort((x, y) => comparePaths(x.path, y.path));
  for (const { c, path } of raw) {
    const fc: FieldChange = { path: toPointer(path), op: c.op };
    if (c.op !== 'add') fc.before = c.before;
    if (c.op !== 'remove') fc.after = c.after;
    out.push(fc);
  }
  if (secret) out.push(...secretDataChanges(base.object, head.object));
  return out;
}

function pointerSegments(p: string): (string | number)[] {
  return p
    .split('/')
    .slice(1)
    .map((s) => {
      const k = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(k) ? Number(k) : k;
    });
}

/** Attach a manifest without making it part of the JSON (it holds the rendered text, and Secret data). */
export function hidden<T extends object>(target: T, key: string, value: unknown): T {
  if (value !== undefined)
    Object.defineProperty(target, key, { value, enumerable: false, writable: true, configurable: true });
  return target;
}

function makeDiff(ident: Identity, m: Manifest, status: ResourceDiff['status'], changes: FieldChange[]): ResourceDiff {
  return {
    id: ident.id,
    apiVersion: m.resource.apiVersion,
    kind: ident.kind,
    ...(ident.namespace !== undefined ? { namespace: ident.namespace } : {}),
    name: ident.name,
    status,
    changes,
  };
}

/** One render's objects by identity; a later duplicate wins (resource/duplicate reports the duplicate itself). */
function index(render: readonly Manifest[], namespace: string, scopes: Scopes): Map<string, [Identity, Manifest]> {
  const out = new Map<string, [Identity, Manifest]>();
  for (const m of render) {
    const ident = identityOf(m, namespace, scopes);
    out.set(ident.id, [ident, m]);
  }
  return out;
}

/**
 * The rendered diff of one combo between the base commit's render and the head's: objects added, removed and
 * changed (unchanged ones are left out), field by field, sorted by id and then path. Secret data appears as
 * `secret: true` changes by key, never with values; the manifests hang off each diff as non-enumerable properties.
 */
export function diffRenders(
  base: readonly Manifest[],
  head: readonly Manifest[],
  opts: { namespace: string },
): ResourceDiff[] {
  const scopes = scopesOf(base, head);
  const b = index(base, opts.namespace, scopes);
  const h = index(head, opts.namespace, scopes);
  const out: ResourceDiff[] = [];
  for (const [id, [ident, hm]] of h) {
    const prev = b.get(id);
    if (!prev) {
      out.push(hidden(makeDiff(ident, hm, 'added', []), 'head', hm));
      continue;
    }
    const changes = fieldChanges(prev[1], hm);
    if (changes.length === 0) continue;
    changes.sort((x, y) => comparePaths(pointerSegments(x.path), pointerSegments(y.path)));
    const d = makeDiff(ident, hm, 'changed', changes);
    hidden(d, 'head', hm);
    hidden(d, 'base', prev[1]);
    out.push(d);
  }
  for (const [id, [ident, bm]] of b) if (!h.has(id)) out.push(hidden(makeDiff(ident, bm, 'removed', []), 'base', bm));
  out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  renderPairs.set(out, { base, head, namespace: opts.namespace, scopes });
  return out;
}
