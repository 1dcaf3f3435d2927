import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  SEVERITY_ORDER
} from "./chunk-7LRU3GEV.js";

// src/util/glob.ts
var tokenCache = /* @__PURE__ */ new Map();
function tokenize(glob, classes) {
  const key = `${classes ? 1 : 0}${glob}`;
  const hit = tokenCache.get(key);
  if (hit) return hit;
  const out = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (out[out.length - 1]?.t !== "star") out.push({ t: "star" });
    } else if (c === "?") out.push({ t: "any" });
    else if (c === "[" && classes) {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) {
        out.push({ t: "lit", c });
        continue;
      }
      const body = glob.slice(i + 1, end);
      const ranges = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else ranges.push([body[k], body[k]]);
      }
      out.push({ t: "class", ranges });
      i = end;
    } else out.push({ t: "lit", c });
  }
  if (tokenCache.size > 1e3) tokenCache.clear();
  tokenCache.set(key, out);
  return out;
}
function one(tok, c) {
  if (tok.t === "any") return true;
  if (tok.t === "lit") return tok.c === c;
  if (tok.t === "class") return tok.ranges.some(([a, b]) => c >= a && c <= b);
  return false;
}
function matchTokens(tokens, s) {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    const tok = tokens[i];
    if (tok && tok.t !== "star" && one(tok, s[j])) {
      i++;
      j++;
    } else if (tok?.t === "star") {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (tokens[i]?.t === "star") i++;
  return i === tokens.length;
}
function globMatch(glob, value) {
  if (!glob.includes("*") && !glob.includes("?")) return glob === value;
  return matchTokens(tokenize(glob, false), value);
}
function globPath(pattern, path) {
  const pat = pattern.split("/");
  const segs = path.split("/");
  let reach = new Uint8Array(segs.length + 1);
  reach[0] = 1;
  for (const p of pat) {
    const next = new Uint8Array(segs.length + 1);
    if (p === "**") {
      let on = false;
      for (let k = 0; k <= segs.length; k++) {
        if (reach[k]) on = true;
        if (on) next[k] = 1;
        if (k < segs.length && segs[k] === "") on = false;
      }
    } else {
      const tokens = tokenize(p, true);
      for (let k = 0; k < segs.length; k++) if (reach[k] && matchTokens(tokens, segs[k])) next[k + 1] = 1;
    }
    reach = next;
  }
  return reach[segs.length] === 1;
}

// src/result.ts
var GuardError = class extends Error {
};
function atOrAbove(sev, failOn) {
  if (failOn === "never") return false;
  return SEVERITY_ORDER[sev] <= SEVERITY_ORDER[failOn];
}
function level(f, rules, manifest) {
  const ignore = manifest?.object.metadata?.annotations?.["helm-guard.io/ignore"];
  if (typeof ignore === "string" && ignore.split(/[\s,]+/).some((id) => id === f.rule || id.endsWith("/*") && f.rule.startsWith(id.slice(0, -1))))
    return void 0;
  const s = rules[f.rule];
  if (!s) return f;
  let lv = s.severity;
  for (const r of s.resources ?? []) {
    if (r.kind && r.kind !== f.resource?.kind) continue;
    if (r.name && !globMatch(r.name, f.resource?.name ?? "")) continue;
    lv = r.severity;
    break;
  }
  if (lv === "off") return void 0;
  return lv ? { ...f, severity: lv } : f;
}

export {
  globMatch,
  globPath,
  GuardError,
  atOrAbove,
  level
};
