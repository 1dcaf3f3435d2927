/**
 * Jobs and CronJobs as the API server validates their specs: validateJobSpec, ValidateJob (the Indexed Job
 * hostname check), validatePodFailurePolicy, validatePodFailurePolicyRule,
 * validatePodFailurePolicyRuleOnExitCodes, validatePodFailurePolicyRuleOnPodConditions,
 * validatePodReplacementPolicy, validateSuccessPolicy, validateSuccessPolicyRule, validateIndexesFormat,
 * validateCronJobSpec, ValidateJobTemplateSpec (kubernetes/kubernetes pkg/apis/batch/validation/validation.go,
 * the newest version the code index stores: file id 159273491, with podReplacementPolicy, successPolicy and
 * managedBy, i.e. Kubernetes 1.31 or later; the index does not name its commit).
 * A restartPolicy of Always, the schedule and the time zone belong to workload/job-restart-policy,
 * cronjob/schedule and cronjob/timezone; a Job selector without manualSelector to workload/selector-mismatch.
 */
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1123Label, qualifiedName } from '../validation.js';
import { E, fieldPath as p, isBuiltin, isInt, isObject, Issues, NEGATIVE } from './common.js';

const MAX_PARALLELISM_INDEXED = 100000;
const MAX_FAILED_INDEXES = 100000;
const COMPLETIONS_SOFT_LIMIT = 100000;
const PARALLELISM_HIGH_COMPLETIONS = 10000;
const MAX_FAILED_HIGH_COMPLETIONS = 10000;
const MAX_POD_FAILURE_RULES = 20;
const MAX_EXIT_CODES = 255;
const MAX_SUCCESS_RULES = 20;
const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];

/** validateIndexesFormat: "0,2-4,7", increasing, each below completions. The number of indexes, or the error. */
function indexes(text: string, completions: number): { total: number } | { error: string } {
  if (text === '') return { total: 0 };
  let last: number | undefined;
  let total = 0;
  for (const interval of text.split(',')) {
    const parts = interval.split('-');
    if (parts.length > 2)
      return {
        error: `the fragment "${interval}" violates the requirement that an index interval can have at most two parts separated by '-'`,
      };
    const nums: number[] = [];
    for (const s of parts) {
      if (!/^[+-]?\d+$/.test(s)) return { error: `cannot convert string to integer for index: "${s}"` };
      const n = Number(s);
      if (n >= completions) return { error: `too large index: "${s}"` };
      nums.push(n);
    }
    const x = nums[0]!;
    const y = nums[1] ?? x;
    if (nums.length === 2 && x >= y) return { error: `non-increasing order, previous: ${x}, current: ${y}` };
    if (last !== undefined && last >= x) return { error: `non-increasing order, previous: ${last}, current: ${x}` };
    total += y - x + 1;
    last = y;
  }
  return { total };
}

function containerNames(spec: Record<string, any>): Set<string> {
  const out = new Set<string>();
  const pod = spec.template?.spec;
  for (const list of ['containers', 'initContainers'])
    if (isObject(pod) && Array.isArray(pod[list]))
      for (const c of pod[list]) if (isObject(c) && typeof c.name === 'string') out.add(c.name);
  return out;
}

