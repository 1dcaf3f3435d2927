import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  closest
} from "./chunk-E7MX4Q7U.js";
import {
  repoPath,
  require_dist
} from "./chunk-AVBPKS3C.js";
import {
  inputRegExp,
  schemaState
} from "./chunk-7WR7WPOH.js";
import {
  __toESM
} from "./chunk-2AJFM67G.js";

// src/schemas/embedded.ts
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

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
var RELEASES = k8s_default.releases;
var DEFAULT_RELEASE = k8s_default.default;
var CATALOG_CRDS = catalog_default.crds;
var releaseCache = /* @__PURE__ */ new Map();
function releaseData(minor) {
  let r = releaseCache.get(minor);
  if (!r) {
    if (!RELEASES.includes(minor)) throw new Error(`no embedded schema set for Kubernetes ${minor}`);
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
  if (RELEASES.includes(key)) return { minor: key };
  let best = RELEASES[0];
  const dist = (r) => {
    const [a, b] = minorOf(r);
    return Math.abs((a - want[0]) * 1e3 + (b - want[1]));
  };
  for (const r of RELEASES) if (dist(r) <= dist(best)) best = r;
  return {
    minor: best,
    note: `no schema set for Kubernetes ${key} is shipped (${RELEASES[0]} to ${RELEASES[RELEASES.length - 1]}); validating against ${best}, the nearest`
  };
}
var compiled = /* @__PURE__ */ new Map();
function loadValidators(mod) {
  let p = compiled.get(mod);
  if (!p) {
    schemaState();
    p = import(new URL(`k8s/${mod}.js`, DATA).href);
    compiled.set(mod, p);
  }
  return p;
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
    schemaState();
    p = import(new URL(`crds/${file}.js`, DATA).href);
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
  const visit2 = (m) => {
    if (out.includes(m)) return;
    out.push(m);
    for (const d of rel.deps[m] ?? []) visit2(d);
  };
  visit2(mod);
  return out;
}

// src/util/files.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
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

// src/manifests/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { isAbsolute, resolve } from "node:path";

// src/util/yaml-position.ts
var import_yaml = __toESM(require_dist(), 1);
var keyIndex = /* @__PURE__ */ new WeakMap();
function pairOf(map2, seg) {
  let index = keyIndex.get(map2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map2.items)
      if ((0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    keyIndex.set(map2, index);
  }
  return index.get(String(seg));
}
function offsetOfPath(doc, path) {
  let node = doc.contents;
  let at = node?.range?.[0];
  for (const seg of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = pairOf(node, seg);
      if (!pair) break;
      at = pair.key.range?.[0] ?? at;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
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
  (0, import_yaml.visit)(doc, {
    Map(_, map2) {
      const seen = /* @__PURE__ */ new Set();
      for (const p of map2.items) {
        if (!(0, import_yaml.isScalar)(p.key)) continue;
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
    for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) this.starts.push(i2 + 1);
  }
  text;
  starts = [0];
  /** 0-based line of an offset. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** The text of a 0-based line (without its newline). */
  line(n) {
    if (n < 0 || n >= this.starts.length) return void 0;
    const end = n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[n], end);
  }
};

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
  var readNext = true, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair2, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch;
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
    isPair2 = isExplicitPair = false;
    if (ch === 63) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following)) {
        isPair2 = isExplicitPair = true;
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
      isPair2 = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }
    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
    } else if (isPair2) {
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
var load = loader.load;
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
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
};

// src/manifests/k8s-yaml.ts
var BOOL_TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var bool11 = new jsYaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  // every plain scalar (keys too) is tried against each type: reject most by length before hashing
  resolve: (s) => s !== null && s.length <= 5 && (BOOL_TRUE.has(s) || BOOL_FALSE.has(s)),
  construct: (s) => BOOL_TRUE.has(s),
  predicate: (v) => typeof v === "boolean"
});
function startsNumeric(s) {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46;
}
var INT11 = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/;
var int11 = new jsYaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s) => s !== null && startsNumeric(s) && INT11.test(s) && /[0-9a-fA-F]/.test(s),
  construct: (s) => {
    let t = s.replace(/_/g, "");
    let sign = 1;
    if (t[0] === "-" || t[0] === "+") {
      if (t[0] === "-") sign = -1;
      t = t.slice(1);
    }
    if (t.startsWith("0b")) return sign * parseInt(t.slice(2), 2);
    if (t.startsWith("0x")) return sign * parseInt(t.slice(2), 16);
    if (t.length > 1 && t[0] === "0") return sign * parseInt(t.slice(1), 8);
    return sign * Number(t);
  },
  predicate: (v) => typeof v === "number" && Number.isInteger(v)
});
var builtin = jsYaml.types;
var float2 = new jsYaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s) => s !== null && startsNumeric(s) && builtin.float.resolve(s),
  construct: builtin.float.construct,
  predicate: builtin.float.predicate,
  represent: builtin.float.represent,
  defaultStyle: builtin.float.defaultStyle ?? void 0
});
var K8S_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtin.null, bool11, int11, float2, builtin.merge]
});
function loadK8sYaml(text) {
  return jsYaml.load(text, { schema: K8S_SCHEMA });
}

// src/manifests/align.ts
var NEG = -1e9;
var MAX_ALIGN_CELLS = 8e6;
var UNMATCHED = -50;
var ABSORB = 1;
var EMITTER_MATCH = 1;
var indexes = /* @__PURE__ */ new WeakMap();
var cache = /* @__PURE__ */ new WeakMap();
function indexOf(seg) {
  let ix = indexes.get(seg);
  if (ix) return ix;
  const tl = seg.lines;
  ix = { literal: /* @__PURE__ */ new Map(), patterns: [], emitters: [], low: new Int32Array(tl.length) };
  tl.forEach((t, j) => {
    if (t.kind === "emitter") ix.emitters.push(j);
    else if (t.literal !== void 0) {
      const list = ix.literal.get(t.literal) ?? [];
      list.push(j);
      ix.literal.set(t.literal, list);
    } else ix.patterns.push(j);
    ix.low[j] = t.loopStart >= 0 ? Math.min(t.loopStart, j + 1) : j + 1;
  });
  indexes.set(seg, ix);
  return ix;
}
function align(rendered, seg) {
  const key = rendered.join("\n");
  let segCache = cache.get(seg);
  const hit = segCache?.get(key);
  if (hit) return hit;
  const al = compute(rendered, seg);
  if (!segCache) cache.set(seg, segCache = /* @__PURE__ */ new Map());
  segCache.set(key, al);
  return al;
}
function literalOnly(rendered, seg, map2) {
  const ix = indexOf(seg);
  let last = 0;
  let score = 0;
  for (let i2 = 0; i2 < rendered.length; i2++) {
    const lit = ix.literal.get(rendered[i2]);
    if (!lit) continue;
    let lo = 0;
    let hi = lit.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (lit[mid] < last) lo = mid + 1;
      else hi = mid;
    }
    const j = lit[lo] ?? lit[0];
    map2[i2] = seg.lines[j];
    score += 100 + seg.lines[j].weight;
    last = j;
  }
  return { map: map2, score };
}
function compute(rendered, seg) {
  const tl = seg.lines;
  const n = tl.length;
  const m = rendered.length;
  const map2 = new Array(m).fill(void 0);
  if (n === 0 || m === 0) return { map: map2, score: 0 };
  if (m * n > MAX_ALIGN_CELLS) return literalOnly(rendered, seg, map2);
  const ix = indexOf(seg);
  const low = ix.low;
  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  const back = new Int32Array(m * n);
  const kinds = new Uint8Array(m * n);
  const bucket = new Float64Array(n + 1);
  const bucketArg = new Int32Array(n + 1);
  const prefix = new Float64Array(n + 1);
  const prefixArg = new Int32Array(n + 1);
  const score = new Float64Array(n);
  for (let i2 = 0; i2 < m; i2++) {
    const r = rendered[i2];
    score.fill(NEG);
    for (const j2 of ix.emitters) score[j2] = EMITTER_MATCH;
    const lit = ix.literal.get(r);
    if (lit) for (const j2 of lit) score[j2] = 100 + tl[j2].weight;
    for (const j2 of ix.patterns) {
      const t = tl[j2];
      if (r.startsWith(t.prefix) && t.regex.test(r)) score[j2] = 50 + t.weight;
    }
    if (i2 > 0) {
      bucket.fill(NEG);
      for (let j2 = 0; j2 < n; j2++) {
        const l = low[j2];
        if (prev[j2] > bucket[l]) {
          bucket[l] = prev[j2];
          bucketArg[l] = j2;
        }
      }
      let best = NEG;
      let arg = -1;
      for (let x = 0; x <= n; x++) {
        if (bucket[x] > best) {
          best = bucket[x];
          arg = bucketArg[x];
        }
        prefix[x] = best;
        prefixArg[x] = arg;
      }
    }
    const row = i2 * n;
    for (let j2 = 0; j2 < n; j2++) {
      let v = NEG;
      let b = -1;
      let k = 0;
      const ms = score[j2];
      if (ms > NEG) {
        const before = i2 === 0 ? 0 : prefix[j2];
        if (before > NEG) {
          v = ms + before;
          b = i2 === 0 ? -1 : prefixArg[j2];
        }
      }
      if (i2 > 0) {
        if (tl[j2].multi && prev[j2] + ABSORB > v) {
          v = prev[j2] + ABSORB;
          b = j2;
          k = 1;
        }
        if (prev[j2] + UNMATCHED > v) {
          v = prev[j2] + UNMATCHED;
          b = j2;
          k = 2;
        }
      } else if (v === NEG) {
        v = UNMATCHED;
        k = 2;
      }
      cur[j2] = v;
      back[row + j2] = b;
      kinds[row + j2] = k;
    }
    [prev, cur] = [cur, prev];
  }
  let bestJ = 0;
  for (let j2 = 1; j2 < n; j2++) if (prev[j2] > prev[bestJ]) bestJ = j2;
  const total = prev[bestJ];
  let j = bestJ;
  for (let i2 = m - 1; i2 >= 0; i2--) {
    map2[i2] = kinds[i2 * n + j] === 2 ? void 0 : tl[j];
    const b = back[i2 * n + j];
    if (b < 0) break;
    j = b;
  }
  return { map: map2, score: total };
}

