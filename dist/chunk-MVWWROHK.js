import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  globMatch,
  isObject
} from "./chunk-ZHHGQAH2.js";

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

// src/util/closest.ts
function distance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function nearest(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestD) continue;
    const d = distance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
function closest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestD = Infinity;
  for (const c of [...candidates].sort()) {
    if (c === word) return void 0;
    const d = distance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === void 0) return void 0;
  return bestD <= Math.max(2, Math.floor(Math.max(word.length, best.length) / 3)) ? best : void 0;
}

// src/rules/validation.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function dns1123Label(v) {
  if (v.length > 63) return `is ${v.length} characters long; a DNS-1123 label has at most 63`;
  if (!DNS1123_LABEL.test(v))
    return 'is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  return void 0;
}
function dns1123Subdomain(v) {
  if (v.length > 253) return `is ${v.length} characters long; a DNS-1123 subdomain has at most 253`;
  if (!DNS1123_SUBDOMAIN.test(v))
    return 'is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", each part starting and ending with a letter or digit)';
  return void 0;
}
function dns1035Label(v) {
  if (v.length > 63) return `is ${v.length} characters long; a DNS-1035 label has at most 63`;
  if (!DNS1035_LABEL.test(v))
    return 'is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit)';
  return void 0;
}
function pathSegmentName(v) {
  if (v === "." || v === "..") return `may not be "${v}"`;
  if (v.includes("/") || v.includes("%")) return 'may not contain "/" or "%"';
  return void 0;
}
function qualifiedName(key) {
  const parts = key.split("/");
  let name;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") return 'has an empty prefix before "/"';
    const bad = dns1123Subdomain(prefix);
    if (bad) return `has a prefix "${prefix}" that ${bad}`;
    name = parts[1];
  } else return 'may contain at most one "/"';
  if (name === "") return "has an empty name part";
  if (name.length > 63) return `has a name part of ${name.length} characters; at most 63 are allowed`;
  if (!QUALIFIED_NAME.test(name))
    return 'has a name part that is not alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric character';
  return void 0;
}
function labelValue(v) {
  if (v.length > 63) return `is ${v.length} characters long; a label value has at most 63`;
  if (!LABEL_VALUE.test(v))
    return 'must be empty or alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric character';
  return void 0;
}
function ianaSvcName(v) {
  if (v.length > 15) return `is ${v.length} characters long; at most 15 are allowed`;
  if (!/^[-a-z0-9]+$/.test(v)) return 'may contain only lowercase letters, digits and "-"';
  if (!/[a-z]/.test(v)) return "must contain at least one letter";
  if (v.startsWith("-") || v.endsWith("-")) return 'may not begin or end with "-"';
  if (v.includes("--")) return 'may not contain "--"';
  return void 0;
}

// src/rules/annotation/invalid.ts
var ANNOTATIONS_MAX_BYTES = 256 * 1024;
function annotationSites(m) {
  const sites = [
    { value: m.object.metadata?.annotations, path: ["metadata", "annotations"], what: "annotation" }
  ];
  const pod = podSpecOf(m);
  if (pod && pod.workloadSpecPath)
    sites.push({
      value: pod.metadata?.annotations,
      path: [...pod.metadataPath, "annotations"],
      what: "pod template annotation"
    });
  if (m.resource.kind === "CronJob")
    sites.push({
      value: m.object.spec?.jobTemplate?.metadata?.annotations,
      path: ["spec", "jobTemplate", "metadata", "annotations"],
      what: "job template annotation"
    });
  return sites;
}
var annotationInvalid = {
  id: "annotation/invalid",
  description: "An annotation key is not a valid qualified name, or the annotations of one object exceed 256 KiB.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      for (const site of annotationSites(m)) {
        if (!isObject(site.value)) continue;
        let bytes = 0;
        for (const [k, v] of Object.entries(site.value)) {
          const bad = qualifiedName(k.toLowerCase());
          if (bad)
            issues.push({
              manifest: m,
              path: [...site.path, k],
              message: `${refName(m)} ${site.what} key "${k}" ${bad}.`
            });
          bytes += Buffer.byteLength(k, "utf8") + (typeof v === "string" ? Buffer.byteLength(v, "utf8") : Buffer.byteLength(JSON.stringify(v ?? ""), "utf8"));
        }
        if (bytes > ANNOTATIONS_MAX_BYTES)
          issues.push({
            manifest: m,
            path: site.path,
            message: `${refName(m)} ${site.what}s total ${bytes} bytes; Kubernetes allows at most ${ANNOTATIONS_MAX_BYTES} (256 KiB) of keys and values.`
          });
      }
    }
    return issues;
  }
};

// src/rules/parsers.ts
var cron;
var promql;
async function loadParsersFor(manifests) {
  const kinds = new Set(manifests.map((m) => m.resource.kind));
  await Promise.all([kinds.has("CronJob") && loadCron(), kinds.has("PrometheusRule") && loadPromql()]);
}
function named(mod, name) {
  const m = mod;
  return m[name] ?? m.default?.[name];
}
async function loadCron() {
  cron ??= named(await import("./chunk-SPJGXFST.js"), "CronExpressionParser");
}
async function loadPromql() {
  promql ??= named(await import("./chunk-HDAQC7RB.js"), "parser");
}
function cronParser() {
  if (!cron) throw new Error("cron-parser is not loaded (loadParsersFor was not called for this render)");
  return cron;
}
function promqlParser() {
  if (!promql) throw new Error("the PromQL parser is not loaded (loadParsersFor was not called for this render)");
  return promql;
}

