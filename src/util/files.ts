import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` (recursively) whose name matches; none when `dir` cannot be read. */
export function filesBelow(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesBelow(p, name));
    else if (name.test(e.name)) out.push(p);
  }
  return out;
}
