/**
 * The run: every chart × combo of the configs (or one shard of them) through one pool of helm processes.
 * helm starts first; the engine that checks renders (parsers, validators, rules) loads while helm runs.
 * What depends on several combos of a chart — helm lint's findings, a combo that renders nothing while
 * others render — is settled at the end by `finalize`, which `helm-guard merge` runs again over shard
 * reports, so a merged report equals a full run's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { yaml } from './util/vendor.js';
import { checkOf } from './catalog.js';
import type { Combo, GuardConfig } from './config/load.js';
import { lintArgs, templateArgs, type InlineValuesFiles } from './helm/args.js';
import { DEFAULT_MAX_OUTPUT_BYTES, helmPool, stopRuns } from './helm/run.js';
import { readRegularFile } from './util/files.js';
import { helmVersion } from './helm/version.js';
import { assignShards, type Shard } from './plan.js';
import {
  atOrAbove,
  GuardError,
  level,
  type ChartRun,
  type ComboResult,
  type FailOn,
  type GuardResult,
  type WorkItem,
} from './result.js';
import { crdVersions } from './schemas/crd.js';
import { releaseFor } from './schemas/embedded.js';
import { scrubSecrets } from './secrets.js';
import type { SchemaValidator } from './schemas/types.js';
import type { Finding } from './types.js';
import { repoPath } from './util/paths.js';
import { configAtBase, headFileOf, type BaseCheckout, type BaseConfig } from './base/rebase.js';
import type { BaseRender } from './stages/types.js';
import type { RenderedCombo } from './values/check.js';
import type { RunResult } from './helm/run.js';
import type { CoverageStageResult } from './stages/coverage.js';

export { atOrAbove, GuardError } from './result.js';
export { helmVersion } from './helm/version.js';
export type { ChartRun, CheckStatus, ComboResult, FailOn, GuardResult, WorkItem } from './result.js';

export interface GuardOptions {
  /** One chart's config … */
  config?: GuardConfig;
  /** … or several (one pool for all). */
  configs?: GuardConfig[];
  helm: string;
  /**
   * The version `helm` reports, when the caller has just asked it (the Action's install checks the binary
   * it installs): the run does not start another helm to ask again.
   */
  helmVersion?: string;
  /** Paths in findings are relative to this directory (the repository root). */
  baseDir: string;
  failOn?: FailOn;
  /** Only this shard of the plan (`--shard i/n`). */
  shard?: Shard;
  /** Last known render time per item ("chart\0combo" → ms), to balance shards. */
  timings?: ReadonlyMap<string, number>;
  /** Called as each combo finishes (progress output). */
  onCombo?: (c: ComboResult) => void;
  /** Also render every combo at this commit (checked out in a worktree) and compare: upgrade safety. */
  base?: BaseCheckout;
  /** Report keys of values.yaml that no template reads (values/unused). */
  unusedValues?: boolean;
  /**
   * Called once helm's first calls have started and the engine has begun to load: what the caller loads
   * for later (the report's formatter) loads then, while helm runs, not before it starts.
   */
  whileHelmRuns?: () => void;
}

function readCrdFiles(paths: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const p of paths) {
    // a regular file only (a FIFO or a device named here would block the run), and not a huge one
    const read = readRegularFile(p, 64 << 20);
    if ('why' in read)
      throw new GuardError(
        read.why === 'missing'
          ? `CRD file not found: ${p}`
          : `CRD file ${p} cannot be read: ${read.why === 'too-large' ? 'it is over 64 MiB' : `it is ${read.why === 'directory' ? 'a directory' : read.why === 'not-regular' ? 'not a regular file' : 'unreadable'}`}`,
      );
    const text = read.text;
    for (const d of yaml().parseAllDocuments(text)) {
      if ('errors' in d && d.errors.length)
        throw new GuardError(`CRD file ${p} is not valid YAML: ${d.errors[0]!.message.split('\n')[0]}`);
      const o = d.toJS();
      if (o && o.kind === 'CustomResourceDefinition') out.push(o);
    }
  }
  return out;
}

