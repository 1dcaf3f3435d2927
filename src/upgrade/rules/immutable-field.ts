/**
 * upgrade/immutable-field: a change the API server refuses on update, so `helm upgrade` fails with
 * `UPGRADE FAILED: cannot patch "x" with kind K: …` although both renders are valid on their own.
 *
 * The facts below were read from kubernetes/kubernetes (stored copies; commits named where the copy carries one)
 * and carried over as data, not code:
 *  - pkg/apis/apps/validation/validation.go @ 2dd1588c490775be7cd90d0afc59c6dcef07032a: ValidateStatefulSetUpdate
 *    (spec fields other than replicas, ordinals, template, updateStrategy, persistentVolumeClaimRetentionPolicy and
 *    minReadySeconds are forbidden, compared with apiequality.Semantic.DeepEqual); ValidateDeploymentUpdate,
 *    ValidateReplicaSetUpdate and ValidateDaemonSetUpdate check no field for immutability themselves;
 *  - pkg/registry/apps/deployment/strategy.go @ 0ac2ac87deb4a1ab2aea3b5b77734734b2e941ef,
 *    pkg/registry/apps/daemonset/strategy.go @ 152b09ac550d50deeeff7162093332b4f7f0397d and the replicaset strategy:
 *    spec.selector is immutable (ValidateImmutableField: "field is immutable") except when the request goes through
 *    extensions/v1beta1 (and apps/v1beta1 for Deployments);
 *  - pkg/apis/batch/validation/validation.go (the copy with managedBy and successPolicy): ValidateJobSpecUpdate —
 *    selector, completions (except an Indexed Job changing completions together with parallelism), completionMode,
 *    podFailurePolicy, backoffLimitPerIndex, managedBy, successPolicy and the pod template are immutable; a
 *    suspended Job that never started may change its template's nodeSelector, tolerations, node affinity,
 *    labels, annotations and schedulingGates. ValidateCronJobUpdate makes nothing immutable;
 *  - pkg/apis/core/validation/validation.go (the copy with VolumeAttributesClass): ValidateServiceUpdate with
 *    validateUpgradeDowngradeClusterIPs, validateUpgradeDowngradeIPFamilies, validateLoadBalancerClassField,
 *    validateServiceExternalTrafficFieldsUpdate; ValidatePersistentVolumeClaimUpdate; ValidateConfigMapUpdate;
 *    ValidateSecretUpdate; ValidatePodUpdate; ValidateResourceQuotaUpdate. Plus
 *    pkg/registry/core/service/storage/storage.go patchAllocatedValues: a clusterIP the update leaves out is kept,
 *    so only a clusterIP the head render SETS to something else is refused;
 *  - pkg/apis/rbac/validation/validation.go ValidateRoleBindingUpdate ("cannot change roleRef");
 *  - pkg/apis/storage/validation/validation.go ValidateStorageClassUpdate (parameters, provisioner, reclaimPolicy,
 *    volumeBindingMode);
 *  - pkg/apis/networking/validation/validation.go validateIngressClassSpecUpdate (spec.controller); Ingress and
 *    NetworkPolicy updates make nothing immutable;
 *  - pkg/apis/scheduling/validation/validation.go ValidatePriorityClassUpdate (value, preemptionPolicy);
 *  - pkg/registry/policy/poddisruptionbudget/strategy.go (current copy): PodDisruptionBudget spec, selector
 *    included, is mutable since Kubernetes 1.15 — nothing to report.
 * Defaults are applied to both renders before they are compared (defaults.ts says why). Hooks are skipped: Helm
 * deletes and recreates them, it never patches them.
 */
