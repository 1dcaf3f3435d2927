import type { Manifest } from '../manifests/types.js';
import type { PathSeg, Severity } from '../types.js';

/** What a semantic rule reports; the engine turns it into a Finding (rule id, severity, template location). */
export interface RuleIssue {
  manifest: Manifest;
  /** Path inside manifest.object of the offending field; the engine maps it to a template line. */
  path?: PathSeg[];
  message: string;
  /** Overrides the rule's default severity for this issue (e.g. a warning-level sub-check). */
  severity?: Severity;
}

export interface RuleContext {
  combo: string;
  /** Every document rendered in this combo, in render order. */
  manifests: readonly Manifest[];
  /** Rule-specific options from config (`rules.<id>.options`), already validated as an object. */
  options: Record<string, unknown>;
  /** Absolute path of the chart directory. */
  chartDir: string;
  /** Absolute path of the directory the config file lives in (relative option paths resolve here). */
  baseDir: string;
  /** Objects the chart expects to exist but does not render (config `external`). */
  external: { configMaps: string[]; secrets: string[]; serviceAccounts: string[]; persistentVolumeClaims: string[] };
}

export interface Rule {
  /** Stable id, `<area>/<name>`, e.g. `workload/selector-mismatch`. */
  id: string;
  /** One line: what it catches. Shown in the README rules table and `--list-rules`. */
  description: string;
  severity: Severity;
  /**
   * The rule judges each document on its own: its issues on a document depend on that document and the
   * rule's options only, never on the combo or the other documents (as the API server validates one object).
   * The engine then checks a document rendered alike in several combos once (test/rules-per-document.test.ts
   * holds every such rule to it on the fixtures and the real charts).
   */
  perDocument?: boolean;
  check(ctx: RuleContext): RuleIssue[];
}
