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
} from "./chunk-MDQSY7UP.js";
import "./chunk-OIB46X2N.js";
import "./chunk-E7YEBDJ3.js";
import "./chunk-7ZB7SOZ7.js";
import "./chunk-ZEHNEAGF.js";
import "./chunk-DJRESXZO.js";
import "./chunk-FGXGE25O.js";
import "./chunk-EV7SGMXK.js";
import "./chunk-MOWUPZNE.js";
import "./chunk-IW6HEK54.js";
import "./chunk-POIOCOL2.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-BAICV6HM.js";
import "./chunk-QED7UNK5.js";
import "./chunk-2YNFJLW3.js";
import "./chunk-ODW55E55.js";
import "./chunk-EFPZ7VL7.js";
import "./chunk-QTTLH7VX.js";
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