// src/rules/cronjob/schedule.ts
var FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    base: 1
  },
  { name: "day of week", min: 0, max: 6, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], base: 0 }
];
var DESCRIPTORS = /* @__PURE__ */ new Set(["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);
var GO_DURATION = /^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;
function fieldValue(tok, f) {
  if (/^\d+$/.test(tok)) return Number(tok);
  if ("names" in f) {
    const i = f.names.indexOf(tok.toLowerCase());
    if (i >= 0) return i + f.base;
  }
  return void 0;
}
function checkPart(part, f) {
  const [rangeText, stepText, extra] = part.split("/");
  if (extra !== void 0) return `"${part}" has more than one "/"`;
  if (stepText !== void 0 && !/^\d+$/.test(stepText)) return `"${part}" has a step that is not a number`;
  if (stepText !== void 0 && Number(stepText) === 0) return `"${part}" has a step of 0`;
  if (rangeText === "*" || rangeText === "?") return void 0;
  const bounds = rangeText.split("-");
  if (bounds.length > 2 || bounds.some((b) => b === "")) return `"${part}" is not a value or a range`;
  const vals = [];
  for (const b of bounds) {
    const v = fieldValue(b, f);
    if (v === void 0)
      return /^[LW#H]|[LW#H]$|#/i.test(b) ? `"${b}" is cron syntax (L, W, #, H) that Kubernetes does not accept` : `"${b}" is not a valid ${f.name} value`;
    if (v < f.min || v > f.max)
      return `${f.name} ${v} is outside ${f.min}-${f.max}${f.name === "day of week" && v === 7 ? " (Kubernetes uses 0 for Sunday)" : ""}`;
    vals.push(v);
  }
  if (vals.length === 2 && vals[0] > vals[1]) return `range "${rangeText}" starts after it ends`;
  return void 0;
}
function scheduleProblem(schedule) {
  const s = schedule.trim();
  if (s === "") return "is empty";
  if (s.includes("TZ"))
    return 'sets a time zone with TZ= or CRON_TZ=, which Kubernetes ≥ 1.27 rejects; set spec.timeZone instead (e.g. timeZone: "Etc/UTC")';
  const fields = s.split(/\s+/);
  if (s.startsWith("@")) {
    if (fields[0] === "@every") {
      if (fields.length === 2 && GO_DURATION.test(fields[1])) return void 0;
      return "uses @every without a single Go duration such as 5m or 1h30m";
    }
    if (fields.length === 1 && DESCRIPTORS.has(s)) return void 0;
    return `"${fields[0]}" is not a descriptor Kubernetes knows (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)`;
  }
  if (fields.length === 6 || fields.length === 7)
    return `has ${fields.length} fields; Kubernetes takes five (minute hour day-of-month month day-of-week) and no seconds or year field`;
  if (fields.length !== 5)
    return `has ${fields.length} field${fields.length === 1 ? "" : "s"}; Kubernetes takes five (minute hour day-of-month month day-of-week)`;
  for (let i = 0; i < 5; i++) {
    for (const part of fields[i].split(",")) {
      const bad = checkPart(part, FIELDS[i]);
      if (bad) return `has an invalid ${FIELDS[i].name} field: ${bad}`;
    }
  }
  if (!mayNeverFire(fields[2], fields[3])) return void 0;
  const known = verdicts.get(s);
  if (known !== void 0) return known ?? void 0;
  const verdict = neverFires(fields);
  verdicts.set(s, verdict ?? null);
  return verdict;
}
var verdicts = /* @__PURE__ */ new Map();
function mayNeverFire(dom, month) {
  if (month === "*" || month === "?") return false;
  return dom.split(",").some((part) => {
    const [range] = part.split("/");
    if (range === "*" || range === "?") return false;
    return range.split("-").some((b) => Number(b) >= 29);
  });
}
function neverFires(fields) {
  try {
    cronParser().parse(fields.join(" "), { strict: false });
  } catch (e) {
    const msg = e.message;
    return /day of month/i.test(msg) ? `can never fire: ${msg}` : `is not a valid cron expression: ${msg}`;
  }
  return void 0;
}
var cronjobSchedule = {
  id: "cronjob/schedule",
  description: "A CronJob schedule is not a five-field cron expression or descriptor Kubernetes accepts (seconds fields, Quartz syntax, TZ= prefixes, out-of-range values).",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (m.resource.kind !== "CronJob") continue;
      const schedule = m.object.spec?.schedule;
      if (schedule === void 0 || schedule === null) continue;
      if (typeof schedule !== "string") {
        issues.push({
          manifest: m,
          path: ["spec", "schedule"],
          message: `${refName(m)} schedule is a ${typeof schedule}, not a string; quote it.`
        });
        continue;
      }
      const bad = scheduleProblem(schedule);
      if (bad)
        issues.push({
          manifest: m,
          path: ["spec", "schedule"],
          message: `${refName(m)} schedule "${schedule}" ${bad}.`
        });
    }
    return issues;
  }
};

// src/rules/cronjob/timezone.ts
var zones;
function knownZones() {
  if (!zones) {
    zones = /* @__PURE__ */ new Map();
    for (const z of [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"]) zones.set(z.toLowerCase(), z);
  }
  return zones;
}
function timeZoneProblem(tz) {
  if (tz === "") return "is empty; leave timeZone out or name an IANA time zone";
  if (tz.toLowerCase() === "local") return "must name an explicit IANA time zone, not Local";
  const known = knownZones();
  if (known.get(tz.toLowerCase()) === tz) return void 0;
  const caseVariant = known.get(tz.toLowerCase());
  if (caseVariant) return `is not spelled as in the IANA database (names are case-sensitive): use "${caseVariant}"`;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
    if (/^[A-Z]/.test(tz) && !tz.includes(" ")) return void 0;
    return `is not an IANA time zone name as Kubernetes spells it (did you mean "${resolved}"?)`;
  } catch {
    return "is not an IANA time zone name (e.g. Etc/UTC, Europe/Berlin, America/New_York)";
  }
}
var cronjobTimezone = {
  id: "cronjob/timezone",
  description: "A CronJob spec.timeZone is not an IANA time zone name.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (m.resource.kind !== "CronJob") continue;
      const tz = m.object.spec?.timeZone;
      if (tz === void 0 || tz === null) continue;
      const bad = typeof tz === "string" ? timeZoneProblem(tz) : `is a ${typeof tz}, not a time zone name`;
      if (bad)
        issues.push({
          manifest: m,
          path: ["spec", "timeZone"],
          message: `${refName(m)} timeZone ${JSON.stringify(tz)} ${bad}.`
        });
    }
    return issues;
  }
};

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

// src/rules/resource-index.ts
function secretFlagValues(argv) {
  if (!Array.isArray(argv)) return [];
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (typeof a !== "string") continue;
    const m = /^--?([\w.-]*secret[\w.-]*)(?:=(.*))?$/i.exec(a);
    if (!m) continue;
    const value = m[2] ?? (typeof argv[i + 1] === "string" && !argv[i + 1].startsWith("-") ? argv[i + 1] : void 0);
    if (value) out.push(value.replace(/^["']|["']$/g, ""));
  }
  return out;
}
var ResourceIndex = class {
  manifests;
  /** Every pod spec (workloads and Pods), in render order. */
  pods;
  byKind = /* @__PURE__ */ new Map();
  byKindName = /* @__PURE__ */ new Map();
  podsByLabel;
  providers;
  constructor(manifests) {
    this.manifests = manifests;
    const pods = [];
    for (const m of manifests) {
      const kind = m.resource.kind;
      let list = this.byKind.get(kind);
      if (!list) this.byKind.set(kind, list = []);
      list.push(m);
      if (m.resource.name !== void 0) {
        const key = `${kind}\0${m.resource.name}`;
        let named2 = this.byKindName.get(key);
        if (!named2) this.byKindName.set(key, named2 = []);
        named2.push(m);
      }
      const pod = podSpecOf(m);
      if (pod) pods.push(pod);
    }
    this.pods = pods;
  }
  /** Manifests of one kind, in render order. */
  ofKind(kind) {
    return this.byKind.get(kind) ?? [];
  }
  /**
   * Secrets that objects of this render make someone else create: cert-manager Certificates
   * (spec.secretName), External Secrets Operator ExternalSecrets (spec.target.name, default the
   * ExternalSecret's name), Bitnami SealedSecrets (the SealedSecret's name), and containers of the release
   * told to write one (a flag whose name says secret, e.g. `--secret-name=x` of the webhook certificate Jobs,
   * `--cert-secret-name=x` of an operator that makes its own certificate). Returns the provider.
   */
  secretProvider(name, namespace) {
    if (!this.providers) {
      this.providers = /* @__PURE__ */ new Map();
      const add = (n, m) => {
        if (typeof n !== "string" || n === "") return;
        let list = this.providers.get(n);
        if (!list) this.providers.set(n, list = []);
        list.push(m);
      };
      for (const m of this.manifests) {
        const group2 = m.resource.apiVersion.split("/")[0];
        const spec = m.object.spec;
        if (m.resource.kind === "Certificate" && group2 === "cert-manager.io") add(spec?.secretName, m);
        else if (m.resource.kind === "ExternalSecret" && group2 === "external-secrets.io")
          add(spec?.target?.name ?? m.resource.name, m);
        else if (m.resource.kind === "SealedSecret" && group2 === "bitnami.com")
          add(spec?.template?.metadata?.name ?? m.resource.name, m);
      }
      for (const pod of this.pods)
        for (const c of containersOf(pod))
          for (const list of [c.container.command, c.container.args])
            for (const name2 of secretFlagValues(list)) add(name2, pod.manifest);
    }
    return this.providers.get(name)?.find((m) => sameNamespace(m.resource.namespace, namespace));
  }
  /** Pod specs whose template has the label `key=value` (built on first use). */
  podsWithLabel(key, value) {
    if (!this.podsByLabel) {
      this.podsByLabel = /* @__PURE__ */ new Map();
      for (const p of this.pods) {
        const labels = p.metadata?.labels;
        if (!isObject(labels)) continue;
        for (const [k, v] of Object.entries(labels)) {
          if (v === null || v === void 0) continue;
          const id = `${k}\0${String(v)}`;
          let list = this.podsByLabel.get(id);
          if (!list) this.podsByLabel.set(id, list = []);
          list.push(p);
        }
      }
    }
    return this.podsByLabel.get(`${key}\0${value}`) ?? [];
  }
  /**
   * Manifests of a kind and name in a namespace. A manifest without metadata.namespace goes to the
   * release namespace, which a render does not know, so an absent namespace on either side matches.
   */
  find(kind, name, namespace) {
    const all = this.byKindName.get(`${kind}\0${name}`);
    if (!all) return [];
    return all.filter((m) => sameNamespace(m.resource.namespace, namespace));
  }
};
function sameNamespace(a, b) {
  return a === void 0 || b === void 0 || a === "" || b === "" || a === b;
}
var cache = /* @__PURE__ */ new WeakMap();
function resourceIndex(manifests) {
  let idx = cache.get(manifests);
  if (!idx) {
    idx = new ResourceIndex(manifests);
    cache.set(manifests, idx);
  }
  return idx;
}

// src/rules/hook/delete-policy.ts
var hookDeletePolicy = {
  id: "hook/delete-policy",
  description: "helm.sh/hook-delete-policy values are ones Helm knows, and a hook resource deleted on success (hook-succeeded) is not used by a later hook or by the release workloads.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const m of ctx.manifests) {
      const h = hookInfo(m);
      if (!h) continue;
      for (const p of h.deletePolicies) {
        if (!DELETE_POLICIES.has(p))
          issues.push({
            manifest: m,
            path: ["metadata", "annotations", DELETE_POLICY_ANNOTATION],
            message: `${refName(m)} has helm.sh/hook-delete-policy "${p}", which Helm ignores; valid values are ${[...DELETE_POLICIES].join(", ")}.`
          });
      }
    }
    for (const pod of idx.pods) {
      const user = pod.manifest;
      const h = hookInfo(user);
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        const dep = idx.find(ref.kind, ref.name, user.resource.namespace)[0];
        if (!dep || dep === user) continue;
        const dh = hookInfo(dep);
        if (!dh || !dh.deletePolicies.includes("hook-succeeded")) continue;
        const depWhat = `${ref.kind} "${ref.name}" is a ${[...dh.events].join(", ")} hook deleted once its hooks succeed (hook-succeeded)`;
        if (!h) {
          issues.push({
            manifest: user,
            path: ref.path,
            message: `${refName(user)} uses ${ref.kind} "${ref.name}" (${ref.via}), but ${depWhat}, so it is gone by the time the release's workloads run. Drop hook-succeeded or make it a regular resource.`
          });
          continue;
        }
        const later = [...h.events].filter((e) => !dh.events.has(e) && e !== "pre-install");
        if (later.length === 0) continue;
        issues.push({
          manifest: user,
          path: ref.path,
          message: `${refName(user)} (${later.join(", ")} hook) uses ${ref.kind} "${ref.name}" (${ref.via}), but ${depWhat}, so it no longer exists when this hook runs. Add ${later.join(", ")} to its helm.sh/hook or drop hook-succeeded.`
        });
      }
    }
    return issues;
  }
};

