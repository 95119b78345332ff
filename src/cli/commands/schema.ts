/** `doorbraak schema case|rates|cohort|index`: the JSON Schema of a file kind, for editors. */
import { type Command, Argument } from 'commander';
import { SCHEMA_KINDS, type SchemaKind } from '../../data/inputs.js';
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
  cmd.action(async (kind: SchemaKind, opts: { output?: string; lang: Lang }) => {
    // Loaded only here: zod's JSON Schema output is needed by no other command.
    const { renderJsonSchema } = await import('../../read/json-schema.js');
    setExit(deliver(io, renderJsonSchema(kind), opts.output, opts.lang));
  });
}
