import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  assignShards,
  itemKey,
  parseShard,
  planShards,
  timingsFromReport
} from "./chunk-BAICV6HM.js";
import "./chunk-2AJFM67G.js";
export {
  assignShards,
  itemKey,
  parseShard,
  planShards,
  timingsFromReport
};
