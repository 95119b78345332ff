/**
 * Editor support: the committed JSON Schemas in schema/ are exactly what `doorbraak schema` prints
 * (so they never drift from the loader's zod schemas), and every bundled YAML file names the right one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers.js';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

describe('doorbraak schema', () => {
  it.each(['case', 'cohort', 'rates', 'index', 'tags'])('schema/%s.schema.json equals the command output', (kind) => {
    const r = run(['schema', kind]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(ROOT, 'schema', `${kind}.schema.json`), 'utf8')).toBe(r.stdout);
    const s = JSON.parse(r.stdout) as { $schema: string; additionalProperties: boolean; required: string[] };
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.additionalProperties).toBe(false);
  });

  it('the case schema knows the scenario keys and the line fields', () => {
    const s = JSON.parse(run(['schema', 'case']).stdout) as {
      required: string[];
      properties: { current: { items: { properties: Record<string, unknown> } } };
    };
    expect(s.required).toEqual(['case', 'current', 'threat', 'breakthrough']);
    // following cases over time (docs/tracking.md)
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['status', 'dates', 'problems', 'kind', 'followup']));
    expect(Object.keys(s.properties.current.items.properties)).toEqual([
      'rate',
      'item',
      'count',
      'for',
      'hours',
      'chance',
      'price',
      'unit',
      'law',
      'payer',
      'note',
      // economics (docs/economics.md)
      'from',
      'price_year',
      'price_low',
      'price_high',
      'for_low',
      'for_high',
      'count_low',
      'count_high',
    ]);
  });

  it('an unknown kind is a usage error', () => {
    const r = run(['schema', 'casus']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('every bundled YAML file names its schema for yaml-language-server', () => {
    const files = [...yamlFiles(join(ROOT, 'rates')), ...yamlFiles(join(ROOT, 'cases'))];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const rel = relative(ROOT, f).split('\\').join('/');
      const depth = rel.split('/').length - 1;
      const kind =
        rel === 'rates/cpi-nl.yaml' ? 'index' : rel.startsWith('rates/') ? 'rates' : /\/cohort\.ya?ml$/.test(rel) ? 'cohort' : /(^|\/)tags\.ya?ml$/.test(rel) ? 'tags' : 'case';
      const first = readFileSync(f, 'utf8').split('\n')[0];
      expect(`${rel}: ${first}`).toBe(`${rel}: # yaml-language-server: $schema=${'../'.repeat(depth)}schema/${kind}.schema.json`);
    }
  });
});
