import type { Rule, RuleIssue } from '../types.js';
import { isObject } from '../pods.js';
import { isPrometheusRule, promGroups, promRules, ruleLabel } from '../promql.js';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Structure and names of rules, as Prometheus' rule loader checks them (model/rulefmt/rulefmt.go):
 * group names non-empty and unique within the resource; each rule exactly one of alert/record; `record`
 * a metric name (checked here with the classic charset [a-zA-Z_:][a-zA-Z0-9_:]*, which every Prometheus
 * version and remote-write target accepts; braces mean an expression was pasted as the name); no `for`,
 * `keep_firing_for` or `annotations` on recording rules; label and annotation names [a-zA-Z_][a-zA-Z0-9_]*
 * and never __name__. Alert names are not restricted by Prometheus (any string), so only an empty or
 * non-string one is reported.
 */
export const prometheusRuleName: Rule = {
  id: 'prometheus/rule-name',
  description:
    'A PrometheusRule group or rule is malformed: empty/repeated group name, not exactly one of alert/record, invalid record name, recording-rule-only fields, invalid label or annotation names.',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      const groupNames = new Set<string>();
      for (const g of promGroups(m)) {
        const name = g.group.name;
        if (typeof name !== 'string' || name === '')
          issues.push({ manifest: m, path: g.path, message: `Group ${g.index + 1} has no name.` });
        else if (groupNames.has(name))
          issues.push({
            manifest: m,
            path: [...g.path, 'name'],
            message: `Group name "${name}" is repeated; Prometheus rejects the rule file.`,
          });
        else groupNames.add(name);
        if (isObject(g.group.labels))
          for (const k of Object.keys(g.group.labels))
            if (!LABEL_NAME.test(k) || k === '__name__')
              issues.push({
                manifest: m,
                path: [...g.path, 'labels', k],
                message: `group "${String(name)}" label name "${k}" is not a valid Prometheus label name.`,
              });
      }
      for (const r of promRules(m)) {
        const { rule } = r;
        const hasAlert = rule.alert !== undefined && rule.alert !== null && rule.alert !== '';
        const hasRecord = rule.record !== undefined && rule.record !== null && rule.record !== '';
        if (hasAlert && hasRecord) {
          issues.push({
            manifest: m,
            path: [...r.path, 'record'],
            message: `${ruleLabel(r)} sets both alert and record; a rule is one or the other.`,
          });
          continue;
        }
        if (!hasAlert && !hasRecord) {
          issues.push({ manifest: m, path: r.path, message: `${ruleLabel(r)} sets neither alert nor record.` });
          continue;
        }
        if (hasAlert && typeof rule.alert !== 'string')
          issues.push({
            manifest: m,
            path: [...r.path, 'alert'],
            message: `${ruleLabel(r)} alert name is a ${typeof rule.alert}, not a string.`,
          });
        if (hasRecord) {
          const rec = rule.record;
          if (typeof rec !== 'string' || !METRIC_NAME.test(rec))
            issues.push({
              manifest: m,
              path: [...r.path, 'record'],
              message: `group "${String(r.group.name ?? r.groupIndex)}": record name ${JSON.stringify(rec)} is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)${typeof rec === 'string' && /[{}]/.test(rec) ? '; it looks like an expression, which belongs in expr' : ''}.`,
            });
          for (const key of ['for', 'keep_firing_for', 'annotations'] as const)
            if (rule[key] !== undefined && rule[key] !== null)
              issues.push({
                manifest: m,
                path: [...r.path, key],
                message: `${ruleLabel(r)} is a recording rule and cannot have ${key}.`,
              });
        }
        for (const key of ['labels', 'annotations'] as const) {
          if (!isObject(rule[key])) continue;
          for (const k of Object.keys(rule[key]))
            if (!LABEL_NAME.test(k) || (key === 'labels' && k === '__name__'))
              issues.push({
                manifest: m,
                path: [...r.path, key, k],
                message: `${ruleLabel(r)} ${key === 'labels' ? 'label' : 'annotation'} name "${k}" is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*).`,
              });
        }
      }
    }
    return issues;
  },
};
