import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  STATE_KEY,
  schemaState
} from "./chunk-NTQ6TNEL.js";
import "./chunk-V6OQQ5VZ.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-2AJFM67G.js";
export {
  STATE_KEY,
  schemaState
};
