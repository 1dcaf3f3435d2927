import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, relative, sep, join, isAbsolute, resolve, delimiter } from 'node:path';
import { readFileSync, realpathSync, openSync, constants, fstatSync, readSync, closeSync, readdirSync, statSync, mkdirSync, lstatSync, writeFileSync, renameSync, rmSync, existsSync, copyFileSync, mkdtempSync, accessSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { r as run, h as helmPool, D as DEFAULT_MAX_OUTPUT_BYTES, s as stopRuns, a as startWatchdog } from './chunk-boot-BQAnIf4X.js';
import { tmpdir, availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parseArgs } from 'node:util';

const require$k = createRequire(import.meta.url);
const __filename$k = fileURLToPath(import.meta.url);
const __dirname$k = dirname(__filename$k);

// src/util/terminal.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function show(c) {
  const n = c.charCodeAt(0);
  if (c === "\n") return "\\n";
  if (c === "	") return "\\t";
  if (c === "\r") return "\\r";
  return n <= 255 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
}
function sanitizeForTerminal(s, opts = {}) {
  return s.replace(opts.multiline ? UNSAFE : UNSAFE_ONE_LINE, show);
}

const require$j = createRequire(import.meta.url);
const __filename$j = fileURLToPath(import.meta.url);
const __dirname$j = dirname(__filename$j);

// src/version.ts
var VERSION = "0.1.0";

const require$i = createRequire(import.meta.url);
const __filename$i = fileURLToPath(import.meta.url);
const __dirname$i = dirname(__filename$i);

