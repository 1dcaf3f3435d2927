/**
 * Deployments, ReplicaSets, DaemonSets, StatefulSets (and ReplicationControllers) as the API server validates
 * their specs: ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
 * ValidateReplicaSetSpec, ValidatePodTemplateSpecForReplicaSet, ValidateDaemonSetSpec,
 * ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec,
 * validateRollingUpdateStatefulSet, ValidatePositiveIntOrPercent, IsNotMoreThan100Percent
 * (kubernetes/kubernetes pkg/apis/apps/validation/validation.go at 2dd1588c490775be7cd90d0afc59c6dcef07032a) and
 * ValidateReplicationControllerSpec, ValidatePodTemplateSpecForRC (pkg/apis/core/validation/validation.go at
 * 000f26050b9be6fb3d79fae95e06b47fc96128cd). The apps/v1 defaults are applied first, as the API server does
 * (SetDefaults_Deployment: RollingUpdate with 25%/25% and progressDeadlineSeconds 600; SetDefaults_DaemonSet:
 * RollingUpdate with maxUnavailable 1 and maxSurge 0).
 */
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import {
  E,
  fieldPath as p,
  groupOf,
  intOrPercentProblems,
  intOrPercentValue,
  isInt,
  isObject,
  Issues,
  NEGATIVE,
} from './common.js';

const KINDS: Record<string, readonly string[]> = {
  Deployment: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  DaemonSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  ReplicationController: [''],
};

function nonNegative(m: Manifest, issues: Issues, spec: Record<string, any>, keys: string[]): void {
  for (const k of keys)
    if (isInt(spec[k]) && spec[k] < 0) issues.add(m, ['spec', k], E.invalid(`spec.${k}`, spec[k], NEGATIVE));
}

function deploymentStrategy(m: Manifest, issues: Issues, spec: Record<string, any>): void {
  const s = isObject(spec.strategy) ? spec.strategy : {};
  const type = typeof s.type === 'string' ? s.type : 'RollingUpdate';
  const ru = s.rollingUpdate;
  if (type === 'Recreate') {
    if (ru !== undefined && ru !== null)
      issues.add(
        m,
        ['spec', 'strategy', 'rollingUpdate'],
        E.forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"),
        'remove rollingUpdate, or render it only for type RollingUpdate',
      );
    return;
  }
  if (type !== 'RollingUpdate' || (ru !== undefined && !isObject(ru))) return;
  const r = isObject(ru) ? ru : {};
  const base: PathSeg[] = ['spec', 'strategy', 'rollingUpdate'];
  for (const k of ['maxUnavailable', 'maxSurge'])
    for (const t of intOrPercentProblems(r[k], p([...base, k])).filter(
      (x) => k === 'maxUnavailable' || !x.includes('greater than 100%'),
    ))
      issues.add(
        m,
        [...base, k],
        t,
        typeof r[k] === 'string' && /^\d+$/.test(r[k])
          ? 'a quoted number is not a count; write it unquoted, or add %'
          : undefined,
      );
  const unavailable = intOrPercentValue(r.maxUnavailable ?? '25%');
  const surge = intOrPercentValue(r.maxSurge ?? '25%');
  if (unavailable === 0 && surge === 0)
    issues.add(
      m,
      isObject(ru) ? [...base, r.maxUnavailable !== undefined ? 'maxUnavailable' : 'maxSurge'] : ['spec', 'strategy'],
      E.invalid(p([...base, 'maxUnavailable']), r.maxUnavailable ?? '25%', 'may not be 0 when `maxSurge` is 0'),
      'a rollout that may neither add nor remove a pod cannot progress',
    );
}

function daemonSetStrategy(m: Manifest, issues: Issues, spec: Record<string, any>): void {
  const s = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = typeof s.type === 'string' ? s.type : 'RollingUpdate';
  if (type !== 'RollingUpdate') return;
  const ru = s.rollingUpdate;
  if (ru !== undefined && ru !== null && !isObject(ru)) return;
  const r = isObject(ru) ? ru : {};
  const base: PathSeg[] = ['spec', 'updateStrategy', 'rollingUpdate'];
  for (const k of ['maxUnavailable', 'maxSurge'])
    for (const t of intOrPercentProblems(r[k], p([...base, k]))) issues.add(m, [...base, k], t);
  const unavailable = intOrPercentValue(r.maxUnavailable ?? 1) ?? 1;
  const surge = intOrPercentValue(r.maxSurge ?? 0) ?? 0;
  if (unavailable !== 0 && surge !== 0)
    issues.add(
      m,
      [...base, r.maxSurge !== undefined ? 'maxSurge' : 'maxUnavailable'],
      E.invalid(p([...base, 'maxSurge']), r.maxSurge, 'may not be set when maxUnavailable is non-zero'),
      r.maxUnavailable === undefined || r.maxUnavailable === null
        ? 'maxUnavailable defaults to 1; set maxUnavailable: 0 to roll a DaemonSet by surging'
        : 'a DaemonSet rolls either by surging or by taking pods down, not both',
    );
  if (unavailable === 0 && surge === 0)
    issues.add(
      m,
      [...base, 'maxUnavailable'],
      E.required(p([...base, 'maxUnavailable']), 'cannot be 0 when maxSurge is 0'),
    );
}

