/**
 * Secret data never leaves the process. The checks do not quote it (schema messages about a Secret show no
 * values; assertions on Secret data say "Secret data, not shown"); this is the net behind them. Every value
 * of a Secret's `data` or `stringData` (as written, and base64-decoded) that its render does not show
 * elsewhere — the release name as a database user, a label, a ConfigMap value are not secret — is collected
 * over every combo of the run, and replaced by `***` wherever a finding quotes it, whole or, for a long
 * value, any long enough part of it (a message that cut it short).
 */
import type { Manifest } from './manifests/types.js';
import type { Finding } from './types.js';

/** Shorter values would match by chance (and a 1–3 character secret protects nothing). */
const MIN = 4;
/** A value this long is also hidden where a message quotes only part of it, of at least … */
const PART = 12;

function isSecret(m: Manifest): boolean {
  return m.resource.kind === 'Secret' && m.resource.apiVersion === 'v1';
}

/**
 * What one document shows: every key and scalar, joined (a Secret's without its data). Kept per document
 * object: a document rendered alike in several combos is one shared object (manifests/parse.ts).
 */
const shownBy = new WeakMap<object, string>();

function documentText(m: Manifest): string {
  let text = shownBy.get(m.object);
  if (text !== undefined) return text;
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
  if (isSecret(m)) {
    const { data: _d, stringData: _s, ...rest } = m.object;
    walk(rest);
  } else walk(m.object);
  text = parts.join('\0');
  shownBy.set(m.object, text);
  return text;
}

/** Every key and scalar of the render except Secret data, joined: what the render shows anyway. */
function publicText(manifests: readonly Manifest[]): string {
  return manifests.map(documentText).join('\0');
}

/** The values of a render's Secrets that the render does not also show elsewhere. */
export function secretValues(manifests: readonly Manifest[]): string[] {
  const out = new Set<string>();
  for (const m of manifests) {
    if (!isSecret(m)) continue;
    for (const field of ['data', 'stringData'] as const) {
      const d = m.object[field];
      if (!d || typeof d !== 'object') continue;
      for (const v of Object.values(d as Record<string, unknown>)) {
        if (typeof v !== 'string') continue;
        out.add(v);
        if (field === 'data') {
          const decoded = Buffer.from(v.replace(/\s+/g, ''), 'base64').toString('utf8');
          if (!decoded.includes('\uFFFD')) out.add(decoded.trim());
        }
      }
    }
  }
  if (!out.size) return [];
  const shown = publicText(manifests);
  return [...out].filter((v) => v.length >= MIN && !shown.includes(v));
}

/** Replace every secret value, and every long part of a long one, in the messages of these findings. */
export function scrubSecrets(findings: Finding[], values: Iterable<string>): void {
  // longest first, so a value that contains another is replaced whole
  const secret = [...new Set(values)].sort((a, b) => b.length - a.length);
  if (!secret.length) return;
  const parts = new Set<string>();
  for (const v of secret)
    if (v.length >= 2 * PART) for (let i = 0; i + PART <= v.length; i++) parts.add(v.slice(i, i + PART));
  for (const f of findings) {
    let msg = f.message;
    for (const v of secret) if (msg.includes(v)) msg = msg.split(v).join('***');
    if (parts.size && msg.length >= PART) msg = hideParts(msg, parts);
    f.message = msg;
  }
}

/** Stretches of `msg` made of overlapping PART-long pieces of a secret, replaced by ***. */
function hideParts(msg: string, parts: ReadonlySet<string>): string {
  const hit = new Array<boolean>(msg.length).fill(false);
  for (let i = 0; i + PART <= msg.length; i++) if (parts.has(msg.slice(i, i + PART))) hit.fill(true, i, i + PART);
  if (!hit.includes(true)) return msg;
  let out = '';
  for (let i = 0; i < msg.length; i++) {
    if (!hit[i]) out += msg[i];
    else if (i === 0 || !hit[i - 1]) out += '***';
  }
  return out;
}
