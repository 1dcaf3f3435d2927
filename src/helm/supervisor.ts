/**
 * The supervisor: a small Node process that the guard starts before anything else. It starts every
 * program the run calls (helm, git) and keeps the run's time budget. It is a process of its own for two
 * reasons:
 * - Starting a program forks the process that starts it. Forking the guard, some 90 MB by the time helm
 *   runs, blocked its main thread for 3–5 ms per call. The supervisor is small, and it forks in parallel
 *   with the guard's work.
 * - The budget must hold when the guard's main thread never yields. Another process can kill it, and it
 *   knows every process group still running, because it started them.
 * When the guard goes (it exits, crashes or is killed), the IPC channel closes: the supervisor kills the
 * groups still running and exits. It loads process-group.ts and Node's built-ins only.
 *
 * The run's helm pool is kept here too: a call with `pool: n` waits until fewer than n pooled calls run,
 * in the order the calls came. When one ends, the next starts at once, whatever the guard's main thread is
 * busy with (it took up to 46 ms to hand out the next call when the pool was the guard's).
 *
 * argv: the guard's pid. Messages in: `run` (a call), `budget` (a deadline, or none), `stop` (kill every
 * group, drop the calls still waiting). Messages out: `done` (a call's result).
 */
import { writeSync } from 'node:fs';
import { runInGroup, type RunOptions } from './process-group.js';

export type Request =
  | { type: 'run'; id: number; file: string; args: string[]; opts: RunOptions; pool?: number }
  | { type: 'budget'; deadline?: number; message?: string }
  | { type: 'stop' };

/** A spawn error as it crosses the channel (an Error's own fields do not). */
export interface SpawnErrorData {
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

const guard = Number(process.argv[2]);
const live = new Set<number>();
let budget: NodeJS.Timeout | undefined;
/** Pooled calls waiting for a place, oldest first, and how many pooled calls run. */
const waiting: { m: Extract<Request, { type: 'run' }>; size: number }[] = [];
let pooled = 0;

function killGroups(): void {
  for (const g of live)
    try {
      process.kill(-g, 'SIGKILL');
    } catch {
      /* gone */
    }
  live.clear();
}

function send(m: object): void {
  try {
    process.send?.(m);
  } catch {
    /* the guard is gone: 'disconnect' ends this process */
  }
}

function start(m: Extract<Request, { type: 'run' }>, inPool: boolean): void {
  void runInGroup(m.file, m.args, m.opts, live).then(({ spawnError, ...result }) => {
    if (inPool) {
      pooled--;
      next();
    }
    send({
      type: 'done',
      id: m.id,
      result,
      ...(spawnError
        ? {
            spawnError: {
              message: spawnError.message,
              code: spawnError.code,
              errno: spawnError.errno,
              syscall: spawnError.syscall,
              path: spawnError.path,
            } satisfies SpawnErrorData,
          }
        : {}),
    });
  });
}

function next(): void {
  while (waiting.length && pooled < waiting[0]!.size) {
    pooled++;
    start(waiting.shift()!.m, true);
  }
}

process.on('message', (m: Request) => {
  if (m.type === 'run') {
    if (m.pool === undefined) start(m, false);
    else {
      waiting.push({ m, size: Math.max(1, m.pool) });
      next();
    }
  } else if (m.type === 'budget') {
    clearTimeout(budget);
    budget = undefined;
    if (m.deadline === undefined) return;
    const message = m.message ?? 'helm-guard: the run passed its time budget and was stopped';
    // setTimeout's longest delay is about 24.8 days; a budget beyond it is no budget
    budget = setTimeout(
      () => {
        killGroups();
        try {
          writeSync(2, message + '\n');
        } catch {
          /* no stderr */
        }
        // only the guard that started this process (a supervisor whose guard is gone has exited)
        if (process.ppid === guard) process.kill(guard, 'SIGKILL');
        process.exit(0);
      },
      Math.min(Math.max(0, m.deadline - Date.now()), 2 ** 31 - 1),
    );
  } else if (m.type === 'stop') {
    // the calls still waiting never run: each ends as if killed
    for (const { m: w } of waiting.splice(0))
      send({
        type: 'done',
        id: w.id,
        result: { code: null, signal: 'SIGKILL', stdout: '', stderr: '', timedOut: false, durationMs: 0 },
      });
    killGroups();
  }
});

process.on('disconnect', () => {
  killGroups();
  process.exit(0);
});

// Ctrl-C reaches the guard and this process alike (one process group): the groups go first
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(sig, () => {
    killGroups();
    process.exit(0);
  });
