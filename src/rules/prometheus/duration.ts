import type { Rule, RuleIssue } from '../types.js';
import { durationProblem, isPrometheusRule, promGroups, promRules, ruleLabel } from '../promql.js';

/** `for`, `keep_firing_for`, and a group's `interval` and `query_offset`, are Prometheus durations. */
export const prometheusDuration: Rule = {
  id: 'prometheus/duration',
  description: 'A PrometheusRule for, keep_firing_for, interval or query_offset is not a Prometheus duration.',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      for (const g of promGroups(m)) {
        for (const key of ['interval', 'query_offset'] as const) {
          if (!(key in g.group) || g.group[key] === null) continue;
          const bad = durationProblem(g.group[key]);
          if (bad)
            issues.push({
              manifest: m,
              path: [...g.path, key],
              message: `group "${String(g.group.name ?? g.index)}" ${key} ${bad}.`,
            });
        }
      }
      for (const r of promRules(m)) {
        for (const key of ['for', 'keep_firing_for'] as const) {
          if (!(key in r.rule) || r.rule[key] === null) continue;
          const bad = durationProblem(r.rule[key]);
          if (bad) issues.push({ manifest: m, path: [...r.path, key], message: `${ruleLabel(r)} ${key} ${bad}.` });
        }
      }
    }
    return issues;
  },
};
