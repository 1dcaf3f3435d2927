import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { i as isObject, H as HOOK_ANNOTATION, p as parseQuantity, c as compareQuantity, a as podSpecOf, b as podReferences } from './chunk-late-late-hMSOcPb4.js';
import { _ as toPointer } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/upgrade/values.ts
function isAbsent(v) {
  return v === null || v === void 0;
}
function clone(v) {
  return v === void 0 ? v : structuredClone(v);
}
function getAt(obj, path) {
  let cur = obj;
  for (const seg of path) {
    if (typeof seg === "number") {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[seg];
    } else {
      if (!isObject(cur)) return void 0;
      cur = cur[seg];
    }
  }
  return cur;
}
function existingPrefix(obj, path) {
  const out = [];
  let cur = obj;
  for (const seg of path) {
    let next;
    if (typeof seg === "number") next = Array.isArray(cur) ? cur[seg] : void 0;
    else next = isObject(cur) ? cur[seg] : void 0;
    if (isAbsent(next)) break;
    out.push(seg);
    cur = next;
  }
  return out;
}
function elementKey(v) {
  if (!isObject(v)) return void 0;
  if (typeof v.name === "string") return v.name;
  if (isObject(v.metadata) && typeof v.metadata.name === "string") return v.metadata.name;
  return void 0;
}
function keyedList(a, b) {
  if (a.length === 0 && b.length === 0) return false;
  for (const side of [a, b]) {
    const seen = /* @__PURE__ */ new Set();
    for (const el of side) {
      const k = elementKey(el);
      if (k === void 0 || seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}
var MAX_VALUE = 100;
function formatValue(v) {
  if (isAbsent(v)) return "(unset)";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > MAX_VALUE ? s.slice(0, MAX_VALUE - 1) + "…" : s;
}
function describePath(obj, path, from = 0) {
  let out = "";
  let cur = obj;
  path.forEach((seg, i) => {
    const next = typeof seg === "number" ? Array.isArray(cur) ? cur[seg] : void 0 : getAt(cur, [seg]);
    if (i >= from) {
      if (typeof seg === "number") {
        const k = Array.isArray(cur) && keyedList(cur, []) ? elementKey(next) : void 0;
        out += `[${k ?? seg}]`;
      } else out += out ? `.${seg}` : seg;
    }
    cur = next;
  });
  return out;
}
function comparePaths(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return 1;
    if (typeof y === "number") return -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

// src/upgrade/compare.ts
function diffValues(a, b, basePath = [], headPath = [], out = []) {
  if (isAbsent(a) && isAbsent(b)) return out;
  if (isAbsent(a)) {
    out.push({ op: "add", headPath, after: b });
    return out;
  }
  if (isAbsent(b)) {
    out.push({ op: "remove", basePath, before: a });
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) diffValues(a[k], b[k], [...basePath, k], [...headPath, k], out);
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (keyedList(a, b)) {
      const headIndex = /* @__PURE__ */ new Map();
      b.forEach((el, i) => headIndex.set(elementKey(el), i));
      const seen = /* @__PURE__ */ new Set();
      a.forEach((el, i) => {
        const k = elementKey(el);
        seen.add(k);
        const j = headIndex.get(k);
        if (j === void 0) out.push({ op: "remove", basePath: [...basePath, i], before: el });
        else diffValues(el, b[j], [...basePath, i], [...headPath, j], out);
      });
      b.forEach((el, j) => {
        if (!seen.has(elementKey(el))) out.push({ op: "add", headPath: [...headPath, j], after: el });
      });
      return out;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) out.push({ op: "add", headPath: [...headPath, i], after: b[i] });
      else if (i >= b.length) out.push({ op: "remove", basePath: [...basePath, i], before: a[i] });
      else diffValues(a[i], b[i], [...basePath, i], [...headPath, i], out);
    }
    return out;
  }
  if (a !== b) out.push({ op: "replace", basePath, headPath, before: a, after: b });
  return out;
}
function deepEqual(a, b) {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}
function semanticChanges(a, b, basePath = [], headPath = []) {
  if (deepEqual(a, b)) return [];
  const changes = diffValues(a, b, basePath, headPath);
  if (changes.length > 0) return changes;
  return reorders(a, b, basePath, headPath);
}
function reorders(a, b, basePath, headPath, out = []) {
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(b).sort()) reorders(a[k], b[k], [...basePath, k], [...headPath, k], out);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (keyedList(a, b)) {
      if (a.some((el, i) => elementKey(el) !== elementKey(b[i])))
        out.push({ op: "replace", basePath, headPath, before: a, after: b, reordered: true });
      else a.forEach((el, i) => reorders(el, b[i], [...basePath, i], [...headPath, i], out));
    } else a.forEach((el, i) => reorders(el, b[i], [...basePath, i], [...headPath, i], out));
  }
  return out;
}

