import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The real helm binaries extracted by scripts/fetch-helm.mjs (npm test runs it first). */
export const HELMS = [
  { version: 'v3.16.4', path: join(ROOT, '.cache/helm/v3.16.4/helm') },
  { version: 'v4.1.4', path: join(ROOT, '.cache/helm/v4.1.4/helm') },
] as const;

for (const h of HELMS)
  if (!existsSync(h.path))
    throw new Error(`helm ${h.version} is missing at ${h.path}: run "npm run fetch-helm" (npm test does it first)`);

export const HELM3 = HELMS[0].path;
export const HELM4 = HELMS[1].path;
