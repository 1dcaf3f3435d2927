/**
 * The api/* rules (src/rules/api/): the API server's own validation, on inline manifests. Each rule has cases
 * the API server rejects (with its error text) and valid-but-unusual shapes that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { API_RULES } from '../src/rules/api/index.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { context, parseDocs } from './helpers/render.js';

function rule(id: string): Rule {
  const r = API_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Issues of one rule on manifests given as objects (JSON is YAML). */
function check(id: string, ...docs: object[]) {
  const r = rule(id);
  const text = docs.map((d) => JSON.stringify(d)).join('\n---\n');
  return r
    .check(context(parseDocs(text)))
    .map((i) => ({ severity: i.severity ?? r.severity, message: i.message, path: i.path?.join('.') ?? '' }));
}

/** Every api/* issue on the manifests: for the valid shapes, which must raise none at all. */
function allApi(...docs: object[]) {
  const text = docs.map((d) => JSON.stringify(d)).join('\n---\n');
  const ctx = context(parseDocs(text));
  return API_RULES.flatMap((r) => r.check(ctx).map((i) => `${r.id} ${i.path?.join('.')}: ${i.message}`));
}

const LABELS = { app: 'web' };

function deployment(spec: object, extra: object = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: LABELS }, template: { metadata: { labels: LABELS }, spec }, ...extra },
  };
}

function statefulSet(spec: object, extra: object = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      selector: { matchLabels: LABELS },
      template: { metadata: { labels: LABELS }, spec },
      ...extra,
    },
  };
}

function job(spec: object, jobSpec: object = {}) {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate' },
    spec: { template: { spec: { restartPolicy: 'Never', ...spec } }, ...jobSpec },
  };
}

function cronJob(jobSpec: object, spec: object = {}) {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [app()] } }, ...jobSpec } },
      ...spec,
    },
  };
}

function app(extra: object = {}) {
  return { name: 'app', image: 'registry.example.com/app:1.0', ...extra };
}

describe('registry', () => {
  it('every api rule is in RULES after the earlier rules, with a kebab-case api/ id and a description naming a Kubernetes function', () => {
    const ids = RULES.map((r) => r.id);
    const first = ids.indexOf(API_RULES[0]!.id);
    expect(ids.slice(first)).toEqual(API_RULES.map((r) => r.id));
    for (const r of API_RULES) {
      expect(r.id).toMatch(/^api\/[a-z]+(-[a-z]+)*$/);
      expect(r.description).toMatch(/\((?:[A-Za-z]+, )*[A-Za-z]+(?:, [A-Za-z]+)*\)\.?$/);
    }
  });
});

