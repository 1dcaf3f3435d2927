import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES, RULE_IDS } from '../catalog.js';
import { ConfigError, loadConfigs } from '../config/load.js';
import { GuardError, runGuard, type FailOn, type GuardResult } from '../guard.js';
import { parseShard, timingsFromReport } from '../plan.js';
import { reportContext, type ReportContext } from '../report/context.js';
import { sanitizeForTerminal } from '../util/terminal.js';
import { startWatchdog } from '../util/watchdog.js';
import { VERSION } from '../version.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export const USAGE = `Usage: helm-guard [CHART_DIR...] [options]

Render Helm charts across a values matrix, validate every manifest, and report each
finding at the template file and line that caused it. Several CHART_DIRs, or a directory
of charts, are guarded in one run, each chart with its own .helm-guard.yaml or zero-config.

Options:
  -c, --config FILE        config file (default: .helm-guard.yaml in the working directory;
                           without one: zero-config on CHART_DIR, combos from ci/*-values.yaml)
      --helm PATH          helm binary (default: $HELM_BIN, then helm on PATH)
  -f, --format FORMAT      text | json | junit | sarif (default: text)
  -o, --output FILE        write the report to FILE (the text report still goes to stdout)
      --fail-on LEVEL      error | warning | never (default: error)
      --combo NAME         only this combo (repeatable)
      --kube-version V     Kubernetes version for every combo (e.g. 1.30.0; default: the newest
                           with a schema set)
      --since REF          only the charts with files changed since this git ref (a library chart's
                           change counts for the charts that use it); fetches REF in a shallow clone
      --base REF           also render every combo at this git ref (the pull request's base) and
                           compare: changes helm upgrade cannot apply, data-loss removals, what
                           rolls; --format diff prints the rendered diff
      --shard I/N          only shard I of N of the work (chart x combo), balanced as \`plan\` shows
      --timings FILE       a previous JSON report: balance shards by its render times
      --run-timeout D      the whole run's time budget (e.g. 30m, 90s; default 30m): past it, helm is
                           killed and the run stops with one line on stderr (exit status 137)
      --sarif-category ID  the SARIF run's category (runAutomationDetails.id); default: helm-guard,
                           the charts or config asked for, and the helm major
      --coverage           template coverage: which lines and branches of the templates the combos
                           render (a table in the report; lcov.info and cobertura.xml written)
      --coverage-format F  coverage files to write: lcov, cobertura or both (lcov,cobertura; the
                           default); implies --coverage
      --coverage-output D  directory of the coverage files (default: helm-guard-coverage); implies
                           --coverage
      --init               write a starting .helm-guard.yaml (or --output FILE) for CHART_DIR: its
                           combos and what each renders now as expectations; never overwrites
      --cover              with --init: add combos (set: values) that reach the template branches
                           the chart's own combos do not
      --unused-values      also report keys of the chart's values.yaml that no template reads
                           (values/unused notices)
      --list-rules         print every rule id with its default severity and exit
      --no-color           no colour even on a terminal
  -v, --version            print the version and exit
  -h, --help               print this help and exit

Commands:
  helm-guard plan [CHART_DIR...] --shards N [--timings FILE] [--config FILE]
                           print the work split into N balanced shards as a JSON matrix
                           ({"include":[{"shard":"1/N",...}]}) for a CI job matrix
  helm-guard merge REPORT.json... [--format F] [--output FILE]
                           merge the JSON reports of every shard into one report (the
                           verdict, exit code and formats of a single run over everything)

Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage, config, chart or helm error.
`;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

type Formatter = (r: GuardResult, ctx: ReportScope, color: boolean) => string;
const FORMATTERS: Record<'json' | 'junit' | 'sarif' | 'text' | 'diff', () => Promise<Formatter>> = {
  json: () => import('../report/json.js').then((m) => (r) => m.formatJson(r)),
  junit: () => import('../report/junit.js').then((m) => (r, ctx) => m.formatJunit(r, ctx)),
  sarif: () => import('../report/sarif.js').then((m) => (r, ctx) => m.formatSarif(r, ctx)),
  text: () => import('../report/text.js').then((m) => (r, ctx, color) => m.formatText(r, { color, ctx })),
  diff: () => import('../report/diff.js').then((m) => (r, _ctx, color) => m.formatDiff(r, { color })),
};

/** What reports resolve paths against (see report/context), and what was asked to be guarded. */
export type ReportScope = ReportContext & { scope?: string };

/**
 * The report in one format; the formatters load when a report is written (or preloaded), not at start-up.
 * `ctx` says where the result's paths are relative to (default: the working directory).
 */
export async function formatReport(
  r: GuardResult,
  format: string,
  color = false,
  ctx: ReportScope = reportContext(process.cwd()),
): Promise<string> {
  const f = FORMATTERS[format as keyof typeof FORMATTERS] ?? FORMATTERS.text;
  return (await f())(r, ctx, color);
}
/** Start loading the formatters of these formats (while the work runs). */
formatReport.preload = (formats: string[]): Promise<unknown> =>
  Promise.all(
    formats.map((f) => (FORMATTERS[f as keyof typeof FORMATTERS] ?? FORMATTERS.text)().catch(() => undefined)),
  );

/** Render times from a previous JSON report (--timings); a report that cannot be read is an error. */
function readTimings(file: string): Map<string, number> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new GuardError(`--timings ${file}: not a JSON report (${(e as Error).message.split('\n')[0]})`);
  }
  return timingsFromReport(json);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** An executable called `name` on PATH. */
