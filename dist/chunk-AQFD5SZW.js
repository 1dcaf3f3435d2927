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
} from "./chunk-DX5AYVJ6.js";
import "./chunk-FAZCAH6G.js";
import "./chunk-YFQ6HRQ2.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-NUCH56CP.js";
import "./chunk-6UMKCMP4.js";
import "./chunk-NMK5MUXU.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import "./chunk-L5JN3MRU.js";
import "./chunk-V6OQQ5VZ.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
