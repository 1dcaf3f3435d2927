/**
 * A rule marked perDocument is run on each document alone, and what it finds on a document is reused for
 * every combo that rendered the same one (src/stages/rules.ts). That is only right if the rule finds on a
 * whole render exactly what it finds on each of its documents alone: checked here for every such rule on
 * every fixture that renders and on every real chart.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseRender } from '../src/manifests/parse.js';
import type { Manifest } from '../src/manifests/types.js';
import { RULES } from '../src/rules/index.js';
import { loadParsersFor } from '../src/rules/parsers.js';
import type { Rule, RuleIssue } from '../src/rules/types.js';
import { checkRule } from '../src/stages/rules.js';
import { context, HELM3, parseDocs, ROOT } from './helpers/render.js';

const run = promisify(execFile);

/** Every chart directory under these fixture folders (a Chart.yaml at its top). */
function charts(...dirs: string[]): string[] {
  return dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .map((c) => join(d, c))
      .filter((c) => existsSync(join(ROOT, c, 'Chart.yaml'))),
  );
}

/** Each chart rendered with its defaults (those that fail to render are left out: they have no documents). */
async function renders(dirs: string[]): Promise<{ chart: string; manifests: Manifest[] }[]> {
  const out: { chart: string; manifests: Manifest[] }[] = [];
  const queue = [...dirs];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const abs = join(ROOT, c);
      try {
        const { stdout } = await run(HELM3, ['template', 'release-name', abs], {
          timeout: 60_000,
          maxBuffer: 64 * 2 ** 20,
        });
        const { manifests } = parseRender(stdout, { combo: 'default', chartDir: abs, baseDir: ROOT });
        out.push({ chart: c, manifests });
      } catch {
        /* an expected render failure */
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

const perDocument = RULES.filter((r) => r.perDocument);

describe('per-document rules', () => {
  it('are the rules that judge one object at a time', () => {
    expect(perDocument.map((r) => r.id).sort()).toEqual(
      [
        ...RULES.filter((r) => r.id.startsWith('api/')).map((r) => r.id),
        'annotation/invalid',
        'cronjob/schedule',
        'cronjob/timezone',
        'label/invalid',
        'name/invalid',
        'prometheus/duration',
        'prometheus/expr',
        'prometheus/rule-name',
        'workload/selector-mismatch',
      ].sort(),
    );
  });

  it('find on a whole render exactly what they find on each of its documents alone (every fixture, every real chart, and all of them as one render)', async () => {
    const all = await renders([
      ...charts('fixtures/broken', 'fixtures/valid', 'fixtures/real'),
      'fixtures/certctl/deploy/helm/certctl',
    ]);
    expect(all.length).toBeGreaterThan(90);
    // every document of every chart in one render too: a rule that looked at another document would tell
    const everything = all.flatMap((r) => r.manifests);
    const id = new Map(everything.map((m, i) => [m, i]));
    const line = (i: RuleIssue) =>
      `${id.get(i.manifest)} ${JSON.stringify(i.path ?? [])} ${i.severity ?? '-'} ${i.message}`;
    const firing = new Set<string>();
    for (const { chart, manifests } of [...all, { chart: 'all of them', manifests: everything }]) {
      await loadParsersFor(manifests);
      for (const rule of perDocument) {
        const whole = rule.check(context(manifests)).map(line).sort();
        const alone = manifests
          .flatMap((m) => rule.check(context([m])))
          .map(line)
          .sort();
        expect(alone, `${rule.id} on ${chart}`).toEqual(whole);
        if (whole.length) firing.add(rule.id);
      }
    }
    // every one of them finds a defect of the fixtures somewhere: no comparison is only between empty lists
    expect([...firing].sort()).toEqual(perDocument.map((r) => r.id).sort());
  }, 120_000);
});

describe('checkRule', () => {
  const docs = parseDocs(
    [
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    bad key: x\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
    ].join('---\n'),
  );
  const counting = (): Rule & { calls: number } => {
    const r = {
      id: 'test/counting',
      description: 'counts its checks',
      severity: 'error' as const,
      perDocument: true,
      calls: 0,
      check(ctx: Parameters<Rule['check']>[0]) {
        r.calls += ctx.manifests.length;
        return ctx.manifests
          .filter((m) => m.object.metadata?.labels)
          .map((m) => ({
            manifest: m,
            path: ['metadata', 'labels'],
            message: `${String(ctx.options.word ?? 'labels')}`,
          }));
      },
    };
    return r;
  };

  it('checks a document once for every combo that rendered the same object, with each combo its own manifest', () => {
    const rule = counting();
    const first = checkRule(rule, context(docs));
    // another combo: other manifests around the same (shared) document objects
    const again = docs.map((m) => ({ ...m, combo: 'other', index: m.index + 5 }));
    const second = checkRule(rule, context(again));
    expect(rule.calls).toBe(2);
    expect(first.map((i) => [i.manifest, i.message])).toEqual([[docs[0], 'labels']]);
    expect(second.map((i) => [i.manifest, i.message])).toEqual([[again[0], 'labels']]);
  });

  it("checks again when the rule's options differ", () => {
    const rule = counting();
    checkRule(rule, context(docs));
    const other = checkRule(rule, context(docs, { options: { word: 'other' } }));
    expect(rule.calls).toBe(4);
    expect(other.map((i) => i.message)).toEqual(['other']);
  });

  it('a rule that is not per document sees the whole render, every time', () => {
    const rule = { ...counting(), perDocument: false };
    const seen: number[] = [];
    const whole: Rule = { ...rule, check: (ctx) => (seen.push(ctx.manifests.length), []) };
    checkRule(whole, context(docs));
    checkRule(whole, context(docs));
    expect(seen).toEqual([2, 2]);
  });
});
