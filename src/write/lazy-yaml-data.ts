/**
 * The `yaml` package's parse (src/write/yaml-data.ts), reached through `yamlData()` so that a run that
 * writes no case file does not load it. Here an ordinary import; in the bundle, loaded on first use
 * (build.mjs, as src/read/lazy.ts).
 */
import * as yamlDataModule from './yaml-data.js';

export type YamlData = typeof yamlDataModule;

/** The module with `parse`. */
export function yamlData(): YamlData {
  return yamlDataModule;
}
