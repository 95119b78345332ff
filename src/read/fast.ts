/**
 * The fast way to read a file (issue 19). js-yaml 4 parses about seven times faster than the `yaml`
 * package's syntax tree with positions (docs/performance.md), so a file is first read with js-yaml into
 * plain data, checked against the schema as plain data, and converted without the `yaml` syntax tree.
 *
 * The two parsers do not read every file alike (YAML 1.1 leftovers in js-yaml such as timestamps and `<<`
 * merge keys, `1_000`, `0b1`; comments glued to a quoted value; multi-line flow lists; …). So the fast
 * path accepts only files in a plain subset where both parsers certainly give the same data, checked node
 * by node as js-yaml reads it (see `check`), and it accepts only files without any problem at all. For
 * anything else it answers `undefined` ("use the exact path"): the file is read again by src/read/yaml.ts,
 * which makes every message with its `file:line:col`. A file accepted here has no problem on the exact
 * path either, and gives the very same domain objects (test/fast-read.test.ts proves both on every input
 * the tests know).
 *
 * Positions are still needed for a valid file (a case, each line and each `rate:` value carry one for
 * later messages and explain output). They come from js-yaml's parse events: every node's start offset,
 * as the `yaml` package would give it, turned into line and column only when asked for.
 */
import { load } from 'js-yaml';
import type { Position } from '../data/diagnostic.js';
import { checkOf, compileProgram } from './fast-schema.js';
import { MAX_DEPTH, MAX_KEYS, MAX_NODES } from './limits.js';
import type { FileKind } from '../data/inputs.js';
import { exact as exactPath } from './lazy.js';
import { precompiledSchemas } from './precompiled.js';
import type { ParsedYaml, PathSeg } from './yaml.js';

/** Files larger than this take the exact path (real case files are 1–5 KB, the bundled table 24 KB). */
export const FAST_MAX_CHARS = 256 * 1024;
/**
 * Nodes and nesting beyond these take the exact path. Never above the exact path's own limits
 * (src/read/limits.ts): a file those refuse must never be read fast. Every key is a node, so at most
 * MAX_KEYS nodes means at most MAX_KEYS keys (and far fewer values than MAX_NODES).
 */
export const FAST_MAX_NODES = Math.min(MAX_KEYS, MAX_NODES);
export const FAST_MAX_DEPTH = Math.min(16, MAX_DEPTH);

/**
 * Characters that send a file to the exact path wherever they are: tabs (indentation rules differ),
 * control and C1 characters, line and paragraph separators, a BOM that is not the first character (the
 * first one is dropped by readText), noncharacters; and a carriage return that does not end a line.
 */
const UNSAFE_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
/** Directives (`%YAML`), document markers (`---`, `...`): one document, plainly written, or the exact path. */
const MARKER = /^(?:%|---|\.\.\.)/m;

/**
 * A plain scalar that the `yaml` package (YAML 1.2 core schema, src/read/yaml.ts) reads as null, a
 * boolean or a number (its own tests, node_modules/yaml/dist/schema/core and common/null). js-yaml
 * reading such a text as a string would mean the two disagree.
 */
const CORE_NOT_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/**
 * The numbers accepted on the fast path: plain decimals, as both parsers read them (parseInt or
 * parseFloat of the same text). Exponents, `+`, leading zeros, `-0`, `_`, octal, hex, `.inf` and `.nan`
 * take the exact path.
 */
const PLAIN_NUMBER = /^(?:0|-?[1-9][0-9]{0,14})$|^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;

/** Longest key (from its start to its ':') taken fast; YAML allows 1024 characters. */
const MAX_KEY_SPAN = 1000;

const TAG_INT = 'tag:yaml.org,2002:int';
const TAG_FLOAT = 'tag:yaml.org,2002:float';
const TAG_BOOL = 'tag:yaml.org,2002:bool';
const TAG_TIMESTAMP = 'tag:yaml.org,2002:timestamp';
/** A date to the day as js-yaml's timestamp type reads it (a YAML 1.1 leftover; YAML 1.2 has no such type). */
const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** One node as js-yaml read it: where it starts, its kind, its value (keys only) and its children. */
interface Node {
  /** Offset of the node's first character (after spaces, line breaks and comments). */
  start: number;
  /** Where js-yaml stopped reading it (scalars: after the value, maybe after trailing spaces). */
  end: number;
  /** 'm' mapping (children: key, value, key, value, …), 's' sequence, 'v' scalar. */
  kind: 'm' | 's' | 'v';
  /** The value js-yaml made of it (for a mapping key: a string). */
  value: unknown;
  children: Node[] | undefined;
  /** A plain `2024-03-01`: js-yaml made a Date of it, the `yaml` package reads the text; `value` is the text. */
  asText?: true;
}

