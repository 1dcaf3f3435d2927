import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { GitError, changedFiles, repoRoot, resolveCommit, showFile, worktreeAt } from '../src/git/git.js';

// the test's own commits must not depend on the machine's git config (signing, hooks, default branch)
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: devNull,
  GIT_CONFIG_NOSYSTEM: '1',
};

function g(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function tmp(prefix: string): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(d);
  return d;
}

const HELPERS_V1 = '{{- define "common.name" -}}{{ .Chart.Name }}{{- end }}\n';
const BASE_FILES: Record<string, string> = {
  'README.md': '# charts\n',
  '.gitignore': '*.tgz\n',
  'charts/app/Chart.yaml':
    'apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../common\n',
  'charts/app/values.yaml': 'replicas: 1\n',
  'charts/app/templates/deployment.yaml': 'kind: Deployment\n',
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'charts/web/values.yaml': 'port: 80\n',
  'charts/web/templates/service.yaml': 'kind: Service\n',
  'charts/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 0.1.0\ntype: library\n',
  'charts/common/templates/_helpers.tpl': HELPERS_V1,
};

/** A repository with the base commit (tagged `base`) on main, and `feature` checked out at it. */
function makeRepo(): { dir: string; base: string } {
  const dir = tmp('helm-guard-git-');
  g(dir, 'init', '-q');
  write(dir, BASE_FILES);
  g(dir, 'add', '-A');
  g(dir, 'commit', '-q', '-m', 'base');
  g(dir, 'tag', '-a', '-m', 'base', 'base');
  g(dir, 'checkout', '-q', '-b', 'feature');
  return { dir, base: g(dir, 'rev-parse', 'HEAD') };
}

function commitAll(dir: string, message: string): string {
  g(dir, 'add', '-A');
  g(dir, 'commit', '-q', '-m', message);
  return g(dir, 'rev-parse', 'HEAD');
}

async function gitError(p: Promise<unknown>): Promise<GitError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(GitError);
  return e as GitError;
}

describe('repoRoot', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('is the top directory from a subdirectory', async () => {
    const { dir } = makeRepo();
    expect(await repoRoot(join(dir, 'charts/app/templates'))).toBe(dir);
  });

  it('says when the directory is in no repository, is missing, or git is not installed', async () => {
    const outside = tmp('helm-guard-nogit-');
    expect((await gitError(repoRoot(outside))).message).toBe(`${outside} is not in a git repository`);
    const missing = join(outside, 'nope');
    expect((await gitError(repoRoot(missing))).message).toBe(`directory not found: ${missing}`);
    process.env.PATH = '';
    expect((await gitError(repoRoot(outside))).message).toBe('git not found on PATH');
  });
});

describe('resolveCommit', () => {
  it('resolves branches, annotated tags, SHAs and relative refs to the full commit SHA', async () => {
    const { dir, base } = makeRepo();
    write(dir, { 'charts/web/values.yaml': 'port: 8080\n' });
    const head = commitAll(dir, 'web port');
    expect(base).toMatch(/^[0-9a-f]{40}$/);
    expect(await resolveCommit('main', dir)).toBe(base);
    expect(await resolveCommit('base', dir)).toBe(base); // the tag object is peeled to its commit
    expect(await resolveCommit(base, dir)).toBe(base);
    expect(await resolveCommit(base.slice(0, 8), dir)).toBe(base);
    expect(await resolveCommit('HEAD~1', dir)).toBe(base);
    expect(await resolveCommit('HEAD', dir)).toBe(head);
    expect(await resolveCommit('feature', dir)).toBe(head);
  });

  it('rejects a ref that git would read as an option, before running git', async () => {
    const { dir } = makeRepo();
    const marker = join(dir, 'pwned');
    expect((await gitError(resolveCommit(`--upload-pack=touch ${marker}`, dir))).message).toBe(
      `git ref "--upload-pack=touch ${marker}" starts with "-"; a git ref cannot`,
    );
    expect((await gitError(resolveCommit('-h', dir))).message).toBe('git ref "-h" starts with "-"; a git ref cannot');
    expect((await gitError(resolveCommit('main\nx', dir))).message).toBe(
      'git ref "main\\nx" contains a control character',
    );
    expect((await gitError(resolveCommit('  ', dir))).message).toBe('git ref is empty');
    expect(existsSync(marker)).toBe(false);
  });

  it('says which ref is missing when there is no origin to fetch it from', async () => {
    const { dir } = makeRepo();
    expect((await gitError(resolveCommit('HEAD~5', dir))).message).toBe(`cannot find HEAD~5: no such commit in ${dir}`);
    const outside = tmp('helm-guard-nogit-');
    expect((await gitError(resolveCommit('main', outside))).message).toBe(`${outside} is not in a git repository`);
    const message = (await gitError(resolveCommit('no-such-branch', dir))).message;
    expect(message).toMatch(
      /^cannot find no-such-branch: it is not in this checkout and "git fetch origin no-such-branch" failed \('origin' does not appear to be a git repository\); fetch it before running, or use actions\/checkout with fetch-depth: 0$/,
    );
  });
});

