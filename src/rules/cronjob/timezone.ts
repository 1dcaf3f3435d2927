import type { Rule, RuleIssue } from '../types.js';
import { refName } from '../pods.js';

let zones: Map<string, string> | undefined;

/** IANA zone names this runtime knows, keyed by lower case. */
function knownZones(): Map<string, string> {
  if (!zones) {
    zones = new Map();
    for (const z of [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']) zones.set(z.toLowerCase(), z);
  }
  return zones;
}

/**
 * Kubernetes loads spec.timeZone with Go's time.LoadLocation (case-sensitive IANA names, aliases such as
 * US/Eastern included; "Local" and "" are rejected). Canonical names come from
 * Intl.supportedValuesOf('timeZone'); aliases are accepted when the Intl.DateTimeFormat constructor
 * accepts them with the same spelling.
 */
export function timeZoneProblem(tz: string): string | undefined {
  if (tz === '') return 'is empty; leave timeZone out or name an IANA time zone';
  if (tz.toLowerCase() === 'local') return 'must name an explicit IANA time zone, not Local';
  const known = knownZones();
  if (known.get(tz.toLowerCase()) === tz) return undefined;
  const caseVariant = known.get(tz.toLowerCase());
  if (caseVariant) return `is not spelled as in the IANA database (names are case-sensitive): use "${caseVariant}"`;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    if (/^[A-Z]/.test(tz) && !tz.includes(' ')) return undefined;
    return `is not an IANA time zone name as Kubernetes spells it (did you mean "${resolved}"?)`;
  } catch {
    return 'is not an IANA time zone name (e.g. Etc/UTC, Europe/Berlin, America/New_York)';
  }
}

export const cronjobTimezone: Rule = {
  id: 'cronjob/timezone',
  description: 'A CronJob spec.timeZone is not an IANA time zone name.',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      if (m.resource.kind !== 'CronJob') continue;
      const tz = m.object.spec?.timeZone;
      if (tz === undefined || tz === null) continue;
      const bad = typeof tz === 'string' ? timeZoneProblem(tz) : `is a ${typeof tz}, not a time zone name`;
      if (bad)
        issues.push({
          manifest: m,
          path: ['spec', 'timeZone'],
          message: `${refName(m)} timeZone ${JSON.stringify(tz)} ${bad}.`,
        });
    }
    return issues;
  },
};
