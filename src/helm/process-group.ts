/**
 * Running one program in a process group of its own: the code the supervisor process runs for every call
 * (src/helm/supervisor.ts). It imports nothing of ours: the supervisor loads this and Node's built-ins only.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface RunResult {
  code: number | null;
  /** The signal that ended the process (ours after a timeout or the output cap, or someone else's). */
  signal?: NodeJS.Signals;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /**
   * The process wrote more than `maxOutputBytes` (stdout and stderr together): it was killed, and `stdout`
   * is empty and `stderr` only its first 64 KiB, so that nothing downstream parses a cut-off render.
   */
  outputTooLarge?: boolean;
  durationMs: number;
  /** Set when the process could not be started (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException;
}

export interface RunOptions {
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Cap on stdout + stderr captured (default 256 MiB, well below V8's string limit and a runner's memory). */
  maxOutputBytes?: number;
  /** Between SIGTERM and SIGKILL after a timeout (default 2 s). */
  killGraceMs?: number;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** setTimeout's largest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** After the process exits, how long its pipes may stay open (held by a leftover grandchild). */
const DRAIN_MS = 1000;
const STDERR_KEPT_WHEN_TOO_LARGE = 64 * 1024;

/**
 * Run a program with an argv array (never a shell), capture both streams, and kill it when the timeout
 * passes. helm is often a wrapper (version managers, shims): the program runs in a process group of its
 * own, and the whole group is signalled — SIGTERM, then SIGKILL after a grace period — so that no
 * grandchild outlives the run, and the result does not wait for pipes a grandchild still holds. Past
 * `maxOutputBytes` of output the group is killed and `outputTooLarge` set. On Windows (no process groups)
 * the child alone is killed. `live` learns each group while it runs.
 */
export function runInGroup(
  file: string,
  args: readonly string[],
  opts: RunOptions,
  live: { add(pgid: number): void; delete(pgid: number): void },
): Promise<RunResult> {
  const started = performance.now();
  const groups = process.platform !== 'win32';
  const maxOutput = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const grace = opts.killGraceMs ?? 2000;
  return new Promise((resolveRun) => {
    let child: ChildProcessByStdio<null, Readable, Readable>;
    try {
      child = spawn(file, args, {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        detached: groups,
        windowsHide: true,
      });
    } catch (e) {
      // invalid arguments (a NUL byte in argv) throw instead of emitting 'error'
      resolveRun({
        code: null,
        stdout: '',
        stderr: '',
        timedOut: false,
        durationMs: performance.now() - started,
        spawnError: e as NodeJS.ErrnoException,
      });
      return;
    }
    if (groups && child.pid !== undefined) live.add(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let captured = 0;
    let timedOut = false;
    let tooLarge = false;
    let exited = false;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    let killedHard = false;
    let done = false;
    const timers: NodeJS.Timeout[] = [];
    const later = (ms: number, f: () => void) =>
      timers.push(setTimeout(f, Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_TIMER_MS) : MAX_TIMER_MS));

    /** Signal the whole group (ESRCH — everyone gone — is fine); the child alone where there are no groups. */
    const signalAll = (sig: NodeJS.Signals) => {
      try {
        if (groups && child.pid !== undefined) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        /* already gone */
      }
    };
    const killHard = () => {
      killedHard = true;
      signalAll('SIGKILL');
      // whatever still holds the pipes is dead or outside our group: stop waiting for them (and for a
      // child that does not die at once either: it cannot hold the run)
      if (exited) finish();
      else later(1000, () => finish());
    };

    const finish = (spawnError?: NodeJS.ErrnoException) => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      // a grandchild left in the group (a daemon, a sleeper): the run leaves no process behind
      if (!spawnError) signalAll('SIGKILL');
      if (groups && child.pid !== undefined) live.delete(child.pid);
      child.stdout?.destroy();
      child.stderr?.destroy();
      const stderr = Buffer.concat(err);
      resolveRun({
        code: spawnError ? null : exitCode,
        ...(exitSignal ? { signal: exitSignal } : {}),
        stdout: tooLarge ? '' : Buffer.concat(out).toString('utf8'),
        stderr: (tooLarge ? stderr.subarray(0, STDERR_KEPT_WHEN_TOO_LARGE) : stderr).toString('utf8'),
        timedOut,
        ...(tooLarge ? { outputTooLarge: true } : {}),
        durationMs: performance.now() - started,
        ...(spawnError ? { spawnError } : {}),
      });
    };

    later(opts.timeoutMs, () => {
      if (done) return;
      timedOut = true;
      signalAll('SIGTERM');
      later(grace, killHard);
    });

    const capture = (into: Buffer[]) => (b: Buffer) => {
      if (tooLarge) return;
      captured += b.length;
      if (captured > maxOutput) {
        // no grace: it is writing without end, and every byte kept costs memory
        tooLarge = true;
        out.length = 0;
        killHard();
        return;
      }
      into.push(b);
    };
    child.stdout.on('data', capture(out));
    child.stderr.on('data', capture(err));
    // a pipe destroyed by finish() may report it; nothing to do
    child.stdout.on('error', () => undefined);
    child.stderr.on('error', () => undefined);

    child.on('error', (e: NodeJS.ErrnoException) => {
      // 'error' also reports a failed kill; only a process that never started ends the run here
      if (child.pid === undefined) finish(e);
    });
    child.on('exit', (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      if (killedHard) return finish();
      // after a timeout, the group has its grace period to end; SIGKILL then finishes the run
      if (timedOut) return;
      // normally 'close' follows at once; pipes still open after a while are held by a leftover grandchild
      later(DRAIN_MS, () => finish());
    });
    child.on('close', () => {
      if (exited) finish();
    });
  });
}
