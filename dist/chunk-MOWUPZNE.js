import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  readRegularFile
} from "./chunk-CELDCD26.js";

// src/report/context.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function gitTopLevel(dir) {
  let d = resolve(dir);
  for (; ; ) {
    if (existsSync(resolve(d, ".git"))) return d;
    const up = dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function reportContext(baseDir, env = {}, extra = {}) {
  const base = resolve(baseDir);
  const ctx = { baseDir: base, repoRoot: gitTopLevel(base) ?? base };
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (server && repository && sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) && /^[\w.-]+\/[\w.-]+$/.test(repository))
    ctx.links = { server: server.replace(/\/+$/, ""), repository, sha };
  if (extra.sarifCategory) ctx.sarifCategory = extra.sarifCategory;
  return ctx;
}
function repoPath(ctx, file) {
  const abs = resolve(ctx.baseDir, file);
  const rel = relative(ctx.repoRoot, abs);
  if (rel === "") return ".";
  if (rel.startsWith("..") || isAbsolute(rel)) return abs.split(sep).join("/");
  return rel.split(sep).join("/");
}
function readSource(ctx, file) {
  const abs = resolve(ctx.baseDir, file);
  try {
    const real = realpathSync(abs);
    const rel = relative(realpathSync(ctx.repoRoot), real);
    if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
    const read = readRegularFile(real, 4 * 1024 * 1024);
    return "text" in read ? read.text : void 0;
  } catch {
    return void 0;
  }
}
function outsideRepo(path) {
  return /^(\/|[A-Za-z]:\/)/.test(path);
}

export {
  reportContext,
  repoPath,
  readSource,
  outsideRepo
};
