/**
 * YAML with source positions. The `yaml` package keeps every node's range; a LineCounter turns offsets
 * into line:column, so that a message can point at the exact key or value a person has to fix.
 */
import { Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Node } from 'yaml';
import { type Diagnostic, type Position, diag } from '../data/diagnostic.js';
import { MAX_DEPTH, checkLimits, lineColAt } from './limits.js';

export type PathSeg = string | number;

export interface ParsedYaml {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lc: LineCounter;
  /** The document as plain data (null for an empty document). */
  readonly data: unknown;
  /** The text parsed, for quoting a value exactly as it was written. */
  readonly text?: string;
}

export { MAX_DEPTH };

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
  // Hostile files (too deep, too many keys, values, anchors or aliases) are refused before parsing.
  const hit = checkLimits(text);
  if (hit) return { diagnostics: [diag({ file, ...lineColAt(text, hit.offset) }, hit.code, { max: hit.max })] };
  const lc = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let docs: Document.Parsed[];
  try {
    // Duplicate keys are found below in one pass; the parser's own check compares every pair of keys.
    docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, strict: true }) as Document.Parsed[];
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
  // One syntax error usually sets off a cascade of follow-up errors in the parser; only the first is
  // reported (it is the one to fix). Duplicate keys and tabs are independent and all reported.
  let syntaxReported = false;
  // A tab in the indentation at or before the first syntax error is the cause: only the clear message.
  const tabs = tabbedIndents(text, doc.errors);
  for (const offset of tabs) diagnostics.push(diag(at(offset), 'yaml.tab', {}));
  for (const e of doc.errors) {
    if (tabs.length && e.code !== 'DUPLICATE_KEY') continue;
    const detail = e.message.split('\n')[0] ?? '';
    const known = yamlProblem(e.code, detail);
    const independent = e.code === 'DUPLICATE_KEY' || e.code === 'TAB_AS_INDENT';
    if (!independent) {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    const key = e.code === 'DUPLICATE_KEY' ? duplicateKeyAt(text, e.pos[0]) : '';
    // Where the parser ran out of stack depends on the machine; the first node nested too deeply does not.
    const offset =
      known?.code === 'yaml.unclosed_quote'
        ? openingQuote(text, e.pos[0], known.args.quote ?? '"')
        : known?.code === 'yaml.too_deep'
          ? (findTooDeep(doc.contents as Node | null, 0)?.range?.[0] ?? e.pos[0])
          : e.pos[0];
    if (known) diagnostics.push(diag(at(offset), known.code, { ...known.args, detail, key, max: MAX_DEPTH }));
    else diagnostics.push(diag(at(e.pos[0]), YAML_CODES[e.code] ?? 'yaml.syntax', { detail, key }));
  }
  for (const k of duplicateKeys(doc.contents as Node | null)) {
    diagnostics.push(diag(at(k.range?.[0] ?? 0), 'yaml.duplicate_key', { key: duplicateKeyAt(text, k.range?.[0] ?? 0) }));
  }
  for (const w of doc.warnings) {
    const detail = w.message.split('\n')[0] ?? '';
    const known = yamlProblem(w.code, detail);
    diagnostics.push(diag(at(w.pos[0]), known?.code ?? 'yaml.warning', { ...known?.args, detail }, 'warning'));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  // Checked on the syntax tree before it is turned into data: depth (toJS recurses), keys that are
  // not plain values (they would be stringified, with a warning from Node on stderr) and aliases.
  // One walk finds both (the first too deep node wins over any complex key, as before).
  const scanned: Scan = {};
  scanTree(doc.contents as Node | null, 0, scanned);
  const tooDeep = scanned.deep;
  if (tooDeep) {
    return { diagnostics: [...diagnostics, diag(at(tooDeep.range?.[0] ?? 0), 'yaml.too_deep', { max: MAX_DEPTH })] };
  }
  const complexKey = scanned.key;
  if (complexKey) return { diagnostics: [...diagnostics, diag(at(complexKey.range?.[0] ?? 0), 'yaml.complex_key')] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    const msg = String((e as Error).message ?? e);
    const alias = firstAlias(doc);
    const pos = alias?.range ? at(alias.range[0]) : { file, line: 1, col: 1 };
    const code = /unresolved alias/i.test(msg)
      ? 'yaml.unknown_alias'
      : /alias/i.test(msg)
        ? 'yaml.alias_bomb'
        : e instanceof RangeError
          ? 'yaml.too_deep'
          : 'yaml.syntax';
    return { diagnostics: [...diagnostics, diag(pos, code, { detail: msg, name: alias ? String(alias.source) : '', max: MAX_DEPTH })] };
  }
  return { parsed: { file, doc, lc, data, text }, diagnostics };
}

/**
 * The offsets of tabs in the indentation of lines up to the first syntax error (none when there is no
 * error, or when no such tab comes before it): the parser's own message for them ("All mapping items
 * must start at the same column") says nothing about a tab.
 */
function tabbedIndents(text: string, errors: readonly { code: string; pos: [number, number] }[]): number[] {
  const first = errors.filter((e) => e.code !== 'DUPLICATE_KEY').reduce((m, e) => Math.min(m, e.pos[0]), Infinity);
  if (first === Infinity) return [];
  const out: number[] = [];
  let start = 0;
  while (start <= text.length && start <= first) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const indent = /^[ \t]*/.exec(line)![0];
    const tab = indent.indexOf('\t');
    if (tab >= 0 && indent.length < line.length) out.push(start + tab);
    if (end < 0) break;
    start = end + 1;
  }
  return out;
}