// src/rules/hook/missing-dependency.ts
function createdBefore(dep, depHook, user, userHook) {
  if (depHook.weight !== userHook.weight) return depHook.weight < userHook.weight;
  const a = dep.resource.name ?? "";
  const b = user.resource.name ?? "";
  return a <= b;
}
var PRE_EVENTS = ["pre-install", "pre-upgrade"];
var hookMissingDependency = {
  id: "hook/missing-dependency",
  description: "A pre-install/pre-upgrade hook uses a ServiceAccount, Secret, ConfigMap or PVC of the same release that is not created before it (not a hook, or a hook of a later weight).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const user = pod.manifest;
      const h = hookInfo(user);
      if (!h) continue;
      const events = PRE_EVENTS.filter((e) => h.events.has(e));
      if (events.length === 0) continue;
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        const dep = idx.find(ref.kind, ref.name, user.resource.namespace)[0];
        if (!dep) continue;
        const dh = hookInfo(dep);
        const what = `${refName(user)} (${[...h.events].join(", ")} hook, weight ${h.weight}) uses ${ref.kind} "${ref.name}" (${ref.via})`;
        if (!dh) {
          if (!h.events.has("pre-install")) continue;
          issues.push({
            manifest: user,
            path: ref.path,
            message: `${what}, which is not a hook: Helm creates it only after the pre-install hooks, so on first install it does not exist yet. Make it a pre-install hook with a lower helm.sh/hook-weight, or stop using it in the hook.`
          });
          continue;
        }
        for (const e of events) {
          if (dh.events.has(e)) {
            if (!createdBefore(dep, dh, user, h)) {
              const why = dh.weight === h.weight ? `has the same weight (${dh.weight}) and Helm orders equal weights by name, so "${dep.resource.name}" is created after "${user.resource.name}"` : `has weight ${dh.weight}, so Helm creates it after this hook`;
              issues.push({
                manifest: user,
                path: ref.path,
                message: `${what}; that ${ref.kind} is a ${e} hook too but ${why}. Give it a lower helm.sh/hook-weight than ${h.weight}.`
              });
              break;
            }
          } else if (e === "pre-install") {
            issues.push({
              manifest: user,
              path: ref.path,
              message: `${what}; that ${ref.kind} is a hook for ${[...dh.events].join(", ") || "no known event"} but not pre-install, so it does not exist when this hook runs on first install. Add pre-install to its helm.sh/hook with a lower weight.`
            });
            break;
          }
        }
      }
    }
    return issues;
  }
};

// src/rules/label/invalid.ts
function labelSites(m) {
  const o = m.object;
  const sites = [];
  sites.push({ kind: "labels", value: o.metadata?.labels, path: ["metadata", "labels"], what: "label" });
  const pod = podSpecOf(m);
  if (pod && pod.workloadSpecPath)
    sites.push({
      kind: "labels",
      value: pod.metadata?.labels,
      path: [...pod.metadataPath, "labels"],
      what: "pod template label"
    });
  if (m.resource.kind === "CronJob")
    sites.push({
      kind: "labels",
      value: o.spec?.jobTemplate?.metadata?.labels,
      path: ["spec", "jobTemplate", "metadata", "labels"],
      what: "job template label"
    });
  if (m.resource.kind === "StatefulSet" && Array.isArray(o.spec?.volumeClaimTemplates))
    o.spec.volumeClaimTemplates.forEach(
      (t, i) => sites.push({
        kind: "labels",
        value: t?.metadata?.labels,
        path: ["spec", "volumeClaimTemplates", i, "metadata", "labels"],
        what: "volume claim template label"
      })
    );
  const sel = o.spec?.selector;
  if (isObject(sel)) {
    if (m.resource.kind === "Service" || m.resource.kind === "ReplicationController")
      sites.push({ kind: "labels", value: sel, path: ["spec", "selector"], what: "selector" });
    else {
      sites.push({
        kind: "labels",
        value: sel.matchLabels,
        path: ["spec", "selector", "matchLabels"],
        what: "selector"
      });
      sites.push({
        kind: "expressions",
        value: sel.matchExpressions,
        path: ["spec", "selector", "matchExpressions"],
        what: "selector expression"
      });
    }
  }
  if (m.resource.kind === "NetworkPolicy" && isObject(o.spec?.podSelector)) {
    sites.push({
      kind: "labels",
      value: o.spec.podSelector.matchLabels,
      path: ["spec", "podSelector", "matchLabels"],
      what: "podSelector"
    });
    sites.push({
      kind: "expressions",
      value: o.spec.podSelector.matchExpressions,
      path: ["spec", "podSelector", "matchExpressions"],
      what: "podSelector expression"
    });
  }
  return sites;
}
var labelInvalid = {
  id: "label/invalid",
  description: "A label key or value (metadata, pod template, selectors) is not valid Kubernetes label syntax.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      for (const site of labelSites(m)) {
        if (site.kind === "labels") {
          if (!isObject(site.value)) continue;
          for (const [k, v] of Object.entries(site.value)) {
            const path = [...site.path, k];
            const badKey = qualifiedName(k);
            if (badKey) issues.push({ manifest: m, path, message: `${refName(m)} ${site.what} key "${k}" ${badKey}.` });
            if (typeof v === "string") {
              const badVal = labelValue(v);
              if (badVal)
                issues.push({
                  manifest: m,
                  path,
                  message: `${refName(m)} ${site.what} ${k} value "${v.length > 80 ? v.slice(0, 77) + "..." : v}" ${badVal}.`
                });
            }
          }
          continue;
        }
        if (!Array.isArray(site.value)) continue;
        site.value.forEach((e, i) => {
          if (!isObject(e)) return;
          if (typeof e.key === "string") {
            const badKey = qualifiedName(e.key);
            if (badKey)
              issues.push({
                manifest: m,
                path: [...site.path, i, "key"],
                message: `${refName(m)} ${site.what} key "${e.key}" ${badKey}.`
              });
          }
          if (Array.isArray(e.values))
            e.values.forEach((v, j) => {
              if (typeof v !== "string") return;
              const badVal = labelValue(v);
              if (badVal)
                issues.push({
                  manifest: m,
                  path: [...site.path, i, "values", j],
                  message: `${refName(m)} ${site.what} value "${v}" ${badVal}.`
                });
            });
        });
      }
    }
    return issues;
  }
};

