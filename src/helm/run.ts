/**
 * Every program the run calls (helm, git) is started by the supervisor, a small process of its own
 * (src/helm/supervisor.ts), which also keeps the run's time budget. This is its client: `run` sends a call
 * and resolves with its result; the supervisor starts on the first call, or earlier (`startSupervisor`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { RunOptions, RunResult } from './process-group.js';
import type { Request, SpawnErrorData } from './supervisor.js';

export { DEFAULT_MAX_OUTPUT_BYTES, type RunOptions, type RunResult } from './process-group.js';

declare const __HG_BUNDLE__: boolean | undefined;

/**
 * helm is a short-lived Go program that allocates most of what it renders, and with Go's default GOGC=100
 * its collector runs many times within a render's few tens of milliseconds. Unless the environment sets
 * GOGC, helm runs with GOGC=400: the heap may grow to five times what is live before a collection. On
 * certctl's 13 helm calls, 2 at a time, helm's CPU went from 704 to 589 ms and their wall time from 390 to
 * 316 ms (medians of 9); a render's peak memory grows a little (argo-rollouts' 1 MB render: 58 → 72 MiB).
 * GOGC means nothing to programs that are not Go (git).
 */
export const HELM_GOGC = '400';

/**
 * The cores each helm process of a pool of `pool` may use: its share of the machine's (at least one), as
 * GOMAXPROCS. Go's default gives every process every core, so that n renders at once on n cores run n² Go
 * threads beside the guard's own, and helm spends the difference spinning and switching. On certctl's 13
 * calls, 2 at a time on 2 cores, GOMAXPROCS=1 took the whole guard from 526 to 508 ms (cold processes,
 * medians of 15), and the same calls run by xargs -P 2 from 347 to 336 ms.
 */
export function helmGoMaxProcs(pool: number, cores: number = availableParallelism()): string {
  return String(Math.max(1, Math.floor(cores / Math.max(1, pool))));
}

/** helm's environment: GOGC, and GOMAXPROCS for a pooled call, unless the environment sets them. */
function helmEnv(env: NodeJS.ProcessEnv, pool: number | undefined): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = env.GOGC === undefined ? { ...env, GOGC: HELM_GOGC } : { ...env };
  if (pool !== undefined && env.GOMAXPROCS === undefined) out.GOMAXPROCS = helmGoMaxProcs(pool);
  return out;
}

interface Done {
  type: 'done';
  id: number;
  result: Omit<RunResult, 'spawnError'>;
  spawnError?: SpawnErrorData;
}

let supervisor: ChildProcess | undefined;
let nextId = 1;
const pending = new Map<number, (r: RunResult) => void>();
let budget: { deadline: number; message: string } | undefined;

function spawnError(data: SpawnErrorData): NodeJS.ErrnoException {
  const { message, ...fields } = data;
  return Object.assign(new Error(message), fields);
}

function failed(message: string, started: number): RunResult {
  return {
    code: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    durationMs: performance.now() - started,
    spawnError: spawnError({ message, code: 'ESUPERVISOR' }),
  };
}

/**
 * Send a message; `failed` hears if it could not be. (send's `false` only says that messages are queued
 * up: they still go, in order.)
 */
function send(s: ChildProcess, m: Request, failed: (e: Error) => void = () => undefined): void {
  try {
    s.send(m, (e) => {
      if (e) failed(e);
    });
  } catch (e) {
    failed(e as Error);
  }
}

/**
 * Start the supervisor now, if it is not running. The entries call this first, so that it starts up
 * (some 25 ms of CPU) while the guard is still loading, before helm is needed. It keeps no process alive
 * unless a call is under way.
 */
export function startSupervisor(): ChildProcess {
  if (supervisor) return supervisor;
  const bundled = typeof __HG_BUNDLE__ !== 'undefined' && __HG_BUNDLE__;
  // from source (tests, tools), the TypeScript runs through tsx, resolved from the repository
  const script = bundled ? new URL('./supervisor.cjs', import.meta.url) : new URL('./supervisor.ts', import.meta.url);
  // none of the guard's Node options (a loader or a preload the guard was started with is not for it)
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const s = spawn(
    process.execPath,
    [...(bundled ? [] : ['--import', 'tsx']), fileURLToPath(script), String(process.pid)],
    {
      ...(bundled ? {} : { cwd: fileURLToPath(new URL('../../', import.meta.url)) }),
      env,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
      windowsHide: true,
    },
  );
  const gone = (why: string) => {
    if (supervisor === s) supervisor = undefined;
    const calls = [...pending.values()];
    pending.clear();
    for (const resolve of calls) resolve(failed(`helm-guard's process supervisor ${why}`, performance.now()));
  };
  s.on('message', (m: Done) => {
    const resolve = pending.get(m.id);
    pending.delete(m.id);
    if (!pending.size) s.channel?.unref();
    resolve?.({ ...m.result, ...(m.spawnError ? { spawnError: spawnError(m.spawnError) } : {}) });
  });
  s.on('error', (e) => gone(`could not start: ${e.message}`));
  s.on('exit', (code, signal) => gone(`stopped (${signal ?? `exit code ${code}`})`));
  s.unref();
  s.channel?.unref();
  supervisor = s;
  if (budget) send(s, { type: 'budget', ...budget });
  return s;
}

/**
 * Run a program with an argv array (never a shell) in a process group of its own, capture both streams,
 * and kill the group when the timeout passes (src/helm/process-group.ts has the details). helm runs with
 * GOGC=400 unless the environment sets GOGC. With `pool`, the call waits for a place in the run's pool of
 * that many calls (`helmPool`), and runs with its share of the cores as GOMAXPROCS unless the environment
 * sets it.
 */
export function run(file: string, args: readonly string[], opts: RunOptions, pool?: number): Promise<RunResult> {
  const started = performance.now();
  const s = startSupervisor();
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    s.channel?.ref();
    send(
      s,
      {
        type: 'run',
        id,
        file,
        args: [...args],
        opts: { ...opts, cwd: opts.cwd ?? process.cwd(), env: helmEnv(opts.env ?? process.env, pool) },
        ...(pool === undefined ? {} : { pool }),
      },
      (e) => {
        if (pending.delete(id))
          resolve(failed(`helm-guard's process supervisor is not reachable (${e.message})`, started));
      },
    );
  });
}

/** `run` through the run's pool: at most `size` of its calls at a time, started in the order they came. */
export type PooledRun = (file: string, args: readonly string[], opts: RunOptions) => Promise<RunResult>;

/**
 * The run's pool of `size` calls. It is kept by the supervisor, which starts the next call as soon as one
 * ends, whatever this process's main thread is doing.
 */
export function helmPool(size: number): PooledRun {
  return (file, args, opts) => run(file, args, opts, size);
}

/**
 * Kill every child still running, and drop the pooled calls still waiting (they end as killed by SIGKILL):
 * a run that stops early no longer wants its renders.
 */
export function stopRuns(): void {
  if (supervisor) send(supervisor, { type: 'stop' });
}

/**
 * The run's wall-clock budget, kept by the supervisor: at `deadline` (ms since the epoch) it kills the
 * process groups still running, prints `message` on stderr and kills this process (exit status 137),
 * whatever its main thread is doing. No deadline: no budget.
 */
export function setBudget(deadline?: number, message = ''): void {
  budget = deadline === undefined ? undefined : { deadline, message };
  if (budget) send(startSupervisor(), { type: 'budget', ...budget });
  else if (supervisor) send(supervisor, { type: 'budget' });
}