describe('api/volume', () => {
  it('reports volume names that are not DNS labels, duplicates and two volume types', () => {
    const issues = check(
      'api/volume',
      deployment({
        containers: [app()],
        volumes: [
          { name: 'Data_Dir', emptyDir: {} },
          { name: 'cache', emptyDir: {} },
          { name: 'cache', emptyDir: {} },
          { name: 'both', emptyDir: {}, configMap: { name: 'cfg' } },
        ],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'spec.template.spec.volumes.0.name',
      'spec.template.spec.volumes.2.name',
      'spec.template.spec.volumes.3.configMap',
    ]);
    expect(issues[0]!.message).toContain('spec.template.spec.volumes[0].name: Invalid value: "Data_Dir"');
    expect(issues[1]!.message).toContain('spec.template.spec.volumes[2].name: Duplicate value: "cache"');
    expect(issues[2]!.message).toContain('Forbidden: may not specify more than 1 volume type');
  });

  it('reports a secret or configMap volume whose name rendered empty, bad item paths and modes', () => {
    const issues = check(
      'api/volume',
      deployment({
        containers: [app()],
        volumes: [
          { name: 'tls', secret: { secretName: '' } },
          {
            name: 'cfg',
            configMap: {
              name: 'cfg',
              defaultMode: 1000,
              items: [
                { key: 'a', path: '/etc/a' },
                { key: 'b', path: '../b' },
              ],
            },
          },
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('volumes[0].secret.secretName: Required value'),
      expect.stringContaining(
        'volumes[1].configMap.defaultMode: Invalid value: 1000: must be a number between 0 and 0777',
      ),
      expect.stringContaining('volumes[1].configMap.items[0].path: Invalid value: "/etc/a": must be a relative path'),
      expect.stringContaining(`items[1].path: Invalid value: "../b": must not contain '..'`),
    ]);
  });

  it('reports projected sources with two types, duplicate paths and short token expirations', () => {
    const issues = check(
      'api/volume',
      deployment({
        serviceAccountName: 'web',
        containers: [app()],
        volumes: [
          {
            name: 'all',
            projected: {
              sources: [
                { configMap: { name: 'a', items: [{ key: 'k', path: 'same' }] } },
                { secret: { name: 'b', items: [{ key: 'k', path: 'same' }] } },
                { serviceAccountToken: { path: 'token', expirationSeconds: 60 } },
                { configMap: { name: 'c' }, secret: { name: 'd' } },
              ],
            },
          },
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('Invalid value: "same": conflicting duplicate paths'),
      expect.stringContaining('expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes'),
      expect.stringContaining('sources[3]: Forbidden: may not specify more than 1 volume type per source'),
    ]);
  });

  it('reports downwardAPI files without a source, with an unsupported field, and an ephemeral volume without a claim template', () => {
    const issues = check(
      'api/volume',
      deployment({
        containers: [app()],
        volumes: [
          {
            name: 'info',
            downwardAPI: { items: [{ path: 'x' }, { path: 'phase', fieldRef: { fieldPath: 'status.phase' } }] },
          },
          { name: 'scratch', ephemeral: {} },
          {
            name: 'tmp',
            ephemeral: { volumeClaimTemplate: { metadata: { name: 'x' }, spec: { accessModes: ['ReadWriteOnce'] } } },
          },
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('items[0]: Required value: one of fieldRef and resourceFieldRef is required'),
      expect.stringContaining('fieldPath: Unsupported value: "status.phase"'),
      expect.stringContaining('volumes[1].ephemeral.volumeClaimTemplate: Required value'),
      expect.stringContaining('volumeClaimTemplate.metadata.name: Forbidden: cannot be set'),
      expect.stringContaining('volumeClaimTemplate.spec.resources[storage]: Required value'),
    ]);
  });

  it('warns about item paths that overlap', () => {
    const issues = check(
      'api/volume',
      deployment({
        containers: [app()],
        volumes: [
          {
            name: 'cfg',
            configMap: {
              name: 'cfg',
              items: [
                { key: 'a', path: 'conf' },
                { key: 'b', path: 'conf/b' },
              ],
            },
          },
        ],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.message).toContain('overlapping paths: "conf/b" with "conf"');
  });

  it('accepts a volume without a source (the API server makes it an emptyDir), projected volumes, hostPath, CSI, octal modes', () => {
    const doc = parseDocs(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: x}]
      volumes:
        - name: plain
        - name: cfg
          configMap: {name: cfg, defaultMode: 0644, items: [{key: a, path: conf/a.yaml, mode: 0400}]}
        - name: host
          hostPath: {path: /var/log, type: Directory}
        - name: csi
          csi: {driver: secrets-store.csi.k8s.io, readOnly: true}
        - name: info
          downwardAPI:
            items:
              - {path: labels, fieldRef: {fieldPath: metadata.labels}}
              - {path: app, fieldRef: {fieldPath: "metadata.labels['app.kubernetes.io/name']"}}
              - {path: cpu, resourceFieldRef: {containerName: app, resource: limits.cpu, divisor: 1m}}
        - name: all
          projected:
            defaultMode: 0440
            sources:
              - serviceAccountToken: {path: token, audience: vault}
              - configMap: {name: ca, items: [{key: ca.crt, path: ca.crt}]}
              - downwardAPI: {items: [{path: ns, fieldRef: {fieldPath: metadata.namespace}}]}
        - name: scratch
          ephemeral:
            volumeClaimTemplate:
              metadata: {labels: {tier: scratch}}
              spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`);
    const r = rule('api/volume');
    expect(r.check(context(doc))).toEqual([]);
  });
});

describe('api/volume-mount', () => {
  it('reports a mount of a volume the pod does not have, with the API server text and a suggestion', () => {
    const issues = check(
      'api/volume-mount',
      deployment({
        containers: [app({ volumeMounts: [{ name: 'confg', mountPath: '/etc/app' }] })],
        volumes: [{ name: 'config', configMap: { name: 'cfg' } }],
      }),
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        path: 'spec.template.spec.containers.0.volumeMounts.0.name',
        message:
          'Deployment/web: spec.template.spec.containers[0].volumeMounts[0].name: Not found: "confg"; the pod has no volume named "confg" (its volumes are "config"); did you mean "config"?',
      },
    ]);
  });

  it('reports a repeated mountPath, absolute or ".." subPaths, subPath with subPathExpr, unprivileged Bidirectional, recursiveReadOnly without readOnly', () => {
    const issues = check(
      'api/volume-mount',
      deployment({
        containers: [
          app({
            volumeMounts: [
              { name: 'data', mountPath: '/data' },
              { name: 'cfg', mountPath: '/data' },
              { name: 'cfg', mountPath: '/a', subPath: '/abs' },
              { name: 'cfg', mountPath: '/b', subPath: 'x/../y' },
              { name: 'cfg', mountPath: '/c', subPath: 'x', subPathExpr: '$(POD)' },
              { name: 'data', mountPath: '/d', mountPropagation: 'Bidirectional' },
              { name: 'data', mountPath: '/e', recursiveReadOnly: 'Enabled' },
            ],
          }),
        ],
        volumes: [
          { name: 'data', emptyDir: {} },
          { name: 'cfg', configMap: { name: 'cfg' } },
        ],
      }),
    );
    expect(
      issues.map((i) => i.message.replace(/^Deployment\/web: spec\.template\.spec\.containers\[0\]\./, '')),
    ).toEqual([
      expect.stringMatching(/^volumeMounts\[1\]\.mountPath: Invalid value: "\/data": must be unique/),
      expect.stringMatching(/^volumeMounts\[2\]\.subPath: Invalid value: "\/abs": must be a relative path/),
      expect.stringMatching(/^volumeMounts\[3\]\.subPath: Invalid value: "x\/..\/y": must not contain '..'/),
      expect.stringMatching(/^volumeMounts\[4\]\.subPathExpr: .*subPathExpr and subPath are mutually exclusive/),
      expect.stringMatching(
        /^volumeMounts\[5\]\.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers/,
      ),
      expect.stringMatching(
        /^volumeMounts\[6\]\.recursiveReadOnly: Forbidden: may only be specified when readOnly is true/,
      ),
    ]);
  });

  it('reports volumeDevices on a volume that is not a claim, missing ones, and device paths that clash with mounts', () => {
    const issues = check(
      'api/volume-mount',
      deployment({
        containers: [
          app({
            volumeMounts: [{ name: 'cache', mountPath: '/dev/xvda' }],
            volumeDevices: [
              { name: 'cache', devicePath: '/dev/xvdb' },
              { name: 'nope', devicePath: '/dev/xvda' },
            ],
          }),
        ],
        volumes: [{ name: 'cache', emptyDir: {} }],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'volumeMounts[0].mountPath: Invalid value: "/dev/xvda": must not already exist as a path in volumeDevices',
      ),
      expect.stringContaining('volumeMounts[0].name: Invalid value: "cache": must not already exist in volumeDevices'),
      expect.stringContaining('can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'),
      expect.stringContaining('volumeDevices[0].name: Invalid value: "cache": must not already exist in volumeMounts'),
      expect.stringContaining('volumeDevices[1].name: Not found: "nope"'),
      expect.stringContaining(
        'volumeDevices[1].devicePath: Invalid value: "/dev/xvda": must not already exist as a path in volumeMounts',
      ),
    ]);
  });

  it('says that a StatefulSet is accepted but its pods are rejected, with the Pod path', () => {
    const issues = check(
      'api/volume-mount',
      statefulSet(
        { containers: [app({ volumeMounts: [{ name: 'dta', mountPath: '/data' }] })] },
        {
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
            },
          ],
        },
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      'StatefulSet/db: the StatefulSet is accepted, but every pod its controller creates is rejected: spec.containers[0].volumeMounts[0].name: Not found: "dta"',
    );
    expect(issues[0]!.message).toContain('volumeClaimTemplates included');
  });

  it('accepts one volume mounted twice at different paths, claim templates as volumes, subPathExpr, block devices on claims', () => {
    expect(
      allApi(
        statefulSet(
          {
            containers: [
              app({
                volumeMounts: [
                  { name: 'data', mountPath: '/data' },
                  { name: 'data', mountPath: '/logs', subPathExpr: '$(POD_NAME)/logs' },
                  {
                    name: 'config',
                    mountPath: '/etc/app/app.yaml',
                    subPath: 'app.yaml',
                    readOnly: true,
                    recursiveReadOnly: 'IfPossible',
                  },
                  { name: 'config', mountPath: '/etc/app/extra' },
                ],
                volumeDevices: [{ name: 'raw', devicePath: '/dev/xvdb' }],
                env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
              }),
            ],
            volumes: [
              { name: 'config', configMap: { name: 'cfg' } },
              { name: 'raw', persistentVolumeClaim: { claimName: 'raw' } },
            ],
          },
          {
            volumeClaimTemplates: [
              {
                metadata: { name: 'data' },
                spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
              },
            ],
          },
        ),
      ),
    ).toEqual([]);
  });
});

describe('api/container', () => {
  it('reports an empty image, a name that is not a DNS label, ports out of range and repeated host ports', () => {
    const issues = check(
      'api/container',
      deployment({
        containers: [
          { name: 'App', image: '', ports: [{ containerPort: 70000 }, { containerPort: 80, hostPort: 8080 }] },
          app({ name: 'side', ports: [{ containerPort: 81, hostPort: 8080 }] }),
        ],
      }),
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      expect.stringContaining('containers[0].name: Invalid value: "App"'),
      expect.stringContaining('containers[0].image: Required value'),
      expect.stringContaining(
        'containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      ),
      expect.stringContaining('containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'),
    ]);
  });

  it('forbids probes and lifecycle on a plain init container but not on a sidecar', () => {
    const issues = check(
      'api/container',
      deployment({
        initContainers: [
          app({ name: 'init', readinessProbe: { exec: { command: ['true'] } } }),
          app({ name: 'proxy', restartPolicy: 'Always', readinessProbe: { tcpSocket: { port: 15000 } } }),
        ],
        containers: [app()],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      'initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    );
  });

  it('reports hostPort unlike containerPort under hostNetwork, unknown resource names, and extended resources without an equal limit', () => {
    const issues = check(
      'api/container',
      deployment({
        hostNetwork: true,
        containers: [
          app({
            ports: [{ containerPort: 9100, hostPort: 9101 }],
            resources: { requests: { cpus: '1', 'nvidia.com/gpu': 1 }, limits: { 'example.com/fpga': 2 } },
          }),
          app({ name: 'b', resources: { requests: { 'example.com/fpga': 1 }, limits: { 'example.com/fpga': 2 } } }),
          app({ name: 'c', resources: { limits: { 'hugepages-2Mi': '3Mi' } } }),
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'resources.requests[cpus]: Invalid value: "cpus": must be a standard resource for containers',
      ),
      expect.stringContaining('resources.limits: Required value: Limit must be set for non overcommitable resources'),
      expect.stringContaining('resources.requests: Invalid value: "1": must be equal to example.com/fpga limit of 2'),
      expect.stringContaining('is not positive integer multiple of hugepages-2Mi'),
      expect.stringContaining('containers[2].resources: Forbidden: HugePages require cpu or memory'),
      expect.stringContaining('hostPort: Invalid value: 9101: must match `containerPort` when `hostNetwork` is true'),
    ]);
  });

  it('warns about a container port declared twice in a pod and fractional bytes', () => {
    const issues = check(
      'api/container',
      deployment({
        containers: [
          app({ ports: [{ containerPort: 8080, name: 'http' }], resources: { requests: { memory: '100m' } } }),
          app({ name: 'metrics', ports: [{ containerPort: 8080, name: 'metrics' }] }),
        ],
      }),
    );
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', expect.stringContaining('fractional byte value "100m" is invalid, must be an integer')],
      [
        'warning',
        expect.stringContaining(
          'containers[1].ports[0]: duplicate port definition with spec.template.spec.containers[0].ports[0]',
        ),
      ],
    ]);
  });

  it('reports an image with surrounding spaces as what the pods are rejected for', () => {
    const issues = check('api/container', deployment({ containers: [app({ image: 'nginx:1.27 ' })] }));
    expect(issues[0]!.message).toContain(
      'the Deployment is accepted, but every pod created from it is rejected: spec.containers[0].image: Invalid value: "nginx:1.27 ": must not have leading or trailing whitespace',
    );
  });

  it('accepts UDP and TCP on one port, hostPorts on distinct IPs, sidecars with probes, extended resources with equal limits', () => {
    expect(
      allApi(
        deployment({
          initContainers: [
            app({ name: 'proxy', restartPolicy: 'Always', startupProbe: { httpGet: { port: 15021, path: '/ready' } } }),
          ],
          containers: [
            app({
              ports: [
                { containerPort: 53, protocol: 'UDP', name: 'dns' },
                { containerPort: 53, protocol: 'TCP', name: 'dns-tcp' },
                { containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' },
              ],
              resources: {
                requests: { cpu: '100m', memory: '64Mi', 'nvidia.com/gpu': 1 },
                limits: { 'nvidia.com/gpu': 1, memory: '1.5Gi' },
              },
            }),
            app({ name: 'b', ports: [{ containerPort: 81, hostPort: 80, hostIP: '10.0.0.2' }] }),
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/probe', () => {
  it('reports a probe without a handler, with two, and liveness successThreshold above 1', () => {
    const issues = check(
      'api/probe',
      deployment({
        containers: [
          app({
            livenessProbe: { initialDelaySeconds: 5, successThreshold: 2, httpGet: { port: 8080 } },
            readinessProbe: { periodSeconds: 5 },
            startupProbe: { exec: { command: ['check'] }, tcpSocket: { port: 8080 } },
          }),
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('livenessProbe.successThreshold: Invalid value: 2: must be 1'),
      expect.stringContaining('readinessProbe: Required value: must specify a handler type'),
      expect.stringContaining('startupProbe.tcpSocket: Forbidden: may not specify more than 1 handler type'),
    ]);
  });

  it('reports ports out of range, bad header names, negative timings, readiness terminationGracePeriodSeconds, long sleeps', () => {
    const issues = check(
      'api/probe',
      deployment({
        terminationGracePeriodSeconds: 20,
        containers: [
          app({
            livenessProbe: { httpGet: { port: 0, httpHeaders: [{ name: 'X Bad', value: '1' }] }, timeoutSeconds: -1 },
            readinessProbe: { grpc: { port: 9090 }, terminationGracePeriodSeconds: 10 },
            lifecycle: { preStop: { sleep: { seconds: 30 } }, postStart: {} },
          }),
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive'),
      expect.stringContaining('httpHeaders: Invalid value: "X Bad"'),
      expect.stringContaining('timeoutSeconds: Invalid value: -1: must be greater than or equal to 0'),
      expect.stringContaining(
        'readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes',
      ),
      expect.stringContaining('lifecycle.postStart: Required value: must specify a handler type'),
      expect.stringContaining(
        'preStop.sleep: Invalid value: 30: must be non-negative and less than terminationGracePeriodSeconds (20)',
      ),
    ]);
  });

  it('accepts named ports, grpc, sleep within the grace period, a startup probe with a long threshold', () => {
    expect(
      allApi(
        deployment({
          containers: [
            app({
              ports: [{ name: 'http', containerPort: 8080 }],
              livenessProbe: {
                httpGet: { port: 'http', path: '/healthz', httpHeaders: [{ name: 'X-Probe', value: '1' }] },
              },
              readinessProbe: { grpc: { port: 9090 }, successThreshold: 3 },
              startupProbe: { tcpSocket: { port: 8080 }, failureThreshold: 60, terminationGracePeriodSeconds: 10 },
              lifecycle: { preStop: { sleep: { seconds: 5 } }, postStart: { exec: { command: ['warm'] } } },
            }),
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/env', () => {
  it('reports "=" in a name, valueFrom with no or two sources or beside a value, unsupported fieldPaths and empty key refs', () => {
    const issues = check(
      'api/env',
      deployment({
        containers: [
          app({
            env: [
              { name: 'A=B', value: 'x' },
              { name: 'NONE', valueFrom: {} },
              { name: 'BOTH', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
              { name: 'LABELS', valueFrom: { fieldRef: { fieldPath: 'metadata.labels' } } },
              { name: 'PASS', valueFrom: { secretKeyRef: { name: '', key: 'password' } } },
              { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1Mi' } } },
            ],
            envFrom: [{ prefix: 'X_' }, { configMapRef: { name: 'a' }, secretRef: { name: 'b' } }],
          }),
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        `env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
      ),
      expect.stringContaining(
        'env[1].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ),
      expect.stringContaining('env[2].valueFrom: Invalid value: "": may not be specified when `value` is not empty'),
      expect.stringContaining(`env[3].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels"`),
      expect.stringContaining('env[4].valueFrom.secretKeyRef.name: Invalid value: ""'),
      expect.stringContaining(
        `divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`,
      ),
      expect.stringContaining('envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`'),
      expect.stringContaining('envFrom: Invalid value: "": may not have more than one field specified at a time'),
    ]);
  });

  it('warns about names Kubernetes 1.31 and older reject', () => {
    const issues = check('api/env', deployment({ containers: [app({ env: [{ name: '1ST', value: 'x' }] })] }));
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
    expect(issues[0]!.message).toContain('1.31 and older reject');
  });

  it('accepts label and annotation subscripts, hugepages fields, optional refs, envFrom prefixes, dotted names', () => {
    expect(
      allApi(
        deployment({
          containers: [
            app({
              env: [
                {
                  name: 'APP_NAME',
                  valueFrom: { fieldRef: { fieldPath: "metadata.labels['app.kubernetes.io/name']" } },
                },
                {
                  name: 'NOTE',
                  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.annotations['Example.com/Note']" } },
                },
                { name: 'HOST_IPS', valueFrom: { fieldRef: { fieldPath: 'status.hostIPs' } } },
                { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
                { name: 'HP', valueFrom: { resourceFieldRef: { resource: 'requests.hugepages-2Mi' } } },
                {
                  name: 'TOKEN',
                  value: '',
                  valueFrom: { secretKeyRef: { name: 'api', key: 'token', optional: true } },
                },
                { name: 'spring.profiles.active', value: 'prod' },
              ],
              envFrom: [
                { prefix: 'DB_', secretRef: { name: 'db' } },
                { configMapRef: { name: 'settings', optional: true } },
              ],
            }),
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/security-context', () => {
  it('reports allowPrivilegeEscalation false with privileged, Unmasked procMount with host users, IDs out of range, hostPID with shareProcessNamespace', () => {
    const issues = check(
      'api/security-context',
      deployment({
        hostPID: true,
        shareProcessNamespace: true,
        securityContext: { runAsUser: -1 },
        containers: [
          app({
            securityContext: {
              allowPrivilegeEscalation: false,
              privileged: true,
              procMount: 'Unmasked',
              capabilities: { add: ['CAP_SYS_ADMIN'] },
            },
          }),
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('ShareProcessNamespace and HostPID cannot both be enabled'),
      expect.stringContaining(
        'securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      ),
      expect.stringContaining('procMount: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`'),
      expect.stringContaining('cannot set `allowPrivilegeEscalation` to false and `privileged` to true'),
      expect.stringContaining('cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'),
    ]);
  });

  it('reports sysctls that are invalid, repeated or on the host network, seccomp Localhost without a profile, Windows-only rules', () => {
    const issues = check(
      'api/security-context',
      deployment({
        hostNetwork: true,
        os: { name: 'windows' },
        securityContext: {
          sysctls: [
            { name: 'net.core.somaxconn', value: '1024' },
            { name: 'Kernel.Shm', value: '1' },
            { name: 'net.core.somaxconn', value: '2' },
          ],
          seccompProfile: { type: 'Localhost' },
        },
        containers: [app({ securityContext: { privileged: false } })],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        `sysctls[0].name: Invalid value: "net.core.somaxconn": may not be specified when 'hostNetwork' is true`,
      ),
      expect.stringContaining('sysctls[1].name: Invalid value: "Kernel.Shm"'),
      expect.stringContaining('sysctls[2].name: Duplicate value: "net.core.somaxconn"'),
      expect.stringContaining(
        `sysctls[2].name: Invalid value: "net.core.somaxconn": may not be specified when 'hostNetwork' is true`,
      ),
      expect.stringContaining(
        'seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
      ),
      expect.stringContaining('securityContext.seccompProfile: Forbidden: cannot be set for a windows pod'),
      expect.stringContaining('securityContext.sysctls: Forbidden: cannot be set for a windows pod'),
      expect.stringContaining('containers[0].securityContext.privileged: Forbidden: cannot be set for a windows pod'),
    ]);
  });

  it('accepts a restricted-profile pod, user namespaces, Localhost profiles, IPC sysctls off the host IPC namespace', () => {
    expect(
      allApi(
        deployment({
          hostNetwork: true,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 65534,
            fsGroup: 2000,
            supplementalGroups: [3000],
            seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' },
            sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }],
          },
          containers: [
            app({
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
                appArmorProfile: { type: 'RuntimeDefault' },
              },
            }),
          ],
        }),
        deployment({
          hostUsers: false,
          containers: [app({ securityContext: { procMount: 'Unmasked' } })],
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/pod-spec', () => {
  it('reports dnsPolicy None without nameservers, invalid host aliases and names, activeDeadlineSeconds 0, ephemeral containers in a template', () => {
    const issues = check(
      'api/pod-spec',
      job(
        {
          dnsPolicy: 'None',
          dnsConfig: { searches: ['svc.cluster.local'], options: [{ value: '2' }] },
          hostAliases: [{ ip: '10.0.0.300', hostnames: ['db'] }],
          hostname: 'Web_1',
          serviceAccountName: 'My SA',
          runtimeClassName: '',
          activeDeadlineSeconds: 0,
          nodeSelector: { 'kubernetes.io/os': 'linux!' },
          ephemeralContainers: [{ name: 'debug', image: 'busybox' }],
          containers: [app()],
        },
        {},
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
      ),
      expect.stringContaining('dnsConfig.options[0]: Required value: must not be empty'),
      expect.stringContaining('hostAliases[0].ip: Invalid value: "10.0.0.300": must be a valid IP address'),
      expect.stringContaining('hostname: Invalid value: "Web_1"'),
      expect.stringContaining('serviceAccountName: Invalid value: "My SA"'),
      expect.stringContaining('runtimeClassName: Invalid value: ""'),
      expect.stringContaining('activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'),
      expect.stringContaining(`nodeSelector[kubernetes.io/os]: Invalid value: "linux!"`),
      expect.stringContaining('ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template'),
    ]);
  });

  it('reports resource claims a container names but the pod does not have, and warns about empty or repeated pull secrets', () => {
    const issues = check(
      'api/pod-spec',
      deployment({
        resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'gpu' }],
        imagePullSecrets: [{ name: 'registry' }, { name: 'registry' }, { name: '' }],
        terminationGracePeriodSeconds: -1,
        containers: [app({ resources: { claims: [{ name: 'gpus' }] } })],
      }),
    );
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      [
        'error',
        expect.stringContaining(
          'resources.claims[0]: Not found: "gpus": must be one of the names in pod.spec.resourceClaims: gpu',
        ),
      ],
      ['warning', expect.stringContaining('imagePullSecrets[1].name: duplicate name "registry"')],
      ['warning', expect.stringContaining('imagePullSecrets[2].name: invalid empty name ""')],
      ['warning', expect.stringContaining('terminationGracePeriodSeconds: must be >= 0')],
    ]);
  });

  it('accepts dnsPolicy None with nameservers, search domains with "_" and a trailing dot, IPv6 aliases, readiness and scheduling gates', () => {
    expect(
      allApi(
        deployment({
          dnsPolicy: 'None',
          dnsConfig: {
            nameservers: ['10.96.0.10', 'fd00::a'],
            searches: ['_tcp.example.com.', 'svc.cluster.local', '.'],
            options: [{ name: 'ndots', value: '2' }],
          },
          hostAliases: [{ ip: '2001:db8::1', hostnames: ['db.internal'] }],
          subdomain: 'web',
          priorityClassName: 'system-cluster-critical',
          readinessGates: [{ conditionType: 'example.com/ready' }],
          schedulingGates: [{ name: 'example.com/quota' }],
          containers: [app()],
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/scheduling', () => {
  it('reports toleration, node affinity, pod affinity and topology spread mistakes', () => {
    const issues = check(
      'api/scheduling',
      deployment({
        tolerations: [
          { effect: 'NoSchedule' },
          { key: 'a', operator: 'Exists', value: 'x' },
          { key: 'b', tolerationSeconds: 30 },
        ],
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: 'zone', operator: 'In' },
                    { key: 'cores', operator: 'Gt', values: ['1', '2'] },
                  ],
                },
              ],
            },
            preferredDuringSchedulingIgnoredDuringExecution: [
              { weight: 0, preference: { matchExpressions: [{ key: 'disk', operator: 'Exists' }] } },
            ],
          },
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { labelSelector: { matchLabels: LABELS }, topologyKey: '' },
            ],
          },
        },
        topologySpreadConstraints: [
          {
            maxSkew: 0,
            topologyKey: 'zone',
            whenUnsatisfiable: 'ScheduleAnyway',
            minDomains: 2,
            labelSelector: { matchLabels: LABELS },
          },
          {
            maxSkew: 1,
            topologyKey: 'zone',
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: { matchLabels: LABELS },
          },
        ],
        containers: [app()],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'tolerations[0].operator: Invalid value: "": operator must be Exists when `key` is empty',
      ),
      expect.stringContaining(
        `tolerations[1].operator: Invalid value: "x": value must be empty when \`operator\` is 'Exists'`,
      ),
      expect.stringContaining(
        `tolerations[2].effect: Invalid value: "": effect must be 'NoExecute' when \`tolerationSeconds\` is set`,
      ),
      expect.stringContaining(
        `matchExpressions[0].values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`,
      ),
      expect.stringContaining(
        `matchExpressions[1].values: Required value: must be specified single value when \`operator\` is 'Lt' or 'Gt'`,
      ),
      expect.stringContaining(
        'preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100',
      ),
      expect.stringContaining('topologyKey: Required value: can not be empty'),
      expect.stringContaining('maxSkew: Invalid value: 0: must be greater than zero'),
      expect.stringContaining('Duplicate value: "{zone, ScheduleAnyway}"'),
      expect.stringContaining(
        'minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
      ),
    ]);
  });

  it('warns about a topology spread constraint without a labelSelector', () => {
    const issues = check(
      'api/scheduling',
      deployment({
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }],
        containers: [app()],
      }),
    );
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('accepts match-all tolerations, Gt with one value, matchFields on metadata.name, matchLabelKeys', () => {
    expect(
      allApi(
        deployment({
          tolerations: [
            { operator: 'Exists' },
            { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
          ],
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  { matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['4'] }] },
                  { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] },
                ],
              },
            },
            podAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                {
                  weight: 100,
                  podAffinityTerm: {
                    labelSelector: { matchLabels: LABELS },
                    topologyKey: 'kubernetes.io/hostname',
                    matchLabelKeys: ['pod-template-hash'],
                  },
                },
              ],
            },
          },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              minDomains: 3,
              topologyKey: 'topology.kubernetes.io/zone',
              whenUnsatisfiable: 'DoNotSchedule',
              labelSelector: { matchLabels: LABELS },
              matchLabelKeys: ['pod-template-hash'],
            },
          ],
          containers: [app()],
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/service', () => {
  const svc = (spec: object, name = 'web') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });

  it('reports nodePort on a ClusterIP Service, unnamed ports among several, repeated port/protocol, no ports', () => {
    const issues = check(
      'api/service',
      svc({
        selector: LABELS,
        ports: [
          { port: 80, nodePort: 30080 },
          { port: 80, name: 'http' },
        ],
      }),
      svc({ selector: LABELS }, 'empty'),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Service/web: spec.ports[0].name: Required value; when a Service has more than one port, every port needs a name.',
      expect.stringContaining(`spec.ports[0].nodePort: Forbidden: may not be used when \`type\` is 'ClusterIP'`),
      expect.stringContaining('spec.ports[1]: Duplicate value: {"protocol":"TCP","port":80}'),
      expect.stringContaining('Service/empty: spec.ports: Required value'),
    ]);
  });

  it('reports ExternalName with a cluster IP, headless NodePort, LoadBalancer-only fields elsewhere, externalTrafficPolicy on ClusterIP', () => {
    const issues = check(
      'api/service',
      svc({ type: 'ExternalName', externalName: 'db.example.com', clusterIP: '10.0.0.1' }, 'ext'),
      svc({ type: 'NodePort', clusterIP: 'None', ports: [{ port: 80 }] }, 'np'),
      svc(
        {
          ports: [{ port: 80 }],
          loadBalancerSourceRanges: ['10.0.0.0/8'],
          externalTrafficPolicy: 'Local',
          sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } },
        },
        'cip',
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('Service/ext: spec.clusterIPs: Forbidden: may not be set for ExternalName services'),
      expect.stringContaining(
        `Service/np: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for NodePort services`,
      ),
      expect.stringContaining(
        'Service/cip: spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None',
      ),
      expect.stringContaining(
        `spec.LoadBalancerSourceRanges: Forbidden: may only be used when \`type\` is 'LoadBalancer'`,
      ),
      expect.stringContaining(
        'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
      ),
    ]);
  });

  it('warns about fields a headless Service ignores', () => {
    const issues = check('api/service', svc({ clusterIP: 'None', sessionAffinity: 'ClientIP', selector: LABELS }));
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', expect.stringContaining('spec.SessionAffinity is ignored for headless services')],
    ]);
  });

  it('accepts headless Services without ports, ExternalName with a trailing dot, LoadBalancer with Local policy, UDP and TCP on one port', () => {
    expect(
      allApi(
        svc({ clusterIP: 'None', selector: LABELS }, 'headless'),
        svc({ type: 'ExternalName', externalName: 'db.example.com.' }, 'alias'),
        svc(
          {
            type: 'LoadBalancer',
            externalTrafficPolicy: 'Local',
            healthCheckNodePort: 32000,
            loadBalancerSourceRanges: [' 10.0.0.0/8'],
            loadBalancerClass: 'example.com/lb',
            allocateLoadBalancerNodePorts: false,
            ports: [
              { name: 'dns', port: 53, protocol: 'UDP', targetPort: 5353 },
              { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 'dns-tcp', appProtocol: 'kubernetes.io/h2c' },
            ],
          },
          'lb',
        ),
        svc(
          {
            clusterIP: '10.96.0.20',
            clusterIPs: ['10.96.0.20', 'fd00::20'],
            ipFamilyPolicy: 'PreferDualStack',
            ports: [{ port: 443, targetPort: 0 }],
          },
          'dual',
        ),
        svc(
          {
            ports: [{ port: 80 }],
            externalIPs: ['203.0.113.10'],
            externalTrafficPolicy: 'Cluster',
            sessionAffinity: 'ClientIP',
          },
          'ext',
        ),
      ),
    ).toEqual([]);
  });
});

