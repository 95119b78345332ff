/**
 * The exact path of reading, and everything else that needs the `yaml` package or zod: the YAML syntax
 * tree with positions (src/read/yaml.ts), schema validation with messages (validate.ts, schemas.ts),
 * a price index read from YAML (index-parse.ts). A run whose files all take the fast path never needs
 * them, so they are reached only through `exact()` (src/read/lazy.ts), which in the bundled build
 * loads this module (dist/bundle/exact.js, with zod and `yaml`) on first use.
 */
export { Lexer, isMap, isScalar, isSeq } from 'yaml';
export { z } from 'zod';
export { indexFromYaml, indexSchema } from './index-parse.js';
export { SCHEMAS, knownKeysAt } from './schemas.js';
export { validateSchema } from './validate.js';
export { parseYaml, positionOf, sourceOf } from './yaml.js';
