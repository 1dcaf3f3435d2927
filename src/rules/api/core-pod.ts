/**
 * The pod-level parts of a pod template as the API server validates them (kubernetes/kubernetes
 * pkg/apis/core/validation/validation.go at 000f26050b9be6fb3d79fae95e06b47fc96128cd):
 *  - security: validatePodSpecSecurityContext, ValidateSecurityContext, validateSysctls, ValidateHostSysctl,
 *    validateSeccompProfileField, ValidateAppArmorProfileField, validateHostUsers, validateLinux, validateWindows;
 *  - the rest of ValidatePodSpec: validatePodDNSConfig, ValidateHostAliases, hostname/subdomain, the names it
 *    checks (serviceAccountName, nodeName, priorityClassName, runtimeClassName), activeDeadlineSeconds,
 *    validateReadinessGates, validateSchedulingGates, validatePodResourceClaims, validateResourceClaimNames,
 *    ValidatePodTemplateSpec (no ephemeral containers), ValidateLabels of nodeSelector;
 *  - scheduling: ValidateTolerations, validateAffinity (ValidateNodeSelector, ValidateNodeSelectorRequirement,
 *    ValidateNodeFieldSelectorRequirement, ValidatePreferredSchedulingTerms, validatePodAffinityTerm,
 *    validateWeightedPodAffinityTerms, validateMatchLabelKeysAndMismatchLabelKeys),
 *    validateTopologySpreadConstraints.
 * Warnings follow warningsForPodSpecAndMeta (pkg/api/pod/warnings.go at 1853742da6212a55cfe41328d8d463efe7c0bd93).
 */
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { dns1123Label, dns1123Subdomain, labelValue, qualifiedName } from '../validation.js';
import {
  containers,
  E,
  idProblem,
  isInt,
  isIP,
  isObject,
  Issues,
  labelSelectorProblems,
  localDescendingPathProblems,
  MAX_INT32,
  podSites,
  type PodSite,
} from './common.js';

// ---------------------------------------------------------------------------------------------------------
// api/security-context

/** SysctlContainSlashFmt, at most 253 characters. */
const SYSCTL = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;

/** utilsysctl.GetNamespace for the namespaces ValidateHostSysctl cares about. */
function sysctlNamespace(name: string): 'net' | 'ipc' | undefined {
  if (name.startsWith('net.')) return 'net';
  if (
    name === 'kernel.sem' ||
    name.startsWith('kernel.shm') ||
    name.startsWith('kernel.msg') ||
    name.startsWith('fs.mqueue.')
  )
    return 'ipc';
  return undefined;
}

function seccomp(site: PodSite, issues: Issues, sp: unknown, at: PathSeg[]): void {
  if (!isObject(sp)) return;
  if (sp.type === 'Localhost') {
    if (typeof sp.localhostProfile !== 'string')
      site.add(
        issues,
        at,
        E.required(site.p([...at, 'localhostProfile']), 'must be set when seccomp type is Localhost'),
      );
    else
      for (const why of localDescendingPathProblems(sp.localhostProfile))
        site.add(
          issues,
          [...at, 'localhostProfile'],
          E.invalid(site.p([...at, 'localhostProfile']), sp.localhostProfile, why),
        );
  } else if (typeof sp.type === 'string' && sp.localhostProfile !== undefined && sp.localhostProfile !== null)
    site.add(
      issues,
      [...at, 'localhostProfile'],
      E.invalid(site.p([...at, 'localhostProfile']), sp, 'can only be set when seccomp type is Localhost'),
    );
}

function appArmor(site: PodSite, issues: Issues, ap: unknown, at: PathSeg[]): void {
  if (!isObject(ap)) return;
  const lp = ap.localhostProfile;
  if (ap.type === 'Localhost') {
    if (typeof lp !== 'string' || lp.trim() === '')
      site.add(
        issues,
        at,
        E.required(site.p([...at, 'localhostProfile']), 'must be set when AppArmor type is Localhost'),
      );
    else if (lp.trim() !== lp)
      site.add(
        issues,
        [...at, 'localhostProfile'],
        E.invalid(site.p([...at, 'localhostProfile']), lp, 'must not be padded with whitespace'),
      );
  } else if ((ap.type === 'RuntimeDefault' || ap.type === 'Unconfined') && lp !== undefined && lp !== null)
    site.add(
      issues,
      [...at, 'localhostProfile'],
      E.invalid(site.p([...at, 'localhostProfile']), lp, 'can only be set when AppArmor type is Localhost'),
    );
}

function ids(site: PodSite, issues: Issues, sc: Record<string, any>, at: PathSeg[], keys: string[]): void {
  for (const k of keys)
    if (isInt(sc[k])) {
      const bad = idProblem(sc[k]);
      if (bad) site.add(issues, [...at, k], E.invalid(site.p([...at, k]), sc[k], bad));
    }
}

