/**
 * Secret data never leaves the process. The checks do not quote it (schema messages about a Secret show no
 * values; assertions on Secret data say "Secret data, not shown"); this is the net behind them: a message
 * that still contains a value of a Secret's `data` or `stringData` (as written, or base64-decoded) has it
 * replaced by `***`. A value that the render also shows outside Secret data — the release name as a
 * database user, a label, a ConfigMap value — is not secret, and is left alone.
 */
import type { Manifest } from './manifests/types.js';
import type { Finding } from './types.js';

/** Shorter values would match by chance (and a 1–3 character secret protects nothing). */
const MIN = 4;

function secretValues(manifests: readonly Manifest[]): Set<string> {
  const out = new Set<string>();
  for (const m of manifests) {
    if (m.resource.kind !== 'Secret' || m.resource.apiVersion !== 'v1') continue;
    for (const field of ['data', 'stringData'] as const) {
      const d = m.object[field];
      if (!d || typeof d !== 'object') continue;
      for (const v of Object.values(d as Record<string, unknown>)) {
        if (typeof v !== 'string') continue;
        out.add(v);
        if (field === 'data') {
          const decoded = Buffer.from(v.replace(/\s+/g, ''), 'base64').toString('utf8');
          if (!decoded.includes('\uFFFD')) out.add(decoded);
        }
      }
    }
  }
  return new Set([...out].filter((v) => v.length >= MIN));
}

/** Every key and scalar of the render except Secret data, joined: what the render shows anyway. */
function publicText(manifests: readonly Manifest[]): string {
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (typeof v !== 'object') parts.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else
      for (const [k, x] of Object.entries(v)) {
        parts.push(k);
        walk(x);
      }
  };
  for (const m of manifests) {
    if (m.resource.kind === 'Secret' && m.resource.apiVersion === 'v1') {
      const { data: _d, stringData: _s, ...rest } = m.object;
      walk(rest);
    } else walk(m.object);
  }
  return parts.join('\0');
}

export function scrubSecrets(findings: Finding[], manifests: readonly Manifest[]): void {
  const values = secretValues(manifests);
  if (values.size === 0 || findings.length === 0) return;
  const shown = publicText(manifests);
  // longest first, so a value that contains another is replaced whole
  const secret = [...values].filter((v) => !shown.includes(v)).sort((a, b) => b.length - a.length);
  for (const f of findings)
    for (const v of secret) if (f.message.includes(v)) f.message = f.message.split(v).join('***');
}
