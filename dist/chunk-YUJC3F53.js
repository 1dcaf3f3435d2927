import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  CATALOG_CRDS,
  DEFAULT_RELEASE,
  crdVersions,
  filesBelow,
  helmErrorLocation,
  loadCatalogCrd,
  loadCatalogValidator,
  loadDefinitions,
  loadValidators,
  parseHelmError,
  parseRender,
  releaseData,
  releaseFor,
  secretValues,
  withDependencies
} from "./chunk-TCJ6Y27S.js";
import {
  HOOK_EVENTS,
  RULES,
  checkOf,
  closest,
  diffRenders,
  loadParsersFor,
  upgradeIssues
} from "./chunk-E7MX4Q7U.js";
import {
  DEFAULT_MAX_OUTPUT_BYTES
} from "./chunk-EXNJKHFI.js";
import {
  atOrAbove,
  level
} from "./chunk-XFJATW74.js";
import {
  isObject
} from "./chunk-4XC6GTOR.js";
import {
  globMatch,
  toDotted,
  toPointer
} from "./chunk-BST2SALO.js";
import {
  repoPath
} from "./chunk-AVBPKS3C.js";
import {
  InputRegExpError,
  inputRegExp,
  schemaState
} from "./chunk-7WR7WPOH.js";
import "./chunk-2AJFM67G.js";