function statefulSetStrategy(m: Manifest, issues: Issues, spec: Record<string, any>): void {
  const s = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = typeof s.type === 'string' ? s.type : 'RollingUpdate';
  const ru = s.rollingUpdate;
  const base: PathSeg[] = ['spec', 'updateStrategy', 'rollingUpdate'];
  if (type === 'OnDelete') {
    if (ru !== undefined && ru !== null)
      issues.add(
        m,
        base,
        E.invalid(p(base), ru, "only allowed for updateStrategy 'RollingUpdate'"),
        'remove rollingUpdate, or render it only for type RollingUpdate',
      );
    return;
  }
  if (type !== 'RollingUpdate' || !isObject(ru)) return;
  if (isInt(ru.partition) && ru.partition < 0)
    issues.add(m, [...base, 'partition'], E.invalid(p([...base, 'partition']), ru.partition, NEGATIVE));
  if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) {
    const at = p([...base, 'maxUnavailable']);
    for (const t of intOrPercentProblems(ru.maxUnavailable, at)) issues.add(m, [...base, 'maxUnavailable'], t);
    if (intOrPercentValue(ru.maxUnavailable) === 0)
      issues.add(m, [...base, 'maxUnavailable'], E.invalid(at, ru.maxUnavailable, 'cannot be 0'));
  }
}

export const apiWorkloadSpec: Rule = {
  id: 'api/workload-spec',
  description:
    'A Deployment, ReplicaSet, DaemonSet, StatefulSet or ReplicationController spec the API server rejects: negative replicas or minReadySeconds, progressDeadlineSeconds not above minReadySeconds (default 600), rollingUpdate with strategy Recreate or updateStrategy OnDelete, maxUnavailable/maxSurge that are not a count or a percentage, both 0, above 100%, or both non-zero on a DaemonSet, a pod restartPolicy other than Always, activeDeadlineSeconds (ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment, ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      const kind = m.resource.kind;
      const groups = KINDS[kind];
      if (!groups || !groups.includes(groupOf(m.resource.apiVersion))) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      nonNegative(m, issues, spec, ['replicas', 'minReadySeconds']);
      if (kind === 'Deployment' || kind === 'DaemonSet') nonNegative(m, issues, spec, ['revisionHistoryLimit']);
      if (kind === 'Deployment') {
        const mrs = isInt(spec.minReadySeconds) ? spec.minReadySeconds : 0;
        if (isInt(spec.progressDeadlineSeconds)) {
          if (spec.progressDeadlineSeconds < 0)
            issues.add(
              m,
              ['spec', 'progressDeadlineSeconds'],
              E.invalid('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, NEGATIVE),
            );
          else if (spec.progressDeadlineSeconds <= mrs)
            issues.add(
              m,
              ['spec', 'progressDeadlineSeconds'],
              E.invalid(
                'spec.progressDeadlineSeconds',
                spec.progressDeadlineSeconds,
                'must be greater than minReadySeconds',
              ),
              `minReadySeconds is ${mrs}`,
            );
        } else if (
          (spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null) &&
          groupOf(m.resource.apiVersion) === 'apps' &&
          mrs >= 600
        )
          issues.add(
            m,
            ['spec', 'minReadySeconds'],
            E.invalid('spec.progressDeadlineSeconds', 600, 'must be greater than minReadySeconds'),
            `progressDeadlineSeconds defaults to 600 and minReadySeconds is ${mrs}; set progressDeadlineSeconds above it`,
          );
        deploymentStrategy(m, issues, spec);
      }
      if (kind === 'DaemonSet') daemonSetStrategy(m, issues, spec);
      if (kind === 'StatefulSet') {
        statefulSetStrategy(m, issues, spec);
        const start = isObject(spec.ordinals) ? spec.ordinals.start : undefined;
        if (isInt(start) && start < 0)
          issues.add(m, ['spec', 'ordinals', 'start'], E.invalid('spec.ordinals.start', start, NEGATIVE));
      }
      const podSpec = isObject(spec.template) && isObject(spec.template.spec) ? spec.template.spec : undefined;
      if (!podSpec) continue;
      const rp = podSpec.restartPolicy;
      if (typeof rp === 'string' && rp !== 'Always')
        issues.add(
          m,
          ['spec', 'template', 'spec', 'restartPolicy'],
          E.notSupported('spec.template.spec.restartPolicy', rp, ['Always']),
          `a ${kind} keeps its pods running; use a Job for pods that finish`,
        );
      if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null) {
        const owner = kind === 'Deployment' ? 'ReplicaSet' : kind;
        issues.add(
          m,
          ['spec', 'template', 'spec', 'activeDeadlineSeconds'],
          E.forbidden('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${owner} is not Supported`),
          'a deadline would kill pods the controller is meant to keep running',
        );
      }
    }
    return issues.list;
  },
};
