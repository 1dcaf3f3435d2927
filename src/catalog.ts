// the rules' metadata only: their code loads with the engine that runs them
import { RULE_META, UPGRADE_RULE_META } from './rules/meta.generated.js';
import type { Severity } from './types.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

/** Findings the engine itself produces (render, parse, lint, schema, assertions). */
export const ENGINE_RULES: readonly RuleInfo[] = [
  {
    id: 'render/failed',
    severity: 'error',
    description:
      'helm template failed: fail/required, template parse or execution error, at the template line helm names',
  },
  { id: 'render/timeout', severity: 'error', description: 'helm template ran past the timeout and was killed' },
  {
    id: 'render/output-too-large',
    severity: 'error',
    description: 'helm wrote more output than the cap (256 MiB) and was stopped: a render that multiplies without end',
  },
  {
    id: 'render/unknown-hook',
    severity: 'error',
    description: 'helm.sh/hook names no hook helm knows: helm silently leaves the resource out of the release',
  },
  { id: 'render/empty', severity: 'error', description: 'the render produced no resources' },
  { id: 'yaml/parse-error', severity: 'error', description: 'a rendered document is not valid YAML' },
  {
    id: 'yaml/duplicate-key',
    severity: 'error',
    description: 'a rendered mapping has the same key twice (the API server keeps one silently or refuses)',
  },
  {
    id: 'manifest/not-a-resource',
    severity: 'error',
    description: 'a rendered document is not a mapping with apiVersion and kind',
  },
  { id: 'lint/error', severity: 'error', description: '[ERROR] from helm lint' },
  { id: 'lint/warning', severity: 'warning', description: '[WARNING] from helm lint' },
  {
    id: 'schema/unknown-field',
    severity: 'error',
    description: 'a field the Kubernetes (or CRD) schema does not define, with the nearest valid name',
  },
  { id: 'schema/enum', severity: 'error', description: 'a value outside the allowed set (e.g. updateStrategy.type)' },
  { id: 'schema/type', severity: 'error', description: 'a value of the wrong type (e.g. replicas: "3")' },
  { id: 'schema/required', severity: 'error', description: 'a required field is missing' },
  {
    id: 'schema/unknown-kind',
    severity: 'error',
    description:
      'no schema for this apiVersion/kind: an error in a Kubernetes or catalog CRD group (names the versions or the kind meant), a warning for other groups (add the CRD to check it)',
  },
  {
    id: 'schema/kube-version',
    severity: 'notice',
    description: 'the Kubernetes version asked for has no schema set of its own; the nearest shipped one is used',
  },
  {
    id: 'schema/removed-api',
    severity: 'error',
    description: "an API removed in the combo's Kubernetes version; names the replacement",
  },
  { id: 'schema/invalid', severity: 'error', description: 'any other schema violation (pattern, bounds, formats)' },
  {
    id: 'assert/kind-count',
    severity: 'error',
    description: 'a kind is rendered more or fewer times than `expect.kinds` says',
  },
  {
    id: 'assert/resource-count',
    severity: 'error',
    description: 'the resources selected by `expect.resources` are not as many as `count`',
  },
  {
    id: 'assert/field',
    severity: 'error',
    description: 'a field assertion (equals, oneOf, matches, exists, absent, contains) does not hold',
  },
  { id: 'assert/expected-failure', severity: 'error', description: 'a combo expected to fail rendered successfully' },
  {
    id: 'assert/failure-message',
    severity: 'error',
    description: 'a combo failed as expected, but with a message the regex does not match',
  },
  {
    id: 'internal/rule-failed',
    severity: 'error',
    description: 'a rule could not check a render (a defect in helm-guard, reported instead of stopping the run)',
  },
  { id: 'config/invalid', severity: 'error', description: 'an assertion path in the config cannot be parsed' },
  {
    id: 'values/unknown-key',
    severity: 'error',
    description:
      'a key a combo sets (set, setString, values, valuesFiles, or a ci/*-values.yaml file) that no template reads and neither values.yaml nor values.schema.json declares: helm ignores it, so the combo does not test what it says (with the nearest known key)',
  },
  {
    id: 'values/undefined',
    severity: 'warning',
    description:
      'a template reads a value that no values file, schema or combo defines, while a near name is defined (.Values.server.prot beside server.port): it is always empty',
  },
  {
    id: 'values/unused',
    severity: 'notice',
    description:
      'a key of values.yaml that no template reads (off unless --unused-values, or the rule is given a severity in the config)',
  },
  {
    id: 'matrix/duplicate-combo',
    severity: 'warning',
    description:
      'a combo that sets every key another combo sets, and more, yet renders the same resources (same Kubernetes and API versions): the values it adds change nothing',
  },
  {
    id: 'coverage/branches',
    severity: 'error',
    description: 'with coverage on: fewer template branches covered by the combos than `coverage.branches` asks',
  },
  {
    id: 'coverage/lines',
    severity: 'error',
    description: 'with coverage on: fewer template lines covered by the combos than `coverage.lines` asks',
  },
  {
    id: 'coverage/files',
    severity: 'error',
    description: 'with coverage on: fewer template files rendered by some combo than `coverage.files` asks',
  },
  {
    id: 'coverage/uncovered-file',
    severity: 'warning',
    description: 'with coverage on: a template file that no combo renders',
  },
  {
    id: 'coverage/not-measurable',
    severity: 'notice',
    description:
      'with coverage on: a template, define or call whose coverage cannot be measured exactly, and why (not counted)',
  },
];

export const ALL_RULES: readonly RuleInfo[] = [
  ...ENGINE_RULES,
  // the render compared with the base commit's (--base)
  ...UPGRADE_RULE_META,
  ...RULE_META,
];

export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

/** Which column of the summary a rule belongs to. */
export type Check = 'render' | 'lint' | 'schema' | 'rules' | 'assertions';
export function checkOf(rule: string): Check {
  const area = rule.slice(0, rule.indexOf('/'));
  if (area === 'render' || area === 'yaml' || area === 'manifest') return 'render';
  if (area === 'lint') return 'lint';
  if (area === 'schema') return 'schema';
  if (area === 'assert' || area === 'config') return 'assertions';
  return 'rules';
}