// src/schemas/crd.ts
var OBJECT_META = { hgRef: "meta-v1#ObjectMeta" };
var COPY = [
  "enum",
  "format",
  "pattern",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "multipleOf",
  "minProperties",
  "maxProperties",
  "required",
  "title"
];
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function convertOpenApi(node, closed = true) {
  if (!isObj(node)) return {};
  const s = node;
  const out = {};
  const preserve = s["x-kubernetes-preserve-unknown-fields"] === true;
  const embedded = s["x-kubernetes-embedded-resource"] === true;
  const nullable = s.nullable === true;
  if (s["x-kubernetes-int-or-string"] === true) out.type = nullable ? ["integer", "string", "null"] : ["integer", "string"];
  else if (typeof s.type === "string") out.type = nullable ? [s.type, "null"] : s.type;
  for (const k of COPY) if (s[k] !== void 0) out[k] = s[k];
  if (nullable && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (s.exclusiveMinimum === true && typeof s.minimum === "number") {
    out.exclusiveMinimum = s.minimum;
    delete out.minimum;
  }
  if (s.exclusiveMaximum === true && typeof s.maximum === "number") {
    out.exclusiveMaximum = s.maximum;
    delete out.maximum;
  }
  if (isObj(s.properties)) {
    const props = {};
    for (const [k, v] of Object.entries(s.properties)) props[k] = convertOpenApi(v, closed);
    out.properties = props;
    if (Array.isArray(out.required)) {
      const source = s.properties;
      const req = out.required.filter((r) => !(isObj(source[r]) && source[r].default !== void 0));
      if (req.length) out.required = req;
      else delete out.required;
    }
  }
  if (s.items !== void 0) out.items = Array.isArray(s.items) ? s.items.map((i) => convertOpenApi(i, closed)) : convertOpenApi(s.items, closed);
  if (typeof s.additionalProperties === "boolean") out.additionalProperties = s.additionalProperties;
  else if (isObj(s.additionalProperties)) out.additionalProperties = convertOpenApi(s.additionalProperties, closed);
  if (isObj(s.patternProperties)) {
    const pp = {};
    for (const [k, v] of Object.entries(s.patternProperties)) pp[k] = convertOpenApi(v, closed);
    out.patternProperties = pp;
  }
  for (const k of ["allOf", "anyOf", "oneOf"]) {
    const list = s[k];
    if (!Array.isArray(list)) continue;
    if (s["x-kubernetes-int-or-string"] === true && list.every((b) => isObj(b) && Object.keys(b).every((kk) => kk === "type"))) continue;
    out[k] = list.map((b) => convertOpenApi(b, false));
  }
  if (isObj(s.not)) out.not = convertOpenApi(s.not, false);
  if (embedded && isObj(out.properties)) {
    const props = out.properties;
    props.apiVersion ??= { type: "string" };
    props.kind ??= { type: "string" };
    props.metadata ??= { type: "object" };
  }
  if (closed && !preserve && !embedded && out.properties && out.additionalProperties === void 0 && out.patternProperties === void 0) {
    out.additionalProperties = false;
  }
  return out;
}
function resourceSchema(openAPIV3Schema) {
  if (!isObj(openAPIV3Schema)) return {};
  const root = convertOpenApi(openAPIV3Schema);
  if (isObj(root.properties)) {
    const props = root.properties;
    props.apiVersion = { type: "string" };
    props.kind = { type: "string" };
    props.metadata = { ...OBJECT_META };
  } else if (openAPIV3Schema["x-kubernetes-preserve-unknown-fields"] !== true && root.type === "object") {
    root.properties = { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { ...OBJECT_META } };
  }
  return root;
}
function crdVersions(crd) {
  if (!isObj(crd) || crd.kind !== "CustomResourceDefinition" || !isObj(crd.spec)) return [];
  const spec = crd.spec;
  const group = typeof spec.group === "string" ? spec.group : void 0;
  const kind = isObj(spec.names) && typeof spec.names.kind === "string" ? spec.names.kind : void 0;
  if (!group || !kind) return [];
  const topSchema = isObj(spec.validation) ? spec.validation.openAPIV3Schema : void 0;
  const out = [];
  if (Array.isArray(spec.versions)) {
    for (const v of spec.versions) {
      if (!isObj(v) || typeof v.name !== "string" || v.served === false) continue;
      const s = isObj(v.schema) ? v.schema.openAPIV3Schema : topSchema;
      out.push({ group, kind, version: v.name, schema: resourceSchema(s) });
    }
  } else if (typeof spec.version === "string") {
    out.push({ group, kind, version: spec.version, schema: resourceSchema(topSchema) });
  }
  return out;
}

// src/secrets.ts
var MIN = 4;
var PART = 12;
function isSecret(m) {
  return m.resource.kind === "Secret" && m.resource.apiVersion === "v1";
}
var shownBy = /* @__PURE__ */ new WeakMap();
function documentText(m) {
  let text = shownBy.get(m.object);
  if (text !== void 0) return text;
  const parts = [];
  const walk = (v) => {
    if (v === null || v === void 0) return;
    if (typeof v !== "object") parts.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else
      for (const [k, x] of Object.entries(v)) {
        parts.push(k);
        walk(x);
      }
  };
  if (isSecret(m)) {
    const { data: _d, stringData: _s, ...rest } = m.object;
    walk(rest);
  } else walk(m.object);
  text = parts.join("\0");
  shownBy.set(m.object, text);
  return text;
}
function publicText(manifests) {
  return manifests.map(documentText).join("\0");
}
function secretValues(manifests) {
  const out = /* @__PURE__ */ new Set();
  for (const m of manifests) {
    if (!isSecret(m)) continue;
    for (const field of ["data", "stringData"]) {
      const d = m.object[field];
      if (!d || typeof d !== "object") continue;
      for (const v of Object.values(d)) {
        if (typeof v !== "string") continue;
        out.add(v);
        if (field === "data") {
          const decoded = Buffer.from(v.replace(/\s+/g, ""), "base64").toString("utf8");
          if (!decoded.includes("�")) out.add(decoded.trim());
        }
      }
    }
  }
  if (!out.size) return [];
  const shown = publicText(manifests);
  return [...out].filter((v) => v.length >= MIN && !shown.includes(v));
}
function scrubSecrets(findings, values) {
  const secret = [...new Set(values)].sort((a, b) => b.length - a.length);
  if (!secret.length) return;
  const parts = /* @__PURE__ */ new Set();
  for (const v of secret)
    if (v.length >= 2 * PART) for (let i = 0; i + PART <= v.length; i++) parts.add(v.slice(i, i + PART));
  for (const f of findings) {
    let msg = f.message;
    for (const v of secret) if (msg.includes(v)) msg = msg.split(v).join("***");
    if (parts.size && msg.length >= PART) msg = hideParts(msg, parts);
    f.message = msg;
  }
}
function hideParts(msg, parts) {
  const hit = new Array(msg.length).fill(false);
  for (let i = 0; i + PART <= msg.length; i++) if (parts.has(msg.slice(i, i + PART))) hit.fill(true, i, i + PART);
  if (!hit.includes(true)) return msg;
  let out = "";
  for (let i = 0; i < msg.length; i++) {
    if (!hit[i]) out += msg[i];
    else if (i === 0 || !hit[i - 1]) out += "***";
  }
  return out;
}

const require$h = createRequire(import.meta.url);
const __filename$h = fileURLToPath(import.meta.url);
const __dirname$h = dirname(__filename$h);

// src/types.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function toPointer(path) {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function toDotted(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

const require$g = createRequire(import.meta.url);
const __filename$g = fileURLToPath(import.meta.url);
const __dirname$g = dirname(__filename$g);

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

const require$f = createRequire(import.meta.url);
const __filename$f = fileURLToPath(import.meta.url);
const __dirname$f = dirname(__filename$f);

// schemas/k8s/index.json
var k8s_default = {
  generatedBy: "scripts/import-k8s.mjs",
  releases: [
    "1.30",
    "1.31",
    "1.32",
    "1.33",
    "1.34",
    "1.35",
    "1.36"
  ],
  default: "1.36",
  modules: [
    "admissionregistration-v1",
    "admissionregistration-v1alpha1",
    "admissionregistration-v1beta1",
    "apiextensions-v1",
    "apiregistration-v1",
    "apiserverinternal-v1alpha1",
    "apps-v1",
    "authentication-v1",
    "authentication-v1alpha1",
    "authentication-v1beta1",
    "authorization-v1",
    "autoscaling-v1",
    "autoscaling-v2",
    "batch-v1",
    "certificates-v1",
    "certificates-v1alpha1",
    "certificates-v1beta1",
    "coordination-v1",
    "coordination-v1alpha1",
    "coordination-v1alpha2",
    "coordination-v1beta1",
    "core-v1",
    "discovery-v1",
    "events-v1",
    "flowcontrol-v1",
    "flowcontrol-v1beta3",
    "meta-v1",
    "networking-v1",
    "networking-v1alpha1",
    "networking-v1beta1",
    "node-v1",
    "policy-v1",
    "rbac-v1",
    "resource-v1",
    "resource-v1alpha2",
    "resource-v1alpha3",
    "resource-v1beta1",
    "resource-v1beta2",
    "scheduling-v1",
    "scheduling-v1alpha1",
    "scheduling-v1alpha2",
    "storage-v1",
    "storage-v1alpha1",
    "storage-v1beta1",
    "storagemigration-v1alpha1",
    "storagemigration-v1beta1"
  ],
  enums: {
    package: "kubernetes-models",
    version: "5.1.0"
  }
};

// schemas/crds/catalog/index.json
var catalog_default = {
  generatedBy: "scripts/gen-crd-catalog.mjs",
  sources: {
    "argo-cd": {
      repository: "https://github.com/argoproj/argo-cd",
      commit: "109ca7ca71139e514114499d294a492e7910a965",
      version: "v3.5.1"
    },
    "cert-manager": {
      repository: "https://github.com/cert-manager/cert-manager",
      commit: "24e33194fb39488eff2bbf10c6dc640f407cad44",
      version: "v1.21.1"
    },
    "external-secrets": {
      repository: "https://github.com/external-secrets/external-secrets",
      commit: "378bdb622ed9712ef4a58370f6a17af033b7d343",
      version: "v2.9.0"
    },
    "gateway-api": {
      repository: "https://github.com/kubernetes-sigs/gateway-api",
      commit: "8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3",
      version: "v1.6.1 (standard channel)"
    },
    istio: {
      repository: "https://github.com/istio/istio",
      commit: "56df41f63e513f834c9a3af33d8aed82d1d961f2",
      version: "1.30.3"
    },
    keda: {
      repository: "https://github.com/kedacore/keda",
      commit: "68a5b5028f35b22d50597c69819ab32c4e92f21a",
      version: "v2.20.2"
    },
    "prometheus-operator": {
      repository: "https://github.com/prometheus-operator/prometheus-operator",
      commit: "f8fafd475f3d132e239432ae6172de60a6cb6516",
      version: "v0.93.0"
    },
    traefik: {
      repository: "https://github.com/traefik/traefik-helm-chart",
      commit: "a8a66d0098703627b2cf352c66b1725c196a734a",
      version: "v41.3.0 (Helm chart; Traefik Proxy v3.7.11)"
    },
    "vertical-pod-autoscaler": {
      repository: "https://github.com/kubernetes/autoscaler",
      commit: "352365899477910018f40d89fa3ea30b2c5d0e78",
      version: "vertical-pod-autoscaler-1.7.1"
    }
  },
  crds: {
    "acme.cert-manager.io/v1": {
      Challenge: "acme.cert-manager.io_challenges",
      Order: "acme.cert-manager.io_orders"
    },
    "argoproj.io/v1alpha1": {
      AppProject: "argoproj.io_appprojects",
      Application: "argoproj.io_applications",
      ApplicationSet: "argoproj.io_applicationsets"
    },
    "autoscaling.k8s.io/v1": {
      VerticalPodAutoscaler: "autoscaling.k8s.io_verticalpodautoscalers",
      VerticalPodAutoscalerCheckpoint: "autoscaling.k8s.io_verticalpodautoscalercheckpoints"
    },
    "cert-manager.io/v1": {
      Certificate: "cert-manager.io_certificates",
      CertificateRequest: "cert-manager.io_certificaterequests",
      ClusterIssuer: "cert-manager.io_clusterissuers",
      Issuer: "cert-manager.io_issuers"
    },
    "eventing.keda.sh/v1alpha1": {
      CloudEventSource: "eventing.keda.sh_cloudeventsources",
      ClusterCloudEventSource: "eventing.keda.sh_clustercloudeventsources"
    },
    "extensions.istio.io/v1alpha1": {
      TrafficExtension: "extensions.istio.io_trafficextensions",
      WasmPlugin: "extensions.istio.io_wasmplugins"
    },
    "external-secrets.io/v1": {
      ClusterExternalSecret: "external-secrets.io_clusterexternalsecrets",
      ClusterSecretStore: "external-secrets.io_clustersecretstores",
      ExternalSecret: "external-secrets.io_externalsecrets",
      SecretStore: "external-secrets.io_secretstores"
    },
    "external-secrets.io/v1alpha1": {
      ClusterPushSecret: "external-secrets.io_clusterpushsecrets",
      PushSecret: "external-secrets.io_pushsecrets"
    },
    "gateway.networking.k8s.io/v1": {
      BackendTLSPolicy: "gateway.networking.k8s.io_backendtlspolicies",
      GRPCRoute: "gateway.networking.k8s.io_grpcroutes",
      Gateway: "gateway.networking.k8s.io_gateways",
      GatewayClass: "gateway.networking.k8s.io_gatewayclasses",
      HTTPRoute: "gateway.networking.k8s.io_httproutes",
      ListenerSet: "gateway.networking.k8s.io_listenersets",
      ReferenceGrant: "gateway.networking.k8s.io_referencegrants",
      TCPRoute: "gateway.networking.k8s.io_tcproutes",
      TLSRoute: "gateway.networking.k8s.io_tlsroutes",
      UDPRoute: "gateway.networking.k8s.io_udproutes"
    },
    "gateway.networking.k8s.io/v1beta1": {
      Gateway: "gateway.networking.k8s.io_gateways",
      GatewayClass: "gateway.networking.k8s.io_gatewayclasses",
      HTTPRoute: "gateway.networking.k8s.io_httproutes",
      ReferenceGrant: "gateway.networking.k8s.io_referencegrants"
    },
    "generators.external-secrets.io/v1alpha1": {
      ACRAccessToken: "generators.external-secrets.io_acraccesstokens",
      BeyondtrustWorkloadCredentialsDynamicSecret: "generators.external-secrets.io_beyondtrustworkloadcredentialsdynamicsecrets",
      CloudsmithAccessToken: "generators.external-secrets.io_cloudsmithaccesstokens",
      ClusterGenerator: "generators.external-secrets.io_clustergenerators",
      ECRAuthorizationToken: "generators.external-secrets.io_ecrauthorizationtokens",
      Fake: "generators.external-secrets.io_fakes",
      GCRAccessToken: "generators.external-secrets.io_gcraccesstokens",
      GeneratorState: "generators.external-secrets.io_generatorstates",
      GithubAccessToken: "generators.external-secrets.io_githubaccesstokens",
      GitlabDeployToken: "generators.external-secrets.io_gitlabdeploytokens",
      Grafana: "generators.external-secrets.io_grafanas",
      MFA: "generators.external-secrets.io_mfas",
      Password: "generators.external-secrets.io_passwords",
      QuayAccessToken: "generators.external-secrets.io_quayaccesstokens",
      SSHKey: "generators.external-secrets.io_sshkeys",
      STSSessionToken: "generators.external-secrets.io_stssessiontokens",
      UUID: "generators.external-secrets.io_uuids",
      VaultDynamicSecret: "generators.external-secrets.io_vaultdynamicsecrets",
      Webhook: "generators.external-secrets.io_webhooks"
    },
    "keda.sh/v1alpha1": {
      ClusterTriggerAuthentication: "keda.sh_clustertriggerauthentications",
      ScaledJob: "keda.sh_scaledjobs",
      ScaledObject: "keda.sh_scaledobjects",
      TriggerAuthentication: "keda.sh_triggerauthentications"
    },
    "monitoring.coreos.com/v1": {
      Alertmanager: "monitoring.coreos.com_alertmanagers",
      PodMonitor: "monitoring.coreos.com_podmonitors",
      Probe: "monitoring.coreos.com_probes",
      Prometheus: "monitoring.coreos.com_prometheuses",
      PrometheusRule: "monitoring.coreos.com_prometheusrules",
      ServiceMonitor: "monitoring.coreos.com_servicemonitors",
      ThanosRuler: "monitoring.coreos.com_thanosrulers"
    },
    "monitoring.coreos.com/v1alpha1": {
      AlertmanagerConfig: "monitoring.coreos.com_alertmanagerconfigs",
      PrometheusAgent: "monitoring.coreos.com_prometheusagents",
      ScrapeConfig: "monitoring.coreos.com_scrapeconfigs"
    },
    "monitoring.coreos.com/v1beta1": {
      AlertmanagerConfig: "monitoring.coreos.com_alertmanagerconfigs"
    },
    "networking.istio.io/v1": {
      DestinationRule: "networking.istio.io_destinationrules",
      Gateway: "networking.istio.io_gateways",
      ServiceEntry: "networking.istio.io_serviceentries",
      Sidecar: "networking.istio.io_sidecars",
      VirtualService: "networking.istio.io_virtualservices",
      WorkloadEntry: "networking.istio.io_workloadentries",
      WorkloadGroup: "networking.istio.io_workloadgroups"
    },
    "networking.istio.io/v1alpha3": {
      DestinationRule: "networking.istio.io_destinationrules",
      EnvoyFilter: "networking.istio.io_envoyfilters",
      Gateway: "networking.istio.io_gateways",
      ServiceEntry: "networking.istio.io_serviceentries",
      Sidecar: "networking.istio.io_sidecars",
      VirtualService: "networking.istio.io_virtualservices",
      WorkloadEntry: "networking.istio.io_workloadentries",
      WorkloadGroup: "networking.istio.io_workloadgroups"
    },
    "networking.istio.io/v1beta1": {
      DestinationRule: "networking.istio.io_destinationrules",
      Gateway: "networking.istio.io_gateways",
      ProxyConfig: "networking.istio.io_proxyconfigs",
      ServiceEntry: "networking.istio.io_serviceentries",
      Sidecar: "networking.istio.io_sidecars",
      VirtualService: "networking.istio.io_virtualservices",
      WorkloadEntry: "networking.istio.io_workloadentries",
      WorkloadGroup: "networking.istio.io_workloadgroups"
    },
    "security.istio.io/v1": {
      AuthorizationPolicy: "security.istio.io_authorizationpolicies",
      PeerAuthentication: "security.istio.io_peerauthentications",
      RequestAuthentication: "security.istio.io_requestauthentications"
    },
    "security.istio.io/v1beta1": {
      AuthorizationPolicy: "security.istio.io_authorizationpolicies",
      PeerAuthentication: "security.istio.io_peerauthentications",
      RequestAuthentication: "security.istio.io_requestauthentications"
    },
    "telemetry.istio.io/v1": {
      Telemetry: "telemetry.istio.io_telemetries"
    },
    "telemetry.istio.io/v1alpha1": {
      Telemetry: "telemetry.istio.io_telemetries"
    },
    "traefik.io/v1alpha1": {
      IngressRoute: "traefik.io_ingressroutes",
      IngressRouteTCP: "traefik.io_ingressroutetcps",
      IngressRouteUDP: "traefik.io_ingressrouteudps",
      Middleware: "traefik.io_middlewares",
      MiddlewareTCP: "traefik.io_middlewaretcps",
      ServersTransport: "traefik.io_serverstransports",
      ServersTransportTCP: "traefik.io_serverstransporttcps",
      TLSOption: "traefik.io_tlsoptions",
      TLSStore: "traefik.io_tlsstores",
      TraefikService: "traefik.io_traefikservices"
    }
  }
};

// src/data.ts
var DATA = true ? new URL("./schemas/", import.meta.url) : new URL("../dist/schemas/", import.meta.url);

// src/schemas/embedded.ts
var state = () => import('./chunk-late-late-hMSOcPb4.js').then(n => n.d).then((m) => m.schemaState());
var RELEASES$1 = k8s_default.releases;
var DEFAULT_RELEASE = k8s_default.default;
var CATALOG_CRDS = catalog_default.crds;
var releaseCache = /* @__PURE__ */ new Map();
function releaseData(minor) {
  let r = releaseCache.get(minor);
  if (!r) {
    if (!RELEASES$1.includes(minor)) throw new Error(`no embedded schema set for Kubernetes ${minor}`);
    r = JSON.parse(readFileSync(new URL(`k8s/${minor}.json`, DATA), "utf8"));
    releaseCache.set(minor, r);
  }
  return r;
}
function minorOf(version) {
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function releaseFor(kubeVersion) {
  if (!kubeVersion) return { minor: DEFAULT_RELEASE };
  const want = minorOf(kubeVersion);
  if (!want) return { minor: DEFAULT_RELEASE, note: `Kubernetes version "${kubeVersion}" is not major.minor[.patch]; using the ${DEFAULT_RELEASE} schemas` };
  const key = `${want[0]}.${want[1]}`;
  if (RELEASES$1.includes(key)) return { minor: key };
  let best = RELEASES$1[0];
  const dist = (r) => {
    const [a, b] = minorOf(r);
    return Math.abs((a - want[0]) * 1e3 + (b - want[1]));
  };
  for (const r of RELEASES$1) if (dist(r) <= dist(best)) best = r;
  return {
    minor: best,
    note: `no schema set for Kubernetes ${key} is shipped (${RELEASES$1[0]} to ${RELEASES$1[RELEASES$1.length - 1]}); validating against ${best}, the nearest`
  };
}
var sources = /* @__PURE__ */ new Map();
function validatorSource(mod, key) {
  let lines = sources.get(mod);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    for (const line2 of readFileSync(new URL(`k8s/${mod}.validators`, DATA), "utf8").split("\n")) {
      const tab = line2.indexOf("	");
      if (tab > 0) lines.set(line2.slice(0, tab), line2);
    }
    sources.set(mod, lines);
  }
  const line = lines.get(key);
  if (line === void 0) return void 0;
  const a = line.indexOf("	");
  const b = line.indexOf("	", a + 1);
  const refs = line.slice(a + 1, b);
  return { code: line.slice(b + 1), refs: refs ? refs.split(",") : [] };
}
var stateLoaded;
function loadState() {
  return stateLoaded ??= state().then(() => void 0);
}
function compileValidators(codes) {
  let makers;
  try {
    makers = new Function(`"use strict";return[(${codes.join("),(")})]`)();
  } catch (e) {
    if (e instanceof EvalError)
      throw new GuardError(
        "schemas: this Node forbids making code at run time (--disallow-code-generation-from-strings), and helm-guard makes its schema validators from their precompiled source when a run needs them; run Node without that option, or turn schema validation off (schemas: { enabled: false })"
      );
    throw e;
  }
  return makers.map((make) => make());
}
var defsCache = /* @__PURE__ */ new Map();
function loadDefinitions(mod) {
  let p = defsCache.get(mod);
  if (!p) {
    p = readFile(new URL(`k8s/defs/${mod}.json`, DATA), "utf8").then((t) => JSON.parse(t));
    defsCache.set(mod, p);
  }
  return p;
}
var precompiled;
var crdModules = /* @__PURE__ */ new Map();
async function loadCatalogValidator(file, kind, version) {
  precompiled ??= new Set(JSON.parse(readFileSync(new URL("crds/precompiled.json", DATA), "utf8")));
  if (!precompiled.has(file)) return void 0;
  let p = crdModules.get(file);
  if (!p) {
    p = state().then(() => import(new URL(`crds/${file}.js`, DATA).href));
    crdModules.set(file, p);
  }
  return (await p)[`${kind}_${version}`];
}
var crdCache = /* @__PURE__ */ new Map();
function loadCatalogCrd(file) {
  let p = crdCache.get(file);
  if (!p) {
    p = readFile(new URL(`crds/${file}.json`, DATA), "utf8").then((t) => JSON.parse(t));
    crdCache.set(file, p);
  }
  return p;
}
function withDependencies(rel, mod) {
  const out = [];
  const visit = (m) => {
    if (out.includes(m)) return;
    out.push(m);
    for (const d of rel.deps[m] ?? []) visit(d);
  };
  visit(mod);
  return out;
}

const require$e = createRequire(import.meta.url);
const __filename$e = fileURLToPath(import.meta.url);
const __dirname$e = dirname(__filename$e);

// src/helm/args.ts
function valuesFileArg(path) {
  return /[",\r\n]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}
function escapeSetValue(v) {
  if (v === null) return "null";
  return String(v).replace(/\\/g, "\\\\").replace(/,/g, "\\,");
}
function valuesArgs(combo, inline) {
  const args = [];
  for (const f of [...combo.valuesFiles, ...inline?.get(combo) ?? []]) args.push("--values", valuesFileArg(f));
  for (const [k, v] of Object.entries(combo.set)) args.push("--set", `${k}=${escapeSetValue(v)}`);
  for (const [k, v] of Object.entries(combo.setString)) args.push("--set-string", `${k}=${escapeSetValue(v)}`);
  return args;
}
function kubeVersionOf(combo) {
  return combo.kubeVersion ?? `${DEFAULT_RELEASE}.0`;
}
function capabilities(combo, extra = []) {
  const served = releaseData(releaseFor(combo.kubeVersion).minor).served;
  return [.../* @__PURE__ */ new Set([...served, ...extra, ...combo.apiVersions])];
}
function templateArgs(config, combo, inline, extraApiVersions = []) {
  const args = [
    "template",
    combo.releaseName,
    config.chartDir,
    "--namespace",
    combo.namespace,
    ...valuesArgs(combo, inline)
  ];
  args.push("--kube-version", kubeVersionOf(combo));
  for (const a of capabilities(combo, extraApiVersions)) args.push("--api-versions", a);
  if (config.includeCrds) args.push("--include-crds");
  args.push("--debug");
  return args;
}
function lintArgs(config, combo, inline) {
  const args = ["lint", config.chartDir, "--namespace", combo.namespace, ...valuesArgs(combo, inline)];
  args.push("--kube-version", kubeVersionOf(combo));
  if (config.lint.strict) args.push("--strict");
  return args;
}

const require$d = createRequire(import.meta.url);
const __filename$d = fileURLToPath(import.meta.url);
const __dirname$d = dirname(__filename$d);

// src/rules/meta.generated.ts
var RULE_META = [
  {
    "id": "hook/missing-dependency",
    "severity": "error",
    "description": "A pre-install/pre-upgrade hook uses a ServiceAccount, Secret, ConfigMap or PVC of the same release that is not created before it (not a hook, or a hook of a later weight)."
  },
  {
    "id": "hook/delete-policy",
    "severity": "warning",
    "description": "helm.sh/hook-delete-policy values are ones Helm knows, and a hook resource deleted on success (hook-succeeded) is not used by a later hook or by the release workloads."
  },
  {
    "id": "workload/selector-mismatch",
    "severity": "error",
    "description": "A Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job (manualSelector) selector does not match its pod template's labels."
  },
  {
    "id": "workload/service-selector",
    "severity": "warning",
    "description": "A Service's selector matches no pod template rendered in the same combo (the Service would have no endpoints)."
  },
  {
    "id": "workload/statefulset-service",
    "severity": "warning",
    "description": "A StatefulSet's spec.serviceName names no Service rendered in the same combo."
  },
  {
    "id": "workload/job-restart-policy",
    "severity": "error",
    "description": "A Job or CronJob pod template has a restartPolicy other than Never or OnFailure (the default, Always, is rejected)."
  },
  {
    "id": "workload/duplicate-container",
    "severity": "error",
    "description": "Two containers of one pod (containers, initContainers, ephemeralContainers) share a name."
  },
  {
    "id": "workload/port-name",
    "severity": "error",
    "description": "A container port name or Service targetPort name is not a valid IANA service name, or a Service port name is not a DNS-1123 label."
  },
  {
    "id": "workload/duplicate-port",
    "severity": "error",
    "description": "A container port name is used twice in one container (error) or by two containers of one pod (warning)."
  },
  {
    "id": "workload/duplicate-env",
    "severity": "warning",
    "description": "A container sets the same environment variable twice in env (the last one silently wins)."
  },
  {
    "id": "workload/probe-port",
    "severity": "error",
    "description": "A liveness, readiness or startup probe names a port that is not one of its container's port names."
  },
  {
    "id": "name/invalid",
    "severity": "error",
    "description": "metadata.name (or metadata.namespace) is not valid for its kind: DNS-1123 subdomain/label, DNS-1035 label for Services, length limits of Job (63), CronJob (52) and StatefulSet (52, warning)."
  },
  {
    "id": "label/invalid",
    "severity": "error",
    "description": "A label key or value (metadata, pod template, selectors) is not valid Kubernetes label syntax."
  },
  {
    "id": "annotation/invalid",
    "severity": "error",
    "description": "An annotation key is not a valid qualified name, or the annotations of one object exceed 256 KiB."
  },
  {
    "id": "resource/duplicate",
    "severity": "error",
    "description": "Two rendered resources have the same API group, kind, namespace and name."
  },
  {
    "id": "cronjob/schedule",
    "severity": "error",
    "description": "A CronJob schedule is not a five-field cron expression or descriptor Kubernetes accepts (seconds fields, Quartz syntax, TZ= prefixes, out-of-range values)."
  },
  {
    "id": "cronjob/timezone",
    "severity": "error",
    "description": "A CronJob spec.timeZone is not an IANA time zone name."
  },
  {
    "id": "prometheus/expr",
    "severity": "error",
    "description": "A PrometheusRule expr is missing or does not parse as PromQL."
  },
  {
    "id": "prometheus/duration",
    "severity": "error",
    "description": "A PrometheusRule for, keep_firing_for, interval or query_offset is not a Prometheus duration."
  },
  {
    "id": "prometheus/rule-name",
    "severity": "error",
    "description": "A PrometheusRule group or rule is malformed: empty/repeated group name, not exactly one of alert/record, invalid record name, recording-rule-only fields, invalid label or annotation names."
  },
  {
    "id": "prometheus/unknown-metric",
    "severity": "error",
    "description": "A PrometheusRule expr selects a metric that is not in the allowlist given by the `metrics` option (a typo, or a renamed metric)."
  },
  {
    "id": "resources/quantity",
    "severity": "error",
    "description": "A container resources request or limit is not a valid Kubernetes quantity (e.g. 500m, 256Mi, 1.5), or is negative."
  },
  {
    "id": "resources/requests-exceed-limits",
    "severity": "error",
    "description": "A resource request is greater than the limit of the same resource (compared numerically, e.g. 512Mi vs 0.5Gi)."
  },
  {
    "id": "reference/missing",
    "severity": "warning",
    "description": "A pod uses a ConfigMap, Secret, ServiceAccount or PersistentVolumeClaim (volumes, env, envFrom, imagePullSecrets, serviceAccountName) that is neither rendered nor declared external."
  },
  {
    "id": "reference/config-key",
    "severity": "error",
    "description": "A pod reads a key (env configMapKeyRef/secretKeyRef, configMap/secret/projected volume items) that the ConfigMap or Secret rendered in the same combo (or the cert-manager Certificate, SealedSecret or ExternalSecret that writes it) does not have: the container fails with CreateContainerConfigError or the volume never mounts (kubelet). Optional references, external objects and Secrets filled in at run time (service-account tokens, empty Secrets) are skipped."
  },
  {
    "id": "reference/target-port",
    "severity": "warning",
    "description": "A Service targetPort names a port that no container (of the matching protocol) of the pods it selects declares: the endpoints controller finds no port, so the Service has no endpoints on that port (FindPort). Numeric targetPorts and headless Services are not checked."
  },
  {
    "id": "reference/ingress-backend",
    "severity": "warning",
    "description": "An Ingress backend (service.name/port, or the legacy serviceName/servicePort) names a Service that is neither rendered in the same combo nor listed in the rule's `services` option, or a port (name or number) the rendered Service does not have: the controller answers 503 for that path."
  },
  {
    "id": "reference/monitor-target",
    "severity": "warning",
    "description": "A prometheus-operator ServiceMonitor or PodMonitor that looks only in its own namespace selects no Service or pod template rendered in the same combo, or scrapes a port name (endpoints[].port, targetPort, podMetricsEndpoints[].port) that the selected Services or containers do not declare: Prometheus scrapes nothing (prometheus-operator keeps targets by selector and port name)."
  },
  {
    "id": "reference/selects-nothing",
    "severity": "warning",
    "description": "A PodDisruptionBudget selector or NetworkPolicy podSelector matches no pod template rendered in the same combo: the budget protects nothing, the policy applies to nothing. Empty selectors are never reported, nor are renders that may create pods at run time (an operator custom resource, RBAC that lets a controller create pods)."
  },
  {
    "id": "reference/scale-target",
    "severity": "warning",
    "description": "A HorizontalPodAutoscaler scaleTargetRef names a Deployment, StatefulSet, ReplicaSet or ReplicationController that is not rendered in the same combo, or gives an apiVersion whose group does not serve that kind: the autoscaler never scales (FailedGetScale). Targets of other kinds (an Argo Rollout) are not checked."
  },
  {
    "id": "label/version-in-selector",
    "severity": "error",
    "description": "A workload (error), Service or PodDisruptionBudget (warning) selector holds a label whose value changes with the chart or app version (helm.sh/chart, app.kubernetes.io/version, a value containing the Chart.yaml version or appVersion): the next `helm upgrade` fails on the immutable workload selector, or traffic and disruption protection lapse during the rollout."
  },
  {
    "id": "api/volume",
    "severity": "error",
    "description": 'A pod volume the API server rejects: a name that is not a unique DNS-1123 label, two volume types in one volume, a secret/configMap volume without its name, item or downwardAPI paths that are absolute or contain "..", file modes above 0777, projected sources with two types or duplicate paths, short serviceAccountToken expirations, a relative nfs path, an ephemeral volume without a valid claim template; overlapping item paths warn (ValidateVolumes, validateVolumeSource, validateKeyToPath, validateProjectionSources, validateDownwardAPIVolumeFile).'
  },
  {
    "id": "api/volume-mount",
    "severity": "error",
    "description": `A volumeMount or volumeDevice the API server rejects: it names a volume the pod does not have (a StatefulSet's volumeClaimTemplates count), repeats a mountPath or devicePath in one container, has an absolute or ".." subPath, sets subPath and subPathExpr, uses Bidirectional propagation unprivileged, recursiveReadOnly without readOnly, or a device on a volume that is not a claim (ValidateVolumeMounts, ValidateVolumeDevices).`
  },
  {
    "id": "api/container",
    "severity": "error",
    "description": "A container the API server rejects: a name that is not a DNS-1123 label, no image (or one with surrounding spaces), a port outside 1-65535, a host port bound twice, hostPort unlike containerPort under hostNetwork, probes or lifecycle on a plain init container, an unknown resource name, an extended resource or hugepages request without an equal limit; duplicate container ports and fractional bytes warn (validateContainerCommon, validateInitContainers, validateContainerPorts, checkHostPortConflicts, validateResourceRequirements)."
  },
  {
    "id": "api/probe",
    "severity": "error",
    "description": "A probe or lifecycle hook the API server rejects: no handler or more than one (exec, httpGet, tcpSocket, grpc, sleep), exec without command, a port outside 1-65535, an invalid HTTP header name, negative timings, successThreshold other than 1 on a liveness or startup probe, terminationGracePeriodSeconds on a readiness probe, a sleep longer than the grace period (validateProbe, validateHandler, validateLifecycle, validateSleepAction)."
  },
  {
    "id": "api/env",
    "severity": "error",
    "description": 'An env or envFrom entry the API server rejects: an empty name or one with "=" or non-printable characters, valueFrom with no source, two sources, or beside a non-empty value, an unsupported fieldRef.fieldPath or resourceFieldRef.resource or divisor, a configMapKeyRef/secretKeyRef without a valid name or key, envFrom with no or two sources; names Kubernetes 1.31 and older reject warn (ValidateEnv, validateEnvVarValueFrom, validateObjectFieldSelector, ValidateEnvFrom).'
  },
  {
    "id": "api/security-context",
    "severity": "error",
    "description": "A pod or container securityContext the API server rejects: user or group IDs outside 0-2147483647, allowPrivilegeEscalation false with privileged or CAP_SYS_ADMIN, procMount Unmasked with host users, shareProcessNamespace with hostPID, invalid or duplicate sysctls, net/IPC sysctls on the host namespaces, seccomp/AppArmor Localhost without a profile (or a profile without Localhost), hostUsers false with host namespaces, options the pod's os.name forbids (validatePodSpecSecurityContext, ValidateSecurityContext, validateSysctls, validateHostUsers, validateWindows)."
  },
  {
    "id": "api/pod-spec",
    "severity": "error",
    "description": "A pod spec field the API server rejects: dnsPolicy None without dnsConfig nameservers, more than 3 nameservers or 32 searches, invalid IPs or host names in dnsConfig/hostAliases, hostname, subdomain, serviceAccountName, nodeName, priorityClassName or runtimeClassName of the wrong syntax, activeDeadlineSeconds below 1, invalid nodeSelector labels, readiness or scheduling gates, resource claims, ephemeral containers in a template; empty or duplicate imagePullSecrets and negative terminationGracePeriodSeconds warn (ValidatePodSpec, validatePodDNSConfig, ValidateHostAliases, validatePodResourceClaims)."
  },
  {
    "id": "api/scheduling",
    "severity": "error",
    "description": "Tolerations, affinity or topology spread constraints the API server rejects: an empty toleration key without operator Exists, tolerationSeconds without effect NoExecute, a value with Exists, no node selector terms, In/NotIn without values, Gt/Lt without exactly one, weights outside 1-100, a pod affinity term without topologyKey, maxSkew below 1, minDomains without DoNotSchedule, repeated {topologyKey, whenUnsatisfiable}; null label selectors warn (ValidateTolerations, validateAffinity, validateTopologySpreadConstraints)."
  },
  {
    "id": "api/service",
    "severity": "error",
    "description": "A Service the API server rejects: no ports (unless headless or ExternalName), several ports not all named, a repeated port name or port/protocol or nodePort, a port outside 1-65535, nodePort on a ClusterIP Service, clusterIP None on NodePort/LoadBalancer, ExternalName with a cluster IP or no valid externalName, loadBalancerSourceRanges/loadBalancerClass/allocateLoadBalancerNodePorts off LoadBalancer, externalTrafficPolicy on a Service not reachable from outside, sessionAffinityConfig with affinity None, invalid IPs or CIDRs; fields a headless or ExternalName Service ignores warn (ValidateService, validateServicePort, ValidateServiceClusterIPsRelatedFields, validateServiceExternalTrafficPolicy)."
  },
  {
    "id": "api/config-data",
    "severity": "error",
    "description": 'A ConfigMap or Secret the API server rejects: a key that is not a config key (letters, digits, "-", "_", "."), a key in both data and binaryData, more than 1 MiB of data, or a built-in Secret type without its keys (tls.crt and tls.key, .dockerconfigjson holding JSON, username or password, ssh-privatekey, the service-account.name annotation) (ValidateConfigMap, ValidateSecret).'
  },
  {
    "id": "api/persistent-volume-claim",
    "severity": "error",
    "description": "A PersistentVolumeClaim (or StatefulSet volumeClaimTemplate) the API server rejects: no access mode, ReadWriteOncePod mixed with others, no or non-positive storage request, an invalid storageClassName, a dataSource/dataSourceRef of the wrong shape or disagreeing (ValidatePersistentVolumeClaimSpec)."
  },
  {
    "id": "api/workload-spec",
    "severity": "error",
    "description": "A Deployment, ReplicaSet, DaemonSet, StatefulSet or ReplicationController spec the API server rejects: negative replicas or minReadySeconds, progressDeadlineSeconds not above minReadySeconds (default 600), rollingUpdate with strategy Recreate or updateStrategy OnDelete, maxUnavailable/maxSurge that are not a count or a percentage, both 0, above 100%, or both non-zero on a DaemonSet, a pod restartPolicy other than Always, activeDeadlineSeconds (ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment, ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet, ValidateStatefulSetSpec)."
  },
  {
    "id": "api/job-spec",
    "severity": "error",
    "description": "A Job or CronJob spec the API server rejects: negative counts or durations, an Indexed Job without completions (or whose last pod hostname is not a DNS label), backoffLimitPerIndex, maxFailedIndexes or successPolicy without Indexed mode, a podFailurePolicy with restartPolicy OnFailure, a rule without action, with both or neither of onExitCodes and onPodConditions, an unknown container, or unordered exit codes, a CronJob jobTemplate with a selector (validateJobSpec, validatePodFailurePolicy, validateSuccessPolicy, validateCronJobSpec, ValidateJobTemplateSpec)."
  },
  {
    "id": "api/ingress",
    "severity": "error",
    "description": "An Ingress the API server rejects: neither rules nor defaultBackend, a host that is an IP or not a DNS name, a rule with http but no paths, a Prefix or Exact path that is not absolute or contains //, /./, /../, %2f or ends in /. or /.., a backend with both or neither of service and resource, a service backend with both or neither of port name and number, an invalid service or TLS secret name, an ingress.class annotation that disagrees with ingressClassName (ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath, validateIngressBackend, validateIngressTLS, ValidateIngressCreate)."
  },
  {
    "id": "api/network-policy",
    "severity": "error",
    "description": "A NetworkPolicy the API server rejects: a port outside 1-65535, endPort below port or with a named or missing port, a peer with none of podSelector, namespaceSelector and ipBlock, or ipBlock beside another, an invalid CIDR or an except that is not a strict subset of it, malformed label selectors, more than two policyTypes (ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock)."
  },
  {
    "id": "api/pod-disruption-budget",
    "severity": "error",
    "description": "A PodDisruptionBudget the API server rejects: minAvailable and maxUnavailable both set, either one negative, above 100%, or a string that is not a percentage (a quoted number), or a malformed selector expression (ValidatePodDisruptionBudgetSpec)."
  },
  {
    "id": "api/horizontal-pod-autoscaler",
    "severity": "error",
    "description": "A HorizontalPodAutoscaler the API server rejects: minReplicas below 1, maxReplicas below 1 or below minReplicas, an empty or invalid scaleTargetRef, a metric whose source does not match its type, a resource metric without (or with both) averageUtilization and averageValue, non-positive targets, scaling policies with a value or period out of range, a stabilization window outside 0-3600 (validateHorizontalPodAutoscalerSpec, validateMetricSpec, validateMetricTarget, validateScalingRules)."
  },
  {
    "id": "api/rbac",
    "severity": "error",
    "description": "A Role, ClusterRole, RoleBinding or ClusterRoleBinding the API server rejects: a rule without verbs, a resource rule without apiGroups or resources, nonResourceURLs in a Role or beside resources, an aggregationRule without selectors, a roleRef to another API group or a Role from a ClusterRoleBinding, a subject of an unknown kind or wrong apiGroup, a ServiceAccount subject of a ClusterRoleBinding without namespace (ValidatePolicyRule, ValidateClusterRole, ValidateRoleBinding, ValidateClusterRoleBinding, ValidateRoleBindingSubject)."
  }
];
var UPGRADE_RULE_META = [
  {
    "id": "upgrade/immutable-field",
    "severity": "error",
    "description": "A change `helm upgrade` cannot apply because the API server refuses to update that field (StatefulSet spec outside its mutable fields, workload selectors, Job templates, PVC specs, Service cluster IPs, immutable ConfigMaps/Secrets, RoleBinding roleRef, StorageClass parameters, …)."
  },
  {
    "id": "upgrade/kind-changed",
    "severity": "warning",
    "description": "An object keeps its name but changes kind (or API group): Helm deletes the old object and creates a new one (pods restart, a Service gets a new cluster IP, …)."
  },
  {
    "id": "upgrade/statefulset-removed",
    "severity": "warning",
    "description": "A StatefulSet with volume claim templates is removed or renamed: its PersistentVolumeClaims are orphaned and a renamed StatefulSet starts with empty volumes."
  },
  {
    "id": "upgrade/pvc-removed",
    "severity": "warning",
    "description": "A PersistentVolumeClaim is removed without `helm.sh/resource-policy: keep`: Helm deletes it, and usually its volume and data with it."
  },
  {
    "id": "upgrade/rollout",
    "severity": "notice",
    "description": "A Deployment, StatefulSet, DaemonSet or ReplicaSet whose pod template changes: the upgrade replaces its pods (what changed is named)."
  },
  {
    "id": "upgrade/config-not-rolled",
    "severity": "notice",
    "description": "A ConfigMap or Secret changes but a workload that uses it (volumes, env, envFrom) keeps the same pod template: its running pods keep the old configuration."
  },
  {
    "id": "upgrade/ondelete",
    "severity": "notice",
    "description": "A StatefulSet or DaemonSet with updateStrategy OnDelete whose pod template changes: nothing rolls until its pods are deleted by hand."
  }
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
    id: "render/output-too-large",
    severity: "error",
    description: "helm wrote more output than the cap (256 MiB) and was stopped: a render that multiplies without end"
  },
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
  { id: "config/invalid", severity: "error", description: "an assertion path in the config cannot be parsed" },
  {
    id: "values/unknown-key",
    severity: "error",
    description: "a key a combo sets (set, setString, values, valuesFiles, or a ci/*-values.yaml file) that no template reads and neither values.yaml nor values.schema.json declares: helm ignores it, so the combo does not test what it says (with the nearest known key)"
  },
  {
    id: "values/undefined",
    severity: "warning",
    description: "a template reads a value that no values file, schema or combo defines, while a near name is defined (.Values.server.prot beside server.port): it is always empty"
  },
  {
    id: "values/unused",
    severity: "notice",
    description: "a key of values.yaml that no template reads (off unless --unused-values, or the rule is given a severity in the config)"
  },
  {
    id: "matrix/duplicate-combo",
    severity: "warning",
    description: "a combo that sets every key another combo sets, and more, yet renders the same resources (same Kubernetes and API versions): the values it adds change nothing"
  },
  {
    id: "coverage/branches",
    severity: "error",
    description: "with coverage on: fewer template branches covered by the combos than `coverage.branches` asks"
  },
  {
    id: "coverage/lines",
    severity: "error",
    description: "with coverage on: fewer template lines covered by the combos than `coverage.lines` asks"
  },
  {
    id: "coverage/files",
    severity: "error",
    description: "with coverage on: fewer template files rendered by some combo than `coverage.files` asks"
  },
  {
    id: "coverage/uncovered-file",
    severity: "warning",
    description: "with coverage on: a template file that no combo renders"
  },
  {
    id: "coverage/not-measurable",
    severity: "notice",
    description: "with coverage on: a template, define or call whose coverage cannot be measured exactly, and why (not counted)"
  }
];
var ALL_RULES = [
  ...ENGINE_RULES,
  // the render compared with the base commit's (--base)
  ...UPGRADE_RULE_META,
  ...RULE_META
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

const require$c = createRequire(import.meta.url);
const __filename$c = fileURLToPath(import.meta.url);
const __dirname$c = dirname(__filename$c);

// src/plan.ts
var itemKey = (i) => `${i.chart}\0${i.combo}`;
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return void 0;
  const index = Number(m[1]);
  const total = Number(m[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : void 0;
}
function timingsFromReport(report) {
  const out = /* @__PURE__ */ new Map();
  const combos = report?.combos;
  if (!Array.isArray(combos)) return out;
  for (const c of combos) {
    if (!c || typeof c !== "object") continue;
    const { chart, name, durationMs } = c;
    if (typeof chart === "string" && typeof name === "string" && typeof durationMs === "number" && durationMs >= 0)
      out.set(itemKey({ chart, combo: name }), durationMs);
  }
  return out;
}
function weights(items, timings) {
  const known = items.map((i) => timings.get(itemKey(i))).filter((t) => t !== void 0);
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  return items.map((i) => timings.get(itemKey(i)) ?? fallback);
}
function assignShards(items, total, timings = /* @__PURE__ */ new Map()) {
  const weight = weights(items, timings);
  const order = items.map((_, k) => k).sort((a, b) => weight[b] - weight[a] || a - b);
  const load = new Array(total).fill(0);
  const shardOf = new Array(items.length).fill(0);
  for (const k of order) {
    let best = 0;
    for (let s = 1; s < total; s++) if (load[s] < load[best]) best = s;
    load[best] += weight[k];
    shardOf[k] = best + 1;
  }
  return shardOf;
}
function planShards(items, total, timings = /* @__PURE__ */ new Map()) {
  const shardOf = assignShards(items, total, timings);
  const weight = weights(items, timings);
  const plans = Array.from({ length: total }, (_, s) => ({ index: s + 1, total, items: [], weight: 0 }));
  items.forEach((item, k) => {
    const p = plans[shardOf[k] - 1];
    p.items.push(item);
    p.weight += weight[k];
  });
  for (const p of plans) p.weight = Math.round(p.weight);
  return plans;
}

const require$b = createRequire(import.meta.url);
const __filename$b = fileURLToPath(import.meta.url);
const __dirname$b = dirname(__filename$b);

// node_modules/js-yaml/dist/js-yaml.mjs
function isNothing(subject) {
  return typeof subject === "undefined" || subject === null;
}
function isObject(subject) {
  return typeof subject === "object" && subject !== null;
}
function toArray(sequence) {
  if (Array.isArray(sequence)) return sequence;
  else if (isNothing(sequence)) return [];
  return [sequence];
}
function extend(target, source) {
  var index, length, key, sourceKeys;
  if (source) {
    sourceKeys = Object.keys(source);
    for (index = 0, length = sourceKeys.length; index < length; index += 1) {
      key = sourceKeys[index];
      target[key] = source[key];
    }
  }
  return target;
}
function repeat(string, count) {
  var result = "", cycle;
  for (cycle = 0; cycle < count; cycle += 1) {
    result += string;
  }
  return result;
}
function isNegativeZero(number) {
  return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
}
var isNothing_1 = isNothing;
var isObject_1 = isObject;
var toArray_1 = toArray;
var repeat_1 = repeat;
var isNegativeZero_1 = isNegativeZero;
var extend_1 = extend;
var common = {
  isNothing: isNothing_1,
  isObject: isObject_1,
  toArray: toArray_1,
  repeat: repeat_1,
  isNegativeZero: isNegativeZero_1,
  extend: extend_1
};
function formatError(exception2, compact) {
  var where = "", message = exception2.reason || "(unknown reason)";
  if (!exception2.mark) return message;
  if (exception2.mark.name) {
    where += 'in "' + exception2.mark.name + '" ';
  }
  where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
  if (!compact && exception2.mark.snippet) {
    where += "\n\n" + exception2.mark.snippet;
  }
  return message + " " + where;
}
function YAMLException$1(reason, mark) {
  Error.call(this);
  this.name = "YAMLException";
  this.reason = reason;
  this.mark = mark;
  this.message = formatError(this, false);
  if (Error.captureStackTrace) {
    Error.captureStackTrace(this, this.constructor);
  } else {
    this.stack = new Error().stack || "";
  }
}
YAMLException$1.prototype = Object.create(Error.prototype);
YAMLException$1.prototype.constructor = YAMLException$1;
YAMLException$1.prototype.toString = function toString(compact) {
  return this.name + ": " + formatError(this, compact);
};
var exception = YAMLException$1;
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  var head = "";
  var tail = "";
  var maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
    pos: position - lineStart + head.length
    // relative position
  };
}
function padStart(string, max) {
  return common.repeat(" ", max - string.length) + string;
}
function makeSnippet(mark, options) {
  options = Object.create(options || null);
  if (!mark.buffer) return null;
  if (!options.maxLength) options.maxLength = 79;
  if (typeof options.indent !== "number") options.indent = 1;
  if (typeof options.linesBefore !== "number") options.linesBefore = 3;
  if (typeof options.linesAfter !== "number") options.linesAfter = 2;
  var re = /\r?\n|\r|\0/g;
  var lineStarts = [0];
  var lineEnds = [];
  var match;
  var foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) {
      foundLineNo = lineStarts.length - 2;
    }
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  var result = "", i2, line;
  var lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
  var maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
  for (i2 = 1; i2 <= options.linesBefore; i2++) {
    if (foundLineNo - i2 < 0) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo - i2],
      lineEnds[foundLineNo - i2],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i2]),
      maxLineLength
    );
    result = common.repeat(" ", options.indent) + padStart((mark.line - i2 + 1).toString(), lineNoLength) + " | " + line.str + "\n" + result;
  }
  line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
  for (i2 = 1; i2 <= options.linesAfter; i2++) {
    if (foundLineNo + i2 >= lineEnds.length) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo + i2],
      lineEnds[foundLineNo + i2],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i2]),
      maxLineLength
    );
    result += common.repeat(" ", options.indent) + padStart((mark.line + i2 + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  }
  return result.replace(/\n$/, "");
}
var snippet = makeSnippet;
var TYPE_CONSTRUCTOR_OPTIONS = [
  "kind",
  "multi",
  "resolve",
  "construct",
  "instanceOf",
  "predicate",
  "represent",
  "representName",
  "defaultStyle",
  "styleAliases"
];
var YAML_NODE_KINDS = [
  "scalar",
  "sequence",
  "mapping"
];
function compileStyleAliases(map2) {
  var result = {};
  if (map2 !== null) {
    Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    });
  }
  return result;
}
function Type$1(tag, options) {
  options = options || {};
  Object.keys(options).forEach(function(name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new exception('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }
  });
  this.options = options;
  this.tag = tag;
  this.kind = options["kind"] || null;
  this.resolve = options["resolve"] || function() {
    return true;
  };
  this.construct = options["construct"] || function(data) {
    return data;
  };
  this.instanceOf = options["instanceOf"] || null;
  this.predicate = options["predicate"] || null;
  this.represent = options["represent"] || null;
  this.representName = options["representName"] || null;
  this.defaultStyle = options["defaultStyle"] || null;
  this.multi = options["multi"] || false;
  this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new exception('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
}
var type = Type$1;
function compileList(schema2, name) {
  var result = [];
  schema2[name].forEach(function(currentType) {
    var newIndex = result.length;
    result.forEach(function(previousType, previousIndex) {
      if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
        newIndex = previousIndex;
      }
    });
    result[newIndex] = currentType;
  });
  return result;
}
function compileMap() {
  var result = {
    scalar: {},
    sequence: {},
    mapping: {},
    fallback: {},
    multi: {
      scalar: [],
      sequence: [],
      mapping: [],
      fallback: []
    }
  }, index, length;
  function collectType(type2) {
    if (type2.multi) {
      result.multi[type2.kind].push(type2);
      result.multi["fallback"].push(type2);
    } else {
      result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
    }
  }
  for (index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType);
  }
  return result;
}
function Schema$1(definition) {
  return this.extend(definition);
}
Schema$1.prototype.extend = function extend2(definition) {
  var implicit = [];
  var explicit = [];
  if (definition instanceof type) {
    explicit.push(definition);
  } else if (Array.isArray(definition)) {
    explicit = explicit.concat(definition);
  } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
    if (definition.implicit) implicit = implicit.concat(definition.implicit);
    if (definition.explicit) explicit = explicit.concat(definition.explicit);
  } else {
    throw new exception("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
  }
  implicit.forEach(function(type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
    if (type$1.loadKind && type$1.loadKind !== "scalar") {
      throw new exception("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
    }
    if (type$1.multi) {
      throw new exception("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }
  });
  explicit.forEach(function(type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
  });
  var result = Object.create(Schema$1.prototype);
  result.implicit = (this.implicit || []).concat(implicit);
  result.explicit = (this.explicit || []).concat(explicit);
  result.compiledImplicit = compileList(result, "implicit");
  result.compiledExplicit = compileList(result, "explicit");
  result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
  return result;
};
var schema = Schema$1;
var str = new type("tag:yaml.org,2002:str", {
  kind: "scalar",
  construct: function(data) {
    return data !== null ? data : "";
  }
});
var seq = new type("tag:yaml.org,2002:seq", {
  kind: "sequence",
  construct: function(data) {
    return data !== null ? data : [];
  }
});
var map = new type("tag:yaml.org,2002:map", {
  kind: "mapping",
  construct: function(data) {
    return data !== null ? data : {};
  }
});
var failsafe = new schema({
  explicit: [
    str,
    seq,
    map
  ]
});
function resolveYamlNull(data) {
  if (data === null) return true;
  var max = data.length;
  return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
}
function constructYamlNull() {
  return null;
}
function isNull(object) {
  return object === null;
}
var _null = new type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: resolveYamlNull,
  construct: constructYamlNull,
  predicate: isNull,
  represent: {
    canonical: function() {
      return "~";
    },
    lowercase: function() {
      return "null";
    },
    uppercase: function() {
      return "NULL";
    },
    camelcase: function() {
      return "Null";
    },
    empty: function() {
      return "";
    }
  },
  defaultStyle: "lowercase"
});
function resolveYamlBoolean(data) {
  if (data === null) return false;
  var max = data.length;
  return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
}
function constructYamlBoolean(data) {
  return data === "true" || data === "True" || data === "TRUE";
}
function isBoolean(object) {
  return Object.prototype.toString.call(object) === "[object Boolean]";
}
var bool = new type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: resolveYamlBoolean,
  construct: constructYamlBoolean,
  predicate: isBoolean,
  represent: {
    lowercase: function(object) {
      return object ? "true" : "false";
    },
    uppercase: function(object) {
      return object ? "TRUE" : "FALSE";
    },
    camelcase: function(object) {
      return object ? "True" : "False";
    }
  },
  defaultStyle: "lowercase"
});
function isHexCode(c) {
  return 48 <= c && c <= 57 || 65 <= c && c <= 70 || 97 <= c && c <= 102;
}
function isOctCode(c) {
  return 48 <= c && c <= 55;
}
function isDecCode(c) {
  return 48 <= c && c <= 57;
}
function resolveYamlInteger(data) {
  if (data === null) return false;
  var max = data.length, index = 0, hasDigits = false, ch;
  if (!max) return false;
  ch = data[index];
  if (ch === "-" || ch === "+") {
    ch = data[++index];
  }
  if (ch === "0") {
    if (index + 1 === max) return true;
    ch = data[++index];
    if (ch === "b") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (ch !== "0" && ch !== "1") return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "x") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isHexCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "o") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isOctCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
  }
  if (ch === "_") return false;
  for (; index < max; index++) {
    ch = data[index];
    if (ch === "_") continue;
    if (!isDecCode(data.charCodeAt(index))) {
      return false;
    }
    hasDigits = true;
  }
  if (!hasDigits || ch === "_") return false;
  return true;
}
function constructYamlInteger(data) {
  var value = data, sign = 1, ch;
  if (value.indexOf("_") !== -1) {
    value = value.replace(/_/g, "");
  }
  ch = value[0];
  if (ch === "-" || ch === "+") {
    if (ch === "-") sign = -1;
    value = value.slice(1);
    ch = value[0];
  }
  if (value === "0") return 0;
  if (ch === "0") {
    if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
    if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
    if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
  }
  return sign * parseInt(value, 10);
}
function isInteger(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
}
var int = new type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: resolveYamlInteger,
  construct: constructYamlInteger,
  predicate: isInteger,
  represent: {
    binary: function(obj) {
      return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
    },
    octal: function(obj) {
      return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
    },
    decimal: function(obj) {
      return obj.toString(10);
    },
    /* eslint-disable max-len */
    hexadecimal: function(obj) {
      return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
    }
  },
  defaultStyle: "decimal",
  styleAliases: {
    binary: [2, "bin"],
    octal: [8, "oct"],
    decimal: [10, "dec"],
    hexadecimal: [16, "hex"]
  }
});
var YAML_FLOAT_PATTERN = new RegExp(
  // 2.5e4, 2.5 and integers
  "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
);
function resolveYamlFloat(data) {
  if (data === null) return false;
  if (!YAML_FLOAT_PATTERN.test(data) || // Quick hack to not allow integers end with `_`
  // Probably should update regexp & check speed
  data[data.length - 1] === "_") {
    return false;
  }
  return true;
}
function constructYamlFloat(data) {
  var value, sign;
  value = data.replace(/_/g, "").toLowerCase();
  sign = value[0] === "-" ? -1 : 1;
  if ("+-".indexOf(value[0]) >= 0) {
    value = value.slice(1);
  }
  if (value === ".inf") {
    return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  } else if (value === ".nan") {
    return NaN;
  }
  return sign * parseFloat(value, 10);
}
var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
function representYamlFloat(object, style) {
  var res;
  if (isNaN(object)) {
    switch (style) {
      case "lowercase":
        return ".nan";
      case "uppercase":
        return ".NAN";
      case "camelcase":
        return ".NaN";
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return ".inf";
      case "uppercase":
        return ".INF";
      case "camelcase":
        return ".Inf";
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return "-.inf";
      case "uppercase":
        return "-.INF";
      case "camelcase":
        return "-.Inf";
    }
  } else if (common.isNegativeZero(object)) {
    return "-0.0";
  }
  res = object.toString(10);
  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
}
function isFloat(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
}
var float = new type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: resolveYamlFloat,
  construct: constructYamlFloat,
  predicate: isFloat,
  represent: representYamlFloat,
  defaultStyle: "lowercase"
});
var json = failsafe.extend({
  implicit: [
    _null,
    bool,
    int,
    float
  ]
});
var core = json;
var YAML_DATE_REGEXP = new RegExp(
  "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
);
var YAML_TIMESTAMP_REGEXP = new RegExp(
  "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
);
function resolveYamlTimestamp(data) {
  if (data === null) return false;
  if (YAML_DATE_REGEXP.exec(data) !== null) return true;
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
  return false;
}
function constructYamlTimestamp(data) {
  var match, year, month, day, hour, minute, second, fraction = 0, delta = null, tz_hour, tz_minute, date;
  match = YAML_DATE_REGEXP.exec(data);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
  if (match === null) throw new Error("Date resolve error");
  year = +match[1];
  month = +match[2] - 1;
  day = +match[3];
  if (!match[4]) {
    return new Date(Date.UTC(year, month, day));
  }
  hour = +match[4];
  minute = +match[5];
  second = +match[6];
  if (match[7]) {
    fraction = match[7].slice(0, 3);
    while (fraction.length < 3) {
      fraction += "0";
    }
    fraction = +fraction;
  }
  if (match[9]) {
    tz_hour = +match[10];
    tz_minute = +(match[11] || 0);
    delta = (tz_hour * 60 + tz_minute) * 6e4;
    if (match[9] === "-") delta = -delta;
  }
  date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  if (delta) date.setTime(date.getTime() - delta);
  return date;
}
function representYamlTimestamp(object) {
  return object.toISOString();
}
var timestamp = new type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: resolveYamlTimestamp,
  construct: constructYamlTimestamp,
  instanceOf: Date,
  represent: representYamlTimestamp
});
function resolveYamlMerge(data) {
  return data === "<<" || data === null;
}
var merge = new type("tag:yaml.org,2002:merge", {
  kind: "scalar",
  resolve: resolveYamlMerge
});
var BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
function resolveYamlBinary(data) {
  if (data === null) return false;
  var code, idx, bitlen = 0, max = data.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    code = map2.indexOf(data.charAt(idx));
    if (code > 64) continue;
    if (code < 0) return false;
    bitlen += 6;
  }
  return bitlen % 8 === 0;
}
function constructYamlBinary(data) {
  var idx, tailbits, input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
  for (idx = 0; idx < max; idx++) {
    if (idx % 4 === 0 && idx) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    }
    bits = bits << 6 | map2.indexOf(input.charAt(idx));
  }
  tailbits = max % 4 * 6;
  if (tailbits === 0) {
    result.push(bits >> 16 & 255);
    result.push(bits >> 8 & 255);
    result.push(bits & 255);
  } else if (tailbits === 18) {
    result.push(bits >> 10 & 255);
    result.push(bits >> 2 & 255);
  } else if (tailbits === 12) {
    result.push(bits >> 4 & 255);
  }
  return new Uint8Array(result);
}
function representYamlBinary(object) {
  var result = "", bits = 0, idx, tail, max = object.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    if (idx % 3 === 0 && idx) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    }
    bits = (bits << 8) + object[idx];
  }
  tail = max % 3;
  if (tail === 0) {
    result += map2[bits >> 18 & 63];
    result += map2[bits >> 12 & 63];
    result += map2[bits >> 6 & 63];
    result += map2[bits & 63];
  } else if (tail === 2) {
    result += map2[bits >> 10 & 63];
    result += map2[bits >> 4 & 63];
    result += map2[bits << 2 & 63];
    result += map2[64];
  } else if (tail === 1) {
    result += map2[bits >> 2 & 63];
    result += map2[bits << 4 & 63];
    result += map2[64];
    result += map2[64];
  }
  return result;
}
function isBinary(obj) {
  return Object.prototype.toString.call(obj) === "[object Uint8Array]";
}
var binary = new type("tag:yaml.org,2002:binary", {
  kind: "scalar",
  resolve: resolveYamlBinary,
  construct: constructYamlBinary,
  predicate: isBinary,
  represent: representYamlBinary
});
var _hasOwnProperty$3 = Object.prototype.hasOwnProperty;
var _toString$2 = Object.prototype.toString;
function resolveYamlOmap(data) {
  if (data === null) return true;
  var objectKeys = [], index, length, pair, pairKey, pairHasKey, object = data;
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    pairHasKey = false;
    if (_toString$2.call(pair) !== "[object Object]") return false;
    for (pairKey in pair) {
      if (_hasOwnProperty$3.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true;
        else return false;
      }
    }
    if (!pairHasKey) return false;
    if (objectKeys.indexOf(pairKey) === -1) objectKeys.push(pairKey);
    else return false;
  }
  return true;
}
function constructYamlOmap(data) {
  return data !== null ? data : [];
}
var omap = new type("tag:yaml.org,2002:omap", {
  kind: "sequence",
  resolve: resolveYamlOmap,
  construct: constructYamlOmap
});
var _toString$1 = Object.prototype.toString;
function resolveYamlPairs(data) {
  if (data === null) return true;
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    if (_toString$1.call(pair) !== "[object Object]") return false;
    keys = Object.keys(pair);
    if (keys.length !== 1) return false;
    result[index] = [keys[0], pair[keys[0]]];
  }
  return true;
}
function constructYamlPairs(data) {
  if (data === null) return [];
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    keys = Object.keys(pair);
    result[index] = [keys[0], pair[keys[0]]];
  }
  return result;
}
var pairs = new type("tag:yaml.org,2002:pairs", {
  kind: "sequence",
  resolve: resolveYamlPairs,
  construct: constructYamlPairs
});
var _hasOwnProperty$2 = Object.prototype.hasOwnProperty;
function resolveYamlSet(data) {
  if (data === null) return true;
  var key, object = data;
  for (key in object) {
    if (_hasOwnProperty$2.call(object, key)) {
      if (object[key] !== null) return false;
    }
  }
  return true;
}
function constructYamlSet(data) {
  return data !== null ? data : {};
}
var set = new type("tag:yaml.org,2002:set", {
  kind: "mapping",
  resolve: resolveYamlSet,
  construct: constructYamlSet
});
var _default = core.extend({
  implicit: [
    timestamp,
    merge
  ],
  explicit: [
    binary,
    omap,
    pairs,
    set
  ]
});
var _hasOwnProperty$1 = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var CHOMPING_CLIP = 1;
var CHOMPING_STRIP = 2;
var CHOMPING_KEEP = 3;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]\{\}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
var PATTERN_TAG_URI = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function is_EOL(c) {
  return c === 10 || c === 13;
}
function is_WHITE_SPACE(c) {
  return c === 9 || c === 32;
}
function is_WS_OR_EOL(c) {
  return c === 9 || c === 32 || c === 10 || c === 13;
}
function is_FLOW_INDICATOR(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromHexCode(c) {
  var lc;
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  lc = c | 32;
  if (97 <= lc && lc <= 102) {
    return lc - 97 + 10;
  }
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) {
    return 2;
  }
  if (c === 117) {
    return 4;
  }
  if (c === 85) {
    return 8;
  }
  return 0;
}
function fromDecimalCode(c) {
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  return -1;
}
function simpleEscapeSequence(c) {
  return c === 48 ? "\0" : c === 97 ? "\x07" : c === 98 ? "\b" : c === 116 ? "	" : c === 9 ? "	" : c === 110 ? "\n" : c === 118 ? "\v" : c === 102 ? "\f" : c === 114 ? "\r" : c === 101 ? "\x1B" : c === 32 ? " " : c === 34 ? '"' : c === 47 ? "/" : c === 92 ? "\\" : c === 78 ? "" : c === 95 ? " " : c === 76 ? "\u2028" : c === 80 ? "\u2029" : "";
}
function charFromCodepoint(c) {
  if (c <= 65535) {
    return String.fromCharCode(c);
  }
  return String.fromCharCode(
    (c - 65536 >> 10) + 55296,
    (c - 65536 & 1023) + 56320
  );
}
function setProperty(object, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(object, key, {
      configurable: true,
      enumerable: true,
      writable: true,
      value
    });
  } else {
    object[key] = value;
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
var i;
function State$1(input, options) {
  this.input = input;
  this.filename = options["filename"] || null;
  this.schema = options["schema"] || _default;
  this.onWarning = options["onWarning"] || null;
  this.legacy = options["legacy"] || false;
  this.json = options["json"] || false;
  this.listener = options["listener"] || null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.typeMap = this.schema.compiledTypeMap;
  this.length = input.length;
  this.position = 0;
  this.line = 0;
  this.lineStart = 0;
  this.lineIndent = 0;
  this.firstTabInLine = -1;
  this.documents = [];
}
function generateError(state, message) {
  var mark = {
    name: state.filename,
    buffer: state.input.slice(0, -1),
    // omit trailing \0
    position: state.position,
    line: state.line,
    column: state.position - state.lineStart
  };
  mark.snippet = snippet(mark);
  return new exception(message, mark);
}
function throwError(state, message) {
  throw generateError(state, message);
}
function throwWarning(state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message));
  }
}
var directiveHandlers = {
  YAML: function handleYamlDirective(state, name, args) {
    var match, major, minor;
    if (state.version !== null) {
      throwError(state, "duplication of %YAML directive");
    }
    if (args.length !== 1) {
      throwError(state, "YAML directive accepts exactly one argument");
    }
    match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) {
      throwError(state, "ill-formed argument of the YAML directive");
    }
    major = parseInt(match[1], 10);
    minor = parseInt(match[2], 10);
    if (major !== 1) {
      throwError(state, "unacceptable YAML version of the document");
    }
    state.version = args[0];
    state.checkLineBreaks = minor < 2;
    if (minor !== 1 && minor !== 2) {
      throwWarning(state, "unsupported YAML version of the document");
    }
  },
  TAG: function handleTagDirective(state, name, args) {
    var handle, prefix;
    if (args.length !== 2) {
      throwError(state, "TAG directive accepts exactly two arguments");
    }
    handle = args[0];
    prefix = args[1];
    if (!PATTERN_TAG_HANDLE.test(handle)) {
      throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    }
    if (_hasOwnProperty$1.call(state.tagMap, handle)) {
      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
    }
    if (!PATTERN_TAG_URI.test(prefix)) {
      throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    }
    try {
      prefix = decodeURIComponent(prefix);
    } catch (err) {
      throwError(state, "tag prefix is malformed: " + prefix);
    }
    state.tagMap[handle] = prefix;
  }
};
function captureSegment(state, start, end, checkJson) {
  var _position, _length, _character, _result;
  if (start < end) {
    _result = state.input.slice(start, end);
    if (checkJson) {
      for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
        _character = _result.charCodeAt(_position);
        if (!(_character === 9 || 32 <= _character && _character <= 1114111)) {
          throwError(state, "expected valid JSON character");
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, "the stream contains non-printable characters");
    }
    state.result += _result;
  }
}
function mergeMappings(state, destination, source, overridableKeys) {
  var sourceKeys, key, index, quantity;
  if (!common.isObject(source)) {
    throwError(state, "cannot merge mappings; the provided source object is unacceptable");
  }
  sourceKeys = Object.keys(source);
  for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    key = sourceKeys[index];
    if (!_hasOwnProperty$1.call(destination, key)) {
      setProperty(destination, key, source[key]);
      overridableKeys[key] = true;
    }
  }
}
function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
  var index, quantity;
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode);
    for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, "nested arrays are not supported inside keys");
      }
      if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
        keyNode[index] = "[object Object]";
      }
    }
  }
  if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
    keyNode = "[object Object]";
  }
  keyNode = String(keyNode);
  if (_result === null) {
    _result = {};
  }
  if (keyTag === "tag:yaml.org,2002:merge") {
    if (Array.isArray(valueNode)) {
      for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys);
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys);
    }
  } else {
    if (!state.json && !_hasOwnProperty$1.call(overridableKeys, keyNode) && _hasOwnProperty$1.call(_result, keyNode)) {
      state.line = startLine || state.line;
      state.lineStart = startLineStart || state.lineStart;
      state.position = startPos || state.position;
      throwError(state, "duplicated mapping key");
    }
    setProperty(_result, keyNode, valueNode);
    delete overridableKeys[keyNode];
  }
  return _result;
}
function readLineBreak(state) {
  var ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 10) {
    state.position++;
  } else if (ch === 13) {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) {
      state.position++;
    }
  } else {
    throwError(state, "a line break is expected");
  }
  state.line += 1;
  state.lineStart = state.position;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments, checkIndent) {
  var lineBreaks = 0, ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    while (is_WHITE_SPACE(ch)) {
      if (ch === 9 && state.firstTabInLine === -1) {
        state.firstTabInLine = state.position;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 10 && ch !== 13 && ch !== 0);
    }
    if (is_EOL(ch)) {
      readLineBreak(state);
      ch = state.input.charCodeAt(state.position);
      lineBreaks++;
      state.lineIndent = 0;
      while (ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
    } else {
      break;
    }
  }
  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, "deficient indentation");
  }
  return lineBreaks;
}
function testDocumentSeparator(state) {
  var _position = state.position, ch;
  ch = state.input.charCodeAt(_position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
    _position += 3;
    ch = state.input.charCodeAt(_position);
    if (ch === 0 || is_WS_OR_EOL(ch)) {
      return true;
    }
  }
  return false;
}
function writeFoldedLines(state, count) {
  if (count === 1) {
    state.result += " ";
  } else if (count > 1) {
    state.result += common.repeat("\n", count - 1);
  }
}
function readPlainScalar(state, nodeIndent, withinFlowCollection) {
  var preceding, following, captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch;
  ch = state.input.charCodeAt(state.position);
  if (is_WS_OR_EOL(ch) || is_FLOW_INDICATOR(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
    return false;
  }
  if (ch === 63 || ch === 45) {
    following = state.input.charCodeAt(state.position + 1);
    if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
      return false;
    }
  }
  state.kind = "scalar";
  state.result = "";
  captureStart = captureEnd = state.position;
  hasPendingContent = false;
  while (ch !== 0) {
    if (ch === 58) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
        break;
      }
    } else if (ch === 35) {
      preceding = state.input.charCodeAt(state.position - 1);
      if (is_WS_OR_EOL(preceding)) {
        break;
      }
    } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && is_FLOW_INDICATOR(ch)) {
      break;
    } else if (is_EOL(ch)) {
      _line = state.line;
      _lineStart = state.lineStart;
      _lineIndent = state.lineIndent;
      skipSeparationSpace(state, false, -1);
      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      } else {
        state.position = captureEnd;
        state.line = _line;
        state.lineStart = _lineStart;
        state.lineIndent = _lineIndent;
        break;
      }
    }
    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - _line);
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
    }
    if (!is_WHITE_SPACE(ch)) {
      captureEnd = state.position + 1;
    }
    ch = state.input.charCodeAt(++state.position);
  }
  captureSegment(state, captureStart, captureEnd, false);
  if (state.result) {
    return true;
  }
  state.kind = _kind;
  state.result = _result;
  return false;
}
function readSingleQuotedScalar(state, nodeIndent) {
  var ch, captureStart, captureEnd;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 39) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 39) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (ch === 39) {
        captureStart = state.position;
        state.position++;
        captureEnd = state.position;
      } else {
        return true;
      }
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a single quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent) {
  var captureStart, captureEnd, hexLength, hexResult, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 34) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 34) {
      captureSegment(state, captureStart, state.position, true);
      state.position++;
      return true;
    } else if (ch === 92) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (is_EOL(ch)) {
        skipSeparationSpace(state, false, nodeIndent);
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch];
        state.position++;
      } else if ((tmp = escapedHexLen(ch)) > 0) {
        hexLength = tmp;
        hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position);
          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp;
          } else {
            throwError(state, "expected hexadecimal character");
          }
        }
        state.result += charFromCodepoint(hexResult);
        state.position++;
      } else {
        throwError(state, "unknown escape sequence");
      }
      captureStart = captureEnd = state.position;
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a double quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readFlowCollection(state, nodeIndent) {
  var readNext = true, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 91) {
    terminator = 93;
    isMapping = false;
    _result = [];
  } else if (ch === 123) {
    terminator = 125;
    isMapping = true;
    _result = {};
  } else {
    return false;
  }
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(++state.position);
  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === terminator) {
      state.position++;
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = isMapping ? "mapping" : "sequence";
      state.result = _result;
      return true;
    } else if (!readNext) {
      throwError(state, "missed comma between flow collection entries");
    } else if (ch === 44) {
      throwError(state, "expected the node content, but found ','");
    }
    keyTag = keyNode = valueNode = null;
    isPair = isExplicitPair = false;
    if (ch === 63) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following)) {
        isPair = isExplicitPair = true;
        state.position++;
        skipSeparationSpace(state, true, nodeIndent);
      }
    }
    _line = state.line;
    _lineStart = state.lineStart;
    _pos = state.position;
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    keyTag = state.tag;
    keyNode = state.result;
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if ((isExplicitPair || state.line === _line) && ch === 58) {
      isPair = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }
    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
    } else if (isPair) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
    } else {
      _result.push(keyNode);
    }
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === 44) {
      readNext = true;
      ch = state.input.charCodeAt(++state.position);
    } else {
      readNext = false;
    }
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockScalar(state, nodeIndent) {
  var captureStart, folding, chomping = CHOMPING_CLIP, didReadContent = false, detectedIndent = false, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = false, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 124) {
    folding = false;
  } else if (ch === 62) {
    folding = true;
  } else {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position);
    if (ch === 43 || ch === 45) {
      if (CHOMPING_CLIP === chomping) {
        chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else {
        throwError(state, "repeat of a chomping mode identifier");
      }
    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1;
        detectedIndent = true;
      } else {
        throwError(state, "repeat of an indentation width identifier");
      }
    } else {
      break;
    }
  }
  if (is_WHITE_SPACE(ch)) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (is_WHITE_SPACE(ch));
    if (ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (!is_EOL(ch) && ch !== 0);
    }
  }
  while (ch !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;
    ch = state.input.charCodeAt(state.position);
    while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent;
    }
    if (is_EOL(ch)) {
      emptyLines++;
      continue;
    }
    if (state.lineIndent < textIndent) {
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) {
          state.result += "\n";
        }
      }
      break;
    }
    if (folding) {
      if (is_WHITE_SPACE(ch)) {
        atMoreIndented = true;
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.result += common.repeat("\n", emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) {
          state.result += " ";
        }
      } else {
        state.result += common.repeat("\n", emptyLines);
      }
    } else {
      state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
    }
    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    captureStart = state.position;
    while (!is_EOL(ch) && ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, state.position, false);
  }
  return true;
}
function readBlockSequence(state, nodeIndent) {
  var _line, _tag = state.tag, _anchor = state.anchor, _result = [], following, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    if (ch !== 45) {
      break;
    }
    following = state.input.charCodeAt(state.position + 1);
    if (!is_WS_OR_EOL(following)) {
      break;
    }
    detected = true;
    state.position++;
    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null);
        ch = state.input.charCodeAt(state.position);
        continue;
      }
    }
    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    _result.push(state.result);
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a sequence entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "sequence";
    state.result = _result;
    return true;
  }
  return false;
}
function readBlockMapping(state, nodeIndent, flowIndent) {
  var following, allowCompact, _line, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = false, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    following = state.input.charCodeAt(state.position + 1);
    _line = state.line;
    if ((ch === 63 || ch === 58) && is_WS_OR_EOL(following)) {
      if (ch === 63) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        detected = true;
        atExplicitKey = true;
        allowCompact = true;
      } else if (atExplicitKey) {
        atExplicitKey = false;
        allowCompact = true;
      } else {
        throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
      }
      state.position += 1;
      ch = following;
    } else {
      _keyLine = state.line;
      _keyLineStart = state.lineStart;
      _keyPos = state.position;
      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        break;
      }
      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position);
        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!is_WS_OR_EOL(ch)) {
            throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          }
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyTag = state.tag;
          keyNode = state.result;
        } else if (detected) {
          throwError(state, "can not read an implicit mapping pair; a colon is missed");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      } else if (detected) {
        throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      } else {
        state.tag = _tag;
        state.anchor = _anchor;
        return true;
      }
    }
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (atExplicitKey) {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
      }
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result;
        } else {
          valueNode = state.result;
        }
      }
      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
        keyTag = keyNode = valueNode = null;
      }
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
    }
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a mapping entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "mapping";
    state.result = _result;
  }
  return detected;
}
function readTagProperty(state) {
  var _position, isVerbatim = false, isNamed = false, tagHandle, tagName, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 33) return false;
  if (state.tag !== null) {
    throwError(state, "duplication of a tag property");
  }
  ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  } else {
    tagHandle = "!";
  }
  _position = state.position;
  if (isVerbatim) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (ch !== 0 && ch !== 62);
    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position);
      ch = state.input.charCodeAt(++state.position);
    } else {
      throwError(state, "unexpected end of the stream within a verbatim tag");
    }
  } else {
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, "named tag handle cannot contain such characters");
          }
          isNamed = true;
          _position = state.position + 1;
        } else {
          throwError(state, "tag suffix cannot contain exclamation marks");
        }
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(_position, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, "tag suffix cannot contain flow indicator characters");
    }
  }
  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, "tag name cannot contain such characters: " + tagName);
  }
  try {
    tagName = decodeURIComponent(tagName);
  } catch (err) {
    throwError(state, "tag name is malformed: " + tagName);
  }
  if (isVerbatim) {
    state.tag = tagName;
  } else if (_hasOwnProperty$1.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName;
  } else if (tagHandle === "!") {
    state.tag = "!" + tagName;
  } else if (tagHandle === "!!") {
    state.tag = "tag:yaml.org,2002:" + tagName;
  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
  }
  return true;
}
function readAnchorProperty(state) {
  var _position, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 38) return false;
  if (state.anchor !== null) {
    throwError(state, "duplication of an anchor property");
  }
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an anchor node must contain at least one character");
  }
  state.anchor = state.input.slice(_position, state.position);
  return true;
}
function readAlias(state) {
  var _position, alias, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 42) return false;
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an alias node must contain at least one character");
  }
  alias = state.input.slice(_position, state.position);
  if (!_hasOwnProperty$1.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"');
  }
  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true, -1);
  return true;
}
function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  var allowBlockStyles, allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = false, hasContent = false, typeIndex, typeQuantity, typeList, type2, flowIndent, blockIndent;
  if (state.listener !== null) {
    state.listener("open", state);
  }
  state.tag = null;
  state.anchor = null;
  state.kind = null;
  state.result = null;
  allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true;
      if (state.lineIndent > parentIndent) {
        indentStatus = 1;
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0;
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1;
      }
    }
  }
  if (indentStatus === 1) {
    while (readTagProperty(state) || readAnchorProperty(state)) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      } else {
        allowBlockCollections = false;
      }
    }
  }
  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact;
  }
  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent;
    } else {
      flowIndent = parentIndent + 1;
    }
    blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
        hasContent = true;
      } else {
        if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true;
        } else if (readAlias(state)) {
          hasContent = true;
          if (state.tag !== null || state.anchor !== null) {
            throwError(state, "alias node should not have any properties");
          }
        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true;
          if (state.tag === null) {
            state.tag = "?";
          }
        }
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else if (indentStatus === 0) {
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }
  if (state.tag === null) {
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = state.result;
    }
  } else if (state.tag === "?") {
    if (state.result !== null && state.kind !== "scalar") {
      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
    }
    for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
      type2 = state.implicitTypes[typeIndex];
      if (type2.resolve(state.result)) {
        state.result = type2.construct(state.result);
        state.tag = type2.tag;
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
        break;
      }
    }
  } else if (state.tag !== "!") {
    if (_hasOwnProperty$1.call(state.typeMap[state.kind || "fallback"], state.tag)) {
      type2 = state.typeMap[state.kind || "fallback"][state.tag];
    } else {
      type2 = null;
      typeList = state.typeMap.multi[state.kind || "fallback"];
      for (typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
          type2 = typeList[typeIndex];
          break;
        }
      }
    }
    if (!type2) {
      throwError(state, "unknown tag !<" + state.tag + ">");
    }
    if (state.result !== null && type2.kind !== state.kind) {
      throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
    }
    if (!type2.resolve(state.result, state.tag)) {
      throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    } else {
      state.result = type2.construct(state.result, state.tag);
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = state.result;
      }
    }
  }
  if (state.listener !== null) {
    state.listener("close", state);
  }
  return state.tag !== null || state.anchor !== null || hasContent;
}
function readDocument(state) {
  var documentStart = state.position, _position, directiveName, directiveArgs, hasDirectives = false, ch;
  state.version = null;
  state.checkLineBreaks = state.legacy;
  state.tagMap = /* @__PURE__ */ Object.create(null);
  state.anchorMap = /* @__PURE__ */ Object.create(null);
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if (state.lineIndent > 0 || ch !== 37) {
      break;
    }
    hasDirectives = true;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    directiveName = state.input.slice(_position, state.position);
    directiveArgs = [];
    if (directiveName.length < 1) {
      throwError(state, "directive name must not be less than one character in length");
    }
    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && !is_EOL(ch));
        break;
      }
      if (is_EOL(ch)) break;
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      directiveArgs.push(state.input.slice(_position, state.position));
    }
    if (ch !== 0) readLineBreak(state);
    if (_hasOwnProperty$1.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs);
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
  }
  skipSeparationSpace(state, true, -1);
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
    state.position += 3;
    skipSeparationSpace(state, true, -1);
  } else if (hasDirectives) {
    throwError(state, "directives end mark is expected");
  }
  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
  skipSeparationSpace(state, true, -1);
  if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, "non-ASCII line breaks are interpreted as content");
  }
  state.documents.push(state.result);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    if (state.input.charCodeAt(state.position) === 46) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    }
    return;
  }
  if (state.position < state.length - 1) {
    throwError(state, "end of the stream or a document separator is expected");
  } else {
    return;
  }
}
function loadDocuments(input, options) {
  input = String(input);
  options = options || {};
  if (input.length !== 0) {
    if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
      input += "\n";
    }
    if (input.charCodeAt(0) === 65279) {
      input = input.slice(1);
    }
  }
  var state = new State$1(input, options);
  var nullpos = input.indexOf("\0");
  if (nullpos !== -1) {
    state.position = nullpos;
    throwError(state, "null byte is not allowed in input");
  }
  state.input += "\0";
  while (state.input.charCodeAt(state.position) === 32) {
    state.lineIndent += 1;
    state.position += 1;
  }
  while (state.position < state.length - 1) {
    readDocument(state);
  }
  return state.documents;
}
function loadAll$1(input, iterator, options) {
  if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
    options = iterator;
    iterator = null;
  }
  var documents = loadDocuments(input, options);
  if (typeof iterator !== "function") {
    return documents;
  }
  for (var index = 0, length = documents.length; index < length; index += 1) {
    iterator(documents[index]);
  }
}
function load$1(input, options) {
  var documents = loadDocuments(input, options);
  if (documents.length === 0) {
    return void 0;
  } else if (documents.length === 1) {
    return documents[0];
  }
  throw new exception("expected a single document in the stream, but found more");
}
var loadAll_1 = loadAll$1;
var load_1 = load$1;
var loader = {
  loadAll: loadAll_1,
  load: load_1
};
var _toString = Object.prototype.toString;
var _hasOwnProperty = Object.prototype.hasOwnProperty;
var CHAR_BOM = 65279;
var CHAR_TAB = 9;
var CHAR_LINE_FEED = 10;
var CHAR_CARRIAGE_RETURN = 13;
var CHAR_SPACE = 32;
var CHAR_EXCLAMATION = 33;
var CHAR_DOUBLE_QUOTE = 34;
var CHAR_SHARP = 35;
var CHAR_PERCENT = 37;
var CHAR_AMPERSAND = 38;
var CHAR_SINGLE_QUOTE = 39;
var CHAR_ASTERISK = 42;
var CHAR_COMMA = 44;
var CHAR_MINUS = 45;
var CHAR_COLON = 58;
var CHAR_EQUALS = 61;
var CHAR_GREATER_THAN = 62;
var CHAR_QUESTION = 63;
var CHAR_COMMERCIAL_AT = 64;
var CHAR_LEFT_SQUARE_BRACKET = 91;
var CHAR_RIGHT_SQUARE_BRACKET = 93;
var CHAR_GRAVE_ACCENT = 96;
var CHAR_LEFT_CURLY_BRACKET = 123;
var CHAR_VERTICAL_LINE = 124;
var CHAR_RIGHT_CURLY_BRACKET = 125;
var ESCAPE_SEQUENCES = {};
ESCAPE_SEQUENCES[0] = "\\0";
ESCAPE_SEQUENCES[7] = "\\a";
ESCAPE_SEQUENCES[8] = "\\b";
ESCAPE_SEQUENCES[9] = "\\t";
ESCAPE_SEQUENCES[10] = "\\n";
ESCAPE_SEQUENCES[11] = "\\v";
ESCAPE_SEQUENCES[12] = "\\f";
ESCAPE_SEQUENCES[13] = "\\r";
ESCAPE_SEQUENCES[27] = "\\e";
ESCAPE_SEQUENCES[34] = '\\"';
ESCAPE_SEQUENCES[92] = "\\\\";
ESCAPE_SEQUENCES[133] = "\\N";
ESCAPE_SEQUENCES[160] = "\\_";
ESCAPE_SEQUENCES[8232] = "\\L";
ESCAPE_SEQUENCES[8233] = "\\P";
var DEPRECATED_BOOLEANS_SYNTAX = [
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
function compileStyleMap(schema2, map2) {
  var result, keys, index, length, tag, style, type2;
  if (map2 === null) return {};
  result = {};
  keys = Object.keys(map2);
  for (index = 0, length = keys.length; index < length; index += 1) {
    tag = keys[index];
    style = String(map2[tag]);
    if (tag.slice(0, 2) === "!!") {
      tag = "tag:yaml.org,2002:" + tag.slice(2);
    }
    type2 = schema2.compiledTypeMap["fallback"][tag];
    if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
      style = type2.styleAliases[style];
    }
    result[tag] = style;
  }
  return result;
}
function encodeHex(character) {
  var string, handle, length;
  string = character.toString(16).toUpperCase();
  if (character <= 255) {
    handle = "x";
    length = 2;
  } else if (character <= 65535) {
    handle = "u";
    length = 4;
  } else if (character <= 4294967295) {
    handle = "U";
    length = 8;
  } else {
    throw new exception("code point within a string may not be greater than 0xFFFFFFFF");
  }
  return "\\" + handle + common.repeat("0", length - string.length) + string;
}
var QUOTING_TYPE_SINGLE = 1;
var QUOTING_TYPE_DOUBLE = 2;
function State(options) {
  this.schema = options["schema"] || _default;
  this.indent = Math.max(1, options["indent"] || 2);
  this.noArrayIndent = options["noArrayIndent"] || false;
  this.skipInvalid = options["skipInvalid"] || false;
  this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
  this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
  this.sortKeys = options["sortKeys"] || false;
  this.lineWidth = options["lineWidth"] || 80;
  this.noRefs = options["noRefs"] || false;
  this.noCompatMode = options["noCompatMode"] || false;
  this.condenseFlow = options["condenseFlow"] || false;
  this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
  this.forceQuotes = options["forceQuotes"] || false;
  this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.explicitTypes = this.schema.compiledExplicit;
  this.tag = null;
  this.result = "";
  this.duplicates = [];
  this.usedDuplicates = null;
}
function indentString(string, spaces) {
  var ind = common.repeat(" ", spaces), position = 0, next = -1, result = "", line, length = string.length;
  while (position < length) {
    next = string.indexOf("\n", position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }
    if (line.length && line !== "\n") result += ind;
    result += line;
  }
  return result;
}
function generateNextLine(state, level) {
  return "\n" + common.repeat(" ", state.indent * level);
}
function testImplicitResolving(state, str2) {
  var index, length, type2;
  for (index = 0, length = state.implicitTypes.length; index < length; index += 1) {
    type2 = state.implicitTypes[index];
    if (type2.resolve(str2)) {
      return true;
    }
  }
  return false;
}
function isWhitespace(c) {
  return c === CHAR_SPACE || c === CHAR_TAB;
}
function isPrintable(c) {
  return 32 <= c && c <= 126 || 161 <= c && c <= 55295 && c !== 8232 && c !== 8233 || 57344 <= c && c <= 65533 && c !== CHAR_BOM || 65536 <= c && c <= 1114111;
}
function isNsCharOrWhitespace(c) {
  return isPrintable(c) && c !== CHAR_BOM && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
}
function isPlainSafe(c, prev, inblock) {
  var cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  var cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (
    // ns-plain-safe
    (inblock ? (
      // c = flow-in
      cIsNsCharOrWhitespace
    ) : cIsNsCharOrWhitespace && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && c !== CHAR_SHARP && !(prev === CHAR_COLON && !cIsNsChar) || isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || prev === CHAR_COLON && cIsNsChar
  );
}
function isPlainSafeFirst(c) {
  return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
}
function isPlainSafeLast(c) {
  return !isWhitespace(c) && c !== CHAR_COLON;
}
function codePointAt(string, pos) {
  var first = string.charCodeAt(pos), second;
  if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
    second = string.charCodeAt(pos + 1);
    if (second >= 56320 && second <= 57343) {
      return (first - 55296) * 1024 + second - 56320 + 65536;
    }
  }
  return first;
}
function needIndentIndicator(string) {
  var leadingSpaceRe = /^\n* /;
  return leadingSpaceRe.test(string);
}
var STYLE_PLAIN = 1;
var STYLE_SINGLE = 2;
var STYLE_LITERAL = 3;
var STYLE_FOLDED = 4;
var STYLE_DOUBLE = 5;
function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
  var i2;
  var char = 0;
  var prevChar = null;
  var hasLineBreak = false;
  var hasFoldableLine = false;
  var shouldTrackWidth = lineWidth !== -1;
  var previousLineBreak = -1;
  var plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
  if (singleLineOnly || forceQuotes) {
    for (i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
      char = codePointAt(string, i2);
      if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
  } else {
    for (i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
      char = codePointAt(string, i2);
      if (char === CHAR_LINE_FEED) {
        hasLineBreak = true;
        if (shouldTrackWidth) {
          hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i2 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
          previousLineBreak = i2;
        }
      } else if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(char, prevChar, inblock);
      prevChar = char;
    }
    hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i2 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
  }
  if (!hasLineBreak && !hasFoldableLine) {
    if (plain && !forceQuotes && !testAmbiguousType(string)) {
      return STYLE_PLAIN;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  if (indentPerLevel > 9 && needIndentIndicator(string)) {
    return STYLE_DOUBLE;
  }
  if (!forceQuotes) {
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
}
function writeScalar(state, string, level, iskey, inblock) {
  state.dump = (function() {
    if (string.length === 0) {
      return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
    }
    if (!state.noCompatMode) {
      if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
      }
    }
    var indent = state.indent * Math.max(1, level);
    var lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
    var singleLineOnly = iskey || state.flowLevel > -1 && level >= state.flowLevel;
    function testAmbiguity(string2) {
      return testImplicitResolving(state, string2);
    }
    switch (chooseScalarStyle(
      string,
      singleLineOnly,
      state.indent,
      lineWidth,
      testAmbiguity,
      state.quotingType,
      state.forceQuotes && !iskey,
      inblock
    )) {
      case STYLE_PLAIN:
        return string;
      case STYLE_SINGLE:
        return "'" + string.replace(/'/g, "''") + "'";
      case STYLE_LITERAL:
        return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
      case STYLE_FOLDED:
        return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
      case STYLE_DOUBLE:
        return '"' + escapeString(string) + '"';
      default:
        throw new exception("impossible error: invalid scalar style");
    }
  })();
}
function blockHeader(string, indentPerLevel) {
  var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
  var clip = string[string.length - 1] === "\n";
  var keep = clip && (string[string.length - 2] === "\n" || string === "\n");
  var chomp = keep ? "+" : clip ? "" : "-";
  return indentIndicator + chomp + "\n";
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function foldString(string, width) {
  var lineRe = /(\n+)([^\n]*)/g;
  var result = (function() {
    var nextLF = string.indexOf("\n");
    nextLF = nextLF !== -1 ? nextLF : string.length;
    lineRe.lastIndex = nextLF;
    return foldLine(string.slice(0, nextLF), width);
  })();
  var prevMoreIndented = string[0] === "\n" || string[0] === " ";
  var moreIndented;
  var match;
  while (match = lineRe.exec(string)) {
    var prefix = match[1], line = match[2];
    moreIndented = line[0] === " ";
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
function foldLine(line, width) {
  if (line === "" || line[0] === " ") return line;
  var breakRe = / [^ ]/g;
  var match;
  var start = 0, end, curr = 0, next = 0;
  var result = "";
  while (match = breakRe.exec(line)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += "\n" + line.slice(start, end);
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line.length - start > width && curr > start) {
    result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
  } else {
    result += line.slice(start);
  }
  return result.slice(1);
}
function escapeString(string) {
  var result = "";
  var char = 0;
  var escapeSeq;
  for (var i2 = 0; i2 < string.length; char >= 65536 ? i2 += 2 : i2++) {
    char = codePointAt(string, i2);
    escapeSeq = ESCAPE_SEQUENCES[char];
    if (!escapeSeq && isPrintable(char)) {
      result += string[i2];
      if (char >= 65536) result += string[i2 + 1];
    } else {
      result += escapeSeq || encodeHex(char);
    }
  }
  return result;
}
function writeFlowSequence(state, level, object) {
  var _result = "", _tag = state.tag, index, length, value;
  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];
    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }
    if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
      if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
      _result += state.dump;
    }
  }
  state.tag = _tag;
  state.dump = "[" + _result + "]";
}
function writeBlockSequence(state, level, object, compact) {
  var _result = "", _tag = state.tag, index, length, value;
  for (index = 0, length = object.length; index < length; index += 1) {
    value = object[index];
    if (state.replacer) {
      value = state.replacer.call(object, String(index), value);
    }
    if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
      if (!compact || _result !== "") {
        _result += generateNextLine(state, level);
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        _result += "-";
      } else {
        _result += "- ";
      }
      _result += state.dump;
    }
  }
  state.tag = _tag;
  state.dump = _result || "[]";
}
function writeFlowMapping(state, level, object) {
  var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, pairBuffer;
  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = "";
    if (_result !== "") pairBuffer += ", ";
    if (state.condenseFlow) pairBuffer += '"';
    objectKey = objectKeyList[index];
    objectValue = object[objectKey];
    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }
    if (!writeNode(state, level, objectKey, false, false)) {
      continue;
    }
    if (state.dump.length > 1024) pairBuffer += "? ";
    pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
    if (!writeNode(state, level, objectValue, false, false)) {
      continue;
    }
    pairBuffer += state.dump;
    _result += pairBuffer;
  }
  state.tag = _tag;
  state.dump = "{" + _result + "}";
}
function writeBlockMapping(state, level, object, compact) {
  var _result = "", _tag = state.tag, objectKeyList = Object.keys(object), index, length, objectKey, objectValue, explicitPair, pairBuffer;
  if (state.sortKeys === true) {
    objectKeyList.sort();
  } else if (typeof state.sortKeys === "function") {
    objectKeyList.sort(state.sortKeys);
  } else if (state.sortKeys) {
    throw new exception("sortKeys must be a boolean or a function");
  }
  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = "";
    if (!compact || _result !== "") {
      pairBuffer += generateNextLine(state, level);
    }
    objectKey = objectKeyList[index];
    objectValue = object[objectKey];
    if (state.replacer) {
      objectValue = state.replacer.call(object, objectKey, objectValue);
    }
    if (!writeNode(state, level + 1, objectKey, true, true, true)) {
      continue;
    }
    explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
    if (explicitPair) {
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += "?";
      } else {
        pairBuffer += "? ";
      }
    }
    pairBuffer += state.dump;
    if (explicitPair) {
      pairBuffer += generateNextLine(state, level);
    }
    if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
      continue;
    }
    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
      pairBuffer += ":";
    } else {
      pairBuffer += ": ";
    }
    pairBuffer += state.dump;
    _result += pairBuffer;
  }
  state.tag = _tag;
  state.dump = _result || "{}";
}
function detectType(state, object, explicit) {
  var _result, typeList, index, length, type2, style;
  typeList = explicit ? state.explicitTypes : state.implicitTypes;
  for (index = 0, length = typeList.length; index < length; index += 1) {
    type2 = typeList[index];
    if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
      if (explicit) {
        if (type2.multi && type2.representName) {
          state.tag = type2.representName(object);
        } else {
          state.tag = type2.tag;
        }
      } else {
        state.tag = "?";
      }
      if (type2.represent) {
        style = state.styleMap[type2.tag] || type2.defaultStyle;
        if (_toString.call(type2.represent) === "[object Function]") {
          _result = type2.represent(object, style);
        } else if (_hasOwnProperty.call(type2.represent, style)) {
          _result = type2.represent[style](object, style);
        } else {
          throw new exception("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
        }
        state.dump = _result;
      }
      return true;
    }
  }
  return false;
}
function writeNode(state, level, object, block, compact, iskey, isblockseq) {
  state.tag = null;
  state.dump = object;
  if (!detectType(state, object, false)) {
    detectType(state, object, true);
  }
  var type2 = _toString.call(state.dump);
  var inblock = block;
  var tagStr;
  if (block) {
    block = state.flowLevel < 0 || state.flowLevel > level;
  }
  var objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
  if (objectOrArray) {
    duplicateIndex = state.duplicates.indexOf(object);
    duplicate = duplicateIndex !== -1;
  }
  if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
    compact = false;
  }
  if (duplicate && state.usedDuplicates[duplicateIndex]) {
    state.dump = "*ref_" + duplicateIndex;
  } else {
    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
      state.usedDuplicates[duplicateIndex] = true;
    }
    if (type2 === "[object Object]") {
      if (block && Object.keys(state.dump).length !== 0) {
        writeBlockMapping(state, level, state.dump, compact);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + state.dump;
        }
      } else {
        writeFlowMapping(state, level, state.dump);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + " " + state.dump;
        }
      }
    } else if (type2 === "[object Array]") {
      if (block && state.dump.length !== 0) {
        if (state.noArrayIndent && !isblockseq && level > 0) {
          writeBlockSequence(state, level - 1, state.dump, compact);
        } else {
          writeBlockSequence(state, level, state.dump, compact);
        }
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + state.dump;
        }
      } else {
        writeFlowSequence(state, level, state.dump);
        if (duplicate) {
          state.dump = "&ref_" + duplicateIndex + " " + state.dump;
        }
      }
    } else if (type2 === "[object String]") {
      if (state.tag !== "?") {
        writeScalar(state, state.dump, level, iskey, inblock);
      }
    } else if (type2 === "[object Undefined]") {
      return false;
    } else {
      if (state.skipInvalid) return false;
      throw new exception("unacceptable kind of an object to dump " + type2);
    }
    if (state.tag !== null && state.tag !== "?") {
      tagStr = encodeURI(
        state.tag[0] === "!" ? state.tag.slice(1) : state.tag
      ).replace(/!/g, "%21");
      if (state.tag[0] === "!") {
        tagStr = "!" + tagStr;
      } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
        tagStr = "!!" + tagStr.slice(18);
      } else {
        tagStr = "!<" + tagStr + ">";
      }
      state.dump = tagStr + " " + state.dump;
    }
  }
  return true;
}
function getDuplicateReferences(object, state) {
  var objects = [], duplicatesIndexes = [], index, length;
  inspectNode(object, objects, duplicatesIndexes);
  for (index = 0, length = duplicatesIndexes.length; index < length; index += 1) {
    state.duplicates.push(objects[duplicatesIndexes[index]]);
  }
  state.usedDuplicates = new Array(length);
}
function inspectNode(object, objects, duplicatesIndexes) {
  var objectKeyList, index, length;
  if (object !== null && typeof object === "object") {
    index = objects.indexOf(object);
    if (index !== -1) {
      if (duplicatesIndexes.indexOf(index) === -1) {
        duplicatesIndexes.push(index);
      }
    } else {
      objects.push(object);
      if (Array.isArray(object)) {
        for (index = 0, length = object.length; index < length; index += 1) {
          inspectNode(object[index], objects, duplicatesIndexes);
        }
      } else {
        objectKeyList = Object.keys(object);
        for (index = 0, length = objectKeyList.length; index < length; index += 1) {
          inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
        }
      }
    }
  }
}
function dump$1(input, options) {
  options = options || {};
  var state = new State(options);
  if (!state.noRefs) getDuplicateReferences(input, state);
  var value = input;
  if (state.replacer) {
    value = state.replacer.call({ "": value }, "", value);
  }
  if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
  return "";
}
var dump_1 = dump$1;
var dumper = {
  dump: dump_1
};
function renamed(from, to) {
  return function() {
    throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
  };
}
var Type = type;
var Schema = schema;
var FAILSAFE_SCHEMA = failsafe;
var JSON_SCHEMA = json;
var CORE_SCHEMA = core;
var DEFAULT_SCHEMA = _default;
var load$2 = loader.load;
var loadAll = loader.loadAll;
var dump = dumper.dump;
var YAMLException = exception;
var types = {
  binary,
  float,
  map,
  null: _null,
  pairs,
  set,
  timestamp,
  bool,
  int,
  merge,
  omap,
  seq,
  str
};
var safeLoad = renamed("safeLoad", "load");
var safeLoadAll = renamed("safeLoadAll", "loadAll");
var safeDump = renamed("safeDump", "dump");
var jsYaml = {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load: load$2,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
};

