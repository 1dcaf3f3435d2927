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
} from "./chunk-FQWDXZNT.js";
import "./chunk-4RY74GNH.js";
import "./chunk-YFQ6HRQ2.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-NUCH56CP.js";
import "./chunk-6UMKCMP4.js";
import "./chunk-NMK5MUXU.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import "./chunk-L5JN3MRU.js";
import "./chunk-SHQ4L3XZ.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
