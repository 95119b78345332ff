/**
 * The privacy guard: finds what should not be in a pseudonymised case or cohort file, in any string
 * of it (ids, titles, values, notes, item labels, and the keys of `values`): numbers that pass the BSN
 * eleven-test, e-mail addresses, Dutch phone numbers, IBANs (mod-97 checked), a postcode with a house
 * number, and dates of birth. Pure: parsed YAML in, diagnostics out. A finding names its kind and a
 * masked form, never the value itself, so that the report does not leak what it warns about.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { type Diagnostic, type Severity, diag } from '../data/diagnostic.js';
import type { ParsedYaml, PathSeg } from '../read/yaml.js';

export const PRIVACY_KINDS = ['bsn', 'email', 'phone', 'iban', 'postcode', 'birthdate', 'date'] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

export interface Finding {
  readonly kind: PrivacyKind;
  /** Offset of the match in the string scanned, in UTF-16 code units. */
  readonly index: number;
  readonly text: string;
}

/** The BSN eleven-test: 9 digits d1..d9, 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), not all zero. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** IBAN check: move the first four characters to the end, letters to 10..35, the number mod 97 is 1. */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of r) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

function validDayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}
function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2099;
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october';

interface Detector {
  readonly kind: PrivacyKind;
  readonly re: RegExp;
  /** Decides on a match; absent means every match counts. */
  readonly check?: (m: RegExpExecArray) => boolean;
}

/** In order of precedence: a later detector does not report text already claimed by an earlier one. */
const DETECTORS: readonly Detector[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  {
    kind: 'iban',
    re: /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/g,
    check: (m) => ibanValid(m[0]),
  },
  {
    // A birth word, then within a few words a date or a year: "geboren 12-03-2015", "geb. 2012".
    kind: 'birthdate',
    re: new RegExp(
      String.raw`(?:\b(?:geboren|geboortedatum|geboortejaar|born|date of birth|dob)\b|\bgeb\.)[^\n]{0,24}?(?:\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2} (?:${MONTHS}) \d{4}|(?:19|20)\d{2})(?!\d)`,
      'gi',
    ),
  },
  {
    kind: 'date',
    re: /(?<![\d-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d-])/g,
    check: (m) => validDayMonth(Number(m[1]), Number(m[2])) && plausibleYear(Number(m[3])),
  },
  {
    kind: 'date',
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    check: (m) => validDayMonth(Number(m[3]), Number(m[2])) && plausibleYear(Number(m[1])),
  },
  { kind: 'date', re: new RegExp(String.raw`\b([1-9]|[12]\d|3[01]) (?:${MONTHS}) ((?:19|20)\d{2})\b`, 'gi') },
  {
    // 06-12345678, 06 1234 5678, 020-1234567, +31 6 12345678, +31 (0)20 1234567, 0031 6 12345678.
    kind: 'phone',
    re: /(?<![\w+])(?:(?:\+|00)31[ -]?(?:\(0\)[ -]?)?|0)[1-9](?:[ -]?\d){8}(?!\d)/g,
  },
  {
    // 1234 AB 12, 1234AB 12-3, 1234 AB, 12 — and the other way round: 12, 1234 AB.
    kind: 'postcode',
    re: /(?<!\d)(?:[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2},? (?:nr\.? ?)?\d{1,5}(?![\d-]?\d)|\d{1,5}[a-z]?, ?[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2})(?![A-Za-z])/g,
  },
  {
    // 9 digits, or 8 (a leading zero dropped); also written 1234.56.782 or 123 456 782.
    kind: 'bsn',
    re: /(?<![\d.,-])(\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{8,9})(?![\d]|[.,]\d)/g,
    check: (m) => {
      const d = m[1]!.replace(/\D/g, '');
      return passesElevenTest(d.length === 8 ? '0' + d : d);
    },
  },
];

