import { RULES } from '../rules/index.js';
import { loadParsersFor } from '../rules/parsers.js';
import { toPointer } from '../types.js';
import type { Stage } from './types.js';

/** The semantic rules, each on the whole render (a rule that throws costs its own result only). */
export const rules: Stage = {
  name: 'rules',
  async run(ctx) {
    ctx.checks.rules = 'pass';
    await loadParsersFor(ctx.manifests);
    for (const rule of RULES) {
      const setting = ctx.combo.rules[rule.id];
      if (setting?.severity === 'off' && !setting.resources?.length) continue;
      let issues;
      try {
        issues = rule.check({
          combo: ctx.combo.name,
          manifests: ctx.manifests,
          options: setting?.options ?? {},
          chartDir: ctx.config.chartDir,
          baseDir: ctx.config.configDir,
          external: ctx.config.external,
        });
      } catch (e) {
        ctx.add({
          severity: 'error',
          rule: 'internal/rule-failed',
          combo: ctx.combo.name,
          message: `rule ${rule.id} could not check this render (${e instanceof Error ? e.message : String(e)}); the other checks ran`,
        });
        continue;
      }
      for (const i of issues) {
        const loc = i.manifest.locate(i.path ?? []);
        ctx.add(
          {
            severity: i.severity ?? rule.severity,
            rule: rule.id,
            combo: ctx.combo.name,
            message: i.message,
            resource: i.manifest.resource,
            ...(i.path ? { path: toPointer(i.path) } : {}),
            ...(loc ? { location: loc } : {}),
          },
          i.manifest,
        );
      }
    }
  },
};
