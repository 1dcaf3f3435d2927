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
  GuardError
} from "./chunk-YJOSE5ZY.js";
import {
  isObject
} from "./chunk-ZHHGQAH2.js";
import "./chunk-7LRU3GEV.js";
import {
  repoPath,
  require_dist
} from "./chunk-AVBPKS3C.js";
import {
  __toESM
} from "./chunk-2AJFM67G.js";

// src/charts/changed.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve, sep } from "node:path";
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(real(parent), basename(p));
  }
}
function inside(rel, path) {
  return rel === "." || path === rel || path.startsWith(`${rel}/`);
}
function readDeps(dir) {
  let text;
  try {
    text = readFileSync(join(dir, "Chart.yaml"), "utf8");
  } catch (e) {
    const err = e;
    return { error: `cannot read Chart.yaml: ${err.code === "ENOENT" ? "it does not exist" : err.message}` };
  }
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (e) {
    return { error: `cannot parse Chart.yaml: ${e.message.split("\n")[0].replace(/:$/, "")}` };
  }
  if (!isObject(doc)) return { error: "cannot parse Chart.yaml: it is not a mapping" };
  const list = doc.dependencies;
  if (list === void 0 || list === null) return { deps: [] };
  if (!Array.isArray(list)) return { error: "cannot parse Chart.yaml: dependencies is not a list" };
  const deps = [];
  for (const d of list) {
    const repository = isObject(d) ? d.repository : void 0;
    if (typeof repository === "string" && repository.startsWith("file://"))
      deps.push({ dir: resolve(dir, repository.slice("file://".length)), repository });
  }
  return { deps };
}
function chartsAffected(charts, changed, repoRoot2) {
  const root = real(repoRoot2);
  const changedSet = new Set(changed);
  const nodes = /* @__PURE__ */ new Map();
  const load = (key) => {
    let node = nodes.get(key);
    if (node) return node;
    const rel = repoPath(root, key);
    const outside = rel === ".." || rel.startsWith("../") || isAbsolute(rel);
    const own = outside ? [] : changed.filter((p) => inside(rel, p));
    node = {
      rel,
      changed: [...new Set(own)].sort().map((p) => rel === "." ? p : p === rel ? p : p.slice(rel.length + 1)),
      deps: []
    };
    nodes.set(key, node);
    const read = readDeps(key);
    if ("error" in read) node.broken = read.error;
    else
      for (const d of read.deps) {
        const depKey = real(d.dir);
        if (depKey === key || depKey.startsWith(key + sep)) continue;
        node.deps.push({ key: depKey, repository: d.repository });
        load(depKey);
      }
    return node;
  };
  const inputs = charts.map((c) => ({ input: c, key: real(resolve(c.dir)) }));
  for (const { key } of inputs) load(key);
  const direct = (n) => n.changed.length > 0 || n.broken !== void 0;
  const affected = new Set([...nodes].filter(([, n]) => direct(n)).map(([k]) => k));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [k, n] of nodes)
      if (!affected.has(k) && n.deps.some((d) => affected.has(d.key))) {
        affected.add(k);
        grew = true;
      }
  }
  const causes = (chart, dep) => {
    const found = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set([chart, dep]);
    const queue = [dep];
    while (queue.length) {
      for (const d of nodes.get(queue.shift()).deps) {
        if (seen.has(d.key) || !affected.has(d.key)) continue;
        seen.add(d.key);
        const n = nodes.get(d.key);
        if (direct(n)) found.set(d.key, n);
        else queue.push(d.key);
      }
    }
    return [...found.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  };
  const describe = (n, repository) => {
    const via = repository ? ` (${repository})` : "";
    return n.changed.length ? `changed chart ${n.rel}${via}` : `chart ${n.rel}${via}, whose Chart.yaml cannot be read`;
  };
  const out = [];
  for (const { input, key } of inputs) {
    const node = nodes.get(key);
    const reasons = node.changed.map((p) => `changed: ${p}`);
    for (const f of input.files ?? []) {
      const rel = repoPath(root, real(resolve(f)));
      if (changedSet.has(rel) && !inside(node.rel, rel) && !reasons.includes(`uses changed file ${rel}`))
        reasons.push(`uses changed file ${rel}`);
    }
    if (node.broken) reasons.push(node.broken);
    for (const d of node.deps) {
      if (!affected.has(d.key)) continue;
      const dep = nodes.get(d.key);
      if (direct(dep)) {
        reasons.push(`depends on ${describe(dep, d.repository)}`);
        continue;
      }
      const below = causes(key, d.key);
      if (below.length)
        reasons.push(
          `depends on chart ${dep.rel} (${d.repository}), which depends on ${below.map((n) => describe(n)).join(" and ")}`
        );
    }
    if (reasons.length) out.push({ dir: input.dir, reasons });
  }
  return out;
}