function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const names = process.platform === 'win32' && !name.endsWith('.exe') ? [`${name}.exe`, name] : [name];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join(dir, n);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        /* next */
      }
    }
  }
  return undefined;
}

/**
 * helm from --helm (the Action's helm-path), $HELM_BIN, or PATH. A bare name (`helm3`) is looked up on
 * PATH; a path is taken relative to cwd. Undefined when none is found.
 */
export function findHelm(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const given = explicit || env.HELM_BIN;
  if (given) return /[\\/]/.test(given) ? resolve(cwd, given) : (onPath(given, env) ?? resolve(cwd, given));
  return onPath('helm', env);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        helm: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string', default: 'error' },
        combo: { type: 'string', multiple: true },
        'kube-version': { type: 'string' },
        since: { type: 'string' },
        base: { type: 'string' },
        shard: { type: 'string' },
        shards: { type: 'string' },
        timings: { type: 'string' },
        'list-rules': { type: 'boolean' },
        'unused-values': { type: 'boolean' },
        init: { type: 'boolean' },
        cover: { type: 'boolean' },
        coverage: { type: 'boolean' },
        'coverage-format': { type: 'string' },
        'coverage-output': { type: 'string' },
        'sarif-category': { type: 'string' },
        'run-timeout': { type: 'string', default: '30m' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`helm-guard: ${(e as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (o.version) {
    io.stdout(`helm-guard ${VERSION}\n`);
    return EXIT.ok;
  }
  if (o['list-rules']) {
    for (const r of ALL_RULES) io.stdout(`${r.id.padEnd(36)} ${r.severity.padEnd(8)} ${r.description}\n`);
    return EXIT.ok;
  }
  const usage = (msg: string) => {
    // messages quote config and chart text: shown, never obeyed by the terminal
    io.stderr(`helm-guard: ${sanitizeForTerminal(msg, { multiline: true })}\n`);
    return EXIT.usage;
  };
  if (!['text', 'json', 'junit', 'sarif', 'diff'].includes(o.format!))
    return usage(`--format must be text, json, junit, sarif or diff (got "${o.format}")`);
  if (o.format === 'diff' && !o.base) return usage('--format diff needs --base REF: the commit to compare with');
  if (!['error', 'warning', 'never'].includes(o['fail-on']!))
    return usage(`--fail-on must be error, warning or never (got "${o['fail-on']}")`);
  // before any work: the report could not be written there at the end
  if (o.output && !o.init && isDirectory(resolve(io.cwd, o.output)))
    return usage(`--output ${o.output} is a directory; give a file path`);
  if (o['kube-version'] && !/^v?\d+\.\d+(\.\d+)?$/.test(o['kube-version']))
    return usage(`--kube-version must look like 1.30.0 (got "${o['kube-version']}")`);

  const coverageFormats = o['coverage-format']?.split(',').map((x) => x.trim());
  if (coverageFormats && !(coverageFormats.length && coverageFormats.every((x) => x === 'lcov' || x === 'cobertura')))
    return usage(`--coverage-format must be lcov, cobertura or lcov,cobertura (got "${o['coverage-format']}")`);
  if (o.cover && !o.init) return usage('--cover goes with --init: it proposes combos for the config --init writes');
  const coverage = Boolean(o.coverage || coverageFormats || o['coverage-output']);
  if (o.init && (!args.positionals[0] || o.config))
    return usage('--init takes CHART_DIR (and no --config): it writes the config');
  const command = args.positionals[0] === 'plan' || args.positionals[0] === 'merge' ? args.positionals[0] : undefined;
  const positionals = command ? args.positionals.slice(1) : args.positionals;
  const shard = o.shard ? parseShard(o.shard) : undefined;
  if (o.shard && !shard) return usage(`--shard must be I/N with 1 <= I <= N (got "${o.shard}")`);
  const shards = o.shards !== undefined ? Number(o.shards) : undefined;
  if (command === 'plan' && !(shards && Number.isInteger(shards) && shards >= 1 && shards <= 256))
    return usage(`plan needs --shards N, a whole number from 1 to 256${o.shards ? ` (got "${o.shards}")` : ''}`);
  const color = io.isTTY && !o['no-color'] && !io.env.NO_COLOR;
  const ctx: ReportScope = {
    ...reportContext(io.cwd, {}, o['sarif-category'] ? { sarifCategory: o['sarif-category'] } : {}),
    ...(command === 'merge' ? {} : { scope: o.config ?? (positionals.join(',') || '.') }),
  };
  const write = async (result: GuardResult) => {
    if (o.output) {
      const file = resolve(io.cwd, o.output);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await formatReport(result, o.format!, false, ctx));
      io.stdout(await formatReport(result, 'text', color, ctx));
    } else {
      io.stdout(await formatReport(result, o.format!, color, ctx));
    }
    return result.result === 'pass' ? EXIT.ok : EXIT.findings;
  };
  const budget = parseDuration(o['run-timeout']!);
  if (budget === undefined)
    return usage(`--run-timeout must be a duration such as 30m, 90s or 1h (got "${o['run-timeout']}")`);
  const watchdog = startWatchdog(
    budget,
    `helm-guard: the run passed its time budget of ${o['run-timeout']} (--run-timeout) and was stopped; the helm processes still running were killed`,
  );
  try {
    if (command === 'merge') {
      if (!positionals.length) return usage('merge needs the JSON reports to merge');
      const { mergeReports } = await import('../merge.js');
      return await write(mergeReports(positionals.map((f) => resolve(io.cwd, f))));
    }
    if (o.init && positionals.length > 1) return usage('--init takes one CHART_DIR');
    let configs = loadConfigs({
      cwd: io.cwd,
      ...(o.config ? { configPath: o.config } : {}),
      chartDirs: positionals,
      ...(o.combo ? { only: o.combo } : {}),
      ...(o['kube-version'] ? { kubeVersion: o['kube-version'] } : {}),
      knownRules: RULE_IDS,
      ignoreConfigFile: Boolean(o.init),
      deferPatterns: !o.init && !command,
    });
    if (coverage) for (const c of configs) c.coverage.enabled = true;
    const timings = o.timings ? readTimings(resolve(io.cwd, o.timings)) : undefined;
    if (o.since) {
      const { changedConfigs } = await import('./since.js');
      const picked = await changedConfigs(configs, o.since, io.cwd);
      io.stderr(picked.summary);
      configs = picked.configs;
      if (!configs.length) {
        if (command === 'plan') io.stdout(JSON.stringify({ include: [] }) + '\n');
        return EXIT.ok;
      }
    }
    if (command === 'plan') {
      const { planShards } = await import('../plan.js');
      const { workItems } = await import('../guard.js');
      const plans = planShards(workItems(configs, io.cwd), shards!, timings);
      const include = plans
        .filter((p) => p.items.length)
        .map((p) => ({
          shard: `${p.index}/${p.total}`,
          combos: p.items.length,
          weight: p.weight,
          items: p.items.map((i) => `${i.chart}:${i.combo}`).join(' '),
        }));
      io.stdout(JSON.stringify({ include }) + '\n');
      return EXIT.ok;
    }
    const config = configs[0]!;
    const helm = findHelm(o.helm, io.env, io.cwd);
    if (!helm) return usage('helm not found: pass --helm PATH, set HELM_BIN, or put helm on PATH');
    if (o.init) {
      const target = resolve(io.cwd, o.output ?? '.helm-guard.yaml');
      if (existsSync(target))
        return usage(`${o.output ?? '.helm-guard.yaml'} exists; --init never overwrites (pass --output FILE)`);
      if (configs.length > 1)
        return usage(`--init writes the config of one chart; ${args.positionals[0]} holds ${configs.length}`);
      const { initialConfig, coverCombos } = await import('./init.js');
      // --cover: more combos, each reaching template branches the others do not
      const covered = o.cover
        ? await coverCombos(config, { helm, baseDir: io.cwd, log: (s) => io.stderr(s) })
        : undefined;
      const initConfig = covered?.config ?? config;
      const result =
        covered?.result ?? (await runGuard({ config: initConfig, helm, baseDir: io.cwd, failOn: 'never' }));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, initialConfig(initConfig, result, dirname(target)));
      io.stdout(
        `helm-guard: wrote ${relative(io.cwd, target) || target} with ${result.combos.length} combo(s); run helm-guard --config ${relative(io.cwd, target)} to check\n`,
      );
      return EXIT.ok;
    }
    const base = o.base ? await (await import('../base/checkout.js')).checkoutBase(o.base, io.cwd) : undefined;
    try {
      const result = await runGuard({
        configs,
        helm,
        baseDir: io.cwd,
        failOn: o['fail-on'] as FailOn,
        ...(shard ? { shard } : {}),
        ...(timings ? { timings } : {}),
        ...(base ? { base } : {}),
        ...(o['unused-values'] ? { unusedValues: true } : {}),
        // the report's formatter loads while helm runs (import() compiles what it loads before it returns)
        whileHelmRuns: () => void formatReport.preload(o.output ? ['text', o.format!] : [o.format!]),
      });
      if (result.coverage) {
        const { writeCoverageFiles } = await import('../coverage/files.js');
        const dir = resolve(
          io.cwd,
          o['coverage-output'] ?? configs.find((c) => c.coverage.output)?.coverage.output ?? 'helm-guard-coverage',
        );
        const formats = coverageFormats ?? configs[0]!.coverage.formats;
        for (const f of writeCoverageFiles(result.coverage, dir, formats as ('lcov' | 'cobertura')[]))
          io.stderr(`helm-guard: coverage written to ${relative(io.cwd, f) || f}\n`);
      }
      return await write(result);
    } finally {
      await base?.remove().catch((e: Error) => io.stderr(`helm-guard: ${e.message}\n`));
    }
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.toString());
    if (e instanceof GuardError) return usage(e.message);
    throw e;
  } finally {
    watchdog.stop();
  }
}

/** `30m`, `90s`, `1.5h`, `500ms` in milliseconds; undefined for anything else (or nothing). */
export function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(s.trim());
  if (!m) return undefined;
  const ms = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return ms > 0 && ms <= 7 * 24 * 3_600_000 ? ms : undefined;
}
