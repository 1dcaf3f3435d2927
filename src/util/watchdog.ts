/**
 * The run's wall-clock budget, kept by a thread of its own: when it passes, whatever the main thread is
 * doing — waiting for helm, or stuck in a computation a chart made endless — the helm process groups still
 * running are killed, one line says why on stderr, and the process is killed (exit status 137). The main
 * thread cannot postpone it: the timer runs in a worker, which shares only the list of live groups.
 */
import { Worker } from 'node:worker_threads';

/** Live helm process groups (0 = free slot), shared with the watchdog's thread. */
const SLOTS = 1024;
const groups = new Int32Array(new SharedArrayBuffer(SLOTS * 4));

/** Note a running process group; the returned function forgets it. */
export function watchGroup(pgid: number): () => void {
  for (let i = 0; i < SLOTS; i++)
    if (Atomics.compareExchange(groups, i, 0, pgid) === 0)
      return () => void Atomics.compareExchange(groups, i, pgid, 0);
  return () => undefined;
}

// CommonJS, evaluated in the worker: it must not import anything of ours. The budget arrives as a message
// (an absolute deadline, so a thread still starting when it is set loses no time).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { groups, pid } = workerData;
let timer;
parentPort.on('message', ({ deadline, message }) => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    for (let i = 0; i < groups.length; i++) {
      const g = Atomics.load(groups, i);
      if (g > 0) try { process.kill(-g, 'SIGKILL'); } catch {}
    }
    try { writeSync(2, message + '\\n'); } catch {}
    process.kill(pid, 'SIGKILL');
  }, Math.min(Math.max(0, deadline - Date.now()), 2 ** 31 - 1));
});
`;

let idle: Worker | undefined;
let worker: Worker | undefined;

function newWorker(): Worker {
  // execArgv: none of the parent's flags (a loader hook would tie the thread to the main one)
  const w = new Worker(WORKER, { eval: true, execArgv: [], workerData: { groups, pid: process.pid } });
  w.unref();
  w.on('error', () => undefined);
  return w;
}

/**
 * Start the budget's thread now, before there is a budget: the entries call this first, so that the
 * thread starts up (some 45 ms of CPU) while the process is still loading and a core is free, rather
 * than beside helm. It keeps no process alive and does nothing until `startWatchdog`.
 */
export function prestartWatchdog(): void {
  idle ??= newWorker();
}

/**
 * Start the budget: `ms` from now, `message` is printed and the run stops. `stop()` ends it (the run
 * finished in time). It never keeps the process alive.
 */
export function startWatchdog(ms: number, message: string): { stop: () => void } {
  worker?.terminate().catch(() => undefined);
  const w = idle ?? newWorker();
  idle = undefined;
  // setTimeout's longest delay is about 24.8 days; a budget beyond it is no budget
  w.postMessage({ deadline: Date.now() + Math.min(Math.max(0, ms), 2 ** 31 - 1), message });
  worker = w;
  return {
    stop: () => {
      if (worker === w) worker = undefined;
      w.terminate().catch(() => undefined);
    },
  };
}
