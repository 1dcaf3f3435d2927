/**
 * issue 15, items 1, 5 and 12 (signals): run() kills helm's whole process group on a timeout or past the
 * output cap, stops waiting for pipes a grandchild holds, leaves no process behind, and says which signal
 * ended a helm that died of one. The stand-in helms are shell wrappers, as version managers' shims are.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseHelmError } from '../src/helm/errors.js';
import { DEFAULT_MAX_OUTPUT_BYTES, helmGoMaxProcs, helmPool, run, startSupervisor, stopRuns } from '../src/helm/run.js';
import { ROOT } from './helpers/helm.js';

const dir = mkdtempSync(join(tmpdir(), 'helm-guard-run-'));
const marker = `helm-guard-run-test-${process.pid}-${Date.now()}`;
const linux = process.platform === 'linux';

function script(name: string, body: string): string {
  const f = join(dir, name);
  writeFileSync(f, `#!/bin/sh\n${body}\n`);
  chmodSync(f, 0o755);
  return f;
}

/** Live processes whose command line holds the marker (zombies have none: they are gone for good). */
function withMarker(): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(marker)) out.push(Number(p));
    } catch {
      /* gone */
    }
  }
  return out;
}

async function noneLeft(): Promise<number[]> {
  // the kernel needs a moment to take a killed process down
  for (let i = 0; i < 20 && withMarker().length; i++) await new Promise((r) => setTimeout(r, 50));
  return withMarker();
}

afterEach(() => {
  // what a failing (old) run() left behind: only our own marked processes, each by its pid
  if (linux)
    for (const pid of withMarker())
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!linux)('run(): process groups', () => {
  it('a timeout kills the wrapper and its grandchild that ignores SIGTERM, and returns without waiting for its pipes', async () => {
    const helm = script('wrapper-helm', `sh -c 'trap "" TERM; while :; do sleep 0.05; done' ${marker} &\nwait`);
    const started = Date.now();
    const r = await run(helm, ['template', 'x'], { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.timedOut).toBe(true);
    expect(await noneLeft()).toEqual([]);
  }, 15_000);

  it('a helm that exits but leaves a process holding its output: the result comes, the process goes', async () => {
    const helm = script('daemon-helm', `(sh -c 'sleep 30' ${marker} &)\necho rendered\nexit 0`);
    const started = Date.now();
    const r = await run(helm, [], { timeoutMs: 20_000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r).toMatchObject({ code: 0, stdout: 'rendered\n', timedOut: false });
    expect(await noneLeft()).toEqual([]);
  }, 15_000);

  it('output past the cap kills the group and is flagged, not an ERR_STRING_TOO_LONG crash', async () => {
    const helm = script('endless-helm', `yes ${marker}`);
    const started = Date.now();
    const r = await run(helm, ['template'], { timeoutMs: 10_000, maxOutputBytes: 4 * 1024 * 1024 });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(r.outputTooLarge).toBe(true);
    expect(r.timedOut).toBe(false);
    // nothing downstream may parse a cut-off render
    expect(r.stdout).toBe('');
    expect(await noneLeft()).toEqual([]);
  }, 20_000);

  it('the default cap is 256 MiB of stdout and stderr together', async () => {
    expect(DEFAULT_MAX_OUTPUT_BYTES).toBe(256 * 1024 * 1024);
    // 300 MiB, then the end: flagged, where it used to be captured whole
    const helm = script('big-helm', `yes ${marker} | head -c 314572800`);
    const r = await run(helm, [], { timeoutMs: 60_000 });
    expect(r.outputTooLarge).toBe(true);
    expect(r.stdout).toBe('');
  }, 90_000);

  it('output below the cap is returned whole', async () => {
    const helm = script('small-helm', `yes line | head -n 100000\necho done >&2`);
    const r = await run(helm, [], { timeoutMs: 20_000, maxOutputBytes: 4 * 1024 * 1024 });
    expect(r.outputTooLarge).toBeUndefined();
    expect(r.stdout.length).toBe(500_000);
    expect(r.stderr).toBe('done\n');
    expect(r.code).toBe(0);
  });
});

describe.skipIf(!linux)('run(): when the guard itself is stopped', () => {
  // SIGKILL leaves the guard no last word: the supervisor sees its channel close
  it.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)(
    'on %s its helm process groups go with it',
    async (sig) => {
      const helm = script(`long-helm-${sig}`, `sh -c 'sleep 30' ${marker} &\nwait`);
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `import { run } from './src/helm/run.ts'; void run(${JSON.stringify(helm)}, [], { timeoutMs: 60000 }); setInterval(() => {}, 1000);`,
        ],
        { cwd: ROOT, stdio: 'ignore' },
      );
      try {
        for (let i = 0; i < 200 && !withMarker().length; i++) await new Promise((r) => setTimeout(r, 50));
        expect(withMarker().length).toBeGreaterThan(0);
        const exited = once(child, 'exit');
        child.kill(sig);
        const [code, signal] = await exited;
        // it still ends as the signal says
        expect(signal ?? code).toBe(sig);
        expect(await noneLeft()).toEqual([]);
      } finally {
        child.kill('SIGKILL');
      }
    },
    20_000,
  );
});

