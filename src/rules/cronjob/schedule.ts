import type { Rule, RuleIssue } from '../types.js';
import { refName } from '../pods.js';

/**
 * Kubernetes parses spec.schedule with robfig/cron v3 ParseStandard: five fields (minute hour
 * day-of-month month day-of-week; "?" means "*"; names jan–dec and sun–sat), or a descriptor (@yearly,
 * @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>). No seconds field, no
 * Quartz extensions (L, W, #, H), day-of-week 0–6 only. Since Kubernetes 1.27 a TZ= or CRON_TZ= prefix
 * is rejected for new objects in favour of spec.timeZone. A valid schedule can still never fire (30
 * February): robfig/cron's SpecSchedule.Next gives up after five years, and its dayMatches ANDs day of month
 * with day of week when either field is a bare * or ? (the "star bit": a step above 1 clears it), ORs them
 * otherwise (robfig/cron v3 spec.go and parser.go getRange, which Kubernetes vendors).
 */

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    base: 1,
  },
  { name: 'day of week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], base: 0 },
] as const;

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const GO_DURATION = /^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

function fieldValue(tok: string, f: (typeof FIELDS)[number]): number | undefined {
  if (/^\d+$/.test(tok)) return Number(tok);
  if ('names' in f) {
    const i = (f.names as readonly string[]).indexOf(tok.toLowerCase());
    if (i >= 0) return i + f.base;
  }
  return undefined;
}

/** robfig/cron getRange, for one comma-separated part of one field. */
function checkPart(part: string, f: (typeof FIELDS)[number]): string | undefined {
  const [rangeText, stepText, extra] = part.split('/');
  if (extra !== undefined) return `"${part}" has more than one "/"`;
  if (stepText !== undefined && !/^\d+$/.test(stepText)) return `"${part}" has a step that is not a number`;
  if (stepText !== undefined && Number(stepText) === 0) return `"${part}" has a step of 0`;
  const bounds = rangeText!.split('-');
  // getRange reads only what comes before the first hyphen when it is * or ?: "*-5" is "*"
  if (bounds[0] === '*' || bounds[0] === '?') return undefined;
  if (bounds.length > 2 || bounds.some((b) => b === '')) return `"${part}" is not a value or a range`;
  const vals: number[] = [];
  for (const b of bounds) {
    const v = fieldValue(b, f);
    if (v === undefined)
      return /^[LW#H]|[LW#H]$|#/i.test(b)
        ? `"${b}" is cron syntax (L, W, #, H) that Kubernetes does not accept`
        : `"${b}" is not a valid ${f.name} value`;
    if (v < f.min || v > f.max)
      return `${f.name} ${v} is outside ${f.min}-${f.max}${f.name === 'day of week' && v === 7 ? ' (Kubernetes uses 0 for Sunday)' : ''}`;
    vals.push(v);
  }
  if (vals.length === 2 && vals[0]! > vals[1]!) return `range "${rangeText}" starts after it ends`;
  return undefined;
}

/** Why Kubernetes rejects (or never fires) a schedule; undefined when it is fine. */
export function scheduleProblem(schedule: string): string | undefined {
  const s = schedule.trim();
  if (s === '') return 'is empty';
  if (s.includes('TZ'))
    return 'sets a time zone with TZ= or CRON_TZ=, which Kubernetes ≥ 1.27 rejects; set spec.timeZone instead (e.g. timeZone: "Etc/UTC")';
  const fields = s.split(/\s+/);
  if (s.startsWith('@')) {
    if (fields[0] === '@every') {
      if (fields.length === 2 && GO_DURATION.test(fields[1]!)) return undefined;
      return 'uses @every without a single Go duration such as 5m or 1h30m';
    }
    if (fields.length === 1 && DESCRIPTORS.has(s)) return undefined;
    return `"${fields[0]}" is not a descriptor Kubernetes knows (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)`;
  }
  if (fields.length === 6 || fields.length === 7)
    return `has ${fields.length} fields; Kubernetes takes five (minute hour day-of-month month day-of-week) and no seconds or year field`;
  if (fields.length !== 5)
    return `has ${fields.length} field${fields.length === 1 ? '' : 's'}; Kubernetes takes five (minute hour day-of-month month day-of-week)`;
  for (let i = 0; i < 5; i++) {
    for (const part of fields[i]!.split(',')) {
      const bad = checkPart(part, FIELDS[i]!);
      if (bad) return `has an invalid ${FIELDS[i]!.name} field: ${bad}`;
    }
  }
  return neverFires(fields[2]!, fields[3]!, fields[4]!);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Days in each month in some year of any five (29 February in a leap year). */
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The values one valid field chooses, and whether robfig/cron sets its star bit. */
function fieldSet(field: string, f: (typeof FIELDS)[number]): { values: Set<number>; star: boolean } {
  const values = new Set<number>();
  let star = false;
  for (const part of field.split(',')) {
    const [rangeText, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const bounds = rangeText!.split('-');
    let lo: number;
    let hi: number;
    if (bounds[0] === '*' || bounds[0] === '?') {
      [lo, hi] = [f.min, f.max];
      if (step <= 1) star = true;
    } else {
      lo = fieldValue(bounds[0]!, f)!;
      // "n/step" runs to the field's maximum
      hi = bounds.length === 2 ? fieldValue(bounds[1]!, f)! : stepText === undefined ? lo : f.max;
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, star };
}

/** Why a valid schedule can never fire: days of month that no chosen month has, with any day of week. */
function neverFires(domField: string, monthField: string, dowField: string): string | undefined {
  const dom = fieldSet(domField, FIELDS[2]);
  const dow = fieldSet(dowField, FIELDS[4]);
  // a star in day of month matches every day; without a star in day of week, any chosen weekday fires
  if (dom.star || !dow.star) return undefined;
  const months = [...fieldSet(monthField, FIELDS[3]).values];
  const first = Math.min(...dom.values);
  if (months.some((m) => first <= DAYS_IN[m - 1]!)) return undefined;
  const days = [...dom.values].sort((a, b) => a - b).join(',');
  return `can never fire: ${MONTHS.filter((_, i) => months.includes(i + 1)).join(', ')} ${months.length > 1 ? 'have' : 'has'} no day ${days}`;
}

export const cronjobSchedule: Rule = {
  id: 'cronjob/schedule',
  description:
    'A CronJob schedule is not a five-field cron expression or descriptor Kubernetes accepts (seconds fields, Quartz syntax, TZ= prefixes, out-of-range values).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues: RuleIssue[] = [];
    for (const m of ctx.manifests) {
      if (m.resource.kind !== 'CronJob') continue;
      const schedule = m.object.spec?.schedule;
      if (schedule === undefined || schedule === null) continue; // a required field: the schema check reports it
      if (typeof schedule !== 'string') {
        issues.push({
          manifest: m,
          path: ['spec', 'schedule'],
          message: `${refName(m)} schedule is a ${typeof schedule}, not a string; quote it.`,
        });
        continue;
      }
      const bad = scheduleProblem(schedule);
      if (bad)
        issues.push({
          manifest: m,
          path: ['spec', 'schedule'],
          message: `${refName(m)} schedule "${schedule}" ${bad}.`,
        });
    }
    return issues;
  },
};
