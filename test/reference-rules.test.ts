/**
 * The cross-object reference rules (src/rules/reference/: config keys, Service target ports, Ingress
 * backends, prometheus-operator monitors, selectors that match nothing, HPA targets) and the upgrade-hostile
 * selector rule (src/rules/label/version-in-selector.ts), on inline manifests: each with the cases it
 * reports and the valid-but-unusual shapes that must stay clean.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleById } from '../src/rules/index.js';
import type { Rule, RuleContext } from '../src/rules/types.js';
import { context, parseDocs } from './helpers/render.js';

function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Issues of one rule on manifests given as objects (JSON is YAML). */
function check(id: string, docs: object[], extra: Partial<RuleContext> = {}) {
  const r = rule(id);
  const text = docs.map((d) => JSON.stringify(d)).join('\n---\n');
  return r
    .check(context(parseDocs(text), extra))
    .map((i) => ({ severity: i.severity ?? r.severity, message: i.message, path: i.path?.join('.') ?? '' }));
}

const LABELS = { app: 'web' };

function deployment(spec: object, opts: { name?: string; labels?: object; selector?: object } = {}) {
  const labels = opts.labels ?? LABELS;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: opts.name ?? 'web' },
    spec: {
      selector: opts.selector ?? { matchLabels: labels },
      template: { metadata: { labels }, spec },
    },
  };
}

function container(extra: object = {}) {
  return { name: 'app', image: 'nginx:1.27', ...extra };
}

function configMap(name: string, data: object | undefined, extra: object = {}) {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...(data ? { data } : {}), ...extra };
}

function secret(name: string, data: object | undefined, extra: object = {}) {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name }, ...(data ? { data } : {}), ...extra };
}

function service(name: string, spec: object, labels: object = LABELS) {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, labels }, spec };
}

