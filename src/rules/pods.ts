import type { Manifest } from '../manifests/types.js';
import type { PathSeg } from '../types.js';
import { isObject } from '../util/is-object.js';

/**
 * One pod spec inside a rendered resource, wherever the kind keeps it:
 *  - Pod: `spec`
 *  - Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job: `spec.template.spec`
 *  - CronJob: `spec.jobTemplate.spec.template.spec`
 * Rules walk these instead of repeating the per-kind paths.
 */
export interface PodSpecRef {
  manifest: Manifest;
  kind: string;
  /** The PodSpec object. */
  spec: Record<string, any>;
  /** Path of the PodSpec inside manifest.object. */
  specPath: PathSeg[];
  /** The pod's metadata (template metadata, or the Pod's own metadata); may be absent. */
  metadata: Record<string, any> | undefined;
  /** Path of that metadata inside manifest.object. */
  metadataPath: PathSeg[];
  /** Path of the workload's spec that holds `template` (undefined for Pod). */
  workloadSpecPath?: PathSeg[];
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerRef {
  pod: PodSpecRef;
  container: Record<string, any>;
  list: ContainerList;
  index: number;
  /** Path of the container object inside manifest.object. */
  path: PathSeg[];
}

/** Kinds whose pod template sits at spec.template. */
export const TEMPLATE_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
]);

/** Kinds with a label selector that must match their pod template: the same kinds. */
export const SELECTOR_KINDS = TEMPLATE_KINDS;

export { isObject };

/** The pod spec of a workload (undefined for kinds that have none, or when it is missing). */
export function podSpecOf(m: Manifest): PodSpecRef | undefined {
  const o = m.object;
  const kind = m.resource.kind;
  if (!isObject(o.spec)) return undefined;
  if (kind === 'Pod') {
    return {
      manifest: m,
      kind,
      spec: o.spec,
      specPath: ['spec'],
      metadata: isObject(o.metadata) ? o.metadata : undefined,
      metadataPath: ['metadata'],
    };
  }
  let wsPath: PathSeg[];
  let ws: unknown;
  if (TEMPLATE_KINDS.has(kind)) {
    wsPath = ['spec'];
    ws = o.spec;
  } else if (kind === 'CronJob') {
    wsPath = ['spec', 'jobTemplate', 'spec'];
    ws = isObject(o.spec.jobTemplate) ? o.spec.jobTemplate.spec : undefined;
  } else return undefined;
  if (!isObject(ws) || !isObject(ws.template) || !isObject(ws.template.spec)) return undefined;
  return {
    manifest: m,
    kind,
    spec: ws.template.spec,
    specPath: [...wsPath, 'template', 'spec'],
    metadata: isObject(ws.template.metadata) ? ws.template.metadata : undefined,
    metadataPath: [...wsPath, 'template', 'metadata'],
    workloadSpecPath: wsPath,
  };
}

const LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** Every container of a pod (init, regular, ephemeral), each with its path. */
export function containersOf(pod: PodSpecRef): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const list of LISTS) {
    const arr = pod.spec[list];
    if (!Array.isArray(arr)) continue;
    arr.forEach((c, index) => {
      if (isObject(c)) out.push({ pod, container: c, list, index, path: [...pod.specPath, list, index] });
    });
  }
  return out;
}

export type RefKind = 'Secret' | 'ConfigMap' | 'ServiceAccount' | 'PersistentVolumeClaim';