describe('api/config-data', () => {
  it('reports invalid keys, a key in data and binaryData, and Secret types without their keys', () => {
    const issues = check(
      'api/config-data',
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'cfg' },
        data: { 'my key': 'x', same: 'a' },
        binaryData: { same: 'YQ==' },
      },
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'tls' },
        type: 'kubernetes.io/tls',
        stringData: { 'tls.crt': 'x' },
      },
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'pull' },
        type: 'kubernetes.io/dockerconfigjson',
        stringData: { '.dockerconfigjson': '{auths: {}}' },
      },
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'ConfigMap/cfg: data[my key]: Invalid value: "my key": a valid config key must consist of alphanumeric characters',
      ),
      expect.stringContaining('data[same]: Invalid value: "same": duplicate of key present in binaryData'),
      expect.stringContaining('Secret/tls: data[tls.key]: Required value'),
      expect.stringContaining('Secret/pull: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>"'),
    ]);
    expect(issues.map((i) => i.message).join('\n')).not.toContain('auths');
  });

  it('accepts dotted keys, base64 JSON in data, basic-auth with only a password, opaque Secrets of any keys', () => {
    const json = Buffer.from('{"auths":{"r.example.com":{"auth":"eDp5"}}}').toString('base64');
    expect(
      allApi(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'cfg' },
          data: { 'app.yaml': 'a: 1', '.env': 'X=1', 'KEY_NAME-2': '' },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'pull' },
          type: 'kubernetes.io/dockerconfigjson',
          data: { '.dockerconfigjson': json },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'basic' },
          type: 'kubernetes.io/basic-auth',
          stringData: { password: 'p' },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'other' },
          type: 'example.com/custom',
          stringData: { anything: 'x' },
        },
      ),
    ).toEqual([]);
  });
});

