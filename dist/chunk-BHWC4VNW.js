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
} from "./chunk-TPB6ZSHD.js";
import "./chunk-LQC5N3SK.js";
import "./chunk-UMLKZRA6.js";
import "./chunk-QGXTLNCR.js";
import "./chunk-AVBPKS3C.js";
import "./chunk-CELDCD26.js";
import "./chunk-GSEEIVGT.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
