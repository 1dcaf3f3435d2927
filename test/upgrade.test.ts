import { describe, expect, it } from 'vitest';
import { diffRenders, upgradeIssues, UPGRADE_RULES, type UpgradeIssue } from '../src/upgrade/index.js';
import { parseDocs } from './helpers/render.js';

const NS = 'prod';

function diff(base: string, head: string, namespace = NS) {
  return diffRenders(parseDocs(base), parseDocs(head), { namespace });
}

function issues(base: string, head: string, namespace = NS): UpgradeIssue[] {
  return upgradeIssues(diff(base, head, namespace));
}

/** `rule severity path` per issue, for compact assertions. */
const brief = (list: readonly UpgradeIssue[]) => list.map((i) => `${i.rule} ${i.severity} ${i.path?.join('.') ?? ''}`);

const only = (list: readonly UpgradeIssue[], rule: string) => list.filter((i) => i.rule === rule);

// ---------- fixtures ----------

interface DeployOpts {
  kind?: string;
  apiVersion?: string;
  name?: string;
  image?: string;
  replicas?: number;
  labels?: string;
  selector?: string;
  env?: string;
  extraSpec?: string;
  podAnnotations?: string;
  annotations?: string;
  container?: string;
  containers?: string;
}

function deploy(o: DeployOpts = {}): string {
  const labels = o.labels ?? 'app: web';
  const containers =
    o.containers ??
    `        - name: ${o.container ?? 'web'}
          image: ${o.image ?? 'nginx:1.25'}
          ports:
            - name: http
              containerPort: 80
${o.env ?? ''}`;
  return `apiVersion: ${o.apiVersion ?? 'apps/v1'}
kind: ${o.kind ?? 'Deployment'}
metadata:
  name: ${o.name ?? 'web'}
${o.annotations ? `  annotations:\n${o.annotations}\n` : ''}spec:
  replicas: ${o.replicas ?? 2}
${o.extraSpec ?? ''}  selector:
    matchLabels:
      ${o.selector ?? 'app: web'}
  template:
    metadata:
      labels:
        ${labels}
${o.podAnnotations ? `      annotations:\n${o.podAnnotations}\n` : ''}    spec:
      containers:
${containers}
`;
}

interface StsOpts {
  name?: string;
  serviceName?: string;
  storage?: string;
  storageClass?: string;
  extraSpec?: string;
  image?: string;
  labels?: string;
}

function sts(o: StsOpts = {}): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${o.name ?? 'db'}
spec:
  serviceName: ${o.serviceName ?? 'db-hl'}
  replicas: 3
${o.extraSpec ?? ''}  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        ${o.labels ?? 'app: db'}
    spec:
      containers:
        - name: db
          image: ${o.image ?? 'postgres:16'}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
${o.storageClass ? `        storageClassName: ${o.storageClass}\n` : ''}        resources:
          requests:
            storage: ${o.storage ?? '10Gi'}
`;
}

// ---------- the diff ----------

describe('diffRenders', () => {
  it('ignores key order and YAML formatting', () => {
    const a = deploy();
    const b = `kind: "Deployment"
spec:
  template:
    spec: {containers: [{image: "nginx:1.25", name: web, ports: [{containerPort: 80, name: http}]}]}
    metadata: {labels: {app: "web"}}
  selector: {matchLabels: {app: web}}
  replicas: 2
metadata: {name: 'web'}
apiVersion: apps/v1
`;
    expect(diff(a, b)).toEqual([]);
  });

  it('reports added, removed and changed objects, sorted by id then path, with before and after', () => {
    const base = `${deploy()}---
apiVersion: v1
kind: ConfigMap
metadata: {name: old}
data: {a: "1"}
`;
    const head = `${deploy({ replicas: 3, image: 'nginx:1.26' })}---
apiVersion: v1
kind: ConfigMap
metadata: {name: new}
data: {a: "1"}
`;
    const d = diff(base, head);
    expect(d.map((x) => `${x.status} ${x.id}`)).toEqual([
      'added /ConfigMap prod/new',
      'removed /ConfigMap prod/old',
      'changed apps/Deployment prod/web',
    ]);
    const changed = d[2]!;
    expect(changed).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'web' });
    expect(changed.changes).toEqual([
      { path: '/spec/replicas', op: 'replace', before: 2, after: 3 },
      { path: '/spec/template/spec/containers/0/image', op: 'replace', before: 'nginx:1.25', after: 'nginx:1.26' },
    ]);
    expect(d[0]!.changes).toEqual([]);
    expect(d[0]!.head?.resource.name).toBe('new');
    expect(d[1]!.base?.resource.name).toBe('old');
  });

  it('treats a missing key and an explicit null as equal, but not "1" and 1', () => {
    const a = `apiVersion: v1
kind: ConfigMap
metadata: {name: c, labels: null}
data: {a: "1"}
`;
    const b = `apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {a: 1, b: null}