function podFailurePolicy(m: Manifest, issues: Issues, spec: Record<string, any>, at: PathSeg[]): void {
  const pfp = spec.podFailurePolicy;
  if (!isObject(pfp)) return;
  const base: PathSeg[] = [...at, 'podFailurePolicy'];
  const rules: unknown[] = Array.isArray(pfp.rules) ? pfp.rules : [];
  if (rules.length > MAX_POD_FAILURE_RULES)
    issues.add(m, [...base, 'rules'], E.tooMany(p([...base, 'rules']), rules.length, MAX_POD_FAILURE_RULES));
  const names = containerNames(spec);
  rules.forEach((r, i) => {
    if (!isObject(r)) return;
    const rp: PathSeg[] = [...base, 'rules', i];
    if (r.action === '')
      issues.add(m, rp, E.required(p([...rp, 'action']), `valid values: ["${ACTIONS.join('" "')}"]`));
    else if (
      r.action === 'FailIndex' &&
      (spec.backoffLimitPerIndex === undefined || spec.backoffLimitPerIndex === null)
    )
      issues.add(
        m,
        [...rp, 'action'],
        E.invalid(p([...rp, 'action']), r.action, 'requires the backoffLimitPerIndex to be set'),
      );
    const exit = r.onExitCodes;
    const conds: unknown[] = Array.isArray(r.onPodConditions) ? r.onPodConditions : [];
    if (isObject(exit) && conds.length > 0)
      issues.add(m, rp, `${p(rp)}: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported`);
    if (!isObject(exit) && conds.length === 0)
      issues.add(m, rp, `${p(rp)}: Invalid value: specifying one of OnExitCodes and OnPodConditions is required`);
    if (isObject(exit)) {
      const ep: PathSeg[] = [...rp, 'onExitCodes'];
      if (typeof exit.containerName === 'string' && !names.has(exit.containerName))
        issues.add(
          m,
          [...ep, 'containerName'],
          E.invalid(
            p([...ep, 'containerName']),
            exit.containerName,
            'must be one of the container or initContainer names in the pod template',
          ),
        );
      const values: unknown[] = Array.isArray(exit.values) ? exit.values : [];
      if (values.length === 0)
        issues.add(
          m,
          isObject(exit) && exit.values !== undefined ? [...ep, 'values'] : ep,
          E.invalid(p([...ep, 'values']), values, 'at least one value is required'),
        );
      else if (values.length > MAX_EXIT_CODES)
        issues.add(m, [...ep, 'values'], E.tooMany(p([...ep, 'values']), values.length, MAX_EXIT_CODES));
      const seen = new Set<number>();
      let ordered = true;
      values.forEach((v, j) => {
        if (!isInt(v)) return;
        if (exit.operator === 'In' && v === 0)
          issues.add(
            m,
            [...ep, 'values', j],
            E.invalid(p([...ep, 'values', j]), v, 'must not be 0 for the In operator'),
          );
        if (seen.has(v)) issues.add(m, [...ep, 'values', j], E.duplicate(p([...ep, 'values', j]), v));
        seen.add(v);
        const prev = values[j - 1];
        if (j > 0 && isInt(prev) && prev > v) ordered = false;
      });
      if (!ordered) issues.add(m, [...ep, 'values'], E.invalid(p([...ep, 'values']), values, 'must be ordered'));
    }
    conds.forEach((c, j) => {
      if (!isObject(c)) return;
      const cp: PathSeg[] = [...rp, 'onPodConditions', j];
      if (typeof c.type === 'string') {
        const bad = qualifiedName(c.type);
        if (bad) issues.add(m, [...cp, 'type'], E.invalid(p([...cp, 'type']), c.type, bad));
      }
      if (c.status === '') issues.add(m, [...cp, 'status'], E.required(p([...cp, 'status'])));
    });
  });
  const rpol = spec.template?.spec?.restartPolicy;
  if (rpol === 'OnFailure')
    issues.add(
      m,
      [...at, 'template', 'spec', 'restartPolicy'],
      E.invalid(
        p([...at, 'template', 'spec', 'restartPolicy']),
        rpol,
        'only "Never" is supported when podFailurePolicy is specified',
      ),
      'a pod failure policy judges failed pods, so the kubelet must not restart them',
    );
}

