import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALL_RULES } from '../src/catalog.js';
import { ROOT } from './helpers/helm.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

/** Rows of the markdown table that follows a heading. */
function table(heading: string): string[][] {
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  let started = false;
  for (const line of readme.slice(at + heading.length + 2).split('\n')) {
    if (line.startsWith('|')) {
      started = true;
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    } else if (started) break;
  }
  return rows.slice(2); // header and separator
}

describe('README stays in step', () => {
  it('the inputs table lists every action.yml input with its default', () => {
    const rows = table('### Inputs');
    expect(rows.map((r) => r[0])).toEqual(Object.keys(action.inputs).map((k) => `\`${k}\``));
    for (const [name, spec] of Object.entries<any>(action.inputs)) {
      const row = rows.find((r) => r[0] === `\`${name}\``)!;
      expect(row[1], name).toBe(spec.default === undefined ? '' : `\`${spec.default}\``);
    }
  });

  it('the outputs table lists every action.yml output', () => {
    expect(table('### Outputs').map((r) => r[0])).toEqual(Object.keys(action.outputs).map((k) => `\`${k}\``));
  });

  it('the rules table lists every rule with its default severity', () => {
    const rows = table('## Rules');
    expect(rows.map((r) => [r[0], r[1]])).toEqual(ALL_RULES.map((r) => [`\`${r.id}\``, r.severity]));
  });

  it('the action runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it("action.yml meets the Marketplace's rules: a description under 125 characters, branding, every input and output described", () => {
    expect(typeof action.name).toBe('string');
    expect(action.description.length).toBeLessThan(125);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding.color,
    );
    expect(action.branding.icon).toMatch(/^[a-z0-9-]+$/);
    for (const [name, spec] of Object.entries<any>({ ...action.inputs, ...action.outputs }))
      expect(spec.description, name).toMatch(/\S/);
  });

  it('every third-party action in the README and workflows is pinned to the current major, as test/consumers/action-pins.md records it', () => {
    // | `actions/checkout` | v7 | `v7.0.1` … | `<sha>` | …
    const pins = new Map<string, { tag: string; sha: string }>();
    for (const m of readFileSync(join(ROOT, 'test/consumers/action-pins.md'), 'utf8').matchAll(
      /^\| `([\w-]+\/[\w/-]+)` \| v\d+[^|]*\| `(v[\d.]+)`[^|]*\| `([0-9a-f]{40})` \|/gm,
    ))
      pins.set(m[1]!, { tag: m[2]!, sha: m[3]! });
    expect([...pins.keys()].sort()).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'actions/setup-node',
      'actions/upload-artifact',
      'github/codeql-action/upload-sarif',
    ]);
    const texts = [
      readme,
      ...readdirSync(join(ROOT, '.github/workflows')).map((f) =>
        readFileSync(join(ROOT, '.github/workflows', f), 'utf8'),
      ),
    ];
    let seen = 0;
    for (const text of texts)
      for (const m of text.matchAll(/uses: ((?:actions|github)\/[\w/-]+)@(\S+)(?: # (\S+))?/g)) {
        const pin = pins.get(m[1]!);
        expect(pin, m[0]).toBeDefined();
        expect([m[2], m[3]], m[0]).toEqual([pin!.sha, pin!.tag]);
        seen++;
      }
    expect(seen).toBeGreaterThan(10);
  });
});
