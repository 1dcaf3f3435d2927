/**
 * The API server's defaults for the fields the upgrade rules compare, and the equalities its comparison makes.
 *
 * Why defaults at all: `helm upgrade` sends a three-way patch computed from the previous release's manifest (the
 * base render) and the new one (the head render), so a field the chart stops writing is deleted from the live object
 * and the API server defaults it again; a field the chart starts writing is set. Either way what the update
 * validation compares is the DEFAULTED base value with the DEFAULTED head value. Comparing rendered values as they
 * are would call `podManagementPolicy` absent → `OrderedReady` an immutable change; comparing only fields both sides
 * set would miss `revisionHistoryLimit: 5` → absent (5 → 10, refused on a StatefulSet). So both sides get the
 * defaults below before they are compared. Fields the API server allocates instead of defaulting (a Service's
 * clusterIP, a PVC's volumeName, a PVC's storageClassName set by the DefaultStorageClass admission plugin) are
 * unknown when the base render leaves them out; the rules do not compare them then.
 *
 * Sources (kubernetes/kubernetes, read through the stored copies; facts carried over, no code):
 *  - pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet (podManagementPolicy OrderedReady, updateStrategy
 *    RollingUpdate with partition 0, replicas 1, revisionHistoryLimit 10, PVC retention policy Retain/Retain),
 *    SetDefaults_DaemonSet, SetDefaults_Deployment;
 *  - pkg/apis/core/v1/defaults.go at e34b0935e09e39e5e7fb74b8f6ad141107d3b90e: SetDefaults_PodSpec (dnsPolicy
 *    ClusterFirst, restartPolicy Always, securityContext {}, terminationGracePeriodSeconds 30, schedulerName
 *    default-scheduler, host ports for hostNetwork), SetDefaults_Pod (requests from limits, enableServiceLinks),
 *    SetDefaults_Container (imagePullPolicy Always for :latest or no tag else IfNotPresent, terminationMessagePath,
 *    terminationMessagePolicy), SetDefaults_ContainerPort (TCP), SetDefaults_Probe (1/10/1/3), HTTPGetAction
 *    (path /, scheme HTTP), volume sources' defaultMode 0644, ServiceAccountTokenProjection expirationSeconds 3600,
 *    ObjectFieldSelector apiVersion v1, Volume without a source → emptyDir, HostPath type "", Service (type
 *    ClusterIP), Secret (type Opaque), PersistentVolumeClaim (volumeMode Filesystem);
 *  - extensions/v1beta1 and apps/v1beta1 workloads: a missing spec.selector defaults to the template's labels;
 *  - pkg/apis/batch/v1 SetDefaults_Job (completions and parallelism 1 when both are unset, completionMode
 *    NonIndexed); pkg/apis/storage/v1 SetDefaults_StorageClass (reclaimPolicy Delete, volumeBindingMode
 *    Immediate); pkg/apis/rbac/v1 (roleRef.apiGroup rbac.authorization.k8s.io); pkg/apis/scheduling/v1
 *    (preemptionPolicy PreemptLowerPriority).
 *  - staging/src/k8s.io/apimachinery/third_party/forked/golang/reflect/deep_equal.go at
 *    637ed2a36aa2eabcdb847096d512e54aec921fec: apiequality.Semantic.DeepEqual treats an empty slice or map as
 *    equal to a nil one; resource.Quantity compares by value (1Gi == 1024Mi).
 */
import { compareQuantity, parseQuantity } from '../rules/quantity.js';
import { groupOf } from './identity.js';
import { clone, getAt, isAbsent, isObject } from './values.js';

type Obj = Record<string, any>;

const setDefault = (o: Obj, key: string, value: unknown) => {
  if (isAbsent(o[key])) o[key] = value;
};

/** The tag of an image reference (after the last `/`, before any `@digest`), or undefined. */
function imageTag(image: string): string | undefined {
  const noDigest = image.split('@')[0]!;
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  const i = last.lastIndexOf(':');
  return i < 0 ? undefined : last.slice(i + 1);
}

function defaultProbe(p: unknown) {
  if (!isObject(p)) return;
  setDefault(p, 'timeoutSeconds', 1);
  setDefault(p, 'periodSeconds', 10);
  setDefault(p, 'successThreshold', 1);
  setDefault(p, 'failureThreshold', 3);
  if (isObject(p.httpGet)) {
    setDefault(p.httpGet, 'path', '/');
    setDefault(p.httpGet, 'scheme', 'HTTP');
  }
}

function defaultFieldRef(holder: unknown) {
  if (isObject(holder) && isObject(holder.fieldRef)) setDefault(holder.fieldRef, 'apiVersion', 'v1');
}

