/**
 * Generators shared by the property tests (test/properties.test.ts) and the fast/exact reading
 * comparison (test/fast-read.test.ts): random valid case files, and random mutations of a file.
 */
import fc from 'fast-check';
import { SCENARIOS } from '../src/data/model.js';

// ------------------------------------------------------------------------------------ generators
const chance = fc.integer({ min: 1, max: 20 }).map((n) => (n === 20 ? '1' : (n / 20).toString()));
const forDur = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((n) => `${n} ${n === 1 ? 'month' : 'maanden'}`),
  fc.integer({ min: 1, max: 52 }).map((n) => `${n} weken`),
  fc.integer({ min: 1, max: 365 }).map((n) => `${n} days`),
);
const price = fc.integer({ min: 0, max: 2_000_000 }).map((c) => (c / 100).toFixed(2));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const rateLine = fc.record({
  rate: fc.constantFrom('ots', 'ambulant', 'jeugdzorg-plus', 'huisuitzetting'),
  for: opt(forDur),
  count: opt(fc.integer({ min: 1, max: 5 })),
  chance: opt(chance),
  price: opt(price),
  hours: fc.oneof(fc.integer({ min: 1, max: 40 }).map(String), fc.integer({ min: 1, max: 8 }).map((n) => `${n} per week`)),
});
const itemLine = fc.record({
  item: fc.constantFrom('Vloer', 'Container', 'Huur', 'Fiets'),
  price,
  unit: fc.constantFrom('once', 'month', 'day'),
  law: fc.constantFrom('Jeugdwet', 'Wmo', 'Participatiewet'),
  payer: fc.constantFrom('gemeente', 'rijk'),
  count: opt(fc.integer({ min: 1, max: 3 })),
  chance: opt(chance),
});

export type RateLineT = typeof rateLine extends fc.Arbitrary<infer T> ? T : never;
export type ItemLineT = typeof itemLine extends fc.Arbitrary<infer T> ? T : never;

function lineYaml(l: RateLineT | ItemLineT): string {
  const f: string[] = [];
  if ('rate' in l) {
    f.push(`rate: ${l.rate}`);
    if (l.rate === 'ambulant') f.push(`hours: ${l.hours}`);
    if (l.for && l.rate !== 'huisuitzetting') f.push(`for: ${l.for}`);
    if (l.price) f.push(`price: ${l.price}`);
  } else {
    f.push(`item: ${l.item}`, `price: ${l.price}`, `unit: ${l.unit}`, `law: ${l.law}`, `payer: ${l.payer}`);
  }
  if (l.count) f.push(`count: ${l.count}`);
  if (l.chance) f.push(`chance: ${l.chance}`);
  return `  - ${f.join('\n    ')}\n`;
}
const scenario = fc.array(fc.oneof(rateLine, itemLine), { maxLength: 4 });
const caseBody = fc.record({ current: scenario, threat: scenario, breakthrough: scenario });
function caseYaml(id: string, c: { current: (RateLineT | ItemLineT)[]; threat: (RateLineT | ItemLineT)[]; breakthrough: (RateLineT | ItemLineT)[] }): string {
  let s = `case: ${id}\ntitle: Casus ${id}\nhorizon: 12 months\n`;
  for (const sc of SCENARIOS) s += c[sc].length ? `${sc}:\n${c[sc].map(lineYaml).join('')}` : `${sc}: []\n`;
  return s;
}
export type CaseBody = typeof caseBody extends fc.Arbitrary<infer T> ? T : never;
export const cases = fc.array(caseBody, { minLength: 1, maxLength: 5 }).map((cs) => cs.map((c, i) => ({ id: `c-${i + 1}`, yaml: caseYaml(`c-${i + 1}`, c), body: c })));

// --------------------------------------------------------------------------------------- mutations
const TOKENS = ['\t', ':', ': ', '-', '- ', '"', "'", '[', ']', '{', '}', '&a', '*a', '!', '#', '\n', '  ', '0', '-1', '1e400', '.nan', '~', 'null', '__proto__', '\u0000', '\uFEFF', 'é', '\r\n', '---\n', '? ', '|', '>'];
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('dupline' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swaplines' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

export function mutate(text: string, ms: readonly Mutation[]): Buffer {
  let b = Buffer.from(text, 'utf8');
  for (const m of ms) {
    const at = b.length ? m.at % (b.length + 1) : 0;
    if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.text, 'utf8'), b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
    else if (m.kind === 'byte') b = Buffer.concat([b.subarray(0, at), Buffer.from([m.byte]), b.subarray(at)]);
    else {
      const lines = b.toString('latin1').split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'dupline') lines.splice(i, 0, lines[i]!);
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      b = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return b;
}

