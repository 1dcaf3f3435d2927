/**
 * The parser some rules need, loaded only when a render has something for it: the PromQL grammar when a
 * PrometheusRule is rendered. Rules run synchronously; the engine loads what a combo needs before running them.
 */
import type { Manifest } from '../manifests/types.js';

type PromqlParser = (typeof import('@prometheus-io/lezer-promql'))['parser'];

let promql: PromqlParser | undefined;

export async function loadParsersFor(manifests: readonly Manifest[]): Promise<void> {
  const kinds = new Set(manifests.map((m) => m.resource.kind));
  if (kinds.has('PrometheusRule')) await loadPromql();
}

/** Every parser (for tests and tools that call the rule helpers directly). */
export async function loadAllParsers(): Promise<void> {
  await loadPromql();
}

/** A named export of a module that may be CommonJS: on the namespace, or on its default export. */
function named<T>(mod: unknown, name: string): T | undefined {
  const m = mod as Record<string, unknown>;
  return (m[name] ?? (m.default as Record<string, unknown> | undefined)?.[name]) as T | undefined;
}

async function loadPromql(): Promise<void> {
  promql ??= named<PromqlParser>(await import('@prometheus-io/lezer-promql'), 'parser');
}

export function promqlParser(): PromqlParser {
  if (!promql) throw new Error('the PromQL parser is not loaded (loadParsersFor was not called for this render)');
  return promql;
}
