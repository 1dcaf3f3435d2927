import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { isObject, podSpecOf, refName } from '../pods.js';
import { labelValue, qualifiedName } from '../validation.js';

/** Every place of a manifest that holds labels or label selectors, with its path. */
function labelSites(
  m: Manifest,
): { kind: 'labels' | 'selector' | 'expressions'; value: unknown; path: PathSeg[]; what: string }[] {
  const o = m.object;
  const sites: { kind: 'labels' | 'selector' | 'expressions'; value: unknown; path: PathSeg[]; what: string }[] = [];
  sites.push({ kind: 'labels', value: o.metadata?.labels, path: ['metadata', 'labels'], what: 'label' });
  const pod = podSpecOf(m);
  if (pod && pod.workloadSpecPath)
    sites.push({
      kind: 'labels',
      value: pod.metadata?.labels,
      path: [...pod.metadataPath, 'labels'],
      what: 'pod template label',
    });
  if (m.resource.kind === 'CronJob')
    sites.push({
      kind: 'labels',
      value: o.spec?.jobTemplate?.metadata?.labels,
      path: ['spec', 'jobTemplate', 'metadata', 'labels'],
      what: 'job template label',
    });
  if (m.resource.kind === 'StatefulSet' && Array.isArray(o.spec?.volumeClaimTemplates))
    o.spec.volumeClaimTemplates.forEach((t: any, i: number) =>
      sites.push({
        kind: 'labels',
        value: t?.metadata?.labels,
        path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'labels'],
        what: 'volume claim template label',
      }),
    );
  const sel = o.spec?.selector;
  if (isObject(sel)) {
    if (m.resource.kind === 'Service' || m.resource.kind === 'ReplicationController')
      sites.push({ kind: 'labels', value: sel, path: ['spec', 'selector'], what: 'selector' });
    else {
      sites.push({
        kind: 'labels',
        value: sel.matchLabels,
        path: ['spec', 'selector', 'matchLabels'],
        what: 'selector',
      });
      sites.push({
        kind: 'expressions',
        value: sel.matchExpressions,
        path: ['spec', 'selector', 'matchExpressions'],
        what: 'selector expression',
      });
    }
  }
  if (m.resource.kind === 'NetworkPolicy' && isObject(o.spec?.podSelector)) {
    sites.push({
      kind: 'labels',
      value: o.spec.podSelector.matchLabels,
      path: ['spec', 'podSelector', 'matchLabels'],
      what: 'podSelector',
    });
    sites.push({
      kind: 'expressions',
      value: o.spec.podSelector.matchExpressions,
      path: ['spec', 'podSelector', 'matchExpressions'],
      what: 'podSelector expression',
    });
  }
  return sites;
}

/** Label keys are qualified names ([prefix/]name); values are at most 63 alphanumerics, "-", "_", "." (or empty). */
export const labelInvalid: Rule = {
  id: 'label/invalid',
  description: 'A label key or value (metadata, pod template, selectors) is not valid Kubernetes label syntax.',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      for (const site of labelSites(m)) {
        if (site.kind === 'labels') {
          if (!isObject(site.value)) continue;
          for (const [k, v] of Object.entries(site.value)) {
            const path = [...site.path, k];
            const badKey = qualifiedName(k);
            if (badKey) issues.push({ manifest: m, path, message: `${refName(m)} ${site.what} key "${k}" ${badKey}.` });
            if (typeof v === 'string') {
              const badVal = labelValue(v);
              if (badVal)
                issues.push({
                  manifest: m,
                  path,
                  message: `${refName(m)} ${site.what} ${k} value "${v.length > 80 ? v.slice(0, 77) + '...' : v}" ${badVal}.`,
                });
            }
          }
          continue;
        }
        if (!Array.isArray(site.value)) continue;
        site.value.forEach((e: unknown, i: number) => {
          if (!isObject(e)) return;
          if (typeof e.key === 'string') {
            const badKey = qualifiedName(e.key);
            if (badKey)
              issues.push({
                manifest: m,
                path: [...site.path, i, 'key'],
                message: `${refName(m)} ${site.what} key "${e.key}" ${badKey}.`,
              });
          }
          if (Array.isArray(e.values))
            e.values.forEach((v: unknown, j: number) => {
              if (typeof v !== 'string') return;
              const badVal = labelValue(v);
              if (badVal)
                issues.push({
                  manifest: m,
                  path: [...site.path, i, 'values', j],
                  message: `${refName(m)} ${site.what} value "${v}" ${badVal}.`,
                });
            });
        });
      }
    }
    return issues;
  },
};
