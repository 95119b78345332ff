/**
 * The bad-input corpus: malformed inputs a busy professional can type, each with the exact exit status
 * and stderr the real CLI must give. Every entry runs in a fresh temporary folder holding `rates.yaml`
 * (MINI_RATES) and the entry's files, as `doorbraak calc cases --rates rates.yaml` unless it says
 * otherwise. Big, binary or special files are generated in `setup`, never committed.
 */
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Entry {
  readonly name: string;
  readonly files?: Record<string, string | Buffer>;
  /** Replaces the default arguments `calc cases --rates rates.yaml`. */
  readonly args?: readonly string[];
  /** Added after the arguments. */
  readonly extra?: readonly string[];
  /** Prepares special files in the folder. */
  readonly setup?: (dir: string) => void;
  /** Needs a user that file permissions apply to (root reads everything). */
  readonly needsPermissions?: boolean;
  readonly status: number;
  readonly stderr: string;
}

const SC = 'current: []\nthreat: []\nbreakthrough: []\n';
/** A case file with id c-1 and the given body (the scenarios must be in the body). */
const C = (body: string): string => `case: c-1\ntitle: T\n${body}`;
/** A case with one line in `current` (the line's fields, indented by 4). */
const LINE = (fields: string): string => C(`current:\n  - ${fields.trim().split('\n').join('\n    ')}\nthreat: []\nbreakthrough: []\n`);

