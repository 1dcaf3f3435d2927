import { RULES } from '../rules/index.js';
import { loadParsersFor } from '../rules/parsers.js';
import type { Manifest } from '../manifests/types.js';
import type { Rule, RuleContext, RuleIssue } from '../rules/types.js';
import { toPointer } from '../types.js';
import type { Stage } from './types.js';

/** A per-document rule's issues on one document, without the manifest (each combo has its own). */
type Found = Omit<RuleIssue, 'manifest'>[];

/**
 * Per-document rules' issues, by document object and rule: a document rendered alike in several combos is
 * one shared, frozen object (manifests/parse.ts), checked once. The options are part of the key (a combo
 * may set a rule's options differently).
 */
const checked = new WeakMap<object, Map<Rule, { options: string; found: Found }>>();

/**
 * Each document as a render of its own, one array per manifest for every rule: what the rules build over a
 * render's manifests (rules/resource-index.ts, keyed on the array) is then built once per document.
 */
const alone = new WeakMap<Manifest, readonly Manifest[]>();
function aloneOf(m: Manifest): readonly Manifest[] {
  let a = alone.get(m);
  if (!a) alone.set(m, (a = [m]));
  return a;
}

/**
 * A rule's issues on a render. A per-document rule is run on each document alone, and what it found on a
 * document is reused for every combo that rendered the same one.
 */
export function checkRule(rule: Rule, ctx: RuleContext): RuleIssue[] {
  if (!rule.perDocument) return rule.check(ctx);
  const options = JSON.stringify(ctx.options);
  const issues: RuleIssue[] = [];
  for (const m of ctx.manifests) {
    // (every Kubernetes document is a mapping; anything else is checked afresh)
    if (typeof m.object !== 'object' || m.object === null) {
      issues.push(...rule.check({ ...ctx, manifests: aloneOf(m) }));
      continue;
    }
    let byRule = checked.get(m.object);
    const hit = byRule?.get(rule);
    if (hit && hit.options === options) {
      for (const f of hit.found) issues.push({ ...f, manifest: m });
      continue;
    }
    const mine = rule.check({ ...ctx, manifests: aloneOf(m) });
    const found: Found = [];
    for (const i of mine) {
      if (i.manifest !== m) throw new Error(`rule ${rule.id} reported on another document than the one it was given`);
      const { manifest: _m, ...rest } = i;
      found.push(rest);
      issues.push(i);
    }
    if (!byRule) checked.set(m.object, (byRule = new Map()));
    byRule.set(rule, { options, found });
  }
  return issues;
}

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
        issues = checkRule(rule, {
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
