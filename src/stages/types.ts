/**
 * The per-combo pipeline: a render goes through named stages (src/stages/index.ts lists them), each
 * reading and adding to one context. A new stage is one file and one line in that list.
 */
import type { Check } from '../catalog.js';
import type { Combo, GuardConfig } from '../config/load.js';
import type { RunResult } from '../helm/run.js';
import type { ParseResult } from '../manifests/parse.js';
import type { Manifest } from '../manifests/types.js';
import type { CheckStatus, ComboResult, FailOn } from '../result.js';
import type { SchemaValidator } from '../schemas/types.js';
import type { Finding } from '../types.js';

export interface ComboContext {
  readonly combo: Combo;
  readonly config: GuardConfig;
  /** Repo-relative chart directory. */
  readonly chart: string;
  readonly baseDir: string;
  readonly failOn: FailOn;
  /** helm template's result. */
  readonly render: RunResult;
  readonly validator: Promise<SchemaValidator | undefined>;
  /** The rendered output, parsed (set by the parse stage). */
  parsed?: ParseResult;
  /** The rendered resources. */
  manifests: Manifest[];
  /** What the combo's result says about the render. */
  outcome: ComboResult['render'];
  documents: number;
  kinds: Record<string, number>;
  /** "apiVersion kind" of everything rendered. */
  apis: Set<string>;
  checks: Record<Check, CheckStatus>;
  findings: Finding[];
  /** Add a finding (config severities and `helm-guard.io/ignore` of its resource applied). */
  add(f: Finding, manifest?: Manifest): void;
  /** Set by a stage after which nothing more can be checked (the render failed, or is empty). */
  done: boolean;
}

export interface Stage {
  name: string;
  run(ctx: ComboContext): void | Promise<void>;
}
