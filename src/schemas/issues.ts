/**
 * AJV errors → SchemaIssue: one issue per problem, at the most specific path, with a message a person can
 * act on. AJV (allErrors) reports cascades — a failed anyOf reports every branch, a wrong type also fails the
 * enum — which are collapsed here.
 */
import type { ErrorObject } from 'ajv';
import { toDotted, type PathSeg } from '../types.js';
import type { SchemaIssue } from './types.js';
import { closest as nearest } from '../util/closest.js';

export interface IssueContext {
  kind: string;
  /** The schema node at a JSON pointer of the data (errors of precompiled validators do not carry it). */
  schemaAt?: (pointer: string) => Record<string, unknown> | undefined;
  /** Values are never quoted in messages (Secret data). */
  hideValues: boolean;
}

/** The value at a JSON pointer. */
function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  if (!pointer) return cur;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  }
  return cur;
}

/** JSON pointer → path segments, with array indexes as numbers (checked against the data). */
export function pointerToPath(pointer: string, data: unknown): PathSeg[] {
  if (!pointer) return [];
  const out: PathSeg[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v));
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function typeList(t: unknown): string {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(',');
  const nice = list.filter((x) => x !== 'null');
  return nice.length > 1 ? nice.slice(0, -1).join(', ') + ' or ' + nice[nice.length - 1] : (nice[0] ?? 'null');
}

interface Err extends ErrorObject {
  /** Synthetic errors made while collapsing. */
  synthetic?: string;
}

/** The property names when every branch of an anyOf/oneOf only requires properties (a "one of these keys" rule). */
function requiredAlternatives(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches) || !branches.length) return undefined;
  const names: string[] = [];
  for (const b of branches) {
    if (!b || typeof b !== 'object') return undefined;
    const keys = Object.keys(b as object);
    const req = (b as { required?: unknown }).required;
    if (keys.length !== 1 || !Array.isArray(req) || req.length !== 1) return undefined;
    names.push(String(req[0]));
  }
  return names;
}

