import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { r as repoRoot, a as resolveCommit, w as worktreeAt, G as GitError } from './chunk-DXrmvcI5.js';
import { G as GuardError } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

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

export { checkoutBase };
