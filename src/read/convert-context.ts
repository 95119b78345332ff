/**
 * The context of one file's conversion (src/read/convert.ts, convert-economics.ts): positions of keys
 * and values, diagnostics, and the value parsers that report their own problems (money, durations).
 */
import { type Diagnostic, type Position, diag } from '../data/diagnostic.js';
import { type Duration, UNIT_WORDS, isDuration, parseDuration } from '../data/duration.js';
import { fromNumber, hasAtMostDecimals, mul, rat, roundHalfAwayFromZero } from '../data/rational.js';
import { closest } from '../data/suggest.js';
import { type PathSeg, positionOf, sourceOf } from './yaml.js';
import { FastParsed, type Parsed } from './fast.js';

/** A number written as a plain decimal: 163.59, 9000, -5, +2.5, .5 (no exponent, hex, octal or .inf). */
const PLAIN_DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Largest price accepted on one unit: € 100 million. */
const MAX_PRICE_EUROS = 100_000_000;

export class Ctx {
  readonly out: Diagnostic[] = [];
  constructor(readonly p: Parsed) {}
  at(path: readonly PathSeg[], key = false): Position {
    return this.p instanceof FastParsed ? this.p.at(path, key) : positionOf(this.p, path, key);
  }
  err(path: readonly PathSeg[], code: string, args: Record<string, string | number | readonly string[]> = {}, key = false): void {
    this.out.push(diag(this.at(path, key), code, args));
  }

  /** A number as the user wrote it (`1e400`, not `Infinity`). */
  shown(v: number, path: readonly PathSeg[]): string {
    return sourceOf(this.p instanceof FastParsed ? this.p.exact() : this.p, path) ?? String(v);
  }

  /** Euros with at most two decimals, >= 0, as cents. */
  money(v: number, path: readonly PathSeg[]): bigint | undefined {
    const shown = (): string => this.shown(v, path); // only when a message needs it
    const key = String(path[path.length - 1]);
    if (Number.isNaN(v)) {
      this.err(path, 'value.not_a_number', { key, value: shown() });
      return undefined;
    }
    if (!Number.isFinite(v) || Math.abs(v) > MAX_PRICE_EUROS) {
      this.err(path, 'value.too_large', { value: shown() });
      return undefined;
    }
    if (v < 0) {
      this.err(path, 'value.negative', { key, value: shown() });
      return undefined;
    }
    // The number as written: 1e-400 is 0 as a float, 0x10 is 16; only a plain decimal is an amount.
    // (A number read on the fast path is a plain decimal already: src/read/fast.ts PLAIN_NUMBER.)
    const raw = this.p instanceof FastParsed ? undefined : sourceOf(this.p, path, Infinity);
    if (raw !== undefined && !PLAIN_DECIMAL.test(raw)) {
      this.err(path, 'value.not_decimal', { key, value: shown() });
      return undefined;
    }
    const r = fromNumber(v);
    if (!r || !hasAtMostDecimals(r, 2)) {
      this.err(path, 'value.precision', { key, value: shown() });
      return undefined;
    }
    return roundHalfAwayFromZero(mul(r, rat(100)));
  }

  duration(v: unknown, path: readonly PathSeg[]): Duration | undefined {
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    const d = parseDuration(v);
    if (isDuration(d)) return d;
    switch (d.kind) {
      case 'unit':
        this.err(path, 'value.duration_unit', { text: d.text, unit: d.unit, suggestions: closest(d.unit.toLowerCase(), Object.keys(UNIT_WORDS), 2) });
        break;
      case 'nonpositive':
        this.err(path, 'value.duration_nonpositive', { text: d.text });
        break;
      case 'no-unit':
        this.err(path, 'value.duration_no_unit', { text: d.text });
        break;
      default:
        this.err(path, 'value.duration_format', { text: d.text });
    }
    return undefined;
  }
}
