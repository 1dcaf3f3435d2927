import { existsSync, realpathSync } from 'node:fs';
import { readRegularFile } from '../util/files.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * What a report needs to know beyond the result: where the findings' paths are relative to, the
 * repository root that code scanning, annotations and links resolve paths against, and the commit page
 * links point to. Paths in the result stay as the run displays them (relative to where it ran); reports
 * that a repository host reads get repository-relative paths.
 */
export interface ReportContext {
  /** Absolute directory the result's paths are relative to. */
  baseDir: string;
  /** Absolute root of the repository (the git top level above baseDir), or baseDir outside one. */
  repoRoot: string;
  /** Where a file at a commit is shown: `${server}/${repository}/blob/${sha}/path#L10`. */
  links?: { server: string; repository: string; sha: string };
  /** SARIF `runAutomationDetails.id` category instead of the one derived from the run. */
  sarifCategory?: string;
}

/** The nearest directory at or above `dir` holding `.git` (a directory, or a file in a worktree). */
export function gitTopLevel(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(resolve(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** The context for a run whose paths are relative to `baseDir`; links from the GITHUB_* variables. */
export function reportContext(
  baseDir: string,
  env: NodeJS.ProcessEnv = {},
  extra: { sarifCategory?: string } = {},
): ReportContext {
  const base = resolve(baseDir);
  const ctx: ReportContext = { baseDir: base, repoRoot: gitTopLevel(base) ?? base };
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (server && repository && sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) && /^[\w.-]+\/[\w.-]+$/.test(repository))
    ctx.links = { server: server.replace(/\/+$/, ''), repository, sha };
  if (extra.sarifCategory) ctx.sarifCategory = extra.sarifCategory;
  return ctx;
}

/** A result path as a path from the repository root, with `/`; a path outside the repository stays absolute. */
export function repoPath(ctx: ReportContext, file: string): string {
  const abs = resolve(ctx.baseDir, file);
  const rel = relative(ctx.repoRoot, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

/**
 * A file's text for a report (a fingerprint, a code frame): only a regular file of at most 4 MiB whose real
 * path is inside the repository — a template that is a symlink to a file elsewhere on the runner is not
 * quoted. Undefined otherwise.
 */
export function readSource(ctx: ReportContext, file: string): string | undefined {
  const abs = resolve(ctx.baseDir, file);
  try {
    const real = realpathSync(abs);
    const rel = relative(realpathSync(ctx.repoRoot), real);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    const read = readRegularFile(real, 4 * 1024 * 1024);
    return 'text' in read ? read.text : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a path from repoPath lies outside the repository (it is absolute). */
export function outsideRepo(path: string): boolean {
  return /^(\/|[A-Za-z]:\/)/.test(path);
}
