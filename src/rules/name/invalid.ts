import type { Manifest } from '../../manifests/types.js';
import type { Severity } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { refName } from '../pods.js';
import { dns1035Label, dns1123Label, dns1123Subdomain, pathSegmentName } from '../validation.js';

const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

interface NameCheck {
  problem: string;
  severity?: Severity;
}

/**
 * metadata.name rules per kind (Kubernetes API validation):
 *  - Service: DNS-1035 label (starts with a letter, ≤ 63);
 *  - Namespace: DNS-1123 label;
 *  - Role, ClusterRole, RoleBinding, ClusterRoleBinding: any path segment name (e.g. "system:foo");
 *  - Job: DNS-1123 subdomain no longer than 63 (the name becomes the job-name label value of its pods);
 *  - CronJob: at most 52 (the controller appends an 11-character suffix to name each Job);
 *  - StatefulSet: DNS-1123 label (pod names are <name>-<ordinal> and become hostnames); longer than 52
 *    leaves no room for the controller-revision-hash label value <name>-<hash> (warning);
 *  - everything else: DNS-1123 subdomain.
 */
function checkName(m: Manifest, name: string): NameCheck[] {
  const kind = m.resource.kind;
  const out: NameCheck[] = [];
  const add = (p: string | undefined, severity?: Severity) => {
    if (p) out.push(severity ? { problem: p, severity } : { problem: p });
  };
  if (kind === 'Service' && m.resource.apiVersion === 'v1') add(dns1035Label(name));
  else if (kind === 'Namespace' && m.resource.apiVersion === 'v1') add(dns1123Label(name));
  else if (RBAC_KINDS.has(kind) && m.resource.apiVersion.startsWith('rbac.authorization.k8s.io/'))
    add(pathSegmentName(name));
  else if (kind === 'StatefulSet') {
    const bad = dns1123Label(name);
    add(bad);
    if (!bad && name.length > 52)
      add(
        `is ${name.length} characters long; a StatefulSet name longer than 52 leaves no room for the pod ordinal and the controller-revision-hash label (<name>-<10-character hash> must fit 63)`,
        'warning',
      );
  } else {
    const bad = dns1123Subdomain(name);
    add(bad);
    if (!bad && kind === 'Job' && name.length > 63)
      add(`is ${name.length} characters long; a Job name must be at most 63 (it becomes a label value of its pods)`);
    if (!bad && kind === 'CronJob' && name.length > 52)
      add(
        `is ${name.length} characters long; a CronJob name must be at most 52 (Kubernetes appends 11 characters to name its Jobs)`,
      );
    if (!bad && kind === 'CustomResourceDefinition') {
      const plural = m.object.spec?.names?.plural;
      const group = m.object.spec?.group;
      if (typeof plural === 'string' && typeof group === 'string' && name !== `${plural}.${group}`)
        add(`must be <spec.names.plural>.<spec.group> ("${plural}.${group}")`);
    }
  }
  return out;
}

export const nameInvalid: Rule = {
  id: 'name/invalid',
  description:
    'metadata.name (or metadata.namespace) is not valid for its kind: DNS-1123 subdomain/label, DNS-1035 label for Services, length limits of Job (63), CronJob (52) and StatefulSet (52, warning).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      const name = m.object.metadata?.name;
      if (typeof name === 'string' && name !== '') {
        for (const c of checkName(m, name)) {
          const issue: RuleIssue = {
            manifest: m,
            path: ['metadata', 'name'],
            message: `${m.resource.kind} name "${name}" ${c.problem}.`,
          };
          if (c.severity) issue.severity = c.severity;
          issues.push(issue);
        }
      }
      const ns = m.object.metadata?.namespace;
      if (typeof ns === 'string' && ns !== '') {
        const bad = dns1123Label(ns);
        if (bad)
          issues.push({
            manifest: m,
            path: ['metadata', 'namespace'],
            message: `${refName(m)} namespace "${ns}" ${bad}.`,
          });
      }
    }
    return issues;
  },
};
