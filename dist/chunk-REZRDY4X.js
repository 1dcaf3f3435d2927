import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

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

export {
  ALL_RULES,
  RULE_IDS,
  checkOf
};
