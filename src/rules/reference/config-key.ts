import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { containersOf, isObject, refName, type PodSpecRef } from '../pods.js';
import { groupOf, isKind, nameList } from '../references.js';
import { resourceIndex, type ResourceIndex } from '../resource-index.js';
import { closest } from '../../util/closest.js';

type ConfigKind = 'ConfigMap' | 'Secret';

/** One reference to a single key of a ConfigMap or Secret. */
interface KeyRef {
  kind: ConfigKind;
  name: string;
  key: string;
  /** Path of the `key` field. */
  path: PathSeg[];
  via: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * Every key a pod reads from a ConfigMap or Secret by name, unless the reference is optional: env
 * valueFrom configMapKeyRef/secretKeyRef, and the items of configMap, secret and projected volumes.
 */
function keyRefs(pod: PodSpecRef): KeyRef[] {
  const out: KeyRef[] = [];
  /** holder carries the object's name (at nameField), `optional` and `items`. */
  const items = (kind: ConfigKind, holder: unknown, at: PathSeg[], nameField: string, via: string) => {
    if (!isObject(holder) || holder.optional === true || !Array.isArray(holder.items)) return;
    const name = str(holder[nameField]);
    if (!name) return;
    holder.items.forEach((it: unknown, i: number) => {
      const key = isObject(it) ? str(it.key) : undefined;
      if (key) out.push({ kind, name, key, path: [...at, 'items', i, 'key'], via });
    });
  };
  const sp = pod.specPath;
  if (Array.isArray(pod.spec.volumes))
    pod.spec.volumes.forEach((v: unknown, i: number) => {
      if (!isObject(v)) return;
      const vp: PathSeg[] = [...sp, 'volumes', i];
      const via = `volume "${String(v.name ?? i)}"`;
      items('ConfigMap', v.configMap, [...vp, 'configMap'], 'name', via);
      items('Secret', v.secret, [...vp, 'secret'], 'secretName', via);
      if (isObject(v.projected) && Array.isArray(v.projected.sources))
        v.projected.sources.forEach((s: unknown, j: number) => {
          if (!isObject(s)) return;
          const pp: PathSeg[] = [...vp, 'projected', 'sources', j];
          items('ConfigMap', s.configMap, [...pp, 'configMap'], 'name', via);
          items('Secret', s.secret, [...pp, 'secret'], 'name', via);
        });
    });
  for (const c of containersOf(pod)) {
    if (!Array.isArray(c.container.env)) continue;
    c.container.env.forEach((e: unknown, i: number) => {
      if (!isObject(e) || !isObject(e.valueFrom)) return;
      const via = `env ${String(e.name ?? i)} of container "${String(c.container.name ?? c.index)}"`;
      for (const [field, kind] of [
        ['configMapKeyRef', 'ConfigMap'],
        ['secretKeyRef', 'Secret'],
      ] as const) {
        const ref = e.valueFrom[field];
        if (!isObject(ref) || ref.optional === true) continue;
        const name = str(ref.name);
        const key = str(ref.key);
        if (name && key) out.push({ kind, name, key, path: [...c.path, 'env', i, 'valueFrom', field, 'key'], via });
      }
    });
  }
  return out;
}

/** Annotations of tools that copy data into an object after it is created (its rendered keys are not all). */
const FILLED_BY = [
  'replicator.v1.mittwald.de/replicate-from',
  'reflector.v1.k8s.emberstack.com/reflects',
  'kubed.appscode.com/sync',
];

/** The keys a rendered ConfigMap or Secret holds, or undefined when something else fills it in. */
function renderedKeys(m: Manifest): Set<string> | undefined {
  const o = m.object;
  // the token controller fills token, ca.crt and namespace in
  if (m.resource.kind === 'Secret' && o.type === 'kubernetes.io/service-account-token') return undefined;
  const ann = isObject(o.metadata?.annotations) ? o.metadata.annotations : {};
  if (FILLED_BY.some((a) => a in ann)) return undefined;
  const keys = new Set<string>();
  for (const field of m.resource.kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData'])
    if (isObject(o[field])) for (const k of Object.keys(o[field])) keys.add(k);
  // rendered empty: a Job, an operator or a person fills it in after the release is installed
  return keys.size > 0 ? keys : undefined;
}

/**
 * The keys of the Secret an object of the render makes a controller write, or undefined when they are not
 * knowable from the render. cert-manager (pkg/apis/certmanager/v1 types: CertificateOutputFormat*Key,
 * PKCS12/JKS keystore keys; pkg/apis/meta/v1 TLSCAKey) writes tls.crt, tls.key and ca.crt, plus
 * tls-combined.pem or key.der for additionalOutputFormats and keystore/truststore files for keystores;
 * a SealedSecret's keys are its encryptedData and template data; an ExternalSecret's are its data
 * secretKeys when it has neither dataFrom nor a template.
 */
function providedKeys(m: Manifest): Set<string> | undefined {
  const spec = isObject(m.object.spec) ? m.object.spec : {};
  const group = groupOf(m.resource.apiVersion);
  if (m.resource.kind === 'Certificate' && group === 'cert-manager.io') {
    const keys = new Set(['tls.crt', 'tls.key', 'ca.crt']);
    if (Array.isArray(spec.additionalOutputFormats))
      for (const f of spec.additionalOutputFormats) {
        if (f?.type === 'CombinedPEM') keys.add('tls-combined.pem');
        if (f?.type === 'DER') keys.add('key.der');
      }
    const ks = isObject(spec.keystores) ? spec.keystores : {};
    if (isObject(ks.jks)) keys.add('keystore.jks').add('truststore.jks');
    if (isObject(ks.pkcs12)) keys.add('keystore.p12').add('truststore.p12');
    return keys;
  }
  if (m.resource.kind === 'SealedSecret' && group === 'bitnami.com') {
    const keys = new Set<string>();
    if (isObject(spec.encryptedData)) for (const k of Object.keys(spec.encryptedData)) keys.add(k);
    const tdata = spec.template?.data;
    if (isObject(tdata)) for (const k of Object.keys(tdata)) keys.add(k);
    return keys.size > 0 ? keys : undefined;
  }
  if (m.resource.kind === 'ExternalSecret' && group === 'external-secrets.io') {
    const target = isObject(spec.target) ? spec.target : {};
    // dataFrom and templates make keys of their own; Merge writes into a Secret made elsewhere
    if ((Array.isArray(spec.dataFrom) && spec.dataFrom.length > 0) || target.template !== undefined) return undefined;
    if (target.creationPolicy === 'Merge') return undefined;
    const keys = new Set<string>();
    if (Array.isArray(spec.data)) for (const d of spec.data) if (str(d?.secretKey)) keys.add(d.secretKey);
    return keys.size > 0 ? keys : undefined;
  }
  return undefined; // a container told to write the Secret: its keys are its own business
}

/**
 * The keys the named object will have: the union over the rendered objects of that name and, for a
 * Secret, what controllers write into it. Undefined when unknown (not rendered, external, or filled by
 * something whose keys the render does not show): then the key is not checked.
 */
function knownKeys(idx: ResourceIndex, ref: KeyRef, namespace: string | undefined): Set<string> | undefined {
  const rendered = idx.find(ref.kind, ref.name, namespace).filter((m) => isKind(m, ref.kind, ['']));
  const providers = ref.kind === 'Secret' ? idx.secretProviders(ref.name, namespace) : [];
  if (rendered.length === 0 && providers.length === 0) return undefined; // reference/missing's business
  const keys = new Set<string>();
  for (const m of rendered) {
    const k = renderedKeys(m);
    if (!k) return undefined;
    for (const x of k) keys.add(x);
  }
  for (const m of providers) {
    const k = providedKeys(m);
    if (!k) return undefined;
    for (const x of k) keys.add(x);
  }
  return keys;
}

/**
 * A pod that reads a key its ConfigMap or Secret does not have does not start: an env var's missing key
 * stops the container with CreateContainerConfigError (kubelet makeEnvironmentVariables: "couldn't find
 * key"), a volume item's keeps the pod in ContainerCreating (configMap/secret/projected volume SetUp:
 * "references non-existent config key"). Optional references are skipped, so are objects the render
 * does not hold (reference/missing) and objects whose keys something else writes.
 */
export const referenceConfigKey: Rule = {
  id: 'reference/config-key',
  description:
    'A pod reads a key (env configMapKeyRef/secretKeyRef, configMap/secret/projected volume items) that the ConfigMap or Secret rendered in the same combo (or the cert-manager Certificate, SealedSecret or ExternalSecret that writes it) does not have: the container fails with CreateContainerConfigError or the volume never mounts (kubelet). Optional references, external objects and Secrets filled in at run time (service-account tokens, empty Secrets) are skipped.',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      const ns = pod.manifest.resource.namespace;
      for (const ref of keyRefs(pod)) {
        const keys = knownKeys(idx, ref, ns);
        if (!keys || keys.has(ref.key)) continue;
        const near = closest(ref.key, keys);
        const writer = ref.kind === 'Secret' ? idx.secretProvider(ref.name, ns) : undefined;
        const source =
          idx.find(ref.kind, ref.name, ns).length === 0 && writer ? ` (written by ${refName(writer)})` : '';
        issues.push({
          manifest: pod.manifest,
          path: ref.path,
          message: `${refName(pod.manifest)} reads key "${ref.key}" of ${ref.kind} "${ref.name}" (${ref.via}), but ${ref.kind} "${ref.name}"${source} has only the keys ${nameList([...keys].sort())}${near ? ` (did you mean "${near}"?)` : ''}; the pod cannot start. Add the key, fix its name, or mark the reference optional.`,
        });
      }
    }
    return issues;
  },
};
