import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';

const require$2 = createRequire(import.meta.url);
const __filename$2 = fileURLToPath(import.meta.url);
const __dirname$2 = dirname(__filename$2);
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

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require$1 !== "undefined" ? require$1 : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require$1 !== "undefined" ? require$1 : a)[b]
}) : x)(function(x) {
  if (typeof require$1 !== "undefined") return require$1.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

export { __commonJS as _, __toESM as a, __require as b, __export as c, prestartWatchdog as p, startWatchdog as s, watchGroup as w };
