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
} from "./chunk-YEKXZMID.js";
import "./chunk-EBXFC7R3.js";
import "./chunk-UMLKZRA6.js";
import "./chunk-CD43YJOK.js";
import "./chunk-AVBPKS3C.js";
import "./chunk-GSEEIVGT.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