import { compareQuantity, parseQuantity } from '../../rules/quantity.js';
import type { PathSeg } from '../../types.js';
import { deepEqual, semanticChanges, type Change } from '../compare.js';
import { normalize, quantitiesEqual } from '../defaults.js';
import { isSecretManifest } from '../diff.js';
import { groupOf, isHook, refOf } from '../identity.js';
import type { UpgradeIssue } from '../types.js';
import { clone, existingPrefix, formatValue, getAt, isAbsent, isObject } from '../values.js';
import { contentChanges } from './config-data.js';
import {
  changesAt,
  defaulted,
  describeChanges,
  headPathOf,
  makeIssue,
  type Defaulted,
  type UpgradeRule,
} from './common.js';

const RULE = { id: 'upgrade/immutable-field', severity: 'error' as const };

function issue(x: Defaulted, path: PathSeg[], message: string): UpgradeIssue {
  return makeIssue(RULE, { manifest: x.head, baseManifest: x.base, path, message: `${refOf(x.head)}: ${message}` });
}

/** One issue for a field compared whole: `<field>: <api wording> (<changes>). <hint>` */
function fieldIssue(x: Defaulted, path: PathSeg[], wording: (head: unknown) => string, hint: string): UpgradeIssue[] {
  const changes = changesAt(x, path);
  if (changes.length === 0) return [];
  return [
    issue(x, headPathOf(x, changes[0], path), `${wording(getAt(x.h, path))} (${describeChanges(x, changes)}). ${hint}`),
  ];
}

const immutable = (field: string) => (v: unknown) => `${field}: Invalid value: ${formatValue(v)}: field is immutable`;

const RECREATE = (kind: string) =>
  `Kubernetes never updates this field of a ${kind}: keep the old value, or rename the ${kind} (or delete it before the upgrade) so that it is created anew.`;

// ---- apps ----

const STATEFULSET_MUTABLE: ReadonlySet<string> = new Set([
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
]);
const STATEFULSET_FORBIDDEN =
  "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

function statefulSet(x: Defaulted): UpgradeIssue[] {
  const bs = isObject(x.b.spec) ? x.b.spec : {};
  const hs = isObject(x.h.spec) ? x.h.spec : {};
  const out: UpgradeIssue[] = [];
  for (const k of [...new Set([...Object.keys(bs), ...Object.keys(hs)])].sort()) {
    if (STATEFULSET_MUTABLE.has(k)) continue;
    const changes = changesAt(x, ['spec', k]);
    if (changes.length === 0) continue;
    const hint =
      k === 'volumeClaimTemplates'
        ? 'Volume claim templates (storage size and class included) are fixed when the StatefulSet is created: resize the existing PVCs directly, or delete the StatefulSet with `kubectl delete statefulset --cascade=orphan` (pods and PVCs stay) and let the upgrade create it again.'
        : 'Keep the old value, or delete the StatefulSet with `kubectl delete statefulset --cascade=orphan` (pods and PVCs stay) before the upgrade so that Helm creates it again.';
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ['spec', k]),
        `${STATEFULSET_FORBIDDEN} (${describeChanges(x, changes)}). ${hint}`,
      ),
    );
  }
  return out;
}

function selector(x: Defaulted): UpgradeIssue[] {
  const v = x.head.resource.apiVersion;
  // the strategies skip the check for requests through these versions (served by no current cluster)
  if (groupOf(v) === 'extensions' || (x.kind === 'Deployment' && v === 'apps/v1beta1')) return [];
  return fieldIssue(x, ['spec', 'selector'], immutable('spec.selector'), RECREATE(x.kind));
}

// ---- batch ----

const JOB_IMMUTABLE = ['completionMode', 'podFailurePolicy', 'backoffLimitPerIndex', 'managedBy', 'successPolicy'];
/** What a suspended Job that never ran may change in its template (validatePodTemplateUpdate). */
const JOB_SCHEDULING_DIRECTIVES: PathSeg[][] = [
  ['spec', 'nodeSelector'],
  ['spec', 'tolerations'],
  ['spec', 'schedulingGates'],
  ['spec', 'affinity', 'nodeAffinity'],
  ['metadata', 'labels'],
  ['metadata', 'annotations'],
];
const JOB_HINT =
  'A Job cannot be changed once created: make it a Helm hook (helm.sh/hook, with the default before-hook-creation delete policy) so that Helm recreates it, or give it a new name each release.';