const require$a = createRequire(import.meta.url);
const __filename$a = fileURLToPath(import.meta.url);
const __dirname$a = dirname(__filename$a);
function repoPath$1(base, abs) {
  const r = relative(base, abs);
  return (sep === "/" ? r : r.split(sep).join("/")) || ".";
}

const require$9 = createRequire(import.meta.url);
const __filename$9 = fileURLToPath(import.meta.url);
const __dirname$9 = dirname(__filename$9);
var MAX_CHART_FILE_BYTES = 4 * 1024 * 1024;
function realOrUndefined(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function inside(real, rootReal) {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}
function readChartFile(file, root, maxBytes = MAX_CHART_FILE_BYTES) {
  const real = realOrUndefined(file);
  const rootReal = realOrUndefined(root);
  if (!real || !rootReal || !inside(real, rootReal)) return void 0;
  const r = readRegularFile(real, maxBytes);
  return "text" in r ? r.text : void 0;
}
function readRegularFile(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = e.code;
    return {
      why: code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EISDIR" ? "directory" : "unreadable"
    };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { why: "directory" };
    if (!st.isFile()) return { why: "not-regular" };
    if (st.size > maxBytes) return { why: "too-large" };
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (; ; ) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n === buf.length) return { why: "too-large" };
    }
    return { text: buf.toString("utf8", 0, n) };
  } catch {
    return { why: "unreadable" };
  } finally {
    closeSync(fd);
  }
}
function filesBelow(dir, name, root = dir, maxBytes = MAX_CHART_FILE_BYTES) {
  const out = [];
  const rootReal = realOrUndefined(root);
  if (!rootReal) return out;
  const seen = /* @__PURE__ */ new Set();
  const walk = (d) => {
    const real = realOrUndefined(d);
    if (!real || !inside(real, rootReal) || seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) {
        let st;
        try {
          st = statSync(p);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(p);
        else if (st.isFile() && st.size <= maxBytes && name.test(e.name)) {
          const target = realOrUndefined(p);
          if (target && inside(target, rootReal)) out.push(p);
        }
      } else if (e.isFile() && name.test(e.name)) {
        try {
          if (statSync(p).size <= maxBytes) out.push(p);
        } catch {
        }
      }
    }
  };
  walk(dir);
  return out;
}

