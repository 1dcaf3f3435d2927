import { parseRender } from '../manifests/parse.js';
import type { Stage } from './types.js';

/** helm's output as located documents (also when helm failed: with --debug it prints the bad YAML). */
export const parse: Stage = {
  name: 'parse',
  run(ctx) {
    if (ctx.render.timedOut) return;
    ctx.parsed = parseRender(ctx.render.stdout, {
      combo: ctx.combo.name,
      chartDir: ctx.config.chartDir,
      baseDir: ctx.baseDir,
    });
  },
};
