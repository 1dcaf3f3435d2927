/**
 * Pod volumes and the mounts that name them, as the API server validates a pod template: ValidateVolumes,
 * validateVolumeSource, validateKeyToPath, validateSecretVolumeSource, validateConfigMapVolumeSource,
 * validateDownwardAPIVolumeFile, validateProjectionSources, validateHostPathVolumeSource,
 * validateNFSVolumeSource, validateCSIVolumeSource, validateEphemeralVolumeSource, ValidateTemplateObjectMeta,
 * ValidateVolumeMounts, validateMountPropagation, validateMountRecursiveReadOnly, ValidateVolumeDevices
 * (kubernetes/kubernetes pkg/apis/core/validation/validation.go at 000f26050b9be6fb3d79fae95e06b47fc96128cd),
 * and the overlapping-path warnings of warningsForOverlappingVirtualPaths (pkg/api/pod/warnings.go at
 * 1853742da6212a55cfe41328d8d463efe7c0bd93). A volume with no source is not an error: SetDefaults_Volume
 * (pkg/apis/core/v1/defaults.go) makes it an emptyDir.
 */
import type { PathSeg } from '../../types.js';
import type { Rule } from '../types.js';
import { closest } from '../../util/closest.js';
import { dns1123Label, dns1123Subdomain, qualifiedName } from '../validation.js';
import {
  containers,
  E,
  hasBackstep,
  isInt,
  isNegativeQuantity,
  isObject,
  Issues,
  keyOr,
  localDescendingPathProblems,
  localNonReservedPathProblems,
  podSites,
  type PodSite,
} from './common.js';
import { pvcSpecProblems } from './core-pvc.js';

/** Every VolumeSource member (core/v1 VolumeSource); a volume may set at most one. */
const SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
];

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';

/** Downward API field paths a volume file may use (validVolumeDownwardAPIFieldPathExpressions). */
const VOLUME_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'metadata.uid',
];
/** validContainerResourceFieldPathExpressions; hugepages prefixes are accepted too. */
export const RESOURCE_FIELD_PATHS = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
];

function modeProblem(site: PodSite, issues: Issues, holder: Record<string, any>, key: string, at: PathSeg[]): void {
  const v = holder[key];
  if (isInt(v) && (v < 0 || v > 0o777))
    site.add(
      issues,
      [...at, key],
      E.invalid(site.p([...at, key]), v, FILE_MODE),
      'write the mode in octal (0644) or as its decimal value (420)',
    );
}

function keyToPath(site: PodSite, issues: Issues, items: unknown, at: PathSeg[], paths: string[]): void {
  if (!Array.isArray(items)) return;
  items.forEach((kp: unknown, i: number) => {
    if (!isObject(kp)) return;
    const ip: PathSeg[] = [...at, i];
    if (kp.key === '') site.add(issues, [...ip, 'key'], E.required(site.p([...ip, 'key'])));
    if (kp.path === '') site.add(issues, [...ip, 'path'], E.required(site.p([...ip, 'path'])));
    else if (typeof kp.path === 'string') {
      for (const why of localNonReservedPathProblems(kp.path))
        site.add(
          issues,
          [...ip, 'path'],
          E.invalid(site.p([...ip, 'path']), kp.path, why),
          'an item path is relative to the mount point',
        );
      paths.push(kp.path);
    }
    modeProblem(site, issues, kp, 'mode', ip);
  });
}

