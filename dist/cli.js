#!/usr/bin/env node
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { p as prestartWatchdog } from './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/cli/bin.ts
if (!process.argv.slice(2).some((a) => a === "--version" || a === "--help" || a === "-h")) prestartWatchdog();
var { main } = await import('./chunk-start-rare-DHVLF1UU.js');
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`helm-guard: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    if (process.env.HELM_GUARD_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
    process.exitCode = 2;
  }
);
