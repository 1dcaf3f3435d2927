import { DEFAULT_MAX_OUTPUT_BYTES } from '../helm/run.js';
import { inputRegExp } from '../util/regex.js';
import type { Location } from '../types.js';
import type { Stage } from './types.js';

/**
 * Did helm render? A timeout, or a failure at the template line helm names (invalid YAML placed through
 * the document helm printed); an expected failure is checked against its message here.
 */
export const render: Stage = {
  name: 'render',
  async run(ctx) {
    const { combo, config, baseDir, render: r } = ctx;
    const failure = combo.expect.failure;
    const stop = (outcome: 'failed' | 'expected-failure') => {
      ctx.outcome = outcome;
      ctx.done = true;
    };
    if (r.outputTooLarge) {
      ctx.add({
        severity: 'error',
        rule: 'render/output-too-large',
        combo: combo.name,
        message: `helm template wrote more than ${Math.round(DEFAULT_MAX_OUTPUT_BYTES / 2 ** 20)} MiB of output and was stopped: a loop that renders without end, or a values file that multiplies what is rendered`,
      });
      return stop('failed');
    }
    if (r.timedOut) {
      ctx.add({
        severity: 'error',
        rule: 'render/timeout',
        combo: combo.name,
        message: `helm template ran past ${config.timeoutMs} ms and was killed`,
      });
      return stop('failed');
    }
    if (r.code === 0) {
      if (failure)
        ctx.add({
          severity: 'error',
          rule: 'assert/expected-failure',
          combo: combo.name,
          message: `expected the render to fail with a message matching /${failure.message}/, but it succeeded`,
          ...(failure.location ? { location: failure.location } : {}),
        });
      return;
    }
    // helm's error parser (and the template lexer behind it) loads only for a render that failed
    const { helmErrorLocation, parseHelmError } = await import('../helm/errors.js');
    const err = parseHelmError(r.stderr, r.signal);
    // helm's own words, for an expected failure's pattern (placing the error may add where it came from)
    const helmSaid = err.message;
    // a failure the combo expects is reported nowhere: it is not placed (the pattern loaded, so the
    // linear-time engine can run it)
    if (failure && inputRegExp(failure.message).test(helmSaid)) {
      ctx.checks.assertions = 'pass';
      return stop('expected-failure');
    }
    let loc: Location | undefined = helmErrorLocation(err, config.chartDir, baseDir);
    let message = err.message;
    let rule = 'render/failed';
    if (err.kind === 'yaml') {
      // helm printed the invalid document (--debug): place its error at the template line; helm's
      // "line N" counts from the document's first line, which is line N of our chunk (after # Source)
      rule = 'yaml/parse-error';
      const problems = ctx.parsed?.problems ?? [];
      const p =
        problems.find((x) => x.rule === 'yaml/parse-error' && x.source === err.source) ??
        problems.find((x) => x.rule === 'yaml/parse-error');
      const n = /\bline (\d+)\b/.exec(err.message)?.[1];
      loc = (n && p?.locateLine?.(Number(n))) || p?.location || loc;
      message = `${err.source} renders invalid YAML: ${err.message.replace(/^yaml: line \d+: /, '')}${n ? ` (line ${n} of the rendered document)` : ''}`;
    }
    if (failure) {
      ctx.checks.assertions = 'pass';
      ctx.add({
        severity: 'error',
        rule: 'assert/failure-message',
        combo: combo.name,
        message: `render failed as expected, but the message does not match /${failure.message}/: ${message}`,
        ...(loc ? { location: loc } : failure.location ? { location: failure.location } : {}),
      });
      return stop('failed');
    }
    ctx.add({ severity: 'error', rule, combo: combo.name, message, ...(loc ? { location: loc } : {}) });
    return stop('failed');
  },
};
