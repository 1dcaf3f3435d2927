import { unknownKeys } from '../values/check.js';
import type { Stage } from './types.js';

/**
 * Keys the combo sets that go nowhere (values/unknown-key): checked against the chart's static index of
 * values reads and declarations, whatever the render did.
 */
export const values: Stage = {
  name: 'values',
  run(ctx) {
    if (ctx.combo.rules['values/unknown-key']?.severity === 'off') return;
    try {
      for (const f of unknownKeys(ctx.combo, ctx.config, ctx.baseDir)) ctx.add(f);
    } catch (e) {
      ctx.add({
        severity: 'error',
        rule: 'internal/rule-failed',
        combo: ctx.combo.name,
        message: `values/unknown-key could not check the combo: ${(e as Error).message}`,
      });
    }
  },
};
