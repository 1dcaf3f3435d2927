import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { parseAllDocuments } from 'yaml';
import { checkExpectations } from './assertions/check.js';
import { checkOf, type Check } from './catalog.js';
import type { Combo, GuardConfig, Level, RulesConfig } from './config/load.js';
import { helmErrorLocation, parseHelmError } from './helm/errors.js';
import { lintArgs, parseLint, templateArgs, type InlineValuesFiles } from './helm/args.js';
import { run } from './helm/run.js';
import { locateHookAnnotation, unknownHooks } from './helm/unknown-hooks.js';
import { HOOK_EVENTS } from './rules/hooks.js';
import { parseRender } from './manifests/parse.js';
import type { Manifest } from './manifests/types.js';
import { RULES } from './rules/index.js';
import { createSchemaValidator, crdVersions, releaseFor } from './schemas/index.js';
import type { SchemaValidator } from './schemas/types.js';
import { globMatch } from './util/glob.js';
import { SEVERITY_ORDER, toPointer, type Finding, type Location, type Severity } from './types.js';
import { repoPath } from './util/paths.js';
import { scrubSecrets } from './secrets.js';

export type FailOn = 'error' | 'warning' | 'never';
export type CheckStatus = 'pass' | 'fail' | 'skipped';

export interface ComboResult {
  name: string;
  /** Repo-relative chart directory. */
  chart: string;
  status: 'pass' | 'fail';
  /** 'expected-failure' when the combo was meant to fail and did, with a matching message. */
  render: 'ok' | 'failed' | 'expected-failure';
  checks: Record<Check, CheckStatus>;
  kinds: Record<string, number>;
  documents: number;
  findings: Finding[];
  durationMs: number;
}

export interface GuardResult {
  result: 'pass' | 'fail';
  failOn: FailOn;
  helm: { path: string; version: string };
  chart: string;
  combos: ComboResult[];
  /** Every finding: chart-wide ones (lint, combo '') and each combo's. */
  findings: Finding[];
  durationMs: number;
}

export interface GuardOptions {
  config: GuardConfig;
  helm: string;
  /** Paths in findings are relative to this directory (the repository root). */
  baseDir: string;
  failOn?: FailOn;
  /** Called as each combo finishes (progress output). */
  onCombo?: (c: ComboResult) => void;
}

/** Something that stops the run before any chart is checked: exit code 2. */
export class GuardError extends Error {}

export function atOrAbove(sev: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_ORDER[sev] <= SEVERITY_ORDER[failOn];
}

/** Apply config severity (global/combo/per resource) and `helm-guard.io/ignore` annotations; undefined drops it. */
function level(f: Finding, rules: RulesConfig, manifest?: Manifest): Finding | undefined {
  const ignore = manifest?.object.metadata?.annotations?.['helm-guard.io/ignore'];
  if (
    typeof ignore === 'string' &&
    ignore.split(/[\s,]+/).some((id) => id === f.rule || (id.endsWith('/*') && f.rule.startsWith(id.slice(0, -1))))
  )
    return undefined;
  const s = rules[f.rule];
  if (!s) return f;
  let lv: Level | undefined = s.severity;
  for (const r of s.resources ?? []) {
    if (r.kind && r.kind !== f.resource?.kind) continue;
    if (r.name && !globMatch(r.name, f.resource?.name ?? '')) continue;
    lv = r.severity;
    break;
  }
  if (lv === 'off') return undefined;
  return lv ? { ...f, severity: lv } : f;
}

function readCrdFiles(paths: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const p of paths) {
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch {
      throw new GuardError(`CRD file not found: ${p}`);
    }
    for (const d of parseAllDocuments(text)) {
      if ('errors' in d && d.errors.length)
        throw new GuardError(`CRD file ${p} is not valid YAML: ${d.errors[0]!.message.split('\n')[0]}`);
      const o = d.toJS();
      if (o && o.kind === 'CustomResourceDefinition') out.push(o);
    }
  }
  return out;
}

const versionCache = join(tmpdir(), `helm-guard-${process.getuid?.() ?? 'user'}`, 'helm-versions.json');

/**
 * The version helm reports, checked once per binary: keyed by path, size and mtime, remembered in the
 * process and in a small file under the temp directory, so repeated runs do not start an extra helm.
 */
