import type { Manifest } from '../manifests/types.js';
import type { PathSeg } from '../types.js';
import { containersOf, isObject, refName, type PodSpecRef } from './pods.js';
import { sameNamespace, type ResourceIndex } from './resource-index.js';
import { labelSelectorMisses, labelsOf, mapSelectorMisses, type SelectorMiss } from './selectors.js';

/** The API group of an apiVersion ('' for the core group). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

/** API groups Kubernetes serves itself; a kind of any other group is a custom resource. */
const BUILTIN_GROUPS: ReadonlySet<string> = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/**
 * Custom resource kinds that are configuration only: their controllers create no pods and no Services.
 * Any other custom resource in a render may be an operator's workload (a Prometheus, a Rollout, a
 * database cluster) whose pods and Services exist only once the operator runs.
 */
const PASSIVE_KINDS: Readonly<Record<string, readonly string[]>> = {
  'monitoring.coreos.com': [
    'ServiceMonitor',
    'PodMonitor',
    'Probe',
    'PrometheusRule',
    'ScrapeConfig',
    'AlertmanagerConfig',
  ],
  'cert-manager.io': ['Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer'],
  'external-secrets.io': ['ExternalSecret', 'ClusterExternalSecret', 'SecretStore', 'ClusterSecretStore', 'PushSecret'],
  'bitnami.com': ['SealedSecret'],
  'gateway.networking.k8s.io': [
    'GatewayClass',
    'HTTPRoute',
    'GRPCRoute',
    'TCPRoute',
    'TLSRoute',
    'UDPRoute',
    'ReferenceGrant',
    'BackendTLSPolicy',
    'ListenerSet',
  ],
  'gateway.networking.x-k8s.io': ['XListenerSet', 'ListenerSet'],
  'autoscaling.k8s.io': ['VerticalPodAutoscaler', 'VerticalPodAutoscalerCheckpoint'],
  'keda.sh': ['ScaledObject', 'TriggerAuthentication', 'ClusterTriggerAuthentication'],
  'traefik.io': [
    'IngressRoute',
    'IngressRouteTCP',
    'IngressRouteUDP',
    'Middleware',
    'MiddlewareTCP',
    'TLSOption',
    'TLSStore',
    'ServersTransport',
    'ServersTransportTCP',
    'TraefikService',
  ],
  'traefik.containo.us': [
    'IngressRoute',
    'IngressRouteTCP',
    'IngressRouteUDP',
    'Middleware',
    'MiddlewareTCP',
    'TLSOption',
    'TLSStore',
    'ServersTransport',
    'TraefikService',
  ],
  'argoproj.io': ['AnalysisTemplate', 'ClusterAnalysisTemplate'],
  'velero.io': ['BackupStorageLocation', 'VolumeSnapshotLocation', 'Schedule'],
};

/** What a controller of the release may create at run time: pods (and the workloads that make them), or Services. */
export type RuntimeObjects = 'pods' | 'services';

const RESOURCES: Record<RuntimeObjects, readonly string[]> = {
  pods: [
    'pods',
    'deployments',
    'statefulsets',
    'daemonsets',
    'replicasets',
    'replicationcontrollers',
    'jobs',
    'cronjobs',
  ],
  services: ['services'],
};

/** Default ClusterRoles that allow creating pods, workloads and Services (Kubernetes' user-facing roles). */
const BROAD_ROLES: ReadonlySet<string> = new Set(['cluster-admin', 'admin', 'edit']);

/** A Role or ClusterRole rule that lets its subjects create these resources, or a binding to a broad role. */
function grantsCreate(m: Manifest, resources: readonly string[]): boolean {
  const o = m.object;
  if (groupOf(m.resource.apiVersion) !== 'rbac.authorization.k8s.io') return false;
  if (m.resource.kind === 'RoleBinding' || m.resource.kind === 'ClusterRoleBinding')
    return isObject(o.roleRef) && o.roleRef.kind === 'ClusterRole' && BROAD_ROLES.has(String(o.roleRef.name));
  if (m.resource.kind !== 'Role' && m.resource.kind !== 'ClusterRole') return false;
  if (!Array.isArray(o.rules)) return false;
  return o.rules.some(
    (r: unknown) =>
      isObject(r) &&
      Array.isArray(r.verbs) &&
      r.verbs.some((v: unknown) => v === 'create' || v === '*') &&
      Array.isArray(r.resources) &&
      r.resources.some((x: unknown) => x === '*' || (typeof x === 'string' && resources.includes(x))),
  );
}

const runtimeCache = new WeakMap<ResourceIndex, Map<RuntimeObjects, Manifest | null>>();

/**
 * Why the release may create pods (or Services) of its own at run time, or undefined: the first rendered
 * custom resource whose operator may make them (any custom resource but the configuration-only kinds
 * above), or the first RBAC rule (or binding to cluster-admin, admin or edit) that lets a controller of
 * the release create them (spawners such as JupyterHub, CI runners, workflow engines, operators). A
 * selector that matches nothing the chart renders may be meant for those, so the reference rules stay
 * silent then.
 */
