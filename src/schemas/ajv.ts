/**
 * The one AJV configuration, used twice: at build time to write the Kubernetes validators as standalone
 * modules (scripts/build.mjs), and at run time to compile CRD schemas met in a chart.
 *
 * Definitions refer to each other as `{ "hgRef": "core-v1#PodSpec" }` (a `$ref` in schemas/k8s is
 * rewritten to it). The generated code looks the name up, when it runs, in the table of the Kubernetes
 * release being validated (`schemaState().t`), so one compiled definition serves every release where its
 * own text is the same, whatever its references became.
 */
import { _, Ajv, type AnySchemaObject, type KeywordCxt, type ValidateFunction } from 'ajv';
import { callRef } from 'ajv/dist/vocabularies/core/ref.js';

export interface SchemaState {
  /** "module#Name" → validator of the release being validated. */
  t: Record<string, ValidateFunction>;
  formats: Record<string, { type: 'string'; validate: (s: string) => boolean }>;
  /** RegExp factory for `pattern` (Go patterns: a leading (?i) becomes a flag). */
  re: (pattern: string, flags: string) => { test: (s: string) => boolean };
}

const KEY = 'helm-guard.schemas';
const STATE_CODE = _`globalThis[Symbol.for(${KEY})]`;

const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Patterns in CRDs are Go regular expressions: a leading (?i) becomes a flag, and a pattern JavaScript
 * cannot read is not checked rather than failing the whole schema.
 */
function goRegExp(pattern: string, flags: string): { test: (s: string) => boolean } {
  let p = pattern;
  let f = flags;
  // Go allows the flag group at the very start or after the ^ anchor
  const m = /^(\^?)\(\?([imsU]+)\)/.exec(p);
  if (m) {
    p = m[1]! + p.slice(m[0].length);
    for (const c of m[2]!) if ('ims'.includes(c) && !f.includes(c)) f += c;
  }
  for (const fl of [f, f.replace('u', '')]) {
    try {
      return new RegExp(p, fl);
    } catch {
      /* try without unicode mode, then give up */
    }
  }
  return { test: () => true };
}

/** The state the validators read; created once per process. */
export function schemaState(): SchemaState {
  const g = globalThis as unknown as Record<symbol, SchemaState | undefined>;
  const sym = Symbol.for(KEY);
  return (g[sym] ??= {
    t: {},
    formats: {
      byte: { type: 'string', validate: (s: string) => B64.test(s.replace(/[\r\n]/g, '')) },
      'date-time': { type: 'string', validate: (s: string) => DATE_TIME.test(s) },
    },
    re: goRegExp,
  });
}

/** `$ref: "module#Name"` → `hgRef`, everywhere in a schema (copies). */
export function toHgRefs<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(toHgRefs) as T;
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$ref' && typeof v === 'string' && /^[\w-]+#\w+$/.test(v)) out.hgRef = v;
      else out[k] = toHgRefs(v);
    }
    return out as T;
  }
  return schema;
}

export function createAjv(opts: { standalone?: boolean } = {}): Ajv {
  const state = schemaState();
  const re = Object.assign((p: string, f: string) => state.re(p, f), { code: _`${STATE_CODE}.re` });
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    verbose: !opts.standalone,
    messages: false,
    logger: false,
    validateSchema: false,
    addUsedSchema: false,
    formats: state.formats,
    inlineRefs: false,
    loopRequired: 4,
    code: {
      // compile speed over micro-optimised code where schemas are compiled at run time
      optimize: opts.standalone ? 1 : false,
      regExp: re as unknown as NonNullable<NonNullable<ConstructorParameters<typeof Ajv>[0]>['code']>['regExp'],
      ...(opts.standalone ? { source: true, esm: true, formats: _`${STATE_CODE}.formats` } : {}),
    },
  });
  ajv.addKeyword({
    keyword: 'hgRef',
    schemaType: 'string',
    code(cxt: KeywordCxt) {
      const st = cxt.gen.scopeValue('keyword', { ref: state, code: STATE_CODE });
      callRef(cxt, _`${st}.t[${cxt.schema as string}]`, undefined, false);
    },
  });
  return ajv;
}

export type { AnySchemaObject };
