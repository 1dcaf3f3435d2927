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
} from "./chunk-OLZKR5MR.js";
import "./chunk-ODNWRIEW.js";
import "./chunk-QNIZRLQH.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-NUCH56CP.js";
import "./chunk-AOFPBSQQ.js";
import "./chunk-43MNYFPZ.js";
import "./chunk-ZTGGICEH.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import "./chunk-SHQ4L3XZ.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
