/**
 * The privacy guard over loaded inputs: reads the case and cohort files again (read-only), walks every
 * string in their YAML (values, keys under `values`, notes, titles, labels) and reports what
 * src/data/privacy.ts finds, at the exact position, by kind and masked form. For `doorbraak check`
 * (warnings) and `doorbraak check --privacy` (errors).
 */
import type { Node } from 'yaml';
import { type Diagnostic, type Position, type Severity, diag } from '../data/diagnostic.js';
import type { Inputs } from '../data/inputs.js';
import { type Finding, mask, scanString } from '../data/privacy.js';
import { readText } from './files.js';
import type { ParsedYaml, PathSeg } from './yaml.js';
import { exact } from './lazy.js';

export interface PrivacyOptions {
  /** 'error' for `check --privacy`, 'warning' for a plain `check`. */
  readonly severity: Severity;
}

/**
 * Every finding in the case and cohort files of a run, in file order: those found while loading
 * (LoadOptions.privacy), else by reading the files again.
 */
export function privacyDiagnostics(inputs: Pick<Inputs, 'files' | 'privacy'>, opts: PrivacyOptions): Diagnostic[] {
  if (inputs.privacy) return inputs.privacy.map((d) => ({ ...d, severity: opts.severity }));
  const out: Diagnostic[] = [];
  for (const f of inputs.files) {
    if (f.kind !== 'case' && f.kind !== 'cohort') continue;
    const res = readText(f.abs, f.path);
    if (!res.ok) continue; // already reported when loading
    const { parsed } = exact().parseYaml(res.text, f.path);
    if (parsed) out.push(...scanParsed(parsed, opts));
  }
  return out;
}

/** A key path as the user would name it: `values.betrokkenheid`, `threat[0].note`. */
function pathName(path: readonly PathSeg[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

/** Scan every string scalar (and every string key under `values`) of one parsed file. */
export function scanParsed(p: ParsedYaml, opts: PrivacyOptions): Diagnostic[] {
  const { isMap, isScalar, isSeq } = exact();
  const out: Diagnostic[] = [];
  const report = (node: Node, value: string, path: readonly PathSeg[]): void => {
    const found = scanString(value);
    if (!found.length) return;
    const locate = locator(p, node, value);
    for (const f of found) {
      out.push(diag(locate(f), 'privacy.found', { key: pathName(path), kind: f.kind, masked: mask(f.text) }, opts.severity));
    }
  };
  const walk = (node: unknown, path: PathSeg[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        // Keys are fixed names, except under `values`, where a person writes them.
        // The key is named masked: it is what is being warned about.
        if (path.length === 1 && path[0] === 'values' && typeof pair.key.value === 'string') report(pair.key as Node, k, [...path, mask(k)]);
        walk(pair.value, [...path, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string') {
      // The dates of a case's course (docs/tracking.md) are dates by design, not a person's.
      if (isCourseDate(path)) return;
      report(node as Node, node.value, path);
    }
  };
  walk(p.doc.contents, []);
  return out;
}

/** `dates.start`, `dates.breakthrough` and `followup[i].date` of a case file. */
export function isCourseDate(path: readonly PathSeg[]): boolean {
  return (path.length === 2 && path[0] === 'dates') || (path.length === 3 && path[0] === 'followup' && path[2] === 'date');
}

/**
 * The exact position of each finding of one string, in order: where the source holds the value verbatim
 * (a plain or simply quoted scalar), its offset; else (block scalars, escapes) where the finding's text
 * next occurs in the source; else the start of the string. Linear in the length of the string.
 */
function locator(p: ParsedYaml, node: Node, value: string): (f: Finding) => Position {
  const range = node.range;
  const base = range ? range[0] : 0;
  const pos = (offset: number): Position => {
    const lp = p.lc.linePos(offset);
    return { file: p.file, line: lp.line, col: lp.col };
  };
  if (!range || p.text === undefined) return () => pos(base);
  const src = p.text.slice(range[0], range[1]);
  const verbatim = src.indexOf(value);
  if (verbatim >= 0) return (f) => pos(base + verbatim + f.index);
  let cursor = 0;
  let misses = 0;
  return (f) => {
    if (misses > 10) return pos(base);
    const at = src.indexOf(f.text, cursor);
    if (at < 0) {
      misses++;
      return pos(base);
    }
    cursor = at + f.text.length;
    return pos(base + at);
  };
}
