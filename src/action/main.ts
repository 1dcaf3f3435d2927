import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { RULE_IDS } from '../catalog.js';
import { findHelm, formatReport } from '../cli/main.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { GuardError, runGuard, type FailOn } from '../guard.js';
import { toAnnotations } from '../report/annotations.js';
import { formatSummary } from '../report/summary.js';
import { formatText } from '../report/text.js';
import { DEFAULT_HELM_VERSION } from '../helm/platform.js';
import { installHelm } from './install.js';

/** Inputs, as typed settings. */
interface Settings {
  chart?: string;
  config?: string;
  workingDirectory: string;
  helmVersion: string;
  helmSha256?: string;
  helmMirror?: string;
  helmPath?: string;
  kubeVersion?: string;
  failOn: FailOn;
  annotations: number;
  summary: boolean;
  report?: string;
  reportFormat: 'json' | 'junit' | 'sarif' | 'text';
}

function settings(workspace: string): Settings {
  const opt = (name: string) => core.getInput(name) || undefined;
  const failOn = core.getInput('fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn))
    throw new GuardError(`input fail-on must be error, warning or never (got "${failOn}")`);
  const reportFormat = core.getInput('report-format') || 'json';
  if (!['json', 'junit', 'sarif', 'text'].includes(reportFormat))
    throw new GuardError(`input report-format must be json, junit, sarif or text (got "${reportFormat}")`);
  const ann = core.getInput('annotations') || '10';
  if (!/^\d+$/.test(ann)) throw new GuardError(`input annotations must be a whole number (got "${ann}")`);
  const wd = core.getInput('working-directory') || '.';
  return {
    chart: opt('chart'),
    config: opt('config'),
    workingDirectory: isAbsolute(wd) ? wd : resolve(workspace, wd),
    helmVersion: core.getInput('helm-version') || DEFAULT_HELM_VERSION,
    helmSha256: opt('helm-sha256'),
    helmMirror: opt('helm-mirror'),
    helmPath: opt('helm-path'),
    kubeVersion: opt('kube-version'),
    failOn: failOn as FailOn,
    annotations: Number(ann),
    summary: (core.getInput('summary') || 'true') !== 'false',
    report: opt('report'),
    reportFormat: reportFormat as Settings['reportFormat'],
  };
}

/** Print text that may hold chart-controlled content without letting it issue workflow commands. */
function printUntrusted(text: string): void {
  const token = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${token}\n`);
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  process.stdout.write(`::${token}::\n`);
}

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    const s = settings(workspace);
    let helmPath: string;
    let helmVersion: string;
    if (s.helmPath) {
      helmPath = findHelm(s.helmPath, process.env, s.workingDirectory)!;
      helmVersion = '';
    } else {
      const installed = await installHelm({
        version: s.helmVersion,
        ...(s.helmMirror ? { mirror: s.helmMirror } : {}),
        ...(s.helmSha256 ? { sha256: s.helmSha256 } : {}),
      });
      helmPath = installed.path;
      helmVersion = installed.version;
    }
    const config = loadConfig({
      cwd: s.workingDirectory,
      displayDir: workspace,
      ...(s.config ? { configPath: s.config } : {}),
      ...(s.chart ? { chartDir: s.chart } : {}),
      ...(s.kubeVersion ? { kubeVersion: s.kubeVersion } : {}),
      knownRules: RULE_IDS,
    });
    const result = await runGuard({ config, helm: helmPath, baseDir: workspace, failOn: s.failOn });
    helmVersion = result.helm.version || helmVersion;

    printUntrusted(formatText(result, { color: false }));
    for (const a of toAnnotations(result.findings, s.annotations)) {
      const props = {
        title: a.title,
        ...(a.file ? { file: a.file } : {}),
        ...(a.startLine ? { startLine: a.startLine } : {}),
        ...(a.startColumn ? { startColumn: a.startColumn } : {}),
      };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    // a runner without a summary file (a local runner) gets none rather than a failed step
    if (s.summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(result)).write();
    let reportPath = '';
    if (s.report) {
      reportPath = resolve(s.workingDirectory, s.report);
      mkdirSync(dirname(reportPath), { recursive: true });
      writeFileSync(reportPath, formatReport(result, s.reportFormat));
    }
    const passed = result.combos.filter((c) => c.status === 'pass').length;
    core.setOutput('result', result.result);
    core.setOutput('findings', String(result.findings.length));
    core.setOutput('combos-passed', String(passed));
    core.setOutput('combos-failed', String(result.combos.length - passed));
    core.setOutput('report-path', reportPath);
    core.setOutput('helm-path', helmPath);
    core.setOutput('helm-version', helmVersion);
    if (result.result === 'fail') {
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      core.setFailed(
        `helm-guard: ${result.combos.length - passed} of ${result.combos.length} combos failed (${errors} errors, fail-on: ${s.failOn})`,
      );
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      core.error(e.message, {
        title: 'helm-guard config',
        ...(e.file ? { file: e.file } : {}),
        ...(e.line ? { startLine: e.line } : {}),
      });
      core.setFailed(e.toString());
    } else if (e instanceof GuardError) core.setFailed(e.message);
    else core.setFailed(e instanceof Error ? e.message : String(e));
    core.setOutput('result', 'error');
  }
}
