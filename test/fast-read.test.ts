/**
 * The two speeds of reading (src/read/fast.ts) must be one reader to the user: on every input the
 * tests know, the fast path (js-yaml, plain data, positions from parse events) and the exact path (the
 * `yaml` syntax tree, as before) accept and refuse the same files with the same messages and give the
 * same domain objects, byte for byte. And whenever the fast path accepts a file, the exact path reads it
 * without a single message: that is what makes "any problem → read it again exactly" sound.
 *
 * Inputs: YAML edge cases where js-yaml and `yaml` differ, the bad-input corpus, random mutations of
 * valid files (the property tests' generators), the bundled cases and tables, the test fixtures and
 * generated cases; then whole CLI runs, in every format, with the fast path on and off.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (the benchmark's generator)
import { generate } from '../bench/generate.mjs';
import { main } from '../src/cli/main.js';
import type { Cohort } from '../src/data/model.js';
import { convertCase, convertCohort, convertRates } from '../src/read/convert.js';
import { FastParsed, parseFast, setFastReading } from '../src/read/fast.js';
import { readInputFile } from '../src/read/load.js';
import { setPrecompiled } from '../src/read/precompiled.js';
import type { FileKind } from '../src/data/inputs.js';
import { type ParsedYaml, type PathSeg, parseYaml, positionOf } from '../src/read/yaml.js';
import { cases, mutate, mutation } from './arbitraries.js';
import { CORPUS } from './bad-input/corpus.js';
import { FIXTURES, MINI_RATES, ROOT, runProcess } from './helpers.js';

/**
 * Random samples per run of the suite; FASTREAD_RUNS=50000 (and FASTREAD_SEED) for a longer run by hand
 * (docs/performance.md lists those done).
 */
const MUTATION_RUNS = Number(process.env.FASTREAD_RUNS ?? 600);
const TEXT_RUNS = Number(process.env.FASTREAD_RUNS ?? 1000);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })), 60_000);
const scratch = mkdtempSync(join(tmpdir(), 'doorbraak-fastread-'));
dirs.push(scratch);

/** Read with the fast path on or off; the bundled tables from their YAML, not as compiled at build time (test/precompiled.test.ts). */
function withFast<T>(on: boolean, f: () => T): T {
  const was = setFastReading(on);
  const pre = setPrecompiled(false);
  try {
    return f();
  } finally {
    setFastReading(was);
    setPrecompiled(pre);
  }
}
async function withFastAsync<T>(on: boolean, f: () => Promise<T>): Promise<T> {
  const was = setFastReading(on);
  try {
    return await f();
  } finally {
    setFastReading(was);
  }
}

/** Exact reading of a cohort with a short horizon, so that horizon-dependent checks are exercised too. */
const SHORT = (() => {
  const abs = join(scratch, 'cohort.yaml');
  writeFileSync(abs, 'cohort: kort\nhorizon: 2 months\n');
  const { entry } = withFast(false, () => readInputFile(abs, 'cohort.yaml'));
  const c = convertCohort(entry.parsed!, abs).cohort;
  if (!c) throw new Error('test cohort');
  return c;
})();

/** Everything readInputFile and the converters make of one file, with or without the fast path. */
function readAll(abs: string, shown: string, fast: boolean, expectKind?: FileKind) {
  return withFast(fast, () => {
    const { entry, diagnostics } = readInputFile(abs, shown, expectKind);
    const p = entry.parsed;
    const converted: unknown[] = [];
    if (p && entry.kind === 'case') for (const cohort of [undefined, SHORT] as Array<Cohort | undefined>) converted.push(convertCase(p, cohort));
    if (p && entry.kind === 'cohort') converted.push(convertCohort(p, abs));
    if (p && entry.kind === 'rates') converted.push(convertRates(p));
    return { tookFast: p instanceof FastParsed, parsed: p, result: { kind: entry.kind, file: entry.file, parsed: !!p, diagnostics, converted } };
  });
}

/** JSON with bigint, keeping key order (output depends on it). */
const ser = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

const stats = { fast: 0, exact: 0 };
/** Read `abs` both ways and require the same; answers whether the fast path took it. */
function same(abs: string, shown = relative(scratch, abs), expectKind?: FileKind): boolean {
  const f = readAll(abs, shown, true, expectKind);
  const e = readAll(abs, shown, false, expectKind);
  expect(e.tookFast).toBe(false);
  expect(ser(f.result), shown).toBe(ser(e.result));
  expect(f.result).toStrictEqual(e.result);
  if (f.tookFast) {
    // Accepted fast: the exact path has not a word to say about the file itself.
    expect(e.result.diagnostics, shown).toEqual([]);
    expect(e.result.parsed).toBe(true);
    samePositions(f.parsed as FastParsed, e.parsed as ParsedYaml);
    stats.fast++;
  } else stats.exact++;
  return f.tookFast;
}

