import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/paths.ts
import { relative, sep } from "node:path";
function repoPath(base, abs) {
  const r = relative(base, abs);
  return (sep === "/" ? r : r.split(sep).join("/")) || ".";
}

export {
  repoPath
};
