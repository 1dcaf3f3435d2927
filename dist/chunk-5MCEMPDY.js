import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/vendor.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
function vendor(name) {
  return true ? load(`./vendor/${name}.cjs`) : load(name);
}
var yamlModule;
function yaml() {
  return yamlModule ??= vendor("yaml");
}
var re2jsModule;
function re2js() {
  return re2jsModule ??= vendor("re2js");
}

export {
  yaml,
  re2js
};