describe('shallow clone (actions/checkout with fetch-depth 1)', () => {
  function shallow() {
    const { dir: origin, base } = makeRepo();
    write(origin, { 'charts/common/templates/_helpers.tpl': HELPERS_V1 + '{{/* v2 */}}\n' });
    const head = commitAll(origin, 'common helpers');
    const clone = join(tmp('helm-guard-clone-'), 'c');
    g(dirname(clone), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone);
    return { origin, clone, base, head };
  }
  const present = (dir: string, sha: string) => {
    try {
      g(dir, 'cat-file', '-e', `${sha}^{commit}`);
      return true;
    } catch {
      return false;
    }
  };

  it('fetches a base commit that is not in the checkout, and diffs against it', async () => {
    const { clone, base } = shallow();
    expect(present(clone, base)).toBe(false);
    expect(await resolveCommit(base, clone)).toBe(base);
    expect(present(clone, base)).toBe(true);
    expect(g(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    // no merge base in a shallow clone: the diff starts at the base commit itself
    expect(await changedFiles(base, clone)).toEqual(['charts/common/templates/_helpers.tpl']);
  });

  it('fetches a branch by name, also when written as origin/<branch>', async () => {
    const { clone, base } = shallow();
    expect(await resolveCommit('main', clone)).toBe(base);
    expect(await resolveCommit('origin/main', clone)).toBe(base);
  });

  it('names the missing ref and how to fix it', async () => {
    const { clone } = shallow();
    const unknown = (await gitError(resolveCommit('no-such-branch', clone))).message;
    expect(unknown).toMatch(
      /^cannot find no-such-branch: it is not in this checkout and "git fetch origin no-such-branch" failed \([^)]*no-such-branch[^)]*\); fetch it before running, or use actions\/checkout with fetch-depth: 0$/,
    );
    // HEAD~1 is not a name on the remote: fetching it cannot help
    expect((await gitError(resolveCommit('HEAD~1', clone))).message).toBe(
      'cannot find HEAD~1: it is not in this checkout, a shallow clone; fetch more history before running, or use actions/checkout with fetch-depth: 0',
    );
  });

  it('fetches into a full clone without making it shallow', async () => {
    const { dir: origin, base } = makeRepo();
    const clone = join(tmp('helm-guard-clone-'), 'c');
    g(dirname(clone), 'clone', '-q', `file://${origin}`, clone);
    g(origin, 'checkout', '-q', 'main');
    write(origin, { 'charts/web/values.yaml': 'port: 9090\n' });
    const later = commitAll(origin, 'later on main');
    expect(await resolveCommit(later, clone)).toBe(later);
    expect(g(clone, 'rev-parse', '--is-shallow-repository')).toBe('false');
    expect(g(clone, 'rev-parse', `${later}~1`)).toBe(base);
  });
});

describe('changedFiles', () => {
  it('lists committed, uncommitted, untracked, renamed and oddly named paths; not ignored ones', async () => {
    const { dir, base } = makeRepo();
    write(dir, {
      'charts/common/templates/_helpers.tpl': HELPERS_V1 + '{{/* v2 */}}\n',
      'charts/web/files/my file.txt': 'spaces\n',
    });
    renameSync(join(dir, 'charts/web/templates/service.yaml'), join(dir, 'charts/web/templates/svc.yaml'));
    commitAll(dir, 'branch work');
    // uncommitted: a staged edit, an unstaged edit, a deletion, untracked files, an ignored file
    write(dir, { 'charts/app/values.yaml': 'replicas: 2\n' });
    g(dir, 'add', 'charts/app/values.yaml');
    write(dir, { 'charts/app/templates/deployment.yaml': 'kind: Deployment # edited\n' });
    g(dir, 'rm', '-q', 'README.md');
    write(dir, {
      'charts/app/templates/new.yaml': 'kind: ConfigMap\n',
      'charts/app/charts/common-0.1.0.tgz': 'ignored',
    });
    const odd = process.platform === 'win32' ? [] : ['charts/web/files/new\nline "q".txt'];
    for (const p of odd) write(dir, { [p]: 'x' });

    const expected = [
      'README.md',
      'charts/app/templates/deployment.yaml',
      'charts/app/templates/new.yaml',
      'charts/app/values.yaml',
      'charts/common/templates/_helpers.tpl',
      'charts/web/files/my file.txt',
      ...odd,
      'charts/web/templates/service.yaml',
      'charts/web/templates/svc.yaml',
    ];
    expect(await changedFiles(base, dir)).toEqual(expected);
    // paths are repo-relative wherever the command runs
    expect(await changedFiles(base, join(dir, 'charts/web'))).toEqual(expected);
  });

  it('starts at the merge base: commits on the base branch since the branch point do not count', async () => {
    const { dir } = makeRepo();
    write(dir, { 'charts/common/templates/_helpers.tpl': HELPERS_V1 + '{{/* v2 */}}\n' });
    commitAll(dir, 'feature work');
    g(dir, 'checkout', '-q', 'main');
    write(dir, { 'charts/web/values.yaml': 'port: 9090\n' });
    const main = commitAll(dir, 'main moved on');
    g(dir, 'checkout', '-q', 'feature');
    expect(await changedFiles(main, dir)).toEqual(['charts/common/templates/_helpers.tpl']);
  });

  it('is empty when nothing changed, and rejects an option as the base', async () => {
    const { dir, base } = makeRepo();
    expect(await changedFiles(base, dir)).toEqual([]);
    expect((await gitError(changedFiles('--output=x', dir))).message).toBe(
      'base commit "--output=x" starts with "-"; a git ref cannot',
    );
  });
});

