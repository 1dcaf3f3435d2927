import type { PathSeg } from '../types.js';
import { isObject } from './pods.js';

/** Labels as strings (a rendered label may be a YAML number or boolean; Kubernetes would reject it elsewhere). */
export function labelsOf(v: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (isObject(v))
    for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out.set(k, String(val));
  return out;
}

/** Why a selector requirement does not match a label set, with the path of the requirement. */
export interface SelectorMiss {
  path: PathSeg[];
  reason: string;
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** A malformed matchExpressions entry (unknown operator, values given or missing). */
export function expressionProblem(e: unknown): string | undefined {
  if (!isObject(e)) return 'is not a mapping';
  if (typeof e.key !== 'string' || e.key === '') return 'has no key';
  if (!OPERATORS.has(e.operator))
    return `has operator ${JSON.stringify(e.operator)}; it must be In, NotIn, Exists or DoesNotExist`;
  const values = Array.isArray(e.values) ? e.values : [];
  if ((e.operator === 'In' || e.operator === 'NotIn') && values.length === 0)
    return `uses ${e.operator} without values`;
  if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && values.length > 0)
    return `uses ${e.operator} with values, which must be empty`;
  return undefined;
}

/**
 * The requirements of a LabelSelector (matchLabels and matchExpressions) that `labels` fails.
 * `selPath` is the path of the selector object.
 */
export function labelSelectorMisses(
  selector: Record<string, any>,
  labels: Map<string, string>,
  selPath: PathSeg[],
): SelectorMiss[] {
  const misses: SelectorMiss[] = [];
  if (isObject(selector.matchLabels)) {
    for (const [k, v] of Object.entries(selector.matchLabels)) {
      const want = String(v);
      const have = labels.get(k);
      if (have !== want)
        misses.push({
          path: [...selPath, 'matchLabels', k],
          reason:
            have === undefined
              ? `${k}=${want} is not a label of the pod template`
              : `${k}=${want} but the pod template has ${k}=${have}`,
        });
    }
  }
  if (Array.isArray(selector.matchExpressions)) {
    selector.matchExpressions.forEach((e: unknown, i: number) => {
      if (!isObject(e) || expressionProblem(e)) return; // reported on its own
      const key = e.key as string;
      const values = (Array.isArray(e.values) ? e.values : []).map(String);
      const have = labels.get(key);
      let ok: boolean;
      let reason: string;
      switch (e.operator) {
        case 'In':
          ok = have !== undefined && values.includes(have);
          reason = `${key} in (${values.join(', ')}) but the pod template ${have === undefined ? `has no label ${key}` : `has ${key}=${have}`}`;
          break;
        case 'NotIn':
          ok = have === undefined || !values.includes(have);
          reason = `${key} notin (${values.join(', ')}) but the pod template has ${key}=${have}`;
          break;
        case 'Exists':
          ok = have !== undefined;
          reason = `${key} must exist but the pod template has no label ${key}`;
          break;
        default:
          ok = have === undefined;
          reason = `${key} must not exist but the pod template has ${key}=${have}`;
      }
      if (!ok) misses.push({ path: [...selPath, 'matchExpressions', i], reason });
    });
  }
  return misses;
}

/** The keys of an equality selector map (Service, ReplicationController) that `labels` fails. */
export function mapSelectorMisses(
  selector: Record<string, any>,
  labels: Map<string, string>,
  selPath: PathSeg[],
): SelectorMiss[] {
  const misses: SelectorMiss[] = [];
  for (const [k, v] of Object.entries(selector)) {
    const want = String(v);
    const have = labels.get(k);
    if (have !== want)
      misses.push({
        path: [...selPath, k],
        reason:
          have === undefined
            ? `${k}=${want} is not a label of the pod template`
            : `${k}=${want} but the pod template has ${k}=${have}`,
      });
  }
  return misses;
}
