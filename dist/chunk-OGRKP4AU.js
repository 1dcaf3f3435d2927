import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  sanitizeForTerminal
} from "./chunk-OIB46X2N.js";
import {
  VERSION
} from "./chunk-E7YEBDJ3.js";
import {
  runGuard
} from "./chunk-EJSJQBPI.js";
import {
  DATA
} from "./chunk-KCI4Q5SZ.js";
import {
  reportContext
} from "./chunk-MOWUPZNE.js";
import {
  GuardError,
  globPath
} from "./chunk-IW6HEK54.js";
import {
  ALL_RULES,
  RULE_IDS
} from "./chunk-REZRDY4X.js";
import {
  startWatchdog
} from "./chunk-2JWGL4ZM.js";
import {
  parseShard,
  timingsFromReport
} from "./chunk-BAICV6HM.js";
import {
  duplicateKeys,
  offsetOfPath
} from "./chunk-YFQ6HRQ2.js";
import {
  closest
} from "./chunk-GJH7LCT5.js";
import {
  CORE_SCHEMA,
  load
} from "./chunk-QGXTLNCR.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";
import {
  grouped
} from "./chunk-L5JN3MRU.js";
import {
  inputRegExpProblem
} from "./chunk-V6OQQ5VZ.js";
import {
  yaml
} from "./chunk-5MCEMPDY.js";

