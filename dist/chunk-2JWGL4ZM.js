import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/watchdog.ts
import { Worker } from "node:worker_threads";
var SLOTS = 1024;
var groups = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
function watchGroup(pgid) {
  for (let i = 0; i < SLOTS; i++)
    if (Atomics.compareExchange(groups, i, 0, pgid) === 0)
      return () => void Atomics.compareExchange(groups, i, pgid, 0);
  return () => void 0;
}
var WORKER = `
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
var idle;
var worker;
function newWorker() {
  const w = new Worker(WORKER, { eval: true, execArgv: [], workerData: { groups, pid: process.pid } });
  w.unref();
  w.on("error", () => void 0);
  return w;
}
function prestartWatchdog() {
  idle ??= newWorker();
}
function startWatchdog(ms, message) {
  worker?.terminate().catch(() => void 0);
  const w = idle ?? newWorker();
  idle = void 0;
  w.postMessage({ deadline: Date.now() + Math.min(Math.max(0, ms), 2 ** 31 - 1), message });
  worker = w;
  return {
    stop: () => {
      if (worker === w) worker = void 0;
      w.terminate().catch(() => void 0);
    }
  };
}

export {
  watchGroup,
  prestartWatchdog,
  startWatchdog
};
