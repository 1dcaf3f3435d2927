#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  prestartWatchdog
} from "./chunk-2JWGL4ZM.js";
import "./chunk-2AJFM67G.js";

// src/cli/bin.ts
if (!process.argv.slice(2).some((a) => a === "--version" || a === "--help" || a === "-h")) prestartWatchdog();
var { main } = await import("./chunk-TIMBN4K5.js");
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
