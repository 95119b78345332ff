#!/usr/bin/env node
// Thin launcher: all logic lives in src/ (compiled to dist/ by `npm install` / `npm run build`).
import { main } from '../dist/bundle/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
