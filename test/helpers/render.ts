import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRender } from '../../src/manifests/parse.js';
import type { Manifest } from '../../src/manifests/types.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import type { Location, Severity } from '../../src/types.js';
import { HELM3, HELM4, ROOT } from './helm.js';

export { HELM3, HELM4, ROOT };

export interface RenderOptions {
  helm?: string;
  set?: Record<string, string | number | boolean>;
  releaseName?: string;
  namespace?: string;
  combo?: string;
}

/** `helm template` a chart (argv only) and parse the output into located manifests. */
export function renderChart(chartDir: string, opts: RenderOptions = {}): Manifest[] {
  const abs = resolve(ROOT, chartDir);
  const args = ['template', opts.releaseName ?? 'release-name', abs];
  if (opts.namespace) args.push('--namespace', opts.namespace);
  for (const [k, v] of Object.entries(opts.set ?? {})) args.push('--set', `${k}=${String(v)}`);
  const out = execFileSync(opts.helm ?? HELM3, args, {
    timeout: 60000,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { manifests, problems } = parseRender(out, { combo: opts.combo ?? 'default', chartDir: abs, baseDir: ROOT });
  if (problems.length > 0)
    throw new Error(`render of ${chartDir} has problems: ${problems.map((p) => p.message).join('; ')}`);
  return manifests;
}

/** Parse YAML documents without a chart (no template locations): for rule unit tests. */
export function parseDocs(text: string, combo = 'default'): Manifest[] {
  const { manifests, problems } = parseRender(text, { combo, chartDir: ROOT, baseDir: ROOT });
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  return manifests;
}

export function context(manifests: readonly Manifest[], extra: Partial<RuleContext> = {}): RuleContext {
  return {
    combo: 'default',
    manifests,
    options: {},
    chartDir: ROOT,
    baseDir: ROOT,
    external: { configMaps: [], secrets: [], serviceAccounts: [], persistentVolumeClaims: [] },
    ...extra,
  };
}

export interface LocatedIssue {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  message: string;
  location?: Location;
}

/** Run rules (with per-rule options, as config `rules.<id>.options`) and map every issue to its template location, as the engine does. */
export function runRules(
  rules: readonly Rule[],
  ctx: RuleContext,
  options: Record<string, Record<string, unknown>> = {},
): LocatedIssue[] {
  const out: LocatedIssue[] = [];
  for (const rule of rules) {
    for (const issue of rule.check({ ...ctx, options: options[rule.id] ?? ctx.options })) {
      const loc = issue.manifest.locate(issue.path);
      out.push({
        rule: rule.id,
        severity: issue.severity ?? rule.severity,
        file: loc?.file ?? '?',
        line: loc?.line ?? 0,
        message: issue.message,
        ...(loc ? { location: loc } : {}),
      });
    }
  }
  return out;
}

/** `<severity> <rule> <file>:<line>`, the format of fixtures/broken/<name>/EXPECTED. */
export function formatIssue(i: LocatedIssue): string {
  return `${i.severity} ${i.rule} ${i.file}:${i.line}`;
}

export function readExpected(fixtureDir: string): string[] {
  return readFileSync(join(ROOT, fixtureDir, 'EXPECTED'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** fixtures/broken/rule-* directories that hold a chart and an EXPECTED file. */
export function ruleFixtures(): string[] {
  const dir = join(ROOT, 'fixtures/broken');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => d.startsWith('rule-') && existsSync(join(dir, d, 'EXPECTED')))
    .sort()
    .map((d) => `fixtures/broken/${d}`);
}
