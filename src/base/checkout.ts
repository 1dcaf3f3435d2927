import { GitError, repoRoot, resolveCommit, worktreeAt } from '../git/git.js';
import { GuardError } from '../result.js';
import type { BaseCheckout } from './rebase.js';

/**
 * The base commit checked out beside the working tree, for rendering what the pull request changes: `ref`
 * resolved (fetched, that one commit, when the checkout is shallow), then a temporary detached worktree.
 * `remove()` deletes it; call it when the run ends, whatever happened.
 */
export async function checkoutBase(ref: string, cwd: string): Promise<BaseCheckout & { remove: () => Promise<void> }> {
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