`;
    expect(diff(a, b)[0]!.changes).toEqual([{ path: '/data/a', op: 'replace', before: '1', after: 1 }]);
  });

  it('matches named list elements by name: a move is no change, a change is reported at its head index', () => {
    const two = (first: string, second: string) =>
      deploy({
        containers: `        - ${first}
        - ${second}`,
      });
    const a = two('{name: web, image: "nginx:1"}', '{name: sidecar, image: "envoy:1"}');
    const moved = two('{name: sidecar, image: "envoy:1"}', '{name: web, image: "nginx:1"}');
    expect(diff(a, moved)).toEqual([]);
    const movedAndChanged = two('{name: sidecar, image: "envoy:2"}', '{name: web, image: "nginx:1"}');
    expect(diff(a, movedAndChanged)[0]!.changes).toEqual([
      { path: '/spec/template/spec/containers/0/image', op: 'replace', before: 'envoy:1', after: 'envoy:2' },
    ]);
    const env = (list: string) => deploy({ env: `          env:\n${list}` });
    expect(
      diff(
        env('            - {name: A, value: "1"}\n            - {name: B, value: "2"}'),
        env(
          '            - {name: B, value: "2"}\n            - {name: A, value: "1"}\n            - {name: C, value: "3"}',
        ),
      )[0]!.changes,
    ).toEqual([{ path: '/spec/template/spec/containers/0/env/2', op: 'add', after: { name: 'C', value: '3' } }]);
  });

  it('compares unnamed lists by index', () => {
    const args = (list: string) => deploy({ env: `          args: ${list}` });
    expect(diff(args('[a, b]'), args('[b, a, c]'))[0]!.changes).toEqual([
      { path: '/spec/template/spec/containers/0/args/0', op: 'replace', before: 'a', after: 'b' },
      { path: '/spec/template/spec/containers/0/args/1', op: 'replace', before: 'b', after: 'a' },
      { path: '/spec/template/spec/containers/0/args/2', op: 'add', after: 'c' },
    ]);
  });

  it('never puts Secret values in its output, only the keys that changed', () => {
    const secret = (data: string, stringData: string, extra = '') => `apiVersion: v1
kind: Secret
metadata: {name: creds${extra}}
type: Opaque
data:
${data}
stringData:
${stringData}
`;
    // s3cr3t-passw0rd / hunter2-token-value / plain-text-secret-value, base64 where data wants it
    const base = secret(
      '  password: czNjcjN0LXBhc3N3MHJk\n  removed: aHVudGVyMi10b2tlbi12YWx1ZQ==',
      '  token: plain-text-secret-value',
    );
    const head = `${secret('  password: bmV3LXBhc3N3b3JkLXZhbHVl\n  added: YW5vdGhlci1zZWNyZXQtdmFsdWU=', '  token: rotated-secret-token-42')}---
${secret('  brandnew: YnJhbmQtbmV3LXNlY3JldA==', '  x: fresh-plaintext-secret', '-2')}`;
    const d = diff(base, head);
    const changed = d.find((x) => x.name === 'creds')!;
    expect(changed.changes).toEqual([
      { path: '/data/added', op: 'add', secret: true },
      { path: '/data/password', op: 'replace', secret: true },
      { path: '/data/removed', op: 'remove', secret: true },
      { path: '/stringData/token', op: 'replace', secret: true },
    ]);
    const json = JSON.stringify(d);
    for (const v of [
      'czNjcjN0LXBhc3N3MHJk',
      's3cr3t-passw0rd',
      'aHVudGVyMi10b2tlbi12YWx1ZQ',
      'hunter2-token-value',
      'plain-text-secret-value',
      'bmV3LXBhc3N3b3JkLXZhbHVl',
      'new-password-value',
      'YW5vdGhlci1zZWNyZXQtdmFsdWU',
      'rotated-secret-token-42',
      'YnJhbmQtbmV3LXNlY3JldA',
      'brand-new-secret',
      'fresh-plaintext-secret',
    ])
      expect(json).not.toContain(v);
    // the manifests stay reachable for code, but are not part of the JSON
    expect(changed.head?.object.stringData.token).toBe('rotated-secret-token-42');
  });

  it('identifies objects by group, kind, namespace and name: a version change within a group is the same object', () => {
    const d = diff(deploy({ apiVersion: 'apps/v1beta2' }), deploy());
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ id: 'apps/Deployment prod/web', status: 'changed', apiVersion: 'apps/v1' });
    expect(d[0]!.changes).toEqual([{ path: '/apiVersion', op: 'replace', before: 'apps/v1beta2', after: 'apps/v1' }]);
  });

  it('defaults a missing namespace to the release namespace; cluster-scoped kinds have none', () => {
    const withNs = deploy().replace('  name: web\n', '  name: web\n  namespace: prod\n');
    expect(diff(deploy(), withNs).map((x) => x.changes.map((c) => c.path))).toEqual([['/metadata/namespace']]);
    expect(diff(deploy(), withNs)[0]!.id).toBe('apps/Deployment prod/web');
    const other = deploy().replace('  name: web\n', '  name: web\n  namespace: other\n');
    expect(diff(deploy(), other).map((x) => `${x.status} ${x.id}`)).toEqual([
      'added apps/Deployment other/web',
      'removed apps/Deployment prod/web',
    ]);
    const cr = (ns: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader${ns}}
rules: []
`;
    const d = diff(
      cr(''),
      cr('\n  namespace: ignored').replace(
        '{name: reader\n  namespace: ignored}',
        '{name: reader, namespace: ignored}',
      ),
    );
    expect(d.map((x) => x.id)).toEqual(['rbac.authorization.k8s.io/ClusterRole /reader']);
    expect(d[0]!.namespace).toBeUndefined();
  });

  it('takes the scope of custom resources from their CRD in the render', () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Cluster
  names: {kind: Widget, plural: widgets}
  versions: []
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
spec: {size: 1}
`;
    const d = diff(crd, crd.replace('size: 1', 'size: 2'));
    expect(d.map((x) => x.id)).toEqual(['example.com/Widget /w']);
  });

  it('treats another API group as another object', () => {
    const ing = (apiVersion: string) => `apiVersion: ${apiVersion}
kind: Ingress
metadata: {name: web}
spec: {}
`;
    expect(diff(ing('extensions/v1beta1'), ing('networking.k8s.io/v1')).map((x) => `${x.status} ${x.id}`)).toEqual([
      'removed extensions/Ingress prod/web',
      'added networking.k8s.io/Ingress prod/web',
    ]);
  });

  it('includes hooks in the diff', () => {
    const hookJob = (image: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations: {"helm.sh/hook": pre-upgrade}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: m, image: "${image}"}]
`;
    const d = diff(hookJob('app:1'), hookJob('app:2'));
    expect(d.map((x) => `${x.status} ${x.id}`)).toEqual(['changed batch/Job prod/migrate']);
    expect(upgradeIssues(d)).toEqual([]);
  });
});

