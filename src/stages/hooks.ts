import { locateHookAnnotation, unknownHooks } from '../helm/unknown-hooks.js';
import { HOOK_EVENTS } from '../rules/hooks.js';
import type { Stage } from './types.js';

/** A misspelt hook makes helm drop the resource silently (a note on stderr is all it says). */
export const hooks: Stage = {
  name: 'hooks',
  run(ctx) {
    for (const value of unknownHooks(ctx.render.stderr)) {
      const loc = locateHookAnnotation(ctx.config.chartDir, value, ctx.baseDir);
      const bad = value
        .split(',')
        .map((h) => h.trim())
        .filter((h) => !HOOK_EVENTS.has(h));
      ctx.add({
        severity: 'error',
        rule: 'render/unknown-hook',
        combo: ctx.combo.name,
        message: `helm.sh/hook "${value}": helm knows no hook ${bad.map((h) => `"${h}"`).join(', ')}, so it leaves the whole resource out of the release (hooks: ${[...HOOK_EVENTS].join(', ')})`,
        ...(loc ? { location: loc } : {}),
      });
    }
  },
};
