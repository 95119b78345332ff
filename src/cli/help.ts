/**
 * The help text in the user's language through and through. Commander writes its own words into a
 * help text ('Usage:', 'Options:', '[options]', '(choices: …, default: …)', the descriptions of
 * -h/--help, -V/--version and the help command); this gives it the words of src/write/i18n/
 * (section `commander` and `help`) instead. English is commander's own wording.
 */
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { type Lang, argumentName, localiseNames, texts } from '../write/i18n/index.js';

/** "(keuze uit "nl", "en"; standaard: "nl")" after a description; commander's rules for when to show what. */
function withExtras(description: string, extras: readonly string[], separator: string): string {
  if (!extras.length) return description;
  const extra = `(${extras.join(separator)})`;
  return description ? `${description} ${extra}` : extra;
}

export function helpConfiguration(lang: Lang): HelpConfiguration {
  const words = texts(lang).commander;
  const word = (s: string): string => words.words[s] ?? s;
  const choices = (list: readonly string[] | undefined): string[] => (list ? [words.choices(list.map((c) => JSON.stringify(c)).join(', '))] : []);
  return {
    styleTitle: word,
    // Option values, arguments and their names in the user's language: `--rates <bestand>`, `<paden...>`.
    styleOptionText: (s) => word(localiseNames(s, lang)),
    styleSubcommandText: word,
    styleArgumentText: (s) => word(/^[a-z]+$/.test(s) ? argumentName(s, lang) : localiseNames(s, lang)),
    optionDescription(option: Option): string {
      const extras = choices(option.argChoices);
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      // A description that already says its default ("…; standaard de tabel van het cohort") gets no second one.
      const saysDefault = option.description.toLowerCase().includes(words.defaultValue('').trim().replace(/:$/, ''));
      if (option.defaultValue !== undefined && showDefault && !saysDefault) {
        extras.push(words.defaultValue(option.defaultValueDescription || words.value(option.defaultValue)));
      }
      if (option.presetArg !== undefined && option.optional) extras.push(words.preset(JSON.stringify(option.presetArg)));
      if (option.envVar !== undefined) extras.push(words.env(option.envVar));
      return withExtras(option.description, extras, words.separator);
    },
    argumentDescription(argument: Argument): string {
      const extras = choices(argument.argChoices);
      if (argument.defaultValue !== undefined) {
        extras.push(words.defaultValue(argument.defaultValueDescription || words.value(argument.defaultValue)));
      }
      return withExtras(argument.description, extras, words.separator);
    },
  };
}

/**
 * Help and version in the user's language on the program; subcommands made afterwards with
 * `program.command()` inherit them (commander copies the help option, help command and configuration).
 */
export function localiseHelp(program: Command, lang: Lang): Command {
  const help = texts(lang).help;
  return program
    .configureHelp(helpConfiguration(lang))
    .helpOption('-h, --help', help.help)
    .helpCommand('help [command]', help.helpCommand);
}
