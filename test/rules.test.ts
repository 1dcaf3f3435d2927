import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RULES, ruleById } from '../src/rules/index.js';
import { scheduleProblem } from '../src/rules/cronjob/schedule.js';
import { timeZoneProblem } from '../src/rules/cronjob/timezone.js';
import { compareQuantity, parseQuantity } from '../src/rules/quantity.js';
import { durationProblem, parsePromQL } from '../src/rules/promql.js';
import { parseMetricList } from '../src/rules/prometheus/unknown-metric.js';
import { loadAllParsers } from '../src/rules/parsers.js';
import { podReferences, podSpecOf } from '../src/rules/pods.js';
import { globMatch, ianaSvcName, labelValue, qualifiedName } from '../src/rules/validation.js';
import type { Rule, RuleContext } from '../src/rules/types.js';
import {
  context,
  formatIssue,
  HELM3,
  HELM4,
  parseDocs,
  readExpected,
  renderChart,
  ROOT,
  ruleFixtures,
  runRules,
} from './helpers/render.js';

const RULE_IDS = new Set(RULES.map((r) => r.id));

// the rule helpers are called directly here, not through the engine that loads their parsers
beforeAll(() => loadAllParsers());

function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Issues of one rule on inline YAML: `[severity, message]` pairs plus the paths. */
function check(id: string, yaml: string, extra: Partial<RuleContext> = {}) {
  const r = rule(id);
  return r
    .check(context(parseDocs(yaml), extra))
    .map((i) => ({ severity: i.severity ?? r.severity, message: i.message, path: i.path?.join('.') ?? '' }));
}

/** Rule options and external objects from a fixture's .helm-guard.yaml (what the engine would pass). */
function fixtureConfig(dir: string): {
  options: Record<string, Record<string, unknown>>;
  external?: RuleContext['external'];
} {
  const file = join(ROOT, dir, '.helm-guard.yaml');
  if (!existsSync(file)) return { options: {} };
  const raw = parseYaml(readFileSync(file, 'utf8')) ?? {};
  const options: Record<string, Record<string, unknown>> = {};
  for (const [id, v] of Object.entries<any>(raw.rules ?? {}))
    if (v && typeof v === 'object' && v.options) options[id] = v.options;
  const ext = raw.external ?? {};
  return {
    options,
    external: {
      configMaps: ext.configMaps ?? [],
      secrets: ext.secrets ?? [],
      serviceAccounts: ext.serviceAccounts ?? [],
      persistentVolumeClaims: ext.persistentVolumeClaims ?? [],
    },
  };
}

describe('the rule catalog', () => {
  it('src/rules/meta.generated.ts is what the rules define (the catalog reads it, not their code)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-rule-meta.ts'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toMatch(/matches the rules/);
  });
});

describe('rule registry', () => {
  it('lists every rule once, with the agreed ids, a description and a default severity', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'hook/missing-dependency',
      'hook/delete-policy',
      'workload/selector-mismatch',
      'workload/service-selector',
      'workload/statefulset-service',
      'workload/job-restart-policy',
      'workload/duplicate-container',
      'workload/port-name',
      'workload/duplicate-port',
      'workload/duplicate-env',
      'workload/probe-port',
      'name/invalid',
      'label/invalid',
      'annotation/invalid',
      'resource/duplicate',
      'cronjob/schedule',
      'cronjob/timezone',
      'prometheus/expr',
      'prometheus/duration',
      'prometheus/rule-name',
      'prometheus/unknown-metric',
      'resources/quantity',
      'resources/requests-exceed-limits',
      'reference/missing',
      'reference/config-key',
      'reference/target-port',
      'reference/ingress-backend',
      'reference/monitor-target',
      'reference/selects-nothing',
      'reference/scale-target',
      'label/version-in-selector',
      'api/volume',
      'api/volume-mount',
      'api/container',
      'api/probe',
      'api/env',
      'api/security-context',
      'api/pod-spec',
      'api/scheduling',
      'api/service',
      'api/config-data',
      'api/persistent-volume-claim',
      'api/workload-spec',
      'api/job-spec',
      'api/ingress',
      'api/network-policy',
      'api/pod-disruption-budget',
      'api/horizontal-pod-autoscaler',
      'api/rbac',
    ]);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'notice']).toContain(r.severity);
    }
  });

  it('has a fixture for every rule', () => {
    const covered = new Set(ruleFixtures().flatMap((f) => readExpected(f).map((l) => l.split(' ')[1])));
    for (const r of RULES) expect(covered, r.id).toContain(r.id);
  });
});

describe('fixtures/broken/rule-*: each triggers exactly its EXPECTED rule findings at the template line', () => {
  const fixtures = ruleFixtures();
  // helm 4 for every other fixture: enough to show both majors render the same lines
  const cases = fixtures.flatMap((f, i) => [
    { fixture: f, helm: HELM3, version: 'v3.16.4' },
    ...(i % 2 === 0 ? [{ fixture: f, helm: HELM4, version: 'v4.1.4' }] : []),
  ]);
  it.each(cases)('$fixture with helm $version', ({ fixture, helm }) => {
    const manifests = renderChart(fixture, { helm });
    const cfg = fixtureConfig(fixture);
    const ctx = context(manifests, {
      baseDir: join(ROOT, fixture),
      ...(cfg.external ? { external: cfg.external } : {}),
    });
    const got = runRules(RULES, ctx, cfg.options).map(formatIssue).sort();
    const want = readExpected(fixture)
      .filter((l) => RULE_IDS.has(l.split(' ')[1]!))
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });
});

