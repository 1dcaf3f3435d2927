import type { Manifest } from '../manifests/types.js';
import { containersOf, isObject, podSpecOf, type PodSpecRef } from './pods.js';

/** Values of command-line flags whose name mentions a secret: `--secret-name=x`, `--tls-secret x`, `-secret=x`. */
export function secretFlagValues(argv: unknown): string[] {
  if (!Array.isArray(argv)) return [];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (typeof a !== 'string') continue;
    const m = /^--?([\w.-]*secret[\w.-]*)(?:=(.*))?$/i.exec(a);
    if (!m) continue;
    const value =
      m[2] ??
      (typeof argv[i + 1] === 'string' && !(argv[i + 1] as string).startsWith('-')
        ? (argv[i + 1] as string)
        : undefined);
    if (value) out.push(value.replace(/^["']|["']$/g, ''));
  }
  return out;
}

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
   * ExternalSecret's name), Bitnami SealedSecrets (the SealedSecret's name), and containers of the release
   * told to write one (a flag whose name says secret, e.g. `--secret-name=x` of the webhook certificate Jobs,
   * `--cert-secret-name=x` of an operator that makes its own certificate). Returns the provider.
   */
  secretProvider(name: string, namespace?: string): Manifest | undefined {
    return this.secretProviders(name, namespace)[0];
  }

  /** Every provider of the Secret (see secretProvider), in render order. */
  secretProviders(name: string, namespace?: string): Manifest[] {
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
      for (const pod of this.pods)
        for (const c of containersOf(pod))
          for (const list of [c.container.command, c.container.args])
            for (const name of secretFlagValues(list)) add(name, pod.manifest);
    }
    return (this.providers.get(name) ?? []).filter((m) => sameNamespace(m.resource.namespace, namespace));
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
