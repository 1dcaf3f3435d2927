/**
 * Everything done with a render once helm has returned: parse, schemas, rules, expectations. Loaded by
 * the guard while the first helm processes run, so that its start-up (YAML parsers, validators, rules)
 * costs no wall time of its own.
 */
import { checkExpectations } from './assertions/check.js';
import { checkOf, type Check } from './catalog.js';
import type { Combo, GuardConfig } from './config/load.js';
import { atOrAbove, level, type CheckStatus, type ComboResult, type FailOn } from './result.js';
import { helmErrorLocation, parseHelmError } from './helm/errors.js';
import type { RunResult } from './helm/run.js';
import { locateHookAnnotation, unknownHooks } from './helm/unknown-hooks.js';
import { parseRender } from './manifests/parse.js';
import type { Manifest } from './manifests/types.js';
import { HOOK_EVENTS } from './rules/hooks.js';
import { RULES } from './rules/index.js';
import { loadParsersFor } from './rules/parsers.js';
import { createSchemaValidator, warmRelease } from './schemas/index.js';
import type { SchemaValidator } from './schemas/types.js';
import { scrubSecrets } from './secrets.js';
import { toPointer, type Finding, type Location } from './types.js';

/**
 * Load, while helm runs, the validators nearly every render needs (object metadata, the core and apps
 * groups), so that checking the first render does not wait for them.
 */
export function preloadSchemas(kubeVersions: readonly (string | undefined)[]): void {
  for (const v of new Set(kubeVersions)) void warmRelease(v).catch(() => undefined);
}

/** The schema validator of one chart's config (its CRD files, locations, strictness). */
export function schemaValidator(
  config: GuardConfig,
  crds: unknown[],
  cacheDir: string,
): Promise<SchemaValidator | undefined> {
  if (!config.schemas.enabled) return Promise.resolve(undefined);
  return createSchemaValidator({
    strict: config.schemas.strict,
    locations: config.schemas.locations,
    cacheDir: config.schemas.cacheDir ?? cacheDir,
    baseDir: config.configDir,
    unknownKinds: config.schemas.unknownKinds,
    crds,
  });
}

export interface RenderInput {
  combo: Combo;
  config: GuardConfig;
  /** Repo-relative chart directory. */
  chart: string;
  baseDir: string;
  failOn: FailOn;
  validator: Promise<SchemaValidator | undefined>;
  /** helm template's result. */
  render: RunResult;
  started: number;
}

