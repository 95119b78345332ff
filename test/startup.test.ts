/**
 * What starting doorbraak loads (docs/performance.md, startup): the bundle's entry points and the
 * chunks they import statically. zod and the `yaml` package are on the exact path only
 * (src/read/lazy.ts → dist/bundle/exact.js), loaded when a file needs a message or a command needs
 * them; a run whose files all take the fast path does not even compile them. chalk (colour) and
 * cli-table3 (tables src/write/render/table-draw.ts cannot draw) likewise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runProcess } from './helpers.js';

const BUNDLE = join(ROOT, 'dist', 'bundle');

/** The files an entry point loads before it runs: itself and its static imports, transitively. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const text = readFileSync(join(BUNDLE, name), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)";?$/gm)) visit(m[1]!);
    for (const m of text.matchAll(/^import\s*"\.\/([^"]+)";?$/gm)) visit(m[1]!);
  };
  visit(entry);
  return [...seen];
}

const holds = (files: string[], pkg: string) => files.some((f) => readFileSync(join(BUNDLE, f), 'utf8').includes(`node_modules/${pkg}/`));

describe('what a run loads', () => {
  it.each(['main.js', 'worker.js'])('%s loads neither zod nor the yaml package before it needs them', (entry) => {
    const files = staticGraph(entry);
    expect(files.length).toBeGreaterThan(1);
    expect(holds(files, 'zod')).toBe(false);
    expect(holds(files, 'yaml')).toBe(false);
    expect(holds(files, 'js-yaml')).toBe(true);
    // colour and cli-table3 only when a table needs them (src/write/lazy-colour.ts, lazy-table.ts)
    expect(holds(files, 'chalk')).toBe(false);
    expect(holds(files, 'cli-table3')).toBe(false);
    // the English texts and the document formats only when asked for
    for (const src of ['src/write/i18n/en.ts', 'src/write/render/html.ts', 'src/write/render/xlsx-report.ts', 'src/write/zip.ts']) {
      expect(files.some((f) => readFileSync(join(BUNDLE, f), 'utf8').includes(`// ${src}\n`)), src).toBe(false);
    }
  });

  it('the exact path holds them', () => {
    const files = staticGraph('exact.js');
    expect(holds(files, 'zod')).toBe(true);
    expect(holds(files, 'yaml')).toBe(true);
  });

  it('in a real process: a broken file loads the exact path for its message, --lang en the English texts, schema zod', async () => {
    const bad = await runProcess(['calc', 'test/fixtures/../../cases/spoor-6/cohort.yaml', '--rates', 'package.json']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/package\.json:\d+:\d+: /);
    const en = await runProcess(['calc', '--lang', 'en', 'cases/']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('7 cases');
    const schema = await runProcess(['schema', 'case']);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout).title).toContain('case');
  });
});
