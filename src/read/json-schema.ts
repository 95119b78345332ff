/**
 * JSON Schemas for editors, generated from the same zod schemas the loader validates with, so that
 * what an editor accepts and what doorbraak accepts cannot drift apart. Draft-07, which
 * yaml-language-server and most editors understand. The committed files in schema/ are this output.
 */
import { z } from 'zod';
import { indexSchema } from './index-parse.js';
import type { SchemaKind } from '../data/inputs.js';
import { compareStrings } from '../data/diagnostic.js';
import { DEFAULT_RATES_FILE, loadInputs } from './load.js';
import { SCHEMAS } from './schemas.js';

export { SCHEMA_KINDS, type SchemaKind } from '../data/inputs.js';

const TITLES: Record<SchemaKind, string> = {
  case: 'doorbraak case file (one household, three scenarios)',
  cohort: 'doorbraak cohort file (cohort.yaml)',
  rates: 'doorbraak rate table',
  index: 'doorbraak price index series (yearly changes)',
  tags: 'doorbraak tag vocabulary (tags.yaml): the words problems and kind may use',
};

function jsonSchemaOf(kind: SchemaKind): Record<string, unknown> {
  const generated = z.toJSONSchema(kind === 'index' ? indexSchema : SCHEMAS[kind], { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = { $schema, title: TITLES[kind], ...rest };
  if (kind === 'case') offerRateIds(schema, bundledRateIds());
  return schema;
}

/** The ids of the bundled default rate table, sorted, with their labels. */
function bundledRateIds(): { table: string; ids: string[]; labels: string[] } {
  const inputs = loadInputs([DEFAULT_RATES_FILE], { cwd: DEFAULT_RATES_FILE });
  const t = inputs.tables[0];
  const rates = [...(t?.rates ?? [])].sort((a, b) => compareStrings(a.id, b.id));
  return { table: t?.id ?? '', ids: rates.map((r) => r.id), labels: rates.map((r) => r.label) };
}

/**
 * A line's `rate` offers the bundled table's ids as completions (yaml-language-server lists an
 * `enum` inside `anyOf`), and still accepts any id, since a cohort or --rates may name another table.
 */
function offerRateIds(schema: Record<string, unknown>, bundled: { table: string; ids: string[]; labels: string[] }): void {
  const props = schema.properties as Record<string, { items?: { properties?: Record<string, Record<string, unknown>> } }>;
  for (const scenario of ['current', 'threat', 'breakthrough']) {
    const line = props[scenario]?.items?.properties;
    const rate = line?.rate;
    if (!line || !rate) continue;
    const { description, ...idSchema } = rate;
    line.rate = {
      description,
      anyOf: [
        // enumDescriptions: the label next to each id in the completion list (VS Code, yaml-language-server).
        { enum: bundled.ids, enumDescriptions: bundled.labels, description: `A rate of the bundled table ${bundled.table}` },
        { ...idSchema, description: "A rate id of another table (a cohort's or --rates)" },
      ],
    };
  }
}

/** The schema as written to schema/<kind>.schema.json and printed by `doorbraak schema <kind>`. */
export function renderJsonSchema(kind: SchemaKind): string {
  return JSON.stringify(jsonSchemaOf(kind), null, 2) + '\n';
}
