/**
 * Where the config schema is published: this repository's `src/config/config.schema.json` on main, also
 * shipped in the npm package at the same path. It is the schema's `$id`, the URL `--init` puts in the
 * yaml-language-server modeline, and what a config's `$schema` key may name.
 */
export const CONFIG_SCHEMA_PATH = 'src/config/config.schema.json';
export const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/certctl/helm-guard/main/${CONFIG_SCHEMA_PATH}`;
