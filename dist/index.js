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

// src/action/index.ts
prestartWatchdog();
var { run } = await import("./chunk-PH7DU73Q.js");
await run();