export async function helmVersion(helm: string): Promise<string> {
  let key: string | undefined;
  try {
    const st = statSync(helm);
    key = `${realpathSync(helm)}:${st.size}:${st.mtimeMs}`;
  } catch {
    /* not there: run it to get the error */
  }
  let known: Record<string, string> = {};
  if (key) {
    try {
      known = JSON.parse(readFileSync(versionCache, 'utf8'));
      {
        const v = known[key];
        if (typeof v === 'string') return v;
      }
    } catch {
      known = {};
    }
  }
  const r = await run(helm, ['version', '--template', '{{.Version}}'], { timeoutMs: 30_000 });
  if (r.spawnError)
    throw new GuardError(`helm not found or not executable: ${helm} (${r.spawnError.code ?? r.spawnError.message})`);
  if (r.code !== 0 || !/^v\d+\./.test(r.stdout.trim()))
    throw new GuardError(`${helm} does not look like helm: "${(r.stdout + r.stderr).trim().slice(0, 200)}"`);
  const version = r.stdout.trim();
  if (key) {
    try {
      mkdirSync(dirname(versionCache), { recursive: true });
      writeFileSync(versionCache, JSON.stringify({ ...known, [key]: version }));
    } catch {
      /* a cache only */
    }
  }
  return version;
}

export async function runGuard(opts: GuardOptions): Promise<GuardResult> {
  const { config } = opts;
  const crds = readCrdFiles(config.schemas.crds);
  // inline `values` become values files (JSON is YAML), removed when the run ends
  const inlineDir = config.combos.some((c) => c.values.length)
    ? mkdtempSync(join(tmpdir(), 'helm-guard-values-'))
    : undefined;
  const inline = new Map<Combo, string[]>();
  if (inlineDir)
    config.combos.forEach((c, i) =>
      inline.set(
        c,
        c.values.map((v, k) => {
          const f = join(inlineDir, `${i}-${k}.yaml`);
          writeFileSync(f, JSON.stringify(v));
          return f;
        }),
      ),
    );
  try {
    return await guardWith(opts, crds, inline);
  } finally {
    if (inlineDir) rmSync(inlineDir, { recursive: true, force: true });
  }
}

/**
 * A combo that renders nothing is a chart that installs nothing with those values: an error when no combo
 * renders anything, but a warning when others do (charts whose defaults create nothing until configured).
 * A severity set in the config for render/empty is left as it is.
 */
function emptyByDesign(results: ComboResult[], config: GuardConfig, failOn: FailOn): void {
  if (!results.some((c) => c.documents > 0)) return;
  for (const c of results) {
    let changed = false;
    for (const f of c.findings) {
      const configured = config.combos.find((x) => x.name === c.name)?.rules['render/empty']?.severity;
      if (f.rule !== 'render/empty' || f.severity !== 'error' || configured) continue;
      f.severity = 'warning';
      f.message = 'the render produced no resources with these values (other combos do): nothing would be installed';
      changed = true;
    }
    if (!changed) continue;
    const failing = c.findings.filter((f) => atOrAbove(f.severity, failOn));
    c.checks.render = failing.some((f) => checkOf(f.rule) === 'render') ? 'fail' : 'pass';
    c.status = failing.length ? 'fail' : 'pass';
  }
}

/** group/version and group/version/kind of every served version of the given CRDs (for Capabilities). */
function crdApiVersions(crds: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const crd of crds)
    for (const v of crdVersions(crd)) {
      out.add(`${v.group}/${v.version}`);
      out.add(`${v.group}/${v.version}/${v.kind}`);
    }
  return [...out];
}

/** One notice per Kubernetes version that has no schema set of its own. */
function kubeVersionNotes(config: GuardConfig): Finding[] {
  const notes = new Map<string, string>();
  for (const c of config.combos) {
    const { note } = releaseFor(c.kubeVersion);
    if (note && c.kubeVersion) notes.set(c.kubeVersion, note);
  }
  return [...notes.values()].map((message) => ({
    severity: 'notice',
    rule: 'schema/kube-version',
    combo: '',
    message,
  }));
}