class Refuse {}
const REFUSE = new Refuse();

/** A file read on the fast path: plain data and node positions, with the exact reading at hand. */
export class FastParsed {
  kind: FileKind | undefined;
  private lineStarts: number[] | undefined;
  private exactParsed: ParsedYaml | undefined;
  constructor(
    readonly file: string,
    readonly data: unknown,
    readonly text: string,
    private readonly root: Node,
  ) {}

  /**
   * The position of the node at `path`, exactly as positionOf (src/read/yaml.ts) gives it: the key
   * itself when `key` is set, else the value; else the deepest node that exists along the path.
   */
  at(path: readonly PathSeg[], key = false): Position {
    let node: Node | undefined = this.root;
    let best: Node = this.root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      const kids: Node[] = node.children ?? [];
      if (node.kind === 'm') {
        const want = String(seg);
        let k = -1;
        for (let j = 0; j < kids.length; j += 2) {
          if (kids[j]!.value === want) {
            k = j;
            break;
          }
        }
        if (k < 0) break;
        if (last && key) {
          best = kids[k]!;
          break;
        }
        node = kids[k + 1]!;
        best = node;
      } else if (node.kind === 's' && typeof seg === 'number') {
        node = kids[seg];
        if (!node) break;
        best = node;
      } else break;
    }
    return { file: this.file, ...this.linePos(best.start) };
  }

  /** LineCounter.linePos of the `yaml` package, on the same line starts (after every '\n'). */
  private linePos(offset: number): { line: number; col: number } {
    let starts = this.lineStarts;
    if (!starts) {
      starts = [0];
      const t = this.text;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }

  /** The same text on the exact path (src/read/yaml.ts), for messages. */
  exact(): ParsedYaml {
    if (!this.exactParsed) {
      const { parsed, diagnostics } = exactPath().parseYaml(this.text, this.file);
      // The fast path accepts only files the exact path reads without a word (test/fast-read.test.ts).
      if (!parsed || diagnostics.length) throw new Error(`fast and exact reading disagree on ${this.file}`);
      this.exactParsed = parsed;
    }
    return this.exactParsed;
  }
}

/**
 * DOORBRAAK_FAST=0 turns the fast path off (worker threads inherit it): every file is read exactly, as
 * before issue 19. The output is the same either way; the tests compare the two.
 */
let fastReading = process.env.DOORBRAAK_FAST !== '0';

/** Turn the fast path on or off in this thread (tests); answers the previous setting. */
export function setFastReading(on: boolean): boolean {
  const was = fastReading;
  fastReading = on;
  return was;
}

/** Either reading of a file, as the converters (src/read/convert.ts) take it. */
export type Parsed = ParsedYaml | FastParsed;

/** The schemas as plain yes/no checks, compiled when first needed. */
const CHECKS: Partial<Record<FileKind, (data: unknown) => boolean>> = {};

/** A kind's check: from the program compiled at build time, else compiled now from the zod schema. */
function checkFor(kind: FileKind): (data: unknown) => boolean {
  const schema = () => exactPath().SCHEMAS[kind];
  return checkOf(precompiledSchemas()?.programs[kind] ?? compileProgram(schema()), schema);
}

/**
 * Read `text` on the fast path: a mapping of a known kind that passes its schema, in the plain subset.
 * `kindOf` is detectKind of src/read/load.ts (with the expected kind). Undefined: use the exact path.
 */
export function readFast(text: string, file: string, kindOf: (data: object) => FileKind | undefined): FastParsed | undefined {
  if (!fastReading) return undefined;
  const p = parseFast(text, file);
  if (!p) return undefined;
  const data = p.data as object;
  const kind = kindOf(data);
  if (!kind || !(CHECKS[kind] ??= checkFor(kind))(data)) return undefined;
  p.kind = kind;
  return p;
}

