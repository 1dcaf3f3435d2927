import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  finalize,
  helmVersion,
  runGuard,
  workItems
} from "./chunk-EJSJQBPI.js";
import "./chunk-ZEHNEAGF.js";
import "./chunk-VFLAJB33.js";
import "./chunk-KCI4Q5SZ.js";
import "./chunk-W5QZZNKE.js";
import {
  GuardError,
  atOrAbove
} from "./chunk-IW6HEK54.js";
import "./chunk-REZRDY4X.js";
import "./chunk-2JWGL4ZM.js";
import "./chunk-BAICV6HM.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";
export {
  GuardError,
  atOrAbove,
  finalize,
  helmVersion,
  runGuard,
  workItems
};
