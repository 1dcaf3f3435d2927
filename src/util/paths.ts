import { relative, sep } from 'node:path';

/** `abs` relative to `base` with forward slashes, as findings and annotations name files ('.' for base). */
export function repoPath(base: string, abs: string): string {
  const r = relative(base, abs);
  return (sep === '/' ? r : r.split(sep).join('/')) || '.';
}
