import type { Check } from '../catalog.js';
import { checkOf } from '../catalog.js';
import type { GuardResult } from '../guard.js';
import { locationNote, sortFindings, where } from './sort.js';
import { escapeXml } from './xml.js';

const CHECKS: readonly Check[] = ['render', 'lint', 'schema', 'rules', 'assertions'];

/** JUnit XML: one testsuite per combo, one testcase per check; findings are the failure text. */
export function formatJunit(r: GuardResult): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const totalFail = r.combos.reduce((n, c) => n + CHECKS.filter((k) => c.checks[k] === 'fail').length, 0);
  out.push(
    `<testsuites name="helm-guard" tests="${r.combos.length * CHECKS.length}" failures="${totalFail}" time="${(r.durationMs / 1000).toFixed(3)}">`,
  );
  for (const c of r.combos) {
    const fails = CHECKS.filter((k) => c.checks[k] === 'fail').length;
    const skipped = CHECKS.filter((k) => c.checks[k] === 'skipped').length;
    const suite = r.charts.length > 1 ? `${c.chart}: ${c.name}` : c.name;
    out.push(
      `  <testsuite name="${escapeXml(suite)}" tests="${CHECKS.length}" failures="${fails}" skipped="${skipped}" time="${(c.durationMs / 1000).toFixed(3)}">`,
    );
    for (const k of CHECKS) {
      out.push(`    <testcase classname="${escapeXml(`${c.chart}.${c.name}`)}" name="${k}">`);
      const fs = sortFindings(c.findings.filter((f) => checkOf(f.rule) === k));
      if (c.checks[k] === 'fail') {
        const first = fs[0];
        out.push(
          `      <failure message="${escapeXml(first ? `${first.rule}: ${first.message}` : k + ' failed')}" type="${escapeXml(first?.rule ?? k)}">${escapeXml(
            fs.map((f) => `${f.severity} ${f.rule} ${where(f)} ${f.message}${locationNote(f)}`).join('\n'),
          )}</failure>`,
        );
      } else if (c.checks[k] === 'skipped') out.push('      <skipped/>');
      else if (fs.length)
        out.push(
          `      <system-out>${escapeXml(fs.map((f) => `${f.severity} ${f.rule} ${where(f)} ${f.message}`).join('\n'))}</system-out>`,
        );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