/** Drop AJV's cascades: if/then noise, anyOf/oneOf branch errors, and checks that repeat a type error. */
export function collapse(errors: readonly ErrorObject[]): Err[] {
  let list: Err[] = errors.filter((e) => e.keyword !== 'if');
  // anyOf / oneOf: keep the branch that got furthest, or one error for the whole union
  for (const e of list.filter((x) => x.keyword === 'anyOf' || x.keyword === 'oneOf')) {
    const prefix = e.schemaPath + '/';
    const branchErrs = list.filter(
      (x) =>
        x !== e &&
        x.schemaPath.startsWith(prefix) &&
        (x.instancePath === e.instancePath || x.instancePath.startsWith(e.instancePath + '/')),
    );
    const byBranch = new Map<string, Err[]>();
    for (const b of branchErrs) {
      const idx = b.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      if (!byBranch.has(idx)) byBranch.set(idx, []);
      byBranch.get(idx)!.push(b);
    }
    const passing = (e.params as { passingSchemas?: unknown }).passingSchemas;
    const alternatives = requiredAlternatives(e.schema);
    // a branch that matched the type and failed only deeper down is what the author meant
    const deeper = [...byBranch.values()].filter((errs) => errs.every((b) => b.instancePath !== e.instancePath));
    let replacement: Err[];
    if (passing != null) {
      replacement = [alternatives ? { ...e, synthetic: `must set only one of ${alternatives.join(', ')}` } : e];
    } else if (alternatives) {
      replacement = [{ ...e, synthetic: `must set one of ${alternatives.join(', ')}` }];
    } else if (deeper.length) {
      replacement = deeper.sort((a, b) => a.length - b.length)[0]!;
    } else if (branchErrs.length && branchErrs.every((b) => b.keyword === 'type' && b.instancePath === e.instancePath)) {
      const types = [...new Set(branchErrs.flatMap((b) => String((b.params as { type: unknown }).type).split(',')))];
      replacement = [{ ...branchErrs[0]!, params: { type: types } }];
    } else {
      replacement = [e];
    }
    const drop = new Set<Err>([e, ...branchErrs]);
    const at = list.indexOf(e);
    list = [
      ...list.slice(0, at).filter((x) => !drop.has(x)),
      ...replacement,
      ...list.slice(at + 1).filter((x) => !drop.has(x)),
    ];
  }
  // a wrong type makes enum/format/pattern/... at the same place noise
  const typeAt = new Set(list.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return list.filter((e) => e.keyword === 'type' || !typeAt.has(e.instancePath));
}

/** Order issues as a reader meets them: by path, keys in the order the resource has them, parents first. */
export function sortByDocument(issues: SchemaIssue[], data: unknown): SchemaIssue[] {
  const rank = (path: PathSeg[]): number[] => {
    const out: number[] = [];
    let cur: unknown = data;
    for (const seg of path) {
      if (typeof seg === 'number') {
        out.push(seg);
        cur = Array.isArray(cur) ? cur[seg] : undefined;
      } else {
        const keys = cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? Object.keys(cur) : [];
        const i = keys.indexOf(seg);
        out.push(i < 0 ? Number.MAX_SAFE_INTEGER : i);
        cur = i < 0 ? undefined : (cur as Record<string, unknown>)[seg];
      }
    }
    return out;
  };
  const ranked = issues.map((issue, i) => ({ issue, i, r: rank(issue.path) }));
  ranked.sort((a, b) => {
    const n = Math.min(a.r.length, b.r.length);
    for (let k = 0; k < n; k++) if (a.r[k] !== b.r[k]) return a.r[k]! - b.r[k]!;
    return a.r.length - b.r.length || a.i - b.i;
  });
  return ranked.map((x) => x.issue);
}

function typeName(ctx: IssueContext, schema: unknown, parent: PathSeg[]): string {
  if (schema && typeof schema === 'object') {
    const t = (schema as { title?: unknown }).title;
    if (typeof t === 'string' && t) return t;
  }
  if (!parent.length) return ctx.kind;
  return `${ctx.kind} ${toDotted(parent.map((p) => (typeof p === 'number' ? '[]' : p))).replace(/\.\[\]/g, '[]')}`;
}

/** Display form of a path: spec.containers[0].name, or the kind for the resource itself. */
function where(ctx: IssueContext, path: PathSeg[]): string {
  return path.length ? toDotted(path) : ctx.kind;
}

export function toIssues(errors: readonly ErrorObject[], data: unknown, ctx: IssueContext): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  const push = (rule: string, path: PathSeg[], message: string) => {
    const key = `${rule}\0${path.join('\0')}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ rule, severity: 'error', message, path });
  };
  for (const c of collapse(errors)) {
    // precompiled validators report no schema and no value: look them up
    const e: Err =
      c.parentSchema !== undefined && 'data' in c
        ? c
        : { ...c, parentSchema: c.parentSchema ?? ctx.schemaAt?.(c.instancePath), data: 'data' in c ? c.data : valueAt(data, c.instancePath) };
    const path = pointerToPath(e.instancePath, data);
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(p.additionalProperty);
        const full = [...path, key];
        const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
        const guess = props ? nearest(key, Object.keys(props)) : undefined;
        push(
          'schema/unknown-field',
          full,
          `${toDotted(full)} is not a field of ${typeName(ctx, e.parentSchema, path)}${guess ? `; did you mean ${guess}?` : ''}`,
        );
        break;
      }
      case 'required': {
        const key = String(p.missingProperty);
        push('schema/required', path, `${toDotted([...path, key])} is required in ${typeName(ctx, e.parentSchema, path)}`);
        break;
      }
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]) ?? [];
        const shown = allowed.map((v) => (typeof v === 'string' ? (v === '' ? '""' : v) : JSON.stringify(v))).join(', ');
        let msg = `${where(ctx, path)} must be one of ${shown}`;
        if (!ctx.hideValues) {
          msg += `; got ${show(e.data)}`;
          const guess = typeof e.data === 'string' ? nearest(e.data, allowed.filter((v): v is string => typeof v === 'string')) : undefined;
          if (guess) msg += ` (did you mean ${guess}?)`;
        }
        push('schema/enum', path, msg);
        break;
      }
      case 'type': {
        push('schema/type', path, `${where(ctx, path)} must be ${typeList(p.type)}, got ${jsonType(e.data)}`);
        break;
      }
      default:
        if (e.synthetic) {
          push(e.synthetic.startsWith('must set one') ? 'schema/required' : 'schema/invalid', path, `${where(ctx, path)} ${e.synthetic}`);
        } else push('schema/invalid', path, invalidMessage(e, where(ctx, path)));
    }
  }
  return sortByDocument(out, data);
}

function invalidMessage(e: Err, at: string): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'pattern':
      return `${at} must match the pattern ${String(p.pattern)}`;
    case 'format':
      return p.format === 'byte' ? `${at} must be base64-encoded data` : `${at} must be a valid ${String(p.format)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${at} must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'minLength':
      return `${at} must be at least ${String(p.limit)} character${p.limit === 1 ? '' : 's'} long`;
    case 'maxLength':
      return `${at} must be at most ${String(p.limit)} characters long`;
    case 'minItems':
      return `${at} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `${at} must have at most ${String(p.limit)} items`;
    case 'minProperties':
      return `${at} must have at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}`;
    case 'maxProperties':
      return `${at} must have at most ${String(p.limit)} entries`;
    case 'uniqueItems':
      return `${at} must not contain duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case 'multipleOf':
      return `${at} must be a multiple of ${String(p.multipleOf)}`;
    case 'const':
      return `${at} must be ${JSON.stringify(p.allowedValue)}`;
    case 'anyOf':
      return `${at} does not match any of the allowed forms`;
    case 'oneOf':
      return p.passingSchemas ? `${at} matches more than one of the exclusive forms` : `${at} does not match any of the allowed forms`;
    case 'not':
      return `${at} has a forbidden form`;
    case 'dependencies':
    case 'dependentRequired':
      return `${at}: ${String(p.property)} requires ${String(p.missingProperty ?? p.deps)}`;
    case 'false schema':
      return `${at} is not allowed here`;
    default:
      return `${at} is invalid (${e.keyword})`;
  }
}