function defaultContainer(c: unknown, hostNetwork: boolean) {
  if (!isObject(c)) return;
  if (isAbsent(c.imagePullPolicy) && typeof c.image === 'string') {
    const tag = imageTag(c.image);
    // Kubernetes' parsers.ParseImageName reads a missing tag as "latest"
    c.imagePullPolicy = tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
  }
  setDefault(c, 'terminationMessagePath', '/dev/termination-log');
  setDefault(c, 'terminationMessagePolicy', 'File');
  if (Array.isArray(c.ports))
    for (const p of c.ports)
      if (isObject(p)) {
        setDefault(p, 'protocol', 'TCP');
        if (hostNetwork && isAbsent(p.hostPort)) p.hostPort = p.containerPort;
      }
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) defaultProbe(c[probe]);
  if (Array.isArray(c.env)) for (const e of c.env) if (isObject(e)) defaultFieldRef(e.valueFrom);
}

const VOLUME_SOURCES_WITH_MODE = ['secret', 'configMap', 'downwardAPI', 'projected'] as const;

function defaultVolume(v: unknown) {
  if (!isObject(v)) return;
  if (Object.keys(v).every((k) => k === 'name' || isAbsent(v[k]))) v.emptyDir = {};
  for (const src of VOLUME_SOURCES_WITH_MODE) if (isObject(v[src])) setDefault(v[src], 'defaultMode', 420);
  if (isObject(v.hostPath)) setDefault(v.hostPath, 'type', '');
  if (isObject(v.downwardAPI) && Array.isArray(v.downwardAPI.items)) v.downwardAPI.items.forEach(defaultFieldRef);
  if (isObject(v.projected) && Array.isArray(v.projected.sources))
    for (const s of v.projected.sources) {
      if (!isObject(s)) continue;
      if (isObject(s.serviceAccountToken)) setDefault(s.serviceAccountToken, 'expirationSeconds', 3600);
      if (isObject(s.downwardAPI) && Array.isArray(s.downwardAPI.items)) s.downwardAPI.items.forEach(defaultFieldRef);
    }
}

/** SetDefaults_PodSpec and what it reaches (containers, probes, ports, volumes); `pod` adds SetDefaults_Pod. */
export function defaultPodSpec(spec: unknown, pod = false) {
  if (!isObject(spec)) return;
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'schedulerName', 'default-scheduler');
  const hostNetwork = spec.hostNetwork === true;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'])
    if (Array.isArray(spec[list])) for (const c of spec[list]) defaultContainer(c, hostNetwork);
  if (Array.isArray(spec.volumes)) spec.volumes.forEach(defaultVolume);
  if (pod) {
    setDefault(spec, 'enableServiceLinks', true);
    for (const list of ['initContainers', 'containers'])
      if (Array.isArray(spec[list]))
        for (const c of spec[list]) {
          if (!isObject(c) || !isObject(c.resources) || !isObject(c.resources.limits)) continue;
          if (!isObject(c.resources.requests)) c.resources.requests = {};
          for (const [k, v] of Object.entries(c.resources.limits)) setDefault(c.resources.requests, k, v);
        }
  }
}

/** A pod template (metadata + spec) with the API server's defaults. */
export function defaultPodTemplate(template: unknown) {
  if (isObject(template)) defaultPodSpec(template.spec);
}

function defaultPvcLike(pvc: unknown) {
  if (!isObject(pvc)) return;
  if (!isObject(pvc.spec)) pvc.spec = {};
  setDefault(pvc.spec, 'volumeMode', 'Filesystem');
  setDefault(pvc.spec, 'volumeName', '');
}

/**
 * A copy of a manifest's object with the defaults the API server applies to the fields the upgrade rules compare.
 * Unknown kinds come back as a plain copy.
 */
