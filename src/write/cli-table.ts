/** cli-table3, for the terminal tables that src/write/render/table-draw.ts leaves to it; reached through src/write/lazy-table.ts. */
export { default as Table } from 'cli-table3';
