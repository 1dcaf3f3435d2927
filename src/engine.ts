/**
 * Everything done with a render once helm has returned: the stages of src/stages/ (parse, render result,
 * hooks, documents, schemas, rules, expectations). Loaded by the guard while the first helm processes run,
 * so that its start-up (YAML parsers, validators, rules) costs no wall time of its own.
 */
import { checkOf } from './catalog.js';
import type { Combo, GuardConfig } from './config/load.js';
import type { RunResult } from './helm/run.js';
import { atOrAbove, level, type ComboResult, type FailOn } from './result.js';
import { createSchemaValidator, warmRelease } from './schemas/index.js';
import type { SchemaValidator } from './schemas/types.js';
import { secretValues } from './secrets.js';
import { STAGES, type BaseRender, type ComboContext } from './stages/index.js';
import { parseRender } from './manifests/parse.js';

/**
 * Load, while helm runs, the validators nearly every render needs (object metadata, the core and apps
 * groups), so that checking the first render does not wait for them.
 */
export function preloadSchemas(kubeVersions: readonly (string | undefined)[]): void {
  for (const v of new Set(kubeVersions)) void warmRelease(v).catch(() => undefined);
}

/** The schema validator of one chart's config (its CRD files, locations, strictness). */
export function schemaValidator(
  config: GuardConfig,
  crds: unknown[],
  cacheDir: string,
): Promise<SchemaValidator | undefined> {
  if (!config.schemas.enabled) return Promise.resolve(undefined);
  return createSchemaValidator({
    strict: config.schemas.strict,
    locations: config.schemas.locations,
    cacheDir: config.schemas.cacheDir ?? cacheDir,
    baseDir: config.configDir,
    unknownKinds: config.schemas.unknownKinds,
    crds,
  });
}

export interface RenderInput {
  combo: Combo;
  config: GuardConfig;
  /** Repo-relative chart directory. */
  chart: string;
  baseDir: string;
  failOn: FailOn;
  validator: Promise<SchemaValidator | undefined>;
  /** helm template's result. */
  render: RunResult;
  started: number;
  /** The combo rendered at the base commit, parsed (see baseRender). */
  base?: BaseRender;
}

/**
 * The base commit's render of a combo as the upgrade stage compares it: its resources, or why there are
 * none to compare (the base cannot render this combo).
 */
export function baseRender(
  r: RunResult,
  opts: {
    commit: string;
    combo: string;
    chartDir: string;
    baseDir: string;
    toHead: (file: string) => string | undefined;
  },
): BaseRender {
  const { commit } = opts;
  if (r.timedOut) return { commit, unavailable: 'helm template timed out at the base commit' };
  if (r.code !== 0) {
    const first = r.stderr.split('\n').find((l) => l.trim()) ?? `exit code ${r.code}`;
    return { commit, unavailable: `the base commit does not render: ${first.replace(/^Error: /, '')}` };
  }
  const parsed = parseRender(r.stdout, { combo: opts.combo, chartDir: opts.chartDir, baseDir: opts.baseDir });
  return { commit, manifests: parsed.manifests, toHead: opts.toHead };
}

/**
 * Check one combo's render through the stages (src/stages/). Also returns the values of its Secrets that
 * the render does not show elsewhere, which the guard scrubs from every finding of the run.
 */
export async function analyzeRender(input: RenderInput): Promise<{ result: ComboResult; secrets: string[] }> {
  const { combo, failOn } = input;
  const ctx: ComboContext = {
    combo,
    config: input.config,
    chart: input.chart,
    baseDir: input.baseDir,
    failOn,
    render: input.render,
    validator: input.validator,
    manifests: [],
    outcome: 'ok',
    documents: 0,
    kinds: {},
    apis: new Set(),
    checks: { render: 'pass', lint: 'skipped', schema: 'skipped', rules: 'skipped', assertions: 'skipped' },
    findings: [],
    add(f, manifest) {
      const l = level(f, combo.rules, manifest);
      if (l) ctx.findings.push(l);
    },
    done: false,
    ...(input.base ? { base: input.base } : {}),
  };
  for (const stage of STAGES) {
    await stage.run(ctx);
    if (ctx.done) break;
  }
  const { findings, checks } = ctx;
  for (const f of findings) if (atOrAbove(f.severity, failOn)) checks[checkOf(f.rule)] = 'fail';
  const result: ComboResult = {
    name: combo.name,
    chart: input.chart,
    status: findings.some((f) => atOrAbove(f.severity, failOn)) ? 'fail' : 'pass',
    render: ctx.outcome,
    checks,
    kinds: ctx.kinds,
    documents: ctx.documents,
    apis: [...ctx.apis].sort(),
    ...(combo.rules['render/empty']?.severity ? { emptyConfigured: true as const } : {}),
    findings,
    durationMs: performance.now() - input.started,
    ...(ctx.upgrade ? { upgrade: ctx.upgrade } : {}),
  };
  return { result, secrets: secretValues(ctx.manifests) };
}