function setAt(obj: unknown, path: readonly PathSeg[], value: unknown) {
  let cur: any = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    if (!isObject(cur[seg])) {
      if (isAbsent(value)) return;
      cur[seg] = {};
    }
    cur = cur[seg];
  }
  const last = path[path.length - 1]!;
  if (isAbsent(value)) delete cur[last];
  else cur[last] = clone(value);
}

function job(x: Defaulted): UpgradeIssue[] {
  const bs = isObject(x.b.spec) ? x.b.spec : {};
  const hs = isObject(x.h.spec) ? x.h.spec : {};
  const out: UpgradeIssue[] = [];
  // Helm creates a release object that is gone from the cluster instead of patching it
  const ttl = bs.ttlSecondsAfterFinished;
  const hint =
    typeof ttl === 'number'
      ? `${JOB_HINT} (The upgrade only succeeds if the finished Job was already deleted, after ttlSecondsAfterFinished: ${ttl}.)`
      : JOB_HINT;
  out.push(...fieldIssue(x, ['spec', 'selector'], immutable('spec.selector'), hint));
  const elastic = hs.completionMode === 'Indexed' && !isAbsent(hs.completions) && hs.completions === hs.parallelism;
  if (!elastic) out.push(...fieldIssue(x, ['spec', 'completions'], immutable('spec.completions'), hint));
  for (const f of JOB_IMMUTABLE) out.push(...fieldIssue(x, ['spec', f], immutable(`spec.${f}`), hint));
  const bt = normalize(bs.template) ?? {};
  const ht = normalize(hs.template) ?? {};
  if (bs.suspend === true && hs.suspend === true) for (const p of JOB_SCHEDULING_DIRECTIVES) setAt(bt, p, getAt(ht, p));
  const changes = semanticChanges(bt, ht, ['spec', 'template'], ['spec', 'template']);
  if (changes.length > 0)
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ['spec', 'template']),
        `spec.template: Invalid value: field is immutable (${describeChanges(x, changes, { from: 2 })}). ${hint}`,
      ),
    );
  return out;
}

// ---- core ----

function clusterIPs(spec: Record<string, any>): string[] {
  if (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length > 0) return spec.clusterIPs.map(String);
  return typeof spec.clusterIP === 'string' && spec.clusterIP !== '' ? [spec.clusterIP] : [];
}
const headless = (ips: readonly string[]) => ips.length === 1 && ips[0] === 'None';

