/**
 * HorizontalPodAutoscalers as the API server validates them: validateHorizontalPodAutoscalerSpec,
 * ValidateCrossVersionObjectReference, validateMetrics, validateMetricSpec, validateObjectSource,
 * validateExternalSource, validatePodsSource, validateResourceSource, validateContainerResourceSource,
 * validateMetricTarget, validateMetricIdentifier, validateScalingRules, validateScalingPolicy
 * (kubernetes/kubernetes pkg/apis/autoscaling/validation/validation.go, the newest version the code index stores:
 * file id 128843610, with behavior and ContainerResource metrics; the index does not name its commit).
 * minReplicas 0 needs the HPAScaleToZero feature gate (alpha, off by default), so the lower bound is 1.
 * autoscaling/v1 objects are converted first: targetCPUUtilizationPercentage becomes a cpu Resource metric.
 */
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1123Label, pathSegmentName } from '../validation.js';
import { E, fieldPath as p, isBuiltin, isInt, isObject, isPositive, Issues, quantity } from './common.js';

const MAX_PERIOD = 1800;
const MAX_WINDOW = 3600;
const SOURCES: Record<string, string> = {
  Object: 'object',
  Pods: 'pods',
  Resource: 'resource',
  External: 'external',
  ContainerResource: 'containerResource',
};