const require$8 = createRequire(import.meta.url);
const __filename$8 = fileURLToPath(import.meta.url);
const __dirname$8 = dirname(__filename$8);
var load = createRequire(import.meta.url);
function vendor(name) {
  return true ? load(`./vendor/${name}.cjs`) : load(name);
}
var yamlModule;
function yaml() {
  return yamlModule ??= vendor("yaml");
}
var re2jsModule;
function re2js() {
  return re2jsModule ??= vendor("re2js");
}

const require$7 = createRequire(import.meta.url);
const __filename$7 = fileURLToPath(import.meta.url);
const __dirname$7 = dirname(__filename$7);

// src/helm/releases.json
var releases_default = {
  source: "github.com/helm/helm release tags (v3, v4) at e9b85e4de16ad45805843fb121748018cf89094b; generated by scripts/gen-helm-releases.mjs",
  commits: {
    "041ce5a2c17a58be0fcd5f5e16fb3e7e95fea622": "v3.5.3",
    "04cad4610054e5d546aa5c5d9c1b1d5cf68ec1f8": "v3.18.2",
    "05fa37973dc9e42b76e1d2883494c87174b6074f": "v4.1.4",
    "0707f566a3f4ced24009ef14d67fe0ce69db4be9": "v3.19.3",
    "0977ded29a00383db5cbfd91ae220d30457f6ddb": "v3.1.0-rc.1",
    "0a9a9a88e8afd6e77337a3e2ad744756e191429a": "v3.1.3",
    "0ad800ef43d3b826f31a5ad8dfbb4fe05d143688": "v3.2.4",
    "0c8320b685880ddf99f564f9e3ae7616eedf0cec": "v3.8.0-rc.1",
    "12500dd401faa7629f30ba5d5bff36287f3e94d3": "v4.0.1",
    "125963406833fe0525be91f46c8b5b0f22fb9e32": "v3.21.2",
    "13654a52f7c70a143b1dd51416d633e1071faffb": "v3.16.2",
    "167aac70832d3a384f65f9745335e9fb40169dc2": "v3.5.2",
    "19e47ee3283ae98139d98460de796c1be1e3975f": "v3.0.2",
    "1a500d5625419a524fdae4b33de351cc4f58ec35": "v3.15.2",
    "1ad6e68924fdf6fb0c7dcef8e9e1dfc0f36eaed6": "v3.21.3",
    "1addefbfe665c350f4daf868a9adc5600cc064fd": "v3.9.2",
    "1b5edb69df3d3a08df77c9902dc17af864ff05d1": "v3.5.4",
    "1b6053d48b51673c5581973f5ae7e104f627fcf5": "v4.0.5",
    "1d11fcb5d3f3bf00dbe6fe31b8412839a96b3dc4": "v3.7.1",
    "1da2b0a6d41482ed01bc590e83e9ac2260b92337": "v4.0.0-beta.2",
    "1db28a2311bd4893d39679de708e5a77a751c4d2": "v3.9.0-rc.1",
    "1e210a2c8cc5117d1055bfaa5d40f51bbc2e345e": "v3.12.2",
    "217db28a4b75bff615275dc1e3975cf4d389c1d9": "v4.1.2",
    "23dd3af5e19a02d4f4baa5b2f242645a1a3af629": "v3.4.2",
    "249e5215cde0c3fa72e27eb7a30e8d55c9696144": "v3.3.1",
    "26c7338408f8db593f93cd7c963ad56f67f662d4": "v3.0.0-beta.2",
    "293b50c65d4d56187cd4e2f390f0ada46b4c4737": "v3.11.1",
    "2a2fb3b98829f1e0be6fb18af2f6599e0f4e8243": "v3.13.2",
    "2ed206799b451830c68bff30af2a52879b8b937a": "v3.0.0-rc.3",
    "3547a4b5bf5edb5478ce352e18858d8a552a4110": "v3.13.1",
    "3900f434fd3ef2b84065dc04508df48f288dba00": "v4.2.4",
    "3a31588ad33fe3b89af5a2a54ee1d25bfe6eaa5e": "v3.12.3",
    "3bb50bbbdd9c946ba9989fbe4fb4104766302a64": "v3.15.3",
    "3fc9f4b2638e76f26739cd77c7017139be81d0ea": "v3.14.0",
    "414ff28d4029ae8c8b05d62aa06c7fe3dee2bc58": "v3.9.3",
    "43e8b7feece8beb0fcba47059ec9b522fd929a64": "v4.2.3",
    "4a19a5b6fb912c5c28a779e73f2e0880d9e239a4": "v3.19.5",
    "4a7c306aa9dcbdeecf79c7517851921a21b72e56": "v3.7.0-rc.2",
    "4f953c223ba21103268e0b664c64240bc69fced7": "v3.19.1",
    "509a8819b7e8dba86b7982c006fce22628aeea28": "v3.0.0-beta.5",
    "50f003e5ee8704ec937a756c646870227d7c8b58": "v3.10.2",
    "548fae169aa64cbb9efaf1fa4dd62e9adb65701b": "v3.7.0-rc.1",
    "55e3ca022e40fe200fbc855938995f40b2a68ce0": "v3.3.3",
    "595a05da6166037d0abebaa27ac8a498fa4d7ed2": "v3.17.4",
    "5a5449dc42be07001fd5771d56429132984ab3ab": "v3.16.1",
    "5c2dfaad847df2ac8f289d278186d048f446c70c": "v3.3.0-rc.1",
    "5caf0044d4ef3d62a955440272999e139aafbbed": "v4.1.1",
    "5cb923eecbe80d1ad76399aee234717c11931d9a": "v3.0.0-beta.3",
    "5cb9af4b1b271d11d7a97a71df3ac337dd94ad37": "v3.8.1",
    "618b14a7723589887e02cd482dcd5a85768583cc": "v4.0.0-alpha.1",
    "61d8e8c4a6f95540c15c6a65f36a6dd0a45e7a2f": "v3.6.1",
    "663a896f4a815053445eec4153677ddc24a0a361": "v3.7.2",
    "66a969e7cc08af2377d055f4e6283c33ee84be33": "v3.11.3",
    "6838ebcf265a3842d1433956e8a622e3290cf324": "v3.18.3",
    "69dcc92c56010902db7a316cf8697e5462bfa2c6": "v3.14.0-rc.1",
    "6e3701edea09e5d55a8ca2aae03a68917630e91b": "v3.8.2",
    "7877b45b63f95635153b29a42c0c2f4273ec45ca": "v3.16.4",
    "7bffac813db894e06d17bac91d14ea819b5c2310": "v3.2.0-rc.1",
    "7c22ef9ce89e0ebeb7125ba2ebf7d421f3e82ffa": "v3.0.1",
    "7ceeda6c585217a19a1131663d8cd1f7d641b2a7": "v3.9.0",
    "7cfb6e486dac026202556836bb910c37d847793e": "v3.19.4",
    "7dd2484aed31aaff0453b348132fe1e30c6d1db7": "v4.0.0-beta.1",
    "7ffc879f137bd3a69eea53349b01f05e3d1d2385": "v3.0.0-beta.4",
    "813176c51bb5c181dbbd7901298ddcc104cd3417": "v3.21.4",
    "81c902a123462fd4052bc5e9aa9c513c4c8fc142": "v3.14.4",
    "82ea5aa774661cc6557cb57293571d06f94aff0c": "v3.0.0-rc.2",
    "835b7334cfe2e5e27870ab3ed4135f136eecc704": "v3.10.3",
    "8650e1dad9e6ae38b41f60b712af9218a0d8cc11": "v4.0.4",
    "8766e718a0119851f10ddbe4577593a45fadf544": "v3.19.2",
    "8f832046e258e2cb800894579b1b3b50c2d83492": "v3.2.3",
    "8fb76d6ab555577e98e23b7500009537a471feee": "v3.20.2",
    "912ebc1cd10d38d340f048efaf0abda047c3468e": "v3.11.2",
    "94659f25033af6eb43fc186c24e6c07b1091800b": "v4.0.2",
    "97e7461e41455e58d89b4d7d192fed5352001d44": "v3.0.0-alpha.2",
    "980d8ac1939e39138101364400756af2bdee1da5": "v3.17.1",
    "9887a3e4ca4ef473a4ddd419573edbd5c82bb231": "v3.1.0-rc.2",
    "9d8fee155bd7e7d3c1390f4076d9271a1147dce5": "v3.11.0-rc.1",
    "9f88ccb6aee40b9a0535fcc7efea6055e1ef72c9": "v3.10.1",
    a2369ca71c0ef633bf6e4fccd66d634eb379b371: "v3.20.1",
    a61ce5633af99708171414353ed49547cf05013d: "v3.3.4",
    a6ea66349ae3015618da4f547677a14b9ecc09b3: "v3.2.2",
    a7c043acb5ff905c261cfdc923a35776ba5e66e4: "v3.9.1",
    ac925eb7279f4a6955df663a0128044a8a6b7593: "v3.0.3",
    afe70585407b420d0097d07b21c47dc511525ac8: "v3.1.1",
    b05881cf967a5a09e19866799d0edfd40675803a: "v4.2.2",
    b76a950f6835474e0906b96c9ec68a2eff3a6430: "v3.18.6",
    b78692c18f0fb38fe5ba4571a674de067a4c53a5: "v3.18.5",
    b9a54967f838723fe241172a6b94d18caf8bcdca: "v3.0.0-alpha.1",
    c309b6f0ff63856811846ce18f3bdc93d2b4d54b: "v3.14.2",
    c4e74854886b2efe3321e185578e6db9be0a6e29: "v3.4.1",
    c56dd0095fd76da5d7b30ecdf506103e7f26745e: "v3.21.1",
    c7b722b837d24aa9e390b207fca86e9ef1716592: "v3.0.0-rc.4",
    c8b948945e52abba22ff885446a1486cb5fd3474: "v3.13.3",
    c94d381b03be117e7e57908edbf642104e00eb8f: "v4.1.3",
    cc0bbbd6d6276b83880042c1ecb34087e84d41eb: "v3.17.2",
    cfd07493f46efc9debd9cc1b02a0961186df7fdf: "v3.16.3",
    d506314abfb5d21419df8c7e7e68012379db2354: "v3.6.3",
    d591a19b953bd9cfdf7d9ddd83c2f4ffdaeafb29: "v4.2.1",
    d7afa3b6b432c09a02cd07342e908ba5bed34940: "v3.15.0-rc.1",
    d80839cf37d860c8aa9a0503fe463278f26cd5e2: "v3.18.4",
    d878d4d45863e42fd5cff6743294a11d28a9abce: "v3.1.2",
    d8edc2aebc2e5ad624640b56a22258b9bbec9099: "v3.18.0-rc.1",
    dbc6d8e20fe1d58d50e6ed30f09a04a77e4c68db: "v3.9.4",
    e11b7ce3b12db2941e90399e874513fbd24bcb71: "v3.2.0",
    e211f2aa62992bd72586b395de50979e31231829: "v3.15.1",
    e29ce2a54e96cd02ccfce88bee4f58bb6e2a28b6: "v3.0.0",
    e4da49785aa6e6ee2b86efd5dd9e43400318262b: "v3.17.3",
    e5077257b6ca106d1f65652b4ca994736d221ab1: "v3.3.2",
    e8858f8696b144ee7c533bd9d49a353ee6c4b98d: "v3.14.1",
    ee407bdf364942bcb8e8c665f82e15aa28009b71: "v3.6.2",
    ee77ae3d40fd599445ebd99b8fc04e2c86ca366c: "v3.0.0-rc.1",
    f03cc04caaa8f6d7c3e67cf918929150cf6f3f12: "v3.14.3",
    f32a527a060157990e2aa86bf45010dfb3cc8b8d: "v3.12.1",
    f546ebb1aca7c45a09a71886b720b6e11d45e9d8: "v3.5.0-rc.1",
    f6f8700a539c18101509434f3b59e6a21402a1b2: "v3.18.1",
    f76b5f21adb53a85de8925f4a9d4f9bd99f185b5: "v3.0.0-beta.1",
    fa9efb07d9d8debbb4306d72af76a383895aa8c4: "v3.15.4",
    fe51cd1e31e6a202cba7dead9552a6d418ded79a: "v3.2.1"
  }
};

