/**
 * Run a snippet of TypeScript (ES module, imports relative to the repository root) in a child Node process
 * bounded in time and memory: a test of a hang or of a memory blow-up then fails instead of taking the
 * test runner with it — a catastrophic regular expression cannot be interrupted in-process, nor can a
 * synchronous read of /dev/zero. The snippet prints its result (JSON) on stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from './helm.js';

export interface Bounded {
  stdout: string;
  stderr: string;
  status: number | null;
  timedOut: boolean;
  ms: number;
}

const PRLIMIT = '/usr/bin/prlimit';

export function runBounded(code: string, opts: { timeoutMs?: number; memoryBytes?: number } = {}): Bounded {
  const node = [process.execPath, '--import', 'tsx', '--input-type=module', '-e', code];
  // RLIMIT_DATA bounds what the process may allocate (Buffers included), where prlimit exists (Linux)
  const argv = existsSync(PRLIMIT) ? [PRLIMIT, `--data=${opts.memoryBytes ?? 3_000_000_000}`, ...node] : node;
  const started = Date.now();
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: ROOT,
    timeout: opts.timeoutMs ?? 30_000,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    status: r.status,
    timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT',
    ms: Date.now() - started,
  };
}

/** The last line of stdout as JSON (what the snippet printed last). */
export function lastJson<T = unknown>(b: Bounded): T {
  const lines = b.stdout.trim().split('\n');
  if (b.timedOut) throw new Error(`timed out after ${b.ms} ms; stderr: ${b.stderr.slice(-2000)}`);
  try {
    return JSON.parse(lines[lines.length - 1]!) as T;
  } catch {
    throw new Error(
      `no JSON result (exit ${b.status}); stdout: ${b.stdout.slice(-2000)} stderr: ${b.stderr.slice(-2000)}`,
    );
  }
}
