import { join } from 'node:path';
import { loadK8sYaml } from '../../manifests/k8s-yaml.js';
import { readChartFile } from '../../util/files.js';
import type { Manifest } from '../../manifests/types.js';
import type { PathSeg, Severity } from '../../types.js';
import type { Rule, RuleContext, RuleIssue } from '../types.js';
import { isObject, refName } from '../pods.js';
import { isKind } from '../references.js';
import { resourceIndex, sameNamespace } from '../resource-index.js';
import { labelsOf } from '../selectors.js';

/** Label keys whose value is, by convention, the chart's or the application's version. */
const VERSION_KEYS: ReadonlySet<string> = new Set(['helm.sh/chart', 'app.kubernetes.io/version']);

/** Selectors that must not change between versions: kind, API groups, severity, what a change does. */
const TARGETS: readonly {
  kind: string;
  groups: readonly string[];
  severity: Severity;
  map: boolean;
  effect: string;
}[] = [
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].map((kind) => ({
    kind,
    groups: ['apps', 'extensions'],
    severity: 'error' as const,
    map: false,
    effect: `the selector of a ${kind} is immutable, so \`helm upgrade\` to the next version fails (field is immutable)`,
  })),
  {
    kind: 'Service',
    groups: [''],
    severity: 'warning',
    map: true,
    effect:
      'on every upgrade the Service drops the running pods before the new ones are ready, and traffic is lost during the rollout',
  },
  {
    kind: 'PodDisruptionBudget',
    groups: ['policy'],
    severity: 'warning',
    map: false,
    effect: 'during every upgrade the budget no longer covers the old pods, which a drain may then evict all at once',
  },
];

/** A version string a label may carry, and the Chart.yaml field it comes from. */
interface ChartVersion {
  value: string;
  field: 'version' | 'appVersion';
}

const chartCache = new Map<string, ChartVersion[]>();

/** Version and appVersion of the chart in `dir` (read once), in the forms a label may carry them. */
function chartVersions(dir: string): ChartVersion[] {
  let hit = chartCache.get(dir);
  if (hit) return hit;
  hit = [];
  const file = join(dir, 'Chart.yaml');
  try {
    const text = readChartFile(file, dir);
    if (text !== undefined) {
      const chart: unknown = loadK8sYaml(text);
      if (isObject(chart))
        for (const field of ['version', 'appVersion'] as const) {
          const v = chart[field];
          if (typeof v !== 'string' && typeof v !== 'number') continue;
          const s = String(v).trim();
          // a version has a digit ("latest" or "stable" do not change with a release)
          if (!/\d/.test(s)) continue;
          // label values cannot hold "+": charts write helm.sh/chart with "_" instead
          const forms = [s, s.replace(/\+/g, '_'), ...(/^v\d/.test(s) ? [s.slice(1)] : [])];
          for (const value of new Set(forms)) hit.push({ value, field });
        }
    }
  } catch {
    /* an unreadable Chart.yaml: helm would not have rendered; the version keys are still checked */
  }
  chartCache.set(dir, hit);
  return hit;
}

/** The directory of the (sub)chart whose template rendered a manifest: `<chart>/charts/<sub>/templates/x.yaml`. */
function chartDirOf(m: Manifest, root: string): string {
  const segs = (m.source ?? '').split('/').slice(1);
  const t = segs.indexOf('templates');
  if (t <= 0 || segs.includes('..')) return root;
  return join(root, ...segs.slice(0, t));
}

/** Whether `value` contains `version` as a whole version (not a longer number: 1.2.3 is not in 11.2.30). */
function containsVersion(value: string, version: string): boolean {
  for (let at = value.indexOf(version); at >= 0; at = value.indexOf(version, at + 1)) {
    const before = value[at - 1];
    const after = value.slice(at + version.length, at + version.length + 2);
    if (before !== undefined && /[\d.]/.test(before)) continue;
    if (/^(\d|\.\d)/.test(after)) continue;
    return true;
  }
  return false;
}

/** The version string a selector label's value carries, and why it changes with the chart; or undefined. */
function versionIn(
  key: string,
  value: string,
  versions: readonly ChartVersion[],
): { version: string; reason: string } | undefined {
  // an undotted appVersion ("2", "v1") is too common a value to mean a version outside the version keys
  const v = versions.find(
    (x) => (x.value.includes('.') || VERSION_KEYS.has(key) || key === 'chart') && containsVersion(value, x.value),
  );
  if (v)
    return {
      version: v.value,
      reason: `${value === v.value ? 'its value is' : 'its value contains'} ${v.value}, the ${v.field} in Chart.yaml`,
    };
  const found = VERSION_KEYS.has(key) ? /\d+(?:[._]\d+)*/.exec(value) : null;
  if (found) return { version: found[0], reason: `${key} carries the chart or application version` };
  return undefined;
}

