/**
 * Writing an output file whole or not at all: the text goes to a temporary file in the same folder,
 * is flushed, and is renamed over the target. A failure leaves an existing file untouched.
 *
 * Special targets (issue 12): a symbolic link is written through to the file it points to (the link
 * stays); a character device or a pipe (/dev/null, /dev/stdout, a FIFO) is written directly, as
 * there is nothing to replace; a block device is refused; a read-only file is refused; an existing
 * file keeps its mode (and, for root, its owner). A temporary file is removed when the run is
 * interrupted (SIGINT, SIGTERM, SIGHUP); one left by a run that was killed outright (SIGKILL) is
 * removed by a later write into the same folder once it is more than a minute old.
 */
import {
  type Stats,
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  constants as fsConstants,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Our temporary files: `.<name>.<pid>.<8 hex>.tmp` next to the target. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** A temporary file older than this was left by a killed run. */
export const STALE_TEMP_MS = 60_000;

/** Raised for a target that must not be replaced (read-only file, block device); `code` names why. */
export class RefusedTarget extends Error {
  constructor(
    readonly code: 'EREADONLY' | 'ENOTSUP',
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const abs = resolve(target);
  // A device or pipe, also behind links (/dev/stdout → /proc/self/fd/1 → pipe:[…]): written to directly.
  const direct = statOrUndefined(abs);
  if (direct && (direct.isCharacterDevice() || direct.isFIFO() || direct.isSocket())) {
    writeDirect(abs, buf);
    return;
  }
  const dest = throughLinks(abs);
  const st = statOrUndefined(dest);
  if (st?.isBlockDevice()) throw new RefusedTarget('ENOTSUP', dest);
  if (st?.isFile() && (st.mode & 0o222) === 0) throw new RefusedTarget('EREADONLY', dest);
  const dir = dirname(dest);
  sweepStaleTemps(dir);
  const tmp = join(dir, `.${basename(dest)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    watchSignals();
    fd = openSync(tmp, 'wx', 0o644);
    live.add(tmp);
    if (st?.isFile()) keepModeAndOwner(fd, st);
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, dest);
    live.delete(tmp);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    removeTemp(tmp);
    throw e;
  }
}

/** One file of a set written together (writeFilesAtomic). */
export interface FileToWrite {
  /** Absolute path. */
  readonly target: string;
  readonly content: string | Uint8Array;
  /** Replace a file that is there; otherwise a file that is there (or appears meanwhile) stops the set (EEXIST). */
  readonly replace: boolean;
}

/**
 * Several files, all or none (`doorbraak import`, `doorbraak new`): each is first written whole to a
 * temporary file next to it; only when every one is written are they moved into place, the new ones
 * first (a hard link that fails when something is there, so nothing is ever overwritten by
 * accident), then the replacements. Folders are made as needed. On any failure every temporary file
 * and every file linked so far is removed, as are the folders made, and the error is thrown.
 */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  const made: string[] = [];
  const temps: { tmp: string; dest: string; replace: boolean }[] = [];
  const linked: string[] = [];
  try {
    watchSignals();
    for (const f of files) {
      const dir = dirname(resolve(f.target));
      const first = mkdirSync(dir, { recursive: true });
      if (first !== undefined) made.push(first);
      const dest = throughLinks(resolve(f.target));
      const st = statOrUndefined(dest);
      if (st && !st.isFile()) throw new RefusedTarget('ENOTSUP', dest);
      if (st && f.replace && (st.mode & 0o222) === 0) throw new RefusedTarget('EREADONLY', dest);
      sweepStaleTemps(dirname(dest));
      const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      const fd = openSync(tmp, 'wx', 0o644);
      live.add(tmp);
      temps.push({ tmp, dest, replace: f.replace });
      try {
        if (st && f.replace) keepModeAndOwner(fd, st);
        const buf = typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content;
        let off = 0;
        while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const t of temps.filter((x) => !x.replace)) {
      linkSync(t.tmp, t.dest);
      linked.push(t.dest);
      removeTemp(t.tmp);
    }
    for (const t of temps.filter((x) => x.replace)) {
      renameSync(t.tmp, t.dest);
      live.delete(t.tmp);
    }
  } catch (e) {
    for (const t of temps) removeTemp(t.tmp);
    for (const l of linked) {
      try {
        unlinkSync(l);
      } catch {
        /* gone already */
      }
    }
    for (const d of made.sort((a, b) => b.length - a.length)) {
      try {
        rmSync(d, { recursive: true });
      } catch {
        /* not ours to remove after all */
      }
    }
    throw e;
  }
}

/** The file a path names once every symbolic link is followed (it need not exist). At most 40 links. */
function throughLinks(p: string): string {
  let cur = p;
  for (let i = 0; i < 40; i++) {
    let st: Stats;
    try {
      st = lstatSync(cur);
    } catch {
      return cur;
    }
    if (!st.isSymbolicLink()) return cur;
    cur = resolve(dirname(cur), readlinkSync(cur));
  }
  return cur;
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** A device or a pipe: no temporary file, no rename over the device node. */
function writeDirect(dest: string, buf: Uint8Array): void {
  const fd = openSync(dest, fsConstants.O_WRONLY);
  try {
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

/** The replaced file keeps its permissions, and for root also its owner. */
function keepModeAndOwner(fd: number, st: Stats): void {
  fchmodSync(fd, st.mode & 0o7777);
  if (process.getuid?.() === 0) {
    try {
      fchownSync(fd, st.uid, st.gid);
    } catch {
      /* keep root as owner */
    }
  }
}

// ------------------------------------------------------------------------------ temporary files

/** Temporary files of this process not yet renamed or removed. */
const live = new Set<string>();
let watching = false;

function removeTemp(tmp: string): void {
  live.delete(tmp);
  try {
    unlinkSync(tmp);
  } catch {
    /* nothing to clean */
  }
}

/**
 * From the first output file on, an interrupt removes our temporary files before the process ends,
 * with the signal's own exit status. Writing is synchronous, so the signal is handled right after the
 * write in progress has finished or failed; the handler then finds nothing half-written.
 */
function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const t of [...live]) removeTemp(t);
      process.kill(process.pid, sig);
    });
  }
}

/** Remove temporary files of our own naming in `dir` left by a killed run (more than a minute old). */
export function sweepStaleTemps(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const p = join(dir, name);
    try {
      const st = lstatSync(p);
      // A write takes seconds at most and keeps the file's time fresh: a minute-old one is abandoned.
      if (!st.isFile() || now - st.mtimeMs < STALE_TEMP_MS || live.has(p)) continue;
      unlinkSync(p);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
}