describe('hook/missing-dependency', () => {
  const job = (ann: string, uses: string) => `
apiVersion: batch/v1
kind: Job
metadata:
  name: app-migrate
  annotations:
${ann}
spec:
  template:
    spec:
      restartPolicy: Never
${uses}
      containers:
        - name: m
          image: x
`;
  const secret = (name: string, ann = '') => `
apiVersion: v1
kind: Secret
metadata:
  name: ${name}
${ann ? `  annotations:\n${ann}` : ''}
`;
  const preInstall = '    helm.sh/hook: pre-install';

  it('reports a pre-install hook that uses a non-hook Secret', () => {
    const issues = check(
      'hook/missing-dependency',
      `${secret('db')}---${job(preInstall, '      imagePullSecrets: [{name: db}]')}`,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('error');
    expect(issues[0]!.message).toMatch(/not a hook/);
    expect(issues[0]!.path).toBe('spec.template.spec.imagePullSecrets.0.name');
  });

  it('accepts a dependency hook of a lower weight, or of the same weight whose name sorts first', () => {
    const lower = `${secret('zz-db', '    helm.sh/hook: pre-install\n    helm.sh/hook-weight: "-1"')}---${job(preInstall, '      serviceAccountName: zz-db')}`;
    expect(check('hook/missing-dependency', lower.replace('kind: Secret', 'kind: ServiceAccount'))).toEqual([]);
    const sameEarlier = `${secret('app-db', '    helm.sh/hook: pre-install')}---${job(preInstall, '      volumes: [{name: s, secret: {secretName: app-db}}]')}`;
    expect(check('hook/missing-dependency', sameEarlier)).toEqual([]);
    const sameLater = `${secret('app-secrets', '    helm.sh/hook: pre-install')}---${job(preInstall, '      volumes: [{name: s, secret: {secretName: app-secrets}}]')}`;
    expect(check('hook/missing-dependency', sameLater)[0]!.message).toMatch(/same weight/);
    const higher = `${secret('a-db', '    helm.sh/hook: pre-install\n    helm.sh/hook-weight: "5"')}---${job(preInstall, '      volumes: [{name: s, secret: {secretName: a-db}}]')}`;
    expect(check('hook/missing-dependency', higher)[0]!.message).toMatch(/weight 5/);
  });

  it('reports a dependency that is a hook of another event only', () => {
    const issues = check(
      'hook/missing-dependency',
      `${secret('db', '    helm.sh/hook: post-install\n    helm.sh/hook-weight: "-5"')}---${job(preInstall, '      volumes: [{name: s, secret: {secretName: db}}]')}`,
    );
    expect(issues[0]!.message).toMatch(/not pre-install/);
  });

  it('ignores optional references, pre-upgrade-only hooks, non-hooks and objects the render does not have', () => {
    expect(
      check(
        'hook/missing-dependency',
        `${secret('db')}---${job(preInstall, '      volumes: [{name: s, secret: {secretName: db, optional: true}}]')}`,
      ),
    ).toEqual([]);
    expect(
      check(
        'hook/missing-dependency',
        `${secret('db')}---${job('    helm.sh/hook: pre-upgrade', '      volumes: [{name: s, secret: {secretName: db}}]')}`,
      ),
    ).toEqual([]);
    expect(
      check(
        'hook/missing-dependency',
        `${secret('db')}---${job('    x: y', '      volumes: [{name: s, secret: {secretName: db}}]')}`,
      ),
    ).toEqual([]);
    expect(
      check('hook/missing-dependency', job(preInstall, '      volumes: [{name: s, secret: {secretName: elsewhere}}]')),
    ).toEqual([]);
  });

  it('finds every kind of use: envFrom, env valueFrom, projected volumes, PVCs', () => {
    const uses = `
      serviceAccountName: sa
      volumes:
        - name: p
          projected:
            sources:
              - configMap: {name: cm}
        - name: d
          persistentVolumeClaim: {claimName: data}`;
    const yaml = ['ServiceAccount sa', 'ConfigMap cm', 'PersistentVolumeClaim data']
      .map((x) => `apiVersion: v1\nkind: ${x.split(' ')[0]}\nmetadata:\n  name: ${x.split(' ')[1]}\n`)
      .join('---\n');
    const issues = check('hook/missing-dependency', `${yaml}---${job(preInstall, uses)}`);
    expect(issues.map((i) => i.path)).toEqual([
      'spec.template.spec.serviceAccountName',
      'spec.template.spec.volumes.0.projected.sources.0.configMap.name',
      'spec.template.spec.volumes.1.persistentVolumeClaim.claimName',
    ]);
  });
});

describe('hook/delete-policy', () => {
  it('warns on unknown values and accepts known ones (any case and spacing) or none', () => {
    const cm = (p: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    helm.sh/hook: pre-install\n${p}\n`;
    expect(
      check('hook/delete-policy', cm('    helm.sh/hook-delete-policy: before-hook-creation, Hook-Succeeded')),
    ).toEqual([]);
    expect(check('hook/delete-policy', cm(''))).toEqual([]);
    const bad = check('hook/delete-policy', cm('    helm.sh/hook-delete-policy: after-install'));
    expect(bad).toHaveLength(1);
    expect(bad[0]!.severity).toBe('warning');
  });

  it('warns when a hook-succeeded hook resource is used by a release workload, but not by a hook of the same event', () => {
    const s = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  annotations:\n    helm.sh/hook: pre-install,pre-upgrade\n    helm.sh/hook-weight: "-1"\n    helm.sh/hook-delete-policy: hook-succeeded\n`;
    const user = (ann: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${ann}spec:\n  containers:\n    - name: c\n      image: x\n      envFrom: [{secretRef: {name: s}}]\n`;
    expect(
      check('hook/delete-policy', `${s}---\n${user('  annotations:\n    helm.sh/hook: pre-install,pre-upgrade\n')}`),
    ).toEqual([]);
    expect(check('hook/delete-policy', `${s}---\n${user('')}`)[0]!.message).toMatch(/release's workloads/);
    expect(
      check('hook/delete-policy', `${s}---\n${user('  annotations:\n    helm.sh/hook: post-upgrade\n')}`)[0]!.message,
    ).toMatch(/post-upgrade hook/);
  });
});

describe('workload rules', () => {
  const deploy = (selector: string, labels: string) => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector:
${selector}
  template:
    metadata:
      labels:
${labels}
    spec:
      containers:
        - name: c
          image: x
`;
  it('workload/selector-mismatch: matchLabels and every matchExpressions operator', () => {
    const labels = '        app: a\n        tier: web';
    expect(check('workload/selector-mismatch', deploy('    matchLabels: {app: a}', labels))).toEqual([]);
    expect(
      check(
        'workload/selector-mismatch',
        deploy(
          '    matchExpressions:\n      - {key: app, operator: In, values: [a, b]}\n      - {key: tier, operator: NotIn, values: [db]}\n      - {key: tier, operator: Exists}\n      - {key: canary, operator: DoesNotExist}',
          labels,
        ),
      ),
    ).toEqual([]);
    const bad = check(
      'workload/selector-mismatch',
      deploy(
        '    matchLabels: {app: b}\n    matchExpressions:\n      - {key: tier, operator: In, values: [db]}\n      - {key: tier, operator: NotIn, values: [web]}\n      - {key: zone, operator: Exists}\n      - {key: app, operator: DoesNotExist}\n      - {key: app, operator: In}',
        labels,
      ),
    );
    expect(bad.map((i) => i.path)).toEqual([
      'spec.selector.matchExpressions.4',
      'spec.selector.matchLabels.app',
      'spec.selector.matchExpressions.0',
      'spec.selector.matchExpressions.1',
      'spec.selector.matchExpressions.2',
      'spec.selector.matchExpressions.3',
    ]);
    expect(check('workload/selector-mismatch', deploy('    {}', labels))[0]!.message).toMatch(/empty selector/);
  });

  it('workload/selector-mismatch: a Job selector needs manualSelector', () => {
    const job = (extra: string) =>
      `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n${extra}  selector:\n    matchLabels: {app: j}\n  template:\n    metadata:\n      labels: {app: j}\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: x}]\n`;
    expect(check('workload/selector-mismatch', job(''))[0]!.message).toMatch(/manualSelector/);
    expect(check('workload/selector-mismatch', job('  manualSelector: true\n'))).toEqual([]);
  });

  it('workload/service-selector: a match, ExternalName and selector-less Services are fine', () => {
    const d = deploy('    matchLabels: {app: a}', '        app: a');
    const svc = (spec: string) => `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n${spec}`;
    expect(check('workload/service-selector', d + svc('  selector: {app: a}\n  ports: [{port: 80}]\n'))).toEqual([]);
    expect(
      check(
        'workload/service-selector',
        d + svc('  type: ExternalName\n  externalName: x.example.com\n  selector: {app: b}\n'),
      ),
    ).toEqual([]);
    expect(check('workload/service-selector', d + svc('  ports: [{port: 80}]\n'))).toEqual([]);
    const bad = check('workload/service-selector', d + svc('  selector: {app: b}\n'));
    expect(bad[0]!.severity).toBe('warning');
    expect(bad[0]!.message).toMatch(/Deployment\/d: app=b but the pod template has app=a/);
  });

  it('workload/job-restart-policy: Jobs and CronJobs need Never or OnFailure, set explicitly', () => {
    const cron = (rp: string) =>
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${rp}          containers: [{name: c, image: x}]\n`;
    expect(check('workload/job-restart-policy', cron('          restartPolicy: OnFailure\n'))).toEqual([]);
    const missing = check('workload/job-restart-policy', cron(''));
    expect(missing[0]!.message).toMatch(/defaults to Always/);
    expect(missing[0]!.path).toBe('spec.jobTemplate.spec.template.spec');
  });

  const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${containers}`;
  it('workload/duplicate-container: across initContainers and containers', () => {
    expect(
      check(
        'workload/duplicate-container',
        pod('  initContainers: [{name: a, image: x}]\n  containers: [{name: a, image: x}]\n'),
      ),
    ).toHaveLength(1);
    expect(
      check(
        'workload/duplicate-container',
        pod('  initContainers: [{name: a, image: x}]\n  containers: [{name: b, image: x}]\n'),
      ),
    ).toEqual([]);
  });

  it('workload/port-name: IANA service names; Service port and targetPort names', () => {
    for (const ok of ['http', 'grpc-web', 'h2c', 'a1234567890bcde']) expect(ianaSvcName(ok), ok).toBeUndefined();
    for (const bad of ['http_metrics', 'HTTP', '1234', 'a123456789012345', '-http', 'http-', 'http--web', ''])
      expect(ianaSvcName(bad), bad).toBeDefined();
    const svc = `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - {name: web_ui, port: 80, targetPort: "8080"}\n    - {name: http, port: 81, targetPort: http}\n`;
    expect(check('workload/port-name', svc).map((i) => i.path)).toEqual([
      'spec.ports.0.name',
      'spec.ports.0.targetPort',
    ]);
  });

  it('workload/duplicate-port: same name in two containers is a warning', () => {
    const issues = check(
      'workload/duplicate-port',
      pod(
        '  containers:\n    - {name: a, image: x, ports: [{name: http, containerPort: 80}]}\n    - {name: b, image: x, ports: [{name: http, containerPort: 81}]}\n',
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
  });

  it('workload/duplicate-env: per container only', () => {
    expect(
      check(
        'workload/duplicate-env',
        pod(
          '  containers:\n    - {name: a, image: x, env: [{name: A, value: "1"}]}\n    - {name: b, image: x, env: [{name: A, value: "2"}]}\n',
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        'workload/duplicate-env',
        pod('  containers:\n    - {name: a, image: x, env: [{name: A, value: "1"}, {name: A, value: "2"}]}\n'),
      ),
    ).toHaveLength(1);
  });

  it('workload/probe-port: named ports of the same container; numbers are fine; a quoted number is a name', () => {
    const c = (port: string) =>
      pod(
        `  containers:\n    - name: a\n      image: x\n      ports: [{name: http, containerPort: 8080}]\n      livenessProbe:\n        httpGet: {path: /, port: ${port}}\n`,
      );
    expect(check('workload/probe-port', c('http'))).toEqual([]);
    expect(check('workload/probe-port', c('8080'))).toEqual([]);
    expect(check('workload/probe-port', c('"8080"'))[0]!.message).toMatch(/quoted number/);
    expect(check('workload/probe-port', c('metrics'))[0]!.path).toBe('spec.containers.0.livenessProbe.httpGet.port');
  });

  it('workload/statefulset-service: the named Service exists', () => {
    const sts = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db-hl\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec: {containers: [{name: c, image: x}]}\n`;
    expect(check('workload/statefulset-service', sts)).toHaveLength(1);
    expect(
      check(
        'workload/statefulset-service',
        `${sts}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: db-hl\nspec:\n  clusterIP: None\n`,
      ),
    ).toEqual([]);
  });
});

describe('name/invalid, label/invalid, annotation/invalid', () => {
  const named = (kind: string, name: string, apiVersion = 'v1') =>
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: "${name}"\n`;
  it('checks metadata.name per kind', () => {
    expect(check('name/invalid', named('ConfigMap', 'app.config-1'))).toEqual([]);
    expect(check('name/invalid', named('ConfigMap', 'App'))).toHaveLength(1);
    expect(check('name/invalid', named('Service', '1-api'))).toHaveLength(1);
    expect(check('name/invalid', named('Service', 'api.v1'))).toHaveLength(1);
    expect(
      check('name/invalid', named('ClusterRole', 'system:metrics-reader', 'rbac.authorization.k8s.io/v1')),
    ).toEqual([]);
    expect(check('name/invalid', named('CronJob', 'a'.repeat(52), 'batch/v1'))).toEqual([]);
    expect(check('name/invalid', named('CronJob', 'a'.repeat(53), 'batch/v1'))).toHaveLength(1);
    expect(check('name/invalid', named('Job', 'a'.repeat(64), 'batch/v1'))).toHaveLength(1);
    const sts = check('name/invalid', named('StatefulSet', 'a'.repeat(53), 'apps/v1'));
    expect(sts).toHaveLength(1);
    expect(sts[0]!.severity).toBe('warning');
    expect(check('name/invalid', `${named('ConfigMap', 'c')}  namespace: Prod\n`)[0]!.path).toBe('metadata.namespace');
  });

  it('label keys and values', () => {
    for (const k of ['app', 'app.kubernetes.io/name', 'example.com/a_b.c-d', 'A1'])
      expect(qualifiedName(k), k).toBeUndefined();
    for (const k of ['Acme_Corp/owner', 'a/b/c', '/x', 'x/', '-app', 'a'.repeat(64), 'a b'])
      expect(qualifiedName(k), k).toBeDefined();
    for (const v of ['', 'v1.2.3', 'a_b-c', 'a'.repeat(63)]) expect(labelValue(v), v).toBeUndefined();
    for (const v of ['1.0+build', '-a', 'a'.repeat(64), 'a b']) expect(labelValue(v), v).toBeDefined();
    const issues = check(
      'label/invalid',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  labels: {ok: "", "bad key": x}\nspec:\n  selector:\n    matchExpressions: [{key: tier, operator: In, values: ["a b"]}]\n  template:\n    metadata:\n      labels: {tier: "${'x'.repeat(64)}"}\n    spec: {containers: [{name: c, image: x}]}\n`,
    );
    expect(issues.map((i) => i.path)).toEqual([
      'metadata.labels.bad key',
      'spec.template.metadata.labels.tier',
      'spec.selector.matchExpressions.0.values.0',
    ]);
  });

  it('annotation keys and total size', () => {
    const big = 'x'.repeat(262144);
    expect(
      check(
        'annotation/invalid',
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    a: "${big}"\n`,
      )[0]!.message,
    ).toMatch(/262145 bytes/);
    expect(
      check(
        'annotation/invalid',
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    a: "${'x'.repeat(262143)}"\n`,
      ),
    ).toEqual([]);
  });
  it('annotation keys are checked lower-cased, as the API server does; label keys are not', () => {
    const cm = (meta: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n${meta}`;
    expect(
      check('annotation/invalid', cm('  annotations:\n    example.com/someKey: x\n    MyTeam.Example.com/v: y\n')),
    ).toEqual([]);
    expect(
      check('annotation/invalid', cm('  annotations:\n    -bad.example.com/x: y\n    "a b": z\n')).map((i) => i.path),
    ).toEqual(['metadata.annotations.-bad.example.com/x', 'metadata.annotations.a b']);
    expect(check('label/invalid', cm('  labels:\n    MyTeam.Example.com/v: y\n')).map((i) => i.path)).toEqual([
      'metadata.labels.MyTeam.Example.com/v',
    ]);
  });
});

describe('resource/duplicate', () => {
  const cm = (name: string, ns?: string, apiVersion = 'v1', kind = 'ConfigMap') =>
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}`;
  it('same group, kind, namespace and name only', () => {
    expect(check('resource/duplicate', `${cm('a')}---\n${cm('a')}`)).toHaveLength(1);
    expect(check('resource/duplicate', `${cm('a', 'x')}---\n${cm('a', 'y')}`)).toEqual([]);
    expect(check('resource/duplicate', `${cm('a')}---\n${cm('b')}`)).toEqual([]);
    // a different API version of the same group is the same object
    expect(
      check(
        'resource/duplicate',
        `${cm('a', 'x', 'autoscaling/v1', 'HorizontalPodAutoscaler')}---\n${cm('a', 'x', 'autoscaling/v2', 'HorizontalPodAutoscaler')}`,
      ),
    ).toHaveLength(1);
    // cluster-scoped: a namespace written on one of them does not make them different
    expect(
      check(
        'resource/duplicate',
        `${cm('r', 'x', 'rbac.authorization.k8s.io/v1', 'ClusterRole')}---\n${cm('r', undefined, 'rbac.authorization.k8s.io/v1', 'ClusterRole')}`,
      ),
    ).toHaveLength(1);
  });
});

describe('cronjob/schedule and cronjob/timezone', () => {
  it('accepts what Kubernetes accepts', () => {
    for (const s of [
      '*/5 * * * *',
      '0 0 * * *',
      '30 2 * * MON-FRI',
      '0 0 ? * *',
      '0 0 1 jan,jul *',
      '@daily',
      '@hourly',
      '@weekly',
      '@monthly',
      '@yearly',
      '@annually',
      '@midnight',
      '@every 1h30m',
      '5-55/10 * * * 0-6',
      // days that exist in some chosen month (29 February in leap years)
      '0 0 31 1,3 *',
      '0 0 29 feb *',
      '0 0 28-31 2 *',
      // robfig/cron ORs day of month and day of week when neither is a bare * or ?
      '0 0 31 2 1',
      '0 0 31 2 */2',
      '0 0 29/2 2 *',
      // what getRange reads before a hyphen after * or ?
      '*-5 * * * *',
    ])
      expect(scheduleProblem(s), s).toBeUndefined();
  });
  it('rejects the rest, naming the fix', () => {
    const cases: [string, RegExp][] = [
      ['0 0 */6 * * *', /6 fields/],
      ['* * * *', /4 fields/],
      ['61 * * * *', /outside 0-59/],
      ['0 0 * * 7', /0 for Sunday/],
      ['0 0 L * *', /L, W, #, H/],
      ['0 0 * * 1#2', /L, W, #, H/],
      ['TZ=UTC 0 * * * *', /spec\.timeZone/],
      ['CRON_TZ=Europe/Berlin 0 * * * *', /spec\.timeZone/],
      ['0 0 31 2 *', /never fire/],
      ['0 0 30,31 feb *', /never fire/],
      ['0 0 31 4,6,9,11 *', /never fire/],
      ['0 0 31 2 */1', /never fire/],
      ['0 0 30/1 2 ?', /never fire/],
      ['@reboot', /descriptor/],
      ['@every', /@every/],
      ['', /empty/],
      ['10-5 * * * *', /starts after/],
      ['*/0 * * * *', /step of 0/],
    ];
    for (const [s, re] of cases) expect(scheduleProblem(s), s).toMatch(re);
    expect(scheduleProblem('0 0 30,31 feb *')).toBe('can never fire: February has no day 30,31');
    expect(scheduleProblem('0 0 31 4,6,9,11 *')).toBe(
      'can never fire: April, June, September, November have no day 31',
    );
  });
  it('time zones', () => {
    for (const tz of ['Etc/UTC', 'UTC', 'Europe/Berlin', 'America/New_York', 'US/Eastern'])
      expect(timeZoneProblem(tz), tz).toBeUndefined();
    expect(timeZoneProblem('europe/berlin')).toMatch(/Europe\/Berlin/);
    expect(timeZoneProblem('Europe/Frankfurt')).toMatch(/not an IANA/);
    expect(timeZoneProblem('Local')).toBeDefined();
    expect(timeZoneProblem('')).toBeDefined();
  });
  it('the rules read spec.schedule and spec.timeZone of CronJobs', () => {
    const cj = (extra: string) =>
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n${extra}  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: c, image: x}]\n`;
    expect(check('cronjob/schedule', cj('  schedule: "TZ=Etc/UTC 0 3 * * *"\n'))[0]!.message).toMatch(/timeZone/);
    expect(check('cronjob/timezone', cj('  schedule: "0 3 * * *"\n  timeZone: Mars/Olympus\n'))).toHaveLength(1);
    expect(check('cronjob/timezone', cj('  schedule: "0 3 * * *"\n  timeZone: Etc/UTC\n'))).toEqual([]);
  });
});

describe('resources/quantity and resources/requests-exceed-limits', () => {
  it('parses Kubernetes quantities', () => {
    for (const q of [
      '500m',
      '256Mi',
      '1.5',
      '1e3',
      '1E3',
      '2Gi',
      '0.5Gi',
      '100k',
      '1M',
      '3Ei',
      '.5',
      '5.',
      '+1',
      '10n',
      '10u',
      1,
      0.25,
    ])
      expect(parseQuantity(q), String(q)).toBeDefined();
    for (const q of ['256MB', '1K', '', 'Mi', '1.2.3', '1 Gi', '1gi', '0x10', '1e', null, true])
      expect(parseQuantity(q), String(q)).toBeUndefined();
  });
  it('compares numerically', () => {
    const c = (a: string, b: string) => compareQuantity(parseQuantity(a)!, parseQuantity(b)!);
    expect(c('512Mi', '0.5Gi')).toBe(0);
    expect(c('1000m', '1')).toBe(0);
    expect(c('100m', '0.2')).toBe(-1);
    expect(c('1e3', '1k')).toBe(0);
    expect(c('1Gi', '1G')).toBe(1);
    expect(c('768Mi', '0.5Gi')).toBe(1);
  });
  const pod = (res: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n    - name: i\n      image: x\n      resources: ${res}\n  containers: [{name: c, image: x}]\n`;
  it('checks init containers too, and only resources present on both sides', () => {
    expect(check('resources/quantity', pod('{requests: {memory: 1GB}}'))[0]!.path).toBe(
      'spec.initContainers.0.resources.requests.memory',
    );
    expect(check('resources/quantity', pod('{limits: {cpu: "-1"}}'))[0]!.message).toMatch(/negative/);
    expect(
      check('resources/requests-exceed-limits', pod('{requests: {cpu: "2", memory: 1Gi}, limits: {memory: 1024Mi}}')),
    ).toEqual([]);
    expect(
      check('resources/requests-exceed-limits', pod('{requests: {cpu: "1.5"}, limits: {cpu: 1000m}}')),
    ).toHaveLength(1);
  });
});

describe('PrometheusRule rules', () => {
  const pr = (rules: string, group = '    - name: g\n') =>
    `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n${group}      rules:\n${rules}`;

  it('parses PromQL and extracts selected metric names only', () => {
    const p = parsePromQL(
      'sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) / on(job) group_left sum without(instance)(rate(job:requests:rate5m[1h])) > bool 0 unless absent({__name__="up_custom"}) and histogram_quantile(0.9, sum by (le) (rate(lat_bucket[5m])))',
    );
    expect(p.error).toBeUndefined();
    expect(p.metrics).toEqual(['http_requests_total', 'job:requests:rate5m', 'up_custom', 'lat_bucket']);
    for (const bad of ['rate(x[5m]', 'sum(rate(x[5m]) by (le)', '1 +', 'nonexistent_fn(x)', '', 'x{a="b"'])
      expect(parsePromQL(bad).error, bad).toBeDefined();
  });

  it('prometheus/expr reports unparsable and missing exprs', () => {
    expect(check('prometheus/expr', pr('        - alert: A\n          expr: up == 0\n'))).toEqual([]);
    expect(check('prometheus/expr', pr('        - alert: A\n          expr: rate(up[5m]\n'))[0]!.path).toBe(
      'spec.groups.0.rules.0.expr',
    );
    expect(check('prometheus/expr', pr('        - alert: A\n          for: 5m\n'))[0]!.message).toMatch(/no expr/);
  });

  it('prometheus/duration', () => {
    for (const d of ['0', '30s', '5m', '1h30m', '1d', '2w', '1y', '100ms', '1h0m0s'])
      expect(durationProblem(d), d).toBeUndefined();
    for (const d of ['5min', '1.5h', '', '-5m', '5 m', '30m1h', 5, null])
      expect(durationProblem(d), String(d)).toBeDefined();
    const issues = check(
      'prometheus/duration',
      pr(
        '        - alert: A\n          expr: up == 0\n          for: 5min\n          keep_firing_for: 10\n',
        '    - name: g\n      interval: 1 m\n',
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'spec.groups.0.interval',
      'spec.groups.0.rules.0.for',
      'spec.groups.0.rules.0.keep_firing_for',
    ]);
  });

  it('prometheus/rule-name: structure and names', () => {
    expect(
      check(
        'prometheus/rule-name',
        pr(
          '        - record: job:x:rate5m\n          expr: rate(x[5m])\n        - alert: "Any string: alert names are free"\n          expr: up == 0\n',
        ),
      ),
    ).toEqual([]);
    const issues = check(
      'prometheus/rule-name',
      pr(
        '        - record: x{job="a"}\n          expr: x\n        - alert: A\n          record: b\n          expr: x\n        - expr: x\n        - record: yy\n          expr: x\n          for: 5m\n        - alert: B\n          expr: x\n          labels: {"bad-label": x}\n',
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/looks like an expression/),
      expect.stringMatching(/both alert and record/),
      expect.stringMatching(/neither alert nor record/),
      expect.stringMatching(/cannot have for/),
      expect.stringMatching(/label name "bad-label"/),
    ]);
    expect(
      check('prometheus/rule-name', pr('        - alert: A\n          expr: x\n', '    - name: g\n    - name: g\n'))[0]!
        .message,
    ).toMatch(/repeated/);
  });

  it('prometheus/unknown-metric: allowlist from a markdown file, recorded series and histogram suffixes', () => {
    const list = parseMetricList(
      '# Metrics\n\n- `app_agent_total` — agents\n* app_jobs_total\nup_extra_metric\n| `app_latency_seconds` | histogram |\nProse with `app_queue_depth{queue="x"}` and `kubectl` and a - list item.\n',
    );
    expect([...list].sort()).toEqual([
      'app_agent_total',
      'app_jobs_total',
      'app_latency_seconds',
      'app_queue_depth',
      'up_extra_metric',
    ]);
    const metrics = join(ROOT, 'fixtures/broken/rule-prometheus-unknown-metric/metrics.md');
    const opts = { options: { metrics } };
    const ok = pr(
      '        - record: job:app_agent_online:max\n          expr: max(app_agent_online)\n        - alert: A\n          expr: job:app_agent_online:max < max(app_agent_total) or absent(up) or sum(app_http_requests_total_bucket) > 0\n',
    );
    expect(check('prometheus/unknown-metric', ok, opts)).toEqual([]);
    const bad = check(
      'prometheus/unknown-metric',
      pr('        - alert: A\n          expr: app_agents_online == 0\n'),
      opts,
    );
    expect(bad[0]!.message).toMatch(/"app_agents_online".*nearest listed metric is "app_agent_online"/);
    expect(check('prometheus/unknown-metric', pr('        - alert: A\n          expr: nope == 0\n'))).toEqual([]); // no option: off
    expect(
      check('prometheus/unknown-metric', pr('        - alert: A\n          expr: x\n'), {
        options: { metrics: 'missing.md' },
      })[0]!.message,
    ).toMatch(/cannot be read/);
  });
});

describe('reference/missing', () => {
  const pod = (spec: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}  containers:\n    - name: c\n      image: x\n`;
  it('warns on unrendered, non-external, non-optional references', () => {
    const spec =
      '  serviceAccountName: app\n  imagePullSecrets: [{name: regcred}]\n  volumes:\n    - {name: a, secret: {secretName: tls-cert}}\n    - {name: b, configMap: {name: cfg, optional: true}}\n    - {name: c, persistentVolumeClaim: {claimName: data}}\n';
    const issues = check('reference/missing', pod(spec));
    expect(issues.map((i) => i.path)).toEqual([
      'spec.serviceAccountName',
      'spec.imagePullSecrets.0.name',
      'spec.volumes.0.secret.secretName',
      'spec.volumes.2.persistentVolumeClaim.claimName',
    ]);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    const external = {
      configMaps: [],
      secrets: ['tls-*', 'regcred'],
      serviceAccounts: ['app'],
      persistentVolumeClaims: ['data'],
    };
    expect(check('reference/missing', pod(spec), { external })).toEqual([]);
    expect(check('reference/missing', pod('  serviceAccountName: default\n'))).toEqual([]);
  });
  it('counts Secrets produced by a rendered Certificate, ExternalSecret or SealedSecret as present', () => {
    const uses = pod(
      '  volumes:\n    - {name: a, secret: {secretName: app-tls}}\n    - {name: b, secret: {secretName: app-db}}\n    - {name: c, secret: {secretName: sealed}}\n',
    );
    const providers = [
      'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: app\nspec:\n  secretName: app-tls\n',
      'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\nspec:\n  target: {name: app-db}\n',
      'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: sealed\nspec: {}\n',
    ];
    expect(check('reference/missing', uses)).toHaveLength(3);
    expect(check('reference/missing', [uses, ...providers].join('---\n'))).toEqual([]);
  });
  it("counts kube-root-ca.crt and Secrets the release's own containers are told to create as present", () => {
    const uses = pod(
      '  volumes:\n    - {name: a, secret: {secretName: webhook-tls}}\n    - {name: b, secret: {secretName: op-certs}}\n    - {name: c, configMap: {name: kube-root-ca.crt}}\n',
    );
    // the certificate Jobs of admission webhooks (kube-webhook-certgen) and operators that make their own
    const job =
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: certgen\n  annotations: {helm.sh/hook: pre-install}\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n        - name: create\n          image: certgen\n          args: [create, --host=svc, --secret-name=webhook-tls]\n';
    const operator =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: op\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n        - name: op\n          image: op\n          args: [--cert-secret-name, op-certs]\n';
    expect(check('reference/missing', uses).map((i) => i.path)).toEqual([
      'spec.volumes.0.secret.secretName',
      'spec.volumes.1.secret.secretName',
    ]);
    expect(check('reference/missing', [uses, job, operator].join('---\n'))).toEqual([]);
    // naming the Secret in a flag that does not say secret is no promise to create it
    const mention = operator.replace('--cert-secret-name, op-certs', '--mount, op-certs');
    expect(check('reference/missing', [uses, job, mention].join('---\n')).map((i) => i.path)).toEqual([
      'spec.volumes.1.secret.secretName',
    ]);
  });
  it('globs', () => {
    expect(globMatch('certctl-*', 'certctl-tls')).toBe(true);
    expect(globMatch('*-tls', 'certctl-tls')).toBe(true);
    expect(globMatch('certctl-tls', 'certctl-tls2')).toBe(false);
    expect(globMatch('a.b*', 'aXb')).toBe(false);
  });
});

describe('pod walk', () => {
  it('finds the pod spec of every workload kind', () => {
    const tpl = 'template:\n      metadata: {labels: {a: b}}\n      spec: {containers: [{name: c, image: x}]}';
    const kinds: [string, string, string][] = [
      ['Deployment', 'apps/v1', `  ${tpl.replace(/\n {6}/g, '\n    ')}`],
      ['StatefulSet', 'apps/v1', `  ${tpl.replace(/\n {6}/g, '\n    ')}`],
      ['DaemonSet', 'apps/v1', `  ${tpl.replace(/\n {6}/g, '\n    ')}`],
      ['ReplicaSet', 'apps/v1', `  ${tpl.replace(/\n {6}/g, '\n    ')}`],
      ['ReplicationController', 'v1', `  ${tpl.replace(/\n {6}/g, '\n    ')}`],
      ['Job', 'batch/v1', `  ${tpl.replace(/\n {6}/g, '\n    ')}`],
      [
        'CronJob',
        'batch/v1',
        `  schedule: "@daily"\n  jobTemplate:\n    spec:\n      ${tpl.replace(/\n {6}/g, '\n        ')}`,
      ],
      ['Pod', 'v1', '  containers: [{name: c, image: x, envFrom: [{secretRef: {name: s}}]}]'],
    ];
    for (const [kind, apiVersion, spec] of kinds) {
      const [m] = parseDocs(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: n\nspec:\n${spec}\n`);
      const p = podSpecOf(m!);
      expect(p, kind).toBeDefined();
      expect(p!.spec.containers[0].name, kind).toBe('c');
    }
    const [pod] = parseDocs(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: n\nspec:\n${kinds[7]![2]}\n`);
    expect(podReferences(podSpecOf(pod!)!).map((r) => `${r.kind}/${r.name} ${r.path.join('.')}`)).toEqual([
      'Secret/s spec.containers.0.envFrom.0.secretRef.name',
    ]);
    const [cm] = parseDocs('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: n\n');
    expect(podSpecOf(cm!)).toBeUndefined();
  });
});

describe('performance', () => {
  it('runs every rule over a 3000-document render quickly (indexes, not nested scans)', () => {
    const docs: string[] = [];
    for (let i = 0; i < 1000; i++) {
      docs.push(
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  labels: {app: app-${i}}\nspec:\n  selector: {matchLabels: {app: app-${i}}}\n  template:\n    metadata: {labels: {app: app-${i}}}\n    spec:\n      containers:\n        - name: c\n          image: x\n          envFrom: [{configMapRef: {name: cfg-${i}}}]\n          ports: [{name: http, containerPort: 80}]\n          readinessProbe: {httpGet: {path: /, port: http}}\n          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}\n`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${i}\n`,
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  selector: {app: app-${i}}\n  ports: [{name: http, port: 80, targetPort: http}]\n`,
      );
    }
    const manifests = parseDocs(docs.join('---\n'));
    const started = performance.now();
    const issues = RULES.flatMap((r) => r.check(context(manifests)));
    const ms = performance.now() - started;
    expect(issues).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });
});

/**
 * The certctl chart in its six CI combinations: every rule stays quiet once the objects an operator
 * creates are declared external (the TLS Secret, the S3 credentials Secret, the backup PVC) and the
 * documented metrics list is the allowlist.
 */
describe.runIf(existsSync(join(ROOT, 'fixtures/certctl/deploy/helm/certctl/Chart.yaml')))(
  'certctl chart: no rule finding in any combo',
  () => {
    const backup = { 'backup.enabled': true, 'backup.pvc.existingClaim': 'certctl-backups' };
    const combos: [string, Record<string, string | boolean>][] = [
      ['defaults', {}],
      ['backup-pvc', backup],
      [
        'backup-s3',
        {
          'backup.enabled': true,
          'backup.sink': 's3',
          'backup.s3.bucket': 'b',
          'backup.s3.region': 'us-east-1',
          'backup.s3.existingSecret': 's3-creds',
        },
      ],
      ['prometheus-rules', { 'monitoring.prometheusRules.enabled': true }],
      ['migrations-via-hook', { 'migrations.viaHook': true }],
      [
        'all-on',
        {
          ...backup,
          'monitoring.prometheusRules.enabled': true,
          'monitoring.serviceMonitor.enabled': true,
          'migrations.viaHook': true,
          'ingress.enabled': true,
        },
      ],
    ];
    const external = {
      configMaps: [],
      secrets: ['certctl-tls', 's3-creds'],
      serviceAccounts: [],
      persistentVolumeClaims: ['certctl-backups'],
    };
    const cases = combos.flatMap(([name, set]) => [
      { name, set, helm: HELM3, version: 'v3.16.4' },
      { name, set, helm: HELM4, version: 'v4.1.4' },
    ]);
    it.each(cases)('$name with helm $version', ({ name, set, helm }) => {
      const manifests = renderChart('fixtures/certctl/deploy/helm/certctl', {
        helm,
        set,
        releaseName: 'certctl',
        namespace: 'certctl',
        combo: name,
      });
      expect(manifests.length).toBeGreaterThan(5);
      const ctx = context(manifests, { combo: name, baseDir: join(ROOT, 'fixtures/certctl'), external });
      const issues = runRules(RULES, ctx, { 'prometheus/unknown-metric': { metrics: 'docs/operator/metrics.md' } });
      expect(issues.map((i) => `${formatIssue(i)} ${i.message}`)).toEqual([]);
      // without the external declarations the same render does reference Secrets it does not create
      expect(runRules([rule('reference/missing')], context(manifests)).map((i) => i.message)).toContainEqual(
        expect.stringMatching(/certctl-tls/),
      );
    });
  },
);
