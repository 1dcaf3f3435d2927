/**
 * The embedded Kubernetes schemas against a second, independent reading of the same official OpenAPI
 * documents, for every shipped release:
 *  - the model classes openapi-generator wrote for kubernetes-client/python at the tag our document came
 *    from (test/crosscheck/python-client/<minor>.json, extracted by scripts/import-k8s.mjs): every property
 *    they know must be a property of our definition, and we may not require what they do not;
 *  - the compiled validators of kubernetes-models (npm; generated from the v3 documents of the newest
 *    release): every enum we apply must be the list its validator enforces.
 * A field the schemas lose (as generated type definitions once lost `resources` of RuleWithOperations)
 * fails here, not on a user's chart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/helm.js';

type Def = { properties?: Record<string, Record<string, unknown>>; required?: string[] };
interface Release {
  definitions: Record<string, Record<string, string>>;
}
const index = JSON.parse(readFileSync(join(ROOT, 'schemas/k8s/index.json'), 'utf8')) as {
  releases: string[];
  modules: string[];
};
const defs = new Map<string, Record<string, Def>>(
  index.modules.map((m) => [m, JSON.parse(readFileSync(join(ROOT, 'schemas/k8s/defs', `${m}.json`), 'utf8'))]),
);
const release = (minor: string): Release =>
  JSON.parse(readFileSync(join(ROOT, 'schemas/k8s', `${minor}.json`), 'utf8'));
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Models that are not definitions of swagger.json, so have no schema here: the server's version document
 * (io.k8s.apimachinery.pkg.version.Info) and the aggregated discovery types the python client adds from
 * another document (apidiscovery.k8s.io).
 */
const NOT_IN_DOCUMENT = /^(VersionInfo|V2(beta1)?API(Group|Resource|Subresource|Version)Discovery(List)?)$/;

/** Our definitions of a release by the class names the python client gives them. */
function byPythonName(rel: Release): Map<string, { ref: string; def: Def }[]> {
  const out = new Map<string, { ref: string; def: Def }[]>();
  for (const [mod, table] of Object.entries(rel.definitions)) {
    const [group, version] = mod.split(/-(?=v\d)/) as [string, string];
    for (const [name, hash] of Object.entries(table)) {
      const entry = { ref: `${mod}#${name}`, def: defs.get(mod)![`${name}@${hash}`]! };
      // plain V1PodSpec, or group-prefixed where two groups share a name (CoreV1EndpointPort)
      for (const n of [`${cap(version)}${name}`, `${cap(group)}${cap(version)}${name}`]) {
        if (!out.has(n)) out.set(n, []);
        out.get(n)!.push(entry);
      }
    }
  }
  return out;
}

describe.each(index.releases)('Kubernetes %s schemas against the python client models', (minor) => {
  const census = JSON.parse(readFileSync(join(ROOT, 'test/crosscheck/python-client', `${minor}.json`), 'utf8')) as {
    models: Record<string, { properties: string[]; required?: string[] }>;
  };
  const rel = release(minor);
  const ours = byPythonName(rel);

  it('every model is one of our definitions, and every definition with fields has a model', () => {
    const models = Object.keys(census.models).filter((c) => !NOT_IN_DOCUMENT.test(c));
    expect(models.filter((c) => ours.get(c)?.length !== 1)).toEqual([]);
    const matched = new Set(models.map((c) => ours.get(c)![0]!.ref));
    // openapi-generator writes no model for an empty struct (CustomResourceSubresourceStatus, Patch)
    const all = Object.entries(rel.definitions).flatMap(([m, t]) =>
      Object.entries(t)
        .filter(([n, h]) => Object.keys(defs.get(m)![`${n}@${h}`]!.properties ?? {}).length > 0)
        .map(([n]) => `${m}#${n}`),
    );
    expect(all.filter((r) => !matched.has(r))).toEqual([]);
  });

  it('accepts every property the models know, and requires nothing they do not', () => {
    const rejected: string[] = [];
    const overRequired: string[] = [];
    for (const [cls, model] of Object.entries(census.models)) {
      if (NOT_IN_DOCUMENT.test(cls)) continue;
      const { ref, def } = ours.get(cls)![0]!;
      for (const p of model.properties) if (!def.properties?.[p]) rejected.push(`${ref}.${p}`);
      for (const r of def.required ?? []) if (!model.required?.includes(r)) overRequired.push(`${ref}.${r}`);
    }
    expect(rejected).toEqual([]);
    expect(overRequired).toEqual([]);
  });
});

describe('enums against the kubernetes-models validators', () => {
  const require = createRequire(join(ROOT, 'package.json'));
  const modelsDir = join(require.resolve('kubernetes-models/package.json'), '..');
  const newest = index.releases[index.releases.length - 1]!;
  const camel = (mod: string, name: string) => {
    const [group, version] = mod.split(/-(?=v\d)/) as [string, string];
    const prefix =
      group === 'meta'
        ? 'IoK8sApimachineryPkgApisMetaV1'
        : group === 'apiextensions'
          ? 'IoK8sApiextensionsApiserverPkgApisApiextensionsV1'
          : group === 'apiregistration'
            ? 'IoK8sKubeAggregatorPkgApisApiregistrationV1'
            : `IoK8sApi${cap(group)}${cap(version)}`;
    return `${prefix}${name}`;
  };

  it(`every enum of the ${newest} set is the list the validator of the same definition enforces`, async () => {
    const rel = release(newest);
    const available = new Set(readdirSync(join(modelsDir, '_schemas')));
    const wrong: string[] = [];
    let checked = 0;
    for (const [mod, table] of Object.entries(rel.definitions)) {
      for (const [name, hash] of Object.entries(table)) {
        const def = defs.get(mod)![`${name}@${hash}`]!;
        const file = `${camel(mod, name)}.js`;
        for (const [prop, s] of Object.entries(def.properties ?? {})) {
          const at = s.enum ? 'value' : (s.items as Def & { enum?: string[] })?.enum ? 'items' : undefined;
          if (!at || prop === 'apiVersion' || prop === 'kind') continue;
          expect(available.has(file), `${file} for ${mod}#${name}`).toBe(true);
          const { validate } = (await import(pathToFileURL(join(modelsDir, '_schemas', file)).href)) as {
            validate: ((d: unknown) => boolean) & {
              errors?: { keyword: string; instancePath: string; params: { allowedValues?: string[] } }[];
            };
          };
          const probe = '\u0000not-an-enum-value';
          validate({ [prop]: at === 'value' ? probe : [probe] });
          const err = validate.errors?.find((e) => e.keyword === 'enum' && e.instancePath.startsWith(`/${prop}`));
          const theirs = [...(err?.params.allowedValues ?? [])].sort();
          const mine = [...((at === 'value' ? s.enum : (s.items as { enum: string[] }).enum) as string[])].sort();
          checked++;
          if (JSON.stringify(theirs) !== JSON.stringify(mine))
            wrong.push(`${mod}#${name}.${prop}: ours ${mine} theirs ${theirs}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });
});
