// Preloaded with `node --import` in tests: makes writing to stdout throw, as a bug inside a command
// would, so that the last line of defence in src/cli/main.ts (exit 70, no stack without --debug) can
// be tested on the real CLI without a test switch in the program itself.
process.stdout.write = () => {
  throw new Error('deliberate failure for a test');
};
