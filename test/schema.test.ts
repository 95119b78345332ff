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
  it.each(['case', 'cohort', 'rates', 'index', 'tags'])('schema/%s.schema.json equals the command output', async (kind) => {
    const r = await run(['schema', kind]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(ROOT, 'schema', `${kind}.schema.json`), 'utf8')).toBe(r.stdout);
    const s = JSON.parse(r.stdout) as { $schema: string; additionalProperties: boolean; required: string[] };
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.additionalProperties).toBe(false);
  });

  it('the case schema knows the scenario keys and the line fields', async () => {
    const s = JSON.parse((await run(['schema', 'case'])).stdout) as {
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
      // the investment that made the breakthrough (docs/arithmetic.md)
      'investment',
    ]);
  });

  it("a line's rate offers the bundled table's ids as completions, and still accepts any other id", async () => {
    type Rate = { anyOf: Array<{ enum?: string[]; enumDescriptions?: string[]; type?: string; pattern?: string }> };
    const s = JSON.parse((await run(['schema', 'case'])).stdout) as { properties: Record<string, { items: { properties: { rate: Rate } } }> };
    const bundled = readFileSync(join(ROOT, 'rates', 'nl-2026.yaml'), 'utf8');
    const ids = [...bundled.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!).sort();
    expect(ids).toHaveLength(50);
    for (const scenario of ['current', 'threat', 'breakthrough']) {
      const [offered, any] = s.properties[scenario]!.items.properties.rate.anyOf;
      // yaml-language-server lists the enum of an anyOf branch as completions (with the labels).
      expect(offered!.enum).toEqual(ids);
      expect(offered!.enumDescriptions![offered!.enum!.indexOf('ots')]).toBe('Ondertoezichtstelling (OTS) door gecertificeerde instelling (per maand)');
      // anyOf: an id of another table (a cohort's or --rates) matches the second branch.
      expect(any).toMatchObject({ type: 'string' });
      expect(new RegExp(any!.pattern!).test('zwolle-maatje')).toBe(true);
      expect(new RegExp(any!.pattern!).test('Zwolle Maatje')).toBe(false);
    }
  });

  it('an unknown kind is a usage error', async () => {
    const r = await run(['schema', 'casus']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('every bundled YAML file names its schema for yaml-language-server', async () => {
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
