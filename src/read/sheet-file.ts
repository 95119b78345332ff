/**
 * Reading a workbook (.xlsx) or a CSV file into tables of cell values, for `doorbraak import`.
 *
 * A workbook is read with read-excel-file (pinned in package.json), which understands what Excel and
 * LibreOffice write: shared and inline strings, rich text, styles, dates and formulas (their cached
 * value). Before it sees the bytes, the file is held to the size limit of every input and its zip
 * directory to a total unpacked size, so that a zip bomb is refused rather than unpacked.
 *
 * A CSV file is UTF-8 (or Windows-1252, as Excel saves "CSV" on Windows), separated by `;` (Dutch
 * Excel, with decimal commas) or `,` (with decimal points), told by its header line.
 */
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { decodeText, readBytes } from './files.js';

/** A cell's value as read: text (trimmed), a number, true/false, or nothing. */
export type SheetValue = string | number | boolean | null;

export interface SheetTable {
  /** The file as shown in messages. */
  readonly file: string;
  /** The sheet's name in a workbook; undefined for a CSV file (the file is the table). */
  readonly sheet?: string;
  /** Rows from row 1, each from column A; a missing cell is null. */
  readonly rows: readonly (readonly SheetValue[])[];
  /** Numbers written with a decimal comma (a `;`-separated CSV file). */
  readonly decimalComma: boolean;
  /** Values are text as written (CSV), not typed cells (a workbook). */
  readonly textOnly: boolean;
}

/** Largest total size of a workbook's unpacked parts: far above any sheet of cases. */
const MAX_UNPACKED = 200 * 1024 * 1024;
/** Most parts in a workbook's zip. */
const MAX_ENTRIES = 5_000;

/** A workbook (zip) or a CSV file, as tables. */
export async function readSheetFile(abs: string, shown: string): Promise<{ tables: SheetTable[]; diagnostics: Diagnostic[] }> {
  const res = readBytes(abs, shown);
  if (!res.ok) return { tables: [], diagnostics: [res.diagnostic] };
  const bytes = res.bytes;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return readWorkbook(bytes, shown);
  const text = decodeText(bytes);
  if (text === undefined) return { tables: [], diagnostics: [diag(filePos(shown), 'sheet.unknown_format')] };
  return { tables: [readCsv(text, shown)], diagnostics: [] };
}

async function readWorkbook(bytes: Buffer, shown: string): Promise<{ tables: SheetTable[]; diagnostics: Diagnostic[] }> {
  const size = unpackedSize(bytes);
  if (size === undefined) return { tables: [], diagnostics: [diag(filePos(shown), 'sheet.not_xlsx')] };
  if (size > MAX_UNPACKED || size < 0) return { tables: [], diagnostics: [diag(filePos(shown), 'sheet.too_large', { max: MAX_UNPACKED })] };
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Loaded only by import: no other command pays for starting the reader.
    const { default: readXlsxFile } = await import('read-excel-file/node');
    sheets = (await readXlsxFile(bytes)) as { sheet: string; data: unknown[][] }[];
  } catch {
    return { tables: [], diagnostics: [diag(filePos(shown), 'sheet.not_xlsx')] };
  }
  const tables = sheets.map((s) => ({
    file: shown,
    sheet: s.sheet,
    rows: s.data.map((r) => r.map(cellValue)),
    decimalComma: false,
    textOnly: false,
  }));
  return { tables, diagnostics: [] };
}

/** A cell as read-excel-file gives it; a date becomes its ISO text (2024-03-01, or with the time). */
function cellValue(v: unknown): SheetValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(v);
}

/**
 * The total unpacked size of a zip's parts as its central directory states it; undefined when the
 * bytes are not a zip; -1 with too many parts.
 */
function unpackedSize(b: Buffer): number | undefined {
  // The end-of-central-directory record: in the last 64 KiB + 22 bytes.
  const from = Math.max(0, b.length - 65_557);
  let eocd = -1;
  for (let i = b.length - 22; i >= from; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = b.readUInt16LE(eocd + 10);
  if (entries > MAX_ENTRIES) return -1;
  let p = b.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) return undefined;
    const unpacked = b.readUInt32LE(p + 24);
    // A zip64 part (0xffffffff) is over any limit here.
    total += unpacked === 0xffffffff ? Infinity : unpacked;
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return total;
}

// ------------------------------------------------------------------------------------------------ CSV

/** A CSV text as a table: the separator is the one of `;`, `,` and tab that its header line has most of. */
export function readCsv(text: string, shown: string): SheetTable {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string): number => firstLine.split(c).length - 1;
  const seps = [';', ',', '\t'] as const;
  const sep = seps.reduce((best, c) => (count(c) > count(best) ? c : best), seps[0]);
  return { file: shown, rows: parseCsv(text, sep).map((r) => r.map((v) => (v.trim() === '' ? null : v.trim()))), decimalComma: sep === ';', textOnly: true };
}

/** RFC 4180: quoted fields with doubled quotes and line breaks inside, CRLF or LF; one record per row. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
      i++;
    } else if (c === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