// src/schemas/issues.ts
function valueAt(data, pointer) {
  let cur = data;
  if (!pointer) return cur;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    cur = cur !== null && typeof cur === "object" ? cur[seg] : void 0;
  }
  return cur;
}
function pointerToPath(pointer, data) {
  if (!pointer) return [];
  const out = [];
  let cur = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === "object" ? cur[seg] : void 0;
    }
  }
  return out;
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function show(v) {
  const s = typeof v === "string" ? JSON.stringify(v) : String(JSON.stringify(v));
  return s.length > 60 ? s.slice(0, 57) + "..." : s;
}
function typeList(t) {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(",");
  const nice = list.filter((x) => x !== "null");
  return nice.length > 1 ? nice.slice(0, -1).join(", ") + " or " + nice[nice.length - 1] : nice[0] ?? "null";
}
function requiredAlternatives(branches) {
  if (!Array.isArray(branches) || !branches.length) return void 0;
  const names = [];
  for (const b of branches) {
    if (!b || typeof b !== "object") return void 0;
    const keys = Object.keys(b);
    const req = b.required;
    if (keys.length !== 1 || !Array.isArray(req) || req.length !== 1) return void 0;
    names.push(String(req[0]));
  }
  return names;
}
function collapse(errors) {
  let list = errors.filter((e) => e.keyword !== "if");
  for (const e of list.filter((x) => x.keyword === "anyOf" || x.keyword === "oneOf")) {
    const prefix = e.schemaPath + "/";
    const branchErrs = list.filter(
      (x) => x !== e && x.schemaPath.startsWith(prefix) && (x.instancePath === e.instancePath || x.instancePath.startsWith(e.instancePath + "/"))
    );
    const byBranch = /* @__PURE__ */ new Map();
    for (const b of branchErrs) {
      const idx = b.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      if (!byBranch.has(idx)) byBranch.set(idx, []);
      byBranch.get(idx).push(b);
    }
    const passing = e.params.passingSchemas;
    const alternatives = requiredAlternatives(e.schema);
    const deeper = [...byBranch.values()].filter((errs) => errs.every((b) => b.instancePath !== e.instancePath));
    let replacement;
    if (passing != null) {
      replacement = [alternatives ? { ...e, synthetic: `must set only one of ${alternatives.join(", ")}` } : e];
    } else if (alternatives) {
      replacement = [{ ...e, synthetic: `must set one of ${alternatives.join(", ")}` }];
    } else if (deeper.length) {
      replacement = deeper.sort((a, b) => a.length - b.length)[0];
    } else if (branchErrs.length && branchErrs.every((b) => b.keyword === "type" && b.instancePath === e.instancePath)) {
      const types = [...new Set(branchErrs.flatMap((b) => String(b.params.type).split(",")))];
      replacement = [{ ...branchErrs[0], params: { type: types } }];
    } else {
      replacement = [e];
    }
    const drop = /* @__PURE__ */ new Set([e, ...branchErrs]);
    const at = list.indexOf(e);
    list = [
      ...list.slice(0, at).filter((x) => !drop.has(x)),
      ...replacement,
      ...list.slice(at + 1).filter((x) => !drop.has(x))
    ];
  }
  const typeAt = new Set(list.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  return list.filter((e) => e.keyword === "type" || !typeAt.has(e.instancePath));
}
function sortByDocument(issues, data) {
  const rank = (path) => {
    const out = [];
    let cur = data;
    for (const seg of path) {
      if (typeof seg === "number") {
        out.push(seg);
        cur = Array.isArray(cur) ? cur[seg] : void 0;
      } else {
        const keys = cur !== null && typeof cur === "object" && !Array.isArray(cur) ? Object.keys(cur) : [];
        const i = keys.indexOf(seg);
        out.push(i < 0 ? Number.MAX_SAFE_INTEGER : i);
        cur = i < 0 ? void 0 : cur[seg];
      }
    }
    return out;
  };
  const ranked = issues.map((issue, i) => ({ issue, i, r: rank(issue.path) }));
  ranked.sort((a, b) => {
    const n = Math.min(a.r.length, b.r.length);
    for (let k = 0; k < n; k++) if (a.r[k] !== b.r[k]) return a.r[k] - b.r[k];
    return a.r.length - b.r.length || a.i - b.i;
  });
  return ranked.map((x) => x.issue);
}
function typeName(ctx, schema2, parent) {
  if (schema2 && typeof schema2 === "object") {
    const t = schema2.title;
    if (typeof t === "string" && t) return t;
  }
  if (!parent.length) return ctx.kind;
  return `${ctx.kind} ${toDotted(parent.map((p) => typeof p === "number" ? "[]" : p)).replace(/\.\[\]/g, "[]")}`;
}
function where(ctx, path) {
  return path.length ? toDotted(path) : ctx.kind;
}
function toIssues(errors, data, ctx) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (rule, path, message) => {
    const key = `${rule}\0${path.join("\0")}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ rule, severity: "error", message, path });
  };
  for (const c of collapse(errors)) {
    const e = c.parentSchema !== void 0 && "data" in c ? c : { ...c, parentSchema: c.parentSchema ?? ctx.schemaAt?.(c.instancePath), data: "data" in c ? c.data : valueAt(data, c.instancePath) };
    const path = pointerToPath(e.instancePath, data);
    const p = e.params;
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String(p.additionalProperty);
        const full = [...path, key];
        const props = e.parentSchema?.properties;
        const guess = props ? closest(key, Object.keys(props)) : void 0;
        push(
          "schema/unknown-field",
          full,
          `${toDotted(full)} is not a field of ${typeName(ctx, e.parentSchema, path)}${guess ? `; did you mean ${guess}?` : ""}`
        );
        break;
      }
      case "required": {
        const key = String(p.missingProperty);
        push("schema/required", path, `${toDotted([...path, key])} is required in ${typeName(ctx, e.parentSchema, path)}`);
        break;
      }
      case "enum": {
        const allowed = p.allowedValues ?? [];
        const shown = allowed.map((v) => typeof v === "string" ? v === "" ? '""' : v : JSON.stringify(v)).join(", ");
        let msg = `${where(ctx, path)} must be one of ${shown}`;
        if (!ctx.hideValues) {
          msg += `; got ${show(e.data)}`;
          const guess = typeof e.data === "string" ? closest(e.data, allowed.filter((v) => typeof v === "string")) : void 0;
          if (guess) msg += ` (did you mean ${guess}?)`;
        }
        push("schema/enum", path, msg);
        break;
      }
      case "type": {
        push("schema/type", path, `${where(ctx, path)} must be ${typeList(p.type)}, got ${jsonType(e.data)}`);
        break;
      }
      default:
        if (e.synthetic) {
          push(e.synthetic.startsWith("must set one") ? "schema/required" : "schema/invalid", path, `${where(ctx, path)} ${e.synthetic}`);
        } else push("schema/invalid", path, invalidMessage(e, where(ctx, path)));
    }
  }
  return sortByDocument(out, data);
}
function invalidMessage(e, at) {
  const p = e.params;
  switch (e.keyword) {
    case "pattern":
      return `${at} must match the pattern ${String(p.pattern)}`;
    case "format":
      return p.format === "byte" ? `${at} must be base64-encoded data` : `${at} must be a valid ${String(p.format)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${at} must be ${String(p.comparison)} ${String(p.limit)}`;
    case "minLength":
      return `${at} must be at least ${String(p.limit)} character${p.limit === 1 ? "" : "s"} long`;
    case "maxLength":
      return `${at} must be at most ${String(p.limit)} characters long`;
    case "minItems":
      return `${at} must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
    case "maxItems":
      return `${at} must have at most ${String(p.limit)} items`;
    case "minProperties":
      return `${at} must have at least ${String(p.limit)} entr${p.limit === 1 ? "y" : "ies"}`;
    case "maxProperties":
      return `${at} must have at most ${String(p.limit)} entries`;
    case "uniqueItems":
      return `${at} must not contain duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`;
    case "multipleOf":
      return `${at} must be a multiple of ${String(p.multipleOf)}`;
    case "const":
      return `${at} must be ${JSON.stringify(p.allowedValue)}`;
    case "anyOf":
      return `${at} does not match any of the allowed forms`;
    case "oneOf":
      return p.passingSchemas ? `${at} matches more than one of the exclusive forms` : `${at} does not match any of the allowed forms`;
    case "not":
      return `${at} has a forbidden form`;
    case "dependencies":
    case "dependentRequired":
      return `${at}: ${String(p.property)} requires ${String(p.missingProperty ?? p.deps)}`;
    case "false schema":
      return `${at} is not allowed here`;
    default:
      return `${at} is invalid (${e.keyword})`;
  }
}

// src/schemas/locations.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var DEFAULT_LAYOUT = "/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
var VARIABLES = /* @__PURE__ */ new Set(["NormalizedKubernetesVersion", "StrictSuffix", "ResourceKind", "ResourceAPIVersion", "Group", "KindSuffix"]);
var VAR_RE = /\{\{-?\s*\.(\w+)\s*-?\}\}/g;
function templateValues(t) {
  const parts = t.apiVersion.split("/");
  const group = parts.length > 1 ? parts[0] : "";
  const version = parts[parts.length - 1];
  let kindSuffix = "-" + (parts[0].split(".")[0] ?? "").toLowerCase();
  if (parts.length > 1) kindSuffix += "-" + version.toLowerCase();
  let kv = t.kubeVersion?.trim().replace(/^v/, "") || "master";
  if (/^\d+\.\d+$/.test(kv)) kv += ".0";
  return {
    NormalizedKubernetesVersion: kv === "master" ? "master" : "v" + kv,
    StrictSuffix: t.strict ? "-strict" : "",
    ResourceKind: t.kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group,
    KindSuffix: kindSuffix
  };
}
function expandTemplate(template, t) {
  const values = templateValues(t);
  return template.replace(VAR_RE, (_, name) => {
    if (!VARIABLES.has(name)) throw new Error(`unknown variable {{ .${name} }} in schema location ${template}`);
    return values[name];
  });
}
function isUrl(location) {
  return /^https?:\/\//i.test(location);
}
function locationTemplate(location) {
  const base = location.replace(/\/+$/, "");
  const tpl = /json$/i.test(base) ? base : base + DEFAULT_LAYOUT;
  for (const m of tpl.matchAll(VAR_RE)) {
    if (!VARIABLES.has(m[1])) throw new Error(`unknown variable {{ .${m[1]} }} in schema location ${location}`);
  }
  return tpl;
}
var SchemaLocations = class {
  constructor(locations, cacheDir, fetcher, baseDir) {
    this.cacheDir = cacheDir;
    this.templates = locations.map((l) => ({
      tpl: isUrl(l) ? locationTemplate(l) : resolve(baseDir ?? ".", locationTemplate(l)),
      url: isUrl(l)
    }));
    this.fetcher = fetcher ?? ((url) => fetch(url, { redirect: "follow", signal: AbortSignal.timeout(3e4) }));
  }
  cacheDir;
  templates;
  memo = /* @__PURE__ */ new Map();
  fetcher;
  /** Number of HTTP requests made (for tests and diagnostics). */
  requests = 0;
  get size() {
    return this.templates.length;
  }
  /** First location that has a schema for the resource. */
  async find(t) {
    for (const { tpl, url } of this.templates) {
      const target = expandTemplate(tpl, t);
      let p = this.memo.get(target);
      if (!p) {
        p = url ? this.download(target) : this.readLocal(target);
        this.memo.set(target, p);
      }
      const r = await p;
      if (r.found || "error" in r) return r;
    }
    return { found: false };
  }
  async readLocal(file) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return { found: false };
      return { found: false, error: `cannot read schema ${file}: ${e.message}` };
    }
    return parseSchema(text, file);
  }
  cacheFile(url) {
    if (!this.cacheDir) return void 0;
    return join(this.cacheDir, createHash("sha256").update(url).digest("hex").slice(0, 40));
  }
  async download(url) {
    const cached = this.cacheFile(url);
    if (cached) {
      try {
        const r2 = parseSchema(await readFile(cached + ".json", "utf8"), url);
        if (r2.found) return r2;
      } catch {
      }
      try {
        if (await readFile(cached + ".404", "utf8") === NOT_FOUND_MARK) return { found: false };
      } catch {
      }
    }
    this.requests++;
    let status;
    let body;
    try {
      const res = await this.fetcher(url);
      status = res.status;
      body = await res.text();
    } catch (e) {
      return { found: false, error: `cannot download schema ${url}: ${e.message}` };
    }
    if (status === 404) {
      if (cached) await writeCache(cached + ".404", NOT_FOUND_MARK);
      return { found: false };
    }
    if (status !== 200) return { found: false, error: `cannot download schema ${url}: HTTP ${status}` };
    const r = parseSchema(body, url);
    if (r.found && cached) await writeCache(cached + ".json", body);
    return r;
  }
};
var NOT_FOUND_MARK = "404\n";
async function writeCache(file, text) {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, text, { flag: "wx" });
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true }).catch(() => void 0);
  }
}
function parseSchema(text, source) {
  let schema2;
  try {
    schema2 = JSON.parse(text);
  } catch (e) {
    return { found: false, error: `schema ${source} is not JSON: ${e.message}` };
  }
  if (typeof schema2 !== "object" || schema2 === null || Array.isArray(schema2)) return { found: false, error: `schema ${source} is not a JSON object` };
  const { $schema: _s, $id: _i, id: _id, ...rest } = schema2;
  return { found: true, schema: rest, source };
}

