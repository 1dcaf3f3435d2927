/**
 * Schema validation throughput on one core: a synthetic render of typical small manifests (Service,
 * ConfigMap, Deployment, in equal parts), validated after a warm-up pass.
 *
 * coldStartMs is the cost of the first document of each kind in a fresh schema cache: loading the
 * group/version files and compiling the kinds (the module import itself is not counted).
 *
 *   node --import tsx bench/schemas.ts
 */
import { createSchemaValidator, resetSchemaCache } from '../src/schemas/index.js';

export interface SchemaBenchResult {
  documents: number;
  docsPerSecond: number;
  coldStartMs: number;
  /** Issues found (a clean synthetic set has none; anything else means the bench measures error paths). */
  issues: number;
}

function labels(i: number): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'demo',
    'app.kubernetes.io/instance': `release-${i}`,
    'app.kubernetes.io/managed-by': 'Helm',
    'helm.sh/chart': 'demo-1.2.3',
  };
}

export function syntheticManifests(n: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const name = `demo-${i}`;
    const meta = { name, namespace: 'default', labels: labels(i), annotations: { 'checksum/config': 'a'.repeat(64) } };
    switch (i % 3) {
      case 0:
        out.push({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: meta,
          spec: {
            type: 'ClusterIP',
            selector: { 'app.kubernetes.io/name': 'demo', 'app.kubernetes.io/instance': `release-${i}` },
            ports: [
              { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
              { name: 'metrics', port: 9090, targetPort: 9090, protocol: 'TCP' },
            ],
          },
        });
        break;
      case 1:
        out.push({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: meta,
          data: { 'app.yaml': `listen: 0.0.0.0:8080\nlog: info\nid: ${i}\n`, LOG_LEVEL: 'info', FEATURE_X: 'true' },
        });
        break;
      default:
        out.push({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { ...meta, creationTimestamp: null },
          spec: {
            replicas: 2,
            revisionHistoryLimit: 10,
            selector: {
              matchLabels: { 'app.kubernetes.io/name': 'demo', 'app.kubernetes.io/instance': `release-${i}` },
            },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
            template: {
              metadata: { labels: labels(i), annotations: { 'prometheus.io/scrape': 'true' } },
              spec: {
                serviceAccountName: name,
                securityContext: {
                  runAsNonRoot: true,
                  runAsUser: 1000,
                  fsGroup: 1000,
                  seccompProfile: { type: 'RuntimeDefault' },
                },
                containers: [
                  {
                    name: 'app',
                    image: `registry.example.com/demo:1.2.${i % 10}`,
                    imagePullPolicy: 'IfNotPresent',
                    args: ['--config=/etc/demo/app.yaml'],
                    ports: [
                      { name: 'http', containerPort: 8080, protocol: 'TCP' },
                      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
                    ],
                    env: [
                      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                      { name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name, key: 'LOG_LEVEL' } } },
                      { name: 'MODE', value: 'production' },
                    ],
                    resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: 0.1, memory: '128Mi' } },
                    livenessProbe: {
                      httpGet: { path: '/healthz', port: 'http' },
                      initialDelaySeconds: 10,
                      periodSeconds: 10,
                    },
                    readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
                    securityContext: {
                      allowPrivilegeEscalation: false,
                      readOnlyRootFilesystem: true,
                      capabilities: { drop: ['ALL'] },
                    },
                    volumeMounts: [{ name: 'config', mountPath: '/etc/demo', readOnly: true }],
                  },
                ],
                volumes: [{ name: 'config', configMap: { name } }],
              },
            },
          },
        });
    }
  }
  return out;
}

export async function benchSchemas(opts: { documents?: number; minMs?: number } = {}): Promise<SchemaBenchResult> {
  const docs = syntheticManifests(opts.documents ?? 9_000);
  const minMs = opts.minMs ?? 1_500;

  resetSchemaCache();
  const t0 = performance.now();
  const v = await createSchemaValidator({ kubeVersion: '1.30.0' });
  const seen = new Set<string>();
  for (const d of docs) {
    const k = `${String(d.apiVersion)} ${String(d.kind)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    await v.validate(d);
  }
  const coldStartMs = performance.now() - t0;

  let issues = 0;
  for (const d of docs) issues += (await v.validate(d)).length; // warm-up
  let count = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    for (const d of docs) await v.validate(d);
    count += docs.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { documents: docs.length, docsPerSecond: (count / elapsed) * 1000, coldStartMs, issues };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchSchemas();
  console.log(
    `schema validation: ${r.documents} documents, ${r.docsPerSecond.toFixed(0)} documents/s after warm-up; cold start ${r.coldStartMs.toFixed(0)} ms; ${r.issues} issues`,
  );
}
