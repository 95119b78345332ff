/**
 * The catalogues (src/write/i18n/): both languages have every text, every message code used in src/
 * has a text and every text is used, no other file holds words or chooses between languages, and
 * the defects the move removed stay fixed (the privacy kind `date`, --lang=en for an internal error,
 * English commander words in the Dutch help).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { langFromArgv } from '../src/cli/options.js';
import { PRIVACY_KINDS } from '../src/data/privacy.js';
import { CATALOG, LANGS, TEXTS, messageText } from '../src/write/i18n/index.js';
import { ROOT, tempTree } from './helpers.js';

const SRC = join(ROOT, 'src');
const CATALOGUE_DIR = join(SRC, 'write', 'i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}
/** Every source file except the catalogues, as [path relative to the root, text]. */
const OUTSIDE = sourceFiles(SRC)
  .filter((f) => !f.startsWith(CATALOGUE_DIR))
  .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')] as const);

/** The CLI in this process: exit status, stdout and stderr. */
async function cli(argv: string[], opts: { cwd?: string; out?: (s: string) => void } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    out: opts.out ?? ((s: string) => void (stdout += s)),
    err: (s: string) => void (stderr += s),
    env: {},
    cwd: opts.cwd ?? ROOT,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** The key paths of a section tree; lookup tables (commander words, usage rules) count as one leaf. */
function shape(o: unknown, path = ''): string[] {
  if (typeof o !== 'object' || o === null || Array.isArray(o) || path === 'commander.words') return [path];
  return Object.keys(o)
    .sort()
    .flatMap((k) => shape((o as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
}

describe('the catalogues', () => {
  it('Dutch and English have the same sections, texts and message codes', () => {
    expect(shape(TEXTS.en)).toEqual(shape(TEXTS.nl));
    expect(Object.keys(CATALOG.en).sort()).toEqual(Object.keys(CATALOG.nl).sort());
  });

  it('every message code used in src/ has a text in both languages, and every text is used', () => {
    const used = new Set<string>();
    for (const [, text] of OUTSIDE) for (const m of text.matchAll(/'([a-z]+\.[a-z_]+)'/g)) used.add(m[1]!);
    // Dotted literals that are not message codes: file names and commander's error codes.
    const notCodes = [...used].filter((c) => /\.(ya?ml|json)$/.test(c) || c.startsWith('commander.'));
    const codes = [...used].filter((c) => !notCodes.includes(c)).sort();
    expect(codes.filter((c) => !(c in CATALOG.nl) || !(c in CATALOG.en))).toEqual([]);
    expect(Object.keys(CATALOG.nl).filter((c) => !used.has(c))).toEqual([]);
  });

  it('every privacy kind has its words (the kind "date" once had none)', () => {
    for (const lang of LANGS) for (const k of PRIVACY_KINDS) expect(TEXTS[lang].privacyKinds[k], `${lang} ${k}`).toMatch(/\w \w/);
    expect(messageText({ code: 'privacy.found', args: { key: 'title', kind: 'date', masked: '1*-**-***1' } }, 'nl')).toBe(
      "'title' lijkt een datum te bevatten (1*-**-***1); een casusbestand hoort gepseudonimiseerd te zijn",
    );
    expect(messageText({ code: 'privacy.found', args: { key: 'title', kind: 'date', masked: '1*-**-***1' } }, 'en')).toBe(
      "'title' seems to contain a date (1*-**-***1); a case file should be pseudonymised",
    );
  });
});

describe('no words outside the catalogues', () => {
  it('no file outside src/write/i18n/ chooses between languages itself', () => {
    const choosing = /[=!]==? ?'(nl|en)'|'(nl|en)' ?[=!]==|\bt\(lang,|\bnl: ?[{'"`]|Record<Lang,|\[(style\.|opts\.|m\.)?lang\]/;
    const found = OUTSIDE.flatMap(([file, text]) =>
      text
        .split('\n')
        .map((line, i) => [i + 1, line] as const)
        .filter(([, line]) => choosing.test(line))
        .map(([n, line]) => `${file}:${n}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('no sentence in a string literal of src/write or src/cli (markup, CSS and XML aside)', () => {
    // Words that are names, not sentences: the program's own name as the place of a diagnostic.
    const allowed = new Set(['doorbraak diff']);
    const found: string[] = [];
    for (const [file, text] of OUTSIDE.filter(([f]) => f.startsWith(join('src', 'write')) || f.startsWith(join('src', 'cli')))) {
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const visit = (n: ts.Node): void => {
        if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
        if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
          const s = n.text;
          if (/\p{L}{2,} \p{L}{2,}/u.test(s) && !/[<>{}=]/.test(s) && !allowed.has(s)) {
            found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${JSON.stringify(s)}`);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });
});

describe('one reading of --lang', () => {
  it.each([
    [[], 'nl'],
    [['calc', 'x', '--lang', 'en'], 'en'],
    [['calc', 'x', '--lang=en'], 'en'],
    [['--lang=en', 'calc'], 'en'],
    [['calc', 'x', '--lang', 'en', '--lang', 'nl'], 'nl'],
    [['calc', 'x', '--lang', 'fr'], 'nl'],
    [['calc', 'en'], 'nl'],
    [['calc', '--', '--lang', 'en'], 'nl'],
  ] as const)('%j → %s', (argv, lang) => {
    expect(langFromArgv(argv)).toBe(lang);
  });

  it('an internal error is told in the language asked for, also as --lang=en', async () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const en = "doorbraak: internal error: boom\nThis is a bug in doorbraak, not in your files. Please report it with the command you ran (run again with --debug for details).\n";
    const nl = 'doorbraak: interne fout: boom\nDit is een fout in doorbraak, niet in uw bestanden. Meld het graag, met de opdracht die u gaf (draai opnieuw met --debug voor details).\n';
    expect(await cli(['schema', 'case', '--lang=en'], { out: boom })).toEqual({ status: 70, stdout: '', stderr: en });
    expect(await cli(['schema', 'case', '--lang', 'en'], { out: boom })).toEqual({ status: 70, stdout: '', stderr: en });
    expect(await cli(['schema', 'case'], { out: boom })).toEqual({ status: 70, stdout: '', stderr: nl });
  });
});

describe('help in one language', () => {
  const COMMANDS = ['calc', 'explain', 'check', 'diff', 'verify', 'schema', 'new', 'template', 'import', 'export'];
  // What commander writes itself, in English.
  const ENGLISH = ['Usage:', 'Arguments:', 'Options:', 'Commands:', '[options]', '[command]', 'display help', 'output the version', 'choices:', 'default:'];

  it.each([[[]], ...COMMANDS.map((c) => [[c]])])('%j --help in Dutch has no English words of commander', async (cmd) => {
    const r = await cli([...cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Gebruik: doorbraak /);
    for (const w of ENGLISH) expect(r.stdout, w).not.toContain(w);
  });

  it('the Dutch help says choices, defaults and the help option in Dutch', async () => {
    const calc = (await cli(['calc', '--help'])).stdout;
    expect(calc).toContain('Gebruik: doorbraak calc [opties] <paden...>');
    expect(calc).toContain('\nArgumenten:\n');
    expect(calc).toContain('\nOpties:\n');
    expect(calc).toContain('taal van labels en meldingen (keuze uit "nl", "en";\n');
    expect(calc).toContain('(standaard: 5)');
    expect(calc).toMatch(/-h, --help +toon de hulp bij dit commando\n/);
    const top = (await cli(['--help'])).stdout;
    expect(top).toContain('\nCommando’s:\n');
    expect(top).toMatch(/-V, --version +toon het versienummer\n/);
    expect(top).toMatch(/help \[commando\] +toon de hulp bij een commando\n/);
  });

  it('the English help is commander’s own wording, as --lang en or --lang=en', async () => {
    for (const lang of [['--lang', 'en'], ['--lang=en']]) {
      const calc = (await cli(['calc', '--help', ...lang])).stdout;
      expect(calc).toContain('Usage: doorbraak calc [options] <paths...>');
      expect(calc).toContain('language of labels and messages (choices: "nl", "en",\n');
      expect(calc).toMatch(/-h, --help +display help for command\n/);
      const top = (await cli(['--help', ...lang])).stdout;
      expect(top).toMatch(/help \[command\] +display help for command\n/);
      expect(top).toMatch(/-V, --version +output the version number\n/);
    }
  });
});

describe('check names the privacy kind "date"', () => {
  it('in Dutch and English', async () => {
    const cwd = tempTree({ 'c/p.yaml': 'case: p-1\ntitle: gesprek op 12-03-2021\ncurrent: []\nthreat: []\nbreakthrough: []\n' });
    expect(await cli(['check', 'c'], { cwd })).toEqual({
      status: 0,
      stdout: '',
      stderr: "c/p.yaml:2:19: waarschuwing: 'title' lijkt een datum te bevatten (1*-**-***1); een casusbestand hoort gepseudonimiseerd te zijn\n",
    });
    expect((await cli(['check', 'c', '--lang', 'en'], { cwd })).stderr).toBe(
      "c/p.yaml:2:19: warning: 'title' seems to contain a date (1*-**-***1); a case file should be pseudonymised\n",
    );
  });
});
