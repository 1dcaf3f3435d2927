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
  main,
  parseDuration
} from "./chunk-WB7ZQMOP.js";
import "./chunk-JC2KS5Y5.js";
import "./chunk-UD4CBOID.js";
import "./chunk-EV7SGMXK.js";
import "./chunk-IW6HEK54.js";
import "./chunk-E7YEBDJ3.js";
import "./chunk-OIB46X2N.js";
import "./chunk-MOWUPZNE.js";
import "./chunk-HUPKSWR4.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-BAICV6HM.js";
import "./chunk-QDDRV6FN.js";
import "./chunk-ODW55E55.js";
import "./chunk-VD5TZ5LG.js";
import "./chunk-QED7UNK5.js";
import "./chunk-CELDCD26.js";
import "./chunk-7Q3GHJTM.js";
import "./chunk-2AJFM67G.js";
export {
  EXIT,
  USAGE,
  findHelm,
  formatReport,
  main,
  parseDuration
};
