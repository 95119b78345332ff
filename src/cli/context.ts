/** What a command needs from the outside world, so that commands stay thin and testable. */
import { resolve } from 'node:path';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../data/diagnostic.js';
import { type Lang, formatDiagnostic } from '../write/i18n/index.js';
import { writeFileAtomic } from '../write/output.js';
import { type Style, colourWanted, makeStyle } from '../write/style.js';
import { type Target, guardStdout, inputTargets, writeFailure } from './output-guard.js';

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The terminal's width in characters when stdout is a terminal (process.stdout.columns). */
  readonly columns?: number;
}

export function processIo(): Io {
  // A full disk or a closed pipe on stdout: a short message or a quiet end, not a stack trace.
  guardStdout(process.argv);
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  };
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** Print diagnostics (sorted, one line each) to stderr; true when any is an error. */
export function report(io: Io, ds: readonly Diagnostic[], lang: Lang): boolean {
  for (const d of sortDiagnostics(ds)) io.err(formatDiagnostic(d, lang) + '\n');
  return hasErrors(ds);
}

/** Colour for stdout: only on a TTY, never with NO_COLOR, never when writing a file. */
export function stdoutStyle(io: Io, toFile: boolean): Style {
  return makeStyle(!toFile && colourWanted({ isTTY: io.stdoutIsTTY }, io.env));
}

/**
 * How wide the terminal tables may be: COLUMNS when it is set (a person asked for that width), else
 * the terminal's own width; none on a pipe or into a file (every column at its natural width).
 */
export function stdoutWidth(io: Io, toFile: boolean): number | undefined {
  if (toFile) return undefined;
  const env = io.env.COLUMNS;
  if (env !== undefined && /^\d{1,4}$/.test(env.trim()) && Number(env) >= 20) return Number(env);
  return io.columns !== undefined && io.columns > 0 ? Math.max(20, io.columns) : undefined;
}

/** The terminal's width as a renderer option: none on a pipe or with -o. */
export function widthOf(io: Io, toFile: boolean): { width?: number } {
  const width = stdoutWidth(io, toFile);
  return width !== undefined ? { width } : {};
}

/**
 * Write a command's output to stdout, or whole-or-nothing to -o FILE (relative to io.cwd, as every
 * path a command is given). Returns an exit status.
 */
export function deliver(io: Io, text: string | Uint8Array, output: string | undefined, lang: Lang): number {
  if (!output) {
    io.out(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
    return EXIT.ok;
  }
  try {
    writeFileAtomic(resolve(io.cwd, output), text);
    return EXIT.ok;
  } catch (e) {
    report(io, [writeFailure(output, e)], lang);
    return EXIT.invalid;
  }
}

/**
 * Refuse (exit 2, reported) an output or lock path that is one of the run's inputs, before anything is
 * written; undefined when every target is safe.
 */
export function refuseOverInput(io: Io, lang: Lang, targets: readonly Target[], inputs: readonly { readonly abs: string }[]): number | undefined {
  const over = inputTargets(targets, inputs.map((f) => f.abs), io.cwd);
  if (!over.length) return undefined;
  report(io, over, lang);
  return EXIT.usage;
}