async function guardWith(opts: GuardOptions, crds: unknown[], inline: InlineValuesFiles): Promise<GuardResult> {
  const started = performance.now();
  const { config, helm, baseDir } = opts;
  const extraApiVersions = crdApiVersions(crds);
  /** "apiVersion kind" of everything any combo rendered */
  const renderedApis = new Set<string>();
  const failOn = opts.failOn ?? 'error';
  // the version check runs beside the renders (and is remembered): never a serial step
  const versionP = helmVersion(helm);
  const chart = repoPath(baseDir, config.chartDir);
  const limit = pLimit(config.concurrency || availableParallelism());
  const validatorP: Promise<SchemaValidator | undefined> = config.schemas.enabled
    ? createSchemaValidator({
        strict: config.schemas.strict,
        locations: config.schemas.locations,
        cacheDir: config.schemas.cacheDir ?? join(baseDir, '.cache', 'helm-guard', 'schemas'),
        baseDir: config.configDir,
        unknownKinds: config.schemas.unknownKinds,
        crds,
      })
    : Promise.resolve(undefined);
  // failures here are reported once, after the renders
  validatorP.catch(() => undefined);

  const lintCombos = config.lint.enabled
    ? config.lint.perCombo
      ? config.combos
      : [config.combos.find((c) => !c.expect.failure) ?? config.combos[0]!]
    : [];
  const lintP = Promise.all(
    lintCombos.map((c) =>
      limit(async () => {
        const r = await run(helm, lintArgs(config, c, inline), { timeoutMs: config.timeoutMs, cwd: baseDir });
        if (r.timedOut)
          return [
            {
              severity: 'error',
              rule: 'render/timeout',
              combo: config.lint.perCombo ? c.name : '',
              message: `helm lint ran past ${config.timeoutMs} ms and was killed`,
            } as Finding,
          ];
        return parseLint(r.stdout + '\n' + r.stderr, config.chartDir, baseDir, config.lint.perCombo ? c.name : '');
      }),
    ),
  );

  const combosP = Promise.all(
    config.combos.map((combo) =>
      limit(async () => {
        const res = await checkCombo(
          combo,
          config,
          helm,
          baseDir,
          validatorP,
          failOn,
          chart,
          inline,
          extraApiVersions,
          renderedApis,
        );
        opts.onCombo?.(res);
        return res;
      }),
    ),
  );
  const settled = await Promise.allSettled([versionP, combosP, lintP]);
  for (const x of settled) if (x.status === 'rejected') throw x.reason;
  const version = await versionP;
  const comboResults = await combosP;
  emptyByDesign(comboResults, config, failOn);
  const lintFindings = (await lintP).flat();
  // drop lint errors that repeat a render failure at the same place
  const renderAt = new Set(
    comboResults.flatMap((c) =>
      c.findings
        .filter((f) => f.rule === 'render/failed' && f.location)
        .map((f) => `${f.location!.file}:${f.location!.line}`),
    ),
  );
  // helm lint renders without the cluster's capabilities: its deprecation warnings are about what a chart
  // that asks .Capabilities renders there, not here. Keep one only when a combo renders that API.
  const chartWide = [...kubeVersionNotes(config), ...lintFindings]
    .filter((f) => !(f.location && renderAt.has(`${f.location.file}:${f.location.line}`)))
    .filter((f) => {
      const dep = /^helm lint: (\S+) (\w+) is deprecated in v/.exec(f.message);
      return !dep || renderedApis.has(`${dep[1]} ${dep[2]}`);
    })
    .map((f) => level(f, config.rules))
    .filter((f): f is Finding => !!f);
  const lintFailed = chartWide.some((f) => atOrAbove(f.severity, failOn));
  for (const c of comboResults) {
    const own = chartWide.filter((f) => f.combo === c.name);
    c.findings.unshift(...own);
    const lintOwn = config.lint.perCombo ? own.some((f) => atOrAbove(f.severity, failOn)) : lintFailed;
    c.checks.lint = !config.lint.enabled ? 'skipped' : lintOwn ? 'fail' : 'pass';
    if (lintOwn) c.status = 'fail';
  }
  const findings = [...chartWide.filter((f) => f.combo === ''), ...comboResults.flatMap((c) => c.findings)];
  const result = comboResults.every((c) => c.status === 'pass') && !lintFailed ? 'pass' : 'fail';
  return {
    result,
    failOn,
    helm: { path: helm, version },
    chart,
    combos: comboResults,
    findings,
    durationMs: performance.now() - started,
  };
}

async function checkCombo(
  combo: Combo,
  config: GuardConfig,
  helm: string,
  baseDir: string,
  validatorP: Promise<SchemaValidator | undefined>,
  failOn: FailOn,
  chart: string,
  inline: InlineValuesFiles,
  extraApiVersions: readonly string[],
  renderedApis: Set<string>,
): Promise<ComboResult> {
  const started = performance.now();
  const findings: Finding[] = [];
  const checks: Record<Check, CheckStatus> = {
    render: 'pass',
    lint: 'skipped',
    schema: 'skipped',
    rules: 'skipped',
    assertions: 'skipped',
  };
  const kinds: Record<string, number> = {};
  let render: ComboResult['render'] = 'ok';
  let documents = 0;
  const finish = (): ComboResult => {
    for (const f of findings) if (atOrAbove(f.severity, failOn)) checks[checkOf(f.rule)] = 'fail';
    const status = findings.some((f) => atOrAbove(f.severity, failOn)) ? 'fail' : 'pass';
    return {
      name: combo.name,
      chart,
      status,
      render,
      checks,
      kinds,
      documents,
      findings,
      durationMs: performance.now() - started,
    };
  };
  const add = (f: Finding, manifest?: Manifest) => {
    const l = level(f, combo.rules, manifest);
    if (l) findings.push(l);
  };

  const r = await run(helm, templateArgs(config, combo, inline, extraApiVersions), {
    timeoutMs: config.timeoutMs,
    cwd: baseDir,
  });
  if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
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
    renderedApis.add(`${m.resource.apiVersion} ${m.resource.kind}`);
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
  const validator = await validatorP.catch((e: Error) => {
    throw new GuardError(`schemas: ${e.message}`);
  });
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
