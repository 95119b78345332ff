/**
 * Finding and reading input files: folders are walked recursively for *.yaml / *.yml in byte order,
 * symlink loops and duplicates are skipped, and every file is checked to be reasonable UTF-8 text
 * before YAML ever sees it. Nothing here opens a file for writing.
 */
import { type Dirent, closeSync, constants as fsConstants, fstatSync, openSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { type Diagnostic, compareStrings, diag, filePos } from '../data/diagnostic.js';

/** Largest input file read: far above any real case file or rate table, small enough to fail fast. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** The installed package's root folder (where rates/ ships). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A path as shown to the user: relative to the working directory when inside it; a file doorbraak
 * ships (rates/, outside the working directory) as `doorbraak:rates/…`, so that output does not depend
 * on where doorbraak is installed; anything else absolute. Only rates/ ships: the example cases of a
 * clone (cases/, examples/) are the user's files like any other, so a lock written elsewhere names them
 * by their path and verifies from its own folder.
 */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  const inPkg = relative(PACKAGE_ROOT, abs);
  if (inPkg.startsWith(`rates${sep}`)) return `doorbraak:${inPkg.split(sep).join('/')}`;
  return abs;
}

export interface FoundFiles {
  /** Absolute real paths, sorted, without duplicates. */
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
}

export interface FindOptions {
  /**
   * Follow symbolic links that lead outside the folders given (issue 12). Without it such a link is
   * skipped with a warning (`io.symlink_outside`); links within the folders given are always followed.
   */
  readonly followSymlinks?: boolean;
}

/** Expand files and folders given on the command line. */
export function findFiles(paths: readonly string[], cwd = process.cwd(), opts: FindOptions = {}): FoundFiles {
  const out = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const seenDirs = new Set<string>();
  // The folders given, as real paths: a symbolic link found while walking must stay inside one of them.
  const roots = paths.map((p) => realOrSelf(resolve(cwd, p)));
  const inside = (real: string): boolean => roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
  /** The folders of the current descent, to tell a symlink loop from a folder reached twice. */
  const walking = new Set<string>();

  const walk = (dir: string, shown: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      diagnostics.push(diag(filePos(shown), ioCode(e), { reason: ioReason(e) }));
      return;
    }
    if (walking.has(real)) {
      diagnostics.push(diag(filePos(shown), 'io.symlink_loop', {}, 'warning'));
      return;
    }
    // A folder already walked for another path (`cases cases/spoor-6`) is not a loop: skip it quietly.
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      diagnostics.push(diag(filePos(shown), ioCode(e), { reason: ioReason(e) }));
      return;
    }
    walking.add(real);
    const kinds = new Map<string, Dirent>();
    for (const e of entries) kinds.set(e.name, e);
    const names = [...kinds.keys()].sort(compareStrings);
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const shownChild = shown === '.' ? name : `${shown}/${name}`;
      // A regular file (not a symlink) in a folder whose real path is known: its real path is that
      // folder's plus its name, with no stat and no realpath call (10,000 of each at 10,000 files).
      if (kinds.get(name)!.isFile()) {
        if (isYamlName(name)) out.add(join(real, name));
        continue;
      }
      let st;
      try {
        st = statSync(full);
      } catch (e) {
        // A broken link or an unreadable entry that is not a YAML file is none of our business.
        if (!isYamlName(name)) continue;
        diagnostics.push(diag(filePos(shownChild), ioCode(e), { reason: ioReason(e) }));
        continue;
      }
      if (!st.isDirectory() && !(st.isFile() && isYamlName(name))) continue;
      if (kinds.get(name)!.isSymbolicLink() && !opts.followSymlinks) {
        const target = realOrSelf(full);
        if (!inside(target)) {
          diagnostics.push(diag(filePos(shownChild), 'io.symlink_outside', {}, 'warning'));
          continue;
        }
      }
      if (st.isDirectory()) walk(full, shownChild);
      else if (st.isFile() && isYamlName(name)) {
        try {
          // The system's realpath(3): one call instead of an lstat per path component.
          out.add(realpathSync.native(full));
        } catch (e) {
          diagnostics.push(diag(filePos(shownChild), ioCode(e), { reason: ioReason(e) }));
        }
      }
    }
    walking.delete(real);
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      diagnostics.push(diag(filePos(p), ioCode(e), { reason: ioReason(e) }));
      continue;
    }
    if (st.isDirectory()) {
      const realDir = realOrSelf(abs);
      if (seenDirs.has(realDir)) continue;
      walk(abs, displayPath(abs, cwd));
      // Files found earlier for another path (`cases/a cases`) count too.
      const found = [...out].some((f) => f.startsWith(realDir + sep));
      if (!found && !diagnostics.some((d) => d.file.startsWith(displayPath(abs, cwd)))) {
        diagnostics.push(diag(filePos(displayPath(abs, cwd)), 'io.no_yaml', {}));
      }
    } else {
      try {
        out.add(realpathSync(abs));
      } catch (e) {
        diagnostics.push(diag(filePos(p), ioCode(e), { reason: ioReason(e) }));
      }
    }
  }
  return { files: [...out].sort(compareStrings), diagnostics };
}