describe('reference/config-key', () => {
  const envFrom = (kind: 'configMapKeyRef' | 'secretKeyRef', ref: object) =>
    deployment({ containers: [container({ env: [{ name: 'LEVEL', valueFrom: { [kind]: ref } }] })] });

  it('reports an env var reading a key the rendered ConfigMap or Secret lacks, with the near key', () => {
    const cm = check('reference/config-key', [
      configMap('cfg', { LOG_LEVEL: 'info', MODE: 'a' }),
      envFrom('configMapKeyRef', { name: 'cfg', key: 'LOG_LEVL' }),
    ]);
    expect(cm).toHaveLength(1);
    expect(cm[0]!.severity).toBe('error');
    expect(cm[0]!.path).toBe('spec.template.spec.containers.0.env.0.valueFrom.configMapKeyRef.key');
    expect(cm[0]!.message).toMatch(/"LOG_LEVL" of ConfigMap "cfg".*"LOG_LEVEL", "MODE".*did you mean "LOG_LEVEL"/);
    const sec = check('reference/config-key', [
      secret('db', undefined, { stringData: { username: 'u' } }),
      envFrom('secretKeyRef', { name: 'db', key: 'password' }),
    ]);
    expect(sec.map((i) => i.path)).toEqual(['spec.template.spec.containers.0.env.0.valueFrom.secretKeyRef.key']);
  });

  it('reports volume items of configMap, secret and projected sources (the volume never mounts)', () => {
    const pod = deployment({
      containers: [container()],
      volumes: [
        {
          name: 'c',
          configMap: {
            name: 'cfg',
            items: [
              { key: 'app.yaml', path: 'a' },
              { key: 'nope', path: 'b' },
            ],
          },
        },
        { name: 's', secret: { secretName: 'tls', items: [{ key: 'tls.pem', path: 'c' }] } },
        {
          name: 'p',
          projected: {
            sources: [
              { configMap: { name: 'cfg', items: [{ key: 'other', path: 'd' }] } },
              { secret: { name: 'tls', items: [{ key: 'tls.crt', path: 'e' }] } },
            ],
          },
        },
      ],
    });
    const issues = check('reference/config-key', [
      configMap('cfg', { 'app.yaml': 'x' }),
      secret('tls', { 'tls.crt': 'eA==', 'tls.key': 'eA==' }, { type: 'kubernetes.io/tls' }),
      pod,
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      'spec.template.spec.volumes.0.configMap.items.1.key',
      'spec.template.spec.volumes.1.secret.items.0.key',
      'spec.template.spec.volumes.2.projected.sources.0.configMap.items.0.key',
    ]);
  });

  it('reads binaryData of ConfigMaps and init containers, CronJobs and Pods as well', () => {
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: {
        schedule: '* * * * *',
        jobTemplate: {
          spec: {
            template: {
              spec: {
                restartPolicy: 'Never',
                initContainers: [
                  container({ env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'bin' } } }] }),
                ],
                containers: [
                  container({ env: [{ name: 'B', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'gone' } } }] }),
                ],
              },
            },
          },
        },
      },
    };
    const issues = check('reference/config-key', [configMap('cfg', undefined, { binaryData: { bin: 'AA==' } }), cron]);
    expect(issues.map((i) => i.path)).toEqual([
      'spec.jobTemplate.spec.template.spec.containers.0.env.0.valueFrom.configMapKeyRef.key',
    ]);
  });

  it('checks the keys cert-manager writes into a Certificate secret, including additional formats and keystores', () => {
    const cert = (spec: object = {}) => ({
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'web' },
      spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames: ['web'], ...spec },
    });
    const reads = (...keys: string[]) =>
      deployment({
        containers: [container()],
        volumes: [{ name: 't', secret: { secretName: 'web-tls', items: keys.map((key) => ({ key, path: key })) } }],
      });
    expect(check('reference/config-key', [cert(), reads('tls.crt', 'tls.key', 'ca.crt')])).toEqual([]);
    const wrong = check('reference/config-key', [cert(), reads('tls.pem')]);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message).toMatch(/written by Certificate\/web/);
    expect(
      check('reference/config-key', [
        cert({
          additionalOutputFormats: [{ type: 'CombinedPEM' }, { type: 'DER' }],
          keystores: { pkcs12: { create: true } },
        }),
        reads('tls-combined.pem', 'key.der', 'keystore.p12', 'truststore.p12'),
      ]),
    ).toEqual([]);
    expect(check('reference/config-key', [cert(), reads('keystore.jks')])).toHaveLength(1);
  });

  it('learns SealedSecret and ExternalSecret keys, and skips generators whose keys the render does not show', () => {
    const reads = (name: string, key: string) =>
      deployment({ containers: [container({ env: [{ name: 'X', valueFrom: { secretKeyRef: { name, key } } }] })] });
    const sealed = {
      apiVersion: 'bitnami.com/v1alpha1',
      kind: 'SealedSecret',
      metadata: { name: 'sealed' },
      spec: { encryptedData: { password: 'AgB' } },
    };
    expect(check('reference/config-key', [sealed, reads('sealed', 'password')])).toEqual([]);
    expect(check('reference/config-key', [sealed, reads('sealed', 'user')])).toHaveLength(1);
    const es = (spec: object) => ({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'ext' },
      spec: { secretStoreRef: { name: 'vault' }, target: { name: 'ext-secret' }, ...spec },
    });
    const data = { data: [{ secretKey: 'token', remoteRef: { key: 'k' } }] };
    expect(check('reference/config-key', [es(data), reads('ext-secret', 'token')])).toEqual([]);
    expect(check('reference/config-key', [es(data), reads('ext-secret', 'other')])).toHaveLength(1);
    // dataFrom: any keys
    expect(
      check('reference/config-key', [es({ dataFrom: [{ extract: { key: 'k' } }] }), reads('ext-secret', 'x')]),
    ).toEqual([]);
    // a container told to write the Secret (webhook certificate Jobs)
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'certgen' },
      spec: {
        template: {
          spec: { restartPolicy: 'Never', containers: [container({ args: ['create', '--secret-name=hook-tls'] })] },
        },
      },
    };
    expect(check('reference/config-key', [job, reads('hook-tls', 'anything')])).toEqual([]);
  });

  it('stays silent on optional references, unrendered or external objects, and objects something else fills', () => {
    const opt = deployment({
      containers: [
        container({ env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'x', optional: true } } }] }),
      ],
      volumes: [{ name: 'v', configMap: { name: 'cfg', optional: true, items: [{ key: 'y', path: 'y' }] } }],
    });
    expect(check('reference/config-key', [configMap('cfg', { a: 'b' }), opt])).toEqual([]);
    const reads = (kind: 'configMapKeyRef' | 'secretKeyRef', name: string, key: string) =>
      deployment({ containers: [container({ env: [{ name: 'X', valueFrom: { [kind]: { name, key } } }] })] });
    // not rendered: reference/missing's business; external: only existence is assumed
    expect(check('reference/config-key', [reads('configMapKeyRef', 'elsewhere', 'k')])).toEqual([]);
    expect(
      check('reference/config-key', [reads('secretKeyRef', 'ext', 'k')], {
        external: { configMaps: [], secrets: ['ext'], serviceAccounts: [], persistentVolumeClaims: [] },
      }),
    ).toEqual([]);
    expect(check('reference/config-key', [reads('configMapKeyRef', 'kube-root-ca.crt', 'ca.crt')])).toEqual([]);
    // the token controller fills a service-account-token Secret in
    const token = secret('sa-token', undefined, {
      type: 'kubernetes.io/service-account-token',
      metadata: { name: 'sa-token', annotations: { 'kubernetes.io/service-account.name': 'sa' } },
    });
    expect(check('reference/config-key', [token, reads('secretKeyRef', 'sa-token', 'token')])).toEqual([]);
    // rendered empty: a Job or a person fills it in
    expect(check('reference/config-key', [secret('later', undefined), reads('secretKeyRef', 'later', 'k')])).toEqual(
      [],
    );
    expect(check('reference/config-key', [configMap('later', {}), reads('configMapKeyRef', 'later', 'k')])).toEqual([]);
    // replicated from another namespace
    const replica = secret(
      'copy',
      { a: 'Yg==' },
      {
        metadata: { name: 'copy', annotations: { 'replicator.v1.mittwald.de/replicate-from': 'ns/src' } },
      },
    );
    expect(check('reference/config-key', [replica, reads('secretKeyRef', 'copy', 'k')])).toEqual([]);
    // a Secret of another namespace does not answer
    const other = { ...secret('db', { a: 'Yg==' }), metadata: { name: 'db', namespace: 'other' } };
    const mine = { ...reads('secretKeyRef', 'db', 'k'), metadata: { name: 'web', namespace: 'mine' } };
    expect(check('reference/config-key', [other, mine])).toEqual([]);
  });
});

