import type { PathSeg, Severity } from '../types.js';

/** One schema problem in one resource; the engine adds combo, resource and template location. */
export interface SchemaIssue {
  /** 'schema/unknown-field' | 'schema/enum' | 'schema/type' | 'schema/required' | 'schema/unknown-kind'
   *  | 'schema/removed-api' | 'schema/invalid' (anything else AJV reports) */
  rule: string;
  severity: Severity;
  message: string;
  /** Path of the offending field inside the resource (for 'required': the object missing the key). */
  path: PathSeg[];
}

export interface SchemaOptions {
  /** Kubernetes version of the combo, e.g. '1.30.0' (selects the schema set and removed-API checks). */
  kubeVersion?: string;
  /** Report unknown fields (default true). */
  strict?: boolean;
  /** Severity for an apiVersion/kind with no schema: default 'error'; per-kind overrides keyed by Kind or group/Kind. */
  unknownKinds?: { default?: Severity | 'off'; kinds?: Record<string, Severity | 'off'> };
  /** Extra schema sources: local directories or URL templates in kubeconform's layout. The entry 'default'
   *  places the embedded set among them; without it the embedded set is tried after all of them. */
  locations?: string[];
  /** Directory that relative local locations are resolved against (default: the working directory). */
  baseDir?: string;
  /** Directory for downloaded schemas (and cached 404s). */
  cacheDir?: string;
  /** Extra CRD manifests (parsed objects of kind CustomResourceDefinition). */
  crds?: unknown[];
}

export interface SchemaValidator {
  /**
   * Validate one resource. `crds` are CustomResourceDefinition objects rendered in the same combo
   * (or found in the chart's crds/), which take effect for this call.
   */
  validate(resource: Record<string, unknown>, opts?: { kubeVersion?: string; crds?: readonly unknown[] }): Promise<SchemaIssue[]>;
}
