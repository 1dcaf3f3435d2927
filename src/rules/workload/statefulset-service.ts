import type { Rule, RuleIssue } from '../types.js';
import { refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/** StatefulSet pods get DNS names through the (headless) Service named by spec.serviceName. */
export const workloadStatefulSetService: Rule = {
  id: 'workload/statefulset-service',
  description: "A StatefulSet's spec.serviceName names no Service rendered in the same combo.",
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const sts of idx.ofKind('StatefulSet')) {
      const name = sts.object.spec?.serviceName;
      if (typeof name !== 'string' || name === '') continue;
      if (idx.find('Service', name, sts.resource.namespace).length > 0) continue;
      issues.push({
        manifest: sts,
        path: ['spec', 'serviceName'],
        message: `${refName(sts)} has serviceName "${name}", but no Service "${name}" is rendered; its pods get no stable DNS names.`,
      });
    }
    return issues;
  },
};
