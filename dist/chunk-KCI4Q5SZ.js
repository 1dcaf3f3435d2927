import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

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
var state = () => import("./chunk-IC4MXHTO.js").then((m) => m.schemaState());
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
    p = state().then(
      () => import(new URL(`k8s/${mod}.js`, DATA).href)
    );
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

export {
  DATA,
  DEFAULT_RELEASE,
  CATALOG_CRDS,
  releaseData,
  releaseFor,
  loadValidators,
  loadDefinitions,
  loadCatalogValidator,
  loadCatalogCrd,
  withDependencies
};
