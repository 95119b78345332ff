/**
 * JSON with exact whole numbers: an integer literal becomes a bigint, so that amounts in cents above
 * 2^53 (a lock of national figures, or a tampered one) are compared exactly and never through a
 * float. Other numbers (with a fraction or an exponent) stay JS numbers. Used to read lock files.
 * Nesting deeper than 100 levels is a syntax error (a lock has five).
 */

export type JsonValue = null | boolean | string | number | bigint | JsonValue[] | { [key: string]: JsonValue };

const MAX_NESTING = 100;

export function parseJsonExact(text: string): JsonValue {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at position ${i}`);
  };
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) fail('Unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) i++;
      else if (c < 32) fail('Bad control character in string');
      i++;
    }
    i++;
    // The string's escapes as JSON defines them.
    return JSON.parse(text.slice(start, i)) as string;
  };
  const num = (): number | bigint => {
    const start = i;
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (text[i]! >= '1' && text[i]! <= '9') while (text[i]! >= '0' && text[i]! <= '9') i++;
    else fail('Bad number');
    let whole = true;
    if (text[i] === '.') {
      whole = false;
      i++;
      if (!(text[i]! >= '0' && text[i]! <= '9')) fail('Bad number');
      while (text[i]! >= '0' && text[i]! <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      whole = false;
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(text[i]! >= '0' && text[i]! <= '9')) fail('Bad number');
      while (text[i]! >= '0' && text[i]! <= '9') i++;
    }
    const lit = text.slice(start, i);
    return whole ? BigInt(lit) : Number(lit);
  };
  const value = (depth: number): JsonValue => {
    if (depth > MAX_NESTING) fail('Nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const o: { [key: string]: JsonValue } = {};
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('Expected a key');
        const k = str();
        ws();
        if (text[i] !== ':') fail("Expected ':'");
        i++;
        // An own property even for '__proto__', as JSON.parse makes it.
        Object.defineProperty(o, k, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return o;
        }
        fail("Expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const a: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return a;
        }
        fail("Expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return num();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(i >= text.length ? 'Unexpected end of JSON input' : 'Unexpected token');
  };
  const v = value(0);
  ws();
  if (i < text.length) fail('Unexpected token after JSON');
  return v;
}