describe('api/persistent-volume-claim', () => {
  const pvc = (spec: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec });

  it('reports a claim without access modes or storage, ReadWriteOncePod among others, and a dataSource of another kind', () => {
    const issues = check(
      'api/persistent-volume-claim',
      pvc({
        resources: { requests: { storage: '0' } },
        storageClassName: 'Fast_SSD',
        dataSource: { kind: 'VolumeSnapshot', name: 'snap' },
      }),
      pvc({ accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('spec.accessModes: Required value: at least 1 access mode is required'),
      expect.stringContaining('spec.resources[storage]: Invalid value: "0": must be greater than zero'),
      expect.stringContaining('spec.storageClassName: Invalid value: "Fast_SSD"'),
      expect.stringContaining(
        `spec.dataSource: Invalid value: "VolumeSnapshot": must be 'PersistentVolumeClaim' when referencing the default apiGroup`,
      ),
      expect.stringContaining('spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes'),
      expect.stringContaining('spec.resources[storage]: Required value'),
    ]);
  });

  it('reports a StatefulSet volumeClaimTemplate the controller cannot create', () => {
    const issues = check(
      'api/persistent-volume-claim',
      statefulSet(
        { containers: [app()] },
        {
          volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }],
        },
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'the claims its controller creates from volumeClaimTemplate "data" are rejected: spec.accessModes: Required value',
      ),
    ]);
  });

  it('accepts storageClassName "", snapshots with an apiGroup, matching dataSource and dataSourceRef', () => {
    expect(
      allApi(
        pvc({
          accessModes: ['ReadWriteOnce'],
          storageClassName: '',
          resources: { requests: { storage: '5Gi' } },
          dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 'snap' },
          dataSourceRef: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 'snap' },
        }),
      ),
    ).toEqual([]);
  });
});

