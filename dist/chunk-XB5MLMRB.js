import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  isObject
} from "./chunk-4XC6GTOR.js";

// src/rules/pods.ts
var TEMPLATE_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job"
]);
var SELECTOR_KINDS = TEMPLATE_KINDS;
function podSpecOf(m) {
  const o = m.object;
  const kind = m.resource.kind;
  if (!isObject(o.spec)) return void 0;
  if (kind === "Pod") {
    return {
      manifest: m,
      kind,
      spec: o.spec,
      specPath: ["spec"],
      metadata: isObject(o.metadata) ? o.metadata : void 0,
      metadataPath: ["metadata"]
    };
  }
  let wsPath;
  let ws;
  if (TEMPLATE_KINDS.has(kind)) {
    wsPath = ["spec"];
    ws = o.spec;
  } else if (kind === "CronJob") {
    wsPath = ["spec", "jobTemplate", "spec"];
    ws = isObject(o.spec.jobTemplate) ? o.spec.jobTemplate.spec : void 0;
  } else return void 0;
  if (!isObject(ws) || !isObject(ws.template) || !isObject(ws.template.spec)) return void 0;
  return {
    manifest: m,
    kind,
    spec: ws.template.spec,
    specPath: [...wsPath, "template", "spec"],
    metadata: isObject(ws.template.metadata) ? ws.template.metadata : void 0,
    metadataPath: [...wsPath, "template", "metadata"],
    workloadSpecPath: wsPath
  };
}
var LISTS = ["initContainers", "containers", "ephemeralContainers"];
function containersOf(pod) {
  const out = [];
  for (const list of LISTS) {
    const arr = pod.spec[list];
    if (!Array.isArray(arr)) continue;
    arr.forEach((c, index) => {
      if (isObject(c)) out.push({ pod, container: c, list, index, path: [...pod.specPath, list, index] });
    });
  }
  return out;
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function podReferences(pod) {
  const out = [];
  const ref = (kind, holder, at, field, via, optional = true) => {
    if (!isObject(holder)) return;
    const name = str(holder[field]);
    if (name) out.push({ kind, name, path: [...at, field], optional: optional && holder.optional === true, via });
  };
  const s = pod.spec;
  const sp = pod.specPath;
  const sa = str(s.serviceAccountName) ?? str(s.serviceAccount);
  if (sa && sa !== "default") {
    const key = str(s.serviceAccountName) ? "serviceAccountName" : "serviceAccount";
    out.push({ kind: "ServiceAccount", name: sa, path: [...sp, key], optional: false, via: key });
  }
  if (Array.isArray(s.imagePullSecrets))
    s.imagePullSecrets.forEach(
      (r, i) => ref("Secret", r, [...sp, "imagePullSecrets", i], "name", "imagePullSecrets", false)
    );
  if (Array.isArray(s.volumes)) {
    s.volumes.forEach((v, i) => {
      if (!isObject(v)) return;
      const vp = [...sp, "volumes", i];
      const via = `volume "${String(v.name ?? i)}"`;
      ref("Secret", v.secret, [...vp, "secret"], "secretName", via);
      ref("ConfigMap", v.configMap, [...vp, "configMap"], "name", via);
      ref("PersistentVolumeClaim", v.persistentVolumeClaim, [...vp, "persistentVolumeClaim"], "claimName", via, false);
      if (isObject(v.projected) && Array.isArray(v.projected.sources)) {
        v.projected.sources.forEach((src, j) => {
          if (!isObject(src)) return;
          const pp = [...vp, "projected", "sources", j];
          ref("Secret", src.secret, [...pp, "secret"], "name", via);
          ref("ConfigMap", src.configMap, [...pp, "configMap"], "name", via);
        });
      }
    });
  }
  for (const c of containersOf(pod)) {
    const cname = String(c.container.name ?? c.index);
    if (Array.isArray(c.container.envFrom)) {
      c.container.envFrom.forEach((e, i) => {
        if (!isObject(e)) return;
        const ep = [...c.path, "envFrom", i];
        const via = `envFrom of container "${cname}"`;
        ref("Secret", e.secretRef, [...ep, "secretRef"], "name", via);
        ref("ConfigMap", e.configMapRef, [...ep, "configMapRef"], "name", via);
      });
    }
    if (Array.isArray(c.container.env)) {
      c.container.env.forEach((e, i) => {
        if (!isObject(e) || !isObject(e.valueFrom)) return;
        const ep = [...c.path, "env", i, "valueFrom"];
        const via = `env ${String(e.name ?? i)} of container "${cname}"`;
        ref("Secret", e.valueFrom.secretKeyRef, [...ep, "secretKeyRef"], "name", via);
        ref("ConfigMap", e.valueFrom.configMapKeyRef, [...ep, "configMapKeyRef"], "name", via);
      });
    }
  }
  return out;
}
function refName(m) {
  return `${m.resource.kind}/${m.resource.name ?? "(unnamed)"}`;
}

// src/rules/hooks.ts
var HOOK_ANNOTATION = "helm.sh/hook";
var WEIGHT_ANNOTATION = "helm.sh/hook-weight";
var DELETE_POLICY_ANNOTATION = "helm.sh/hook-delete-policy";
var HOOK_EVENTS = /* @__PURE__ */ new Set([
  "pre-install",
  "post-install",
  "pre-delete",
  "post-delete",
  "pre-upgrade",
  "post-upgrade",
  "pre-rollback",
  "post-rollback",
  "test",
  "test-success"
]);
var DELETE_POLICIES = /* @__PURE__ */ new Set(["before-hook-creation", "hook-succeeded", "hook-failed"]);
function split(v) {
  return v.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
}
function atoi(v) {
  if (!/^[+-]?\d+$/.test(v)) return void 0;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : void 0;
}
function hookInfo(m) {
  const ann = m.object.metadata?.annotations;
  if (!isObject(ann)) return void 0;
  const hook = ann[HOOK_ANNOTATION];
  if (hook === void 0 || hook === null) return void 0;
  const rawEvents = split(String(hook));
  const events = /* @__PURE__ */ new Set();
  for (const e of rawEvents) if (HOOK_EVENTS.has(e)) events.add(e === "test-success" ? "test" : e);
  const w = ann[WEIGHT_ANNOTATION];
  const rawWeight = w === void 0 || w === null ? void 0 : String(w);
  const weight = rawWeight === void 0 ? 0 : atoi(rawWeight) ?? 0;
  const dp = ann[DELETE_POLICY_ANNOTATION];
  const deletePolicies = dp === void 0 || dp === null ? [] : split(String(dp));
  return { events, rawEvents, weight, rawWeight, deletePolicies };
}

// src/rules/quantity.ts
var QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?\d+))?$/;
var DECIMAL = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY = { Ki: 10n, Mi: 20n, Gi: 30n, Ti: 40n, Pi: 50n, Ei: 60n };
function parseQuantity(value) {
  let text;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return void 0;
    text = String(value);
  } else if (typeof value === "string") text = value;
  else return void 0;
  const m = QUANTITY.exec(text);
  if (!m) return void 0;
  const [, sign, num, bin, dec, exp] = m;
  const dot = num.indexOf(".");
  const digits = dot < 0 ? num : num.slice(0, dot) + num.slice(dot + 1);
  let mantissa = BigInt(digits === "" ? "0" : digits);
  let exp10 = dot < 0 ? 0 : -(num.length - dot - 1);
  if (bin) mantissa <<= BINARY[bin];
  else if (dec) exp10 += DECIMAL[dec];
  else if (exp !== void 0) {
    const e = Number(exp);
    if (!Number.isSafeInteger(e) || Math.abs(e) > 1e3) return void 0;
    exp10 += e;
  }
  if (sign === "-") mantissa = -mantissa;
  return { mantissa, exp10 };
}
function compareQuantity(a, b) {
  const e = Math.min(a.exp10, b.exp10);
  const x = a.mantissa * 10n ** BigInt(a.exp10 - e);
  const y = b.mantissa * 10n ** BigInt(b.exp10 - e);
  return x < y ? -1 : x > y ? 1 : 0;
}
function isNegative(q) {
  return q.mantissa < 0n;
}

export {
  SELECTOR_KINDS,
  podSpecOf,
  containersOf,
  podReferences,
  refName,
  HOOK_ANNOTATION,
  DELETE_POLICY_ANNOTATION,
  HOOK_EVENTS,
  DELETE_POLICIES,
  hookInfo,
  parseQuantity,
  compareQuantity,
  isNegative
};
