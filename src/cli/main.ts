import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES, RULE_IDS } from '../catalog.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { GuardError, runGuard, type FailOn, type GuardResult } from '../guard.js';
import { formatJson } from '../report/json.js';
import { formatJunit } from '../report/junit.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { VERSION } from '../version.js';
import { initialConfig } from './init.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export const USAGE = `Usage: helm-guard [CHART_DIR] [options]

Render a Helm chart across a values matrix, validate every manifest, and report each
finding at the template file and line that caused it.

Options:
  -c, --config FILE        config file (default: .helm-guard.yaml in the working directory;
                           without one: zero-config on CHART_DIR, combos from ci/*-values.yaml)
      --helm PATH          helm binary (default: $HELM_BIN, then helm on PATH)
  -f, --format FORMAT      text | json | junit | sarif (default: text)
  -o, --output FILE        write the report to FILE (the text report still goes to stdout)
      --fail-on LEVEL      error | warning | never (default: error)
      --combo NAME         only this combo (repeatable)
      --kube-version V     Kubernetes version for every combo (e.g. 1.30.0)
      --init               write a starting .helm-guard.yaml (or --output FILE) for CHART_DIR: its
                           combos and what each renders now as expectations; never overwrites
      --list-rules         print every rule id with its default severity and exit
      --no-color           no colour even on a terminal
  -v, --version            print the version and exit
  -h, --help               print this help and exit

Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage, config, chart or helm error.
`;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

export function formatReport(r: GuardResult, format: string, color = false): string {
  switch (format) {
    case 'json':
      return formatJson(r);
    case 'junit':
      return formatJunit(r);
    case 'sarif':
      return formatSarif(r);
    default:
      return formatText(r, { color });
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
        'list-rules': { type: 'boolean' },
        init: { type: 'boolean' },
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
    io.stderr(`helm-guard: ${msg}\n`);
    return EXIT.usage;
  };
  if (!['text', 'json', 'junit', 'sarif'].includes(o.format!))
    return usage(`--format must be text, json, junit or sarif (got "${o.format}")`);
  if (!['error', 'warning', 'never'].includes(o['fail-on']!))
    return usage(`--fail-on must be error, warning or never (got "${o['fail-on']}")`);
  if (args.positionals.length > 1) return usage(`one CHART_DIR at most (got ${args.positionals.join(' ')})`);
  if (o['kube-version'] && !/^v?\d+\.\d+(\.\d+)?$/.test(o['kube-version']))
    return usage(`--kube-version must look like 1.30.0 (got "${o['kube-version']}")`);

  if (o.init && (!args.positionals[0] || o.config))
    return usage('--init takes CHART_DIR (and no --config): it writes the config');
  try {
    const config = loadConfig({
      cwd: io.cwd,
      ...(o.config ? { configPath: o.config } : {}),
      ...(args.positionals[0] ? { chartDir: args.positionals[0] } : {}),
      ...(o.combo ? { only: o.combo } : {}),
      ...(o['kube-version'] ? { kubeVersion: o['kube-version'] } : {}),
      knownRules: RULE_IDS,
      ignoreConfigFile: Boolean(o.init),
    });
    const helm = findHelm(o.helm, io.env, io.cwd);
    if (!helm) return usage('helm not found: pass --helm PATH, set HELM_BIN, or put helm on PATH');
    if (o.init) {
      const target = resolve(io.cwd, o.output ?? '.helm-guard.yaml');
      if (existsSync(target))
        return usage(`${o.output ?? '.helm-guard.yaml'} exists; --init never overwrites (pass --output FILE)`);
      const result = await runGuard({ config, helm, baseDir: io.cwd, failOn: 'never' });
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, initialConfig(config, result, dirname(target)));
      io.stdout(
        `helm-guard: wrote ${relative(io.cwd, target) || target} with ${result.combos.length} combo(s); run helm-guard --config ${relative(io.cwd, target)} to check\n`,
      );
      return EXIT.ok;
    }
    const result = await runGuard({ config, helm, baseDir: io.cwd, failOn: o['fail-on'] as FailOn });
    const color = io.isTTY && !o['no-color'] && !io.env.NO_COLOR;
    if (o.output) {
      const file = resolve(io.cwd, o.output);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, formatReport(result, o.format!));
      io.stdout(formatText(result, { color }));
    } else {
      io.stdout(formatReport(result, o.format!, color));
    }
    return result.result === 'pass' ? EXIT.ok : EXIT.findings;
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.toString());
    if (e instanceof GuardError) return usage(e.message);
    throw e;
  }
}