describe('api/workload-spec', () => {
  it('reports rollingUpdate with Recreate, both surge and unavailability 0, a quoted count, restartPolicy Never, activeDeadlineSeconds', () => {
    const issues = check(
      'api/workload-spec',
      deployment(
        { containers: [app()], restartPolicy: 'Never', activeDeadlineSeconds: 60 },
        { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } },
      ),
      {
        ...deployment({ containers: [app()] }, { strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: '0' } } }),
        metadata: { name: 'zero' },
      },
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        `spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy \`type\` is 'Recreate'`,
      ),
      expect.stringContaining(
        'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
      ),
      expect.stringContaining(
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
      ),
      expect.stringContaining(
        `Deployment/zero: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0": a valid percent string must be a numeric string followed by an ending '%'`,
      ),
      expect.stringContaining(
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0": may not be 0 when `maxSurge` is 0',
      ),
    ]);
  });

  it('reports minReadySeconds at the default progress deadline, a DaemonSet surging while maxUnavailable defaults to 1, StatefulSet OnDelete with rollingUpdate', () => {
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: {
        selector: { matchLabels: LABELS },
        updateStrategy: { rollingUpdate: { maxSurge: 1 } },
        template: { metadata: { labels: LABELS }, spec: { containers: [app()] } },
      },
    };
    const issues = check(
      'api/workload-spec',
      deployment({ containers: [app()] }, { minReadySeconds: 600 }),
      ds,
      statefulSet({ containers: [app()] }, { updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 0 } } }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds; progressDeadlineSeconds defaults to 600',
      ),
      expect.stringContaining(
        'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero; maxUnavailable defaults to 1',
      ),
      expect.stringContaining(
        `spec.updateStrategy.rollingUpdate: Invalid value: {"partition":0}: only allowed for updateStrategy 'RollingUpdate'`,
      ),
    ]);
  });

  it('accepts surge-only rollouts, percentages, a DaemonSet surging with maxUnavailable 0, StatefulSet partitions', () => {
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: {
        selector: { matchLabels: LABELS },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '10%', maxUnavailable: 0 } },
        template: { metadata: { labels: LABELS }, spec: { containers: [app()] } },
      },
    };
    expect(
      allApi(
        deployment(
          { containers: [app()] },
          {
            replicas: 0,
            minReadySeconds: 30,
            progressDeadlineSeconds: 120,
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
          },
        ),
        { ...deployment({ containers: [app()] }, { strategy: { type: 'Recreate' } }), metadata: { name: 'recreate' } },
        ds,
        statefulSet(
          { containers: [app()] },
          { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2, maxUnavailable: '50%' } } },
        ),
      ),
    ).toEqual([]);
  });
});

