/**
 * A small SpreadsheetML (.xlsx) writer: sheets of text, numbers and formulas with euro, percentage
 * and integer formats, a frozen header row and column widths. Hand-written so that the workbook is
 * byte-for-byte deterministic and needs no runtime dependency; tests read it back with exceljs.
 */
import { columnLetters } from '../data/workbook.js';
import { zip } from './zip.js';

export type XCell =
  | { readonly t: 'text'; readonly v: string; readonly bold?: boolean }
  | { readonly t: 'euro'; readonly cents: bigint; readonly bold?: boolean }
  | { readonly t: 'int'; readonly v: number | bigint; readonly bold?: boolean }
  /** A fraction shown as a percentage; `v` is a decimal string such as "0.6667". */
  | { readonly t: 'pct'; readonly v: string; readonly bold?: boolean }
  /** A plain number in the General format (a year, a factor, a quantity); `v` is a decimal string. */
  | { readonly t: 'num'; readonly v: string; readonly bold?: boolean }
  /** A formula with its cached result (so viewers that do not recompute still show the figure). */
  | { readonly t: 'formula'; readonly f: string; readonly fmt: 'euro' | 'int' | 'pct' | 'num'; readonly cached: string; readonly bold?: boolean }
  | { readonly t: 'empty' };

export interface XSheet {
  readonly name: string;
  readonly rows: readonly (readonly XCell[])[];
  readonly widths?: readonly number[];
  /** Freeze the first row (a header). */
  readonly header?: boolean;
  /** Drop-down lists on ranges of cells (data validation). */
  readonly validations?: readonly XValidation[];
}

/**
 * A drop-down list on a range of cells: its values are `list`, a formula (a defined name such as
 * `tarief_ids`, a range, or a quoted list `"a,b,c"`). `strict` refuses other values; otherwise Excel
 * and LibreOffice warn and let the value stand. `prompt` is shown when a cell of the range is chosen.
 */
export interface XValidation {
  readonly sqref: string;
  readonly list: string;
  readonly strict?: boolean;
  readonly prompt?: { readonly title: string; readonly text: string };
}

/** A workbook-level name for a range (`tarief_ids` → `tarieven!$A$2:$A$400`), for validation lists. */
export interface XName {
  readonly name: string;
  readonly ref: string;
}

const xml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // characters XML 1.0 does not allow
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export const col = columnLetters;

/** Exact decimal euros from cents, for a spreadsheet number: 12345n → "123.45". */
export function centsToDecimal(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}

// style ids in styles.xml: 0 normal, 1 bold, 2 euro, 3 euro bold, 4 int, 5 int bold, 6 pct, 7 pct bold
function styleOf(kind: 'text' | 'euro' | 'int' | 'pct' | 'num', bold: boolean | undefined): number {
  const base = { text: 0, euro: 2, int: 4, pct: 6, num: 0 }[kind];
  return base + (bold ? 1 : 0);
}

function cellXml(c: XCell, ref: string): string {
  switch (c.t) {
    case 'text':
      return `<c r="${ref}" t="inlineStr" s="${styleOf('text', c.bold)}"><is><t xml:space="preserve">${xml(c.v)}</t></is></c>`;
    case 'euro':
      return `<c r="${ref}" s="${styleOf('euro', c.bold)}"><v>${centsToDecimal(c.cents)}</v></c>`;
    case 'int':
      return `<c r="${ref}" s="${styleOf('int', c.bold)}"><v>${c.v.toString()}</v></c>`;
    case 'pct':
      return `<c r="${ref}" s="${styleOf('pct', c.bold)}"><v>${c.v}</v></c>`;
    case 'num':
      return `<c r="${ref}" s="${styleOf('num', c.bold)}"><v>${c.v}</v></c>`;
    case 'formula':
      return `<c r="${ref}" s="${styleOf(c.fmt, c.bold)}"><f>${xml(c.f)}</f>${c.cached === '' ? '' : `<v>${c.cached}</v>`}</c>`;
    default:
      return '';
  }
}

function sheetXml(s: XSheet): string {
  const cols = s.widths?.length
    ? `<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const view = s.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const rows = s.rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((c, ci) => cellXml(c, `${col(ci)}${ri + 1}`)).join('')}</row>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `${view}${cols}<sheetData>${rows}</sheetData>${validationsXml(s.validations ?? [])}</worksheet>`
  );
}

function validationsXml(vs: readonly XValidation[]): string {
  if (!vs.length) return '';
  const one = (v: XValidation): string => {
    const prompt = v.prompt ? ` showInputMessage="1" promptTitle="${xml(v.prompt.title.slice(0, 32))}" prompt="${xml(v.prompt.text.slice(0, 255))}"` : '';
    const style = v.strict ? '' : ' errorStyle="warning"';
    return `<dataValidation type="list"${style} allowBlank="1"${prompt} showErrorMessage="1" sqref="${v.sqref}"><formula1>${xml(v.list)}</formula1></dataValidation>`;
  };
  return `<dataValidations count="${vs.length}">${vs.map(one).join('')}</dataValidations>`;
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;€&quot;\\ #,##0.00;&quot;€&quot;\\ \\-#,##0.00"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Sheet names: at most 31 characters, none of []:*?/\ — made safe and unique. */
function sheetNames(sheets: readonly XSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((s) => {
    const base = s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Blad';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A sheet's name in a formula: quoted when it is not a plain word. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function workbook(sheets: readonly XSheet[], definedNames: readonly XName[] = []): Buffer {
  const names = sheetNames(sheets);
  const ct =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>';
  const wb =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<bookViews><workbookView/></bookViews><sheets>' +
    names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    (definedNames.length ? `<definedNames>${definedNames.map((d) => `<definedName name="${xml(d.name)}">${xml(d.ref)}</definedName>`).join('')}</definedNames>` : '') +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>';
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    '</Relationships>';
  return zip([
    { name: '[Content_Types].xml', data: ct },
    { name: '_rels/.rels', data: rels },
    { name: 'xl/workbook.xml', data: wb },
    { name: 'xl/_rels/workbook.xml.rels', data: wbRels },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
  ]);
}
