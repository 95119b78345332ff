/**
 * JSON Schemas for editors, generated from the same zod schemas the loader validates with, so that
 * what an editor accepts and what doorbraak accepts cannot drift apart. Draft-07, which
 * yaml-language-server and most editors understand. The committed files in schema/ are this output.
 */
import { z } from 'zod';
import { indexSchema } from './index-series.js';
import { type FileKind, SCHEMAS } from './schemas.js';

/** The file kinds with a schema: the three input kinds, and the price index series (rates/cpi-nl.yaml). */
export type SchemaKind = FileKind | 'index';

export const SCHEMA_KINDS: readonly SchemaKind[] = ['case', 'cohort', 'rates', 'index', 'tags'];

const TITLES: Record<SchemaKind, string> = {
  case: 'doorbraak case file (one household, three scenarios)',
  cohort: 'doorbraak cohort file (cohort.yaml)',
  rates: 'doorbraak rate table',
  index: 'doorbraak price index series (yearly changes)',
  tags: 'doorbraak tag vocabulary (tags.yaml): the words problems and kind may use',
};

export function jsonSchemaOf(kind: SchemaKind): Record<string, unknown> {
  const generated = z.toJSONSchema(kind === 'index' ? indexSchema : SCHEMAS[kind], { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: TITLES[kind], ...rest };
}

/** The schema as written to schema/<kind>.schema.json and printed by `doorbraak schema <kind>`. */
export function renderJsonSchema(kind: SchemaKind): string {
  return JSON.stringify(jsonSchemaOf(kind), null, 2) + '\n';
}
