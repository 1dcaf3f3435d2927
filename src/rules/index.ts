import type { Rule } from './types.js';
import { API_RULES } from './api/index.js';
import { annotationInvalid } from './annotation/invalid.js';
import { cronjobSchedule } from './cronjob/schedule.js';
import { cronjobTimezone } from './cronjob/timezone.js';
import { hookDeletePolicy } from './hook/delete-policy.js';
import { hookMissingDependency } from './hook/missing-dependency.js';
import { labelInvalid } from './label/invalid.js';
import { nameInvalid } from './name/invalid.js';
import { prometheusDuration } from './prometheus/duration.js';
import { prometheusExpr } from './prometheus/expr.js';
import { prometheusRuleName } from './prometheus/rule-name.js';
import { prometheusUnknownMetric } from './prometheus/unknown-metric.js';
import { labelVersionInSelector } from './label/version-in-selector.js';
import { referenceConfigKey } from './reference/config-key.js';
import { referenceIngressBackend } from './reference/ingress-backend.js';
import { referenceMissing } from './reference/missing.js';
import { referenceMonitorTarget } from './reference/monitor-target.js';
import { referenceScaleTarget } from './reference/scale-target.js';
import { referenceSelectsNothing } from './reference/selects-nothing.js';
import { referenceTargetPort } from './reference/target-port.js';
import { resourceDuplicate } from './resource/duplicate.js';
import { resourcesQuantity } from './resources/quantity.js';
import { resourcesRequestsExceedLimits } from './resources/requests-exceed-limits.js';
import { workloadDuplicateContainer } from './workload/duplicate-container.js';
import { workloadDuplicateEnv } from './workload/duplicate-env.js';
import { workloadDuplicatePort } from './workload/duplicate-port.js';
import { workloadJobRestartPolicy } from './workload/job-restart-policy.js';
import { workloadPortName } from './workload/port-name.js';
import { workloadProbePort } from './workload/probe-port.js';
import { workloadSelectorMismatch } from './workload/selector-mismatch.js';
import { workloadServiceSelector } from './workload/service-selector.js';
import { workloadStatefulSetService } from './workload/statefulset-service.js';

/** Every semantic rule, in the order of the README rules table. The engine runs them per combo. */
export const RULES: readonly Rule[] = [
  hookMissingDependency,
  hookDeletePolicy,
  workloadSelectorMismatch,
  workloadServiceSelector,
  workloadStatefulSetService,
  workloadJobRestartPolicy,
  workloadDuplicateContainer,
  workloadPortName,
  workloadDuplicatePort,
  workloadDuplicateEnv,
  workloadProbePort,
  nameInvalid,
  labelInvalid,
  annotationInvalid,
  resourceDuplicate,
  cronjobSchedule,
  cronjobTimezone,
  prometheusExpr,
  prometheusDuration,
  prometheusRuleName,
  prometheusUnknownMetric,
  resourcesQuantity,
  resourcesRequestsExceedLimits,
  referenceMissing,
  referenceConfigKey,
  referenceTargetPort,
  referenceIngressBackend,
  referenceMonitorTarget,
  referenceSelectsNothing,
  referenceScaleTarget,
  labelVersionInSelector,
  ...API_RULES,
];

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, RuleContext, RuleIssue } from './types.js';
