import type { Rule, RuleIssue } from '../types.js';
import { isPrometheusRule, parsePromQL, promRules, ruleLabel } from '../promql.js';

/** Every rule's expr must parse as PromQL (Prometheus and the prometheus-operator webhook reject the whole group otherwise). */
export const prometheusExpr: Rule = {
  id: 'prometheus/expr',
  description: 'A PrometheusRule expr is missing or does not parse as PromQL.',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      for (const r of promRules(m)) {
        const expr = r.rule.expr;
        const path = [...r.path, 'expr'];
        if (expr === undefined || expr === null || expr === '') {
          issues.push({ manifest: m, path: r.path, message: `${ruleLabel(r)} has no expr.` });
          continue;
        }
        const text = typeof expr === 'number' ? String(expr) : expr;
        if (typeof text !== 'string') {
          issues.push({ manifest: m, path, message: `${ruleLabel(r)} expr is a ${typeof expr}, not a PromQL string.` });
          continue;
        }
        const p = parsePromQL(text);
        if (p.error) {
          const one = text.replace(/\s+/g, ' ').trim();
          issues.push({
            manifest: m,
            path,
            message: `${ruleLabel(r)} expr does not parse as PromQL: unexpected ${p.error.near} at character ${p.error.offset + 1} of "${one.length > 120 ? one.slice(0, 117) + '...' : one}".`,
          });
        }
      }
    }
    return issues;
  },
};
