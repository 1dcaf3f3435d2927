/**
 * What a template generates — random strings (randAlphaNum), keys and certificates (genCA, genPrivateKey),
 * UUIDs, timestamps — makes two renders of the same values differ. These tell such a difference from one the
 * values make: matrix/duplicate-combo compares combos with them, coverage an instrumented render with the
 * normal one. Every function is linear in the text.
 */
/** Timestamps a template takes from the clock (`now | date …`, RFC 3339 with or without fractions). */
const TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/** The PEM blocks of a text (`-----BEGIN X-----` … `-----END X-----`), as [start, end) offsets. Linear. */
function pemBlocks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf('-----BEGIN '); i >= 0;) {
    const labelEnd = text.indexOf('-----', i + 11);
    if (labelEnd < 0) break;
    const end = text.indexOf(`-----END ${text.slice(i + 11, labelEnd)}-----`, labelEnd + 5);
    if (end < 0) break;
    const stop = end + 14 + (labelEnd - i - 11);
    out.push([i, stop]);
    i = text.indexOf('-----BEGIN ', stop);
  }
  return out;
}

/** A text with the blocks `mask(k)` says to hide replaced by a placeholder. */
function replaceBlocks(text: string, blocks: readonly [number, number][], mask: (k: number) => boolean): string {
  let out = '';
  let at = 0;
  blocks.forEach(([s, e], k) => {
    if (!mask(k)) return;
    out += text.slice(at, s) + '-----PEM-----';
    at = e;
  });
  return out + text.slice(at);
}

/**
 * Two renders of one combo with each PEM block (a generated key or certificate, in a block scalar or a
 * quoted string) that differs between them replaced by a placeholder: its length, and so its lines, vary.
 */
export function maskPem(x: string, x2: string): [string, string] {
  const bx = pemBlocks(x);
  const bx2 = pemBlocks(x2);
  if (!bx.length || bx.length !== bx2.length) return [x, x2];
  const differs = (k: number) => x.slice(...bx[k]!) !== x2.slice(...bx2[k]!);
  return [replaceBlocks(x, bx, differs), replaceBlocks(x2, bx2, differs)];
}

/** A version 4 UUID (uuidv4): its fixed digits would pass for values between two renders. */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g;

/** The tokens of a line: base64 runs of 40 characters or more (keys, certificates), words, single characters. */
function tokens(line: string): string[] {
  return (
    line
      .replace(TIMESTAMP, '\u0000')
      .replace(UUID, '\u0001')
      .match(/[A-Za-z0-9+/=]{40,}|[A-Za-z0-9]+|[^A-Za-z0-9]/g) ?? []
  );
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Could two renders differ only by generated values? Line by line, each token that differs is a generated
 * value's shape in both: a word of 6 characters or more of the same length, an encoded blob, a PEM block,
 * a UUID, a timestamp. Only such a pair is worth rendering again (sameButNoise decides).
 */
export function generatedOnly(a: string, b: string): boolean {
  const la = replaceBlocks(a, pemBlocks(a), () => true).split('\n');
  const lb = replaceBlocks(b, pemBlocks(b), () => true).split('\n');
  if (la.length !== lb.length) return false;
  return la.every((l, i) => {
    if (l === lb[i]) return true;
    const ta = tokens(l);
    const tb = tokens(lb[i]!);
    if (ta.length !== tb.length) return false;
    return ta.every((x, j) => {
      const y = tb[j]!;
      if (x === y) return true;
      if (x.length >= 40 && y.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(x + y)) return true;
      return x.length === y.length && x.length >= 6 && /^[A-Za-z0-9]+$/.test(x + y);
    });
  });
}

/**
 * Do two lines of two combos' renders differ only by what their templates generate? `a2` and `b2` are the
 * same lines of a second render of each combo. Token by token, a token that differs must change between
 * the two renders of each combo (it is generated), be as long in both, and agree on what stays put
 * around the generated part in both renders (so a value next to a random string, `abc<random>` beside
 * `xyz<random>`, still tells them apart).
 */
export function sameButNoise(a: string, a2: string, b: string, b2: string): boolean {
  if (a === a2 || b === b2) return false;
  const [ta, ta2, tb, tb2] = [a, a2, b, b2].map(tokens) as [string[], string[], string[], string[]];
  if (ta.length !== tb.length || ta.length !== ta2.length || tb.length !== tb2.length) return false;
  for (let j = 0; j < ta.length; j++) {
    const x = ta[j]!;
    const y = tb[j]!;
    if (x === y) continue;
    const x2 = ta2[j]!;
    const y2 = tb2[j]!;
    if (x === x2 || y === y2) return false;
    // a random string has its length; an encoded key or certificate (a long base64 run) may vary by a few bytes
    const blob = x.length >= 40 && y.length >= 40 && !/[^A-Za-z0-9+/=]/.test(x + y);
    if (!blob && (x.length !== y.length || x.length !== x2.length || y.length !== y2.length)) return false;
    if (blob) {
      // an encoded certificate or key (b64enc of genCA …): compared decoded, its PEM blocks masked
      const [dx, dx2, dy, dy2] = [x, x2, y, y2].map((t) => Buffer.from(t, 'base64').toString('latin1')) as [
        string,
        string,
        string,
        string,
      ];
      if (dx.includes('-----BEGIN ') && dy.includes('-----BEGIN ')) {
        if (maskPem(dx, dx2)[0] !== maskPem(dy, dy2)[0]) return false;
        continue;
      }
    }
    const pre = Math.min(commonPrefix(x, x2), commonPrefix(y, y2));
    if (x.slice(0, pre) !== y.slice(0, pre)) return false;
    // the end of an encoded blob follows its length; a random string's end is compared like its start
    if (blob) continue;
    const rev = (t: string) => [...t].reverse().join('');
    const suf = Math.min(commonPrefix(rev(x), rev(x2)), commonPrefix(rev(y), rev(y2)));
    if (x.slice(x.length - suf) !== y.slice(y.length - suf)) return false;
  }
  return true;
}

/**
 * Does `other` (a render of the same combo by other means: the instrumented chart's, its probes removed)
 * differ from `render` only where the templates generate values? `again` is a second render of the same
 * combo: a token may differ only where `render` and `again` differ too, with the shape of a generated
 * value (sameButNoise, with `render` standing in for the second `other`); PEM blocks that change between
 * the two renders are masked first.
 */
export function differsOnlyByGenerated(render: string, again: string, other: string): boolean {
  if (render === other) return true;
  if (render === again) return false;
  const [r, r2] = maskPem(render, again);
  const [o] = maskPem(other, render);
  const lr = r.split('\n');
  const lr2 = r2.split('\n');
  const lo = o.split('\n');
  if (lr.length !== lo.length || lr2.length !== lr.length) return false;
  return lr.every((l, i) => l === lo[i] || sameButNoise(l, lr2[i]!, lo[i]!, l));
}
