import type { Rule, RuleContext, RuleIssue } from '../types.js';
import { podReferences, refName, type RefKind } from '../pods.js';
import { resourceIndex } from '../resource-index.js';
import { globMatch } from '../validation.js';

function externalFor(ctx: RuleContext, kind: RefKind): readonly string[] {
  const ext = ctx.external;
  switch (kind) {
    case 'Secret':
      return ext?.secrets ?? [];
    case 'ConfigMap':
      return ext?.configMaps ?? [];
    case 'ServiceAccount':
      return ext?.serviceAccounts ?? [];
    default:
      return ext?.persistentVolumeClaims ?? [];
  }
}

const EXTERNAL_KEY: Record<RefKind, string> = {
  Secret: 'secrets',
  ConfigMap: 'configMaps',
  ServiceAccount: 'serviceAccounts',
  PersistentVolumeClaim: 'persistentVolumeClaims',
};

/**
 * A pod that names a ConfigMap, Secret, ServiceAccount or PersistentVolumeClaim that this combo neither
 * renders nor declares as external (config `external.*`, `*` globs allowed) does not start:
 * CreateContainerConfigError, a volume that never mounts, or pods forbidden for a missing ServiceAccount.
 * References marked `optional: true` are skipped, and so are Secrets that a rendered cert-manager
 * Certificate, ExternalSecret or SealedSecret produces.
 */
export const referenceMissing: Rule = {
  id: 'reference/missing',
  description:
    'A pod uses a ConfigMap, Secret, ServiceAccount or PersistentVolumeClaim (volumes, env, envFrom, imagePullSecrets, serviceAccountName) that is neither rendered nor declared external.',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        // every namespace has it: the cluster's CA bundle, published by kube-controller-manager
        if (ref.kind === 'ConfigMap' && ref.name === 'kube-root-ca.crt') continue;
        if (idx.find(ref.kind, ref.name, pod.manifest.resource.namespace).length > 0) continue;
        if (ref.kind === 'Secret' && idx.secretProvider(ref.name, pod.manifest.resource.namespace)) continue;
        if (externalFor(ctx, ref.kind).some((p) => globMatch(p, ref.name))) continue;
        issues.push({
          manifest: pod.manifest,
          path: ref.path,
          message: `${refName(pod.manifest)} uses ${ref.kind} "${ref.name}" (${ref.via}), which this combo does not render; create it, mark the reference optional, or declare it under external.${EXTERNAL_KEY[ref.kind]} in the config.`,
        });
      }
    }
    return issues;
  },
};