// src/schemas/removed.ts
var FLOWCONTROL = [
  { since: "1.26", apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3" },
  { since: "1.29", apiVersion: "flowcontrol.apiserver.k8s.io/v1" }
];
var REMOVED_APIS = [
  // v1.32
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  // v1.29
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.29", replacement: FLOWCONTROL },
  // v1.27
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], removedIn: "1.27", replacement: "storage.k8s.io/v1" },
  // v1.26
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.26", replacement: FLOWCONTROL },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.26", replacement: "autoscaling/v2" },
  // v1.25
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: "1.25", replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], removedIn: "1.25", replacement: "policy/v1" },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: "1.25",
    note: "there is no replacement; use Pod Security Admission or a third-party admission webhook"
  },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], removedIn: "1.25", replacement: "node.k8s.io/v1" },
  // v1.22
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], removedIn: "1.22", replacement: "apiextensions.k8s.io/v1" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], removedIn: "1.22", replacement: "apiregistration.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], removedIn: "1.22", replacement: "authentication.k8s.io/v1" },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"],
    removedIn: "1.22",
    replacement: "authorization.k8s.io/v1"
  },
  { apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], removedIn: "1.22", replacement: "certificates.k8s.io/v1" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], removedIn: "1.22", replacement: "coordination.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], removedIn: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], removedIn: "1.22", replacement: "storage.k8s.io/v1" },
  // v1.16
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], removedIn: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.16", replacement: "policy/v1beta1" },
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet", "Deployment", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta1", kinds: ["Deployment", "StatefulSet", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: ["DaemonSet", "Deployment", "StatefulSet", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" }
];
var byKey = /* @__PURE__ */ new Map();
for (const r of REMOVED_APIS) for (const k of r.kinds) byKey.set(`${r.apiVersion} ${k}`, r);
function findRemoved(apiVersion, kind) {
  return byKey.get(`${apiVersion} ${kind}`);
}
function parseKubeVersion(v) {
  const m = /^v?(\d+)\.(\d+)/.exec(v?.trim() ?? "");
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function atLeast(a, b) {
  const x = parseKubeVersion(a);
  const y = parseKubeVersion(b);
  if (!x || !y) return false;
  return x[0] > y[0] || x[0] === y[0] && x[1] >= y[1];
}
function isRemovedAt(r, kubeVersion) {
  return atLeast(kubeVersion, r.removedIn);
}
function replacementAt(r, kubeVersion) {
  if (typeof r.replacement === "string" || r.replacement === void 0) return r.replacement;
  let best;
  for (const c of r.replacement) if (best === void 0 || atLeast(kubeVersion, c.since)) best = c.apiVersion;
  return best;
}
function removedMessage(r, kind, kubeVersion) {
  const head = `${r.apiVersion} ${kind} was removed in Kubernetes ${r.removedIn} (target ${kubeVersion})`;
  const use = replacementAt(r, kubeVersion);
  if (use) return `${head}; use ${use}`;
  return `${head}; ${r.note ?? "there is no replacement"}`;
}

// src/schemas/walk.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function typeMatches(type, value) {
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) => t === "array" ? Array.isArray(value) : t === "object" ? isObj(value) : t === "integer" ? Number.isInteger(value) : t === "null" ? value === null : typeof value === t
  );
}
function settle(node, value, resolve2) {
  for (let i = 0; node && i < 32; i++) {
    const ref = node.hgRef ?? node.$ref;
    if (typeof ref === "string") {
      node = resolve2(ref);
      continue;
    }
    if (isObj(node.if) && !node.properties) {
      const branch = typeMatches(node.if.type, value) ? node.then : node.else;
      if (!isObj(branch)) return node;
      node = branch;
      continue;
    }
    return node;
  }
  return node;
}
function schemaAt(root, pointer, data, resolve2) {
  let node = settle(root, data, resolve2);
  let value = data;
  if (!pointer) return node;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node) return void 0;
    let next;
    if (Array.isArray(value)) {
      value = value[Number(seg)];
      next = node.items;
    } else {
      value = isObj(value) ? value[seg] : void 0;
      const props = node.properties;
      next = isObj(props) && isObj(props[seg]) ? props[seg] : node.additionalProperties;
    }
    node = isObj(next) ? settle(next, value, resolve2) : void 0;
  }
  return node;
}