// src/upgrade/identity.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ClusterTrustBundle",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "DeviceClass",
  "FlowSchema",
  "IngressClass",
  "IPAddress",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "RuntimeClass",
  "ServiceCIDR",
  "StorageClass",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment",
  "VolumeAttributesClass",
  // cert-manager, external-secrets, kyverno
  "ClusterIssuer",
  "ClusterSecretStore",
  "ClusterExternalSecret",
  "ClusterPolicy"
]);
function groupOf(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
function scopesOf(...renders) {
  const out = /* @__PURE__ */ new Map();
  for (const render of renders)
    for (const m of render) {
      if (m.resource.kind !== "CustomResourceDefinition" || groupOf(m.resource.apiVersion) !== "apiextensions.k8s.io")
        continue;
      const spec = m.object.spec;
      if (!isObject(spec) || typeof spec.group !== "string" || !isObject(spec.names)) continue;
      if (typeof spec.names.kind !== "string") continue;
      out.set(`${spec.group}/${spec.names.kind}`, spec.scope !== "Cluster");
    }
  return out;
}
function isNamespaced(group, kind, scopes) {
  return scopes.get(`${group}/${kind}`) ?? !CLUSTER_SCOPED.has(kind);
}
function identityOf(m, releaseNamespace, scopes) {
  const group = groupOf(m.resource.apiVersion);
  const kind = m.resource.kind;
  const name = m.resource.name ?? "";
  const namespace = isNamespaced(group, kind, scopes) ? m.resource.namespace || releaseNamespace : void 0;
  return {
    id: `${group}/${kind} ${namespace ?? ""}/${name}`,
    group,
    kind,
    ...namespace !== void 0 ? { namespace } : {},
    name
  };
}
function isHook(m) {
  const ann = m?.object.metadata?.annotations;
  return isObject(ann) && ann[HOOK_ANNOTATION] !== void 0 && ann[HOOK_ANNOTATION] !== null;
}
function isKept(m) {
  const ann = m?.object.metadata?.annotations;
  return isObject(ann) && String(ann["helm.sh/resource-policy"] ?? "").trim().toLowerCase() === "keep";
}
function refOf(m) {
  return `${m.resource.kind}/${m.resource.name ?? "(unnamed)"}`;
}

// src/upgrade/diff.ts
var renderPairs = /* @__PURE__ */ new WeakMap();
function isSecretManifest(m) {
  return m?.resource.kind === "Secret" && m.resource.apiVersion === "v1";
}
var SECRET_FIELDS = ["data", "stringData"];
function secretDataChanges(base, head) {
  const out = [];
  for (const field of SECRET_FIELDS) {
    const a = base[field];
    const b = head[field];
    if (isAbsent(a) && isAbsent(b)) continue;
    if (!isObject(a) || !isObject(b)) {
      const side = isObject(b) ? b : isObject(a) ? a : void 0;
      if (side && (isAbsent(a) || isAbsent(b))) {
        for (const k of Object.keys(side).sort())
          out.push({ path: toPointer([field, k]), op: isAbsent(a) ? "add" : "remove", secret: true });
      } else if (a !== b) {
        out.push({
          path: toPointer([field]),
          op: isAbsent(a) ? "add" : isAbsent(b) ? "remove" : "replace",
          secret: true
        });
      }
      continue;
    }
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = a[k];
      const y = b[k];
      if (isAbsent(x) && isAbsent(y)) continue;
      if (isAbsent(x)) out.push({ path: toPointer([field, k]), op: "add", secret: true });
      else if (isAbsent(y)) out.push({ path: toPointer([field, k]), op: "remove", secret: true });
      else if (x !== y) out.push({ path: toPointer([field, k]), op: "replace", secret: true });
    }
  }
  return out;
}
function fieldChanges(base, head) {
  const secret = isSecretManifest(base) || isSecretManifest(head);
  let a = base.object;
  let b = head.object;
  const out = [];
  if (secret) {
    const { data: _d1, stringData: _s1, ...restA } = a;
    const { data: _d2, stringData: _s2, ...restB } = b;
    a = restA;
    b = restB;
  }
  const raw = diffValues(a, b).map((c) => ({ c, path: c.headPath ?? c.basePath }));
  raw.sort((x, y) => comparePaths(x.path, y.path));
  for (const { c, path } of raw) {
    const fc = { path: toPointer(path), op: c.op };
    if (c.op !== "add") fc.before = c.before;
    if (c.op !== "remove") fc.after = c.after;
    out.push(fc);
  }
  if (secret) out.push(...secretDataChanges(base.object, head.object));
  return out;
}
function pointerSegments(p) {
  return p.split("/").slice(1).map((s) => {
    const k = s.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^\d+$/.test(k) ? Number(k) : k;
  });
}
function hidden(target, key, value) {
  if (value !== void 0)
    Object.defineProperty(target, key, { value, enumerable: false, writable: true, configurable: true });
  return target;
}
function makeDiff(ident, m, status, changes) {
  return {
    id: ident.id,
    apiVersion: m.resource.apiVersion,
    kind: ident.kind,
    ...ident.namespace !== void 0 ? { namespace: ident.namespace } : {},
    name: ident.name,
    status,
    changes
  };
}
function index(render, namespace, scopes) {
  const out = /* @__PURE__ */ new Map();
  for (const m of render) {
    const ident = identityOf(m, namespace, scopes);
    out.set(ident.id, [ident, m]);
  }
  return out;
}
function diffRenders(base, head, opts) {
  const scopes = scopesOf(base, head);
  const b = index(base, opts.namespace, scopes);
  const h = index(head, opts.namespace, scopes);
  const out = [];
  for (const [id, [ident, hm]] of h) {
    const prev = b.get(id);
    if (!prev) {
      out.push(hidden(makeDiff(ident, hm, "added", []), "head", hm));
      continue;
    }
    const changes = fieldChanges(prev[1], hm);
    if (changes.length === 0) continue;
    changes.sort((x, y) => comparePaths(pointerSegments(x.path), pointerSegments(y.path)));
    const d = makeDiff(ident, hm, "changed", changes);
    hidden(d, "head", hm);
    hidden(d, "base", prev[1]);
    out.push(d);
  }
  for (const [id, [ident, bm]] of b) if (!h.has(id)) out.push(hidden(makeDiff(ident, bm, "removed", []), "base", bm));
  out.sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  renderPairs.set(out, { base, head, namespace: opts.namespace, scopes });
  return out;
}

// src/upgrade/rules/config-data.ts
function contentOf(m) {
  const out = /* @__PURE__ */ new Map();
  const o = m.object;
  const put = (field, base64) => {
    const d = o[field];
    if (!isObject(d)) return;
    for (const [k, v] of Object.entries(d)) {
      if (isAbsent(v)) continue;
      const s = String(v);
      out.set(
        `${field === "binaryData" ? "binaryData" : "data"}/${k}`,
        base64 ? Buffer.from(s.replace(/\s+/g, ""), "base64") : Buffer.from(s, "utf8")
      );
    }
  };
  if (isSecretManifest(m)) {
    put("data", true);
    put("stringData", false);
  } else {
    put("data", false);
    put("binaryData", true);
  }
  return out;
}
function contentChanges(base, head) {
  const a = contentOf(base);
  const b = contentOf(head);
  const keys = [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => {
    const x = a.get(k);
    const y = b.get(k);
    return !x || !y || !x.equals(y);
  });
}
function isConfigKind(m) {
  return !!m && m.resource.apiVersion === "v1" && (m.resource.kind === "ConfigMap" || m.resource.kind === "Secret");
}