/** Each `path` of a field-or-resource downward API file list, checked as validateDownwardAPIVolumeFile does. */
function downwardFiles(site: PodSite, issues: Issues, items: unknown, at: PathSeg[], paths: string[]): void {
  if (!Array.isArray(items)) return;
  items.forEach((f: unknown, i: number) => {
    if (!isObject(f)) return;
    const ip: PathSeg[] = [...at, i];
    if (f.path === '') site.add(issues, [...ip, 'path'], E.required(site.p([...ip, 'path'])));
    else if (typeof f.path === 'string') {
      for (const why of localNonReservedPathProblems(f.path))
        site.add(issues, [...ip, 'path'], E.invalid(site.p([...ip, 'path']), f.path, why));
      paths.push(f.path);
    }
    const hasField = isObject(f.fieldRef);
    const hasRes = isObject(f.resourceFieldRef);
    if (hasField && hasRes)
      site.add(
        issues,
        ip,
        E.invalid(site.p(ip), 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'),
      );
    else if (!hasField && !hasRes)
      site.add(issues, ip, E.required(site.p(ip), 'one of fieldRef and resourceFieldRef is required'));
    if (hasField) {
      const fp = f.fieldRef.fieldPath;
      const apiVersion = f.fieldRef.apiVersion;
      if (typeof fp === 'string' && fp !== '' && (apiVersion === undefined || apiVersion === 'v1')) {
        const bad = fieldPathProblem(fp, VOLUME_FIELD_PATHS);
        if (bad) site.add(issues, [...ip, 'fieldRef', 'fieldPath'], bad(site.p([...ip, 'fieldRef', 'fieldPath'])));
      }
    }
    if (hasRes) {
      const r = f.resourceFieldRef;
      if (typeof r.containerName !== 'string' || r.containerName === '')
        site.add(issues, [...ip, 'resourceFieldRef'], E.required(site.p([...ip, 'resourceFieldRef', 'containerName'])));
      else if (typeof r.resource === 'string' && !resourceFieldOk(r.resource))
        site.add(
          issues,
          [...ip, 'resourceFieldRef', 'resource'],
          E.notSupported(site.p([...ip, 'resourceFieldRef', 'resource']), r.resource, RESOURCE_FIELD_PATHS),
        );
    }
    modeProblem(site, issues, f, 'mode', ip);
  });
}

export function resourceFieldOk(resource: string): boolean {
  return (
    RESOURCE_FIELD_PATHS.includes(resource) ||
    resource.startsWith('requests.hugepages-') ||
    resource.startsWith('limits.hugepages-')
  );
}

/**
 * validateObjectFieldSelector for apiVersion v1: a subscripted path must be metadata.labels['k'] or
 * metadata.annotations['k'] with a qualified-name key; any other path must be one of `allowed`.
 * Returns the error text (given the rendered path) or undefined.
 */
export function fieldPathProblem(fp: string, allowed: readonly string[]): ((at: string) => string) | undefined {
  const sub = /^(.*)\['(.*)'\]$/.exec(fp);
  if (sub) {
    const [, base, key] = sub;
    if (base === 'metadata.labels' || base === 'metadata.annotations') {
      const bad = qualifiedName(base === 'metadata.annotations' ? key!.toLowerCase() : key!);
      return bad ? (at) => E.invalid(at, key, `the key ${bad}`) : undefined;
    }
    return (at) => E.invalid(at, base, 'does not support subscript');
  }
  return allowed.includes(fp) ? undefined : (at) => E.notSupported(at, fp, allowed);
}

/** warningsForOverlappingVirtualPaths: two item paths of one volume that are equal or one inside the other. */
function overlaps(site: PodSite, issues: Issues, paths: string[], at: PathSeg[], what: string): void {
  const seen: string[] = [];
  for (const raw of paths) {
    const p = raw.replace(/\/+$/, '');
    const hit = seen.find(
      (s) => s !== '' && p !== '' && (s === p || (s + '/').startsWith(p + '/') || (p + '/').startsWith(s + '/')),
    );
    if (hit !== undefined)
      site.add(
        issues,
        at,
        `${what}: overlapping paths: ${JSON.stringify(p)} with ${JSON.stringify(hit)} (an API server warning)`,
        'one item overwrites the other, or the kubelet fails with "is a directory" / "file exists"',
        'warning',
      );
    seen.push(p);
  }
}

function checkVolume(site: PodSite, issues: Issues, v: Record<string, any>, at: PathSeg[], names: Set<string>): void {
  const name = v.name;
  if (name === '') site.add(issues, [...at, 'name'], E.required(site.p([...at, 'name'])));
  else if (typeof name === 'string') {
    const bad = dns1123Label(name);
    if (bad) site.add(issues, [...at, 'name'], E.invalid(site.p([...at, 'name']), name, bad));
    else if (names.has(name))
      site.add(
        issues,
        [...at, 'name'],
        E.duplicate(site.p([...at, 'name']), name),
        'two volumes of one pod share a name',
      );
    names.add(name);
  }
  const present = SOURCES.filter((s) => v[s] !== undefined && v[s] !== null);
  for (const extra of present.slice(1))
    site.add(
      issues,
      [...at, extra],
      E.forbidden(site.p([...at, extra]), 'may not specify more than 1 volume type'),
      `volume "${String(name)}" already has ${present[0]}; split it into two volumes`,
    );
  const label = `volume ${JSON.stringify(String(name ?? ''))}`;

  if (isObject(v.secret)) {
    const sp: PathSeg[] = [...at, 'secret'];
    if (typeof v.secret.secretName !== 'string' || v.secret.secretName === '')
      site.add(
        issues,
        keyOr(v.secret, 'secretName', sp),
        E.required(site.p([...sp, 'secretName'])),
        'the value that names the Secret rendered empty',
      );
    modeProblem(site, issues, v.secret, 'defaultMode', sp);
    const paths: string[] = [];
    keyToPath(site, issues, v.secret.items, [...sp, 'items'], paths);
    overlaps(
      site,
      issues,
      paths,
      [...sp, 'items'],
      `${label} (Secret ${JSON.stringify(String(v.secret.secretName ?? ''))})`,
    );
  }
  if (isObject(v.configMap)) {
    const cp: PathSeg[] = [...at, 'configMap'];
    if (typeof v.configMap.name !== 'string' || v.configMap.name === '')
      site.add(
        issues,
        keyOr(v.configMap, 'name', cp),
        E.required(site.p([...cp, 'name'])),
        'the value that names the ConfigMap rendered empty',
      );
    modeProblem(site, issues, v.configMap, 'defaultMode', cp);
    const paths: string[] = [];
    keyToPath(site, issues, v.configMap.items, [...cp, 'items'], paths);
    overlaps(
      site,
      issues,
      paths,
      [...cp, 'items'],
      `${label} (ConfigMap ${JSON.stringify(String(v.configMap.name ?? ''))})`,
    );
  }
  if (isObject(v.downwardAPI)) {
    const dp: PathSeg[] = [...at, 'downwardAPI'];
    modeProblem(site, issues, v.downwardAPI, 'defaultMode', dp);
    const paths: string[] = [];
    downwardFiles(site, issues, v.downwardAPI.items, [...dp, 'items'], paths);
    overlaps(site, issues, paths, [...dp, 'items'], `${label} (DownwardAPI)`);
  }
  if (isObject(v.projected)) projected(site, issues, v.projected, [...at, 'projected']);
  if (isObject(v.persistentVolumeClaim)) {
    const cn = v.persistentVolumeClaim.claimName;
    if (typeof cn === 'string' && cn === '')
      site.add(
        issues,
        [...at, 'persistentVolumeClaim', 'claimName'],
        E.required(site.p([...at, 'persistentVolumeClaim', 'claimName'])),
      );
  }
  if (isObject(v.hostPath) && typeof v.hostPath.path === 'string') {
    const hp: PathSeg[] = [...at, 'hostPath', 'path'];
    if (v.hostPath.path === '') site.add(issues, hp, E.required(site.p(hp)));
    else if (hasBackstep(v.hostPath.path))
      site.add(issues, hp, E.invalid(site.p(hp), v.hostPath.path, "must not contain '..'"));
  }
  if (isObject(v.nfs)) {
    const np: PathSeg[] = [...at, 'nfs'];
    if (typeof v.nfs.server === 'string' && v.nfs.server === '')
      site.add(issues, [...np, 'server'], E.required(site.p([...np, 'server'])));
    if (typeof v.nfs.path === 'string' && !v.nfs.path.startsWith('/'))
      site.add(issues, [...np, 'path'], E.invalid(site.p([...np, 'path']), v.nfs.path, 'must be an absolute path'));
  }
  if (isObject(v.emptyDir) && v.emptyDir.sizeLimit !== undefined && isNegativeQuantity(v.emptyDir.sizeLimit))
    site.add(
      issues,
      [...at, 'emptyDir', 'sizeLimit'],
      E.forbidden(site.p([...at, 'emptyDir', 'sizeLimit']), 'SizeLimit field must be a valid resource quantity'),
    );
  if (isObject(v.csi)) {
    const cp: PathSeg[] = [...at, 'csi'];
    const driver = v.csi.driver;
    if (typeof driver === 'string') {
      if (driver === '') site.add(issues, [...cp, 'driver'], E.required(site.p([...cp, 'driver'])));
      else if (driver.length > 63)
        site.add(issues, [...cp, 'driver'], `${site.p([...cp, 'driver'])}: Too long: may not be more than 63 bytes`);
      else {
        const bad = dns1123Subdomain(driver.toLowerCase());
        if (bad) site.add(issues, [...cp, 'driver'], E.invalid(site.p([...cp, 'driver']), driver, bad));
      }
    }
    const ref = v.csi.nodePublishSecretRef;
    if (isObject(ref) && (typeof ref.name !== 'string' || ref.name === ''))
      site.add(
        issues,
        keyOr(ref, 'name', [...cp, 'nodePublishSecretRef']),
        E.required(site.p([...cp, 'nodePublishSecretRef', 'name'])),
      );
  }
  if (v.ephemeral !== undefined && v.ephemeral !== null) ephemeral(site, issues, v.ephemeral, [...at, 'ephemeral']);
  if (
    isObject(v.image) &&
    site.pod.kind === 'Pod' &&
    (typeof v.image.reference !== 'string' || v.image.reference === '')
  )
    site.add(issues, [...at, 'image'], E.required(site.p([...at, 'image', 'reference'])));
}

function projected(site: PodSite, issues: Issues, pj: Record<string, any>, at: PathSeg[]): void {
  modeProblem(site, issues, pj, 'defaultMode', at);
  if (!Array.isArray(pj.sources)) return;
  const all = new Set<string>();
  const conflict = (p: string, where: PathSeg[]) => {
    if (all.has(p))
      site.add(
        issues,
        where,
        E.invalid(site.p(at), p, 'conflicting duplicate paths'),
        'two sources of one projected volume write the same file',
      );
    all.add(p);
  };
  pj.sources.forEach((src: unknown, i: number) => {
    if (!isObject(src)) return;
    const sp: PathSeg[] = [...at, 'sources', i];
    const kinds = [
      'secret',
      'configMap',
      'downwardAPI',
      'serviceAccountToken',
      'clusterTrustBundle',
      'podCertificate',
    ].filter((k) => src[k] !== undefined && src[k] !== null);
    if (kinds.length > 1)
      site.add(
        issues,
        [...sp, kinds[1]!],
        E.forbidden(site.p(sp), 'may not specify more than 1 volume type per source'),
        'give each source its own list entry',
      );
    for (const k of ['secret', 'configMap'] as const) {
      const s = src[k];
      if (!isObject(s)) continue;
      if (typeof s.name !== 'string' || s.name === '')
        site.add(issues, keyOr(s, 'name', [...sp, k]), E.required(site.p([...sp, k, 'name'])));
      const paths: string[] = [];
      keyToPath(site, issues, s.items, [...sp, k, 'items'], paths);
      for (const p of paths) conflict(p, [...sp, k, 'items']);
    }
    if (isObject(src.downwardAPI)) {
      const paths: string[] = [];
      downwardFiles(site, issues, src.downwardAPI.items, [...sp, 'downwardAPI', 'items'], paths);
      for (const p of paths) conflict(p, [...sp, 'downwardAPI', 'items']);
    }
    if (isObject(src.serviceAccountToken)) {
      const tp: PathSeg[] = [...sp, 'serviceAccountToken'];
      const t = src.serviceAccountToken;
      if (isInt(t.expirationSeconds) && t.expirationSeconds < 600)
        site.add(
          issues,
          [...tp, 'expirationSeconds'],
          E.invalid(
            site.p([...tp, 'expirationSeconds']),
            t.expirationSeconds,
            'may not specify a duration less than 10 minutes',
          ),
        );
      if (isInt(t.expirationSeconds) && t.expirationSeconds > 2 ** 32)
        site.add(
          issues,
          [...tp, 'expirationSeconds'],
          E.invalid(
            site.p([...tp, 'expirationSeconds']),
            t.expirationSeconds,
            'may not specify a duration larger than 2^32 seconds',
          ),
        );
      if (typeof t.path === 'string') {
        if (t.path === '') site.add(issues, [...tp, 'path'], E.required(site.p([...at, 'path'])));
        else {
          for (const why of localNonReservedPathProblems(t.path))
            site.add(issues, [...tp, 'path'], E.invalid(site.p([...at, 'path']), t.path, why));
          // the token path takes part in the warning-level overlap check only (validation does not dedupe it)
        }
      }
    }
    if (isObject(src.clusterTrustBundle)) {
      const cp: PathSeg[] = [...sp, 'clusterTrustBundle'];
      const c = src.clusterTrustBundle;
      const usingName = typeof c.name === 'string';
      const usingSigner = typeof c.signerName === 'string';
      if (usingName && usingSigner)
        site.add(
          issues,
          cp,
          E.invalid(site.p(cp), 'clusterTrustBundle', 'only one of name and signerName may be used'),
        );
      else if (!usingName && !usingSigner)
        site.add(issues, cp, E.required(site.p(cp), 'either name or signerName must be specified'));
      else if (usingName && isObject(c.labelSelector))
        site.add(
          issues,
          [...cp, 'labelSelector'],
          E.invalid(
            site.p([...cp, 'labelSelector']),
            c.labelSelector,
            'labelSelector must be unset if name is specified',
          ),
        );
      if (c.path === '') site.add(issues, [...cp, 'path'], E.required(site.p([...cp, 'path'])));
      else if (typeof c.path === 'string') {
        for (const why of localNonReservedPathProblems(c.path))
          site.add(issues, [...cp, 'path'], E.invalid(site.p([...cp, 'path']), c.path, why));
        conflict(c.path, [...cp, 'path']);
      }
    }
  });
}

const TEMPLATE_META = new Set(['labels', 'annotations']);

function ephemeral(site: PodSite, issues: Issues, e: unknown, at: PathSeg[]): void {
  if (!isObject(e) || !isObject(e.volumeClaimTemplate)) {
    site.add(
      issues,
      at,
      E.required(site.p([...at, 'volumeClaimTemplate'])),
      'a generic ephemeral volume needs a volumeClaimTemplate',
    );
    return;
  }
  const tp: PathSeg[] = [...at, 'volumeClaimTemplate'];
  const meta = e.volumeClaimTemplate.metadata;
  if (isObject(meta))
    for (const k of Object.keys(meta))
      if (!TEMPLATE_META.has(k) && meta[k] !== null && meta[k] !== undefined)
        site.add(
          issues,
          [...tp, 'metadata', k],
          E.forbidden(site.p([...tp, 'metadata', k]), 'cannot be set'),
          'the claim of an ephemeral volume is named <pod>-<volume>; only labels and annotations may be set',
        );
  for (const pr of pvcSpecProblems(e.volumeClaimTemplate.spec, [...tp, 'spec'], site.p))
    site.add(issues, pr.path, pr.text);
}

export const apiVolume: Rule = {
  id: 'api/volume',
  description:
    'A pod volume the API server rejects: a name that is not a unique DNS-1123 label, two volume types in one volume, a secret/configMap volume without its name, item or downwardAPI paths that are absolute or contain "..", file modes above 0777, projected sources with two types or duplicate paths, short serviceAccountToken expirations, a relative nfs path, an ephemeral volume without a valid claim template; overlapping item paths warn (ValidateVolumes, validateVolumeSource, validateKeyToPath, validateProjectionSources, validateDownwardAPIVolumeFile).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const vols = site.pod.spec.volumes;
      if (!Array.isArray(vols)) continue;
      const names = new Set<string>();
      vols.forEach((v: unknown, i: number) => {
        if (isObject(v)) checkVolume(site, issues, v, [...site.pod.specPath, 'volumes', i], names);
      });
    }
    return issues.list;
  },
};

