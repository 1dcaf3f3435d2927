import type { Rule, RuleIssue } from '../types.js';
import { isObject, refName } from '../pods.js';
import { groupOf, isKind } from '../references.js';
import { resourceIndex } from '../resource-index.js';

/** Built-in kinds with a scale subresource, and the API groups that serve them. */
const SCALABLE: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
};

/**
 * The HPA controller resolves scaleTargetRef (apiVersion group, kind, name in the HPA's namespace) to a
 * scale subresource; when nothing answers it sets ScalingActive=False (FailedGetScale) and never scales.
 * The API server accepts the reference. Only the built-in scalable kinds are checked: a target of any other
 * kind (an Argo Rollout, another custom resource) is skipped.
 */
export const referenceScaleTarget: Rule = {
  id: 'reference/scale-target',
  description:
    'A HorizontalPodAutoscaler scaleTargetRef names a Deployment, StatefulSet, ReplicaSet or ReplicationController that is not rendered in the same combo, or gives an apiVersion whose group does not serve that kind: the autoscaler never scales (FailedGetScale). Targets of other kinds (an Argo Rollout) are not checked.',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const hpa of idx.ofKind('HorizontalPodAutoscaler')) {
      if (!isKind(hpa, 'HorizontalPodAutoscaler', ['autoscaling'])) continue;
      const ref = hpa.object.spec?.scaleTargetRef;
      if (!isObject(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string' || ref.name === '') continue;
      const groups = SCALABLE[ref.kind];
      if (!groups) continue; // a custom resource with a scale subresource, or a kind api/* reports
      if (typeof ref.apiVersion === 'string' && ref.apiVersion !== '' && !groups.includes(groupOf(ref.apiVersion))) {
        issues.push({
          manifest: hpa,
          path: ['spec', 'scaleTargetRef', 'apiVersion'],
          message: `${refName(hpa)} scales ${ref.kind} "${ref.name}" of apiVersion ${ref.apiVersion}, but ${ref.kind} is served by ${groups[0] === '' ? 'the core group (apiVersion v1)' : `the API group "${groups[0]}" (apiVersion ${groups[0]}/v1)`}; the autoscaler finds no scale subresource (FailedGetScale).`,
        });
        continue;
      }
      const found = idx.find(ref.kind, ref.name, hpa.resource.namespace).filter((m) => isKind(m, ref.kind, groups));
      if (found.length > 0) continue;
      const same = Object.keys(SCALABLE)
        .filter((k) => k !== ref.kind)
        .flatMap((k) => idx.find(k, ref.name, hpa.resource.namespace));
      issues.push({
        manifest: hpa,
        path: ['spec', 'scaleTargetRef', same.length ? 'kind' : 'name'],
        message: `${refName(hpa)} scales ${ref.kind} "${ref.name}", which this combo does not render${same.length ? ` (it renders ${refName(same[0]!)})` : ''}; the autoscaler never scales it (FailedGetScale).`,
      });
    }
    return issues;
  },
};