describe('api/job-spec', () => {
  it('reports an Indexed Job without completions, per-index limits without Indexed mode, a podFailurePolicy with OnFailure', () => {
    const issues = check('api/job-spec', job({ containers: [app()] }, { completionMode: 'Indexed', parallelism: 3 }), {
      ...job(
        { containers: [app()], restartPolicy: 'OnFailure' },
        {
          backoffLimitPerIndex: 1,
          podFailurePolicy: {
            rules: [
              { action: 'FailJob', onExitCodes: { containerName: 'ap', operator: 'In', values: [3, 1, 1] } },
              { action: 'Ignore' },
            ],
          },
        },
      ),
      metadata: { name: 'policy' },
    });
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('Job/migrate: spec.completions: Required value: when completion mode is Indexed'),
      expect.stringContaining(
        'Job/policy: spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
      ),
      expect.stringContaining(
        'onExitCodes.containerName: Invalid value: "ap": must be one of the container or initContainer names in the pod template',
      ),
      expect.stringContaining('onExitCodes.values[2]: Duplicate value: 1'),
      expect.stringContaining('onExitCodes.values: Invalid value: [3,1,1]: must be ordered'),
      expect.stringContaining(
        'spec.podFailurePolicy.rules[1]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
      ),
      expect.stringContaining(
        'spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
      ),
    ]);
  });

  it('reports a CronJob jobTemplate with a selector and negative history limits', () => {
    const issues = check(
      'api/job-spec',
      cronJob({ selector: { matchLabels: LABELS } }, { failedJobsHistoryLimit: -1 }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0'),
      expect.stringContaining(
        'spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"app":"web"}}: `selector` will be auto-generated',
      ),
    ]);
  });

  it('accepts Indexed Jobs with per-index limits and a success policy, pod failure policies on conditions', () => {
    expect(
      allApi(
        job(
          { containers: [app()] },
          {
            completionMode: 'Indexed',
            completions: 10,
            parallelism: 5,
            backoffLimitPerIndex: 2,
            maxFailedIndexes: 3,
            successPolicy: { rules: [{ succeededIndexes: '0,2-4', succeededCount: 3 }] },
            podReplacementPolicy: 'Failed',
            podFailurePolicy: {
              rules: [
                { action: 'FailIndex', onExitCodes: { containerName: 'app', operator: 'In', values: [1, 42] } },
                { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
              ],
            },
          },
        ),
        cronJob(
          { backoffLimit: 0, ttlSecondsAfterFinished: 0 },
          { successfulJobsHistoryLimit: 0, startingDeadlineSeconds: 30 },
        ),
      ),
    ).toEqual([]);
  });
});