function set(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function crossRef(m: Manifest, issues: Issues, ref: unknown, at: PathSeg[]): void {
  if (!isObject(ref)) return;
  for (const k of ['kind', 'name']) {
    const v = ref[k];
    if (v === '') issues.add(m, [...at, k], E.required(p([...at, k])));
    else if (typeof v === 'string' && pathSegmentName(v))
      issues.add(m, [...at, k], E.invalid(p([...at, k]), v, pathSegmentName(v)!));
  }
}

function metricName(m: Manifest, issues: Issues, id: unknown, at: PathSeg[]): void {
  if (!isObject(id)) return;
  if (id.name === '') issues.add(m, [...at, 'name'], E.required(p([...at, 'name']), 'must specify a metric name'));
  else if (typeof id.name === 'string' && pathSegmentName(id.name))
    issues.add(m, [...at, 'name'], E.invalid(p([...at, 'name']), id.name, pathSegmentName(id.name)!));
}

function target(m: Manifest, issues: Issues, t: Record<string, any>, at: PathSeg[]): void {
  for (const k of ['value', 'averageValue']) {
    const q = set(t[k]) ? quantity(t[k]) : undefined;
    if (q && !isPositive(q)) issues.add(m, [...at, k], E.invalid(p([...at, k]), t[k], 'must be positive'));
  }
  if (isInt(t.averageUtilization) && t.averageUtilization < 1)
    issues.add(
      m,
      [...at, 'averageUtilization'],
      E.invalid(p([...at, 'averageUtilization']), t.averageUtilization, 'must be greater than 0'),
    );
}

function metric(m: Manifest, issues: Issues, ms: Record<string, any>, at: PathSeg[]): void {
  const present = Object.values(SOURCES).filter((k) => isObject(ms[k]));
  const expected = typeof ms.type === 'string' ? SOURCES[ms.type] : undefined;
  if (expected && !isObject(ms[expected]))
    issues.add(
      m,
      at,
      E.required(p([...at, expected]), 'must populate information for the given metric source'),
      `a ${ms.type} metric is described under ${expected}`,
    );
  if (present.length > 1 || (expected && present.length === 1 && present[0] !== expected))
    for (const k of present.filter((x) => x !== expected))
      issues.add(
        m,
        [...at, k],
        E.forbidden(p([...at, k]), 'must populate the given metric source only'),
        `type is ${String(ms.type)}`,
      );
  for (const k of present) {
    const src = ms[k];
    const sp: PathSeg[] = [...at, k];
    const t = isObject(src.target) ? src.target : {};
    const tp: PathSeg[] = [...sp, 'target'];
    target(m, issues, t, tp);
    const hasValue = set(t.value);
    const hasAverage = set(t.averageValue);
    const hasUtil = set(t.averageUtilization);
    if (k === 'resource' || k === 'containerResource') {
      if (src.name === '')
        issues.add(m, [...sp, 'name'], E.required(p([...sp, 'name']), 'must specify a resource name'));
      if (k === 'containerResource') {
        if (src.container === '')
          issues.add(m, [...sp, 'container'], E.required(p([...sp, 'container']), 'must specify a container'));
        else if (typeof src.container === 'string' && dns1123Label(src.container))
          issues.add(
            m,
            [...sp, 'container'],
            E.invalid(p([...sp, 'container']), src.container, dns1123Label(src.container)!),
          );
      }
      if (!hasUtil && !hasAverage)
        issues.add(
          m,
          isObject(src.target) ? tp : sp,
          E.required(p([...tp, 'averageUtilization']), 'must set either a target raw value or a target utilization'),
          'a resource metric targets averageUtilization or averageValue',
        );
      if (hasUtil && hasAverage)
        issues.add(
          m,
          [...tp, 'averageValue'],
          E.forbidden(p([...tp, 'averageValue']), 'may not set both a target raw value and a target utilization'),
        );
    } else {
      metricName(m, issues, src.metric, [...sp, 'metric']);
      if (k === 'object') crossRef(m, issues, src.describedObject, [...sp, 'describedObject']);
      if (k === 'pods' && !hasAverage)
        issues.add(
          m,
          isObject(src.target) ? tp : sp,
          E.required(p([...tp, 'averageValue']), 'must specify a positive target averageValue'),
        );
      if ((k === 'object' || k === 'external') && !hasValue && !hasAverage)
        issues.add(
          m,
          isObject(src.target) ? tp : sp,
          E.required(
            p([...tp, 'averageValue']),
            k === 'object'
              ? 'must set either a target value or averageValue'
              : 'must set either a target value for metric or a per-pod target',
          ),
        );
      if (k === 'external' && hasValue && hasAverage)
        issues.add(
          m,
          [...tp, 'value'],
          E.forbidden(p([...tp, 'value']), 'may not set both a target value for metric and a per-pod target'),
        );
    }
  }
}

function scalingRules(m: Manifest, issues: Issues, r: unknown, at: PathSeg[]): void {
  if (!isObject(r)) return;
  const w = r.stabilizationWindowSeconds;
  if (isInt(w) && w < 0)
    issues.add(
      m,
      [...at, 'stabilizationWindowSeconds'],
      E.invalid(p([...at, 'stabilizationWindowSeconds']), w, 'must be greater than or equal to zero'),
    );
  if (isInt(w) && w > MAX_WINDOW)
    issues.add(
      m,
      [...at, 'stabilizationWindowSeconds'],
      E.invalid(p([...at, 'stabilizationWindowSeconds']), w, `must be less than or equal to ${MAX_WINDOW}`),
    );
  if (Array.isArray(r.policies))
    r.policies.forEach((pol: unknown, i: number) => {
      if (!isObject(pol)) return;
      const pp: PathSeg[] = [...at, 'policies', i];
      if (isInt(pol.value) && pol.value <= 0)
        issues.add(m, [...pp, 'value'], E.invalid(p([...pp, 'value']), pol.value, 'must be greater than zero'));
      if (isInt(pol.periodSeconds) && pol.periodSeconds <= 0)
        issues.add(
          m,
          [...pp, 'periodSeconds'],
          E.invalid(p([...pp, 'periodSeconds']), pol.periodSeconds, 'must be greater than zero'),
        );
      if (isInt(pol.periodSeconds) && pol.periodSeconds > MAX_PERIOD)
        issues.add(
          m,
          [...pp, 'periodSeconds'],
          E.invalid(p([...pp, 'periodSeconds']), pol.periodSeconds, `must be less than or equal to ${MAX_PERIOD}`),
        );
    });
}

export const apiHorizontalPodAutoscaler: Rule = {
  id: 'api/horizontal-pod-autoscaler',
  description:
    'A HorizontalPodAutoscaler the API server rejects: minReplicas below 1, maxReplicas below 1 or below minReplicas, an empty or invalid scaleTargetRef, a metric whose source does not match its type, a resource metric without (or with both) averageUtilization and averageValue, non-positive targets, scaling policies with a value or period out of range, a stabilization window outside 0-3600 (validateHorizontalPodAutoscalerSpec, validateMetricSpec, validateMetricTarget, validateScalingRules).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (!isBuiltin(m, 'HorizontalPodAutoscaler', ['autoscaling'])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const min = isInt(spec.minReplicas) ? spec.minReplicas : undefined;
      if (min !== undefined && min < 1)
        issues.add(
          m,
          ['spec', 'minReplicas'],
          E.invalid('spec.minReplicas', min, 'must be greater than or equal to 1'),
          min === 0 ? 'scaling to zero needs the HPAScaleToZero feature gate, off by default' : undefined,
        );
      if (isInt(spec.maxReplicas)) {
        if (spec.maxReplicas < 1)
          issues.add(
            m,
            ['spec', 'maxReplicas'],
            E.invalid('spec.maxReplicas', spec.maxReplicas, 'must be greater than 0'),
          );
        else if (spec.maxReplicas < (min ?? 1))
          issues.add(
            m,
            ['spec', 'maxReplicas'],
            E.invalid('spec.maxReplicas', spec.maxReplicas, 'must be greater than or equal to `minReplicas`'),
            `minReplicas is ${min ?? 1}`,
          );
      }
      crossRef(m, issues, spec.scaleTargetRef, ['spec', 'scaleTargetRef']);
      if (m.resource.apiVersion === 'autoscaling/v1') {
        const t = spec.targetCPUUtilizationPercentage;
        if (isInt(t) && t < 1)
          issues.add(
            m,
            ['spec', 'targetCPUUtilizationPercentage'],
            E.invalid('spec.metrics[0].resource.target.averageUtilization', t, 'must be greater than 0'),
          );
        continue;
      }
      if (Array.isArray(spec.metrics))
        spec.metrics.forEach((ms: unknown, i: number) => {
          if (isObject(ms)) metric(m, issues, ms, ['spec', 'metrics', i]);
        });
      if (isObject(spec.behavior))
        for (const dir of ['scaleUp', 'scaleDown'])
          scalingRules(m, issues, spec.behavior[dir], ['spec', 'behavior', dir]);
    }
    return issues.list;
  },
};
