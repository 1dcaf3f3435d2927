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
} from "./chunk-KDWFFPZQ.js";
import "./chunk-QED7UNK5.js";
import "./chunk-BG6I7YSE.js";
import "./chunk-2YNFJLW3.js";
import "./chunk-MSCMW2BQ.js";
import "./chunk-7RZE6GQ7.js";
import "./chunk-ODW55E55.js";
import "./chunk-EFPZ7VL7.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-CELDCD26.js";
import "./chunk-7Q3GHJTM.js";
import "./chunk-2AJFM67G.js";
export {
  helmErrorLocation,
  helmErrorText,
  parseHelmError
};
