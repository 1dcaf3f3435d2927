import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { RULE_IDS } from '../catalog.js';
import { findHelm, formatReport, parseDuration, type ReportScope } from '../cli/main.js';
import { startWatchdog } from '../util/watchdog.js';
import { ConfigError, loadConfigs } from '../config/load.js';
import { GuardError, runGuard, workItems, type FailOn, type GuardResult } from '../guard.js';
import { parseShard, planShards, timingsFromReport, type Shard } from '../plan.js';
import { globMatch } from '../util/glob.js';
import { toAnnotations } from '../report/annotations.js';
import { reportContext } from '../report/context.js';
import { groupsOf } from '../report/groups.js';
import { formatSummary, inert } from '../report/summary.js';
import { DEFAULT_HELM_VERSION } from '../helm/platform.js';

/** Inputs, as typed settings. */
interface Settings {
  /** Chart directories (the `chart` input, one per line or separated by spaces). */
  charts: string[];
  config?: string;
  workingDirectory: string;
  helmVersion: string;
  helmSha256?: string;
  helmMirror?: string;
  helmPath?: string;
  kubeVersion?: string;
  failOn: FailOn;
  annotations: number;
  summary: boolean;
  report?: string;
  reportFormat: 'json' | 'junit' | 'sarif' | 'text';
  since?: string;
  /** `since` is the pull request's base, not given: a base that cannot be found guards every chart. */
  sinceByDefault?: boolean;
  plan?: number;
  shard?: Shard;
  timings?: string;
  /** JSON reports to merge (paths and globs). */
  merge: string[];
  sarifCategory?: string;
  /** Compare with the render at this commit (`none`: do not). */
  base?: string;
  /** The base is the pull request's, not given: a base that cannot be checked out skips the comparison. */
  baseByDefault?: boolean;
  /** Input coverage: on or off, and gates (undefined: as the config says). */
  coverage?: { enabled: boolean; branches?: number; lines?: number; files?: number };
  coverageOutput?: string;
  /** Report values.yaml keys no template reads (values/unused notices). */
  unusedValues: boolean;
}

/** Input coverage: `true`, `false`, or gates `branches=90,files=100,lines=80` (which turn it on). */
export function coverageInput(v: string): Settings['coverage'] {
  if (!v) return undefined;
  if (v === 'true' || v === 'false') return { enabled: v === 'true' };
  const out: NonNullable<Settings['coverage']> = { enabled: true };
  for (const part of v.split(/[\s,]+/).filter(Boolean)) {
    const m = /^(branches|lines|files)=(\d+(?:\.\d+)?)%?$/.exec(part);
    if (!m || Number(m[2]) > 100)
      throw new GuardError(
        `input coverage must be true, false or gates such as branches=90,files=100 (percentages; got "${v}")`,
      );
    out[m[1] as 'branches' | 'lines' | 'files'] = Number(m[2]);
  }
  return out;
}