function successPolicy(m: Manifest, issues: Issues, spec: Record<string, any>, at: PathSeg[], indexed: boolean): void {
  const sp = spec.successPolicy;
  if (!isObject(sp)) return;
  const base: PathSeg[] = [...at, 'successPolicy'];
  if (!indexed) {
    issues.add(m, base, E.invalid(p(base), sp, 'requires indexed completion mode'), 'set completionMode: Indexed');
    return;
  }
  const rules: unknown[] = Array.isArray(sp.rules) ? sp.rules : [];
  if (rules.length === 0)
    issues.add(
      m,
      base,
      E.required(p([...base, 'rules']), 'at least one rules must be specified when the successPolicy is specified'),
    );
  if (rules.length > MAX_SUCCESS_RULES)
    issues.add(m, [...base, 'rules'], E.tooMany(p([...base, 'rules']), rules.length, MAX_SUCCESS_RULES));
  const completions = isInt(spec.completions) ? spec.completions : undefined;
  rules.forEach((r, i) => {
    if (!isObject(r)) return;
    const rp: PathSeg[] = [...base, 'rules', i];
    const count = r.succeededCount;
    const idx = r.succeededIndexes;
    if ((count === undefined || count === null) && (idx === undefined || idx === null))
      issues.add(m, rp, E.required(p(rp), 'at least one of succeededCount or succeededIndexes must be specified'));
    let total: number | undefined;
    if (typeof idx === 'string' && completions !== undefined) {
      const res = indexes(idx, completions);
      if ('error' in res)
        issues.add(
          m,
          [...rp, 'succeededIndexes'],
          E.invalid(p([...rp, 'succeededIndexes']), idx, `error parsing succeededIndexes: ${res.error}`),
        );
      else total = res.total;
    }
    if (isInt(count)) {
      const cp: PathSeg[] = [...rp, 'succeededCount'];
      if (count < 0) issues.add(m, cp, E.invalid(p(cp), count, NEGATIVE));
      if (completions !== undefined && count > completions)
        issues.add(
          m,
          cp,
          E.invalid(p(cp), count, `must be less than or equal to ${completions} (the number of specified completions)`),
        );
      if (total !== undefined && count > total)
        issues.add(
          m,
          cp,
          E.invalid(
            p(cp),
            count,
            `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`,
          ),
        );
    }
  });
}

/** validateJobSpec on a JobSpec at `at` (spec of a Job, spec.jobTemplate.spec of a CronJob). */
function jobSpec(m: Manifest, issues: Issues, spec: Record<string, any>, at: PathSeg[]): void {
  for (const k of [
    'parallelism',
    'completions',
    'activeDeadlineSeconds',
    'backoffLimit',
    'ttlSecondsAfterFinished',
    'backoffLimitPerIndex',
    'maxFailedIndexes',
  ])
    if (isInt(spec[k]) && spec[k] < 0) issues.add(m, [...at, k], E.invalid(p([...at, k]), spec[k], NEGATIVE));
  const has = (k: string) => spec[k] !== undefined && spec[k] !== null;
  if (has('maxFailedIndexes') && !has('backoffLimitPerIndex'))
    issues.add(
      m,
      [...at, 'maxFailedIndexes'],
      E.required(p([...at, 'backoffLimitPerIndex']), 'when maxFailedIndexes is specified'),
    );
  const indexed = spec.completionMode === 'Indexed';
  if (indexed) {
    if (!has('completions'))
      issues.add(
        m,
        [...at, 'completionMode'],
        E.required(p([...at, 'completions']), 'when completion mode is Indexed'),
        'an Indexed Job runs one pod per index from 0 to completions-1',
      );
    if (isInt(spec.parallelism) && spec.parallelism > MAX_PARALLELISM_INDEXED)
      issues.add(
        m,
        [...at, 'parallelism'],
        E.invalid(
          p([...at, 'parallelism']),
          spec.parallelism,
          `must be less than or equal to ${MAX_PARALLELISM_INDEXED} when completion mode is Indexed`,
        ),
      );
    if (isInt(spec.completions) && isInt(spec.maxFailedIndexes) && spec.maxFailedIndexes > spec.completions)
      issues.add(
        m,
        [...at, 'maxFailedIndexes'],
        E.invalid(p([...at, 'maxFailedIndexes']), spec.maxFailedIndexes, 'must be less than or equal to completions'),
      );
    if (isInt(spec.maxFailedIndexes) && spec.maxFailedIndexes > MAX_FAILED_INDEXES)
      issues.add(
        m,
        [...at, 'maxFailedIndexes'],
        E.invalid(
          p([...at, 'maxFailedIndexes']),
          spec.maxFailedIndexes,
          `must be less than or equal to ${MAX_FAILED_INDEXES}`,
        ),
      );
    if (isInt(spec.completions) && spec.completions > COMPLETIONS_SOFT_LIMIT && has('backoffLimitPerIndex')) {
      if (!has('maxFailedIndexes'))
        issues.add(
          m,
          [...at, 'completions'],
          E.required(
            p([...at, 'maxFailedIndexes']),
            `must be specified when completions is above ${COMPLETIONS_SOFT_LIMIT}`,
          ),
        );
      if (isInt(spec.parallelism) && spec.parallelism > PARALLELISM_HIGH_COMPLETIONS)
        issues.add(
          m,
          [...at, 'parallelism'],
          E.invalid(
            p([...at, 'parallelism']),
            spec.parallelism,
            `must be less than or equal to ${PARALLELISM_HIGH_COMPLETIONS} when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`,
          ),
        );
      if (isInt(spec.maxFailedIndexes) && spec.maxFailedIndexes > MAX_FAILED_HIGH_COMPLETIONS)
        issues.add(
          m,
          [...at, 'maxFailedIndexes'],
          E.invalid(
            p([...at, 'maxFailedIndexes']),
            spec.maxFailedIndexes,
            `must be less than or equal to ${MAX_FAILED_HIGH_COMPLETIONS} when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`,
          ),
        );
    }
  } else if (
    spec.completionMode === undefined ||
    spec.completionMode === null ||
    spec.completionMode === 'NonIndexed'
  ) {
    for (const k of ['backoffLimitPerIndex', 'maxFailedIndexes'])
      if (has(k))
        issues.add(
          m,
          [...at, k],
          E.invalid(p([...at, k]), spec[k], 'requires indexed completion mode'),
          'set completionMode: Indexed',
        );
  }
  podFailurePolicy(m, issues, spec, at);
  successPolicy(m, issues, spec, at, indexed);
  const rpp = spec.podReplacementPolicy;
  if (typeof rpp === 'string' && isObject(spec.podFailurePolicy) && rpp !== 'Failed')
    issues.add(
      m,
      [...at, 'podReplacementPolicy'],
      E.notSupported(p([...at, 'podReplacementPolicy']), rpp, ['Failed']),
      'with a podFailurePolicy a pod is replaced only once it has failed',
    );
}

