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
import type { ResourceDiff } from '../upgrade/types.js';

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
  /** The same combo rendered at the base commit (`--base`), or why it could not be. */
  readonly base?: BaseRender;
  /** What the upgrade stage found comparing the two (the rendered diff). */
  upgrade?: UpgradeResult;
}

export type BaseRender =
  | {
      commit: string;
      manifests: Manifest[];
      /** A base-render file (relative to baseDir) as the same file in the head, when it is there. */
      toHead: (file: string) => string | undefined;
    }
  | { commit: string; unavailable: string };

/** The rendered diff of a combo against the base commit, as reports carry it. */
export interface UpgradeResult {
  base: string;
  /** false: the base could not be rendered (`reason`); nothing was compared. */
  compared: boolean;
  reason?: string;
  /** What changed, per resource (the manifests themselves are not carried). */
  resources: Omit<ResourceDiff, 'head' | 'base'>[];
}

export interface Stage {
  name: string;
  run(ctx: ComboContext): void | Promise<void>;
}
