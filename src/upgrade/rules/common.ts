import type { Manifest } from '../../manifests/types.js';
import type { PathSeg, Severity } from '../../types.js';
import { semanticChanges, type Change } from '../compare.js';
import { normalize, withDefaults } from '../defaults.js';
import { hidden, type RenderPair } from '../diff.js';
import { groupOf } from '../identity.js';
import type { ResourceDiff, UpgradeIssue } from '../types.js';
import { describePath, existingPrefix, formatValue, getAt, isObject } from '../values.js';

export interface UpgradeContext {
  diffs: readonly ResourceDiff[];
  /** The renders the diffs came from, when known (unchanged objects are in no diff). */
  renders?: RenderPair;
}

export interface UpgradeRule {
  id: string;
  severity: Severity;
  description: string;
  check(ctx: UpgradeContext): UpgradeIssue[];
}

export function makeIssue(
  rule: { id: string; severity: Severity },
  fields: { manifest?: Manifest; baseManifest?: Manifest; path?: PathSeg[]; message: string },
): UpgradeIssue {
  const issue: UpgradeIssue = { rule: rule.id, severity: rule.severity, message: fields.message };
  if (fields.path) issue.path = fields.path;
  hidden(issue, 'manifest', fields.manifest);
  hidden(issue, 'baseManifest', fields.baseManifest);
  return issue;
}

/** Two renders of one object, each with the API server's defaults (see defaults.ts). */
export interface Defaulted {
  base: Manifest;
  head: Manifest;
  kind: string;
  b: Record<string, any>;
  h: Record<string, any>;
}

export function defaultedPair(base: Manifest, head: Manifest): Defaulted {
  const kind = head.resource.kind;
  return {
    base,
    head,
    kind,
    b: withDefaults(base.resource.apiVersion, kind, base.object),
    h: withDefaults(head.resource.apiVersion, kind, head.object),
  };
}

export function defaulted(d: ResourceDiff): Defaulted | undefined {
  if (d.status !== 'changed' || !d.base || !d.head) return undefined;
  return defaultedPair(d.base, d.head);
}

/** Differences of the values at `path` (the same on both sides), as the API server compares them. */
export function changesAt(x: Defaulted, path: PathSeg[]): Change[] {
  return semanticChanges(normalize(getAt(x.b, path)), normalize(getAt(x.h, path)), [...path], [...path]);
}

/** Where a change is reported in the head manifest: the changed field, or its closest ancestor that exists. */
export function headPathOf(x: { head: Manifest }, c: Change | undefined, fallback: PathSeg[]): PathSeg[] {
  const p = c?.headPath ?? c?.basePath ?? fallback;
  const found = existingPrefix(x.head.object, p);
  return found.length > 0 || p.length === 0 ? found : existingPrefix(x.head.object, fallback);
}

/** `spec.serviceName "a" → "b"`, `containers[app].env[X] added`: one change for a message, values from the defaulted renders. */
export function describeChange(x: { b: unknown; h: unknown }, c: Change, from = 0, values = true): string {
  const path = c.headPath ? describePath(x.h, c.headPath, from) : c.basePath ? describePath(x.b, c.basePath, from) : '';
  const where = path || '(whole value)';
  if (c.reordered) return `${where} reordered`;
  if (!values) return `${where} ${c.op === 'add' ? 'added' : c.op === 'remove' ? 'removed' : 'changed'}`;
  const before = c.basePath ? getAt(x.b, c.basePath) : undefined;
  const after = c.headPath ? getAt(x.h, c.headPath) : undefined;
  if (c.op === 'add') return `${where} added (${formatValue(after)})`;
  if (c.op === 'remove') return `${where} removed (was ${formatValue(before)})`;
  return `${where} ${formatValue(before)} → ${formatValue(after)}`;
}

/** Up to `max` changes for a message, then how many more. */
export function describeChanges(
  x: { b: unknown; h: unknown },
  changes: readonly Change[],
  opts: { from?: number; max?: number; values?: boolean } = {},
): string {
  const max = opts.max ?? 3;
  const parts = changes.slice(0, max).map((c) => describeChange(x, c, opts.from ?? 0, opts.values ?? true));
  if (changes.length > max) parts.push(`and ${changes.length - max} more`);
  return parts.join('; ');
}

/** Controllers that replace their pods when spec.template changes (a Job's template cannot change). */
export function isRollingWorkload(m: Manifest | undefined): boolean {
  if (!m) return false;
  const group = groupOf(m.resource.apiVersion);
  const kind = m.resource.kind;
  if (group === '') return kind === 'ReplicationController';
  return (
    (group === 'apps' || group === 'extensions') &&
    (kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'ReplicaSet')
  );
}

/** StatefulSets and DaemonSets with updateStrategy OnDelete replace no pod by themselves. */
export function isOnDelete(x: Defaulted): boolean {
  return (
    (x.kind === 'StatefulSet' || x.kind === 'DaemonSet') &&
    getAt(x.h, ['spec', 'updateStrategy', 'type']) === 'OnDelete'
  );
}

/** Differences of a workload's pod template (defaulted), or [] when it is the same. */
export function templateChanges(x: Defaulted): Change[] {
  if (!isObject(x.b.spec) || !isObject(x.h.spec)) return [];
  return changesAt(x, ['spec', 'template']);
}
