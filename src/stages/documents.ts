import type { Stage } from './types.js';

/** The rendered documents: YAML problems, what was rendered, and a render with nothing in it. */
export const documents: Stage = {
  name: 'documents',
  run(ctx) {
    const parsed = ctx.parsed!;
    ctx.documents = parsed.documents;
    for (const p of parsed.problems)
      ctx.add({
        severity: 'error',
        rule: p.rule,
        combo: ctx.combo.name,
        message: p.message,
        ...(p.resource ? { resource: p.resource } : {}),
        ...(p.location ? { location: p.location } : {}),
      });
    ctx.manifests = parsed.manifests;
    for (const m of ctx.manifests) {
      ctx.kinds[m.resource.kind] = (ctx.kinds[m.resource.kind] ?? 0) + 1;
      ctx.apis.add(`${m.resource.apiVersion} ${m.resource.kind}`);
    }
    if (parsed.documents === 0) {
      ctx.add({
        severity: 'error',
        rule: 'render/empty',
        combo: ctx.combo.name,
        message: 'the render produced no resources: nothing would be installed',
      });
      ctx.done = true;
    }
  },
};
