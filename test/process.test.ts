/**
 * What only a real process shows: `node bin/doorbraak.js`, the bundled build, started as a user would.
 * Everything else runs in-process (test/helpers.ts run()). The real-process tests, all of them:
 *   here               the launcher's exit statuses 0, 1 and 2 and its streams (no colour on a pipe);
 *                      worker threads in a real process on a pipe (no progress bar, the process ends)
 *   nothing-lost       exit 70 from the launcher with test/hooks/crash.mjs, no stack trace;
 *                      the files opened for writing, recorded by test/hooks/fs-audit.mjs
 *   bad-input-corpus   the unreadable file and folder, as an unprivileged user when run as root
 *   determinism        copy B in one process with another TZ and locale (test/hooks/run-many.mjs)
 */
import { describe, expect, it } from 'vitest';
import { run, runProcess } from './helpers.js';

describe('the launcher, bin/doorbraak.js', () => {
  it('exit statuses 0, 1 and 2, output on the right stream, no colour on a pipe', async () => {
    const [ok, invalid, usage] = await Promise.all([runProcess(['calc', 'cases/']), runProcess(['calc', 'nergens/']), runProcess(['frobnicate', '--lang', 'en'])]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/casussen, € [\d.]+ baten, € [\d.]+ per casus/);
    expect(ok.stdout).not.toMatch(/\x1b\[/);
    expect(ok.stdout).toBe((await run(['calc', 'cases/'])).stdout);
    expect(invalid).toMatchObject({ status: 1, stdout: '', stderr: 'nergens/: bestand of map bestaat niet\n' });
    expect(usage).toMatchObject({ status: 2, stdout: '', stderr: "doorbraak: unknown command 'frobnicate'\nSee 'doorbraak --help' or 'doorbraak <command> --help'.\n" });
  });

  it('worker threads in a real process on a pipe: the same output, no progress bar even when asked at once', async () => {
    const serial = await run(['calc', '--format', 'json', 'cases/'], { env: { DOORBRAAK_WORKERS: '0' } });
    const r = await runProcess(['calc', '--format', 'json', 'cases/'], { env: { DOORBRAAK_WORKERS: '2', DOORBRAAK_PROGRESS_DELAY_MS: '0' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(serial.stdout);
  });
});
