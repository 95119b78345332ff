/**
 * The terminal table as cli-table3 0.6 draws it with the options src/write/render/table.ts gives it
 * (a header row, compact, no colours of its own, padding 1, widths from the content), without loading
 * cli-table3 (its string-width and ANSI handling cost more at start than the table itself). Drawn here
 * only when the result is certainly the same: every character of a width string-width agrees is 1
 * (ASCII, Latin letters, common punctuation, €), and colour codes (SGR) that close on the line they
 * open, so that cli-table3's per-line colour bookkeeping leaves every line as it is. Anything else
 * answers undefined, and cli-table3 draws it. test/table-draw.test.ts compares the two.
 */

/** The SGR codes cli-table3 recognises (its codeRegex). */
const SGR = /\u001b\[((?:\d*;){0,5}\d*)m/g;

/** A character whose width string-width gives as 1 and which no emoji pattern matches. */
function plainWidth1(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x2ff) ||
    (c >= 0x2010 && c <= 0x2026) || // dashes, quotes, bullet, ellipsis
    c === 0x20ac || // €
    c === 0x2212 // −
  );
}

/**
 * The width of one line as cli-table3 measures it, or -1 when it cannot be sure: a character outside
 * plainWidth1, an escape that is not SGR, or colour left open at the end of the line (cli-table3
 * would close and reopen it around the line).
 */
function lineWidth(line: string): number {
  let text = line;
  if (line.includes('\u001b')) {
    if (!closesOnLine(line)) return -1;
    text = line.replace(SGR, '');
    if (text.includes('\u001b')) return -1;
  }
  for (let i = 0; i < text.length; i++) if (!plainWidth1(text.charCodeAt(i))) return -1;
  return text.length;
}

/** Flags cli-table3 keeps per line (its codeCache): on code → off code. */
const FLAGS: Readonly<Record<number, number>> = { 1: 22, 3: 23, 4: 24, 7: 27, 9: 29 };

/** Whether cli-table3's readState of the line ends with nothing open (so unwind and rewind add nothing). */
function closesOnLine(line: string): boolean {
  const on = new Set<number>();
  let fg: string | undefined;
  let bg: string | undefined;
  for (const m of line.matchAll(SGR)) {
    const code = m[1] ? parseInt(m[1].split(';')[0]!) : 0;
    if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) fg = m[0];
    else if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) bg = m[0];
    else if (code === 0) {
      on.clear();
      fg = bg = undefined;
    } else if (m[0] === `\u001b[${code}m`) {
      if (FLAGS[code] !== undefined) on.add(code);
      else for (const [k, off] of Object.entries(FLAGS)) if (off === code) on.delete(Number(k));
    }
  }
  return on.size === 0 && (fg === undefined || fg === '\u001b[39m') && (bg === undefined || bg === '\u001b[49m');
}

/** The table, or undefined when cli-table3 must draw it. */
export function drawTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, aligns: ReadonlyArray<string | undefined>): string | undefined {
  const n = head.length;
  if (n === 0 || rows.some((r) => r.length !== n)) return undefined;
  const table = [head, ...rows].map((r) => r.map((cell) => cell.split('\n')));
  const widths = new Array<number>(n).fill(1);
  for (const row of table) {
    row.forEach((lines, x) => {
      let w = 0;
      for (const line of lines) {
        const lw = lineWidth(line);
        if (lw < 0) w = -1;
        else if (w >= 0 && lw > w) w = lw;
      }
      if (w < 0) widths[x] = -1;
      else if (widths[x]! >= 0) widths[x] = Math.max(widths[x]!, w + 2);
    });
  }
  if (widths.some((w) => w < 0)) return undefined;
  const rule = (left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const out: string[] = [rule('┌', '┬', '┐')];
  table.forEach((row, y) => {
    if (y === 1) out.push(rule('├', '┼', '┤'));
    const height = Math.max(...row.map((lines) => lines.length));
    for (let l = 0; l < height; l++) {
      const cells = row.map((lines, x) => {
        const w = widths[x]!;
        const line = lines[l];
        if (line === undefined) return ' '.repeat(w);
        const padlen = w - 2 - lineWidth(line);
        const align = aligns[x];
        if (align === 'right') return ' ' + ' '.repeat(padlen) + line + ' ';
        if (align === 'center') {
          const right = Math.ceil(padlen / 2);
          return ' ' + ' '.repeat(padlen - right) + line + ' '.repeat(right) + ' ';
        }
        return ' ' + line + ' '.repeat(padlen) + ' ';
      });
      out.push('│' + cells.join('│') + '│');
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
