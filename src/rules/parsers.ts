/**
 * The parsers some rules need, loaded only when a render has something for them: cron-parser (with its
 * date library, the largest module we use) when a CronJob is rendered, the PromQL grammar when a
 * PrometheusRule is. Rules run synchronously; the engine loads what a combo needs before running them.
 */
import type { Manifest } from '../manifests/types.js';

type CronParser = (typeof import('cron-parser'))['CronExpressionParser'];
type PromqlParser = (typeof import('@prometheus-io/lezer-promql'))['parser'];

let cron: CronParser | undefined;
let promql: PromqlParser | undefined;

export async function loadParsersFor(manifests: readonly Manifest[]): Promise<void> {
  const kinds = new Set(manifests.map((m) => m.resource.kind));
  await Promise.all([kinds.has('CronJob') && loadCron(), kinds.has('PrometheusRule') && loadPromql()]);
}

/** Every parser (for tests and tools that call the rule helpers directly). */
export async function loadAllParsers(): Promise<void> {
  await Promise.all([loadCron(), loadPromql()]);
}

/** A named export of a module that may be CommonJS: on the namespace, or on its default export. */
function named<T>(mod: unknown, name: string): T | undefined {
  const m = mod as Record<string, unknown>;
  return (m[name] ?? (m.default as Record<string, unknown> | undefined)?.[name]) as T | undefined;
}

async function loadCron(): Promise<void> {
  cron ??= named<CronParser>(await import('cron-parser'), 'CronExpressionParser');
}

async function loadPromql(): Promise<void> {
  promql ??= named<PromqlParser>(await import('@prometheus-io/lezer-promql'), 'parser');
}

export function cronParser(): CronParser {
  if (!cron) throw new Error('cron-parser is not loaded (loadParsersFor was not called for this render)');
  return cron;
}

export function promqlParser(): PromqlParser {
  if (!promql) throw new Error('the PromQL parser is not loaded (loadParsersFor was not called for this render)');
  return promql;
}