// src/helm/buildinfo.ts
var MAGIC = Buffer.from("ÿ Go buildinf:", "latin1");
var MAX_SECTION = 1024 * 1024;
var RELEASES = releases_default.commits;
function read(fd, offset, length) {
  const b = Buffer.alloc(length);
  const n = readSync(fd, b, 0, length, offset);
  return b.subarray(0, n);
}
function buildInfoSection(fd) {
  const h = read(fd, 0, 64);
  if (h.length < 64 || h.readUInt32BE(0) !== 2135247942 || h[4] !== 2 || h[5] !== 1) return void 0;
  const shoff = Number(h.readBigUInt64LE(40));
  const shentsize = h.readUInt16LE(58);
  const shnum = h.readUInt16LE(60);
  const shstrndx = h.readUInt16LE(62);
  if (shentsize < 64 || shnum === 0 || shnum > 512 || shstrndx >= shnum) return void 0;
  const table = read(fd, shoff, shentsize * shnum);
  if (table.length < shentsize * shnum) return void 0;
  const section = (i) => ({
    name: table.readUInt32LE(i * shentsize),
    offset: Number(table.readBigUInt64LE(i * shentsize + 24)),
    size: Number(table.readBigUInt64LE(i * shentsize + 32))
  });
  const strtab = section(shstrndx);
  if (strtab.size > 64 * 1024) return void 0;
  const names = read(fd, strtab.offset, strtab.size);
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    const end = names.indexOf(0, s.name);
    if (end < 0 || names.toString("latin1", s.name, end) !== ".go.buildinfo") continue;
    return read(fd, s.offset, Math.min(s.size, MAX_SECTION));
  }
  return void 0;
}
function lengthPrefixed(b, at) {
  let n = 0;
  let shift = 0;
  for (let i = at; i < b.length && shift < 35; i++, shift += 7) {
    n += (b[i] & 127) * 2 ** shift;
    if (b[i] < 128) {
      const start = i + 1;
      return start + n <= b.length ? { text: b.toString("utf8", start, start + n), next: start + n } : void 0;
    }
  }
  return void 0;
}
function goModuleInfo(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return [];
  }
  try {
    const b = buildInfoSection(fd);
    if (!b || b.length < 32 || !b.subarray(0, 14).equals(MAGIC) || (b[15] & 2) === 0) return [];
    const go = lengthPrefixed(b, 32);
    const mod = go && lengthPrefixed(b, go.next);
    if (!mod) return [];
    let text = mod.text;
    if (text.length >= 33 && text[text.length - 17] === "\n") text = text.slice(16, -16);
    return text.split("\n");
  } catch {
    return [];
  } finally {
    closeSync(fd);
  }
}
var RELEASE_VERSION = /^v(\d+)\.\d+\.\d+(?:-(?:alpha|beta|rc)\.\d+)?$/;
function helmVersionFromBuild(file) {
  const fields = /* @__PURE__ */ new Map();
  let path;
  let modVersion;
  for (const line of goModuleInfo(file)) {
    const [key, a, b] = line.split("	");
    if (key === "path") path = a;
    else if (key === "mod") modVersion = b;
    else if (key === "build" && a) {
      const eq = a.indexOf("=");
      if (eq > 0) fields.set(a.slice(0, eq), a.slice(eq + 1));
    }
  }
  const major = /^helm\.sh\/helm\/v(\d+)\/cmd\/helm$/.exec(path ?? "")?.[1];
  const revision = fields.get("vcs.revision");
  if (!major || !revision || fields.get("vcs.modified") !== "false") return void 0;
  const fromTag = Object.hasOwn(RELEASES, revision) ? RELEASES[revision] : void 0;
  const version = fromTag ?? modVersion;
  const m = version ? RELEASE_VERSION.exec(version) : null;
  return m && m[1] === major ? version : void 0;
}

// src/helm/version.ts
var HELM_VERSION_RE = /^v\d{1,4}\.\d{1,4}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/;
function versionCacheFile() {
  return join(tmpdir(), `helm-guard-${process.getuid?.() ?? "user"}`, "helm-versions.json");
}
var known = /* @__PURE__ */ new Map();
var MAX_ENTRIES = 64;
function ownDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    if (process.getuid && st.uid !== process.getuid()) return false;
    return process.platform === "win32" || (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readEntries(file) {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || st.size > 256 * 1024) return {};
    const json = JSON.parse(readFileSync(file, "utf8"));
    if (!json || typeof json !== "object" || Array.isArray(json)) return {};
    const out = {};
    for (const [k, v] of Object.entries(json)) if (typeof v === "string" && HELM_VERSION_RE.test(v)) out[k] = v;
    return out;
  } catch {
    return {};
  }
}
function writeEntries(file, entries) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(entries), { mode: 384, flag: "wx" });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
async function helmVersion(helm) {
  let key;
  try {
    const st = statSync(helm);
    key = `${realpathSync(helm)}:${st.size}:${st.mtimeMs}`;
  } catch {
  }
  const file = versionCacheFile();
  const usable = key !== void 0 && ownDir(dirname(file));
  if (key) {
    const mine = known.get(key);
    if (mine) return mine;
    const built = helmVersionFromBuild(helm);
    if (built) {
      known.set(key, built);
      return built;
    }
    const cached = usable ? readEntries(file)[key] : void 0;
    if (cached) {
      known.set(key, cached);
      return cached;
    }
  }
  const r = await run(helm, ["version", "--template", "{{.Version}}"], {
    timeoutMs: 3e4,
    maxOutputBytes: 64 * 1024
  });
  if (r.spawnError)
    throw new GuardError(`helm not found or not executable: ${helm} (${r.spawnError.code ?? r.spawnError.message})`);
  const version = r.stdout.trim();
  if (r.code !== 0 || !HELM_VERSION_RE.test(version))
    throw new GuardError(
      `${helm} does not look like helm: ${JSON.stringify((r.stdout + r.stderr).trim().slice(0, 200))}${r.signal ? ` (killed by ${r.signal})` : ""}`
    );
  if (key) {
    known.set(key, version);
    if (usable) {
      const entries = readEntries(file);
      delete entries[key];
      const kept = Object.entries(entries).slice(-(MAX_ENTRIES - 1));
      writeEntries(file, Object.fromEntries([...kept, [key, version]]));
    }
  }
  return version;
}
function inBase(p, base) {
  const rel = relative(base.repoRoot, p);
  if (rel.startsWith("..") || isAbsolute(rel)) return { path: p, inRepo: false };
  return { path: rel ? join(base.worktree, rel) : base.worktree, inRepo: true };
}
function shareBuiltDependencies(headChart, baseChart) {
  const headDeps = join(headChart, "charts");
  if (!existsSync(headDeps)) return;
  const read2 = (f) => existsSync(f) ? readFileSync(f, "utf8") : void 0;
  const lock = (dir) => read2(join(dir, "Chart.lock")) ?? read2(join(dir, "requirements.lock"));
  const headLock = lock(headChart);
  if (headLock !== lock(baseChart)) return;
  if (headLock === void 0) {
    const deps = (dir) => {
      try {
        return JSON.stringify(load$2(read2(join(dir, "Chart.yaml")) ?? "")?.dependencies);
      } catch {
        return void 0;
      }
    };
    const d = deps(headChart);
    if (d === void 0 || d !== deps(baseChart)) return;
  }
  const baseDeps = join(baseChart, "charts");
  for (const name of readdirSync(headDeps)) {
    if (!name.endsWith(".tgz")) continue;
    const to = join(baseDeps, name);
    if (existsSync(to)) continue;
    mkdirSync(baseDeps, { recursive: true });
    copyFileSync(join(headDeps, name), to);
  }
}
function configAtBase(config, base) {
  const missing = /* @__PURE__ */ new Map();
  const chart = inBase(resolve(config.chartDir), base);
  if (!chart.inRepo) return { missing, reason: "the chart is outside the repository" };
  if (!existsSync(join(chart.path, "Chart.yaml")))
    return { missing, reason: `the chart is new: it is not at ${base.ref}` };
  shareBuiltDependencies(config.chartDir, chart.path);
  const combos = config.combos.map((c) => {
    const valuesFiles = c.valuesFiles.map((f) => {
      const at = inBase(resolve(f), base);
      if (at.inRepo && !(existsSync(at.path) && statSync(at.path).isFile()))
        missing.set(c.name, `its values file ${relative(base.repoRoot, resolve(f))} is new: it is not at ${base.ref}`);
      return at.path;
    });
    return { ...c, valuesFiles };
  });
  return {
    config: { ...config, chartDir: chart.path, configDir: inBase(config.configDir, base).path, combos },
    missing
  };
}
function headFileOf(file, opts) {
  const abs = resolve(opts.baseDir, file);
  const rel = relative(opts.worktree, abs);
  if (rel.startsWith("..")) return void 0;
  const head = resolve(opts.repoRoot, rel);
  return existsSync(head) ? repoPath$1(opts.baseDir, head) : void 0;
}