describe('api/ingress', () => {
  const ing = (spec: object, meta: object = {}) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', ...meta },
    spec,
  });
  const backend = { service: { name: 'web', port: { number: 80 } } };

  it('reports a relative Prefix path, // in an Exact path, an IP host, a backend with port name and number, no rules', () => {
    const issues = check(
      'api/ingress',
      ing({
        rules: [
          {
            host: '10.0.0.1',
            http: {
              paths: [
                { path: 'api', pathType: 'Prefix', backend },
                {
                  path: '/a//b',
                  pathType: 'Exact',
                  backend: { service: { name: 'web', port: { name: 'http', number: 80 } } },
                },
              ],
            },
          },
        ],
      }),
      { ...ing({}), metadata: { name: 'empty' } },
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address'),
      expect.stringContaining('spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path'),
      expect.stringContaining(`spec.rules[0].http.paths[1].path: Invalid value: "/a//b": must not contain '//'`),
      expect.stringContaining(
        'spec.rules[0].http.paths[1].backend: Invalid value: "": cannot set both port name & port number',
      ),
      expect.stringContaining(
        'Ingress/empty: spec: Invalid value: []: either `defaultBackend` or `rules` must be specified',
      ),
    ]);
  });

  it('reports an ingress.class annotation that disagrees with ingressClassName', () => {
    const issues = check(
      'api/ingress',
      ing(
        { ingressClassName: 'nginx', defaultBackend: backend },
        { annotations: { 'kubernetes.io/ingress.class': 'traefik' } },
      ),
    );
    expect(issues[0]!.message).toContain(
      'Invalid value: "traefik": must match `ingressClassName` when both are specified',
    );
  });

  it('accepts regex paths with ImplementationSpecific, wildcard hosts, resource backends, a default backend only', () => {
    expect(
      allApi(
        ing(
          {
            ingressClassName: 'nginx',
            tls: [{ hosts: ['*.example.com', 'example.com'], secretName: 'web-tls' }],
            rules: [
              {
                host: '*.example.com',
                http: {
                  paths: [
                    { path: '/api(/|$)(.*)', pathType: 'ImplementationSpecific', backend },
                    { pathType: 'ImplementationSpecific', backend },
                    { path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } },
                    {
                      path: '/static',
                      pathType: 'Exact',
                      backend: { resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'assets' } },
                    },
                  ],
                },
              },
            ],
          },
          { annotations: { 'kubernetes.io/ingress.class': 'nginx' } },
        ),
        { ...ing({ defaultBackend: backend }), metadata: { name: 'default' } },
      ),
    ).toEqual([]);
  });
});

describe('api/network-policy', () => {
  const np = (spec: object) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'web' },
    spec: { podSelector: {}, ...spec },
  });

  it('reports empty peers, ipBlock beside a selector, excepts outside the CIDR, endPort below port', () => {
    const issues = check(
      'api/network-policy',
      np({
        ingress: [
          {
            from: [{}, { ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] }, podSelector: {} }],
            ports: [
              { port: 8080, endPort: 80 },
              { port: 'http', endPort: 90 },
            ],
          },
        ],
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'spec.ingress[0].ports[0].endPort: Invalid value: 8080: must be greater than or equal to `port`',
      ),
      expect.stringContaining(
        'spec.ingress[0].ports[1].endPort: Invalid value: 90: may not be specified when `port` is non-numeric',
      ),
      expect.stringContaining('spec.ingress[0].from[0]: Required value: must specify a peer'),
      expect.stringContaining('spec.ingress[0].from[1]: Forbidden: may not specify both ipBlock and another peer'),
      expect.stringContaining('except[0]: Invalid value: "10.1.0.0/24": must be a strict subset of `cidr`'),
    ]);
  });

  it('accepts port ranges, named ports, namespace and pod selectors together, default-deny policies', () => {
    expect(
      allApi(np({ policyTypes: ['Ingress', 'Egress'] }), {
        ...np({
          egress: [
            {
              to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }],
              ports: [{ port: 32000, endPort: 32768, protocol: 'TCP' }],
            },
            {
              to: [
                {
                  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                  podSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] },
                },
              ],
              ports: [{ port: 'dns', protocol: 'UDP' }],
            },
          ],
        }),
        metadata: { name: 'egress' },
      }),
    ).toEqual([]);
  });
});

