/**
 * The shape of a language: every user-facing word of doorbraak, in named sections. `nl.ts` and
 * `en.ts` each give one object of type `Texts`; a section, label or message code missing from either
 * one fails the type check. How to add a text: docs/texts.md.
 */
import type { Args } from '../../data/diagnostic.js';
import type { RateUnit } from '../../data/duration.js';
import type { RateField } from '../../reports/diff.js';
import type { PrivacyKind } from '../../data/privacy.js';
import type { PriceYearSource } from '../../data/pricing.js';
import type { CaseStatus } from '../../data/tracking.js';
import type { ByDimension } from '../../reports/patterns.js';
import type { EvidenceGrade } from '../../reports/evidence.js';
import type { GainPosition } from '../../reports/who-gains.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The text of one diagnostic, made from its arguments. */
export type Msg = (a: Args) => string;

/** Every diagnostic code (src/data/diagnostic.ts `diag`), grouped by where the problem is found. */
export type MessageCode =
  // reading files and folders
  | 'io.not_found'
  | 'io.permission'
  | 'io.symlink_loop'
  | 'io.link_loop'
  | 'io.is_dir'
  | 'io.not_regular'
  | 'io.unreadable'
  | 'io.no_yaml'
  | 'io.too_large'
  | 'io.binary'
  | 'io.encoding'
  | 'io.write_failed'
  // YAML syntax
  | 'yaml.duplicate_key'
  | 'yaml.tab'
  | 'yaml.indent'
  | 'yaml.syntax'
  | 'yaml.multiple_docs'
  | 'yaml.too_deep'
  | 'yaml.alias_bomb'
  | 'yaml.warning'
  | 'yaml.unclosed_quote'
  | 'yaml.key_without_value'
  | 'yaml.key_one_line'
  | 'yaml.two_keys_one_line'
  | 'yaml.seq_column'
  | 'yaml.seq_without_dash'
  | 'yaml.flow_unclosed'
  | 'yaml.flow_missing_comma'
  | 'yaml.comment_space'
  | 'yaml.unexpected'
  | 'yaml.bad_escape'
  | 'yaml.bad_start'
  | 'yaml.bad_alias'
  | 'yaml.unknown_alias'
  | 'yaml.unknown_tag'
  | 'yaml.complex_key'
  // kinds of file and their keys
  | 'file.empty'
  | 'file.not_mapping'
  | 'file.unknown_kind'
  | 'file.not_rates'
  | 'schema.unknown_key'
  | 'schema.missing_key'
  | 'schema.type'
  | 'schema.enum'
  | 'schema.slug'
  | 'schema.invalid'
  // forgiving input: what the person meant (issue 14)
  | 'schema.dutch_key'
  | 'schema.missing_scenario'
  | 'value.comma_decimal'
  | 'value.percent_chance'
  | 'yaml.map_column'
  // values
  | 'value.too_large'
  | 'value.not_a_number'
  | 'value.negative'
  | 'value.precision'
  | 'value.precision_n'
  | 'value.duration_unit'
  | 'value.duration_nonpositive'
  | 'value.duration_no_unit'
  | 'value.duration_format'
  | 'value.year'
  | 'value.positive_int'
  | 'value.count_positive'
  | 'value.chance_range'
  | 'value.for_beyond_horizon'
  | 'value.hours_nonpositive'
  | 'value.hours_format'
  // rate tables, lines, cases, cohorts
  | 'rates.duplicate_id'
  | 'rates.law_undeclared'
  | 'rates.payer_undeclared'
  | 'rates.source_empty'
  | 'line.rate_and_item'
  | 'line.no_rate_or_item'
  | 'line.item_field_on_rate'
  | 'line.item_missing'
  | 'line.item_empty'
  | 'line.hours_missing'
  | 'line.hours_not_hourly'
  | 'line.for_on_once'
  | 'line.too_large'
  | 'rate.unknown'
  | 'case.duplicate_id'
  | 'cohort.rates_missing'
  | 'input.no_cases'
  // economics: line starts, ranges, adjustments, the price index and its options
  | 'econ.from_format'
  | 'econ.from_beyond_horizon'
  | 'econ.for_after_from'
  | 'econ.price_year_without_price'
  | 'econ.range_pair'
  | 'econ.range_order'
  | 'econ.range_central'
  | 'econ.range_needs_for'
  | 'econ.share_range'
  | 'econ.price_year_option'
  | 'econ.discount_option'
  | 'econ.simulate_option'
  | 'econ.seed_option'
  | 'index.not_index'
  | 'index.year_order'
  | 'index.change'
  // the privacy guard (check)
  | 'privacy.found'
  // calc, explain, check, diff, lock and verify
  | 'published.mismatch'
  | 'explain.case_not_found'
  | 'explain.not_a_case'
  | 'check.rate_unused'
  | 'check.rate_shadowed'
  | 'check.rate_no_source'
  | 'check.rate_no_price_year'
  | 'check.item_law_undeclared'
  | 'check.item_payer_undeclared'
  | 'usage.fail_over'
  | 'usage.xlsx_needs_output'
  | 'diff.over_limit'
  | 'lock.invalid'
  | 'lock.schema'
  // investment, programme costs and optimism bias (issue 16)
  | 'returns.investment_scenario'
  | 'returns.programme_source_empty'
  | 'returns.programme_index_year'
  | 'returns.optimism_bias_option'
  // issue 12: limits, never over an input, safe output
  | 'yaml.too_many_keys'
  | 'yaml.too_many_nodes'
  | 'yaml.too_many_anchors'
  | 'value.horizon_too_long'
  | 'value.not_decimal'
  | 'usage.output_is_input'
  | 'io.read_only'
  | 'io.symlink_outside'
  | 'io.stdout_failed'
  | 'lock.not_cents'
  | 'lock.duplicate_input'
  // this year's figures: custom items named as such, one problem per index gap
  | 'item.hours_missing'
  | 'item.hours_not_hourly'
  | 'item.for_on_once'
  | 'index.gap_table'
  | 'index.gap_own'
  // cases from a spreadsheet (issue 15): new, template, import, export
  | 'sheet.unknown_format'
  | 'sheet.not_xlsx'
  | 'sheet.too_large'
  | 'sheet.unknown_table'
  | 'sheet.duplicate_table'
  | 'sheet.missing'
  | 'sheet.missing_column'
  | 'sheet.duplicate_column'
  | 'sheet.case_id_missing'
  | 'sheet.line_case_missing'
  | 'sheet.case_unknown'
  | 'sheet.scenario_missing'
  | 'sheet.scenario_unknown'
  | 'sheet.cohort_id_missing'
  | 'sheet.duplicate_cohort'
  | 'sheet.folder_invalid'
  | 'sheet.followup_only'
  | 'sheet.cohort_unknown'
  | 'sheet.duplicate_tags'
  | 'import.cohort_unknown'
  | 'import.cohort_elsewhere'
  | 'import.folder_taken'
  | 'import.exists'
  | 'import.free_text_dropped'
  | 'new.exists'
  | 'export.value_dropped'
  // following cases over time: status, dates, follow-up, tags, value scores (docs/tracking.md)
  | 'tracking.date_format'
  | 'tracking.dates_order'
  | 'tracking.followup_when_both'
  | 'tracking.followup_when_missing'
  | 'tracking.followup_needs_breakthrough'
  | 'tracking.followup_not_after'
  | 'tracking.for_beyond_period'
  | 'tracking.score_range'
  | 'tracking.tag_duplicate'
  | 'tracking.tag_unknown'
  // the audit trail: calc --lines
  | 'usage.lines_format'
  | 'lines.xlsx_too_many';

