/**
 * The file formats as zod schemas: the single source for structural validation (unknown keys, types,
 * required keys) and for the JSON Schemas that editors use. Values that need exact parsing (durations,
 * hours, money with at most two decimals, chance in (0, 1]) are checked in convert.ts with their own
 * messages and positions.
 */
import { z } from 'zod';
import { RATE_UNITS } from '../data/duration.js';
import type { FileKind } from '../data/inputs.js';

const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'code:schema.slug' });
const text = z.string();
const durationText = z.union([z.string(), z.number()]);
const money = z.number();

const lineSchema = z.strictObject({
  rate: slug.optional().describe('Id of a rate in the rate table'),
  item: text.optional().describe('A custom item not in the rate table (needs price, law, payer)'),
  count: z.number().optional().describe('Persons or units, default 1'),
  for: durationText.optional().describe('Duration such as "3 months" or "6 maanden"; default: the horizon'),
  hours: durationText.optional().describe('Hour rates only: a total, or "N per week" / "N per month"'),
  chance: z.number().optional().describe('Expected-value weight, 0 < chance <= 1, default 1'),
  price: money.optional().describe('Euros, at most 2 decimals; overrides the table price on a rate line'),
  unit: z.enum(RATE_UNITS).optional().describe('Custom items: hour | day | week | month | year | once (default once)'),
  law: text.optional().describe('Custom items: the law the cost falls under'),
  payer: text.optional().describe('Custom items: who pays'),
  note: text.optional().describe('Free text, shown in detail views only'),
  from: durationText.optional().describe('Start later in the horizon: "month 6", "year 2" (Dutch: "maand 6", "jaar 2"); default: the start'),
  price_year: z.number().int().optional().describe("Price year of this line's own price (custom item or override); default: the case's, else the cohort's, else the report's price year"),
  price_low: money.optional().describe('Low estimate of the price in euros (with price_high)'),
  price_high: money.optional().describe('High estimate of the price in euros (with price_low)'),
  for_low: durationText.optional().describe('Low estimate of the duration (with for_high)'),
  for_high: durationText.optional().describe('High estimate of the duration (with for_low)'),
  count_low: z.number().optional().describe('Low estimate of the count (with count_high)'),
  count_high: z.number().optional().describe('High estimate of the count (with count_low)'),
  investment: z.boolean().optional().describe('Breakthrough lines only: true when this line is the investment that made the breakthrough'),
});

const scenario = z.array(lineSchema);

// Following cases over time (docs/tracking.md): status, dates, follow-up, tags, value scores.
const STATUS_NAMES = ['afgerond', 'lopend', 'gestopt', 'completed', 'running', 'stopped'] as const;
const dateText = z.string().describe('An ISO date, to the day (2024-03-15) or to the month (2024-03)');
const tagList = z.array(slug);
const valueEntry = z.union([
  text,
  z.strictObject({
    score: z.number().optional().describe('Score on the scale 1 (niet) to 5 (volledig); see docs/tracking.md'),
    text: text.optional().describe('Free text, shown in detail views only'),
  }),
]);
const followupSchema = z.strictObject({
  after: durationText.optional().describe('Time since the breakthrough, such as "6 months" (or give date)'),
  date: dateText.optional().describe('Date of the measurement (needs dates.breakthrough)'),
  lines: z.array(lineSchema).describe('What was actually spent since the breakthrough, in the line syntax of the scenarios'),
});
const trackingKeys = {
  status: z.enum(STATUS_NAMES).optional().describe('afgerond (default) | lopend | gestopt; English: completed | running | stopped'),
  dates: z
    .strictObject({ start: dateText.optional(), breakthrough: dateText.optional() })
    .optional()
    .describe('When the case started and when the breakthrough was realised'),
  problems: tagList.optional().describe('The problems of the household, e.g. [wonen, geld, psychisch]'),
  kind: tagList.optional().describe('The kind of breakthrough, e.g. [wonen, financieel, informeel]'),
  followup: z.array(followupSchema).optional().describe('Follow-up measurements after the breakthrough'),
};
/** The allowed words of the tag lists: in a cohort (`tags:`) or in a tags.yaml file. */
const vocabularySchema = z.strictObject({
  problems: z.array(slug).optional().describe('The words `problems` may use'),
  kind: z.array(slug).optional().describe('The words `kind` may use'),
});

