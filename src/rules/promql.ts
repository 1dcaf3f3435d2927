import { promqlParser } from './parsers.js';
import type { Manifest } from '../manifests/types.js';
import type { PathSeg } from '../types.js';
import { isObject } from './pods.js';

/** The result of parsing one PromQL expression with the Lezer grammar Prometheus' own UI uses. */
export interface ParsedExpr {
  /** First syntax error: 0-based offset and a short description; undefined when the expression parses. */
  error?: { offset: number; near: string };
  /** Metric names the expression selects (`name{…}` and `{__name__="name"}`), in order, without repeats. */
  metrics: string[];
}

const parsed = new Map<string, ParsedExpr>();

/** Parse once per distinct expression text (rules run for every combo; exprs repeat across combos). */
export function parsePromQL(expr: string): ParsedExpr {
  let p = parsed.get(expr);
  if (p) return p;
  p = { metrics: [] };
  const result = p;
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      result.metrics.push(name);
    }
  };
  const tree = promqlParser().parse(expr);
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        if (!result.error) {
          const near = expr.slice(node.from, Math.max(node.to, node.from + 1)).trim();
          result.error = {
            offset: node.from,
            near: near === '' ? 'end of expression' : JSON.stringify(near.slice(0, 30)),
          };
        }
        return false;
      }
      if (node.name !== 'VectorSelector') return undefined;
      // (children are still visited: a syntax error may sit inside the selector)
      // VectorSelector → Identifier (metric name) and/or LabelMatchers
      const sel = node.node;
      const id = sel.getChild('Identifier');
      if (id) {
        const name = expr.slice(id.from, id.to);
        add(name);
      }
      const matchers = sel.getChild('LabelMatchers');
      if (matchers) {
        // {"metric.name"} (UTF-8 quoted metric name) and {__name__="metric"}
        for (const q of matchers.getChildren('QuotedLabelName')) {
          const s = unquote(expr.slice(q.from, q.to));
          if (s !== undefined) add(s);
        }
        for (const m of matchers.getChildren('UnquotedLabelMatcher')) {
          const ln = m.getChild('LabelName');
          const op = m.getChild('MatchOp');
          const val = m.getChild('StringLiteral');
          if (!ln || !op || !val) continue;
          if (expr.slice(ln.from, ln.to) !== '__name__' || !op.getChild('EqlSingle')) continue;
          const s = unquote(expr.slice(val.from, val.to));
          if (s !== undefined) add(s);
        }
      }
      return undefined;
    },
  });
  if (!p.error && expr.trim() === '') p.error = { offset: 0, near: 'end of expression' };
  parsed.set(expr, p);
  return p;
}

function unquote(lit: string): string | undefined {
  if (lit.length < 2) return undefined;
  const q = lit[0];
  if (q === '`') return lit.slice(1, -1);
  if (q !== '"' && q !== "'") return undefined;
  try {
    return q === '"'
      ? (JSON.parse(lit) as string)
      : (JSON.parse('"' + lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"') + '"') as string);
  } catch {
    return lit.slice(1, -1);
  }
}

/** One rule of a PrometheusRule with its paths. */
export interface PromRule {
  manifest: Manifest;
  group: Record<string, any>;
  groupIndex: number;
  rule: Record<string, any>;
  ruleIndex: number;
  /** Path of the rule object. */
  path: PathSeg[];
}

export function isPrometheusRule(m: Manifest): boolean {
  return m.resource.kind === 'PrometheusRule' && m.resource.apiVersion.startsWith('monitoring.coreos.com/');
}

/** Groups of a PrometheusRule with their paths. */
export function promGroups(m: Manifest): { group: Record<string, any>; index: number; path: PathSeg[] }[] {
  const groups = m.object.spec?.groups;
  if (!Array.isArray(groups)) return [];
  const out: { group: Record<string, any>; index: number; path: PathSeg[] }[] = [];
  groups.forEach((g: unknown, index: number) => {
    if (isObject(g)) out.push({ group: g, index, path: ['spec', 'groups', index] });
  });
  return out;
}

/** Every rule of every group of a PrometheusRule. */
export function promRules(m: Manifest): PromRule[] {
  const out: PromRule[] = [];
  for (const g of promGroups(m)) {
    if (!Array.isArray(g.group.rules)) continue;
    g.group.rules.forEach((r: unknown, ruleIndex: number) => {
      if (isObject(r))
        out.push({
          manifest: m,
          group: g.group,
          groupIndex: g.index,
          rule: r,
          ruleIndex,
          path: [...g.path, 'rules', ruleIndex],
        });
    });
  }
  return out;
}

/** `group "g", alert "A"` for messages. */
export function ruleLabel(r: PromRule): string {
  const name =
    typeof r.rule.alert === 'string'
      ? `alert "${r.rule.alert}"`
      : typeof r.rule.record === 'string'
        ? `record "${r.rule.record}"`
        : `rule ${r.ruleIndex + 1}`;
  return `group "${String(r.group.name ?? r.groupIndex)}", ${name}`;
}

/** Prometheus durations (github.com/prometheus/common/model.ParseDuration): units largest first, each at most once; "0" allowed. */
const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

export function durationProblem(v: unknown): string | undefined {
  if (typeof v !== 'string')
    return `is ${v === null ? 'null' : typeof v} ${JSON.stringify(v)}, not a duration string such as "5m"`;
  if (v === '0') return undefined;
  if (v === '') return 'is empty';
  if (!DURATION.test(v))
    return `"${v}" is not a Prometheus duration (e.g. 30s, 5m, 1h30m; units y w d h m s ms, largest first, integers only)`;
  return undefined;
}
