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
} from "./chunk-FKGQEQLW.js";
import "./chunk-HBG6Q3BS.js";
import "./chunk-BAICV6HM.js";
import "./chunk-MT5U7UVF.js";
import "./chunk-MVWWROHK.js";
import {
  GuardError,
  atOrAbove
} from "./chunk-YJOSE5ZY.js";
import "./chunk-ZHHGQAH2.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-AVBPKS3C.js";
import "./chunk-D7TC343Y.js";
import "./chunk-2AJFM67G.js";
export {
  GuardError,
  atOrAbove,
  finalize,
  helmVersion,
  runGuard,
  workItems
};