// src/upgrade/defaults.ts
var setDefault = (o, key, value) => {
  if (isAbsent(o[key])) o[key] = value;
};
function imageTag(image) {
  const noDigest = image.split("@")[0];
  const last = noDigest.slice(noDigest.lastIndexOf("/") + 1);
  const i = last.lastIndexOf(":");
  return i < 0 ? void 0 : last.slice(i + 1);
}
function defaultProbe(p) {
  if (!isObject(p)) return;
  setDefault(p, "timeoutSeconds", 1);
  setDefault(p, "periodSeconds", 10);
  setDefault(p, "successThreshold", 1);
  setDefault(p, "failureThreshold", 3);
  if (isObject(p.httpGet)) {
    setDefault(p.httpGet, "path", "/");
    setDefault(p.httpGet, "scheme", "HTTP");
  }
}
function defaultFieldRef(holder) {
  if (isObject(holder) && isObject(holder.fieldRef)) setDefault(holder.fieldRef, "apiVersion", "v1");
}
function defaultContainer(c, hostNetwork) {
  if (!isObject(c)) return;
  if (isAbsent(c.imagePullPolicy) && typeof c.image === "string") {
    const tag = imageTag(c.image);
    c.imagePullPolicy = tag === void 0 || tag === "latest" ? "Always" : "IfNotPresent";
  }
  setDefault(c, "terminationMessagePath", "/dev/termination-log");
  setDefault(c, "terminationMessagePolicy", "File");
  if (Array.isArray(c.ports)) {
    for (const p of c.ports)
      if (isObject(p)) {
        setDefault(p, "protocol", "TCP");
        if (hostNetwork && isAbsent(p.hostPort)) p.hostPort = p.containerPort;
      }
  }
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) defaultProbe(c[probe]);
  if (Array.isArray(c.env)) {
    for (const e of c.env) if (isObject(e)) defaultFieldRef(e.valueFrom);
  }
}
var VOLUME_SOURCES_WITH_MODE = ["secret", "configMap", "downwardAPI", "projected"];
function defaultVolume(v) {
  if (!isObject(v)) return;
  if (Object.keys(v).every((k) => k === "name" || isAbsent(v[k]))) v.emptyDir = {};
  for (const src of VOLUME_SOURCES_WITH_MODE) if (isObject(v[src])) setDefault(v[src], "defaultMode", 420);
  if (isObject(v.hostPath)) setDefault(v.hostPath, "type", "");
  if (isObject(v.downwardAPI) && Array.isArray(v.downwardAPI.items)) v.downwardAPI.items.forEach(defaultFieldRef);
  if (isObject(v.projected) && Array.isArray(v.projected.sources))
    for (const s of v.projected.sources) {
      if (!isObject(s)) continue;
      if (isObject(s.serviceAccountToken)) setDefault(s.serviceAccountToken, "expirationSeconds", 3600);
      if (isObject(s.downwardAPI) && Array.isArray(s.downwardAPI.items)) s.downwardAPI.items.forEach(defaultFieldRef);
    }
}
function defaultPodSpec(spec, pod2 = false) {
  if (!isObject(spec)) return;
  setDefault(spec, "dnsPolicy", "ClusterFirst");
  setDefault(spec, "restartPolicy", "Always");
  setDefault(spec, "securityContext", {});
  setDefault(spec, "terminationGracePeriodSeconds", 30);
  setDefault(spec, "schedulerName", "default-scheduler");
  const hostNetwork = spec.hostNetwork === true;
  for (const list of ["initContainers", "containers", "ephemeralContainers"])
    if (Array.isArray(spec[list])) for (const c of spec[list]) defaultContainer(c, hostNetwork);
  if (Array.isArray(spec.volumes)) spec.volumes.forEach(defaultVolume);
  if (pod2) {
    setDefault(spec, "enableServiceLinks", true);
    for (const list of ["initContainers", "containers"])
      if (Array.isArray(spec[list]))
        for (const c of spec[list]) {
          if (!isObject(c) || !isObject(c.resources) || !isObject(c.resources.limits)) continue;
          if (!isObject(c.resources.requests)) c.resources.requests = {};
          for (const [k, v] of Object.entries(c.resources.limits)) setDefault(c.resources.requests, k, v);
        }
  }
}
function defaultPodTemplate(template) {
  if (isObject(template)) defaultPodSpec(template.spec);
}
function defaultPvcLike(pvc2) {
  if (!isObject(pvc2)) return;
  if (!isObject(pvc2.spec)) pvc2.spec = {};
  setDefault(pvc2.spec, "volumeMode", "Filesystem");
  setDefault(pvc2.spec, "volumeName", "");
}
function withDefaults(apiVersion, kind, object) {
  const o = clone(object);
  const spec = isObject(o.spec) ? o.spec : void 0;
  const group = groupOf(apiVersion);
  if (spec && isAbsent(spec.selector) && (group === "extensions" || apiVersion === "apps/v1beta1") && ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet"].includes(kind)) {
    const labels = getAt(spec, ["template", "metadata", "labels"]);
    if (isObject(labels)) spec.selector = { matchLabels: clone(labels) };
  }
  switch (`${group}/${kind}`) {
    case "apps/StatefulSet":
      if (!spec) break;
      setDefault(spec, "podManagementPolicy", "OrderedReady");
      setDefault(spec, "updateStrategy", {});
      if (isObject(spec.updateStrategy)) {
        setDefault(spec.updateStrategy, "type", "RollingUpdate");
        if (spec.updateStrategy.type === "RollingUpdate") {
          setDefault(spec.updateStrategy, "rollingUpdate", {});
          if (isObject(spec.updateStrategy.rollingUpdate))
            setDefault(spec.updateStrategy.rollingUpdate, "partition", 0);
        }
      }
      setDefault(spec, "persistentVolumeClaimRetentionPolicy", {});
      if (isObject(spec.persistentVolumeClaimRetentionPolicy)) {
        setDefault(spec.persistentVolumeClaimRetentionPolicy, "whenDeleted", "Retain");
        setDefault(spec.persistentVolumeClaimRetentionPolicy, "whenScaled", "Retain");
      }
      setDefault(spec, "replicas", 1);
      setDefault(spec, "revisionHistoryLimit", 10);
      setDefault(spec, "serviceName", "");
      if (Array.isArray(spec.volumeClaimTemplates))
        spec.volumeClaimTemplates = spec.volumeClaimTemplates.map((t) => {
          if (!isObject(t)) return t;
          const { apiVersion: _a, kind: _k, status: _s, ...rest } = t;
          defaultPvcLike(rest);
          if (isObject(rest.spec)) delete rest.spec.volumeName;
          return rest;
        });
      defaultPodTemplate(spec.template);
      break;
    case "apps/Deployment":
    case "apps/ReplicaSet":
    case "apps/DaemonSet":
    case "extensions/Deployment":
    case "extensions/ReplicaSet":
    case "extensions/DaemonSet":
    case "/ReplicationController":
      if (spec) defaultPodTemplate(spec.template);
      break;
    case "batch/Job":
      if (!spec) break;
      if (isAbsent(spec.completions) && isAbsent(spec.parallelism)) {
        spec.completions = 1;
        spec.parallelism = 1;
      }
      setDefault(spec, "parallelism", 1);
      setDefault(spec, "completionMode", "NonIndexed");
      defaultPodTemplate(spec.template);
      break;
    case "batch/CronJob":
      if (spec && isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec))
        defaultPodTemplate(spec.jobTemplate.spec.template);
      break;
    case "/Pod":
      defaultPodSpec(spec, true);
      break;
    case "/Service":
      if (spec) setDefault(spec, "type", "ClusterIP");
      break;
    case "/PersistentVolumeClaim":
      defaultPvcLike(o);
      break;
    case "/Secret":
      setDefault(o, "type", "Opaque");
      break;
    case "storage.k8s.io/StorageClass":
      setDefault(o, "reclaimPolicy", "Delete");
      setDefault(o, "volumeBindingMode", "Immediate");
      break;
    case "rbac.authorization.k8s.io/RoleBinding":
    case "rbac.authorization.k8s.io/ClusterRoleBinding":
      if (isObject(o.roleRef) && (isAbsent(o.roleRef.apiGroup) || o.roleRef.apiGroup === ""))
        o.roleRef.apiGroup = "rbac.authorization.k8s.io";
      break;
    case "scheduling.k8s.io/PriorityClass":
      setDefault(o, "value", 0);
      setDefault(o, "preemptionPolicy", "PreemptLowerPriority");
      break;
  }
  return o;
}
var RESOURCE_LISTS = /* @__PURE__ */ new Set(["requests", "limits", "hard", "capacity", "allocatable"]);
var MEANINGFUL_EMPTY = /* @__PURE__ */ new Set(["emptyDir"]);
function canonicalQuantity(v) {
  const q = parseQuantity(v);
  if (!q) return v;
  let { mantissa, exp10 } = q;
  while (mantissa !== 0n && mantissa % 10n === 0n) {
    mantissa /= 10n;
    exp10++;
  }
  if (mantissa === 0n) exp10 = 0;
  return `${mantissa}e${exp10}`;
}
function quantitiesEqual(a, b) {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  return x && y ? compareQuantity(x, y) === 0 : a === b;
}
function normalize(v, key) {
  if (isAbsent(v)) return void 0;
  if (Array.isArray(v)) {
    if (v.length === 0) return void 0;
    return v.map((x) => normalize(x) ?? {});
  }
  if (isObject(v)) {
    const out = {};
    const quantities = key !== void 0 && RESOURCE_LISTS.has(key);
    for (const k of Object.keys(v)) {
      const n = quantities && !isObject(v[k]) ? canonicalQuantity(v[k]) : normalize(v[k], k);
      if (n !== void 0) out[k] = n;
    }
    if (Object.keys(out).length === 0 && !(key !== void 0 && MEANINGFUL_EMPTY.has(key))) return void 0;
    return out;
  }
  return v;
}

