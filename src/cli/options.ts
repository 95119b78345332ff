/** Options shared by several commands, with their help text in Dutch and English. */
import { Command, Option } from 'commander';
import { LANGS, type Lang } from '../write/i18n.js';

export const FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions {
  format: Format;
  lang: Lang;
  cents: boolean;
  output?: string;
}

export interface InputOptions {
  rates: string[];
  /** Follow symbolic links that lead outside the folders given (issue 12). */
  followSymlinks?: boolean;
}

/** Language for help text, read before commander parses (help is printed during parsing). */
export function helpLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'nl';
}

type H = Record<Lang, string>;
export const t = (lang: Lang, h: H): string => h[lang];

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function addInputOptions(cmd: Command, lang: Lang): Command {
  // issue 12
  cmd.option(
    '--follow-symlinks',
    t(lang, {
      nl: 'volg ook symbolische koppelingen die buiten de opgegeven mappen leiden (standaard: overgeslagen met een waarschuwing)',
      en: 'also follow symbolic links that lead outside the folders given (default: skipped with a warning)',
    }),
    false,
  );
  return cmd.option(
    '--rates <file>',
    t(lang, {
      nl: 'tarieventabel (herhaalbaar; een latere tabel overschrijft een eerdere per tarief); standaard de tabel van het cohort, anders de meegeleverde tabel',
      en: 'rate table (repeatable; a later table overrides an earlier one rate by rate); default: the cohort’s table, else the bundled table',
    }),
    collect,
    [],
  );
}

export function addLangOption(cmd: Command, lang: Lang): Command {
  return cmd.addOption(
    new Option('--lang <lang>', t(lang, { nl: 'taal van labels en meldingen', en: 'language of labels and messages' })).choices([...LANGS]).default('nl'),
  );
}

export function addOutputOptions(cmd: Command, lang: Lang, formats: readonly string[] = FORMATS): Command {
  addLangOption(cmd, lang);
  return cmd
    .addOption(new Option('-f, --format <format>', t(lang, { nl: 'uitvoerformaat', en: 'output format' })).choices([...formats]).default('table'))
    .option('--cents', t(lang, { nl: 'bedragen in centen tonen in plaats van hele euro’s', en: 'show cents instead of whole euros' }), false)
    .option('-o, --output <file>', t(lang, { nl: 'schrijf naar dit bestand (in zijn geheel of niet)', en: 'write to this file (whole or not at all)' }));
}
