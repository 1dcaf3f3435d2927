import type { Manifest } from '../../manifests/types.js';
import { isSecretManifest } from '../diff.js';
import { isAbsent, isObject } from '../values.js';

/**
 * The content of a ConfigMap (data and binaryData) or a Secret (data, with stringData merged over it as the API
 * server does before it stores the object), key → bytes.
 */
function contentOf(m: Manifest): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const o = m.object;
  const put = (field: 'data' | 'binaryData' | 'stringData', base64: boolean) => {
    const d = o[field];
    if (!isObject(d)) return;
    for (const [k, v] of Object.entries(d)) {
      if (isAbsent(v)) continue;
      const s = String(v);
      out.set(
        `${field === 'binaryData' ? 'binaryData' : 'data'}/${k}`,
        base64 ? Buffer.from(s.replace(/\s+/g, ''), 'base64') : Buffer.from(s, 'utf8'),
      );
    }
  };
  if (isSecretManifest(m)) {
    put('data', true);
    put('stringData', false);
  } else {
    put('data', false);
    put('binaryData', true);
  }
  return out;
}

/** The keys (`data/<key>`, `binaryData/<key>`) whose content differs between two renders of a ConfigMap or Secret. */
export function contentChanges(base: Manifest, head: Manifest): string[] {
  const a = contentOf(base);
  const b = contentOf(head);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => {
    const x = a.get(k);
    const y = b.get(k);
    return !x || !y || !x.equals(y);
  });
}

export function isConfigKind(m: Manifest | undefined): boolean {
  return !!m && m.resource.apiVersion === 'v1' && (m.resource.kind === 'ConfigMap' || m.resource.kind === 'Secret');
}
