export { globMatch } from '../util/glob.js';
export { nearest } from '../util/closest.js';
/**
 * Kubernetes name and label syntax, as in k8s.io/apimachinery/pkg/util/validation (validation.go).
 * Each check returns undefined when valid, else a short reason.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function dns1123Label(v: string): string | undefined {
  if (v.length > 63) return `is ${v.length} characters long; a DNS-1123 label has at most 63`;
  if (!DNS1123_LABEL.test(v))
    return 'is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  return undefined;
}

export function dns1123Subdomain(v: string): string | undefined {
  if (v.length > 253) return `is ${v.length} characters long; a DNS-1123 subdomain has at most 253`;
  if (!DNS1123_SUBDOMAIN.test(v))
    return 'is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", each part starting and ending with a letter or digit)';
  return undefined;
}

export function dns1035Label(v: string): string | undefined {
  if (v.length > 63) return `is ${v.length} characters long; a DNS-1035 label has at most 63`;
  if (!DNS1035_LABEL.test(v))
    return 'is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit)';
  return undefined;
}

/** Names that end up as a URL path segment only (RBAC objects). */
export function pathSegmentName(v: string): string | undefined {
  if (v === '.' || v === '..') return `may not be "${v}"`;
  if (v.includes('/') || v.includes('%')) return 'may not contain "/" or "%"';
  return undefined;
}

/** Label and annotation keys: `[prefix/]name`, prefix a DNS-1123 subdomain, name ≤ 63 characters. */
export function qualifiedName(key: string): string | undefined {
  const parts = key.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    if (prefix === '') return 'has an empty prefix before "/"';
    const bad = dns1123Subdomain(prefix);
    if (bad) return `has a prefix "${prefix}" that ${bad}`;
    name = parts[1]!;
  } else return 'may contain at most one "/"';
  if (name === '') return 'has an empty name part';
  if (name.length > 63) return `has a name part of ${name.length} characters; at most 63 are allowed`;
  if (!QUALIFIED_NAME.test(name))
    return 'has a name part that is not alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric character';
  return undefined;
}

export function labelValue(v: string): string | undefined {
  if (v.length > 63) return `is ${v.length} characters long; a label value has at most 63`;
  if (!LABEL_VALUE.test(v))
    return 'must be empty or alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric character';
  return undefined;
}

/** IANA_SVC_NAME (RFC 6335): container port names and named target ports. */
export function ianaSvcName(v: string): string | undefined {
  if (v.length > 15) return `is ${v.length} characters long; at most 15 are allowed`;
  if (!/^[-a-z0-9]+$/.test(v)) return 'may contain only lowercase letters, digits and "-"';
  if (!/[a-z]/.test(v)) return 'must contain at least one letter';
  if (v.startsWith('-') || v.endsWith('-')) return 'may not begin or end with "-"';
  if (v.includes('--')) return 'may not contain "--"';
  return undefined;
}

/** Shell-like glob with `*` only (matches any run of characters, including none). */
