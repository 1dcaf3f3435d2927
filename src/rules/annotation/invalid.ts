import type { Manifest } from '../../manifests/types.js';
import type { PathSeg } from '../../types.js';
import type { Rule, RuleIssue } from '../types.js';
import { isObject, podSpecOf, refName } from '../pods.js';
import { qualifiedName } from '../validation.js';

/** Kubernetes' TotalAnnotationSizeLimitB: the bytes of all keys and values of one object's annotations. */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

function annotationSites(m: Manifest): { value: unknown; path: PathSeg[]; what: string }[] {
  const sites: { value: unknown; path: PathSeg[]; what: string }[] = [
    { value: m.object.metadata?.annotations, path: ['metadata', 'annotations'], what: 'annotation' },
  ];
  const pod = podSpecOf(m);
  if (pod && pod.workloadSpecPath)
    sites.push({
      value: pod.metadata?.annotations,
      path: [...pod.metadataPath, 'annotations'],
      what: 'pod template annotation',
    });
  if (m.resource.kind === 'CronJob')
    sites.push({
      value: m.object.spec?.jobTemplate?.metadata?.annotations,
      path: ['spec', 'jobTemplate', 'metadata', 'annotations'],
      what: 'job template annotation',
    });
  return sites;
}

export const annotationInvalid: Rule = {
  id: 'annotation/invalid',
  description: 'An annotation key is not a valid qualified name, or the annotations of one object exceed 256 KiB.',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      for (const site of annotationSites(m)) {
        if (!isObject(site.value)) continue;
        let bytes = 0;
        for (const [k, v] of Object.entries(site.value)) {
          // the API server checks annotation keys lower-cased (ValidateAnnotations,
          // k8s.io/apimachinery/pkg/api/validation/objectmeta.go); label keys are case-sensitive
          const bad = qualifiedName(k.toLowerCase());
          if (bad)
            issues.push({
              manifest: m,
              path: [...site.path, k],
              message: `${refName(m)} ${site.what} key "${k}" ${bad}.`,
            });
          bytes +=
            Buffer.byteLength(k, 'utf8') +
            (typeof v === 'string' ? Buffer.byteLength(v, 'utf8') : Buffer.byteLength(JSON.stringify(v ?? ''), 'utf8'));
        }
        if (bytes > ANNOTATIONS_MAX_BYTES)
          issues.push({
            manifest: m,
            path: site.path,
            message: `${refName(m)} ${site.what}s total ${bytes} bytes; Kubernetes allows at most ${ANNOTATIONS_MAX_BYTES} (256 KiB) of keys and values.`,
          });
      }
    }
    return issues;
  },
};