// src/upgrade/rules/common.ts
function makeIssue(rule, fields) {
  const issue2 = { rule: rule.id, severity: rule.severity, message: fields.message };
  if (fields.path) issue2.path = fields.path;
  hidden(issue2, "manifest", fields.manifest);
  hidden(issue2, "baseManifest", fields.baseManifest);
  return issue2;
}
function defaultedPair(base, head) {
  const kind = head.resource.kind;
  return {
    base,
    head,
    kind,
    b: withDefaults(base.resource.apiVersion, kind, base.object),
    h: withDefaults(head.resource.apiVersion, kind, head.object)
  };
}
function defaulted(d) {
  if (d.status !== "changed" || !d.base || !d.head) return void 0;
  return defaultedPair(d.base, d.head);
}
function changesAt(x, path) {
  return semanticChanges(normalize(getAt(x.b, path)), normalize(getAt(x.h, path)), [...path], [...path]);
}
function headPathOf(x, c, fallback) {
  const p = c?.headPath ?? c?.basePath ?? fallback;
  const found = existingPrefix(x.head.object, p);
  return found.length > 0 || p.length === 0 ? found : existingPrefix(x.head.object, fallback);
}
function describeChange(x, c, from = 0, values = true) {
  const path = c.headPath ? describePath(x.h, c.headPath, from) : c.basePath ? describePath(x.b, c.basePath, from) : "";
  const where = path || "(whole value)";
  if (c.reordered) return `${where} reordered`;
  if (!values) return `${where} ${c.op === "add" ? "added" : c.op === "remove" ? "removed" : "changed"}`;
  const before = c.basePath ? getAt(x.b, c.basePath) : void 0;
  const after = c.headPath ? getAt(x.h, c.headPath) : void 0;
  if (c.op === "add") return `${where} added (${formatValue(after)})`;
  if (c.op === "remove") return `${where} removed (was ${formatValue(before)})`;
  return `${where} ${formatValue(before)} → ${formatValue(after)}`;
}
function describeChanges(x, changes, opts = {}) {
  const max = opts.max ?? 3;
  const parts = changes.slice(0, max).map((c) => describeChange(x, c, opts.from ?? 0, opts.values ?? true));
  if (changes.length > max) parts.push(`and ${changes.length - max} more`);
  return parts.join("; ");
}
function isRollingWorkload(m) {
  if (!m) return false;
  const group = groupOf(m.resource.apiVersion);
  const kind = m.resource.kind;
  if (group === "") return kind === "ReplicationController";
  return (group === "apps" || group === "extensions") && (kind === "Deployment" || kind === "StatefulSet" || kind === "DaemonSet" || kind === "ReplicaSet");
}
function isOnDelete(x) {
  return (x.kind === "StatefulSet" || x.kind === "DaemonSet") && getAt(x.h, ["spec", "updateStrategy", "type"]) === "OnDelete";
}
function templateChanges(x) {
  if (!isObject(x.b.spec) || !isObject(x.h.spec)) return [];
  return changesAt(x, ["spec", "template"]);
}

