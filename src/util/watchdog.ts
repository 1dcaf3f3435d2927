/**
 * The run's wall-clock budget: when it passes, whatever the main thread is doing — waiting for helm, or
 * stuck in a computation a chart made endless — the helm process groups still running are killed, one line
 * says why on stderr, and the process is killed (exit status 137). The main thread cannot postpone it: the
 * supervisor process keeps it (src/helm/supervisor.ts).
 */
import { setBudget, startSupervisor } from '../helm/run.js';

/**
 * Start the budget's keeper now, before there is a budget: the entries call this first, so that it starts
 * up while the process is still loading, rather than beside helm. It does nothing until `startWatchdog`.
 */
export function prestartWatchdog(): void {
  startSupervisor();
}

/** How many budgets were started or stopped: tells a stale `stop` from the current one. */
let budgets = 0;

/**
 * Start the budget: `ms` from now, `message` is printed and the run stops. `stop()` ends it (the run
 * finished in time). It never keeps the process alive.
 */
export function startWatchdog(ms: number, message: string): { stop: () => void } {
  // setTimeout's longest delay is about 24.8 days; a budget beyond it is no budget
  const deadline = Date.now() + Math.min(Math.max(0, ms), 2 ** 31 - 1);
  setBudget(deadline, message);
  const mine = ++budgets;
  return {
    // only the budget it started: a later startWatchdog's stays
    stop: () => {
      if (budgets === mine) {
        budgets++;
        setBudget(undefined);
      }
    },
  };
}
