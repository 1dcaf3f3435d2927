import type { Rule, RuleIssue } from '../types.js';
import { refName } from '../pods.js';
import { resourceIndex } from '../resource-index.js';

/** Kubernetes accepts only Never or OnFailure in a Job's pod template; the pod default, Always, is rejected. */
export const workloadJobRestartPolicy: Rule = {
  id: 'workload/job-restart-policy',
  description:
    'A Job or CronJob pod template has a restartPolicy other than Never or OnFailure (the default, Always, is rejected).',
  severity: 'error',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const pod of idx.pods) {
      if (pod.kind !== 'Job' && pod.kind !== 'CronJob') continue;
      const rp = pod.spec.restartPolicy;
      if (rp === 'Never' || rp === 'OnFailure') continue;
      issues.push(
        rp === undefined || rp === null
          ? {
              manifest: pod.manifest,
              path: pod.specPath,
              message: `${refName(pod.manifest)} pod template sets no restartPolicy; it defaults to Always, which Kubernetes rejects for Jobs. Set restartPolicy: Never or OnFailure.`,
            }
          : {
              manifest: pod.manifest,
              path: [...pod.specPath, 'restartPolicy'],
              message: `${refName(pod.manifest)} pod template has restartPolicy ${JSON.stringify(rp)}; a Job's pods must use Never or OnFailure.`,
            },
      );
    }
    return issues;
  },
};