// src/schemas/index.ts
var EMBEDDED_MARKERS = /* @__PURE__ */ new Set(["default", "embedded"]);
var Release = class {
  constructor(data) {
    this.data = data;
  }
  data;
  table = {};
  loaded = /* @__PURE__ */ new Map();
  defs = /* @__PURE__ */ new Map();
  /** Load a module and everything it references; afterwards its validators are in `table`. */
  ensure(mod) {
    return Promise.all(withDependencies(this.data, mod).map((m) => this.load(m))).then(() => void 0);
  }
  load(mod) {
    let p = this.loaded.get(mod);
    if (!p) {
      p = loadValidators(mod).then((ns) => {
        for (const [name, hash] of Object.entries(this.data.definitions[mod] ?? {})) {
          const fn = ns[`${name}_${hash}`];
          if (fn) this.table[`${mod}#${name}`] = fn;
        }
      });
      this.loaded.set(mod, p);
    }
    return p;
  }
  /** The JSON definitions of `mod` and its dependencies, for wording messages. */
  async resolver(mod) {
    await Promise.all(
      withDependencies(this.data, mod).map(async (m) => {
        if (this.defs.has(m)) return;
        const all = await loadDefinitions(m);
        const mine = {};
        for (const [name, hash] of Object.entries(this.data.definitions[m] ?? {})) mine[name] = all[`${name}@${hash}`];
        this.defs.set(m, mine);
      })
    );
    return (ref) => {
      const [m, name] = ref.split("#");
      return this.defs.get(m)?.[name];
    };
  }
};
var shared;
function getShared() {
  shared ??= { releases: /* @__PURE__ */ new Map(), bySchema: /* @__PURE__ */ new WeakMap(), crdsOf: /* @__PURE__ */ new WeakMap() };
  return shared;
}
function release(minor) {
  const s = getShared();
  let r = s.releases.get(minor);
  if (!r) {
    r = new Release(releaseData(minor));
    s.releases.set(minor, r);
  }
  return r;
}
async function warmRelease(kubeVersion) {
  const rel = release(releaseFor(kubeVersion).minor);
  await Promise.all(["meta-v1", "core-v1", "apps-v1"].map((m) => rel.ensure(m)));
}
async function compileSchema(schema2, what) {
  const s = getShared();
  const hit = s.bySchema.get(schema2);
  if (hit) return hit;
  s.ajv ??= import("./chunk-B34JORE7.js").then((m) => m.createAjv());
  const ajv = await s.ajv;
  const again = s.bySchema.get(schema2);
  if (again) return again;
  let c;
  try {
    c = { validate: ajv.compile(schema2), root: { schema: schema2 } };
  } catch (e) {
    c = { error: `the schema for ${what} cannot be used: ${e.message}` };
  }
  s.bySchema.set(schema2, c);
  return c;
}
function markShared(c, isShared) {
  return "error" in c || !isShared ? c : { ...c, shared: true };
}
function versionsOf(crd) {
  if (typeof crd !== "object" || crd === null) return [];
  const s = getShared();
  let v = s.crdsOf.get(crd);
  if (!v) {
    v = crdVersions(crd);
    s.crdsOf.set(crd, v);
  }
  return v;
}
var splitApiVersion = (apiVersion) => {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? ["", apiVersion] : [apiVersion.slice(0, i), apiVersion.slice(i + 1)];
};
function knownVersions(kind, group, minor = DEFAULT_RELEASE) {
  const out = [];
  for (const table of [releaseData(minor).kinds, CATALOG_CRDS]) {
    for (const [apiVersion, kinds] of Object.entries(table)) {
      if (kinds[kind] && (group === void 0 || splitApiVersion(apiVersion)[0] === group)) out.push(apiVersion);
    }
  }
  return [...new Set(out)].sort();
}
function knownGroups(minor) {
  const out = /* @__PURE__ */ new Set();
  for (const table of [releaseData(minor).kinds, CATALOG_CRDS]) for (const av of Object.keys(table)) out.add(splitApiVersion(av)[0]);
  return out;
}
function stripNulls(value) {
  if (Array.isArray(value)) {
    let out;
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      const y = x !== null && typeof x === "object" ? stripNulls(x) : x;
      if (y !== x && !out) out = value.slice(0, i);
      if (out) out.push(y);
    }
    return out ?? value;
  }
  if (value !== null && typeof value === "object") {
    const obj = value;
    let out;
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const x = obj[k];
      const y = x !== null && typeof x === "object" ? stripNulls(x) : x;
      if ((x === null || y !== x) && !out) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]];
      }
      if (out && x !== null) out[k] = y;
    }
    return out ?? value;
  }
  return value;
}
var Validator = class {
  constructor(opts, fetcher) {
    this.opts = opts;
    this.strict = opts.strict !== false;
    this.optionCrds = opts.crds ?? [];
    const locs = opts.locations ?? [];
    let at = locs.findIndex((l) => EMBEDDED_MARKERS.has(l));
    if (at < 0) at = locs.length;
    const before = new SchemaLocations(locs.slice(0, at), opts.cacheDir, fetcher, opts.baseDir);
    const after = new SchemaLocations(
      locs.slice(at).filter((l) => !EMBEDDED_MARKERS.has(l)),
      opts.cacheDir,
      fetcher,
      opts.baseDir
    );
    this.locations = [before, after];
    this.sources = [
      { type: "crds", from: "call" },
      { type: "crds", from: "options" },
      { type: "locations", locations: before },
      { type: "embedded" },
      { type: "locations", locations: after }
    ];
  }
  opts;
  strict;
  locations;
  sources;
  optionCrds;
  /** Issues per release and resource text, for resources whose schema does not come from the render. */
  memo = /* @__PURE__ */ new Map();
  get requests() {
    return this.locations.reduce((n, l) => n + l.requests, 0);
  }
  async validate(resource, opts = {}) {
    const kubeVersion = opts.kubeVersion ?? this.opts.kubeVersion;
    const out = [];
    await this.check(resource, [], kubeVersion, opts.crds ?? [], out);
    return out;
  }
  async check(resource, prefix, kubeVersion, callCrds, out) {
    if (resource === null || typeof resource !== "object" || Array.isArray(resource)) {
      out.push({ rule: "schema/type", severity: "error", path: prefix, message: `${prefix.length ? "a list item" : "the document"} must be an object, got ${resource === null ? "null" : Array.isArray(resource) ? "array" : typeof resource}` });
      return;
    }
    const res = resource;
    const { apiVersion, kind } = res;
    if (typeof apiVersion !== "string" || !apiVersion || typeof kind !== "string" || !kind) {
      for (const [k, v] of [["apiVersion", apiVersion], ["kind", kind]]) {
        if (typeof v !== "string" || !v) {
          out.push({
            rule: v === void 0 || v === null || v === "" ? "schema/required" : "schema/type",
            severity: "error",
            path: v === void 0 || v === null || v === "" ? prefix : [...prefix, k],
            message: v === void 0 || v === null || v === "" ? `${k} is required in every resource` : `${k} must be string, got ${typeof v}`
          });
        }
      }
      return;
    }
    if (kind === "List" && apiVersion === "v1") {
      const items = res.items;
      if (items === void 0 || items === null) return;
      if (!Array.isArray(items)) {
        out.push({ rule: "schema/type", severity: "error", path: [...prefix, "items"], message: `items must be array, got ${typeof items}` });
        return;
      }
      for (let i = 0; i < items.length; i++) await this.check(items[i], [...prefix, "items", i], kubeVersion, callCrds, out);
      return;
    }
    const { minor } = releaseFor(kubeVersion);
    const target = kubeVersion ?? minor;
    const removed = findRemoved(apiVersion, kind);
    if (removed && isRemovedAt(removed, target)) {
      out.push({ rule: "schema/removed-api", severity: "error", path: [...prefix, "apiVersion"], message: removedMessage(removed, kind, target) });
      return;
    }
    const rel = release(minor);
    const compiled = await this.resolve(apiVersion, kind, rel, kubeVersion, callCrds);
    if (!compiled) {
      if (removed) return;
      const severity = this.unknownSeverity(apiVersion, kind, minor, callCrds);
      if (severity !== "off") out.push({ rule: "schema/unknown-kind", severity, path: prefix, message: this.unknownMessage(apiVersion, kind, minor, callCrds) });
      return;
    }
    if ("error" in compiled) {
      out.push({ rule: "schema/invalid", severity: "error", path: prefix, message: compiled.error });
      return;
    }
    const data = stripNulls(res);
    const memoKey = compiled.shared ? `${minor}\0${this.strict}\0${JSON.stringify(data)}` : void 0;
    const memo = memoKey === void 0 ? void 0 : this.memo.get(memoKey);
    if (memo) {
      for (const i of memo) out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
      return;
    }
    const found = [];
    if (memoKey !== void 0) this.memo.set(memoKey, found);
    await rel.ensure("meta-v1");
    schemaState().t = rel.table;
    if (compiled.validate(data)) return;
    const errors = compiled.validate.errors;
    const root = compiled.root;
    const resolveRef = await rel.resolver("ref" in root ? root.ref.split("#")[0] : "meta-v1");
    const rootSchema = "ref" in root ? resolveRef(root.ref) : "catalog" in root ? await root.catalog() : root.schema;
    const issues = toIssues(errors, data, {
      kind,
      schemaAt: (pointer) => rootSchema ? schemaAt(rootSchema, pointer, data, resolveRef) : void 0,
      hideValues: kind === "Secret" && !apiVersion.includes("/")
    });
    for (const i of issues) {
      if (!this.strict && i.rule === "schema/unknown-field") continue;
      found.push(i);
      out.push(prefix.length ? { ...i, path: [...prefix, ...i.path] } : i);
    }
  }
  async resolve(apiVersion, kind, rel, kubeVersion, callCrds) {
    const [group, version] = splitApiVersion(apiVersion);
    for (const src of this.sources) {
      if (src.type === "crds") {
        for (const crd of src.from === "call" ? callCrds : this.optionCrds) {
          const v = versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version);
          if (v) return markShared(await compileSchema(v.schema, `${apiVersion} ${kind}`), src.from === "options");
        }
      } else if (src.type === "locations") {
        if (!src.locations.size) continue;
        const r = await src.locations.find({ apiVersion, kind, strict: this.strict, ...kubeVersion ? { kubeVersion } : {} });
        if (r.found) return markShared(await compileSchema(r.schema, `${apiVersion} ${kind} (${r.source})`), true);
        if ("error" in r) return { error: r.error };
      } else {
        const crdFile = CATALOG_CRDS[apiVersion]?.[kind];
        if (crdFile) {
          const pre = await loadCatalogValidator(crdFile, kind, version);
          const schemaOf = async () => {
            const crd2 = await loadCatalogCrd(crdFile);
            return versionsOf(crd2).find((x) => x.group === group && x.kind === kind && x.version === version)?.schema;
          };
          if (pre) return { validate: pre, root: { catalog: schemaOf }, shared: true };
          const crd = await loadCatalogCrd(crdFile);
          const v = versionsOf(crd).find((x) => x.group === group && x.kind === kind && x.version === version);
          if (v) return markShared(await compileSchema(v.schema, `${apiVersion} ${kind}`), true);
        }
        const ref = rel.data.kinds[apiVersion]?.[kind];
        if (ref) {
          await rel.ensure(ref.split("#")[0]);
          const validate = rel.table[ref];
          return validate ? { validate, root: { ref }, shared: true } : { error: `embedded schema for ${apiVersion} ${kind} is missing` };
        }
      }
    }
    return void 0;
  }
  /** Configured severity; by default an error in a group the embedded set covers (a typo), a warning elsewhere. */
  unknownSeverity(apiVersion, kind, minor, callCrds) {
    const cfg = this.opts.unknownKinds;
    const [group] = splitApiVersion(apiVersion);
    const configured = cfg?.kinds?.[group ? `${group}/${kind}` : kind] ?? cfg?.kinds?.[kind] ?? cfg?.default;
    if (configured) return configured;
    return this.groupKnown(group, minor, callCrds) ? "error" : "warning";
  }
  /** A group the embedded set or a CRD of this run defines: a kind or version it lacks is a mistake. */
  groupKnown(group, minor, callCrds) {
    if (knownGroups(minor).has(group)) return true;
    return [...callCrds, ...this.optionCrds].some((crd) => versionsOf(crd).some((v) => v.group === group));
  }
  unknownMessage(apiVersion, kind, minor, callCrds) {
    const [group] = splitApiVersion(apiVersion);
    const all = new Set(knownVersions(kind, void 0, minor));
    for (const crd of [...callCrds, ...this.optionCrds]) for (const v of versionsOf(crd)) if (v.kind === kind) all.add(`${v.group}/${v.version}`);
    const sameGroup = [...all].filter((a) => splitApiVersion(a)[0] === group).map((a) => splitApiVersion(a)[1]);
    const head = `${kind} has no ${apiVersion} schema`;
    if (sameGroup.length) return `${head}; known: ${sortVersions(sameGroup).join(", ")}`;
    if (all.size) return `${head}; known: ${[...all].sort().join(", ")}`;
    if (this.groupKnown(group, minor, callCrds)) {
      const kinds = /* @__PURE__ */ new Set();
      for (const table of [releaseData(minor).kinds, CATALOG_CRDS])
        for (const [av, ks] of Object.entries(table)) if (splitApiVersion(av)[0] === group) for (const k of Object.keys(ks)) kinds.add(k);
      const guess = closest(kind, [...kinds]);
      return `${apiVersion} has no kind ${kind} in Kubernetes ${minor}${guess ? `; did you mean ${guess}?` : ""}`;
    }
    return `cannot validate ${kind} (${apiVersion}): it is not a Kubernetes ${minor} kind and no CRD${this.locations.some((l) => l.size) ? " or schema location" : ""} defines it; add its CRD to crds/ or schemas.crds to check it (schemas.unknownKinds sets how this is reported)`;
  }
};
function sortVersions(versions) {
  const rank = (v) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [0, 0, 0];
    return [Number(m[1]), m[2] === "alpha" ? 0 : m[2] === "beta" ? 1 : 2, Number(m[3] ?? 0)];
  };
  return [...new Set(versions)].sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (a < b ? -1 : 1);
  });
}
async function createSchemaValidator(opts = {}, internal) {
  return new Validator(opts, internal?.fetch);
}

