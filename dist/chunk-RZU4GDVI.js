import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  EXIT,
  USAGE,
  findHelm,
  formatReport,
  main
} from "./chunk-GXNAP5CP.js";
import "./chunk-E7YEBDJ3.js";
import "./chunk-WOH35TE4.js";
import "./chunk-OIB46X2N.js";
import "./chunk-UMAEZXCB.js";
import "./chunk-BAICV6HM.js";
import "./chunk-TCJ6Y27S.js";
import "./chunk-E7MX4Q7U.js";
import "./chunk-EXNJKHFI.js";
import "./chunk-XFJATW74.js";
import "./chunk-4XC6GTOR.js";
import "./chunk-BST2SALO.js";
import "./chunk-AVBPKS3C.js";
import "./chunk-7WR7WPOH.js";
import "./chunk-2AJFM67G.js";
export {
  EXIT,
  USAGE,
  findHelm,
  formatReport,
  main
};
