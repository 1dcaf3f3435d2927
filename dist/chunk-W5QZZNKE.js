import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  watchGroup
} from "./chunk-2JWGL4ZM.js";

// src/helm/run.ts
import { spawn } from "node:child_process";
import { setPriority } from "node:os";
var DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
var HELM_GOGC = "400";
function withGoGC(env) {
  return env.GOGC === void 0 ? { ...env, GOGC: HELM_GOGC } : env;
}
var MAX_TIMER_MS = 2 ** 31 - 1;
var DRAIN_MS = 1e3;
var STDERR_KEPT_WHEN_TOO_LARGE = 64 * 1024;
var liveGroups = /* @__PURE__ */ new Set();
var watched = /* @__PURE__ */ new Map();
var exitHooked = false;
function killLiveGroups() {
  for (const pgid of liveGroups)
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
    }
  liveGroups.clear();
}
function stopRuns() {
  killLiveGroups();
}
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.once("exit", killLiveGroups);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"])
    process.once(sig, () => {
      killLiveGroups();
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
}
function run(file, args, opts) {
  const started = performance.now();
  const groups = process.platform !== "win32";
  const maxOutput = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const grace = opts.killGraceMs ?? 2e3;
  return new Promise((resolveRun) => {
    let child;
    try {
      child = spawn(file, args, {
        cwd: opts.cwd,
        env: withGoGC(opts.env ?? process.env),
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
    if (opts.background && child.pid !== void 0)
      try {
        setPriority(child.pid, 19);
      } catch {
      }
    if (groups && child.pid !== void 0) {
      hookExit();
      liveGroups.add(child.pid);
      watched.set(child.pid, watchGroup(child.pid));
    }
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
      if (child.pid !== void 0) {
        liveGroups.delete(child.pid);
        watched.get(child.pid)?.();
        watched.delete(child.pid);
      }
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

export {
  DEFAULT_MAX_OUTPUT_BYTES,
  stopRuns,
  run
};
