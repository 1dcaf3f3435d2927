import type { Manifest } from '../manifests/types.js';
import { isObject, podSpecOf, type PodSpecRef } from './pods.js';

/**
 * Maps over one combo's manifests, built once and shared by every rule of that combo (keyed on the
 * manifests array itself), so rules look things up instead of scanning all documents per document.
 */
export class ResourceIndex {
  readonly manifests: readonly Manifest[];
  /** Every pod spec (workloads and Pods), in render order. */
  readonly pods: readonly PodSpecRef[];
  private readonly byKind = new Map<string, Manifest[]>();
  private readonly byKindName = new Map<string, Manifest[]>();
  private podsByLabel?: Map<string, PodSpecRef[]>;
  private providers?: Map<string, Manifest[]>;

  constructor(manifests: readonly Manifest[]) {
    this.manifests = manifests;
    const pods: PodSpecRef[] = [];
    for (const m of manifests) {
      const kind = m.resource.kind;
      let list = this.byKind.get(kind);
      if (!list) this.byKind.set(kind, (list = []));
      list.push(m);
      if (m.resource.name !== undefined) {
        const key = `${kind}\0${m.resource.name}`;
        let named = this.byKindName.get(key);
        if (!named) this.byKindName.set(key, (named = []));
        named.push(m);
      }
      const pod = podSpecOf(m);
      if (pod) pods.push(pod);
    }
    this.pods = pods;
  }

  /** Manifests of one kind, in render order. */
  ofKind(kind: string): readonly Manifest[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * Secrets that objects of this render make someone else create: cert-manager Certificates
   * (spec.secretName), External Secrets Operator ExternalSecrets (spec.target.name, default the
   * ExternalSecret's name) and Bitnami SealedSecrets (the SealedSecret's name). Returns the provider.
   */
  secretProvider(name: string, namespace?: string): Manifest | undefined {
    if (!this.providers) {
      this.providers = new Map();
      const add = (n: unknown, m: Manifest) => {
        if (typeof n !== 'string' || n === '') return;
        let list = this.providers!.get(n);
        if (!list) this.providers!.set(n, (list = []));
        list.push(m);
      };
      for (const m of this.manifests) {
        const group = m.resource.apiVersion.split('/')[0];
        const spec = m.object.spec;
        if (m.resource.kind === 'Certificate' && group === 'cert-manager.io') add(spec?.secretName, m);
        else if (m.resource.kind === 'ExternalSecret' && group === 'external-secrets.io')
          add(spec?.target?.name ?? m.resource.name, m);
        else if (m.resource.kind === 'SealedSecret' && group === 'bitnami.com')
          add(spec?.template?.metadata?.name ?? m.resource.name, m);
      }
    }
    return this.providers.get(name)?.find((m) => sameNamespace(m.resource.namespace, namespace));
  }

  /** Pod specs whose template has the label `key=value` (built on first use). */
  podsWithLabel(key: string, value: string): readonly PodSpecRef[] {
    if (!this.podsByLabel) {
      this.podsByLabel = new Map();
      for (const p of this.pods) {
        const labels = p.metadata?.labels;
        if (!isObject(labels)) continue;
        for (const [k, v] of Object.entries(labels)) {
          if (v === null || v === undefined) continue;
          const id = `${k}\0${String(v)}`;
          let list = this.podsByLabel.get(id);
          if (!list) this.podsByLabel.set(id, (list = []));
          list.push(p);
        }
      }
    }
    return this.podsByLabel.get(`${key}\0${value}`) ?? [];
  }

  /**
   * Manifests of a kind and name in a namespace. A manifest without metadata.namespace goes to the
   * release namespace, which a render does not know, so an absent namespace on either side matches.
   */
  find(kind: string, name: string, namespace?: string): Manifest[] {
    const all = this.byKindName.get(`${kind}\0${name}`);
    if (!all) return [];
    return all.filter((m) => sameNamespace(m.resource.namespace, namespace));
  }
}

export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === '' || b === '' || a === b;
}

const cache = new WeakMap<readonly Manifest[], ResourceIndex>();

/** The index of one combo's manifests (built on first use). */
export function resourceIndex(manifests: readonly Manifest[]): ResourceIndex {
  let idx = cache.get(manifests);
  if (!idx) {
    idx = new ResourceIndex(manifests);
    cache.set(manifests, idx);
  }
  return idx;
}