// src/rules/name/invalid.ts
var RBAC_KINDS = /* @__PURE__ */ new Set(["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"]);
function checkName(m, name) {
  const kind = m.resource.kind;
  const out = [];
  const add = (p, severity) => {
    if (p) out.push(severity ? { problem: p, severity } : { problem: p });
  };
  if (kind === "Service" && m.resource.apiVersion === "v1") add(dns1035Label(name));
  else if (kind === "Namespace" && m.resource.apiVersion === "v1") add(dns1123Label(name));
  else if (RBAC_KINDS.has(kind) && m.resource.apiVersion.startsWith("rbac.authorization.k8s.io/"))
    add(pathSegmentName(name));
  else if (kind === "StatefulSet") {
    const bad = dns1123Label(name);
    add(bad);
    if (!bad && name.length > 52)
      add(
        `is ${name.length} characters long; a StatefulSet name longer than 52 leaves no room for the pod ordinal and the controller-revision-hash label (<name>-<10-character hash> must fit 63)`,
        "warning"
      );
  } else {
    const bad = dns1123Subdomain(name);
    add(bad);
    if (!bad && kind === "Job" && name.length > 63)
      add(`is ${name.length} characters long; a Job name must be at most 63 (it becomes a label value of its pods)`);
    if (!bad && kind === "CronJob" && name.length > 52)
      add(
        `is ${name.length} characters long; a CronJob name must be at most 52 (Kubernetes appends 11 characters to name its Jobs)`
      );
    if (!bad && kind === "CustomResourceDefinition") {
      const plural = m.object.spec?.names?.plural;
      const group2 = m.object.spec?.group;
      if (typeof plural === "string" && typeof group2 === "string" && name !== `${plural}.${group2}`)
        add(`must be <spec.names.plural>.<spec.group> ("${plural}.${group2}")`);
    }
  }
  return out;
}
var nameInvalid = {
  id: "name/invalid",
  description: "metadata.name (or metadata.namespace) is not valid for its kind: DNS-1123 subdomain/label, DNS-1035 label for Services, length limits of Job (63), CronJob (52) and StatefulSet (52, warning).",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      const name = m.object.metadata?.name;
      if (typeof name === "string" && name !== "") {
        for (const c of checkName(m, name)) {
          const issue = {
            manifest: m,
            path: ["metadata", "name"],
            message: `${m.resource.kind} name "${name}" ${c.problem}.`
          };
          if (c.severity) issue.severity = c.severity;
          issues.push(issue);
        }
      }
      const ns = m.object.metadata?.namespace;
      if (typeof ns === "string" && ns !== "") {
        const bad = dns1123Label(ns);
        if (bad)
          issues.push({
            manifest: m,
            path: ["metadata", "namespace"],
            message: `${refName(m)} namespace "${ns}" ${bad}.`
          });
      }
    }
    return issues;
  }
};

// src/rules/promql.ts
var parsed = /* @__PURE__ */ new Map();
function parsePromQL(expr) {
  let p = parsed.get(expr);
  if (p) return p;
  p = { metrics: [] };
  const result = p;
  const seen = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (!seen.has(name)) {
      seen.add(name);
      result.metrics.push(name);
    }
  };
  const tree = promqlParser().parse(expr);
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        if (!result.error) {
          const near = expr.slice(node.from, Math.max(node.to, node.from + 1)).trim();
          result.error = {
            offset: node.from,
            near: near === "" ? "end of expression" : JSON.stringify(near.slice(0, 30))
          };
        }
        return false;
      }
      if (node.name !== "VectorSelector") return void 0;
      const sel = node.node;
      const id = sel.getChild("Identifier");
      if (id) {
        const name = expr.slice(id.from, id.to);
        add(name);
      }
      const matchers = sel.getChild("LabelMatchers");
      if (matchers) {
        for (const q of matchers.getChildren("QuotedLabelName")) {
          const s = unquote(expr.slice(q.from, q.to));
          if (s !== void 0) add(s);
        }
        for (const m of matchers.getChildren("UnquotedLabelMatcher")) {
          const ln = m.getChild("LabelName");
          const op = m.getChild("MatchOp");
          const val = m.getChild("StringLiteral");
          if (!ln || !op || !val) continue;
          if (expr.slice(ln.from, ln.to) !== "__name__" || !op.getChild("EqlSingle")) continue;
          const s = unquote(expr.slice(val.from, val.to));
          if (s !== void 0) add(s);
        }
      }
      return void 0;
    }
  });
  if (!p.error && expr.trim() === "") p.error = { offset: 0, near: "end of expression" };
  parsed.set(expr, p);
  return p;
}
function unquote(lit) {
  if (lit.length < 2) return void 0;
  const q = lit[0];
  if (q === "`") return lit.slice(1, -1);
  if (q !== '"' && q !== "'") return void 0;
  try {
    return q === '"' ? JSON.parse(lit) : JSON.parse('"' + lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"') + '"');
  } catch {
    return lit.slice(1, -1);
  }
}
function isPrometheusRule(m) {
  return m.resource.kind === "PrometheusRule" && m.resource.apiVersion.startsWith("monitoring.coreos.com/");
}
function promGroups(m) {
  const groups = m.object.spec?.groups;
  if (!Array.isArray(groups)) return [];
  const out = [];
  groups.forEach((g, index) => {
    if (isObject(g)) out.push({ group: g, index, path: ["spec", "groups", index] });
  });
  return out;
}
function promRules(m) {
  const out = [];
  for (const g of promGroups(m)) {
    if (!Array.isArray(g.group.rules)) continue;
    g.group.rules.forEach((r, ruleIndex) => {
      if (isObject(r))
        out.push({
          manifest: m,
          group: g.group,
          groupIndex: g.index,
          rule: r,
          ruleIndex,
          path: [...g.path, "rules", ruleIndex]
        });
    });
  }
  return out;
}
function ruleLabel(r) {
  const name = typeof r.rule.alert === "string" ? `alert "${r.rule.alert}"` : typeof r.rule.record === "string" ? `record "${r.rule.record}"` : `rule ${r.ruleIndex + 1}`;
  return `group "${String(r.group.name ?? r.groupIndex)}", ${name}`;
}
var DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
function durationProblem(v) {
  if (typeof v !== "string")
    return `is ${v === null ? "null" : typeof v} ${JSON.stringify(v)}, not a duration string such as "5m"`;
  if (v === "0") return void 0;
  if (v === "") return "is empty";
  if (!DURATION.test(v))
    return `"${v}" is not a Prometheus duration (e.g. 30s, 5m, 1h30m; units y w d h m s ms, largest first, integers only)`;
  return void 0;
}

// src/rules/prometheus/duration.ts
var prometheusDuration = {
  id: "prometheus/duration",
  description: "A PrometheusRule for, keep_firing_for, interval or query_offset is not a Prometheus duration.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      for (const g of promGroups(m)) {
        for (const key of ["interval", "query_offset"]) {
          if (!(key in g.group) || g.group[key] === null) continue;
          const bad = durationProblem(g.group[key]);
          if (bad)
            issues.push({
              manifest: m,
              path: [...g.path, key],
              message: `group "${String(g.group.name ?? g.index)}" ${key} ${bad}.`
            });
        }
      }
      for (const r of promRules(m)) {
        for (const key of ["for", "keep_firing_for"]) {
          if (!(key in r.rule) || r.rule[key] === null) continue;
          const bad = durationProblem(r.rule[key]);
          if (bad) issues.push({ manifest: m, path: [...r.path, key], message: `${ruleLabel(r)} ${key} ${bad}.` });
        }
      }
    }
    return issues;
  }
};

