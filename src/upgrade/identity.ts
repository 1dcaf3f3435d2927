import type { Manifest } from '../manifests/types.js';
import { HOOK_ANNOTATION } from '../rules/hooks.js';
import { isObject } from './values.js';

/**
 * Built-in (and a few widespread third-party) cluster-scoped kinds: they have no namespace, and a
 * `metadata.namespace` written on them is ignored by the API server. Custom resources rendered next to their CRD
 * take the CRD's `spec.scope` instead (see scopesOf).
 */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IngressClass',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'ServiceCIDR',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
  // cert-manager, external-secrets, kyverno
  'ClusterIssuer',
  'ClusterSecretStore',
  'ClusterExternalSecret',
  'ClusterPolicy',
]);

/** The API group of an apiVersion: '' for the core group (`v1`). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

/** `group/kind` → namespaced?, from the CustomResourceDefinitions of the renders. */
export type Scopes = ReadonlyMap<string, boolean>;

export function scopesOf(...renders: (readonly Manifest[])[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const render of renders)
    for (const m of render) {
      if (m.resource.kind !== 'CustomResourceDefinition' || groupOf(m.resource.apiVersion) !== 'apiextensions.k8s.io')
        continue;
      const spec = m.object.spec;
      if (!isObject(spec) || typeof spec.group !== 'string' || !isObject(spec.names)) continue;
      if (typeof spec.names.kind !== 'string') continue;
      out.set(`${spec.group}/${spec.names.kind}`, spec.scope !== 'Cluster');
    }
  return out;
}

export function isNamespaced(group: string, kind: string, scopes: Scopes): boolean {
  return scopes.get(`${group}/${kind}`) ?? !CLUSTER_SCOPED.has(kind);
}

export interface Identity {
  /** `${group}/${kind} ${namespace}/${name}`; the namespace is '' for cluster-scoped kinds. */
  id: string;
  group: string;
  kind: string;
  namespace?: string;
  name: string;
}

/**
 * Who a rendered object is to the API server: group (not version: apps/v1beta2 and apps/v1 Deployments are one
 * stored object), kind, namespace (the release namespace when the manifest names none) and name.
 */
export function identityOf(m: Manifest, releaseNamespace: string, scopes: Scopes): Identity {
  const group = groupOf(m.resource.apiVersion);
  const kind = m.resource.kind;
  const name = m.resource.name ?? '';
  const namespace = isNamespaced(group, kind, scopes) ? m.resource.namespace || releaseNamespace : undefined;
  return {
    id: `${group}/${kind} ${namespace ?? ''}/${name}`,
    group,
    kind,
    ...(namespace !== undefined ? { namespace } : {}),
    name,
  };
}

/** A Helm hook: Helm creates it per hook event (and deletes it per its delete policy), never patches it. */
export function isHook(m: Manifest | undefined): boolean {
  const ann = m?.object.metadata?.annotations;
  return isObject(ann) && ann[HOOK_ANNOTATION] !== undefined && ann[HOOK_ANNOTATION] !== null;
}

/**
 * `helm.sh/resource-policy: keep`: Helm leaves the object in the cluster when the chart stops rendering it (Helm
 * trims and lower-cases the value, pkg/action/resource_policy.go).
 */
export function isKept(m: Manifest | undefined): boolean {
  const ann = m?.object.metadata?.annotations;
  return (
    isObject(ann) &&
    String(ann['helm.sh/resource-policy'] ?? '')
      .trim()
      .toLowerCase() === 'keep'
  );
}

/** `Kind/name` for messages. */
export function refOf(m: Manifest): string {
  return `${m.resource.kind}/${m.resource.name ?? '(unnamed)'}`;
}
