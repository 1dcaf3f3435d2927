/**
 * The coverage files of a run: `lcov.info` (every chart's records in one tracefile) and `cobertura.xml`
 * (one package per chart), in one directory. Paths in them are relative to the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCobertura } from './cobertura.js';
import { toLcov } from './lcov.js';
import type { CoverageResult } from './model.js';

export type CoverageFormat = 'lcov' | 'cobertura';

export const COVERAGE_FILES: Record<CoverageFormat, string> = { lcov: 'lcov.info', cobertura: 'cobertura.xml' };

/** Write the files of `formats` into `dir` (created); returns their paths. */
export function writeCoverageFiles(
  results: readonly CoverageResult[],
  dir: string,
  formats: readonly CoverageFormat[],
): string[] {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const f of [...new Set(formats)]) {
    const file = join(dir, COVERAGE_FILES[f]);
    writeFileSync(file, f === 'lcov' ? results.map((r) => toLcov(r)).join('') : toCobertura(results));
    out.push(file);
  }
  return out;
}