// src/guard.ts
function readCrdFiles(paths) {
  const out = [];
  for (const p of paths) {
    const read2 = readRegularFile(p, 64 << 20);
    if ("why" in read2)
      throw new GuardError(
        read2.why === "missing" ? `CRD file not found: ${p}` : `CRD file ${p} cannot be read: ${read2.why === "too-large" ? "it is over 64 MiB" : `it is ${read2.why === "directory" ? "a directory" : read2.why === "not-regular" ? "not a regular file" : "unreadable"}`}`
      );
    const text = read2.text;
    for (const d of yaml().parseAllDocuments(text)) {
      if ("errors" in d && d.errors.length)
        throw new GuardError(`CRD file ${p} is not valid YAML: ${d.errors[0].message.split("\n")[0]}`);
      const o = d.toJS();
      if (o && o.kind === "CustomResourceDefinition") out.push(o);
    }
  }
  return out;
}
function crdApiVersions(crds) {
  const out = /* @__PURE__ */ new Set();
  for (const crd of crds)
    for (const v of crdVersions(crd)) {
      out.add(`${v.group}/${v.version}`);
      out.add(`${v.group}/${v.version}/${v.kind}`);
    }
  return [...out];
}
function kubeVersionNotes(config) {
  const notes = /* @__PURE__ */ new Map();
  for (const c of config.combos) {
    const { note } = releaseFor(c.kubeVersion);
    if (note && c.kubeVersion) notes.set(c.kubeVersion, note);
  }
  return [...notes.values()].map((message) => ({
    severity: "notice",
    rule: "schema/kube-version",
    combo: "",
    message
  }));
}
function workItems(configs, baseDir) {
  return configs.flatMap((c) => c.combos.map((combo) => ({ chart: repoPath$1(baseDir, c.chartDir), combo: combo.name })));
}
async function runGuard(opts) {
  const configs = opts.configs ?? (opts.config ? [opts.config] : []);
  if (!configs.length) throw new GuardError("no chart to guard");
  const started = performance.now();
  const { helm, baseDir } = opts;
  const failOn = opts.failOn ?? "error";
  const afterSpawn = new Promise((r) => setImmediate(r));
  const versionP = opts.helmVersion ? Promise.resolve(opts.helmVersion) : afterSpawn.then(() => helmVersion(helm));
  versionP.catch(() => void 0);
  const engineP = afterSpawn.then(() => import('./chunk-late-late-hMSOcPb4.js').then(n => n.e));
  if (opts.whileHelmRuns) afterSpawn.then(opts.whileHelmRuns).catch(() => void 0);
  engineP.then(
    (e) => e.preloadSchemas(configs.flatMap((c) => c.schemas.enabled ? c.combos.map((x) => x.kubeVersion) : [])),
    () => void 0
  );
  const items = workItems(configs, baseDir);
  const shardOf = opts.shard ? assignShards(items, opts.shard.total, opts.timings) : void 0;
  const mine = (k) => !shardOf || shardOf[k] === opts.shard.index;
  const inlineDir = configs.some((c) => c.combos.some((x) => x.values.length)) ? mkdtempSync(join(tmpdir(), "helm-guard-values-")) : void 0;
  try {
    let k = 0;
    const prepared = configs.map((config, ci) => {
      const chart = repoPath$1(baseDir, config.chartDir);
      const first = k;
      const combos = config.combos.filter(() => mine(k++));
      const crds = readCrdFiles(config.schemas.crds);
      const inline = /* @__PURE__ */ new Map();
      if (inlineDir)
        config.combos.forEach(
          (c, i) => inline.set(
            c,
            c.values.map((v, j) => {
              const f = join(inlineDir, `${ci}-${i}-${j}.yaml`);
              writeFileSync(f, JSON.stringify(v));
              return f;
            })
          )
        );
      const base = opts.base ? configAtBase(config, opts.base) : void 0;
      if (base?.config) base.config.combos.forEach((c, i) => inline.set(c, inline.get(config.combos[i]) ?? []));
      return {
        config,
        chart,
        combos,
        owned: mine(first),
        inline,
        extraApiVersions: crdApiVersions(crds),
        crds,
        ...base ? { base } : {}
      };
    });
    const pooled = helmPool(configs[0].concurrency || availableParallelism());
    const runSecrets = /* @__PURE__ */ new Set();
    const lintTasks = [];
    const lintParser = configs.some((c) => c.lint.enabled) ? afterSpawn.then(() => Promise.all([import('./chunk-late-late-hMSOcPb4.js').then(n => n.f), import('./chunk-late-late-hMSOcPb4.js').then(n => n.g)])).then(([l, e]) => ({
      parseLint: l.parseLint,
      parseHelmError: e.parseHelmError
    })) : Promise.reject(new Error("no lint in this run"));
    lintParser.catch(() => void 0);
    const valuesChecks = afterSpawn.then(() => import('./chunk-late-late-hMSOcPb4.js').then(n => n.h));
    valuesChecks.catch(() => void 0);
    valuesChecks.then(
      (vc) => {
        const warm = (i) => {
          if (i >= prepared.length) return;
          vc.warmIndex(prepared[i].config);
          setImmediate(() => warm(i + 1));
        };
        setImmediate(() => warm(0));
      },
      () => void 0
    );
    const comboTasks = [];
    let stopped = false;
    const fingerprints = /* @__PURE__ */ new Map();
    const coverageOf = /* @__PURE__ */ new Map();
    for (const p of prepared) {
      const { config } = p;
      const lintCombos = !config.lint.enabled ? [] : config.lint.perCombo ? p.combos : p.owned ? [config.combos.find((c) => !c.expect.failure) ?? config.combos[0]] : [];
      for (const c of lintCombos)
        lintTasks.push(
          pooled(helm, lintArgs(config, c, p.inline), { timeoutMs: config.timeoutMs, cwd: baseDir }).then(
            async (r) => {
              const combo = config.lint.perCombo ? c.name : "";
              if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
              if (r.outputTooLarge)
                return [
                  {
                    severity: "error",
                    rule: "render/output-too-large",
                    combo,
                    chart: p.chart,
                    message: `helm lint wrote more than ${Math.round(DEFAULT_MAX_OUTPUT_BYTES / 2 ** 20)} MiB of output and was stopped`
                  }
                ];
              if (r.timedOut)
                return [
                  {
                    severity: "error",
                    rule: "render/timeout",
                    combo,
                    chart: p.chart,
                    message: `helm lint ran past ${config.timeoutMs} ms and was killed`
                  }
                ];
              if (r.code === null && r.signal)
                return [
                  {
                    severity: "error",
                    rule: "lint/error",
                    combo,
                    chart: p.chart,
                    message: (await lintParser).parseHelmError(r.stderr, r.signal).message
                  }
                ];
              return (await lintParser).parseLint(r.stdout + "\n" + r.stderr, config.chartDir, baseDir, combo).map((f) => level(f, config.rules)).filter((f) => !!f).map((f) => ({ ...f, chart: p.chart }));
            }
          )
        );
      let validatorP;
      for (const combo of p.combos) {
        const comboStarted = performance.now();
        const renderP = pooled(helm, templateArgs(config, combo, p.inline, p.extraApiVersions), {
          timeoutMs: config.timeoutMs,
          cwd: baseDir
        });
        if (config.coverage.enabled) coverageOf.set(p, [...coverageOf.get(p) ?? [], { combo, normal: renderP }]);
        const baseCombo = p.base?.config?.combos[config.combos.indexOf(combo)];
        const baseWhy = !opts.base ? void 0 : p.base?.reason ?? p.base?.missing.get(combo.name) ?? (baseCombo ? void 0 : "the combo is new");
        const baseP = opts.base && baseCombo && !baseWhy ? pooled(helm, templateArgs(p.base.config, baseCombo, p.inline, p.extraApiVersions), {
          timeoutMs: config.timeoutMs,
          cwd: baseDir
        }) : void 0;
        comboTasks.push(
          renderP.then(async (r) => {
            if (stopped) throw new GuardError("the run was stopped");
            if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
            const engine = await engineP;
            validatorP ??= engine.schemaValidator(config, p.crds, join(baseDir, ".cache", "helm-guard", "schemas"));
            const validator = validatorP.catch((e) => {
              throw new GuardError(`schemas: ${e.message}`);
            });
            const checkout = opts.base;
            let base;
            if (checkout && baseWhy) base = { commit: checkout.commit, unavailable: baseWhy };
            else if (checkout && baseP) {
              const br = await baseP;
              if (br.spawnError) throw new GuardError(`cannot run helm (${helm}): ${br.spawnError.message}`);
              base = engine.baseRender(br, {
                commit: checkout.commit,
                combo: combo.name,
                chartDir: p.base.config.chartDir,
                baseDir,
                toHead: (file) => headFileOf(file, { baseDir, worktree: checkout.worktree, repoRoot: checkout.repoRoot })
              });
            }
            const { result: result2, secrets } = await engine.analyzeRender({
              combo,
              config,
              chart: p.chart,
              baseDir,
              failOn,
              validator,
              render: r,
              started: comboStarted,
              ...base ? { base } : {}
            });
            for (const v of secrets) runSecrets.add(v);
            if (result2.render === "ok" && r.code === 0 && config.combos.length > 1) {
              const vc = await valuesChecks;
              fingerprints.set(result2, {
                combo,
                fingerprint: vc.renderFingerprint(r.stdout),
                ...vc.noisyChart(config) ? { stdout: r.stdout } : {}
              });
            }
            for (const f of result2.findings) f.chart = p.chart;
            opts.onCombo?.(result2);
            return result2;
          })
        );
      }
    }
    try {
      for (const p of prepared) p.config.checkPatterns?.();
    } catch (e) {
      stopped = true;
      stopRuns();
      for (const t of [...comboTasks, ...lintTasks]) t.catch(() => void 0);
      throw e;
    }
    const coverageTasks = /* @__PURE__ */ new Map();
    if (coverageOf.size) {
      const stage = import('./chunk-Dq2SDRJw.js');
      for (const [p, combos] of coverageOf)
        coverageTasks.set(
          p,
          stage.then(
            ({ coverageStage }) => coverageStage({
              config: p.config,
              chart: p.chart,
              helm,
              baseDir,
              combos,
              inline: p.inline,
              extraApiVersions: p.extraApiVersions,
              pooled,
              sharded: !!opts.shard
            })
          )
        );
    }
    const settled = await Promise.allSettled([
      versionP,
      Promise.all(comboTasks),
      Promise.all(lintTasks),
      Promise.all(coverageTasks.values())
    ]);
    for (const x of settled) if (x.status === "rejected") throw x.reason;
    const version = await versionP;
    const done = await Promise.all(comboTasks);
    const lintFindings = (await Promise.all(lintTasks)).flat();
    const valuesFindings = /* @__PURE__ */ new Map();
    const valuesAcross = async (p, vc) => {
      const mine2 = done.filter((c) => c.chart === p.chart && fingerprints.has(c));
      const again = async (combo) => {
        const r = await pooled(helm, templateArgs(p.config, combo, p.inline, p.extraApiVersions), {
          timeoutMs: p.config.timeoutMs,
          cwd: baseDir
        });
        return r.code === 0 && !r.timedOut && !r.outputTooLarge ? r.stdout : void 0;
      };
      const rendered = mine2.map((c) => fingerprints.get(c));
      for (const { combo, finding } of await vc.duplicateCombos(rendered, baseDir, again)) {
        const f = level(finding, combo.rules);
        const c = mine2.find((x) => fingerprints.get(x).combo === combo);
        if (f && c) c.findings.push({ ...f, chart: p.chart });
      }
      if (!p.owned) return;
      const on = (id) => p.config.rules[id]?.severity !== "off";
      const unused = p.config.rules["values/unused"]?.severity;
      valuesFindings.set(p, [
        ...on("values/undefined") ? vc.undefinedReads(p.config, baseDir) : [],
        ...opts.unusedValues || unused && unused !== "off" ? vc.unusedDefaults(p.config, baseDir) : []
      ]);
    };
    for (const p of prepared) {
      try {
        await valuesAcross(p, await valuesChecks);
      } catch (e) {
        valuesFindings.set(p, [
          {
            severity: "error",
            rule: "internal/rule-failed",
            combo: "",
            message: `the values checks could not run: ${e.message}`
          }
        ]);
      }
    }
    const coverage = /* @__PURE__ */ new Map();
    for (const [p, t] of coverageTasks) coverage.set(p, await t);
    const charts = prepared.map((p) => ({
      chart: p.chart,
      lint: !p.config.lint.enabled ? "off" : p.config.lint.perCombo ? "per-combo" : "once",
      owned: p.owned,
      findings: [
        ...p.owned ? kubeVersionNotes(p.config).map((f) => level(f, p.config.rules)).filter((f) => !!f).map((f) => ({ ...f, chart: p.chart })) : [],
        ...lintFindings.filter((f) => f.chart === p.chart),
        ...(valuesFindings.get(p) ?? []).map((f) => level(f, p.config.rules)).filter((f) => !!f).map((f) => ({ ...f, chart: p.chart })),
        ...(coverage.get(p)?.findings ?? []).map((f) => level(f, p.config.rules)).filter((f) => !!f).map((f) => ({ ...f, chart: p.chart }))
      ]
    }));
    scrubSecrets([...done.flatMap((c) => c.findings), ...charts.flatMap((c) => c.findings)], runSecrets);
    const result = finalize({
      failOn,
      helm: { path: helm, version },
      charts,
      combos: done,
      durationMs: performance.now() - started
    });
    if (opts.base) result.base = { commit: opts.base.commit, ref: opts.base.ref };
    const measured = [...coverage.values()].flatMap((c) => c.coverage ? [c.coverage] : []);
    if (measured.length) result.coverage = measured;
    if (opts.shard)
      result.shard = {
        index: opts.shard.index,
        total: opts.shard.total,
        items,
        mine: items.filter((_, i) => mine(i))
      };
    return result;
  } finally {
    if (inlineDir) rmSync(inlineDir, { recursive: true, force: true });
  }
}
var sameFinding = (f) => JSON.stringify(f);
function finalize(raw) {
  const { failOn } = raw;
  const chartWide = [];
  for (const ch of raw.charts) {
    const combos = raw.combos.filter((c) => c.chart === ch.chart);
    const renderAt = new Set(
      combos.flatMap(
        (c) => c.findings.filter((f) => f.rule === "render/failed" && f.location).map((f) => `${f.location.file}:${f.location.line}`)
      )
    );
    const apis = new Set(combos.flatMap((c) => c.apis));
    const kept = ch.findings.filter(
      (f) => !(f.rule.startsWith("lint/") && f.location && renderAt.has(`${f.location.file}:${f.location.line}`))
    ).filter((f) => {
      const dep = /^helm lint: (\S+) (\w+) is deprecated in v/.exec(f.message);
      return !dep || apis.has(`${dep[1]} ${dep[2]}`);
    });
    if (combos.some((c) => c.documents > 0)) {
      for (const c of combos)
        for (const f of c.findings)
          if (f.rule === "render/empty" && f.severity === "error" && !c.emptyConfigured) {
            f.severity = "warning";
            f.message = "the render produced no resources with these values (other combos do): nothing would be installed";
          }
    }
    const lintFailed = kept.some((f) => f.combo === "" && f.rule.startsWith("lint/") && atOrAbove(f.severity, failOn));
    for (const c of combos) {
      const own = kept.filter((f) => f.combo === c.name);
      const ownKeys = new Set(own.map(sameFinding));
      c.findings = [...own, ...c.findings.filter((f) => !ownKeys.has(sameFinding(f)))];
      const failing = c.findings.filter((f) => atOrAbove(f.severity, failOn));
      for (const k of Object.keys(c.checks))
        if (c.checks[k] === "fail") c.checks[k] = "pass";
      for (const f of failing) c.checks[checkOf(f.rule)] = "fail";
      c.checks.lint = ch.lint === "off" ? "skipped" : (ch.lint === "per-combo" ? own.some((f) => f.rule.startsWith("lint/") && atOrAbove(f.severity, failOn)) : lintFailed) ? "fail" : "pass";
      c.status = failing.length || ch.lint === "once" && lintFailed ? "fail" : "pass";
    }
    chartWide.push(...kept.filter((f) => f.combo === ""));
  }
  const findings = [...chartWide, ...raw.combos.flatMap((c) => c.findings)];
  const charts = raw.charts.map((c) => c.chart);
  const chartFailed = chartWide.some((f) => atOrAbove(f.severity, failOn));
  return {
    result: raw.combos.every((c) => c.status === "pass") && !chartFailed ? "pass" : "fail",
    failOn,
    helm: raw.helm,
    chart: charts[0] ?? "",
    charts,
    combos: raw.combos,
    findings,
    chartRuns: raw.charts,
    durationMs: raw.durationMs
  };
}