// src/upgrade/rules/config-not-rolled.ts
var RULE = { id: "upgrade/config-not-rolled", severity: "notice" };
function workloads(ctx) {
  const out = [];
  const r = ctx.renders;
  if (r) {
    const base = /* @__PURE__ */ new Map();
    for (const m of r.base) if (isRollingWorkload(m)) base.set(identityOf(m, r.namespace, r.scopes).id, m);
    for (const m of r.head) {
      if (!isRollingWorkload(m)) continue;
      const ident = identityOf(m, r.namespace, r.scopes);
      const b = base.get(ident.id);
      if (b) out.push({ base: b, head: m, namespace: ident.namespace ?? "" });
    }
    return out;
  }
  for (const d of ctx.diffs)
    if (d.status === "changed" && d.base && d.head && isRollingWorkload(d.head))
      out.push({ base: d.base, head: d.head, namespace: d.namespace ?? "" });
  return out;
}
var configNotRolled = {
  ...RULE,
  description: "A ConfigMap or Secret changes but a workload that uses it (volumes, env, envFrom) keeps the same pod template: its running pods keep the old configuration.",
  check(ctx) {
    const changed = /* @__PURE__ */ new Map();
    for (const d of ctx.diffs) {
      if (d.status !== "changed" || !isConfigKind(d.base) || !isConfigKind(d.head)) continue;
      if (isHook(d.base) || isHook(d.head)) continue;
      const keys = contentChanges(d.base, d.head);
      if (keys.length > 0) changed.set(`${d.kind} ${d.namespace ?? ""}/${d.name}`, keys);
    }
    if (changed.size === 0) return [];
    const out = [];
    for (const w of workloads(ctx)) {
      if (isHook(w.base) || isHook(w.head)) continue;
      const pod2 = podSpecOf(w.head);
      if (!pod2) continue;
      const uses = [];
      const seen = /* @__PURE__ */ new Set();
      for (const ref of podReferences(pod2)) {
        if (ref.kind !== "ConfigMap" && ref.kind !== "Secret" || ref.via === "imagePullSecrets") continue;
        const key = `${ref.kind} ${w.namespace}/${ref.name}`;
        const keys = changed.get(key);
        if (!keys) continue;
        if (seen.has(key)) continue;
        seen.add(key);
        const names = keys.map((k) => k.replace(/^(data|binaryData)\//, ""));
        uses.push({ what: `${ref.kind}/${ref.name} (${ref.via}; keys changed: ${names.join(", ")})`, path: ref.path });
      }
      if (uses.length === 0) continue;
      if (templateChanges(defaultedPair(w.base, w.head)).length > 0) continue;
      out.push(
        makeIssue(RULE, {
          manifest: w.head,
          baseManifest: w.base,
          path: uses[0].path,
          message: `${refOf(w.head)} uses ${uses.map((u) => u.what).join(" and ")}, which changes, but its pod template does not: the running pods keep the old configuration (environment variables never change in a running container; mounted files change in place, but most programs read them only at start). Add a checksum of the configuration to the pod template's annotations (for example checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}) so that the pods roll when it changes.`
        })
      );
    }
    return out;
  }
};

// src/upgrade/rules/immutable-field.ts
var RULE2 = { id: "upgrade/immutable-field", severity: "error" };
function issue(x, path, message) {
  return makeIssue(RULE2, { manifest: x.head, baseManifest: x.base, path, message: `${refOf(x.head)}: ${message}` });
}
function fieldIssue(x, path, wording, hint) {
  const changes = changesAt(x, path);
  if (changes.length === 0) return [];
  return [
    issue(x, headPathOf(x, changes[0], path), `${wording(getAt(x.h, path))} (${describeChanges(x, changes)}). ${hint}`)
  ];
}
var immutable = (field) => (v) => `${field}: Invalid value: ${formatValue(v)}: field is immutable`;
var RECREATE = (kind) => `Kubernetes never updates this field of a ${kind}: keep the old value, or rename the ${kind} (or delete it before the upgrade) so that it is created anew.`;
var STATEFULSET_MUTABLE = /* @__PURE__ */ new Set([
  "replicas",
  "ordinals",
  "template",
  "updateStrategy",
  "persistentVolumeClaimRetentionPolicy",
  "minReadySeconds"
]);
var STATEFULSET_FORBIDDEN = "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";
function statefulSet(x) {
  const bs = isObject(x.b.spec) ? x.b.spec : {};
  const hs = isObject(x.h.spec) ? x.h.spec : {};
  const out = [];
  for (const k of [.../* @__PURE__ */ new Set([...Object.keys(bs), ...Object.keys(hs)])].sort()) {
    if (STATEFULSET_MUTABLE.has(k)) continue;
    const changes = changesAt(x, ["spec", k]);
    if (changes.length === 0) continue;
    const hint = k === "volumeClaimTemplates" ? "Volume claim templates (storage size and class included) are fixed when the StatefulSet is created: resize the existing PVCs directly, or delete the StatefulSet with `kubectl delete statefulset --cascade=orphan` (pods and PVCs stay) and let the upgrade create it again." : "Keep the old value, or delete the StatefulSet with `kubectl delete statefulset --cascade=orphan` (pods and PVCs stay) before the upgrade so that Helm creates it again.";
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ["spec", k]),
        `${STATEFULSET_FORBIDDEN} (${describeChanges(x, changes)}). ${hint}`
      )
    );
  }
  return out;
}
function selector(x) {
  const v = x.head.resource.apiVersion;
  if (groupOf(v) === "extensions" || x.kind === "Deployment" && v === "apps/v1beta1") return [];
  return fieldIssue(x, ["spec", "selector"], immutable("spec.selector"), RECREATE(x.kind));
}
var JOB_IMMUTABLE = ["completionMode", "podFailurePolicy", "backoffLimitPerIndex", "managedBy", "successPolicy"];
var JOB_SCHEDULING_DIRECTIVES = [
  ["spec", "nodeSelector"],
  ["spec", "tolerations"],
  ["spec", "schedulingGates"],
  ["spec", "affinity", "nodeAffinity"],
  ["metadata", "labels"],
  ["metadata", "annotations"]
];
var JOB_HINT = "A Job cannot be changed once created: make it a Helm hook (helm.sh/hook, with the default before-hook-creation delete policy) so that Helm recreates it, or give it a new name each release.";
function setAt(obj, path, value) {
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    if (!isObject(cur[seg])) {
      if (isAbsent(value)) return;
      cur[seg] = {};
    }
    cur = cur[seg];
  }
  const last = path[path.length - 1];
  if (isAbsent(value)) delete cur[last];
  else cur[last] = clone(value);
}
function job(x) {
  const bs = isObject(x.b.spec) ? x.b.spec : {};
  const hs = isObject(x.h.spec) ? x.h.spec : {};
  const out = [];
  const ttl = bs.ttlSecondsAfterFinished;
  const hint = typeof ttl === "number" ? `${JOB_HINT} (The upgrade only succeeds if the finished Job was already deleted, after ttlSecondsAfterFinished: ${ttl}.)` : JOB_HINT;
  out.push(...fieldIssue(x, ["spec", "selector"], immutable("spec.selector"), hint));
  const elastic = hs.completionMode === "Indexed" && !isAbsent(hs.completions) && hs.completions === hs.parallelism;
  if (!elastic) out.push(...fieldIssue(x, ["spec", "completions"], immutable("spec.completions"), hint));
  for (const f of JOB_IMMUTABLE) out.push(...fieldIssue(x, ["spec", f], immutable(`spec.${f}`), hint));
  const bt = normalize(bs.template) ?? {};
  const ht = normalize(hs.template) ?? {};
  if (bs.suspend === true && hs.suspend === true) for (const p of JOB_SCHEDULING_DIRECTIVES) setAt(bt, p, getAt(ht, p));
  const changes = semanticChanges(bt, ht, ["spec", "template"], ["spec", "template"]);
  if (changes.length > 0)
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ["spec", "template"]),
        `spec.template: Invalid value: field is immutable (${describeChanges(x, changes, { from: 2 })}). ${hint}`
      )
    );
  return out;
}
function clusterIPs(spec) {
  if (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length > 0) return spec.clusterIPs.map(String);
  return typeof spec.clusterIP === "string" && spec.clusterIP !== "" ? [spec.clusterIP] : [];
}
var headless = (ips) => ips.length === 1 && ips[0] === "None";
function service(x) {
  const bs = x.b.spec;
  const hs = x.h.spec;
  if (!isObject(bs) || !isObject(hs)) return [];
  if (bs.type === "ExternalName" || hs.type === "ExternalName") return [];
  const out = [];
  const hint = "A Service keeps its cluster IP for life: drop the clusterIP change, or rename the Service (or delete it before the upgrade).";
  const ipPath = (i) => Array.isArray(hs.clusterIPs) && hs.clusterIPs.length > i ? ["spec", "clusterIPs", i] : ["spec", "clusterIP"];
  const bi = clusterIPs(bs);
  const hi = clusterIPs(hs);
  const changed = (i, before, after) => issue(
    x,
    ipPath(i),
    `spec.clusterIPs[${i}]: Invalid value: ${formatValue(hi)}: may not change once set (${before} → ${formatValue(after)}). ${hint}`
  );
  if (!(headless(bi) && headless(hi))) {
    if (bi.length === 0) {
      if (headless(hi)) out.push(changed(0, "the cluster IP allocated at install", "None"));
    } else if (hi.length > 0) {
      if (bi.length === hi.length) {
        bi.forEach((ip, i) => {
          if (ip !== hi[i]) out.push(changed(i, formatValue(ip), hi[i]));
        });
      } else if (hi[0] !== bi[0]) out.push(changed(0, formatValue(bi[0]), hi[0]));
      else if (hi.length === 1 && bi.length > 1 && hs.ipFamilyPolicy !== "SingleStack")
        out.push(
          issue(
            x,
            existingPrefix(x.head.object, ["spec", "ipFamilyPolicy"]),
            `spec.ipFamilyPolicy: Invalid value: ${formatValue(hs.ipFamilyPolicy)}: must be set to 'SingleStack' when releasing the secondary clusterIP.`
          )
        );
    }
  }
  const bf = Array.isArray(bs.ipFamilies) ? bs.ipFamilies.map(String) : [];
  const hf = Array.isArray(hs.ipFamilies) ? hs.ipFamilies.map(String) : [];
  if (bf.length > 0 && hf.length > 0 && !headless(bi) && !headless(hi)) {
    const famChanged = bf.length === hf.length ? bf.some((f, i) => f !== hf[i]) : bf[0] !== hf[0];
    if (famChanged)
      out.push(
        issue(
          x,
          ["spec", "ipFamilies", 0],
          `spec.ipFamilies[0]: Invalid value: ${formatValue(hf)}: may not change once set (${formatValue(bf)} → ${formatValue(hf)}). ${hint}`
        )
      );
    else if (bf.length > 1 && hf.length === 1 && hs.ipFamilyPolicy !== "SingleStack")
      out.push(
        issue(
          x,
          existingPrefix(x.head.object, ["spec", "ipFamilyPolicy"]),
          `spec.ipFamilyPolicy: Invalid value: ${formatValue(hs.ipFamilyPolicy)}: must be set to 'SingleStack' when releasing the secondary ipFamily.`
        )
      );
  }
  if (bs.type === "LoadBalancer" && hs.type === "LoadBalancer") {
    const a = bs.loadBalancerClass ?? null;
    const b = hs.loadBalancerClass ?? null;
    if (a !== b)
      out.push(
        issue(
          x,
          existingPrefix(x.head.object, ["spec", "loadBalancerClass"]),
          `spec.loadBalancerClass: Invalid value: ${formatValue(b)}: may not change once set (${formatValue(a)} → ${formatValue(b)}). Rename the Service, or delete it before the upgrade.`
        )
      );
    const needsHC = (s) => s.externalTrafficPolicy === "Local";
    const hcA = bs.healthCheckNodePort;
    const hcB = hs.healthCheckNodePort;
    if (needsHC(bs) && needsHC(hs) && !isAbsent(hcA) && !isAbsent(hcB) && hcA !== 0 && hcB !== 0 && hcA !== hcB)
      out.push(
        issue(
          x,
          ["spec", "healthCheckNodePort"],
          `spec.healthCheckNodePort: Forbidden: field is immutable (${formatValue(hcA)} → ${formatValue(hcB)}).`
        )
      );
  }
  return out;
}
var PVC_FORBIDDEN = "spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";
function pvc(x) {
  const bs = isObject(x.b.spec) ? x.b.spec : {};
  const hs = isObject(x.h.spec) ? x.h.spec : {};
  const out = [];
  const bm = normalize(bs) ?? {};
  const hm = normalize(hs) ?? {};
  for (const p of [["resources", "requests", "storage"], ["volumeAttributesClassName"]]) {
    setAt(bm, p, void 0);
    setAt(hm, p, void 0);
  }
  if (isAbsent(bs.volumeName) || bs.volumeName === "") setAt(bm, ["volumeName"], hm.volumeName);
  if (isAbsent(bs.storageClassName)) setAt(bm, ["storageClassName"], hm.storageClassName);
  const changes = semanticChanges(normalize(bm), normalize(hm), ["spec"], ["spec"]);
  if (changes.length > 0)
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ["spec"]),
        `${PVC_FORBIDDEN} (${describeChanges(x, changes)}). A claim's spec is fixed at creation apart from a storage increase: keep the old values, or create a claim with a new name (and move the data).`
      )
    );
  const before = getAt(bs, ["resources", "requests", "storage"]);
  const after = getAt(hs, ["resources", "requests", "storage"]);
  if (!isAbsent(before) && !isAbsent(after) && !quantitiesEqual(before, after)) {
    const a = parseQuantity(before);
    const b = parseQuantity(after);
    if (a && b && compareQuantity(b, a) < 0)
      out.push(
        issue(
          x,
          ["spec", "resources", "requests", "storage"],
          `spec.resources.requests.storage: Forbidden: field can not be less than previous value (${formatValue(before)} → ${formatValue(after)}). Volumes never shrink: keep the old size.`
        )
      );
  }
  if (!isAbsent(bs.volumeAttributesClassName)) {
    if (isAbsent(hs.volumeAttributesClassName))
      out.push(
        issue(
          x,
          existingPrefix(x.head.object, ["spec", "volumeAttributesClassName"]),
          `spec.volumeAttributesClassName: Forbidden: update from non-nil value to nil is forbidden (${formatValue(bs.volumeAttributesClassName)} → unset).`
        )
      );
    else if (hs.volumeAttributesClassName === "")
      out.push(
        issue(
          x,
          ["spec", "volumeAttributesClassName"],
          `spec.volumeAttributesClassName: Forbidden: update from non-nil value to an empty string is forbidden (${formatValue(bs.volumeAttributesClassName)} → "").`
        )
      );
  }
  return out;
}
var IMMUTABLE_SET = "field is immutable when `immutable` is set";
function configMapOrSecret(x) {
  const secret = isSecretManifest(x.head);
  const kind = secret ? "Secret" : "ConfigMap";
  const out = [];
  if (secret && x.b.type !== x.h.type)
    out.push(
      issue(
        x,
        existingPrefix(x.head.object, ["type"]),
        `type: Invalid value: ${formatValue(x.h.type)}: field is immutable (${formatValue(x.b.type)} → ${formatValue(x.h.type)}). ${RECREATE("Secret")}`
      )
    );
  if (x.b.immutable !== true) return out;
  const hint = `An immutable ${kind} never changes: give it a new name when its content changes (for example with a content hash in the name), or drop immutable: true before you change it.`;
  if (x.h.immutable !== true)
    out.push(
      issue(
        x,
        existingPrefix(x.head.object, ["immutable"]),
        `immutable: Forbidden: ${IMMUTABLE_SET} (true → ${formatValue(x.h.immutable)}). ${hint}`
      )
    );
  const keys = contentChanges(x.base, x.head);
  for (const field of ["data", "binaryData"]) {
    const changed = keys.filter((k) => k.startsWith(field + "/")).map((k) => k.slice(field.length + 1));
    if (changed.length === 0) continue;
    const first = existingPrefix(x.head.object, [
      secret && isObject(x.head.object.stringData) && !isObject(x.head.object.data) ? "stringData" : field,
      changed[0]
    ]);
    out.push(
      issue(
        x,
        first,
        `${field}: Forbidden: ${IMMUTABLE_SET} (keys changed: ${changed.join(", ")}${secret ? "; values not shown" : ""}). ${hint}`
      )
    );
  }
  return out;
}
var POD_UPDATABLE = "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative),`spec.containers[*].resources` (for CPU/memory only)";
function pod(x) {
  const bs = normalize(x.b.spec) ?? {};
  const hs = normalize(x.h.spec) ?? {};
  const out = [];
  const hint = "Helm patches a bare Pod in place: make it part of a Deployment or Job, or a hook, so that it is replaced.";
  const names = (s, list) => Array.isArray(s[list]) ? s[list].map((c) => String(c?.name)) : [];
  for (const list of ["containers", "initContainers"])
    if (!deepEqual(names(bs, list), names(hs, list)))
      return [
        issue(
          x,
          existingPrefix(x.head.object, ["spec", list]),
          `spec.${list}: Forbidden: pod updates may not add or remove containers. ${hint}`
        )
      ];
  const ads = (s) => typeof s.activeDeadlineSeconds === "number" ? s.activeDeadlineSeconds : void 0;
  const a = ads(bs);
  const b = ads(hs);
  if (a !== void 0 && b === void 0)
    out.push(
      issue(
        x,
        ["spec"],
        "spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value."
      )
    );
  else if (a !== void 0 && b !== void 0 && a < b)
    out.push(
      issue(
        x,
        ["spec", "activeDeadlineSeconds"],
        `spec.activeDeadlineSeconds: Invalid value: ${b}: must be less than or equal to previous value (${a} → ${b}).`
      )
    );
  const m = clone(bs);
  setAt(m, ["activeDeadlineSeconds"], hs.activeDeadlineSeconds);
  for (const list of ["containers", "initContainers"])
    if (Array.isArray(m[list]))
      m[list].forEach((c, i) => {
        const hc = hs[list][i];
        if (!isObject(c) || !isObject(hc)) return;
        setAt(c, ["image"], hc.image);
        if (list === "containers")
          for (const side of ["requests", "limits"])
            for (const r of ["cpu", "memory"]) setAt(c, ["resources", side, r], getAt(hc, ["resources", side, r]));
      });
  const included = (xs, ys) => (Array.isArray(xs) ? xs : []).every((t) => (Array.isArray(ys) ? ys : []).some((u) => deepEqual(t, u)));
  if (included(bs.tolerations, hs.tolerations)) setAt(m, ["tolerations"], hs.tolerations);
  if (included(hs.schedulingGates, bs.schedulingGates)) setAt(m, ["schedulingGates"], hs.schedulingGates);
  const changes = semanticChanges(normalize(m), normalize(hs), ["spec"], ["spec"]);
  if (changes.length > 0)
    out.push(
      issue(
        x,
        headPathOf(x, changes[0], ["spec"]),
        `spec: Forbidden: ${POD_UPDATABLE} (${describeChanges(x, changes)}). ${hint}`
      )
    );
  return out;
}
function resourceQuota(x) {
  const set = (v) => [...new Set(Array.isArray(v) ? v.map(String) : [])].sort();
  const a = set(getAt(x.b, ["spec", "scopes"]));
  const b = set(getAt(x.h, ["spec", "scopes"]));
  if (deepEqual(a, b)) return [];
  return [
    issue(
      x,
      existingPrefix(x.head.object, ["spec", "scopes"]),
      `spec.scopes: Invalid value: ${formatValue(b)}: field is immutable (${formatValue(a)} → ${formatValue(b)}). ${RECREATE("ResourceQuota")}`
    )
  ];
}
function roleBinding(x) {
  const ref = (o) => {
    const r = isObject(o.roleRef) ? o.roleRef : {};
    return { apiGroup: r.apiGroup ?? "", kind: r.kind ?? "", name: r.name ?? "" };
  };
  const a = ref(x.b);
  const b = ref(x.h);
  if (deepEqual(a, b)) return [];
  const path = a.name !== b.name ? ["roleRef", "name"] : a.kind !== b.kind ? ["roleRef", "kind"] : ["roleRef", "apiGroup"];
  return [
    issue(
      x,
      existingPrefix(x.head.object, path),
      `roleRef: Invalid value: ${formatValue(b)}: cannot change roleRef (${a.kind}/${a.name} → ${b.kind}/${b.name}). ${RECREATE(x.kind)}`
    )
  ];
}
function storageClass(x) {
  const hint = RECREATE("StorageClass");
  const forbidden = (f) => () => `${f}: Forbidden: updates to ${f} are forbidden.`;
  return [
    ...fieldIssue(x, ["parameters"], forbidden("parameters"), hint),
    ...fieldIssue(x, ["provisioner"], forbidden("provisioner"), hint),
    ...fieldIssue(x, ["reclaimPolicy"], forbidden("reclaimPolicy"), hint),
    ...fieldIssue(x, ["volumeBindingMode"], immutable("volumeBindingMode"), hint)
  ];
}
function ingressClass(x) {
  return fieldIssue(x, ["spec", "controller"], immutable("spec.controller"), RECREATE("IngressClass"));
}
function priorityClass(x) {
  return [
    ...fieldIssue(x, ["value"], () => "value: Forbidden: may not be changed in an update.", RECREATE("PriorityClass")),
    ...fieldIssue(x, ["preemptionPolicy"], immutable("preemptionPolicy"), RECREATE("PriorityClass"))
  ];
}
var CHECKS = {
  "apps/StatefulSet": statefulSet,
  "apps/Deployment": selector,
  "apps/ReplicaSet": selector,
  "apps/DaemonSet": selector,
  "batch/Job": job,
  "/Service": service,
  "/PersistentVolumeClaim": pvc,
  "/ConfigMap": configMapOrSecret,
  "/Secret": configMapOrSecret,
  "/Pod": pod,
  "/ResourceQuota": resourceQuota,
  "rbac.authorization.k8s.io/RoleBinding": roleBinding,
  "rbac.authorization.k8s.io/ClusterRoleBinding": roleBinding,
  "storage.k8s.io/StorageClass": storageClass,
  "networking.k8s.io/IngressClass": ingressClass,
  "scheduling.k8s.io/PriorityClass": priorityClass
};
var immutableField = {
  ...RULE2,
  description: "A change `helm upgrade` cannot apply because the API server refuses to update that field (StatefulSet spec outside its mutable fields, workload selectors, Job templates, PVC specs, Service cluster IPs, immutable ConfigMaps/Secrets, RoleBinding roleRef, StorageClass parameters, …).",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status !== "changed" || isHook(d.base) || isHook(d.head)) continue;
      const x = defaulted(d);
      if (!x) continue;
      const fn = CHECKS[`${groupOf(x.head.resource.apiVersion)}/${d.kind}`];
      if (fn) out.push(...fn(x));
    }
    return out;
  }
};