const caseSchema = z.strictObject({
  case: slug.describe('Unique id of the case'),
  title: text.optional(),
  horizon: durationText.optional().describe('Window the scenarios are priced over; default: cohort, else 12 months'),
  values: z
    .record(z.string(), valueEntry)
    .optional()
    .describe('Per value (betrokkenheid, legitimiteit, rendement, ...): free text, or { score: 1-5, text }'),
  current: scenario.describe('Huidige inzet'),
  threat: scenario.describe('Dreigend scenario'),
  breakthrough: scenario.describe('Gerealiseerde doorbraak'),
  price_year: z.number().int().optional().describe("Price year of this case's custom items and own prices; default: the cohort's, else the report's price year"),
  ...trackingKeys,
});

const publishedSchema = z.strictObject({
  baten: money.describe('Published baten in euros'),
  cases: z.number().int().describe('Number of cases the published figure covers'),
  mean: money.optional().describe('Published mean baten per case in euros'),
  source: text.describe('Where the figure was published'),
});

const programmeCostSchema = z.strictObject({
  item: text.describe('What the cost is for (training, licence, coaching hours)'),
  price: money.describe('Euros, at most 2 decimals, for each once / year / case'),
  per: z.enum(['once', 'year', 'case']).describe('once | year (each year of the programme) | case (each case of the cohort)'),
  payer: text.describe('Who pays'),
  price_year: z.number().int().optional().describe("Price year of the price; default: the report's default price year"),
  source: text.describe('Where the figure was published'),
});

const programmeSchema = z.strictObject({
  years: z.number().int().optional().describe('Years the programme runs for the cases of this cohort (per-year costs × years); default 1'),
  costs: z.array(programmeCostSchema).describe('The costs of running the method'),
});

const cohortSchema = z.strictObject({
  cohort: slug,
  title: text.optional(),
  horizon: durationText.optional(),
  rates: z.union([text, z.array(text)]).optional().describe('Rate table file(s), relative to this file'),
  published: publishedSchema.optional(),
  deadweight: z.number().optional().describe('Share of the baten that would have been avoided anyway, 0 to 1 (default 0)'),
  attribution: z.number().optional().describe('Share of the remaining baten due to this approach, 0 to 1 (default 1)'),
  programme: programmeSchema.optional().describe('Costs of running the method (training, licence, coaching), each with a source'),
  price_year: z.number().int().optional().describe("Price year of the custom items and own prices of its cases; default: the report's price year"),
  tags: vocabularySchema.optional().describe('The words the cases\' problems and kind may use (default: any word)'),
});

const rateSchema = z.strictObject({
  id: slug,
  label: text,
  unit: z.enum(RATE_UNITS),
  price: money,
  law: text,
  payer: text,
  grade: z.enum(['A', 'B', 'C']).optional().describe('A official tariff, B derived, C weak or estimate'),
  price_year: z.number().int().optional(),
  source: text,
  note: text.optional(),
});

const ratesSchema = z.strictObject({
  table: slug,
  title: text,
  currency: z.literal('EUR'),
  price_year: z.number().int(),
  laws: z.array(text).optional(),
  payers: z.array(text).optional(),
  rates: z.array(rateSchema),
});

export const SCHEMAS = { case: caseSchema, cohort: cohortSchema, rates: ratesSchema, tags: vocabularySchema } as const satisfies Record<FileKind, z.ZodType>;

/** Keys of the object schema reached by following `path` (numbers step into arrays). */
export function knownKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let s: z.ZodType | undefined = schema;
  for (const seg of path) {
    s = unwrap(s);
    if (!s) return [];
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else return [];
  }
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodUnion) {
      const obj = (cur.options as z.ZodType[]).find((o) => o instanceof z.ZodObject || o instanceof z.ZodArray);
      if (!obj) return cur;
      cur = obj;
    } else return cur;
  }
  return cur;
}