// src/stages/documents.ts
var documents = {
  name: "documents",
  run(ctx) {
    const parsed = ctx.parsed;
    ctx.documents = parsed.documents;
    for (const p of parsed.problems)
      ctx.add({
        severity: "error",
        rule: p.rule,
        combo: ctx.combo.name,
        message: p.message,
        ...p.resource ? { resource: p.resource } : {},
        ...p.location ? { location: p.location } : {}
      });
    ctx.manifests = parsed.manifests;
    for (const m of ctx.manifests) {
      ctx.kinds[m.resource.kind] = (ctx.kinds[m.resource.kind] ?? 0) + 1;
      ctx.apis.add(`${m.resource.apiVersion} ${m.resource.kind}`);
    }
    if (parsed.documents === 0) {
      ctx.add({
        severity: "error",
        rule: "render/empty",
        combo: ctx.combo.name,
        message: "the render produced no resources: nothing would be installed"
      });
      ctx.done = true;
    }
  }
};

// src/assertions/check.ts
import { isDeepStrictEqual } from "node:util";

// src/assertions/path.ts
var PathSyntaxError = class extends Error {
};
function parsePath(src) {
  const steps = [];
  let i = 0;
  const fail = (msg) => {
    throw new PathSyntaxError(`invalid path "${src}" at character ${i + 1}: ${msg}`);
  };
  const quoted = () => {
    const q = src[i];
    let out = "";
    i++;
    while (i < src.length && src[i] !== q) {
      if (src[i] === "\\" && i + 1 < src.length) i++;
      out += src[i++];
    }
    if (src[i] !== q) fail("unterminated quote");
    i++;
    return out;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ".") {
      if (i === 0 || i === src.length - 1) fail('a path cannot start or end with "."');
      i++;
      continue;
    }
    if (c === "[") {
      i++;
      if (src[i] === '"' || src[i] === "'") {
        steps.push({ type: "key", key: quoted() });
      } else if (src[i] === "*") {
        i++;
        steps.push({ type: "all" });
      } else {
        const m2 = /^(\d+)\]/.exec(src.slice(i));
        if (m2) {
          steps.push({ type: "index", index: Number(m2[1]) });
          i += m2[1].length;
        } else {
          const f = /^([A-Za-z0-9_.$/-]+)\s*=\s*/.exec(src.slice(i));
          if (!f) fail("expected an index, *, a quoted key or field=value");
          i += f[0].length;
          let value;
          if (src[i] === '"' || src[i] === "'") value = quoted();
          else {
            const v = /^[^\]]*/.exec(src.slice(i))[0];
            value = v.trim();
            i += v.length;
          }
          steps.push({ type: "where", field: f[1], value });
        }
      }
      if (src[i] !== "]") fail('expected "]"');
      i++;
      continue;
    }
    const m = /^[A-Za-z0-9_$-]+/.exec(src.slice(i));
    if (!m) fail(`unexpected "${c}"`);
    steps.push({ type: "key", key: m[0] });
    i += m[0].length;
  }
  if (steps.length === 0) fail("empty path");
  return steps;
}
function evaluate(root, steps) {
  let frontier = [{ value: root, path: [] }];
  let deepest = [];
  for (const step of steps) {
    const next = [];
    for (const { value, path } of frontier) {
      switch (step.type) {
        case "key":
          if (isObject(value) && Object.hasOwn(value, step.key))
            next.push({ value: value[step.key], path: [...path, step.key] });
          break;
        case "index":
          if (Array.isArray(value) && step.index < value.length)
            next.push({ value: value[step.index], path: [...path, step.index] });
          break;
        case "all":
          if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, path: [...path, i] }));
          else if (isObject(value))
            for (const [k, v] of Object.entries(value)) next.push({ value: v, path: [...path, k] });
          break;
        case "where":
          if (Array.isArray(value))
            value.forEach((v, i) => {
              if (isObject(v) && v[step.field] !== void 0 && String(v[step.field]) === step.value)
                next.push({ value: v, path: [...path, i] });
            });
          break;
      }
    }
    if (next.length === 0) return { matches: [], deepest: frontier[0]?.path ?? deepest };
    deepest = next[0].path;
    frontier = next;
  }
  return { matches: frontier, deepest };
}