// src/upgrade/rules/kind-changed.ts
var RULE3 = { id: "upgrade/kind-changed", severity: "warning" };
var POD_OWNERS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Pod"
]);
var SAME_STORAGE = /* @__PURE__ */ new Set([
  "extensions|apps|Deployment",
  "extensions|apps|DaemonSet",
  "extensions|apps|ReplicaSet",
  "extensions|networking.k8s.io|Ingress",
  "extensions|networking.k8s.io|NetworkPolicy",
  "extensions|policy|PodSecurityPolicy",
  "|events.k8s.io|Event"
]);
function consequence(kind) {
  if (POD_OWNERS.has(kind)) return ": its pods are deleted and new ones start from scratch";
  if (kind === "Service") return ": the Service gets a new cluster IP";
  if (kind === "PersistentVolumeClaim")
    return ": the claim and, with the usual Delete reclaim policy, its data are deleted";
  return "";
}
var kindChanged = {
  ...RULE3,
  description: "An object keeps its name but changes kind (or API group): Helm deletes the old object and creates a new one (pods restart, a Service gets a new cluster IP, …).",
  check(ctx) {
    const removed = ctx.diffs.filter((d) => d.status === "removed" && d.base && !isHook(d.base) && !isKept(d.base));
    const added = ctx.diffs.filter((d) => d.status === "added" && d.head && !isHook(d.head));
    const used = /* @__PURE__ */ new Set();
    const out = [];
    for (const r of removed) {
      const rg = groupOf(r.apiVersion);
      for (const a of added) {
        if (used.has(a) || a.name !== r.name || a.namespace !== r.namespace) continue;
        const ag = groupOf(a.apiVersion);
        let message;
        let path;
        if (rg === ag && a.kind !== r.kind) {
          message = `${r.kind}/${r.name} becomes ${a.kind}/${a.name}: Helm deletes the old ${r.kind}${consequence(r.kind)}, and creates the ${a.kind} anew.`;
          path = ["kind"];
        } else if (a.kind === r.kind && rg !== ag) {
          const shared = SAME_STORAGE.has(`${rg}|${ag}|${a.kind}`) || SAME_STORAGE.has(`${ag}|${rg}|${a.kind}`);
          message = `${a.kind}/${a.name} moves from API group ${rg || "core"} to ${ag || "core"}: Helm treats it as another object, creates the new one and deletes the old one${consequence(a.kind)}.` + (shared ? ' The API server serves both groups from one stored object, so deleting the "old" one can delete the object itself.' : "");
          path = ["apiVersion"];
        } else continue;
        used.add(a);
        out.push(makeIssue(RULE3, { manifest: a.head, baseManifest: r.base, path, message }));
        break;
      }
    }
    return out;
  }
};

