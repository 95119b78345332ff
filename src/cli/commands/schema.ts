/** `doorbraak schema case|rates|cohort|index`: the JSON Schema of a file kind, for editors. */
import { type Command, Argument } from 'commander';
import { SCHEMA_KINDS, renderJsonSchema } from '../../read/json-schema.js';
import type { SchemaKind } from '../../read/json-schema.js';
import type { Lang } from '../../write/i18n.js';
import { type Io, deliver } from '../context.js';
import { addLangOption, t } from '../options.js';

export function registerSchema(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const cmd = program
    .command('schema')
    .description(
      t(lang, {
        nl: 'print het JSON Schema van een soort bestand, voor editors (yaml-language-server)',
        en: 'print the JSON Schema of a kind of file, for editors (yaml-language-server)',
      }),
    )
    .addArgument(new Argument('<kind>', t(lang, { nl: 'soort bestand', en: 'kind of file' })).choices([...SCHEMA_KINDS]))
    .option('-o, --output <file>', t(lang, { nl: 'schrijf naar dit bestand (in zijn geheel of niet)', en: 'write to this file (whole or not at all)' }));
  addLangOption(cmd, lang);
  cmd.action((kind: SchemaKind, opts: { output?: string; lang: Lang }) => setExit(deliver(io, renderJsonSchema(kind), opts.output, opts.lang)));
}
