/**
 * The file schemas (src/read/schemas.ts) as plain yes/no checks for the fast path (src/read/fast.ts):
 * compiled once from the zod schemas themselves, so there is one source, and about ten times faster than
 * zod's safeParse because nothing is collected or copied. A check says yes only where zod says yes (it is
 * if anything stricter: objects must be plain, unknown keys are refused even where zod would strip them).
 * A zod construct it does not know makes it use zod's own safeParse for that schema instead.
 */
import type { z } from 'zod';

type Check = (v: unknown) => boolean;

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

function compile(s: z.ZodType): Check {
  const def = defOf(s);
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'string': {
      const patterns = checks.map((c) => {
        const d = c._zod.def;
        if (d.check !== 'string_format' || d.format !== 'regex' || !(d.pattern instanceof RegExp) || d.pattern.global || d.pattern.sticky) throw new Unsupported();
        return d.pattern;
      });
      return (v) => typeof v === 'string' && patterns.every((p) => p.test(v));
    }
    case 'number': {
      let int = false;
      for (const c of checks) {
        const d = c._zod.def;
        if (d.check !== 'number_format' || d.format !== 'safeint') throw new Unsupported();
        int = true;
      }
      return (v) => typeof v === 'number' && Number.isFinite(v) && (!int || Number.isSafeInteger(v));
    }
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => (typeof v === 'string' || typeof v === 'number') && allowed.has(v);
    }
    case 'literal': {
      const allowed = def.values ?? [];
      return (v) => allowed.includes(v);
    }
    case 'union': {
      if (checks.length) throw new Unsupported();
      const options = (def.options ?? []).map(compile);
      return (v) => options.some((o) => o(v));
    }
    case 'array': {
      if (checks.length || !def.element) throw new Unsupported();
      const element = compile(def.element);
      return (v) => Array.isArray(v) && v.every(element);
    }
    case 'record': {
      if (checks.length || !def.keyType || !def.valueType || defOf(def.keyType).type !== 'string' || defOf(def.keyType).checks?.length) throw new Unsupported();
      const value = compile(def.valueType);
      return (v) => isPlainObject(v) && Object.values(v).every(value);
    }
    case 'object': {
      if (checks.length || !def.shape) throw new Unsupported();
      const fields = new Map<string, { check: Check; optional: boolean }>();
      for (const [k, f] of Object.entries(def.shape)) {
        const fd = defOf(f);
        if (fd.type === 'optional') {
          if (fd.checks?.length || !fd.innerType) throw new Unsupported();
          fields.set(k, { check: compile(fd.innerType), optional: true });
        } else fields.set(k, { check: compile(f), optional: false });
      }
      const required = [...fields].filter(([, f]) => !f.optional).map(([k]) => k);
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k of required) if (!Object.prototype.hasOwnProperty.call(v, k)) return false;
        for (const k of Object.keys(v)) {
          const f = fields.get(k);
          if (!f || !f.check(v[k])) return false;
        }
        return true;
      };
    }
    default:
      throw new Unsupported();
  }
}

/** A yes/no check that accepts only what `schema.safeParse` accepts. */
export function schemaCheck(schema: z.ZodType): Check {
  try {
    return compile(schema);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return (v) => schema.safeParse(v).success;
  }
}
