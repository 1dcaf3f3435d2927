/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource/quantity.go):
 *   <quantity> ::= <signedNumber><suffix>
 *   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei | n | u | m | "" | k | M | G | T | P | E | e<signedNumber> | E<signedNumber>
 * The number is decimal digits with at most one ".", at least one digit. Values are kept exact:
 * an integer mantissa times 10^exp (binary suffixes multiply the mantissa by 2^(10k)).
 */

export interface Quantity {
  mantissa: bigint;
  exp10: number;
}

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?\d+))?$/;
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, bigint> = { Ki: 10n, Mi: 20n, Gi: 30n, Ti: 40n, Pi: 50n, Ei: 60n };

/** Parse a quantity (a YAML number is read as its decimal text); undefined when it is not one. */
export function parseQuantity(value: unknown): Quantity | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === 'string') text = value;
  else return undefined;
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const [, sign, num, bin, dec, exp] = m;
  const dot = num!.indexOf('.');
  const digits = dot < 0 ? num! : num!.slice(0, dot) + num!.slice(dot + 1);
  let mantissa = BigInt(digits === '' ? '0' : digits);
  let exp10 = dot < 0 ? 0 : -(num!.length - dot - 1);
  if (bin) mantissa <<= BINARY[bin]!;
  else if (dec) exp10 += DECIMAL[dec]!;
  else if (exp !== undefined) {
    const e = Number(exp);
    if (!Number.isSafeInteger(e) || Math.abs(e) > 1000) return undefined;
    exp10 += e;
  }
  if (sign === '-') mantissa = -mantissa;
  return { mantissa, exp10 };
}

/** -1, 0 or 1. */
export function compareQuantity(a: Quantity, b: Quantity): number {
  const e = Math.min(a.exp10, b.exp10);
  const x = a.mantissa * 10n ** BigInt(a.exp10 - e);
  const y = b.mantissa * 10n ** BigInt(b.exp10 - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isNegative(q: Quantity): boolean {
  return q.mantissa < 0n;
}
