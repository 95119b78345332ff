/**
 * The privacy scanner on one string: finds what should not be in a pseudonymised file — numbers that
 * pass the BSN eleven-test, e-mail addresses, Dutch phone numbers, IBANs (mod-97 checked), a postcode
 * with a house number, dates of birth and other full dates — in the ways people actually write them
 * (dots, dashes, slashes, brackets, non-breaking spaces, fullwidth digits, lower case).
 *
 * Linear in the length of the string: no regular expression runs over the text. Each detector walks
 * the string once and looks at most a bounded number of characters around a candidate (an '@', the
 * start of a run of digits, a birth word), so a 5 MB string is scanned in well under a second.
 * Pure: used by the privacy guard (src/read/privacy-input.ts) and to mask quoted input in messages.
 */

export const PRIVACY_KINDS = ['bsn', 'email', 'phone', 'iban', 'postcode', 'birthdate', 'date'] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

export interface Finding {
  readonly kind: PrivacyKind;
  /** Offset of the match in the string scanned, in UTF-16 code units. */
  readonly index: number;
  /** The match as written in the string scanned. */
  readonly text: string;
}

/** The BSN eleven-test: 9 digits d1..d9, 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), not all zero. */
export function passesElevenTest(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  let zero = true;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (d !== 0) zero = false;
    sum += i < 8 ? d * (9 - i) : -d;
  }
  return !zero && sum % 11 === 0;
}

/** IBAN check: separators dropped, the first four characters moved to the end, letters to 10..35, mod 97 is 1. */
export function ibanValid(iban: string): boolean {
  let s = '';
  for (let i = 0; i < iban.length && s.length <= 34; i++) {
    const c = iban.charCodeAt(i);
    if (isDigit(c)) s += iban[i];
    else if (isLetter(c)) s += iban[i]!.toUpperCase();
    else if (c !== 32 && c !== 46 && c !== 45 && c !== 9) return false;
  }
  if (s.length < 15 || s.length > 34) return false;
  if (!isLetter(s.charCodeAt(0)) || !isLetter(s.charCodeAt(1)) || !isDigit(s.charCodeAt(2)) || !isDigit(s.charCodeAt(3))) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (isDigit(c)) rem = (rem * 10 + (c - 48)) % 97;
    else {
      const v = c - 55; // 'A' = 10
      rem = (rem * 100 + v) % 97;
    }
  }
  return rem === 1;
}

/**
 * A masked form that shows the shape and not the value: letters and digits become '*', except the
 * first one (and, for values of 6 or more characters, the last one); '@', '.', '-' and spaces stay.
 * `06-12345678` → `0*-*******8`; `jan@voorbeeld.nl` → `j**@*********.*l`.
 */
export function mask(value: string): string {
  const chars = [...value];
  const alnum: number[] = [];
  chars.forEach((c, i) => {
    if (ALNUM.test(c)) alnum.push(i);
  });
  const keep = new Set<number>([alnum[0] ?? -1, ...(alnum.length >= 6 ? [alnum[alnum.length - 1]!] : [])]);
  return chars.map((c, i) => (ALNUM.test(c) && !keep.has(i) ? '*' : c)).join('');
}
const ALNUM = /^[\p{L}\p{N}]$/u;

/** Everything in one string that should not be in a pseudonymised file, in order of position. */
export function scanString(s: string): Finding[] {
  if (s.length < 5) return [];
  const { t, lo } = normalize(s);
  const sc = new Scan(s, t, lo);
  // In order of precedence: a later detector does not report text already claimed by an earlier one.
  sc.emails();
  sc.ibans();
  sc.birthdates();
  sc.dates();
  sc.phones();
  sc.postcodes();
  sc.bsns();
  return sc.out.sort((a, b) => a.index - b.index);
}

// ------------------------------------------------------------------------------------ characters

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
/** A word character as `\b` sees it (ASCII letters, digits, '_'). */
function isWord(c: number): boolean {
  return isAlnum(c) || c === 95;
}

/**
 * The string with look-alikes made plain, one code unit for one, so that offsets stay the same:
 * fullwidth digits, letters and punctuation to ASCII, non-breaking and other spaces to ' ', dashes
 * to '-'. `lo` is the same with ASCII letters in lower case.
 */
function normalize(s: string): { t: string; lo: string } {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain) return { t: s, lo: s.toLowerCase() };
  const n = s.length;
  const a = new Uint16Array(n);
  const b = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c = c - 0xff01 + 0x21; // fullwidth ASCII
    else if (c === 0x00a0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) c = 32;
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) c = 45;
    a[i] = c;
    b[i] = isUpper(c) ? c + 32 : c;
  }
  return { t: fromCodes(a), lo: fromCodes(b) };
}

