import { compareText } from '../util/text.js';
import { yaml } from '../util/vendor.js';
import type { GuardConfig } from '../config/load.js';
import { CONFIG_SCHEMA_URL } from '../config/schema-url.js';
import type { GuardResult } from '../guard.js';
import { repoPath } from '../util/paths.js';

export { coverCombos } from '../coverage/cover.js';

/**
 * A starting `.helm-guard.yaml` for a chart: its zero-config combos, and what each rendered today pinned
 * as expectations (kinds per combo; an expected failure where a combo failed with a `fail`/`required`
 * message), so that a later change to what the chart renders is a finding.
 */
export function initialConfig(config: GuardConfig, result: GuardResult, configDir: string): string {
  const combos = result.combos.map((c, i) => {
    const src = config.combos[i]!;
    const entry: Record<string, unknown> = { name: c.name };
    if (src.valuesFiles.length) entry.valuesFiles = src.valuesFiles.map((f) => repoPath(configDir, f));
    // combos --cover added: the values that reach their branches
    if (Object.keys(src.set).length) entry.set = src.set;
    const failed = c.findings.find((f) => f.rule === 'render/failed');
    if (c.render === 'failed' && failed) {
      entry.expect = { failure: failed.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') };
    } else if (c.render === 'ok') {
      entry.expect = { kinds: Object.fromEntries(Object.entries(c.kinds).sort(([a], [b]) => compareText(a, b))) };
    }
    return entry;
  });
  const doc = { chart: repoPath(configDir, config.chartDir), combos };
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    '# helm-guard configuration: the chart, its values combinations, and what each must render.',
    '# Written by `helm-guard --init` from what the chart renders now; edit freely.',
    '# Reference: https://github.com/certctl/helm-guard#configuration-helm-guardyaml',
    yaml().stringify(doc, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}
