import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run, type RunResult } from '../helm/run.js';

const TIMEOUT_MS = 30_000;
// a fetch goes over the network, and a worktree checkout writes the whole tree
const SLOW_TIMEOUT_MS = 60_000;

/** A git command failed: one sentence naming what, where, and git's own message, for a person to act on. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** git's first meaningful stderr line, without the `fatal:`/`error:` prefix (hints follow it). */
function gitMessage(r: RunResult): string {
  const line = r.stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !/^hint:/.test(l));
  if (line) return line.replace(/^(?:fatal|error): /, '');
  return r.code === null ? 'killed' : `exit code ${r.code}`;
}

/**
 * Run git with an argv array. Fails only when git could not run at all (not installed, cwd missing,
 * timed out); a non-zero exit is the caller's to interpret, since several commands use it as an answer.
 */
async function git(args: string[], cwd: string, timeoutMs = TIMEOUT_MS): Promise<RunResult> {
  // a fetch must never wait for a password nobody will type
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  const r = await run('git', args, { timeoutMs, cwd, env });
  if (r.spawnError) {
    // spawn reports a missing cwd as ENOENT too, which would read as "git not found"
    if (!existsSync(cwd)) throw new GitError(`directory not found: ${cwd}`);
    if (r.spawnError.code === 'ENOENT') throw new GitError('git not found on PATH');
    throw new GitError(`cannot run git in ${cwd}: ${r.spawnError.message}`);
  }
  if (r.timedOut) throw new GitError(`git ${args[0]} in ${cwd} did not finish within ${timeoutMs / 1000} s`);
  return r;
}

/** Like git(), but a non-zero exit is a GitError: `<what> failed in <cwd>: <git's message>`. */
async function gitOk(args: string[], cwd: string, what: string, timeoutMs = TIMEOUT_MS): Promise<string> {
  const r = await git(args, cwd, timeoutMs);
  if (r.code !== 0) throw new GitError(`${what} failed in ${cwd}: ${gitMessage(r)}`);
  return r.stdout;
}

/** NUL-separated output (`-z`): paths with spaces, quotes or newlines come through unchanged. */
function splitZ(out: string): string[] {
  return out.split('\0').filter((s) => s !== '');
}

/**
 * Refs reach git as arguments: one starting with `-` would be read as an option, and a control character
 * is never part of a ref name.
 */
function checkRef(ref: string, what: string): void {
  if (!ref.trim()) throw new GitError(`${what} is empty`);
  if (ref.startsWith('-')) throw new GitError(`${what} "${ref}" starts with "-"; a git ref cannot`);
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(ref)) throw new GitError(`${what} ${JSON.stringify(ref)} contains a control character`);
}

/** The top directory of the git repository that contains `cwd`. */
export async function repoRoot(cwd: string): Promise<string> {
  const r = await git(['rev-parse', '--show-toplevel'], cwd);
  if (r.code !== 0) {
    const msg = gitMessage(r);
    if (/not a git repository/i.test(msg)) throw new GitError(`${cwd} is not in a git repository`);
    throw new GitError(`cannot find the git repository of ${cwd}: ${msg}`);
  }
  // git prints C:/x on Windows; resolve() gives the platform's form
  return resolve(r.stdout.replace(/\r?\n$/, ''));
}