// src/rules/prometheus/expr.ts
var prometheusExpr = {
  id: "prometheus/expr",
  description: "A PrometheusRule expr is missing or does not parse as PromQL.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      for (const r of promRules(m)) {
        const expr = r.rule.expr;
        const path = [...r.path, "expr"];
        if (expr === void 0 || expr === null || expr === "") {
          issues.push({ manifest: m, path: r.path, message: `${ruleLabel(r)} has no expr.` });
          continue;
        }
        const text = typeof expr === "number" ? String(expr) : expr;
        if (typeof text !== "string") {
          issues.push({ manifest: m, path, message: `${ruleLabel(r)} expr is a ${typeof expr}, not a PromQL string.` });
          continue;
        }
        const p = parsePromQL(text);
        if (p.error) {
          const one = text.replace(/\s+/g, " ").trim();
          issues.push({
            manifest: m,
            path,
            message: `${ruleLabel(r)} expr does not parse as PromQL: unexpected ${p.error.near} at character ${p.error.offset + 1} of "${one.length > 120 ? one.slice(0, 117) + "..." : one}".`
          });
        }
      }
    }
    return issues;
  }
};

// src/rules/prometheus/rule-name.ts
var METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
var prometheusRuleName = {
  id: "prometheus/rule-name",
  description: "A PrometheusRule group or rule is malformed: empty/repeated group name, not exactly one of alert/record, invalid record name, recording-rule-only fields, invalid label or annotation names.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      if (!isPrometheusRule(m)) continue;
      const groupNames = /* @__PURE__ */ new Set();
      for (const g of promGroups(m)) {
        const name = g.group.name;
        if (typeof name !== "string" || name === "")
          issues.push({ manifest: m, path: g.path, message: `Group ${g.index + 1} has no name.` });
        else if (groupNames.has(name))
          issues.push({
            manifest: m,
            path: [...g.path, "name"],
            message: `Group name "${name}" is repeated; Prometheus rejects the rule file.`
          });
        else groupNames.add(name);
        if (isObject(g.group.labels)) {
          for (const k of Object.keys(g.group.labels))
            if (!LABEL_NAME.test(k) || k === "__name__")
              issues.push({
                manifest: m,
                path: [...g.path, "labels", k],
                message: `group "${String(name)}" label name "${k}" is not a valid Prometheus label name.`
              });
        }
      }
      for (const r of promRules(m)) {
        const { rule } = r;
        const hasAlert = rule.alert !== void 0 && rule.alert !== null && rule.alert !== "";
        const hasRecord = rule.record !== void 0 && rule.record !== null && rule.record !== "";
        if (hasAlert && hasRecord) {
          issues.push({
            manifest: m,
            path: [...r.path, "record"],
            message: `${ruleLabel(r)} sets both alert and record; a rule is one or the other.`
          });
          continue;
        }
        if (!hasAlert && !hasRecord) {
          issues.push({ manifest: m, path: r.path, message: `${ruleLabel(r)} sets neither alert nor record.` });
          continue;
        }
        if (hasAlert && typeof rule.alert !== "string")
          issues.push({
            manifest: m,
            path: [...r.path, "alert"],
            message: `${ruleLabel(r)} alert name is a ${typeof rule.alert}, not a string.`
          });
        if (hasRecord) {
          const rec = rule.record;
          if (typeof rec !== "string" || !METRIC_NAME.test(rec))
            issues.push({
              manifest: m,
              path: [...r.path, "record"],
              message: `group "${String(r.group.name ?? r.groupIndex)}": record name ${JSON.stringify(rec)} is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)${typeof rec === "string" && /[{}]/.test(rec) ? "; it looks like an expression, which belongs in expr" : ""}.`
            });
          for (const key of ["for", "keep_firing_for", "annotations"])
            if (rule[key] !== void 0 && rule[key] !== null)
              issues.push({
                manifest: m,
                path: [...r.path, key],
                message: `${ruleLabel(r)} is a recording rule and cannot have ${key}.`
              });
        }
        for (const key of ["labels", "annotations"]) {
          if (!isObject(rule[key])) continue;
          for (const k of Object.keys(rule[key]))
            if (!LABEL_NAME.test(k) || key === "labels" && k === "__name__")
              issues.push({
                manifest: m,
                path: [...r.path, key, k],
                message: `${ruleLabel(r)} ${key === "labels" ? "label" : "annotation"} name "${k}" is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*).`
              });
        }
      }
    }
    return issues;
  }
};

// src/rules/prometheus/unknown-metric.ts
import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
var NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
var PLAIN_LINE = new RegExp(`^\\s*(${NAME})\\s*$`);
var LIST_ITEM = new RegExp(`^\\s*(?:[-*+]|\\d+[.)])\\s+\`?(${NAME})`);
var TABLE_CELL = new RegExp(`^\\s*\\|\\s*\`?(${NAME})\`?\\s*\\|`);
var BACKTICKED = new RegExp(`\`(${NAME})(?:\\{[^\`]*\\})?\``, "g");
var SYNTHETIC = [
  "up",
  "ALERTS",
  "ALERTS_FOR_STATE",
  "scrape_duration_seconds",
  "scrape_samples_scraped",
  "scrape_samples_post_metric_relabeling",
  "scrape_series_added"
];
var SUFFIXES = ["_bucket", "_sum", "_count", "_created", "_total"];
function parseMetricList(text) {
  const out = /* @__PURE__ */ new Set();
  const metricLike = (n) => n.includes("_") || n.includes(":");
  for (const line of text.split(/\r?\n/)) {
    const plain = PLAIN_LINE.exec(line);
    if (plain) {
      out.add(plain[1]);
      continue;
    }
    const item = LIST_ITEM.exec(line) ?? TABLE_CELL.exec(line);
    if (item && metricLike(item[1])) out.add(item[1]);
    for (const m of line.matchAll(BACKTICKED)) if (metricLike(m[1])) out.add(m[1]);
  }
  return out;
}
var fileCache = /* @__PURE__ */ new Map();
function loadList(abs) {
  const st = statSync(abs);
  const hit = fileCache.get(abs);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.names;
  const names = parseMetricList(readFileSync(abs, "utf8"));
  fileCache.set(abs, { mtimeMs: st.mtimeMs, names });
  return names;
}
function optionPaths(v) {
  if (typeof v === "string" && v !== "") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  return void 0;
}
var prometheusUnknownMetric = {
  id: "prometheus/unknown-metric",
  description: "A PrometheusRule expr selects a metric that is not in the allowlist given by the `metrics` option (a typo, or a renamed metric).",
  severity: "error",
  check(ctx) {
    const files = optionPaths(ctx.options.metrics);
    if (!files) return [];
    const rules = ctx.manifests.filter(isPrometheusRule);
    if (rules.length === 0) return [];
    const issues = [];
    const allowed = new Set(SYNTHETIC);
    const listed = [];
    for (const f of files) {
      const abs = isAbsolute(f) ? f : resolve(ctx.baseDir, f);
      try {
        for (const n of loadList(abs)) {
          allowed.add(n);
          listed.push(n);
        }
      } catch (e) {
        issues.push({
          manifest: rules[0],
          message: `The metrics allowlist ${f} cannot be read (${e.code ?? e.message}).`
        });
        return issues;
      }
    }
    const all = rules.flatMap((m) => promRules(m));
    for (const r of all) if (typeof r.rule.record === "string") allowed.add(r.rule.record);
    const known = (name) => allowed.has(name) || SUFFIXES.some((s) => name.endsWith(s) && allowed.has(name.slice(0, -s.length)));
    const candidates = [
      .../* @__PURE__ */ new Set([...listed, ...all.map((r) => r.rule.record).filter((x) => typeof x === "string")])
    ];
    for (const r of all) {
      if (typeof r.rule.expr !== "string") continue;
      const p = parsePromQL(r.rule.expr);
      if (p.error) continue;
      for (const name of p.metrics) {
        if (known(name)) continue;
        const near = nearest(name, candidates);
        issues.push({
          manifest: r.manifest,
          path: [...r.path, "expr"],
          message: `${ruleLabel(r)} expr uses metric "${name}", which is not in ${files.join(", ")}${near ? `; the nearest listed metric is "${near}"` : ""}.`
        });
      }
    }
    return issues;
  }
};

