import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve, join } from 'node:path';
import { r as run } from './chunk-boot-BQAnIf4X.js';
import { existsSync, realpathSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
var TIMEOUT_MS = 3e4;
var SLOW_TIMEOUT_MS = 6e4;
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};
function gitMessage(r) {
  const line = r.stderr.split("\n").map((l) => l.trim()).find((l) => l && !/^hint:/.test(l));
  if (line) return line.replace(/^(?:fatal|error): /, "");
  return r.code === null ? "killed" : `exit code ${r.code}`;
}
async function git(args, cwd, timeoutMs = TIMEOUT_MS) {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
  const r = await run("git", args, { timeoutMs, cwd, env });
  if (r.spawnError) {
    if (!existsSync(cwd)) throw new GitError(`directory not found: ${cwd}`);
    if (r.spawnError.code === "ENOENT") throw new GitError("git not found on PATH");
    throw new GitError(`cannot run git in ${cwd}: ${r.spawnError.message}`);
  }
  if (r.timedOut) throw new GitError(`git ${args[0]} in ${cwd} did not finish within ${timeoutMs / 1e3} s`);
  return r;
}
async function gitOk(args, cwd, what, timeoutMs = TIMEOUT_MS) {
  const r = await git(args, cwd, timeoutMs);
  if (r.code !== 0) throw new GitError(`${what} failed in ${cwd}: ${gitMessage(r)}`);
  return r.stdout;
}
function splitZ(out) {
  return out.split("\0").filter((s) => s !== "");
}
function checkRef(ref, what) {
  if (!ref.trim()) throw new GitError(`${what} is empty`);
  if (ref.startsWith("-")) throw new GitError(`${what} "${ref}" starts with "-"; a git ref cannot`);
  if (/[\x00-\x1f\x7f]/.test(ref)) throw new GitError(`${what} ${JSON.stringify(ref)} contains a control character`);
}
async function repoRoot(cwd) {
  const r = await git(["rev-parse", "--show-toplevel"], cwd);
  if (r.code !== 0) {
    const msg = gitMessage(r);
    if (/not a git repository/i.test(msg)) throw new GitError(`${cwd} is not in a git repository`);
    throw new GitError(`cannot find the git repository of ${cwd}: ${msg}`);
  }
  return resolve(r.stdout.replace(/\r?\n$/, ""));
}
async function commitOf(ref, cwd) {
  const r = await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function resolveCommit(ref, cwd) {
  checkRef(ref, "git ref");
  const root = await repoRoot(cwd);
  const local = await commitOf(ref, root);
  if (local) return local;
  const shallow = (await git(["rev-parse", "--is-shallow-repository"], root)).stdout.trim() === "true";
  if (/[~^:\\*?[\s]|@\{/.test(ref) || ref === "@" || ref.startsWith("+"))
    throw new GitError(
      shallow ? `cannot find ${ref}: it is not in this checkout, a shallow clone; fetch more history before running, or use actions/checkout with fetch-depth: 0` : `cannot find ${ref}: no such commit in ${root}`
    );
  const remoteName = ref.replace(/^(?:refs\/remotes\/)?origin\//, "");
  const fetched = await git(
    ["fetch", "--no-tags", ...shallow ? ["--depth=1"] : [], "origin", remoteName],
    root,
    SLOW_TIMEOUT_MS
  );
  const commit = fetched.code === 0 ? await commitOf("FETCH_HEAD", root) : void 0;
  if (commit) return commit;
  const why = fetched.code === 0 ? "it fetched no commit" : gitMessage(fetched);
  throw new GitError(
    `cannot find ${ref}: it is not in this checkout and "git fetch origin ${remoteName}" failed (${why}); fetch it before running, or use actions/checkout with fetch-depth: 0`
  );
}
async function changedFiles(baseCommit, cwd) {
  checkRef(baseCommit, "base commit");
  const root = await repoRoot(cwd);
  const mb = await git(["merge-base", baseCommit, "HEAD"], root);
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim() : baseCommit;
  const diff = await gitOk(
    ["diff", "--name-only", "--no-renames", "-z", from, "--"],
    root,
    `git diff against ${baseCommit}`
  );
  const untracked = await gitOk(
    ["ls-files", "--others", "--exclude-standard", "-z"],
    root,
    "listing untracked files (git ls-files)"
  );
  return [.../* @__PURE__ */ new Set([...splitZ(diff), ...splitZ(untracked)])].sort();
}
async function worktreeAt(commit, cwd) {
  checkRef(commit, "commit");
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "helm-guard-base-")));
  const added = await git(["worktree", "add", "--detach", dir, commit], cwd, SLOW_TIMEOUT_MS).catch((e) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  if (added.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    await git(["worktree", "prune"], cwd).catch(() => void 0);
    throw new GitError(`cannot check out ${commit} into a temporary worktree: ${gitMessage(added)}`);
  }
  let removing;
  const remove = () => removing ??= (async () => {
    const r = await git(["worktree", "remove", "--force", dir], cwd);
    rmSync(dir, { recursive: true, force: true });
    if (r.code !== 0)
      throw new GitError(`cannot remove the temporary worktree ${dir}: ${gitMessage(r)} (run "git worktree prune")`);
  })();
  return { dir, remove };
}

export { GitError as G, resolveCommit as a, changedFiles as c, repoRoot as r, worktreeAt as w };