function service(x: Defaulted): UpgradeIssue[] {
  const bs = x.b.spec;
  const hs = x.h.spec;
  if (!isObject(bs) || !isObject(hs)) return [];
  // to, from or on ExternalName the API server resets the cluster IPs itself
  if (bs.type === 'ExternalName' || hs.type === 'ExternalName') return [];
  const out: UpgradeIssue[] = [];
  const hint =
    'A Service keeps its cluster IP for life: drop the clusterIP change, or rename the Service (or delete it before the upgrade).';
  const ipPath = (i: number): PathSeg[] =>
    Array.isArray(hs.clusterIPs) && hs.clusterIPs.length > i ? ['spec', 'clusterIPs', i] : ['spec', 'clusterIP'];
  const bi = clusterIPs(bs);
  const hi = clusterIPs(hs);
  const changed = (i: number, before: string, after: string) =>
    issue(
      x,
      ipPath(i),
      `spec.clusterIPs[${i}]: Invalid value: ${formatValue(hi)}: may not change once set (${before} → ${formatValue(after)}). ${hint}`,
    );
  if (!(headless(bi) && headless(hi))) {
    if (bi.length === 0) {
      // allocated at install: only "None" is certainly different from it
      if (headless(hi)) out.push(changed(0, 'the cluster IP allocated at install', 'None'));
    } else if (hi.length > 0) {
      if (bi.length === hi.length) {
        bi.forEach((ip, i) => {
          if (ip !== hi[i]) out.push(changed(i, formatValue(ip), hi[i]!));
        });
      } else if (hi[0] !== bi[0]) out.push(changed(0, formatValue(bi[0]), hi[0]!));
      else if (hi.length === 1 && bi.length > 1 && hs.ipFamilyPolicy !== 'SingleStack')
        out.push(
          issue(
            x,
            existingPrefix(x.head.object, ['spec', 'ipFamilyPolicy']),
            `spec.ipFamilyPolicy: Invalid value: ${formatValue(hs.ipFamilyPolicy)}: must be set to 'SingleStack' when releasing the secondary clusterIP.`,
          ),
        );
    }
  }
  // ipFamilies: compared only when both renders set them (unset, the cluster decides) and headlessness stays
  const bf = Array.isArray(bs.ipFamilies) ? bs.ipFamilies.map(String) : [];
  const hf = Array.isArray(hs.ipFamilies) ? hs.ipFamilies.map(String) : [];
  if (bf.length > 0 && hf.length > 0 && !headless(bi) && !headless(hi)) {
    const famChanged = bf.length === hf.length ? bf.some((f, i) => f !== hf[i]) : bf[0] !== hf[0];
    if (famChanged)
      out.push(
        issue(
          x,
          ['spec', 'ipFamilies', 0],
          `spec.ipFamilies[0]: Invalid value: ${formatValue(hf)}: may not change once set (${formatValue(bf)} → ${formatValue(hf)}). ${hint}`,
        ),
      );
    else if (bf.length > 1 && hf.length === 1 && hs.ipFamilyPolicy !== 'SingleStack')
      out.push(
        issue(
          x,
          existingPrefix(x.head.object, ['spec', 'ipFamilyPolicy']),
          `spec.ipFamilyPolicy: Invalid value: ${formatValue(hs.ipFamilyPolicy)}: must be set to 'SingleStack' when releasing the secondary ipFamily.`,
        ),
      );
  }
  if (bs.type === 'LoadBalancer' && hs.type === 'LoadBalancer') {
    const a = bs.loadBalancerClass ?? null;
    const b = hs.loadBalancerClass ?? null;
    if (a !== b)
      out.push(
        issue(
          x,
          existingPrefix(x.head.object, ['spec', 'loadBalancerClass']),
          `spec.loadBalancerClass: Invalid value: ${formatValue(b)}: may not change once set (${formatValue(a)} → ${formatValue(b)}). Rename the Service, or delete it before the upgrade.`,
        ),
      );
    const needsHC = (s: Record<string, any>) => s.externalTrafficPolicy === 'Local';
    const hcA = bs.healthCheckNodePort;
    const hcB = hs.healthCheckNodePort;
    if (needsHC(bs) && needsHC(hs) && !isAbsent(hcA) && !isAbsent(hcB) && hcA !== 0 && hcB !== 0 && hcA !== hcB)
      out.push(
        issue(
          x,
          ['spec', 'healthCheckNodePort'],
          `spec.healthCheckNodePort: Forbidden: field is immutable (${formatValue(hcA)} → ${formatValue(hcB)}).`,
        ),
      );
  }
  return out;
}

const PVC_FORBIDDEN =
  'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

