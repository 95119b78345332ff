/** Options shared by several commands; their help texts are in src/write/i18n/ (section `help`). */
import { Command, Option } from 'commander';
import { LANGS, type Lang, texts } from '../write/i18n/index.js';
import { FORMATS, type Format } from '../write/render/formats.js';

export { FORMATS, type Format };

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

/**
 * The language asked for on the command line (`--lang en` or `--lang=en`; the last one counts, as in
 * commander), read before commander parses: help and usage errors are printed during parsing, and an
 * internal error may come before or after it. The one place that reads --lang from argv.
 */
export function langFromArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'nl';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) lang = value as Lang;
  }
  return lang;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function addInputOptions(cmd: Command, lang: Lang): Command {
  cmd.option('--follow-symlinks', texts(lang).help.followSymlinks, false);
  return cmd.option('--rates <file>', texts(lang).help.rates, collect, []);
}

export function addLangOption(cmd: Command, lang: Lang): Command {
  return cmd.addOption(new Option('--lang <lang>', texts(lang).help.lang).choices([...LANGS]).default('nl'));
}

export function addOutputOptions(cmd: Command, lang: Lang, formats: readonly string[] = FORMATS): Command {
  const help = texts(lang).help;
  addLangOption(cmd, lang);
  return cmd
    .addOption(new Option('-f, --format <format>', help.format).choices([...formats]).default('table'))
    .option('--cents', help.cents, false)
    .option('-o, --output <file>', help.output);
}
