import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  GitError,
  repoRoot,
  resolveCommit,
  worktreeAt
} from "./chunk-HFV255CM.js";
import "./chunk-W5QZZNKE.js";
import {
  GuardError
} from "./chunk-IW6HEK54.js";
import "./chunk-2JWGL4ZM.js";
import "./chunk-7LRU3GEV.js";
import "./chunk-2AJFM67G.js";

// src/base/checkout.ts
async function checkoutBase(ref, cwd) {
  try {
    const root = await repoRoot(cwd);
    const commit = await resolveCommit(ref, root);
    const wt = await worktreeAt(commit, root);
    return { commit, ref, repoRoot: root, worktree: wt.dir, remove: wt.remove };
  } catch (e) {
    if (e instanceof GitError) throw new GuardError(`base ${ref}: ${e.message}`);
    throw e;
  }
}
export {
  checkoutBase
};