// ---------- upgrade/immutable-field ----------

describe('upgrade/immutable-field', () => {
  const RULE = 'upgrade/immutable-field';

  it('StatefulSet: serviceName is not in the mutable set', () => {
    const found = only(issues(sts(), sts({ serviceName: 'db' })), RULE);
    expect(brief(found)).toEqual([`${RULE} error spec.serviceName`]);
    expect(found[0]!.message).toBe(
      `StatefulSet/db: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden (spec.serviceName "db-hl" → "db"). Keep the old value, or delete the StatefulSet with \`kubectl delete statefulset --cascade=orphan\` (pods and PVCs stay) before the upgrade so that Helm creates it again.`,
    );
    expect(found[0]!.manifest?.resource.kind).toBe('StatefulSet');
  });

  it('StatefulSet: volumeClaimTemplates storage size and class', () => {
    const size = only(issues(sts(), sts({ storage: '20Gi' })), RULE);
    expect(brief(size)).toEqual([`${RULE} error spec.volumeClaimTemplates.0.spec.resources.requests.storage`]);
    expect(size[0]!.message).toContain(
      'spec.volumeClaimTemplates[data].spec.resources.requests.storage "10Gi" → "20Gi"',
    );
    expect(size[0]!.message).toContain('resize the existing PVCs directly');
    const cls = only(issues(sts({ storageClass: 'standard' }), sts({ storageClass: 'fast' })), RULE);
    expect(brief(cls)).toEqual([`${RULE} error spec.volumeClaimTemplates.0.spec.storageClassName`]);
    // the same quantity spelled differently, and an embedded apiVersion/kind, are no change
    const same = sts({ storage: '10240Mi' }).replace(
      '    - metadata:\n',
      '    - apiVersion: v1\n      kind: PersistentVolumeClaim\n      metadata:\n',
    );
    expect(issues(sts(), same)).toEqual([]);
  });

  it('StatefulSet: fields the API server defaults compare after defaulting', () => {
    expect(
      issues(sts(), sts({ extraSpec: '  podManagementPolicy: OrderedReady\n  revisionHistoryLimit: 10\n' })),
    ).toEqual([]);
    const parallel = only(issues(sts(), sts({ extraSpec: '  podManagementPolicy: Parallel\n' })), RULE);
    expect(brief(parallel)).toEqual([`${RULE} error spec.podManagementPolicy`]);
    expect(parallel[0]!.message).toContain('spec.podManagementPolicy "OrderedReady" → "Parallel"');
    // dropping a non-default value brings the default back: a change
    const limit = only(issues(sts({ extraSpec: '  revisionHistoryLimit: 5\n' }), sts()), RULE);
    expect(brief(limit)).toEqual([`${RULE} error spec`]);
    expect(limit[0]!.message).toContain('spec.revisionHistoryLimit 5 → 10');
  });

  it('StatefulSet: replicas, template, updateStrategy and minReadySeconds may change', () => {
    const head = sts({
      image: 'postgres:17',
      extraSpec: '  minReadySeconds: 10\n  updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 1}}\n',
    }).replace('replicas: 3', 'replicas: 5');
    expect(brief(issues(sts(), head))).toEqual(['upgrade/rollout notice spec.template.spec.containers.0.image']);
  });

  it('Deployment, DaemonSet and ReplicaSet: spec.selector', () => {
    const found = only(issues(deploy(), deploy({ selector: 'app: web2', labels: 'app: web2' })), RULE);
    expect(brief(found)).toEqual([`${RULE} error spec.selector.matchLabels.app`]);
    expect(found[0]!.message).toBe(
      'Deployment/web: spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable (spec.selector.matchLabels.app "web" → "web2"). Kubernetes never updates this field of a Deployment: keep the old value, or rename the Deployment (or delete it before the upgrade) so that it is created anew.',
    );
    for (const kind of ['DaemonSet', 'ReplicaSet'])
      expect(
        brief(only(issues(deploy({ kind }), deploy({ kind, selector: 'app: web2', labels: 'app: web2' })), RULE)),
      ).toEqual([`${RULE} error spec.selector.matchLabels.app`]);
    // apps/v1beta1 stored the template's labels as the selector when the chart wrote none
    const legacy = deploy({ apiVersion: 'apps/v1beta1' }).replace(
      '  selector:\n    matchLabels:\n      app: web\n',
      '',
    );
    expect(issues(legacy, deploy())).toEqual([]);
    expect(
      brief(
        only(
          issues(
            legacy.replace('app: web', 'app: web\n        tier: fe'),
            deploy({ labels: 'app: web\n        tier: fe' }),
          ),
          RULE,
        ),
      ),
    ).toEqual([`${RULE} error spec.selector.matchLabels`]);
    // extensions/v1beta1 never checked it
    expect(
      only(
        issues(
          deploy({ apiVersion: 'extensions/v1beta1' }),
          deploy({ apiVersion: 'extensions/v1beta1', selector: 'app: x', labels: 'app: x' }),
        ),
        RULE,
      ),
    ).toEqual([]);
  });

  const job = (image: string, extra = '', annotations = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
${annotations}spec:
${extra}  template:
    spec:
      restartPolicy: Never
      containers:
        - name: m
          image: ${image}
`;

  it('Job: the pod template of a non-hook Job', () => {
    const found = only(issues(job('app:1'), job('app:2')), RULE);
    expect(brief(found)).toEqual([`${RULE} error spec.template.spec.containers.0.image`]);
    expect(found[0]!.message).toBe(
      'Job/migrate: spec.template: Invalid value: field is immutable (spec.containers[m].image "app:1" → "app:2"). A Job cannot be changed once created: make it a Helm hook (helm.sh/hook, with the default before-hook-creation delete policy) so that Helm recreates it, or give it a new name each release.',
    );
  });

  it('Job: a Job removed by its TTL is created again, which the message says', () => {
    const found = only(
      issues(job('app:1', '  ttlSecondsAfterFinished: 600\n'), job('app:2', '  ttlSecondsAfterFinished: 600\n')),
      RULE,
    );
    expect(found[0]!.message).toContain(
      '(The upgrade only succeeds if the finished Job was already deleted, after ttlSecondsAfterFinished: 600.)',
    );
  });

  it('Job: a hook Job may change (Helm recreates it), a completions change may not', () => {
    const hook = '  annotations:\n    helm.sh/hook: pre-upgrade\n';
    expect(issues(job('app:1', '', hook), job('app:2', '', hook))).toEqual([]);
    const found = only(issues(job('app:1'), job('app:1', '  completions: 3\n')), RULE);
    expect(brief(found)).toEqual([`${RULE} error spec.completions`]);
    expect(found[0]!.message).toContain(
      'spec.completions: Invalid value: 3: field is immutable (spec.completions 1 → 3)',
    );
    // completions and parallelism unset default to 1: writing 1 is no change
    expect(issues(job('app:1'), job('app:1', '  completions: 1\n  parallelism: 1\n  backoffLimit: 2\n'))).toEqual([]);
  });

  const svc = (spec: string) => `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80}]
${spec}`;

  it('Service: a cluster IP that changes once set', () => {
    const found = only(issues(svc('  clusterIP: 10.0.0.10\n'), svc('  clusterIP: 10.0.0.20\n')), RULE);
    expect(brief(found)).toEqual([`${RULE} error spec.clusterIP`]);
    expect(found[0]!.message).toBe(
      'Service/web: spec.clusterIPs[0]: Invalid value: ["10.0.0.20"]: may not change once set ("10.0.0.10" → "10.0.0.20"). A Service keeps its cluster IP for life: drop the clusterIP change, or rename the Service (or delete it before the upgrade).',
    );
    // becoming headless: the allocated IP is never "None"
    const headless = only(issues(svc(''), svc('  clusterIP: None\n')), RULE);
    expect(brief(headless)).toEqual([`${RULE} error spec.clusterIP`]);
    expect(headless[0]!.message).toContain('(the cluster IP allocated at install → "None")');
  });

  it('Service: what the API server keeps or allows is no error', () => {
    // left out: the API server keeps the allocated IP; set where none was: unknown, not reported
    expect(issues(svc('  clusterIP: 10.0.0.10\n'), svc(''))).toEqual([]);
    expect(issues(svc(''), svc('  clusterIP: 10.0.0.10\n'))).toEqual([]);
    expect(issues(svc(''), svc('  type: ClusterIP\n'))).toEqual([]);
    expect(issues(svc(''), svc('  type: NodePort\n'))).toEqual([]);
    expect(issues(svc('  type: LoadBalancer\n'), svc('  type: ExternalName\n  externalName: example.com\n'))).toEqual(
      [],
    );
  });

  it('Service: ipFamilies, and the health check node port of a Local LoadBalancer', () => {
    const fam = only(issues(svc('  ipFamilies: [IPv4]\n'), svc('  ipFamilies: [IPv6]\n')), RULE);
    expect(brief(fam)).toEqual([`${RULE} error spec.ipFamilies.0`]);
    expect(fam[0]!.message).toContain(
      'spec.ipFamilies[0]: Invalid value: ["IPv6"]: may not change once set (["IPv4"] → ["IPv6"])',
    );
    expect(issues(svc(''), svc('  ipFamilies: [IPv6]\n'))).toEqual([]);
    const lb = (port: number) =>
      svc(`  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: ${port}\n`);
    const hc = only(issues(lb(30100), lb(30200)), RULE);
    expect(brief(hc)).toEqual([`${RULE} error spec.healthCheckNodePort`]);
    expect(hc[0]!.message).toBe(
      'Service/web: spec.healthCheckNodePort: Forbidden: field is immutable (30100 → 30200).',
    );
  });

  it('Service: loadBalancerClass of a LoadBalancer', () => {
    const found = only(
      issues(svc('  type: LoadBalancer\n'), svc('  type: LoadBalancer\n  loadBalancerClass: example.com/lb\n')),
      RULE,
    );
    expect(brief(found)).toEqual([`${RULE} error spec.loadBalancerClass`]);
    expect(found[0]!.message).toContain(
      'spec.loadBalancerClass: Invalid value: "example.com/lb": may not change once set ((unset) → "example.com/lb")',
    );
  });

  const pvc = (spec: string, annotations = '') => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
${annotations}spec:
  accessModes: [ReadWriteOnce]
${spec}`;

  it('PersistentVolumeClaim: only a storage increase', () => {
    const res = (size: string) => `  resources: {requests: {storage: ${size}}}\n`;
    expect(issues(pvc(res('10Gi')), pvc(res('20Gi')))).toEqual([]);
    const shrink = only(issues(pvc(res('10Gi')), pvc(res('5Gi'))), RULE);
    expect(brief(shrink)).toEqual([`${RULE} error spec.resources.requests.storage`]);
    expect(shrink[0]!.message).toBe(
      'PersistentVolumeClaim/data: spec.resources.requests.storage: Forbidden: field can not be less than previous value ("10Gi" → "5Gi"). Volumes never shrink: keep the old size.',
    );
    const cls = only(
      issues(pvc(res('10Gi') + '  storageClassName: standard\n'), pvc(res('10Gi') + '  storageClassName: fast\n')),
      RULE,
    );
    expect(brief(cls)).toEqual([`${RULE} error spec.storageClassName`]);
    expect(cls[0]!.message).toContain(
      'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims (spec.storageClassName "standard" → "fast")',
    );
    // the default class fills an unset storageClassName: writing it later is allowed
    expect(issues(pvc(res('10Gi')), pvc(res('10Gi') + '  storageClassName: standard\n'))).toEqual([]);
    expect(issues(pvc(res('10Gi')), pvc(res('10Gi') + '  volumeMode: Filesystem\n'))).toEqual([]);
  });

  const cm = (data: string, immutable: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
${immutable}data:
${data}`;

  it('ConfigMap: data of an immutable ConfigMap, and immutable set back', () => {
    const found = only(issues(cm('  a: "1"\n', 'immutable: true\n'), cm('  a: "2"\n', 'immutable: true\n')), RULE);
    expect(brief(found)).toEqual([`${RULE} error data.a`]);
    expect(found[0]!.message).toBe(
      'ConfigMap/settings: data: Forbidden: field is immutable when `immutable` is set (keys changed: a). An immutable ConfigMap never changes: give it a new name when its content changes (for example with a content hash in the name), or drop immutable: true before you change it.',
    );
    expect(
      brief(only(issues(cm('  a: "1"\n', 'immutable: true\n'), cm('  a: "1"\n', 'immutable: false\n')), RULE)),
    ).toEqual([`${RULE} error immutable`]);
    expect(only(issues(cm('  a: "1"\n', ''), cm('  a: "2"\n', '')), RULE)).toEqual([]);
  });

  it('Secret: data of an immutable Secret (no values in the message), and its type', () => {
    const secret = (data: string, type = 'Opaque') => `apiVersion: v1
kind: Secret
metadata: {name: creds}
type: ${type}
immutable: true
data:
  password: ${data}
`;
    const found = issues(secret('c3VwZXItc2VjcmV0LW9uZQ=='), secret('c3VwZXItc2VjcmV0LXR3bw=='));
    expect(brief(found)).toEqual([`${RULE} error data.password`]);
    expect(found[0]!.message).toContain(
      'data: Forbidden: field is immutable when `immutable` is set (keys changed: password; values not shown)',
    );
    const json = JSON.stringify(found);
    for (const v of ['c3VwZXItc2VjcmV0LW9uZQ', 'super-secret-one', 'c3VwZXItc2VjcmV0LXR3bw', 'super-secret-two'])
      expect(json).not.toContain(v);
    const type = issues(secret('YQ==', 'Opaque'), secret('YQ==', 'kubernetes.io/tls'));
    expect(brief(type)).toEqual([`${RULE} error type`]);
    expect(type[0]!.message).toContain(
      'type: Invalid value: "kubernetes.io/tls": field is immutable ("Opaque" → "kubernetes.io/tls")',
    );
    // a Secret without a type is Opaque
    expect(issues(secret('YQ==').replace('type: Opaque\n', ''), secret('YQ=='))).toEqual([]);
  });

  it('RoleBinding and ClusterRoleBinding: roleRef', () => {
    const rb = (kind: string, role: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata: {name: read}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role}}
subjects: [{kind: ServiceAccount, name: web, namespace: prod}]
`;
    const found = only(issues(rb('RoleBinding', 'view'), rb('RoleBinding', 'edit')), RULE);
    expect(brief(found)).toEqual([`${RULE} error roleRef.name`]);
    expect(found[0]!.message).toBe(
      'RoleBinding/read: roleRef: Invalid value: {"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"edit"}: cannot change roleRef (ClusterRole/view → ClusterRole/edit). Kubernetes never updates this field of a RoleBinding: keep the old value, or rename the RoleBinding (or delete it before the upgrade) so that it is created anew.',
    );
    expect(brief(only(issues(rb('ClusterRoleBinding', 'view'), rb('ClusterRoleBinding', 'edit')), RULE))).toEqual([
      `${RULE} error roleRef.name`,
    ]);
    // subjects may change
    expect(issues(rb('RoleBinding', 'view'), rb('RoleBinding', 'view').replace('name: web', 'name: api'))).toEqual([]);
  });

  it('StorageClass: provisioner, parameters, reclaimPolicy, volumeBindingMode', () => {
    const sc = (extra: string) => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast}
provisioner: ebs.csi.aws.com
parameters: {type: gp3}
${extra}`;
    const found = only(
      issues(sc(''), sc('reclaimPolicy: Retain\nvolumeBindingMode: WaitForFirstConsumer\n').replace('gp3', 'io2')),
      RULE,
    );
    expect(brief(found)).toEqual([
      `${RULE} error parameters.type`,
      `${RULE} error reclaimPolicy`,
      `${RULE} error volumeBindingMode`,
    ]);
    expect(found[0]!.message).toContain(
      'parameters: Forbidden: updates to parameters are forbidden. (parameters.type "gp3" → "io2")',
    );
    expect(found[1]!.message).toContain(
      'reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden. (reclaimPolicy "Delete" → "Retain")',
    );
    // writing the defaults is no change; allowVolumeExpansion may change
    expect(
      issues(sc(''), sc('reclaimPolicy: Delete\nvolumeBindingMode: Immediate\nallowVolumeExpansion: true\n')),
    ).toEqual([]);
  });

  it('IngressClass, PriorityClass and ResourceQuota', () => {
    const ic = (c: string) => `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: nginx}
