import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { benchSchemas } from '../bench/schemas.js';
import {
  convertOpenApi,
  createSchemaValidator,
  DEFAULT_RELEASE,
  knownVersions,
  RELEASES,
  stripNulls,
} from '../src/schemas/index.js';
import { compileValidators, loadState, validatorSource } from '../src/schemas/embedded.js';
import { expandTemplate } from '../src/schemas/locations.js';
import type { SchemaIssue } from '../src/schemas/types.js';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures', 'schemas');
type Obj = Record<string, any>;

const validDocs = parseAllDocuments(readFileSync(join(fixtures, 'valid.yaml'), 'utf8')).map((d) => d.toJS() as Obj);
const widgetCrd = parse(readFileSync(join(fixtures, 'widget-crd.yaml'), 'utf8')) as Obj;

function statefulSet(spec: Obj = {}): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      selector: { matchLabels: { app: 'db' } },
      template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres:16' }] } },
      ...spec,
    },
  };
}

function deployment(spec: Obj, metadata: Obj = { name: 'web' }): Obj {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec };
}

const podSpec = (container: Obj = { name: 'app', image: 'app:1' }) => ({ containers: [container] });

/** The issues without severity, for exact comparison. */
const strip = (issues: SchemaIssue[]) => issues.map(({ rule, path, message }) => ({ rule, path, message }));

