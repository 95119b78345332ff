/**
 * Property tests (fast-check) over randomly generated, valid case files read through the real reader:
 * totals are sums of cases; baten = threat − breakthrough per case and per law; the order of files
 * changes no output byte; scaling a rate by k scales its lines exactly; and random mutations of valid
 * files never crash the program (only exit 0 or 1 with `file:line:col: message` lines).
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { loadAndPrice } from '../src/cli/load-and-price.js';
import { SCENARIOS } from '../src/data/model.js';
import type { PricedCase } from '../src/data/pricing.js';
import { mul, rat } from '../src/data/rational.js';
import { calcReport } from '../src/reports/calc.js';
import { cases, mutate, mutation } from './arbitraries.js';
import { MINI_RATES, runAsync } from './helpers.js';

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
  const loaded = loadAndPrice(files.map((f) => `${f.id}.yaml`), ['rates.yaml'], dir);
  expect(loaded.all.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([]);
  return loaded;
}

/** Per-law sums of one scenario's line costs, computed here from PricedLine.law. */
function byLaw(p: PricedCase, s: 'threat' | 'breakthrough'): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const l of p.lines[s]) m.set(l.law, (m.get(l.law) ?? 0n) + l.costCents);
  return m;
}

const RUNS = { numRuns: 40 };

describe('properties of the arithmetic', () => {
  it('totals equal the sum of the cases; baten = threat − breakthrough per case and per law', () => {
    fc.assert(
      fc.property(cases, (files) => {
        const { priced, inputs } = load(files);
        const r = calcReport(priced, inputs.cohorts);
        expect(r.rows.length).toBe(files.length);
        for (const k of ['current', 'threat', 'breakthrough', 'baten', 'besparing'] as const) {
          expect(r.totals[k]).toBe(r.rows.reduce((a, x) => a + x[k], 0n));
        }
        let lawTotal = 0n;
        for (const p of priced) {
          expect(p.baten).toBe(p.totals.threat - p.totals.breakthrough);
          expect(p.besparing).toBe(p.totals.current - p.totals.breakthrough);
          for (const s of SCENARIOS) expect(p.totals[s]).toBe(p.lines[s].reduce((a, l) => a + l.costCents, 0n));
          const t = byLaw(p, 'threat');
          const b = byLaw(p, 'breakthrough');
          let perLaw = 0n;
          for (const law of new Set([...t.keys(), ...b.keys()])) perLaw += (t.get(law) ?? 0n) - (b.get(law) ?? 0n);
          expect(perLaw).toBe(p.baten);
          lawTotal += perLaw;
        }
        expect(lawTotal).toBe(r.totals.baten);
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

// --------------------------------------------------------------------------------------- mutations
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

  it('through the real CLI: a few mutated files, no crash and no stack trace', async () => {
    const samples = fc.sample(valid, { numRuns: 6, seed: 5 });
    const results = await Promise.all(
      samples.map(([files, ms]) => {
        const dir = freshDir({ 'rates.yaml': MINI_RATES, ...Object.fromEntries(files.map((f, i) => [`${f.id}.yaml`, i === 0 ? mutate(f.yaml, ms) : f.yaml])) });
        return runAsync(['calc', '.', '--rates', 'rates.yaml'], { cwd: dir });
      }),
    );
    for (const r of results) {
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at |interne fout|node:internal/);
      for (const l of r.stderr.split('\n').filter(Boolean)) expect(l).toMatch(LINE_RE);
    }
  }, 60_000);
});
