/**
 * PodDisruptionBudgets as the API server validates them: ValidatePodDisruptionBudgetSpec (kubernetes/kubernetes
 * pkg/apis/policy/validation/validation.go, read at 3157ff0230c990ac3e3c647a8abea360149aae32 and in its newest
 * stored form, file id 884230532, which adds unhealthyPodEvictionPolicy), with ValidatePositiveIntOrPercent and
 * IsNotMoreThan100Percent (pkg/apis/apps/validation/validation.go at 2dd1588c490775be7cd90d0afc59c6dcef07032a).
 */
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { fieldPath as p, intOrPercentProblems, isBuiltin, isObject, Issues, labelSelectorProblems } from './common.js';

export const apiPodDisruptionBudget: Rule = {
  id: 'api/pod-disruption-budget',
  description:
    'A PodDisruptionBudget the API server rejects: minAvailable and maxUnavailable both set, either one negative, above 100%, or a string that is not a percentage (a quoted number), or a malformed selector expression (ValidatePodDisruptionBudgetSpec).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, 'PodDisruptionBudget', ['policy'])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const set = (k: string) => spec[k] !== undefined && spec[k] !== null;
      if (set('minAvailable') && set('maxUnavailable'))
        issues.add(
          m,
          ['spec', 'minAvailable'],
          'spec: Invalid value: minAvailable and maxUnavailable cannot be both set',
          'render only one of them (charts usually pick by which value is set)',
        );
      for (const k of ['minAvailable', 'maxUnavailable']) {
        if (!set(k)) continue;
        const at: PathSeg[] = ['spec', k];
        for (const t of intOrPercentProblems(spec[k], p(at)))
          issues.add(
            m,
            at,
            t,
            typeof spec[k] === 'string' && /^\d+$/.test(spec[k])
              ? 'a quoted number is not a count; write it unquoted, or add %'
              : undefined,
          );
      }
      // the syntax of selector keys and values is label/invalid's; the operators are checked here
      if (isObject(spec.selector))
        for (const pr of labelSelectorProblems(spec.selector, ['spec', 'selector'], p, false))
          issues.add(m, pr.path, pr.text);
    }
    return issues.list;
  },
};