describe('embedded Kubernetes schemas', () => {
  it('reports a misspelt field at its own path, naming the type and the nearest field', async () => {
    const v = await createSchemaValidator({});
    const issues = await v.validate(statefulSet({ updateStategy: { type: 'OnDelete' } }));
    expect(issues).toEqual([
      {
        rule: 'schema/unknown-field',
        severity: 'error',
        path: ['spec', 'updateStategy'],
        message: 'spec.updateStategy is not a field of StatefulSetSpec; did you mean updateStrategy?',
      },
    ]);
  });

  it('a frozen resource (one document rendered alike by several combos) gets the same verdict each time, per Kubernetes version', async () => {
    const v = await createSchemaValidator({});
    const deepFreeze = (x: unknown): unknown => {
      if (x && typeof x === 'object') for (const y of Object.values(Object.freeze(x))) deepFreeze(y);
      return x;
    };
    const bad = deepFreeze(statefulSet({ updateStategy: { type: 'OnDelete' } })) as Record<string, unknown>;
    const first = await v.validate(bad);
    expect(first.map((i) => i.path)).toEqual([['spec', 'updateStategy']]);
    expect(await v.validate(bad)).toEqual(first);
    expect(await v.validate(bad, { kubeVersion: '1.30.0' })).toEqual(first);
    expect(await v.validate(deepFreeze(statefulSet({})) as Record<string, unknown>)).toEqual([]);
  });

  it('two combos checking the same resource at once both get its issues (the second waits for the first)', async () => {
    const v = await createSchemaValidator({});
    const text = (): Record<string, unknown> => statefulSet({ updateStategy: { type: 'OnDelete' } });
    const [a, b] = await Promise.all([v.validate(text()), v.validate(text())]);
    expect(a.map((i) => i.path)).toEqual([['spec', 'updateStategy']]);
    expect(b).toEqual(a);
  });

  it('reports an unknown field without a suggestion when nothing is close', async () => {
    const v = await createSchemaValidator({});
    const issues = await v.validate({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x' },
      payload: { a: 'b' },
    });
    expect(strip(issues)).toEqual([
      { rule: 'schema/unknown-field', path: ['payload'], message: 'payload is not a field of ConfigMap' },
    ]);
  });

  it('reports a bad enum value with the allowed values', async () => {
    const v = await createSchemaValidator({});
    const issues = await v.validate(statefulSet({ updateStrategy: { type: 'Ondelete' } }));
    expect(strip(issues)).toEqual([
      {
        rule: 'schema/enum',
        path: ['spec', 'updateStrategy', 'type'],
        message:
          'spec.updateStrategy.type must be one of OnDelete, RollingUpdate; got "Ondelete" (did you mean OnDelete?)',
      },
    ]);
  });

  it('reports a wrong type with the expected and the actual type, once (no enum noise)', async () => {
    const v = await createSchemaValidator({});
    expect(strip(await v.validate(statefulSet({ replicas: '3' })))).toEqual([
      { rule: 'schema/type', path: ['spec', 'replicas'], message: 'spec.replicas must be integer, got string' },
    ]);
    // a number where an enum string belongs: one type issue, not type + enum
    expect(strip(await v.validate(statefulSet({ updateStrategy: { type: 5 } })))).toEqual([
      {
        rule: 'schema/type',
        path: ['spec', 'updateStrategy', 'type'],
        message: 'spec.updateStrategy.type must be string, got integer',
      },
    ]);
  });

  it('reports a missing required field at the object that lacks it', async () => {
    const v = await createSchemaValidator({});
    const noSelector = deployment({ template: { metadata: { labels: { app: 'web' } }, spec: podSpec() } });
    expect(strip(await v.validate(noSelector))).toEqual([
      { rule: 'schema/required', path: ['spec'], message: 'spec.selector is required in DeploymentSpec' },
    ]);
    const noName = deployment({
      selector: { matchLabels: { app: 'web' } },
      template: { spec: podSpec({ image: 'app:1' }) },
    });
    expect(strip(await v.validate(noName))).toEqual([
      {
        rule: 'schema/required',
        path: ['spec', 'template', 'spec', 'containers', 0],
        message: 'spec.template.spec.containers[0].name is required in Container',
      },
    ]);
  });

  it('accepts explicit null on optional fields, as the API server does, and treats null on a required one as missing', async () => {
    const v = await createSchemaValidator({});
    const doc = deployment(
      {
        replicas: null,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { creationTimestamp: null, labels: { app: 'web' } },
          spec: podSpec({ name: 'app', image: 'app:1', resources: null, env: null }),
        },
      },
      { name: 'web', creationTimestamp: null, annotations: null },
    );
    expect(await v.validate(doc)).toEqual([]);
    const nullContainers = deployment({
      selector: { matchLabels: { app: 'web' } },
      template: { spec: { containers: null } },
    });
    expect(strip(await v.validate(nullContainers))).toEqual([
      {
        rule: 'schema/required',
        path: ['spec', 'template', 'spec'],
        message: 'spec.template.spec.containers is required in PodSpec',
      },
    ]);
  });

  it('stripNulls copies only what holds a null', () => {
    const clean = { a: { b: [1, { c: 2 }] } };
    expect(stripNulls(clean)).toBe(clean);
    const dirty = { a: { b: null, c: [{ d: null, e: 1 }] }, f: { g: 1 } };
    const out = stripNulls(dirty);
    expect(out).toEqual({ a: { c: [{ e: 1 }] }, f: { g: 1 } });
    expect(out.f).toBe(dirty.f);
    expect(dirty.a.b).toBeNull();
  });

  it('accepts IntOrString fields as integers and as strings, and nothing else', async () => {
    const v = await createSchemaValidator({});
    const svc = (targetPort: unknown) => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { ports: [{ port: 80, targetPort }] },
    });
    expect(await v.validate(svc(8080))).toEqual([]);
    expect(await v.validate(svc('http'))).toEqual([]);
    expect(strip(await v.validate(svc(1.5)))).toEqual([
      {
        rule: 'schema/type',
        path: ['spec', 'ports', 0, 'targetPort'],
        message: 'spec.ports[0].targetPort must be integer or string, got number',
      },
    ]);
    expect(strip(await v.validate(svc(true)))).toEqual([
      {
        rule: 'schema/type',
        path: ['spec', 'ports', 0, 'targetPort'],
        message: 'spec.ports[0].targetPort must be integer or string, got boolean',
      },
    ]);
    const strategy = (maxUnavailable: unknown) =>
      deployment({
        selector: {},
        template: { spec: podSpec() },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable } },
      });
    expect(await v.validate(strategy(1))).toEqual([]);
    expect(await v.validate(strategy('25%'))).toEqual([]);
  });

  it('accepts quantities as strings and numbers', async () => {
    const v = await createSchemaValidator({});
    const doc = deployment({
      selector: {},
      template: {
        spec: podSpec({
          name: 'a',
          resources: { limits: { cpu: 1, memory: '1Gi' }, requests: { cpu: '100m', memory: 134217728 } },
        }),
      },
    });
    expect(await v.validate(doc)).toEqual([]);
    doc.spec.template.spec.containers[0].resources.limits.cpu = true;
    expect(strip(await v.validate(doc))).toEqual([
      {
        rule: 'schema/type',
        path: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'cpu'],
        message: 'spec.template.spec.containers[0].resources.limits.cpu must be number or string, got boolean',
      },
    ]);
  });

  it('keeps maps open (labels, annotations, data) and checks Secret data is base64 without quoting it', async () => {
    const v = await createSchemaValidator({});
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', labels: { anything: 'goes' } },
      data: { ok: 'aGk=', bad: 'hunter2!' },
    };
    const issues = await v.validate(secret);
    expect(strip(issues)).toEqual([
      { rule: 'schema/invalid', path: ['data', 'bad'], message: 'data.bad must be base64-encoded data' },
    ]);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
  });

  it('validates every item of a kind: List', async () => {
    const v = await createSchemaValidator({});
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }, statefulSet({ replica: 2 })],
    };
    expect(strip(await v.validate(list))).toEqual([
      {
        rule: 'schema/unknown-field',
        path: ['items', 1, 'spec', 'replica'],
        message: 'spec.replica is not a field of StatefulSetSpec; did you mean replicas?',
      },
    ]);
  });

  it('reports a resource without apiVersion or kind', async () => {
    const v = await createSchemaValidator({});
    expect(strip(await v.validate({ kind: 'ConfigMap', metadata: { name: 'x' } }))).toEqual([
      { rule: 'schema/required', path: [], message: 'apiVersion is required in every resource' },
    ]);
  });

  it('does not report unknown fields when strict is off, but still the rest', async () => {
    const v = await createSchemaValidator({ strict: false });
    expect(strip(await v.validate(statefulSet({ updateStategy: {}, replicas: 'x' })))).toEqual([
      { rule: 'schema/type', path: ['spec', 'replicas'], message: 'spec.replicas must be integer, got string' },
    ]);
  });

  it('lists the known versions of a kind', () => {
    expect(DEFAULT_RELEASE).toBe(RELEASES[RELEASES.length - 1]);
    expect(RELEASES[0]).toBe('1.30');
    expect(knownVersions('Deployment')).toEqual(['apps/v1']);
    expect(knownVersions('HorizontalPodAutoscaler')).toEqual(['autoscaling/v1', 'autoscaling/v2']);
    expect(knownVersions('PrometheusRule')).toEqual(['monitoring.coreos.com/v1']);
    expect(knownVersions('Ingress', 'extensions')).toEqual([]);
  });

  it('passes a clean resource of each common kind with zero issues', async () => {
    const v = await createSchemaValidator({});
    const kinds = validDocs.map((d) => d.kind as string);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Deployment',
        'Service',
        'ConfigMap',
        'Secret',
        'StatefulSet',
        'DaemonSet',
        'CronJob',
        'Job',
        'Ingress',
        'NetworkPolicy',
        'PodDisruptionBudget',
        'ServiceAccount',
        'PrometheusRule',
        'ServiceMonitor',
        'Certificate',
        'Issuer',
      ]),
    );
    for (const doc of validDocs)
      expect({ kind: doc.kind, name: doc.metadata.name, issues: await v.validate(doc) }).toEqual({
        kind: doc.kind,
        name: doc.metadata.name,
        issues: [],
      });
  });
});

