// Regroups the bundles' chunks by when a run loads them (called by scripts/build.mjs).
//
// esbuild splits shared code into one chunk per set of entries and dynamic imports that reach it: some
// fifty small files, most of which every run loads. Node's module loader pays for each file it resolves,
// reads and links, and a cold run paid for all of them. Here rollup reads esbuild's output (plain ES
// modules: TypeScript, CommonJS and packages are already handled) and writes it out again in a few chunks,
// each holding what a run needs at one moment:
//
//   boot         what an entry imports statically: the supervisor process starts before anything else;
//   <cli>-<action>  for each of the two entries' flows, the phase in which the code is first needed:
//                start  before helm starts (argument parsing, the config, the helm pool);
//                late   once helm runs (the engine, lint parsing, values checks, the report formatters);
//                rare   only for some runs (coverage, upgrade, merge, init …);
//     e.g. chunk-late-late holds what both load once helm runs, chunk-late-start what the Action needs at
//     start and the CLI only later;
//   chunk-<hash> code only rare runs need, grouped by rollup as it groups shared code.
//
// rollup does not tree-shake here (esbuild did), so every module keeps exactly the code esbuild wrote.
import { rollup } from 'rollup';
import { isAbsolute, join, resolve } from 'node:path';

/** Modules a run imports once helm has started (each flow imports them then, never before). */
const LATE = [
  'src/engine.ts',
  'src/helm/lint.ts',
  'src/helm/errors.ts',
  'src/values/check.ts',
  'src/schemas/state.ts',
  'src/report/text.ts',
  'src/report/json.ts',
];
/** What each entry imports first, before its flow starts (src/cli/bin.ts, src/action/index.ts). */
const FLOWS = {
  cli: { entry: 'cli.js', main: 'src/cli/main.ts' },
  action: { entry: 'index.js', main: 'src/action/main.ts' },
};
const PHASES = ['start', 'late', 'rare'];

/**
 * @param {string} stage directory esbuild wrote into
 * @param {import('esbuild').Metafile} metafile esbuild's metafile of that build (paths relative to root)
 * @param {string} root the repository (esbuild's working directory)
 * @param {string} out directory to write the regrouped bundles into
 * @returns {Promise<string[]>} the files written (names in `out`)
 */
export async function rechunk(stage, metafile, root, out) {
  const outputs = Object.entries(metafile.outputs).filter(([f]) => f.endsWith('.js'));
  const abs = (f) => resolve(root, f);
  const imports = new Map(
    outputs.map(([f, o]) => [abs(f), o.imports.filter((i) => i.kind === 'import-statement' && !i.external)]),
  );
  /** Output files that hold (or re-export) a source module, by the module's path. */
  const bySource = (src) => {
    const found = outputs.filter(([, o]) => o.entryPoint === src).map(([f]) => abs(f));
    if (!found.length)
      throw new Error(
        `rechunk: no chunk starts at ${src}: is it still imported dynamically, under this name? (LATE, FLOWS)`,
      );
    return found;
  };
  const closure = (roots) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of imports.get(f) ?? []) visit(abs(i.path));
    };
    roots.forEach(visit);
    return seen;
  };
  const entries = Object.values(FLOWS).map((f) => join(stage, f.entry));
  const boot = closure(entries);
  const late = closure(LATE.flatMap(bySource));
  const start = Object.fromEntries(
    Object.entries(FLOWS).map(([name, f]) => [name, closure([join(stage, f.entry), ...bySource(f.main)])]),
  );
  const phase = (flow, id) => (start[flow].has(id) ? 0 : late.has(id) ? 1 : 2);
  const group = (c, a) => (c === 2 && a === 2 ? undefined : `${PHASES[c]}-${PHASES[a]}`);
  const groups = new Set();

  const bundle = await rollup({
    input: Object.fromEntries(Object.values(FLOWS).map((f) => [f.entry.replace(/\.js$/, ''), join(stage, f.entry)])),
    external: (id) => !id.startsWith('.') && !isAbsolute(id),
    treeshake: false,
    onwarn: (w) => {
      throw new Error(`rechunk: ${w.code}: ${w.message}`);
    },
  });
  const { output } = await bundle.write({
    dir: out,
    format: 'es',
    generatedCode: 'es2015',
    hoistTransitiveImports: false,
    entryFileNames: '[name].js',
    chunkFileNames: (c) => (groups.has(c.name) ? `chunk-${c.name}-[hash].js` : 'chunk-[hash].js'),
    manualChunks: (id) => {
      if (entries.includes(id)) return undefined;
      const g = boot.has(id) ? 'boot' : group(phase('cli', id), phase('action', id));
      if (g) groups.add(g);
      return g;
    },
  });
  await bundle.close();
  return output.map((o) => o.fileName);
}