export function createdAtRuntime(idx: ResourceIndex, what: RuntimeObjects): Manifest | undefined {
  let byWhat = runtimeCache.get(idx);
  if (!byWhat) runtimeCache.set(idx, (byWhat = new Map()));
  let hit = byWhat.get(what);
  if (hit === undefined) {
    hit =
      idx.manifests.find((m) => {
        const group = groupOf(m.resource.apiVersion);
        return !BUILTIN_GROUPS.has(group) && !(PASSIVE_KINDS[group] ?? []).includes(m.resource.kind);
      }) ??
      idx.manifests.find((m) => grantsCreate(m, RESOURCES[what])) ??
      null;
    byWhat.set(what, hit);
  }
  return hit ?? undefined;
}

/** A built-in kind (of one of these API groups), not a custom resource that happens to share the name. */
export function isKind(m: Manifest, kind: string, groups: readonly string[]): boolean {
  return m.resource.kind === kind && groups.includes(groupOf(m.resource.apiVersion));
}

/** A LabelSelector that selects something specific: matchLabels or matchExpressions with entries. */
export function hasRequirements(sel: unknown): sel is Record<string, any> {
  if (!isObject(sel)) return false;
  const labels = isObject(sel.matchLabels) ? Object.keys(sel.matchLabels).length : 0;
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
  return labels + exprs > 0;
}

/** The rendered pod templates (same namespace) whose labels satisfy a LabelSelector. */
export function podsSelectedBy(
  idx: ResourceIndex,
  selector: Record<string, any>,
  namespace: string | undefined,
): PodSpecRef[] {
  return idx.pods.filter(
    (p) =>
      sameNamespace(p.manifest.resource.namespace, namespace) &&
      labelSelectorMisses(selector, labelsOf(p.metadata?.labels), []).length === 0,
  );
}

/** The rendered pod templates (same namespace) whose labels satisfy an equality selector map (a Service's). */
export function podsSelectedByMap(
  idx: ResourceIndex,
  selector: Record<string, any>,
  namespace: string | undefined,
): PodSpecRef[] {
  return idx.pods.filter(
    (p) =>
      sameNamespace(p.manifest.resource.namespace, namespace) &&
      mapSelectorMisses(selector, labelsOf(p.metadata?.labels), []).length === 0,
  );
}

/**
 * Why a LabelSelector matches none of these label sets: the misses against the closest candidate, for the
 * message and the path of the first failing requirement. Undefined when there is no candidate.
 */
export function closestMiss(
  selector: Record<string, any>,
  candidates: readonly { labels: unknown; name: string }[],
  selPath: PathSeg[],
): { misses: SelectorMiss[]; name: string } | undefined {
  let best: { misses: SelectorMiss[]; name: string } | undefined;
  for (const c of candidates) {
    const misses = labelSelectorMisses(selector, labelsOf(c.labels), selPath);
    if (misses.length === 0) continue;
    if (!best || misses.length < best.misses.length) best = { misses, name: c.name };
  }
  return best;
}

/** `k=v,k2 in (a, b)` for messages. */
export function selectorText(sel: Record<string, any>): string {
  const parts: string[] = [];
  if (isObject(sel.matchLabels)) for (const [k, v] of Object.entries(sel.matchLabels)) parts.push(`${k}=${String(v)}`);
  if (Array.isArray(sel.matchExpressions))
    for (const e of sel.matchExpressions) {
      if (!isObject(e)) continue;
      const values = Array.isArray(e.values) ? ` (${e.values.map(String).join(', ')})` : '';
      parts.push(`${String(e.key)} ${String(e.operator)}${values}`);
    }
  return parts.join(',');
}

/** The pod templates as candidates of closestMiss. */
export function podCandidates(pods: readonly PodSpecRef[]): { labels: unknown; name: string }[] {
  return pods.map((p) => ({ labels: p.metadata?.labels, name: refName(p.manifest) }));
}

/** A container port as name and protocol (default TCP). */
export interface NamedPort {
  name: string;
  protocol: string;
  container: string;
}

/**
 * The named container ports of a pod. With `endpointsOnly`, as the endpoints controller sees them
 * (k8s.io/kubernetes pkg/api/v1/pod FindPort): regular containers and sidecars (init containers with
 * restartPolicy Always); otherwise every container.
 */
export function namedPorts(pod: PodSpecRef, endpointsOnly: boolean): NamedPort[] {
  const out: NamedPort[] = [];
  for (const c of containersOf(pod)) {
    if (endpointsOnly && c.list === 'ephemeralContainers') continue;
    if (endpointsOnly && c.list === 'initContainers' && c.container.restartPolicy !== 'Always') continue;
    if (!Array.isArray(c.container.ports)) continue;
    for (const p of c.container.ports)
      if (isObject(p) && typeof p.name === 'string' && p.name !== '')
        out.push({
          name: p.name,
          protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
          container: String(c.container.name ?? c.index),
        });
  }
  return out;
}

/** A string that names a port (a quoted number is left to the rules that check port syntax). */
export function portName(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && !/^\d+$/.test(v) ? v : undefined;
}

/** Quoted, comma-separated names for messages ("none" when empty). */
export function nameList(names: Iterable<string>): string {
  const list = [...new Set(names)];
  return list.length ? list.map((n) => `"${n}"`).join(', ') : 'none';
}