describe('unknown kinds and removed APIs', () => {
  it('names the versions that exist when a CRD version is unknown', async () => {
    const v = await createSchemaValidator({});
    const rule = {
      apiVersion: 'monitoring.coreos.com/v1beta1',
      kind: 'PrometheusRule',
      metadata: { name: 'r' },
      spec: { groups: [] },
    };
    expect(await v.validate(rule)).toEqual([
      {
        rule: 'schema/unknown-kind',
        severity: 'error',
        path: [],
        message: 'PrometheusRule has no monitoring.coreos.com/v1beta1 schema; known: v1',
      },
    ]);
  });

  it('says when a kind is not known at all: a warning for a group nothing covers, with the severity configured per kind', async () => {
    const thing = { apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't' } };
    const v = await createSchemaValidator({});
    expect(await v.validate(thing)).toEqual([
      {
        rule: 'schema/unknown-kind',
        severity: 'warning',
        path: [],
        message: `cannot validate Thing (example.com/v1): it is not a Kubernetes ${DEFAULT_RELEASE} kind and no CRD defines it; add its CRD to crds/ or schemas.crds to check it (schemas.unknownKinds sets how this is reported)`,
      },
    ]);
    const warn = await createSchemaValidator({
      unknownKinds: { default: 'notice', kinds: { 'example.com/Thing': 'warning' } },
    });
    expect((await warn.validate(thing)).map((i) => i.severity)).toEqual(['warning']);
    expect((await warn.validate({ ...thing, kind: 'Other' })).map((i) => i.severity)).toEqual(['notice']);
    const byKind = await createSchemaValidator({ unknownKinds: { kinds: { Thing: 'off' } } });
    expect(await byKind.validate(thing)).toEqual([]);
  });

  it('a kind a Kubernetes or catalog group does not have is an error, with the kind meant', async () => {
    const v = await createSchemaValidator({});
    expect(await v.validate({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'd' } })).toEqual([
      {
        rule: 'schema/unknown-kind',
        severity: 'error',
        path: [],
        message: `apps/v1 has no kind Deploymnet in Kubernetes ${DEFAULT_RELEASE}; did you mean Deployment?`,
      },
    ]);
    expect(
      await v.validate({ apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitr', metadata: { name: 's' } }),
    ).toEqual([
      {
        rule: 'schema/unknown-kind',
        severity: 'error',
        path: [],
        message: `monitoring.coreos.com/v1 has no kind ServiceMonitr in Kubernetes ${DEFAULT_RELEASE}; did you mean ServiceMonitor?`,
      },
    ]);
  });

  it('validates against the schema set of the target release: fields added after 1.30 are unknown there only', async () => {
    const v = await createSchemaValidator({});
    const pod = deployment({
      selector: { matchLabels: { a: 'b' } },
      template: {
        metadata: { labels: { a: 'b' } },
        spec: {
          containers: [{ name: 'c', image: 'i', lifecycle: { stopSignal: 'SIGTERM' } }],
          volumes: [{ name: 'v', image: { reference: 'registry.example/data:1' } }],
        },
      },
    });
    expect(strip(await v.validate(pod, { kubeVersion: '1.30.0' }))).toEqual([
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'template', 'spec', 'containers', 0, 'lifecycle', 'stopSignal'],
        message: 'spec.template.spec.containers[0].lifecycle.stopSignal is not a field of Lifecycle',
      },
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'template', 'spec', 'volumes', 0, 'image'],
        message: 'spec.template.spec.volumes[0].image is not a field of Volume',
      },
    ]);
    expect(await v.validate(pod, { kubeVersion: '1.33.0' })).toEqual([]);
    // an older or newer minor than any shipped set: the nearest one
    expect((await v.validate(pod, { kubeVersion: '1.28.4' })).map((i) => i.rule)).toEqual([
      'schema/unknown-field',
      'schema/unknown-field',
    ]);
    expect(await v.validate(pod, { kubeVersion: '1.45.0' })).toEqual([]);
  });

  it('knows the fields the admission webhook rules have in every release', async () => {
    const v = await createSchemaValidator({});
    const hook = {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'h' },
      webhooks: [
        {
          name: 'h.example.com',
          admissionReviewVersions: ['v1'],
          sideEffects: 'None',
          clientConfig: { service: { name: 's', namespace: 'n' } },
          rules: [
            { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'], scope: 'Namespaced' },
          ],
        },
      ],
    };
    for (const r of RELEASES) expect(await v.validate(hook, { kubeVersion: `${r}.0` })).toEqual([]);
  });

  it('reports an API removed before the target Kubernetes version, with its replacement', async () => {
    const cron = {
      apiVersion: 'batch/v1beta1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: { schedule: '* * * * *', jobTemplate: {} },
    };
    const v = await createSchemaValidator({});
    expect(await v.validate(cron, { kubeVersion: '1.30.0' })).toEqual([
      {
        rule: 'schema/removed-api',
        severity: 'error',
        path: ['apiVersion'],
        message: 'batch/v1beta1 CronJob was removed in Kubernetes 1.25 (target 1.30.0); use batch/v1',
      },
    ]);
    // still served in 1.24: nothing to report about removal, and no schema here to judge it by
    expect(await v.validate(cron, { kubeVersion: '1.24.0' })).toEqual([]);
    // the validator's own kubeVersion applies when the call names none
    const old = await createSchemaValidator({ kubeVersion: 'v1.24.3' });
    expect(await old.validate(cron)).toEqual([]);
  });

  it('knows the removals of the migration guide', async () => {
    const v = await createSchemaValidator({});
    const msg = async (apiVersion: string, kind: string, kubeVersion: string) =>
      (await v.validate({ apiVersion, kind, metadata: { name: 'x' } }, { kubeVersion })).map((i) => i.message);
    expect(await msg('policy/v1beta1', 'PodDisruptionBudget', '1.25')).toEqual([
      'policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25 (target 1.25); use policy/v1',
    ]);
    expect(await msg('extensions/v1beta1', 'Ingress', '1.22')).toEqual([
      'extensions/v1beta1 Ingress was removed in Kubernetes 1.22 (target 1.22); use networking.k8s.io/v1',
    ]);
    expect(await msg('networking.k8s.io/v1beta1', 'Ingress', '1.29')).toEqual([
      'networking.k8s.io/v1beta1 Ingress was removed in Kubernetes 1.22 (target 1.29); use networking.k8s.io/v1',
    ]);
    expect(await msg('apps/v1beta2', 'StatefulSet', '1.16')).toEqual([
      'apps/v1beta2 StatefulSet was removed in Kubernetes 1.16 (target 1.16); use apps/v1',
    ]);
    expect(await msg('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26')).toEqual([
      'autoscaling/v2beta2 HorizontalPodAutoscaler was removed in Kubernetes 1.26 (target 1.26); use autoscaling/v2',
    ]);
    expect(await msg('autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.25')).toEqual([
      'autoscaling/v2beta1 HorizontalPodAutoscaler was removed in Kubernetes 1.25 (target 1.25); use autoscaling/v2',
    ]);
    expect(await msg('policy/v1beta1', 'PodSecurityPolicy', '1.30')).toEqual([
      'policy/v1beta1 PodSecurityPolicy was removed in Kubernetes 1.25 (target 1.30); there is no replacement; use Pod Security Admission or a third-party admission webhook',
    ]);
    // the replacement named is one the target serves
    expect(await msg('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', '1.27')).toEqual([
      'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema was removed in Kubernetes 1.26 (target 1.27); use flowcontrol.apiserver.k8s.io/v1beta3',
    ]);
    expect(await msg('flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema', '1.29')).toEqual([
      'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema was removed in Kubernetes 1.29 (target 1.29); use flowcontrol.apiserver.k8s.io/v1',
    ]);
  });

  it('judges removal by the target version even when the embedded set still has the schema', async () => {
    const v = await createSchemaValidator({});
    const fs = {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
      kind: 'FlowSchema',
      metadata: { name: 'f' },
      spec: { priorityLevelConfiguration: { name: 'p' }, matchingPrecedence: 500 },
    };
    expect(await v.validate(fs, { kubeVersion: '1.30' })).toEqual([]);
    expect(
      strip(await v.validate({ ...fs, spec: { ...fs.spec, matchingPrecedance: 1 } }, { kubeVersion: '1.30' })),
    ).toEqual([
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'matchingPrecedance'],
        message: 'spec.matchingPrecedance is not a field of FlowSchemaSpec; did you mean matchingPrecedence?',
      },
    ]);
    expect((await v.validate(fs, { kubeVersion: '1.32' })).map((i) => i.rule)).toEqual(['schema/removed-api']);
  });
});