// src/manifests/template.ts
import { existsSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
var CHART_TEXT = /\.(tpl|ya?ml|txt)$/;
var CONTROL = /^(?:if|else|end|range|with|define|block|break|continue|fail)\b/;
var MULTI_LINE_FUNCS = /\b(?:include|template|toYaml|toJson|toPrettyJson|tpl|nindent|indent|Files\.Get|Files\.Glob|AsConfig|AsSecrets|Lines)\b/;
function scanActions(text) {
  const out = [];
  let i2 = 0;
  while (true) {
    const open = text.indexOf("{{", i2);
    if (open < 0) break;
    let j = open + 2;
    if (text.startsWith("/*", j) || text.startsWith("- /*", j)) {
      const endComment = text.indexOf("*/", j);
      const close = endComment < 0 ? -1 : text.indexOf("}}", endComment);
      if (close < 0) break;
      out.push({ start: open, end: close + 2, body: "/*" });
      i2 = close + 2;
      continue;
    }
    let quote = null;
    for (; j < text.length - 1; j++) {
      const c = text[j];
      if (quote) {
        if (c === "\\" && quote === '"') j++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "`") quote = c;
      else if (c === "}" && text[j + 1] === "}") break;
    }
    if (j >= text.length - 1) break;
    let body = text.slice(open + 2, j);
    body = body.replace(/^-\s/, "").replace(/\s-$/, "").trim();
    out.push({ start: open, end: j + 2, body });
    i2 = j + 2;
  }
  return out;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isControl(body) {
  return body === "/*" || CONTROL.test(body) || /^\$[\w]*\s*:?=/.test(body) || body === "";
}
function defineName(body) {
  const m = /\b(?:include|template)\s+"([^"]+)"/.exec(body);
  return m?.[1];
}
function throughOf(body) {
  const m = /\b(include|template|toYaml|toJson|toPrettyJson|tpl|Files\.Get|Files\.Glob)\b/.exec(body);
  return m?.[1];
}
function includeIndent(body, lineIndent) {
  const m = /^(?:include|template)\s+"([^"]+)"[^|]*(?:\|\s*(nindent|indent)\s+(\d+)\s*)?$/.exec(body);
  if (!m) return void 0;
  if (m[2] === "nindent") return { name: m[1], indent: Number(m[3]) };
  if (lineIndent !== 0) return void 0;
  return { name: m[1], indent: m[2] === "indent" ? Number(m[3]) : 0 };
}
function expandInclude(lines, name, indent, at) {
  const pad = " ".repeat(indent);
  return lines.map((t) => ({
    ...at,
    kind: "pattern",
    weight: t.weight,
    multi: false,
    via: name,
    ...t.literal !== void 0 ? { literal: pad + t.literal } : { regex: inputRegExp("^" + pad + t.regex.source.slice(1)), prefix: pad + (t.prefix ?? "") }
  }));
}
function parseTemplate(path, text, defines) {
  const lines = text.split("\n");
  const lineStarts = [];
  let off = 0;
  for (const l of lines) {
    lineStarts.push(off);
    off += l.length + 1;
  }
  const actions = scanActions(text);
  const actionsByLine = lines.map(() => []);
  const covered = lines.map(() => false);
  let li = 0;
  for (const a of actions) {
    while (li + 1 < lines.length && lineStarts[li + 1] <= a.start) li++;
    actionsByLine[li].push(a);
    let k = li + 1;
    while (k < lines.length && lineStarts[k] < a.end) covered[k++] = true;
  }
  const segments = [];
  let seg = { startLine: 0, lines: [] };
  const stack = [];
  let outerLoop = -1;
  let awaitingLoopStart = false;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].trimEnd();
    if (/^---\s*$/.test(raw) && !stack.some((s) => s.kind === "define")) {
      segments.push(seg);
      seg = { startLine: n + 1, lines: [] };
      continue;
    }
    if (covered[n] && actionsByLine[n].length === 0) {
      continue;
    }
    const acts = actionsByLine[n];
    let literalText = "";
    let pos = lineStarts[n];
    const lineEnd = lineStarts[n] + raw.length;
    const parts = [];
    for (const a of acts) {
      if (a.start > pos) parts.push(text.slice(pos, Math.min(a.start, lineEnd)));
      parts.push(a);
      pos = a.end;
    }
    if (pos < lineEnd) parts.push(text.slice(pos, lineEnd));
    for (const p of parts) if (typeof p === "string") literalText += p;
    for (const a of acts) {
      const kw = /^(if|range|with|define|block|end)\b/.exec(a.body)?.[1];
      if (!kw) continue;
      if (kw === "end") {
        const top = stack.pop();
        if (top?.kind === "range" && !stack.some((s) => s.kind === "range")) {
          outerLoop = -1;
          awaitingLoopStart = false;
        }
      } else {
        stack.push({ kind: kw, contentStart: seg.lines.length });
        if (kw === "range" && outerLoop < 0) awaitingLoopStart = true;
      }
    }
    const inDefine = stack.some((s) => s.kind === "define");
    if (inDefine) continue;
    const inRange = stack.some((s) => s.kind === "range");
    const literalTrim = literalText.trim();
    if (literalTrim === "" && acts.every((a) => isControl(a.body))) continue;
    if (awaitingLoopStart && inRange) {
      outerLoop = seg.lines.length;
      awaitingLoopStart = false;
    }
    const indent = raw.length - raw.trimStart().length;
    const loopStart = inRange ? outerLoop : -1;
    if (literalTrim === "") {
      const body = acts.find((a) => !isControl(a.body)).body;
      const inc = defines ? includeIndent(body, indent) : void 0;
      const expanded = inc ? defines.expand(inc.name) : null;
      if (inc && expanded) {
        seg.lines.push(...expandInclude(expanded, inc.name, inc.indent, { line: n, loopStart, indent }));
        continue;
      }
      seg.lines.push({
        line: n,
        kind: "emitter",
        weight: 0,
        multi: true,
        via: defineName(body),
        through: throughOf(body),
        loopStart,
        indent
      });
      continue;
    }
    if (acts.length === 0) {
      seg.lines.push({
        line: n,
        kind: "pattern",
        literal: raw,
        weight: raw.replace(/\s/g, "").length,
        multi: false,
        loopStart,
        indent
      });
      const km = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(raw);
      if (km && seg.kind === void 0) seg.kind = km[1];
      continue;
    }
    let re = "^";
    const first = parts[0];
    const prefix = typeof first === "string" ? first.trimEnd() : "";
    let multi = false;
    let via;
    let through;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (typeof p === "string") {
        const lead = /^\s*/.exec(p)[0];
        const core2 = p.trim();
        re += (k === 0 ? lead : lead ? "\\s*" : "") + escapeRe(core2) + (core2 && /\s$/.test(p) ? "\\s*" : "");
      } else {
        if (isControl(p.body)) {
          if (p.body !== "/*" && !/^\$/.test(p.body)) {
            re += ".*";
            break;
          }
          continue;
        }
        re += ".*?";
        if (MULTI_LINE_FUNCS.test(p.body)) {
          multi = true;
          via ??= defineName(p.body);
          through ??= throughOf(p.body);
        }
      }
    }
    re += "\\s*$";
    seg.lines.push({
      line: n,
      kind: "pattern",
      regex: inputRegExp(re),
      prefix,
      weight: literalTrim.replace(/\s/g, "").length,
      multi,
      via,
      through,
      loopStart,
      indent
    });
  }
  segments.push(seg);
  return { path, segments: segments.filter((s) => s.lines.length > 0) };
}
function extractDefines(text) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  for (const a of scanActions(text)) {
    const kw = /^(if|range|with|define|block|end)\b/.exec(a.body)?.[1];
    if (!kw) continue;
    if (kw === "end") {
      const top = stack.pop();
      if (top?.kw === "define" && top.name) out.set(top.name, text.slice(top.bodyStart, a.start));
    } else stack.push({ kw, name: kw === "define" ? /"([^"]+)"/.exec(a.body)?.[1] : void 0, bodyStart: a.end });
  }
  return out;
}
function defineResolver(chartRoot) {
  const bodies = /* @__PURE__ */ new Map();
  for (const f of [
    ...filesBelow(join2(chartRoot, "templates"), CHART_TEXT, chartRoot),
    ...filesBelow(join2(chartRoot, "charts"), CHART_TEXT, chartRoot)
  ]) {
    const text = readChartFile(f, chartRoot);
    if (text !== void 0) {
      for (const [name, body] of extractDefines(text)) if (!bodies.has(name)) bodies.set(name, body);
    }
  }
  const done = /* @__PURE__ */ new Map();
  const resolving = /* @__PURE__ */ new Set();
  const resolver = {
    expand(name) {
      if (done.has(name)) return done.get(name);
      const body = bodies.get(name);
      if (body === void 0 || resolving.has(name)) return null;
      resolving.add(name);
      const parsed2 = parseTemplate(`define ${name}`, body, resolver);
      resolving.delete(name);
      const lines = parsed2.segments.length === 1 ? parsed2.segments[0].lines : [];
      const ok = lines.length > 0 && lines.every((t) => t.kind === "pattern" && t.loopStart < 0);
      const result = ok ? lines : null;
      done.set(name, result);
      return result;
    }
  };
  return resolver;
}
function chartRootOf(file) {
  let dir = dirname(file);
  for (let i2 = 0; i2 < 12; i2++) {
    if (existsSync(join2(dir, "Chart.yaml"))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return void 0;
}
var cache2 = /* @__PURE__ */ new Map();
var resolvers = /* @__PURE__ */ new Map();
function loadTemplate(absPath) {
  let t = cache2.get(absPath);
  if (t !== void 0) return t;
  try {
    const root = chartRootOf(absPath);
    const text = readChartFile(absPath, root ?? dirname(absPath));
    if (text === void 0) {
      cache2.set(absPath, null);
      return null;
    }
    let resolver;
    if (root) {
      resolver = resolvers.get(root);
      if (!resolver) resolvers.set(root, resolver = defineResolver(root));
    }
    t = parseTemplate(absPath, text, resolver);
  } catch {
    t = null;
  }
  cache2.set(absPath, t);
  return t;
}

// src/manifests/parse.ts
var customTags = (tags) => tags.filter((t) => typeof t === "string" || t.tag !== "tag:yaml.org,2002:timestamp");
var YAML_OPTS = { version: "1.1", customTags, uniqueKeys: false, prettyErrors: false, strict: false };
var linesOf = (c) => c.lines ??= new LineIndex(c.text);
function splitDocuments(out) {
  const chunks = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let pos = 0;
  const push = (end) => {
    const text = out.slice(start, end);
    if (text.trim() !== "") chunks.push({ startLine, text });
  };
  while (pos <= out.length) {
    let nl = out.indexOf("\n", pos);
    if (nl < 0) nl = out.length;
    if (out.startsWith("---", pos) && /^---\s*$/.test(out.slice(pos, nl))) {
      push(pos);
      start = nl + 1;
      startLine = line + 1;
    }
    pos = nl + 1;
    line++;
  }
  push(out.length);
  for (const c of chunks) {
    const m = /^# Source: (.+)$/m.exec(c.text);
    if (m) c.source = m[1].trim();
  }
  return chunks;
}
var displayCache = /* @__PURE__ */ new Map();
function displayPath(baseDir, abs) {
  const key = baseDir + "\0" + abs;
  let d = displayCache.get(key);
  if (d === void 0) {
    d = repoPath(baseDir, abs);
    displayCache.set(key, d);
  }
  return d;
}
var RenderedDoc = class {
  constructor(combo, index, chunk, doc, object, parses, templateAbs, baseDir) {
    this.parses = parses;
    this.combo = combo;
    this.index = index;
    this.chunk = chunk;
    this.docCache = doc;
    this.object = object;
    this.source = chunk.source;
    this.templateAbs = templateAbs;
    if (templateAbs) this.templateFile = displayPath(baseDir, templateAbs);
    const md = object?.metadata;
    this.resource = {
      apiVersion: typeof object?.apiVersion === "string" ? object.apiVersion : "",
      kind: typeof object?.kind === "string" ? object.kind : "",
      ...typeof md?.name === "string" ? { name: md.name } : {},
      ...typeof md?.namespace === "string" ? { namespace: md.namespace } : {}
    };
  }
  parses;
  combo;
  index;
  source;
  templateFile;
  object;
  resource;
  chunk;
  docCache;
  templateAbs;
  alignment;
  /** The document with source positions: built only when a finding inside it must be located. */
  doc() {
    if (!this.docCache && this.parses) this.docCache = (0, import_yaml2.parseDocument)(this.chunk.text, YAML_OPTS);
    return this.docCache;
  }
  /** Align once, lazily: choose the template segment and map rendered lines to template lines. */
  /** The template segments this document may come from: those whose literal kind matches, else all. */
  candidates() {
    const tpl = this.templateAbs ? loadTemplate(this.templateAbs) : null;
    if (!tpl || tpl.segments.length === 0) return [];
    if (tpl.segments.length === 1) return tpl.segments;
    const kind = this.resource.kind || /^kind:\s*["']?(\w+)/m.exec(this.chunk.text)?.[1];
    const byKind = tpl.segments.filter((s) => s.kind === kind);
    const templated = tpl.segments.filter((s) => s.kind === void 0);
    return byKind.length + templated.length > 0 ? [...byKind, ...templated] : tpl.segments;
  }
  aligned() {
    if (this.alignment !== void 0) return this.alignment;
    this.alignment = null;
    const candidates = this.candidates();
    if (candidates.length === 0) return null;
    const raw = this.chunk.text.split("\n");
    const lines = [];
    const lineIdx = new Int32Array(raw.length).fill(-1);
    for (let i2 = 0; i2 < raw.length; i2++) {
      const l = raw[i2].trimEnd();
      if (l === "" || l.startsWith("# Source: ")) continue;
      lineIdx[i2] = lines.length;
      lines.push(l);
    }
    let best;
    for (const seg of candidates) {
      const al = align(lines, seg);
      if (!best || al.score > best.al.score) best = { seg, al };
    }
    this.alignment = best ? { ...best, lineIdx } : null;
    return this.alignment;
  }
  /** Template location of a 0-based line of this document's rendered text. */
  locateRenderedLine(chunkLine) {
    if (!this.templateFile) return void 0;
    const a = this.aligned();
    if (!a) return { file: this.templateFile, line: 1, approximate: true };
    let idx = -1;
    for (let l = Math.min(chunkLine, a.lineIdx.length - 1); l >= 0 && idx < 0; l--) idx = a.lineIdx[l];
    const t = idx >= 0 ? a.al.map[idx] : void 0;
    if (!t) {
      const first = a.seg.lines[0];
      return { file: this.templateFile, line: (first?.line ?? a.seg.startLine) + 1, approximate: true };
    }
    const loc = { file: this.templateFile, line: t.line + 1, column: t.indent + 1 };
    if (t.via) loc.via = t.via;
    return loc;
  }
  locate(path = []) {
    if (!this.templateFile) return void 0;
    if (path.length === 0) {
      const c = this.candidates();
      let first;
      if (c.length === 1) first = c[0].lines.find((l) => l.kind !== "emitter") ?? c[0].lines[0];
      else if (c.length > 1) {
        const a = this.aligned();
        first = a?.al.map.find((t) => t !== void 0) ?? a?.seg.lines[0];
      }
      return first ? { file: this.templateFile, line: first.line + 1, column: first.indent + 1 } : { file: this.templateFile, line: 1, approximate: true };
    }
    const doc = this.doc();
    const off = doc ? offsetOfPath(doc, path) : void 0;
    if (off === void 0) return { file: this.templateFile, line: 1, approximate: true };
    return this.locateRenderedLine(linesOf(this.chunk).lineOf(off));
  }
};
function sourceToFile(source, chartDir) {
  const slash = source.indexOf("/");
  if (slash < 0) return void 0;
  const rel = source.slice(slash + 1);
  if (isAbsolute(rel) || rel.split("/").includes("..")) return void 0;
  return resolve(chartDir, rel);
}
function parseRender(output, opts) {
  const chunks = splitDocuments(output);
  const manifests = [];
  const problems = [];
  let index = 0;
  const files = /* @__PURE__ */ new Map();
  for (const chunk of chunks) {
    let templateAbs;
    if (chunk.source) {
      if (!files.has(chunk.source)) files.set(chunk.source, sourceToFile(chunk.source, opts.chartDir));
      templateAbs = files.get(chunk.source);
    }
    let obj;
    let fast = true;
    try {
      obj = loadK8sYaml(chunk.text);
    } catch {
      fast = false;
    }
    if (!fast) {
      const doc = (0, import_yaml2.parseDocument)(chunk.text, YAML_OPTS);
      const stub = new RenderedDoc(opts.combo, index, chunk, void 0, {}, false, templateAbs, opts.baseDir);
      const firstSyntax = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
      const errors = duplicateKeys(doc).map((d) => ({
        dup: true,
        pos: d.pos,
        message: ""
      }));
      if (firstSyntax) {
        errors.push({ dup: false, pos: firstSyntax.pos, message: firstSyntax.message });
        errors.sort((a, b) => a.pos[0] - b.pos[0]);
      }
      const lines = linesOf(chunk);
      for (const err of errors) {
        const { dup } = err;
        const chunkLine = lines.lineOf(dup ? err.pos[0] : Math.max(err.pos[0], err.pos[1] - 1));
        const text = err.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
        const keyLine = lines.line(chunkLine)?.trim();
        problems.push({
          rule: dup ? "yaml/duplicate-key" : "yaml/parse-error",
          message: dup ? `Duplicate mapping key "${/^([^:]+):/.exec(keyLine ?? "")?.[1] ?? keyLine}" in rendered ${chunk.source ?? "document"} (output line ${chunk.startLine + chunkLine + 1})` : `Rendered ${chunk.source ?? "document"} is not valid YAML: ${text} (output line ${chunk.startLine + chunkLine + 1})`,
          location: stub.locateRenderedLine(chunkLine) ?? void 0,
          ...chunk.source ? { source: chunk.source } : {},
          locateLine: (l) => stub.locateRenderedLine(l)
        });
      }
      if (errors.length === 0) {
        problems.push({
          rule: "yaml/parse-error",
          message: `Rendered ${chunk.source ?? "document"} is not valid Kubernetes YAML (output line ${chunk.startLine + 1})`,
          location: stub.locate([]),
          ...chunk.source ? { source: chunk.source } : {}
        });
      }
      if (errors.length === 0 || firstSyntax) {
        index++;
        continue;
      }
      obj = doc.toJS({ maxAliasCount: -1 });
    }
    if (obj === null || obj === void 0) continue;
    if (typeof obj !== "object" || Array.isArray(obj)) {
      const stub = new RenderedDoc(opts.combo, index, chunk, void 0, {}, true, templateAbs, opts.baseDir);
      problems.push({
        rule: "manifest/not-a-resource",
        message: `Rendered ${chunk.source ?? "document"} is a ${Array.isArray(obj) ? "list" : typeof obj}, not a Kubernetes resource`,
        location: stub.locate([])
      });
      index++;
      continue;
    }
    const m = new RenderedDoc(
      opts.combo,
      index,
      chunk,
      void 0,
      obj,
      true,
      templateAbs,
      opts.baseDir
    );
    if (!m.resource.apiVersion || !m.resource.kind) {
      problems.push({
        rule: "manifest/not-a-resource",
        message: `Rendered ${chunk.source ?? "document"} has no ${!m.resource.apiVersion ? "apiVersion" : "kind"}`,
        location: m.locate([]),
        resource: m.resource
      });
      index++;
      continue;
    }
    manifests.push(m);
    index++;
  }
  return { manifests, problems, documents: index };
}

// src/helm/errors.ts
import { join as join4 } from "node:path";

// src/util/text.ts
function collapseLineBreaks(s) {
  if (!s.includes("\n")) return s;
  return s.split(/(\s+)/).map((part, i2) => i2 % 2 === 1 && part.includes("\n") ? " " : part).join("");
}

// src/template/lexer.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "block",
  "break",
  "continue",
  "define",
  "else",
  "end",
  "if",
  "nil",
  "range",
  "template",
  "with"
]);
var LETTER_OR_DIGIT = /[\p{L}\p{Nd}_]/u;
function isSpace(c) {
  return c === " " || c === "	" || c === "\r" || c === "\n";
}
function isAlphaNumeric(c) {
  return c !== void 0 && LETTER_OR_DIGIT.test(c);
}
function charAt(text, i2) {
  if (i2 >= text.length) return void 0;
  const cp = text.codePointAt(i2);
  return String.fromCodePoint(cp);
}
function goRune(c) {
  const cp = c.codePointAt(0);
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  return new RegExp("\\p{L}|\\p{N}|\\p{P}|\\p{S}|[ ]", "u").test(c) ? `U+${hex} '${c}'` : `U+${hex}`;
}
var Lexer = class {
  constructor(text) {
    this.text = text;
  }
  text;
  tokens = [];
  actions = [];
  comments = [];
  error;
  pos = 0;
  action;
  parens = [];
  run() {
    const t = this.text;
    while (this.error === void 0) {
      const x = t.indexOf("{{", this.pos);
      if (x < 0) {
        if (this.pos < t.length) this.push("text", this.pos, t.length);
        return;
      }
      if (x > this.pos) this.push("text", this.pos, x);
      this.pos = x;
      this.leftDelim();
    }
  }
  push(kind, start, end) {
    const tok = { kind, start, end, value: this.text.slice(start, end) };
    this.tokens.push(tok);
    if (this.action && kind !== "open" && kind !== "close") this.action.tokens.push(tok);
    return tok;
  }
  fail(kind, message, reported, at, action) {
    this.error = { kind, message, reported, at, action };
  }
  hasLeftTrim(i2) {
    return this.text[i2] === "-" && isSpace(this.text[i2 + 1]);
  }
  hasRightTrim(i2) {
    return isSpace(this.text[i2]) && this.text[i2 + 1] === "-";
  }
  /** At a right delimiter (possibly with its trim marker): its length, else 0. */
  atRightDelim(i2) {
    if (this.text.startsWith("}}", i2)) return 2;
    if (this.hasRightTrim(i2) && this.text.startsWith("}}", i2 + 2)) return 4;
    return 0;
  }
  leftDelim() {
    const open = this.pos;
    const after = this.hasLeftTrim(open + 2) ? 2 : 0;
    if (this.text.startsWith("/*", open + 2 + after)) return this.comment(open, open + 2 + after);
    const tok = this.push("open", open, open + 2 + after);
    this.action = { open: tok, tokens: [] };
    this.actions.push(this.action);
    this.parens = [];
    this.pos = tok.end;
    this.insideAction();
    this.action = void 0;
  }
  comment(open, bodyStart) {
    const t = this.text;
    const close = t.indexOf("*/", bodyStart + 2);
    if (close < 0) return this.fail("unclosed-comment", "unclosed comment", bodyStart, open, open);
    const delim = this.atRightDelim(close + 2);
    if (!delim) return this.fail("comment-delimiter", "comment ends before closing delimiter", bodyStart, close, open);
    const end = close + 2 + delim;
    this.comments.push({ start: open, end, bodyStart, bodyEnd: close + 2 });
    this.push("comment", open, end);
    this.pos = end;
  }
  insideAction() {
    const t = this.text;
    const open = this.action.open.start;
    for (; ; ) {
      const delim = this.atRightDelim(this.pos);
      if (delim) {
        if (this.parens.length === 0) {
          this.action.close = this.push("close", this.pos, this.pos + delim);
          this.pos += delim;
          return;
        }
        return this.fail("unclosed-paren", "unclosed left paren", this.pos, this.parens.at(-1), open);
      }
      const start = this.pos;
      const c = charAt(t, start);
      if (c === void 0) return this.fail("unclosed-action", "unclosed action", start, open, open);
      if (isSpace(c)) {
        this.space();
        continue;
      }
      switch (c) {
        case "=":
          this.push("assign", start, start + 1);
          this.pos++;
          continue;
        case ":":
          if (t[start + 1] !== "=") return this.fail("expected-declare", "expected :=", start, start, open);
          this.push("declare", start, start + 2);
          this.pos += 2;
          continue;
        case "|":
          this.push("pipe", start, start + 1);
          this.pos++;
          continue;
        case '"':
          if (!this.quoted('"', "string", "unterminated-string", "unterminated quoted string")) return;
          continue;
        case "'":
          if (!this.quoted("'", "charConst", "unterminated-char", "unterminated character constant")) return;
          continue;
        case "`": {
          const close = t.indexOf("`", start + 1);
          if (close < 0)
            return this.fail("unterminated-raw-string", "unterminated raw quoted string", start, start, open);
          this.push("raw", start, close + 1);
          this.pos = close + 1;
          continue;
        }
        case "$":
          if (!this.fieldOrVariable("variable")) return;
          continue;
        case "(":
          this.parens.push(start);
          this.push("lparen", start, start + 1);
          this.pos++;
          continue;
        case ")":
          if (this.parens.length === 0)
            return this.fail("unexpected-paren", "unexpected right paren", start, start, open);
          this.parens.pop();
          this.push("rparen", start, start + 1);
          this.pos++;
          continue;
        case ".": {
          const n = t[start + 1];
          if (n === void 0 || n < "0" || n > "9") {
            if (!this.fieldOrVariable("field")) return;
            continue;
          }
          if (!this.number()) return;
          continue;
        }
      }
      if (c === "+" || c === "-" || c >= "0" && c <= "9") {
        if (!this.number()) return;
        continue;
      }
      if (isAlphaNumeric(c)) {
        if (!this.identifier()) return;
        continue;
      }
      if (c >= " " && c <= "~") {
        this.push("char", start, start + 1);
        this.pos++;
        continue;
      }
      return this.fail("unrecognized-character", `unrecognized character in action: ${goRune(c)}`, start, start, open);
    }
  }
  /** A run of spaces; the last space before ` -}}` belongs to the delimiter. */
  space() {
    const start = this.pos;
    let end = start;
    while (isSpace(this.text[end])) end++;
    if (this.text[end] === "-" && this.text.startsWith("}}", end + 1)) end--;
    if (end > start) this.push("space", start, end);
    this.pos = end;
  }
  quoted(q, kind, err, message) {
    const t = this.text;
    const start = this.pos;
    let i2 = start + 1;
    for (; ; ) {
      const c = t[i2];
      if (c === "\\") {
        const n = t[i2 + 1];
        if (n === void 0 || n === "\n") break;
        i2 += 2;
        continue;
      }
      if (c === void 0 || c === "\n") break;
      i2++;
      if (c === q) {
        this.push(kind, start, i2);
        this.pos = i2;
        return true;
      }
    }
    this.fail(err, message, start, start, this.action.open.start);
    return false;
  }
  /** Go's atTerminator: may an identifier, field or variable end here? */
  atTerminator(i2) {
    const c = this.text[i2];
    if (c === void 0 || isSpace(c)) return true;
    return c === "." || c === "," || c === "|" || c === ":" || c === ")" || c === "(" || c === "}";
  }
  badCharacter(start, i2) {
    this.fail("bad-character", `bad character ${goRune(charAt(this.text, i2))}`, start, i2, this.action.open.start);
    return false;
  }
  alnumRun(i2) {
    for (; ; ) {
      const c = charAt(this.text, i2);
      if (!isAlphaNumeric(c)) return i2;
      i2 += c.length;
    }
  }
  identifier() {
    const start = this.pos;
    const end = this.alnumRun(start);
    if (!this.atTerminator(end)) return this.badCharacter(start, end);
    const word = this.text.slice(start, end);
    this.push(KEYWORDS.has(word) ? "keyword" : word === "true" || word === "false" ? "bool" : "identifier", start, end);
    this.pos = end;
    return true;
  }
  /** `.Name`, `$name`, or the bare `.` / `$`. */
  fieldOrVariable(kind) {
    const start = this.pos;
    if (this.atTerminator(start + 1)) {
      this.push(kind === "field" ? "dot" : "variable", start, start + 1);
      this.pos = start + 1;
      return true;
    }
    const end = this.alnumRun(start + 1);
    if (!this.atTerminator(end)) return this.badCharacter(start, end);
    this.push(kind, start, end);
    this.pos = end;
    return true;
  }
  number() {
    const start = this.pos;
    let end = this.scanNumber(start);
    if (end > 0) {
      const sign = this.text[end];
      if (sign === "+" || sign === "-") {
        const e2 = this.scanNumber(end);
        if (e2 < 0 || this.text[e2 - 1] !== "i") end = -Math.abs(e2);
        else end = e2;
      }
    }
    if (end < 0) {
      const bad = this.text.slice(start, -end);
      this.fail("bad-number", `bad number syntax: ${goQuote(bad)}`, start, start, this.action.open.start);
      return false;
    }
    this.push("number", start, end);
    this.pos = end;
    return true;
  }
  /** Go's scanNumber from `i`: the end offset, or minus the end offset when the number is malformed. */
  scanNumber(i2) {
    const t = this.text;
    const accept = (set2) => {
      if (t[i2] !== void 0 && set2.includes(t[i2])) {
        i2++;
        return true;
      }
      return false;
    };
    const acceptRun = (set2) => {
      while (t[i2] !== void 0 && set2.includes(t[i2])) i2++;
    };
    accept("+-");
    let digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) digits = "0123456789abcdefABCDEF_";
      else if (accept("oO")) digits = "01234567_";
      else if (accept("bB")) digits = "01_";
    }
    acceptRun(digits);
    if (accept(".")) acceptRun(digits);
    if (digits.length === 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length === 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    const c = charAt(t, i2);
    if (isAlphaNumeric(c)) return -(i2 + c.length);
    return i2;
  }
};
function goQuote(s) {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0);
    if (c === '"' || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "	") out += "\\t";
    else if (c === "\r") out += "\\r";
    else if (cp < 32 || cp === 127) out += "\\x" + cp.toString(16).padStart(2, "0");
    else out += c;
  }
  return out + '"';
}
function lex(text) {
  const l = new Lexer(text);
  l.run();
  return {
    text,
    tokens: l.tokens,
    actions: l.actions,
    comments: l.comments,
    ...l.error ? { error: l.error } : {},
    lines: new LineIndex2(text, l.comments)
  };
}
var LineIndex2 = class {
  constructor(text, comments) {
    this.text = text;
    for (let i2 = text.indexOf("\n"); i2 >= 0; i2 = text.indexOf("\n", i2 + 1)) this.starts.push(i2 + 1);
    let sum = 0;
    for (const c of comments) {
      this.lost.push({ bodyStart: c.bodyStart, bodyEnd: c.bodyEnd, before: sum });
      sum += this.newlines(c.bodyStart, c.bodyEnd);
    }
    this.total = sum;
  }
  text;
  /** Offsets where lines start. */
  starts = [0];
  /** Newlines inside each comment's body, and their running sum, in comment order. */
  lost = [];
  total;
  /** 1-based line of an offset. */
  line(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an offset, in characters. */
  column(offset) {
    const start = this.starts[this.line(offset) - 1];
    let n = 1;
    for (let i2 = start; i2 < offset; ) {
      i2 += charAt(this.text, i2).length;
      n++;
    }
    return n;
  }
  /** The offset where 1-based `line` starts (undefined past the end). */
  lineStart(line) {
    return this.starts[line - 1];
  }
  /** The text of 1-based `line`, without its newline. */
  lineText(line) {
    const s = this.starts[line - 1];
    if (s === void 0) return void 0;
    const e = this.starts[line];
    return this.text.slice(s, e === void 0 ? this.text.length : e - 1);
  }
  /**
   * The line Go's text/template before 1.24 reports for an offset: it does not count the newlines inside
   * comments (golang/go#69526), so every comment body above the offset shifts the line up.
   */
  legacyLine(offset) {
    return this.line(offset) - this.lostBefore(offset);
  }
  lostBefore(offset) {
    let lo = 0;
    let hi = this.lost.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (this.lost[mid].bodyStart < offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return 0;
    const c = this.lost[k];
    return c.before + this.newlines(c.bodyStart, Math.min(offset, c.bodyEnd));
  }
  /** Both lines a helm may print for an offset: [true line, Go < 1.24 line]. */
  helmLines(offset) {
    return [this.line(offset), this.legacyLine(offset)];
  }
  /** Newlines lost in all comments (0 when no comment spans lines). */
  get lostTotal() {
    return this.total;
  }
  newlines(from, to) {
    let n = 0;
    for (let i2 = this.text.indexOf("\n", from); i2 >= 0 && i2 < to; i2 = this.text.indexOf("\n", i2 + 1)) n++;
    return n;
  }
};

// src/template/blocks.ts
var OPENERS = /* @__PURE__ */ new Set(["if", "range", "with", "define", "block"]);
function words(action) {
  return action.tokens.filter((t) => t.kind !== "space");
}
function unquote(tok) {
  if (!tok) return void 0;
  if (tok.kind === "raw") return tok.value.slice(1, -1);
  if (tok.kind !== "string") return void 0;
  try {
    return JSON.parse(tok.value);
  } catch {
    return tok.value.slice(1, -1);
  }
}
function structure(lexed) {
  const blocks = [];
  const issues = [];
  const stack = [];
  const plainElse = /* @__PURE__ */ new Set();
  for (const action of lexed.actions) {
    const w = words(action);
    const kw = w[0];
    if (kw?.kind !== "keyword") continue;
    const top = stack.at(-1);
    if (OPENERS.has(kw.value)) {
      if (kw.value === "define" && stack.length) issues.push({ kind: "nested-define", action, token: kw });
      const b = { keyword: kw.value, action, at: kw, elses: [] };
      if (kw.value === "define" || kw.value === "block") {
        const name = unquote(w[1]);
        if (name !== void 0) b.name = name;
      }
      if (top) b.parent = top;
      blocks.push(b);
      stack.push(b);
    } else if (kw.value === "else") {
      if (!top) issues.push({ kind: "stray-else", action, token: kw });
      else if (top.keyword === "define" || top.keyword === "block")
        issues.push({ kind: "else-in-define", action, token: kw });
      else {
        if (plainElse.has(top)) issues.push({ kind: "else-after-else", action, token: kw });
        top.elses.push(action);
        const chained = w[1]?.kind === "keyword" && (w[1].value === "if" || w[1].value === "with");
        if (!chained) plainElse.add(top);
      }
    } else if (kw.value === "end") {
      const b = stack.pop();
      if (!b) issues.push({ kind: "stray-end", action, token: kw });
      else b.end = action;
    } else if (kw.value === "break" || kw.value === "continue") {
      if (!stack.some((b) => b.keyword === "range"))
        issues.push({
          kind: kw.value === "break" ? "break-outside-range" : "continue-outside-range",
          action,
          token: kw
        });
    }
  }
  return { blocks, unclosed: stack, issues };
}

// src/template/sources.ts
import { join as join3, relative, sep as sep2 } from "node:path";
var parsedCache = /* @__PURE__ */ new WeakMap();
function parsed(sources, path) {
  let m = parsedCache.get(sources);
  if (!m) parsedCache.set(sources, m = /* @__PURE__ */ new Map());
  const hit = m.get(path);
  if (hit !== void 0) return hit ?? void 0;
  const text = sources.read(path);
  let p = null;
  if (text !== void 0) {
    const lexed = lex(text);
    p = { path, lexed, structure: structure(lexed) };
  }
  m.set(path, p);
  return p ?? void 0;
}
function chartPath(helmName) {
  const slash = helmName.indexOf("/");
  if (slash < 0) return void 0;
  const rel = helmName.slice(slash + 1);
  if (!rel || rel.startsWith("/") || rel.split("/").includes("..")) return void 0;
  return rel;
}
function chartSources(chartDir) {
  const texts = /* @__PURE__ */ new Map();
  let list;
  const rel = (abs) => relative(chartDir, abs).split(sep2).join("/");
  return {
    read(p) {
      if (!texts.has(p)) {
        const ok = !p.startsWith("/") && !p.split("/").includes("..");
        texts.set(p, ok ? readChartFile(join3(chartDir, p), chartDir) : void 0);
      }
      return texts.get(p);
    },
    list() {
      list ??= [
        ...filesBelow(join3(chartDir, "templates"), /(?:)/, chartDir),
        // unpacked subcharts (a .tgz is not read): their templates share the define namespace
        ...filesBelow(join3(chartDir, "charts"), /(?:)/, chartDir).filter((f) => /\/templates\//.test(rel(f)))
      ].map(rel).sort();
      return list;
    }
  };
}

// src/template/defines.ts
var indexCache = /* @__PURE__ */ new WeakMap();
function defineIndex(sources) {
  let idx = indexCache.get(sources);
  if (idx) return idx;
  idx = /* @__PURE__ */ new Map();
  for (const file of sources.list()) {
    const p = parsed(sources, file);
    if (!p) continue;
    for (const b of p.structure.blocks)
      if ((b.keyword === "define" || b.keyword === "block") && b.name !== void 0)
        idx.set(b.name, { name: b.name, file, block: b, source: p });
  }
  indexCache.set(sources, idx);
  return idx;
}
function callsIn(action) {
  const w = words(action);
  const out = [];
  for (let i2 = 0; i2 < w.length; i2++) {
    const t = w[i2];
    const via = t.kind === "identifier" && t.value === "include" ? "include" : t.kind === "keyword" && t.value === "template" ? "template" : void 0;
    const name = via && unquote(w[i2 + 1]);
    if (via && name !== void 0) out.push({ via, name, token: t, action });
  }
  return out;
}
function actionsInside(p, b) {
  const from = b.action.open.start;
  const to = b.end ? b.end.open.start : p.lexed.text.length;
  return p.lexed.actions.filter((a) => a.open.start > from && a.open.start < to);
}
function actionAt(p, offset) {
  return p.lexed.actions.find((a) => a.open.start <= offset && offset < (a.close ?? a.tokens.at(-1) ?? a.open).end);
}
function findFailureCall(sources, defineName2, message) {
  const idx = defineIndex(sources);
  const hits = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [defineName2];
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const d = idx.get(name);
    if (!d) continue;
    for (const a of actionsInside(d.source, d.block)) {
      const w = words(a);
      for (let i2 = 0; i2 < w.length; i2++) {
        const t = w[i2];
        if (t.kind === "identifier" && (t.value === "required" || t.value === "fail") && unquote(w[i2 + 1]) === message)
          hits.push({ define: d, token: t });
      }
      for (const c of callsIn(a)) queue.push(c.name);
    }
  }
  return hits;
}
function topLevelTemplateCalls(sources, name) {
  const out = [];
  for (const file of sources.list()) {
    if (file.split("/").pop().startsWith("_")) continue;
    const p = parsed(sources, file);
    if (!p) continue;
    const defines = p.structure.blocks.filter((b) => b.keyword === "define");
    for (const a of p.lexed.actions) {
      if (defines.some((d) => a.open.start > d.action.open.start && (!d.end || a.open.start < d.end.open.start)))
        continue;
      for (const c of callsIn(a)) if (c.via === "template" && c.name === name) out.push({ file, call: c, source: p });
    }
  }
  return out;
}
function closestDefine(sources, name) {
  if (name.length > 200) return void 0;
  return closest(
    name,
    [...defineIndex(sources).keys()].filter((d) => d.length <= 200)
  );
}

// src/template/functions.ts
var names = (s) => s.split(/\s+/).filter(Boolean);
var GO_BUILTINS = names(`
  and call html index slice js len not or print printf println urlquery eq ge gt le lt ne
`);
var SPRIG_FUNCTIONS = names(`
  abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base
  bcrypt biggest buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date
  dateInZone dateModify date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword dict dig
  dir div divf duration durationRound empty encryptAES ext fail first float64 floor fromJson genCA genCAWithKey
  genPrivateKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName
  has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd indent initial initials int int64 isAbs
  join kebabcase keys kindIs kindOf last list lower max maxf merge mergeOverwrite min minf mod mul mulf
  mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial
  mustLast mustMerge mustMergeOverwrite mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch
  mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate
  mustToJson mustToPrettyJson mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit
  osBase osClean osDir osExt osIsAbs pick pluck plural prepend push quote randAlpha randAlphaNum randAscii
  randBytes randInt randNumeric regexFind regexFindAll regexMatch regexQuoteMeta regexReplaceAll
  regexReplaceAllLiteral regexSplit repeat replace rest reverse round semver semverCompare seq set sha1sum
  sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase
  ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll trimPrefix
  trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper
  urlJoin urlParse uuidv4 values without wrap wrapWith
`);
var HELM_FUNCTIONS = names(`
  toToml toYaml fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup fail getHostByName
`);
var HELM_LATER_FUNCTIONS = {
  fromToml: "helm 3.17",
  toYamlPretty: "helm 3.17",
  mustToYaml: "helm 4.0"
};
var ALL_FUNCTIONS = /* @__PURE__ */ new Set([
  ...GO_BUILTINS,
  ...SPRIG_FUNCTIONS,
  ...HELM_FUNCTIONS,
  ...Object.keys(HELM_LATER_FUNCTIONS)
]);

// src/template/helm-text.ts
function errorText(stderr) {
  const i2 = stderr.search(/^Error: /m);
  const lines = (i2 >= 0 ? stderr.slice(i2 + "Error: ".length) : stderr).split("\n");
  const debug = lines.findIndex((l) => {
    const k = l.indexOf(".go:");
    return k > 0 && /^[\w.-]+$/.test(l.slice(0, k)) && /^\d+: /.test(l.slice(k + 4));
  });
  const kept = debug >= 0 ? lines.slice(0, debug) : lines;
  const text = kept.join("\n").trim();
  const hint = "Use --debug flag to render out invalid YAML";
  return (text.endsWith(hint) ? text.slice(0, -hint.length) : text).trim();
}
function oneLine(text) {
  return text.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
}
function splitLocation(loc, parts) {
  let file = loc;
  const nums = [];
  for (let k = 0; k < parts; k++) {
    const c = file.lastIndexOf(":");
    const n = file.slice(c + 1);
    if (c <= 0 || !/^\d+$/.test(n)) return void 0;
    nums.unshift(Number(n));
    file = file.slice(0, c);
  }
  return { file, nums };
}
var EXEC4 = /^\s+executing "((?:[^"\\\n]|\\.)*)" at <(.*)>:$/;
function unescape(s) {
  return s.replace(/\\(.)/g, "$1");
}
function frame3(text) {
  const skip = text.startsWith("template: ") ? "template: ".length : 0;
  const firstLineEnd = text.indexOf("\n");
  const line = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const ex = line.indexOf(': executing "');
  const loc = ex > skip ? splitLocation(line.slice(skip, ex), 2) : void 0;
  if (!loc) return void 0;
  let i2 = ex + ': executing "'.length;
  while (i2 < line.length && line[i2] !== '"') i2 += line[i2] === "\\" ? 2 : 1;
  if (!line.startsWith('" at <', i2)) return void 0;
  const name = line.slice(ex + ': executing "'.length, i2);
  const close = line.indexOf(">: ", i2 + 6);
  if (close < 0) return void 0;
  const [n, col] = loc.nums;
  return {
    frame: { file: loc.file, line: n, byteColumn: col, executing: unescape(name), at: line.slice(i2 + 6, close) },
    length: close + 3
  };
}
function chain3(text) {
  const frames = [];
  let rest = text;
  for (; ; ) {
    const f = frame3(rest);
    if (!f) break;
    frames.push(f.frame);
    rest = rest.slice(f.length);
    const inc = "error calling include: ";
    if (rest.startsWith(inc) && frame3(rest.slice(inc.length))) rest = rest.slice(inc.length);
    else break;
  }
  if (!frames.length) return void 0;
  return { kind: "exec", frames, message: oneLine(rest), form: "chain" };
}
function chain4(text) {
  const lines = text.split("\n");
  const frames = [];
  let body = [];
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = lines[i2];
    const loc = line && !/^\s/.test(line) ? splitLocation(line, 2) : void 0;
    const ex = loc ? EXEC4.exec(lines[i2 + 1] ?? "") : null;
    if (loc && ex) {
      const [n, col] = loc.nums;
      frames.push({ file: loc.file, line: n, byteColumn: col, executing: unescape(ex[1]), at: ex[2] });
      body = [];
      i2++;
      continue;
    }
    if (!frames.length) return void 0;
    body.push(lines[i2].trim());
  }
  if (!frames.length) return void 0;
  return { kind: "exec", frames, message: body.filter(Boolean).join(" "), form: "chain" };
}
function readHelmTemplateError(stderr) {
  const text = errorText(stderr);
  const firstLine = text.split("\n", 1)[0];
  for (const [head, parts] of [
    ["parse error at (", 1],
    ["execution error at (", 2]
  ]) {
    const i2 = firstLine.indexOf(head);
    if (i2 < 0) continue;
    const close = text.indexOf("): ", i2 + head.length);
    if (close < 0) continue;
    const loc = splitLocation(text.slice(i2 + head.length, close), parts);
    if (!loc) continue;
    const message = text.slice(close + 3).trim();
    if (parts === 1) return { kind: "parse", file: loc.file, line: loc.nums[0], message };
    return {
      kind: "exec",
      frames: [{ file: loc.file, line: loc.nums[0], byteColumn: loc.nums[1] }],
      message,
      form: "execution"
    };
  }
  const pin = firstLine.indexOf("parse error in (");
  if (pin >= 0) {
    const close = text.indexOf("): ", pin);
    if (close > 0) return { kind: "parse", file: text.slice(pin + 16, close), message: text.slice(close + 3).trim() };
  }
  const t = firstLine.indexOf("template: ");
  return (t >= 0 ? chain3(text.slice(t)) : void 0) ?? chain3(text) ?? chain4(text);
}

