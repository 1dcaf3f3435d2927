import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function isChart(dir: string): boolean {
  try {
    return statSync(join(dir, 'Chart.yaml')).isFile();
  } catch {
    return false;
  }
}

/**
 * Absolute paths of every Helm chart (a directory with a Chart.yaml) at or under `dir`, sorted: chart-testing's
 * `chart-dirs`, a directory of charts. A chart's own directories are part of it (its `charts/` holds
 * subcharts), so the walk stops at a chart. Hidden directories and node_modules are skipped, and no
 * symlinked directory is followed: it could lead out of `dir`, or back into it and list a chart twice.
 */
export function findCharts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
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
      // a Dirent describes the link itself: a symlink to a directory is not isDirectory()
      if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue;
      walk(join(d, e.name));
    }
  };
  walk(resolve(dir));
  return out.sort();
}