// src/upgrade/rules/ondelete.ts
var RULE4 = { id: "upgrade/ondelete", severity: "notice" };
var onDelete = {
  ...RULE4,
  description: "A StatefulSet or DaemonSet with updateStrategy OnDelete whose pod template changes: nothing rolls until its pods are deleted by hand.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status !== "changed" || isHook(d.base) || isHook(d.head)) continue;
      if (!isRollingWorkload(d.head) || d.kind !== "StatefulSet" && d.kind !== "DaemonSet") continue;
      const x = defaulted(d);
      if (!x || !isOnDelete(x)) continue;
      const changes = templateChanges(x);
      if (changes.length === 0) continue;
      out.push(
        makeIssue(RULE4, {
          manifest: x.head,
          baseManifest: x.base,
          // where the template changed: the line the pull request touched, which will not roll
          path: headPathOf(x, changes[0], ["spec", "template"]),
          message: `${refOf(x.head)} has updateStrategy OnDelete: its pod template changes (${describeChanges(x, changes, { from: 2 })}) but no running pod is replaced until it is deleted by hand.`
        })
      );
    }
    return out;
  }
};

// src/upgrade/rules/pvc-removed.ts
var RULE5 = { id: "upgrade/pvc-removed", severity: "warning" };
var pvcRemoved = {
  ...RULE5,
  description: "A PersistentVolumeClaim is removed without `helm.sh/resource-policy: keep`: Helm deletes it, and usually its volume and data with it.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      const base = d.base;
      if (d.status !== "removed" || !base || base.resource.kind !== "PersistentVolumeClaim") continue;
      if (base.resource.apiVersion !== "v1" || isHook(base) || isKept(base)) continue;
      out.push(
        makeIssue(RULE5, {
          baseManifest: base,
          path: ["metadata", "name"],
          message: `PersistentVolumeClaim/${d.name} is removed and has no helm.sh/resource-policy: keep: Helm deletes it, and with the usual Delete reclaim policy its volume and the data on it go too. To keep it, first release a version that adds the annotation to the claim, or back up the data.`
        })
      );
    }
    return out;
  }
};