async function commitOf(ref: string, cwd: string): Promise<string | undefined> {
  // ^{commit} peels an annotated tag to its commit and refuses a tree or blob
  const r = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/**
 * The full SHA of the commit `ref` names: a branch, tag, SHA, `HEAD~1`, `origin/main`. A ref missing from a
 * shallow CI checkout (actions/checkout fetches one commit by default) is fetched from origin, that one
 * commit only.
 */
export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  checkRef(ref, 'git ref');
  // outside a repository every lookup fails; say that rather than "not in this checkout"
  const root = await repoRoot(cwd);
  const local = await commitOf(ref, root);
  if (local) return local;

  const shallow = (await git(['rev-parse', '--is-shallow-repository'], root)).stdout.trim() === 'true';
  // `HEAD~2`, `main^`, `main@{1}` or `a:b` name no ref on the remote (and `a:b` would be a refspec that
  // writes a local ref), so only fetch what could be a branch, tag or SHA there
  if (/[~^:\\*?[\s]|@\{/.test(ref) || ref === '@' || ref.startsWith('+'))
    throw new GitError(
      shallow
        ? `cannot find ${ref}: it is not in this checkout, a shallow clone; fetch more history before running, or use actions/checkout with fetch-depth: 0`
        : `cannot find ${ref}: no such commit in ${root}`,
    );
  // `origin/main` is written for the remote-tracking branch, which the remote itself calls `main`
  const remoteName = ref.replace(/^(?:refs\/remotes\/)?origin\//, '');
  // --depth on a full clone would cut its history at the fetched commit: only a shallow clone gets it
  const fetched = await git(
    ['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), 'origin', remoteName],
    root,
    SLOW_TIMEOUT_MS,
  );
  const commit = fetched.code === 0 ? await commitOf('FETCH_HEAD', root) : undefined;
  if (commit) return commit;
  const why = fetched.code === 0 ? 'it fetched no commit' : gitMessage(fetched);
  throw new GitError(
    `cannot find ${ref}: it is not in this checkout and "git fetch origin ${remoteName}" failed (${why}); fetch it before running, or use actions/checkout with fetch-depth: 0`,
  );
}

/**
 * Repo-relative paths (forward slashes, sorted, unique) that differ between `baseCommit` and the working
 * tree: committed, staged and unstaged changes to tracked files, and untracked files that are not ignored.
 * A renamed file counts at both paths, as a delete and an add.
 *
 * The comparison starts at the merge base of `baseCommit` and HEAD, so commits made on the base branch
 * since the branch point do not count, as on a pull request. A shallow clone cannot compute the merge
 * base; the base commit itself is used then, which can add files changed on the base branch: that guards
 * more charts, never fewer.
 */
export async function changedFiles(baseCommit: string, cwd: string): Promise<string[]> {
  checkRef(baseCommit, 'base commit');
  // ls-files lists only below cwd and relative to it (diff too, with diff.relative): run both from the top
  const root = await repoRoot(cwd);
  const mb = await git(['merge-base', baseCommit, 'HEAD'], root);
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim() : baseCommit;
  const diff = await gitOk(
    ['diff', '--name-only', '--no-renames', '-z', from, '--'],
    root,
    `git diff against ${baseCommit}`,
  );
  const untracked = await gitOk(
    ['ls-files', '--others', '--exclude-standard', '-z'],
    root,
    'listing untracked files (git ls-files)',
  );
  return [...new Set([...splitZ(diff), ...splitZ(untracked)])].sort();
}

/** The contents of `path` (repo-relative) at `commit`; undefined when no file is at that path there. */
export async function showFile(commit: string, path: string, cwd: string): Promise<string | undefined> {
  checkRef(commit, 'commit');
  // `<commit>:./x` would be relative to cwd, not to the top; cat-file applies no textconv filter
  const rel = path
    .split('\\')
    .join('/')
    .replace(/^(?:\.\/)+/, '');
  const r = await git(['cat-file', 'blob', `${commit}:${rel}`], cwd);
  if (r.code === 0) return r.stdout;
  // the same exit code for a missing path and a missing commit: only the first is an answer
  if (!(await commitOf(commit, cwd))) throw new GitError(`cannot read ${rel} at ${commit}: no such commit in ${cwd}`);
  return undefined;
}

/**
 * A temporary detached worktree of `commit`, to render the base version of a chart. `remove()` deletes it
 * and git's record of it (the directory goes even when git refuses, which is a GitError); calling it again
 * does nothing more.
 */
export async function worktreeAt(commit: string, cwd: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  checkRef(commit, 'commit');
  // realpath: git records the resolved path (macOS /var is /private/var), and `git worktree list` shows it
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'helm-guard-base-')));
  const added = await git(['worktree', 'add', '--detach', dir, commit], cwd, SLOW_TIMEOUT_MS).catch((e: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  if (added.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    // a checkout that failed half-way leaves a record behind
    await git(['worktree', 'prune'], cwd).catch(() => undefined);
    throw new GitError(`cannot check out ${commit} into a temporary worktree: ${gitMessage(added)}`);
  }
  let removing: Promise<void> | undefined;
  const remove = () =>
    (removing ??= (async () => {
      // --force: the render may have left files behind (a built charts/ dir); a missing directory is fine too
      const r = await git(['worktree', 'remove', '--force', dir], cwd);
      rmSync(dir, { recursive: true, force: true });
      if (r.code !== 0)
        throw new GitError(`cannot remove the temporary worktree ${dir}: ${gitMessage(r)} (run "git worktree prune")`);
    })());
  return { dir, remove };
}
