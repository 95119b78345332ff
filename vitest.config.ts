import { defineConfig } from 'vitest/config';

// Measured on the 2-core machine (user+sys CPU of the whole suite, the machine shared): forks with
// isolation 70 s, threads with isolation 62 s, threads without 48 s, forks without 43 s.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Only to catch a hang: on the shared 2-core machine a heavy test can take several times its usual time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Both cores (vitest's default is one worker less than the cores: one worker here).
    maxWorkers: 2,
    // One module graph per worker for all its test files: src/ and the bundle are loaded once, not per
    // file. Safe here: no test file mocks modules, stubs globals or changes process.env or the cwd.
    isolate: false,
    server: {
      deps: {
        // The bundled build is loaded by Node itself, as bin/doorbraak.js loads it: no transform, and
        // one load per worker instead of a 1.5 MB transform per test file (test/helpers.ts run()).
        external: [/\/dist\/bundle\//],
      },
    },
  },
});