function pvc(x: Defaulted): UpgradeIssue[] {
  const bs = isObject(x.b.spec) ? x.b.spec : {};
  const hs = isObject(x.h.spec) ? x.h.spec : {};
  const out: UpgradeIssue[] = [];
  const bm = (normalize(bs) ?? {}) as Record<string, any>;
  const hm = (normalize(hs) ?? {}) as Record<string, any>;
  for (const p of [['resources', 'requests', 'storage'], ['volumeAttributesClassName']]) {
    setAt(bm, p, undefined);
    setAt(hm, p, undefined);
  }
  // allocated by the cluster when the base leaves them out: the PV controller binds a volumeName once, and the
  // DefaultStorageClass admission plugin (or the retroactive default) fills storageClassName
  if (isAbsent(bs.volumeName) || bs.volumeName === '') setAt(bm, ['volumeName'], hm.volumeName);
  if (isAbsent(bs.storageClassName)) setAt(bm, ['storageClassName'], hm.storageClassName);
  const changes = semanticChanges(normalize(bm), normalize(hm), ['spec'], ['spec']);
  if (changes.length > 0)
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ['spec']),
        `${PVC_FORBIDDEN} (${describeChanges(x, changes)}). A claim's spec is fixed at creation apart from a storage increase: keep the old values, or create a claim with a new name (and move the data).`,
      ),
    );
  const before = getAt(bs, ['resources', 'requests', 'storage']);
  const after = getAt(hs, ['resources', 'requests', 'storage']);
  if (!isAbsent(before) && !isAbsent(after) && !quantitiesEqual(before, after)) {
    const a = parseQuantity(before);
    const b = parseQuantity(after);
    if (a && b && compareQuantity(b, a) < 0)
      out.push(
        issue(
          x,
          ['spec', 'resources', 'requests', 'storage'],
          `spec.resources.requests.storage: Forbidden: field can not be less than previous value (${formatValue(before)} → ${formatValue(after)}). Volumes never shrink: keep the old size.`,
        ),
      );
  }
  if (!isAbsent(bs.volumeAttributesClassName)) {
    if (isAbsent(hs.volumeAttributesClassName))
      out.push(
        issue(
          x,
          existingPrefix(x.head.object, ['spec', 'volumeAttributesClassName']),
          `spec.volumeAttributesClassName: Forbidden: update from non-nil value to nil is forbidden (${formatValue(bs.volumeAttributesClassName)} → unset).`,
        ),
      );
    else if (hs.volumeAttributesClassName === '')
      out.push(
        issue(
          x,
          ['spec', 'volumeAttributesClassName'],
          `spec.volumeAttributesClassName: Forbidden: update from non-nil value to an empty string is forbidden (${formatValue(bs.volumeAttributesClassName)} → "").`,
        ),
      );
  }
  return out;
}

const IMMUTABLE_SET = 'field is immutable when `immutable` is set';

function configMapOrSecret(x: Defaulted): UpgradeIssue[] {
  const secret = isSecretManifest(x.head);
  const kind = secret ? 'Secret' : 'ConfigMap';
  const out: UpgradeIssue[] = [];
  if (secret && x.b.type !== x.h.type)
    out.push(
      issue(
        x,
        existingPrefix(x.head.object, ['type']),
        `type: Invalid value: ${formatValue(x.h.type)}: field is immutable (${formatValue(x.b.type)} → ${formatValue(x.h.type)}). ${RECREATE('Secret')}`,
      ),
    );
  if (x.b.immutable !== true) return out;
  const hint = `An immutable ${kind} never changes: give it a new name when its content changes (for example with a content hash in the name), or drop immutable: true before you change it.`;
  if (x.h.immutable !== true)
    out.push(
      issue(
        x,
        existingPrefix(x.head.object, ['immutable']),
        `immutable: Forbidden: ${IMMUTABLE_SET} (true → ${formatValue(x.h.immutable)}). ${hint}`,
      ),
    );
  const keys = contentChanges(x.base, x.head);
  for (const field of ['data', 'binaryData']) {
    const changed = keys.filter((k) => k.startsWith(field + '/')).map((k) => k.slice(field.length + 1));
    if (changed.length === 0) continue;
    const first = existingPrefix(x.head.object, [
      secret && isObject(x.head.object.stringData) && !isObject(x.head.object.data) ? 'stringData' : field,
      changed[0]!,
    ]);
    out.push(
      issue(
        x,
        first,
        `${field}: Forbidden: ${IMMUTABLE_SET} (keys changed: ${changed.join(', ')}${secret ? '; values not shown' : ''}). ${hint}`,
      ),
    );
  }
  return out;
}

