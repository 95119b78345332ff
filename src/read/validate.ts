/** zod issues → diagnostics at the exact key or value, with the closest known key for a misspelling. */
import type { z } from 'zod';
import { type Diagnostic, diag } from '../data/diagnostic.js';
import { div, parseDecimal, rat, toDecimalString } from '../data/rational.js';
import { closest } from '../data/suggest.js';
import { dutchFor, englishKey } from './dutch-keys.js';
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
  return issueDiagnostics(schema, p, res.error.issues, []);
}

/** Issues (their paths below `prefix`) → diagnostics. */
function issueDiagnostics(schema: z.ZodType, p: ParsedYaml, issues: readonly z.core.$ZodIssue[], prefix: readonly PathSeg[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const raw of issues) {
    const issue = { ...raw, path: [...prefix, ...(raw.path as PathSeg[])] } as z.core.$ZodIssue;
    const path = issue.path as PathSeg[];
    const key = keyName(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        for (const k of issue.keys) {
          const english = englishKey(k, known);
          if (english) {
            out.push(diag(positionOf(p, [...path, k], true), 'schema.dutch_key', { key: k, english }));
            // Its value as the English key would be checked: `kans: 60%` also says "write 0.6".
            const v = getIn(p.data, [...path, k]).value;
            const meant = typeof v === 'string' && NUMBER_KEYS.has(english) ? meantNumber(english, v) : undefined;
            if (meant) out.push(diag(positionOf(p, [...path, k]), meant[0], { ...meant[1], key: k }));
          }
          else out.push(diag(positionOf(p, [...path, k], true), 'schema.unknown_key', { key: k, suggestions: closest(k, known, 1), known }));
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
          const missing = missingKey(schema, p, path, key);
          if (missing) out.push(missing);
        } else if (typeof got.value === 'string' && issue.expected === 'number' && meantNumber(key, got.value)) {
          out.push(diag(positionOf(p, path), ...meantNumber(key, got.value)!));
        } else {
          out.push(diag(positionOf(p, path), 'schema.type', { key, expected: issue.expected === 'record' ? 'object' : issue.expected, received: typeName(got.value) }));
        }
        break;
      }
      case 'invalid_union': {
        const got = getIn(p.data, path);
        // A mapping or list where text or a mapping may stand (`values.x: { score: vier }`): the
        // problems inside it, as the branch of its own type sees them.
        const inner = got.value !== null && typeof got.value === 'object' ? issue.errors.filter((e) => !e.some((x) => x.path.length === 0 && x.code === 'invalid_type')) : [];
        if (inner.length === 1) out.push(...issueDiagnostics(schema, p, inner[0]!, path));
        else out.push(diag(positionOf(p, path), 'schema.type', { key, expected: 'text', received: typeName(got.value) }));
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

const SCENARIO_KEYS = ['current', 'threat', 'breakthrough'];
/** Keys whose value is a number (a decimal comma or a percentage there is a slip of notation). */
const NUMBER_KEYS = new Set(['chance', 'count', 'price', 'price_low', 'price_high', 'count_low', 'count_high', 'baten', 'mean', 'deadweight', 'attribution']);

/**
 * A required key that is missing: nothing when a Dutch name for it stands there (the unknown key's
 * message names it), a hint for an empty scenario, else the plain message.
 */
function missingKey(schema: z.ZodType, p: ParsedYaml, path: readonly PathSeg[], key: string): Diagnostic | undefined {
  const parent = path.slice(0, -1);
  const at = getIn(p.data, parent);
  const written = at.value !== null && typeof at.value === 'object' ? Object.keys(at.value) : [];
  if (dutchFor(key, written, knownKeysAt(schema, parent))) return undefined;
  const scenario = parent.length === 0 && SCENARIO_KEYS.includes(key);
  return diag(positionOf(p, parent), scenario ? 'schema.missing_scenario' : 'schema.missing_key', { key });
}

/**
 * A number written as a person writes it: a decimal comma (`0,6`, `475,50`, `1.234,50`) or a chance
 * as a percentage (`60%`). The code and arguments of the message that says how to write it.
 */
function meantNumber(key: string, value: string): [string, Record<string, string>] | undefined {
  const v = value.trim();
  const percent = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(v);
  if (percent && key === 'chance') {
    const d = parseDecimal(percent[1]!.replace(',', '.'));
    if (d) return ['value.percent_chance', { key, value, fixed: toDecimalString(div(d, rat(100)), 8) }];
  }
  const comma = /^([+-]?\d{1,3}(?:\.\d{3})+|[+-]?\d+),(\d+)$/.exec(v);
  if (comma) return ['value.comma_decimal', { key, value, fixed: `${comma[1]!.replace(/\./g, '')}.${comma[2]!}` }];
  return undefined;
}