// src/assertions/check.ts
function parseCount(spec) {
  if (typeof spec === "number") return { test: (n) => n === spec, text: `exactly ${spec}` };
  const m = /^\s*(>=|<=|>|<|==)?\s*(\d+)\s*$/.exec(spec);
  const op = m[1] ?? "==";
  const v = Number(m[2]);
  switch (op) {
    case ">=":
      return { test: (n) => n >= v, text: `at least ${v}` };
    case "<=":
      return { test: (n) => n <= v, text: `at most ${v}` };
    case ">":
      return { test: (n) => n > v, text: `more than ${v}` };
    case "<":
      return { test: (n) => n < v, text: `fewer than ${v}` };
    default:
      return { test: (n) => n === v, text: `exactly ${v}` };
  }
}
function selectResources(manifests, sel) {
  return manifests.filter((m) => {
    if (m.resource.kind !== sel.kind) return false;
    if (sel.apiVersion && m.resource.apiVersion !== sel.apiVersion) return false;
    if (sel.name && !globMatch(sel.name, m.resource.name ?? "")) return false;
    if (sel.labels) {
      const labels = m.object.metadata?.labels ?? {};
      for (const [k, v] of Object.entries(sel.labels)) if (String(labels[k]) !== v) return false;
    }
    return true;
  });
}
function show2(v, secret) {
  if (secret) return "(Secret data, not shown)";
  const s = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 120 ? s.slice(0, 117) + "..." : s;
}
function subset(want, have) {
  if (isDeepStrictEqual(want, have)) return true;
  if (Array.isArray(want)) return Array.isArray(have) && want.every((w) => have.some((h) => subset(w, h)));
  if (want && typeof want === "object") {
    if (!have || typeof have !== "object" || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, w]) => subset(w, have[k]));
  }
  return false;
}
function contains(have, want) {
  if (typeof have === "string") return typeof want === "string" && have.includes(want);
  if (Array.isArray(have))
    return have.some((h) => typeof h === "string" && typeof want === "string" ? h.includes(want) : subset(want, h));
  if (have && typeof have === "object") return subset(want, have);
  return false;
}
function checkField(m, a, combo, whereOf) {
  let steps;
  try {
    steps = parsePath(a.path);
  } catch (e) {
    if (e instanceof PathSyntaxError) {
      const where2 = whereOf();
      return [
        { severity: "error", rule: "config/invalid", combo, message: e.message, ...where2 ? { location: where2 } : {} }
      ];
    }
    throw e;
  }
  let matcher;
  if (a.matches !== void 0) {
    try {
      matcher = inputRegExp(a.matches);
    } catch (e) {
      if (!(e instanceof InputRegExpError)) throw e;
      const where2 = whereOf();
      return [
        { severity: "error", rule: "config/invalid", combo, message: e.message, ...where2 ? { location: where2 } : {} }
      ];
    }
  }
  const { matches, deepest } = evaluate(m.object, steps);
  const secret = m.resource.kind === "Secret" && (deepest[0] === "data" || deepest[0] === "stringData" || a.path.startsWith("data") || a.path.startsWith("stringData"));
  const fail = (path, what) => {
    const loc = m.locate(path);
    return {
      severity: "error",
      rule: "assert/field",
      combo,
      message: a.message ? `${a.message} (${a.path} ${what})` : `${a.path} ${what}`,
      resource: m.resource,
      path: toPointer(path),
      ...loc ? { location: loc } : {}
    };
  };
  const out = [];
  if (a.absent) {
    for (const x of matches) out.push(fail(x.path, `must be absent but is ${show2(x.value, secret)}`));
    return out;
  }
  if (a.exists === false && matches.length > 0) return [fail(matches[0].path, "must not exist")];
  const needsValue = a.equals !== void 0 || a.oneOf || a.matches !== void 0 || a.contains !== void 0 || a.exists;
  if (!needsValue) return out;
  if (matches.length === 0)
    return [fail(deepest, `is missing (found up to ${toDotted(deepest) || "the document root"})`)];
  if (a.contains !== void 0) {
    if (!matches.some((x) => contains(x.value, a.contains)))
      out.push(
        fail(
          matches[0].path,
          `does not contain ${show2(a.contains, false)}${matches.length === 1 ? `; it is ${show2(matches[0].value, secret)}` : ""}`
        )
      );
  }
  for (const x of matches) {
    if (a.equals !== void 0 && !isDeepStrictEqual(x.value, a.equals))
      out.push(fail(x.path, `is ${show2(x.value, secret)}, expected ${show2(a.equals, secret)}`));
    if (a.oneOf && !a.oneOf.some((o) => isDeepStrictEqual(o, x.value)))
      out.push(
        fail(x.path, `is ${show2(x.value, secret)}, expected one of ${a.oneOf.map((o) => show2(o, secret)).join(", ")}`)
      );
    if (a.matches !== void 0) {
      const scalar = typeof x.value === "string" || typeof x.value === "number" || typeof x.value === "boolean";
      if (!scalar || !matcher.test(String(x.value)))
        out.push(fail(x.path, `is ${show2(x.value, secret)}, which does not match /${a.matches}/`));
    }
  }
  return out;
}
function checkExpectations(combo, manifests) {
  const out = [];
  const exp = combo.expect;
  const counts = /* @__PURE__ */ new Map();
  for (const m of manifests) {
    const list = counts.get(m.resource.kind) ?? [];
    list.push(m);
    counts.set(m.resource.kind, list);
  }
  for (const [kind, spec] of Object.entries(exp.kinds)) {
    const found = counts.get(kind) ?? [];
    const c = parseCount(spec);
    if (c.test(found.length)) continue;
    const tooMany = found.length > 0 && c.test(0);
    const at = tooMany ? found[0].locate([]) : void 0;
    const loc = at ?? exp.kindLocations[kind];
    out.push({
      severity: "error",
      rule: "assert/kind-count",
      combo: combo.name,
      message: `expected ${c.text} ${kind}, rendered ${found.length}${found.length ? ` (${found.map((m) => m.resource.name).join(", ")})` : ""}`,
      ...tooMany ? { resource: found[0].resource } : {},
      ...loc ? { location: loc } : {}
    });
  }
  for (const r of exp.resources) {
    const sel = selectResources(manifests, r);
    const c = parseCount(r.count ?? ">=1");
    const label = `${r.kind}${r.name ? ` named ${r.name}` : ""}${r.labels ? ` with labels ${JSON.stringify(r.labels)}` : ""}`;
    if (!c.test(sel.length)) {
      out.push({
        severity: "error",
        rule: "assert/resource-count",
        combo: combo.name,
        message: `expected ${c.text} ${label}, rendered ${sel.length}`,
        ...r.location ? { location: r.location } : {}
      });
    }
    for (const m of sel) for (const a of r.assert ?? []) out.push(...checkField(m, a, combo.name, () => r.location));
  }
  return out;
}

