/** What a command needs from the outside world, so that commands stay thin and testable. */
import { resolve } from 'node:path';
import { type Diagnostic, diag, filePos, hasErrors, sortDiagnostics } from '../data/diagnostic.js';
import type { Lang } from '../write/i18n.js';
import { formatDiagnostic } from '../write/messages.js';
import { writeFileAtomic } from '../write/output.js';
import { type Style, colourWanted, makeStyle } from '../write/style.js';

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

export function processIo(): Io {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
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

/** Write a command's output to stdout, or whole-or-nothing to -o FILE (relative to io.cwd). Returns an exit status. */
export function deliver(io: Io, text: string | Uint8Array, output: string | undefined, lang: Lang): number {
  if (!output) {
    io.out(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
    return EXIT.ok;
  }
  try {
    writeFileAtomic(resolve(io.cwd, output), text);
    return EXIT.ok;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    report(io, [diag(filePos(output), 'io.write_failed', { reason: code })], lang);
    return EXIT.invalid;
  }
}
