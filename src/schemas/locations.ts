/**
 * Extra schema sources in kubeconform's layout: local paths or URL templates with the variables
 * {{ .NormalizedKubernetesVersion }} {{ .StrictSuffix }} {{ .ResourceKind }} {{ .ResourceAPIVersion }}
 * {{ .Group }} {{ .KindSuffix }}. A location that does not end in "json" gets kubeconform's default layout
 * appended: /{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json
 *
 * URLs are fetched only when a location names one; every answer (a 404 too) is cached in memory and, with
 * a cacheDir, on disk, so a later run asks again for nothing.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const DEFAULT_LAYOUT = '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';
const VARIABLES = new Set(['NormalizedKubernetesVersion', 'StrictSuffix', 'ResourceKind', 'ResourceAPIVersion', 'Group', 'KindSuffix']);
const VAR_RE = /\{\{-?\s*\.(\w+)\s*-?\}\}/g;

export interface TemplateInput {
  apiVersion: string;
  kind: string;
  /** e.g. '1.30.0'; 'master' when unset. */
  kubeVersion?: string;
  strict: boolean;
}

/** kubeconform's template values for one resource. */
export function templateValues(t: TemplateInput): Record<string, string> {
  const parts = t.apiVersion.split('/');
  const group = parts.length > 1 ? parts[0]! : '';
  const version = parts[parts.length - 1]!;
  let kindSuffix = '-' + (parts[0]!.split('.')[0] ?? '').toLowerCase();
  if (parts.length > 1) kindSuffix += '-' + version.toLowerCase();
  let kv = t.kubeVersion?.trim().replace(/^v/, '') || 'master';
  if (/^\d+\.\d+$/.test(kv)) kv += '.0';
  return {
    NormalizedKubernetesVersion: kv === 'master' ? 'master' : 'v' + kv,
    StrictSuffix: t.strict ? '-strict' : '',
    ResourceKind: t.kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group,
    KindSuffix: kindSuffix,
  };
}

/** Expand a kubeconform template; throws on a variable kubeconform does not define. */
export function expandTemplate(template: string, t: TemplateInput): string {
  const values = templateValues(t);
  return template.replace(VAR_RE, (_, name: string) => {
    if (!VARIABLES.has(name)) throw new Error(`unknown variable {{ .${name} }} in schema location ${template}`);
    return values[name]!;
  });
}

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** The full template of a location (default layout appended when it does not name a .json file). */
export function locationTemplate(location: string): string {
  const base = location.replace(/\/+$/, '');
  const tpl = /json$/i.test(base) ? base : base + DEFAULT_LAYOUT;
  for (const m of tpl.matchAll(VAR_RE)) {
    if (!VARIABLES.has(m[1]!)) throw new Error(`unknown variable {{ .${m[1]} }} in schema location ${location}`);
  }
  return tpl;
}

export type LookupResult = { found: true; schema: Record<string, unknown>; source: string } | { found: false } | { found: false; error: string };

export type Fetcher = (url: string) => Promise<{ status: number; text(): Promise<string> }>;

export class SchemaLocations {
  private readonly templates: { tpl: string; url: boolean }[];
  private readonly memo = new Map<string, Promise<LookupResult>>();
  private readonly fetcher: Fetcher;
  /** Number of HTTP requests made (for tests and diagnostics). */
  requests = 0;

  constructor(
    locations: readonly string[],
    private readonly cacheDir?: string,
    fetcher?: Fetcher,
    baseDir?: string,
  ) {
    this.templates = locations.map((l) => ({
      tpl: isUrl(l) ? locationTemplate(l) : resolve(baseDir ?? '.', locationTemplate(l)),
      url: isUrl(l),
    }));
    // a schema download has a timeout like every other call out of the process
    this.fetcher = fetcher ?? ((url) => fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) }));
  }

  get size(): number {
    return this.templates.length;
  }

  /** First location that has a schema for the resource. */
  async find(t: TemplateInput): Promise<LookupResult> {
    for (const { tpl, url } of this.templates) {
      const target = expandTemplate(tpl, t);
      let p = this.memo.get(target);
      if (!p) {
        p = url ? this.download(target) : this.readLocal(target);
        this.memo.set(target, p);
      }
      const r = await p;
      if (r.found || 'error' in r) return r;
    }
    return { found: false };
  }

  private async readLocal(file: string): Promise<LookupResult> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { found: false };
      return { found: false, error: `cannot read schema ${file}: ${(e as Error).message}` };
    }
    return parseSchema(text, file);
  }

  private async cacheFile(url: string): Promise<string | undefined> {
    if (!this.cacheDir) return undefined;
    const { createHash } = await nodeCrypto();
    return join(this.cacheDir, createHash('sha256').update(url).digest('hex').slice(0, 40));
  }

  private async download(url: string): Promise<LookupResult> {
    const cached = await this.cacheFile(url);
    if (cached) {
      // a cache entry is used only when it is whole: one that does not parse (torn by a crash, planted,
      // written by an older version) is a miss, and is downloaded again — the server is not to blame
      try {
        const r = parseSchema(await readFile(cached + '.json', 'utf8'), url);
        if (r.found) return r;
      } catch {
        /* not cached */
      }
      try {
        if ((await readFile(cached + '.404', 'utf8')) === NOT_FOUND_MARK) return { found: false };
      } catch {
        /* not cached */
      }
    }
    this.requests++;
    let status: number;
    let body: string;
    try {
      const res = await this.fetcher(url);
      status = res.status;
      body = await res.text();
    } catch (e) {
      return { found: false, error: `cannot download schema ${url}: ${(e as Error).message}` };
    }
    if (status === 404) {
      if (cached) await writeCache(cached + '.404', NOT_FOUND_MARK);
      return { found: false };
    }
    if (status !== 200) return { found: false, error: `cannot download schema ${url}: HTTP ${status}` };
    const r = parseSchema(body, url);
    if (r.found && cached) await writeCache(cached + '.json', body);
    return r;
  }
}

/** node:crypto, loaded only by a run that downloads schemas (loading it costs a cold process about 5 ms). */
const nodeCrypto = () => import('node:crypto');

/** The content of a 404 entry: an empty file (a torn write) is not one. */
const NOT_FOUND_MARK = '404\n';

/**
 * Write a cache entry atomically: the text goes to a temporary file of its own, renamed over the entry, so
 * a reader (another run, a crash half-way) sees the old entry, the new one, or none — never a part.
 */
async function writeCache(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${(await nodeCrypto()).randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, file);
  } catch {
    // a cache that cannot be written only costs a download next time
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}

function parseSchema(text: string, source: string): LookupResult {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (e) {
    return { found: false, error: `schema ${source} is not JSON: ${(e as Error).message}` };
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return { found: false, error: `schema ${source} is not a JSON object` };
  // kubeconform's schemas declare draft-04 ($schema, id): compile them as plain schemas
  const { $schema: _s, $id: _i, id: _id, ...rest } = schema as Record<string, unknown>;
  return { found: true, schema: rest, source };
}
