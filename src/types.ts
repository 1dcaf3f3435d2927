/** The one type every check produces and every reporter consumes. */
export type Severity = 'error' | 'warning' | 'notice';

/** A segment of a path inside a rendered resource: an object key or an array index. */
export type PathSeg = string | number;

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
}

export interface Location {
  /** Repo-relative (relative to the working directory), forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column?: number;
  /** True when the line could not be mapped exactly (the document's first line in its template). */
  approximate?: boolean;
  /** When the field came through `include`/`template`, the name of the define. */
  via?: string;
}

export interface Finding {
  severity: Severity;
  /** Stable id, e.g. 'schema/unknown-field', 'assert/kind-count', 'render/failed'. */
  rule: string;
  /** Which matrix combination ('' for chart-wide findings such as config problems). */
  combo: string;
  /** The chart (repo-relative directory) the finding belongs to; set by the guard on every finding. */
  chart?: string;
  /** One sentence a person can act on. Never contains Secret data. */
  message: string;
  resource?: ResourceRef;
  /** JSON pointer inside the resource, e.g. /spec/updateStrategy/type. */
  path?: string;
  /** The TEMPLATE file and line that produced the problem. */
  location?: Location;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** RFC 6901 JSON pointer from path segments. */
export function toPointer(path: readonly PathSeg[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Dotted display form: spec.containers[0].name */
export function toDotted(path: readonly PathSeg[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}