const POD_UPDATABLE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative),`spec.containers[*].resources` (for CPU/memory only)';

function pod(x: Defaulted): UpgradeIssue[] {
  const bs = (normalize(x.b.spec) ?? {}) as Record<string, any>;
  const hs = (normalize(x.h.spec) ?? {}) as Record<string, any>;
  const out: UpgradeIssue[] = [];
  const hint =
    'Helm patches a bare Pod in place: make it part of a Deployment or Job, or a hook, so that it is replaced.';
  const names = (s: Record<string, any>, list: string) =>
    Array.isArray(s[list]) ? s[list].map((c: any) => String(c?.name)) : [];
  for (const list of ['containers', 'initContainers'])
    if (!deepEqual(names(bs, list), names(hs, list)))
      return [
        issue(
          x,
          existingPrefix(x.head.object, ['spec', list]),
          `spec.${list}: Forbidden: pod updates may not add or remove containers. ${hint}`,
        ),
      ];
  const ads = (s: Record<string, any>) =>
    typeof s.activeDeadlineSeconds === 'number' ? s.activeDeadlineSeconds : undefined;
  const a = ads(bs);
  const b = ads(hs);
  if (a !== undefined && b === undefined)
    out.push(
      issue(
        x,
        ['spec'],
        'spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value.',
      ),
    );
  else if (a !== undefined && b !== undefined && a < b)
    out.push(
      issue(
        x,
        ['spec', 'activeDeadlineSeconds'],
        `spec.activeDeadlineSeconds: Invalid value: ${b}: must be less than or equal to previous value (${a} → ${b}).`,
      ),
    );
  // munge what may change, as ValidatePodUpdate does, then compare the rest
  const m = clone(bs);
  setAt(m, ['activeDeadlineSeconds'], hs.activeDeadlineSeconds);
  for (const list of ['containers', 'initContainers'])
    if (Array.isArray(m[list]))
      m[list].forEach((c: any, i: number) => {
        const hc = hs[list][i];
        if (!isObject(c) || !isObject(hc)) return;
        setAt(c, ['image'], hc.image);
        if (list === 'containers')
          for (const side of ['requests', 'limits'])
            for (const r of ['cpu', 'memory']) setAt(c, ['resources', side, r], getAt(hc, ['resources', side, r]));
      });
  const included = (xs: unknown, ys: unknown) =>
    (Array.isArray(xs) ? xs : []).every((t) => (Array.isArray(ys) ? ys : []).some((u) => deepEqual(t, u)));
  if (included(bs.tolerations, hs.tolerations)) setAt(m, ['tolerations'], hs.tolerations);
  if (included(hs.schedulingGates, bs.schedulingGates)) setAt(m, ['schedulingGates'], hs.schedulingGates);
  const changes: Change[] = semanticChanges(normalize(m), normalize(hs), ['spec'], ['spec']);
  if (changes.length > 0)
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ['spec']),
        `spec: Forbidden: ${POD_UPDATABLE} (${describeChanges(x, changes)}). ${hint}`,
      ),
    );
  return out;
}

function resourceQuota(x: Defaulted): UpgradeIssue[] {
  const set = (v: unknown) => [...new Set(Array.isArray(v) ? v.map(String) : [])].sort();
  const a = set(getAt(x.b, ['spec', 'scopes']));
  const b = set(getAt(x.h, ['spec', 'scopes']));
  if (deepEqual(a, b)) return [];
  return [
    issue(
      x,
      existingPrefix(x.head.object, ['spec', 'scopes']),
      `spec.scopes: Invalid value: ${formatValue(b)}: field is immutable (${formatValue(a)} → ${formatValue(b)}). ${RECREATE('ResourceQuota')}`,
    ),
  ];
}