/** Parse `text` with js-yaml into a mapping, or undefined when it is not certainly read alike by both parsers. */
export function parseFast(text: string, file: string): FastParsed | undefined {
  if (text.length > FAST_MAX_CHARS || UNSAFE_CHAR.test(text) || MARKER.test(text)) return undefined;
  const open: number[] = [];
  const stack: Node[][] = [[]];
  let nodes = 0;
  let data: unknown;
  try {
    data = load(text, {
      listener(event, state) {
        if (event === 'open') {
          if (open.length >= FAST_MAX_DEPTH || ++nodes > FAST_MAX_NODES) throw REFUSE;
          open.push(state.position);
          stack.push([]);
          return;
        }
        const children = stack.pop()!;
        const node = check(text, open.pop()!, state as unknown as Closing, children);
        stack[stack.length - 1]!.push(node);
      },
    });
  } catch {
    return undefined;
  }
  const top = stack[0]!;
  if (top.length !== 1 || top[0]!.kind !== 'm' || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return new FastParsed(file, data, text, top[0]!);
}

/** What js-yaml's state holds when a node closes (its `listener` 'close' event). */
interface Closing {
  readonly position: number;
  readonly kind: string | null;
  readonly tag: string | null;
  readonly anchor: string | null;
  readonly result: unknown;
}

/**
 * One node that js-yaml has just read, from `opened` (where it began looking for it) to
 * `state.position`: the node, or REFUSE thrown when the `yaml` package might read it otherwise or
 * place it elsewhere.
 */
function check(text: string, opened: number, state: Closing, children: Node[]): Node {
  if (state.anchor !== null) throw REFUSE;
  const start = skipSpace(text, opened);
  const end = state.position;
  const c = text.charCodeAt(start);
  // & anchor, * alias, ! tag, ? explicit key, % @ ` reserved: all exact path.
  if (c === 0x26 || c === 0x2a || c === 0x21 || c === 0x3f || c === 0x25 || c === 0x40 || c === 0x60) throw REFUSE;
  const v = state.result;
  const only = children.length === 1 ? children[0]! : undefined;
  if (only && (only.value === v || (only.asText === true && v instanceof Date)) && state.tag === null && (state.kind === 'scalar') === (only.kind === 'v')) {
    // js-yaml looked for a block mapping (`- key: value`) and found this node where the key would be:
    // the node it read is the item itself.
    if (only.start !== start) throw REFUSE;
    return only;
  }
  if (state.kind === 'scalar') {
    if (children.length) throw REFUSE;
    if (c === 0x7c || c === 0x3e) {
      // | or >: only the plainest block scalars (see blockScalar).
      if (state.tag !== null || typeof v !== 'string' || v !== blockScalar(text, start, end)) throw REFUSE;
      return { start, end, kind: 'v', value: v, children: undefined };
    }
    if (c === 0x22 || c === 0x27) {
      // Quoted: on one line, no escapes, nothing glued on after the closing quote.
      const raw = text.slice(start, end);
      if (state.tag !== null || raw.length < 2 || raw.charCodeAt(raw.length - 1) !== c || raw.includes('\n') || raw.includes('\\')) throw REFUSE;
      const inner = raw.slice(1, -1);
      if (v !== (c === 0x27 ? inner.replaceAll("''", "'") : inner) || (c === 0x22 && inner.includes('"'))) throw REFUSE;
      if (!followsValue(text, end)) throw REFUSE;
      return { start, end, kind: 'v', value: v, children: undefined };
    }
    // Plain: not starting with an indicator (a '-' before anything but a space is fine: `-5`, `-3 months`).
    if (c === 0x3a || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x23) throw REFUSE;
    if (c === 0x2d && !(text.charCodeAt(start + 1) > 0x20)) throw REFUSE;
    const raw = text.slice(start, end).trimEnd();
    if (state.tag === '?') {
      // A plain string: one line, as written, and not a null, boolean or number to the `yaml` package.
      if (typeof v !== 'string' || v !== raw || v === '' || CORE_NOT_STRING.test(v) || v.includes(': ') || v.endsWith(':')) throw REFUSE;
      return { start, end, kind: 'v', value: v, children: undefined };
    }
    if (state.tag === TAG_INT || state.tag === TAG_FLOAT) {
      if (typeof v !== 'number' || !PLAIN_NUMBER.test(raw) || !Object.is(v, Number(raw))) throw REFUSE;
      return { start, end, kind: 'v', value: v, children: undefined };
    }
    if (state.tag === TAG_BOOL) {
      // `investment: true`: only the plain lower-case words, which both parsers read alike.
      if (typeof v !== 'boolean' || raw !== String(v)) throw REFUSE;
      return { start, end, kind: 'v', value: v, children: undefined };
    }
    if (state.tag === TAG_TIMESTAMP) {
      // `breakthrough: 2024-03-01` (the dates of a case's course, docs/tracking.md): the `yaml` package
      // reads the text; js-yaml's Date is replaced by that text in its parent (below). Only a date to
      // the day; a time of day takes the exact path.
      if (!(v instanceof Date) || !ISO_DAY.test(raw)) throw REFUSE;
      return { start, end, kind: 'v', value: raw, children: undefined, asText: true };
    }
    // null, other booleans (True, FALSE), timestamps with a time, `<<` merge keys, explicit tags.
    throw REFUSE;
  }
  if (state.tag !== null) throw REFUSE;
  const flow = c === 0x5b || c === 0x7b;
  if (flow) {
    // A flow list or mapping on one line, with nothing glued on after it.
    if (text.slice(start, end).includes('\n') || !followsValue(text, end)) throw REFUSE;
  }
  if (state.kind === 'mapping') {
    if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) throw REFUSE;
    const keys = Object.keys(v);
    if (children.length !== keys.length * 2) throw REFUSE;
    for (let i = 0; i < children.length; i += 2) {
      const k = children[i]!;
      if (k.kind !== 'v' || typeof k.value !== 'string' || k.value !== keys[i >> 1] || k.value === '__proto__') throw REFUSE;
      // The `yaml` package wants the ':' at most 1024 characters after the start of an implicit key.
      let colon = k.end;
      while (text.charCodeAt(colon) === 0x20) colon++;
      if (text.charCodeAt(colon) !== 0x3a || colon - k.start > MAX_KEY_SPAN) throw REFUSE;
      const value = children[i + 1]!;
      if (value.asText) (v as Record<string, unknown>)[k.value] = value.value;
    }
    return { start, end, kind: 'm', value: v, children };
  }
  if (state.kind === 'sequence') {
    if (!Array.isArray(v) || children.length !== v.length) throw REFUSE;
    children.forEach((item, i) => {
      if (item.asText) v[i] = item.value;
    });
    return { start, end, kind: 's', value: v, children };
  }
  // An empty node (null).
  throw REFUSE;
}

