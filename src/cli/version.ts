/** The doorbraak version, from package.json (for lock files). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const DOORBRAAK_VERSION = (require('../../package.json') as { version: string }).version;
