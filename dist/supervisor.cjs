"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/helm/supervisor.ts
var supervisor_exports = {};
module.exports = __toCommonJS(supervisor_exports);
var import_node_fs = require("node:fs");

// src/helm/process-group.ts
var import_node_child_process = require("node:child_process");
var DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var MAX_TIMER_MS = 2 ** 31 - 1;
var DRAIN_MS = 1e3;
var STDERR_KEPT_WHEN_TOO_LARGE = 64 * 1024;
function runInGroup(file, args, opts, live2) {
  const started = performance.now();
  const groups = process.platform !== "win32";
  const maxOutput = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const grace = opts.killGraceMs ?? 2e3;
  return new Promise((resolveRun) => {
    let child;
    try {
      child = (0, import_node_child_process.spawn)(file, args, {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe"],
        shell: false,
        detached: groups,
        windowsHide: true
      });
    } catch (e) {
      resolveRun({
        code: null,
        stdout: "",
        stderr: "",
        timedOut: false,
        durationMs: performance.now() - started,
        spawnError: e
      });
      return;
    }
    if (groups && child.pid !== void 0) live2.add(child.pid);
    const out = [];
    const err = [];
    let captured = 0;
    let timedOut = false;
    let tooLarge = false;
    let exited = false;
    let exitCode = null;
    let exitSignal = null;
    let killedHard = false;
    let done = false;
    const timers = [];
    const later = (ms, f) => timers.push(setTimeout(f, Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_TIMER_MS) : MAX_TIMER_MS));
    const signalAll = (sig) => {
      try {
        if (groups && child.pid !== void 0) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
      }
    };
    const killHard = () => {
      killedHard = true;
      signalAll("SIGKILL");
      if (exited) finish();
      else later(1e3, () => finish());
    };
    const finish = (spawnError) => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      if (!spawnError) signalAll("SIGKILL");
      if (groups && child.pid !== void 0) live2.delete(child.pid);
      child.stdout?.destroy();
      child.stderr?.destroy();
      const stderr = Buffer.concat(err);
      resolveRun({
        code: spawnError ? null : exitCode,
        ...exitSignal ? { signal: exitSignal } : {},
        stdout: tooLarge ? "" : Buffer.concat(out).toString("utf8"),
        stderr: (tooLarge ? stderr.subarray(0, STDERR_KEPT_WHEN_TOO_LARGE) : stderr).toString("utf8"),
        timedOut,
        ...tooLarge ? { outputTooLarge: true } : {},
        durationMs: performance.now() - started,
        ...spawnError ? { spawnError } : {}
      });
    };
    later(opts.timeoutMs, () => {
      if (done) return;
      timedOut = true;
      signalAll("SIGTERM");
      later(grace, killHard);
    });
    const capture = (into) => (b) => {
      if (tooLarge) return;
      captured += b.length;
      if (captured > maxOutput) {
        tooLarge = true;
        out.length = 0;
        killHard();
        return;
      }
      into.push(b);
    };
    child.stdout.on("data", capture(out));
    child.stderr.on("data", capture(err));
    child.stdout.on("error", () => void 0);
    child.stderr.on("error", () => void 0);
    child.on("error", (e) => {
      if (child.pid === void 0) finish(e);
    });
    child.on("exit", (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      if (killedHard) return finish();
      if (timedOut) return;
      later(DRAIN_MS, () => finish());
    });
    child.on("close", () => {
      if (exited) finish();
    });
  });
}

// src/helm/supervisor.ts
var guard = Number(process.argv[2]);
var live = /* @__PURE__ */ new Set();
var budget;
var waiting = [];
var pooled = 0;
function killGroups() {
  for (const g of live)
    try {
      process.kill(-g, "SIGKILL");
    } catch {
    }
  live.clear();
}
function send(m) {
  try {
    process.send?.(m);
  } catch {
  }
}
function start(m, inPool) {
  void runInGroup(m.file, m.args, m.opts, live).then(({ spawnError, ...result }) => {
    if (inPool) {
      pooled--;
      next();
    }
    send({
      type: "done",
      id: m.id,
      result,
      ...spawnError ? {
        spawnError: {
          message: spawnError.message,
          code: spawnError.code,
          errno: spawnError.errno,
          syscall: spawnError.syscall,
          path: spawnError.path
        }
      } : {}
    });
  });
}
function next() {
  while (waiting.length && pooled < waiting[0].size) {
    pooled++;
    start(waiting.shift().m, true);
  }
}
process.on("message", (m) => {
  if (m.type === "run") {
    if (m.pool === void 0) start(m, false);
    else {
      waiting.push({ m, size: Math.max(1, m.pool) });
      next();
    }
  } else if (m.type === "budget") {
    clearTimeout(budget);
    budget = void 0;
    if (m.deadline === void 0) return;
    const message = m.message ?? "helm-guard: the run passed its time budget and was stopped";
    budget = setTimeout(
      () => {
        killGroups();
        try {
          (0, import_node_fs.writeSync)(2, message + "\n");
        } catch {
        }
        if (process.ppid === guard) process.kill(guard, "SIGKILL");
        process.exit(0);
      },
      Math.min(Math.max(0, m.deadline - Date.now()), 2 ** 31 - 1)
    );
  } else if (m.type === "stop") {
    for (const { m: w } of waiting.splice(0))
      send({
        type: "done",
        id: w.id,
        result: { code: null, signal: "SIGKILL", stdout: "", stderr: "", timedOut: false, durationMs: 0 }
      });
    killGroups();
  }
});
process.on("disconnect", () => {
  killGroups();
  process.exit(0);
});
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"])
  process.on(sig, () => {
    killGroups();
    process.exit(0);
  });