describe('reference/target-port', () => {
  const pods = (ports: object[], extra: object = {}) => deployment({ containers: [container({ ports })], ...extra });

  it('reports a named targetPort no selected container declares, and a protocol mismatch', () => {
    const issues = check('reference/target-port', [
      pods([
        { name: 'http', containerPort: 8080 },
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
      ]),
      service('web', {
        selector: LABELS,
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'metrics', port: 9090, targetPort: 'metric' },
          { name: 'dns', port: 53, targetPort: 'dns' },
        ],
      }),
    ]);
    expect(issues.map((i) => i.path)).toEqual(['spec.ports.1.targetPort', 'spec.ports.2.targetPort']);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.message).toMatch(/"metric".*"http", "dns"/);
    expect(issues[1]!.message).toMatch(/over TCP.*for UDP/);
  });

  it('accepts numeric targetPorts, sidecar ports, ports of any selected workload, and Services without pods', () => {
    const sidecar = deployment({
      initContainers: [
        container({ name: 'proxy', restartPolicy: 'Always', ports: [{ name: 'proxy', containerPort: 15001 }] }),
      ],
      containers: [container()],
    });
    const other = deployment(
      { containers: [container({ ports: [{ name: 'admin', containerPort: 9000 }] })] },
      { name: 'admin', labels: { app: 'web', part: 'admin' } },
    );
    expect(
      check('reference/target-port', [
        sidecar,
        other,
        service('web', {
          selector: LABELS,
          ports: [
            { name: 'a', port: 80, targetPort: 8080 },
            { name: 'b', port: 81 },
            { name: 'c', port: 82, targetPort: 'proxy' },
            { name: 'd', port: 83, targetPort: 'admin' },
          ],
        }),
        // selects nothing rendered: workload/service-selector's business
        service('lost', { selector: { app: 'gone' }, ports: [{ port: 80, targetPort: 'nope' }] }),
        // no selector: endpoints by hand
        service('manual', { ports: [{ port: 80, targetPort: 'nope' }] }),
        service('ext', {
          type: 'ExternalName',
          externalName: 'example.com',
          selector: LABELS,
          ports: [{ port: 80, targetPort: 'x' }],
        }),
      ]),
    ).toEqual([]);
  });

  it('does not count plain init containers (the endpoints controller ignores them)', () => {
    const init = deployment({
      initContainers: [container({ name: 'setup', ports: [{ name: 'setup', containerPort: 9 }] })],
      containers: [container()],
    });
    expect(
      check('reference/target-port', [
        init,
        service('web', { selector: LABELS, ports: [{ port: 80, targetPort: 'setup' }] }),
      ]),
    ).toHaveLength(1);
  });
});

