/**
 * The one AJV configuration, used twice: at build time to write the Kubernetes validators (a source per
 * definition) and the CRD catalog's as standalone code (scripts/compile-schemas.mjs), and at run time to
 * compile the CRD schemas met in a chart (loaded only then).
 *
 * Definitions refer to each other as `{ "hgRef": "core-v1#PodSpec" }` (a `$ref` in schemas/k8s is
 * rewritten to it). The generated code looks the name up, when it runs, in the table of the Kubernetes
 * release being validated (`schemaState().t`), so one compiled definition serves every release where its
 * own text is the same, whatever its references became.
 */
import { _, Ajv, type KeywordCxt } from 'ajv';
import { callRef } from 'ajv/dist/vocabularies/core/ref.js';
import { schemaState, STATE_KEY } from './state.js';

const STATE_CODE = _`globalThis[Symbol.for(${STATE_KEY})]`;

/** A reference from one definition to another: "module#Name". */
const DEFINITION_REF = /^[\w-]+#\w+$/;

/** `$ref: "module#Name"` → `hgRef`, everywhere in a schema (copies). */
export function toHgRefs<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(toHgRefs) as T;
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) {
      if (k === '$ref' && typeof v === 'string' && DEFINITION_REF.test(v)) out.hgRef = v;
      else out[k] = toHgRefs(v);
    }
    return out as T;
  }
  return schema;
}

/** The definitions a schema refers to ("module#Name", the `$ref`s toHgRefs rewrites), each once, in order. */
export function definitionRefs(schema: unknown): string[] {
  const refs = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && DEFINITION_REF.test(v)) refs.add(v);
        else walk(v);
      }
  };
  walk(schema);
  return [...refs];
}

/**
 * Standalone code reaches AJV's runtime helpers with require(), which an ES module does not have: the
 * build rewrites each call to the helper kept in the state (minLength/maxLength count code points, as
 * the API server does).
 */
export function useStateRuntime(code: string): string {
  return code.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_m, name: string) => {
    if (name !== 'ucs2length')
      throw new Error(`generated validator needs AJV runtime "${name}", which the state does not provide`);
    return `globalThis[Symbol.for("${STATE_KEY}")].rt.${name}`;
  });
}

export function createAjv(opts: { standalone?: boolean } = {}): Ajv {
  const state = schemaState();
  // AJV writes `code` (a string) where the standalone module creates its patterns
  const re = Object.assign((p: string, f: string) => state.re(p, f), {
    code: `globalThis[Symbol.for("${STATE_KEY}")].re`,
  });
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // precompiled validators do not carry their schemas; messages look them up (walk.ts)
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
