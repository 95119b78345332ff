/** chalk, for terminal colour (src/write/style.ts), reached through src/write/lazy-colour.ts. */
export { Chalk } from 'chalk';