function billionLaughs(): string {
  let s = 'case: c-1\ncurrent: []\nthreat: []\nbreakthrough: []\nvalues:\n  a: &a "lol"\n';
  let prev = 'a';
  for (let i = 1; i < 10; i++) {
    const n = String.fromCharCode(97 + i);
    s += `  ${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    prev = n;
  }
  return s;
}

/** A file of `n` lines made by `line(i)`, after a valid case head. */
function manyLines(n: number, line: (i: number) => string, head = `case: c-1\n${SC}values:\n`): string {
  const parts: string[] = [head];
  for (let i = 0; i < n; i++) parts.push(line(i));
  return parts.join('');
}
const write = (dir: string, rel: string, content: string): void => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), content);
};
const OUTSIDE = "symbolische koppeling wijst buiten de opgegeven mappen; overgeslagen (volg zulke koppelingen met --follow-symlinks)";

/** Issue 12: never destroy an input, never hang, never leak. Each entry failed before the fix. */
export const ISSUE_12: readonly Entry[] = [
  // 1. -o or --lock onto an input
  { name: '-o onto the case file read', files: { 'cases/c.yaml': LINE('rate: ots') }, args: ['calc', 'cases/c.yaml', '--rates', 'rates.yaml', '-o', 'cases/c.yaml'], status: 2, stderr: 'doorbraak: -o cases/c.yaml: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand\n' },
  { name: '--lock onto the case file read', files: { 'cases/c.yaml': LINE('rate: ots') }, args: ['calc', 'cases', '--rates', 'rates.yaml', '--lock', 'cases/c.yaml'], status: 2, stderr: 'doorbraak: --lock cases/c.yaml: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand\n' },
  { name: '-o onto the cohort file of the folder', files: { 'cases/cohort.yaml': 'cohort: k\n', 'cases/c.yaml': LINE('rate: ots') }, args: ['calc', 'cases', '--rates', 'rates.yaml', '-o', 'cases/cohort.yaml'], status: 2, stderr: 'doorbraak: -o cases/cohort.yaml: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand\n' },
  { name: '-o onto the --rates table (English)', files: { 'cases/c.yaml': LINE('rate: ots') }, args: ['calc', 'cases', '--rates', 'rates.yaml', '-o', 'rates.yaml', '--lang', 'en'], status: 2, stderr: 'doorbraak: -o rates.yaml: this is an input file of this command; doorbraak never writes over its input. Choose another file\n' },
  { name: '-o onto a symlink to an input', files: { 'cases/c.yaml': LINE('rate: ots') }, setup: (dir) => symlinkSync('cases/c.yaml', join(dir, 'out.md')), args: ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'md', '-o', 'out.md'], status: 2, stderr: 'doorbraak: -o out.md: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand\n' },
  { name: '-o onto an input of a case with errors', files: { 'cases/c.yaml': LINE('rate: xyzzy') }, args: ['calc', 'cases', '--rates', 'rates.yaml', '-o', './cases/../cases/c.yaml'], status: 2, stderr: 'doorbraak: -o ./cases/../cases/c.yaml: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand\n' },
  // 2. long horizons
  {
    name: 'a horizon of 1000 years',
    files: { 'cases/c.yaml': C('horizon: 1000 years\ncurrent: []\nthreat:\n  - item: X\n    price: 100\n    unit: month\n    law: Wmo\n    payer: gemeente\nbreakthrough: []\n') },
    status: 1,
    stderr: "cases/c.yaml:3:10: horizon '1000 years' is langer dan 100 jaar; kies een kortere horizon\n",
  },
  // 3. quadratic parsing: refused before the parser sees the file
  { name: 'a mapping of 40,000 keys', setup: (dir) => write(dir, 'cases/c.yaml', manyLines(40_000, (i) => `  k${i}: v\n`)), status: 1, stderr: 'cases/c.yaml:10001:8: te veel sleutels (meer dan 10000); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen\n' },
  { name: '40,000 unknown keys', setup: (dir) => write(dir, 'cases/c.yaml', manyLines(40_000, (i) => `u${i}: v\n`, `case: c-1\n${SC}`)), status: 1, stderr: 'cases/c.yaml:10001:6: te veel sleutels (meer dan 10000); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen\n' },
  { name: '40,000 duplicate keys', setup: (dir) => write(dir, 'cases/c.yaml', manyLines(40_000, () => '  k: v\n')), status: 1, stderr: 'cases/c.yaml:10001:4: te veel sleutels (meer dan 10000); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen\n' },
  { name: '40,000 tab-indented lines', setup: (dir) => write(dir, 'cases/c.yaml', manyLines(40_000, (i) => `\tk${i}: v\n`)), status: 1, stderr: 'cases/c.yaml:10001:7: te veel sleutels (meer dan 10000); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen\n' },
  { name: '40,000 keys in one bracketed mapping', setup: (dir) => write(dir, 'cases/c.yaml', `case: c-1\n${SC}values: {${Array.from({ length: 40_000 }, (_, i) => `k${i}: v`).join(', ')}}\n`), status: 1, stderr: 'cases/c.yaml:5:98855: te veel sleutels (meer dan 10000); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen\n' },
  { name: '40,000 anchors', setup: (dir) => write(dir, 'cases/c.yaml', manyLines(40_000, (i) => `  k${i}: &a${i} v\n`)), status: 1, stderr: 'cases/c.yaml:106:9: te veel YAML-ankers (&, meer dan 100); het bestand is niet gelezen\n' },
  { name: '40,000 aliases', setup: (dir) => write(dir, 'cases/c.yaml', manyLines(40_000, (i) => `  k${i}: *a\n`, `case: c-1\n${SC}values:\n  a: &a v\n`)), status: 1, stderr: 'cases/c.yaml:107:9: te veel YAML-aliassen (*); het bestand wordt niet uitgevouwen\n' },
  // 4. deep nesting
  { name: '5 MB of [', setup: (dir) => write(dir, 'cases/c.yaml', '['.repeat(5 * 1024 * 1024 - 16)), status: 1, stderr: 'cases/c.yaml:1:65: te diep genest (meer dan 64 niveaus)\n' },
  { name: 'nested lists on one line (- - - …)', setup: (dir) => write(dir, 'cases/c.yaml', '- '.repeat(1024 * 1024)), status: 1, stderr: 'cases/c.yaml:1:129: te diep genest (meer dan 64 niveaus)\n' },
  // 7. personal data in messages: a short prefix, what the privacy guard finds masked
  { name: 'an unknown key full of personal data', files: { 'cases/c.yaml': C(`Moeder Jansen BSN 123456782 woont Kerkstraat 12 8011 AB: ja\n${SC}`) }, status: 1, stderr: "cases/c.yaml:3:1: onbekende sleutel 'Moeder Jansen BSN 1*******2 woo…'\n" },
  { name: "an invalid 'for' with a phone number", files: { 'cases/c.yaml': LINE('rate: ots\nfor: bel 06-12345678 voor de duur') }, status: 1, stderr: "cases/c.yaml:5:10: ongeldige duur 'bel 0*-*******8 voor de duur'; schrijf bijv. '3 months' of '6 maanden'\n" },
  { name: 'an invalid case id with an e-mail address', files: { 'cases/c.yaml': `case: jan.jansen@example.org\n${SC}` }, status: 1, stderr: "cases/c.yaml:1:7: waarschuwing: 'case' lijkt een e-mailadres te bevatten (j**.******@*******.**g); een casusbestand hoort gepseudonimiseerd te zijn\ncases/c.yaml:1:7: 'j**.******@*******.**g' is geen geldige id: gebruik kleine letters, cijfers en '-'\n" },
  // 11. a dangling symlink that is not a YAML file is ignored
  { name: 'a dangling non-YAML symlink beside the cases', files: { 'cases/c.yaml': LINE('rate: ots') }, setup: (dir) => symlinkSync('/nonexistent/notes', join(dir, 'cases', 'notes.txt')), extra: ['--format', 'json', '-o', 'out.json'], status: 0, stderr: '' },
  // 13. control characters are shown escaped
  { name: 'escape sequences and U+202E in a key', files: { 'cases/c.yaml': C(`"x\\e[2J\\a\\r\\u202e": 1\n${SC}`) }, status: 1, stderr: "cases/c.yaml:3:1: onbekende sleutel 'x\\x1b[2J\\x07\\x0d\\u202e'\n" },
  // 14. numbers that are not plain decimals
  { name: 'price 1e-400 (a float underflow)', files: { 'cases/c.yaml': LINE('item: X\nprice: 1e-400\nlaw: Wmo\npayer: gemeente') }, status: 1, stderr: "cases/c.yaml:5:12: 'price' moet een gewoon decimaal getal zijn, zoals 163.59, niet 1e-400\n" },
  { name: 'price in hexadecimal', files: { 'cases/c.yaml': LINE('rate: ots\nprice: 0x10') }, status: 1, stderr: "cases/c.yaml:5:12: 'price' moet een gewoon decimaal getal zijn, zoals 163.59, niet 0x10\n" },
  // 16. symlinks out of the folders given
  {
    name: 'a symlink to a case outside the folder given',
    files: { 'cases/c.yaml': LINE('rate: ots'), 'elders/x.yaml': C(SC).replace('c-1', 'c-2') },
    setup: (dir) => symlinkSync('../elders/x.yaml', join(dir, 'cases', 'x.yaml')),
    extra: ['--format', 'json', '-o', 'out.json'],
    status: 0,
    stderr: `cases/x.yaml: waarschuwing: ${OUTSIDE}\n`,
  },
  {
    name: 'a symlink to a folder outside (its parent)',
    files: { 'cases/c.yaml': LINE('rate: ots') },
    setup: (dir) => symlinkSync('..', join(dir, 'cases', 'up')),
    extra: ['--format', 'json', '-o', 'out.json'],
    status: 0,
    stderr: `cases/up: waarschuwing: ${OUTSIDE}\n`,
  },
  {
    name: 'a symlink outside is followed with --follow-symlinks',
    files: { 'cases/c.yaml': LINE('rate: ots'), 'elders/x.yaml': C(SC).replace('c-1', 'c-1') },
    setup: (dir) => symlinkSync('../elders/x.yaml', join(dir, 'cases', 'x.yaml')),
    extra: ['--follow-symlinks'],
    status: 1,
    stderr: "elders/x.yaml:1:1: casus-id 'c-1' komt al voor in cases/c.yaml\n",
  },
];

export const CORPUS: readonly Entry[] = [
  // ------------------------------------------------------------------------------------ YAML syntax
  { name: 'unclosed double quote', files: { 'cases/c.yaml': `case: "c-1\n${SC}` }, status: 1, stderr: 'cases/c.yaml:1:7: aanhalingsteken " wordt niet gesloten\n' },
  { name: 'key without a colon', files: { 'cases/c.yaml': `case: c-1\ncurrent: []\nthreat\nbreakthrough: []\n` }, status: 1, stderr: "cases/c.yaml:3:1: een sleutel moet op één regel staan, gevolgd door ':'\n" },
  { name: 'two keys on one line', files: { 'cases/c.yaml': `case: c-1 title: x\n${SC}` }, status: 1, stderr: 'cases/c.yaml:1:7: twee sleutels op één regel; zet elke sleutel op een eigen regel, of zet de waarde tussen aanhalingstekens\n' },
  { name: 'value with a colon and space', files: { 'cases/c.yaml': C(`values:\n  legitimiteit: Jeugdwet: art. 2.3\n${SC}`) }, status: 1, stderr: 'cases/c.yaml:4:17: twee sleutels op één regel; zet elke sleutel op een eigen regel, of zet de waarde tussen aanhalingstekens\n' },
  { name: 'unclosed flow list', files: { 'cases/c.yaml': 'case: c-1\ncurrent: [\nthreat: []\n' }, status: 1, stderr: "cases/c.yaml:3:1: lijst of mapping tussen haakjes wordt niet gesloten met ']' (of springt niet ver genoeg in)\n" },
  { name: 'list dashes not lined up', files: { 'cases/c.yaml': C('current:\n  - rate: ots\n   - rate: ots\nthreat: []\nbreakthrough: []\n') }, status: 1, stderr: "cases/c.yaml:5:4: de streepjes '-' van een lijst moeten onder elkaar staan\n" },
  { name: 'value starting with @', files: { 'cases/c.yaml': C(`values:\n  betrokkenheid: @home\n${SC}`) }, status: 1, stderr: 'cases/c.yaml:4:18: een waarde mag niet beginnen met @; zet haar tussen aanhalingstekens\n' },
  { name: 'bad escape in double quotes', files: { 'cases/c.yaml': C(`values:\n  x: "C:\\map"\n${SC}`) }, status: 1, stderr: 'cases/c.yaml:4:9: ongeldige escape \\m tussen dubbele aanhalingstekens\n' },
  { name: 'alias to an anchor that does not exist', files: { 'cases/c.yaml': `case: c-1\ntitle: *naam\n${SC}` }, status: 1, stderr: 'cases/c.yaml:2:8: alias naam verwijst naar een anker (&) dat niet (eerder) bestaat\n' },
  { name: 'two YAML documents in one file', files: { 'cases/c.yaml': `case: c-1\n${SC}---\ncase: c-2\n${SC}` }, status: 1, stderr: 'cases/c.yaml:5:1: meer dan één YAML-document in dit bestand; zet één casus per bestand\n' },
  { name: 'a list as a key', files: { 'cases/c.yaml': `case: c-1\n[a, b]: 1\n${SC}` }, status: 1, stderr: 'cases/c.yaml:2:1: een sleutel moet een gewone naam zijn, geen lijst of mapping\n' },
  { name: 'tab indentation', files: { 'cases/c.yaml': C('current:\n\t- rate: ots\nthreat: []\nbreakthrough: []\n') }, status: 1, stderr: 'cases/c.yaml:4:1: tab gebruikt om in te springen; gebruik spaties\n' },
  { name: 'duplicate top-level key', files: { 'cases/c.yaml': `case: c-1\ncase: c-2\n${SC}` }, status: 1, stderr: "cases/c.yaml:2:1: sleutel 'case' komt twee keer voor\n" },
  { name: 'duplicate key inside a line', files: { 'cases/c.yaml': LINE('rate: ots\nfor: 3 months\nfor: 4 months') }, status: 1, stderr: "cases/c.yaml:6:5: sleutel 'for' komt twee keer voor\n" },
  { name: 'unknown YAML tag is a warning, the run succeeds', files: { 'cases/c.yaml': `case: c-1\ntitle: !geheim T\n${SC}` }, extra: ['--format', 'json', '-o', 'out.json'], status: 0, stderr: 'cases/c.yaml:2:8: waarschuwing: onbekende YAML-tag !geheim; de waarde wordt als tekst gelezen\n' },
  // ----------------------------------------------------------------------------------- wrong types
  { name: 'scenario is text, not a list', files: { 'cases/c.yaml': C('current: geen\nthreat: []\nbreakthrough: []\n') }, status: 1, stderr: "cases/c.yaml:3:10: 'current' moet een lijst zijn, niet tekst\n" },
  { name: 'scenario is empty', files: { 'cases/c.yaml': C('current:\nthreat: []\nbreakthrough: []\n') }, status: 1, stderr: "cases/c.yaml:3:9: 'current' moet een lijst zijn, niet leeg\n" },
  { name: 'count is text (English)', files: { 'cases/c.yaml': LINE('rate: ots\ncount: veel') }, extra: ['--lang', 'en'], status: 1, stderr: "cases/c.yaml:5:12: 'count' must be a number, not text\n" },
  { name: 'chance is a quoted number', files: { 'cases/c.yaml': LINE('rate: ots\nchance: "0.5"') }, status: 1, stderr: "cases/c.yaml:5:13: 'chance' moet een getal zijn, niet tekst\n" },
  { name: 'values is a list', files: { 'cases/c.yaml': C(`values:\n  - betrokkenheid\n${SC}`) }, status: 1, stderr: "cases/c.yaml:4:3: 'values' moet een mapping (sleutels met waarden) zijn, niet een lijst\n" },
  { name: 'missing scenario key', files: { 'cases/c.yaml': 'case: c-1\ncurrent: []\nthreat: []\n' }, status: 1, stderr: "cases/c.yaml:1:1: sleutel 'breakthrough' ontbreekt; schrijf `breakthrough: []` als er niets is\n" },
  { name: 'case id is not a slug', files: { 'cases/c.yaml': `case: Casus 1\n${SC}` }, status: 1, stderr: "cases/c.yaml:1:7: 'Casus 1' is geen geldige id: gebruik kleine letters, cijfers en '-'\n" },
  { name: 'file is a list', files: { 'cases/c.yaml': '- case: c-1\n' }, status: 1, stderr: 'cases/c.yaml:1:1: verwacht sleutels met waarden, niet een lijst\n' },
  { name: 'file of unknown kind', files: { 'cases/c.yaml': 'casus: c-1\n' }, status: 1, stderr: "cases/c.yaml:1:1: onbekend soort bestand: een casus begint met 'case:', een cohort met 'cohort:', een tarieventabel met 'table:'\n" },
  // ---------------------------------------------------------------------------------- unknown keys
  { name: 'unknown top-level key names the closest', files: { 'cases/c.yaml': `case: c-1\ntitel: T\n${SC}` }, status: 1, stderr: "cases/c.yaml:2:1: onbekende sleutel 'titel'; bedoelde u 'title'? De sleutels zijn Engels.\n" },
  { name: 'unknown line key names the closest', files: { 'cases/c.yaml': LINE('rate: ots\nchanse: 0.5') }, status: 1, stderr: "cases/c.yaml:5:5: onbekende sleutel 'chanse'; bedoelde u 'chance'?\n" },
  { name: '__proto__ key', files: { 'cases/c.yaml': `case: c-1\n__proto__: { polluted: true }\n${SC}` }, status: 1, stderr: "cases/c.yaml:2:1: onbekende sleutel '__proto__'\n" },
  { name: 'constructor key in a line', files: { 'cases/c.yaml': LINE('rate: ots\nconstructor: x') }, status: 1, stderr: "cases/c.yaml:5:5: onbekende sleutel 'constructor'\n" },
  // ------------------------------------------------------------------------------------ rate lines
  { name: 'unknown rate id with suggestions', files: { 'cases/c.yaml': LINE('rate: jeugdzorgplus') }, status: 1, stderr: "cases/c.yaml:4:11: onbekend tarief 'jeugdzorgplus'; bedoelde u 'jeugdzorg-plus'?\n" },
  { name: 'unknown rate id without a close match', files: { 'cases/c.yaml': LINE('rate: xyzzy') }, status: 1, stderr: "cases/c.yaml:4:11: onbekend tarief 'xyzzy'\n" },
  { name: 'hours on a month rate', files: { 'cases/c.yaml': LINE('rate: ots\nhours: 4') }, status: 1, stderr: "cases/c.yaml:4:5: 'hours' hoort alleen bij uurtarieven; 'ots' rekent per month\n" },
  { name: 'hour rate without hours', files: { 'cases/c.yaml': LINE('rate: ambulant') }, status: 1, stderr: "cases/c.yaml:4:5: 'ambulant' is een uurtarief: geef 'hours' (een totaal, of 'N per week' / 'N per month')\n" },
  { name: 'hours in an unknown form', files: { 'cases/c.yaml': LINE('rate: ambulant\nhours: 2 per fortnight') }, status: 1, stderr: "cases/c.yaml:5:12: ongeldige uren '2 per fortnight'; schrijf een totaal (40) of 'N per week' / 'N per month'\n" },
  { name: 'for on a one-off rate', files: { 'cases/c.yaml': LINE('rate: huisuitzetting\nfor: 3 months') }, status: 1, stderr: "cases/c.yaml:4:5: 'for' past niet bij eenmalige post 'huisuitzetting' (unit: once); gebruik 'count'\n" },
  { name: 'rate and item on one line', files: { 'cases/c.yaml': LINE('rate: ots\nitem: Extra') }, status: 1, stderr: "cases/c.yaml:4:5: een regel heeft 'rate' of 'item', niet beide\n" },
  { name: 'line with neither rate nor item', files: { 'cases/c.yaml': LINE('count: 2') }, status: 1, stderr: "cases/c.yaml:4:5: regel mist 'rate' (een tarief uit de tabel) of 'item' (een eigen post)\n" },
  { name: 'custom item missing law and payer', files: { 'cases/c.yaml': LINE('item: Vloer\nprice: 900') }, status: 1, stderr: "cases/c.yaml:4:5: eigen post 'Vloer' mist 'law'\ncases/c.yaml:4:5: eigen post 'Vloer' mist 'payer'\n" },
  { name: 'item field on a rate line', files: { 'cases/c.yaml': LINE('rate: ots\nlaw: Wmo') }, status: 1, stderr: "cases/c.yaml:5:5: 'law' hoort bij een eigen post ('item'); tarief 'ots' neemt dit uit de tarieventabel\n" },
  // ------------------------------------------------------------------------------------- durations
  { name: 'duration with an unknown unit', files: { 'cases/c.yaml': LINE('rate: ots\nfor: 3 mnths') }, status: 1, stderr: "cases/c.yaml:5:10: onbekende eenheid 'mnths' in duur '3 mnths'; bedoelde u 'months' of 'month'?\n" },
  { name: 'duration of zero', files: { 'cases/c.yaml': LINE('rate: ots\nfor: 0 weeks') }, status: 1, stderr: "cases/c.yaml:5:10: duur moet groter dan nul zijn ('0 weeks')\n" },
  { name: 'negative horizon', files: { 'cases/c.yaml': C(`horizon: -3 months\n${SC}`) }, status: 1, stderr: "cases/c.yaml:3:10: duur moet groter dan nul zijn ('-3 months')\n" },
  { name: 'duration without a unit', files: { 'cases/c.yaml': LINE('rate: ots\nfor: 3') }, status: 1, stderr: "cases/c.yaml:5:10: duur '3' mist een eenheid; schrijf bijv. '3 months' of '3 maanden'\n" },
  { name: 'duration in exponent notation', files: { 'cases/c.yaml': LINE('rate: ots\nfor: 1e30 days') }, status: 1, stderr: "cases/c.yaml:5:10: ongeldige duur '1e30 days'; schrijf bijv. '3 months' of '6 maanden'\n" },
  { name: 'for beyond the horizon', files: { 'cases/c.yaml': C('horizon: 6 months\ncurrent:\n  - rate: ots\n    for: 1 year\nthreat: []\nbreakthrough: []\n') }, status: 1, stderr: "cases/c.yaml:6:10: 'for: 1 year' is langer dan de horizon (6 months)\n" },
  // ------------------------------------------------------------------------------ chance and money
  { name: 'chance of zero', files: { 'cases/c.yaml': LINE('rate: ots\nchance: 0') }, status: 1, stderr: "cases/c.yaml:5:13: 'chance' moet groter dan 0 en hoogstens 1 zijn, niet 0\n" },
  { name: 'chance above one', files: { 'cases/c.yaml': LINE('rate: ots\nchance: 1.5') }, status: 1, stderr: "cases/c.yaml:5:13: 'chance' moet groter dan 0 en hoogstens 1 zijn, niet 1.5\n" },
  { name: 'negative chance', files: { 'cases/c.yaml': LINE('rate: ots\nchance: -0.5') }, status: 1, stderr: "cases/c.yaml:5:13: 'chance' moet groter dan 0 en hoogstens 1 zijn, niet -0.5\n" },
  { name: 'over-precise chance', files: { 'cases/c.yaml': LINE('rate: ots\nchance: 0.12345') }, status: 1, stderr: "cases/c.yaml:5:13: 'chance' heeft meer dan 4 decimalen (0.12345)\n" },
  { name: 'tiny chance in exponent notation', files: { 'cases/c.yaml': LINE('rate: ots\nchance: 1e-9') }, status: 1, stderr: "cases/c.yaml:5:13: 'chance' heeft meer dan 4 decimalen (1e-9)\n" },
  { name: 'negative price', files: { 'cases/c.yaml': LINE('rate: ots\nprice: -5') }, status: 1, stderr: "cases/c.yaml:5:12: 'price' mag niet negatief zijn (-5)\n" },
  { name: 'over-precise price', files: { 'cases/c.yaml': LINE('item: X\nprice: 10.005\nlaw: Wmo\npayer: gemeente') }, status: 1, stderr: "cases/c.yaml:5:12: 'price' heeft meer dan 2 decimalen (10.005); bedragen zijn in hele centen\n" },
  { name: 'price that is not a number (.nan)', files: { 'cases/c.yaml': LINE('rate: ots\nprice: .nan') }, status: 1, stderr: "cases/c.yaml:5:12: 'price' is geen getal (.nan)\n" },
  { name: 'huge numbers', files: { 'cases/c.yaml': C('current:\n  - rate: ots\n    count: 1e400\nthreat:\n  - item: X\n    price: 99999999999999999999999\n    law: Wmo\n    payer: gemeente\nbreakthrough: []\n') }, status: 1, stderr: "cases/c.yaml:5:12: getal '1e400' is te groot\ncases/c.yaml:8:12: getal '99999999999999999999999' is te groot\n" },
  { name: 'huge hours make a line too large', files: { 'cases/c.yaml': LINE('rate: ambulant\nhours: 99999999999999999 per week') }, status: 1, stderr: 'cases/c.yaml:4:5: het bedrag van deze regel is te groot (meer dan € 10 miljard); controleer aantallen, uren en duur\n' },
  { name: 'zero count', files: { 'cases/c.yaml': LINE('rate: ots\ncount: 0') }, status: 1, stderr: "cases/c.yaml:5:12: 'count' moet groter dan nul zijn, niet 0\n" },
  // ------------------------------------------------------------------------------- files and bytes
  { name: 'empty file', files: { 'cases/c.yaml': '' }, status: 1, stderr: 'cases/c.yaml: bestand is leeg\n' },
  { name: 'file of only comments', files: { 'cases/c.yaml': '# casus volgt\n# nog niet ingevuld\n' }, status: 1, stderr: 'cases/c.yaml: bestand is leeg\n' },
  { name: 'binary file', files: { 'cases/c.yaml': Buffer.from([0x63, 0x61, 0x73, 0x65, 0x3a, 0x20, 0x00, 0x01, 0xff, 0x0a]) }, status: 1, stderr: 'cases/c.yaml:1:7: geen tekstbestand (bevat NUL-bytes)\n' },
  { name: 'non-UTF-8 text (Latin-1)', files: { 'cases/c.yaml': Buffer.concat([Buffer.from('case: c-1\ntitle: caf'), Buffer.from([0xe9]), Buffer.from(`\n${SC}`)]) }, status: 1, stderr: 'cases/c.yaml:2:11: geen geldige UTF-8-tekst (byte 20); sla het bestand op als UTF-8\n' },
  { name: 'UTF-8 BOM is accepted', files: { 'cases/c.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LINE('rate: ots'))]) }, extra: ['--format', 'csv', '-o', 'out.csv'], status: 0, stderr: '' },
  { name: 'billion laughs (alias bomb)', files: { 'cases/c.yaml': billionLaughs() }, status: 1, stderr: 'cases/c.yaml:7:10: te veel YAML-aliassen (*); het bestand wordt niet uitgevouwen\n' },
  { name: 'very deep flow nesting', files: { 'cases/c.yaml': `case: c-1\ncurrent: []\nthreat: []\nbreakthrough: ${'['.repeat(20000)}${']'.repeat(20000)}\n` }, status: 1, stderr: 'cases/c.yaml:4:79: te diep genest (meer dan 64 niveaus)\n' },
  { name: 'very deep block nesting', files: { 'cases/c.yaml': `case: c-1\ncurrent: []\nthreat: []\nbreakthrough:\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}- `).join('\n')}\n` }, status: 1, stderr: 'cases/c.yaml:69:131: te diep genest (meer dan 64 niveaus)\n' },
  {
    name: 'a 50 MB file',
    setup: (dir) => {
      mkdirSync(join(dir, 'cases'), { recursive: true });
      // 50 × the same 1 MB of comment lines, written without building a 50 MB string
      const mb = Buffer.from(`# ${'x'.repeat(1021)}\n`.repeat(1024));
      const fd = openSync(join(dir, 'cases/c.yaml'), 'w');
      for (let i = 0; i < 50; i++) writeSync(fd, mb);
      closeSync(fd);
    },
    status: 1,
    stderr: 'cases/c.yaml: bestand is te groot (52428800 bytes; hoogstens 5242880)\n',
  },
  { name: 'duplicate case ids across files', files: { 'cases/a.yaml': C(SC), 'cases/sub/b.yaml': C(SC) }, status: 1, stderr: "cases/sub/b.yaml:1:1: casus-id 'c-1' komt al voor in cases/a.yaml\n" },
  // ---------------------------------------------------------------------------------- paths on disk
  { name: 'a path that does not exist', args: ['calc', 'nergens/', '--rates', 'rates.yaml'], status: 1, stderr: 'nergens/: bestand of map bestaat niet\n' },
  { name: 'a rates file that does not exist', files: { 'cases/c.yaml': LINE('rate: ots') }, args: ['calc', 'cases', '--rates', 'tarieven.yaml'], status: 1, stderr: 'tarieven.yaml: bestand of map bestaat niet\n' },
  { name: 'a folder without YAML files', files: { 'cases/readme.txt': 'nothing here' }, status: 1, stderr: 'cases: geen .yaml- of .yml-bestanden in deze map\n' },
  {
    name: 'symlink loop',
    files: { 'cases/c.yaml': LINE('rate: ots') },
    setup: (dir) => {
      // Within the folder given: a link out of it is skipped before any loop is found (issue 12, item 16).
      mkdirSync(join(dir, 'cases', 'sub'));
      symlinkSync('..', join(dir, 'cases', 'sub', 'loop'));
    },
    status: 0,
    stderr: 'cases/sub/loop: waarschuwing: symbolische koppeling vormt een lus; overgeslagen\n',
    extra: ['--format', 'json', '-o', 'out.json'],
  },
  {
    name: 'a symlink to itself',
    files: { 'cases/c.yaml': LINE('rate: ots') },
    setup: (dir) => symlinkSync('self.yaml', join(dir, 'cases', 'self.yaml')),
    status: 1,
    stderr: 'cases/self.yaml: symbolische koppeling verwijst (via een lus) naar zichzelf; kan niet gelezen worden\n',
  },
  {
    name: 'a named pipe is not read (would block)',
    setup: (dir) => {
      mkdirSync(join(dir, 'cases'), { recursive: true });
      execFileSync('mkfifo', [join(dir, 'cases', 'pipe.yaml')]);
    },
    args: ['calc', 'cases/pipe.yaml', '--rates', 'rates.yaml'],
    status: 1,
    stderr: 'cases/pipe.yaml: geen gewoon bestand (een pipe, socket of apparaat); niet gelezen\n',
  },
  {
    name: 'an unreadable file',
    files: { 'cases/a.yaml': LINE('rate: ots'), 'cases/b.yaml': C(SC).replace('c-1', 'c-2') },
    setup: (dir) => chmodSync(join(dir, 'cases', 'b.yaml'), 0o000),
    needsPermissions: true,
    status: 1,
    stderr: 'cases/b.yaml: geen leesrechten\n',
  },
  {
    name: 'an unreadable folder',
    files: { 'cases/a.yaml': LINE('rate: ots'), 'cases/geheim/b.yaml': C(SC).replace('c-1', 'c-2') },
    setup: (dir) => chmodSync(join(dir, 'cases', 'geheim'), 0o000),
    needsPermissions: true,
    status: 1,
    stderr: 'cases/geheim: geen leesrechten\n',
  },
  // ---------------------------------------------------------------------- rate tables and cohorts
  {
    name: 'rate table with a duplicate id and an empty source',
    files: {
      'cases/c.yaml': LINE('rate: ots'),
      'bad-rates.yaml': 'table: bad\ntitle: B\ncurrency: EUR\nprice_year: 2024\nrates:\n  - { id: ots, label: O, unit: month, price: 1, law: W, payer: g, source: "" }\n  - { id: ots, label: O, unit: month, price: 1, law: W, payer: g, source: s }\n',
    },
    args: ['calc', 'cases', '--rates', 'bad-rates.yaml'],
    status: 1,
    stderr: "bad-rates.yaml:6:75: tarief 'ots' heeft een lege 'source'; elke prijs heeft een bron nodig\nbad-rates.yaml:7:11: tarief-id 'ots' komt al voor op bad-rates.yaml:6:11\n",
  },
  {
    name: 'rate with an unknown unit',
    files: { 'cases/c.yaml': LINE('rate: ots'), 'bad-rates.yaml': 'table: bad\ntitle: B\ncurrency: EUR\nprice_year: 2024\nrates:\n  - { id: ots, label: O, unit: maand, price: 1, law: W, payer: g, source: s }\n' },
    args: ['calc', 'cases', '--rates', 'bad-rates.yaml'],
    status: 1,
    stderr: "bad-rates.yaml:6:32: 'unit' moet een van hour, day, week, month, year, once zijn, niet 'maand'\n",
  },
  {
    name: 'cohort naming a rate table that does not exist',
    files: { 'cases/cohort.yaml': 'cohort: k\nrates: ../geen.yaml\n', 'cases/c.yaml': LINE('rate: ots') },
    args: ['calc', 'cases'],
    status: 1,
    stderr: "cases/cohort.yaml:1:1: tarieventabel uit 'rates' bestaat niet: geen.yaml\n",
  },
  // -------------------------------------------------------------------------------------- usage
  { name: 'no paths (usage)', args: ['calc'], status: 2, stderr: "doorbraak: verplicht argument 'paden' ontbreekt\nZie 'doorbraak --help' of 'doorbraak <commando> --help'.\n" },
  { name: 'unknown format (usage)', args: ['calc', 'cases', '--format', 'pdf'], status: 2, stderr: "doorbraak: optie '-f, --format <formaat>': 'pdf' is ongeldig; kies uit table, json, csv, md, html, xlsx\nZie 'doorbraak --help' of 'doorbraak <commando> --help'.\n" },
  { name: 'unknown option (usage)', args: ['calc', 'cases', '--ratse', 'rates.yaml'], status: 2, stderr: "doorbraak: onbekende optie '--ratse'; bedoelde u --rates?\nZie 'doorbraak --help' of 'doorbraak <commando> --help'.\n" },
  ...ISSUE_12,
];
