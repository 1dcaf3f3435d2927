import type { Manifest } from '../../manifests/types.js';
import type { Rule, RuleIssue } from '../types.js';
import { isObject, refName, type PodSpecRef } from '../pods.js';
import {
  closestMiss,
  createdAtRuntime,
  hasRequirements,
  isKind,
  namedPorts,
  nameList,
  podCandidates,
  podsSelectedBy,
  podsSelectedByMap,
  portName,
  selectorText,
} from '../references.js';
import { resourceIndex, sameNamespace, type ResourceIndex } from '../resource-index.js';
import { labelSelectorMisses, labelsOf } from '../selectors.js';

/**
 * Where a monitor looks, by its namespaceSelector. prometheus-operator (pkg/prometheus/promcfg.go
 * getNamespacesFromNamespaceSelector): `any: true` means every namespace, no matchNames the monitor's own,
 * otherwise the namespaces listed. `own`: no namespaceSelector (or an empty one); `named-own`: matchNames
 * naming only the monitor's own (explicit) namespace, which may as well be a fixed namespace that other
 * objects live in (kube-prometheus-stack's apiserver monitor names `default`); `other`: anything else.
 */
function namespaceScope(m: Manifest): 'own' | 'named-own' | 'other' {
  const sel = m.object.spec?.namespaceSelector;
  if (!isObject(sel)) return 'own';
  if (sel.any === true) return 'other';
  const names = Array.isArray(sel.matchNames) ? sel.matchNames : [];
  if (names.length === 0) return 'own';
  const own = m.resource.namespace;
  return own !== undefined && own !== '' && names.every((n: unknown) => n === own) ? 'named-own' : 'other';
}

/**
 * A port name as the monitor gives it. prometheus-operator keeps targets whose port name matches it as an
 * anchored regular expression; a value with regex syntax is not checked.
 */
function literalPort(v: unknown): string | undefined {
  const name = portName(v);
  return name && !/[\\^$.|?*+()[\]{}]/.test(name) ? name : undefined;
}

function podPortNames(pods: readonly PodSpecRef[]): string[] {
  return pods.flatMap((p) => namedPorts(p, false).map((x) => x.name));
}

function checkServiceMonitor(idx: ResourceIndex, sm: Manifest, issues: RuleIssue[], named: boolean): void {
  const spec = sm.object.spec;
  const sel = spec.selector;
  const services = idx
    .ofKind('Service')
    .filter((s) => isKind(s, 'Service', ['']) && sameNamespace(s.resource.namespace, sm.resource.namespace));
  const matched = services.filter(
    (s) => labelSelectorMisses(sel, labelsOf(s.object.metadata?.labels), []).length === 0,
  );
  if (matched.length === 0) {
    if (named || createdAtRuntime(idx, 'services')) return;
    const best = closestMiss(
      sel,
      services.map((s) => ({ labels: s.object.metadata?.labels, name: refName(s) })),
      ['spec', 'selector'],
    );
    issues.push({
      manifest: sm,
      path: best?.misses[0]?.path ?? ['spec', 'selector'],
      message: `${refName(sm)} selects Services ${selectorText(sel)} in its own namespace, but this combo renders no such Service${best ? `; the closest, ${best.name}: ${best.misses.map((x) => x.reason.replace('pod template', 'Service')).join('; ')}` : ''}. Prometheus scrapes nothing; fix the selector, or set namespaceSelector when the Services belong to another release.`,
    });
    return;
  }
  if (!Array.isArray(spec.endpoints)) return;
  const svcPorts = matched.flatMap((s) => (Array.isArray(s.object.spec?.ports) ? s.object.spec.ports : []));
  const svcPortNames = svcPorts.map((p: any) => p?.name).filter((n: unknown): n is string => typeof n === 'string');
  spec.endpoints.forEach((ep: unknown, i: number) => {
    if (!isObject(ep)) return;
    const port = literalPort(ep.port);
    if (port !== undefined) {
      if (!svcPortNames.includes(port))
        issues.push({
          manifest: sm,
          path: ['spec', 'endpoints', i, 'port'],
          message: `${refName(sm)} endpoint ${i} scrapes Service port "${port}", but the Services it selects (${matched.map(refName).join(', ')}) name their ports ${nameList(svcPortNames)}; Prometheus keeps no target for it.`,
        });
      return;
    }
    if (ep.port !== undefined) return; // a regex, or not a string
    const target = literalPort(ep.targetPort);
    if (target === undefined) return;
    const selectors = matched.map((s) => s.object.spec?.selector);
    if (!selectors.every((s) => isObject(s) && Object.keys(s).length > 0)) return; // endpoints by hand
    const pods = matched.flatMap((s) => podsSelectedByMap(idx, s.object.spec.selector, s.resource.namespace));
    if (pods.length === 0) return; // workload/service-selector reports it
    const names = podPortNames(pods);
    if (!names.includes(target))
      issues.push({
        manifest: sm,
        path: ['spec', 'endpoints', i, 'targetPort'],
        message: `${refName(sm)} endpoint ${i} scrapes container port "${target}", but the pods behind the Services it selects name their ports ${nameList(names)}; Prometheus keeps no target for it.`,
      });
  });
}