describe('reference/ingress-backend', () => {
  const ingress = (spec: object, extra: object = {}, apiVersion = 'networking.k8s.io/v1') => ({
    apiVersion,
    kind: 'Ingress',
    metadata: { name: 'web', ...extra },
    spec,
  });
  const path = (backend: object) => ({
    rules: [{ host: 'a.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } }],
  });
  const web = service('web', { selector: LABELS, ports: [{ name: 'http', port: 80 }] });

  it('reports a Service that is not rendered, with the near name', () => {
    const issues = check('reference/ingress-backend', [
      web,
      ingress(path({ service: { name: 'wbe', port: { number: 80 } } })),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.path).toBe('spec.rules.0.http.paths.0.backend.service.name');
    expect(issues[0]!.message).toMatch(/did you mean "web"/);
  });

  it('reports a port number or name the Service lacks, also in the legacy shape and the default backend', () => {
    const issues = check('reference/ingress-backend', [
      web,
      ingress({
        defaultBackend: { service: { name: 'web', port: { name: 'https' } } },
        ...path({ service: { name: 'web', port: { number: 8080 } } }),
      }),
      ingress(path({ serviceName: 'web', servicePort: 'metrics' }), {}, 'networking.k8s.io/v1beta1'),
      ingress({ backend: { serviceName: 'web', servicePort: 81 } }, {}, 'extensions/v1beta1'),
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      'spec.defaultBackend.service.port.name',
      'spec.rules.0.http.paths.0.backend.service.port.number',
      'spec.rules.0.http.paths.0.backend.servicePort',
      'spec.backend.servicePort',
    ]);
  });

  it('accepts matching ports, resource backends, ALB actions, ExternalName Services and Services of the services option', () => {
    expect(
      check(
        'reference/ingress-backend',
        [
          web,
          service('ext', { type: 'ExternalName', externalName: 'example.com' }),
          ingress({
            rules: [
              {
                http: {
                  paths: [
                    { path: '/a', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } },
                    { path: '/b', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } },
                    {
                      path: '/c',
                      pathType: 'Prefix',
                      backend: { resource: { apiGroup: 'k8s.example.com', kind: 'Bucket', name: 'b' } },
                    },
                    {
                      path: '/d',
                      pathType: 'Prefix',
                      backend: { service: { name: 'ssl-redirect', port: { name: 'use-annotation' } } },
                    },
                    { path: '/e', pathType: 'Prefix', backend: { service: { name: 'ext', port: { number: 443 } } } },
                    {
                      path: '/f',
                      pathType: 'Prefix',
                      backend: { service: { name: 'shared-api', port: { number: 80 } } },
                    },
                  ],
                },
              },
            ],
          }),
          ingress(path({ serviceName: 'web', servicePort: '80' }), {}, 'extensions/v1beta1'),
          ingress(path({ service: { name: 'redirect', port: { number: 80 } } }), {
            name: 'alb',
            annotations: { 'alb.ingress.kubernetes.io/actions.redirect': '{"type":"redirect"}' },
          }),
        ],
        { options: { services: ['shared-*'] } },
      ),
    ).toEqual([]);
  });

  it('stays silent on a missing Service when an operator resource of the render may create it', () => {
    const crd = { apiVersion: 'example.com/v1', kind: 'Database', metadata: { name: 'db' }, spec: {} };
    expect(
      check('reference/ingress-backend', [crd, ingress(path({ service: { name: 'db-ui', port: { number: 80 } } }))]),
    ).toEqual([]);
  });
});

describe('reference/monitor-target', () => {
  const sm = (spec: object, ns?: string) => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: 'web', ...(ns ? { namespace: ns } : {}) },
    spec,
  });
  const pm = (spec: object) => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name: 'web' },
    spec,
  });
  const pods = deployment({
    containers: [
      container({
        ports: [
          { name: 'http', containerPort: 8080 },
          { name: 'metrics', containerPort: 9090 },
        ],
      }),
    ],
  });
  const svc = service('web', {
    selector: LABELS,
    ports: [
      { name: 'http', port: 80, targetPort: 'http' },
      { name: 'http-metrics', port: 9090, targetPort: 'metrics' },
    ],
  });

  it('reports a ServiceMonitor that selects no rendered Service, at the failing label', () => {
    const issues = check('reference/monitor-target', [
      pods,
      svc,
      sm({ selector: { matchLabels: { app: 'webb' } }, endpoints: [{ port: 'http' }] }),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.path).toBe('spec.selector.matchLabels.app');
    expect(issues[0]!.message).toMatch(/app=webb but the Service has app=web/);
  });

  it('reports endpoint ports and targetPorts the selected Services and their pods do not name', () => {
    const issues = check('reference/monitor-target', [
      pods,
      svc,
      sm({
        selector: { matchLabels: LABELS },
        endpoints: [
          { port: 'http-metrics' },
          { port: 'metrics' },
          { targetPort: 'metrics' },
          { targetPort: 'admin' },
          { targetPort: 9090 },
        ],
      }),
    ]);
    expect(issues.map((i) => i.path)).toEqual(['spec.endpoints.1.port', 'spec.endpoints.3.targetPort']);
  });

  it('reports a PodMonitor without pods or with a port no container names', () => {
    expect(
      check('reference/monitor-target', [pods, pm({ selector: { matchLabels: { app: 'api' } } })]).map((i) => i.path),
    ).toEqual(['spec.selector.matchLabels.app']);
    expect(
      check('reference/monitor-target', [
        pods,
        pm({
          selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] },
          podMetricsEndpoints: [{ port: 'metrics' }, { port: 'http-metrics' }, { portNumber: 9090 }],
        }),
      ]).map((i) => i.path),
    ).toEqual(['spec.podMetricsEndpoints.1.port']);
  });

  it('skips monitors of other namespaces, empty selectors, regex ports and renders with operator resources', () => {
    const far = { matchLabels: { app: 'kube-dns' } };
    expect(
      check('reference/monitor-target', [
        pods,
        svc,
        sm({ selector: far, namespaceSelector: { matchNames: ['kube-system'] }, endpoints: [{ port: 'metrics' }] }),
        sm({ selector: far, namespaceSelector: { any: true } }),
        sm({ selector: {}, endpoints: [{ port: 'nope' }] }),
        sm({ selector: { matchLabels: LABELS }, endpoints: [{ port: 'http.*' }, { port: 'http|https' }] }),
        pm({ selector: far, namespaceSelector: { matchNames: ['other'] } }),
      ]),
    ).toEqual([]);
    const prom = { apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'k8s' }, spec: {} };
    expect(
      check('reference/monitor-target', [
        prom,
        sm({ selector: { matchLabels: { 'operated-prometheus': 'true' } }, endpoints: [{ port: 'web' }] }),
      ]),
    ).toEqual([]);
  });

  it('checks only the ports of a monitor whose namespaceSelector names its own namespace', () => {
    // that namespace may hold other releases' Services: a selector that matches none of this render is fine
    const own = { namespaceSelector: { matchNames: ['mon'] } };
    expect(
      check('reference/monitor-target', [pods, svc, sm({ selector: { matchLabels: { app: 'gone' } }, ...own }, 'mon')]),
    ).toEqual([]);
    const monSvc = { ...svc, metadata: { ...svc.metadata, namespace: 'mon' } };
    const issues = check('reference/monitor-target', [
      pods,
      monSvc,
      sm({ selector: { matchLabels: LABELS }, endpoints: [{ port: 'http' }, { port: 'metrics' }], ...own }, 'mon'),
    ]);
    expect(issues.map((i) => i.path)).toEqual(['spec.endpoints.1.port']);
  });
});