export function withDefaults(apiVersion: string, kind: string, object: Obj): Obj {
  const o = clone(object);
  const spec = isObject(o.spec) ? o.spec : undefined;
  const group = groupOf(apiVersion);
  // extensions/v1beta1 and apps/v1beta1 defaulted a missing selector to the pod template's labels (apps/v1beta2 and
  // apps/v1 require it): a chart moving to apps/v1 is compared with the selector the cluster stored
  if (
    spec &&
    isAbsent(spec.selector) &&
    (group === 'extensions' || apiVersion === 'apps/v1beta1') &&
    ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(kind)
  ) {
    const labels = getAt(spec, ['template', 'metadata', 'labels']);
    if (isObject(labels)) spec.selector = { matchLabels: clone(labels) };
  }
  switch (`${group}/${kind}`) {
    case 'apps/StatefulSet':
      if (!spec) break;
      setDefault(spec, 'podManagementPolicy', 'OrderedReady');
      setDefault(spec, 'updateStrategy', {});
      if (isObject(spec.updateStrategy)) {
        setDefault(spec.updateStrategy, 'type', 'RollingUpdate');
        if (spec.updateStrategy.type === 'RollingUpdate') {
          setDefault(spec.updateStrategy, 'rollingUpdate', {});
          if (isObject(spec.updateStrategy.rollingUpdate))
            setDefault(spec.updateStrategy.rollingUpdate, 'partition', 0);
        }
      }
      setDefault(spec, 'persistentVolumeClaimRetentionPolicy', {});
      if (isObject(spec.persistentVolumeClaimRetentionPolicy)) {
        setDefault(spec.persistentVolumeClaimRetentionPolicy, 'whenDeleted', 'Retain');
        setDefault(spec.persistentVolumeClaimRetentionPolicy, 'whenScaled', 'Retain');
      }
      setDefault(spec, 'replicas', 1);
      setDefault(spec, 'revisionHistoryLimit', 10);
      setDefault(spec, 'serviceName', '');
      if (Array.isArray(spec.volumeClaimTemplates))
        spec.volumeClaimTemplates = spec.volumeClaimTemplates.map((t: unknown) => {
          if (!isObject(t)) return t;
          // an embedded object's apiVersion/kind are not stored, nor is a template's status
          const { apiVersion: _a, kind: _k, status: _s, ...rest } = t;
          defaultPvcLike(rest);
          if (isObject(rest.spec)) delete rest.spec.volumeName; // not defaulted in templates
          return rest;
        });
      defaultPodTemplate(spec.template);
      break;
    case 'apps/Deployment':
    case 'apps/ReplicaSet':
    case 'apps/DaemonSet':
    case 'extensions/Deployment':
    case 'extensions/ReplicaSet':
    case 'extensions/DaemonSet':
    case '/ReplicationController':
      if (spec) defaultPodTemplate(spec.template);
      break;
    case 'batch/Job':
      if (!spec) break;
      if (isAbsent(spec.completions) && isAbsent(spec.parallelism)) {
        spec.completions = 1;
        spec.parallelism = 1;
      }
      setDefault(spec, 'parallelism', 1);
      setDefault(spec, 'completionMode', 'NonIndexed');
      defaultPodTemplate(spec.template);
      break;
    case 'batch/CronJob':
      if (spec && isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec))
        defaultPodTemplate(spec.jobTemplate.spec.template);
      break;
    case '/Pod':
      defaultPodSpec(spec, true);
      break;
    case '/Service':
      if (spec) setDefault(spec, 'type', 'ClusterIP');
      break;
    case '/PersistentVolumeClaim':
      defaultPvcLike(o);
      break;
    case '/Secret':
      setDefault(o, 'type', 'Opaque');
      break;
    case 'storage.k8s.io/StorageClass':
      setDefault(o, 'reclaimPolicy', 'Delete');
      setDefault(o, 'volumeBindingMode', 'Immediate');
      break;
    case 'rbac.authorization.k8s.io/RoleBinding':
    case 'rbac.authorization.k8s.io/ClusterRoleBinding':
      if (isObject(o.roleRef) && (isAbsent(o.roleRef.apiGroup) || o.roleRef.apiGroup === ''))
        o.roleRef.apiGroup = 'rbac.authorization.k8s.io';
      break;
    case 'scheduling.k8s.io/PriorityClass':
      setDefault(o, 'value', 0);
      setDefault(o, 'preemptionPolicy', 'PreemptLowerPriority');
      break;
  }
  return o;
}

/** Keys whose value is a Kubernetes ResourceList (quantities compare by value). */
const RESOURCE_LISTS: ReadonlySet<string> = new Set(['requests', 'limits', 'hard', 'capacity', 'allocatable']);

/** Keys where an empty object means something (`emptyDir: {}` selects the volume type). */
const MEANINGFUL_EMPTY: ReadonlySet<string> = new Set(['emptyDir']);

/** A quantity in one canonical spelling, so that 1Gi and 1024Mi (and 1 and "1") compare equal. */
function canonicalQuantity(v: unknown): unknown {
  const q = parseQuantity(v);
  if (!q) return v;
  let { mantissa, exp10 } = q;
  while (mantissa !== 0n && mantissa % 10n === 0n) {
    mantissa /= 10n;
    exp10++;
  }
  if (mantissa === 0n) exp10 = 0;
  return `${mantissa}e${exp10}`;
}

export function quantitiesEqual(a: unknown, b: unknown): boolean {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  return x && y ? compareQuantity(x, y) === 0 : a === b;
}

/**
 * The value as apiequality.Semantic.DeepEqual sees it: nulls, empty lists and empty maps dropped (equal to absent),
 * ResourceList quantities in canonical form. List elements keep their index (so paths stay valid in the
 * un-normalised value).
 */
export function normalize(v: unknown, key?: string): unknown {
  if (isAbsent(v)) return undefined;
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    return v.map((x) => normalize(x) ?? {});
  }
  if (isObject(v)) {
    const out: Obj = {};
    const quantities = key !== undefined && RESOURCE_LISTS.has(key);
    for (const k of Object.keys(v)) {
      const n = quantities && !isObject(v[k]) ? canonicalQuantity(v[k]) : normalize(v[k], k);
      if (n !== undefined) out[k] = n;
    }
    if (Object.keys(out).length === 0 && !(key !== undefined && MEANINGFUL_EMPTY.has(key))) return undefined;
    return out;
  }
  return v;
}
