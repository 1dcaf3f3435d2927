#!/usr/bin/env node
// The entry stays tiny: Node's compile cache first (where this Node has one: later runs on the same
// machine skip compiling the bundle), then the CLI.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
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