// src/rules/reference/missing.ts
function externalFor(ctx, kind) {
  const ext = ctx.external;
  switch (kind) {
    case "Secret":
      return ext?.secrets ?? [];
    case "ConfigMap":
      return ext?.configMaps ?? [];
    case "ServiceAccount":
      return ext?.serviceAccounts ?? [];
    default:
      return ext?.persistentVolumeClaims ?? [];
  }
}
var EXTERNAL_KEY = {
  Secret: "secrets",
  ConfigMap: "configMaps",
  ServiceAccount: "serviceAccounts",
  PersistentVolumeClaim: "persistentVolumeClaims"
};
var referenceMissing = {
  id: "reference/missing",
  description: "A pod uses a ConfigMap, Secret, ServiceAccount or PersistentVolumeClaim (volumes, env, envFrom, imagePullSecrets, serviceAccountName) that is neither rendered nor declared external.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const ref of podReferences(pod)) {
        if (ref.optional) continue;
        if (ref.kind === "ConfigMap" && ref.name === "kube-root-ca.crt") continue;
        if (idx.find(ref.kind, ref.name, pod.manifest.resource.namespace).length > 0) continue;
        if (ref.kind === "Secret" && idx.secretProvider(ref.name, pod.manifest.resource.namespace)) continue;
        if (externalFor(ctx, ref.kind).some((p) => globMatch(p, ref.name))) continue;
        issues.push({
          manifest: pod.manifest,
          path: ref.path,
          message: `${refName(pod.manifest)} uses ${ref.kind} "${ref.name}" (${ref.via}), which this combo does not render; create it, mark the reference optional, or declare it under external.${EXTERNAL_KEY[ref.kind]} in the config.`
        });
      }
    }
    return issues;
  }
};

// src/rules/resource/duplicate.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "StorageClass",
  "VolumeAttachment",
  "CSIDriver",
  "CSINode",
  "PriorityClass",
  "RuntimeClass",
  "IngressClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "APIService",
  "FlowSchema",
  "PriorityLevelConfiguration",
  "CertificateSigningRequest",
  "ClusterIssuer"
]);
function group(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
var resourceDuplicate = {
  id: "resource/duplicate",
  description: "Two rendered resources have the same API group, kind, namespace and name.",
  severity: "error",
  check(ctx) {
    const issues = [];
    const seen = /* @__PURE__ */ new Map();
    for (const m of ctx.manifests) {
      const name = m.resource.name;
      if (name === void 0) continue;
      const kind = m.resource.kind;
      const ns = CLUSTER_SCOPED.has(kind) ? "" : m.resource.namespace ?? "";
      const key = `${group(m.resource.apiVersion)}\0${kind}\0${ns}\0${name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, m);
        continue;
      }
      const where = first.templateFile ?? first.source ?? `document ${first.index + 1}`;
      issues.push({
        manifest: m,
        path: ["metadata", "name"],
        message: `${kind} "${name}"${ns ? ` in namespace ${ns}` : ""} is rendered twice; the first comes from ${where}.`
      });
    }
    return issues;
  }
};

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

// src/rules/resources/quantity.ts
function resourceBlocks(pod) {
  const out = [];
  if (isObject(pod.spec.resources))
    out.push({ block: pod.spec.resources, path: [...pod.specPath, "resources"], owner: "pod" });
  for (const c of containersOf(pod)) {
    if (isObject(c.container.resources))
      out.push({
        block: c.container.resources,
        path: [...c.path, "resources"],
        owner: `container "${String(c.container.name ?? c.index)}"`
      });
  }
  return out;
}
var resourcesQuantity = {
  id: "resources/quantity",
  description: "A container resources request or limit is not a valid Kubernetes quantity (e.g. 500m, 256Mi, 1.5), or is negative.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const { block, path, owner } of resourceBlocks(pod)) {
        for (const kind of ["requests", "limits"]) {
          const map = block[kind];
          if (!isObject(map)) continue;
          for (const [res, v] of Object.entries(map)) {
            const q = parseQuantity(v);
            if (!q)
              issues.push({
                manifest: pod.manifest,
                path: [...path, kind, res],
                message: `${refName(pod.manifest)} ${owner} ${kind}.${res} ${JSON.stringify(v)} is not a quantity (a number with an optional suffix: m, k, M, G, Ki, Mi, Gi, ...; note "Mi" not "MB" and "k" not "K").`
              });
            else if (isNegative(q))
              issues.push({
                manifest: pod.manifest,
                path: [...path, kind, res],
                message: `${refName(pod.manifest)} ${owner} ${kind}.${res} is negative (${String(v)}).`
              });
          }
        }
      }
    }
    return issues;
  }
};

// src/rules/resources/requests-exceed-limits.ts
var resourcesRequestsExceedLimits = {
  id: "resources/requests-exceed-limits",
  description: "A resource request is greater than the limit of the same resource (compared numerically, e.g. 512Mi vs 0.5Gi).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const { block, path, owner } of resourceBlocks(pod)) {
        if (!isObject(block.requests) || !isObject(block.limits)) continue;
        for (const [res, rv] of Object.entries(block.requests)) {
          if (!(res in block.limits)) continue;
          const lv = block.limits[res];
          const rq = parseQuantity(rv);
          const lq = parseQuantity(lv);
          if (!rq || !lq) continue;
          if (compareQuantity(rq, lq) > 0)
            issues.push({
              manifest: pod.manifest,
              path: [...path, "requests", res],
              message: `${refName(pod.manifest)} ${owner} requests ${res} ${String(rv)}, more than its limit ${String(lv)}; Kubernetes rejects the pod.`
            });
        }
      }
    }
    return issues;
  }
};

// src/rules/workload/duplicate-container.ts
var workloadDuplicateContainer = {
  id: "workload/duplicate-container",
  description: "Two containers of one pod (containers, initContainers, ephemeralContainers) share a name.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const seen = /* @__PURE__ */ new Map();
      for (const c of containersOf(pod)) {
        const name = c.container.name;
        if (typeof name !== "string") continue;
        const where = `${c.list}[${c.index}]`;
        const first = seen.get(name);
        if (first === void 0) {
          seen.set(name, where);
          continue;
        }
        issues.push({
          manifest: pod.manifest,
          path: [...c.path, "name"],
          message: `${refName(pod.manifest)} has two containers named "${name}" (${first} and ${where}); Kubernetes rejects duplicate container names.`
        });
      }
    }
    return issues;
  }
};

// src/rules/workload/duplicate-env.ts
var workloadDuplicateEnv = {
  id: "workload/duplicate-env",
  description: "A container sets the same environment variable twice in env (the last one silently wins).",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.env)) continue;
        const seen = /* @__PURE__ */ new Map();
        c.container.env.forEach((e, i) => {
          if (!isObject(e) || typeof e.name !== "string") return;
          const first = seen.get(e.name);
          if (first === void 0) {
            seen.set(e.name, i);
            return;
          }
          issues.push({
            manifest: pod.manifest,
            path: [...c.path, "env", i, "name"],
            message: `${refName(pod.manifest)} container "${String(c.container.name ?? c.index)}" sets env ${e.name} twice (entries ${first + 1} and ${i + 1}); the last one wins.`
          });
        });
      }
    }
    return issues;
  }
};

// src/rules/workload/duplicate-port.ts
var workloadDuplicatePort = {
  id: "workload/duplicate-port",
  description: "A container port name is used twice in one container (error) or by two containers of one pod (warning).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      const inPod = /* @__PURE__ */ new Map();
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.ports)) continue;
        const cname = String(c.container.name ?? c.index);
        const inContainer = /* @__PURE__ */ new Set();
        c.container.ports.forEach((p, i) => {
          if (!isObject(p) || typeof p.name !== "string" || p.name === "") return;
          const path = [...c.path, "ports", i, "name"];
          if (inContainer.has(p.name)) {
            issues.push({
              manifest: pod.manifest,
              path,
              message: `${refName(pod.manifest)} container "${cname}" has two ports named "${p.name}".`
            });
            return;
          }
          inContainer.add(p.name);
          const other = inPod.get(p.name);
          if (other !== void 0) {
            issues.push({
              manifest: pod.manifest,
              path,
              severity: "warning",
              message: `${refName(pod.manifest)} containers "${other}" and "${cname}" both have a port named "${p.name}"; Services and probes that use the name get "${other}"'s.`
            });
            return;
          }
          inPod.set(p.name, cname);
        });
      }
    }
    return issues;
  }
};

