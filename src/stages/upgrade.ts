import { toPointer } from '../types.js';
import type { ResourceDiff } from '../upgrade/index.js';
import type { Stage, UpgradeResult } from './types.js';

/** A diff as the reports carry it: what changed, never a rendered document. */
function plainDiff(d: ResourceDiff): UpgradeResult['resources'][number] {
  return {
    id: d.id,
    apiVersion: d.apiVersion,
    kind: d.kind,
    ...(d.namespace ? { namespace: d.namespace } : {}),
    name: d.name,
    status: d.status,
    changes: d.changes.map((c) => ({ ...c })),
  };
}

/**
 * Upgrade safety: the combo's render compared with its render at the base commit. What `helm upgrade`
 * cannot apply over the base (immutable fields), what loses data (a StatefulSet or PVC removed), and what
 * the change does to running pods; plus the rendered diff for the reports. Only when a base was asked for.
 */
export const upgrade: Stage = {
  name: 'upgrade',
  async run(ctx) {
    const base = ctx.base;
    if (!base) return;
    // the comparison's code loads only in a run with a base
    const { diffRenders, upgradeIssues } = await import('../upgrade/index.js');
    if ('unavailable' in base) {
      ctx.upgrade = { base: base.commit, compared: false, reason: base.unavailable, resources: [] };
      return;
    }
    const diffs = diffRenders(base.manifests, ctx.manifests, { namespace: ctx.combo.namespace });
    for (const i of upgradeIssues(diffs)) {
      const m = i.manifest ?? i.baseManifest;
      let location = i.manifest?.locate(i.path ?? []);
      if (!i.manifest && i.baseManifest) {
        // a removed resource: its base template, when that file is still there in the head
        const at = i.baseManifest.locate(i.path ?? []);
        const file = at && base.toHead(at.file);
        if (at && file) location = { ...at, file };
      }
      // the chart's own procedure for what the notice asks of an operator (`rules.<id>.options.runbook`)
      const runbook = ctx.combo.rules[i.rule]?.options?.runbook;
      ctx.add(
        {
          severity: i.severity,
          rule: i.rule,
          combo: ctx.combo.name,
          message: typeof runbook === 'string' && runbook ? `${i.message} Runbook: ${runbook}` : i.message,
          ...(m ? { resource: m.resource } : {}),
          ...(i.path ? { path: toPointer(i.path) } : {}),
          ...(location ? { location } : {}),
        },
        i.manifest,
      );
    }
    ctx.upgrade = { base: base.commit, compared: true, resources: diffs.map(plainDiff) };
  },
};
