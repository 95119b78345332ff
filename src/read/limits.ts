/**
 * Limits checked before a YAML file is parsed, so that a hostile file is refused fast instead of
 * making the parser work for minutes or exhaust memory: nesting depth (a file of 5 MB of `[`), the
 * number of keys and values (a mapping of 40,000 keys), anchors and aliases (each alias is resolved by
 * a search of the document) and documents. A case has a few hundred values, a rate table a few
 * thousand; the limits are far above that.
 *
 * Counting uses the YAML package's lexer, which is linear and stops at the first limit passed. Files
 * that cannot come near any limit (small, with few brackets, anchors or aliases) are not lexed at all.
 */
import { Lexer } from 'yaml';

/** Deepest nesting accepted; real files need 4 or 5 levels. */
export const MAX_DEPTH = 64;
/** Most keys in one file (a case has tens, the bundled rate table about 450). */
export const MAX_KEYS = 10_000;
/** Most values (scalars and bracketed collections) in one file. */
export const MAX_NODES = 50_000;
/** Most anchors (`&name`) in one file. */
export const MAX_ANCHORS = 100;
/** Most aliases (`*name`) in one file. */
export const MAX_ALIASES = 100;
/** Files up to this size with few brackets, anchors and aliases are not lexed: they cannot pass a limit that matters. */
const SMALL = 32 * 1024;

export interface LimitHit {
  readonly code: 'yaml.too_deep' | 'yaml.too_many_keys' | 'yaml.too_many_nodes' | 'yaml.too_many_anchors' | 'yaml.alias_bomb' | 'yaml.multiple_docs';
  /** Offset in the text of the first token past the limit. */
  readonly offset: number;
  readonly max: number;
}

/** The first limit a YAML text passes, or undefined. Linear in the length of the text. */
export function checkLimits(text: string): LimitHit | undefined {
  if (text.length <= SMALL && !suspicious(text)) return undefined;
  let offset = 0;
  let flow = 0;
  let dashes = 0;
  let keys = 0;
  let nodes = 0;
  let anchors = 0;
  let aliases = 0;
  let docs = 0;
  let secondDoc = 0;
  for (const tok of new Lexer().lex(text)) {
    switch (tok) {
      case '\x02': // a document starts
        docs++;
        if (docs === 2) secondDoc = offset;
        if (docs > 2) return { code: 'yaml.multiple_docs', offset: secondDoc, max: 1 };
        continue;
      case '\x1f': // a scalar follows
        if (++nodes > MAX_NODES) return { code: 'yaml.too_many_nodes', offset, max: MAX_NODES };
        continue;
      case '\x18': // end of a broken flow collection
        continue;
      case '[':
      case '{':
        if (++flow > MAX_DEPTH) return { code: 'yaml.too_deep', offset, max: MAX_DEPTH };
        if (++nodes > MAX_NODES) return { code: 'yaml.too_many_nodes', offset, max: MAX_NODES };
        break;
      case ']':
      case '}':
        if (flow > 0) flow--;
        break;
      case '-':
        // `- - - x` nests one sequence in another on a single line.
        if (++dashes > MAX_DEPTH) return { code: 'yaml.too_deep', offset, max: MAX_DEPTH };
        break;
      case ':':
      case '?':
        if (++keys > MAX_KEYS) return { code: 'yaml.too_many_keys', offset, max: MAX_KEYS };
        break;
      default: {
        const c = tok.charCodeAt(0);
        if (c === 10 || c === 13) dashes = 0;
        else if (c === 38 /* & */ && ++anchors > MAX_ANCHORS) return { code: 'yaml.too_many_anchors', offset, max: MAX_ANCHORS };
        else if (c === 42 /* * */ && ++aliases > MAX_ALIASES) return { code: 'yaml.alias_bomb', offset, max: MAX_ALIASES };
      }
    }
    offset += tok.length;
  }
  return undefined;
}

/** More brackets, anchors, aliases or dashes on one line than a small file needs: worth counting properly. */
function suspicious(text: string): boolean {
  let brackets = 0;
  let amps = 0;
  let stars = 0;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
    else if (c === 38) amps++;
    else if (c === 42) stars++;
    else if (c === 10) dashes = 0;
    else if (c === 45 && ++dashes > MAX_DEPTH) return true;
  }
  return brackets > MAX_DEPTH || amps > MAX_ANCHORS || stars > MAX_ALIASES;
}

/** Line and column (1-based) of an offset, as the YAML LineCounter gives them. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
