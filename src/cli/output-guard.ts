/**
 * Guards around everything doorbraak writes (issue 12):
 * - an output (`-o`) or lock (`--lock`) path that is, or leads through a symbolic link to, any input
 *   read in the run (a case, a cohort, a rate table, the price index) is refused with exit 2 before
 *   anything is written: doorbraak never writes over its input;
 * - a failed write becomes one message (a read-only target has its own);
 * - standard output that cannot be written (a full disk) ends the run with a short message and exit
 *   70; a reader that went away (a closed pipe, `| head`) ends it quietly.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { formatDiagnostic } from '../write/i18n/index.js';
import { RefusedTarget } from '../write/output.js';
import { langFromArgv } from './options.js';

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // Not there (yet): the real folder and the name; a file that does not exist is no input.
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return p;
    }
  }
}

export interface Target {
  /** The option as the user typed it: '-o' or '--lock'. */
  readonly option: string;
  /** The path as given, if the option was given. */
  readonly path: string | undefined;
}

/**
 * The usage errors for every target that is one of `inputs` (absolute paths of everything read in
 * this run), comparing real paths, so that a symbolic link or `./x/../x.yaml` cannot get round it.
 */
export function inputTargets(targets: readonly Target[], inputs: Iterable<string>, cwd: string): Diagnostic[] {
  const given = targets.filter((t): t is Target & { path: string } => t.path !== undefined && t.path !== '');
  if (!given.length) return [];
  const reals = new Set<string>();
  for (const i of inputs) reals.add(real(i));
  return given
    .filter((t) => reals.has(real(resolve(cwd, t.path))))
    .map((t) => diag(filePos('doorbraak'), 'usage.output_is_input', { option: t.option, file: t.path }));
}

/** The message for an output that could not be written. */
export function writeFailure(path: string, e: unknown): Diagnostic {
  if (e instanceof RefusedTarget && e.code === 'EREADONLY') return diag(filePos(path), 'io.read_only');
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? String(e);
  return diag(filePos(path), 'io.write_failed', { reason: code });
}

let guarded = false;

/**
 * Standard output errors: EPIPE (the reader is gone) is ignored, so the run ends quietly with its own
 * status; anything else (ENOSPC on a full disk, EIO) prints one line and exits 70 at once, instead of
 * Node's unhandled 'error' event and stack trace.
 */
export function guardStdout(argv: readonly string[]): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    const lang = langFromArgv(argv);
    try {
      process.stderr.write(formatDiagnostic(diag(filePos('doorbraak'), 'io.stdout_failed', { reason: e.code ?? String(e.message) }), lang) + '\n');
    } finally {
      process.exit(70);
    }
  });
}