describe('reference/selects-nothing', () => {
  const pdb = (selector: object, name = 'web') => ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name },
    spec: { maxUnavailable: 1, selector },
  });
  const np = (podSelector: object) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'web' },
    spec: { podSelector, policyTypes: ['Ingress'] },
  });
  const pods = deployment({ containers: [container()] });

  it('reports a PDB and a NetworkPolicy whose selector matches no rendered pod template', () => {
    const issues = check('reference/selects-nothing', [
      pods,
      pdb({ matchLabels: { app: 'api' } }),
      np({ matchExpressions: [{ key: 'app', operator: 'In', values: ['api'] }] }),
    ]);
    expect(issues.map((i) => `${i.severity} ${i.path}`)).toEqual([
      'warning spec.selector.matchLabels.app',
      'warning spec.podSelector.matchExpressions.0',
    ]);
    expect(issues[0]!.message).toMatch(/closest, Deployment\/web: app=api but the pod template has app=web/);
    expect(check('reference/selects-nothing', [pdb({ matchLabels: { app: 'api' } })])[0]!.message).toMatch(
      /renders no pod template/,
    );
  });

  it('accepts matching and empty selectors, CronJob pods, and operator-created pods', () => {
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: {
        schedule: '@daily',
        jobTemplate: {
          spec: {
            template: {
              metadata: { labels: { app: 'cron' } },
              spec: { restartPolicy: 'Never', containers: [container()] },
            },
          },
        },
      },
    };
    expect(
      check('reference/selects-nothing', [
        pods,
        cron,
        pdb({ matchLabels: LABELS }),
        pdb({}, 'all'),
        np({}),
        np({ matchLabels: { app: 'cron' } }),
        np({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }),
      ]),
    ).toEqual([]);
    const rollout = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'web' }, spec: {} };
    expect(check('reference/selects-nothing', [rollout, pdb({ matchLabels: { app: 'web-rollout' } })])).toEqual([]);
  });
});

