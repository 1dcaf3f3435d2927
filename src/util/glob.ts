/**
 * Globs from the config (resource names, chart paths) matched without regular expressions: a glob is
 * input, and `*a*a*a*b` turned into a backtracking RegExp costs time exponential in the stars against a
 * long name. The greedy matcher below is O(glob × text) at worst.
 */

/** One character of a glob segment: a literal, `?`, or a `[...]` class. */
type Token = { t: 'star' } | { t: 'any' } | { t: 'lit'; c: string } | { t: 'class'; ranges: [string, string][] };

const tokenCache = new Map<string, Token[]>();

function tokenize(glob: string, classes: boolean): Token[] {
  const key = `${classes ? 1 : 0}${glob}`;
  const hit = tokenCache.get(key);
  if (hit) return hit;
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (out[out.length - 1]?.t !== 'star') out.push({ t: 'star' });
    } else if (c === '?') out.push({ t: 'any' });
    else if (c === '[' && classes) {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out.push({ t: 'lit', c });
        continue;
      }
      const body = glob.slice(i + 1, end);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else ranges.push([body[k]!, body[k]!]);
      }
      out.push({ t: 'class', ranges });
      i = end;
    } else out.push({ t: 'lit', c });
  }
  if (tokenCache.size > 1000) tokenCache.clear();
  tokenCache.set(key, out);
  return out;
}

function one(tok: Token, c: string): boolean {
  if (tok.t === 'any') return true;
  if (tok.t === 'lit') return tok.c === c;
  if (tok.t === 'class') return tok.ranges.some(([a, b]) => c >= a && c <= b);
  return false;
}

/** Greedy wildcard match: on a mismatch, the last star takes one more character (no nested retries). */
function matchTokens(tokens: readonly Token[], s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    const tok = tokens[i];
    if (tok && tok.t !== 'star' && one(tok, s[j]!)) {
      i++;
      j++;
    } else if (tok?.t === 'star') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (tokens[i]?.t === 'star') i++;
  return i === tokens.length;
}

/** Shell-style glob over a whole name: `*` any run of characters, `?` one character. */
export function globMatch(glob: string, value: string): boolean {
  if (!glob.includes('*') && !glob.includes('?')) return glob === value;
  return matchTokens(tokenize(glob, false), value);
}

/**
 * A glob over a slash-separated path: `*`, `?` and `[a-z]` within one segment, `**` any number of
 * segments (not empty ones).
 */
export function globPath(pattern: string, path: string): boolean {
  const pat = pattern.split('/');
  const segs = path.split('/');
  // reach[k]: the first k segments of the path are matched by the pattern so far (a row of the DP)
  let reach = new Uint8Array(segs.length + 1);
  reach[0] = 1;
  for (const p of pat) {
    const next = new Uint8Array(segs.length + 1);
    if (p === '**') {
      let on = false;
      for (let k = 0; k <= segs.length; k++) {
        if (reach[k]) on = true;
        if (on) next[k] = 1;
        // a run of ** extends only over non-empty segments
        if (k < segs.length && segs[k] === '') on = false;
      }
    } else {
      const tokens = tokenize(p, true);
      for (let k = 0; k < segs.length; k++) if (reach[k] && matchTokens(tokens, segs[k]!)) next[k + 1] = 1;
    }
    reach = next;
  }
  return reach[segs.length] === 1;
}