describe.skipIf(!linux)('run(): the supervisor starts every call and keeps the pool', () => {
  /** A stand-in helm that notes when it started and ended (ms since the epoch), then sleeps. */
  const sleeper = (name: string, log: string, seconds: number) =>
    script(
      name,
      `echo "start $1 $(date +%s%3N)" >> ${log}\nsleep ${seconds}\necho "end $1 $(date +%s%3N)" >> ${log}\necho rendered $1`,
    );
  const events = (log: string) =>
    (existsSync(log) ? readFileSync(log, 'utf8') : '')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '))
      .map(([what, call, at]) => ({ what: what!, call: call!, at: Number(at) }));

  it("helm's parent is the supervisor, not the guard: forking the guard blocked its main thread", async () => {
    const helm = script('parent-helm', 'tr "\\0" " " < /proc/$PPID/cmdline; echo; echo $PPID');
    const r = await run(helm, [], { timeoutMs: 10_000 });
    const [cmdline, ppid] = r.stdout.trim().split('\n');
    expect(Number(ppid)).not.toBe(process.pid);
    expect(Number(ppid)).toBe(startSupervisor().pid);
    expect(cmdline).toContain('supervisor.ts');
  });

  it('the pool runs at most its size at a time, in order, and starts the next one while the main thread is busy', async () => {
    const log = join(dir, 'pool.log');
    const helm = sleeper('pool-helm', log, 0.3);
    const pooled = helmPool(2);
    const calls = ['a', 'b', 'c', 'd'].map((x) => pooled(helm, [x], { timeoutMs: 10_000 }));
    // the main thread does not yield for 1.5 s: the pool must not need it to hand out the next call
    const busyFrom = Date.now();
    while (Date.now() - busyFrom < 1500) {
      /* busy */
    }
    const busyUntil = Date.now();
    const results = await Promise.all(calls);
    expect(results.map((r) => r.stdout)).toEqual(['rendered a\n', 'rendered b\n', 'rendered c\n', 'rendered d\n']);
    const ev = events(log);
    const at = (what: string, call: string) => ev.find((e) => e.what === what && e.call === call)!.at;
    // c and d started while this thread was still busy, each once a place was free
    expect(at('start', 'c')).toBeLessThan(busyUntil);
    expect(at('start', 'd')).toBeLessThan(busyUntil);
    expect(at('start', 'c')).toBeGreaterThanOrEqual(Math.min(at('end', 'a'), at('end', 'b')));
    expect(at('start', 'd')).toBeGreaterThanOrEqual(Math.max(at('end', 'a'), at('end', 'b')) - 50);
    // never more than 2 at once
    let running = 0;
    let most = 0;
    for (const e of [...ev].sort((x, y) => x.at - y.at || (x.what === 'end' ? -1 : 1))) {
      running += e.what === 'start' ? 1 : -1;
      most = Math.max(most, running);
    }
    expect(most).toBe(2);
    // in the order the calls came
    expect(ev.filter((e) => e.what === 'start').map((e) => e.call)).toEqual(['a', 'b', 'c', 'd']);
  }, 20_000);

  it('stopRuns kills the calls that run and drops the ones that wait: they end as killed, and never start', async () => {
    const log = join(dir, 'stop.log');
    const helm = sleeper('stop-helm', log, 30);
    const pooled = helmPool(1);
    const first = pooled(helm, ['first'], { timeoutMs: 60_000 });
    const second = pooled(helm, ['second'], { timeoutMs: 60_000 });
    for (let i = 0; i < 100 && !events(log).length; i++) await new Promise((r) => setTimeout(r, 50));
    stopRuns();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: false });
    expect(b).toMatchObject({ code: null, signal: 'SIGKILL', stdout: '', timedOut: false });
    expect(events(log).map((e) => `${e.what} ${e.call}`)).toEqual(['start first']);
  }, 20_000);

  it('a supervisor that dies: its calls end with an error that says so, and the next call starts a new one', async () => {
    const log = join(dir, 'lost.log');
    const helm = sleeper('lost-helm', log, 30);
    const gone = startSupervisor();
    const call = run(helm, ['lost', marker], { timeoutMs: 60_000 });
    for (let i = 0; i < 100 && !events(log).length; i++) await new Promise((r) => setTimeout(r, 50));
    gone.kill('SIGKILL');
    const r = await call;
    expect(r.code).toBeNull();
    expect(r.spawnError?.code).toBe('ESUPERVISOR');
    expect(r.spawnError?.message).toBe("helm-guard's process supervisor stopped (SIGKILL)");
    const again = await run(script('after-helm', 'echo fine'), [], { timeoutMs: 10_000 });
    expect(again).toMatchObject({ code: 0, stdout: 'fine\n' });
    expect(startSupervisor().pid).not.toBe(gone.pid);
    // the group the killed supervisor left behind (its leader carries the marker)
    for (const pid of withMarker())
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* gone */
      }
  }, 20_000);
});