/** group/version and group/version/kind of every served version of the given CRDs (for Capabilities). */
function crdApiVersions(crds: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const crd of crds)
    for (const v of crdVersions(crd)) {
      out.add(`${v.group}/${v.version}`);
      out.add(`${v.group}/${v.version}/${v.kind}`);
    }
  return [...out];
}

/** One notice per Kubernetes version that has no schema set of its own. */
function kubeVersionNotes(config: GuardConfig): Finding[] {
  const notes = new Map<string, string>();
  for (const c of config.combos) {
    const { note } = releaseFor(c.kubeVersion);
    if (note && c.kubeVersion) notes.set(c.kubeVersion, note);
  }
  return [...notes.values()].map((message) => ({
    severity: 'notice',
    rule: 'schema/kube-version',
    combo: '',
    message,
  }));
}

/** Every item of the configs, in plan order: charts in order, each chart's combos in order. */
export function workItems(configs: readonly GuardConfig[], baseDir: string): WorkItem[] {
  return configs.flatMap((c) => c.combos.map((combo) => ({ chart: repoPath(baseDir, c.chartDir), combo: combo.name })));
}

interface Prepared {
  config: GuardConfig;
  chart: string;
  combos: Combo[];
  owned: boolean;
  inline: InlineValuesFiles;
  extraApiVersions: string[];
  crds: unknown[];
  /** The chart at the base commit, when one was asked for. */
  base?: BaseConfig;
}