describe('showFile', () => {
  it('reads a file at a commit; undefined when the path is not there', async () => {
    const { dir, base } = makeRepo();
    write(dir, { 'charts/common/templates/_helpers.tpl': 'changed\n', 'charts/web/extra.yaml': 'new\n' });
    const head = commitAll(dir, 'change');
    expect(await showFile(base, 'charts/common/templates/_helpers.tpl', dir)).toBe(HELPERS_V1);
    expect(await showFile(base, './charts/web/values.yaml', join(dir, 'charts/app'))).toBe('port: 80\n');
    expect(await showFile(head, 'charts/common/templates/_helpers.tpl', dir)).toBe('changed\n');
    expect(await showFile(base, 'charts/web/extra.yaml', dir)).toBeUndefined();
    expect(await showFile(base, 'no/such/file.yaml', dir)).toBeUndefined();
    expect(await showFile(base, 'charts/web', dir)).toBeUndefined(); // a directory is no file
    expect((await gitError(showFile('0123456789abcdef0123456789abcdef01234567', 'README.md', dir))).message).toBe(
      `cannot read README.md at 0123456789abcdef0123456789abcdef01234567: no such commit in ${dir}`,
    );
  });
});

describe('worktreeAt', () => {
  it('checks out the base tree in a temporary directory, and remove() deletes it and git’s record', async () => {
    const { dir, base } = makeRepo();
    write(dir, { 'charts/common/templates/_helpers.tpl': 'changed\n' });
    commitAll(dir, 'change');
    const listed = () =>
      g(dir, 'worktree', 'list', '--porcelain')
        .split('\n')
        .filter((l) => l.startsWith('worktree '))
        .map((l) => l.slice('worktree '.length));

    const wt = await worktreeAt(base, dir);
    expect(readFileSync(join(wt.dir, 'charts/common/templates/_helpers.tpl'), 'utf8')).toBe(HELPERS_V1);
    expect(g(wt.dir, 'rev-parse', 'HEAD')).toBe(base);
    expect(listed()).toEqual([dir, wt.dir]);
    // the main checkout is untouched
    expect(readFileSync(join(dir, 'charts/common/templates/_helpers.tpl'), 'utf8')).toBe('changed\n');

    await wt.remove();
    expect(existsSync(wt.dir)).toBe(false);
    expect(listed()).toEqual([dir]);
    await wt.remove();
  });

  it('remove() works when the directory is gone already, and says when git refuses', async () => {
    const { dir, base } = makeRepo();
    const gone = await worktreeAt(base, dir);
    rmSync(gone.dir, { recursive: true });
    await gone.remove();
    expect(g(dir, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);

    const locked = await worktreeAt(base, dir);
    g(dir, 'worktree', 'lock', '--reason', 'test', locked.dir);
    const e = await gitError(locked.remove());
    expect(e.message).toMatch(
      new RegExp(`^cannot remove the temporary worktree ${locked.dir}: .*locked.* \\(run "git worktree prune"\\)$`),
    );
    expect(existsSync(locked.dir)).toBe(false);
    expect(await gitError(locked.remove())).toBe(e);
  });

  it('fails with a GitError for a commit that does not exist, leaving nothing behind', async () => {
    const { dir } = makeRepo();
    const e = await gitError(worktreeAt('no-such-commit', dir));
    expect(e.message).toMatch(/^cannot check out no-such-commit into a temporary worktree: .*no-such-commit/);
    expect(g(dir, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });
});