/** The volumes of a pod by name: `pvc` when a volumeDevice may use it (persistentVolumeClaim or ephemeral). */
function volumeMap(site: PodSite): Map<string, { pvc: boolean; image: boolean }> {
  const out = new Map<string, { pvc: boolean; image: boolean }>();
  if (Array.isArray(site.pod.spec.volumes))
    for (const v of site.pod.spec.volumes)
      if (isObject(v) && typeof v.name === 'string')
        out.set(v.name, {
          pvc: isObject(v.persistentVolumeClaim) || isObject(v.ephemeral),
          image: isObject(v.image),
        });
  // the StatefulSet controller adds a persistentVolumeClaim volume per claim template (replacing a same-named one)
  for (const c of site.claimVolumes) out.set(c, { pvc: true, image: false });
  return out;
}

export const apiVolumeMount: Rule = {
  id: 'api/volume-mount',
  description:
    'A volumeMount or volumeDevice the API server rejects: it names a volume the pod does not have (a StatefulSet\'s volumeClaimTemplates count), repeats a mountPath or devicePath in one container, has an absolute or ".." subPath, sets subPath and subPathExpr, uses Bidirectional propagation unprivileged, recursiveReadOnly without readOnly, or a device on a volume that is not a claim (ValidateVolumeMounts, ValidateVolumeDevices).',
  severity: 'error',
  perDocument: true,
  check(ctx) {
    const issues = new Issues();
    for (const site of podSites(ctx)) {
      const vols = volumeMap(site);
      const hint = (name: string) => {
        const names = [...vols.keys()];
        const near = closest(name, names);
        const list = names.length ? `its volumes are ${names.map((n) => `"${n}"`).join(', ')}` : 'it has no volumes';
        return `the pod has no volume named "${name}" (${list}${site.claimVolumes.size ? ', volumeClaimTemplates included' : ''})${near ? `; did you mean "${near}"?` : ''}`;
      };
      for (const ctr of containers(site)) {
        const mounts: unknown[] = Array.isArray(ctr.c.volumeMounts) ? ctr.c.volumeMounts : [];
        const devices: unknown[] = Array.isArray(ctr.c.volumeDevices) ? ctr.c.volumeDevices : [];
        const deviceNames = new Map<string, string>();
        for (const d of devices)
          if (isObject(d) && typeof d.name === 'string') deviceNames.set(d.name, String(d.devicePath ?? ''));
        const mountNames = new Map<string, string>();
        for (const mt of mounts)
          if (isObject(mt) && typeof mt.name === 'string') mountNames.set(mt.name, String(mt.mountPath ?? ''));
        const privileged = isObject(ctr.c.securityContext) && ctr.c.securityContext.privileged === true;
        const seen = new Set<string>();
        mounts.forEach((mt, i) => {
          if (!isObject(mt)) return;
          const at: PathSeg[] = [...ctr.path, 'volumeMounts', i];
          const name = mt.name;
          if (name === '') site.add(issues, [...at, 'name'], E.required(site.p([...at, 'name'])));
          else if (typeof name === 'string' && !vols.has(name))
            site.add(issues, [...at, 'name'], E.notFound(site.p([...at, 'name']), name), hint(name));
          const mp = mt.mountPath;
          if (mp === '') site.add(issues, [...at, 'mountPath'], E.required(site.p([...at, 'mountPath'])));
          else if (typeof mp === 'string') {
            if (seen.has(mp))
              site.add(
                issues,
                [...at, 'mountPath'],
                E.invalid(site.p([...at, 'mountPath']), mp, 'must be unique'),
                `container "${ctr.name}" mounts two volumes at ${mp}`,
              );
            seen.add(mp);
            if ([...deviceNames.values()].includes(mp))
              site.add(
                issues,
                [...at, 'mountPath'],
                E.invalid(site.p([...at, 'mountPath']), mp, 'must not already exist as a path in volumeDevices'),
              );
          }
          if (typeof name === 'string' && deviceNames.has(name))
            site.add(
              issues,
              [...at, 'name'],
              E.invalid(site.p([...at, 'name']), name, 'must not already exist in volumeDevices'),
            );
          const sub = typeof mt.subPath === 'string' ? mt.subPath : '';
          const subExpr = typeof mt.subPathExpr === 'string' ? mt.subPathExpr : '';
          if (typeof name === 'string' && vols.get(name)?.image) {
            if (sub)
              site.add(
                issues,
                [...at, 'subPath'],
                E.invalid(site.p([...at, 'subPath']), sub, 'not allowed in image volume sources'),
              );
            if (subExpr)
              site.add(
                issues,
                [...at, 'subPathExpr'],
                E.invalid(site.p([...at, 'subPathExpr']), subExpr, 'not allowed in image volume sources'),
              );
          }
          if (sub)
            for (const why of localDescendingPathProblems(sub))
              site.add(
                issues,
                [...at, 'subPath'],
                E.invalid(site.p([...at, 'subPath']), sub, why),
                'subPath is a path inside the volume',
              );
          if (subExpr) {
            if (sub)
              site.add(
                issues,
                [...at, 'subPathExpr'],
                E.invalid(site.p([...at, 'subPathExpr']), subExpr, 'subPathExpr and subPath are mutually exclusive'),
              );
            for (const why of localDescendingPathProblems(subExpr))
              site.add(issues, [...at, 'subPathExpr'], E.invalid(site.p([...at, 'subPathExpr']), subExpr, why));
          }
          if (mt.mountPropagation === 'Bidirectional' && !privileged)
            site.add(
              issues,
              [...at, 'mountPropagation'],
              E.forbidden(
                site.p([...at, 'mountPropagation']),
                'Bidirectional mount propagation is available only to privileged containers',
              ),
            );
          const rro = mt.recursiveReadOnly;
          if (rro === 'Enabled' || rro === 'IfPossible') {
            if (mt.readOnly !== true)
              site.add(
                issues,
                [...at, 'recursiveReadOnly'],
                E.forbidden(site.p([...at, 'recursiveReadOnly']), 'may only be specified when readOnly is true'),
              );
            if (typeof mt.mountPropagation === 'string' && mt.mountPropagation !== 'None')
              site.add(
                issues,
                [...at, 'recursiveReadOnly'],
                E.forbidden(
                  site.p([...at, 'recursiveReadOnly']),
                  'may only be specified when mountPropagation is None or not specified',
                ),
              );
          }
        });
        const devNames = new Set<string>();
        const devPaths = new Set<string>();
        devices.forEach((d, i) => {
          if (!isObject(d)) return;
          const at: PathSeg[] = [...ctr.path, 'volumeDevices', i];
          const name = d.name;
          if (name === '') site.add(issues, [...at, 'name'], E.required(site.p([...at, 'name'])));
          else if (typeof name === 'string') {
            if (devNames.has(name))
              site.add(issues, [...at, 'name'], E.invalid(site.p([...at, 'name']), name, 'must be unique'));
            devNames.add(name);
            const vol = vols.get(name);
            if (!vol) site.add(issues, [...at, 'name'], E.notFound(site.p([...at, 'name']), name), hint(name));
            else if (!vol.pvc)
              site.add(
                issues,
                [...at, 'name'],
                E.invalid(
                  site.p([...at, 'name']),
                  name,
                  'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode',
                ),
              );
            if (mountNames.has(name))
              site.add(
                issues,
                [...at, 'name'],
                E.invalid(site.p([...at, 'name']), name, 'must not already exist in volumeMounts'),
              );
          }
          const dp = d.devicePath;
          if (dp === '') site.add(issues, [...at, 'devicePath'], E.required(site.p([...at, 'devicePath'])));
          else if (typeof dp === 'string') {
            if (devPaths.has(dp))
              site.add(issues, [...at, 'devicePath'], E.invalid(site.p([...at, 'devicePath']), dp, 'must be unique'));
            if (hasBackstep(dp))
              site.add(
                issues,
                [...at, 'devicePath'],
                E.invalid(site.p([...at, 'devicePath']), dp, "can not contain backsteps ('..')"),
              );
            else devPaths.add(dp);
            if ([...mountNames.values()].includes(dp))
              site.add(
                issues,
                [...at, 'devicePath'],
                E.invalid(site.p([...at, 'devicePath']), dp, 'must not already exist as a path in volumeMounts'),
              );
          }
        });
      }
    }
    return issues.list;
  },
};