const WINDOWS_POD_FORBIDDEN = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
];
const WINDOWS_CONTAINER_FORBIDDEN = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
];

function set(v: unknown): boolean {
  return v !== undefined && v !== null;
}

export const apiSecurityContext: Rule = {
  id: 'api/security-context',
  description:
    "A pod or container securityContext the API server rejects: user or group IDs outside 0-2147483647, allowPrivilegeEscalation false with privileged or CAP_SYS_ADMIN, procMount Unmasked with host users, shareProcessNamespace with hostPID, invalid or duplicate sysctls, net/IPC sysctls on the host namespaces, seccomp/AppArmor Localhost without a profile (or a profile without Localhost), hostUsers false with host namespaces, options the pod's os.name forbids (validatePodSpecSecurityContext, ValidateSecurityContext, validateSysctls, validateHostUsers, validateWindows).",
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const spec = site.pod.spec;
      const sp = site.pod.specPath;
      const psc = isObject(spec.securityContext) ? spec.securityContext : undefined;
      const pscPath: PathSeg[] = [...sp, 'securityContext'];
      const hostUsers = spec.hostUsers !== false;
      if (spec.shareProcessNamespace === true && spec.hostPID === true)
        site.add(
          issues,
          [...sp, 'shareProcessNamespace'],
          E.invalid(
            site.p([...pscPath, 'shareProcessNamespace']),
            true,
            'ShareProcessNamespace and HostPID cannot both be enabled',
          ),
        );
      if (psc) {
        ids(site, issues, psc, pscPath, ['runAsUser', 'runAsGroup', 'fsGroup']);
        if (Array.isArray(psc.supplementalGroups))
          psc.supplementalGroups.forEach((g: unknown, i: number) => {
            if (isInt(g) && idProblem(g))
              site.add(
                issues,
                [...pscPath, 'supplementalGroups', i],
                E.invalid(site.p([...pscPath, 'supplementalGroups', i]), g, idProblem(g)!),
              );
          });
        if (Array.isArray(psc.sysctls)) {
          const seen = new Set<string>();
          psc.sysctls.forEach((s: unknown, i: number) => {
            if (!isObject(s)) return;
            const at: PathSeg[] = [...pscPath, 'sysctls', i, 'name'];
            const name = s.name;
            if (name === '') site.add(issues, at, E.required(site.p(at)));
            else if (typeof name === 'string' && (name.length > 253 || !SYSCTL.test(name)))
              site.add(
                issues,
                at,
                E.invalid(site.p(at), name, `must have at most 253 characters and match regex ${SYSCTL.source}`),
              );
            else if (typeof name === 'string' && seen.has(name)) site.add(issues, at, E.duplicate(site.p(at), name));
            if (typeof name === 'string') {
              const ns = sysctlNamespace(name);
              if (ns === 'net' && spec.hostNetwork === true)
                site.add(
                  issues,
                  at,
                  E.invalid(site.p(at), name, "may not be specified when 'hostNetwork' is true"),
                  'a namespaced sysctl would change the host',
                );
              if (ns === 'ipc' && spec.hostIPC === true)
                site.add(
                  issues,
                  at,
                  E.invalid(site.p(at), name, "may not be specified when 'hostIPC' is true"),
                  'a namespaced sysctl would change the host',
                );
              seen.add(name);
            }
          });
        }
        seccomp(site, issues, psc.seccompProfile, [...pscPath, 'seccompProfile']);
        appArmor(site, issues, psc.appArmorProfile, [...pscPath, 'appArmorProfile']);
      }
      if (!hostUsers)
        for (const k of ['hostNetwork', 'hostPID', 'hostIPC'])
          if (spec[k] === true)
            site.add(
              issues,
              [...sp, k],
              E.forbidden(site.p([...sp, k]), 'when `pod.Spec.HostUsers` is false'),
              'user namespaces cannot be combined with host namespaces',
            );
      const os = isObject(spec.os) ? spec.os.name : undefined;
      if (os === 'windows') {
        if (psc)
          for (const k of WINDOWS_POD_FORBIDDEN)
            if (set(psc[k]))
              site.add(
                issues,
                [...pscPath, k],
                E.forbidden(site.p([...pscPath, k]), 'cannot be set for a windows pod'),
              );
        if (set(spec.hostUsers))
          site.add(
            issues,
            [...sp, 'hostUsers'],
            E.forbidden(site.p([...sp, 'hostUsers']), 'cannot be set for a windows pod'),
          );
        for (const k of ['hostPID', 'hostIPC', 'shareProcessNamespace'])
          if (spec[k] === true || (k === 'shareProcessNamespace' && set(spec[k])))
            site.add(issues, [...sp, k], E.forbidden(site.p([...sp, k]), 'cannot be set for a windows pod'));
      }
      if (os === 'linux' && psc && set(psc.windowsOptions))
        site.add(
          issues,
          [...pscPath, 'windowsOptions'],
          E.forbidden(site.p([...pscPath, 'windowsOptions']), 'windows options cannot be set for a linux pod'),
        );
      for (const ctr of containers(site)) {
        const sc = ctr.c.securityContext;
        if (!isObject(sc)) continue;
        const at: PathSeg[] = [...ctr.path, 'securityContext'];
        ids(site, issues, sc, at, ['runAsUser', 'runAsGroup']);
        if (sc.procMount === 'Unmasked' && hostUsers)
          site.add(
            issues,
            [...at, 'procMount'],
            E.invalid(site.p([...at, 'procMount']), 'Unmasked', '`hostUsers` must be false to use `Unmasked`'),
            'set spec.hostUsers: false',
          );
        if (sc.allowPrivilegeEscalation === false) {
          if (sc.privileged === true)
            site.add(
              issues,
              [...at, 'allowPrivilegeEscalation'],
              `${site.p(at)}: Invalid value: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
              'a privileged container always may escalate',
            );
          const add = isObject(sc.capabilities) && Array.isArray(sc.capabilities.add) ? sc.capabilities.add : [];
          add.forEach((cap: unknown, i: number) => {
            if (cap === 'CAP_SYS_ADMIN')
              site.add(
                issues,
                [...at, 'capabilities', 'add', i],
                `${site.p(at)}: Invalid value: cannot set \`allowPrivilegeEscalation\` to false and \`capabilities.Add\` CAP_SYS_ADMIN`,
              );
          });
        }
        seccomp(site, issues, sc.seccompProfile, [...at, 'seccompProfile']);
        appArmor(site, issues, sc.appArmorProfile, [...at, 'appArmorProfile']);
        if (os === 'windows')
          for (const k of WINDOWS_CONTAINER_FORBIDDEN)
            if (set(sc[k]))
              site.add(issues, [...at, k], E.forbidden(site.p([...at, k]), 'cannot be set for a windows pod'));
        if (os === 'linux' && set(sc.windowsOptions))
          site.add(
            issues,
            [...at, 'windowsOptions'],
            E.forbidden(site.p([...at, 'windowsOptions']), 'windows options cannot be set for a linux pod'),
          );
      }
    }
    return issues.list;
  },
};