const require$6 = createRequire(import.meta.url);
const __filename$6 = fileURLToPath(import.meta.url);
const __dirname$6 = dirname(__filename$6);
function gitTopLevel(dir) {
  let d = resolve(dir);
  for (; ; ) {
    if (existsSync(resolve(d, ".git"))) return d;
    const up = dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function reportContext(baseDir, env = {}, extra = {}) {
  const base = resolve(baseDir);
  const ctx = { baseDir: base, repoRoot: gitTopLevel(base) ?? base };
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (server && repository && sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) && /^[\w.-]+\/[\w.-]+$/.test(repository))
    ctx.links = { server: server.replace(/\/+$/, ""), repository, sha };
  if (extra.sarifCategory) ctx.sarifCategory = extra.sarifCategory;
  return ctx;
}
function repoPath(ctx, file) {
  const abs = resolve(ctx.baseDir, file);
  const rel = relative(ctx.repoRoot, abs);
  if (rel === "") return ".";
  if (rel.startsWith("..") || isAbsolute(rel)) return abs.split(sep).join("/");
  return rel.split(sep).join("/");
}
function readSource(ctx, file) {
  const abs = resolve(ctx.baseDir, file);
  try {
    const real = realpathSync(abs);
    const rel = relative(realpathSync(ctx.repoRoot), real);
    if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
    const read = readRegularFile(real, 4 * 1024 * 1024);
    return "text" in read ? read.text : void 0;
  } catch {
    return void 0;
  }
}
function outsideRepo(path) {
  return /^(\/|[A-Za-z]:\/)/.test(path);
}

const require$5 = createRequire(import.meta.url);
const __filename$5 = fileURLToPath(import.meta.url);
const __dirname$5 = dirname(__filename$5);

// src/util/text.ts
function collapseLineBreaks(s) {
  if (!s.includes("\n")) return s;
  return s.split(/(\s+)/).map((part, i) => i % 2 === 1 && part.includes("\n") ? " " : part).join("");
}
function grouped(n) {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function plural(n, word) {
  return `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const require$4 = createRequire(import.meta.url);
const __filename$4 = fileURLToPath(import.meta.url);
const __dirname$4 = dirname(__filename$4);

// src/util/yaml-position.ts
var keyIndex = /* @__PURE__ */ new WeakMap();
function pairOf(map, seg) {
  let index = keyIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map.items)
      if (yaml().isPair(p) && yaml().isScalar(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    keyIndex.set(map, index);
  }
  return index.get(String(seg));
}
function offsetOfPath(doc, path) {
  let node = doc.contents;
  let at = node?.range?.[0];
  for (const seg of path) {
    if (yaml().isMap(node)) {
      const pair = pairOf(node, seg);
      if (!pair) break;
      at = pair.key.range?.[0] ?? at;
      node = pair.value;
    } else if (yaml().isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      at = item.range?.[0] ?? at;
      node = item;
    } else break;
  }
  return at;
}
function duplicateKeys(doc) {
  const out = [];
  yaml().visit(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const p of map.items) {
        if (!yaml().isScalar(p.key)) continue;
        const v = p.key.value;
        if (v === "<<") continue;
        const k = typeof v === "string" ? `s${v}` : v;
        if (seen.has(k)) {
          const r = p.key.range;
          out.push({ pos: r ? [r[0], r[1]] : [0, 0], key: String(v) });
        } else seen.add(k);
      }
    }
  });
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 0-based line of an offset. */
  lineOf(offset) {
    return lineAt(this.starts, offset);
  }
  /** The text of a 0-based line (without its newline). */
  line(n) {
    if (n < 0 || n >= this.starts.length) return void 0;
    const end = n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[n], end);
  }
};

const require$3 = createRequire(import.meta.url);
const __filename$3 = fileURLToPath(import.meta.url);
const __dirname$3 = dirname(__filename$3);

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

const require$2 = createRequire(import.meta.url);
const __filename$2 = fileURLToPath(import.meta.url);
const __dirname$2 = dirname(__filename$2);
var GO_SPACE = "\\t\\n\\f\\r ";
var CLASS_ESCAPES = {
  d: "\\d",
  D: "\\D",
  w: "\\w",
  W: "\\W",
  s: `[${GO_SPACE}]`,
  S: `[^${GO_SPACE}]`
};
var IN_CLASS_ESCAPES = { d: "\\d", w: "\\w", s: GO_SPACE };
var isPunct = (c) => c.length === 1 && c > " " && c < "" && !/[A-Za-z0-9]/.test(c);
var lit = (c) => /[\\^$.|?*+()[\]{}/-]/.test(c) ? `\\${c}` : c;
function goToLinearSource(p) {
  let out = "";
  let i = 0;
  let repeatable = false;
  let braces = 0;
  const names = /* @__PURE__ */ new Set();
  while (i < p.length) {
    const c = p[i];
    if (c === "\\") {
      const n = p[i + 1];
      if (n === void 0) return void 0;
      if (CLASS_ESCAPES[n]) out += CLASS_ESCAPES[n];
      else if (isPunct(n)) out += lit(n);
      else return void 0;
      i += 2;
      repeatable = true;
    } else if (c === "[") {
      let j = i + 1;
      let cls = "[";
      if (p[j] === "^") {
        cls += "^";
        j++;
      }
      if (p[j] === "]" || p.startsWith("[:", j)) return void 0;
      let last = "none";
      for (; ; ) {
        const d = p[j];
        if (d === void 0) return void 0;
        if (d === "]") break;
        if (d === "\\") {
          const n = p[j + 1];
          if (n === void 0) return void 0;
          if (IN_CLASS_ESCAPES[n]) {
            cls += IN_CLASS_ESCAPES[n];
            last = "none";
          } else if (isPunct(n)) {
            cls += `\\${n}`;
            last = "escaped";
          } else return void 0;
          j += 2;
        } else if (d === "[") {
          if (p.startsWith("[:", j)) return void 0;
          cls += "\\[";
          j++;
          last = "char";
        } else if (d === "-" && p[j + 1] !== "]" && last !== "none") {
          const prev = p[j - 1];
          const next = p[j + 1];
          if (last === "escaped" || next === void 0 || next === "\\" || next === "[" || prev > next)
            return void 0;
          if (next >= "\uD800" && next <= "\uDFFF") return void 0;
          cls += `-${next === "^" ? "\\^" : next}`;
          j += 2;
          last = "none";
        } else {
          if (d >= "\uD800" && d <= "\uDFFF") return void 0;
          cls += d === "-" ? "\\-" : d === "^" ? "\\^" : d;
          j++;
          last = "char";
        }
      }
      out += cls + "]";
      i = j + 1;
      repeatable = true;
    } else if (c === "(") {
      if (p.startsWith("(?:", i)) {
        out += "(?:";
        i += 3;
      } else if (p.startsWith("(?P<", i)) {
        const m = /^\(\?P<([A-Za-z0-9_]+)>/.exec(p.slice(i));
        if (!m || names.has(m[1])) return void 0;
        names.add(m[1]);
        out += "(";
        i += m[0].length;
      } else if (p[i + 1] === "?") {
        return void 0;
      } else {
        out += "(";
        i++;
      }
      repeatable = false;
    } else if (c === ")") {
      out += ")";
      i++;
      repeatable = true;
    } else if (c === "|") {
      out += "|";
      i++;
      repeatable = false;
    } else if (c === "*" || c === "+" || c === "?" || c === "{") {
      let q = c;
      if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
        if (!m || Number(m[1]) > 1e3 || m[3] && Number(m[3]) > 1e3 || m[3] && Number(m[3]) < Number(m[1]))
          return void 0;
        q = m[0];
        braces += Number(m[3] || m[1]);
        if (braces > 1e3) return void 0;
      }
      if (!repeatable) return void 0;
      i += q.length;
      if (p[i] === "?") {
        q += "?";
        i++;
      }
      if (p[i] === "*" || p[i] === "+" || p[i] === "?" || p[i] === "{") return void 0;
      out += q;
      repeatable = false;
    } else if (c === ".") {
      out += "[^\\n]";
      i++;
      repeatable = true;
    } else if (c === "^" || c === "$") {
      out += c;
      i++;
      repeatable = false;
    } else {
      if (c >= "\uD800" && c <= "\uDFFF") return void 0;
      out += lit(c);
      i++;
      repeatable = true;
    }
  }
  return out;
}
var engine;
function linearEngine() {
  if (engine === void 0) {
    try {
      setFlagsFromString("--enable-experimental-regexp-engine");
      engine = new RegExp("^(a+)+$", "l").test("a".repeat(30) + "!") === false;
    } catch {
      engine = false;
    }
  }
  return engine;
}
function linearGoRegExp(pattern) {
  const src = goToLinearSource(pattern);
  if (src === void 0 || !linearEngine()) return void 0;
  try {
    return new RegExp(src, "l");
  } catch {
    return void 0;
  }
}

// src/util/regex.ts
var engine2;
function RE2() {
  engine2 ??= re2js().RE2JS;
  return engine2;
}
var InputRegExpError = class extends Error {
  constructor(pattern, reason) {
    super(`/${pattern}/ is not a regular expression helm-guard can run (RE2 syntax, as Go's): ${reason}`);
    this.pattern = pattern;
    this.name = "InputRegExpError";
  }
  pattern;
};
function re2Flags(flags) {
  let f = 0;
  for (const c of flags) {
    if (c === "i") f |= RE2().CASE_INSENSITIVE;
    else if (c === "m") f |= RE2().MULTILINE;
    else if (c === "s") f |= RE2().DOTALL;
    else if (!"ugyd".includes(c)) throw new InputRegExpError("", `unknown flag "${c}"`);
  }
  return f;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_MAX = 1e4;
var META = new Set("\\^$.|?*+()[]{}");
var ANY = -1;
var PLAIN_MAX_STEPS = 1e6;
function plainPattern(pattern, flags, fallback) {
  if (flags !== "" && flags !== "u" || pattern.length > 1e3) return void 0;
  let i = 0;
  let end = pattern.length;
  const start = pattern.startsWith("^");
  if (start) i = 1;
  let anchorEnd = false;
  if (end > i && pattern[end - 1] === "$") {
    let b = 0;
    for (let j = end - 2; j >= i && pattern[j] === "\\"; j--) b++;
    if (b % 2 === 0) {
      anchorEnd = true;
      end--;
    }
  }
  const toks = [];
  let dots = false;
  while (i < end) {
    const c = pattern.codePointAt(i);
    const ch = String.fromCodePoint(c);
    if (ch === ".") {
      toks.push(ANY);
      dots = true;
      i++;
    } else if (ch === "\\") {
      const n = pattern.charCodeAt(i + 1);
      if (!(n > 32 && n < 127) || /[A-Za-z0-9]/.test(pattern[i + 1])) return void 0;
      toks.push(n);
      i += 2;
    } else if (META.has(ch) || c === 10 || c === 13) {
      return void 0;
    } else {
      toks.push(c);
      i += ch.length;
    }
  }
  const literal = dots ? void 0 : String.fromCodePoint(...toks);
  const at = (s, p) => {
    for (const t of toks) {
      if (p >= s.length) return -1;
      const c = s.codePointAt(p);
      if (t === ANY ? c === 10 : c !== t) return -1;
      p += c > 65535 ? 2 : 1;
    }
    return p;
  };
  const test = (s) => {
    if (literal !== void 0) {
      if (start && anchorEnd) return s === literal;
      if (start) return s.startsWith(literal);
      if (anchorEnd) return s.endsWith(literal);
      return s.includes(literal);
    }
    if (s.length * toks.length > PLAIN_MAX_STEPS || /[\uD800-\uDFFF]/.test(s)) return fallback().test(s);
    if (start) {
      const e = at(s, 0);
      return e >= 0 && (!anchorEnd || e === s.length);
    }
    for (let p = 0; p <= s.length; p++) {
      const e = at(s, p);
      if (e >= 0 && (!anchorEnd || e === s.length)) return true;
    }
    return false;
  };
  return { source: pattern, test, toString: () => `/${pattern}/${flags}` };
}
var NATIVE_MAX_STEPS = 3e5;
function nativePattern(pattern, flags, fallback) {
  if (flags !== "" && flags !== "u") return void 0;
  const native = linearGoRegExp(pattern);
  if (!native) return void 0;
  return {
    source: pattern,
    test: (s) => s.length * pattern.length > NATIVE_MAX_STEPS || /[\uD800-\uDFFF]/.test(s) ? fallback().test(s) : native.test(s),
    toString: () => `/${pattern}/${flags}`
  };
}
function re2Pattern(pattern, flags) {
  let compiled;
  try {
    compiled = RE2().compile(pattern, re2Flags(flags));
  } catch (e) {
    if (e instanceof InputRegExpError) throw new InputRegExpError(pattern, e.message.replace(/^.*: /, ""));
    throw new InputRegExpError(pattern, e.message.replace(/^error parsing regexp: /, ""));
  }
  return { source: pattern, test: (s) => compiled.test(s), toString: () => `/${pattern}/${flags}` };
}
function inputRegExp(pattern, flags = "") {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let onRe2;
  const fallback = () => onRe2 ??= re2Pattern(pattern, flags);
  const re = plainPattern(pattern, flags, fallback) ?? nativePattern(pattern, flags, fallback) ?? fallback();
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, re);
  return re;
}
function inputRegExpProblem(pattern, flags = "") {
  try {
    inputRegExp(pattern, flags);
    return void 0;
  } catch (e) {
    return e.message;
  }
}

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/config/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/certctl/helm-guard/main/src/config/config.schema.json",
  title: "helm-guard configuration (.helm-guard.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: "The JSON schema of this file, for editors (e.g. this schema's $id); helm-guard ignores it."
    },
    chart: { type: "string", minLength: 1, description: "Chart directory, relative to this file." },
    charts: {
      type: "array",
      minItems: 1,
      description: "Several charts in one run: directories or globs relative to this file (a directory that is not a chart stands for every chart under it), each guarded with its own .helm-guard.yaml when it has one, else zero-config; or { chart, ... } with that chart's settings inline (the keys of this file but charts). kubeVersion, apiVersions, releaseName, namespace, lint, timeout, includeCrds, schemas, rules and external set beside charts apply to every chart that does not set them.",
      items: {
        oneOf: [
          { type: "string", minLength: 1 },
          { type: "object", required: ["chart"], properties: { chart: { type: "string", minLength: 1 } } }
        ]
      }
    },
    releaseName: { $ref: "#/definitions/releaseName" },
    namespace: { $ref: "#/definitions/namespace" },
    kubeVersion: { $ref: "#/definitions/kubeVersion" },
    apiVersions: { $ref: "#/definitions/stringList" },
    valuesFiles: {
      $ref: "#/definitions/stringList",
      description: "Values files for every combo, relative to this file."
    },
    values: {
      type: "object",
      description: "Inline values for every combo, applied after valuesFiles and before set."
    },
    set: { $ref: "#/definitions/setMap" },
    setString: { $ref: "#/definitions/setStringMap" },
    includeCrds: { type: "boolean", description: "Render the chart's crds/ too (default true)." },
    lint: {
      oneOf: [
        { type: "boolean" },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: { type: "boolean" },
            strict: { type: "boolean" },
            perCombo: { type: "boolean" }
          }
        }
      ]
    },
    timeout: { $ref: "#/definitions/duration", description: "Per helm call (default 120s)." },
    concurrency: { type: "integer", minimum: 1, maximum: 64 },
    schemas: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean" },
        strict: { type: "boolean" },
        locations: { $ref: "#/definitions/stringList" },
        crds: { $ref: "#/definitions/stringList" },
        cacheDir: { type: "string" },
        unknownKinds: {
          oneOf: [
            { $ref: "#/definitions/level" },
            {
              type: "object",
              additionalProperties: false,
              properties: {
                default: { $ref: "#/definitions/level" },
                kinds: { type: "object", additionalProperties: { $ref: "#/definitions/level" } }
              }
            }
          ]
        }
      }
    },
    rules: { $ref: "#/definitions/rules" },
    coverage: {
      description: "Template coverage: which lines and branches of the chart's templates the combos render (default off; --coverage turns it on). true, or the settings.",
      oneOf: [
        { type: "boolean" },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: { type: "boolean", description: "Default true when the object is given." },
            branches: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "Gate: fail (coverage/branches) when fewer branches than this percentage are covered."
            },
            lines: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "Gate: fail (coverage/lines) when fewer template lines than this percentage are covered."
            },
            files: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "Gate: fail (coverage/files) when fewer rendered templates than this percentage print something in some combo."
            },
            formats: {
              type: "array",
              items: { enum: ["lcov", "cobertura"] },
              description: "Coverage files to write (default both)."
            },
            output: {
              type: "string",
              minLength: 1,
              description: "Directory of lcov.info and cobertura.xml, relative to this file (default helm-guard-coverage)."
            }
          }
        }
      ]
    },
    external: {
      type: "object",
      additionalProperties: false,
      properties: {
        configMaps: { $ref: "#/definitions/stringList" },
        secrets: { $ref: "#/definitions/stringList" },
        serviceAccounts: { $ref: "#/definitions/stringList" },
        persistentVolumeClaims: { $ref: "#/definitions/stringList" }
      }
    },
    expect: { $ref: "#/definitions/expect" },
    combos: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9 ._/+-]*$", maxLength: 100 },
          description: { type: "string" },
          valuesFiles: { $ref: "#/definitions/stringList" },
          values: { type: "object", description: "Inline values, applied after the combo's valuesFiles." },
          set: { $ref: "#/definitions/setMap" },
          setString: { $ref: "#/definitions/setStringMap" },
          releaseName: { $ref: "#/definitions/releaseName" },
          namespace: { $ref: "#/definitions/namespace" },
          kubeVersion: { $ref: "#/definitions/kubeVersion" },
          apiVersions: { $ref: "#/definitions/stringList" },
          rules: { $ref: "#/definitions/rules" },
          expect: { $ref: "#/definitions/expect" }
        }
      }
    }
  },
  definitions: {
    stringList: { type: "array", items: { type: "string", minLength: 1 } },
    releaseName: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 53 },
    namespace: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63 },
    kubeVersion: { type: "string", pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$" },
    duration: {
      oneOf: [
        { type: "number", exclusiveMinimum: 0, description: "seconds" },
        { type: "string", pattern: "^\\d+(\\.\\d+)?(ms|s|m)$" }
      ]
    },
    setMap: {
      type: "object",
      description: "--set key=value pairs; keys use helm's path syntax (a.b[0].c).",
      additionalProperties: { type: ["string", "number", "boolean", "null"] }
    },
    setStringMap: {
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean"] }
    },
    level: { enum: ["error", "warning", "notice", "off"] },
    rules: {
      type: "object",
      additionalProperties: {
        oneOf: [
          { $ref: "#/definitions/level" },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              severity: { $ref: "#/definitions/level" },
              options: { type: "object" },
              resources: {
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["severity"],
                  properties: {
                    kind: { type: "string" },
                    name: { type: "string" },
                    severity: { $ref: "#/definitions/level" }
                  }
                }
              }
            }
          }
        ]
      }
    },
    count: {
      oneOf: [
        { type: "integer", minimum: 0 },
        { type: "string", pattern: "^\\s*(>=|<=|>|<|==)?\\s*\\d+\\s*$" }
      ]
    },
    assertion: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      properties: {
        path: { type: "string", minLength: 1, description: "a.b[0].c, a.list[name=x].value, a.list[*].y" },
        equals: {},
        oneOf: { type: "array", minItems: 1 },
        matches: { type: "string", format: "regex" },
        exists: { type: "boolean" },
        absent: { type: "boolean" },
        contains: {},
        message: { type: "string" }
      }
    },
    resourceExpectation: {
      type: "object",
      additionalProperties: false,
      required: ["kind"],
      properties: {
        kind: { type: "string", minLength: 1 },
        apiVersion: { type: "string" },
        name: { type: "string", description: "glob: * and ?" },
        labels: { type: "object", additionalProperties: { type: "string" } },
        count: { $ref: "#/definitions/count" },
        assert: { type: "array", items: { $ref: "#/definitions/assertion" } }
      }
    },
    expect: {
      type: "object",
      additionalProperties: false,
      properties: {
        kinds: { type: "object", additionalProperties: { $ref: "#/definitions/count" } },
        resources: { type: "array", items: { $ref: "#/definitions/resourceExpectation" } },
        failure: {
          oneOf: [
            { type: "string", format: "regex" },
            {
              type: "object",
              additionalProperties: false,
              required: ["message"],
              properties: { message: { type: "string", format: "regex" } }
            }
          ]
        }
      }
    }
  }
};
function isChart(dir) {
  try {
    return statSync(join(dir, "Chart.yaml")).isFile();
  } catch {
    return false;
  }
}
function findCharts(dir) {
  const out = [];
  const walk = (d) => {
    if (isChart(d)) {
      out.push(d);
      return;
    }
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith(".") || e.name === "node_modules") continue;
      walk(join(d, e.name));
    }
  };
  walk(resolve(dir));
  return out.sort();
}