describe('CRDs', () => {
  const widget = (spec: Obj, extra: Obj = {}): Obj => ({
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    metadata: { name: 'w' },
    spec,
    ...extra,
  });

  it('validates the CustomResourceDefinition kind itself', async () => {
    const v = await createSchemaValidator({});
    expect(await v.validate(widgetCrd)).toEqual([]);
    const typo = structuredClone(widgetCrd);
    typo.spec.versions[1].schema.openAPIV3Schema.properties.spec.properties.size.tpye = 'string';
    typo.spec.scpoe = 'Namespaced';
    // issues come in document order: spec.versions is before the misspelt key added last
    expect(strip(await v.validate(typo))).toEqual([
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'versions', 1, 'schema', 'openAPIV3Schema', 'properties', 'spec', 'properties', 'size', 'tpye'],
        message:
          'spec.versions[1].schema.openAPIV3Schema.properties.spec.properties.size.tpye is not a field of JSONSchemaProps; did you mean type?',
      },
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'scpoe'],
        message: 'spec.scpoe is not a field of CustomResourceDefinitionSpec; did you mean scope?',
      },
    ]);
  });

  it('converts a CRD passed to validate() and checks custom resources against it', async () => {
    const v = await createSchemaValidator({});
    const ok = widget({
      size: 'small',
      image: 'w:1',
      replicas: null,
      port: 'http',
      mode: 'FAST',
      labels: { a: 'b' },
      parts: [{ name: 'p', weight: 0.5 }],
    });
    // without the CRD the kind is unknown
    expect((await v.validate(ok)).map((i) => i.rule)).toEqual(['schema/unknown-kind']);
    expect(await v.validate(ok, { crds: [widgetCrd] })).toEqual([]);
    expect(await v.validate(widget({ size: 'large', source: 'git', port: 8080 }), { crds: [widgetCrd] })).toEqual([]);

    const bad = widget({
      size: 'huge',
      image: 'w:1',
      replicas: 0,
      port: 1.5,
      mode: 'medium',
      colour: 'red',
      parts: [{ name: 'p', wieght: 1 }],
    });
    expect(strip(await v.validate(bad, { crds: [widgetCrd] }))).toEqual([
      {
        rule: 'schema/enum',
        path: ['spec', 'size'],
        message: 'spec.size must be one of small, medium, large; got "huge"',
      },
      { rule: 'schema/invalid', path: ['spec', 'replicas'], message: 'spec.replicas must be >= 1' },
      { rule: 'schema/type', path: ['spec', 'port'], message: 'spec.port must be integer or string, got number' },
      { rule: 'schema/invalid', path: ['spec', 'mode'], message: 'spec.mode must match the pattern ^(?i)(fast|slow)$' },
      { rule: 'schema/unknown-field', path: ['spec', 'colour'], message: 'spec.colour is not a field of Widget spec' },
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'parts', 0, 'wieght'],
        message: 'spec.parts[0].wieght is not a field of Widget spec.parts[]; did you mean weight?',
      },
    ]);
  });

  it('honours x-kubernetes-preserve-unknown-fields and checks metadata as ObjectMeta', async () => {
    const v = await createSchemaValidator({ crds: [widgetCrd] });
    const free = widget({ size: 'medium', image: 'w', config: { anything: { nested: [1, 'two', { three: true }] } } });
    expect(await v.validate(free)).toEqual([]);
    expect(
      strip(await v.validate(widget({ size: 'medium', image: 'w' }, { metadata: { name: 'w', lables: {} } }))),
    ).toEqual([
      {
        rule: 'schema/unknown-field',
        path: ['metadata', 'lables'],
        message: 'metadata.lables is not a field of ObjectMeta; did you mean labels?',
      },
    ]);
  });

  it('reports a failed oneOf once, without the errors of each branch', async () => {
    const v = await createSchemaValidator({ crds: [widgetCrd] });
    expect(strip(await v.validate(widget({ size: 'small' })))).toEqual([
      { rule: 'schema/required', path: ['spec'], message: 'spec must set one of image, source' },
    ]);
    expect(strip(await v.validate(widget({ size: 'small', image: 'a', source: 'b' })))).toEqual([
      { rule: 'schema/invalid', path: ['spec'], message: 'spec must set only one of image, source' },
    ]);
  });

  it('names the served versions of a CRD that lacks the requested one', async () => {
    const v = await createSchemaValidator({});
    expect(
      await v.validate(
        { apiVersion: 'example.com/v1alpha1', kind: 'Widget', metadata: { name: 'w' } },
        { crds: [widgetCrd] },
      ),
    ).toEqual([
      {
        rule: 'schema/unknown-kind',
        severity: 'error',
        path: [],
        message: 'Widget has no example.com/v1alpha1 schema; known: v1',
      },
    ]);
  });

  it('a CRD given for the call wins over a built-in one', async () => {
    const v = await createSchemaValidator({});
    const loose = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'servicemonitors.monitoring.coreos.com' },
      spec: {
        group: 'monitoring.coreos.com',
        names: { kind: 'ServiceMonitor', plural: 'servicemonitors' },
        scope: 'Namespaced',
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        ],
      },
    };
    const sm = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 's' },
      spec: { anything: 1 },
    };
    expect((await v.validate(sm)).map((i) => i.rule)).toEqual([
      'schema/required',
      'schema/required',
      'schema/unknown-field',
    ]);
    expect(await v.validate(sm, { crds: [loose] })).toEqual([]);
  });

  it('converts OpenAPI 3.0 specifics: nullable, int-or-string, exclusive limits, branches left open', () => {
    expect(
      convertOpenApi({
        type: 'object',
        properties: {
          a: { type: 'string', nullable: true, enum: ['x'] },
          b: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
          c: { type: 'number', minimum: 0, exclusiveMinimum: true },
          d: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { e: { type: 'string' } } },
        },
        allOf: [{ properties: { a: { maxLength: 3 } } }],
      }),
    ).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        a: { type: ['string', 'null'], enum: ['x', null] },
        b: { type: ['integer', 'string'] },
        c: { type: 'number', exclusiveMinimum: 0 },
        d: { type: 'object', properties: { e: { type: 'string' } } },
      },
      allOf: [{ properties: { a: { maxLength: 3 } } }],
    });
  });
});

