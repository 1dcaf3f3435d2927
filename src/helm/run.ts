import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
  /** Set when the process could not be started (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException;
}

/**
 * Run a program with an argv array (never a shell), capture both streams, and kill it when the timeout
 * passes (SIGTERM, then SIGKILL after two seconds).
 */
export function run(
  file: string,
  args: readonly string[],
  opts: { timeoutMs: number; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolveRun) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killer = setTimeout(() => child.kill('SIGKILL'), 2000);
    }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const finish = (code: number | null, spawnError?: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      resolveRun({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        durationMs: performance.now() - started,
        ...(spawnError ? { spawnError } : {}),
      });
    };
    child.on('error', (e: NodeJS.ErrnoException) => finish(null, e));
    child.on('close', (code) => finish(code));
  });
}
