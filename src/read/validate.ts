/** zod issues → diagnostics at the exact key or value, with the closest known key for a misspelling. */
import type { z } from 'zod';
import { type Diagnostic, diag } from '../data/diagnostic.js';
import { closest } from '../data/suggest.js';
import { knownKeysAt } from './schemas.js';
import { type ParsedYaml, type PathSeg, positionOf } from './yaml.js';

function getIn(data: unknown, path: readonly PathSeg[]): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false, value: undefined };
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return { found: true, value: cur };
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

function keyName(path: readonly PathSeg[]): string {
  const strs = path.filter((s): s is string => typeof s === 'string');
  return strs[strs.length - 1] ?? '';
}

export function validateSchema(schema: z.ZodType, p: ParsedYaml): Diagnostic[] {
  const res = schema.safeParse(p.data);
  if (res.success) return [];
  const out: Diagnostic[] = [];
  for (const issue of res.error.issues) {
    const path = issue.path as PathSeg[];
    const key = keyName(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        for (const k of issue.keys) {
          out.push(diag(positionOf(p, [...path, k], true), 'schema.unknown_key', { key: k, suggestions: closest(k, known, 1), known }));
        }
        break;
      }
      case 'invalid_type': {
        const got = getIn(p.data, path);
        if (got.found && typeof got.value === 'number' && issue.expected === 'number') {
          // Infinity or NaN (`1e400`, `.nan`): reported with its own message by convert.ts.
          break;
        }
        if (!got.found) {
          out.push(diag(positionOf(p, path.slice(0, -1)), 'schema.missing_key', { key }));
        } else {
          out.push(diag(positionOf(p, path), 'schema.type', { key, expected: issue.expected === 'record' ? 'object' : issue.expected, received: typeName(got.value) }));
        }
        break;
      }
      case 'invalid_union': {
        const got = getIn(p.data, path);
        out.push(diag(positionOf(p, path), 'schema.type', { key, expected: 'text', received: typeName(got.value) }));
        break;
      }
      case 'invalid_value': {
        const got = getIn(p.data, path);
        out.push(diag(positionOf(p, path), 'schema.enum', { key, value: String(got.value), options: issue.values.map(String) }));
        break;
      }
      case 'invalid_format': {
        const got = getIn(p.data, path);
        out.push(diag(positionOf(p, path), 'schema.slug', { key, value: String(got.value) }));
        break;
      }
      default: {
        const got = getIn(p.data, path);
        out.push(diag(positionOf(p, path), 'schema.invalid', { key, value: String(got.value), detail: issue.message }));
      }
    }
  }
  return out;
}
