import type { Manifest } from '../manifests/types.js';
import type { PathSeg, Severity } from '../types.js';

export interface FieldChange {
  /**
   * JSON pointer (RFC 6901) of the field: its path in the head manifest, or in the base manifest for a removal
   * (list elements matched by name keep their own index on each side).
   */
  path: string;
  op: 'add' | 'remove' | 'replace';
  before?: unknown;
  after?: unknown;
  /** Secret data: values never included, only that it changed */
  secret?: true;
}

export interface ResourceDiff {
  /** `${group}/${kind} ${namespace}/${name}`, group '' for core, namespace '' for cluster-scoped kinds. */
  id: string;
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  status: 'added' | 'removed' | 'changed';
  /** [] for added/removed */
  changes: FieldChange[];
  /** The head render's manifest (not enumerable: JSON of a diff carries no rendered document, nor Secret data). */
  head?: Manifest;
  /** The base render's manifest (not enumerable, as head). */
  base?: Manifest;
}

export interface UpgradeIssue {
  rule: string;
  severity: Severity;
  /**
   * the head manifest (its template line is where the finding is reported); absent for a removed resource.
   * Not enumerable, like ResourceDiff.head.
   */
  manifest?: Manifest;
  /** the base manifest, for removed/renamed ones (not enumerable) */
  baseManifest?: Manifest;
  /** into the head manifest's object (into the base manifest's when there is no head manifest) */
  path?: PathSeg[];
  message: string;
}

export interface UpgradeRuleInfo {
  id: string;
  severity: Severity;
  description: string;
}