/** Every node's position (and every key's) as positionOf on the exact reading gives it, and a few paths that do not exist. */
function samePositions(f: FastParsed, e: ParsedYaml): void {
  const walk = (v: unknown, path: PathSeg[]): void => {
    expect(f.at(path), path.join('.')).toEqual(positionOf(e, path));
    expect(f.at([...path, 'nope'], true)).toEqual(positionOf(e, [...path, 'nope'], true));
    expect(f.at([...path, 99])).toEqual(positionOf(e, [...path, 99]));
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        expect(f.at([...path, k], true), `${path.join('.')}.${k} (key)`).toEqual(positionOf(e, [...path, k], true));
        walk(x, [...path, k]);
      }
    }
  };
  walk(f.data, []);
}

let n = 0;
function sameText(text: string | Uint8Array, expectKind?: FileKind): boolean {
  // A few names in turn, so that thousands of samples leave few files behind.
  const abs = join(scratch, `t${n++ % 64}.yaml`);
  writeFileSync(abs, text);
  return same(abs, relative(scratch, abs), expectKind);
}

// ------------------------------------------------------------------------------------ edge cases
const BASE = `case: c-1
title: Titel
horizon: 12 months
values:
  betrokkenheid: Werkt mee
current:
  - rate: ots
    for: 3 months
    note: Een notitie
threat:
  - rate: jeugdzorg-plus
    for: 2 months
    chance: 0.5
breakthrough:
  - item: Vloer
    price: 900.5
    law: Wmo
    payer: gemeente
`;
/** BASE with one value replaced (`key: old` → `key: new`, first occurrence). */
const put = (key: string, value: string): string => {
  const re = new RegExp(`^(\\s*(?:- )?${key}:)[^\\n]*$`, 'm');
  if (!re.test(BASE)) throw new Error(key);
  return BASE.replace(re, (_m, k: string) => `${k} ${value}`);
};

