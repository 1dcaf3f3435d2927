import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  run
} from "./chunk-HBG6Q3BS.js";
import {
  assignShards
} from "./chunk-BAICV6HM.js";
import {
  DEFAULT_RELEASE,
  crdVersions,
  helmErrorLocation,
  parseHelmError,
  releaseData,
  releaseFor,
  scrubSecrets
} from "./chunk-MT5U7UVF.js";
import {
  checkOf
} from "./chunk-MVWWROHK.js";
import {
  GuardError,
  atOrAbove,
  level
} from "./chunk-YJOSE5ZY.js";
import {
  repoPath,
  require_dist
} from "./chunk-AVBPKS3C.js";
import {
  __toESM
} from "./chunk-2AJFM67G.js";

// src/guard.ts
import { mkdirSync, mkdtempSync, readFileSync as readFileSync2, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join as join2 } from "node:path";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/guard.ts
var import_yaml = __toESM(require_dist(), 1);

// src/helm/args.ts
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
function readLines(file) {
  try {
    return readFileSync(file, "utf8").split("\n");
  } catch {
    return [];
  }
}
function escapeSetValue(v) {
  if (v === null) return "null";
  return String(v).replace(/\\/g, "\\\\").replace(/,/g, "\\,");
}
function valuesArgs(combo, inline) {
  const args = [];
  for (const f of [...combo.valuesFiles, ...inline?.get(combo) ?? []]) args.push("--values", f);
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
function parseLint(output, chartDir, baseDir, combo) {
  const out = [];
  const entries = [];
  for (const line of output.split("\n")) {
    if (/^\[(ERROR|WARNING|INFO)\]/.test(line.trim())) entries.push(line.trim());
    else if (/^\s+\S/.test(line) && entries.length && !/^==>/.test(line.trim()))
      entries[entries.length - 1] += `: ${line.trim()}`;
  }
  for (const entry of entries) {
    const m = /^\[(ERROR|WARNING)\]\s+([^:]*):\s*(.*)$/.exec(entry);
    if (!m) continue;
    const [, level2, where, message] = m;
    const inner = parseHelmError(`Error: ${message}`);
    let location = helmErrorLocation(inner, chartDir, baseDir);
    const field = /unknown field "([^"]+)"/.exec(message)?.[1];
    if (!location && where === "Chart.yaml" && field) {
      const file = join(chartDir, "Chart.yaml");
      const at = readLines(file).findIndex((l) => l.startsWith(`${field}:`));
      if (at >= 0) location = { file: repoPath(baseDir, file), line: at + 1 };
    }
    if (!location && where && !where.endsWith("/"))
      location = {
        file: repoPath(baseDir, isAbsolute(where) ? where : join(chartDir, where)),
        line: 1,
        approximate: true
      };
    out.push({
      severity: level2 === "ERROR" ? "error" : "warning",
      rule: level2 === "ERROR" ? "lint/error" : "lint/warning",
      combo,
      message: `helm lint: ${inner.kind === "other" ? message : inner.message}`,
      ...location ? { location } : {}
    });
  }
  return out;
}

