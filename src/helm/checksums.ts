/**
 * Official SHA-256 digests of helm's release archives on get.helm.sh, pinned in code so that a compromised or
 * wrong mirror cannot swap the binary.
 *
 * Rule: a value is listed only when it was read, identical, in two independent public sources. A platform
 * whose value could not be confirmed twice is left out; the installer then uses the mirror's `.sha256sum`
 * (or the `helm-sha256` input). Never add a value computed from some local file: the helm binaries that
 * the test suite takes from npm packages are bare binaries, not the official archives, and say nothing about
 * the archives' digests.
 *
 * Sources
 *
 * v4.1.4 — all six platforms:
 *   [A] helm/helm GitHub release notes, https://github.com/helm/helm/releases/tag/v4.1.4
 *       ("Installation and Upgrading": "<platform> (checksum / <sha256>)" for every archive).
 *   [B] warnet (bitcoin-dev-project/warnet), src/warnet/constants.py, HELM_BLESSED_VERSION = "v4.1.4",
 *       HELM_BLESSED_NAME_AND_CHECKSUMS (archive name → checksum, all eleven archives).
 *   Also agreeing, for every platform but windows-arm64: periareon/rules_helm helm/private/versions.bzl,
 *   HELM_VERSIONS["4.1.4"] (SRI base64 form, decoded to the same hex).
 *
 * v3.16.4 — linux-amd64, linux-arm64, darwin-amd64, darwin-arm64:
 *   [A] helm/helm GitHub release notes, https://github.com/helm/helm/releases/tag/v3.16.4.
 *   [C] zyvorai/paqtra, src/cli/helm.rs (commit f2e8d59), PINNED_HELM = "3.16.4", HELM_SHA256 table
 *       ("from get.helm.sh's published .sha256sum files").
 *   Also agreeing: defn/dev m/pkg/helm/flake.nix (SRI base64 form, the same four platforms).
 *   windows-amd64 and windows-arm64 of v3.16.4 appear only in the release notes among the sources found,
 *   so they are NOT pinned here.
 */
import type { HelmPlatform, HelmPlatformKey } from './platform.js';
import { HELM_PLATFORM_KEYS, normalizeHelmVersion, platformKey } from './platform.js';

/** version (`vX.Y.Z`) → platform → lower-case SHA-256 hex of the official archive. */
export type ChecksumTable = Readonly<Record<string, Readonly<Partial<Record<HelmPlatformKey, string>>>>>;

export const PINNED_HELM_SHA256: ChecksumTable = Object.freeze({
  'v4.1.4': Object.freeze({
    'linux-amd64': '70b2c30a19da4db264dfd68c8a3664e05093a361cefd89572ffb36f8abfa3d09', // [A] [B]
    'linux-arm64': '13d03672be289045d2ff00e4e345d61de1c6f21c1257a45955a30e8ae036d8f1', // [A] [B]
    'darwin-amd64': 'abf09c8503ad1d8ef76d3737a058c3456a998aae5f5966fce4bb3031aeb1654e', // [A] [B]
    'darwin-arm64': '7c2eca678e8001fa863cdf8cbf6ac1b3799f9404a89eb55c08260ef5732e658d', // [A] [B]
    'windows-amd64': 'bd60f567f667631a2c9b698dfabe5e3cd52eaaf4264163c0a9cae566db8560e8', // [A] [B]
    'windows-arm64': 'd0a651026da4a26b28bdfc3d455ce3dfacbc267182dc2225c2172b1dcc549643', // [A] [B]
  }),
  'v3.16.4': Object.freeze({
    'linux-amd64': 'fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179', // [A] [C]
    'linux-arm64': 'd3f8f15b3d9ec8c8678fbf3280c3e5902efabe5912e2f9fcf29107efbc8ead69', // [A] [C]
    'darwin-amd64': '8dc25671120a4af197afe7ad9041fb8e1dd71bc01e5ef73dba1139cbc9e9f44b', // [A] [C]
    'darwin-arm64': 'e2442d8f05d53d84c39b869bc5fe5affad247ee2f4c706a040919c146edb1f94', // [A] [C]
  }),
});

/** The pinned digest for a version and platform, or undefined when the table has none. */
export function pinnedSha256(
  version: string,
  platform: HelmPlatform,
  table: ChecksumTable = PINNED_HELM_SHA256,
): string | undefined {
  const v = normalizeHelmVersion(version);
  const row = Object.hasOwn(table, v) ? table[v] : undefined;
  const key = platformKey(platform);
  return row && Object.hasOwn(row, key) ? row[key] : undefined;
}

/** Versions whose every supported platform is pinned. */
export function fullyPinnedVersions(table: ChecksumTable = PINNED_HELM_SHA256): string[] {
  return Object.keys(table).filter((v) => HELM_PLATFORM_KEYS.every((k) => typeof table[v]?.[k] === 'string'));
}
