/**
 * The state validators read while they run: the table of the release being validated (references between
 * definitions resolve through it), formats, the pattern factory and AJV's runtime helpers. It lives on a
 * global symbol, so precompiled validator modules reach it without importing anything; and this module
 * imports nothing of AJV's compiler, so validating with precompiled validators never loads it.
 */
import type { ValidateFunction } from 'ajv';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { inputRegExp } from '../util/regex.js';

export const STATE_KEY = 'helm-guard.schemas';

export interface SchemaState {
  /** "module#Name" → validator of the release being validated. */
  t: Record<string, ValidateFunction>;
  formats: Record<string, { type: 'string'; validate: (s: string) => boolean }>;
  /** Pattern factory for `pattern`: Go patterns on a linear-time engine (util/regex.ts). */
  re: (pattern: string, flags: string) => { test: (s: string) => boolean };
  /** AJV's runtime helpers the generated code calls (see useStateRuntime in ajv.ts). */
  rt: { ucs2length: (s: string) => number };
}

// a CommonJS module: its function is the default export when bundled, `.default` of it when imported by Node
const ucs2length = ((m: unknown) => (typeof m === 'function' ? m : (m as { default: unknown }).default))(
  ucs2lengthModule,
) as (s: string) => number;

const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Patterns in CRDs are Go regular expressions, and the values they check come from the chart: they run on
 * the linear-time engine (RE2, Go's syntax, so `(?i)` and the other flag groups are read as the API server
 * reads them), compiled when first used. A pattern RE2 cannot read is not checked rather than failing the
 * whole schema (the API server would have refused such a CRD).
 */
function goRegExp(pattern: string, flags: string): { test: (s: string) => boolean; toString(): string } {
  let compiled: { test: (s: string) => boolean } | undefined;
  return {
    // AJV keys the patterns of a schema by this text: it must differ per pattern, as a RegExp's does
    toString: () => `/${pattern}/${flags}`,
    test(s: string) {
      if (!compiled) {
        try {
          compiled = inputRegExp(pattern, flags);
        } catch {
          compiled = { test: () => true };
        }
      }
      return compiled.test(s);
    },
  };
}

/** The state the validators read; created once per process. */
export function schemaState(): SchemaState {
  const g = globalThis as unknown as Record<symbol, SchemaState | undefined>;
  return (g[Symbol.for(STATE_KEY)] ??= {
    t: {},
    formats: {
      byte: { type: 'string', validate: (s: string) => B64.test(s.replace(/[\r\n]/g, '')) },
      'date-time': { type: 'string', validate: (s: string) => DATE_TIME.test(s) },
    },
    re: goRegExp,
    rt: { ucs2length },
  });
}