describe('built-in CRDs', () => {
  it('reports a typo inside ServiceMonitor spec.endpoints[].bearerTokenSecret', async () => {
    const v = await createSchemaValidator({});
    const sm = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'sm' },
      spec: {
        selector: { matchLabels: { app: 'a' } },
        endpoints: [{ port: 'metrics', bearerTokenSecret: { nme: 'token', key: 'token' } }],
      },
    };
    expect(strip(await v.validate(sm))).toEqual([
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'endpoints', 0, 'bearerTokenSecret', 'nme'],
        message:
          'spec.endpoints[0].bearerTokenSecret.nme is not a field of ServiceMonitor spec.endpoints[].bearerTokenSecret; did you mean name?',
      },
    ]);
  });

  it('checks PrometheusRule, Certificate and Issuer strictly', async () => {
    const v = await createSchemaValidator({});
    const rule = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'r' },
      spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expression: 'up == 0', for: '5 minutes' }] }] },
    };
    expect(strip(await v.validate(rule))).toEqual([
      {
        rule: 'schema/required',
        path: ['spec', 'groups', 0, 'rules', 0],
        message: 'spec.groups[0].rules[0].expr is required in PrometheusRule spec.groups[].rules[]',
      },
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'groups', 0, 'rules', 0, 'expression'],
        message: 'spec.groups[0].rules[0].expression is not a field of PrometheusRule spec.groups[].rules[]',
      },
      {
        rule: 'schema/invalid',
        path: ['spec', 'groups', 0, 'rules', 0, 'for'],
        message: expect.stringMatching(/^spec\.groups\[0\]\.rules\[0\]\.for must match the pattern \^\(0\|/),
      },
    ]);
    const cert = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'c' },
      spec: { secretName: 's', issuerRef: { name: 'i' }, privateKey: { algorithm: 'rsa' }, dnsName: ['a'] },
    };
    expect(strip(await v.validate(cert))).toEqual([
      {
        rule: 'schema/enum',
        path: ['spec', 'privateKey', 'algorithm'],
        message: 'spec.privateKey.algorithm must be one of RSA, ECDSA, Ed25519; got "rsa" (did you mean RSA?)',
      },
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'dnsName'],
        message: 'spec.dnsName is not a field of Certificate spec; did you mean dnsNames?',
      },
    ]);
    const issuer = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'i' },
      spec: { selfSigned: {}, acme: { server: 'https://x' } },
    };
    expect(strip(await v.validate(issuer))).toEqual([
      {
        rule: 'schema/required',
        path: ['spec', 'acme'],
        message: 'spec.acme.privateKeySecretRef is required in ClusterIssuer spec.acme',
      },
    ]);
  });
});

