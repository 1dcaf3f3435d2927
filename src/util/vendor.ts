/**
 * Libraries that many runs never need (the positional YAML parser: only to place a finding or to read a
 * config's inline values; the linear-time regular-expression engine: only for patterns), loaded on first
 * use. In the bundle they are built apart as CommonJS (dist/vendor/, scripts/build.mjs), so a run that does
 * not need one does not even parse it: parsing both cost a cold process about 10 ms before helm could start.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type * as Re2js from 're2js';

declare const __HG_BUNDLE__: boolean | undefined;

const load = createRequire(import.meta.url);

function vendor(name: 'yaml' | 're2js'): unknown {
  return typeof __HG_BUNDLE__ !== 'undefined' && __HG_BUNDLE__ ? load(`./vendor/${name}.cjs`) : load(name);
}

let yamlModule: typeof Yaml | undefined;
/** The `yaml` package (documents with positions, YAML 1.2). */
export function yaml(): typeof Yaml {
  return (yamlModule ??= vendor('yaml') as typeof Yaml);
}

let re2jsModule: typeof Re2js | undefined;
/** The `re2js` package (RE2 syntax, linear time). */
export function re2js(): typeof Re2js {
  return (re2jsModule ??= vendor('re2js') as typeof Re2js);
}
