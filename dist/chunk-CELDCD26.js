import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/util/files.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
var MAX_CHART_FILE_BYTES = 4 * 1024 * 1024;
function realOrUndefined(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function inside(real, rootReal) {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}
function readChartFile(file, root, maxBytes = MAX_CHART_FILE_BYTES) {
  const real = realOrUndefined(file);
  const rootReal = realOrUndefined(root);
  if (!real || !rootReal || !inside(real, rootReal)) return void 0;
  const r = readRegularFile(real, maxBytes);
  return "text" in r ? r.text : void 0;
}
function readRegularFile(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = e.code;
    return {
      why: code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EISDIR" ? "directory" : "unreadable"
    };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { why: "directory" };
    if (!st.isFile()) return { why: "not-regular" };
    if (st.size > maxBytes) return { why: "too-large" };
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (; ; ) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n === buf.length) return { why: "too-large" };
    }
    return { text: buf.toString("utf8", 0, n) };
  } catch {
    return { why: "unreadable" };
  } finally {
    closeSync(fd);
  }
}
function filesBelow(dir, name, root = dir, maxBytes = MAX_CHART_FILE_BYTES) {
  const out = [];
  const rootReal = realOrUndefined(root);
  if (!rootReal) return out;
  const seen = /* @__PURE__ */ new Set();
  const walk = (d) => {
    const real = realOrUndefined(d);
    if (!real || !inside(real, rootReal) || seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) {
        let st;
        try {
          st = statSync(p);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(p);
        else if (st.isFile() && st.size <= maxBytes && name.test(e.name)) {
          const target = realOrUndefined(p);
          if (target && inside(target, rootReal)) out.push(p);
        }
      } else if (e.isFile() && name.test(e.name)) {
        try {
          if (statSync(p).size <= maxBytes) out.push(p);
        } catch {
        }
      }
    }
  };
  walk(dir);
  return out;
}

export {
  readChartFile,
  readRegularFile,
  filesBelow
};
