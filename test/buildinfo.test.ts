/**
 * helm's version without starting helm: an official release build names its commit in its Go build
 * information, and src/helm/releases.json names the release of each commit. Checked against what the real
 * binaries answer, and on copies of them whose build information says something else.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goModuleInfo, helmVersionFromBuild } from '../src/helm/buildinfo.js';
import releases from '../src/helm/releases.json' with { type: 'json' };
import { helmVersion } from '../src/guard.js';
import { HELM3, HELM4 } from './helpers/helm.js';

const dir = mkdtempSync(join(tmpdir(), 'helm-guard-buildinfo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A copy of a binary with a byte string replaced by another of the same length, everywhere (the module
 * information is in the build information section and again in the runtime's data).
 */
function patched(from: string, name: string, find: string, replace: string): string {
  expect(replace.length).toBe(find.length);
  const b = readFileSync(from);
  let found = 0;
  for (let at = b.indexOf(find, 0, 'latin1'); at >= 0; at = b.indexOf(find, at + 1, 'latin1')) {
    b.write(replace, at, 'latin1');
    found++;
  }
  expect(found, `${find} in ${from}`).toBeGreaterThan(0);
  const f = join(dir, name);
  writeFileSync(f, b, { mode: 0o755 });
  return f;
}
const revision = (file: string) =>
  goModuleInfo(file)
    .find((l) => l.startsWith('build\tvcs.revision='))!
    .split('=')[1]!;

describe.skipIf(process.platform !== 'linux')("helm's version from its build information", () => {
  it.each([
    ['v3', HELM3],
    ['v4', HELM4],
  ])('the %s binary: the same version `helm version` prints', (_, helm) => {
    const asked = execFileSync(helm, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' });
    expect(helmVersionFromBuild(helm)).toBe(asked);
    // read from the table, by its commit
    expect((releases.commits as Record<string, string>)[revision(helm)]).toBe(asked);
  });

  it('a binary that cannot be run is not run: its version comes from the file', async () => {
    const copy = join(dir, 'helm-no-exec');
    copyFileSync(HELM3, copy);
    chmodSync(copy, 0o644);
    expect(await helmVersion(copy)).toBe('v3.16.4');
  });

  it('a commit no release names: v3 (whose module says "(devel)") is undefined, v4 keeps its module version', () => {
    const unknown = 'f'.repeat(40);
    expect(helmVersionFromBuild(patched(HELM3, 'v3-unknown', revision(HELM3), unknown))).toBeUndefined();
    expect(helmVersionFromBuild(patched(HELM4, 'v4-unknown', revision(HELM4), unknown))).toBe('v4.1.4');
  });

  it('a commit several releases name (a final release and its candidate): v3 is undefined, v4 says its module version', () => {
    // v3.16.0 and v3.16.0-rc.1 are one commit, and so are v4.1.0 and v4.1.0-rc.1
    const v3 = '0d439e1a09683f21a0ab9401eb661401f185b00b';
    const v4 = '4553a0a96e5205595079b6757236cc6f969ed1b9';
    expect(Object.hasOwn(releases.commits, v3) || Object.hasOwn(releases.commits, v4)).toBe(false);
    expect(helmVersionFromBuild(patched(HELM3, 'v3-shared', revision(HELM3), v3))).toBeUndefined();
    // Go stamps the module version from the tag the build was made from
    expect(helmVersionFromBuild(patched(HELM4, 'v4-shared', revision(HELM4), v4))).toBe('v4.1.4');
  });

  it('a build from a modified tree, or of another program, is undefined', () => {
    expect(helmVersionFromBuild(patched(HELM4, 'v4-modified', 'vcs.modified=false', 'vcs.modified=fals3'))).toBe(
      undefined,
    );
    expect(
      helmVersionFromBuild(
        patched(HELM3, 'not-helm', 'path\thelm.sh/helm/v3/cmd/helm', 'path\thelm.sh/helm/v3/cmd/hel_'),
      ),
    ).toBeUndefined();
    const script = join(dir, 'wrapper');
    writeFileSync(script, `#!/bin/sh\nexec ${HELM3} "$@"\n`, { mode: 0o755 });
    expect(helmVersionFromBuild(script)).toBeUndefined();
    expect(helmVersionFromBuild(process.execPath)).toBeUndefined();
    expect(helmVersionFromBuild(join(dir, 'missing'))).toBeUndefined();
  });
});