/** [name, text, taken by the fast path?] */
const EDGES: Array<[string, string | Buffer, boolean]> = [
  ['the base case', BASE, true],
  // duplicate keys
  ['duplicate top-level key', BASE.replace('title: Titel\n', 'title: Titel\ntitle: Ander\n'), false],
  ['duplicate key in a line', BASE.replace('    note: Een notitie\n', '    note: Een notitie\n    note: Twee\n'), false],
  ['duplicate key in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  betrokkenheid: Werkt mee\n  betrokkenheid: Ook\n'), false],
  ['duplicate key in a flow mapping', put('values', '{ a: x, a: y }').replace('  betrokkenheid: Werkt mee\n', ''), false],
  // merge keys
  ['<< merge key in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  <<: { a: x }\n'), false],
  ['<< merge of an anchored line', BASE.replace('  - rate: ots\n', '  - &l\n    rate: ots\n').replace('  - rate: jeugdzorg-plus\n', '  - <<: *l\n    rate: jeugdzorg-plus\n'), false],
  ['quoted "<<" key', BASE.replace('  betrokkenheid: Werkt mee\n', '  "<<": x\n'), true],
  // anchors and aliases
  ['anchor and alias', put('title', '&t Titel').replace('  betrokkenheid: Werkt mee\n', '  betrokkenheid: *t\n'), false],
  ['anchor only', put('title', '&t Titel'), false],
  ['alias to nothing', put('title', '*t'), false],
  // booleans of YAML 1.1
  ['yes as title', put('title', 'yes'), true],
  ['no, on, off, y, n in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  a: no\n  b: on\n  c: off\n  d: y\n  e: N\n  f: Yes\n  g: OFF\n'), true],
  ['true as title', put('title', 'true'), false],
  ['False as note', put('note', 'False'), false],
  ['investment: true on a breakthrough item', BASE.replace('    payer: gemeente\n', '    payer: gemeente\n    investment: true\n'), true],
  ['investment: false', BASE.replace('    payer: gemeente\n', '    payer: gemeente\n    investment: false\n'), true],
  ['investment: True (capital)', BASE.replace('    payer: gemeente\n', '    payer: gemeente\n    investment: True\n'), false],
  ['investment: yes (YAML 1.1)', BASE.replace('    payer: gemeente\n', '    payer: gemeente\n    investment: yes\n'), false],
  // read fast; converting it finds the problem, so it is converted again from the exact reading
  ['investment: true on a threat line', BASE.replace('    chance: 0.5\n', '    chance: 0.5\n    investment: true\n'), true],
  ['null and ~', put('title', '~'), false],
  ['Null as note', put('note', 'Null'), false],
  ['empty value', put('note', ''), false],
  // numbers
  ['octal 0o7 count', put('for', '3 months\n    count: 0o7'), false],
  ['leading-zero count 010', put('for', '3 months\n    count: 010'), false],
  ['hex count', put('for', '3 months\n    count: 0x1F'), false],
  ['hex price', put('price', '0x10'), false],
  ['binary 0b11 (js-yaml only)', put('for', '3 months\n    count: 0b11'), false],
  ['underscores 1_000 (js-yaml only)', put('price', '1_000'), false],
  ['plus sign', put('for', '3 months\n    count: +5'), false],
  ['+.5 (yaml only)', put('chance', '+.5'), false],
  ['-0', put('price', '-0'), false],
  ['0.0 price', put('price', '0.0'), true],
  ['-0.0 price', put('price', '-0.0'), true],
  ['trailing dot 1.', put('for', '3 months\n    count: 1.'), false],
  ['leading dot .5', put('chance', '.5'), false],
  ['exponent', put('price', '1e3'), false],
  ['plain integer price', put('price', '900'), true],
  ['big integer', put('price', '99999999999999999999999'), false],
  ['.inf', put('price', '.inf'), false],
  ['-.inf count', put('for', '3 months\n    count: -.inf'), false],
  ['.NaN', put('chance', '.NaN'), false],
  ['quoted number', put('chance', '"0.5"'), false],
  ['number as title', put('title', '2024'), false],
  ['number-like text 1.2.3', put('title', '1.2.3'), true],
  // tags
  ['!!str tag', put('title', '!!str 5'), false],
  ['!!int on a quoted count', put('for', '3 months\n    count: !!int "3"'), false],
  ['unknown tag', put('title', '!geheim T'), false],
  ['!!map tag', put('values', '!!map { a: b }').replace('  betrokkenheid: Werkt mee\n', ''), false],
  ['!!float tag', put('price', '!!float 5'), false],
  ['!!binary tag', put('title', '!!binary aGFsbG8='), false],
  ['!!set', put('values', '!!set { a, b }').replace('  betrokkenheid: Werkt mee\n', ''), false],
  // timestamps: a date to the day is text to both (js-yaml's Date is replaced by its text); with a time, exact
  ['date as title', put('title', '2024-01-01'), true],
  ['timestamp as note', put('note', '2024-01-01T10:00:00Z'), false],
  ['date in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  datum: 2024-01-01\n'), true],
  ['dates in a block list', BASE.replace('horizon: 12 months\n', 'horizon: 12 months\nproblems:\n  - 2024-01-01\n  - wonen\n  - 2024-02-01\n'), true],
  ['dates in a flow list', BASE.replace('horizon: 12 months\n', 'horizon: 12 months\nkind: [2024-01-01, wonen]\n'), true],
  ['short date (2024-1-1)', put('title', '2024-1-1'), true],
  // the dates of a case's course (docs/tracking.md)
  ['course dates in a flow mapping', BASE.replace('horizon: 12 months\n', 'horizon: 12 months\nstatus: lopend\ndates: { start: 2024-01, breakthrough: 2024-03-01 }\n'), true],
  ['course dates in block style', BASE.replace('horizon: 12 months\n', 'horizon: 12 months\ndates:\n  start: 2024-01-15\n  breakthrough: 2024-03-01\n'), true],
  [
    'a follow-up on a date',
    BASE.replace('horizon: 12 months\n', 'horizon: 12 months\ndates: { breakthrough: 2024-03-01 }\nfollowup:\n  - date: 2024-09-01\n    lines:\n      - rate: ots\n        for: 2 months\n'),
    true,
  ],
  ['an impossible day (2024-02-30), read fast, refused when converted', BASE.replace('horizon: 12 months\n', 'horizon: 12 months\ndates: { breakthrough: 2024-02-30 }\n'), true],
  ['a course date with a time', BASE.replace('horizon: 12 months\n', 'horizon: 12 months\ndates: { breakthrough: 2024-03-01T10:00:00 }\n'), false],
  ['date-like text', put('title', '2024-01-01 overleg'), true],
  // BOM, line ends, documents
  ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BASE)]), true],
  ['BOM inside a value', put('title', 'Ti\uFEFFtel'), false],
  ['two BOMs', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(BASE)]), false],
  ['CRLF line ends', BASE.replace(/\n/g, '\r\n'), true],
  ['CRLF with a block scalar', put('note', '>-\n      Lang\n      verhaal').replace(/\n/g, '\r\n'), true],
  ['mixed line ends', BASE.replace('\n', '\r\n'), true],
  ['lone CR', BASE.replace('\n', '\r'), false],
  ['document start ---', `---\n${BASE}`, false],
  ['document end ...', `${BASE}...\n`, false],
  ['two documents', `${BASE}---\n${BASE}`, false],
  ['%YAML directive', `%YAML 1.2\n---\n${BASE}`, false],
  ['%YAML 1.1 directive', `%YAML 1.1\n---\n${BASE}`, false],
  // strings
  ['single quotes', put('title', "'Ti''tel: met dubbele punt'"), true],
  ['double quotes', put('title', '"Titel # geen commentaar"'), true],
  ['double quotes with an escape', put('title', '"Caf\\u00e9"'), false],
  ['double quotes with a tab escape', put('title', '"a\\tb"'), false],
  ['bad escape', put('title', '"C:\\map"'), false],
  ['quoted value across lines', put('title', '"Titel\n  verder"'), false],
  ['plain value across lines', put('note', 'Een\n      notitie'), false],
  ['comment glued to a quoted value', put('title', '"Titel"#c'), false],
  ['comment after a quoted value', put('title', '"Titel" # c'), true],
  ['comment after a plain value', put('title', 'Titel # c'), true],
  ['hash inside a plain value', put('title', 'Casus#1'), true],
  ['colon inside a plain value', put('title', 'a:b'), true],
  ['colon-space inside a plain value', put('title', 'a: b'), false],
  ['value ending in a colon', put('title', 'Titel:'), false],
  ['key without a space after the colon', BASE.replace('title: Titel', 'title:Titel'), false],
  ['unicode and NBSP', put('title', 'Één\u00a0huis — “groot” 🏠'), true],
  ['line separator U+2028', put('title', 'a\u2028b'), false],
  ['NEL U+0085', put('title', 'a\u0085b'), false],
  ['tab inside a value', put('title', 'a\tb'), false],
  ['tab indentation', BASE.replace('  - rate: ots', '\t- rate: ots'), false],
  ['value starting with @', put('title', '@home'), false],
  ['value starting with a backtick', put('title', '`x`'), false],
  ['value starting with %', put('title', '%x'), false],
  ['value starting with a comma', put('title', ',x'), false],
  ['value starting with -', put('title', '-x'), true],
  ['trailing spaces', put('title', 'Titel   '), true],
  ['__proto__ key', BASE.replace('title: Titel\n', 'title: Titel\n__proto__: { x: 1 }\n'), false],
  ['__proto__ in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  __proto__: x\n'), false],
  ['constructor key', BASE.replace('  betrokkenheid: Werkt mee\n', '  constructor: x\n'), true],
  ['numeric key in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  1: x\n'), false],
  ['quoted key in values', BASE.replace('  betrokkenheid: Werkt mee\n', '  "eigen regie": x\n'), true],
  ['key with spaces', BASE.replace('  betrokkenheid: Werkt mee\n', '  eigen regie: x\n'), true],
  ['explicit key ?', BASE.replace('  betrokkenheid: Werkt mee\n', '  ? betrokkenheid\n  : Werkt mee\n'), false],
  ['a list as a key', BASE.replace('title: Titel\n', 'title: Titel\n[a, b]: 1\n'), false],
  ['a key of 1100 characters', BASE.replace('  betrokkenheid: Werkt mee\n', `  ${'k'.repeat(1100)}: x\n`), false],
  ['a quoted key of 1100 characters', BASE.replace('  betrokkenheid: Werkt mee\n', `  "${'k'.repeat(1100)}": x\n`), false],
  ['a key of 990 characters', BASE.replace('  betrokkenheid: Werkt mee\n', `  ${'k'.repeat(990)}: x\n`), true],
  ['a key far from its colon', BASE.replace('  betrokkenheid: Werkt mee\n', `  "k"${' '.repeat(1100)}: x\n`), false],
  ['a dash as a value', put('title', '-'), false],
  ['a dash and a space as a value', put('title', '- x'), false],
  // block scalars
  ['folded >-', put('note', '>-\n      Een lange\n      notitie'), true],
  ['folded >', put('note', '>\n      Een lange\n      notitie'), true],
  ['literal |', put('note', '|\n      Regel 1\n      Regel 2'), true],
  ['literal |-', put('note', '|-\n      Regel 1\n      Regel 2'), true],
  ['keep |+', put('note', '|+\n      Regel 1\n'), false],
  ['indentation indicator |2', put('note', '|2\n        Regel 1'), false],
  ['block scalar with an empty line', put('note', '>-\n      Alinea 1\n\n      Alinea 2'), false],
  ['block scalar with a more indented line', put('note', '>-\n      Alinea 1\n        ingesprongen\n      Alinea 2'), false],
  ['block scalar with trailing spaces', put('note', '>-\n      Regel 1  \n      Regel 2'), false],
  ['block scalar with a comment on the header', put('note', '>- # c\n      Regel'), false],
  ['block scalar followed by empty lines', put('note', '|\n      Regel\n\n\n'), true],
  ['block scalar followed by a blank line with spaces', put('note', '|\n      Regel\n         \n'), false],
  ['empty block scalar', put('note', '|'), false],
  ['block scalar at the end of the file, no line break', `${BASE}    note: >-\n      Slot`, false],
  ['block scalar at the end of the file', `${BASE}    note: >-\n      Slot\n`, true],
  ['block scalar with # inside', put('note', '|-\n      # geen commentaar\n      Regel'), true],
  // flow collections
  ['empty flow lists', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: []\n'), true],
  ['flow list of flow mappings', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: [ { rate: ots, for: 3 months }, {rate: ots} ]\n'), true],
  ['flow mapping across lines', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: [ { rate: ots,\n    for: 3 months } ]\n'), false],
  ['flow list badly indented', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: [\n{ rate: ots } ]\n'), false],
  ['JSON-style flow mapping', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: [{"rate":"ots"}]\n'), false],
  ['trailing comma in a flow list', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: [ { rate: ots }, ]\n'), true],
  ['single pair in a flow list', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: [ rate: ots ]\n'), false],
  ['flow mapping with an implicit null', put('values', '{ a, b: c }').replace('  betrokkenheid: Werkt mee\n', ''), false],
  ['comment glued to a flow list', BASE.replace(/current:\n(?: {2}.*\n)+/, 'current: []#c\n'), false],
  // layout
  ['list at the same indentation as its key', BASE.replace('  - rate: ots\n    for: 3 months\n    note: Een notitie\n', '- rate: ots\n  for: 3 months\n  note: Een notitie\n'), true],
  ['item on the line after the dash', BASE.replace('  - rate: ots\n', '  -\n    rate: ots\n'), true],
  ['comments between everything', BASE.replace(/\n/g, '\n# c\n').replace('current:', 'current: # c'), true],
  ['comment lines indented oddly', BASE.replace('    for: 3 months\n', '  # c\n         # d\n    for: 3 months\n'), true],
  ['lists indented differently', BASE.replace('  - rate: jeugdzorg-plus\n    for: 2 months\n    chance: 0.5\n', '      - rate: jeugdzorg-plus\n        for: 2 months\n        chance: 0.5\n'), true],
  ['a line indented wrongly', BASE.replace('  - rate: jeugdzorg-plus', '   - rate: jeugdzorg-plus'), false],
  ['dashes not lined up in one list', BASE.replace('    note: Een notitie\n', '    note: Een notitie\n   - rate: ots\n'), false],
  ['deeper indentation', BASE.replace(/\n {2}(?=\S)/g, '\n      ').replace(/\n {4}(?=\S)/g, '\n        '), true],
  ['nested lists', BASE.replace('  betrokkenheid: Werkt mee\n', '  a:\n    - - x\n'), false],
  ['no newline at the end', BASE.trimEnd(), true],
  ['empty file', '', false],
  ['only comments', '# niets\n', false],
  ['a list', '- case: c-1\n', false],
  ['a scalar', 'case\n', false],
  ['unknown kind', 'casus: c-1\n', false],
  ['unknown key', BASE.replace('title:', 'titel:'), false],
  ['deep nesting', put('title', '['.repeat(40) + ']'.repeat(40)), false],
];

describe('fast and exact reading agree', () => {
  it.each(EDGES.map((e, i) => [i, e[0]] as const))('edge case %i: %s', (i) => {
    const [, text, fast] = EDGES[i]!;
    expect(sameText(text)).toBe(fast);
  });

  it('cohort and rate-table edge cases', () => {
    const cohorts: Array<[string, boolean]> = [
      ['cohort: k\ntitle: K\nhorizon: 6 months\nrates: ../r.yaml\npublished: { baten: 323005, cases: 6, source: "Zwolle 2024" }\n', true],
      ['cohort: k\nrates: [a.yaml, b.yaml]\ndeadweight: 0.1\nattribution: 0.8\n', true],
      ['cohort: k\npublished: { baten: 1_000, cases: 6, source: s }\n', false],
      ['cohort: k\ndeadweight: 1.5\n', true],
      ['cohort: k\nhorizon: 0 months\n', true],
    ];
    for (const [text, fast] of cohorts) {
      const abs = join(scratch, `k${n++}`, 'cohort.yaml');
      mkdirSync(join(abs, '..'));
      writeFileSync(abs, text);
      expect(same(abs, relative(scratch, abs), 'cohort'), text).toBe(fast);
    }
    const tables: Array<[string, boolean]> = [
      [MINI_RATES, true],
      [MINI_RATES.replace('price: 600', 'price: 600.005'), true],
      [MINI_RATES.replace('price: 600', 'price: 6e2'), false],
      [MINI_RATES.replace('    source: test\n', '    source: ""\n'), true],
      [MINI_RATES.replace('  - id: ambulant', '  - id: ots'), true],
      [MINI_RATES.replace('price_year: 2024', 'price_year: 2024\nlaws: [Jeugdwet, Wmo]\npayers: [gemeente]'), true],
      [MINI_RATES.replace('price_year: 2024', 'price_year: 2024\nlaws: [Jeugdwet]'), true],
      [MINI_RATES.replace('currency: EUR', 'currency: USD'), false],
      [MINI_RATES.replace('    unit: month', '    unit: maand'), false],
    ];
    for (const [text, fast] of tables) expect(sameText(text, 'rates'), text).toBe(fast);
  });

  it('the bad-input corpus, file by file', { timeout: 300_000 }, () => {
    let files = 0;
    for (const e of CORPUS) {
      for (const [rel, content] of Object.entries(e.files ?? {})) {
        if (!/\.ya?ml$/.test(rel)) continue;
        const abs = join(scratch, `corpus${n++}`, rel);
        mkdirSync(join(abs, '..'), { recursive: true });
        writeFileSync(abs, content);
        same(abs, rel, rel.includes('rates') ? 'rates' : undefined);
        files++;
      }
    }
    expect(files).toBeGreaterThan(60);
  });

  it('random mutations of valid case files and rate tables', () => {
    const before = { ...stats };
    fc.assert(
      fc.property(cases, fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (files, ms, rates) => {
        if (rates) sameText(mutate(MINI_RATES, ms), 'rates');
        else sameText(mutate(files[0]!.yaml, ms));
      }),
      { numRuns: MUTATION_RUNS, seed: Number(process.env.FASTREAD_SEED ?? 19) },
    );
    // The mutations must reach both paths, or the comparison proves little (at 2,000 runs: 80 and 1,000).
    expect(stats.fast - before.fast).toBeGreaterThan(MUTATION_RUNS * 0.04);
    expect(stats.exact - before.exact).toBeGreaterThan(MUTATION_RUNS * 0.5);
  }, 3_600_000);

  it('valid generated files all take the fast path', () => {
    fc.assert(
      fc.property(cases, (files) => {
        for (const f of files) expect(sameText(f.yaml)).toBe(true);
      }),
      { numRuns: 100, seed: 7 },
    );
  }, 300_000);

  it('the bundled cases and tables, the fixtures and 200 generated cases', () => {
    const gen = join(scratch, 'generated');
    (generate as (d: string, n: number, seed: number) => void)(gen, 200, 11);
    const all: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(name)) all.push(p);
      }
    };
    for (const d of [join(ROOT, 'cases'), join(ROOT, 'rates'), FIXTURES, gen]) walk(d);
    const slow: string[] = [];
    for (const abs of all) if (!same(abs, relative(ROOT, abs))) slow.push(relative(ROOT, abs));
    // Only the price index and its history fixtures take the exact path (not a case, cohort or table).
    expect(slow).toEqual(['rates/cpi-nl.yaml', 'test/fixtures/index-history/cpi-nl.08eb2aa.yaml', 'test/fixtures/index-history/cpi-nl.dc470f6.yaml']);
    expect(all.length).toBeGreaterThan(220);
  }, 300_000);
});

// ------------------------------------------------------------------------------- random YAML texts
/** Scalars as written: the forms where YAML 1.1 (js-yaml) and YAML 1.2 (`yaml`) readers part ways, and plain ones. */
const SCALARS = [
  'abc', 'a b', 'Één huis', '€ 5,50', 'yes', 'no', 'on', 'off', 'Y', 'n', 'true', 'True', 'FALSE', 'null', 'Null', '~', '',
  '0', '1', '-1', '+1', '007', '0o7', '0x1F', '0b11', '1_000', '1.5', '-1.5', '0.25', '.5', '+.5', '1.', '1e3', '1.5e-3', '-0', '-0.0',
  '.inf', '-.inf', '.nan', '.NaN', '99999999999999999999', '2024-01-01', '2024-01-01T10:00:00Z', '12:30', '1:20:30',
  '"q"', "'q'", "'it''s'", '"a\\"b"', '"\\u00e9"', '"a # b"', "'a: b'", '-x', '- x', '-', 'a:b', 'a#b', 'a #b', '@x', '`x`', '%x',
  '!x y', '!!str 5', '&a x', '*a', '<<', '=', '?x', 'a,b', 'a, b', '[a]', '{a: b}', '[]', '{}', '[a, b]', '[a,]', '{a: 1, b: [c]}',
  '[a, [b, c]]', '{a: }', '[a: b]', 'x ', 'a b', '"multi\n  line"', 'plain\n  continued',
];
const KEYS = ['a', 'b', 'case', 'title', 'a b', '"q"', "'q'", '"a: b"', '1', 'true', 'null', '~', '<<', '__proto__', 'constructor', '-a', '? x', '[k]', '"k"  '];

/** Mostly ordinary values and keys, so that many texts take the fast path; one in four from the lists above. */
const PLAIN = ['abc', 'Een notitie', '3 months', '12', '0.5', '900.25', '-3', '"quoted"', "'single'", 'ots', 'x-y_z.1'];
const scalar = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...SCALARS) });
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('rate', 'for', 'note', 'title', 'x1', 'y2', 'z3') }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) });

