/**
 * A price index series from its YAML (src/read/index-series.ts reads the file): the schema, then the
 * yearly changes chained exactly into index levels. On the exact path (the `yaml` package and zod):
 * loaded only when an index other than the bundled one is read (src/read/lazy.ts).
 */
import { z } from 'zod';
import { type Diagnostic, diag, filePos, hasErrors } from '../data/diagnostic.js';
import { type PriceIndex, levelsFromChanges } from '../data/economics.js';
import { type Rational, fromNumber, hasAtMostDecimals } from '../data/rational.js';
import { validateSchema } from './validate.js';
import { parseYaml, positionOf } from './yaml.js';

export const indexSchema = z.strictObject({
  index: z.string().describe('Id of the series'),
  title: z.string(),
  source: z.string().describe('Where the figures were published'),
  first_year: z.number().int().describe('The year the series starts (its level is 100)'),
  changes: z
    .array(
      z.strictObject({
        year: z.number().int(),
        change: z.number().describe('Change of the yearly average on the previous year, in percent'),
        provisional: z.boolean().optional().describe('true when the figure is provisional (voorlopig)'),
      }),
    )
    .describe('One entry per year after first_year, in order, without gaps'),
});

/** The index in `text` (the file as shown: `shown`), or the problems that keep it from being one. */
export function indexFromYaml(text: string, shown: string): { index?: PriceIndex; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml(text, shown);
  if (!parsed) return { diagnostics };
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { diagnostics: [...diagnostics, diag(filePos(shown), 'index.not_index')] };
  }
  diagnostics.push(...validateSchema(indexSchema, parsed));
  if (hasErrors(diagnostics)) return { diagnostics };
  const o = parsed.data as z.infer<typeof indexSchema>;
  const changes = new Map<number, Rational>();
  const provisional = new Set<number>();
  let expect = o.first_year + 1;
  o.changes.forEach((c, i) => {
    const at = positionOf(parsed, ['changes', i, 'year']);
    if (c.year !== expect) {
      diagnostics.push(diag(at, 'index.year_order', { year: c.year, expected: expect }));
      return;
    }
    expect++;
    const r = fromNumber(c.change);
    if (!r || !hasAtMostDecimals(r, 4) || c.change <= -100 || c.change > 1000) {
      diagnostics.push(diag(positionOf(parsed, ['changes', i, 'change']), 'index.change', { value: String(c.change) }));
      return;
    }
    changes.set(c.year, r);
    if (c.provisional) provisional.add(c.year);
  });
  if (hasErrors(diagnostics)) return { diagnostics };
  return {
    index: { id: o.index, title: o.title, file: shown, source: o.source, levels: levelsFromChanges(o.first_year, changes), provisional, changes },
    diagnostics,
  };
}
