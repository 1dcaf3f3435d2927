/**
 * GitHub code scanning's `primaryLocationLineHash`: identifies a result by the text at its line, so an
 * alert survives lines moving above it. The algorithm is the one the upload-sarif action applies to
 * results that lack the fingerprint (github/codeql-action, src/fingerprints.ts): a rolling hash over the
 * first 100 characters from the start of each line, spaces and tabs skipped, line endings normalised to
 * LF, the end of the file marked by 65535 and padded with zeros; the value is the unsigned 64-bit hash in
 * hex, then `:` and how many times that hash has occurred so far in the file. Computing it here makes the
 * value the same whether the SARIF is uploaded by the action (which keeps ours when it agrees) or through
 * the API (which computes none).
 */
const BLOCK = 100;
const MOD = 37n;
const MASK = (1n << 64n) - 1n;
const FIRST_MOD = (MOD ** BigInt(BLOCK)) & MASK;

/** Every line's hash, index 0 = line 1. */
export function lineHashes(text: string): string[] {
  const out: string[] = [];
  const window = new Array<number>(BLOCK).fill(0);
  const lineAt = new Array<number>(BLOCK).fill(-1);
  const seen = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let line = 0;
  let lineStart = true;
  let prevCR = false;
  const emit = () => {
    const hex = hash.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    out[lineAt[index]! - 1] = `${hex}:${n}`;
    lineAt[index] = -1;
  };
  const update = (c: number) => {
    const begin = window[index]!;
    window[index] = c;
    hash = (MOD * hash + BigInt(c) - FIRST_MOD * BigInt(begin)) & MASK;
    index = (index + 1) % BLOCK;
  };
  const feed = (c: number) => {
    if (c === 0x20 || c === 0x09 || (prevCR && c === 0x0a)) {
      prevCR = false;
      return;
    }
    if (c === 0x0d) {
      c = 0x0a;
      prevCR = true;
    } else prevCR = false;
    if (lineAt[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      lineAt[index] = ++line;
    }
    if (c === 0x0a) lineStart = true;
    update(c);
  };
  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(65535);
  for (let i = 0; i < BLOCK; i++) {
    if (lineAt[index] !== -1) emit();
    update(0);
  }
  return out;
}
