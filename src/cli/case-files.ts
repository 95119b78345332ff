/**
 * What the commands that write case files and workbooks share (new, template, import, export): the
 * rates to choose from, the schema line of a file, and folders as real paths.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Inputs } from '../data/inputs.js';
import type { Rate } from '../data/model.js';
import { displayPath, PACKAGE_ROOT } from '../read/files.js';
import { ratesInForce } from '../reports/rate-search.js';
import type { WorkbookRate } from '../write/case-workbook.js';

/** The rates in force for these inputs (those of the cases, else of the tables named), each id once. */
export function ratesToChoose(inputs: Inputs, named: readonly string[]): Rate[] {
  const out = new Map<string, Rate>();
  for (const set of ratesInForce(inputs, named)) for (const [id, r] of set.lookup) if (!out.has(id)) out.set(id, r);
  return [...out.values()];
}

export function workbookRates(rates: readonly Rate[]): WorkbookRate[] {
  return rates.map((r) => ({ id: r.id, label: r.label, unit: r.unit, priceCents: r.priceCents }));
}

/** The tables named among the paths and with --rates, as shown, in the order calc applies them. */
export function namedTables(inputs: Inputs, rates: readonly string[], cwd: string): string[] {
  const given = rates.map((r) => displayPath(resolve(cwd, r), cwd));
  return [...inputs.files.filter((f) => f.kind === 'rates' && !given.includes(f.path)).map((f) => f.path), ...given];
}

/**
 * The `$schema=` of a file written into `dir`: the path from there to the schema that ships with this
 * doorbraak (`../../schema/case.schema.json` in a clone), so that editors check and complete it.
 */
export function schemaPath(dir: string, kind: 'case' | 'cohort' | 'tags'): string {
  return relative(dir, join(PACKAGE_ROOT, 'schema', `${kind}.schema.json`)).split(sep).join('/');
}

/** A folder as its real path, also when it does not exist yet (its nearest existing parent resolved). */
export function realFolder(abs: string): string {
  const rest: string[] = [];
  let d = abs;
  while (!existsSync(d)) {
    const parent = dirname(d);
    if (parent === d) return abs;
    rest.unshift(basename(d));
    d = parent;
  }
  try {
    return join(realpathSync(d), ...rest);
  } catch {
    return abs;
  }
}