spec: {controller: ${c}}
`;
    expect(brief(only(issues(ic('k8s.io/ingress-nginx'), ic('example.com/other')), RULE))).toEqual([
      `${RULE} error spec.controller`,
    ]);
    const pc = (v: number) => `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: ${v}
`;
    const prio = only(issues(pc(1000), pc(2000)), RULE);
    expect(brief(prio)).toEqual([`${RULE} error value`]);
    expect(prio[0]!.message).toContain('value: Forbidden: may not be changed in an update. (value 1000 → 2000)');
    const rq = (scopes: string) => `apiVersion: v1
kind: ResourceQuota
metadata: {name: q}
spec: {hard: {pods: "10"}, scopes: ${scopes}}
`;
    expect(brief(only(issues(rq('[BestEffort]'), rq('[NotBestEffort]')), RULE))).toEqual([`${RULE} error spec.scopes`]);
    expect(issues(rq('[BestEffort]'), rq('[BestEffort]').replace('"10"', '"20"'))).toEqual([]);
  });

  it('Pod: images may change, the rest of the spec may not', () => {
    const pod = (image: string, cmd: string) => `apiVersion: v1
kind: Pod
metadata: {name: tool}
spec:
  containers: [{name: t, image: "${image}", command: [${cmd}]}]
`;
    expect(issues(pod('busybox:1', 'sleep'), pod('busybox:2', 'sleep'))).toEqual([]);
    const found = only(issues(pod('busybox:1', 'sleep'), pod('busybox:1', 'sh')), RULE);
    expect(brief(found)).toEqual([`${RULE} error spec.containers.0.command.0`]);
    expect(found[0]!.message).toContain(
      'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`',
    );
  });
});