/** Everything in one string that should not be in a pseudonymised file, in order of position. */
export function scanString(s: string): Finding[] {
  const claimed: [number, number][] = [];
  const out: Finding[] = [];
  const overlaps = (a: number, b: number): boolean => claimed.some(([x, y]) => a < y && x < b);
  for (const det of DETECTORS) {
    det.re.lastIndex = 0;
    for (let m = det.re.exec(s); m; m = det.re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        det.re.lastIndex++;
        continue;
      }
      if (overlaps(start, end)) continue;
      if (det.check && !det.check(m)) continue;
      claimed.push([start, end]);
      out.push({ kind: det.kind, index: start, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A masked form that shows the shape and not the value: letters and digits become '*', except the
 * first one (and, for values of 6 or more characters, the last one); '@', '.', '-' and spaces stay.
 * `06-12345678` → `0*-*******8`; `jan@voorbeeld.nl` → `j**@*********.*l`.
 */
export function mask(value: string): string {
  const chars = [...value];
  const alnum = chars.map((c, i) => (/[\p{L}\p{N}]/u.test(c) ? i : -1)).filter((i) => i >= 0);
  const keep = new Set<number>([alnum[0] ?? -1, ...(alnum.length >= 6 ? [alnum[alnum.length - 1]!] : [])]);
  return chars.map((c, i) => (/[\p{L}\p{N}]/u.test(c) && !keep.has(i) ? '*' : c)).join('');
}

/** A key path as the user would name it: `values.betrokkenheid`, `threat[0].note`. */
export function pathName(path: readonly PathSeg[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

export interface PrivacyOptions {
  /** 'error' for `check --privacy`, 'warning' for a plain `check`. */
  readonly severity: Severity;
}

/** Scan every string scalar (and every string key under `values`) of one parsed file. */
export function scanParsed(p: ParsedYaml, opts: PrivacyOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (node: Node, value: string, path: readonly PathSeg[]): void => {
    for (const f of scanString(value)) {
      out.push(diag(positionIn(p, node, { ...f, value }), 'privacy.found', { key: pathName(path), kind: f.kind, masked: mask(f.text) }, opts.severity));
    }
  };
  const walk = (node: unknown, path: PathSeg[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        // Keys are fixed names, except under `values`, where a person writes them.
        // The key is named masked: it is what is being warned about.
        if (path.length === 1 && path[0] === 'values' && typeof pair.key.value === 'string') report(pair.key as Node, k, [...path, mask(k)]);
        walk(pair.value, [...path, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string') {
      // The dates of a case's course (docs/tracking.md) are dates by design, not a person's.
      if (isCourseDate(path)) return;
      report(node as Node, node.value, path);
    }
  };
  walk(p.doc.contents, []);
  return out;
}

/** `dates.start`, `dates.breakthrough` and `followup[i].date` of a case file. */
function isCourseDate(path: readonly PathSeg[]): boolean {
  return (path.length === 2 && path[0] === 'dates') || (path.length === 3 && path[0] === 'followup' && path[2] === 'date');
}

/** The exact position of a finding when the source holds it verbatim, else the start of the string. */
function positionIn(p: ParsedYaml, node: Node, f: Finding & { value: string }): { file: string; line: number; col: number } {
  const range = node.range;
  let offset = range ? range[0] : 0;
  if (range && p.text !== undefined) {
    const src = p.text.slice(range[0], range[1]);
    // The n-th occurrence in the value is the n-th in the source, when the source holds it verbatim.
    let n = 0;
    for (let i = f.value.indexOf(f.text); i >= 0 && i < f.index; i = f.value.indexOf(f.text, i + 1)) n++;
    let at = src.indexOf(f.text);
    for (let k = 0; k < n && at >= 0; k++) at = src.indexOf(f.text, at + 1);
    if (at >= 0) offset = range[0] + at;
  }
  const pos = p.lc.linePos(offset);
  return { file: p.file, line: pos.line, col: pos.col };
}

/** Scan several parsed case and cohort files; findings in file order. */
export function scanAll(files: readonly ParsedYaml[], opts: PrivacyOptions): Diagnostic[] {
  return files.flatMap((p) => scanParsed(p, opts));
}
