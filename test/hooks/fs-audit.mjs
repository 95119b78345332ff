// Preloaded with `node --import` in tests: records every file the CLI opens for writing (path and
// flags) and writes the list, as JSON, to $DOORBRAAK_FS_AUDIT when the process exits.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const log = [];
const orig = {
  openSync: fs.openSync,
  writeFileSync: fs.writeFileSync,
  appendFileSync: fs.appendFileSync,
  createWriteStream: fs.createWriteStream,
  open: fs.open,
  renameSync: fs.renameSync,
};
// Numeric flags write when they ask for writing, creating, truncating or appending (O_RDONLY | O_NONBLOCK does not).
const { O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND } = fs.constants;
const WRITE_BITS = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND;
const writes = (flags) =>
  typeof flags === 'number' ? (flags & WRITE_BITS) !== 0 : flags !== undefined && flags !== 'r' && flags !== 'rs' && String(flags) !== 'r';
fs.openSync = function (p, flags, ...rest) {
  if (writes(flags)) log.push({ op: 'open', path: String(p), flags: String(flags) });
  return orig.openSync.call(this, p, flags, ...rest);
};
fs.open = function (p, flags, ...rest) {
  if (typeof flags !== 'function' && writes(flags)) log.push({ op: 'open', path: String(p), flags: String(flags) });
  return orig.open.call(this, p, flags, ...rest);
};
fs.writeFileSync = function (p, ...rest) {
  log.push({ op: 'writeFile', path: String(p) });
  return orig.writeFileSync.call(this, p, ...rest);
};
fs.appendFileSync = function (p, ...rest) {
  log.push({ op: 'appendFile', path: String(p) });
  return orig.appendFileSync.call(this, p, ...rest);
};
fs.createWriteStream = function (p, ...rest) {
  log.push({ op: 'createWriteStream', path: String(p) });
  return orig.createWriteStream.call(this, p, ...rest);
};
fs.renameSync = function (a, b) {
  log.push({ op: 'rename', path: String(b), from: String(a) });
  return orig.renameSync.call(this, a, b);
};
syncBuiltinESMExports();
process.on('exit', () => {
  if (process.env.DOORBRAAK_FS_AUDIT) orig.writeFileSync(process.env.DOORBRAAK_FS_AUDIT, JSON.stringify(log));
});
