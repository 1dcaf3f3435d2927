import jsyaml from 'js-yaml';

/**
 * The YAML dialect Kubernetes reads manifests with (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1 scalars):
 * y/yes/on and n/no/off are booleans, 0644 is octal, 0x1F hex, 0b101 binary; timestamps stay strings.
 * js-yaml builds the objects (fast); the `yaml` package is used only where source positions are needed.
 */
const BOOL_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const BOOL_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

const bool11 = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  // every plain scalar (keys too) is tried against each type: reject most by length before hashing
  resolve: (s: string | null) => s !== null && s.length <= 5 && (BOOL_TRUE.has(s) || BOOL_FALSE.has(s)),
  construct: (s: string) => BOOL_TRUE.has(s),
  predicate: (v: unknown) => typeof v === 'boolean',
});

/** A number starts with a digit, a sign or a dot: a cheap test before the regular expressions. */
function startsNumeric(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

const INT11 = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/;

const int11 = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && startsNumeric(s) && INT11.test(s) && /[0-9a-fA-F]/.test(s),
  construct: (s: string) => {
    let t = s.replace(/_/g, '');
    let sign = 1;
    if (t[0] === '-' || t[0] === '+') {
      if (t[0] === '-') sign = -1;
      t = t.slice(1);
    }
    if (t.startsWith('0b')) return sign * parseInt(t.slice(2), 2);
    if (t.startsWith('0x')) return sign * parseInt(t.slice(2), 16);
    if (t.length > 1 && t[0] === '0') return sign * parseInt(t.slice(1), 8);
    return sign * Number(t);
  },
  predicate: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
});

// js-yaml exports its built-in types at run time; its type declarations omit them
const builtin = (jsyaml as unknown as { types: Record<'null' | 'float' | 'merge', jsyaml.Type> }).types;

const float = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && startsNumeric(s) && builtin.float.resolve(s),
  construct: builtin.float.construct,
  predicate: builtin.float.predicate!,
  represent: builtin.float.represent as jsyaml.TypeConstructorOptions['represent'],
  defaultStyle: builtin.float.defaultStyle ?? undefined,
});

export const K8S_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtin.null, bool11, int11, float, builtin.merge],
});

/** Parse one document; throws js-yaml's YAMLException on any syntax error or duplicate key. */
export function loadK8sYaml(text: string): unknown {
  return jsyaml.load(text, { schema: K8S_SCHEMA });
}
