import type { Location, PathSeg, ResourceRef } from '../types.js';

/** One rendered YAML document, with enough context to report at the template line. */
export interface Manifest {
  /** Combo name this document was rendered in. */
  combo: string;
  /** 0-based index of the document in the render output. */
  index: number;
  /** The `# Source:` value, e.g. `certctl/templates/server-deployment.yaml`. */
  source?: string;
  /** Repo-relative path of the template file that produced it, when it exists on disk. */
  templateFile?: string;
  /** The document as plain JSON-compatible data (a mapping for every Kubernetes resource). */
  object: Record<string, any>;
  resource: ResourceRef;
  /**
   * The template location that produced the value at `path` (the document itself when omitted).
   * Never throws; falls back to the document's template with `approximate: true`.
   */
  locate(path?: readonly PathSeg[]): Location | undefined;
}
