/**
 * JSON writer for the `doorbraak.calc/1` contract. Amounts are integer cents; BigInt values are written
 * as plain JSON numbers digit for digit, so no amount ever passes through a float.
 */

/** JSON.stringify with 2-space indentation that writes bigint as a number literal. Keys keep insertion order. */
export function stringifyJson(value: unknown): string {
  const out: string[] = [];
  write(value, '', out);
  return out.join('') + '\n';
}

function write(v: unknown, indent: string, out: string[]): void {
  if (typeof v === 'bigint') {
    out.push(v.toString());
    return;
  }
  if (v === null || v === undefined) {
    out.push('null');
    return;
  }
  if (Array.isArray(v)) {
    if (!v.length) {
      out.push('[]');
      return;
    }
    const inner = indent + '  ';
    out.push('[\n');
    v.forEach((x, i) => {
      out.push(inner);
      write(x, inner, out);
      out.push(i < v.length - 1 ? ',\n' : '\n');
    });
    out.push(indent + ']');
    return;
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (!entries.length) {
      out.push('{}');
      return;
    }
    const inner = indent + '  ';
    out.push('{\n');
    entries.forEach(([k, x], i) => {
      out.push(inner + JSON.stringify(k) + ': ');
      write(x, inner, out);
      out.push(i < entries.length - 1 ? ',\n' : '\n');
    });
    out.push(indent + '}');
    return;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) {
    out.push('null');
    return;
  }
  out.push(JSON.stringify(v));
}
