/**
 * Problems are values: every reader and check returns them instead of throwing, so that all problems
 * of all files can be reported together. The text is made by the renderer (src/write/i18n/) from
 * `code` and `args`, in the user's language.
 */
export interface Position {
  /** Path as shown to the user (relative to the working directory where possible). */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  readonly line: number;
  readonly col: number;
}

export type Severity = 'error' | 'warning';

export type Args = Readonly<Record<string, string | number | readonly string[]>>;

export interface Diagnostic extends Position {
  readonly severity: Severity;
  readonly code: string;
  readonly args: Args;
}

export function diag(pos: Position, code: string, args: Args = {}, severity: Severity = 'error'): Diagnostic {
  return { file: pos.file, line: pos.line, col: pos.col, severity, code, args };
}

export function filePos(file: string): Position {
  return { file, line: 0, col: 0 };
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Stable order: by file (byte order), line, column, then code. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.col - b.col || compareStrings(a.code, b.code),
  );
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
