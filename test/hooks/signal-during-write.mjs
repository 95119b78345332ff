// Preloaded with `node --import` in tests: sends the process the signal named in
// $DOORBRAAK_TEST_SIGNAL in the middle of writing an output file (after its temporary file is
// written, before it is renamed), so that cleanup on SIGINT/SIGTERM can be tested without a test
// switch in the program itself.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const orig = fs.fsyncSync;
let sent = false;
fs.fsyncSync = function (fd) {
  const r = orig.call(this, fd);
  if (!sent) {
    sent = true;
    process.kill(process.pid, process.env.DOORBRAAK_TEST_SIGNAL || 'SIGTERM');
  }
  return r;
};
syncBuiltinESMExports();