interface Tree {
  readonly kind: 'map' | 'seq' | 'scalar';
  readonly flow: boolean;
  readonly items: ReadonlyArray<readonly [string, Tree]>;
  readonly scalar: string;
}
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), flow: fc.boolean(), items: fc.constant([]), scalar: scalar }),
    fc.record({ kind: fc.constant('map' as const), flow: fc.boolean(), items: fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 4, selector: (e) => e[0] }), scalar: fc.constant('') }),
    fc.record({ kind: fc.constant('seq' as const), flow: fc.boolean(), items: fc.array(fc.tuple(fc.constant(''), tie('node')), { maxLength: 4 }), scalar: fc.constant('') }),
  ),
})).node;
const layout = fc.record({ indent: fc.integer({ min: 1, max: 4 }), crlf: fc.boolean(), comments: fc.boolean(), trailing: fc.boolean(), blockText: fc.constantFrom('none', '>-', '|', '>', '|-', '|+') });

/** Write a tree as YAML text: block or flow collections, comments, trailing spaces, CRLF, block scalars. */
function render(t: Tree, l: typeof layout extends fc.Arbitrary<infer L> ? L : never): string {
  const sp = (n: number): string => ' '.repeat(n);
  const scalarText = (s: string, depth: number): string => {
    if (l.blockText !== 'none' && s === 'abc') return `${l.blockText}\n${sp(depth + l.indent)}lange\n${sp(depth + l.indent)}tekst`;
    return s.replace(/\\n {2}/g, `\n${sp(depth + l.indent)}`);
  };
  const flow = (x: Tree): string =>
    x.kind === 'scalar' ? x.scalar.replace(/\\n {2}/g, ' ') : x.kind === 'seq' ? `[${x.items.map(([, v]) => flow(v)).join(', ')}]` : `{${x.items.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}`;
  const lines: string[] = [];
  const tail = (): string => (l.trailing ? '  ' : '') + (l.comments ? ' # c' : '');
  const block = (x: Tree, depth: number, lead: string): void => {
    // `lead` is what goes before the node on its first line ('key:' or '-').
    if (x.kind === 'scalar' || x.flow || x.items.length === 0) {
      const v = x.kind === 'scalar' ? scalarText(x.scalar, depth) : flow(x);
      lines.push(`${sp(depth)}${lead}${lead && v !== '' ? ' ' : ''}${v}${tail()}`);
      return;
    }
    if (lead) lines.push(`${sp(depth)}${lead}${tail()}`);
    const inner = lead ? depth + l.indent : depth;
    if (l.comments) lines.push(`${sp(inner)}# over de lijst`);
    for (const [k, v] of x.items) block(v, inner, x.kind === 'map' ? `${k}:` : '-');
  };
  block(t, 0, '');
  const text = lines.join('\n') + '\n';
  return l.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Deep equality of parsed data: same keys in the same order, numbers by Object.is (0 is not -0), plain objects and arrays only. */
function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

describe('random YAML texts', () => {
  it('whenever the fast path reads a text, the exact path reads the same data, with no message, and every position agrees', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 5, selector: (e) => e[0] }), layout, (items, l) => {
        const text = render({ kind: 'map', flow: false, items, scalar: '' }, l);
        const f = parseFast(text, 'f.yaml');
        if (!f) return;
        const e = parseYaml(text, 'f.yaml');
        expect(e.diagnostics, text).toEqual([]);
        expect(sameData(f.data, e.parsed!.data), text).toBe(true);
        samePositions(f, e.parsed!);
        taken++;
      }),
      { numRuns: TEXT_RUNS, seed: Number(process.env.FASTREAD_SEED ?? 23) },
    );
    if (process.env.FASTREAD_RUNS) console.log(`random YAML texts: ${taken} taken fast`);
    expect(taken).toBeGreaterThan(TEXT_RUNS * 0.066);
  }, 3_600_000);
});