describe('reference/scale-target', () => {
  const hpa = (ref: object) => ({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: { scaleTargetRef: ref, minReplicas: 1, maxReplicas: 3 },
  });
  const web = deployment({ containers: [container()] });

  it('reports a target that is not rendered, or rendered as another kind', () => {
    const missing = check('reference/scale-target', [
      web,
      hpa({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }),
    ]);
    expect(missing.map((i) => `${i.severity} ${i.path}`)).toEqual(['warning spec.scaleTargetRef.name']);
    const kind = check('reference/scale-target', [
      web,
      hpa({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web' }),
    ]);
    expect(kind.map((i) => i.path)).toEqual(['spec.scaleTargetRef.kind']);
    expect(kind[0]!.message).toMatch(/renders Deployment\/web/);
  });

  it('reports an apiVersion whose group does not serve the kind', () => {
    const issues = check('reference/scale-target', [web, hpa({ apiVersion: 'v1', kind: 'Deployment', name: 'web' })]);
    expect(issues.map((i) => i.path)).toEqual(['spec.scaleTargetRef.apiVersion']);
    expect(issues[0]!.message).toMatch(/"apps"/);
  });

  it('accepts rendered targets and skips custom resources (an Argo Rollout)', () => {
    expect(
      check('reference/scale-target', [
        web,
        hpa({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }),
        hpa({ kind: 'Deployment', name: 'web' }),
        hpa({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'elsewhere' }),
      ]),
    ).toEqual([]);
  });
});

describe('label/version-in-selector', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  /** A chart directory with this Chart.yaml (and subcharts). */
  function chart(yaml: string, subs: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'hg-version-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'Chart.yaml'), yaml);
    for (const [name, y] of Object.entries(subs)) {
      mkdirSync(join(dir, 'charts', name), { recursive: true });
      writeFileSync(join(dir, 'charts', name, 'Chart.yaml'), y);
    }
    return dir;
  }
  const root = () => chart('apiVersion: v2\nname: app\nversion: 1.2.3\nappVersion: "v4.5.0"\n');
  const svc = (selector: object, name = 'web') => service(name, { selector, ports: [{ port: 80 }] });

  it('reports workload selectors carrying helm.sh/chart, app.kubernetes.io/version or the Chart.yaml versions (error)', () => {
    const chartDir = root();
    const issues = check(
      'label/version-in-selector',
      [
        deployment({ containers: [container()] }, { labels: { app: 'web', 'helm.sh/chart': 'app-1.2.3' } }),
        deployment(
          { containers: [container()] },
          { name: 'b', labels: { app: 'b', 'app.kubernetes.io/version': '4.5.0' } },
        ),
        deployment({ containers: [container()] }, { name: 'c', labels: { app: 'c', chart: 'app-1.2.3' } }),
        deployment(
          { containers: [container()] },
          {
            name: 'd',
            labels: { app: 'd', v: 'v4.5.0' },
            selector: { matchExpressions: [{ key: 'v', operator: 'In', values: ['v4.5.0'] }] },
          },
        ),
      ],
      { chartDir },
    );
    expect(issues.map((i) => `${i.severity} ${i.path}`)).toEqual([
      'error spec.selector.matchLabels.helm.sh/chart',
      'error spec.selector.matchLabels.app.kubernetes.io/version',
      'error spec.selector.matchLabels.chart',
      'error spec.selector.matchExpressions.0',
    ]);
    expect(issues[0]!.message).toMatch(/immutable.*helm upgrade/);
  });

  it('reports Service and PodDisruptionBudget selectors as warnings', () => {
    const chartDir = root();
    const pdb = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'web' },
      spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web', 'app.kubernetes.io/version': 'v4.5.0' } } },
    };
    const issues = check('label/version-in-selector', [svc({ app: 'web', version: '1.2.3' }), pdb], { chartDir });
    expect(issues.map((i) => `${i.severity} ${i.path}`)).toEqual([
      'warning spec.selector.version',
      'warning spec.selector.matchLabels.app.kubernetes.io/version',
    ]);
  });

  it("reads a subchart's own Chart.yaml for its templates' selectors", () => {
    const chartDir = chart('apiVersion: v2\nname: app\nversion: 1.0.0\n', {
      db: 'apiVersion: v2\nname: db\nversion: 7.8.9\n',
    });
    const text = `# Source: app/charts/db/templates/svc.yaml\n${JSON.stringify(svc({ app: 'db', rev: 'db-7.8.9' }, 'db'))}\n`;
    const r = rule('label/version-in-selector');
    expect(r.check(context(parseDocs(text), { chartDir })).map((i) => i.path?.join('.'))).toEqual([
      'spec.selector.rev',
    ]);
  });

  it('accepts stable selectors, versions in labels only, longer numbers, objects named per version and blue/green Services', () => {
    const chartDir = root();
    const labels = { app: 'web', 'helm.sh/chart': 'app-1.2.3', 'app.kubernetes.io/version': '4.5.0' };
    expect(
      check(
        'label/version-in-selector',
        [
          // version labels on the pods, not in the selector
          { ...deployment({ containers: [container()] }, { labels, selector: { matchLabels: LABELS } }) },
          // 11.2.30 is not 1.2.3; an undotted number is no version outside the version keys
          svc({ app: 'web', build: '11.2.30', shard: '4' }, 'a'),
          // no digit: a channel, not a version
          svc({ app: 'web', 'app.kubernetes.io/version': 'stable' }, 'b'),
          // Exists does not depend on the value
          deployment(
            { containers: [container()] },
            { name: 'e', labels, selector: { matchExpressions: [{ key: 'helm.sh/chart', operator: 'Exists' }] } },
          ),
          // a Deployment per version: each upgrade makes a new one
          deployment(
            { containers: [container()] },
            { name: 'web-v4-5-0', labels: { app: 'web', 'app.kubernetes.io/version': '4.5.0' } },
          ),
        ],
        { chartDir },
      ),
    ).toEqual([]);
    // blue/green: pods of another version are rendered, the Service's selector is the cut-over
    const blue = deployment(
      { containers: [container()] },
      { name: 'web-blue', labels: { app: 'web', 'app.kubernetes.io/version': '4.4.0' } },
    );
    const green = deployment(
      { containers: [container()] },
      { name: 'web-green', labels: { app: 'web', 'app.kubernetes.io/version': '4.5.0' } },
    );
    const issues = check(
      'label/version-in-selector',
      [blue, green, svc({ app: 'web', 'app.kubernetes.io/version': '4.5.0' })],
      { chartDir },
    );
    // the Deployments' own selectors still break on upgrade; the Service does not warn
    expect(issues.map((i) => `${i.severity} ${i.path}`)).toEqual([
      'error spec.selector.matchLabels.app.kubernetes.io/version',
      'error spec.selector.matchLabels.app.kubernetes.io/version',
    ]);
  });
});
