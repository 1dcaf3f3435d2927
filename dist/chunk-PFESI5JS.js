import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  finalize,
  helmVersion,
  runGuard,
  workItems
} from "./chunk-JC2KS5Y5.js";
import "./chunk-UD4CBOID.js";
import "./chunk-EV7SGMXK.js";
import {
  GuardError,
  atOrAbove
} from "./chunk-IW6HEK54.js";
import "./chunk-HUPKSWR4.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-BAICV6HM.js";
import "./chunk-ODW55E55.js";
import "./chunk-VD5TZ5LG.js";
import "./chunk-CELDCD26.js";
import "./chunk-2AJFM67G.js";
export {
  GuardError,
  atOrAbove,
  finalize,
  helmVersion,
  runGuard,
  workItems
};
