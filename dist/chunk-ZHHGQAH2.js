import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/glob.ts
var cache = /* @__PURE__ */ new Map();
function globMatch(glob, value) {
  if (!glob.includes("*") && !glob.includes("?")) return glob === value;
  let re = cache.get(glob);
  if (!re) {
    re = new RegExp(
      "^" + glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$"
    );
    cache.set(glob, re);
  }
  return re.test(value);
}
function globPath(pattern, path) {
  const re = pattern.split("/").map(
    (seg) => seg === "**" ? "(?:[^/]+/)*" : seg.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]") + "/"
  ).join("");
  return new RegExp(`^${re}$`).test(`${path}/`);
}

// src/util/is-object.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export {
  isObject,
  globMatch,
  globPath
};
