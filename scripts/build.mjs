#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into one ESM file each, with the
// licences of every bundled third-party package in dist/licenses.txt, and precompiles the Kubernetes
// schema validators into dist/schemas/ (scripts/compile-schemas.mjs), which both bundles load on demand.
//   node scripts/build.mjs          build into dist/
//   node scripts/build.mjs --check  build into a temp dir and fail if dist/ differs (dist is committed)
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { compileSchemas } from './compile-schemas.mjs';
import { rechunk } from './rechunk.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'helm-guard-dist-')) : join(root, 'dist');

// CommonJS dependencies bundled into ESM need require/__dirname
const banner = [
  "import { createRequire as __hgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __hgFileURLToPath } from 'node:url';",
  "import { dirname as __hgDirname } from 'node:path';",
  'const require = __hgCreateRequire(import.meta.url);',
  'const __filename = __hgFileURLToPath(import.meta.url);',
  'const __dirname = __hgDirname(__filename);',
].join('\n');

/**
 * @actions/core imports two modules helm-guard never calls into: oidc-utils (OIDC tokens, through
 * @actions/http-client and undici) and platform (runner details, through @actions/exec). Loading them cost
 * every Action run some 40 ms of CPU. Their exports are kept, lean: requesting an OIDC token fails with a
 * clear error, and the platform facts come from node:os as the module computes them. The install's
 * downloads still use @actions/http-client, through @actions/tool-cache.
 */
const leanActionsCore = {
  name: 'lean-actions-core',
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, (a) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(a.importer)
        ? { path: a.path.slice(2, -3), namespace: 'lean-actions-core' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lean-actions-core' }, (a) => ({
      loader: 'js',
      contents:
        a.path === 'oidc-utils'
          ? 'export class OidcClient { static async getIDToken() { throw new Error("helm-guard does not request OIDC tokens"); } }'
          : [
              "import os from 'node:os';",
              'export const platform = os.platform();',
              'export const arch = os.arch();',
              "export const isWindows = platform === 'win32';",
              "export const isMacOS = platform === 'darwin';",
              "export const isLinux = platform === 'linux';",
              'export async function getDetails() { throw new Error("helm-guard does not read the runner\'s platform details"); }',
            ].join('\n'),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
  charset: 'utf8',
  // the bundles find their schema data in dist/schemas/, beside them (src/schemas/embedded.ts)
  define: { __HG_BUNDLE__: 'true' },
};

mkdirSync(out, { recursive: true });
const schemaFiles = await compileSchemas(root);
for (const [rel, text] of schemaFiles) {
  mkdirSync(dirname(join(out, 'schemas', rel)), { recursive: true });
  writeFileSync(join(out, 'schemas', rel), text);
}
// One build for both entries: shared code goes into chunks beside them, and what an entry imports
// dynamically (the engine that checks renders, the reporters) loads only when it is needed. esbuild
// bundles into a staging directory; scripts/rechunk.mjs then regroups its chunks by when a run loads them.
const stage = mkdtempSync(join(tmpdir(), 'helm-guard-stage-'));
const result = await build({
  ...common,
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/bin.ts' },
  plugins: [leanActionsCore],
  outdir: stage,
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  banner: { js: banner },
});
let bundleFiles;
try {
  bundleFiles = await rechunk(stage, result.metafile, root, out);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
// The supervisor runs in a process of its own (src/helm/supervisor.ts): one file, nothing shared, and
// CommonJS, which Node starts some 5 ms sooner than a module.
const supervisorResult = await build({
  ...common,
  entryPoints: { supervisor: 'src/helm/supervisor.ts' },
  outdir: out,
  format: 'cjs',
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
});
// Libraries many runs never need, bundled apart as CommonJS into dist/vendor/ and required on first use
// (src/util/vendor.ts): a run that does not need one does not parse it.
const VENDOR = ['yaml', 're2js'];
const resolveDep = createRequire(join(root, 'package.json')).resolve;
const vendorResult = await build({
  ...common,
  entryPoints: Object.fromEntries(VENDOR.map((name) => [name, resolveDep(name)])),
  outdir: join(out, 'vendor'),
  format: 'cjs',
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
});
const vendorFiles = VENDOR.map((name) => `vendor/${name}.cjs`);
bundleFiles.push('supervisor.cjs');
const results = [result, supervisorResult, vendorResult];

// licences of bundled packages
const pkgs = new Map();
for (const r of results) {
  for (const input of Object.keys(r.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.split('\\').join('/'));
    if (!m) continue;
    const dir = join(root, input.slice(0, input.lastIndexOf(m[1]) + m[1].length));
    if (!pkgs.has(m[1]) && existsSync(join(dir, 'package.json'))) pkgs.set(m[1], dir);
  }
}
const sections = [];
for (const name of [...pkgs.keys()].sort()) {
  const dir = pkgs.get(name);
  const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file
    ? readFileSync(join(dir, file), 'utf8').trim()
    : `(no licence file; package.json says: ${pj.license ?? 'unknown'})`;
  sections.push(`${name}@${pj.version}\nLicense: ${pj.license ?? 'see below'}\n\n${text}\n`);
}
writeFileSync(join(out, 'licenses.txt'), sections.join('\n' + '-'.repeat(72) + '\n\n'));

if (check) {
  const files = [...bundleFiles, ...vendorFiles, 'licenses.txt', ...[...schemaFiles.keys()].map((f) => `schemas/${f}`)];
  const listDir = (d, pre = '') =>
    existsSync(d)
      ? readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? listDir(join(d, e.name), `${pre}${e.name}/`) : [`${pre}${e.name}`],
        )
      : [];
  const extra = [
    ...readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && !files.includes(f)),
    ...listDir(join(root, 'dist', 'schemas'), 'schemas/').filter((f) => !files.includes(f)),
    ...listDir(join(root, 'dist', 'vendor'), 'vendor/').filter((f) => !files.includes(f)),
  ];
  const stale = files.filter(
    (f) =>
      !existsSync(join(root, 'dist', f)) ||
      readFileSync(join(root, 'dist', f), 'utf8') !== readFileSync(join(out, f), 'utf8'),
  );
  rmSync(out, { recursive: true, force: true });
  stale.push(...extra.map((f) => `${f} (not built any more)`));
  if (stale.length) {
    console.error(
      `dist/ is stale: ${stale.join(', ')} differ from a fresh build. Run "npm run build" and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
} else {
  // files a previous build wrote that this one did not
  const listOut = (d, pre = '') =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? listOut(join(d, e.name), `${pre}${e.name}/`) : [`${pre}${e.name}`],
    );
  for (const f of listOut(join(out, 'schemas'))) if (!schemaFiles.has(f)) rmSync(join(out, 'schemas', f));
  for (const f of readdirSync(out)) if (f.endsWith('.js') && !bundleFiles.includes(f)) rmSync(join(out, f));
  for (const f of listOut(join(out, 'vendor')))
    if (!vendorFiles.includes(`vendor/${f}`)) rmSync(join(out, 'vendor', f));
  console.log(
    `built 3 entries and ${bundleFiles.length - 3} chunks into dist/ with ${pkgs.size} third-party packages, and ${schemaFiles.size} schema files`,
  );
}
