/**
 * The file schemas (src/read/schemas.ts) as plain yes/no checks for the fast path (src/read/fast.ts):
 * compiled from the zod schemas themselves, so there is one source, and about ten times faster than
 * zod's safeParse because nothing is collected or copied. A check says yes only where zod says yes (it is
 * if anything stricter: objects must be plain, unknown keys are refused even where zod would strip them).
 * A zod construct it does not know makes it use zod's own safeParse for that schema instead.
 *
 * Compiling goes through a plain-data program (`SchemaProgram`), which build.mjs writes into
 * dist/precompiled.json (src/read/precompiled.ts): a run then checks its files without loading zod.
 */
import type { z } from 'zod';

type Check = (v: unknown) => boolean;

/** A schema as plain data (JSON): what compileProgram makes of a zod schema and checkOf runs. */
export type SchemaProgram =
  | { readonly t: 'string'; readonly patterns: ReadonlyArray<readonly [source: string, flags: string]> }
  | { readonly t: 'number'; readonly int: boolean }
  | { readonly t: 'boolean' }
  | { readonly t: 'enum'; readonly values: ReadonlyArray<string | number> }
  | { readonly t: 'literal'; readonly values: ReadonlyArray<string | number | boolean | null> }
  | { readonly t: 'union'; readonly options: readonly SchemaProgram[] }
  | { readonly t: 'array'; readonly element: SchemaProgram }
  | { readonly t: 'record'; readonly value: SchemaProgram }
  | { readonly t: 'object'; readonly fields: ReadonlyArray<readonly [key: string, check: SchemaProgram, optional: boolean]> }
  /** Not compiled: the whole schema is checked by zod's safeParse. */
  | { readonly t: 'zod' };

class Unsupported extends Error {}

interface Def {
  readonly type: string;
  readonly checks?: ReadonlyArray<{ readonly _zod: { readonly def: { readonly check: string; readonly format?: string; readonly pattern?: RegExp } } }>;
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly element?: z.ZodType;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly entries?: Record<string, string | number>;
  readonly values?: readonly unknown[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

function program(s: z.ZodType): SchemaProgram {
  const def = defOf(s);
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'string': {
      const patterns = checks.map((c) => {
        const d = c._zod.def;
        if (d.check !== 'string_format' || d.format !== 'regex' || !(d.pattern instanceof RegExp) || d.pattern.global || d.pattern.sticky) throw new Unsupported();
        return [d.pattern.source, d.pattern.flags] as const;
      });
      return { t: 'string', patterns };
    }
    case 'number': {
      let int = false;
      for (const c of checks) {
        const d = c._zod.def;
        if (d.check !== 'number_format' || d.format !== 'safeint') throw new Unsupported();
        int = true;
      }
      return { t: 'number', int };
    }
    case 'boolean':
      if (checks.length) throw new Unsupported();
      return { t: 'boolean' };
    case 'enum':
      return { t: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal': {
      const values = def.values ?? [];
      if (!values.every((v) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) throw new Unsupported();
      return { t: 'literal', values: values as Array<string | number | boolean | null> };
    }
    case 'union':
      if (checks.length) throw new Unsupported();
      return { t: 'union', options: (def.options ?? []).map(program) };
    case 'array':
      if (checks.length || !def.element) throw new Unsupported();
      return { t: 'array', element: program(def.element) };
    case 'record':
      if (checks.length || !def.keyType || !def.valueType || defOf(def.keyType).type !== 'string' || defOf(def.keyType).checks?.length) throw new Unsupported();
      return { t: 'record', value: program(def.valueType) };
    case 'object': {
      if (checks.length || !def.shape) throw new Unsupported();
      const fields: Array<readonly [string, SchemaProgram, boolean]> = [];
      for (const [k, f] of Object.entries(def.shape)) {
        const fd = defOf(f);
        if (fd.type === 'optional') {
          if (fd.checks?.length || !fd.innerType) throw new Unsupported();
          fields.push([k, program(fd.innerType), true]);
        } else fields.push([k, program(f), false]);
      }
      return { t: 'object', fields };
    }
    default:
      throw new Unsupported();
  }
}

/** The program of a zod schema; `{ t: 'zod' }` when it uses a construct this does not know. */
export function compileProgram(schema: z.ZodType): SchemaProgram {
  try {
    return program(schema);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return { t: 'zod' };
  }
}

function checkOfProgram(p: SchemaProgram): Check {
  switch (p.t) {
    case 'string': {
      const patterns = p.patterns.map(([source, flags]) => new RegExp(source, flags));
      return (v) => typeof v === 'string' && patterns.every((re) => re.test(v));
    }
    case 'number': {
      const int = p.int;
      return (v) => typeof v === 'number' && Number.isFinite(v) && (!int || Number.isSafeInteger(v));
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const allowed = new Set(p.values);
      return (v) => (typeof v === 'string' || typeof v === 'number') && allowed.has(v);
    }
    case 'literal': {
      const allowed = p.values;
      return (v) => allowed.includes(v as string);
    }
    case 'union': {
      const options = p.options.map(checkOfProgram);
      return (v) => options.some((o) => o(v));
    }
    case 'array': {
      const element = checkOfProgram(p.element);
      return (v) => Array.isArray(v) && v.every(element);
    }
    case 'record': {
      const value = checkOfProgram(p.value);
      return (v) => isPlainObject(v) && Object.values(v).every(value);
    }
    case 'object': {
      const fields = new Map<string, Check>(p.fields.map(([k, f]) => [k, checkOfProgram(f)]));
      const required = p.fields.filter(([, , optional]) => !optional).map(([k]) => k);
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k of required) if (!Object.prototype.hasOwnProperty.call(v, k)) return false;
        for (const k of Object.keys(v)) {
          const f = fields.get(k);
          if (!f || !f(v[k])) return false;
        }
        return true;
      };
    }
    case 'zod':
      throw new Unsupported();
  }
}

/**
 * A yes/no check that accepts only what `schema().safeParse` accepts, from its program; `schema` (the
 * zod schema itself) is asked for only when the program is `{ t: 'zod' }`.
 */
export function checkOf(p: SchemaProgram, schema: () => z.ZodType): Check {
  if (p.t === 'zod') {
    const s = schema();
    return (v) => s.safeParse(v).success;
  }
  return checkOfProgram(p);
}

/** A yes/no check that accepts only what `schema.safeParse` accepts. */
export function schemaCheck(schema: z.ZodType): Check {
  return checkOf(compileProgram(schema), () => schema);
}
