import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  crdVersions,
  scrubSecrets
} from "./chunk-ZEHNEAGF.js";
import {
  lintArgs,
  templateArgs
} from "./chunk-VFLAJB33.js";
import {
  releaseFor
} from "./chunk-KCI4Q5SZ.js";
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  run,
  stopRuns
} from "./chunk-W5QZZNKE.js";
import {
  GuardError,
  atOrAbove,
  level
} from "./chunk-IW6HEK54.js";
import {
  checkOf
} from "./chunk-REZRDY4X.js";
import {
  assignShards
} from "./chunk-BAICV6HM.js";
import {
  load
} from "./chunk-QGXTLNCR.js";
import {
  repoPath
} from "./chunk-QTTLH7VX.js";
import {
  readRegularFile
} from "./chunk-CELDCD26.js";
import {
  yaml
} from "./chunk-5MCEMPDY.js";

// src/guard.ts
import { mkdtempSync, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { availableParallelism, tmpdir as tmpdir2 } from "node:os";
import { join as join3 } from "node:path";

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
  const run2 = async (function_, resolve2, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve2(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve2, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve2, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve2, reject) => {
    enqueue(function_, resolve2, reject, arguments_);
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

// src/helm/version.ts
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
    const cached = usable ? readEntries(file)[key] : void 0;
    if (cached) {
      known.set(key, cached);
      return cached;
    }
  }
  const r = await run(helm, ["version", "--template", "{{.Version}}"], {
    timeoutMs: 3e4,
    maxOutputBytes: 64 * 1024,
    // asked beside the renders, which the run waits for first: it may take the CPU they leave
    background: true
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

// src/base/rebase.ts
import { copyFileSync, existsSync, mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute, join as join2, relative, resolve } from "node:path";
function inBase(p, base) {
  const rel = relative(base.repoRoot, p);
  if (rel.startsWith("..") || isAbsolute(rel)) return { path: p, inRepo: false };
  return { path: rel ? join2(base.worktree, rel) : base.worktree, inRepo: true };
}
function shareBuiltDependencies(headChart, baseChart) {
  const headDeps = join2(headChart, "charts");
  if (!existsSync(headDeps)) return;
  const read = (f) => existsSync(f) ? readFileSync2(f, "utf8") : void 0;
  const lock = (dir) => read(join2(dir, "Chart.lock")) ?? read(join2(dir, "requirements.lock"));
  const headLock = lock(headChart);
  if (headLock !== lock(baseChart)) return;
  if (headLock === void 0) {
    const deps = (dir) => {
      try {
        return JSON.stringify(load(read(join2(dir, "Chart.yaml")) ?? "")?.dependencies);
      } catch {
        return void 0;
      }
    };
    const d = deps(headChart);
    if (d === void 0 || d !== deps(baseChart)) return;
  }
  const baseDeps = join2(baseChart, "charts");
  for (const name of readdirSync(headDeps)) {
    if (!name.endsWith(".tgz")) continue;
    const to = join2(baseDeps, name);
    if (existsSync(to)) continue;
    mkdirSync2(baseDeps, { recursive: true });
    copyFileSync(join2(headDeps, name), to);
  }
}
function configAtBase(config, base) {
  const missing = /* @__PURE__ */ new Map();
  const chart = inBase(resolve(config.chartDir), base);
  if (!chart.inRepo) return { missing, reason: "the chart is outside the repository" };
  if (!existsSync(join2(chart.path, "Chart.yaml")))
    return { missing, reason: `the chart is new: it is not at ${base.ref}` };
  shareBuiltDependencies(config.chartDir, chart.path);
  const combos = config.combos.map((c) => {
    const valuesFiles = c.valuesFiles.map((f) => {
      const at = inBase(resolve(f), base);
      if (at.inRepo && !(existsSync(at.path) && statSync2(at.path).isFile()))
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
  return existsSync(head) ? repoPath(opts.baseDir, head) : void 0;
}

// src/guard.ts
function readCrdFiles(paths) {
  const out = [];
  for (const p of paths) {
    const read = readRegularFile(p, 64 << 20);
    if ("why" in read)
      throw new GuardError(
        read.why === "missing" ? `CRD file not found: ${p}` : `CRD file ${p} cannot be read: ${read.why === "too-large" ? "it is over 64 MiB" : `it is ${read.why === "directory" ? "a directory" : read.why === "not-regular" ? "not a regular file" : "unreadable"}`}`
      );
    const text = read.text;
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
  return configs.flatMap((c) => c.combos.map((combo) => ({ chart: repoPath(baseDir, c.chartDir), combo: combo.name })));
}
async function runGuard(opts) {
  const configs = opts.configs ?? (opts.config ? [opts.config] : []);
  if (!configs.length) throw new GuardError("no chart to guard");
  const started = performance.now();
  const { helm, baseDir } = opts;
  const failOn = opts.failOn ?? "error";
  const afterSpawn = new Promise((r) => setImmediate(r));
  const engineP = afterSpawn.then(() => import("./chunk-CDZ3VYWG.js"));
  engineP.then(
    (e) => e.preloadSchemas(configs.flatMap((c) => c.schemas.enabled ? c.combos.map((x) => x.kubeVersion) : [])),
    () => void 0
  );
  const versionP = helmVersion(helm);
  versionP.catch(() => void 0);
  const items = workItems(configs, baseDir);
  const shardOf = opts.shard ? assignShards(items, opts.shard.total, opts.timings) : void 0;
  const mine = (k) => !shardOf || shardOf[k] === opts.shard.index;
  const inlineDir = configs.some((c) => c.combos.some((x) => x.values.length)) ? mkdtempSync(join3(tmpdir2(), "helm-guard-values-")) : void 0;
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
              const f = join3(inlineDir, `${ci}-${i}-${j}.yaml`);
              writeFileSync2(f, JSON.stringify(v));
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
    const limit = pLimit(configs[0].concurrency || availableParallelism());
    const runSecrets = /* @__PURE__ */ new Set();
    const lintTasks = [];
    const lintParser = configs.some((c) => c.lint.enabled) ? afterSpawn.then(() => Promise.all([import("./chunk-TJRZEX2Q.js"), import("./chunk-AQFD5SZW.js")])).then(([l, e]) => ({
      parseLint: l.parseLint,
      parseHelmError: e.parseHelmError
    })) : Promise.reject(new Error("no lint in this run"));
    lintParser.catch(() => void 0);
    const valuesChecks = afterSpawn.then(() => import("./chunk-O7UT5FBJ.js"));
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
    const fingerprints = /* @__PURE__ */ new Map();
    const coverageOf = /* @__PURE__ */ new Map();
    for (const p of prepared) {
      const { config } = p;
      const lintCombos = !config.lint.enabled ? [] : config.lint.perCombo ? p.combos : p.owned ? [config.combos.find((c) => !c.expect.failure) ?? config.combos[0]] : [];
      for (const c of lintCombos)
        lintTasks.push(
          limit(() => run(helm, lintArgs(config, c, p.inline), { timeoutMs: config.timeoutMs, cwd: baseDir })).then(
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
        const renderP = limit(
          () => run(helm, templateArgs(config, combo, p.inline, p.extraApiVersions), {
            timeoutMs: config.timeoutMs,
            cwd: baseDir
          })
        );
        if (config.coverage.enabled) coverageOf.set(p, [...coverageOf.get(p) ?? [], { combo, normal: renderP }]);
        const baseCombo = p.base?.config?.combos[config.combos.indexOf(combo)];
        const baseWhy = !opts.base ? void 0 : p.base?.reason ?? p.base?.missing.get(combo.name) ?? (baseCombo ? void 0 : "the combo is new");
        const baseP = opts.base && baseCombo && !baseWhy ? limit(
          () => run(helm, templateArgs(p.base.config, baseCombo, p.inline, p.extraApiVersions), {
            timeoutMs: config.timeoutMs,
            cwd: baseDir
          })
        ) : void 0;
        comboTasks.push(
          renderP.then(async (r) => {
            if (r.spawnError) throw new GuardError(`cannot run helm (${helm}): ${r.spawnError.message}`);
            const engine = await engineP;
            validatorP ??= engine.schemaValidator(config, p.crds, join3(baseDir, ".cache", "helm-guard", "schemas"));
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
      stopRuns();
      throw e;
    }
    const coverageTasks = /* @__PURE__ */ new Map();
    if (coverageOf.size) {
      const stage = import("./chunk-EMM2TM5U.js");
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
              limit,
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
        const r = await limit(
          () => run(helm, templateArgs(p.config, combo, p.inline, p.extraApiVersions), {
            timeoutMs: p.config.timeoutMs,
            cwd: baseDir
          })
        );
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
    if (inlineDir) rmSync2(inlineDir, { recursive: true, force: true });
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
