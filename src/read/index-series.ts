/**
 * Reading a price index series file (rates/cpi-nl.yaml): yearly percentage changes with a source,
 * chained exactly into index levels (see docs/economics.md).
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Diagnostic, diag, filePos, hasErrors } from '../data/diagnostic.js';
import { type PriceIndex, levelsFromChanges } from '../data/economics.js';
import type { HashedFile } from '../data/inputs.js';
import { type Rational, fromNumber, hasAtMostDecimals } from '../data/rational.js';
import { displayPath, readText, sha256Hex } from './files.js';
import { validateSchema } from './validate.js';
import { parseYaml, positionOf } from './yaml.js';

/** The bundled CBS CPI series, shipped with the package. */
export const DEFAULT_INDEX_FILE = fileURLToPath(new URL('../../rates/cpi-nl.yaml', import.meta.url));

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

/** Read a price index series; `file` is the file with the sha256 of the bytes read (an input of the figures). */
export function loadIndex(abs: string, cwd: string): { index?: PriceIndex; file?: HashedFile; diagnostics: Diagnostic[] } {
  const shown = displayPath(abs, cwd);
  const res = readText(abs, shown);
  if (!res.ok) return { diagnostics: [res.diagnostic] };
  const file: HashedFile = { abs, path: shown, sha256: sha256Hex(res.bytes) };
  const { parsed, diagnostics } = parseYaml(res.text, shown);
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
    file,
    diagnostics,
  };
}
