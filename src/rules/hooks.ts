import type { Manifest } from '../manifests/types.js';
import { isObject } from './pods.js';

/**
 * Helm hook annotations, read the way Helm reads them (pkg/releaseutil/manifest_sorter.go in Helm 3):
 * `helm.sh/hook` and `helm.sh/hook-delete-policy` are comma-separated, each value trimmed and
 * lower-cased; unknown events are dropped silently; `helm.sh/hook-weight` goes through strconv.Atoi and
 * is 0 when it does not parse.
 */

export const HOOK_ANNOTATION = 'helm.sh/hook';
export const WEIGHT_ANNOTATION = 'helm.sh/hook-weight';
export const DELETE_POLICY_ANNOTATION = 'helm.sh/hook-delete-policy';

export const HOOK_EVENTS: ReadonlySet<string> = new Set([
  'pre-install',
  'post-install',
  'pre-delete',
  'post-delete',
  'pre-upgrade',
  'post-upgrade',
  'pre-rollback',
  'post-rollback',
  'test',
  'test-success',
]);

export const DELETE_POLICIES: ReadonlySet<string> = new Set(['before-hook-creation', 'hook-succeeded', 'hook-failed']);

export interface HookInfo {
  /** Known events, normalised (`test-success` → `test`). */
  events: Set<string>;
  /** Raw event values as written (trimmed, lower-cased), known or not. */
  rawEvents: string[];
  weight: number;
  /** The weight annotation's text, when present. */
  rawWeight?: string;
  /** Delete policies as written (trimmed, lower-cased); empty means Helm's default, before-hook-creation. */
  deletePolicies: string[];
}

function split(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}

/** Go's strconv.Atoi on the trimmed-nothing string: optional sign and decimal digits only. */
export function atoi(v: string): number | undefined {
  if (!/^[+-]?\d+$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The hook annotations of a manifest, or undefined when it is not a hook. */
export function hookInfo(m: Manifest): HookInfo | undefined {
  const ann = m.object.metadata?.annotations;
  if (!isObject(ann)) return undefined;
  const hook = ann[HOOK_ANNOTATION];
  if (hook === undefined || hook === null) return undefined;
  const rawEvents = split(String(hook));
  const events = new Set<string>();
  for (const e of rawEvents) if (HOOK_EVENTS.has(e)) events.add(e === 'test-success' ? 'test' : e);
  const w = ann[WEIGHT_ANNOTATION];
  const rawWeight = w === undefined || w === null ? undefined : String(w);
  const weight = rawWeight === undefined ? 0 : (atoi(rawWeight) ?? 0);
  const dp = ann[DELETE_POLICY_ANNOTATION];
  const deletePolicies = dp === undefined || dp === null ? [] : split(String(dp));
  return { events, rawEvents, weight, rawWeight, deletePolicies };
}

/** The delete policies Helm applies (before-hook-creation when none is given). */
export function effectiveDeletePolicies(h: HookInfo): string[] {
  return h.deletePolicies.length > 0 ? h.deletePolicies : ['before-hook-creation'];
}
