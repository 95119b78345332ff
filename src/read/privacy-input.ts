/**
 * The privacy guard over loaded inputs: reads the case and cohort files again (read-only) and scans
 * every string in them (src/reports/privacy.ts). For `doorbraak check` (warnings) and
 * `doorbraak check --privacy` (errors).
 */
import type { Diagnostic } from '../data/diagnostic.js';
import { type PrivacyOptions, scanAll } from '../reports/privacy.js';
import { readText } from './files.js';
import type { Inputs } from './load.js';
import { type ParsedYaml, parseYaml } from './yaml.js';

export function privacyDiagnostics(inputs: Pick<Inputs, 'files'>, opts: PrivacyOptions): Diagnostic[] {
  const docs: ParsedYaml[] = [];
  for (const f of inputs.files) {
    if (f.kind !== 'case' && f.kind !== 'cohort') continue;
    const res = readText(f.abs, f.path);
    if (!res.ok) continue; // already reported when loading
    const { parsed } = parseYaml(res.text, f.path);
    if (parsed) docs.push(parsed);
  }
  return scanAll(docs, opts);
}