describe('schema locations', () => {
  const gadget = (spec: Obj) => ({ apiVersion: 'example.com/v1', kind: 'Gadget', metadata: { name: 'g' }, spec });
  let server: Server;
  let base: string;
  const requests: string[] = [];
  const schemaBody = readFileSync(
    join(fixtures, 'locations', 'v1.30.0-standalone-strict', 'gadget-example-v1.json'),
    'utf8',
  );
  let cacheDir: string;

  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'helm-guard-schemas-'));
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/schemas/v1.30.0-standalone-strict/gadget-example-v1.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(schemaBody);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("expands kubeconform's template variables", () => {
    const t = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', kubeVersion: '1.30', strict: true };
    expect(
      expandTemplate(
        '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json',
        t,
      ),
    ).toBe('v1.30.0-standalone-strict/ingress-networking-v1.json');
    expect(expandTemplate('{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json', t)).toBe(
      'networking.k8s.io/ingress_v1.json',
    );
    expect(
      expandTemplate('{{ .NormalizedKubernetesVersion }}/{{ .ResourceKind }}{{ .KindSuffix }}.json', {
        apiVersion: 'v1',
        kind: 'Service',
        strict: false,
      }),
    ).toBe('master/service-v1.json');
    expect(() => expandTemplate('{{ .Nope }}', t)).toThrow(/unknown variable/);
  });

  it('reads schemas from a local directory in kubeconform layout', async () => {
    const v = await createSchemaValidator({ locations: [join(fixtures, 'locations')] });
    expect(await v.validate(gadget({ color: 'red', count: 2 }), { kubeVersion: '1.30.0' })).toEqual([]);
    expect(strip(await v.validate(gadget({ colour: 'red' }), { kubeVersion: '1.30.0' }))).toEqual([
      { rule: 'schema/required', path: ['spec'], message: 'spec.color is required in Gadget spec' },
      {
        rule: 'schema/unknown-field',
        path: ['spec', 'colour'],
        message: 'spec.colour is not a field of Gadget spec; did you mean color?',
      },
    ]);
    // another Kubernetes version has no file there: unknown
    expect((await v.validate(gadget({ color: 'red' }), { kubeVersion: '1.29.0' })).map((i) => i.rule)).toEqual([
      'schema/unknown-kind',
    ]);
    // embedded kinds still come from the embedded set
    expect(
      await v.validate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }, { kubeVersion: '1.30.0' }),
    ).toEqual([]);
    // a relative directory is read from baseDir
    const rel = await createSchemaValidator({ locations: ['locations'], baseDir: fixtures });
    expect(await rel.validate(gadget({ color: 'red' }), { kubeVersion: '1.30.0' })).toEqual([]);
  });

  it('downloads from a URL location only when asked, and caches answers, a 404 too', async () => {
    requests.length = 0;
    const opts = { locations: [`${base}/schemas`], cacheDir };
    const v = await createSchemaValidator(opts);
    expect(requests).toEqual([]);
    expect(strip(await v.validate(gadget({ color: 'purple' }), { kubeVersion: '1.30.0' }))).toEqual([
      {
        rule: 'schema/enum',
        path: ['spec', 'color'],
        message: 'spec.color must be one of red, green, blue; got "purple"',
      },
    ]);
    expect(requests).toEqual(['/schemas/v1.30.0-standalone-strict/gadget-example-v1.json']);
    // a kind the server lacks: 404, then the embedded set answers
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } };
    expect(await v.validate(cm, { kubeVersion: '1.30.0' })).toEqual([]);
    expect(requests).toEqual([
      '/schemas/v1.30.0-standalone-strict/gadget-example-v1.json',
      '/schemas/v1.30.0-standalone-strict/configmap-v1.json',
    ]);
    await v.validate(cm, { kubeVersion: '1.30.0' });
    expect(requests).toHaveLength(2);

    // a new validator (a later run) finds both answers in the cache directory: no request at all
    const again = await createSchemaValidator(opts);
    expect(await again.validate(cm, { kubeVersion: '1.30.0' })).toEqual([]);
    expect((await again.validate(gadget({ color: 'purple' }), { kubeVersion: '1.30.0' })).map((i) => i.rule)).toEqual([
      'schema/enum',
    ]);
    expect(requests).toHaveLength(2);
    expect(again.requests).toBe(0);
  });

  it("tries the embedded set first when locations name 'default' before a URL", async () => {
    requests.length = 0;
    const v = await createSchemaValidator({ locations: ['default', `${base}/schemas`] });
    expect(
      await v.validate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }, { kubeVersion: '1.30.0' }),
    ).toEqual([]);
    expect(requests).toEqual([]);
    expect(await v.validate(gadget({ color: 'red' }), { kubeVersion: '1.30.0' })).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe('precompiled validators', () => {
  const index = JSON.parse(readFileSync(join(root, 'schemas/k8s/index.json'), 'utf8')) as { modules: string[] };
  const defsOf = (m: string) =>
    JSON.parse(readFileSync(join(root, 'schemas/k8s/defs', `${m}.json`), 'utf8')) as Record<string, unknown>;

  it('every variant of every definition has a source that compiles, and names the definitions it refers to', async () => {
    await loadState();
    let n = 0;
    for (const mod of index.modules) {
      const defs = defsOf(mod);
      const keys = Object.keys(defs).map((k) => k.replace('@', '_'));
      const sources = keys.map((k) => validatorSource(mod, k));
      sources.forEach((s, i) => expect(s, `${mod} ${keys[i]}`).toBeDefined());
      const fns = compileValidators(sources.map((s) => s!.code));
      fns.forEach((f, i) => expect(typeof f, `${mod} ${keys[i]}`).toBe('function'));
      // the references are the schema's own $refs
      Object.entries(defs).forEach(([key, schema], i) => {
        const refs = [...JSON.stringify(schema).matchAll(/"\$ref":"([\w-]+#\w+)"/g)].map((m) => m[1]);
        expect([...sources[i]!.refs].sort(), `${mod} ${key}`).toEqual([...new Set(refs)].sort());
      });
      n += keys.length;
    }
    expect(n).toBeGreaterThan(1000);
  });

  it("a validator made from its source checks as the schema says, and reaches other definitions through the release's table", async () => {
    await loadState();
    const rel = JSON.parse(readFileSync(join(root, 'schemas/k8s/1.36.json'), 'utf8')) as {
      definitions: Record<string, Record<string, string>>;
    };
    const src = validatorSource('core-v1', `ConfigMap_${rel.definitions['core-v1']!.ConfigMap}`)!;
    expect(src.refs).toEqual(['meta-v1#ObjectMeta']);
    const [configMap] = compileValidators([src.code]);
    const meta = validatorSource('meta-v1', `ObjectMeta_${rel.definitions['meta-v1']!.ObjectMeta}`)!;
    const state = (globalThis as unknown as Record<symbol, { t: Record<string, unknown> }>)[
      Symbol.for('helm-guard.schemas')
    ]!;
    const before = state.t;
    try {
      state.t = { 'meta-v1#ObjectMeta': compileValidators([meta.code])[0] };
      expect(configMap!({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } })).toBe(true);
      expect(configMap!({ apiVersion: 'v1', kind: 'ConfigMap', data: { k: 1 } })).toBe(false);
      expect(configMap!.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/data/k type']);
      expect(configMap!({ kind: 'ConfigMap', metadata: { name: 'a', labelz: {} } })).toBe(false);
      expect(configMap!.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
        '/metadata additionalProperties',
      ]);
    } finally {
      state.t = before;
    }
  });
});

