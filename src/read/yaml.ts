/**
 * YAML with source positions. The `yaml` package keeps every node's range; a LineCounter turns offsets
 * into line:column, so that a message can point at the exact key or value a person has to fix.
 */
import { Document, LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { type Diagnostic, type Position, diag } from '../data/diagnostic.js';

export type PathSeg = string | number;

export interface ParsedYaml {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lc: LineCounter;
  /** The document as plain data (null for an empty document). */
  readonly data: unknown;
}

/** Deepest nesting accepted; real files need 4 or 5 levels. */
export const MAX_DEPTH = 64;

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml.duplicate_key',
  TAB_AS_INDENT: 'yaml.tab',
  BAD_INDENT: 'yaml.indent',
  MISSING_CHAR: 'yaml.syntax',
  MULTIPLE_DOCS: 'yaml.multiple_docs',
  ALIAS_PROPS: 'yaml.syntax',
  BAD_ALIAS: 'yaml.syntax',
  BAD_DIRECTIVE: 'yaml.syntax',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.syntax',
  MULTILINE_IMPLICIT_KEY: 'yaml.syntax',
  UNEXPECTED_TOKEN: 'yaml.syntax',
};

export function parseYaml(text: string, file: string): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const lc = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true }) as Document.Parsed[];
  } catch (e) {
    return { diagnostics: [diag({ file, line: 0, col: 0 }, e instanceof RangeError ? 'yaml.too_deep' : 'yaml.syntax', { detail: String((e as Error).message ?? e) })] };
  }
  if (!Array.isArray(docs)) docs = [];
  const at = (offset: number): Position => {
    const p = lc.linePos(offset);
    return { file, line: p.line, col: p.col };
  };
  if (docs.length > 1) {
    const second = docs[1]!;
    diagnostics.push(diag(at(second.range?.[0] ?? 0), 'yaml.multiple_docs', {}));
  }
  const doc = docs[0];
  if (!doc) return { diagnostics: diagnostics.length ? diagnostics : [diag({ file, line: 0, col: 0 }, 'file.empty', {})] };
  for (const e of doc.errors) {
    const code = YAML_CODES[e.code] ?? 'yaml.syntax';
    const detail = e.message.split('\n')[0] ?? '';
    const key = e.code === 'DUPLICATE_KEY' ? duplicateKeyAt(text, e.pos[0]) : '';
    diagnostics.push(diag(at(e.pos[0]), code, { detail, key }));
  }
  for (const w of doc.warnings) {
    diagnostics.push(diag(at(w.pos[0]), 'yaml.warning', { detail: w.message.split('\n')[0] ?? '' }, 'warning'));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    const msg = String((e as Error).message ?? e);
    const code = /alias/i.test(msg) ? 'yaml.alias_bomb' : e instanceof RangeError ? 'yaml.too_deep' : 'yaml.syntax';
    return { diagnostics: [...diagnostics, diag({ file, line: 1, col: 1 }, code, { detail: msg })] };
  }
  const tooDeep = findTooDeep(doc.contents as Node | null, 0);
  if (tooDeep) {
    return { diagnostics: [...diagnostics, diag(at(tooDeep.range?.[0] ?? 0), 'yaml.too_deep', { max: MAX_DEPTH })] };
  }
  return { parsed: { file, doc, lc, data }, diagnostics };
}

function findTooDeep(node: Node | null | undefined, depth: number): Node | undefined {
  if (!node) return undefined;
  if (depth > MAX_DEPTH) return node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        const hit = findTooDeep(item.value as Node | null, depth + 1);
        if (hit) return hit;
      } else {
        const hit = findTooDeep(item as Node, depth + 1);
        if (hit) return hit;
      }
    }
  }
  return undefined;
}

/**
 * The position of the node at `path`: the key itself when `key` is set (for unknown or misspelt keys),
 * else the value. Falls back to the deepest node that exists along the path.
 */
export function positionOf(p: ParsedYaml, path: readonly PathSeg[], key = false): Position {
  let node: unknown = p.doc.contents;
  let best: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      if (!pair) break;
      if (last && key) {
        best = pair.key;
        break;
      }
      node = pair.value;
      best = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) break;
      best = node;
    } else break;
  }
  const range = (best as { range?: [number, number, number] } | null)?.range;
  const pos = p.lc.linePos(range ? range[0] : 0);
  return { file: p.file, line: pos.line, col: pos.col };
}

/** The key written at `offset` ("case: x" → "case"), for duplicate-key messages. */
function duplicateKeyAt(text: string, offset: number): string {
  const line = text.slice(offset).split(/\r?\n/)[0] ?? '';
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:/.exec(line);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? line).trim();
}