/** The real path of `p` (symbolic links resolved), or `p` itself when it does not exist. */
export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function ioCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'io.not_found';
  if (code === 'EACCES' || code === 'EPERM') return 'io.permission';
  if (code === 'ELOOP') return 'io.link_loop';
  if (code === 'EISDIR') return 'io.is_dir';
  return 'io.unreadable';
}

function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  return err?.code ?? String(err?.message ?? e);
}

/** The sha256 of bytes read, hex: how every input file is identified in locks and reports. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type TextResult = { ok: true; text: string; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

/** Read a file as UTF-8 text: size limit, no NUL bytes, valid UTF-8; a leading BOM is dropped. */
export function readText(abs: string, shown: string): TextResult {
  let bytes: Buffer;
  const fast = readOpened(abs);
  if (fast === 'dir') return { ok: false, diagnostic: diag(filePos(shown), 'io.is_dir', {}) };
  if (fast === 'not-regular') return { ok: false, diagnostic: diag(filePos(shown), 'io.not_regular', {}) };
  if (typeof fast === 'number') return { ok: false, diagnostic: diag(filePos(shown), 'io.too_large', { size: fast, max: MAX_FILE_BYTES }) };
  if (fast) return checkText(fast, shown);
  try {
    const st = statSync(abs);
    if (st.isDirectory()) return { ok: false, diagnostic: diag(filePos(shown), 'io.is_dir', {}) };
    // A pipe, socket or device would block or never end (/dev/zero): only regular files are read.
    if (!st.isFile()) return { ok: false, diagnostic: diag(filePos(shown), 'io.not_regular', {}) };
    if (st.size > MAX_FILE_BYTES) {
      return { ok: false, diagnostic: diag(filePos(shown), 'io.too_large', { size: st.size, max: MAX_FILE_BYTES }) };
    }
    bytes = readFileSync(abs);
  } catch (e) {
    return { ok: false, diagnostic: diag(filePos(shown), ioCode(e), { reason: ioReason(e) }) };
  }
  return checkText(bytes, shown);
}

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

