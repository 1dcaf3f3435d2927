import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  duplicateCombos,
  maskPem,
  noisyChart,
  renderFingerprint,
  sameButNoise,
  undefinedReads,
  unknownKeys,
  unusedDefaults,
  warmIndex
} from "./chunk-LK35L4LC.js";
import "./chunk-GJH7LCT5.js";
import "./chunk-WQ53YP3I.js";
import "./chunk-7RZE6GQ7.js";
import "./chunk-CELDCD26.js";
import "./chunk-QTTLH7VX.js";
import "./chunk-5MCEMPDY.js";
import "./chunk-2AJFM67G.js";
export {
  duplicateCombos,
  maskPem,
  noisyChart,
  renderFingerprint,
  sameButNoise,
  undefinedReads,
  unknownKeys,
  unusedDefaults,
  warmIndex
};