/**
 * The value of the block scalar whose header (`|`, `|-`, `>` or `>-`, nothing else on the line) is at
 * `start`, as the YAML spec (and so both parsers) give it, or undefined when it is not of the plainest
 * kind: at least one line, every line indented alike (so none more indented), no empty or blank line
 * inside or before the text, no trailing spaces, and after it only empty lines. js-yaml stops reading
 * it at `end`, after the indentation of the next line.
 */
function blockScalar(text: string, start: number, end: number): string | undefined {
  const folded = text.charCodeAt(start) === 0x3e;
  let i = start + 1;
  const strip = text.charCodeAt(i) === 0x2d;
  if (strip) i++;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x0a) return undefined;
  const pieces = text.slice(i + 1, end).split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  // What follows the text: empty lines, then the indentation of the next line (or the end of the file).
  const next = pieces.pop() ?? '';
  while (pieces.length && pieces[pieces.length - 1] === '') pieces.pop();
  if (!pieces.length) return undefined;
  const indent = pieces[0]!.length - pieces[0]!.trimStart().length;
  if (indent === 0 || next.trim() !== '' || next.length >= indent) return undefined;
  const lines: string[] = [];
  for (const p of pieces) {
    const body = p.slice(indent);
    if (p.length <= indent || p.slice(0, indent).trim() !== '' || body.charCodeAt(0) === 0x20 || body.endsWith(' ')) return undefined;
    lines.push(body);
  }
  return lines.join(folded ? ' ' : '\n') + (strip ? '' : '\n');
}

/** The first offset from `i` that is not a space, a line break or a comment. */
function skipSpace(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
    } else return i;
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d;
}

/**
 * After a quoted scalar or a flow collection: spaces, then the end of the line or file, `,` `]` `}`, a
 * comment after a space, or `:` followed by a space or line break (a key).
 */
function followsValue(text: string, i: number): boolean {
  let j = i;
  while (text.charCodeAt(j) === 0x20) j++;
  const d = text.charCodeAt(j);
  if (d === 0x3a) {
    const e = text.charCodeAt(j + 1);
    return Number.isNaN(e) || e === 0x20 || e === 0x0a || e === 0x0d;
  }
  // A comment glued on (`"a"#b`) is an error to the `yaml` package, not to js-yaml.
  return Number.isNaN(d) || d === 0x0a || d === 0x0d || d === 0x2c || d === 0x5d || d === 0x7d || (d === 0x23 && j > i);
}