// ---- rbac, storage, networking, scheduling ----

function roleBinding(x: Defaulted): UpgradeIssue[] {
  const ref = (o: Record<string, any>) => {
    const r = isObject(o.roleRef) ? o.roleRef : {};
    return { apiGroup: r.apiGroup ?? '', kind: r.kind ?? '', name: r.name ?? '' };
  };
  const a = ref(x.b);
  const b = ref(x.h);
  if (deepEqual(a, b)) return [];
  const path =
    a.name !== b.name ? ['roleRef', 'name'] : a.kind !== b.kind ? ['roleRef', 'kind'] : ['roleRef', 'apiGroup'];
  return [
    issue(
      x,
      existingPrefix(x.head.object, path),
      `roleRef: Invalid value: ${formatValue(b)}: cannot change roleRef (${a.kind}/${a.name} → ${b.kind}/${b.name}). ${RECREATE(x.kind)}`,
    ),
  ];
}

function storageClass(x: Defaulted): UpgradeIssue[] {
  const hint = RECREATE('StorageClass');
  const forbidden = (f: string) => () => `${f}: Forbidden: updates to ${f} are forbidden.`;
  return [
    ...fieldIssue(x, ['parameters'], forbidden('parameters'), hint),
    ...fieldIssue(x, ['provisioner'], forbidden('provisioner'), hint),
    ...fieldIssue(x, ['reclaimPolicy'], forbidden('reclaimPolicy'), hint),
    ...fieldIssue(x, ['volumeBindingMode'], immutable('volumeBindingMode'), hint),
  ];
}

function ingressClass(x: Defaulted): UpgradeIssue[] {
  return fieldIssue(x, ['spec', 'controller'], immutable('spec.controller'), RECREATE('IngressClass'));
}

function priorityClass(x: Defaulted): UpgradeIssue[] {
  return [
    ...fieldIssue(x, ['value'], () => 'value: Forbidden: may not be changed in an update.', RECREATE('PriorityClass')),
    ...fieldIssue(x, ['preemptionPolicy'], immutable('preemptionPolicy'), RECREATE('PriorityClass')),
  ];
}

const CHECKS: Record<string, (x: Defaulted) => UpgradeIssue[]> = {
  'apps/StatefulSet': statefulSet,
  'apps/Deployment': selector,
  'apps/ReplicaSet': selector,
  'apps/DaemonSet': selector,
  'batch/Job': job,
  '/Service': service,
  '/PersistentVolumeClaim': pvc,
  '/ConfigMap': configMapOrSecret,
  '/Secret': configMapOrSecret,
  '/Pod': pod,
  '/ResourceQuota': resourceQuota,
  'rbac.authorization.k8s.io/RoleBinding': roleBinding,
  'rbac.authorization.k8s.io/ClusterRoleBinding': roleBinding,
  'storage.k8s.io/StorageClass': storageClass,
  'networking.k8s.io/IngressClass': ingressClass,
  'scheduling.k8s.io/PriorityClass': priorityClass,
};

export const immutableField: UpgradeRule = {
  ...RULE,
  description:
    'A change `helm upgrade` cannot apply because the API server refuses to update that field (StatefulSet spec outside its mutable fields, workload selectors, Job templates, PVC specs, Service cluster IPs, immutable ConfigMaps/Secrets, RoleBinding roleRef, StorageClass parameters, …).',
  check(ctx) {
    const out: UpgradeIssue[] = [];
    for (const d of ctx.diffs) {
      if (d.status !== 'changed' || isHook(d.base) || isHook(d.head)) continue;
      const x = defaulted(d);
      if (!x) continue;
      const fn = CHECKS[`${groupOf(x.head.resource.apiVersion)}/${d.kind}`];
      if (fn) out.push(...fn(x));
    }
    return out;
  },
};
