import type { Manifest } from '../../manifests/types.js';
import { podReferences, podSpecOf } from '../../rules/pods.js';
import type { PathSeg } from '../../types.js';
import { identityOf, isHook, refOf } from '../identity.js';
import type { UpgradeIssue } from '../types.js';
import { contentChanges, isConfigKind } from './config-data.js';
import { defaultedPair, isRollingWorkload, makeIssue, templateChanges, type UpgradeRule } from './common.js';

const RULE = { id: 'upgrade/config-not-rolled', severity: 'notice' as const };

interface Workload {
  base: Manifest;
  head: Manifest;
  namespace: string;
}

/** Rolling workloads present in both renders: from the whole renders when known, else from the changed diffs. */
function workloads(ctx: Parameters<UpgradeRule['check']>[0]): Workload[] {
  const out: Workload[] = [];
  const r = ctx.renders;
  if (r) {
    const base = new Map<string, Manifest>();
    for (const m of r.base) if (isRollingWorkload(m)) base.set(identityOf(m, r.namespace, r.scopes).id, m);
    for (const m of r.head) {
      if (!isRollingWorkload(m)) continue;
      const ident = identityOf(m, r.namespace, r.scopes);
      const b = base.get(ident.id);
      if (b) out.push({ base: b, head: m, namespace: ident.namespace ?? '' });
    }
    return out;
  }
  for (const d of ctx.diffs)
    if (d.status === 'changed' && d.base && d.head && isRollingWorkload(d.head))
      out.push({ base: d.base, head: d.head, namespace: d.namespace ?? '' });
  return out;
}

/**
 * A ConfigMap or Secret whose content changes, used by a workload whose pod template does not: nothing restarts the
 * pods, so environment variables keep their old values, and mounted files (updated in place by the kubelet, except
 * subPath mounts) are only seen by programs that re-read them.
 */
export const configNotRolled: UpgradeRule = {
  ...RULE,
  description:
    'A ConfigMap or Secret changes but a workload that uses it (volumes, env, envFrom) keeps the same pod template: its running pods keep the old configuration.',
  check(ctx) {
    const changed = new Map<string, string[]>();
    for (const d of ctx.diffs) {
      if (d.status !== 'changed' || !isConfigKind(d.base) || !isConfigKind(d.head)) continue;
      if (isHook(d.base) || isHook(d.head)) continue;
      const keys = contentChanges(d.base!, d.head!);
      if (keys.length > 0) changed.set(`${d.kind} ${d.namespace ?? ''}/${d.name}`, keys);
    }
    if (changed.size === 0) return [];
    const out: UpgradeIssue[] = [];
    for (const w of workloads(ctx)) {
      if (isHook(w.base) || isHook(w.head)) continue;
      const pod = podSpecOf(w.head);
      if (!pod) continue;
      const uses: { what: string; path: PathSeg[] }[] = [];
      const seen = new Set<string>();
      for (const ref of podReferences(pod)) {
        if ((ref.kind !== 'ConfigMap' && ref.kind !== 'Secret') || ref.via === 'imagePullSecrets') continue;
        const key = `${ref.kind} ${w.namespace}/${ref.name}`;
        const keys = changed.get(key);
        if (!keys) continue;
        if (seen.has(key)) continue;
        seen.add(key);
        const names = keys.map((k) => k.replace(/^(data|binaryData)\//, ''));
        uses.push({ what: `${ref.kind}/${ref.name} (${ref.via}; keys changed: ${names.join(', ')})`, path: ref.path });
      }
      if (uses.length === 0) continue;
      if (templateChanges(defaultedPair(w.base, w.head)).length > 0) continue;
      out.push(
        makeIssue(RULE, {
          manifest: w.head,
          baseManifest: w.base,
          path: uses[0]!.path,
          message: `${refOf(w.head)} uses ${uses.map((u) => u.what).join(' and ')}, which changes, but its pod template does not: the running pods keep the old configuration (environment variables never change in a running container; mounted files change in place, but most programs read them only at start). Add a checksum of the configuration to the pod template's annotations (for example checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}) so that the pods roll when it changes.`,
        }),
      );
    }
    return out;
  },
};
