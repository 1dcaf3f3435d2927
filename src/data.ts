/**
 * Where the build's data lives: dist/schemas/ (precompiled validators, release tables, the CRD catalog,
 * the config validator). Beside the bundles when bundled; the repository's dist/ when running from source.
 */
declare const __HG_BUNDLE__: boolean | undefined;

export const DATA: URL =
  typeof __HG_BUNDLE__ !== 'undefined' && __HG_BUNDLE__
    ? new URL('./schemas/', import.meta.url)
    : new URL('../dist/schemas/', import.meta.url);
