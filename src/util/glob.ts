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