// ---------- legal changes: nothing beyond the roll notice ----------

describe('legal changes raise nothing but the roll notice', () => {
  it('a container rename', () => {
    expect(brief(issues(deploy(), deploy({ container: 'nginx' })))).toEqual([
      'upgrade/rollout notice spec.template.spec.containers.0',
    ]);
  });

  it('an image tag bump', () => {
    const found = issues(deploy(), deploy({ image: 'nginx:1.26' }));
    expect(brief(found)).toEqual(['upgrade/rollout notice spec.template.spec.containers.0.image']);
    expect(found[0]!.message).toBe(
      'Deployment/web rolls out new pods: spec.containers[web].image "nginx:1.25" → "nginx:1.26".',
    );
  });

  it('a replicas change, an annotation change, a strategy change', () => {
    expect(issues(deploy(), deploy({ replicas: 5 }))).toEqual([]);
    expect(issues(deploy(), deploy({ annotations: '    owner: team-a' }))).toEqual([]);
    expect(issues(deploy(), deploy({ extraSpec: '  strategy: {type: Recreate}\n' }))).toEqual([]);
  });

  it('a new env var', () => {
    const found = issues(deploy(), deploy({ env: '          env: [{name: LOG_LEVEL, value: debug}]\n' }));
    expect(brief(found)).toEqual(['upgrade/rollout notice spec.template.spec.containers.0.env']);
    expect(found[0]!.message).toContain('spec.containers[web].env added');
  });

  it('a label change on the pod template only', () => {
    expect(brief(issues(deploy(), deploy({ labels: 'app: web\n        tier: frontend' })))).toEqual([
      'upgrade/rollout notice spec.template.metadata.labels.tier',
    ]);
  });

  it('an HPA change', () => {
    const hpa = (max: number) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: ${max}
`;
    expect(diff(hpa(5), hpa(10))).toHaveLength(1);
    expect(issues(hpa(5), hpa(10))).toEqual([]);
  });

  it('fields the API server defaults, written out: no change at all', () => {
    const head = deploy({
      env: '          imagePullPolicy: IfNotPresent\n          terminationMessagePath: /dev/termination-log\n',
    })
      .replace('containerPort: 80', 'containerPort: 80\n              protocol: TCP')
      .replace(
        '    spec:\n      containers:',
        '    spec:\n      dnsPolicy: ClusterFirst\n      restartPolicy: Always\n      containers:',
      );
    expect(diff(deploy(), head)).toHaveLength(1);
    expect(issues(deploy(), head)).toEqual([]);
  });
});

// ---------- the other rules ----------

describe('upgrade/kind-changed', () => {
  it('same name, another kind', () => {
    const found = issues(
      deploy(),
      deploy({ kind: 'StatefulSet' }).replace('  replicas: 2\n', '  replicas: 2\n  serviceName: web\n'),
    );
    expect(brief(found)).toEqual(['upgrade/kind-changed warning kind']);
    expect(found[0]!.message).toBe(
      'Deployment/web becomes StatefulSet/web: Helm deletes the old Deployment: its pods are deleted and new ones start from scratch, and creates the StatefulSet anew.',
    );
    expect(found[0]!.manifest?.resource.kind).toBe('StatefulSet');
    expect(found[0]!.baseManifest?.resource.kind).toBe('Deployment');
  });

  it('same kind and name, another API group', () => {
    const ing = (apiVersion: string) => `apiVersion: ${apiVersion}
kind: Ingress
metadata: {name: web}
spec: {}
`;
    const found = issues(ing('extensions/v1beta1'), ing('networking.k8s.io/v1'));
    expect(brief(found)).toEqual(['upgrade/kind-changed warning apiVersion']);
    expect(found[0]!.message).toContain('Ingress/web moves from API group extensions to networking.k8s.io');
  });
});

describe('upgrade/statefulset-removed', () => {
  it('a removed StatefulSet orphans its claims', () => {
    const found = issues(sts(), '');
    expect(brief(found)).toEqual(['upgrade/statefulset-removed warning metadata.name']);
    expect(found[0]!.manifest).toBeUndefined();
    expect(found[0]!.baseManifest?.resource.name).toBe('db');
    expect(found[0]!.message).toBe(
      'StatefulSet/db is removed: Helm deletes it, and its PersistentVolumeClaims (data-db-0, …) stay behind with the data, owned by nothing; a StatefulSet created later under another name starts with empty volumes.',
    );
  });

  it('a renamed StatefulSet starts with empty volumes', () => {
    const found = issues(sts(), sts({ name: 'database' }));
    expect(brief(found)).toEqual(['upgrade/statefulset-removed warning metadata.name']);
    expect(found[0]!.manifest?.resource.name).toBe('database');
    expect(found[0]!.message).toContain('StatefulSet/db is renamed to StatefulSet/database');
    expect(found[0]!.message).toContain(
      '(data-database-0, …), so it starts with empty volumes, while the old claims (data-db-0, …) stay behind',
    );
  });
});

describe('upgrade/pvc-removed', () => {
  const pvc = (annotations = '') => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
${annotations}spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`;

  it('a removed claim without keep', () => {
    const found = issues(pvc(), '');
    expect(brief(found)).toEqual(['upgrade/pvc-removed warning metadata.name']);
    expect(found[0]!.message).toBe(
      'PersistentVolumeClaim/data is removed and has no helm.sh/resource-policy: keep: Helm deletes it, and with the usual Delete reclaim policy its volume and the data on it go too. To keep it, first release a version that adds the annotation to the claim, or back up the data.',
    );
  });

  it('a kept claim, or a hook, is no warning', () => {
    expect(issues(pvc('  annotations: {"helm.sh/resource-policy": keep}\n'), '')).toEqual([]);
    expect(issues(pvc('  annotations: {"helm.sh/hook": pre-install}\n'), '')).toEqual([]);
  });
});

describe('upgrade/rollout', () => {
  it('names up to a few changes', () => {
    const found = issues(
      deploy(),
      deploy({
        image: 'nginx:1.26',
        env: '          env: [{name: A, value: "1"}]\n          args: [--x]\n',
        labels: 'app: web\n        v: "2"',
      }),
    );
    expect(brief(found)).toEqual(['upgrade/rollout notice spec.template.metadata.labels.v']);
    expect(found[0]!.message).toBe(
      'Deployment/web rolls out new pods: metadata.labels.v added ("2"); spec.containers[web].args added (["--x"]); spec.containers[web].env added ([{"name":"A","value":"1"}]); spec.containers[web].image "nginx:1.25" → "nginx:1.26".',
    );
  });
});

describe('upgrade/ondelete', () => {
  it('an OnDelete StatefulSet whose template changes rolls nothing', () => {
    const onDelete = (image: string) => sts({ image, extraSpec: '  updateStrategy: {type: OnDelete}\n' });
    const found = issues(onDelete('postgres:16'), onDelete('postgres:17'));
    expect(brief(found)).toEqual(['upgrade/ondelete notice spec.template.spec.containers.0.image']);
    expect(found[0]!.message).toBe(
      'StatefulSet/db has updateStrategy OnDelete: its pod template changes (spec.containers[db].image "postgres:16" → "postgres:17") but no running pod is replaced until it is deleted by hand.',
    );
  });
});

describe('upgrade/config-not-rolled', () => {
  const cm = (value: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: web-config}
data: {LOG_LEVEL: ${value}}
`;
  const user = (checksum: string) =>
    deploy({
      env: '          envFrom: [{configMapRef: {name: web-config}}]\n',
      podAnnotations: `        checksum/config: "${checksum}"`,
    });

  it('a changed ConfigMap whose user keeps its pod template', () => {
    const found = issues(`${cm('info')}---\n${user('aaa')}`, `${cm('debug')}---\n${user('aaa')}`);
    expect(brief(found)).toEqual([
      'upgrade/config-not-rolled notice spec.template.spec.containers.0.envFrom.0.configMapRef.name',
    ]);
    expect(found[0]!.message).toContain(
      'Deployment/web uses ConfigMap/web-config (envFrom of container "web"; keys changed: LOG_LEVEL), which changes, but its pod template does not',
    );
    expect(found[0]!.manifest?.resource.name).toBe('web');
  });

  it('a checksum annotation that changes rolls the pods instead', () => {
    expect(brief(issues(`${cm('info')}---\n${user('aaa')}`, `${cm('debug')}---\n${user('bbb')}`))).toEqual([
      'upgrade/rollout notice spec.template.metadata.annotations.checksum/config',
    ]);
  });

  it('sees workloads that did not change at all only through the renders', () => {
    const d = diff(`${cm('info')}---\n${user('aaa')}`, `${cm('debug')}---\n${user('aaa')}`);
    expect(d.map((x) => x.id)).toEqual(['/ConfigMap prod/web-config']);
    expect(upgradeIssues([...d])).toEqual([]); // a copy: the renders are not known
    const renders = {
      base: parseDocs(`${cm('info')}---\n${user('aaa')}`),
      head: parseDocs(`${cm('debug')}---\n${user('aaa')}`),
      namespace: NS,
    };
    expect(brief(upgradeIssues([...d], renders))).toEqual([
      'upgrade/config-not-rolled notice spec.template.spec.containers.0.envFrom.0.configMapRef.name',
    ]);
  });
});

describe('UPGRADE_RULES', () => {
  it('lists every rule with its severity', () => {
    expect(UPGRADE_RULES.map((r) => `${r.id} ${r.severity}`)).toEqual([
      'upgrade/immutable-field error',
      'upgrade/kind-changed warning',
      'upgrade/statefulset-removed warning',
      'upgrade/pvc-removed warning',
      'upgrade/rollout notice',
      'upgrade/config-not-rolled notice',
      'upgrade/ondelete notice',
    ]);
    for (const r of UPGRADE_RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});