export async function runGuard(opts: GuardOptions): Promise<GuardResult> {
  const configs = opts.configs ?? (opts.config ? [opts.config] : []);
  if (!configs.length) throw new GuardError('no chart to guard');
  const started = performance.now();
  const { helm, baseDir } = opts;
  const failOn = opts.failOn ?? 'error';
  // the engine (YAML, validators, rules) loads while helm runs, and the validators most renders need with
  // it. Not before helm starts: import() reads and compiles a module before it returns, and the first
  // helm calls are queued below and start once this function first waits; a turn of the event loop later
  // they have started (a one-combo run started helm some 10 ms sooner).
  const afterSpawn = new Promise<void>((r) => setImmediate(r));
  // the version is for the report, asked once the renders have started and before the engine compiles. At
  // the usual priority: at the lowest, a busy run left it nothing until the end, where the run waited for it
  // (certctl, medians of 31: 533 -> 521 ms without)
  const versionP = opts.helmVersion ? Promise.resolve(opts.helmVersion) : afterSpawn.then(() => helmVersion(helm));
  versionP.catch(() => undefined);
  const engineP = afterSpawn.then(() => import('./engine.js'));
  if (opts.whileHelmRuns) afterSpawn.then(opts.whileHelmRuns).catch(() => undefined);
  engineP.then(
    (e) => e.preloadSchemas(configs.flatMap((c) => (c.schemas.enabled ? c.combos.map((x) => x.kubeVersion) : []))),
    () => undefined,
  );
  const items = workItems(configs, baseDir);
  const shardOf = opts.shard ? assignShards(items, opts.shard.total, opts.timings) : undefined;
  const mine = (k: number) => !shardOf || shardOf[k] === opts.shard!.index;

  // inline `values` become values files (JSON is YAML), removed when the run ends
  const inlineDir = configs.some((c) => c.combos.some((x) => x.values.length))
    ? mkdtempSync(join(tmpdir(), 'helm-guard-values-'))
    : undefined;
  try {
    let k = 0;
    const prepared: Prepared[] = configs.map((config, ci) => {
      const chart = repoPath(baseDir, config.chartDir);
      const first = k;
      const combos = config.combos.filter(() => mine(k++));
      const crds = readCrdFiles(config.schemas.crds);
      const inline = new Map<Combo, string[]>();
      if (inlineDir)
        config.combos.forEach((c, i) =>
          inline.set(
            c,
            c.values.map((v, j) => {
              const f = join(inlineDir, `${ci}-${i}-${j}.yaml`);
              writeFileSync(f, JSON.stringify(v));
              return f;
            }),
          ),
        );
      const base = opts.base ? configAtBase(config, opts.base) : undefined;
      // inline values are the head's, for the base's copy of each combo too
      if (base?.config) base.config.combos.forEach((c, i) => inline.set(c, inline.get(config.combos[i]!) ?? []));
      return {
        config,
        chart,
        combos,
        owned: mine(first),
        inline,
        extraApiVersions: crdApiVersions(crds),
        crds,
        ...(base ? { base } : {}),
      };
    });

    const pooled = helmPool(configs[0]!.concurrency || availableParallelism());
    /** Secret values of every combo's render: scrubbed from every finding of the run. */
    const runSecrets = new Set<string>();
    const lintTasks: Promise<Finding[]>[] = [];
    // what reads helm lint's output (and helm's errors) loads while helm lints, not at start-up
    const lintParser = configs.some((c) => c.lint.enabled)
      ? afterSpawn
          .then(() => Promise.all([import('./helm/lint.js'), import('./helm/errors.js')]))
          .then(([l, e]) => ({
            parseLint: l.parseLint,
            parseHelmError: e.parseHelmError,
          }))
      : Promise.reject(new Error('no lint in this run'));
    lintParser.catch(() => undefined);
    // the values index and its rules load while helm runs
    const valuesChecks = afterSpawn.then(() => import('./values/check.js'));
    valuesChecks.catch(() => undefined);
    // the values index of each chart is built while helm renders, not after (a chart per turn of the loop)
    valuesChecks.then(
      (vc) => {
        const warm = (i: number) => {
          if (i >= prepared.length) return;
          vc.warmIndex(prepared[i]!.config);
          setImmediate(() => warm(i + 1));
        };
        setImmediate(() => warm(0));
      },
      () => undefined,
    );
    const comboTasks: Promise<ComboResult>[] = [];
    /** The run stopped early (a config pattern the engine cannot run): no render is checked any more. */
    let stopped = false;
    /** What each combo that rendered rendered (matrix/duplicate-combo). */
    const fingerprints = new Map<ComboResult, RenderedCombo>();
    /** Per chart with coverage on: its combos' normal renders (the instrumented ones are compared with them). */
    const coverageOf = new Map<Prepared, { combo: Combo; normal: Promise<RunResult> }[]>();
    for (const p of prepared) {
      const { config } = p;
      // helm's calls in plan order: the chart's lint first (it is as slow as a render), then its combos
      const lintCombos = !config.lint.enabled
        ? []
        : config.lint.perCombo
          ? p.combos
          : p.owned
            ? [config.combos.find((c) => !c.expect.failure) ?? config.combos[0]!]
            : [];
      for (const c of lintCombos)
        lintTasks.push(
          pooled(helm, lintArgs(config, c, p.inline), { timeoutMs: config.timeoutMs, cwd: baseDir }).then(
            async (r): Promise<Finding[]> => {
              const combo = config.lint.perCombo ? c.name : '';
              if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
              if (r.outputTooLarge)
                return [
                  {
                    severity: 'error',
                    rule: 'render/output-too-large',
                    combo,
                    chart: p.chart,
                    message: `helm lint wrote more than ${Math.round(DEFAULT_MAX_OUTPUT_BYTES / 2 ** 20)} MiB of output and was stopped`,
                  },
                ];
              if (r.timedOut)
                return [
                  {
                    severity: 'error',
                    rule: 'render/timeout',
                    combo,
                    chart: p.chart,
                    message: `helm lint ran past ${config.timeoutMs} ms and was killed`,
                  },
                ];
              // killed by someone else (the system out of memory): a lint that did not finish is not clean
              if (r.code === null && r.signal)
                return [
                  {
                    severity: 'error',
                    rule: 'lint/error',
                    combo,
                    chart: p.chart,
                    message: (await lintParser).parseHelmError(r.stderr, r.signal).message,
                  },
                ];
              return (await lintParser)
                .parseLint(r.stdout + '\n' + r.stderr, config.chartDir, baseDir, combo)
                .map((f) => level(f, config.rules))
                .filter((f): f is Finding => !!f)
                .map((f) => ({ ...f, chart: p.chart }));
            },
          ),
        );
      let validatorP: Promise<SchemaValidator | undefined> | undefined;
      for (const combo of p.combos) {
        const comboStarted = performance.now();
        const renderP = pooled(helm, templateArgs(config, combo, p.inline, p.extraApiVersions), {
          timeoutMs: config.timeoutMs,
          cwd: baseDir,
        });
        if (config.coverage.enabled) coverageOf.set(p, [...(coverageOf.get(p) ?? []), { combo, normal: renderP }]);
        // the same combo at the base commit, in the same pool, right after it
        const baseCombo = p.base?.config?.combos[config.combos.indexOf(combo)];
        const baseWhy = !opts.base
          ? undefined
          : (p.base?.reason ?? p.base?.missing.get(combo.name) ?? (baseCombo ? undefined : 'the combo is new'));
        const baseP =
          opts.base && baseCombo && !baseWhy
            ? pooled(helm, templateArgs(p.base!.config!, baseCombo, p.inline, p.extraApiVersions), {
                timeoutMs: config.timeoutMs,
                cwd: baseDir,
              })
            : undefined;
        comboTasks.push(
          renderP.then(async (r) => {
            if (stopped) throw new GuardError('the run was stopped');
            if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
            const engine = await engineP;
            validatorP ??= engine.schemaValidator(config, p.crds, join(baseDir, '.cache', 'helm-guard', 'schemas'));
            const validator = validatorP.catch((e: Error) => {
              throw new GuardError(`schemas: ${e.message}`);
            });
            const checkout = opts.base;
            let base: BaseRender | undefined;
            if (checkout && baseWhy) base = { commit: checkout.commit, unavailable: baseWhy };
            else if (checkout && baseP) {
              const br = await baseP;
              if (br.spawnError) throw new GuardError(`cannot run helm (${helm}): ${br.spawnError.message}`);
              base = engine.baseRender(br, {
                commit: checkout.commit,
                combo: combo.name,
                chartDir: p.base!.config!.chartDir,
                baseDir,
                toHead: (file) =>
                  headFileOf(file, { baseDir, worktree: checkout.worktree, repoRoot: checkout.repoRoot }),
              });
            }
            const { result, secrets } = await engine.analyzeRender({
              combo,
              config,
              chart: p.chart,
              baseDir,
              failOn,
              validator,
              render: r,
              started: comboStarted,
              ...(base ? { base } : {}),
            });
            for (const v of secrets) runSecrets.add(v);
            if (result.render === 'ok' && r.code === 0 && config.combos.length > 1) {
              const vc = await valuesChecks;
              fingerprints.set(result, {
                combo,
                fingerprint: vc.renderFingerprint(r.stdout),
                ...(vc.noisyChart(config) ? { stdout: r.stdout } : {}),
              });
            }
            for (const f of result.findings) f.chart = p.chart;
            opts.onCombo?.(result);
            return result;
          }),
        );
      }
    }

    // the configs' patterns, checked while helm renders; one the engine cannot run stops the run here: its
    // renders are killed or never start, and what their tasks still do, or how they fail, is not wanted
    try {
      for (const p of prepared) p.config.checkPatterns?.();
    } catch (e) {
      stopped = true;
      stopRuns();
      for (const t of [...comboTasks, ...lintTasks]) t.catch(() => undefined);
      throw e;
    }

    // template coverage: the instrumented renders queue after every normal render, in the same pool
    const coverageTasks = new Map<Prepared, Promise<CoverageStageResult>>();
    if (coverageOf.size) {
      // not awaited here: a combo task that fails meanwhile is awaited below, never left unhandled
      const stage = import('./stages/coverage.js');
      for (const [p, combos] of coverageOf)
        coverageTasks.set(
          p,
          stage.then(({ coverageStage }) =>
            coverageStage({
              config: p.config,
              chart: p.chart,
              helm,
              baseDir,
              combos,
              inline: p.inline,
              extraApiVersions: p.extraApiVersions,
              pooled,
              sharded: !!opts.shard,
            }),
          ),
        );
    }
    const settled = await Promise.allSettled([
      versionP,
      Promise.all(comboTasks),
      Promise.all(lintTasks),
      Promise.all(coverageTasks.values()),
    ]);
    for (const x of settled) if (x.status === 'rejected') throw x.reason;
    const version = await versionP;
    const done = await Promise.all(comboTasks);
    const lintFindings = (await Promise.all(lintTasks)).flat();
    // across a chart's combos: renders that repeat another's, reads of values nothing defines, unread defaults
    const valuesFindings = new Map<Prepared, Finding[]>();
    const valuesAcross = async (p: Prepared, vc: Awaited<typeof valuesChecks>): Promise<void> => {
      const mine = done.filter((c) => c.chart === p.chart && fingerprints.has(c));
      // a chart whose renders carry generated values: a combo is rendered once more to tell them apart
      const again = async (combo: Combo) => {
        const r = await pooled(helm, templateArgs(p.config, combo, p.inline, p.extraApiVersions), {
          timeoutMs: p.config.timeoutMs,
          cwd: baseDir,
        });
        return r.code === 0 && !r.timedOut && !r.outputTooLarge ? r.stdout : undefined;
      };
      const rendered = mine.map((c) => fingerprints.get(c)!);
      for (const { combo, finding } of await vc.duplicateCombos(rendered, baseDir, again)) {
        const f = level(finding, combo.rules);
        const c = mine.find((x) => fingerprints.get(x)!.combo === combo);
        if (f && c) c.findings.push({ ...f, chart: p.chart });
      }
      if (!p.owned) return;
      const on = (id: string) => p.config.rules[id]?.severity !== 'off';
      const unused = p.config.rules['values/unused']?.severity;
      valuesFindings.set(p, [
        ...(on('values/undefined') ? vc.undefinedReads(p.config, baseDir) : []),
        ...(opts.unusedValues || (unused && unused !== 'off') ? vc.unusedDefaults(p.config, baseDir) : []),
      ]);
    };
    for (const p of prepared) {
      try {
        await valuesAcross(p, await valuesChecks);
      } catch (e) {
        // a defect in the values checks is reported, not a stop of the run
        valuesFindings.set(p, [
          {
            severity: 'error',
            rule: 'internal/rule-failed',
            combo: '',
            message: `the values checks could not run: ${(e as Error).message}`,
          },
        ]);
      }
    }
    const coverage = new Map<Prepared, CoverageStageResult>();
    for (const [p, t] of coverageTasks) coverage.set(p, await t);
    const charts: ChartRun[] = prepared.map((p) => ({
      chart: p.chart,
      lint: !p.config.lint.enabled ? 'off' : p.config.lint.perCombo ? 'per-combo' : 'once',
      owned: p.owned,
      findings: [
        ...(p.owned
          ? kubeVersionNotes(p.config)
              .map((f) => level(f, p.config.rules))
              .filter((f): f is Finding => !!f)
              .map((f) => ({ ...f, chart: p.chart }))
          : []),
        ...lintFindings.filter((f) => f.chart === p.chart),
        ...(valuesFindings.get(p) ?? [])
          .map((f) => level(f, p.config.rules))
          .filter((f): f is Finding => !!f)
          .map((f) => ({ ...f, chart: p.chart })),
        ...(coverage.get(p)?.findings ?? [])
          .map((f) => level(f, p.config.rules))
          .filter((f): f is Finding => !!f)
          .map((f) => ({ ...f, chart: p.chart })),
      ],
    }));
    // a value one combo's Secret holds may be quoted by another combo's failure, or by helm lint
    scrubSecrets([...done.flatMap((c) => c.findings), ...charts.flatMap((c) => c.findings)], runSecrets);
    const result = finalize({
      failOn,
      helm: { path: helm, version },
      charts,
      combos: done,
      durationMs: performance.now() - started,
    });
    if (opts.base) result.base = { commit: opts.base.commit, ref: opts.base.ref };
    const measured = [...coverage.values()].flatMap((c) => (c.coverage ? [c.coverage] : []));
    if (measured.length) result.coverage = measured;
    if (opts.shard)
      result.shard = {
        index: opts.shard.index,
        total: opts.shard.total,
        items,
        mine: items.filter((_, i) => mine(i)),
      };
    return result;
  } finally {
    if (inlineDir) rmSync(inlineDir, { recursive: true, force: true });
  }
}