/** The kinds of value a schema message names ("'chance' moet een getal zijn, niet tekst"). */
export type ValueType = 'string' | 'text' | 'number' | 'int' | 'array' | 'object' | 'boolean' | 'null';

/** Singular and plural of a unit: "1 maand", "3 maanden". */
export interface UnitWords {
  readonly one: string;
  readonly many: string;
}

/** The help of one command: its description, its arguments and its own options. */
export interface CommandHelp<Arg extends string, Opt extends string = never> {
  readonly description: string;
  readonly arguments: Readonly<Record<Arg, string>>;
  readonly options: Readonly<Record<Opt, string>>;
}

/** A usage error from commander ("error: unknown option '--x'") and how to say it. */
export type UsageRule = readonly [RegExp, (m: RegExpExecArray) => string];

export interface Texts {
  /** The text of every diagnostic. */
  readonly messages: Readonly<Record<MessageCode, Msg>>;
  /** Names of value types in schema messages. */
  readonly valueTypes: Readonly<Record<ValueType, string>>;
  /** What the privacy guard found: "'title' lijkt <kind> te bevatten". */
  readonly privacyKinds: Readonly<Record<PrivacyKind, string>>;
  readonly diagnostics: {
    /** Before the text of a warning: "waarschuwing: ". */
    readonly warning: string;
    /** A bug in doorbraak (exit 70), with the error's message. */
    readonly internalError: (message: string) => string;
  };
  /** Words of every report: columns, totals, the headline. */
  readonly labels: {
    readonly case: string;
    readonly title: string;
    readonly cohort: string;
    readonly current: string;
    readonly threat: string;
    readonly breakthrough: string;
    readonly baten: string;
    readonly besparing: string;
    readonly total: string;
    readonly mean: string;
    readonly law: string;
    readonly payer: string;
    readonly cases: (n: number) => string;
    readonly headline: (cases: string, baten: string, mean: string) => string;
    readonly noCohort: string;
    readonly amountsNote: (cents: boolean) => string;
    readonly allCases: string;
    readonly cohortScope: (id: string) => string;
  };
  /** Words for a rate and its fields (explain, diff, the HTML and xlsx reports). */
  readonly rates: {
    readonly rate: string;
    readonly label: string;
    readonly unit: string;
    readonly price: string;
    readonly unitPrice: string;
    readonly priceYear: string;
    readonly grade: string;
    readonly source: string;
    readonly table: string;
    readonly customItem: string;
    readonly customSource: (file: string, line: number) => string;
    readonly override: (tablePrice: string) => string;
  };
  /** Units of time and of rates, singular and plural; `once` is a one-off item. */
  readonly units: Readonly<Record<RateUnit, UnitWords>>;
  /** Help of the program as a whole and of the options several commands share. */
  readonly help: {
    readonly program: string;
    readonly debug: string;
    readonly version: string;
    readonly help: string;
    readonly helpCommand: string;
    readonly rates: string;
    readonly followSymlinks: string;
    readonly lang: string;
    readonly format: string;
    readonly cents: string;
    readonly output: string;
    readonly priceYear: string;
    readonly priceIndex: string;
    readonly noIndexation: string;
    readonly discount: string;
    readonly sensitivity: string;
    readonly simulate: string;
    readonly seed: string;
  };
  /** The words commander puts into a help text itself (headings, choices, defaults). */
  readonly commander: {
    /** Headings and usage words as commander writes them ('Usage:', '[options]') → as shown. */
    readonly words: Readonly<Record<string, string>>;
    readonly choices: (list: string) => string;
    readonly defaultValue: (value: string) => string;
    /** A default value as shown: JSON in English, "aan"/"uit"/"geen" for flags and lists in Dutch. */
    readonly value: (value: unknown) => string;
    readonly preset: (value: string) => string;
    readonly env: (name: string) => string;
    /** Between the parts in parentheses. */
    readonly separator: string;
  };
  /** Usage errors (exit 2): commander's English turned into this language, and the pointer to --help. */
  readonly usage: {
    readonly rules: readonly UsageRule[];
    readonly hint: string;
  };
  /** The progress bar on a terminal. */
  readonly progress: {
    readonly filesRead: string;
    readonly casesPriced: string;
  };
  readonly calc: {
    readonly help: CommandHelp<'paths', 'top' | 'project' | 'strictPublished' | 'lock' | 'includeNotes'>;
    readonly badTop: string;
    readonly badProject: string;
  };
  /** The council sections of calc: breakdowns, top items, projections, published figures. */
  readonly council: {
    readonly byLaw: string;
    readonly byPayer: string;
    readonly share: string;
    readonly sharesNote: string;
    readonly negativeNote: string;
    readonly topTitle: (n: number) => string;
    readonly rank: string;
    readonly item: string;
    readonly totalCurrent: string;
    readonly shareOfCurrent: string;
    readonly casesCol: string;
    readonly weighedMost: string;
    readonly realised: string;
    readonly topNote: string;
    readonly projectionTitle: string;
    readonly scope: string;
    readonly measuredCases: string;
    readonly measuredBaten: string;
    readonly projectedFor: (n: number) => string;
    readonly projectionNote: string;
    readonly publishedTitle: string;
    readonly figure: string;
    readonly published: string;
    readonly computed: string;
    readonly difference: string;
    readonly matches: string;
    readonly yes: string;
    readonly no: string;
    readonly figCases: string;
    readonly figBaten: string;
    readonly sourceOf: (id: string, source: string) => string;
    readonly publishedNote: string;
  };
  /** The economics sections of calc: price year, present values, adjustments, sensitivity, simulation. */
  readonly economics: {
    readonly priceYear: (year: number, index: string, provisional: boolean) => string;
    readonly priceYearNoIndex: (year: number) => string;
    readonly factors: (list: string) => string;
    readonly factor: (from: number, factor: string, lines: number) => string;
    readonly presentValue: (rate: string, undiscounted: string) => string;
    readonly perYear: string;
    readonly year: string;
    readonly weight: string;
    readonly undiscounted: string;
    readonly presentValueRow: string;
    readonly adjustmentsTitle: string;
    readonly gross: string;
    readonly deadweight: string;
    readonly minusDeadweight: string;
    readonly afterDeadweight: string;
    readonly attribution: string;
    readonly net: string;
    readonly meanNet: string;
    readonly adjustmentsNote: (net: string, gross: string) => string;
    readonly sensitivityTitle: string;
    readonly low: string;
    readonly central: string;
    readonly high: string;
    readonly sensitivityNote: string;
    readonly simulationTitle: (draws: string, seed: number) => string;
    readonly measure: string;
    readonly totalBaten: string;
    readonly perCase: string;
    readonly average: string;
    readonly simulationNote: string;
  };
  /** calc --include-notes: the free text of the cases. */
  readonly notes: {
    readonly title: string;
    readonly none: string;
  };
  /** calc --format html. */
  readonly html: {
    readonly kicker: string;
    readonly title: string;
    readonly docTitle: (headline: string) => string;
    readonly cases: string;
    readonly baten: string;
    readonly contents: string;
    readonly batenPerCase: string;
    readonly batenChart: string;
    readonly scenarios: string;
    readonly scenariosIntro: string;
    readonly scenariosChart: string;
    readonly lawPayer: string;
    readonly lawChart: string;
    readonly payerChart: string;
    readonly negativeLegend: string;
    readonly perCohort: string;
    readonly top: string;
    readonly economics: string;
    readonly rates: string;
    readonly ratesIntro: string;
    readonly accountability: string;
    readonly digest: string;
    readonly digestNote: (files: number) => string;
    readonly version: string;
    readonly tables: string;
    readonly reproduce: string;
  };
  /** calc --format xlsx: sheet names, headers and notes. */
  readonly xlsx: {
    readonly casesSheet: string;
    readonly totalsSheet: string;
    readonly byLawSheet: string;
    readonly byPayerSheet: string;
    readonly topSheet: string;
    readonly ratesSheet: string;
    readonly aboutSheet: string;
    readonly count: string;
    readonly shareBaten: string;
    readonly lines: string;
    readonly digest: string;
    readonly version: string;
    readonly headline: string;
    readonly note: string;
    readonly formulas: string;
    readonly amounts: string;
  };
  /** explain: the derivation of one case. */
  readonly explain: {
    readonly help: CommandHelp<'case' | 'paths'>;
    readonly title: (id: string) => string;
    readonly field: string;
    readonly value: string;
    readonly file: string;
    readonly horizon: string;
    readonly rateTables: string;
    readonly scenario: string;
    readonly nr: string;
    readonly post: string;
    readonly quantity: string;
    readonly count: string;
    readonly chance: string;
    readonly exactCost: string;
    readonly cost: string;
    readonly index: string;
    /** "prices indexed from their price year to 2024 (factor per line in column 'index')". */
    readonly indexedNote: (year: number) => string;
    /** For a horizon over a year: cost is a present value. */
    readonly presentValueNote: (rate: string, years: string) => string;
    readonly linesTitle: string;
    readonly linesNote: string;
    readonly totalsTitle: string;
    readonly amount: string;
    readonly computation: string;
    readonly originTitle: string;
    readonly valuesTitle: string;
    readonly notesTitle: string;
    readonly note: string;
    readonly horizonMark: string;
    readonly per: string;
  };
  /** check: the one-line summary of --verbose. */
  readonly check: {
    readonly help: CommandHelp<'paths', 'verbose' | 'privacy'>;
    readonly summary: (cases: number, cohorts: number, tables: number, errors: number, warnings: number) => string;
  };
  /** diff: old and new rate tables side by side. */
  readonly diff: {
    readonly help: CommandHelp<'paths', 'against' | 'failOver'>;
    readonly titleCases: string;
    readonly titleRates: string;
    readonly titleLaws: string;
    readonly titleTotals: string;
    readonly old: string;
    readonly new: string;
    readonly delta: string;
    readonly change: string;
    readonly field: string;
    readonly usedBy: string;
    readonly added: string;
    readonly removed: string;
    readonly changed: string;
    readonly fields: Readonly<Record<RateField, string>>;
    readonly noRateChanges: string;
    readonly section: string;
    readonly id: string;
    readonly total: (field: string) => string;
    readonly lawTotal: (law: string) => string;
    readonly note: (oldTables: string, newTables: string) => string;
    /** The percentage of a total that was zero before. */
    readonly wasZero: string;
  };
  /** calc --lock and verify: locked figures. */
  readonly verify: {
    readonly help: CommandHelp<'lock', 'cents'>;
    readonly ok: (lock: string, cases: number, files: number) => string;
    readonly failed: (lock: string) => string;
    readonly inputsChanged: string;
    readonly figuresChanged: string;
    readonly inputAdded: string;
    readonly inputRemoved: string;
    readonly caseAdded: string;
    readonly caseRemoved: string;
    readonly versionNote: (old: string, now: string) => string;
    readonly otherChanged: string;
  };
  /** schema: JSON Schemas for editors. */
  readonly schema: {
    readonly help: CommandHelp<'kind'>;
  };
  /** The audit trail: calc --lines, the audit sheets of the workbook, explain's index chains and per-year split, diff's price year, the lock a report cites. */
  readonly audit: {
    readonly help: {
      /** calc --lines */
      readonly lines: string;
      /** diff --as-stated */
      readonly asStated: string;
    };
    /** Columns of the line export (CSV and the lines sheet). */
    readonly columns: {
      readonly cohort: string;
      readonly case: string;
      readonly scenario: string;
      readonly nr: string;
      readonly rate: string;
      readonly table: string;
      readonly item: string;
      readonly label: string;
      readonly law: string;
      readonly payer: string;
      readonly unit: string;
      readonly price: string;
      readonly override: string;
      readonly priceYear: string;
      readonly factor: string;
      readonly factorFraction: string;
      readonly quantity: string;
      readonly quantityFraction: string;
      readonly derivation: string;
      readonly count: string;
      readonly chance: string;
      readonly exact: string;
      readonly year: (n: number) => string;
      readonly undiscounted: string;
      readonly presentValue: string;
      readonly discount: string;
      readonly source: string;
      readonly investment: string;
    };
    readonly yes: string;
    readonly no: string;
    readonly linesSheet: string;
    readonly perYearSheet: string;
    readonly publishedSheet: string;
    readonly perYearNote: string;
    /** On the About sheet: what the lines sheet holds and which cells are formulas. */
    readonly linesNote: string;
    /** On the About sheet when the lines do not fit one worksheet. */
    readonly linesTooMany: (lines: number) => string;
    /** The lock file calc wrote in the same run (HTML and xlsx). */
    readonly lockFile: string;
    readonly lockDigest: string;
    readonly lockNote: (file: string) => string;
    /** explain: the index factor of each price year as a product of yearly changes. */
    readonly indexTitle: string;
    readonly priceYear: string;
    readonly reportYear: string;
    readonly changes: string;
    readonly computation: string;
    readonly lines: string;
    readonly provisional: string;
    readonly indexNote: (index: string) => string;
    /** explain: "vanaf maand 7" (the line starts later in the horizon). */
    readonly from: (start: string) => string;
    /** explain: the per-year split of every line of a multi-year case. */
    readonly yearsTitle: string;
    readonly year: (n: number) => string;
    readonly weight: string;
    readonly undiscounted: string;
    readonly presentValueExact: string;
    readonly presentValue: string;
    readonly yearsNote: (rate: string) => string;
    /** diff: both sides indexed to one price year, or priced as stated. */
    readonly diffIndexed: (year: number, index: string) => string;
    readonly diffAsStated: string;
    /** diff --format html */
    readonly diffTitle: string;
    readonly diffKicker: string;
  };
  /** Did it pay off, and for whom (issue 16): investment and return, programme costs, who gains, evidence by grade. */
  readonly returns: {
    readonly help: { readonly optimismBias: string };
    readonly investmentTitle: string;
    /** After the line in explain: "(investering)". */
    readonly investmentMark: string;
    readonly investment: string;
    readonly avoided: string;
    readonly netBaten: string;
    readonly returnPerEuro: string;
    readonly payback: string;
    readonly paybackMonth: (month: number) => string;
    readonly paybackNever: string;
    readonly investmentSummary: (netBaten: string, investment: string, perEuro: string) => string;
    readonly investmentNote: string;
    readonly paybackNote: string;
    readonly noProgramme: (cohorts: string) => string;
    readonly programmeCostsTitle: string;
    readonly item: string;
    readonly per: string;
    readonly perOnce: string;
    readonly perYear: (years: number) => string;
    readonly perCase: (cases: number) => string;
    readonly price: string;
    readonly priceYear: string;
    readonly factor: string;
    readonly amount: string;
    readonly source: string;
    readonly programmeTitle: string;
    readonly casesCol: string;
    readonly programmeCosts: string;
    readonly netResult: string;
    readonly breakEven: string;
    readonly breakEvenNever: string;
    readonly fixed: string;
    readonly perCaseCost: string;
    readonly programmeNote: string;
    readonly breakEvenSentence: (cohort: string, mean: string, cases: number) => string;
    readonly projectionTitle: string;
    readonly projectedCases: string;
    readonly gross: string;
    readonly net: string;
    readonly projectionNote: string;
    readonly whoTitle: (dimension: 'payer' | 'law') => string;
    readonly invested: string;
    readonly netPosition: string;
    readonly netAfterProgramme: string;
    readonly position: string;
    readonly positions: Readonly<Record<GainPosition, string>>;
    readonly whoNote: string;
    readonly whoProgrammeNote: string;
    readonly evidenceTitle: string;
    readonly grade: string;
    readonly grades: Readonly<Record<EvidenceGrade, string>>;
    readonly share: string;
    readonly bias: string;
    readonly correction: string;
    readonly adjusted: string;
    readonly evidenceSummary: (baten: string, gradeC: string, ungraded: string) => string;
    readonly evidenceNote: string;
    readonly biasNote: (spec: string) => string;
    readonly biasSummary: (gross: string, correction: string, adjusted: string) => string;
    readonly htmlReturns: string;
    readonly htmlWhoGains: string;
    readonly htmlWhoIntro: string;
    readonly htmlEvidence: string;
    readonly chartPayer: string;
    readonly chartLaw: string;
    readonly legendInvested: string;
    readonly legendAvoided: string;
    readonly legendNet: string;
    readonly investmentSheet: string;
    readonly whoSheet: string;
    readonly programmeSheet: string;
    readonly evidenceSheet: string;
  };
  /** What calc shows on a terminal: the answer first, its sections, horizons and rounding (issue 14). */
  readonly calcView: {
    readonly help: {
      readonly sections: string;
      readonly all: string;
      readonly strict: string;
    };
    /** The built-in sections of calc: their name for --sections and what they show. */
    readonly sections: Readonly<Record<CalcSectionKey, SectionWords>>;
    /** Above the list of sections not shown. */
    readonly moreTitle: string;
    /** One section not shown, and how to show it. */
    readonly moreLine: (option: string, title: string) => string;
    readonly moreAll: string;
    /** --sections named a section this report has nothing for. */
    readonly emptySection: (name: string) => string;
    /** After "'x' is ongeldig" for a refused --sections value: the names there are. */
    readonly badSections: (names: string) => string;
    /** The horizon column of the case table. */
    readonly horizon: string;
    /** "12 maanden", "3 jaar". */
    readonly duration: (amount: string, unit: string) => string;
    /** "6 casussen over 12 maanden", "1 casus over 3 jaar (contante waarde)". */
    readonly horizonGroup: (cases: string, horizon: string, presentValue: boolean) => string;
    /** Under the headline when a total or mean adds up different horizons. */
    readonly mixedHorizons: (groups: string) => string;
    /** Under whole-euro tables: rows may not add up to the total. */
    readonly rounding: string;
    /** The CSV line that says the same, and how to get cents. */
    readonly roundingCsv: string;
  };
  /** The price index figures a lock recorded, as verify reports them. */
  readonly indexLock: {
    /** "Gewijzigde indexcijfers van cpi-nl (oud → nieuw):" */
    readonly changedTitle: (index: string) => string;
    readonly provisional: string;
    readonly final: string;
    /** After a year whose provisional figure was replaced by the final one. */
    readonly replaced: string;
    readonly notUsed: string;
    /** The bundled index changed, the figures used did not. */
    readonly updated: (index: string, years: string) => string;
    /** The figures use a provisional index figure. */
    readonly provisionalUsed: (index: string, years: string) => string;
  };
  /** Where the price year of a custom item or an own price comes from (explain). */
  readonly ownPrices: {
    readonly from: Readonly<Record<PriceYearSource, string>>;
  };
  /** doorbraak rates [query]: the rate tables in force, listed and searched. */
  readonly rateSearch: {
    readonly help: CommandHelp<'query' | 'paths', 'law' | 'payer' | 'grade'>;
    readonly title: string;
    readonly id: string;
    readonly priceAsStated: string;
    readonly indexedPrice: (year: number) => string;
    /** "€ 624,00 per maand" */
    readonly per: (price: string, unit: string) => string;
    /** "prijsjaar 2024 → € 659,42 in prijspeil 2026" */
    readonly indexedLine: (priceYear: number, indexed: string, year: number) => string;
    readonly notIndexed: (priceYear: number) => string;
    readonly gradeWord: (grade: string) => string;
    readonly tableWord: (table: string) => string;
    readonly sourceWord: string;
    readonly summary: (shown: number, total: number, tables: string) => string;
    readonly priceNote: (year: number, index: string, provisional: boolean) => string;
    readonly noIndexNote: string;
    readonly gapNote: (year: number, index: string, rates: number) => string;
    readonly none: string;
    readonly noneFor: (what: string, value: string, suggestions: string) => string;
    readonly badGrade: string;
  };
  /** Following cases over time (docs/tracking.md): status, follow-up, patterns, value scores, small numbers. */
  readonly tracking: {
    readonly help: CommandHelp<never, 'status' | 'by' | 'minGroup'>;
    /** The sections it adds to calc (src/write/render/calc-sections.ts): their name for --sections and what they show. */
    readonly sections: { readonly followup: SectionWords; readonly patterns: SectionWords; readonly values: SectionWords };
    readonly badStatus: string;
    readonly badBy: string;
    readonly badMinGroup: string;
    readonly status: Readonly<Record<CaseStatus, string>>;
    readonly statusCol: string;
    /** "6 afgerond; 4 lopend, niet meegeteld" (default), "10 casussen meegeteld: 6 afgerond, 4 lopend" (--status all). */
    readonly statusLine: (counted: readonly (readonly [CaseStatus, number])[], leftOut: readonly (readonly [CaseStatus, number])[]) => string;
    readonly statusTitle: string;
    readonly countedCol: string;
    readonly yes: string;
    readonly no: string;
    readonly followupTitle: string;
    readonly measurement: string;
    readonly after: (duration: string) => string;
    readonly on: (date: string) => string;
    readonly period: string;
    readonly days: (days: string) => string;
    readonly expected: string;
    readonly expectedShort: string;
    readonly threatLevel: string;
    readonly realised: string;
    readonly difference: string;
    readonly expectedBaten: string;
    readonly realisedBaten: string;
    readonly signal: string;
    readonly backAtThreat: string;
    readonly followupNote: string;
    readonly flaggedNote: (n: number) => string;
    readonly patternsTitle: (by: ByDimension) => string;
    readonly dimension: Readonly<Record<ByDimension, string>>;
    readonly none: (by: ByDimension) => string;
    readonly casesCol: string;
    readonly median: string;
    readonly overlapNote: string;
    readonly cohortNote: string;
    readonly cocktailsTitle: string;
    readonly combination: string;
    readonly cocktailsNote: string;
    readonly noCocktails: string;
    readonly valuesTitle: string;
    readonly value: string;
    readonly scored: string;
    readonly medianScore: string;
    readonly scale: string;
    readonly scaleNote: string;
    readonly small: (k: number) => string;
    readonly withheld: string;
    readonly marker: string;
    readonly withheldTogether: string;
    readonly withheldNote: string;
    readonly publishNote: (k: number) => string;
    readonly workingNote: (k: number) => string;
    readonly htmlPatterns: string;
    readonly htmlPatternsIntro: string;
    readonly htmlPatternsChart: (by: string) => string;
    readonly htmlFollowup: string;
    readonly htmlFollowupChart: string;
    readonly htmlValues: string;
    readonly htmlChartSmall: (k: number) => string;
    readonly patternsSheet: string;
    readonly followupSheet: string;
    readonly valuesSheet: string;
    readonly dates: string;
    readonly start: string;
    readonly breakthroughDate: string;
    readonly scoresTitle: string;
    readonly score: string;
    readonly followupLinesTitle: (n: number, when: string) => string;
    readonly followupExplainTitle: string;
  };
  /**
   * The names of arguments and option values in help and usage errors (`<paths...>`, `--rates
   * <file>`), by their name in the code: `paths` → `paden`. English keeps the code's names.
   */
  readonly placeholders: Readonly<Record<Placeholder, string>>;
  /** doorbraak new: a commented case template (issue 15). */
  readonly newCase: {
    readonly help: CommandHelp<'case' | 'folder', 'from'>;
    /** Comment lines at the top of a new case file. */
    readonly header: (id: string) => readonly string[];
    /** The same, for a case started from another one (`--from`). */
    readonly headerFrom: (id: string, from: string) => readonly string[];
    /** The title a new case starts with. */
    readonly title: string;
    readonly titleNote: string;
    readonly horizonNote: string;
    /** The cohort's horizon, which the case follows (a comment line). */
    readonly cohortHorizon: (cohort: string, horizon: string) => readonly string[];
    /** The comment lines before each scenario, above its commented examples. */
    readonly scenarios: Readonly<Record<'current' | 'threat' | 'breakthrough', readonly string[]>>;
    /** After a scenario's examples: how to use them. */
    readonly useExamples: (scenario: string) => string;
    /** Comments after the fields of the example lines. */
    readonly notes: {
      readonly rate: string;
      readonly for: string;
      readonly hourRate: string;
      readonly hours: string;
      readonly chance: string;
      readonly item: string;
      readonly price: string;
      readonly unit: string;
      readonly investment: string;
    };
    /** The name of the custom item in the example. */
    readonly exampleItem: string;
    /** Durations and hours of the examples, as a case file may write them. */
    readonly exampleFor: string;
    readonly exampleHours: string;
    readonly exampleThreatFor: string;
    /** On stdout once written. */
    readonly written: (file: string, folder: string) => string;
  };
  /** doorbraak template: an empty workbook to fill in. */
  readonly template: {
    readonly help: CommandHelp<never, 'rates'>;
  };
  /** doorbraak import: cases from a workbook or CSV files. */
  readonly importCases: {
    readonly help: CommandHelp<'files', 'force' | 'output'>;
    /**
     * On stdout once written: "8 casusbestanden, 2 cohortbestanden en 1 woordenlijst geschreven in
     * cases/", and the cohort files and word lists (tags.yaml) left as they were.
     */
    readonly written: (written: ImportCounts, folder: string, unchanged: Omit<ImportCounts, 'cases'>) => string;
  };
  /** doorbraak export: cases into the workbook. */
  readonly exportCases: {
    readonly help: CommandHelp<'paths', 'includeNotes'>;
  };
  /** The workbook of template and export: the instructions sheet and the prompts of the drop-downs. */
  readonly workbook: {
    readonly instructionsSheet: string;
    /** The instructions, one row each; a row that starts with '# ' is a heading. */
    readonly instructions: readonly string[];
    readonly prompts: Readonly<
      Record<'case' | 'scenario' | 'rate' | 'unit' | 'cohort' | 'status' | 'score' | 'investment' | 'per', { readonly title: string; readonly text: string }>
    >;
  };
}

/** The files doorbraak import writes, by kind. */
export interface ImportCounts {
  readonly cases: number;
  readonly cohorts: number;
  /** tags.yaml files (sheet woorden). */
  readonly tags: number;
}

/** Every name of an argument or option value (`<file>`, `<paths...>`). */
export type Placeholder = 'file' | 'paths' | 'case' | 'lock' | 'kind' | 'lang' | 'format' | 'year' | 'rate' | 'limit' | 'list' | 'seed' | 'n' | 'folder' | 'files';

/** The calc sections this file names (others name theirs in their own section of the catalogue). */
export type CalcSectionKey = 'cases' | 'law' | 'payer' | 'top' | 'projection' | 'published' | 'investment' | 'programme' | 'gains' | 'evidence' | 'years' | 'adjustments' | 'sensitivity' | 'simulation' | 'notes';

/** A section of a report: its name for --sections (one word, lower case) and what it shows. */
export interface SectionWords {
  readonly name: string;
  readonly title: string;
}