// src/upgrade/rules/rollout.ts
var RULE6 = { id: "upgrade/rollout", severity: "notice" };
var rollout = {
  ...RULE6,
  description: "A Deployment, StatefulSet, DaemonSet or ReplicaSet whose pod template changes: the upgrade replaces its pods (what changed is named).",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status !== "changed" || !isRollingWorkload(d.head) || isHook(d.base) || isHook(d.head)) continue;
      const x = defaulted(d);
      if (!x || isOnDelete(x)) continue;
      const changes = templateChanges(x);
      if (changes.length === 0) continue;
      let extra = "";
      if (x.kind === "Deployment" && getAt(x.h, ["spec", "paused"]) === true)
        extra = " The Deployment is paused (spec.paused): nothing rolls until it is resumed.";
      const partition = getAt(x.h, ["spec", "updateStrategy", "rollingUpdate", "partition"]);
      if (x.kind === "StatefulSet" && typeof partition === "number" && partition > 0)
        extra = ` Only pods with an ordinal of ${partition} or more are replaced (updateStrategy.rollingUpdate.partition).`;
      out.push(
        makeIssue(RULE6, {
          manifest: x.head,
          baseManifest: x.base,
          path: headPathOf(x, changes[0], ["spec", "template"]),
          message: `${refOf(x.head)} rolls out new pods: ${describeChanges(x, changes, { from: 2, max: 4 })}.${extra}`
        })
      );
    }
    return out;
  }
};

// src/upgrade/rules/statefulset-removed.ts
var RULE7 = { id: "upgrade/statefulset-removed", severity: "warning" };
var isStatefulSet = (m) => !!m && m.resource.kind === "StatefulSet" && groupOf(m.resource.apiVersion) === "apps";
function claimTemplates(m) {
  const v = getAt(m.object, ["spec", "volumeClaimTemplates"]);
  if (!Array.isArray(v)) return [];
  return v.map((t) => getAt(t, ["metadata", "name"])).filter((n) => typeof n === "string");
}
function templateLabels(m) {
  const l = getAt(m.object, ["spec", "template", "metadata", "labels"]);
  return isObject(l) && Object.keys(l).length > 0 ? l : void 0;
}
function claimNames(templates, set) {
  return templates.map((t) => `${t}-${set}-0`).join(", ") + ", …";
}
var statefulSetRemoved = {
  ...RULE7,
  description: "A StatefulSet with volume claim templates is removed or renamed: its PersistentVolumeClaims are orphaned and a renamed StatefulSet starts with empty volumes.",
  check(ctx) {
    const out = [];
    const added = ctx.diffs.filter((d) => d.status === "added" && isStatefulSet(d.head) && !isHook(d.head));
    for (const d of ctx.diffs) {
      const base = d.base;
      if (d.status !== "removed" || !base || !isStatefulSet(base) || isHook(base) || isKept(base)) continue;
      const templates = claimTemplates(base);
      if (templates.length === 0) continue;
      const deletes = getAt(base.object, ["spec", "persistentVolumeClaimRetentionPolicy", "whenDeleted"]) === "Delete";
      const fate = deletes ? `are deleted with it (persistentVolumeClaimRetentionPolicy.whenDeleted is Delete), and the data with them` : `stay behind with the data, owned by nothing`;
      const labels = templateLabels(base);
      const renamed = added.find((a) => {
        const head = a.head;
        if (a.namespace !== d.namespace) return false;
        const hl = templateLabels(head);
        const ht = claimTemplates(head);
        return labels && hl && deepEqual(labels, hl) || ht.length > 0 && deepEqual([...ht].sort(), [...templates].sort());
      });
      if (renamed) {
        out.push(
          makeIssue(RULE7, {
            manifest: renamed.head,
            baseManifest: base,
            path: ["metadata", "name"],
            message: `StatefulSet/${d.name} is renamed to StatefulSet/${renamed.name}: Kubernetes sees a new StatefulSet, whose claims are named after it (${claimNames(claimTemplates(renamed.head), renamed.name)}), so it starts with empty volumes, while the old claims (${claimNames(templates, d.name)}) ${fate}. Keep the old name (for example with fullnameOverride), or move the data.`
          })
        );
      } else {
        out.push(
          makeIssue(RULE7, {
            baseManifest: base,
            path: ["metadata", "name"],
            message: `StatefulSet/${d.name} is removed: Helm deletes it, and its PersistentVolumeClaims (${claimNames(templates, d.name)}) ${fate}; a StatefulSet created later under another name starts with empty volumes.`
          })
        );
      }
    }
    return out;
  }
};

// src/upgrade/rules/index.ts
var UPGRADE_RULE_LIST = [
  immutableField,
  kindChanged,
  statefulSetRemoved,
  pvcRemoved,
  rollout,
  configNotRolled,
  onDelete
];

// src/upgrade/index.ts
var UPGRADE_RULES = UPGRADE_RULE_LIST.map(
  (r) => ({ id: r.id, severity: r.severity, description: r.description })
);
function upgradeIssues(diffs, renders) {
  const pair = renderPairs.get(diffs) ?? (renders ? { ...renders, scopes: scopesOf(renders.base, renders.head) } : void 0);
  const ctx = { diffs, ...pair ? { renders: pair } : {} };
  const out = [];
  for (const rule of UPGRADE_RULE_LIST) out.push(...rule.check(ctx));
  return out;
}

export { UPGRADE_RULES, diffRenders, upgradeIssues };