// src/guard.ts
function readCrdFiles(paths) {
  const out = [];
  for (const p of paths) {
    let text;
    try {
      text = readFileSync2(p, "utf8");
    } catch {
      throw new GuardError(`CRD file not found: ${p}`);
    }
    for (const d of (0, import_yaml.parseAllDocuments)(text)) {
      if ("errors" in d && d.errors.length)
        throw new GuardError(`CRD file ${p} is not valid YAML: ${d.errors[0].message.split("\n")[0]}`);
      const o = d.toJS();
      if (o && o.kind === "CustomResourceDefinition") out.push(o);
    }
  }
  return out;
}
var versionCache = join2(tmpdir(), `helm-guard-${process.getuid?.() ?? "user"}`, "helm-versions.json");
async function helmVersion(helm) {
  let key;
  try {
    const st = statSync(helm);
    key = `${realpathSync(helm)}:${st.size}:${st.mtimeMs}`;
  } catch {
  }
  let known = {};
  if (key) {
    try {
      known = JSON.parse(readFileSync2(versionCache, "utf8"));
      const v = known[key];
      if (typeof v === "string") return v;
    } catch {
      known = {};
    }
  }
  const r = await run(helm, ["version", "--template", "{{.Version}}"], { timeoutMs: 3e4 });
  if (r.spawnError)
    throw new GuardError(`helm not found or not executable: ${helm} (${r.spawnError.code ?? r.spawnError.message})`);
  if (r.code !== 0 || !/^v\d+\./.test(r.stdout.trim()))
    throw new GuardError(`${helm} does not look like helm: "${(r.stdout + r.stderr).trim().slice(0, 200)}"`);
  const version = r.stdout.trim();
  if (key) {
    try {
      mkdirSync(dirname(versionCache), { recursive: true });
      writeFileSync(versionCache, JSON.stringify({ ...known, [key]: version }));
    } catch {
    }
  }
  return version;
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
  return configs.flatMap((c) => c.combos.map((combo) => ({ chart: repoPath(baseDir, c.chartDir), combo: combo.name })));
}
async function runGuard(opts) {
  const configs = opts.configs ?? (opts.config ? [opts.config] : []);
  if (!configs.length) throw new GuardError("no chart to guard");
  const started = performance.now();
  const { helm, baseDir } = opts;
  const failOn = opts.failOn ?? "error";
  const engineP = import("./chunk-I5Z727ND.js");
  engineP.then(
    (e) => e.preloadSchemas(configs.flatMap((c) => c.schemas.enabled ? c.combos.map((x) => x.kubeVersion) : [])),
    () => void 0
  );
  const versionP = helmVersion(helm);
  versionP.catch(() => void 0);
  const items = workItems(configs, baseDir);
  const shardOf = opts.shard ? assignShards(items, opts.shard.total, opts.timings) : void 0;
  const mine = (k) => !shardOf || shardOf[k] === opts.shard.index;
  const inlineDir = configs.some((c) => c.combos.some((x) => x.values.length)) ? mkdtempSync(join2(tmpdir(), "helm-guard-values-")) : void 0;
  try {
    let k = 0;
    const prepared = configs.map((config, ci) => {
      const chart = repoPath(baseDir, config.chartDir);
      const first = k;
      const combos = config.combos.filter(() => mine(k++));
      const crds = readCrdFiles(config.schemas.crds);
      const inline = /* @__PURE__ */ new Map();
      if (inlineDir)
        config.combos.forEach(
          (c, i) => inline.set(
            c,
            c.values.map((v, j) => {
              const f = join2(inlineDir, `${ci}-${i}-${j}.yaml`);
              writeFileSync(f, JSON.stringify(v));
              return f;
            })
          )
        );
      return { config, chart, combos, owned: mine(first), inline, extraApiVersions: crdApiVersions(crds), crds };
    });
    const limit = pLimit(configs[0].concurrency || availableParallelism());
    const runSecrets = /* @__PURE__ */ new Set();
    const lintTasks = [];
    const comboTasks = [];
    for (const p of prepared) {
      const { config } = p;
      const lintCombos = !config.lint.enabled ? [] : config.lint.perCombo ? p.combos : p.owned ? [config.combos.find((c) => !c.expect.failure) ?? config.combos[0]] : [];
      for (const c of lintCombos)
        lintTasks.push(
          limit(() => run(helm, lintArgs(config, c, p.inline), { timeoutMs: config.timeoutMs, cwd: baseDir })).then(
            (r) => {
              const combo = config.lint.perCombo ? c.name : "";
              if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
              if (r.timedOut)
                return [
                  {
                    severity: "error",
                    rule: "render/timeout",
                    combo,
                    message: `helm lint ran past ${config.timeoutMs} ms and was killed`
                  }
                ];
              return parseLint(r.stdout + "\n" + r.stderr, config.chartDir, baseDir, combo).map((f) => level(f, config.rules)).filter((f) => !!f).map((f) => ({ ...f, chart: p.chart }));
            }
          )
        );
      let validatorP;
      for (const combo of p.combos) {
        const comboStarted = performance.now();
        const renderP = limit(
          () => run(helm, templateArgs(config, combo, p.inline, p.extraApiVersions), {
            timeoutMs: config.timeoutMs,
            cwd: baseDir
          })
        );
        comboTasks.push(
          renderP.then(async (r) => {
            if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
            const engine = await engineP;
            validatorP ??= engine.schemaValidator(config, p.crds, join2(baseDir, ".cache", "helm-guard", "schemas"));
            const validator = validatorP.catch((e) => {
              throw new GuardError(`schemas: ${e.message}`);
            });
            const { result: result2, secrets } = await engine.analyzeRender({
              combo,
              config,
              chart: p.chart,
              baseDir,
              failOn,
              validator,
              render: r,
              started: comboStarted
            });
            for (const v of secrets) runSecrets.add(v);
            for (const f of result2.findings) f.chart = p.chart;
            opts.onCombo?.(result2);
            return result2;
          })
        );
      }
    }
    const settled = await Promise.allSettled([versionP, Promise.all(comboTasks), Promise.all(lintTasks)]);
    for (const x of settled) if (x.status === "rejected") throw x.reason;
    const version = await versionP;
    const done = await Promise.all(comboTasks);
    const lintFindings = (await Promise.all(lintTasks)).flat();
    const charts = prepared.map((p) => ({
      chart: p.chart,
      lint: !p.config.lint.enabled ? "off" : p.config.lint.perCombo ? "per-combo" : "once",
      owned: p.owned,
      findings: [
        ...p.owned ? kubeVersionNotes(p.config).map((f) => level(f, p.config.rules)).filter((f) => !!f).map((f) => ({ ...f, chart: p.chart })) : [],
        ...lintFindings.filter((f) => f.chart === p.chart)
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

export {
  helmVersion,
  workItems,
  runGuard,
  finalize
};
