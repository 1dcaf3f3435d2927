import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const require$3 = createRequire(import.meta.url);
const __filename$3 = fileURLToPath(import.meta.url);
const __dirname$3 = dirname(__filename$3);

// src/helm/process-group.ts
var DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var MAX_TIMER_MS = 2 ** 31 - 1;
var STDERR_KEPT_WHEN_TOO_LARGE = 64 * 1024;
var HELM_GOGC = "400";
function helmGoMaxProcs(pool, cores = availableParallelism()) {
  return String(Math.max(1, Math.floor(cores / Math.max(1, pool))));
}
function helmEnv(env, pool) {
  const out = env.GOGC === void 0 ? { ...env, GOGC: HELM_GOGC } : { ...env };
  if (pool !== void 0 && env.GOMAXPROCS === void 0) out.GOMAXPROCS = helmGoMaxProcs(pool);
  return out;
}
var supervisor;
var nextId = 1;
var pending = /* @__PURE__ */ new Map();
var budget;
function spawnError(data) {
  const { message, ...fields } = data;
  return Object.assign(new Error(message), fields);
}
function failed(message, started) {
  return {
    code: null,
    stdout: "",
    stderr: "",
    timedOut: false,
    durationMs: performance.now() - started,
    spawnError: spawnError({ message, code: "ESUPERVISOR" })
  };
}
function send(s, m, failed2 = () => void 0) {
  try {
    s.send(m, (e) => {
      if (e) failed2(e);
    });
  } catch (e) {
    failed2(e);
  }
}
function startSupervisor() {
  if (supervisor) return supervisor;
  const bundled = true;
  const script = bundled ? new URL("./supervisor.cjs", import.meta.url) : new URL("./supervisor.ts", import.meta.url);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const s = spawn(
    process.execPath,
    [...bundled ? [] : ["--import", "tsx"], fileURLToPath(script), String(process.pid)],
    {
      ...bundled ? {} : { cwd: fileURLToPath(new URL("../../", import.meta.url)) },
      env,
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      serialization: "advanced",
      windowsHide: true
    }
  );
  const gone = (why) => {
    if (supervisor === s) supervisor = void 0;
    const calls = [...pending.values()];
    pending.clear();
    for (const resolve of calls) resolve(failed(`helm-guard's process supervisor ${why}`, performance.now()));
  };
  s.on("message", (m) => {
    const resolve = pending.get(m.id);
    pending.delete(m.id);
    if (!pending.size) s.channel?.unref();
    resolve?.({ ...m.result, ...m.spawnError ? { spawnError: spawnError(m.spawnError) } : {} });
  });
  s.on("error", (e) => gone(`could not start: ${e.message}`));
  s.on("exit", (code, signal) => gone(`stopped (${signal ?? `exit code ${code}`})`));
  s.unref();
  s.channel?.unref();
  supervisor = s;
  if (budget) send(s, { type: "budget", ...budget });
  return s;
}
function run(file, args, opts, pool) {
  const started = performance.now();
  const s = startSupervisor();
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    s.channel?.ref();
    send(
      s,
      {
        type: "run",
        id,
        file,
        args: [...args],
        opts: { ...opts, cwd: opts.cwd ?? process.cwd(), env: helmEnv(opts.env ?? process.env, pool) },
        ...pool === void 0 ? {} : { pool }
      },
      (e) => {
        if (pending.delete(id))
          resolve(failed(`helm-guard's process supervisor is not reachable (${e.message})`, started));
      }
    );
  });
}
function helmPool(size) {
  return (file, args, opts) => run(file, args, opts, size);
}
function stopRuns() {
  if (supervisor) send(supervisor, { type: "stop" });
}
function setBudget(deadline, message = "") {
  budget = deadline === void 0 ? void 0 : { deadline, message };
  if (budget) send(startSupervisor(), { type: "budget", ...budget });
  else if (supervisor) send(supervisor, { type: "budget" });
}

const require$2 = createRequire(import.meta.url);
const __filename$2 = fileURLToPath(import.meta.url);
const __dirname$2 = dirname(__filename$2);

// src/util/watchdog.ts
function prestartWatchdog() {
  startSupervisor();
}
var budgets = 0;
function startWatchdog(ms, message) {
  const deadline = Date.now() + Math.min(Math.max(0, ms), 2 ** 31 - 1);
  setBudget(deadline, message);
  const mine = ++budgets;
  return {
    // only the budget it started: a later startWatchdog's stays
    stop: () => {
      if (budgets === mine) {
        budgets++;
        setBudget(void 0);
      }
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

export { DEFAULT_MAX_OUTPUT_BYTES as D, __commonJS as _, startWatchdog as a, __toESM as b, __require as c, __export as d, helmPool as h, prestartWatchdog as p, run as r, stopRuns as s };
