/**
 * Shares of a total that add up exactly: largest-remainder rounding ("Hamilton's method").
 *
 * Each group's share is group / total, scaled to the display precision (1000 = per mille, i.e. tenths
 * of a percent). Every exact share is rounded down; the units still missing to reach the scale go,
 * one each, to the groups with the largest remainders (ties: the earlier group in the given order).
 * Groups may be negative (a law under which the breakthrough costs more than the threat did): the
 * share is still group / total, so it is negative too, and the shares still add up to exactly the
 * scale. When the total is zero, shares are undefined.
 */
import { type Rational, rat } from '../data/rational.js';

/** Floor of a fraction (towards −∞). */
function floor(r: Rational): bigint {
  const q = r.n / r.d;
  return r.n < 0n && q * r.d !== r.n ? q - 1n : q;
}

const PER_MILLE = 1000n;

/** Shares of `amounts` in units of 1/scale of their sum, adding up to exactly `scale`; undefined when the sum is 0. */
export function largestRemainder(amounts: readonly bigint[], scale: bigint = PER_MILLE): bigint[] | undefined {
  let total = 0n;
  for (const a of amounts) total += a;
  if (total === 0n) return undefined;
  const exact = amounts.map((a) => rat(a * scale, total));
  const shares = exact.map(floor);
  let missing = scale - shares.reduce((s, x) => s + x, 0n);
  // remainder of each share, as a fraction with the common denominator |total|: (a*scale mod total) / total
  const order = exact
    .map((e, i) => ({ i, rem: rat(e.n - floor(e) * e.d, e.d) }))
    .sort((x, y) => {
      const l = x.rem.n * y.rem.d;
      const r = y.rem.n * x.rem.d;
      return l > r ? -1 : l < r ? 1 : x.i - y.i;
    });
  for (const { i } of order) {
    if (missing <= 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    missing -= 1n;
  }
  return shares;
}
