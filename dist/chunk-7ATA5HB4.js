import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/report/sort.ts
function where(f) {
  if (!f.location) return "";
  const l = f.location;
  return `${l.file}:${l.line}${l.column ? `:${l.column}` : ""}`;
}
function locationNote(f) {
  const l = f.location;
  if (!l) return "";
  if (l.approximate) return " (approximate line: no template line could be matched exactly)";
  if (l.via) return ` (via include "${l.via}")`;
  return "";
}
function resourceName(f) {
  if (!f.resource) return "";
  const name = `${f.resource.kind}/${f.resource.name ?? "?"}`;
  return f.message.startsWith(name) ? "" : name;
}

export {
  where,
  locationNote,
  resourceName
};