describe('generation and speed', () => {
  it('the CRD catalog is what its vendored upstream sources make', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/gen-crd-catalog.mjs'), '--check'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toMatch(/ 0 file\(s\) out of date, missing or extra/);
  });

  it('the Kubernetes data is whole: every definition a release names exists, every kind is a definition', () => {
    const index = JSON.parse(readFileSync(join(root, 'schemas/k8s/index.json'), 'utf8'));
    expect(index.releases).toEqual(RELEASES);
    const defs = new Map<string, Record<string, unknown>>(
      index.modules.map((m: string) => [
        m,
        JSON.parse(readFileSync(join(root, 'schemas/k8s/defs', `${m}.json`), 'utf8')),
      ]),
    );
    const used = new Set<string>();
    for (const minor of RELEASES) {
      const rel = JSON.parse(readFileSync(join(root, 'schemas/k8s', `${minor}.json`), 'utf8'));
      expect(rel.kubernetesVersion).toBe(minor);
      expect(rel.source.commit).toMatch(/^[0-9a-f]{40}$/);
      for (const [mod, table] of Object.entries(rel.definitions as Record<string, Record<string, string>>))
        for (const [name, hash] of Object.entries(table)) {
          expect(defs.get(mod)?.[`${name}@${hash}`], `${minor} ${mod}#${name}`).toBeDefined();
          used.add(`${mod}#${name}@${hash}`);
        }
      for (const kinds of Object.values(rel.kinds as Record<string, Record<string, string>>))
        for (const ref of Object.values(kinds)) {
          const [mod, name] = ref.split('#');
          expect(rel.definitions[mod!]?.[name!], `${minor} ${ref}`).toBeDefined();
        }
      expect(rel.served).toContain('apiregistration.k8s.io/v1');
      expect(rel.served).toContain('policy/v1/PodDisruptionBudget');
      expect(rel.served.some((v: string) => /alpha/.test(v))).toBe(false);
    }
    // no variant that no release uses
    for (const [mod, all] of defs)
      for (const key of Object.keys(all)) expect(used.has(`${mod}#${key}`), key).toBe(true);
  });

  it('validates at least 20,000 typical documents per second after warm-up', async () => {
    let best = 0;
    for (let i = 0; i < 3 && best < 20_000; i++) {
      const r = await benchSchemas({ documents: 3_000, minMs: 400 });
      expect(r.issues).toBe(0);
      best = Math.max(best, r.docsPerSecond);
    }
    expect(best).toBeGreaterThanOrEqual(20_000);
  });

  it("validates at least 20,000 documents per second in a plain Node process too (its module loader, not the test runner's)", () => {
    // a dynamic import per validation cost nothing here and 95% of the throughput in Node
    let best = 0;
    for (let i = 0; i < 3 && best < 20_000; i++) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/schemas.ts')], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      });
      const m = / (\d+) documents\/s after warm-up; cold start \d+ ms; 0 issues/.exec(out);
      expect(m, out).not.toBeNull();
      best = Math.max(best, Number(m![1]));
    }
    expect(best).toBeGreaterThanOrEqual(20_000);
  });
});
