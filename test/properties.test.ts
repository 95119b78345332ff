/**
 * Property tests (fast-check) over randomly generated, valid case files read through the real reader:
 * every figure (per case, per law, per payer, totals, mean) equals a recomputation from the generated
 * lines with BigInt arithmetic written here, independent of src/; the order of files changes no output
 * byte; scaling a rate by k scales its lines exactly; and random mutations of valid files never crash
 * the program (only exit 0 or 1 with `file:line:col: message` lines).
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
const main = await bundledMain();
import { SCENARIOS } from '../src/data/model.js';
import { type PricedCase, priceAll } from '../src/data/pricing.js';
import { loadInputs } from '../src/read/load.js';
import { mul, rat } from '../src/data/rational.js';
import { calcReport } from '../src/reports/calc.js';
import { type CaseBody, type ItemLineT, type RateLineT, cases, mutate, mutation } from './arbitraries.js';
import { MINI_RATES, bundledMain, run } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function freshDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-prop-'));
  dirs.push(dir);
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  return dir;
}

function load(files: { id: string; yaml: string }[], rates = MINI_RATES) {
  const dir = freshDir({ 'rates.yaml': rates, ...Object.fromEntries(files.map((f) => [`${f.id}.yaml`, f.yaml])) });
  const inputs = loadInputs(files.map((f) => `${f.id}.yaml`), { rates: ['rates.yaml'], cwd: dir });
  const { priced, diagnostics } = priceAll(inputs.cases, inputs.rateSets);
  expect([...inputs.diagnostics, ...diagnostics].map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([]);
  return { inputs, priced };
}

// ------------------------------------------------------------------- the oracle, independent of src/
// MINI_RATES as plain data: unit, price in cents, law, payer (test/helpers.ts).
const MINI: Record<string, { unit: string; cents: bigint; law: string; payer: string }> = {
  ots: { unit: 'month', cents: 60000n, law: 'Jeugdwet', payer: 'gemeente' },
  ambulant: { unit: 'hour', cents: 7800n, law: 'Jeugdwet', payer: 'gemeente' },
  'jeugdzorg-plus': { unit: 'day', cents: 70000n, law: 'Jeugdwet', payer: 'gemeente' },
  huisuitzetting: { unit: 'once', cents: 750000n, law: 'Wmo', payer: 'gemeente' },
};
/** A fraction [numerator, denominator] of plain bigints, never reduced. */
type Frac = [bigint, bigint];
const times = (...fs: Frac[]): Frac => fs.reduce(([a, b], [c, d]) => [a * c, b * d], [1n, 1n]);
/** "0.35" → 35/100, "1" → 1/1, exactly. */
const decimal = (s: string): Frac => {
  const [int, frac = ''] = s.split('.');
  return [BigInt(int! + frac), 10n ** BigInt(frac.length)];
};
/** Days in a generated duration: a month is 365/12 days (docs/arithmetic.md), a week 7. */
const daysOf = (text: string): Frac => {
  const [n, unit] = text.split(' ');
  const k = BigInt(n!);
  return unit!.startsWith('m') ? [365n * k, 12n] : unit === 'weken' ? [7n * k, 1n] : [k, 1n];
};
const HORIZON = daysOf('12 months');
/** Rounded once to whole cents, half away from zero (every generated cost is ≥ 0). */
const roundCents = ([n, d]: Frac): bigint => (2n * n + d) / (2n * d);

/** One generated line's cost in cents, its law and payer: price × quantity × count × chance. */
function expectedLine(l: RateLineT | ItemLineT): { cents: bigint; law: string; payer: string } {
  const rate = 'rate' in l ? MINI[l.rate]! : undefined;
  const unit = rate ? rate.unit : (l as ItemLineT).unit;
  const price: Frac = l.price !== undefined ? times(decimal(l.price), [100n, 1n]) : [rate!.cents, 1n];
  const days = 'rate' in l && l.for && l.rate !== 'huisuitzetting' ? daysOf(l.for) : HORIZON;
  let quantity: Frac;
  if (unit === 'once') quantity = [1n, 1n];
  else if (unit === 'day') quantity = days;
  else if (unit === 'month') quantity = times(days, [12n, 365n]);
  else {
    const h = (l as RateLineT).hours; // hour: "N" hours in all, or "N per week"
    quantity = h.endsWith('per week') ? times([BigInt(h.split(' ')[0]!), 1n], days, [1n, 7n]) : [BigInt(h), 1n];
  }
  const cents = roundCents(times(price, quantity, [BigInt(l.count ?? 1), 1n], l.chance ? decimal(l.chance) : [1n, 1n]));
  return { cents, law: rate ? rate.law : (l as ItemLineT).law, payer: rate ? rate.payer : (l as ItemLineT).payer };
}