describe('api/pod-disruption-budget', () => {
  const pdb = (spec: object, name = 'web') => ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name },
    spec: { selector: { matchLabels: LABELS }, ...spec },
  });

  it('reports both minAvailable and maxUnavailable, a quoted count and more than 100%', () => {
    const issues = check(
      'api/pod-disruption-budget',
      pdb({ minAvailable: 1, maxUnavailable: '150%' }),
      pdb({ minAvailable: '1' }, 'quoted'),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'PodDisruptionBudget/web: spec: Invalid value: minAvailable and maxUnavailable cannot be both set; render only one of them (charts usually pick by which value is set).',
      expect.stringContaining('spec.maxUnavailable: Invalid value: "150%": must not be greater than 100%'),
      expect.stringContaining(
        `PodDisruptionBudget/quoted: spec.minAvailable: Invalid value: "1": a valid percent string must be a numeric string followed by an ending '%'`,
      ),
    ]);
  });

  it('accepts percentages, zero and an empty selector', () => {
    expect(
      allApi(pdb({ minAvailable: '50%' }), pdb({ maxUnavailable: 0 }, 'zero'), {
        ...pdb({ maxUnavailable: 1 }, 'all'),
        spec: { selector: {}, maxUnavailable: 1 },
      }),
    ).toEqual([]);
  });
});

describe('api/horizontal-pod-autoscaler', () => {
  const hpa = (spec: object, apiVersion = 'autoscaling/v2') => ({
    apiVersion,
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, ...spec },
  });

  it('reports maxReplicas below minReplicas, minReplicas 0, a metric whose source does not match its type, both utilization and value', () => {
    const issues = check(
      'api/horizontal-pod-autoscaler',
      hpa({
        minReplicas: 6,
        metrics: [
          { type: 'Resource', pods: { metric: { name: 'x' }, target: { type: 'AverageValue', averageValue: '1' } } },
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80, averageValue: '500m' } },
          },
        ],
        behavior: {
          scaleDown: { stabilizationWindowSeconds: 7200, policies: [{ type: 'Pods', value: 0, periodSeconds: 60 }] },
        },
      }),
      { ...hpa({ minReplicas: 0 }, 'autoscaling/v1'), metadata: { name: 'zero' } },
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('spec.maxReplicas: Invalid value: 5: must be greater than or equal to `minReplicas`'),
      expect.stringContaining(
        'spec.metrics[0].resource: Required value: must populate information for the given metric source',
      ),
      expect.stringContaining('spec.metrics[0].pods: Forbidden: must populate the given metric source only'),
      expect.stringContaining(
        'spec.metrics[1].resource.target.averageValue: Forbidden: may not set both a target raw value and a target utilization',
      ),
      expect.stringContaining('stabilizationWindowSeconds: Invalid value: 7200: must be less than or equal to 3600'),
      expect.stringContaining('policies[0].value: Invalid value: 0: must be greater than zero'),
      expect.stringContaining(
        'HorizontalPodAutoscaler/zero: spec.minReplicas: Invalid value: 0: must be greater than or equal to 1',
      ),
    ]);
  });

  it('accepts v1 with a CPU target, v2 with container, pods, object and external metrics', () => {
    expect(
      allApi(hpa({ minReplicas: 2, targetCPUUtilizationPercentage: 70 }, 'autoscaling/v1'), {
        ...hpa({
          minReplicas: 1,
          maxReplicas: 1,
          metrics: [
            {
              type: 'ContainerResource',
              containerResource: {
                name: 'memory',
                container: 'app',
                target: { type: 'AverageValue', averageValue: '512Mi' },
              },
            },
            {
              type: 'Pods',
              pods: { metric: { name: 'requests_per_second' }, target: { type: 'AverageValue', averageValue: '100' } },
            },
            {
              type: 'Object',
              object: {
                describedObject: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'web' },
                metric: { name: 'hits' },
                target: { type: 'Value', value: '10k' },
              },
            },
            {
              type: 'External',
              external: { metric: { name: 'queue_depth' }, target: { type: 'AverageValue', averageValue: '30' } },
            },
          ],
          behavior: {
            scaleUp: {
              stabilizationWindowSeconds: 0,
              policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
              selectPolicy: 'Max',
            },
          },
        }),
        metadata: { name: 'v2' },
      }),
    ).toEqual([]);
  });
});

describe('api/rbac', () => {
  const role = (kind: string, rules: object[]) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: { name: 'r' },
    rules,
  });
  const binding = (kind: string, roleRef: object, subjects: object[]) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: { name: 'b' },
    roleRef,
    subjects,
  });

  it('reports rules without apiGroups or verbs, nonResourceURLs in a Role, a ClusterRoleBinding of a Role, a ServiceAccount subject without namespace', () => {
    const issues = check(
      'api/rbac',
      role('Role', [
        { resources: ['pods'], verbs: ['get'] },
        { apiGroups: [''], resources: ['pods'], verbs: [] },
        { nonResourceURLs: ['/metrics'], verbs: ['get'] },
      ]),
      binding('ClusterRoleBinding', { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' }, [
        { kind: 'ServiceAccount', name: 'web' },
        { kind: 'Serviceaccount', name: 'x' },
      ]),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('rules[0].apiGroups: Required value: resource rules must supply at least one api group'),
      expect.stringContaining('rules[1].verbs: Required value: verbs must contain at least one value'),
      expect.stringContaining(
        'rules[2].nonResourceURLs: Invalid value: ["/metrics"]: namespaced rules cannot apply to non-resource URLs',
      ),
      expect.stringContaining('roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"'),
      expect.stringContaining('subjects[0].namespace: Required value'),
      expect.stringContaining('subjects[1].kind: Unsupported value: "Serviceaccount"'),
    ]);
  });

  it('accepts the core group "", wildcard rules, aggregated ClusterRoles without rules, User and Group subjects without apiGroup', () => {
    expect(
      allApi(
        role('ClusterRole', [
          { apiGroups: ['', 'apps'], resources: ['*'], verbs: ['*'] },
          { nonResourceURLs: ['/healthz', '/metrics'], verbs: ['get'] },
        ]),
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRole',
          metadata: { name: 'agg' },
          aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate': 'true' } }] },
        },
        binding('RoleBinding', { kind: 'ClusterRole', name: 'view' }, [
          { kind: 'ServiceAccount', name: 'web' },
          { kind: 'User', name: 'jane@example.com' },
          { kind: 'Group', name: 'system:authenticated', apiGroup: 'rbac.authorization.k8s.io' },
        ]),
      ),
    ).toEqual([]);
  });
});