function fromCodes(a: Uint16Array): string {
  let out = '';
  for (let i = 0; i < a.length; i += 8192) out += String.fromCharCode(...a.subarray(i, i + 8192));
  return out;
}

// -------------------------------------------------------------------------------------- detectors

const MONTHS = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec january february march may june july august october'.split(
    ' ',
  ),
);
const BIRTH_WORDS = ['geboren', 'geboortedatum', 'geboortejaar', 'born', 'date of birth', 'dob', 'geb.'];
/** Lower-case letter pairs that are common words, not postcode letters ("2024 en 12 maanden"). */
const LOWER_PAIR_WORDS = new Set(
  'en de op in of te is al na om er ze je we ik zo nu la an as at be by do go he if it me my no on or so to up us ca nr vs tm ad en'.split(' '),
);
/** The most characters a birth word may be before its date ("geboren op 3 maart 2009"). */
const BIRTH_GAP = 24;

interface DateToken {
  end: number;
  day?: number;
  month?: number;
  year: number;
  /** The year was written with two digits. */
  short: boolean;
  /** Only a year. */
  yearOnly?: boolean;
}

class Scan {
  readonly out: Finding[] = [];
  private readonly claimed: Uint8Array;
  private readonly n: number;

  constructor(
    private readonly s: string,
    private readonly t: string,
    private readonly lo: string,
  ) {
    this.n = t.length;
    this.claimed = new Uint8Array(this.n);
  }

  private c(i: number): number {
    return i >= 0 && i < this.n ? this.t.charCodeAt(i) : -1;
  }

