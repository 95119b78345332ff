/**
 * The allowed words of the tag lists (`problems`, `kind`; docs/tracking.md). The vocabulary is open
 * unless declared: by the case's cohort (`tags:` in cohort.yaml), else by the nearest tags.yaml at
 * or above the case's folder. Once declared for a list, a word outside it is an error naming the
 * closest allowed words.
 */
import { basename } from 'node:path';
import { findNearest } from './files.js';
import { type Diagnostic, diag } from '../data/diagnostic.js';
import type { Case } from '../data/model.js';
import { closest } from '../data/suggest.js';
import { TAG_KEYS, type Vocabulary } from '../data/tracking.js';

const TAGS_NAMES = ['tags.yaml', 'tags.yml'];

export function isTagsName(abs: string): boolean {
  return TAGS_NAMES.includes(basename(abs).toLowerCase());
}

/** The word lists of a `tags:` mapping or a tags.yaml (raw data that may have failed the schema). */
export function vocabularyOf(v: unknown): Vocabulary | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const out: Partial<Record<(typeof TAG_KEYS)[number], readonly string[]>> = {};
  for (const k of TAG_KEYS) {
    const list = o[k];
    if (Array.isArray(list)) out[k] = list.filter((x): x is string => typeof x === 'string');
  }
  return Object.keys(out).length ? out : undefined;
}

/** The nearest tags.yaml (or tags.yml) at or above `dir`, if any; `virtual` files count as there. */
export function findTagsFile(dir: string, cache: Map<string, string | null>, virtual?: ReadonlyMap<string, string>): string | undefined {
  return findNearest(TAGS_NAMES, dir, cache, virtual);
}

/** Where a case's allowed words come from: a list per tag key and the file that declares it. */
export type VocabularyFor = (c: Case, key: (typeof TAG_KEYS)[number]) => { readonly words: readonly string[]; readonly file: string } | undefined;

/** An error for every word of a case's tag lists outside its declared vocabulary. */
export function vocabularyDiagnostics(cases: readonly Case[], vocabularyFor: VocabularyFor): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of cases) {
    for (const key of TAG_KEYS) {
      const tags = c[key];
      if (!tags?.length) continue;
      const v = vocabularyFor(c, key);
      if (!v) continue;
      for (const t of tags) {
        if (v.words.includes(t.word)) continue;
        out.push(diag(t.pos, 'tracking.tag_unknown', { key, word: t.word, file: v.file, suggestions: closest(t.word, v.words, 2) }));
      }
    }
  }
  return out;
}