// ---------------------------------------------------------------------------------------------------------
// api/pod-spec

const DNS_SEARCH_UNDERSCORE = /^[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?(\.[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?)*$/;
const IP_TEXT = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

function names(site: PodSite, issues: Issues, checks: [string, (v: string) => string | undefined][]): void {
  const spec = site.pod.spec;
  for (const [k, fn] of checks) {
    const v = spec[k];
    if (typeof v !== 'string' || v === '') continue;
    const bad = fn(v);
    if (bad) site.add(issues, [...site.pod.specPath, k], E.invalid(site.p([...site.pod.specPath, k]), v, bad));
  }
}

const APPS_KINDS = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController']);

export const apiPodSpec: Rule = {
  id: 'api/pod-spec',
  description:
    'A pod spec field the API server rejects: dnsPolicy None without dnsConfig nameservers, more than 3 nameservers or 32 searches, invalid IPs or host names in dnsConfig/hostAliases, hostname, subdomain, serviceAccountName, nodeName, priorityClassName or runtimeClassName of the wrong syntax, activeDeadlineSeconds below 1, invalid nodeSelector labels, readiness or scheduling gates, resource claims, ephemeral containers in a template; empty or duplicate imagePullSecrets and negative terminationGracePeriodSeconds warn (ValidatePodSpec, validatePodDNSConfig, ValidateHostAliases, validatePodResourceClaims).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const spec = site.pod.spec;
      const sp = site.pod.specPath;
      // dnsConfig
      const dc = isObject(spec.dnsConfig) ? spec.dnsConfig : undefined;
      if (spec.dnsPolicy === 'None') {
        if (!dc)
          site.add(
            issues,
            [...sp, 'dnsPolicy'],
            E.required(site.p([...sp, 'dnsConfig']), 'must provide `dnsConfig` when `dnsPolicy` is None'),
          );
        else if (!Array.isArray(dc.nameservers) || dc.nameservers.length === 0)
          site.add(
            issues,
            [...sp, 'dnsConfig'],
            E.required(
              site.p([...sp, 'dnsConfig', 'nameservers']),
              'must provide at least one DNS nameserver when `dnsPolicy` is None',
            ),
          );
      }
      if (dc) {
        const dp: PathSeg[] = [...sp, 'dnsConfig'];
        if (Array.isArray(dc.nameservers)) {
          if (dc.nameservers.length > 3)
            site.add(
              issues,
              [...dp, 'nameservers'],
              E.invalid(site.p([...dp, 'nameservers']), dc.nameservers, 'must not have more than 3 nameservers'),
            );
          dc.nameservers.forEach((ns: unknown, i: number) => {
            if (typeof ns === 'string' && !isIP(ns))
              site.add(issues, [...dp, 'nameservers', i], E.invalid(site.p([...dp, 'nameservers', i]), ns, IP_TEXT));
          });
        }
        if (Array.isArray(dc.searches)) {
          if (dc.searches.length > 32)
            site.add(
              issues,
              [...dp, 'searches'],
              E.invalid(site.p([...dp, 'searches']), dc.searches, 'must not have more than 32 search paths'),
            );
          if (dc.searches.filter((s: unknown) => typeof s === 'string').join(' ').length > 2048)
            site.add(
              issues,
              [...dp, 'searches'],
              E.invalid(
                site.p([...dp, 'searches']),
                dc.searches,
                'must not have more than 2048 characters (including spaces) in the search list',
              ),
            );
          dc.searches.forEach((s: unknown, i: number) => {
            if (typeof s !== 'string' || s === '.') return;
            const v = s.endsWith('.') ? s.slice(0, -1) : s;
            // RelaxedDNSSearchValidation (on by default since 1.33) allows "_"; only what both forms refuse is reported
            if (v.length > 253 || !DNS_SEARCH_UNDERSCORE.test(v))
              site.add(
                issues,
                [...dp, 'searches', i],
                E.invalid(site.p([...dp, 'searches', i]), v, dns1123Subdomain(v) ?? 'is not a DNS subdomain'),
              );
          });
        }
        if (Array.isArray(dc.options))
          dc.options.forEach((o: unknown, i: number) => {
            if (isObject(o) && (typeof o.name !== 'string' || o.name === ''))
              site.add(issues, [...dp, 'options', i], E.required(site.p([...dp, 'options', i]), 'must not be empty'));
          });
      }
      // hostAliases
      if (Array.isArray(spec.hostAliases)) {
        const ips = new Set<string>();
        spec.hostAliases.forEach((h: unknown, i: number) => {
          if (!isObject(h)) return;
          const at: PathSeg[] = [...sp, 'hostAliases', i];
          if (typeof h.ip === 'string') {
            if (!isIP(h.ip)) site.add(issues, [...at, 'ip'], E.invalid(site.p([...at, 'ip']), h.ip, IP_TEXT));
            else if (ips.has(h.ip))
              site.add(
                issues,
                [...at, 'ip'],
                `${site.p([...at, 'ip'])}: duplicate ip ${JSON.stringify(h.ip)} (an API server warning)`,
                'merge the host names into one entry',
                'warning',
              );
            ips.add(h.ip);
          }
          if (Array.isArray(h.hostnames))
            h.hostnames.forEach((n: unknown, j: number) => {
              if (typeof n !== 'string') return;
              const bad = dns1123Subdomain(n);
              if (bad) site.add(issues, [...at, 'hostnames', j], E.invalid(site.p([...at, 'hostnames', j]), n, bad));
            });
        });
      }
      names(site, issues, [
        ['hostname', dns1123Label],
        ['subdomain', dns1123Label],
        ['serviceAccountName', dns1123Subdomain],
        ['nodeName', dns1123Subdomain],
        ['priorityClassName', dns1123Subdomain],
      ]);
      if (typeof spec.runtimeClassName === 'string') {
        const bad = spec.runtimeClassName === '' ? 'must not be empty' : dns1123Subdomain(spec.runtimeClassName);
        if (bad)
          site.add(
            issues,
            [...sp, 'runtimeClassName'],
            E.invalid(site.p([...sp, 'runtimeClassName']), spec.runtimeClassName, bad),
            spec.runtimeClassName === '' ? 'leave runtimeClassName out instead of rendering it empty' : undefined,
          );
      }
      // activeDeadlineSeconds (Deployments and the like forbid it outright: api/workload-spec)
      if (
        !APPS_KINDS.has(site.pod.kind) &&
        isInt(spec.activeDeadlineSeconds) &&
        (spec.activeDeadlineSeconds < 1 || spec.activeDeadlineSeconds > MAX_INT32)
      )
        site.add(
          issues,
          [...sp, 'activeDeadlineSeconds'],
          E.invalid(
            site.p([...sp, 'activeDeadlineSeconds']),
            spec.activeDeadlineSeconds,
            `must be between 1 and ${MAX_INT32}, inclusive`,
          ),
        );
      // nodeSelector (ValidateLabels)
      if (isObject(spec.nodeSelector))
        for (const [k, v] of Object.entries(spec.nodeSelector)) {
          const at: PathSeg[] = [...sp, 'nodeSelector', k];
          const badKey = qualifiedName(k);
          if (badKey) site.add(issues, at, E.invalid(site.p(at), k, `the key ${badKey}`));
          if (typeof v === 'string' && labelValue(v)) site.add(issues, at, E.invalid(site.p(at), v, labelValue(v)!));
        }
      // readiness and scheduling gates
      if (Array.isArray(spec.readinessGates))
        spec.readinessGates.forEach((g: unknown, i: number) => {
          if (isObject(g) && typeof g.conditionType === 'string') {
            const bad = qualifiedName(g.conditionType);
            if (bad)
              site.add(
                issues,
                [...sp, 'readinessGates', i, 'conditionType'],
                E.invalid(site.p([...sp, 'readinessGates', i, 'conditionType']), g.conditionType, bad),
              );
          }
        });
      if (Array.isArray(spec.schedulingGates)) {
        const seen = new Set<string>();
        spec.schedulingGates.forEach((g: unknown, i: number) => {
          if (!isObject(g) || typeof g.name !== 'string') return;
          const at: PathSeg[] = [...sp, 'schedulingGates', i];
          const bad = qualifiedName(g.name);
          if (bad) site.add(issues, [...at, 'name'], E.invalid(site.p(at), g.name, bad));
          if (seen.has(g.name)) site.add(issues, [...at, 'name'], E.duplicate(site.p(at), g.name));
          seen.add(g.name);
        });
      }
      // ephemeral containers never belong in a template (and a Pod may not be created with them)
      if (Array.isArray(spec.ephemeralContainers) && spec.ephemeralContainers.length > 0)
        site.add(
          issues,
          [...sp, 'ephemeralContainers'],
          E.forbidden(
            site.p([...sp, 'ephemeralContainers']),
            site.pod.kind === 'Pod' ? 'cannot be set on create' : 'ephemeral containers not allowed in pod template',
          ),
          'ephemeral containers are added to a running pod with kubectl debug',
        );
      resourceClaims(site, issues);
      // warnings
      if (Array.isArray(spec.imagePullSecrets)) {
        const seen = new Set<string>();
        spec.imagePullSecrets.forEach((r: unknown, i: number) => {
          if (!isObject(r)) return;
          const at: PathSeg[] = [...sp, 'imagePullSecrets', i];
          const name = typeof r.name === 'string' ? r.name : '';
          if (name === '')
            site.add(
              issues,
              at,
              `${site.p([...at, 'name'])}: invalid empty name "" (an API server warning)`,
              'the value that names the pull secret rendered empty',
              'warning',
            );
          else if (seen.has(name))
            site.add(
              issues,
              [...at, 'name'],
              `${site.p([...at, 'name'])}: duplicate name ${JSON.stringify(name)} (an API server warning)`,
              undefined,
              'warning',
            );
          seen.add(name);
        });
      }
      if (isInt(spec.terminationGracePeriodSeconds) && spec.terminationGracePeriodSeconds < 0)
        site.add(
          issues,
          [...sp, 'terminationGracePeriodSeconds'],
          `${site.p([...sp, 'terminationGracePeriodSeconds'])}: must be >= 0; negative values are invalid and will be treated as 1 (an API server warning)`,
          undefined,
          'warning',
        );
    }
    return issues.list;
  },
};