// ------------------------------------------------------------------------------------ whole runs
async function cli(args: string[], cwd: string, fast: boolean): Promise<{ status: number; out: string; err: string }> {
  return withFastAsync(fast, async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
    const status = await main(args, io);
    return { status, out: out.join(''), err: err.join('') };
  });
}

describe('whole runs are byte-identical with and without the fast path', () => {
  const runs: Array<[string, string[]]> = [];
  for (const format of ['table', 'json', 'csv', 'md', 'html']) {
    runs.push([ROOT, ['calc', 'cases/', '--format', format]]);
    runs.push([join(FIXTURES, 'basic'), ['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--format', format]]);
    runs.push([join(FIXTURES, 'council'), ['calc', '.', '--format', format]]);
  }
  runs.push([ROOT, ['calc', 'cases/', '--lang', 'en', '--cents']]);
  runs.push([ROOT, ['calc', 'cases/', '--format', 'json', '--sensitivity']]);
  runs.push([join(FIXTURES, 'basic'), ['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--no-indexation', '--include-notes', '--format', 'md']]);
  runs.push([ROOT, ['check', 'cases/', '-v']]);
  runs.push([ROOT, ['check', 'cases/', 'rates/nl-2024.yaml', '-v', '--lang', 'en']]);
  for (const format of ['table', 'json', 'csv', 'md']) runs.push([join(FIXTURES, 'basic'), ['explain', 'a-1', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--format', format]]);
  runs.push([join(FIXTURES, 'basic'), ['diff', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--against', '../diff/new-rates.yaml']]);

  it.each(runs.map((r, i) => [i, r[1].join(' ')] as const))('run %i: %s', async (i) => {
    const [cwd, args] = runs[i]!;
    const f = await cli(args, cwd, true);
    const e = await cli(args, cwd, false);
    expect(f).toEqual(e);
    expect(e.out.length + e.err.length).toBeGreaterThan(0);
  });

  it('xlsx files are byte-identical', async () => {
    const out = mkdtempSync(join(tmpdir(), 'doorbraak-fastread-xlsx-'));
    dirs.push(out);
    const a = join(out, 'a.xlsx');
    const b = join(out, 'b.xlsx');
    expect((await cli(['calc', 'cases/', '--format', 'xlsx', '-o', a], ROOT, true)).status).toBe(0);
    expect((await cli(['calc', 'cases/', '--format', 'xlsx', '-o', b], ROOT, false)).status).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('the bad-input corpus: same status, stdout and stderr', async () => {
    for (const e of CORPUS) {
      if (e.needsPermissions || e.extra?.includes('-o') || e.setup) continue;
      const dir = mkdtempSync(join(tmpdir(), 'doorbraak-fastread-corpus-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'rates.yaml'), MINI_RATES);
      for (const [rel, content] of Object.entries(e.files ?? {})) {
        mkdirSync(join(dir, rel, '..'), { recursive: true });
        writeFileSync(join(dir, rel), content);
      }
      const args = [...(e.args ?? ['calc', 'cases', '--rates', 'rates.yaml']), ...(e.extra ?? [])];
      const f = await cli(args, dir, true);
      const x = await cli(args, dir, false);
      expect({ name: e.name, ...f }).toEqual({ name: e.name, ...x });
      expect({ name: e.name, status: f.status, err: f.err }).toEqual({ name: e.name, status: e.status, err: e.stderr });
    }
  }, 300_000);

  it('through the real CLI and its worker threads: generated cases and broken files', async () => {
    const dir = join(scratch, 'workers');
    (generate as (d: string, n: number, seed: number) => void)(dir, 40, 3);
    writeFileSync(join(dir, 'jeugd-noord', 'kapot.yaml'), 'case: kapot\ncurrent: [\n');
    writeFileSync(join(dir, 'jeugd-noord', 'fout.yaml'), 'case: fout\ncurrent: []\nthreat:\n  - rate: ots\n    for: 40 months\nbreakthrough:\n  - rate: otss\n');
    writeFileSync(join(dir, 'jeugd-noord', 'datum.yaml'), 'case: datum\ntitle: 2024-01-01\ncurrent: []\nthreat: []\nbreakthrough: []\n');
    const runs = await Promise.all(
      ['1', '0'].map((fast) => runProcess(['calc', '--format', 'json', '--lang', 'en', dir], { env: { DOORBRAAK_FAST: fast, DOORBRAAK_WORKERS: '2' } })),
    );
    expect(runs[0]!.status).toBe(1);
    expect(runs[0]!.stderr).toMatch(/kapot\.yaml:\d+:\d+: /);
    // A date as a title is text to both paths; the privacy guard warns about it either way.
    expect(runs[0]!.stderr).toMatch(/datum\.yaml:2:8: warning: /);
    expect({ ...runs[0]!, ms: 0 }).toEqual({ ...runs[1]!, ms: 0 });
    rmSync(join(dir, 'jeugd-noord', 'kapot.yaml'));
    rmSync(join(dir, 'jeugd-noord', 'fout.yaml'));
    rmSync(join(dir, 'jeugd-noord', 'datum.yaml'));
    const ok = await Promise.all(
      ['1', '0'].map((fast) => runProcess(['calc', '--format', 'csv', dir], { env: { DOORBRAAK_FAST: fast, DOORBRAAK_WORKERS: '2' } })),
    );
    expect(ok[0]!.status).toBe(0);
    expect(ok[0]!.stdout).toBe(ok[1]!.stdout);
  }, 300_000);
});
