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
} from "./chunk-P26XB6JU.js";
import "./chunk-E7YEBDJ3.js";
import "./chunk-BONOFFJ2.js";
import "./chunk-HBG6Q3BS.js";
import "./chunk-UMMPNUKS.js";
import "./chunk-UOFDCOQN.js";
import "./chunk-TL4CS7GN.js";
import "./chunk-USAUQMC7.js";
import "./chunk-DKJ5FSCY.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-IKOCO5HD.js";
import "./chunk-MYQBGDCP.js";
import "./chunk-IUANTVQQ.js";
export {
  EXIT,
  USAGE,
  findHelm,
  formatReport,
  main
};
