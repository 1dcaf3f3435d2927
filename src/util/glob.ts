const cache = new Map<string, RegExp>();

/** Shell-style glob over a whole name: `*` any run of characters, `?` one character. */
export function globMatch(glob: string, value: string): boolean {
  if (!glob.includes('*') && !glob.includes('?')) return glob === value;
  let re = cache.get(glob);
  if (!re) {
    re = new RegExp(
      '^' +
        glob
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.') +
        '$',
    );
    cache.set(glob, re);
  }
  return re.test(value);
}

/** A glob over a slash-separated path: `*` and `?` within one segment, `**` any number of segments. */
export function globPath(pattern: string, path: string): boolean {
  const re = pattern
    .split('/')
    .map((seg) =>
      seg === '**'
        ? '(?:[^/]+/)*'
        : seg
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]') + '/',
    )
    .join('');
  return new RegExp(`^${re}$`).test(`${path}/`);
}
