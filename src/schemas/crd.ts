/**
 * CustomResourceDefinition → JSON Schema.
 *
 * A CRD's openAPIV3Schema is OpenAPI 3.0 with Kubernetes extensions; the API server prunes unknown fields
 * unless `x-kubernetes-preserve-unknown-fields` says otherwise. helm-guard reports them instead, so every
 * object schema with `properties` becomes closed (`additionalProperties: false`) unless it preserves unknown
 * fields, is an embedded resource, or says what its additional properties are.
 */

export type JsonSchema = Record<string, unknown>;

/** The root `metadata` of a custom resource: the Kubernetes ObjectMeta of the release being validated. */
const OBJECT_META = { hgRef: 'meta-v1#ObjectMeta' };

export interface CrdVersion {
  group: string;
  kind: string;
  version: string;
  /** Converted JSON Schema; `{}` when the CRD declares no schema for the version. */
  schema: JsonSchema;
}

const COPY = [
  'enum',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'required',
  'title',
] as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Convert one openAPIV3Schema node. `closed` is false inside allOf/anyOf/oneOf/not: those branches only add
 * value validations in a structural schema, so closing them would reject fields the main schema allows.
 */
export function convertOpenApi(node: unknown, closed = true): JsonSchema {
  if (!isObj(node)) return {};
  const s = node;
  const out: JsonSchema = {};
  const preserve = s['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = s['x-kubernetes-embedded-resource'] === true;
  const nullable = s.nullable === true;

  if (s['x-kubernetes-int-or-string'] === true) out.type = nullable ? ['integer', 'string', 'null'] : ['integer', 'string'];
  else if (typeof s.type === 'string') out.type = nullable ? [s.type, 'null'] : s.type;

  for (const k of COPY) if (s[k] !== undefined) out[k] = s[k];
  if (nullable && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  // OpenAPI 3.0 boolean exclusive limits → JSON Schema numeric ones
  if (s.exclusiveMinimum === true && typeof s.minimum === 'number') {
    out.exclusiveMinimum = s.minimum;
    delete out.minimum;
  }
  if (s.exclusiveMaximum === true && typeof s.maximum === 'number') {
    out.exclusiveMaximum = s.maximum;
    delete out.maximum;
  }

  if (isObj(s.properties)) {
    const props: Record<string, JsonSchema> = {};
    for (const [k, v] of Object.entries(s.properties)) props[k] = convertOpenApi(v, closed);
    out.properties = props;
    // the API server applies defaults before it validates: a required field with a default may be omitted
    if (Array.isArray(out.required)) {
      const source = s.properties;
      const req = out.required.filter((r) => !(isObj(source[r as string]) && (source[r as string] as JsonSchema).default !== undefined));
      if (req.length) out.required = req;
      else delete out.required;
    }
  }
  if (s.items !== undefined) out.items = Array.isArray(s.items) ? s.items.map((i) => convertOpenApi(i, closed)) : convertOpenApi(s.items, closed);
  if (typeof s.additionalProperties === 'boolean') out.additionalProperties = s.additionalProperties;
  else if (isObj(s.additionalProperties)) out.additionalProperties = convertOpenApi(s.additionalProperties, closed);
  if (isObj(s.patternProperties)) {
    const pp: Record<string, JsonSchema> = {};
    for (const [k, v] of Object.entries(s.patternProperties)) pp[k] = convertOpenApi(v, closed);
    out.patternProperties = pp;
  }
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[k];
    if (!Array.isArray(list)) continue;
    // controller-gen writes int-or-string as anyOf [{type: integer}, {type: string}]: the type says it all
    if (s['x-kubernetes-int-or-string'] === true && list.every((b) => isObj(b) && Object.keys(b).every((kk) => kk === 'type'))) continue;
    out[k] = list.map((b) => convertOpenApi(b, false));
  }
  if (isObj(s.not)) out.not = convertOpenApi(s.not, false);

  if (embedded && isObj(out.properties)) {
    // an embedded resource always allows its type and object metadata
    const props = out.properties as Record<string, JsonSchema>;
    props.apiVersion ??= { type: 'string' };
    props.kind ??= { type: 'string' };
    props.metadata ??= { type: 'object' };
  }
  if (closed && !preserve && !embedded && out.properties && out.additionalProperties === undefined && out.patternProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

/** The JSON Schema of a custom resource: the converted openAPIV3Schema, with ObjectMeta for `metadata`. */
export function resourceSchema(openAPIV3Schema: unknown): JsonSchema {
  if (!isObj(openAPIV3Schema)) return {};
  const root = convertOpenApi(openAPIV3Schema);
  if (isObj(root.properties)) {
    const props = root.properties as Record<string, JsonSchema>;
    props.apiVersion = { type: 'string' };
    props.kind = { type: 'string' };
    props.metadata = { ...OBJECT_META };
  } else if (openAPIV3Schema['x-kubernetes-preserve-unknown-fields'] !== true && root.type === 'object') {
    root.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { ...OBJECT_META } };
  }
  return root;
}

/**
 * The served versions a CRD object defines (apiextensions.k8s.io/v1, or the removed v1beta1 with its
 * top-level `validation`). Returns [] for anything that is not a usable CRD.
 */
export function crdVersions(crd: unknown): CrdVersion[] {
  if (!isObj(crd) || crd.kind !== 'CustomResourceDefinition' || !isObj(crd.spec)) return [];
  const spec = crd.spec;
  const group = typeof spec.group === 'string' ? spec.group : undefined;
  const kind = isObj(spec.names) && typeof spec.names.kind === 'string' ? spec.names.kind : undefined;
  if (!group || !kind) return [];
  const topSchema = isObj(spec.validation) ? spec.validation.openAPIV3Schema : undefined;
  const out: CrdVersion[] = [];
  if (Array.isArray(spec.versions)) {
    for (const v of spec.versions) {
      if (!isObj(v) || typeof v.name !== 'string' || v.served === false) continue;
      const s = isObj(v.schema) ? v.schema.openAPIV3Schema : topSchema;
      out.push({ group, kind, version: v.name, schema: resourceSchema(s) });
    }
  } else if (typeof spec.version === 'string') {
    out.push({ group, kind, version: spec.version, schema: resourceSchema(topSchema) });
  }
  return out;
}
