import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  diffCounts,
  formatDiff,
  showChange,
  showValue
} from "./chunk-CP6XXM7A.js";
import "./chunk-OIB46X2N.js";
import "./chunk-2AJFM67G.js";
export {
  diffCounts,
  formatDiff,
  showChange,
  showValue
};