/**
 * An input as the runner passes it: the INPUT_<NAME> environment variable, trimmed (what @actions/core's
 * getInput reads). Read directly so that helm starts before @actions/core (and its HTTP client) has loaded.
 */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function settings(workspace: string): Settings {
  const opt = (name: string) => input(name) || undefined;
  const failOn = input('fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn))
    throw new GuardError(`input fail-on must be error, warning or never (got "${failOn}")`);
  const reportFormat = input('report-format') || 'json';
  if (!['json', 'junit', 'sarif', 'text'].includes(reportFormat))
    throw new GuardError(`input report-format must be json, junit, sarif or text (got "${reportFormat}")`);
  const ann = input('annotations') || '10';
  if (!/^\d+$/.test(ann)) throw new GuardError(`input annotations must be a whole number (got "${ann}")`);
  const wd = input('working-directory') || '.';
  const planInput = input('plan');
  if (planInput && !(/^\d+$/.test(planInput) && Number(planInput) >= 1 && Number(planInput) <= 256))
    throw new GuardError(`input plan must be a number of shards from 1 to 256 (got "${planInput}")`);
  const coverage = coverageInput(input('coverage'));
  const unused = input('unused-values') || 'false';
  if (unused !== 'true' && unused !== 'false')
    throw new GuardError(`input unused-values must be true or false (got "${unused}")`);
  const shardInput = input('shard');
  const shard = shardInput ? parseShard(shardInput) : undefined;
  if (shardInput && !shard) throw new GuardError(`input shard must be I/N with 1 <= I <= N (got "${shardInput}")`);
  return {
    charts: (input('chart') || '').split(/\s+/).filter(Boolean),
    config: opt('config'),
    workingDirectory: isAbsolute(wd) ? wd : resolve(workspace, wd),
    helmVersion: input('helm-version') || DEFAULT_HELM_VERSION,
    helmSha256: opt('helm-sha256'),
    helmMirror: opt('helm-mirror'),
    helmPath: opt('helm-path'),
    kubeVersion: opt('kube-version'),
    failOn: failOn as FailOn,
    annotations: Number(ann),
    summary: (input('summary') || 'true') !== 'false',
    report: opt('report'),
    reportFormat: reportFormat as Settings['reportFormat'],
    since: opt('since') ?? pullRequestBase(),
    sinceByDefault: !opt('since'),
    ...(planInput ? { plan: Number(planInput) } : {}),
    ...(shard ? { shard } : {}),
    timings: opt('timings'),
    merge: (input('merge') || '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    sarifCategory: opt('sarif-category'),
    base: opt('base') ?? pullRequestBase(),
    baseByDefault: !opt('base'),
    ...(coverage ? { coverage } : {}),
    coverageOutput: opt('coverage-output'),
    unusedValues: unused === 'true',
  };
}

/** The base commit of the pull request this workflow runs for, if it runs for one. */
function pullRequestBase(): string | undefined {
  const event = process.env.GITHUB_EVENT_NAME;
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined;
  try {
    const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    const sha = payload?.pull_request?.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** Paths and globs (a `*` in the file name) relative to `dir`, expanded and sorted. */
function expandFiles(patterns: string[], dir: string): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    const abs = resolve(dir, p);
    if (!/[*?]/.test(basename(abs))) {
      out.push(abs);
      continue;
    }
    let names: string[] = [];
    try {
      names = readdirSync(dirname(abs));
    } catch {
      /* no such directory: nothing matches */
    }
    const hits = names.filter((n) => globMatch(basename(abs), n)).map((n) => join(dirname(abs), n));
    if (!hits.length) throw new GuardError(`input merge: nothing matches ${p}`);
    out.push(...hits.sort());
  }
  return out;
}

/** Print text that may hold chart-controlled content without letting it issue workflow commands. */
function printUntrusted(text: string): void {
  const token = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${token}\n`);
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  process.stdout.write(`::${token}::\n`);
}

/** Everything the step does with a result: the text report, annotations, summary, report file, outputs. */
async function publish(
  core: Core,
  result: GuardResult,
  s: Settings,
  helmPath: string,
  helmVersion: string,
): Promise<void> {
  // paths in the result are relative to the workspace; annotations, links and SARIF want them from the repository root
  const ctx: ReportScope = {
    ...reportContext(process.env.GITHUB_WORKSPACE || process.cwd(), process.env, {
      ...(s.sarifCategory ? { sarifCategory: s.sarifCategory } : {}),
    }),
    ...(s.merge.length ? {} : { scope: s.config ?? (s.charts.join(',') || '.') }),
  };
  printUntrusted(await formatReport(result, 'text', false, ctx));
  for (const a of toAnnotations(result, s.annotations, ctx)) {
    const props = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
      ...(a.startColumn ? { startColumn: a.startColumn } : {}),
    };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  // a runner without a summary file (a local runner) gets none rather than a failed step
  if (s.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(result, ctx)).write();
  let reportPath = '';
  if (s.report) {
    reportPath = resolve(s.workingDirectory, s.report);
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, await formatReport(result, s.reportFormat, false, ctx));
  }
  const passed = result.combos.filter((c) => c.status === 'pass').length;
  core.setOutput('result', result.result);
  core.setOutput('findings', String(groupsOf(result).length));
  core.setOutput('occurrences', String(result.findings.length));
  core.setOutput('combos-passed', String(passed));
  core.setOutput('combos-failed', String(result.combos.length - passed));
  core.setOutput('report-path', reportPath);
  core.setOutput('helm-path', helmPath);
  core.setOutput('helm-version', helmVersion);
  if (result.result === 'fail') {
    const errors = groupsOf(result).filter((g) => g.severity === 'error').length;
    core.setFailed(
      `helm-guard: ${result.combos.length - passed} of ${result.combos.length} combos failed (${errors} errors, fail-on: ${s.failOn})`,
    );
  }
}

type Core = typeof import('@actions/core');

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  // the runner's toolkit loads beside the work; it is first needed for the results
  const coreP = import('@actions/core');
  coreP.catch(() => undefined);
  let watchdog: { stop: () => void } | undefined;
  try {
    const s = settings(workspace);
    const budgetInput = input('run-timeout') || '30m';
    const budget = parseDuration(budgetInput);
    if (budget === undefined)
      throw new GuardError(`input run-timeout must be a duration such as 30m, 90s or 1h (got "${budgetInput}")`);
    // the line is a workflow command: the step shows it as an error annotation
    watchdog = startWatchdog(
      budget,
      `::error title=helm-guard::the run passed its time budget of ${budgetInput} (input run-timeout) and was stopped; the helm processes still running were killed`,
    );
    if (s.merge.length) {
      const { mergeReports } = await import('../merge.js');
      const result = mergeReports(expandFiles(s.merge, s.workingDirectory));
      await publish(await coreP, result, s, result.helm.path, result.helm.version);
      return;
    }
    let configs = loadConfigs({
      cwd: s.workingDirectory,
      displayDir: workspace,
      ...(s.config ? { configPath: s.config } : {}),
      chartDirs: s.charts,
      ...(s.kubeVersion ? { kubeVersion: s.kubeVersion } : {}),
      knownRules: RULE_IDS,
      deferPatterns: true,
    });
    if (s.since && s.since !== 'all') {
      const { changedConfigs } = await import('../cli/since.js');
      try {
        const picked = await changedConfigs(configs, s.since, s.workingDirectory);
        (await coreP).info(picked.summary.trimEnd());
        configs = picked.configs;
      } catch (e) {
        // the pull request's base, not asked for by name: guard every chart rather than fail the job
        if (!(s.sinceByDefault && e instanceof GuardError)) throw e;
        (await coreP).warning(`${e.message}; every chart is guarded (input since: all does so always)`, {
          title: 'helm-guard since',
        });
      }
    }
    if (s.plan) {
      const core = await coreP;
      const plans = planShards(
        workItems(configs, workspace),
        s.plan,
        s.timings ? timingsOf(resolve(s.workingDirectory, s.timings)) : undefined,
      );
      const include = plans
        .filter((p) => p.items.length)
        .map((p) => ({
          shard: `${p.index}/${p.total}`,
          combos: p.items.length,
          weight: p.weight,
          items: p.items.map((i) => `${i.chart}:${i.combo}`).join(' '),
        }));
      core.info(
        `helm-guard plan: ${configs.reduce((n, c) => n + c.combos.length, 0)} combos of ${configs.length} charts in ${include.length} shards`,
      );
      core.setOutput('matrix', JSON.stringify({ include }));
      core.setOutput('result', 'pass');
      return;
    }
    if (!configs.length) {
      const core = await coreP;
      // nothing changed: a pass, said once
      core.setOutput('result', 'pass');
      for (const k of ['findings', 'occurrences', 'combos-passed', 'combos-failed']) core.setOutput(k, '0');
      if (s.summary && process.env.GITHUB_STEP_SUMMARY)
        await core.summary
          .addRaw(
            `<h2>helm-guard: ✅ pass</h2>\n<p>No chart changed since <code>${inert(s.since ?? '')}</code>: nothing to guard.</p>\n`,
          )
          .write();
      return;
    }
    let helmPath: string;
    let helmVersion: string;
    if (s.helmPath) {
      helmPath = findHelm(s.helmPath, process.env, s.workingDirectory)!;
      helmVersion = '';
    } else {
      const { installHelm } = await import('./install.js');
      const installed = await installHelm({
        version: s.helmVersion,
        ...(s.helmMirror ? { mirror: s.helmMirror } : {}),
        ...(s.helmSha256 ? { sha256: s.helmSha256 } : {}),
      });
      helmPath = installed.path;
      helmVersion = installed.version;
    }
    let base: Awaited<ReturnType<typeof import('../base/checkout.js').checkoutBase>> | undefined;
    if (s.base && s.base !== 'none') {
      const { checkoutBase } = await import('../base/checkout.js');
      try {
        base = await checkoutBase(s.base, s.workingDirectory);
      } catch (e) {
        // the pull request's base, not asked for by name: the guard still runs, without the comparison
        if (!(s.baseByDefault && e instanceof GuardError)) throw e;
        (await coreP).warning(
          `${e.message}; the upgrade checks against the base commit are skipped (input base: none turns them off)`,
          {
            title: 'helm-guard base',
          },
        );
      }
    }
    if (s.coverage)
      for (const c of configs) {
        const { enabled, ...gates } = s.coverage;
        c.coverage = { ...c.coverage, enabled, ...gates };
      }
    try {
      const result = await runGuard({
        configs,
        helm: helmPath,
        // the install ran the binary and it reported this version: no second helm to ask it again
        ...(helmVersion ? { helmVersion } : {}),
        baseDir: workspace,
        failOn: s.failOn,
        ...(s.shard ? { shard: s.shard } : {}),
        ...(s.timings ? { timings: timingsOf(resolve(s.workingDirectory, s.timings)) } : {}),
        ...(base ? { base } : {}),
        ...(s.unusedValues ? { unusedValues: true } : {}),
      });
      if (result.coverage) {
        const { writeCoverageFiles } = await import('../coverage/files.js');
        const dir = s.coverageOutput
          ? resolve(s.workingDirectory, s.coverageOutput)
          : (configs.find((c) => c.coverage.output)?.coverage.output ??
            resolve(s.workingDirectory, 'helm-guard-coverage'));
        const files = writeCoverageFiles(result.coverage, dir, configs[0]!.coverage.formats);
        (await coreP).info(`helm-guard: coverage written to ${files.join(', ')}`);
      }
      await publish(await coreP, result, s, helmPath, result.helm.version || helmVersion);
    } finally {
      await base?.remove().catch((e: Error) => process.stderr.write(`helm-guard: ${e.message}\n`));
    }
  } catch (e) {
    const core = await coreP;
    if (e instanceof ConfigError) {
      core.error(e.message, {
        title: 'helm-guard config',
        ...(e.file ? { file: e.file } : {}),
        ...(e.line ? { startLine: e.line } : {}),
      });
      core.setFailed(e.toString());
    } else if (e instanceof GuardError) core.setFailed(e.message);
    else core.setFailed(e instanceof Error ? e.message : String(e));
    core.setOutput('result', 'error');
  } finally {
    watchdog?.stop();
  }
}

/** Render times of a previous JSON report (input timings). */
function timingsOf(file: string): Map<string, number> {
  try {
    return timingsFromReport(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new GuardError(`input timings: ${file} is not a JSON report (${(e as Error).message.split('\n')[0]})`);
  }
}
