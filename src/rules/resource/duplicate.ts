import type { Manifest } from '../../manifests/types.js';
import type { Rule, RuleIssue } from '../types.js';

/** Built-in cluster-scoped kinds: their namespace, if any is written, is ignored. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'VolumeAttachment',
  'CSIDriver',
  'CSINode',
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'CertificateSigningRequest',
  'ClusterIssuer',
]);

function group(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

/** Two documents of one render that are the same object: the second create fails, or silently replaces the first. */
export const resourceDuplicate: Rule = {
  id: 'resource/duplicate',
  description: 'Two rendered resources have the same API group, kind, namespace and name.',
  severity: 'error',
  check(ctx) {
    const issues: RuleIssue[] = [];
    const seen = new Map<string, Manifest>();
    for (const m of ctx.manifests) {
      const name = m.resource.name;
      if (name === undefined) continue;
      const kind = m.resource.kind;
      const ns = CLUSTER_SCOPED.has(kind) ? '' : (m.resource.namespace ?? '');
      const key = `${group(m.resource.apiVersion)}\0${kind}\0${ns}\0${name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, m);
        continue;
      }
      const where = first.templateFile ?? first.source ?? `document ${first.index + 1}`;
      issues.push({
        manifest: m,
        path: ['metadata', 'name'],
        message: `${kind} "${name}"${ns ? ` in namespace ${ns}` : ''} is rendered twice; the first comes from ${where}.`,
      });
    }
    return issues;
  },
};
