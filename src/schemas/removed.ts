/**
 * API versions that Kubernetes stopped serving, with the release that removed them and what replaces them.
 *
 * Source: the upstream Kubernetes "Deprecated API Migration Guide"
 * (kubernetes.io/docs/reference/using-api/deprecation-guide/, sections "Removed APIs by release": v1.32, v1.29,
 * v1.27, v1.26, v1.25, v1.22, v1.16).
 */
export interface RemovedApi {
  /** Removed group/version, e.g. 'batch/v1beta1'. */
  apiVersion: string;
  kinds: readonly string[];
  /** First release that no longer serves it, 'major.minor'. */
  removedIn: string;
  /** The apiVersion to migrate to (or several, each with the release it appeared in: the newest one the
   *  target serves is named); absent when there is no replacement. */
  replacement?: string | readonly { since: string; apiVersion: string }[];
  /** Extra advice when the kind moved elsewhere or has no replacement. */
  note?: string;
}

const FLOWCONTROL = [
  { since: '1.26', apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3' },
  { since: '1.29', apiVersion: 'flowcontrol.apiserver.k8s.io/v1' },
];

export const REMOVED_APIS: readonly RemovedApi[] = [
  // v1.32
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  // v1.29
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: '1.29', replacement: FLOWCONTROL },
  // v1.27
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  // v1.26
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], removedIn: '1.26', replacement: FLOWCONTROL },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', replacement: 'autoscaling/v2' },
  // v1.25
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: '1.25', replacement: 'policy/v1' },
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    removedIn: '1.25',
    note: 'there is no replacement; use Pod Security Admission or a third-party admission webhook',
  },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  // v1.22
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: '1.22', replacement: 'authentication.k8s.io/v1' },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview'],
    removedIn: '1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: '1.22', replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  // v1.16
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', replacement: 'policy/v1beta1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['DaemonSet', 'Deployment', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta1', kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: ['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
];

const byKey = new Map<string, RemovedApi>();
for (const r of REMOVED_APIS) for (const k of r.kinds) byKey.set(`${r.apiVersion} ${k}`, r);

/** The removal record for an apiVersion/kind, whatever the Kubernetes version. */
export function findRemoved(apiVersion: string, kind: string): RemovedApi | undefined {
  return byKey.get(`${apiVersion} ${kind}`);
}

/** [major, minor] of '1.30', 'v1.30.2', '1.30.0-eks-1234'; undefined when it is not a version. */
export function parseKubeVersion(v: string | undefined): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(v?.trim() ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** a >= b for 'major.minor' versions; false when either is not a version. */
export function atLeast(a: string, b: string): boolean {
  const x = parseKubeVersion(a);
  const y = parseKubeVersion(b);
  if (!x || !y) return false;
  return x[0] > y[0] || (x[0] === y[0] && x[1] >= y[1]);
}

/** True when Kubernetes `kubeVersion` no longer serves the API. */
export function isRemovedAt(r: RemovedApi, kubeVersion: string): boolean {
  return atLeast(kubeVersion, r.removedIn);
}

/** The apiVersion to migrate to at `kubeVersion`. */
export function replacementAt(r: RemovedApi, kubeVersion: string): string | undefined {
  if (typeof r.replacement === 'string' || r.replacement === undefined) return r.replacement;
  let best: string | undefined;
  for (const c of r.replacement) if (best === undefined || atLeast(kubeVersion, c.since)) best = c.apiVersion;
  return best;
}

export function removedMessage(r: RemovedApi, kind: string, kubeVersion: string): string {
  const head = `${r.apiVersion} ${kind} was removed in Kubernetes ${r.removedIn} (target ${kubeVersion})`;
  const use = replacementAt(r, kubeVersion);
  if (use) return `${head}; use ${use}`;
  return `${head}; ${r.note ?? 'there is no replacement'}`;
}
