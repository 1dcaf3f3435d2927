#!/usr/bin/env node
// The entry stays tiny: the supervisor process that starts helm and keeps the run's budget starts first,
// on the core that is free while the CLI loads (src/helm/supervisor.ts), then the CLI. Node's compile
// cache is not turned on: a CI runner starts with it empty, and writing it costs a cold run more than a
// warm one saves.
import { prestartWatchdog } from '../util/watchdog.js';

if (!process.argv.slice(2).some((a) => a === '--version' || a === '--help' || a === '-h')) prestartWatchdog();
const { main } = await import('./main.js');

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // an unexpected failure: one line, exit 2, no stack trace unless asked for
    process.stderr.write(`helm-guard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.HELM_GUARD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  },
);