/** Read a file as bytes (a workbook): a regular file within the size limit, as readText checks. */
export function readBytes(abs: string, shown: string): BytesResult {
  const fast = readOpened(abs);
  if (fast === 'dir') return { ok: false, diagnostic: diag(filePos(shown), 'io.is_dir', {}) };
  if (fast === 'not-regular') return { ok: false, diagnostic: diag(filePos(shown), 'io.not_regular', {}) };
  if (typeof fast === 'number') return { ok: false, diagnostic: diag(filePos(shown), 'io.too_large', { size: fast, max: MAX_FILE_BYTES }) };
  if (fast) return { ok: true, bytes: fast };
  try {
    const st = statSync(abs);
    if (st.isDirectory()) return { ok: false, diagnostic: diag(filePos(shown), 'io.is_dir', {}) };
    if (!st.isFile()) return { ok: false, diagnostic: diag(filePos(shown), 'io.not_regular', {}) };
    if (st.size > MAX_FILE_BYTES) return { ok: false, diagnostic: diag(filePos(shown), 'io.too_large', { size: st.size, max: MAX_FILE_BYTES }) };
    return { ok: true, bytes: readFileSync(abs) };
  } catch (e) {
    return { ok: false, diagnostic: diag(filePos(shown), ioCode(e), { reason: ioReason(e) }) };
  }
}

/**
 * Bytes as text: UTF-8 (a leading BOM dropped), or, when they are not valid UTF-8 and hold no NUL,
 * Windows-1252, the encoding Excel on Windows saves a plain CSV file in. Undefined for binary data.
 */
export function decodeText(bytes: Buffer): string | undefined {
  if (bytes.indexOf(0) >= 0) return undefined;
  let text: string;
  if (firstInvalidUtf8(bytes) < 0) text = bytes.toString('utf8');
  else {
    try {
      text = new TextDecoder('windows-1252').decode(bytes);
    } catch {
      return undefined;
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The fast way to read a file: open it (non-blocking, so a pipe cannot hang), fstat the open file and
 * read it, one path lookup instead of two (10,000 stat calls at 10,000 files). Undefined when the file
 * cannot be opened or read this way; readText then takes the plain way, which reports the problem.
 */
function readOpened(abs: string): Buffer | 'dir' | 'not-regular' | number | undefined {
  const nonBlock = fsConstants.O_NONBLOCK;
  if (nonBlock === undefined) return undefined;
  let fd: number;
  try {
    fd = openSync(abs, fsConstants.O_RDONLY | nonBlock);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return 'dir';
    if (!st.isFile()) return 'not-regular';
    if (st.size > MAX_FILE_BYTES) return st.size;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function checkText(bytes: Buffer, shown: string): TextResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, diagnostic: diag(filePos(shown), 'io.too_large', { size: bytes.length, max: MAX_FILE_BYTES }) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, diagnostic: diag(positionAt(bytes, nul, shown), 'io.binary', {}) };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, diagnostic: diag(positionAt(bytes, bad, shown), 'io.encoding', { offset: bad }) };
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text, bytes };
}

/** Line and column (1-based, in characters) of a byte offset. */
function positionAt(bytes: Buffer, offset: number, file: string): { file: string; line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
  return { file, line, col };
}

/** Index of the first byte that is not part of valid UTF-8, or −1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The nearest cohort.yaml (or cohort.yml) at or above `dir`, if any; `virtual` files count as there. */
export function findCohortFile(dir: string, cache: Map<string, string | null>, virtual?: ReadonlyMap<string, string>): string | undefined {
  return findNearest(['cohort.yaml', 'cohort.yml'], dir, cache, virtual);
}

/**
 * The nearest file of one of `names` at or above `dir` (cohort.yaml, tags.yaml), if any; `virtual`
 * files (not written yet: import) count as there. `cache` remembers the answer for every folder walked.
 */
export function findNearest(names: readonly string[], dir: string, cache: Map<string, string | null>, virtual?: ReadonlyMap<string, string>): string | undefined {
  const chain: string[] = [];
  let d = dir;
  let found: string | null = null;
  for (;;) {
    const cached = cache.get(d);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    chain.push(d);
    const hit = names.map((n) => join(d, n)).find((f) => virtual?.has(f) === true || isFile(f));
    if (hit) {
      found = hit;
      break;
    }
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const c of chain) cache.set(c, found);
  return found ?? undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isCohortName(abs: string): boolean {
  const b = basename(abs).toLowerCase();
  return b === 'cohort.yaml' || b === 'cohort.yml';
}