interface Expected {
  current: bigint;
  threat: bigint;
  breakthrough: bigint;
  baten: bigint;
  besparing: bigint;
}
const withDerived = (current: bigint, threat: bigint, breakthrough: bigint): Expected => ({
  current,
  threat,
  breakthrough,
  baten: threat - breakthrough,
  besparing: current - breakthrough,
});

/** Every figure of the calc report, recomputed from the generated cases. */
function expectedReport(files: { id: string; body: CaseBody }[]) {
  const rows: Array<Expected & { id: string }> = [];
  const groups = { law: new Map<string, bigint[]>(), payer: new Map<string, bigint[]>() };
  for (const f of files) {
    const sums = [0n, 0n, 0n];
    (['current', 'threat', 'breakthrough'] as const).forEach((s, k) => {
      for (const l of f.body[s]) {
        const e = expectedLine(l);
        sums[k]! += e.cents;
        for (const [by, key] of [['law', e.law], ['payer', e.payer]] as const) {
          const g = groups[by].get(key) ?? [0n, 0n, 0n];
          g[k]! += e.cents;
          groups[by].set(key, g);
        }
      }
    });
    rows.push({ id: f.id, ...withDerived(sums[0]!, sums[1]!, sums[2]!) });
  }
  let [current, threat, breakthrough] = [0n, 0n, 0n];
  for (const r of rows) [current, threat, breakthrough] = [current + r.current, threat + r.threat, breakthrough + r.breakthrough];
  const totals = { cases: rows.length, ...withDerived(current, threat, breakthrough) };
  const mean = roundCents([totals.baten < 0n ? -totals.baten : totals.baten, BigInt(rows.length)]);
  const grouped = (m: Map<string, bigint[]>) =>
    Object.fromEntries([...m].filter(([, g]) => g.some((x) => x !== 0n)).map(([k, g]) => [k, withDerived(g[0]!, g[1]!, g[2]!)]));
  return { rows, totals, meanBaten: totals.baten < 0n ? -mean : mean, byLaw: grouped(groups.law), byPayer: grouped(groups.payer) };
}

interface CalcJson {
  cases: Array<{ id: string } & Record<keyof Expected, number>>;
  totals: { cases: number; mean_baten: number } & Record<keyof Expected, number>;
  breakdowns: { all: { by_law: Array<{ law: string } & Record<keyof Expected, number>>; by_payer: Array<{ payer: string } & Record<keyof Expected, number>> } };
}
const AMOUNTS = ['current', 'threat', 'breakthrough', 'baten', 'besparing'] as const;
const big = (o: Record<keyof Expected, number>): Expected => Object.fromEntries(AMOUNTS.map((k) => [k, BigInt(o[k])])) as unknown as Expected;

const RUNS = { numRuns: 40 };

