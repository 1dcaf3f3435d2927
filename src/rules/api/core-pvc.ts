/**
 * PersistentVolumeClaim specs as the API server validates them: ValidatePersistentVolumeClaimSpec,
 * validateDataSource, validateDataSourceRef, isDataSourceEqualDataSourceRef
 * (kubernetes/kubernetes pkg/apis/core/validation/validation.go at 000f26050b9be6fb3d79fae95e06b47fc96128cd).
 * The same spec checks apply to a StatefulSet's volumeClaimTemplates (its controller creates the claims) and to
 * generic ephemeral volumes (core-volumes.ts).
 */
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1123Label, dns1123Subdomain } from '../validation.js';
import {
  E,
  fieldPath,
  type FieldProblem,
  groupOf,
  isBuiltin,
  isObject,
  isPositive,
  Issues,
  keyOr,
  labelSelectorProblems,
  quantity,
} from './common.js';

function sameRef(a: Record<string, any>, b: Record<string, any>): boolean {
  return (a.apiGroup ?? '') === (b.apiGroup ?? '') && a.kind === b.kind && a.name === b.name;
}

function dataSourceProblems(
  ds: Record<string, any>,
  at: PathSeg[],
  p: (path: readonly PathSeg[]) => string,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (ds.name === '') out.push({ path: [...at, 'name'], text: E.required(p([...at, 'name'])) });
  if (ds.kind === '') out.push({ path: [...at, 'kind'], text: E.required(p([...at, 'kind'])) });
  const group = typeof ds.apiGroup === 'string' ? ds.apiGroup : '';
  if (group === '' && typeof ds.kind === 'string' && ds.kind !== '' && ds.kind !== 'PersistentVolumeClaim')
    out.push({
      path: [...at, 'kind'],
      text: E.invalid(p(at), ds.kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup"),
    });
  if (group !== '') {
    const bad = dns1123Subdomain(group);
    if (bad) out.push({ path: [...at, 'apiGroup'], text: E.invalid(p([...at, 'apiGroup']), group, bad) });
  }
  return out;
}

/** The problems of a PersistentVolumeClaimSpec at `at` (ValidatePersistentVolumeClaimSpec). */
export function pvcSpecProblems(
  spec: unknown,
  at: PathSeg[],
  p: (path: readonly PathSeg[]) => string,
  selectorSyntax = true,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!isObject(spec)) {
    out.push({
      path: at.slice(0, -1),
      text: E.required(p([...at, 'accessModes']), 'at least 1 access mode is required'),
    });
    return out;
  }
  const modes = Array.isArray(spec.accessModes) ? spec.accessModes : [];
  if (modes.length === 0)
    out.push({
      path: spec.accessModes === undefined ? at : [...at, 'accessModes'],
      text: E.required(p([...at, 'accessModes']), 'at least 1 access mode is required'),
    });
  if (modes.includes('ReadWriteOncePod') && modes.some((m: unknown) => m !== 'ReadWriteOncePod'))
    out.push({
      path: [...at, 'accessModes'],
      text: E.forbidden(p([...at, 'accessModes']), 'may not use ReadWriteOncePod with other access modes'),
    });
  if (spec.selector !== undefined && spec.selector !== null)
    out.push(...labelSelectorProblems(spec.selector, [...at, 'selector'], p, selectorSyntax));
  const requests = isObject(spec.resources) && isObject(spec.resources.requests) ? spec.resources.requests : undefined;
  const storage = requests?.storage;
  if (storage === undefined || storage === null) {
    const res = isObject(spec.resources) ? spec.resources : undefined;
    const where: PathSeg[] = res ? keyOr(res, 'requests', [...at, 'resources']) : keyOr(spec, 'resources', at);
    out.push({ path: where, text: E.required(`${p([...at, 'resources'])}[storage]`) });
  } else {
    const q = quantity(storage);
    if (q && !isPositive(q))
      out.push({
        path: [...at, 'resources', 'requests', 'storage'],
        text: E.invalid(`${p([...at, 'resources'])}[storage]`, storage, 'must be greater than zero'),
      });
  }
  if (typeof spec.storageClassName === 'string' && spec.storageClassName !== '') {
    const bad = dns1123Subdomain(spec.storageClassName);
    if (bad)
      out.push({
        path: [...at, 'storageClassName'],
        text: E.invalid(p([...at, 'storageClassName']), spec.storageClassName, bad),
      });
  }
  if (typeof spec.volumeAttributesClassName === 'string' && spec.volumeAttributesClassName !== '') {
    const bad = dns1123Subdomain(spec.volumeAttributesClassName);
    if (bad)
      out.push({
        path: [...at, 'volumeAttributesClassName'],
        text: E.invalid(p([...at, 'volumeAttributesClassName']), spec.volumeAttributesClassName, bad),
      });
  }
  const ds = isObject(spec.dataSource) ? spec.dataSource : undefined;
  const dsr = isObject(spec.dataSourceRef) ? spec.dataSourceRef : undefined;
  if (ds) out.push(...dataSourceProblems(ds, [...at, 'dataSource'], p));
  if (dsr) {
    out.push(...dataSourceProblems(dsr, [...at, 'dataSourceRef'], p));
    if (typeof dsr.namespace === 'string' && dsr.namespace !== '') {
      const bad = dns1123Label(dsr.namespace);
      if (bad)
        out.push({
          path: [...at, 'dataSourceRef', 'namespace'],
          text: E.invalid(p([...at, 'dataSourceRef', 'namespace']), dsr.namespace, bad),
        });
    }
  }
  if (ds && dsr) {
    if (typeof dsr.namespace === 'string' && dsr.namespace !== '')
      out.push({
        path: [...at, 'dataSource'],
        text: E.invalid(
          p(at),
          p([...at, 'dataSource']),
          'may not be specified when dataSourceRef.namespace is specified',
        ),
      });
    else if (!sameRef(ds, dsr))
      out.push({
        path: [...at, 'dataSource'],
        text: E.invalid(p(at), p([...at, 'dataSource']), 'must match dataSourceRef'),
      });
  }
  return out;
}