/** A pod's reference to another object by name. */
export interface PodReference {
  kind: RefKind;
  name: string;
  /** Path of the field holding the name. */
  path: PathSeg[];
  /** `optional: true` on the reference: the pod starts without it. */
  optional: boolean;
  /** What refers, for messages: 'volume "x"', 'envFrom', 'env FOO', 'imagePullSecrets', 'serviceAccountName'. */
  via: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * Every Secret, ConfigMap, ServiceAccount and PersistentVolumeClaim a pod names: serviceAccountName,
 * imagePullSecrets, volumes (secret, configMap, persistentVolumeClaim, projected sources), env valueFrom
 * secretKeyRef/configMapKeyRef and envFrom. The implicit `default` ServiceAccount is not reported.
 */
export function podReferences(pod: PodSpecRef): PodReference[] {
  const out: PodReference[] = [];
  /** One reference held at holder[field] under `at` (holder = the object that carries `optional`). */
  const ref = (
    kind: PodReference['kind'],
    holder: unknown,
    at: PathSeg[],
    field: string,
    via: string,
    optional = true,
  ) => {
    if (!isObject(holder)) return;
    const name = str(holder[field]);
    if (name) out.push({ kind, name, path: [...at, field], optional: optional && holder.optional === true, via });
  };
  const s = pod.spec;
  const sp = pod.specPath;
  const sa = str(s.serviceAccountName) ?? str(s.serviceAccount);
  if (sa && sa !== 'default') {
    const key = str(s.serviceAccountName) ? 'serviceAccountName' : 'serviceAccount';
    out.push({ kind: 'ServiceAccount', name: sa, path: [...sp, key], optional: false, via: key });
  }
  if (Array.isArray(s.imagePullSecrets))
    s.imagePullSecrets.forEach((r: unknown, i: number) =>
      ref('Secret', r, [...sp, 'imagePullSecrets', i], 'name', 'imagePullSecrets', false),
    );
  if (Array.isArray(s.volumes)) {
    s.volumes.forEach((v: unknown, i: number) => {
      if (!isObject(v)) return;
      const vp: PathSeg[] = [...sp, 'volumes', i];
      const via = `volume "${String(v.name ?? i)}"`;
      ref('Secret', v.secret, [...vp, 'secret'], 'secretName', via);
      ref('ConfigMap', v.configMap, [...vp, 'configMap'], 'name', via);
      ref('PersistentVolumeClaim', v.persistentVolumeClaim, [...vp, 'persistentVolumeClaim'], 'claimName', via, false);
      if (isObject(v.projected) && Array.isArray(v.projected.sources)) {
        v.projected.sources.forEach((src: unknown, j: number) => {
          if (!isObject(src)) return;
          const pp: PathSeg[] = [...vp, 'projected', 'sources', j];
          ref('Secret', src.secret, [...pp, 'secret'], 'name', via);
          ref('ConfigMap', src.configMap, [...pp, 'configMap'], 'name', via);
        });
      }
    });
  }
  for (const c of containersOf(pod)) {
    const cname = String(c.container.name ?? c.index);
    if (Array.isArray(c.container.envFrom)) {
      c.container.envFrom.forEach((e: unknown, i: number) => {
        if (!isObject(e)) return;
        const ep: PathSeg[] = [...c.path, 'envFrom', i];
        const via = `envFrom of container "${cname}"`;
        ref('Secret', e.secretRef, [...ep, 'secretRef'], 'name', via);
        ref('ConfigMap', e.configMapRef, [...ep, 'configMapRef'], 'name', via);
      });
    }
    if (Array.isArray(c.container.env)) {
      c.container.env.forEach((e: unknown, i: number) => {
        if (!isObject(e) || !isObject(e.valueFrom)) return;
        const ep: PathSeg[] = [...c.path, 'env', i, 'valueFrom'];
        const via = `env ${String(e.name ?? i)} of container "${cname}"`;
        ref('Secret', e.valueFrom.secretKeyRef, [...ep, 'secretKeyRef'], 'name', via);
        ref('ConfigMap', e.valueFrom.configMapKeyRef, [...ep, 'configMapKeyRef'], 'name', via);
      });
    }
  }
  return out;
}

/** `Kind/name` for messages. */
export function refName(m: Manifest): string {
  return `${m.resource.kind}/${m.resource.name ?? '(unnamed)'}`;
}