function resourceClaims(site: PodSite, issues: Issues): void {
  const spec = site.pod.spec;
  const sp = site.pod.specPath;
  const claimNames = new Set<string>();
  if (Array.isArray(spec.resourceClaims))
    spec.resourceClaims.forEach((c: unknown, i: number) => {
      if (!isObject(c)) return;
      const at: PathSeg[] = [...sp, 'resourceClaims', i];
      // a missing name is schema/required's
      if (c.name === '') site.add(issues, [...at, 'name'], E.required(site.p([...at, 'name'])));
      else if (typeof c.name === 'string' && claimNames.has(c.name))
        site.add(issues, [...at, 'name'], E.duplicate(site.p([...at, 'name']), c.name));
      else if (typeof c.name === 'string') {
        const bad = dns1123Label(c.name);
        if (bad) site.add(issues, [...at, 'name'], E.invalid(site.p([...at, 'name']), c.name, bad));
        claimNames.add(c.name);
      }
      const byName = typeof c.resourceClaimName === 'string';
      const byTemplate = typeof c.resourceClaimTemplateName === 'string';
      if (byName && byTemplate)
        site.add(
          issues,
          at,
          E.invalid(
            site.p(at),
            c.name ?? '',
            'at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified',
          ),
        );
      if (!byName && !byTemplate)
        site.add(
          issues,
          at,
          E.invalid(site.p(at), c.name ?? '', 'must specify one of: `resourceClaimName`, `resourceClaimTemplateName`'),
        );
      for (const k of ['resourceClaimName', 'resourceClaimTemplateName'])
        if (typeof c[k] === 'string') {
          const bad = dns1123Subdomain(c[k]);
          if (bad) site.add(issues, [...at, k], E.invalid(site.p([...at, k]), c[k], bad));
        }
    });
  for (const ctr of containers(site)) {
    const claims = isObject(ctr.c.resources) ? ctr.c.resources.claims : undefined;
    if (!Array.isArray(claims)) continue;
    claims.forEach((c: unknown, i: number) => {
      if (!isObject(c) || typeof c.name !== 'string' || c.name === '') return;
      const at: PathSeg[] = [...ctr.path, 'resources', 'claims', i];
      if (!claimNames.has(c.name))
        site.add(
          issues,
          [...at, 'name'],
          `${E.notFound(site.p(at), c.name)}: must be one of the names in pod.spec.resourceClaims${claimNames.size ? `: ${[...claimNames].join(', ')}` : ' which is empty'}`,
        );
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// api/scheduling

function tolerations(site: PodSite, issues: Issues): void {
  const list = site.pod.spec.tolerations;
  if (!Array.isArray(list)) return;
  list.forEach((t: unknown, i: number) => {
    if (!isObject(t)) return;
    const at: PathSeg[] = [...site.pod.specPath, 'tolerations', i];
    const key = typeof t.key === 'string' ? t.key : '';
    const op = typeof t.operator === 'string' ? t.operator : '';
    if (key !== '') {
      const bad = qualifiedName(key);
      if (bad) site.add(issues, [...at, 'key'], E.invalid(site.p([...at, 'key']), key, bad));
    }
    if (key === '' && op !== 'Exists')
      site.add(
        issues,
        at,
        E.invalid(
          site.p([...at, 'operator']),
          op,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
        'an empty key tolerates every taint, which needs operator: Exists',
      );
    if (set(t.tolerationSeconds) && t.effect !== 'NoExecute')
      site.add(
        issues,
        [...at, 'tolerationSeconds'],
        E.invalid(
          site.p([...at, 'effect']),
          t.effect ?? '',
          "effect must be 'NoExecute' when `tolerationSeconds` is set",
        ),
      );
    const value = t.value;
    if ((op === 'Equal' || op === '') && typeof value === 'string' && labelValue(value))
      site.add(issues, [...at, 'value'], E.invalid(site.p([...at, 'operator']), value, labelValue(value)!));
    if (op === 'Exists' && typeof value === 'string' && value !== '')
      site.add(
        issues,
        [...at, 'value'],
        E.invalid(site.p([...at, 'operator']), value, "value must be empty when `operator` is 'Exists'"),
      );
  });
}

const NODE_OPS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'];

function nodeSelectorTerm(site: PodSite, issues: Issues, term: unknown, at: PathSeg[], checkValues: boolean): void {
  if (!isObject(term)) return;
  if (Array.isArray(term.matchExpressions))
    term.matchExpressions.forEach((r: unknown, j: number) => {
      if (!isObject(r)) return;
      const rp: PathSeg[] = [...at, 'matchExpressions', j];
      const values = Array.isArray(r.values) ? r.values : [];
      const op = r.operator;
      if (typeof op === 'string') {
        if (!NODE_OPS.includes(op))
          site.add(
            issues,
            [...rp, 'operator'],
            E.invalid(site.p([...rp, 'operator']), op, 'not a valid selector operator'),
          );
        else if ((op === 'In' || op === 'NotIn') && values.length === 0)
          site.add(
            issues,
            rp,
            E.required(site.p([...rp, 'values']), "must be specified when `operator` is 'In' or 'NotIn'"),
          );
        else if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0)
          site.add(
            issues,
            [...rp, 'values'],
            E.forbidden(
              site.p([...rp, 'values']),
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          );
        else if ((op === 'Gt' || op === 'Lt') && values.length !== 1)
          site.add(
            issues,
            rp,
            E.required(site.p([...rp, 'values']), "must be specified single value when `operator` is 'Lt' or 'Gt'"),
          );
      }
      if (typeof r.key === 'string') {
        const bad = qualifiedName(r.key);
        if (bad) site.add(issues, [...rp, 'key'], E.invalid(site.p([...rp, 'key']), r.key, bad));
      }
      if (checkValues)
        values.forEach((v: unknown, k: number) => {
          if (typeof v === 'string' && labelValue(v))
            site.add(issues, [...rp, 'values', k], E.invalid(site.p([...rp, 'values', k]), v, labelValue(v)!));
        });
    });
  if (Array.isArray(term.matchFields))
    term.matchFields.forEach((r: unknown, j: number) => {
      if (!isObject(r)) return;
      const rp: PathSeg[] = [...at, 'matchFields', j];
      const values = Array.isArray(r.values) ? r.values : [];
      if (r.operator !== 'In' && r.operator !== 'NotIn')
        site.add(
          issues,
          [...rp, 'operator'],
          E.invalid(site.p([...rp, 'operator']), r.operator ?? '', 'not a valid selector operator'),
        );
      else if (values.length !== 1)
        site.add(
          issues,
          rp,
          E.required(
            site.p([...rp, 'values']),
            "must be only one value when `operator` is 'In' or 'NotIn' for node field selector",
          ),
        );
      if (r.key !== 'metadata.name')
        site.add(
          issues,
          [...rp, 'key'],
          E.invalid(site.p([...rp, 'key']), r.key ?? '', 'not a valid field selector key'),
        );
    });
}

function weight(site: PodSite, issues: Issues, w: unknown, at: PathSeg[]): void {
  if (isInt(w) && (w <= 0 || w > 100)) site.add(issues, at, E.invalid(site.p(at), w, 'must be in the range 1-100'));
}

function podAffinityTerm(site: PodSite, issues: Issues, t: unknown, at: PathSeg[]): void {
  if (!isObject(t)) return;
  for (const pr of labelSelectorProblems(t.labelSelector, [...at, 'labelSelector'], site.p))
    site.add(issues, pr.path, pr.text);
  for (const pr of labelSelectorProblems(t.namespaceSelector, [...at, 'namespaceSelector'], site.p))
    site.add(issues, pr.path, pr.text);
  if (Array.isArray(t.namespaces))
    t.namespaces.forEach((n: unknown, i: number) => {
      if (typeof n === 'string' && dns1123Label(n))
        site.add(issues, [...at, 'namespaces', i], E.invalid(site.p([...at, 'namespace']), n, dns1123Label(n)!));
    });
  if (t.topologyKey === '')
    site.add(
      issues,
      at,
      E.required(site.p([...at, 'topologyKey']), 'can not be empty'),
      'topologyKey names the node label that groups nodes, e.g. kubernetes.io/hostname',
    );
  else {
    const bad = qualifiedName(t.topologyKey);
    if (bad) site.add(issues, [...at, 'topologyKey'], E.invalid(site.p([...at, 'topologyKey']), t.topologyKey, bad));
  }
  const match: unknown[] = Array.isArray(t.matchLabelKeys) ? t.matchLabelKeys : [];
  const mismatch: unknown[] = Array.isArray(t.mismatchLabelKeys) ? t.mismatchLabelKeys : [];
  for (const [k, list] of [
    ['matchLabelKeys', match],
    ['mismatchLabelKeys', mismatch],
  ] as const) {
    if (list.length === 0) continue;
    if (!isObject(t.labelSelector))
      site.add(
        issues,
        [...at, k],
        E.forbidden(site.p([...at, k]), 'must not be specified when labelSelector is not set'),
      );
    list.forEach((key, i) => {
      if (typeof key === 'string' && qualifiedName(key))
        site.add(issues, [...at, k, i], E.invalid(site.p([...at, k, i]), key, qualifiedName(key)!));
    });
  }
  match.forEach((key, i) => {
    if (mismatch.includes(key))
      site.add(
        issues,
        [...at, 'matchLabelKeys', i],
        E.invalid(site.p([...at, 'matchLabelKeys', i]), key, 'exists in both matchLabelKeys and mismatchLabelKeys'),
      );
  });
}

function affinity(site: PodSite, issues: Issues): void {
  const a = site.pod.spec.affinity;
  if (!isObject(a)) return;
  const ap: PathSeg[] = [...site.pod.specPath, 'affinity'];
  const na = a.nodeAffinity;
  if (isObject(na)) {
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    const rp: PathSeg[] = [...ap, 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'];
    if (isObject(req)) {
      const terms = Array.isArray(req.nodeSelectorTerms) ? req.nodeSelectorTerms : [];
      if (Array.isArray(req.nodeSelectorTerms) && terms.length === 0)
        site.add(
          issues,
          rp,
          E.required(site.p([...rp, 'nodeSelectorTerms']), 'must have at least one node selector term'),
          'leave requiredDuringSchedulingIgnoredDuringExecution out when there is no term',
        );
      terms.forEach((t: unknown, i: number) =>
        nodeSelectorTerm(site, issues, t, [...rp, 'nodeSelectorTerms', i], true),
      );
    }
    const pref = na.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(pref))
      pref.forEach((t: unknown, i: number) => {
        if (!isObject(t)) return;
        const tp: PathSeg[] = [...ap, 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution', i];
        weight(site, issues, t.weight, [...tp, 'weight']);
        // invalid label values are allowed in preferred terms
        nodeSelectorTerm(site, issues, t.preference, [...tp, 'preference'], false);
      });
  }
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const pa = a[kind];
    if (!isObject(pa)) continue;
    const req = pa.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(req))
      req.forEach((t: unknown, i: number) => {
        const at: PathSeg[] = [...ap, kind, 'requiredDuringSchedulingIgnoredDuringExecution', i];
        podAffinityTerm(site, issues, t, at);
        if (isObject(t) && !set(t.labelSelector))
          site.add(
            issues,
            at,
            `${site.p([...at, 'labelSelector'])}: a null labelSelector results in matching no pod (an API server warning)`,
            undefined,
            'warning',
          );
      });
    const pref = pa.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(pref))
      pref.forEach((t: unknown, i: number) => {
        if (!isObject(t)) return;
        const at: PathSeg[] = [...ap, kind, 'preferredDuringSchedulingIgnoredDuringExecution', i];
        weight(site, issues, t.weight, [...at, 'weight']);
        podAffinityTerm(site, issues, t.podAffinityTerm, [...at, 'podAffinityTerm']);
        if (isObject(t.podAffinityTerm) && !set(t.podAffinityTerm.labelSelector))
          site.add(
            issues,
            [...at, 'podAffinityTerm'],
            `${site.p([...at, 'podAffinityTerm', 'labelSelector'])}: a null labelSelector results in matching no pod (an API server warning)`,
            undefined,
            'warning',
          );
      });
  }
}

function topologySpread(site: PodSite, issues: Issues): void {
  const list = site.pod.spec.topologySpreadConstraints;
  if (!Array.isArray(list)) return;
  list.forEach((c: unknown, i: number) => {
    if (!isObject(c)) return;
    const at: PathSeg[] = [...site.pod.specPath, 'topologySpreadConstraints', i];
    if (isInt(c.maxSkew) && c.maxSkew <= 0)
      site.add(
        issues,
        [...at, 'maxSkew'],
        E.invalid(site.p([...at, 'maxSkew']), c.maxSkew, 'must be greater than zero'),
      );
    if (c.topologyKey === '')
      site.add(issues, [...at, 'topologyKey'], E.required(site.p([...at, 'topologyKey']), 'can not be empty'));
    const later = list
      .slice(i + 1)
      .findIndex(
        (o: unknown) => isObject(o) && o.topologyKey === c.topologyKey && o.whenUnsatisfiable === c.whenUnsatisfiable,
      );
    if (later >= 0 && typeof c.topologyKey === 'string')
      site.add(
        issues,
        at,
        E.duplicate(
          `${site.p(at)}.{topologyKey, whenUnsatisfiable}`,
          `{${c.topologyKey}, ${String(c.whenUnsatisfiable)}}`,
        ),
        'two constraints spread over the same key with the same policy',
      );
    if (set(c.minDomains)) {
      if (isInt(c.minDomains) && c.minDomains <= 0)
        site.add(
          issues,
          [...at, 'minDomains'],
          E.invalid(site.p([...at, 'minDomains']), c.minDomains, 'must be greater than zero'),
        );
      if (c.whenUnsatisfiable !== 'DoNotSchedule')
        site.add(
          issues,
          [...at, 'minDomains'],
          E.invalid(
            site.p([...at, 'minDomains']),
            c.minDomains,
            `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${String(c.whenUnsatisfiable ?? '')}`,
          ),
        );
    }
    if (Array.isArray(c.matchLabelKeys) && c.matchLabelKeys.length > 0 && !isObject(c.labelSelector))
      site.add(
        issues,
        [...at, 'matchLabelKeys'],
        E.forbidden(site.p([...at, 'matchLabelKeys']), 'must not be specified when labelSelector is not set'),
      );
    for (const pr of labelSelectorProblems(c.labelSelector, [...at, 'labelSelector'], site.p))
      site.add(issues, pr.path, pr.text);
    if (!set(c.labelSelector))
      site.add(
        issues,
        at,
        `${site.p([...at, 'labelSelector'])}: a null labelSelector results in matching no pod (an API server warning)`,
        'without a labelSelector the constraint counts no pods and spreads nothing',
        'warning',
      );
  });
}

export const apiScheduling: Rule = {
  id: 'api/scheduling',
  description:
    'Tolerations, affinity or topology spread constraints the API server rejects: an empty toleration key without operator Exists, tolerationSeconds without effect NoExecute, a value with Exists, no node selector terms, In/NotIn without values, Gt/Lt without exactly one, weights outside 1-100, a pod affinity term without topologyKey, maxSkew below 1, minDomains without DoNotSchedule, repeated {topologyKey, whenUnsatisfiable}; null label selectors warn (ValidateTolerations, validateAffinity, validateTopologySpreadConstraints).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      tolerations(site, issues);
      affinity(site, issues);
      topologySpread(site, issues);
    }
    return issues.list;
  },
};
