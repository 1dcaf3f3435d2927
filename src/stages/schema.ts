import { toPointer } from '../types.js';
import type { Stage } from './types.js';

/** Every resource against the schema of its kind (Kubernetes release, CRD of the render, catalog …). */
export const schema: Stage = {
  name: 'schema',
  async run(ctx) {
    const validator = await ctx.validator;
    if (!validator) return;
    ctx.checks.schema = 'pass';
    const crds = ctx.manifests.filter((m) => m.resource.kind === 'CustomResourceDefinition').map((m) => m.object);
    for (const m of ctx.manifests) {
      const issues = await validator.validate(m.object, {
        ...(ctx.combo.kubeVersion ? { kubeVersion: ctx.combo.kubeVersion } : {}),
        crds,
      });
      for (const i of issues) {
        const loc = m.locate(i.path);
        ctx.add(
          {
            severity: i.severity,
            rule: i.rule,
            combo: ctx.combo.name,
            message: i.message,
            resource: m.resource,
            path: toPointer(i.path),
            ...(loc ? { location: loc } : {}),
          },
          m,
        );
      }
    }
  },
};