export const apiJobSpec: Rule = {
  id: 'api/job-spec',
  description:
    'A Job or CronJob spec the API server rejects: negative counts or durations, an Indexed Job without completions (or whose last pod hostname is not a DNS label), backoffLimitPerIndex, maxFailedIndexes or successPolicy without Indexed mode, a podFailurePolicy with restartPolicy OnFailure, a rule without action, with both or neither of onExitCodes and onPodConditions, an unknown container, or unordered exit codes, a CronJob jobTemplate with a selector (validateJobSpec, validatePodFailurePolicy, validateSuccessPolicy, validateCronJobSpec, ValidateJobTemplateSpec).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (isBuiltin(m, 'Job', ['batch'])) {
        const spec = m.object.spec;
        if (!isObject(spec)) continue;
        jobSpec(m, issues, spec, ['spec']);
        const name = m.object.metadata?.name;
        if (
          spec.completionMode === 'Indexed' &&
          isInt(spec.completions) &&
          spec.completions > 0 &&
          typeof name === 'string'
        ) {
          const host = `${name}-${spec.completions - 1}`;
          if (dns1123Label(host))
            issues.add(
              m,
              ['metadata', 'name'],
              E.invalid('metadata.name', name, `will not able to create pod with invalid DNS label: ${host}`),
              'an Indexed Job names each pod host <job>-<index>, which must be a DNS label (at most 63 characters)',
            );
        }
        continue;
      }
      if (!isBuiltin(m, 'CronJob', ['batch'])) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      for (const k of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'])
        if (isInt(spec[k]) && spec[k] < 0) issues.add(m, ['spec', k], E.invalid(`spec.${k}`, spec[k], NEGATIVE));
      const jt = isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec) ? spec.jobTemplate.spec : undefined;
      if (!jt) continue;
      const at: PathSeg[] = ['spec', 'jobTemplate', 'spec'];
      jobSpec(m, issues, jt, at);
      if (jt.selector !== undefined && jt.selector !== null)
        issues.add(
          m,
          [...at, 'selector'],
          E.invalid(p([...at, 'selector']), jt.selector, '`selector` will be auto-generated'),
          'remove the selector from the jobTemplate',
        );
      if (jt.manualSelector === true)
        issues.add(m, [...at, 'manualSelector'], E.notSupported(p([...at, 'manualSelector']), true, ['nil', 'false']));
    }
    return issues.list;
  },
};