/** Check one combo's render. Throws only for what stops the whole run (schemas that cannot load). */
export async function analyzeRender(input: RenderInput): Promise<ComboResult> {
  const { combo, config, baseDir, failOn, render: r } = input;
  const findings: Finding[] = [];
  const checks: Record<Check, CheckStatus> = {
    render: 'pass',
    lint: 'skipped',
    schema: 'skipped',
    rules: 'skipped',
    assertions: 'skipped',
  };
  const kinds: Record<string, number> = {};
  const apis = new Set<string>();
  let render: ComboResult['render'] = 'ok';
  let documents = 0;
  const finish = (): ComboResult => {
    for (const f of findings) if (atOrAbove(f.severity, failOn)) checks[checkOf(f.rule)] = 'fail';
    const status = findings.some((f) => atOrAbove(f.severity, failOn)) ? 'fail' : 'pass';
    return {
      name: combo.name,
      chart: input.chart,
      status,
      render,
      checks,
      kinds,
      documents,
      apis: [...apis].sort(),
      ...(combo.rules['render/empty']?.severity ? { emptyConfigured: true as const } : {}),
      findings,
      durationMs: performance.now() - input.started,
    };
  };
  const add = (f: Finding, manifest?: Manifest) => {
    const l = level(f, combo.rules, manifest);
    if (l) findings.push(l);
  };

  const failure = combo.expect.failure;
  if (r.timedOut) {
    add({
      severity: 'error',
      rule: 'render/timeout',
      combo: combo.name,
      message: `helm template ran past ${config.timeoutMs} ms and was killed`,
    });
    render = 'failed';
    return finish();
  }
  const parsed = parseRender(r.stdout, { combo: combo.name, chartDir: config.chartDir, baseDir });
  if (r.code !== 0) {
    const err = parseHelmError(r.stderr);
    let loc: Location | undefined = helmErrorLocation(err, config.chartDir, baseDir);
    let message = err.message;
    let rule = 'render/failed';
    if (err.kind === 'yaml') {
      // helm printed the invalid document (--debug): place its error at the template line; helm's
      // "line N" counts from the document's first line, which is line N of our chunk (after # Source)
      rule = 'yaml/parse-error';
      const p =
        parsed.problems.find((x) => x.rule === 'yaml/parse-error' && x.source === err.source) ??
        parsed.problems.find((x) => x.rule === 'yaml/parse-error');
      const n = /\bline (\d+)\b/.exec(err.message)?.[1];
      loc = (n && p?.locateLine?.(Number(n))) || p?.location || loc;
      message = `${err.source} renders invalid YAML: ${err.message.replace(/^yaml: line \d+: /, '')}${n ? ` (line ${n} of the rendered document)` : ''}`;
    }
    if (failure) {
      checks.assertions = 'pass';
      if (new RegExp(failure.message).test(err.message)) {
        render = 'expected-failure';
        return finish();
      }
      add({
        severity: 'error',
        rule: 'assert/failure-message',
        combo: combo.name,
        message: `render failed as expected, but the message does not match /${failure.message}/: ${message}`,
        ...(loc ? { location: loc } : failure.location ? { location: failure.location } : {}),
      });
      render = 'failed';
      return finish();
    }
    add({ severity: 'error', rule, combo: combo.name, message, ...(loc ? { location: loc } : {}) });
    render = 'failed';
    return finish();
  }
  if (failure) {
    add({
      severity: 'error',
      rule: 'assert/expected-failure',
      combo: combo.name,
      message: `expected the render to fail with a message matching /${failure.message}/, but it succeeded`,
      ...(failure.location ? { location: failure.location } : {}),
    });
  }

  // a misspelt hook makes helm drop the resource silently (a note on stderr is all it says)
  for (const value of unknownHooks(r.stderr)) {
    const loc = locateHookAnnotation(config.chartDir, value, baseDir);
    const bad = value
      .split(',')
      .map((h) => h.trim())
      .filter((h) => !HOOK_EVENTS.has(h));
    add({
      severity: 'error',
      rule: 'render/unknown-hook',
      combo: combo.name,
      message: `helm.sh/hook "${value}": helm knows no hook ${bad.map((h) => `"${h}"`).join(', ')}, so it leaves the whole resource out of the release (hooks: ${[...HOOK_EVENTS].join(', ')})`,
      ...(loc ? { location: loc } : {}),
    });
  }

  documents = parsed.documents;
  for (const p of parsed.problems)
    add({
      severity: 'error',
      rule: p.rule,
      combo: combo.name,
      message: p.message,
      ...(p.resource ? { resource: p.resource } : {}),
      ...(p.location ? { location: p.location } : {}),
    });
  const manifests = parsed.manifests;
  for (const m of manifests) {
    kinds[m.resource.kind] = (kinds[m.resource.kind] ?? 0) + 1;
    apis.add(`${m.resource.apiVersion} ${m.resource.kind}`);
  }
  if (parsed.documents === 0) {
    add({
      severity: 'error',
      rule: 'render/empty',
      combo: combo.name,
      message: 'the render produced no resources: nothing would be installed',
    });
    return finish();
  }

  // schemas
  const validator = await input.validator;
  if (validator) {
    checks.schema = 'pass';
    const crds = manifests.filter((m) => m.resource.kind === 'CustomResourceDefinition').map((m) => m.object);
    for (const m of manifests) {
      const issues = await validator.validate(m.object, {
        ...(combo.kubeVersion ? { kubeVersion: combo.kubeVersion } : {}),
        crds,
      });
      for (const i of issues) {
        const loc = m.locate(i.path);
        add(
          {
            severity: i.severity,
            rule: i.rule,
            combo: combo.name,
            message: i.message,
            resource: m.resource,
            path: toPointer(i.path),
            ...(loc ? { location: loc } : {}),
          },
          m,
        );
      }
    }
  }

  // semantic rules
  checks.rules = 'pass';
  await loadParsersFor(manifests);
  for (const rule of RULES) {
    const setting = combo.rules[rule.id];
    if (setting?.severity === 'off' && !setting.resources?.length) continue;
    let issues;
    try {
      issues = rule.check({
        combo: combo.name,
        manifests,
        options: setting?.options ?? {},
        chartDir: config.chartDir,
        baseDir: config.configDir,
        external: config.external,
      });
    } catch (e) {
      // a rule that trips over an unexpected shape costs its own result, not the run's
      add({
        severity: 'error',
        rule: 'internal/rule-failed',
        combo: combo.name,
        message: `rule ${rule.id} could not check this render (${e instanceof Error ? e.message : String(e)}); the other checks ran`,
      });
      continue;
    }
    for (const i of issues) {
      const loc = i.manifest.locate(i.path ?? []);
      add(
        {
          severity: i.severity ?? rule.severity,
          rule: rule.id,
          combo: combo.name,
          message: i.message,
          resource: i.manifest.resource,
          ...(i.path ? { path: toPointer(i.path) } : {}),
          ...(loc ? { location: loc } : {}),
        },
        i.manifest,
      );
    }
  }

  // expectations
  if (Object.keys(combo.expect.kinds).length || combo.expect.resources.length || failure) {
    checks.assertions = 'pass';
    const byKey = new Map(manifests.map((m) => [m.resource, m]));
    for (const f of checkExpectations(combo, manifests)) add(f, f.resource ? byKey.get(f.resource) : undefined);
  }
  scrubSecrets(findings, manifests);
  return finish();
}
