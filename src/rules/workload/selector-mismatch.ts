import type { Rule, RuleIssue } from '../types.js';
import { isObject, podSpecOf, refName, SELECTOR_KINDS } from '../pods.js';
import { expressionProblem, labelSelectorMisses, labelsOf, mapSelectorMisses } from '../selectors.js';

/**
 * A controller's selector must select its own pod template (Kubernetes rejects the object otherwise:
 * "selector does not match template labels"). ReplicationController uses an equality map (defaulted from
 * the template when absent); a Job's selector is generated unless spec.manualSelector is true.
 */
export const workloadSelectorMismatch: Rule = {
  id: 'workload/selector-mismatch',
  description:
    "A Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job (manualSelector) selector does not match its pod template's labels.",
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      const kind = m.resource.kind;
      if (!SELECTOR_KINDS.has(kind)) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const pod = podSpecOf(m);
      if (!pod) continue;
      const labels = labelsOf(pod.metadata?.labels);
      const selector = spec.selector;
      if (selector === undefined || selector === null) continue; // required-field errors belong to the schema check
      if (kind === 'ReplicationController') {
        if (!isObject(selector)) continue;
        for (const miss of mapSelectorMisses(selector, labels, ['spec', 'selector']))
          issues.push({
            manifest: m,
            path: miss.path,
            message: `${refName(m)} selector does not match its pod template: ${miss.reason}.`,
          });
        continue;
      }
      if (!isObject(selector)) continue;
      if (kind === 'Job' && spec.manualSelector !== true) {
        issues.push({
          manifest: m,
          path: ['spec', 'selector'],
          message: `${refName(m)} sets spec.selector without spec.manualSelector: true; Kubernetes generates a Job's selector and rejects one set by hand. Remove it, or set manualSelector: true.`,
        });
        continue;
      }
      const hasLabels = isObject(selector.matchLabels) && Object.keys(selector.matchLabels).length > 0;
      const hasExprs = Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0;
      if (!hasLabels && !hasExprs) {
        issues.push({
          manifest: m,
          path: ['spec', 'selector'],
          message: `${refName(m)} has an empty selector; Kubernetes rejects it (it would select every pod in the namespace).`,
        });
        continue;
      }
      if (hasExprs) {
        selector.matchExpressions.forEach((e: unknown, i: number) => {
          const bad = expressionProblem(e);
          if (bad)
            issues.push({
              manifest: m,
              path: ['spec', 'selector', 'matchExpressions', i],
              message: `${refName(m)} selector expression ${i + 1} ${bad}.`,
            });
        });
      }
      for (const miss of labelSelectorMisses(selector, labels, ['spec', 'selector']))
        issues.push({
          manifest: m,
          path: miss.path,
          message: `${refName(m)} selector does not match its pod template: ${miss.reason}.`,
        });
    }
    return issues;
  },
};
