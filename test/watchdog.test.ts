import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/helm.js';

/**
 * The run's time budget (--run-timeout, the Action's run-timeout): nothing escapes it — neither a helm
 * that never returns and ignores SIGTERM, nor a computation that never yields to the event loop.
 */
/** Whether a process still runs (a zombie waiting to be reaped does not). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
const settle = () => spawnSync('sleep', ['0.5']);

describe('the run has a wall-clock budget nothing escapes', () => {
  it('a helm that never returns: killed with its group at the budget, one line on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helm-guard-budget-'));
    const pids = join(dir, 'pids');
    const helm = join(dir, 'helm');
    // answers `version`, then hangs, deaf to SIGTERM, with a grandchild holding its pipes
    writeFileSync(
      helm,
      `#!/bin/sh\nif [ "$1" = version ]; then echo v3.16.4; exit 0; fi\ntrap '' TERM\nsleep 300 &\necho $$ $! >> ${pids}\nwait\n`,
    );
    chmodSync(helm, 0o755);
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), join(ROOT, 'fixtures/zero-config'), '--helm', helm, '--run-timeout', '2s'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stderr).toContain(
      'helm-guard: the run passed its time budget of 2s (--run-timeout) and was stopped; the helm processes still running were killed',
    );
    const left = readFileSync(pids, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    expect(left.length).toBeGreaterThan(0);
    settle();
    for (const pid of left) expect(alive(pid), `pid ${pid}`).toBe(false);
  });

  /** A snippet of TypeScript in a child Node process; when it ended, and how long it took. */
  const snippet = (code: string) => {
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const ended = Date.now();
    return { r, ended, ms: ended - started };
  };

  it('a computation that never yields: stopped all the same', () => {
    const code = `
      import { startWatchdog } from ${JSON.stringify(join(ROOT, 'src/util/watchdog.ts'))};
      startWatchdog(500, 'budget passed');
      for (;;) {}
    `;
    const { r, ms } = snippet(code);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stderr).toContain('budget passed');
    expect(ms).toBeLessThan(20_000);
  });

  it('a budget set again replaces the first; stopping the first leaves the second in force', () => {
    const code = `
      import { startWatchdog } from ${JSON.stringify(join(ROOT, 'src/util/watchdog.ts'))};
      const first = startWatchdog(600_000, 'first budget passed');
      startWatchdog(500, 'second budget passed');
      first.stop();
      for (;;) {}
    `;
    const { r, ms } = snippet(code);
    expect(r.signal).toBe('SIGKILL');
    expect(r.stderr).toContain('second budget passed');
    expect(ms).toBeLessThan(20_000);
  });

  it('a keeper started before the budget is set keeps the budget from the moment it is set', () => {
    // as the entries do: the supervisor process first, the budget once the arguments are read
    const code = `
      import { prestartWatchdog, startWatchdog } from ${JSON.stringify(join(ROOT, 'src/util/watchdog.ts'))};
      prestartWatchdog();
      const t = Date.now();
      while (Date.now() - t < 300) {}
      startWatchdog(400, 'budget set at ' + Date.now());
      for (;;) {}
    `;
    const { r, ended } = snippet(code);
    expect(r.signal).toBe('SIGKILL');
    const set = Number(/budget set at (\d+)/.exec(r.stderr)?.[1]);
    // stopped when the budget passed, counted from when it was set (the supervisor had started long before)
    expect(ended - set).toBeGreaterThanOrEqual(400);
    expect(ended - set).toBeLessThan(5_000);
  });

  it('a run within its budget is not touched; a bad budget is a usage error', () => {
    const ok = spawnSync(
      process.execPath,
      [
        join(ROOT, 'dist/cli.js'),
        join(ROOT, 'fixtures/zero-config'),
        '--helm',
        join(ROOT, '.cache/helm/v3.16.4/helm'),
        '--run-timeout',
        '5m',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'x', '--run-timeout', 'soon'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('helm-guard: --run-timeout must be a duration such as 30m, 90s or 1h (got "soon")\n');
  });
});