// src/stages/expectations.ts
var expectations = {
  name: "expectations",
  run(ctx) {
    const exp = ctx.combo.expect;
    if (!Object.keys(exp.kinds).length && !exp.resources.length && !exp.failure) return;
    ctx.checks.assertions = "pass";
    const byKey2 = new Map(ctx.manifests.map((m) => [m.resource, m]));
    for (const f of checkExpectations(ctx.combo, ctx.manifests))
      ctx.add(f, f.resource ? byKey2.get(f.resource) : void 0);
  }
};

// src/helm/unknown-hooks.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var CHART_TEXT = /\.(ya?ml|tpl)$/;
function unknownHooks(stderr) {
  const out = /* @__PURE__ */ new Set();
  for (const m of stderr.matchAll(/skipping unknown hook: "([^"]*)"/g)) out.add(m[1]);
  for (const m of stderr.matchAll(/skipping unknown hooks" hookTypes=("[^"]*"|\S+)/g))
    out.add(m[1].replace(/^"|"$/g, ""));
  return [...out];
}
function locateHookAnnotation(chartDir, value, baseDir) {
  const first = value.split(",")[0].trim();
  for (const f of [
    ...filesBelow(join2(chartDir, "templates"), CHART_TEXT),
    ...filesBelow(join2(chartDir, "charts"), CHART_TEXT)
  ]) {
    const lines = readFileSync(f, "utf8").split("\n");
    const i = lines.findIndex((l) => /["']?helm\.sh\/hook["']?\s*:/.test(l) && l.includes(first));
    if (i >= 0) return { file: repoPath(baseDir, f), line: i + 1, column: lines[i].search(/\S/) + 1 };
  }
  return void 0;
}

// src/stages/hooks.ts
var hooks = {
  name: "hooks",
  run(ctx) {
    for (const value of unknownHooks(ctx.render.stderr)) {
      const loc = locateHookAnnotation(ctx.config.chartDir, value, ctx.baseDir);
      const bad = value.split(",").map((h) => h.trim()).filter((h) => !HOOK_EVENTS.has(h));
      ctx.add({
        severity: "error",
        rule: "render/unknown-hook",
        combo: ctx.combo.name,
        message: `helm.sh/hook "${value}": helm knows no hook ${bad.map((h) => `"${h}"`).join(", ")}, so it leaves the whole resource out of the release (hooks: ${[...HOOK_EVENTS].join(", ")})`,
        ...loc ? { location: loc } : {}
      });
    }
  }
};

// src/stages/parse.ts
var parse = {
  name: "parse",
  run(ctx) {
    if (ctx.render.timedOut) return;
    ctx.parsed = parseRender(ctx.render.stdout, {
      combo: ctx.combo.name,
      chartDir: ctx.config.chartDir,
      baseDir: ctx.baseDir
    });
  }
};

// src/stages/render.ts
var render = {
  name: "render",
  run(ctx) {
    const { combo, config, baseDir, render: r } = ctx;
    const failure = combo.expect.failure;
    const stop = (outcome) => {
      ctx.outcome = outcome;
      ctx.done = true;
    };
    if (r.outputTooLarge) {
      ctx.add({
        severity: "error",
        rule: "render/output-too-large",
        combo: combo.name,
        message: `helm template wrote more than ${Math.round(DEFAULT_MAX_OUTPUT_BYTES / 2 ** 20)} MiB of output and was stopped: a loop that renders without end, or a values file that multiplies what is rendered`
      });
      return stop("failed");
    }
    if (r.timedOut) {
      ctx.add({
        severity: "error",
        rule: "render/timeout",
        combo: combo.name,
        message: `helm template ran past ${config.timeoutMs} ms and was killed`
      });
      return stop("failed");
    }
    if (r.code === 0) {
      if (failure)
        ctx.add({
          severity: "error",
          rule: "assert/expected-failure",
          combo: combo.name,
          message: `expected the render to fail with a message matching /${failure.message}/, but it succeeded`,
          ...failure.location ? { location: failure.location } : {}
        });
      return;
    }
    const err = parseHelmError(r.stderr, r.signal);
    const helmSaid = err.message;
    let loc = helmErrorLocation(err, config.chartDir, baseDir);
    let message = err.message;
    let rule = "render/failed";
    if (err.kind === "yaml") {
      rule = "yaml/parse-error";
      const problems = ctx.parsed?.problems ?? [];
      const p = problems.find((x) => x.rule === "yaml/parse-error" && x.source === err.source) ?? problems.find((x) => x.rule === "yaml/parse-error");
      const n = /\bline (\d+)\b/.exec(err.message)?.[1];
      loc = n && p?.locateLine?.(Number(n)) || p?.location || loc;
      message = `${err.source} renders invalid YAML: ${err.message.replace(/^yaml: line \d+: /, "")}${n ? ` (line ${n} of the rendered document)` : ""}`;
    }
    if (failure) {
      ctx.checks.assertions = "pass";
      if (inputRegExp(failure.message).test(helmSaid)) return stop("expected-failure");
      ctx.add({
        severity: "error",
        rule: "assert/failure-message",
        combo: combo.name,
        message: `render failed as expected, but the message does not match /${failure.message}/: ${message}`,
        ...loc ? { location: loc } : failure.location ? { location: failure.location } : {}
      });
      return stop("failed");
    }
    ctx.add({ severity: "error", rule, combo: combo.name, message, ...loc ? { location: loc } : {} });
    return stop("failed");
  }
};

// src/stages/rules.ts
var rules = {
  name: "rules",
  async run(ctx) {
    ctx.checks.rules = "pass";
    await loadParsersFor(ctx.manifests);
    for (const rule of RULES) {
      const setting = ctx.combo.rules[rule.id];
      if (setting?.severity === "off" && !setting.resources?.length) continue;
      let issues;
      try {
        issues = rule.check({
          combo: ctx.combo.name,
          manifests: ctx.manifests,
          options: setting?.options ?? {},
          chartDir: ctx.config.chartDir,
          baseDir: ctx.config.configDir,
          external: ctx.config.external
        });
      } catch (e) {
        ctx.add({
          severity: "error",
          rule: "internal/rule-failed",
          combo: ctx.combo.name,
          message: `rule ${rule.id} could not check this render (${e instanceof Error ? e.message : String(e)}); the other checks ran`
        });
        continue;
      }
      for (const i of issues) {
        const loc = i.manifest.locate(i.path ?? []);
        ctx.add(
          {
            severity: i.severity ?? rule.severity,
            rule: rule.id,
            combo: ctx.combo.name,
            message: i.message,
            resource: i.manifest.resource,
            ...i.path ? { path: toPointer(i.path) } : {},
            ...loc ? { location: loc } : {}
          },
          i.manifest
        );
      }
    }
  }
};

// src/stages/schema.ts
var schema = {
  name: "schema",
  async run(ctx) {
    const validator = await ctx.validator;
    if (!validator) return;
    ctx.checks.schema = "pass";
    const crds = ctx.manifests.filter((m) => m.resource.kind === "CustomResourceDefinition").map((m) => m.object);
    for (const m of ctx.manifests) {
      const issues = await validator.validate(m.object, {
        ...ctx.combo.kubeVersion ? { kubeVersion: ctx.combo.kubeVersion } : {},
        crds
      });
      for (const i of issues) {
        const loc = m.locate(i.path);
        ctx.add(
          {
            severity: i.severity,
            rule: i.rule,
            combo: ctx.combo.name,
            message: i.message,
            resource: m.resource,
            path: toPointer(i.path),
            ...loc ? { location: loc } : {}
          },
          m
        );
      }
    }
  }
};

// src/stages/upgrade.ts
function plainDiff(d) {
  return {
    id: d.id,
    apiVersion: d.apiVersion,
    kind: d.kind,
    ...d.namespace ? { namespace: d.namespace } : {},
    name: d.name,
    status: d.status,
    changes: d.changes.map((c) => ({ ...c }))
  };
}
var upgrade = {
  name: "upgrade",
  run(ctx) {
    const base = ctx.base;
    if (!base) return;
    if ("unavailable" in base) {
      ctx.upgrade = { base: base.commit, compared: false, reason: base.unavailable, resources: [] };
      return;
    }
    const diffs = diffRenders(base.manifests, ctx.manifests, { namespace: ctx.combo.namespace });
    for (const i of upgradeIssues(diffs)) {
      const m = i.manifest ?? i.baseManifest;
      let location = i.manifest?.locate(i.path ?? []);
      if (!i.manifest && i.baseManifest) {
        const at = i.baseManifest.locate(i.path ?? []);
        const file = at && base.toHead(at.file);
        if (at && file) location = { ...at, file };
      }
      ctx.add(
        {
          severity: i.severity,
          rule: i.rule,
          combo: ctx.combo.name,
          message: i.message,
          ...m ? { resource: m.resource } : {},
          ...i.path ? { path: toPointer(i.path) } : {},
          ...location ? { location } : {}
        },
        i.manifest
      );
    }
    ctx.upgrade = { base: base.commit, compared: true, resources: diffs.map(plainDiff) };
  }
};

// src/stages/index.ts
var STAGES = [parse, render, hooks, documents, schema, rules, expectations, upgrade];

// src/engine.ts
function preloadSchemas(kubeVersions) {
  for (const v of new Set(kubeVersions)) void warmRelease(v).catch(() => void 0);
}
function schemaValidator(config, crds, cacheDir) {
  if (!config.schemas.enabled) return Promise.resolve(void 0);
  return createSchemaValidator({
    strict: config.schemas.strict,
    locations: config.schemas.locations,
    cacheDir: config.schemas.cacheDir ?? cacheDir,
    baseDir: config.configDir,
    unknownKinds: config.schemas.unknownKinds,
    crds
  });
}
function baseRender(r, opts) {
  const { commit } = opts;
  if (r.timedOut) return { commit, unavailable: "helm template timed out at the base commit" };
  if (r.code !== 0) {
    const first = r.stderr.split("\n").find((l) => l.trim()) ?? `exit code ${r.code}`;
    return { commit, unavailable: `the base commit does not render: ${first.replace(/^Error: /, "")}` };
  }
  const parsed = parseRender(r.stdout, { combo: opts.combo, chartDir: opts.chartDir, baseDir: opts.baseDir });
  return { commit, manifests: parsed.manifests, toHead: opts.toHead };
}
async function analyzeRender(input) {
  const { combo, failOn } = input;
  const ctx = {
    combo,
    config: input.config,
    chart: input.chart,
    baseDir: input.baseDir,
    failOn,
    render: input.render,
    validator: input.validator,
    manifests: [],
    outcome: "ok",
    documents: 0,
    kinds: {},
    apis: /* @__PURE__ */ new Set(),
    checks: { render: "pass", lint: "skipped", schema: "skipped", rules: "skipped", assertions: "skipped" },
    findings: [],
    add(f, manifest) {
      const l = level(f, combo.rules, manifest);
      if (l) ctx.findings.push(l);
    },
    done: false,
    ...input.base ? { base: input.base } : {}
  };
  for (const stage of STAGES) {
    await stage.run(ctx);
    if (ctx.done) break;
  }
  const { findings, checks } = ctx;
  for (const f of findings) if (atOrAbove(f.severity, failOn)) checks[checkOf(f.rule)] = "fail";
  const result = {
    name: combo.name,
    chart: input.chart,
    status: findings.some((f) => atOrAbove(f.severity, failOn)) ? "fail" : "pass",
    render: ctx.outcome,
    checks,
    kinds: ctx.kinds,
    documents: ctx.documents,
    apis: [...ctx.apis].sort(),
    ...combo.rules["render/empty"]?.severity ? { emptyConfigured: true } : {},
    findings,
    durationMs: performance.now() - input.started,
    ...ctx.upgrade ? { upgrade: ctx.upgrade } : {}
  };
  return { result, secrets: secretValues(ctx.manifests) };
}
export {
  analyzeRender,
  baseRender,
  preloadSchemas,
  schemaValidator
};
