import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
} from "./chunk-DLALSLGJ.js";
import "./chunk-QED7UNK5.js";
import "./chunk-JLTSIJXE.js";
import "./chunk-FJNE36ZN.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-NUCH56CP.js";
import "./chunk-WQ53YP3I.js";
import "./chunk-7RZE6GQ7.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-CELDCD26.js";
import "./chunk-NB67MEXB.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-GSEEIVGT.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