describe('properties of the arithmetic', () => {
  it('every figure equals a recomputation from the generated lines (report and calc --format json)', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (files) => {
        const want = expectedReport(files);
        // The report as computed in-process from the reader's model ...
        const { priced, inputs } = load(files);
        const r = calcReport(priced, inputs.cohorts);
        expect(r.rows.map((x) => ({ id: x.id, ...Object.fromEntries(AMOUNTS.map((k) => [k, x[k]])) }))).toEqual(want.rows);
        expect({ cases: r.totals.cases, ...Object.fromEntries(AMOUNTS.map((k) => [k, r.totals[k]])) }).toEqual(want.totals);
        expect(r.totals.meanBatenCents).toBe(want.meanBaten);
        // ... and as the CLI writes it, per case, in total and per law and payer.
        const dir = freshDir({ 'rates.yaml': MINI_RATES, ...Object.fromEntries(files.map((f) => [`${f.id}.yaml`, f.yaml])) });
        const res = await run(['calc', '.', '--rates', 'rates.yaml', '--format', 'json'], { cwd: dir });
        expect(res.stderr).toBe('');
        const j = JSON.parse(res.stdout) as CalcJson;
        expect(j.cases.map((c) => ({ id: c.id, ...big(c) }))).toEqual(want.rows);
        expect({ cases: j.totals.cases, ...big(j.totals) }).toEqual(want.totals);
        expect(BigInt(j.totals.mean_baten)).toBe(want.meanBaten);
        const nonZero = <T extends Record<keyof Expected, number>>(gs: T[], key: (g: T) => string) =>
          Object.fromEntries(gs.filter((g) => AMOUNTS.some((k) => g[k] !== 0)).map((g) => [key(g), big(g)]));
        expect(nonZero(j.breakdowns.all.by_law, (g) => g.law)).toEqual(want.byLaw);
        expect(nonZero(j.breakdowns.all.by_payer, (g) => g.payer)).toEqual(want.byPayer);
      }),
      RUNS,
    );
  });

  it('scaling a rate by k scales each of its lines exactly (before rounding), and nothing else', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 2, max: 25 }), fc.constantFrom('ots', 'ambulant', 'jeugdzorg-plus', 'huisuitzetting'), (files, k, id) => {
        const base = load(files);
        // The same table with the one rate's price times k (prices in MINI_RATES are whole euros).
        const scaled = MINI_RATES.replace(new RegExp(`(- id: ${id}\\n(?:    .*\\n)*?    price: )(\\d+)`), (_m, pre: string, p: string) => `${pre}${Number(p) * k}`);
        expect(scaled).not.toBe(MINI_RATES);
        const after = load(files, scaled);
        for (const [i, p] of base.priced.entries()) {
          const q = after.priced[i]!;
          for (const s of SCENARIOS) {
            p.lines[s].forEach((l, j) => {
              const m = q.lines[s][j]!;
              const affected = l.rate?.id === id && !l.override;
              expect(m.exactCents).toEqual(affected ? mul(l.exactCents, rat(k)) : l.exactCents);
            });
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the order of the files changes no output byte', async () => {
    await fc.assert(
      fc.asyncProperty(cases, fc.context(), async (files, ctx) => {
        const perm = [...files].reverse();
        const rot = [...files.slice(1), ...files.slice(0, 1)];
        const dir = freshDir({ 'rates.yaml': MINI_RATES, ...Object.fromEntries(files.map((f) => [`${f.id}.yaml`, f.yaml])) });
        const outputs: string[] = [];
        for (const order of [files, perm, rot]) {
          for (const format of ['json', 'table', 'csv', 'md']) {
            const out: string[] = [];
            const io = { out: (s: string) => void out.push(s), err: (s: string) => void out.push(`ERR ${s}`), env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };
            const status = await main(['calc', ...order.map((f) => `${f.id}.yaml`), '--rates', 'rates.yaml', '--format', format], io);
            expect(status).toBe(0);
            outputs.push(`${format}\n${out.join('')}`);
          }
        }
        ctx.log(`${files.length} files`);
        expect(outputs.slice(4)).toEqual([...outputs.slice(0, 4), ...outputs.slice(0, 4)]);
      }),
      { numRuns: 20 },
    );
  });
});

/** A problem line: `path: message` or `path:line:col: message` (warnings included). */
const LINE_RE = /^[^\s:][^:]*(?::\d+:\d+)?: \S/;

describe('random mutations of valid files never crash', () => {
  const valid = fc.tuple(cases, fc.array(mutation, { minLength: 1, maxLength: 6 }));

  it('in-process: exit 0 or 1, and every stderr line is a problem line', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(valid, fc.boolean(), async ([files, ms], mutateRates) => {
        const target = files[0]!;
        const dir = freshDir({
          'rates.yaml': mutateRates ? mutate(MINI_RATES, ms) : MINI_RATES,
          ...Object.fromEntries(files.map((f) => [`${f.id}.yaml`, f === target && !mutateRates ? mutate(f.yaml, ms) : f.yaml])),
        });
        const out: string[] = [];
        const err: string[] = [];
        const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };
        const status = await main(['calc', '.', '--rates', 'rates.yaml', '--format', 'json'], io);
        const stderr = err.join('');
        seen.add(status);
        expect([0, 1], stderr).toContain(status);
        expect(stderr).not.toMatch(/\n\s+at |interne fout|internal error/);
        for (const l of stderr.split('\n').filter(Boolean)) expect(l).toMatch(LINE_RE);
        if (status === 1) expect(stderr).not.toBe('');
        if (status === 0) expect(() => JSON.parse(out.join(''))).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // The mutations must reach both outcomes, or the property tests nothing.
    expect([...seen].sort()).toEqual([0, 1]);
  }, 120_000);

  it('through the bundled CLI: a few mutated files, no crash and no stack trace', async () => {
    const samples = fc.sample(valid, { numRuns: 6, seed: 5 });
    const results = await Promise.all(
      samples.map(([files, ms]) => {
        const dir = freshDir({ 'rates.yaml': MINI_RATES, ...Object.fromEntries(files.map((f, i) => [`${f.id}.yaml`, i === 0 ? mutate(f.yaml, ms) : f.yaml])) });
        return run(['calc', '.', '--rates', 'rates.yaml'], { cwd: dir });
      }),
    );
    for (const r of results) {
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at |interne fout|node:internal/);
      for (const l of r.stderr.split('\n').filter(Boolean)) expect(l).toMatch(LINE_RE);
    }
  }, 60_000);
});