// src/config/load.ts
var ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "ConfigError";
  }
  file;
  line;
  column;
  /** `file:line:col: message` */
  toString() {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ""}` : ""}: ` : "";
    return `${where}${this.message}`;
  }
};
var validator;
function validateSchema(data) {
  validator ??= createRequire(import.meta.url)(fileURLToPath(new URL("config.cjs", DATA)));
  return validator(data);
}
function displayPath(cwd, p) {
  const r = repoPath$1(cwd, p);
  return r.startsWith("..") ? p.split("\\").join("/") : r;
}
var MAX_TIMEOUT_MS = 24 * 60 * 60 * 1e3;
function parseDuration(v, dflt) {
  if (v === void 0) return dflt;
  if (typeof v === "number") return Math.round(v * 1e3);
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(v);
  const n = Number(m[1]);
  return Math.round(m[2] === "ms" ? n : m[2] === "s" ? n * 1e3 : n * 6e4);
}
function timeoutOf(v, where) {
  const ms = parseDuration(v, 12e4);
  if (!Number.isFinite(ms) || ms > MAX_TIMEOUT_MS)
    throw new ConfigError(`timeout ${JSON.stringify(v)} is too long: at most 24h (1440m) per helm call`, ...where());
  if (ms < 1)
    throw new ConfigError(`timeout ${JSON.stringify(v)} is too short: at least 1ms per helm call`, ...where());
  return ms;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function dotted(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("") || "(top level)";
}
function schemaAt(schemaPath) {
  let node = config_schema_default;
  for (const raw of schemaPath.replace(/^#\//, "").split("/").slice(0, -1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node?.[seg];
    while (node && typeof node.$ref === "string") node = schemaAt(node.$ref + "/x");
  }
  return node;
}
function pickError(errors) {
  const rank = (e) => (e.keyword === "additionalProperties" ? 0 : e.keyword === "enum" ? 1 : e.keyword === "oneOf" ? 9 : 2) * 1e3 - e.instancePath.split("/").length;
  return [...errors].sort((a, b) => rank(a) - rank(b))[0];
}
function describe(e, path) {
  const where = dotted(path);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = e.params.additionalProperty;
      const props = Object.keys(schemaAt(e.schemaPath)?.properties ?? {});
      const near = closest(key, props);
      return `unknown key "${key}" in ${where}${near ? `; did you mean "${near}"?` : props.length ? ` (valid keys: ${props.join(", ")})` : ""}`;
    }
    case "enum":
      return `${where} must be one of ${e.params.allowedValues.join(", ")}`;
    case "type":
      return `${where} must be ${e.params.type.toString().replace(/,/g, " or ")}`;
    case "required":
      return `${where} needs "${e.params.missingProperty}"`;
    case "pattern":
      return `${where} has an invalid value (must match ${e.params.pattern})`;
    case "minItems":
      return path.join("/") === "combos" ? "combos is empty: the values matrix needs at least one combo (or leave combos out for zero-config)" : `${where} needs at least ${e.params.limit} item(s)`;
    case "format":
      return `${where} is not a valid ${e.params.format}`;
    default:
      return `${where} ${e.message ?? "is invalid"}`;
  }
}
function resolveFiles(list, dir, cfgFile, lineOfPath, at) {
  return (list ?? []).map((f, i) => {
    const abs = resolve(dir, f);
    const problem = valuesFileProblem(abs, f);
    if (problem) throw new ConfigError(problem, cfgFile, lineOfPath([...at, i]));
    return abs;
  });
}
function valuesFileProblem(abs, shown) {
  if (/[\r\n\0]/.test(abs))
    return `values file name holds a line break or NUL, which helm cannot read: ${JSON.stringify(shown)}`;
  let st;
  try {
    st = statSync(abs);
  } catch {
    return `values file not found: ${shown}`;
  }
  if (st.isDirectory()) return `values file is a directory: ${shown}`;
  if (!st.isFile()) return `values file is not a regular file: ${shown}`;
  return void 0;
}
function mergeExpect(global, local, loc, gAt, lAt) {
  const out = { kinds: {}, kindLocations: {}, resources: [] };
  const lazy = (o, key, path) => Object.defineProperty(o, key, { get: () => loc(path), enumerable: true, configurable: true });
  for (const [src, at] of [
    [global, gAt],
    [local, lAt]
  ]) {
    if (!src) continue;
    for (const [k, v] of Object.entries(src.kinds ?? {})) {
      out.kinds[k] = v;
      lazy(out.kindLocations, k, [...at, "kinds", k]);
    }
    (src.resources ?? []).forEach(
      (r, i) => out.resources.push(lazy({ ...r }, "location", [...at, "resources", i]))
    );
    if (src.failure !== void 0) {
      const message = typeof src.failure === "string" ? src.failure : src.failure.message;
      out.failure = lazy({ message }, "location", [...at, "failure"]);
    }
  }
  return out;
}
function ownsPath(c, p) {
  if (p[0] === "name") return true;
  let o = c;
  for (const k of p) {
    if (!o || typeof o !== "object" || !Object.hasOwn(o, k)) return false;
    o = o[k];
  }
  return true;
}
function zeroConfigCombos(chartDir) {
  const ci = join(chartDir, "ci");
  let files = [];
  try {
    files = readdirSync(ci).filter((f) => f.endsWith("-values.yaml") || f.endsWith("-values.yml")).sort();
  } catch {
  }
  if (files.length === 0) return [{ name: "default", valuesFiles: [] }];
  return files.map((f) => {
    const problem = valuesFileProblem(join(ci, f), `ci/${f}`);
    if (problem) throw new ConfigError(`${problem} (in the chart's ci/ folder)`, join(ci, f));
    return { name: f.replace(/-values\.ya?ml$/, ""), valuesFiles: [join(ci, f)] };
  });
}
var MAX_CONFIG_BYTES = 64 * 1024 * 1024;
function readConfigText(file, shown) {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw new ConfigError(
      `config file cannot be read (${e.code ?? e.message})`,
      shown
    );
  }
  if (st.isDirectory()) throw new ConfigError("the config file is a directory", shown);
  if (!st.isFile()) throw new ConfigError("the config file is not a regular file", shown);
  if (st.size > MAX_CONFIG_BYTES)
    throw new ConfigError(
      `the config file is ${st.size} bytes, more than a config can be (${MAX_CONFIG_BYTES})`,
      shown
    );
  const bytes = readFileSync(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    throw new ConfigError("the config file is not UTF-8 text (save it as UTF-8)", shown, line, column);
  }
}
function firstInvalidUtf8(bytes) {
  const text = bytes.toString("utf8");
  for (let i = text.indexOf("�"); i >= 0; i = text.indexOf("�", i + 1)) {
    const off = Buffer.byteLength(text.slice(0, i));
    if (!(bytes[off] === 239 && bytes[off + 1] === 191 && bytes[off + 2] === 189)) {
      const before = text.slice(0, i);
      return { line: before.split("\n").length, column: i - before.lastIndexOf("\n") };
    }
  }
  return { line: 1, column: 1 };
}
var MAX_ALIAS_EXPANSION = 1e6;
function aliasExpansion(root) {
  const size = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  let written = 0;
  const walk = (v) => {
    if (typeof v !== "object" || v === null) return 1;
    const known = size.get(v);
    if (known !== void 0) return known;
    if (onStack.has(v)) return Infinity;
    onStack.add(v);
    written++;
    let n = 1;
    for (const c of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof c !== "object" || c === null) written++;
      n += walk(c);
      if (n > 1e15) break;
    }
    onStack.delete(v);
    size.set(v, n);
    return n;
  };
  return walk(root) - Math.max(written, 1);
}
function readConfigFile(file, shown) {
  const text = readConfigText(file, shown);
  let positions;
  const parsed = () => {
    if (!positions) {
      const lc = new (yaml()).LineCounter();
      positions = { doc: yaml().parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false }), lc };
    }
    return positions;
  };
  let raw;
  try {
    raw = load$2(text, { schema: CORE_SCHEMA }) ?? {};
  } catch (err) {
    const mark = err.mark;
    if (err.reason === "duplicated mapping key" && mark)
      throw new ConfigError("duplicate key", shown, mark.line + 1, mark.column + 1);
    const { doc, lc } = parsed();
    const e = doc.errors[0];
    const dup = duplicateKeys(doc)[0];
    if (dup && (!e || dup.pos[0] <= e.pos[0])) {
      const p = lc.linePos(dup.pos[0]);
      throw new ConfigError("duplicate key", shown, p.line, p.col);
    }
    if (e) {
      const p = lc.linePos(e.pos[0]);
      throw new ConfigError(
        `invalid YAML: ${e.message.split("\n")[0].replace(/ at line \d+.*$/, "")}`,
        shown,
        p.line,
        p.col
      );
    }
    try {
      raw = doc.toJS() ?? {};
    } catch (err2) {
      throw new ConfigError(`invalid YAML: ${err2.message}`, shown, firstAliasLine(doc, lc));
    }
  }
  if (aliasExpansion(raw) > MAX_ALIAS_EXPANSION) {
    const { doc, lc } = parsed();
    throw new ConfigError(
      `YAML aliases here expand to more than ${grouped(MAX_ALIAS_EXPANSION)} values (an alias bomb, or an alias used inside its own anchor); write the values out`,
      shown,
      firstAliasLine(doc, lc)
    );
  }
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError("the config must be a mapping", shown, 1);
  const where = (path) => {
    const { doc, lc } = parsed();
    const off = offsetOfPath(doc, path);
    return off === void 0 ? void 0 : lc.linePos(off);
  };
  const check = (value, at) => {
    if (validateSchema(value)) return;
    const e = pickError(validator.errors ?? []);
    let path = pointerToPath(e.instancePath);
    if (e.keyword === "additionalProperties")
      path = [...path, e.params.additionalProperty];
    const pos = where([...at, ...path]);
    throw new ConfigError(
      describe(e, [...at, ...e.keyword === "additionalProperties" ? path.slice(0, -1) : path]),
      shown,
      pos?.line,
      pos?.col
    );
  };
  check(raw, []);
  (raw.charts ?? []).forEach((entry, i) => {
    if (!entry || typeof entry !== "object") return;
    if ("charts" in entry)
      throw new ConfigError(
        "charts cannot nest: an entry of charts is one chart",
        shown,
        where(["charts", i, "charts"])?.line
      );
    check(entry, ["charts", i]);
  });
  return {
    file,
    shown,
    raw,
    loc: (path) => {
      const pos = where(path);
      return pos ? { file: shown, line: pos.line } : void 0;
    }
  };
}
function firstAliasLine(doc, lc) {
  let at;
  yaml().visit(doc, {
    Alias(_, node) {
      at = node.range?.[0];
      return yaml().visit.BREAK;
    }
  });
  return at === void 0 ? void 0 : lc.linePos(at).line;
}
var INHERITED = [
  "kubeVersion",
  "apiVersions",
  "releaseName",
  "namespace",
  "lint",
  "timeout",
  "concurrency",
  "includeCrds",
  "schemas",
  "rules",
  "external",
  "coverage"
];
function inherit(own, top, topDir) {
  if (!top) return own;
  if (top.schemas) {
    const isLocal = (l) => l !== "default" && l !== "embedded" && !/^https?:\/\//i.test(l);
    top = {
      ...top,
      schemas: {
        ...top.schemas,
        ...top.schemas.crds ? { crds: top.schemas.crds.map((p) => resolve(topDir, p)) } : {},
        ...top.schemas.cacheDir ? { cacheDir: resolve(topDir, top.schemas.cacheDir) } : {},
        ...top.schemas.locations ? { locations: top.schemas.locations.map((l) => isLocal(l) ? resolve(topDir, l) : l) } : {}
      }
    };
  }
  if (top.coverage?.output)
    top = { ...top, coverage: { ...top.coverage, output: resolve(topDir, top.coverage.output) } };
  const out = { ...own };
  for (const k of INHERITED) {
    if (top[k] === void 0) continue;
    if (own[k] === void 0) out[k] = top[k];
    else if (k === "rules" || k === "schemas") out[k] = { ...top[k], ...own[k] };
    else if (k === "external") {
      out[k] = { ...top[k] };
      for (const [kind, list] of Object.entries(own[k])) out[k][kind] = [...top[k][kind] ?? [], ...list];
    }
  }
  return out;
}
var PER_CHART = ["chart", "combos", "expect", "values", "valuesFiles", "set", "setString"];
function isChartDir(dir) {
  return existsSync(join(dir, "Chart.yaml"));
}
function isLibraryChart(dir) {
  try {
    return /^type:\s*["']?library["']?\s*(#.*)?$/m.test(readFileSync(join(dir, "Chart.yaml"), "utf8"));
  } catch {
    return false;
  }
}
function expandCharts(pattern, base) {
  if (!/[*?[]/.test(pattern)) {
    const dir = resolve(base, pattern);
    return existsSync(dir) && statSync(dir).isDirectory() ? findCharts(dir) : [];
  }
  const parts = pattern.split("/");
  const fixed = parts.slice(
    0,
    parts.findIndex((x) => /[*?[]/.test(x))
  );
  const root = resolve(base, fixed.join("/") || ".");
  if (!existsSync(root)) return [];
  const matches = (rel) => globPath(pattern.replace(/\/+$/, ""), rel);
  return findCharts(root).filter((dir) => matches(repoPath$1(base, dir)));
}
function loadConfigs(opts) {
  const { cwd } = opts;
  const display = (p) => displayPath(opts.displayDir ?? cwd, p);
  const positional = opts.chartDirs ?? (opts.chartDir ? [opts.chartDir] : []);
  const oneChart = positional.length === 0 || positional.length === 1 && isChartDir(resolve(cwd, positional[0]));
  const chartDir = oneChart ? positional[0] : void 0;
  const file = configFileOf({ ...opts, ...chartDir ? { chartDir } : {} });
  const top = file ? readConfigFile(file, display(file)) : void 0;
  const hasCharts = Array.isArray(top?.raw.charts);
  if (oneChart && !hasCharts)
    return [
      buildConfig(
        top?.raw ?? {},
        top,
        { ...opts, ...chartDir ? { chartDir } : {}, single: true },
        top ? dirname(top.file) : cwd
      )
    ];
  if (top && hasCharts && positional.length)
    throw new ConfigError(
      "CHART_DIR and charts: in the config both name charts: give one or the other",
      top.shown,
      top.loc(["charts"])?.line
    );
  if (top) {
    for (const id of Object.keys(top.raw.rules ?? {}))
      if (!opts.knownRules.includes(id)) {
        const near = closest(id, opts.knownRules);
        throw new ConfigError(
          `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""}`,
          top.shown,
          top.loc(["rules", id])?.line
        );
      }
    for (const k of PER_CHART)
      if (top.raw[k] !== void 0)
        throw new ConfigError(
          hasCharts ? `${k} describes one chart: with charts:, set it in the chart's own .helm-guard.yaml or its entry under charts` : `${k} describes one chart, but ${positional.length > 1 ? "several CHART_DIRs" : "CHART_DIR, a directory of charts,"} name several; put it in each chart's own .helm-guard.yaml`,
          top.shown,
          top.loc([k])?.line
        );
  }
  const entries = hasCharts ? top.raw.charts.map((e, i) => {
    const pattern = typeof e === "string" ? e : e.chart;
    const dirs = expandCharts(pattern, dirname(top.file));
    if (!dirs.length)
      throw new ConfigError(
        `no chart (a directory with a Chart.yaml) matches "${pattern}"`,
        top.shown,
        top.loc(["charts", i])?.line
      );
    return { dirs, ...typeof e === "string" ? {} : { inline: e }, at: ["charts", i] };
  }) : positional.map((p) => {
    const abs = resolve(cwd, p);
    if (!existsSync(abs) || !statSync(abs).isDirectory())
      throw new ConfigError(`chart directory not found: ${display(abs)}`);
    const dirs = isChartDir(abs) ? [abs] : findCharts(abs);
    if (!dirs.length) throw new ConfigError(`no chart (a directory with a Chart.yaml) at or under ${p}`);
    return { dirs };
  });
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const dirs = entry.dirs.length > 1 ? entry.dirs.filter((d) => !isLibraryChart(d)) : entry.dirs;
    for (const dir of dirs) {
      if (seen.has(dir)) continue;
      seen.add(dir);
      let config;
      if (entry.inline) {
        config = buildConfig(
          inherit({ ...entry.inline, chart: dir }, top?.raw, dirname(top.file)),
          { ...top, prefix: entry.at },
          opts,
          dirname(top.file)
        );
      } else if (existsSync(join(dir, ".helm-guard.yaml"))) {
        const own = readConfigFile(join(dir, ".helm-guard.yaml"), display(join(dir, ".helm-guard.yaml")));
        config = buildConfig(
          inherit({ ...own.raw, chart: dir }, top?.raw, top ? dirname(top.file) : cwd),
          own,
          opts,
          dir
        );
      } else {
        const topDir = top ? dirname(top.file) : cwd;
        config = buildConfig(
          inherit({ chart: dir }, top?.raw, topDir),
          top ? { ...top, zero: true } : void 0,
          opts,
          topDir
        );
      }
      if (config.combos.length) out.push(config);
    }
  }
  if (opts.only?.length && !out.length)
    throw new ConfigError(`no chart has a combo named ${opts.only.map((n) => `"${n}"`).join(", ")}`, top?.shown);
  return out;
}
function configFileOf(opts) {
  if (opts.configPath) {
    const file = resolve(opts.cwd, opts.configPath);
    if (!existsSync(file)) throw new ConfigError(`config file not found: ${opts.configPath}`);
    return file;
  }
  if (opts.ignoreConfigFile) return void 0;
  if (existsSync(join(opts.cwd, ".helm-guard.yaml"))) return join(opts.cwd, ".helm-guard.yaml");
  const own = opts.chartDir ? join(resolve(opts.cwd, opts.chartDir), ".helm-guard.yaml") : void 0;
  return own && existsSync(own) ? own : void 0;
}
function buildConfig(raw, source, opts, configDir) {
  const { cwd } = opts;
  const display = (p) => displayPath(opts.displayDir ?? cwd, p);
  const file = source && !source.zero ? source.file : void 0;
  const shown = source?.shown;
  const prefix = source?.prefix ?? [];
  const loc = (p) => source ? source.loc([...prefix, ...p]) : void 0;
  const lineOf = (p) => loc(p)?.line;
  const fromCli = opts.single && opts.chartDir !== void 0;
  const chartRel = (opts.single ? opts.chartDir : void 0) ?? raw.chart;
  if (!chartRel)
    throw new ConfigError(`no chart: pass CHART_DIR (the Action's chart input) or set "chart" in the config`, shown);
  const chartDir = resolve(fromCli ? cwd : configDir, chartRel);
  if (!existsSync(chartDir) || !statSync(chartDir).isDirectory())
    throw new ConfigError(
      `chart directory not found: ${display(chartDir)}`,
      fromCli ? void 0 : shown,
      fromCli ? void 0 : lineOf(["chart"])
    );
  if (!existsSync(join(chartDir, "Chart.yaml")))
    throw new ConfigError(
      `not a Helm chart (no Chart.yaml): ${display(chartDir)}`,
      fromCli ? void 0 : shown,
      fromCli ? void 0 : lineOf(["chart"])
    );
  const checkRules = (rules, at) => {
    for (const id of Object.keys(rules ?? {})) {
      if (!opts.knownRules.includes(id)) {
        const near = closest(id, opts.knownRules);
        throw new ConfigError(
          `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""}`,
          shown,
          lineOf([...at, id])
        );
      }
    }
  };
  const normRules = (rules) => Object.fromEntries(
    Object.entries(rules ?? {}).map(([k, v]) => [
      k,
      typeof v === "string" ? { severity: v } : v
    ])
  );
  checkRules(raw.rules, ["rules"]);
  const baseValues = resolveFiles(raw.valuesFiles, configDir, shown ?? "", lineOf, ["valuesFiles"]);
  const checkPatterns = (expect, at) => {
    if (!expect) return;
    const failure = typeof expect.failure === "string" ? expect.failure : expect.failure?.message;
    const bad = (pattern, path) => {
      const problem = typeof pattern === "string" ? inputRegExpProblem(pattern) : void 0;
      if (problem) throw new ConfigError(problem, shown, lineOf(path));
    };
    bad(failure, [...at, "failure"]);
    (expect.resources ?? []).forEach(
      (r, i) => (r.assert ?? []).forEach((a, j) => bad(a.matches, [...at, "resources", i, "assert", j, "matches"]))
    );
  };
  let patternsChecked = false;
  const allPatterns = () => {
    if (patternsChecked) return;
    patternsChecked = true;
    checkPatterns(raw.expect, ["expect"]);
    (raw.combos ?? []).forEach((c, i) => checkPatterns(c.expect, ["combos", i, "expect"]));
  };
  if (!opts.deferPatterns) allPatterns();
  const rawCombos = raw.combos ?? zeroConfigCombos(chartDir);
  const seen = /* @__PURE__ */ new Map();
  const combos = rawCombos.map((c, i) => {
    if (seen.has(c.name))
      throw new ConfigError(
        `duplicate combo name "${c.name}" (first at line ${lineOf(["combos", seen.get(c.name), "name"]) ?? "?"})`,
        shown,
        lineOf(["combos", i, "name"])
      );
    seen.set(c.name, i);
    checkRules(c.rules, ["combos", i, "rules"]);
    const valuesFiles = raw.combos ? resolveFiles(c.valuesFiles, configDir, shown ?? "", lineOf, ["combos", i, "valuesFiles"]) : c.valuesFiles;
    const rules = { ...normRules(raw.rules) };
    for (const [id, s] of Object.entries(normRules(c.rules))) rules[id] = { ...rules[id], ...s };
    return {
      name: c.name,
      valuesFiles: [...baseValues, ...valuesFiles],
      values: [raw.values, c.values].filter((v) => !!v && Object.keys(v).length > 0),
      set: { ...raw.set ?? {}, ...c.set ?? {} },
      setString: { ...raw.setString ?? {}, ...c.setString ?? {} },
      releaseName: c.releaseName ?? raw.releaseName ?? "release-name",
      namespace: c.namespace ?? raw.namespace ?? "default",
      kubeVersion: opts.kubeVersion ?? c.kubeVersion ?? raw.kubeVersion,
      apiVersions: [...raw.apiVersions ?? [], ...c.apiVersions ?? []],
      rules,
      expect: mergeExpect(raw.expect, c.expect, loc, ["expect"], ["combos", i, "expect"]),
      ...source && raw.combos ? { at: (p) => loc(ownsPath(c, p) ? ["combos", i, ...p] : p) } : {}
    };
  });
  let selected = combos;
  if (opts.only?.length && !opts.single) {
    selected = combos.filter((c) => opts.only.includes(c.name));
  } else if (opts.only?.length) {
    for (const name of opts.only) {
      if (!seen.has(name)) {
        const near = closest(name, seen.keys());
        throw new ConfigError(
          `no combo named "${name}"${near ? `; did you mean "${near}"?` : ""} (combos: ${[...seen.keys()].join(", ")})`,
          shown
        );
      }
    }
    selected = combos.filter((c) => opts.only.includes(c.name));
  }
  if (selected.length === 0 && !(opts.only?.length && !opts.single))
    throw new ConfigError("the values matrix is empty: no combo to render", shown, lineOf(["combos"]));
  const lint = typeof raw.lint === "boolean" ? { enabled: raw.lint } : raw.lint ?? {};
  const cov = typeof raw.coverage === "boolean" ? { enabled: raw.coverage } : raw.coverage ?? { enabled: false };
  const uk = raw.schemas?.unknownKinds;
  return {
    ...opts.deferPatterns ? { checkPatterns: allPatterns } : {},
    file,
    configDir,
    chartDir,
    combos: selected,
    lint: { enabled: lint.enabled ?? true, strict: lint.strict ?? false, perCombo: lint.perCombo ?? false },
    timeoutMs: timeoutOf(raw.timeout, () => [shown, lineOf(["timeout"])]),
    concurrency: raw.concurrency ?? 0,
    includeCrds: raw.includeCrds ?? true,
    schemas: {
      enabled: raw.schemas?.enabled ?? true,
      strict: raw.schemas?.strict ?? true,
      locations: raw.schemas?.locations ?? [],
      crds: (raw.schemas?.crds ?? []).map((p) => resolve(configDir, p)),
      cacheDir: raw.schemas?.cacheDir ? resolve(configDir, raw.schemas.cacheDir) : void 0,
      unknownKinds: typeof uk === "string" ? { default: uk } : uk ?? {}
    },
    rules: normRules(raw.rules),
    external: {
      configMaps: raw.external?.configMaps ?? [],
      secrets: raw.external?.secrets ?? [],
      serviceAccounts: raw.external?.serviceAccounts ?? [],
      persistentVolumeClaims: raw.external?.persistentVolumeClaims ?? []
    },
    coverage: {
      enabled: cov.enabled ?? true,
      ...cov.branches !== void 0 ? { branches: cov.branches } : {},
      ...cov.lines !== void 0 ? { lines: cov.lines } : {},
      ...cov.files !== void 0 ? { files: cov.files } : {},
      formats: cov.formats ?? ["lcov", "cobertura"],
      ...cov.output !== void 0 ? { output: resolve(configDir, cov.output) } : {}
    }
  };
}

// src/cli/main.ts
var EXIT = { ok: 0, findings: 1, usage: 2 };
var USAGE = `Usage: helm-guard [CHART_DIR...] [options]

Render Helm charts across a values matrix, validate every manifest, and report each
finding at the template file and line that caused it. Several CHART_DIRs, or a directory
of charts, are guarded in one run, each chart with its own .helm-guard.yaml or zero-config.

Options:
  -c, --config FILE        config file (default: .helm-guard.yaml in the working directory;
                           without one: zero-config on CHART_DIR, combos from ci/*-values.yaml)
      --helm PATH          helm binary (default: $HELM_BIN, then helm on PATH)
  -f, --format FORMAT      text | json | junit | sarif (default: text)
  -o, --output FILE        write the report to FILE (the text report still goes to stdout)
      --fail-on LEVEL      error | warning | never (default: error)
      --combo NAME         only this combo (repeatable)
      --kube-version V     Kubernetes version for every combo (e.g. 1.30.0; default: the newest
                           with a schema set)
      --since REF          only the charts with files changed since this git ref (a library chart's
                           change counts for the charts that use it); fetches REF in a shallow clone
      --base REF           also render every combo at this git ref (the pull request's base) and
                           compare: changes helm upgrade cannot apply, data-loss removals, what
                           rolls; --format diff prints the rendered diff
      --shard I/N          only shard I of N of the work (chart x combo), balanced as \`plan\` shows
      --timings FILE       a previous JSON report: balance shards by its render times
      --run-timeout D      the whole run's time budget (e.g. 30m, 90s; default 30m): past it, helm is
                           killed and the run stops with one line on stderr (exit status 137)
      --sarif-category ID  the SARIF run's category (runAutomationDetails.id); default: helm-guard,
                           the charts or config asked for, and the helm major
      --coverage           template coverage: which lines and branches of the templates the combos
                           render (a table in the report; lcov.info and cobertura.xml written)
      --coverage-format F  coverage files to write: lcov, cobertura or both (lcov,cobertura; the
                           default); implies --coverage
      --coverage-output D  directory of the coverage files (default: helm-guard-coverage); implies
                           --coverage
      --init               write a starting .helm-guard.yaml (or --output FILE) for CHART_DIR: its
                           combos and what each renders now as expectations; never overwrites
      --cover              with --init: add combos (set: values) that reach the template branches
                           the chart's own combos do not
      --unused-values      also report keys of the chart's values.yaml that no template reads
                           (values/unused notices)
      --list-rules         print every rule id with its default severity and exit
      --no-color           no colour even on a terminal
  -v, --version            print the version and exit
  -h, --help               print this help and exit

Commands:
  helm-guard plan [CHART_DIR...] --shards N [--timings FILE] [--config FILE]
                           print the work split into N balanced shards as a JSON matrix
                           ({"include":[{"shard":"1/N",...}]}) for a CI job matrix
  helm-guard merge REPORT.json... [--format F] [--output FILE]
                           merge the JSON reports of every shard into one report (the
                           verdict, exit code and formats of a single run over everything)

Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage, config, chart or helm error.
`;
var FORMATTERS = {
  json: () => import('./chunk-late-late-hMSOcPb4.js').then(n => n.j).then((m) => (r) => m.formatJson(r)),
  junit: () => import('./chunk-uHHhoF7j.js').then((m) => (r, ctx) => m.formatJunit(r, ctx)),
  sarif: () => import('./chunk-DJbBkcQ2.js').then((m) => (r, ctx) => m.formatSarif(r, ctx)),
  text: () => import('./chunk-late-late-hMSOcPb4.js').then(n => n.k).then((m) => (r, ctx, color) => m.formatText(r, { color, ctx })),
  diff: () => import('./chunk-DTQYCQbz.js').then((m) => (r, _ctx, color) => m.formatDiff(r, { color }))
};
async function formatReport(r, format, color = false, ctx = reportContext(process.cwd())) {
  const f = FORMATTERS[format] ?? FORMATTERS.text;
  return (await f())(r, ctx, color);
}
formatReport.preload = (formats) => Promise.all(
  formats.map((f) => (FORMATTERS[f] ?? FORMATTERS.text)().catch(() => void 0))
);
function readTimings(file) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new GuardError(`--timings ${file}: not a JSON report (${e.message.split("\n")[0]})`);
  }
  return timingsFromReport(json);
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function onPath(name, env) {
  const names = process.platform === "win32" && !name.endsWith(".exe") ? [`${name}.exe`, name] : [name];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join(dir, n);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
      }
    }
  }
  return void 0;
}
function findHelm(explicit, env, cwd) {
  const given = explicit || env.HELM_BIN;
  if (given) return /[\\/]/.test(given) ? resolve(cwd, given) : onPath(given, env) ?? resolve(cwd, given);
  return onPath("helm", env);
}
async function main(argv, io) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        helm: { type: "string" },
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string", default: "error" },
        combo: { type: "string", multiple: true },
        "kube-version": { type: "string" },
        since: { type: "string" },
        base: { type: "string" },
        shard: { type: "string" },
        shards: { type: "string" },
        timings: { type: "string" },
        "list-rules": { type: "boolean" },
        "unused-values": { type: "boolean" },
        init: { type: "boolean" },
        cover: { type: "boolean" },
        coverage: { type: "boolean" },
        "coverage-format": { type: "string" },
        "coverage-output": { type: "string" },
        "sarif-category": { type: "string" },
        "run-timeout": { type: "string", default: "30m" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    io.stderr(`helm-guard: ${e.message}

${USAGE}`);
    return EXIT.usage;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (o.version) {
    io.stdout(`helm-guard ${VERSION}
`);
    return EXIT.ok;
  }
  if (o["list-rules"]) {
    for (const r of ALL_RULES) io.stdout(`${r.id.padEnd(36)} ${r.severity.padEnd(8)} ${r.description}
`);
    return EXIT.ok;
  }
  const usage = (msg) => {
    io.stderr(`helm-guard: ${sanitizeForTerminal(msg, { multiline: true })}
`);
    return EXIT.usage;
  };
  if (!["text", "json", "junit", "sarif", "diff"].includes(o.format))
    return usage(`--format must be text, json, junit, sarif or diff (got "${o.format}")`);
  if (o.format === "diff" && !o.base) return usage("--format diff needs --base REF: the commit to compare with");
  if (!["error", "warning", "never"].includes(o["fail-on"]))
    return usage(`--fail-on must be error, warning or never (got "${o["fail-on"]}")`);
  if (o.output && !o.init && isDirectory(resolve(io.cwd, o.output)))
    return usage(`--output ${o.output} is a directory; give a file path`);
  if (o["kube-version"] && !/^v?\d+\.\d+(\.\d+)?$/.test(o["kube-version"]))
    return usage(`--kube-version must look like 1.30.0 (got "${o["kube-version"]}")`);
  const coverageFormats = o["coverage-format"]?.split(",").map((x) => x.trim());
  if (coverageFormats && !(coverageFormats.length && coverageFormats.every((x) => x === "lcov" || x === "cobertura")))
    return usage(`--coverage-format must be lcov, cobertura or lcov,cobertura (got "${o["coverage-format"]}")`);
  if (o.cover && !o.init) return usage("--cover goes with --init: it proposes combos for the config --init writes");
  const coverage = Boolean(o.coverage || coverageFormats || o["coverage-output"]);
  if (o.init && (!args.positionals[0] || o.config))
    return usage("--init takes CHART_DIR (and no --config): it writes the config");
  const command = args.positionals[0] === "plan" || args.positionals[0] === "merge" ? args.positionals[0] : void 0;
  const positionals = command ? args.positionals.slice(1) : args.positionals;
  const shard = o.shard ? parseShard(o.shard) : void 0;
  if (o.shard && !shard) return usage(`--shard must be I/N with 1 <= I <= N (got "${o.shard}")`);
  const shards = o.shards !== void 0 ? Number(o.shards) : void 0;
  if (command === "plan" && !(shards && Number.isInteger(shards) && shards >= 1 && shards <= 256))
    return usage(`plan needs --shards N, a whole number from 1 to 256${o.shards ? ` (got "${o.shards}")` : ""}`);
  const color = io.isTTY && !o["no-color"] && !io.env.NO_COLOR;
  const ctx = {
    ...reportContext(io.cwd, {}, o["sarif-category"] ? { sarifCategory: o["sarif-category"] } : {}),
    ...command === "merge" ? {} : { scope: o.config ?? (positionals.join(",") || ".") }
  };
  const write = async (result) => {
    if (o.output) {
      const file = resolve(io.cwd, o.output);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await formatReport(result, o.format, false, ctx));
      io.stdout(await formatReport(result, "text", color, ctx));
    } else {
      io.stdout(await formatReport(result, o.format, color, ctx));
    }
    return result.result === "pass" ? EXIT.ok : EXIT.findings;
  };
  const budget = parseDuration2(o["run-timeout"]);
  if (budget === void 0)
    return usage(`--run-timeout must be a duration such as 30m, 90s or 1h (got "${o["run-timeout"]}")`);
  const watchdog = startWatchdog(
    budget,
    `helm-guard: the run passed its time budget of ${o["run-timeout"]} (--run-timeout) and was stopped; the helm processes still running were killed`
  );
  try {
    if (command === "merge") {
      if (!positionals.length) return usage("merge needs the JSON reports to merge");
      const { mergeReports } = await import('./chunk-BGnqr1Fn.js');
      return await write(mergeReports(positionals.map((f) => resolve(io.cwd, f))));
    }
    if (o.init && positionals.length > 1) return usage("--init takes one CHART_DIR");
    let configs = loadConfigs({
      cwd: io.cwd,
      ...o.config ? { configPath: o.config } : {},
      chartDirs: positionals,
      ...o.combo ? { only: o.combo } : {},
      ...o["kube-version"] ? { kubeVersion: o["kube-version"] } : {},
      knownRules: RULE_IDS,
      ignoreConfigFile: Boolean(o.init),
      deferPatterns: !o.init && !command
    });
    if (coverage) for (const c of configs) c.coverage.enabled = true;
    const timings = o.timings ? readTimings(resolve(io.cwd, o.timings)) : void 0;
    if (o.since) {
      const { changedConfigs } = await import('./chunk-C1O2MFyV.js');
      const picked = await changedConfigs(configs, o.since, io.cwd);
      io.stderr(picked.summary);
      configs = picked.configs;
      if (!configs.length) {
        if (command === "plan") io.stdout(JSON.stringify({ include: [] }) + "\n");
        return EXIT.ok;
      }
    }
    if (command === "plan") {
      const { planShards } = await import('./chunk-B--GFCBF.js');
      const { workItems } = await import('./chunk-DN4KwH8B.js');
      const plans = planShards(workItems(configs, io.cwd), shards, timings);
      const include = plans.filter((p) => p.items.length).map((p) => ({
        shard: `${p.index}/${p.total}`,
        combos: p.items.length,
        weight: p.weight,
        items: p.items.map((i) => `${i.chart}:${i.combo}`).join(" ")
      }));
      io.stdout(JSON.stringify({ include }) + "\n");
      return EXIT.ok;
    }
    const config = configs[0];
    const helm = findHelm(o.helm, io.env, io.cwd);
    if (!helm) return usage("helm not found: pass --helm PATH, set HELM_BIN, or put helm on PATH");
    if (o.init) {
      const target = resolve(io.cwd, o.output ?? ".helm-guard.yaml");
      if (existsSync(target))
        return usage(`${o.output ?? ".helm-guard.yaml"} exists; --init never overwrites (pass --output FILE)`);
      if (configs.length > 1)
        return usage(`--init writes the config of one chart; ${args.positionals[0]} holds ${configs.length}`);
      const { initialConfig, coverCombos } = await import('./chunk-61DxrUBH.js');
      const covered = o.cover ? await coverCombos(config, { helm, baseDir: io.cwd, log: (s) => io.stderr(s) }) : void 0;
      const initConfig = covered?.config ?? config;
      const result = covered?.result ?? await runGuard({ config: initConfig, helm, baseDir: io.cwd, failOn: "never" });
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, initialConfig(initConfig, result, dirname(target)));
      io.stdout(
        `helm-guard: wrote ${relative(io.cwd, target) || target} with ${result.combos.length} combo(s); run helm-guard --config ${relative(io.cwd, target)} to check
`
      );
      return EXIT.ok;
    }
    const base = o.base ? await (await import('./chunk-C6UCO1W7.js')).checkoutBase(o.base, io.cwd) : void 0;
    try {
      const result = await runGuard({
        configs,
        helm,
        baseDir: io.cwd,
        failOn: o["fail-on"],
        ...shard ? { shard } : {},
        ...timings ? { timings } : {},
        ...base ? { base } : {},
        ...o["unused-values"] ? { unusedValues: true } : {},
        // the report's formatter loads while helm runs (import() compiles what it loads before it returns)
        whileHelmRuns: () => void formatReport.preload(o.output ? ["text", o.format] : [o.format])
      });
      if (result.coverage) {
        const { writeCoverageFiles } = await import('./chunk-BD0AzTOH.js');
        const dir = resolve(
          io.cwd,
          o["coverage-output"] ?? configs.find((c) => c.coverage.output)?.coverage.output ?? "helm-guard-coverage"
        );
        const formats = coverageFormats ?? configs[0].coverage.formats;
        for (const f of writeCoverageFiles(result.coverage, dir, formats))
          io.stderr(`helm-guard: coverage written to ${relative(io.cwd, f) || f}
`);
      }
      return await write(result);
    } finally {
      await base?.remove().catch((e) => io.stderr(`helm-guard: ${e.message}
`));
    }
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.toString());
    if (e instanceof GuardError) return usage(e.message);
    throw e;
  } finally {
    watchdog.stop();
  }
}
function parseDuration2(s) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(s.trim());
  if (!m) return void 0;
  const ms = Number(m[1]) * { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[m[2]];
  return ms > 0 && ms <= 7 * 24 * 36e5 ? ms : void 0;
}

export { nearest as $, closest as A, readRegularFile as B, ConfigError as C, jsYaml as D, EXIT as E, offsetOfPath as F, GuardError as G, duplicateKeys as H, toDotted as I, loadState as J, validatorSource as K, LineIndex as L, compileValidators as M, withDependencies as N, loadDefinitions as O, releaseData as P, releaseFor as Q, RULE_IDS as R, SEVERITY_ORDER as S, crdVersions as T, USAGE as U, DEFAULT_RELEASE as V, CATALOG_CRDS as W, loadCatalogValidator as X, loadCatalogCrd as Y, InputRegExpError as Z, toPointer as _, formatReport as a, level as a0, atOrAbove as a1, secretValues as a2, collapseLineBreaks as a3, readSource as a4, templateArgs as a5, ALL_RULES as a6, VERSION as a7, itemKey as a8, finalize as a9, assignShards as aa, helmVersion as ab, plural as b, compareText as c, parseShard as d, globMatch as e, findHelm as f, grouped as g, reportContext as h, planShards as i, runGuard as j, lineAt as k, loadConfigs as l, main as m, filesBelow as n, outsideRepo as o, parseDuration2 as p, readChartFile as q, repoPath as r, sanitizeForTerminal as s, timingsFromReport as t, repoPath$1 as u, checkOf as v, workItems as w, inputRegExp as x, distance as y, yaml as z };
