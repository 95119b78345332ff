/**
 * Plain data of a YAML text the tool wrote itself (src/write/case-yaml.ts, import): the `yaml`
 * package's parse, reached through src/write/lazy-yaml-data.ts so that a run that writes no case file
 * does not load it.
 */
export { parse } from 'yaml';