/** Whether an object's name carries the version too: each version is then a new object, not an update. */
function nameCarries(m: Manifest, version: string): boolean {
  const name = m.resource.name ?? '';
  const forms = [version, version.replace(/[^A-Za-z0-9-]/g, '-'), version.replace(/[^A-Za-z0-9]/g, '')];
  return forms.some((f) => f.length > 0 && /\d/.test(f) && containsVersion(name, f));
}

/**
 * Whether pods of another version are rendered beside the selected ones: the same label key with another
 * value (blue/green releases, where switching the Service's selector is the cut-over).
 */
function otherVersionRendered(ctx: RuleContext, m: Manifest, key: string, value: string): boolean {
  const idx = resourceIndex(ctx.manifests);
  return idx.pods.some((p) => {
    if (!sameNamespace(p.manifest.resource.namespace, m.resource.namespace)) return false;
    const have = labelsOf(p.metadata?.labels).get(key);
    return have !== undefined && have !== value;
  });
}

/**
 * A selector that holds a label whose value changes with the chart or application version (helm.sh/chart,
 * app.kubernetes.io/version, or any value containing the Chart.yaml version or appVersion) changes with
 * every release. The API server refuses to change the selector of an apps/v1 Deployment, StatefulSet,
 * DaemonSet or ReplicaSet (ValidateDeploymentUpdate, ValidateStatefulSetUpdate, ValidateDaemonSetUpdate,
 * ValidateReplicaSetUpdate: "field is immutable"), so the next `helm upgrade` fails; a Service or
 * PodDisruptionBudget with such a selector stops matching the old pods as soon as it is updated. Not
 * reported: objects whose name carries the same version (every version is a new object), and Service or
 * budget selectors beside rendered pods of another value of that label (a blue/green cut-over).
 */
export const labelVersionInSelector: Rule = {
  id: 'label/version-in-selector',
  description:
    'A workload (error), Service or PodDisruptionBudget (warning) selector holds a label whose value changes with the chart or app version (helm.sh/chart, app.kubernetes.io/version, a value containing the Chart.yaml version or appVersion): the next `helm upgrade` fails on the immutable workload selector, or traffic and disruption protection lapse during the rollout.',
  severity: 'error',
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      const t = TARGETS.find((x) => isKind(m, x.kind, x.groups));
      if (!t) continue;
      const sel = m.object.spec?.selector;
      if (!isObject(sel)) continue;
      const own = chartDirOf(m, ctx.chartDir);
      const versions =
        own === ctx.chartDir ? chartVersions(own) : [...chartVersions(own), ...chartVersions(ctx.chartDir)];
      /** Report one requirement (key and its values) when a value carries a version. */
      const consider = (path: PathSeg[], key: string, values: readonly string[], label: string) => {
        for (const value of values) {
          const hit = versionIn(key, value, versions);
          if (!hit || nameCarries(m, hit.version)) continue;
          if (t.severity !== 'error' && otherVersionRendered(ctx, m, key, value)) continue;
          issues.push({
            manifest: m,
            path,
            severity: t.severity,
            message: `${refName(m)} selects pods by ${label}, and ${hit.reason}: ${t.effect}. Keep version labels in metadata and pod template labels, out of the selector.`,
          });
          return;
        }
      };
      const labels = t.map ? sel : isObject(sel.matchLabels) ? sel.matchLabels : {};
      const base: PathSeg[] = t.map ? ['spec', 'selector'] : ['spec', 'selector', 'matchLabels'];
      for (const [k, v] of Object.entries(labels)) {
        if (v === null || v === undefined || typeof v === 'object') continue;
        consider([...base, k], k, [String(v)], `${k}=${String(v)}`);
      }
      if (t.map || !Array.isArray(sel.matchExpressions)) continue;
      sel.matchExpressions.forEach((e: unknown, i: number) => {
        if (!isObject(e) || typeof e.key !== 'string' || (e.operator !== 'In' && e.operator !== 'NotIn')) return;
        if (!Array.isArray(e.values)) return;
        const values = e.values.filter((v: unknown) => v !== null && typeof v !== 'object').map(String);
        consider(
          ['spec', 'selector', 'matchExpressions', i],
          e.key,
          values,
          `${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${values.join(', ')})`,
        );
      });
    }
    return issues;
  },
};