// src/git/git.ts
import { existsSync, mkdtempSync, realpathSync as realpathSync2, rmSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
var TIMEOUT_MS = 3e4;
var SLOW_TIMEOUT_MS = 6e4;
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};
function gitMessage(r) {
  const line = r.stderr.split("\n").map((l) => l.trim()).find((l) => l && !/^hint:/.test(l));
  if (line) return line.replace(/^(?:fatal|error): /, "");
  return r.code === null ? "killed" : `exit code ${r.code}`;
}
async function git(args, cwd, timeoutMs = TIMEOUT_MS) {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
  const r = await run("git", args, { timeoutMs, cwd, env });
  if (r.spawnError) {
    if (!existsSync(cwd)) throw new GitError(`directory not found: ${cwd}`);
    if (r.spawnError.code === "ENOENT") throw new GitError("git not found on PATH");
    throw new GitError(`cannot run git in ${cwd}: ${r.spawnError.message}`);
  }
  if (r.timedOut) throw new GitError(`git ${args[0]} in ${cwd} did not finish within ${timeoutMs / 1e3} s`);
  return r;
}
async function gitOk(args, cwd, what, timeoutMs = TIMEOUT_MS) {
  const r = await git(args, cwd, timeoutMs);
  if (r.code !== 0) throw new GitError(`${what} failed in ${cwd}: ${gitMessage(r)}`);
  return r.stdout;
}
function splitZ(out) {
  return out.split("\0").filter((s) => s !== "");
}
function checkRef(ref, what) {
  if (!ref.trim()) throw new GitError(`${what} is empty`);
  if (ref.startsWith("-")) throw new GitError(`${what} "${ref}" starts with "-"; a git ref cannot`);
  if (/[\x00-\x1f\x7f]/.test(ref)) throw new GitError(`${what} ${JSON.stringify(ref)} contains a control character`);
}
async function repoRoot(cwd) {
  const r = await git(["rev-parse", "--show-toplevel"], cwd);
  if (r.code !== 0) {
    const msg = gitMessage(r);
    if (/not a git repository/i.test(msg)) throw new GitError(`${cwd} is not in a git repository`);
    throw new GitError(`cannot find the git repository of ${cwd}: ${msg}`);
  }
  return resolve2(r.stdout.replace(/\r?\n$/, ""));
}
async function commitOf(ref, cwd) {
  const r = await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  return r.code === 0 ? r.stdout.trim() : void 0;
}
async function resolveCommit(ref, cwd) {
  checkRef(ref, "git ref");
  const root = await repoRoot(cwd);
  const local = await commitOf(ref, root);
  if (local) return local;
  const shallow = (await git(["rev-parse", "--is-shallow-repository"], root)).stdout.trim() === "true";
  if (/[~^:\\*?[\s]|@\{/.test(ref) || ref === "@" || ref.startsWith("+"))
    throw new GitError(
      shallow ? `cannot find ${ref}: it is not in this checkout, a shallow clone; fetch more history before running, or use actions/checkout with fetch-depth: 0` : `cannot find ${ref}: no such commit in ${root}`
    );
  const remoteName = ref.replace(/^(?:refs\/remotes\/)?origin\//, "");
  const fetched = await git(
    ["fetch", "--no-tags", ...shallow ? ["--depth=1"] : [], "origin", remoteName],
    root,
    SLOW_TIMEOUT_MS
  );
  const commit = fetched.code === 0 ? await commitOf("FETCH_HEAD", root) : void 0;
  if (commit) return commit;
  const why = fetched.code === 0 ? "it fetched no commit" : gitMessage(fetched);
  throw new GitError(
    `cannot find ${ref}: it is not in this checkout and "git fetch origin ${remoteName}" failed (${why}); fetch it before running, or use actions/checkout with fetch-depth: 0`
  );
}
async function changedFiles(baseCommit, cwd) {
  checkRef(baseCommit, "base commit");
  const root = await repoRoot(cwd);
  const mb = await git(["merge-base", baseCommit, "HEAD"], root);
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim() : baseCommit;
  const diff = await gitOk(
    ["diff", "--name-only", "--no-renames", "-z", from, "--"],
    root,
    `git diff against ${baseCommit}`
  );
  const untracked = await gitOk(
    ["ls-files", "--others", "--exclude-standard", "-z"],
    root,
    "listing untracked files (git ls-files)"
  );
  return [.../* @__PURE__ */ new Set([...splitZ(diff), ...splitZ(untracked)])].sort();
}

// src/cli/since.ts
async function changedConfigs(configs, ref, cwd) {
  try {
    const root = await repoRoot(cwd);
    const base = await resolveCommit(ref, cwd);
    const changed = await changedFiles(base, cwd);
    const affected = chartsAffected(
      configs.map((c) => ({
        dir: c.chartDir,
        // files outside the chart that decide its result: its config, values files, CRD files
        files: [...c.file ? [c.file] : [], ...c.combos.flatMap((x) => x.valuesFiles), ...c.schemas.crds]
      })),
      changed,
      root
    );
    const why = new Map(affected.map((a) => [a.dir, a.reasons]));
    const kept = configs.filter((c) => why.has(c.chartDir));
    const name = (c) => repoPath(cwd, c.chartDir);
    const lines = [
      `helm-guard: ${kept.length} of ${configs.length} chart${configs.length === 1 ? "" : "s"} changed since ${ref} (${base.slice(0, 12)})${kept.length ? ":" : "; nothing to guard"}`,
      ...kept.map((c) => `  ${name(c)}: ${why.get(c.chartDir).join("; ")}`)
    ];
    const skipped = configs.filter((c) => !why.has(c.chartDir)).map(name);
    if (skipped.length) lines.push(`  unchanged, not guarded: ${skipped.join(", ")}`);
    return { configs: kept, summary: lines.join("\n") + "\n" };
  } catch (e) {
    if (e instanceof GitError) throw new GuardError(`--since ${ref}: ${e.message}`);
    throw e;
  }
}
export {
  changedConfigs
};
