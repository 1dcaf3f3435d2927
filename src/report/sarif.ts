import { pathToFileURL } from 'node:url';
import { ALL_RULES, checkOf, type RuleInfo } from '../catalog.js';
import type { GuardResult } from '../guard.js';
import { VERSION } from '../version.js';
import { outsideRepo, readSource, repoPath, type ReportContext } from './context.js';
import { chartWideLabel, groupSpread, groupsOf, type FindingGroup } from './groups.js';
import { lineHashes } from './linehash.js';
import { locationNote, resourceName } from './sort.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;
const PROBLEM = { error: 'error', warning: 'warning', notice: 'recommendation' } as const;
const HOME = 'https://github.com/certctl/helm-guard';
/** GitHub code scanning rejects a run with more results than this (and shows the top 5,000). */
export const SARIF_MAX_RESULTS = 25_000;
/** Names listed in a result's properties. */
const MAX_NAMES = 100;

/** How sure a rule is when it fires: checks of what Kubernetes and helm themselves refuse are certain. */
function precision(rule: RuleInfo): 'very-high' | 'high' | 'medium' {
  const check = checkOf(rule.id);
  if (check === 'render' || check === 'schema' || check === 'assertions') return 'very-high';
  if (check === 'lint') return 'high';
  return rule.severity === 'error' ? 'high' : 'medium';
}

function descriptor(rule: RuleInfo) {
  const sentence = rule.description.charAt(0).toUpperCase() + rule.description.slice(1);
  const full = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  const how = `Turn it off or re-level it in .helm-guard.yaml (\`rules: { ${rule.id}: off }\`, globally, per combo or per resource), or for one resource with the annotation \`helm-guard.io/ignore: ${rule.id}\`.`;
  const area = rule.id.slice(0, rule.id.indexOf('/'));
  return {
    id: rule.id,
    name: rule.id.replace(/[/-](\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: full.length > 1024 ? `${full.slice(0, 1021)}...` : full },
    fullDescription: { text: full.length > 1024 ? `${full.slice(0, 1021)}...` : full },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    help: {
      text: `${full}\n\n${how.replace(/`/g, '')}\n\nEvery rule: ${HOME}#rules`,
      markdown: `**${rule.id}** (default: ${rule.severity}): ${full}\n\n${how}\n\n[Every rule](${HOME}#rules)`,
    },
    helpUri: `${HOME}#rules`,
    properties: {
      precision: precision(rule),
      'problem.severity': PROBLEM[rule.severity],
      tags: ['helm', 'kubernetes', checkOf(rule.id), ...(area !== checkOf(rule.id) ? [area] : [])],
    },
  };
}

/**
 * The run's category (`runAutomationDetails.id`, read as category/run-id): helm-guard, what was asked to
 * be guarded and the helm major (and the shard), so jobs that guard other charts, with another helm or as
 * other shards do not overwrite each other's results. `--sarif-category` replaces it.
 */
export function sarifCategory(r: GuardResult, ctx: ReportContext & { scope?: string }): string {
  if (ctx.sarifCategory) return ctx.sarifCategory.endsWith('/') ? ctx.sarifCategory : `${ctx.sarifCategory}/`;
  // what was asked for, from the repository root: the same whichever directory the run started in
  const asked = ctx.scope !== undefined ? ctx.scope.split(',') : r.charts;
  const scope = asked
    .map((p) => (p ? repoPath(ctx, p) : '.'))
    .join(',')
    .replace(/[^\w./,*+-]/g, '_');
  const major = /^v?(\d+)/.exec(r.helm.version)?.[1] ?? 'x';
  return `helm-guard/${scope || '.'}/helm${major}${r.shard ? `-shard-${r.shard.index}-of-${r.shard.total}` : ''}/`;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one result per finding group (its combos, resources and number of
 * occurrences in the result's properties), paths from the repository root, `primaryLocationLineHash`
 * computed as code scanning does, rules with the metadata it shows, a category per run, and no more
 * results than an upload may hold (the most severe kept, the cut noted in the run's properties). Findings
 * without a template line point at the chart's Chart.yaml.
 */
export function formatSarif(
  r: GuardResult,
  ctx: ReportContext & { scope?: string },
  maxResults = SARIF_MAX_RESULTS,
): string {
  const groups = groupsOf(r);
  const kept = groups.slice(0, maxResults);
  const used = new Set(kept.map((g) => g.rule));
  const rules = ALL_RULES.filter((x) => used.has(x.id));
  const known = new Set(rules.map((x) => x.id));
  // a rule the catalog does not know (a merged report of another version) still gets a descriptor
  for (const id of used) if (!known.has(id)) rules.push({ id, severity: 'error', description: id });
  const index = new Map(rules.map((x, i) => [x.id, i]));
  const hashes = new Map<string, string[] | undefined>();
  const hashOf = (file: string, line: number): string | undefined => {
    if (!hashes.has(file)) {
      const text = readSource(ctx, file);
      hashes.set(file, text === undefined ? undefined : lineHashes(text));
    }
    return hashes.get(file)?.[line - 1];
  };
  const several = r.charts.length > 1;
  const result = (g: FindingGroup) => {
    const f = g.first;
    const file = g.location && g.location.line >= 1 ? g.location.file : `${f.chart ?? r.chart}/Chart.yaml`;
    const line = g.location && g.location.line >= 1 ? g.location.line : 1;
    const uri = repoPath(ctx, file);
    const combos = g.combos.filter((c) => c.combo);
    const spread = groupSpread(g, { charts: several });
    const res = g.resources.length === 1 ? resourceName(f) : '';
    const where = combos.length === 1 ? `in ${combos[0]!.combo}` : combos.length ? '' : chartWideLabel(g.rule);
    const notes = [where, spread].filter(Boolean).join('; ');
    const hash = hashOf(file, line);
    return {
      ruleId: g.rule,
      ruleIndex: index.get(g.rule)!,
      level: LEVEL[g.severity],
      message: { text: `${res ? `${res}: ` : ''}${g.message}${locationNote(f)}${notes ? ` (${notes})` : ''}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: outsideRepo(uri) ? { uri: pathToFileURL(uri).href } : { uri, uriBaseId: '%SRCROOT%' },
            region: {
              startLine: line,
              ...(g.location?.column && g.location.column >= 1 ? { startColumn: g.location.column } : {}),
            },
          },
        },
      ],
      ...(hash ? { partialFingerprints: { primaryLocationLineHash: hash } } : {}),
      properties: {
        chart: f.chart ?? r.chart,
        combos: combos.slice(0, MAX_NAMES).map((c) => c.combo),
        comboCount: combos.length,
        resources: g.resources
          .slice(0, MAX_NAMES)
          .map((x) => `${x.apiVersion} ${x.kind} ${x.namespace ? `${x.namespace}/` : ''}${x.name ?? ''}`.trim()),
        resourceCount: g.resources.length,
        occurrences: g.findings.length,
        ...(f.path ? { path: f.path } : {}),
      },
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'helm-guard',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOME,
            rules: rules.map(descriptor),
          },
        },
        automationDetails: { id: sarifCategory(r, ctx) },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(ctx.repoRoot).href.replace(/\/?$/, '/')}` } },
        results: kept.map(result),
        properties: {
          helm: r.helm.version,
          result: r.result,
          failOn: r.failOn,
          findings: groups.length,
          occurrences: r.findings.length,
          ...(kept.length < groups.length
            ? {
                truncated: `${groups.length - kept.length} of ${groups.length} results left out (the least severe): an upload may hold at most ${maxResults}; the JSON report has them all`,
              }
            : {}),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
