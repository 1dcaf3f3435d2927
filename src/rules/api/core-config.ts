/**
 * ConfigMaps and Secrets as the API server validates them: ValidateConfigMap and ValidateSecret
 * (kubernetes/kubernetes pkg/apis/core/validation/validation.go at 000f26050b9be6fb3d79fae95e06b47fc96128cd):
 * keys are config keys (IsConfigMapKey), a key is in data or binaryData, not both, the data is at most 1 MiB
 * (core.MaxSecretSize), and the built-in Secret types carry the keys they promise. A Secret's stringData is
 * merged into data before validation (the v1 conversion), so both count.
 */
import type { Rule } from '../types.js';
import { E, isBuiltin, isObject, Issues } from './common.js';
import { configMapKeyProblem } from './core-containers.js';

const MAX_SIZE = 1024 * 1024;

/** Bytes of a base64 value (the API server decodes data before it measures). */
function base64Bytes(v: string): number {
  const s = v.replace(/\s+/g, '');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - pad;
}

function decode(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return undefined;
  return Buffer.from(s, 'base64').toString('utf8');
}

/** Whether the text is a JSON object, as json.Unmarshal into a map needs; the reason never quotes the content. */
function jsonProblem(text: string): string | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  return v === null || isObject(v)
    ? undefined
    : `json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v} into Go value of type map[string]interface {}`;
}

/** Keys each Secret type requires (ValidateSecret). */
const REQUIRED: Record<string, { all?: string[]; any?: string[]; json?: string }> = {
  'kubernetes.io/dockercfg': { all: ['.dockercfg'], json: '.dockercfg' },
  'kubernetes.io/dockerconfigjson': { all: ['.dockerconfigjson'], json: '.dockerconfigjson' },
  'kubernetes.io/basic-auth': { any: ['username', 'password'] },
  'kubernetes.io/ssh-auth': { all: ['ssh-privatekey'] },
  'kubernetes.io/tls': { all: ['tls.crt', 'tls.key'] },
};

export const apiConfigData: Rule = {
  id: 'api/config-data',
  description:
    'A ConfigMap or Secret the API server rejects: a key that is not a config key (letters, digits, "-", "_", "."), a key in both data and binaryData, more than 1 MiB of data, or a built-in Secret type without its keys (tls.crt and tls.key, .dockerconfigjson holding JSON, username or password, ssh-privatekey, the service-account.name annotation) (ValidateConfigMap, ValidateSecret).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      const o = m.object;
      if (isBuiltin(m, 'ConfigMap', [''])) {
        let size = 0;
        const data = isObject(o.data) ? o.data : {};
        const binary = isObject(o.binaryData) ? o.binaryData : {};
        for (const [k, v] of Object.entries(data)) {
          const bad = configMapKeyProblem(k);
          if (bad) issues.add(m, ['data', k], E.invalid(`data[${k}]`, k, bad));
          if (k in binary)
            issues.add(m, ['data', k], E.invalid(`data[${k}]`, k, 'duplicate of key present in binaryData'));
          if (typeof v === 'string') size += Buffer.byteLength(v, 'utf8');
        }
        for (const [k, v] of Object.entries(binary)) {
          const bad = configMapKeyProblem(k);
          if (bad) issues.add(m, ['binaryData', k], E.invalid(`binaryData[${k}]`, k, bad));
          if (typeof v === 'string') size += base64Bytes(v);
        }
        if (size > MAX_SIZE)
          issues.add(
            m,
            isObject(o.data) ? ['data'] : ['binaryData'],
            `Too long: may not be more than ${MAX_SIZE} bytes (${size} bytes)`,
            'a ConfigMap holds at most 1 MiB; mount large files another way',
          );
        continue;
      }
      if (!isBuiltin(m, 'Secret', [''])) continue;
      const data = isObject(o.data) ? o.data : {};
      const stringData = isObject(o.stringData) ? o.stringData : {};
      let size = 0;
      const keys = new Set<string>();
      for (const [k, v] of Object.entries(data)) {
        const bad = configMapKeyProblem(k);
        if (bad) issues.add(m, ['data', k], E.invalid(`data[${k}]`, k, bad));
        keys.add(k);
        if (typeof v === 'string' && !(k in stringData)) size += base64Bytes(v);
      }
      for (const [k, v] of Object.entries(stringData)) {
        const bad = configMapKeyProblem(k);
        if (bad) issues.add(m, ['stringData', k], E.invalid(`data[${k}]`, k, bad));
        keys.add(k);
        if (typeof v === 'string') size += Buffer.byteLength(v, 'utf8');
      }
      if (size > MAX_SIZE)
        issues.add(
          m,
          isObject(o.data) ? ['data'] : ['stringData'],
          `${E.tooLong('data', MAX_SIZE)} (${size} bytes)`,
          'a Secret holds at most 1 MiB',
        );
      const type = typeof o.type === 'string' ? o.type : 'Opaque';
      if (type === 'kubernetes.io/service-account-token') {
        const ann = o.metadata?.annotations?.['kubernetes.io/service-account.name'];
        if (typeof ann !== 'string' || ann === '')
          issues.add(
            m,
            isObject(o.metadata?.annotations) ? ['metadata', 'annotations'] : ['metadata'],
            E.required('metadata.annotations[kubernetes.io/service-account.name]'),
            'a service-account-token Secret names its ServiceAccount in this annotation',
          );
        continue;
      }
      const req = REQUIRED[type];
      if (!req) continue;
      const where = isObject(o.data) ? ['data'] : isObject(o.stringData) ? ['stringData'] : ['type'];
      const missing = (req.all ?? []).filter((k) => !keys.has(k));
      for (const k of missing)
        issues.add(m, where, E.required(`data[${k}]`), `a Secret of type ${type} must have the key ${k}`);
      if (req.any && !req.any.some((k) => keys.has(k)))
        for (const k of req.any)
          issues.add(m, where, E.required(`data[${k}]`), `a Secret of type ${type} needs ${req.any.join(' or ')}`);
      if (req.json && missing.length === 0) {
        const k = req.json;
        const text =
          k in stringData ? (typeof stringData[k] === 'string' ? stringData[k] : undefined) : decode(data[k]);
        const bad = text === undefined ? undefined : jsonProblem(text);
        if (bad)
          issues.add(
            m,
            [k in stringData ? 'stringData' : 'data', k],
            `${E.invalid(`data[${k}]`, '<secret contents redacted>', bad)}`,
            `the ${k} value is not JSON`,
          );
      }
    }
    return issues.list;
  },
};