export interface RawRun {
  failOn: FailOn;
  helm: { path: string; version: string };
  charts: ChartRun[];
  combos: ComboResult[];
  durationMs: number;
}

const sameFinding = (f: Finding) => JSON.stringify(f);

/**
 * Settle what depends on several combos of a chart, and the verdict:
 *  - helm lint renders without the cluster's capabilities: its deprecation warnings are kept only for APIs
 *    some combo actually renders; a lint error at a line where a render failed is that failure again;
 *  - a combo that renders nothing is a warning when another combo of the chart renders (charts whose
 *    defaults create nothing until configured), an error when none does; a configured severity stays.
 */
export function finalize(raw: RawRun): GuardResult {
  const { failOn } = raw;
  const chartWide: Finding[] = [];
  for (const ch of raw.charts) {
    const combos = raw.combos.filter((c) => c.chart === ch.chart);
    const renderAt = new Set(
      combos.flatMap((c) =>
        c.findings
          .filter((f) => f.rule === 'render/failed' && f.location)
          .map((f) => `${f.location!.file}:${f.location!.line}`),
      ),
    );
    const apis = new Set(combos.flatMap((c) => c.apis));
    const kept = ch.findings
      .filter(
        (f) => !(f.rule.startsWith('lint/') && f.location && renderAt.has(`${f.location.file}:${f.location.line}`)),
      )
      .filter((f) => {
        const dep = /^helm lint: (\S+) (\w+) is deprecated in v/.exec(f.message);
        return !dep || apis.has(`${dep[1]} ${dep[2]}`);
      });
    // a combo that renders nothing, while others render
    if (combos.some((c) => c.documents > 0))
      for (const c of combos)
        for (const f of c.findings)
          if (f.rule === 'render/empty' && f.severity === 'error' && !c.emptyConfigured) {
            f.severity = 'warning';
            f.message =
              'the render produced no resources with these values (other combos do): nothing would be installed';
          }
    const lintFailed = kept.some((f) => f.combo === '' && f.rule.startsWith('lint/') && atOrAbove(f.severity, failOn));
    for (const c of combos) {
      // its own lint findings first (again after a merge: each once)
      const own = kept.filter((f) => f.combo === c.name);
      const ownKeys = new Set(own.map(sameFinding));
      c.findings = [...own, ...c.findings.filter((f) => !ownKeys.has(sameFinding(f)))];
      const failing = c.findings.filter((f) => atOrAbove(f.severity, failOn));
      for (const k of Object.keys(c.checks) as (keyof typeof c.checks)[])
        if (c.checks[k] === 'fail') c.checks[k] = 'pass';
      for (const f of failing) c.checks[checkOf(f.rule)] = 'fail';
      c.checks.lint =
        ch.lint === 'off'
          ? 'skipped'
          : (
                ch.lint === 'per-combo'
                  ? own.some((f) => f.rule.startsWith('lint/') && atOrAbove(f.severity, failOn))
                  : lintFailed
              )
            ? 'fail'
            : 'pass';
      c.status = failing.length || (ch.lint === 'once' && lintFailed) ? 'fail' : 'pass';
    }
    chartWide.push(...kept.filter((f) => f.combo === ''));
  }
  const findings = [...chartWide, ...raw.combos.flatMap((c) => c.findings)];
  const charts = raw.charts.map((c) => c.chart);
  const chartFailed = chartWide.some((f) => atOrAbove(f.severity, failOn));
  return {
    result: raw.combos.every((c) => c.status === 'pass') && !chartFailed ? 'pass' : 'fail',
    failOn,
    helm: raw.helm,
    chart: charts[0] ?? '',
    charts,
    combos: raw.combos,
    findings,
    chartRuns: raw.charts,
    durationMs: raw.durationMs,
  };
}
