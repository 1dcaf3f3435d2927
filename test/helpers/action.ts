/**
 * Run the Action (dist/index.js) as a runner would, synchronously: inputs as INPUT_* variables, a scratch
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, no download (pass `helm-path`), no base and every chart.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helm.js';

export function runActionSync(
  inputs: Record<string, string>,
  opts: { timeoutMs?: number } = {},
): { code: number | null; stdout: string; summary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'helm-guard-action-'));
  try {
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: ROOT,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: dir,
      INPUT_SINCE: 'all',
      INPUT_BASE: 'none',
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 300_000,
    });
    return { code: r.status, stdout: r.stdout, summary: readFileSync(files.summary, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