// src/rules/workload/job-restart-policy.ts
var workloadJobRestartPolicy = {
  id: "workload/job-restart-policy",
  description: "A Job or CronJob pod template has a restartPolicy other than Never or OnFailure (the default, Always, is rejected).",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      if (pod.kind !== "Job" && pod.kind !== "CronJob") continue;
      const rp = pod.spec.restartPolicy;
      if (rp === "Never" || rp === "OnFailure") continue;
      issues.push(
        rp === void 0 || rp === null ? {
          manifest: pod.manifest,
          path: pod.specPath,
          message: `${refName(pod.manifest)} pod template sets no restartPolicy; it defaults to Always, which Kubernetes rejects for Jobs. Set restartPolicy: Never or OnFailure.`
        } : {
          manifest: pod.manifest,
          path: [...pod.specPath, "restartPolicy"],
          message: `${refName(pod.manifest)} pod template has restartPolicy ${JSON.stringify(rp)}; a Job's pods must use Never or OnFailure.`
        }
      );
    }
    return issues;
  }
};

// src/rules/workload/port-name.ts
var workloadPortName = {
  id: "workload/port-name",
  description: "A container port name or Service targetPort name is not a valid IANA service name, or a Service port name is not a DNS-1123 label.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        if (!Array.isArray(c.container.ports)) continue;
        c.container.ports.forEach((p, i) => {
          if (!isObject(p) || typeof p.name !== "string") return;
          const bad = ianaSvcName(p.name);
          if (bad)
            issues.push({
              manifest: pod.manifest,
              path: [...c.path, "ports", i, "name"],
              message: `${refName(pod.manifest)} container "${String(c.container.name)}" port name "${p.name}" ${bad}.`
            });
        });
      }
    }
    for (const svc of idx.ofKind("Service")) {
      const ports = svc.object.spec?.ports;
      if (!Array.isArray(ports)) continue;
      ports.forEach((p, i) => {
        if (!isObject(p)) return;
        if (typeof p.name === "string" && p.name !== "") {
          const bad = dns1123Label(p.name);
          if (bad)
            issues.push({
              manifest: svc,
              path: ["spec", "ports", i, "name"],
              message: `${refName(svc)} port name "${p.name}" ${bad}.`
            });
        }
        if (typeof p.targetPort === "string") {
          const bad = ianaSvcName(p.targetPort);
          if (bad)
            issues.push({
              manifest: svc,
              path: ["spec", "ports", i, "targetPort"],
              message: `${refName(svc)} targetPort "${p.targetPort}" is a port name (a string) that ${bad}; use a number or a container port name.`
            });
        }
      });
    }
    return issues;
  }
};

// src/rules/workload/probe-port.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HANDLERS = ["httpGet", "tcpSocket", "grpc"];
var workloadProbePort = {
  id: "workload/probe-port",
  description: "A liveness, readiness or startup probe names a port that is not one of its container's port names.",
  severity: "error",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const pod of idx.pods) {
      for (const c of containersOf(pod)) {
        const names = /* @__PURE__ */ new Set();
        if (Array.isArray(c.container.ports)) {
          for (const p of c.container.ports) if (isObject(p) && typeof p.name === "string") names.add(p.name);
        }
        for (const probe of PROBES) {
          const pr = c.container[probe];
          if (!isObject(pr)) continue;
          for (const h of HANDLERS) {
            const port = isObject(pr[h]) ? pr[h].port : void 0;
            if (typeof port !== "string" || names.has(port)) continue;
            const path = [...c.path, probe, h, "port"];
            const known = names.size > 0 ? `its ports are named ${[...names].map((n) => `"${n}"`).join(", ")}` : "it has no named ports";
            issues.push({
              manifest: pod.manifest,
              path,
              message: `${refName(pod.manifest)} container "${String(c.container.name ?? c.index)}" ${probe} uses port "${port}", but ${known}.${/^\d+$/.test(port) ? " A quoted number is a port name; write the number unquoted." : ""}`
            });
          }
        }
      }
    }
    return issues;
  }
};

// src/rules/selectors.ts
function labelsOf(v) {
  const out = /* @__PURE__ */ new Map();
  if (isObject(v)) {
    for (const [k, val] of Object.entries(v)) if (val !== null && val !== void 0) out.set(k, String(val));
  }
  return out;
}
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function expressionProblem(e) {
  if (!isObject(e)) return "is not a mapping";
  if (typeof e.key !== "string" || e.key === "") return "has no key";
  if (!OPERATORS.has(e.operator))
    return `has operator ${JSON.stringify(e.operator)}; it must be In, NotIn, Exists or DoesNotExist`;
  const values = Array.isArray(e.values) ? e.values : [];
  if ((e.operator === "In" || e.operator === "NotIn") && values.length === 0)
    return `uses ${e.operator} without values`;
  if ((e.operator === "Exists" || e.operator === "DoesNotExist") && values.length > 0)
    return `uses ${e.operator} with values, which must be empty`;
  return void 0;
}
function labelSelectorMisses(selector, labels, selPath) {
  const misses = [];
  if (isObject(selector.matchLabels)) {
    for (const [k, v] of Object.entries(selector.matchLabels)) {
      const want = String(v);
      const have = labels.get(k);
      if (have !== want)
        misses.push({
          path: [...selPath, "matchLabels", k],
          reason: have === void 0 ? `${k}=${want} is not a label of the pod template` : `${k}=${want} but the pod template has ${k}=${have}`
        });
    }
  }
  if (Array.isArray(selector.matchExpressions)) {
    selector.matchExpressions.forEach((e, i) => {
      if (!isObject(e) || expressionProblem(e)) return;
      const key = e.key;
      const values = (Array.isArray(e.values) ? e.values : []).map(String);
      const have = labels.get(key);
      let ok;
      let reason;
      switch (e.operator) {
        case "In":
          ok = have !== void 0 && values.includes(have);
          reason = `${key} in (${values.join(", ")}) but the pod template ${have === void 0 ? `has no label ${key}` : `has ${key}=${have}`}`;
          break;
        case "NotIn":
          ok = have === void 0 || !values.includes(have);
          reason = `${key} notin (${values.join(", ")}) but the pod template has ${key}=${have}`;
          break;
        case "Exists":
          ok = have !== void 0;
          reason = `${key} must exist but the pod template has no label ${key}`;
          break;
        default:
          ok = have === void 0;
          reason = `${key} must not exist but the pod template has ${key}=${have}`;
      }
      if (!ok) misses.push({ path: [...selPath, "matchExpressions", i], reason });
    });
  }
  return misses;
}
function mapSelectorMisses(selector, labels, selPath) {
  const misses = [];
  for (const [k, v] of Object.entries(selector)) {
    const want = String(v);
    const have = labels.get(k);
    if (have !== want)
      misses.push({
        path: [...selPath, k],
        reason: have === void 0 ? `${k}=${want} is not a label of the pod template` : `${k}=${want} but the pod template has ${k}=${have}`
      });
  }
  return misses;
}

// src/rules/workload/selector-mismatch.ts
var workloadSelectorMismatch = {
  id: "workload/selector-mismatch",
  description: "A Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job (manualSelector) selector does not match its pod template's labels.",
  severity: "error",
  check(ctx) {
    const issues = [];
    for (const m of ctx.manifests) {
      const kind = m.resource.kind;
      if (!SELECTOR_KINDS.has(kind)) continue;
      const spec = m.object.spec;
      if (!isObject(spec)) continue;
      const pod = podSpecOf(m);
      if (!pod) continue;
      const labels = labelsOf(pod.metadata?.labels);
      const selector = spec.selector;
      if (selector === void 0 || selector === null) continue;
      if (kind === "ReplicationController") {
        if (!isObject(selector)) continue;
        for (const miss of mapSelectorMisses(selector, labels, ["spec", "selector"]))
          issues.push({
            manifest: m,
            path: miss.path,
            message: `${refName(m)} selector does not match its pod template: ${miss.reason}.`
          });
        continue;
      }
      if (!isObject(selector)) continue;
      if (kind === "Job" && spec.manualSelector !== true) {
        issues.push({
          manifest: m,
          path: ["spec", "selector"],
          message: `${refName(m)} sets spec.selector without spec.manualSelector: true; Kubernetes generates a Job's selector and rejects one set by hand. Remove it, or set manualSelector: true.`
        });
        continue;
      }
      const hasLabels = isObject(selector.matchLabels) && Object.keys(selector.matchLabels).length > 0;
      const hasExprs = Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0;
      if (!hasLabels && !hasExprs) {
        issues.push({
          manifest: m,
          path: ["spec", "selector"],
          message: `${refName(m)} has an empty selector; Kubernetes rejects it (it would select every pod in the namespace).`
        });
        continue;
      }
      if (hasExprs) {
        selector.matchExpressions.forEach((e, i) => {
          const bad = expressionProblem(e);
          if (bad)
            issues.push({
              manifest: m,
              path: ["spec", "selector", "matchExpressions", i],
              message: `${refName(m)} selector expression ${i + 1} ${bad}.`
            });
        });
      }
      for (const miss of labelSelectorMisses(selector, labels, ["spec", "selector"]))
        issues.push({
          manifest: m,
          path: miss.path,
          message: `${refName(m)} selector does not match its pod template: ${miss.reason}.`
        });
    }
    return issues;
  }
};