function checkPodMonitor(idx: ResourceIndex, pm: Manifest, issues: RuleIssue[], named: boolean): void {
  const spec = pm.object.spec;
  const sel = spec.selector;
  const pods = podsSelectedBy(idx, sel, pm.resource.namespace);
  if (pods.length === 0) {
    if (named || createdAtRuntime(idx, 'pods')) return;
    const candidates = idx.pods.filter((p) => sameNamespace(p.manifest.resource.namespace, pm.resource.namespace));
    const best = closestMiss(sel, podCandidates(candidates), ['spec', 'selector']);
    issues.push({
      manifest: pm,
      path: best?.misses[0]?.path ?? ['spec', 'selector'],
      message: `${refName(pm)} selects pods ${selectorText(sel)} in its own namespace, but this combo renders no such pod template${best ? `; the closest, ${best.name}: ${best.misses.map((x) => x.reason).join('; ')}` : ''}. Prometheus scrapes nothing; fix the selector, or set namespaceSelector when the pods belong to another release.`,
    });
    return;
  }
  if (!Array.isArray(spec.podMetricsEndpoints)) return;
  const names = podPortNames(pods);
  spec.podMetricsEndpoints.forEach((ep: unknown, i: number) => {
    if (!isObject(ep)) return;
    let field: 'port' | 'targetPort' = 'port';
    let port = literalPort(ep.port);
    if (ep.port === undefined && ep.portNumber === undefined) {
      field = 'targetPort';
      port = literalPort(ep.targetPort);
    }
    if (port === undefined || names.includes(port)) return;
    issues.push({
      manifest: pm,
      path: ['spec', 'podMetricsEndpoints', i, field],
      message: `${refName(pm)} endpoint ${i} scrapes container port "${port}", but the pods it selects (${[...new Set(pods.map((p) => refName(p.manifest)))].join(', ')}) name their ports ${nameList(names)}; Prometheus keeps no target for it.`,
    });
  });
}

/**
 * prometheus-operator turns a ServiceMonitor into a scrape job that keeps the endpoints of the Services its
 * selector matches whose port name is `endpoints[].port` (or whose pod's container port is `targetPort`),
 * and a PodMonitor into one that keeps the container ports named `podMetricsEndpoints[].port`
 * (pkg/prometheus/promcfg.go). A selector or port name that matches nothing of the release makes a scrape
 * job without targets, silently. Only monitors that look in their own namespace are checked: without a
 * namespaceSelector fully, with one naming only their own namespace just their ports (that namespace may
 * hold Services of other releases). Empty selectors, regex port names and renders that may create the
 * Services or pods at run time (an operator's custom resources, RBAC that allows it) are skipped.
 */
export const referenceMonitorTarget: Rule = {
  id: 'reference/monitor-target',
  description:
    'A prometheus-operator ServiceMonitor or PodMonitor that looks only in its own namespace selects no Service or pod template rendered in the same combo, or scrapes a port name (endpoints[].port, targetPort, podMetricsEndpoints[].port) that the selected Services or containers do not declare: Prometheus scrapes nothing (prometheus-operator keeps targets by selector and port name).',
  severity: 'warning',
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues: RuleIssue[] = [];
    for (const kind of ['ServiceMonitor', 'PodMonitor'] as const) {
      for (const m of idx.ofKind(kind)) {
        if (!isKind(m, kind, ['monitoring.coreos.com'])) continue;
        if (!isObject(m.object.spec) || !hasRequirements(m.object.spec.selector)) continue;
        const scope = namespaceScope(m);
        if (scope === 'other') continue;
        if (kind === 'ServiceMonitor') checkServiceMonitor(idx, m, issues, scope === 'named-own');
        else checkPodMonitor(idx, m, issues, scope === 'named-own');
      }
    }
    return issues;
  },
};
