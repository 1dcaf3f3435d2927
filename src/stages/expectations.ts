import { checkExpectations } from '../assertions/check.js';
import type { Stage } from './types.js';

/** What the chart owner expects of this combo: kinds, resources and their fields. */
export const expectations: Stage = {
  name: 'expectations',
  run(ctx) {
    const exp = ctx.combo.expect;
    if (!Object.keys(exp.kinds).length && !exp.resources.length && !exp.failure) return;
    ctx.checks.assertions = 'pass';
    const byKey = new Map(ctx.manifests.map((m) => [m.resource, m]));
    for (const f of checkExpectations(ctx.combo, ctx.manifests))
      ctx.add(f, f.resource ? byKey.get(f.resource) : undefined);
  },
};
