import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);

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

export {
  crdVersions,
  secretValues,
  scrubSecrets
};
