/**
 * The command line: commander wiring, exit statuses and the last line of defence. Each command lives
 * in its own file under commands/. Exit 0 ok, 1 invalid input or failed check, 2 usage, 70 internal.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { EXIT, type Io, processIo } from './context.js';
import { localiseHelp } from './help.js';
import { langFromArgv } from './options.js';
import { type Lang, texts, usageMessage } from '../write/i18n/index.js';
import { registerCalc } from './commands/calc.js';
import { registerExplain } from './commands/explain.js';
import { registerSchema } from './commands/schema.js';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { registerVerify } from './commands/verify.js';
import { registerRates } from './commands/rates.js';
import { registerNew } from './commands/new.js';
import { registerTemplate } from './commands/template.js';
import { registerImport } from './commands/import.js';
import { registerExport } from './commands/export.js';

/** Every command, each in its own file under commands/. */
const COMMANDS: ReadonlyArray<(program: Command, io: Io, lang: Lang, setExit: (code: number) => void) => void> = [
  registerCalc,
  registerExplain,
  registerCheck,
  registerDiff,
  registerVerify,
  registerSchema,
  registerRates,
  registerNew,
  registerTemplate,
  registerImport,
  registerExport,
];

const require = createRequire(import.meta.url);
const pkg = require('../../package.json') as { version: string };

export const VERSION = pkg.version;

export function buildProgram(io: Io, argv: readonly string[], setExit: (code: number) => void): Command {
  const lang = langFromArgv(argv);
  const output = {
    writeOut: (s: string) => io.out(s),
    writeErr: (s: string) => io.err(s),
    outputError: (s: string) => io.err(usageMessage(s, lang)),
    // Help wraps at the terminal's width only when io says it is a terminal (commander would ask
    // process.stdout), else at commander's default of 80.
    getOutHelpWidth: () => (io.stdoutIsTTY ? (process.stdout.columns ?? 80) : 80),
    getErrHelpWidth: () => (io.stderrIsTTY ? (process.stderr.columns ?? 80) : 80),
  };
  const help = texts(lang).help;
  const program = localiseHelp(new Command(), lang);
  program
    .name('doorbraak')
    .description(help.program)
    .version(VERSION, '-V, --version', help.version)
    .option('--debug', help.debug)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput(output);
  for (const register of COMMANDS) register(program, io, lang, setExit);
  for (const c of program.commands) c.exitOverride().configureOutput(output);
  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const debug = argv.includes('--debug');
  try {
    const program = buildProgram(io, argv, (c) => {
      code = c;
    });
    if (!argv.length) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    io.err(texts(langFromArgv(argv)).diagnostics.internalError((e as Error)?.message ?? String(e)));
    if (debug && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return EXIT.internal;
  }
}
