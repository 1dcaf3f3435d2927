import { describe, expect, it } from 'vitest';
import { parseLint } from '../src/helm/lint.js';
import { ROOT } from './helpers/helm.js';

describe('helm lint output', () => {
  it("keeps helm 4's reason lines and places an unknown Chart.yaml field at its line", () => {
    const out = [
      '==> Linting fixtures/real/kubernetes-cluster-autoscaler',
      '[WARNING] Chart.yaml: failed to strictly parse chart metadata file',
      '\terror unmarshaling JSON: while decoding JSON: json: unknown field "engine"',
      '[INFO] Chart.yaml: icon is recommended',
      '',
      '1 chart(s) linted, 0 chart(s) failed',
    ].join('\n');
    expect(parseLint(out, `${ROOT}/fixtures/real/kubernetes-cluster-autoscaler`, ROOT, '')).toEqual([
      {
        severity: 'warning',
        rule: 'lint/warning',
        combo: '',
        message:
          'helm lint: failed to strictly parse chart metadata file: error unmarshaling JSON: while decoding JSON: json: unknown field "engine"',
        location: { file: 'fixtures/real/kubernetes-cluster-autoscaler/Chart.yaml', line: 4 },
      },
    ]);
  });
});
