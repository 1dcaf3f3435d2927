import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

// src/helm/platform.ts
var DEFAULT_HELM_MIRROR = "https://get.helm.sh";
var DEFAULT_HELM_VERSION = "v4.1.4";
var OS_MAP = { linux: "linux", darwin: "darwin", win32: "windows" };
var ARCH_MAP = { x64: "amd64", arm64: "arm64" };
function helmPlatform(nodePlatform = process.platform, nodeArch = process.arch) {
  const os = Object.hasOwn(OS_MAP, nodePlatform) ? OS_MAP[nodePlatform] : void 0;
  const arch = Object.hasOwn(ARCH_MAP, nodeArch) ? ARCH_MAP[nodeArch] : void 0;
  if (!os || !arch) {
    throw new Error(
      `helm-guard cannot install helm on ${nodePlatform}/${nodeArch}: supported runners are linux, darwin and win32 on x64 or arm64. Install helm yourself and pass its path instead.`
    );
  }
  return { os, arch };
}
function platformKey(p) {
  return `${p.os}-${p.arch}`;
}
var NUM = "(?:0|[1-9]\\d*)";
var PRE_ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
var SEMVER_RE = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);
function normalizeHelmVersion(input) {
  const s = input.trim();
  const m = SEMVER_RE.exec(s);
  if (!m) {
    throw new Error(
      `helm version ${JSON.stringify(input)} is not an exact version: give a full semantic version such as "v3.16.4" or "3.16.4" (no ranges, no "latest").`
    );
  }
  return s.startsWith("v") ? s : `v${s}`;
}
function archiveExtension(p) {
  return p.os === "windows" ? "zip" : "tar.gz";
}
function archiveName(version, p) {
  return `helm-${normalizeHelmVersion(version)}-${platformKey(p)}.${archiveExtension(p)}`;
}
function normalizeMirror(mirror = DEFAULT_HELM_MIRROR) {
  const raw = mirror.trim() || DEFAULT_HELM_MIRROR;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} must be an http(s) URL`);
  }
  if (url.search || url.hash) {
    throw new Error(`helm mirror ${JSON.stringify(mirror)} must not carry a query or fragment`);
  }
  return raw.replace(/\/+$/, "");
}
function archiveUrl(mirror, version, p) {
  return `${normalizeMirror(mirror)}/${archiveName(version, p)}`;
}
function checksumUrl(mirror, version, p) {
  return `${archiveUrl(mirror, version, p)}.sha256sum`;
}
function binaryName(p) {
  return p.os === "windows" ? "helm.exe" : "helm";
}
function archiveDir(p) {
  return platformKey(p);
}
function binaryPathInArchive(p) {
  return `${archiveDir(p)}/${binaryName(p)}`;
}
var HEX64 = /^[0-9a-fA-F]{64}$/;
function isSha256Hex(s) {
  return HEX64.test(s);
}
function normalizeSha256(s, what = "SHA-256 checksum") {
  const t = s.trim();
  if (!isSha256Hex(t)) {
    throw new Error(`${what} ${JSON.stringify(t.slice(0, 80))} is not a SHA-256 digest (64 hexadecimal characters)`);
  }
  return t.toLowerCase();
}
function parseSha256Sum(body, archive) {
  const lines = body.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0) throw new Error(`checksum file for ${archive} is empty`);
  const found = /* @__PURE__ */ new Set();
  const names = [];
  for (const line of lines) {
    const m = /^(\S+)\s+\*?(.+)$/.exec(line);
    if (!m) {
      throw new Error(
        `checksum file for ${archive} is malformed: expected "<sha256>  <filename>", got ${JSON.stringify(line.slice(0, 120))}`
      );
    }
    const hex = m[1] ?? "";
    const name = (m[2] ?? "").trim();
    if (!isSha256Hex(hex)) {
      throw new Error(
        `checksum file for ${archive} is malformed: ${JSON.stringify(hex.slice(0, 80))} is not a SHA-256 digest (64 hexadecimal characters)`
      );
    }
    names.push(name);
    if (name === archive) found.add(hex.toLowerCase());
  }
  if (found.size === 0) {
    throw new Error(
      `checksum file names ${names.map((n) => JSON.stringify(n)).join(", ")}, not ${JSON.stringify(archive)}`
    );
  }
  if (found.size > 1) throw new Error(`checksum file gives ${found.size} different digests for ${archive}`);
  return [...found][0];
}

export {
  DEFAULT_HELM_MIRROR,
  DEFAULT_HELM_VERSION,
  helmPlatform,
  platformKey,
  normalizeHelmVersion,
  archiveName,
  normalizeMirror,
  archiveUrl,
  checksumUrl,
  binaryName,
  archiveDir,
  binaryPathInArchive,
  normalizeSha256,
  parseSha256Sum
};
