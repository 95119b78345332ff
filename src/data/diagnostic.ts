/**
 * Problems are values: every reader and check returns them instead of throwing, so that all problems
 * of all files can be reported together. The text is made by the renderer (src/write/i18n/) from
 * `code` and `args`, in the user's language.
 */
export interface Position {
  /** Path as shown to the user (relative to the working directory where possible). */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. In a spreadsheet: the row. */
  readonly line: number;
  /** In a spreadsheet: the column, 1 for A. */
  readonly col: number;
  /**
   * A cell of a spreadsheet or CSV file (`regels!D14`, or `D14` in a CSV file), shown instead of
   * line:col; `line` and `col` then hold its row and column, for the order of messages.
   */
  readonly cell?: string;
}

export type Severity = 'error' | 'warning';

export type Args = Readonly<Record<string, string | number | readonly string[]>>;

export interface Diagnostic extends Position {
  readonly severity: Severity;
  readonly code: string;
  readonly args: Args;
}

export function diag(pos: Position, code: string, args: Args = {}, severity: Severity = 'error'): Diagnostic {
  return { file: pos.file, line: pos.line, col: pos.col, ...(pos.cell !== undefined ? { cell: pos.cell } : {}), severity, code, args };
}

export function filePos(file: string): Position {
  return { file, line: 0, col: 0 };
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Stable order: by file (byte order), sheet of a spreadsheet, line (row), column, then code. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      compareStrings(sheetOf(a), sheetOf(b)) ||
      a.line - b.line ||
      a.col - b.col ||
      compareStrings(a.code, b.code),
  );
}

/** The sheet of a spreadsheet cell (`regels` of `regels!D14`); '' for anything else. */
function sheetOf(p: Position): string {
  const bang = p.cell?.lastIndexOf('!') ?? -1;
  return bang > 0 ? p.cell!.slice(0, bang) : '';
}

/** Locale-independent string order (UTF-16 code units), so output never depends on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Natural order for ids ("vh-2" before "vh-10"), still locale-independent. */
export function compareNatural(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const bx = BigInt(x);
      const by = BigInt(y);
      if (bx !== by) return bx < by ? -1 : 1;
      return compareStrings(x, y);
    }
    return compareStrings(x, y);
  }
  return pa.length - pb.length || compareStrings(a, b);
}