// src/template/parse-error.ts
function locateTemplateError(helmText, sources) {
  const e = readHelmTemplateError(helmText);
  if (!e) return void 0;
  return e.kind === "parse" ? placeParseError(e, sources) : placeExecError(e, sources);
}
var LEXICAL = [
  [/^unclosed action$/, "unclosed-action"],
  [/^unterminated quoted string$/, "unterminated-string"],
  [/^unterminated raw quoted string$/, "unterminated-raw-string"],
  [/^unterminated character constant$/, "unterminated-char"],
  [/^unclosed comment$/, "unclosed-comment"],
  [/^comment ends before closing delimiter$/, "comment-delimiter"],
  [/^unclosed left paren$/, "unclosed-paren"],
  [/^unexpected right paren/, "unexpected-paren"],
  [/^bad character U\+/, "bad-character"],
  [/^unrecognized character in action: /, "unrecognized-character"],
  [/^expected :=$/, "expected-declare"]
];
var LEXICAL_HINT = {
  "unclosed-action": "this {{ has no closing }}",
  "unterminated-string": "the string that starts here does not end on its line",
  "unterminated-raw-string": "the raw string (backquote) that starts here never ends",
  "unterminated-char": "the ' that starts here does not end on its line (a string needs double quotes)",
  "unclosed-comment": "this {{/* has no */}}",
  "comment-delimiter": `a comment's */ must be followed directly by }} (or " -}}")`,
  "unclosed-paren": "this ( has no )",
  "unexpected-paren": "this ) has no ("
};
var STRUCTURAL = [
  [
    /^unexpected \{\{end\}\}/,
    ["stray-end"],
    "stray-end",
    "no {{ if }}, {{ range }}, {{ with }}, {{ define }} or {{ block }} is open here"
  ],
  [
    /^unexpected \{\{else\}\}/,
    ["stray-else", "else-in-define"],
    "stray-else",
    "no {{ if }}, {{ with }} or {{ range }} is open here"
  ],
  [
    /^expected end; found \{\{else\}\}/,
    ["else-after-else"],
    "else-after-else",
    "this block already had its {{ else }}"
  ],
  [/^\{\{break\}\} outside \{\{range\}\}/, ["break-outside-range"], "break-outside-range", ""],
  [/^\{\{continue\}\} outside \{\{range\}\}/, ["continue-outside-range"], "break-outside-range", ""]
];
function pick(p, line, candidates) {
  const hit = candidates.find((c) => c.lines.some((o) => p.lexed.lines.helmLines(o).includes(line)));
  return hit ?? (candidates.length === 1 ? candidates[0] : void 0);
}
function goItem(t) {
  if (t.kind === "keyword" || t.kind === "dot") return `<${t.value}>`;
  const chars = [...t.value];
  return chars.length > 10 ? `${goQuote(chars.slice(0, 10).join(""))}...` : goQuote(t.value);
}
function actionTokens(p) {
  return p.lexed.actions.flatMap((a) => a.tokens);
}
function blockLabel(b) {
  return b.name !== void 0 ? `{{ ${b.keyword} ${goQuote(b.name)} }}` : `{{ ${b.keyword} }}`;
}
function missingClose(p, offset) {
  const a = actionAt(p, offset);
  if (!a) return void 0;
  const lines = p.lexed.lines;
  if (lines.line(offset) === lines.line(a.open.start)) return void 0;
  const t = a.tokens;
  for (let i2 = 0; i2 + 1 < t.length; i2++)
    if (t[i2].value === "{" && t[i2 + 1].value === "{" && t[i2 + 1].start === t[i2].end) return a;
  if (a.close) return void 0;
  const text = p.lexed.text;
  const from = t.at(-1)?.end ?? a.open.end;
  const close = text.indexOf("}}", from);
  const open = text.indexOf("{{", from);
  return open >= 0 && (close < 0 || open < close) ? a : void 0;
}
var MAX_SUGGEST = 100;
function functionHint(name) {
  const later = HELM_LATER_FUNCTIONS[name];
  if (later) return `: it came with ${later}, newer than the helm that rendered`;
  const near = name.length <= MAX_SUGGEST ? closest(name, ALL_FUNCTIONS) : void 0;
  return near ? `; did you mean ${goQuote(near)}?` : "";
}
function placeParseError(e, sources) {
  const file = chartPath(e.file);
  if (!file) return void 0;
  const helm = { file, line: e.line ?? 1 };
  const kept = (message = `template parse error: ${e.message}`, cause = "other") => ({
    file,
    line: helm.line,
    message,
    cause,
    basis: "helm",
    helm,
    related: [],
    ...e.line === void 0 ? { approximate: true } : {}
  });
  const p = parsed(sources, file);
  if (!p || e.line === void 0) return kept();
  const line = e.line;
  const lines = p.lexed.lines;
  const at = (offset, message, cause) => ({
    file,
    line: lines.line(offset),
    column: lines.column(offset),
    message,
    cause,
    basis: "source",
    helm,
    related: []
  });
  const k = e.message.lastIndexOf(" started at ");
  const startedLine = k < 0 ? "" : e.message.slice(e.message.lastIndexOf(":") + 1);
  const started = k >= 0 && e.message.lastIndexOf(":") > k && /^\d+$/.test(startedLine);
  const core2 = started ? e.message.slice(0, k).replace(/ in action$/, "") : e.message;
  const actionLine = started ? Number(startedLine) : void 0;
  const err = p.lexed.error;
  let lexKind = LEXICAL.find(([re]) => re.test(core2))?.[1];
  if (!lexKind && err?.kind === "bad-number" && err.message.endsWith(core2)) lexKind = "bad-number";
  if (lexKind) {
    const ok = err?.kind === lexKind && lines.helmLines(err.reported).includes(line) && (actionLine === void 0 || lines.helmLines(err.action).includes(actionLine));
    if (!ok) return kept(void 0, lexKind === "unclosed-action" ? "unclosed-action" : "lexical");
    const hint = LEXICAL_HINT[lexKind];
    return at(
      err.at,
      `template parse error: ${hint ? `${core2}: ${hint}` : err.message}`,
      lexKind === "unclosed-action" ? "unclosed-action" : "lexical"
    );
  }
  const { structure: structure2 } = p;
  if (core2 === "unexpected EOF") {
    const open = structure2.unclosed;
    if (!open.length || err || !lines.helmLines(p.lexed.text.length).includes(line)) return kept();
    const b = open.at(-1);
    const others = open.slice(0, -1).map((o) => `${blockLabel(o)} at line ${lines.line(o.at.start)}`);
    return at(
      b.at.start,
      `template parse error: unexpected EOF: this ${blockLabel(b)} has no {{ end }}${others.length ? ` (also open: ${others.join(", ")})` : ""}`,
      "unclosed-block"
    );
  }
  for (const [re, kinds, cause, hint] of STRUCTURAL) {
    if (!re.test(core2)) continue;
    const issue = pick(
      p,
      line,
      structure2.issues.filter((i2) => kinds.includes(i2.kind)).map((i2) => ({ lines: [i2.token.start, (i2.action.close ?? i2.action.open).start], at: i2.token.start }))
    );
    if (!issue) return kept(void 0, cause);
    return at(issue.at, `template parse error: ${core2}${hint ? `: ${hint}` : ""}`, cause);
  }
  const tokens = actionTokens(p);
  let found;
  let m;
  if (m = /^function "(.+)" not defined$/.exec(core2)) {
    const name = m[1];
    const c = pick(
      p,
      line,
      tokens.filter((t) => t.kind === "identifier" && t.value === name).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept(`template parse error: ${core2}${functionHint(name)}`, "undefined-function");
    found = { at: c.at, message: `template parse error: ${core2}${functionHint(name)}`, cause: "undefined-function" };
  } else if (m = /^undefined variable "(.+)"$/.exec(core2)) {
    const name = m[1];
    const uses = [];
    for (const a of p.lexed.actions) {
      const w = words(a);
      w.forEach((t, i2) => {
        if (t.kind === "variable" && t.value === name && w[i2 + 1]?.kind !== "declare")
          uses.push({ lines: [t.start], at: t.start });
      });
    }
    const c = pick(p, line, uses);
    if (!c) return kept(void 0, "undefined-variable");
    found = {
      at: c.at,
      message: `template parse error: ${core2}: declare it with := first (a variable lives until the end of its block)`,
      cause: "undefined-variable"
    };
  } else if (m = /^unexpected (<[^>\n]+>|"(?:[^"\\\n]|\\.)*"(?:\.\.\.)?) in /.exec(core2)) {
    const item = m[1];
    const c = pick(
      p,
      line,
      tokens.filter((t) => goItem(t) === item).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept(void 0, "unexpected-token");
    const hint = item === '"}"' ? ': an action closed with "}" instead of "}}"' : "";
    found = { at: c.at, message: `template parse error: ${core2}${hint}`, cause: "unexpected-token" };
  } else if (m = /^missing value for (\w+)$/.exec(core2)) {
    const what = m[1];
    const c = pick(
      p,
      line,
      p.lexed.actions.filter((a) => {
        const w = words(a);
        return what === "command" ? w.length === 0 : w.length === 1 && w[0].value === what;
      }).map((a) => ({ lines: [a.open.start, (a.close ?? a.open).start], at: words(a)[0]?.start ?? a.open.start }))
    );
    if (!c) return kept(void 0, "missing-value");
    found = { at: c.at, message: `template parse error: ${core2}`, cause: "missing-value" };
  } else if (/^"(?:[^"\\\n]|\\.)*"$/.test(core2)) {
    const c = pick(
      p,
      line,
      tokens.filter((t) => goQuote(t.value) === core2).map((t) => ({ lines: [t.start], at: t.start }))
    );
    if (!c) return kept();
    found = { at: c.at, message: `template parse error: ${core2} is not valid here`, cause: "unexpected-token" };
  }
  if (!found) return kept();
  const unclosed = missingClose(p, found.at);
  if (unclosed)
    return at(
      unclosed.open.start,
      `template parse error: unclosed action: this {{ has no closing }} (helm: ${e.message}, line ${line})`,
      "unclosed-action"
    );
  return at(found.at, found.message, found.cause);
}
function charColumn(p, line, byteColumn) {
  const text = p?.lexed.lines.lineText(line);
  if (text === void 0) return byteColumn + 1;
  const bytes = Buffer.from(text, "utf8");
  if (byteColumn > bytes.length) return byteColumn + 1;
  return [...bytes.subarray(0, byteColumn).toString("utf8")].length + 1;
}
function frameHere(sources, f) {
  const file = chartPath(f.file);
  if (!file) return void 0;
  return { file, line: f.line, column: charColumn(parsed(sources, file), f.line, f.byteColumn) };
}
var show = (p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ""}`;
function execMessage(message, sources) {
  let m = /^error calling include: template: no template "((?:[^"\\]|\\.)*)" associated with template "[^"]*"$/.exec(
    message
  );
  if (m) {
    const near = closestDefine(sources, m[1]);
    return {
      message: `error calling include: no define named ${goQuote(m[1])} in the chart${near ? `; did you mean ${goQuote(near)}?` : ""}`,
      cause: "undefined-define"
    };
  }
  m = /^template "((?:[^"\\]|\\.)*)" not defined$/.exec(message);
  if (m) {
    const near = closestDefine(sources, m[1]);
    return {
      message: `template ${goQuote(m[1])} not defined: no define of that name in the chart${near ? `; did you mean ${goQuote(near)}?` : ""}`,
      cause: "undefined-define"
    };
  }
  return { message, cause: "execution" };
}
function offsetOf(p, line, column) {
  const start = p.lexed.lines.lineStart(line);
  const text = p.lexed.lines.lineText(line);
  if (start === void 0 || text === void 0) return void 0;
  const chars = [...text].slice(0, column - 1);
  return start + chars.join("").length;
}
function placeExecError(e, sources) {
  const top = e.frames[0];
  const here = frameHere(sources, top);
  if (!here) return void 0;
  const helm = { ...here };
  const described = execMessage(e.message, sources);
  const related = [];
  const note = (place2, text) => related.push({ ...place2, note: text });
  e.frames.slice(1).forEach((f, i2, inner) => {
    const p2 = frameHere(sources, f);
    if (p2) note(p2, `${i2 === inner.length - 1 ? "in" : "included by"} define ${goQuote(f.executing ?? "")}`);
  });
  related.reverse();
  let define = e.frames.length > 1 ? e.frames.at(-1).executing : void 0;
  const p = parsed(sources, here.file);
  if (e.form === "execution" && p && here.column !== void 0) {
    const offset = offsetOf(p, here.line, here.column);
    const a = offset === void 0 ? void 0 : actionAt(p, offset);
    const inc = a ? callsIn(a).find((c) => c.via === "include") : void 0;
    const hits = inc ? findFailureCall(sources, inc.name, e.message) : [];
    if (hits.length === 1) {
      const h = hits[0];
      const lines = h.define.source.lexed.lines;
      note(
        { file: h.define.file, line: lines.line(h.token.start), column: lines.column(h.token.start) },
        `${h.token.value} in define ${goQuote(h.define.name)}`
      );
      define = h.define.name;
    }
  }
  let place = here;
  let basis = "helm";
  if (top.executing !== void 0 && top.executing !== top.file && defineIndex(sources).has(top.executing)) {
    const calls = topLevelTemplateCalls(sources, top.executing);
    if (calls.length === 1) {
      const c = calls[0];
      const lines = c.source.lexed.lines;
      place = { file: c.file, line: lines.line(c.call.token.start), column: lines.column(c.call.token.start) };
      basis = "source";
      note(here, `${e.frames.length > 1 ? "included by" : "in"} define ${goQuote(top.executing)}`);
      define ??= top.executing;
    }
  }
  const at = e.frames.at(-1).at;
  const context = [
    ...at && described.cause === "execution" ? [`at <${at.length > 120 ? `${at.slice(0, 120)}…` : at}>`] : [],
    ...related.length ? [related.map((r) => `${r.note} at ${show(r)}`).join(", ")] : []
  ];
  const message = context.length ? `${described.message} (${context.join("; ")})` : described.message;
  return {
    ...place,
    message,
    cause: described.cause,
    basis,
    helm,
    related,
    ...define !== void 0 ? { define } : {}
  };
}

// src/helm/errors.ts
var EXEC = /execution error at \(([^()\n]+?):(\d+):(\d+)\): ([\s\S]*)$/;
var PARSE = /parse error at \(([^()\n]+?):(\d+)\): ([\s\S]*)$/;
var TEMPLATE3 = /template: (\S+?):(\d+):(\d+): ([\s\S]*)$/;
var TEMPLATE4 = /^(\S+?\.(?:ya?ml|tpl|txt|json)):(\d+):(\d+)(?:\s*\n|: )([\s\S]*)$/;
var YAMLERR = /YAML parse error on (\S+?): ([\s\S]*)$/;
function helmErrorText(stderr) {
  const i2 = stderr.search(/^Error: /m);
  let text = i2 >= 0 ? stderr.slice(i2 + "Error: ".length) : stderr;
  const debug = text.search(/^[\w.-]+\.go:\d+: /m);
  if (debug >= 0) text = text.slice(0, debug);
  const hint = "Use --debug flag to render out invalid YAML";
  text = text.trimEnd();
  if (text.endsWith(hint) && text.slice(0, -hint.length).endsWith("\n")) text = text.slice(0, -hint.length);
  return text.trim();
}
function parseHelmError(stderr, signal) {
  const text = helmErrorText(stderr);
  if (signal && !/^Error: /m.test(stderr)) {
    const hint = signal === "SIGKILL" ? " (often the system running out of memory)" : signal === "SIGSEGV" ? " (a crash)" : "";
    const said = collapseLineBreaks(text).slice(0, 500);
    return {
      kind: "other",
      message: `helm was killed by signal ${signal}${hint}${said ? `; it printed: ${said}` : ""}`
    };
  }
  let m = EXEC.exec(text);
  if (m) return { kind: "execution", source: m[1], line: +m[2], column: +m[3], message: m[4].trim(), text };
  m = PARSE.exec(text);
  if (m) return { kind: "parse", source: m[1], line: +m[2], message: `template parse error: ${m[3].trim()}`, text };
  m = TEMPLATE3.exec(text) ?? TEMPLATE4.exec(text);
  if (m)
    return {
      kind: "template",
      source: m[1],
      line: +m[2],
      column: +m[3],
      message: collapseLineBreaks(m[4]).trim(),
      text
    };
  m = YAMLERR.exec(text);
  if (m) return { kind: "yaml", source: m[1], message: m[2].replace(/^error converting YAML to JSON: /, "").trim() };
  m = /(?:missing in charts\/ directory|chart directory is missing these dependencies): (.+)$/m.exec(text);
  if (m)
    return {
      kind: "dependencies",
      message: `dependencies in Chart.yaml are not in charts/: ${m[1].trim()} (run helm dependency build, and commit charts/ or build it in CI before the guard)`,
      source: m[1].split(",")[0].trim()
    };
  if (/values don't meet the specifications of the schema/.test(text)) return valuesSchemaError(text);
  return { kind: "other", message: collapseLineBreaks(text) || "helm failed without a message" };
}
function valuesSchemaError(text) {
  const sections = [];
  for (const raw of text.split("\n").slice(1)) {
    const line = raw.trim();
    if (!line) continue;
    const chart = /^([\w.-]+):$/.exec(raw);
    if (chart) {
      sections.push({ chart: chart[1], reasons: [] });
      continue;
    }
    if (!sections.length) sections.push({ chart: "", reasons: [] });
    sections[sections.length - 1].reasons.push(line.replace(/^- /, ""));
  }
  const parts = sections.filter((x) => x.reasons.length).map((x, i2) => `${i2 > 0 && x.chart ? `${x.chart}: ` : ""}${x.reasons.join("; ")}`);
  return {
    kind: "values-schema",
    message: `the values do not meet values.schema.json: ${parts.join("; ") || "helm gave no reason"}`
  };
}
function valuesSchemaLocation(message, chartDir, baseDir) {
  const m = /: (?:at '\/([^']*)'|([\w.-]+):)/.exec(message);
  const prop = (m?.[1] ?? m?.[2] ?? "").split(/[/.]/).filter(Boolean).pop();
  return lineInChartFile(chartDir, "values.schema.json", prop ? `"${prop}"` : void 0, baseDir);
}
function lineInChartFile(chartDir, name, needle, baseDir) {
  const file = join4(chartDir, name);
  const shown = repoPath(baseDir, file);
  const text = needle !== void 0 ? readChartFile(file, chartDir) : void 0;
  if (text !== void 0) {
    const lines = text.split("\n");
    const i2 = lines.findIndex((l) => typeof needle === "string" ? l.includes(needle) : needle.test(l));
    if (i2 >= 0) return { file: shown, line: i2 + 1, column: lines[i2].search(/\S/) + 1 };
  }
  return { file: shown, line: 1, approximate: true };
}
function helmErrorLocation(e, chartDir, baseDir) {
  if (e.kind === "values-schema") return valuesSchemaLocation(e.message, chartDir, baseDir);
  if (e.kind === "dependencies")
    return lineInChartFile(
      chartDir,
      "Chart.yaml",
      // the name is the chart's text: a literal in the pattern
      new RegExp(`name:\\s*["']?${(e.source ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']?\\s*$`),
      baseDir
    );
  if (e.text && (e.kind === "parse" || e.kind === "execution" || e.kind === "template")) {
    const loc2 = templateErrorLocation(e, chartDir, baseDir);
    if (loc2) return loc2;
  }
  if (!e.source) return void 0;
  const abs = sourceToFile(e.source, chartDir);
  if (!abs) return void 0;
  const loc = { file: repoPath(baseDir, abs), line: e.line ?? 1 };
  if (e.column !== void 0 && e.line) {
    const text = readChartFile(abs, chartDir)?.split("\n")[e.line - 1];
    loc.column = text === void 0 ? e.column + 1 : Buffer.from(text).subarray(0, e.column).toString("utf8").length + 1;
  }
  if (!e.line) loc.approximate = true;
  return loc;
}
function templateErrorLocation(e, chartDir, baseDir) {
  const place = locateTemplateError(e.text, chartSources(chartDir));
  if (!place) return void 0;
  e.message = place.message;
  const loc = { file: repoPath(baseDir, join4(chartDir, place.file)), line: place.line };
  if (place.column) loc.column = place.column;
  if (place.approximate) loc.approximate = true;
  if (place.define !== void 0) loc.via = place.define;
  return loc;
}

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
  if (s.items !== void 0) out.items = Array.isArray(s.items) ? s.items.map((i2) => convertOpenApi(i2, closed)) : convertOpenApi(s.items, closed);
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
function publicText(manifests) {
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
  for (const m of manifests) {
    if (isSecret(m)) {
      const { data: _d, stringData: _s, ...rest } = m.object;
      walk(rest);
    } else walk(m.object);
  }
  return parts.join("\0");
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
    if (v.length >= 2 * PART) for (let i2 = 0; i2 + PART <= v.length; i2++) parts.add(v.slice(i2, i2 + PART));
  for (const f of findings) {
    let msg = f.message;
    for (const v of secret) if (msg.includes(v)) msg = msg.split(v).join("***");
    if (parts.size && msg.length >= PART) msg = hideParts(msg, parts);
    f.message = msg;
  }
}
function hideParts(msg, parts) {
  const hit = new Array(msg.length).fill(false);
  for (let i2 = 0; i2 + PART <= msg.length; i2++) if (parts.has(msg.slice(i2, i2 + PART))) hit.fill(true, i2, i2 + PART);
  if (!hit.includes(true)) return msg;
  let out = "";
  for (let i2 = 0; i2 < msg.length; i2++) {
    if (!hit[i2]) out += msg[i2];
    else if (i2 === 0 || !hit[i2 - 1]) out += "***";
  }
  return out;
}

export {
  DATA,
  CORE_SCHEMA,
  load,
  offsetOfPath,
  duplicateKeys,
  DEFAULT_RELEASE,
  CATALOG_CRDS,
  releaseData,
  releaseFor,
  loadValidators,
  loadDefinitions,
  loadCatalogValidator,
  loadCatalogCrd,
  withDependencies,
  readChartFile,
  readRegularFile,
  filesBelow,
  parseRender,
  parseHelmError,
  helmErrorLocation,
  crdVersions,
  secretValues,
  scrubSecrets
};