/** The first alias (`*name`) in the document, for messages about aliases. */
function firstAlias(doc: Document.Parsed): { source: string; range?: [number, number, number] | null } | undefined {
  let hit: { source: string; range?: [number, number, number] | null } | undefined;
  visit(doc, {
    Alias(_k, node) {
      hit = node as unknown as { source: string; range?: [number, number, number] | null };
      return visit.BREAK;
    },
  });
  return hit;
}

interface Scan {
  deep?: Node;
  key?: Node;
}

/**
 * findTooDeep and findComplexKey in one walk of the tree: the first node nested deeper than MAX_DEPTH
 * (the walk stops there) and the first key, in document order, that is not a plain value or an alias
 * (a mapping key that is itself a list or mapping, `[a]: 1`, `? {x: 1}`; such keys make no sense here).
 */
function scanTree(node: Node | null | undefined, depth: number, st: Scan): boolean {
  if (!node) return false;
  if (depth > MAX_DEPTH) {
    st.deep = node;
    return true;
  }
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        if (st.key === undefined && item.key && !isScalar(item.key) && !isAlias(item.key)) st.key = item.key as Node;
        if (scanTree(item.value as Node | null, depth + 1, st)) return true;
      } else if (scanTree(item as Node, depth + 1, st)) return true;
    }
  }
  return false;
}

/**
 * The parser's problems that users actually make, as codes with their own Dutch and English text, so
 * that no English library text appears in Dutch output. Anything else keeps the generic code and the
 * parser's own (English) detail.
 */
