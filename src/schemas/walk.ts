/**
 * The schema node that applies at a place in a resource: the precompiled validators report where a problem
 * is, not which schema said so, so messages ("… is not a field of StatefulSetSpec; did you mean …") look
 * the node up by following the data's path through the schema and its references.
 */
type Schema = Record<string, unknown>;

/** "module#Name" → the definition of the release being validated. */
export type RefResolver = (ref: string) => Schema | undefined;

const isObj = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeMatches(type: unknown, value: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) =>
    t === 'array'
      ? Array.isArray(value)
      : t === 'object'
        ? isObj(value)
        : t === 'integer'
          ? Number.isInteger(value)
          : t === 'null'
            ? value === null
            : typeof value === t,
  );
}

/** Follow references and if/then/else (decided by the value's type) to the node that describes `value`. */
function settle(node: Schema | undefined, value: unknown, resolve: RefResolver): Schema | undefined {
  for (let i = 0; node && i < 32; i++) {
    const ref = node.hgRef ?? node.$ref;
    if (typeof ref === 'string') {
      node = resolve(ref);
      continue;
    }
    if (isObj(node.if) && !node.properties) {
      const branch = typeMatches(node.if.type, value) ? node.then : node.else;
      if (!isObj(branch)) return node;
      node = branch;
      continue;
    }
    return node;
  }
  return node;
}

/** The schema node at a JSON pointer of `data`, or undefined where the schema does not describe it. */
export function schemaAt(root: Schema, pointer: string, data: unknown, resolve: RefResolver): Schema | undefined {
  let node = settle(root, data, resolve);
  let value = data;
  if (!pointer) return node;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node) return undefined;
    let next: unknown;
    if (Array.isArray(value)) {
      value = value[Number(seg)];
      next = node.items;
    } else {
      value = isObj(value) ? value[seg] : undefined;
      const props = node.properties;
      next = isObj(props) && isObj(props[seg]) ? props[seg] : node.additionalProperties;
    }
    node = isObj(next) ? settle(next, value, resolve) : undefined;
  }
  return node;
}
