/** `doorbraak schema case|rates|cohort|index`: the JSON Schema of a file kind, for editors. */
import { type Command, Argument } from 'commander';
import { SCHEMA_KINDS, renderJsonSchema } from '../../read/json-schema.js';
import type { SchemaKind } from '../../read/json-schema.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { type Io, deliver } from '../context.js';
import { addLangOption } from '../options.js';

export function registerSchema(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const { help: common, schema } = texts(lang);
  const cmd = program
    .command('schema')
    .description(schema.help.description)
    .addArgument(new Argument('<kind>', schema.help.arguments.kind).choices([...SCHEMA_KINDS]))
    .option('-o, --output <file>', common.output);
  addLangOption(cmd, lang);
  cmd.action((kind: SchemaKind, opts: { output?: string; lang: Lang }) => setExit(deliver(io, renderJsonSchema(kind), opts.output, opts.lang)));
}
