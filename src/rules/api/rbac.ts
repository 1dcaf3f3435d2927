/**
 * RBAC objects as the API server validates them: ValidateRole, ValidateClusterRole, ValidatePolicyRule,
 * ValidateRoleBinding, ValidateClusterRoleBinding, ValidateRoleBindingSubject (kubernetes/kubernetes
 * pkg/apis/rbac/validation/validation.go, the newest version the code index stores: file id 18434574, with
 * MarkCoveredByDeclarative, i.e. Kubernetes 1.33 or later; the index does not name its commit), after the v1
 * defaults (SetDefaults_RoleBinding, SetDefaults_Subject: an empty roleRef.apiGroup becomes
 * rbac.authorization.k8s.io, an empty subject apiGroup "" for a ServiceAccount and rbac.authorization.k8s.io for a
 * User or Group).
 */
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1123Subdomain, pathSegmentName } from '../validation.js';
import { E, fieldPath as p, isBuiltin, isObject, Issues } from './common.js';

const GROUP = 'rbac.authorization.k8s.io';

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function rules(m: Manifest, issues: Issues, namespaced: boolean): void {
  const rs = m.object.rules;
  if (!Array.isArray(rs)) return;
  rs.forEach((r: unknown, i: number) => {
    if (!isObject(r)) return;
    const at: PathSeg[] = ['rules', i];
    if (list(r.verbs).length === 0)
      issues.add(
        m,
        r.verbs === undefined ? at : [...at, 'verbs'],
        E.required(p([...at, 'verbs']), 'verbs must contain at least one value'),
      );
    if (list(r.nonResourceURLs).length > 0) {
      if (namespaced)
        issues.add(
          m,
          [...at, 'nonResourceURLs'],
          E.invalid(
            p([...at, 'nonResourceURLs']),
            r.nonResourceURLs,
            'namespaced rules cannot apply to non-resource URLs',
          ),
          'non-resource URLs belong in a ClusterRole',
        );
      if (list(r.apiGroups).length > 0 || list(r.resources).length > 0 || list(r.resourceNames).length > 0)
        issues.add(
          m,
          [...at, 'nonResourceURLs'],
          E.invalid(
            p([...at, 'nonResourceURLs']),
            r.nonResourceURLs,
            'rules cannot apply to both regular resources and non-resource URLs',
          ),
          'split them into two rules',
        );
      return;
    }
    if (list(r.apiGroups).length === 0)
      issues.add(
        m,
        r.apiGroups === undefined ? at : [...at, 'apiGroups'],
        E.required(p([...at, 'apiGroups']), 'resource rules must supply at least one api group'),
        'the core group is written apiGroups: [""]',
      );
    if (list(r.resources).length === 0)
      issues.add(
        m,
        r.resources === undefined ? at : [...at, 'resources'],
        E.required(p([...at, 'resources']), 'resource rules must supply at least one resource'),
      );
  });
}

function binding(m: Manifest, issues: Issues, namespaced: boolean): void {
  const ref = m.object.roleRef;
  if (isObject(ref)) {
    if (typeof ref.apiGroup === 'string' && ref.apiGroup !== '' && ref.apiGroup !== GROUP)
      issues.add(m, ['roleRef', 'apiGroup'], E.notSupported('roleRef.apiGroup', ref.apiGroup, [GROUP]));
    const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
    if (typeof ref.kind === 'string' && !kinds.includes(ref.kind))
      issues.add(
        m,
        ['roleRef', 'kind'],
        E.notSupported('roleRef.kind', ref.kind, kinds),
        namespaced ? undefined : 'a ClusterRoleBinding can only bind a ClusterRole; bind a Role with a RoleBinding',
      );
    if (ref.name === '') issues.add(m, ['roleRef', 'name'], E.required('roleRef.name'));
    else if (typeof ref.name === 'string' && pathSegmentName(ref.name))
      issues.add(m, ['roleRef', 'name'], E.invalid('roleRef.name', ref.name, pathSegmentName(ref.name)!));
  }
  const subjects = m.object.subjects;
  if (!Array.isArray(subjects)) return;
  subjects.forEach((s: unknown, i: number) => {
    if (!isObject(s)) return;
    const at: PathSeg[] = ['subjects', i];
    if (s.name === '')
      issues.add(m, [...at, 'name'], E.required(p([...at, 'name'])), 'the subject name rendered empty');
    const group = typeof s.apiGroup === 'string' ? s.apiGroup : '';
    switch (s.kind) {
      case 'ServiceAccount':
        if (typeof s.name === 'string' && s.name !== '' && dns1123Subdomain(s.name))
          issues.add(m, [...at, 'name'], E.invalid(p([...at, 'name']), s.name, dns1123Subdomain(s.name)!));
        if (group !== '')
          issues.add(
            m,
            [...at, 'apiGroup'],
            E.notSupported(p([...at, 'apiGroup']), group, ['']),
            'a ServiceAccount subject has apiGroup ""',
          );
        if (!namespaced && (typeof s.namespace !== 'string' || s.namespace === ''))
          issues.add(
            m,
            at,
            E.required(p([...at, 'namespace'])),
            'a ClusterRoleBinding must say which namespace the ServiceAccount is in',
          );
        break;
      case 'User':
      case 'Group':
        if (group !== '' && group !== GROUP)
          issues.add(m, [...at, 'apiGroup'], E.notSupported(p([...at, 'apiGroup']), group, [GROUP]));
        break;
      default:
        if (typeof s.kind === 'string')
          issues.add(
            m,
            [...at, 'kind'],
            E.notSupported(p([...at, 'kind']), s.kind, ['ServiceAccount', 'User', 'Group']),
          );
    }
  });
}

export const apiRbac: Rule = {
  id: 'api/rbac',
  description:
    'A Role, ClusterRole, RoleBinding or ClusterRoleBinding the API server rejects: a rule without verbs, a resource rule without apiGroups or resources, nonResourceURLs in a Role or beside resources, an aggregationRule without selectors, a roleRef to another API group or a Role from a ClusterRoleBinding, a subject of an unknown kind or wrong apiGroup, a ServiceAccount subject of a ClusterRoleBinding without namespace (ValidatePolicyRule, ValidateClusterRole, ValidateRoleBinding, ValidateClusterRoleBinding, ValidateRoleBindingSubject).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const m of ctx.manifests) {
      if (isBuiltin(m, 'Role', [GROUP])) rules(m, issues, true);
      else if (isBuiltin(m, 'ClusterRole', [GROUP])) {
        rules(m, issues, false);
        const ag = m.object.aggregationRule;
        if (isObject(ag) && list(ag.clusterRoleSelectors).length === 0)
          issues.add(
            m,
            ['aggregationRule'],
            E.required(
              'aggregationRule.clusterRoleSelectors',
              'at least one clusterRoleSelector required if aggregationRule is non-nil',
            ),
          );
      } else if (isBuiltin(m, 'RoleBinding', [GROUP])) binding(m, issues, true);
      else if (isBuiltin(m, 'ClusterRoleBinding', [GROUP])) binding(m, issues, false);
    }
    return issues.list;
  },
};