describe.skipIf(!linux)('run(): a helm that dies of a signal', () => {
  it('reports the signal, and the error names it instead of "helm failed without a message"', async () => {
    const helm = script('killed-helm', 'kill -KILL $$');
    const r = await run(helm, ['template'], { timeoutMs: 10_000 });
    expect(r.code).toBeNull();
    expect(r.signal).toBe('SIGKILL');
    expect(r.timedOut).toBe(false);
    const e = parseHelmError(r.stderr, r.signal);
    expect(e.message).toMatch(/^helm was killed by signal SIGKILL \(often the system running out of memory\)/);
    expect(e.message).not.toMatch(/without a message/);
  });

  it('keeps what helm printed before it died', async () => {
    const helm = script('segv-helm', 'echo "goroutine 1 [running]:" >&2\nkill -SEGV $$');
    const r = await run(helm, [], { timeoutMs: 10_000 });
    expect(r.signal).toBe('SIGSEGV');
    expect(parseHelmError(r.stderr, r.signal).message).toBe(
      'helm was killed by signal SIGSEGV (a crash); it printed: goroutine 1 [running]:',
    );
  });

  it('an exit without a signal is unchanged', async () => {
    const helm = script('fail-helm', 'echo "Error: boom" >&2\nexit 1');
    const r = await run(helm, [], { timeoutMs: 10_000 });
    expect(r).toMatchObject({ code: 1, stderr: 'Error: boom\n' });
    expect(r.signal).toBeUndefined();
    expect(parseHelmError(r.stderr, r.signal).message).toBe('boom');
  });
});

describe.skipIf(!linux)('run(): the Go collector', () => {
  it('helm runs with GOGC=400 unless the environment sets GOGC', async () => {
    const echo = script('gogc', 'printf "%s" "${GOGC-unset}"');
    const base = { ...process.env };
    delete base.GOGC;
    expect((await run(echo, [], { timeoutMs: 10_000, env: base })).stdout).toBe('400');
    expect((await run(echo, [], { timeoutMs: 10_000, env: { ...base, GOGC: '100' } })).stdout).toBe('100');
    expect((await run(echo, [], { timeoutMs: 10_000, env: { ...base, GOGC: 'off' } })).stdout).toBe('off');
  });

  it("GOGC set in the guard's own environment reaches helm through the supervisor", async () => {
    const echo = script('gogc-own', 'printf "%s" "${GOGC-unset}"');
    const before = process.env.GOGC;
    process.env.GOGC = '150';
    try {
      const r = await run(echo, [], { timeoutMs: 10_000 });
      expect(r.spawnError).toBeUndefined();
      expect(r.stdout).toBe('150');
    } finally {
      if (before === undefined) delete process.env.GOGC;
      else process.env.GOGC = before;
    }
  });
});

describe.skipIf(!linux)("run(): the pool's share of the cores", () => {
  it('each helm process of a pool of n gets cores/n as GOMAXPROCS (at least 1)', () => {
    expect(helmGoMaxProcs(2, 2)).toBe('1');
    expect(helmGoMaxProcs(4, 2)).toBe('1');
    expect(helmGoMaxProcs(1, 8)).toBe('8');
    expect(helmGoMaxProcs(3, 8)).toBe('2');
    expect(helmGoMaxProcs(0, 4)).toBe('4');
  });

  it("a pooled call runs with its share unless the environment sets GOMAXPROCS; a call outside the pool with Go's default", async () => {
    const echo = script('gomaxprocs', 'printf "%s" "${GOMAXPROCS-unset}"');
    const base = { ...process.env };
    delete base.GOMAXPROCS;
    const pooled = helmPool(2);
    expect((await pooled(echo, [], { timeoutMs: 10_000, env: base })).stdout).toBe(
      String(Math.max(1, Math.floor(availableParallelism() / 2))),
    );
    expect((await helmPool(1)(echo, [], { timeoutMs: 10_000, env: base })).stdout).toBe(String(availableParallelism()));
    expect((await pooled(echo, [], { timeoutMs: 10_000, env: { ...base, GOMAXPROCS: '3' } })).stdout).toBe('3');
    expect((await run(echo, [], { timeoutMs: 10_000, env: base })).stdout).toBe('unset');
  });
});

describe('run(): no start', () => {
  it('a missing program is a spawn error, not a throw', async () => {
    const r = await run(join(dir, 'no-such-helm'), [], { timeoutMs: 5000 });
    expect(r.spawnError?.code).toBe('ENOENT');
    expect(r.code).toBeNull();
  });
});
