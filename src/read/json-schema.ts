/**
 * JSON Schemas for editors, generated from the same zod schemas the loader validates with, so that
 * what an editor accepts and what doorbraak accepts cannot drift apart. Draft-07, which
 * yaml-language-server and most editors understand. The committed files in schema/ are this output.
 */
import { z } from 'zod';
import { type FileKind, SCHEMAS } from './schemas.js';

export const SCHEMA_KINDS: readonly FileKind[] = ['case', 'cohort', 'rates'];

const TITLES: Record<FileKind, string> = {
  case: 'doorbraak case file (one household, three scenarios)',
  cohort: 'doorbraak cohort file (cohort.yaml)',
  rates: 'doorbraak rate table',
};

export function jsonSchemaOf(kind: FileKind): Record<string, unknown> {
  const generated = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: TITLES[kind], ...rest };
}

/** The schema as written to schema/<kind>.schema.json and printed by `doorbraak schema <kind>`. */
export function renderJsonSchema(kind: FileKind): string {
  return JSON.stringify(jsonSchemaOf(kind), null, 2) + '\n';
}