// src/cli/main.ts
import { accessSync, constants, existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, statSync as statSync3, writeFileSync } from "node:fs";
import { delimiter, dirname as dirname2, join as join3, relative, resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/config/load.ts
import { existsSync, readdirSync as readdirSync2, readFileSync, statSync as statSync2 } from "node:fs";
import { dirname, join as join2, resolve as resolve2 } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

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

// src/charts/discover.ts
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
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
  const r = repoPath(cwd, p);
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
    const abs = resolve2(dir, f);
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
    st = statSync2(abs);
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
  const ci = join2(chartDir, "ci");
  let files = [];
  try {
    files = readdirSync2(ci).filter((f) => f.endsWith("-values.yaml") || f.endsWith("-values.yml")).sort();
  } catch {
  }
  if (files.length === 0) return [{ name: "default", valuesFiles: [] }];
  return files.map((f) => {
    const problem = valuesFileProblem(join2(ci, f), `ci/${f}`);
    if (problem) throw new ConfigError(`${problem} (in the chart's ci/ folder)`, join2(ci, f));
    return { name: f.replace(/-values\.ya?ml$/, ""), valuesFiles: [join2(ci, f)] };
  });
}
var MAX_CONFIG_BYTES = 64 * 1024 * 1024;
function readConfigText(file, shown) {
  let st;
  try {
    st = statSync2(file);
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
    raw = load(text, { schema: CORE_SCHEMA }) ?? {};
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
        ...top.schemas.crds ? { crds: top.schemas.crds.map((p) => resolve2(topDir, p)) } : {},
        ...top.schemas.cacheDir ? { cacheDir: resolve2(topDir, top.schemas.cacheDir) } : {},
        ...top.schemas.locations ? { locations: top.schemas.locations.map((l) => isLocal(l) ? resolve2(topDir, l) : l) } : {}
      }
    };
  }
  if (top.coverage?.output)
    top = { ...top, coverage: { ...top.coverage, output: resolve2(topDir, top.coverage.output) } };
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
  return existsSync(join2(dir, "Chart.yaml"));
}
function isLibraryChart(dir) {
  try {
    return /^type:\s*["']?library["']?\s*(#.*)?$/m.test(readFileSync(join2(dir, "Chart.yaml"), "utf8"));
  } catch {
    return false;
  }
}
function expandCharts(pattern, base) {
  if (!/[*?[]/.test(pattern)) {
    const dir = resolve2(base, pattern);
    return existsSync(dir) && statSync2(dir).isDirectory() ? findCharts(dir) : [];
  }
  const parts = pattern.split("/");
  const fixed = parts.slice(
    0,
    parts.findIndex((x) => /[*?[]/.test(x))
  );
  const root = resolve2(base, fixed.join("/") || ".");
  if (!existsSync(root)) return [];
  const matches = (rel) => globPath(pattern.replace(/\/+$/, ""), rel);
  return findCharts(root).filter((dir) => matches(repoPath(base, dir)));
}
function loadConfigs(opts) {
  const { cwd } = opts;
  const display = (p) => displayPath(opts.displayDir ?? cwd, p);
  const positional = opts.chartDirs ?? (opts.chartDir ? [opts.chartDir] : []);
  const oneChart = positional.length === 0 || positional.length === 1 && isChartDir(resolve2(cwd, positional[0]));
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
    const abs = resolve2(cwd, p);
    if (!existsSync(abs) || !statSync2(abs).isDirectory())
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
      } else if (existsSync(join2(dir, ".helm-guard.yaml"))) {
        const own = readConfigFile(join2(dir, ".helm-guard.yaml"), display(join2(dir, ".helm-guard.yaml")));
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
    const file = resolve2(opts.cwd, opts.configPath);
    if (!existsSync(file)) throw new ConfigError(`config file not found: ${opts.configPath}`);
    return file;
  }
  if (opts.ignoreConfigFile) return void 0;
  if (existsSync(join2(opts.cwd, ".helm-guard.yaml"))) return join2(opts.cwd, ".helm-guard.yaml");
  const own = opts.chartDir ? join2(resolve2(opts.cwd, opts.chartDir), ".helm-guard.yaml") : void 0;
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
  const chartDir = resolve2(fromCli ? cwd : configDir, chartRel);
  if (!existsSync(chartDir) || !statSync2(chartDir).isDirectory())
    throw new ConfigError(
      `chart directory not found: ${display(chartDir)}`,
      fromCli ? void 0 : shown,
      fromCli ? void 0 : lineOf(["chart"])
    );
  if (!existsSync(join2(chartDir, "Chart.yaml")))
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
      crds: (raw.schemas?.crds ?? []).map((p) => resolve2(configDir, p)),
      cacheDir: raw.schemas?.cacheDir ? resolve2(configDir, raw.schemas.cacheDir) : void 0,
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
      ...cov.output !== void 0 ? { output: resolve2(configDir, cov.output) } : {}
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
  json: () => import("./chunk-GRV7PUCQ.js").then((m) => (r) => m.formatJson(r)),
  junit: () => import("./chunk-B2OKUR4S.js").then((m) => (r, ctx) => m.formatJunit(r, ctx)),
  sarif: () => import("./chunk-OHC53QYZ.js").then((m) => (r, ctx) => m.formatSarif(r, ctx)),
  text: () => import("./chunk-2BJ4YJWM.js").then((m) => (r, ctx, color) => m.formatText(r, { color, ctx })),
  diff: () => import("./chunk-ZS5ZBKRX.js").then((m) => (r, _ctx, color) => m.formatDiff(r, { color }))
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
    json = JSON.parse(readFileSync2(file, "utf8"));
  } catch (e) {
    throw new GuardError(`--timings ${file}: not a JSON report (${e.message.split("\n")[0]})`);
  }
  return timingsFromReport(json);
}
function isDirectory(p) {
  try {
    return statSync3(p).isDirectory();
  } catch {
    return false;
  }
}
function onPath(name, env) {
  const names = process.platform === "win32" && !name.endsWith(".exe") ? [`${name}.exe`, name] : [name];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join3(dir, n);
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
  if (given) return /[\\/]/.test(given) ? resolve3(cwd, given) : onPath(given, env) ?? resolve3(cwd, given);
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
  if (o.output && !o.init && isDirectory(resolve3(io.cwd, o.output)))
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
      const file = resolve3(io.cwd, o.output);
      mkdirSync(dirname2(file), { recursive: true });
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
      const { mergeReports } = await import("./chunk-MM2JFGX2.js");
      return await write(mergeReports(positionals.map((f) => resolve3(io.cwd, f))));
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
    const timings = o.timings ? readTimings(resolve3(io.cwd, o.timings)) : void 0;
    if (o.since) {
      const { changedConfigs } = await import("./chunk-DSDJ3WQ5.js");
      const picked = await changedConfigs(configs, o.since, io.cwd);
      io.stderr(picked.summary);
      configs = picked.configs;
      if (!configs.length) {
        if (command === "plan") io.stdout(JSON.stringify({ include: [] }) + "\n");
        return EXIT.ok;
      }
    }
    if (command === "plan") {
      const { planShards } = await import("./chunk-TN3QSUDV.js");
      const { workItems } = await import("./chunk-IRTDBEEN.js");
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
      const target = resolve3(io.cwd, o.output ?? ".helm-guard.yaml");
      if (existsSync2(target))
        return usage(`${o.output ?? ".helm-guard.yaml"} exists; --init never overwrites (pass --output FILE)`);
      if (configs.length > 1)
        return usage(`--init writes the config of one chart; ${args.positionals[0]} holds ${configs.length}`);
      const { initialConfig, coverCombos } = await import("./chunk-7W32C2VF.js");
      const covered = o.cover ? await coverCombos(config, { helm, baseDir: io.cwd, log: (s) => io.stderr(s) }) : void 0;
      const initConfig = covered?.config ?? config;
      const result = covered?.result ?? await runGuard({ config: initConfig, helm, baseDir: io.cwd, failOn: "never" });
      mkdirSync(dirname2(target), { recursive: true });
      writeFileSync(target, initialConfig(initConfig, result, dirname2(target)));
      io.stdout(
        `helm-guard: wrote ${relative(io.cwd, target) || target} with ${result.combos.length} combo(s); run helm-guard --config ${relative(io.cwd, target)} to check
`
      );
      return EXIT.ok;
    }
    void formatReport.preload(o.output ? ["text", o.format] : [o.format]);
    const base = o.base ? await (await import("./chunk-6BKBW2M7.js")).checkoutBase(o.base, io.cwd) : void 0;
    try {
      const result = await runGuard({
        configs,
        helm,
        baseDir: io.cwd,
        failOn: o["fail-on"],
        ...shard ? { shard } : {},
        ...timings ? { timings } : {},
        ...base ? { base } : {},
        ...o["unused-values"] ? { unusedValues: true } : {}
      });
      if (result.coverage) {
        const { writeCoverageFiles } = await import("./chunk-ABSIV5MS.js");
        const dir = resolve3(
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

export {
  ConfigError,
  loadConfigs,
  EXIT,
  USAGE,
  formatReport,
  findHelm,
  main,
  parseDuration2 as parseDuration
};