const CLAIM_HINT =
  'a claim needs at least one access mode and resources.requests.storage; a dataSource without apiGroup must be a PersistentVolumeClaim';

/** PersistentVolumeClaims, and StatefulSet volumeClaimTemplates, as the API server validates a claim. */
export const apiPersistentVolumeClaim: Rule = {
  id: 'api/persistent-volume-claim',
  description:
    'A PersistentVolumeClaim (or StatefulSet volumeClaimTemplate) the API server rejects: no access mode, ReadWriteOncePod mixed with others, no or non-positive storage request, an invalid storageClassName, a dataSource/dataSourceRef of the wrong shape or disagreeing (ValidatePersistentVolumeClaimSpec).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (isBuiltin(m, 'PersistentVolumeClaim', [''])) {
        // the syntax of a claim's own selector is label/invalid's
        for (const pr of pvcSpecProblems(m.object.spec, ['spec'], fieldPath, false))
          issues.add(m, pr.path, pr.text, CLAIM_HINT);
        continue;
      }
      if (m.resource.kind === 'StatefulSet' && groupOf(m.resource.apiVersion) === 'apps') statefulSetClaims(m, issues);
    }
    return issues.list;
  },
};

function statefulSetClaims(m: Manifest, issues: Issues): void {
  const templates = m.object.spec?.volumeClaimTemplates;
  if (!Array.isArray(templates)) return;
  templates.forEach((t: unknown, i: number) => {
    if (!isObject(t)) return;
    const at: PathSeg[] = ['spec', 'volumeClaimTemplates', i];
    const claim = isObject(t.metadata) && typeof t.metadata.name === 'string' ? t.metadata.name : String(i);
    // the controller creates PersistentVolumeClaim <claim>-<statefulset>-<ordinal>: errors carry the claim's paths
    const p = (path: readonly PathSeg[]) => fieldPath(path.slice(at.length));
    for (const pr of pvcSpecProblems(t.spec, [...at, 'spec'], p))
      issues.add(
        m,
        pr.path,
        `the StatefulSet is accepted, but the claims its controller creates from volumeClaimTemplate "${claim}" are rejected: ${pr.text}`,
        CLAIM_HINT,
      );
  });
}