  private free(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.claimed[i]) return false;
    return true;
  }

  private add(kind: PrivacyKind, a: number, b: number): boolean {
    if (b <= a || !this.free(a, b)) return false;
    this.claimed.fill(1, a, b);
    this.out.push({ kind, index: a, text: this.s.slice(a, b) });
    return true;
  }

  /** End of the run of digits starting at i. */
  private digitsEnd(i: number): number {
    let j = i;
    while (isDigit(this.c(j))) j++;
    return j;
  }

  private num(a: number, b: number): number {
    let v = 0;
    for (let i = a; i < b; i++) v = v * 10 + (this.t.charCodeAt(i) - 48);
    return v;
  }

  // ------------------------------------------------------------------------------------ e-mail

  emails(): void {
    const t = this.t;
    for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
      let a = at;
      while (a > 0 && at - a < 64 && isLocal(this.c(a - 1))) a--;
      if (a === at) continue;
      // The domain: labels of [A-Za-z0-9-] separated by single dots, ending in a dot and 2+ letters.
      let e = at + 1;
      while (e < this.n && e - at <= 253 && (isAlnum(this.c(e)) || this.c(e) === 45 || this.c(e) === 46)) e++;
      let end = -1;
      for (let dot = e - 1; dot > at + 1; dot--) {
        if (this.c(dot) !== 46) continue;
        let k = dot + 1;
        while (k < e && isLetter(this.c(k))) k++;
        if (k - dot - 1 < 2 || !labelsOk(t, at + 1, dot)) continue;
        end = k;
        break;
      }
      if (end > 0 && this.add('email', a, end)) at = end - 1;
    }
  }

  // -------------------------------------------------------------------------------------- IBAN

  ibans(): void {
    for (let i = 0; i + 4 < this.n; i++) {
      if (!isLetter(this.c(i)) || !isLetter(this.c(i + 1)) || !isDigit(this.c(i + 2)) || !isDigit(this.c(i + 3))) continue;
      if (isAlnum(this.c(i - 1))) continue;
      // Up to 30 more letters and digits, with at most two separators (space, dot, dash) between them.
      const ends: number[] = [];
      let j = i + 4;
      let count = 0;
      while (count < 30) {
        let k = j;
        while (k - j < 2 && (this.c(k) === 32 || this.c(k) === 46 || this.c(k) === 45)) k++;
        if (!isAlnum(this.c(k))) break;
        j = k + 1;
        count++;
        if (count >= 11 && !isAlnum(this.c(j))) ends.push(j);
      }
      for (let x = ends.length - 1; x >= 0; x--) {
        const end = ends[x]!;
        if (ibanValid(this.t.slice(i, end)) && this.add('iban', i, end)) {
          i = end - 1;
          break;
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------- dates

  /** A birth word, then within a few characters on the same line a date or a year. */
  birthdates(): void {
    const starts: Array<[number, number]> = [];
    for (const w of BIRTH_WORDS) {
      for (let i = this.lo.indexOf(w); i >= 0; i = this.lo.indexOf(w, i + 1)) {
        const end = i + w.length;
        if (isWord(this.c(i - 1))) continue;
        if (w !== 'geb.' && isWord(this.c(end))) continue;
        starts.push([i, end]);
      }
    }
    starts.sort((a, b) => a[0] - b[0]);
    for (const [a, e] of starts) {
      for (let p = e; p <= e + BIRTH_GAP && p < this.n; p++) {
        if (this.c(p) === 10) break;
        if (!isDigit(this.c(p)) || isDigit(this.c(p - 1))) continue;
        const tok = this.dateAt(p, true) ?? this.yearAt(p);
        if (tok) {
          this.add('birthdate', a, tok.end);
          break;
        }
      }
    }
  }

  /** Any other full date: 12-03-2023, 12/03/2023, 12.03.2023, 2023-03-12, 1 januari 2023, 3e mrt. 2023. */
  dates(): void {
    for (let i = 0; i < this.n; i++) {
      if (!isDigit(this.c(i)) || isDigit(this.c(i - 1))) continue;
      const tok = this.dateAt(i, false);
      if (tok) {
        this.add('date', i, tok.end);
        i = tok.end - 1;
      } else i = this.digitsEnd(i) - 1;
    }
  }

  /**
   * A date starting at i (the start of a run of digits). `near` (after a birth word) also allows a
   * space as separator and a two-digit year. Numbers that are part of a longer chain of numbers
   * (06.12.34.56.78, 1.2.3.4) are not dates.
   */
  private dateAt(i: number, near: boolean): DateToken | undefined {
    const prev = this.c(i - 1);
    if (prev === 45 || ((prev === 46 || prev === 47) && isDigit(this.c(i - 2)))) return undefined;
    const e1 = this.digitsEnd(i);
    const l1 = e1 - i;
    const sep = this.c(e1);
    const text = this.textualDate(i, e1);
    if (text) return text;
    const seps = near ? [45, 47, 46, 32] : [45, 47, 46];
    if (!seps.includes(sep) || !isDigit(this.c(e1 + 1))) return undefined;
    const e2 = this.digitsEnd(e1 + 1);
    const l2 = e2 - e1 - 1;
    if (this.c(e2) !== sep || !isDigit(this.c(e2 + 1))) return undefined;
    const e3 = this.digitsEnd(e2 + 1);
    const l3 = e3 - e2 - 1;
    // Not followed by more of the chain.
    const after = this.c(e3);
    if ((after === 45 || after === 46 || after === 47 || (after === sep && sep !== 32)) && isDigit(this.c(e3 + 1))) return undefined;
    if (sep === 32 && isDigit(this.c(e3 + 1)) && after === 32) return undefined;
    const a = this.num(i, e1);
    const b = this.num(e1 + 1, e2);
    const c = this.num(e2 + 1, e3);
    if (l1 <= 2 && l2 <= 2 && (l3 === 4 || (near && l3 === 2))) {
      const year = l3 === 4 ? c : c + (c > 30 ? 1900 : 2000);
      if (validDayMonth(a, b) && plausibleYear(year)) return { end: e3, day: a, month: b, year, short: l3 === 2 };
      return undefined;
    }
    if (l1 === 4 && l2 === 2 && l3 === 2 && sep !== 32) {
      if (validDayMonth(c, b) && plausibleYear(a)) return { end: e3, day: c, month: b, year: a, short: false };
    }
    return undefined;
  }

  /** `3 maart 2009`, `3e maart 2009`, `3 mrt. 2009`, `1 januari 2023` (the day's digits are i..e1). */
  private textualDate(i: number, e1: number): DateToken | undefined {
    if (e1 - i > 2) return undefined;
    const day = this.num(i, e1);
    if (day < 1 || day > 31) return undefined;
    let j = e1;
    // 3e, 1ste, 2de
    for (const suffix of ['ste', 'de', 'e']) {
      if (this.lo.startsWith(suffix, j) && !isLetter(this.c(j + suffix.length))) {
        j += suffix.length;
        break;
      }
    }
    if (this.c(j) !== 32) return undefined;
    j++;
    const w = j;
    while (isLetter(this.c(j)) && j - w <= 9) j++;
    if (!MONTHS.has(this.lo.slice(w, j))) return undefined;
    if (this.c(j) === 46) j++;
    if (this.c(j) !== 32) return undefined;
    j++;
    if (!isDigit(this.c(j))) return undefined;
    const ye = this.digitsEnd(j);
    if (ye - j !== 4) return undefined;
    const year = this.num(j, ye);
    if (!plausibleYear(year) || isWord(this.c(ye))) return undefined;
    return { end: ye, day, year, short: false };
  }

  /** A year alone, 1900–2099, after a birth word ("geb. 2012"). */
  private yearAt(i: number): DateToken | undefined {
    const e = this.digitsEnd(i);
    if (e - i !== 4) return undefined;
    const year = this.num(i, e);
    return plausibleYear(year) ? { end: e, year, short: false, yearOnly: true } : undefined;
  }

  // ------------------------------------------------------------------------------------- phone

  /**
   * Dutch numbers: 0 and nine digits (06-12345678, 020-1234567, (038) 123 45 67, 06.12.34.56.78,
   * 06 - 123 456 78, 06/12345678), or +31 / 0031 and nine digits (+31 6 12345678, +31 (0)20 1234567).
   * Between digits at most three separators (space, '-', '.', '/').
   */
  phones(): void {
    for (let i = 0; i < this.n; i++) {
      const c = this.c(i);
      if (c !== 48 && c !== 43 && c !== 40) continue;
      const prev = this.c(i - 1);
      if (isWord(prev) || prev === 43) continue;
      const end = this.phoneAt(i);
      if (end > 0 && this.add('phone', i, end)) i = end - 1;
    }
  }

  private sepRun(j: number): number {
    let k = j;
    while (k - j < 3 && isPhoneSep(this.c(k))) k++;
    return k;
  }

  private phoneAt(i: number): number {
    let j = i;
    let need: number;
    if (this.c(j) === 43 || this.t.startsWith('0031', j)) {
      // +31 or 0031, an optional (0), then nine digits
      if (this.c(j) === 43) {
        if (!this.t.startsWith('31', j + 1)) return -1;
        j += 3;
      } else j += 4;
      j = this.sepRun(j);
      if (this.t.startsWith('(0)', j)) j = this.sepRun(j + 3);
      need = 9;
    } else {
      let paren = false;
      if (this.c(j) === 40) {
        paren = true;
        j++;
      }
      if (this.c(j) !== 48) return -1;
      j++;
      need = 9;
      if (paren) {
        // (038) or (0348): the area code closes the bracket
        const e = this.digitsEnd(j);
        if (e - j < 1 || e - j > 3 || this.c(e) !== 41) return -1;
        if (this.c(j) === 48) return -1;
        need -= e - j;
        j = this.sepRun(e + 1);
      }
    }
    if (need === 9) {
      // The first digit after the 0 or the country code is 1–9.
      const c = this.c(j);
      if (!isDigit(c) || c === 48) return -1;
    }
    let got = 0;
    let last = j;
    while (got < need) {
      if (!isDigit(this.c(j))) {
        if (got === 0 && need !== 9) return -1;
        const k = this.sepRun(j);
        if (k === j || !isDigit(this.c(k))) return -1;
        j = k;
      }
      got++;
      j++;
      last = j;
    }
    return isDigit(this.c(last)) ? -1 : last;
  }

  // ---------------------------------------------------------------------------------- postcode

  /** 8011 AB 12, 8011AB 12-3, 8011 ab 12, and the other way round: Kerkstraat 12, 8011 AB / 12 8011 AB. */
  postcodes(): void {
    for (let i = 0; i < this.n; i++) {
      const c = this.c(i);
      if (!isDigit(c) || isDigit(this.c(i - 1))) continue;
      const e = this.digitsEnd(i);
      if (e - i !== 4 || c === 48) {
        i = e - 1;
        continue;
      }
      let j = e;
      if (this.c(j) === 32) j++;
      const l1 = this.c(j);
      const l2 = this.c(j + 1);
      const both = (isUpper(l1) && isUpper(l2)) || (isLower(l1) && isLower(l2));
      if (!both || isLetter(this.c(j + 2))) {
        i = e - 1;
        continue;
      }
      const pair = this.lo.slice(j, j + 2);
      if (pair === 'sa' || pair === 'sd' || pair === 'ss' || (isLower(l1) && LOWER_PAIR_WORDS.has(pair))) {
        i = e - 1;
        continue;
      }
      const coreEnd = j + 2;
      const after = this.houseNumberAfter(coreEnd);
      if (after > 0 && this.add('postcode', i, after)) {
        i = after - 1;
        continue;
      }
      const before = this.houseNumberBefore(i);
      if (before >= 0 && this.add('postcode', before, coreEnd)) i = coreEnd - 1;
    }
  }

  /** `, 12`, ` 12`, ` nr. 12`, ` 12a`, ` 12-3` after the postcode; the end, or −1. */
  private houseNumberAfter(j: number): number {
    if (this.c(j) === 44) j++;
    if (this.c(j) !== 32) return -1;
    j++;
    if (this.lo.startsWith('nr', j)) {
      j += 2;
      if (this.c(j) === 46) j++;
      if (this.c(j) === 32) j++;
    }
    if (!isDigit(this.c(j))) return -1;
    const e = this.digitsEnd(j);
    if (e - j > 5) return -1;
    let end = e;
    if (this.c(end) === 45 && isAlnum(this.c(end + 1))) {
      end += 2;
      if (isAlnum(this.c(end))) return -1;
    } else if (isLetter(this.c(end)) && !isLetter(this.c(end + 1))) end++;
    else if (isLetter(this.c(end))) return -1;
    if (isDigit(this.c(end)) || (this.c(end) === 46 && isDigit(this.c(end + 1))) || (this.c(end) === 44 && isDigit(this.c(end + 1)))) return -1;
    return end;
  }

  /** `12, `, `12a, `, `12 ` before the postcode at i; the start of the house number, or −1. */
  private houseNumberBefore(i: number): number {
    let j = i;
    let k = 0;
    while (k < 3 && (this.c(j - 1) === 32 || this.c(j - 1) === 44 || this.c(j - 1) === 10)) {
      j--;
      k++;
    }
    if (k === 0) return -1;
    if (isLetter(this.c(j - 1)) && isDigit(this.c(j - 2))) j--;
    const e = j;
    while (isDigit(this.c(j - 1)) && e - j < 6) j--;
    if (e - j < 1 || e - j > 5 || isDigit(this.c(j - 1))) return -1;
    // Part of a date or an amount (12.5 8011, 1-12 8011), not a house number.
    const p = this.c(j - 1);
    if ((p === 46 || p === 44 || p === 45 || p === 47) && isDigit(this.c(j - 2))) return -1;
    return j;
  }

  // --------------------------------------------------------------------------------------- BSN

  /**
   * Nine digits, or eight (a leading zero dropped), that pass the eleven-test; also in groups with one
   * kind of separator: 1234.56.782, 123.456.782, 123-456-782, 123 456 782, 1234 56 782.
   */
  bsns(): void {
    for (let i = 0; i < this.n; i++) {
      if (!isDigit(this.c(i)) || isDigit(this.c(i - 1))) continue;
      const end = this.bsnAt(i);
      if (end > 0) {
        const digits = digitsOf(this.t, i, end);
        if (passesElevenTest(digits.length === 8 ? '0' + digits : digits)) this.add('bsn', i, end);
      }
      i = Math.max(i, (end > 0 ? end : this.digitsEnd(i)) - 1);
    }
  }

  private bsnAt(i: number): number {
    const prev = this.c(i - 1);
    if (prev === 46 || prev === 44 || prev === 45) return -1;
    const groups: number[] = [];
    let j = i;
    let sep = -1;
    for (;;) {
      const e = this.digitsEnd(j);
      groups.push(e - j);
      j = e;
      const s = this.c(j);
      if ((s === 32 || s === 46 || s === 45) && (sep === -1 || s === sep) && isDigit(this.c(j + 1)) && groups.length < 4) {
        sep = s;
        j++;
        continue;
      }
      break;
    }
    const total = groups.reduce((a, b) => a + b, 0);
    const after = this.c(j);
    if (after === 46 || after === 44) {
      if (isDigit(this.c(j + 1))) return -1;
    }
    if (groups.length === 1) return total === 8 || total === 9 ? j : -1;
    if (total !== 9 || groups.some((g) => g < 2 || g > 4)) return -1;
    // The chain goes on (123 456 782 12): not a number of nine digits.
    if (after === sep && isDigit(this.c(j + 1))) return -1;
    return j;
  }
}

function isLocal(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isPhoneSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47;
}

/** Labels between a and b (exclusive) are non-empty: no leading dot, no two dots in a row. */
function labelsOk(t: string, a: number, b: number): boolean {
  let len = 0;
  for (let i = a; i < b; i++) {
    if (t.charCodeAt(i) === 46) {
      if (len === 0) return false;
      len = 0;
    } else len++;
  }
  return len > 0;
}

function digitsOf(t: string, a: number, b: number): string {
  let d = '';
  for (let i = a; i < b; i++) if (isDigit(t.charCodeAt(i))) d += t[i];
  return d;
}

function validDayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}
function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2099;
}
