/**
 * Exact rational numbers on BigInt. Every price, quantity, count and chance is held as a fraction,
 * so that 365/12 days per month, 0.7 chance and 163.59 euros multiply without any floating point.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint; // always > 0, gcd(n, d) = 1
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Fast path, same result: below 2^53 the remainders are exact in doubles and allocate no BigInts.
  if (a <= SAFE && b <= SAFE) {
    let x = Number(a);
    let y = Number(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return BigInt(x);
  }
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('rational with zero denominator');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO = rat(0);
export const ONE = rat(1);

export function add(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(...xs: Rational[]): Rational {
  let n = 1n;
  let d = 1n;
  for (const x of xs) {
    n *= x.n;
    d *= x.d;
  }
  return rat(n, d);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rat(a.n * b.d, a.d * b.n);
}

export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Round to an integer, halves away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAwayFromZero(a: Rational): bigint {
  const neg = a.n < 0n;
  const abs = neg ? -a.n : a.n;
  const q = (2n * abs + a.d) / (2n * a.d);
  return neg ? -q : q;
}

/**
 * Parse a plain decimal literal such as "163.59", "-2", "0.7" or "1,5" (a decimal comma is accepted)
 * into an exact fraction. Returns undefined for anything else (exponents, fractions, words).
 */
export function parseDecimal(text: string): Rational | undefined {
  const m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '0') + frac) * (m[1] === '-' ? -1n : 1n);
  return rat(n, 10n ** BigInt(frac.length));
}

/**
 * The exact decimal a JavaScript number was written as. YAML gives numbers as doubles; for the short
 * literals people type (up to 15 significant digits) String(x) recovers exactly what was typed.
 */
export function fromNumber(x: number): Rational | undefined {
  if (!Number.isFinite(x)) return undefined;
  const s = String(x);
  if (/e/i.test(s)) {
    if (Number.isInteger(x) && Number.isSafeInteger(x)) return rat(BigInt(x));
    return undefined;
  }
  return parseDecimal(s);
}

/** A fraction as "a/b" (or "a" when whole), for derivations a reader can retype into a calculator. */
export function toFractionString(a: Rational): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}

/** A fraction as a decimal string with at most `places` decimals (rounded half away from zero). */
export function toDecimalString(a: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const r = roundHalfAwayFromZero(mul(a, rat(scale)));
  const neg = r < 0n;
  const abs = neg ? -r : r;
  const int = abs / scale;
  let frac = (abs % scale).toString().padStart(places, '0');
  frac = frac.replace(/0+$/, '');
  return (neg ? '-' : '') + int.toString() + (frac ? '.' + frac : '');
}

/** True when the fraction has a finite decimal expansion with at most `places` decimals. */
export function hasAtMostDecimals(a: Rational, places: number): boolean {
  return (a.n * 10n ** BigInt(places)) % a.d === 0n;
}