function yamlProblem(code: string, detail: string): { code: string; args: Record<string, string> } | undefined {
  let m: RegExpExecArray | null;
  switch (code) {
    case 'RESOURCE_EXHAUSTION':
      return { code: 'yaml.too_deep', args: {} };
    case 'TAG_RESOLVE_FAILED':
      m = /Unresolved tag: (.*)$/.exec(detail);
      return m ? { code: 'yaml.unknown_tag', args: { tag: m[1]! } } : undefined;
    case 'BAD_DQ_ESCAPE':
      m = /Invalid escape sequence (.*)$/.exec(detail);
      return m ? { code: 'yaml.bad_escape', args: { escape: m[1]! } } : undefined;
    case 'BAD_SCALAR_START':
      m = /cannot start with (?:reserved character )?(.*)$/.exec(detail);
      return m ? { code: 'yaml.bad_start', args: { char: m[1]! } } : undefined;
    case 'MULTILINE_IMPLICIT_KEY':
      return { code: 'yaml.key_one_line', args: {} };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /Nested mappings/.test(detail) ? { code: 'yaml.two_keys_one_line', args: {} } : { code: 'yaml.key_one_line', args: {} };
    case 'BAD_INDENT':
      if (/sequence items must start at the same column/.test(detail)) return { code: 'yaml.seq_column', args: {} };
      if (/mapping items must start at the same column/.test(detail)) return { code: 'yaml.map_column', args: {} };
      m = /^Flow (sequence|mapping) in block collection must be sufficiently indented and end with a (.)/.exec(detail);
      if (m) return { code: 'yaml.flow_unclosed', args: { end: m[2]! } };
      return undefined;
    case 'MISSING_CHAR':
      m = /^Missing closing (["'])quote/.exec(detail);
      if (m) return { code: 'yaml.unclosed_quote', args: { quote: m[1]! } };
      if (/Implicit map keys need to be followed by map values/.test(detail)) return { code: 'yaml.key_without_value', args: {} };
      if (/Sequence item without - indicator/.test(detail)) return { code: 'yaml.seq_without_dash', args: {} };
      if (/^Missing , (?:or : )?between/.test(detail)) return { code: 'yaml.flow_missing_comma', args: {} };
      if (/Comments must be separated/.test(detail)) return { code: 'yaml.comment_space', args: {} };
      m = /^Flow (sequence|mapping) in block collection must be sufficiently indented and end with a (.)/.exec(detail);
      if (m) return { code: 'yaml.flow_unclosed', args: { end: m[2]! } };
      return undefined;
    case 'UNEXPECTED_TOKEN':
      return { code: 'yaml.unexpected', args: {} };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return { code: 'yaml.bad_alias', args: {} };
    default:
      return undefined;
  }
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

const pairIndex = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** The pair whose (plain) key is `seg`, as `String(key) === String(seg)`; a key that is already a string is compared as is. */
function findPair<P extends { key: unknown }>(items: readonly P[], seg: PathSeg): P | undefined {
  const want = String(seg);
  // A large mapping is indexed once, so that a message per key (10,000 unknown keys) is not quadratic.
  if (items.length > 32) {
    let index = pairIndex.get(items) as Map<string, P> | undefined;
    if (!index) {
      index = new Map();
      for (const it of items) {
        const k = it.key;
        if (!isScalar(k)) continue;
        const name = typeof k.value === 'string' ? k.value : String(k.value);
        if (!index.has(name)) index.set(name, it);
      }
      pairIndex.set(items, index);
    }
    return index.get(want);
  }
  for (const it of items) {
    const k = it.key;
    if (!isScalar(k)) continue;
    const v = k.value;
    if (typeof v === 'string' ? v === want : String(v) === want) return it;
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
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = findPair(node.items, seg);
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

/** The source text of the scalar at `path` as written (`1e400`, `10.005`), if it is a scalar. */
export function sourceOf(p: ParsedYaml, path: readonly PathSeg[], max = 40): string | undefined {
  let node: unknown = p.doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = findPair(node.items, seg)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  if (!isScalar(node) || !node.range || p.text === undefined) return undefined;
  const raw = p.text.slice(node.range[0], node.range[1]).trim();
  return raw.length > max ? raw.slice(0, max - 1) + '…' : raw;
}

/**
 * The parser reports an unclosed quote where the file ends; the person has to look where it opens:
 * the last quote before that point that starts a value (after a space, ':', '-', '[', '{' or ',').
 */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && (i === 0 || /[\s:\-[{,]/.test(text[i - 1]!))) return i;
  }
  return end;
}

/**
 * Every key that repeats an earlier key of the same mapping (the same scalar value and type), in
 * document order: one pass, a set per mapping. Stops below MAX_DEPTH (deeper is refused anyway).
 */
function duplicateKeys(root: Node | null | undefined): Node[] {
  const out: Node[] = [];
  const walk = (node: Node | null | undefined, depth: number): void => {
    if (!node || depth > MAX_DEPTH + 1) return;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const k = pair.key;
        if (isScalar(k)) {
          const id = `${typeof k.value}:${String(k.value)}`;
          if (seen.has(id)) out.push(k as Node);
          else seen.add(id);
        }
        walk(pair.value as Node | null, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node | null, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/** The key written at `offset` ("case: x" → "case"), for duplicate-key messages. */
function duplicateKeyAt(text: string, offset: number): string {
  const eol = text.indexOf('\n', offset);
  const line = (eol < 0 ? text.slice(offset) : text.slice(offset, eol)).replace(/\r$/, '');
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:/.exec(line);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? line).trim();
}