// src/rules/workload/service-selector.ts
var workloadServiceSelector = {
  id: "workload/service-selector",
  description: "A Service's selector matches no pod template rendered in the same combo (the Service would have no endpoints).",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const svc of idx.ofKind("Service")) {
      const spec = svc.object.spec;
      if (!isObject(spec) || spec.type === "ExternalName") continue;
      const sel = spec.selector;
      if (!isObject(sel) || Object.keys(sel).length === 0) continue;
      const [k0, v0] = Object.entries(sel)[0];
      const matches = (pod) => sameNamespace(pod.manifest.resource.namespace, svc.resource.namespace) && mapSelectorMisses(sel, labelsOf(pod.metadata?.labels), ["spec", "selector"]).length === 0;
      if (idx.podsWithLabel(k0, String(v0)).some(matches)) continue;
      let best;
      for (const pod of idx.pods) {
        if (!sameNamespace(pod.manifest.resource.namespace, svc.resource.namespace)) continue;
        const misses = mapSelectorMisses(sel, labelsOf(pod.metadata?.labels), ["spec", "selector"]);
        if (!best || misses.length < best.misses.length) best = { misses, pod: refName(pod.manifest) };
      }
      const selText = Object.entries(sel).map(([k, v]) => `${k}=${String(v)}`).join(",");
      if (!best) {
        issues.push({
          manifest: svc,
          path: ["spec", "selector"],
          message: `${refName(svc)} selects pods ${selText}, but this combo renders no pod template.`
        });
        continue;
      }
      const first = best.misses[0];
      issues.push({
        manifest: svc,
        path: first.path,
        message: `${refName(svc)} selects pods ${selText}, but no rendered pod template matches; the closest, ${best.pod}: ${best.misses.map((x) => x.reason).join("; ")}.`
      });
    }
    return issues;
  }
};

// src/rules/workload/statefulset-service.ts
var workloadStatefulSetService = {
  id: "workload/statefulset-service",
  description: "A StatefulSet's spec.serviceName names no Service rendered in the same combo.",
  severity: "warning",
  check(ctx) {
    const idx = resourceIndex(ctx.manifests);
    const issues = [];
    for (const sts of idx.ofKind("StatefulSet")) {
      const name = sts.object.spec?.serviceName;
      if (typeof name !== "string" || name === "") continue;
      if (idx.find("Service", name, sts.resource.namespace).length > 0) continue;
      issues.push({
        manifest: sts,
        path: ["spec", "serviceName"],
        message: `${refName(sts)} has serviceName "${name}", but no Service "${name}" is rendered; its pods get no stable DNS names.`
      });
    }
    return issues;
  }
};

// src/rules/index.ts
var RULES = [
  hookMissingDependency,
  hookDeletePolicy,
  workloadSelectorMismatch,
  workloadServiceSelector,
  workloadStatefulSetService,
  workloadJobRestartPolicy,
  workloadDuplicateContainer,
  workloadPortName,
  workloadDuplicatePort,
  workloadDuplicateEnv,
  workloadProbePort,
  nameInvalid,
  labelInvalid,
  annotationInvalid,
  resourceDuplicate,
  cronjobSchedule,
  cronjobTimezone,
  prometheusExpr,
  prometheusDuration,
  prometheusRuleName,
  prometheusUnknownMetric,
  resourcesQuantity,
  resourcesRequestsExceedLimits,
  referenceMissing
];

// src/catalog.ts
var ENGINE_RULES = [
  {
    id: "render/failed",
    severity: "error",
    description: "helm template failed: fail/required, template parse or execution error, at the template line helm names"
  },
  { id: "render/timeout", severity: "error", description: "helm template ran past the timeout and was killed" },
  {
    id: "render/unknown-hook",
    severity: "error",
    description: "helm.sh/hook names no hook helm knows: helm silently leaves the resource out of the release"
  },
  { id: "render/empty", severity: "error", description: "the render produced no resources" },
  { id: "yaml/parse-error", severity: "error", description: "a rendered document is not valid YAML" },
  {
    id: "yaml/duplicate-key",
    severity: "error",
    description: "a rendered mapping has the same key twice (the API server keeps one silently or refuses)"
  },
  {
    id: "manifest/not-a-resource",
    severity: "error",
    description: "a rendered document is not a mapping with apiVersion and kind"
  },
  { id: "lint/error", severity: "error", description: "[ERROR] from helm lint" },
  { id: "lint/warning", severity: "warning", description: "[WARNING] from helm lint" },
  {
    id: "schema/unknown-field",
    severity: "error",
    description: "a field the Kubernetes (or CRD) schema does not define, with the nearest valid name"
  },
  { id: "schema/enum", severity: "error", description: "a value outside the allowed set (e.g. updateStrategy.type)" },
  { id: "schema/type", severity: "error", description: 'a value of the wrong type (e.g. replicas: "3")' },
  { id: "schema/required", severity: "error", description: "a required field is missing" },
  {
    id: "schema/unknown-kind",
    severity: "error",
    description: "no schema for this apiVersion/kind: an error in a Kubernetes or catalog CRD group (names the versions or the kind meant), a warning for other groups (add the CRD to check it)"
  },
  {
    id: "schema/kube-version",
    severity: "notice",
    description: "the Kubernetes version asked for has no schema set of its own; the nearest shipped one is used"
  },
  {
    id: "schema/removed-api",
    severity: "error",
    description: "an API removed in the combo's Kubernetes version; names the replacement"
  },
  { id: "schema/invalid", severity: "error", description: "any other schema violation (pattern, bounds, formats)" },
  {
    id: "assert/kind-count",
    severity: "error",
    description: "a kind is rendered more or fewer times than `expect.kinds` says"
  },
  {
    id: "assert/resource-count",
    severity: "error",
    description: "the resources selected by `expect.resources` are not as many as `count`"
  },
  {
    id: "assert/field",
    severity: "error",
    description: "a field assertion (equals, oneOf, matches, exists, absent, contains) does not hold"
  },
  { id: "assert/expected-failure", severity: "error", description: "a combo expected to fail rendered successfully" },
  {
    id: "assert/failure-message",
    severity: "error",
    description: "a combo failed as expected, but with a message the regex does not match"
  },
  {
    id: "internal/rule-failed",
    severity: "error",
    description: "a rule could not check a render (a defect in helm-guard, reported instead of stopping the run)"
  },
  { id: "config/invalid", severity: "error", description: "an assertion path in the config cannot be parsed" }
];
var ALL_RULES = [
  ...ENGINE_RULES,
  ...RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description }))
];
var RULE_IDS = ALL_RULES.map((r) => r.id);
function checkOf(rule) {
  const area = rule.slice(0, rule.indexOf("/"));
  if (area === "render" || area === "yaml" || area === "manifest") return "render";
  if (area === "lint") return "lint";
  if (area === "schema") return "schema";
  if (area === "assert" || area === "config") return "assertions";
  return "rules";
}

export {
  closest,
  loadParsersFor,
  HOOK_EVENTS,
  RULES,
  ALL_RULES,
  RULE_IDS,
  checkOf
};
