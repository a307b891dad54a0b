import type * as z from "zod";

/**
 * The keys a schema knows at a path, read from the schema itself (zod 4's `_zod.def`), so the
 * "did you mean" of an unknown key can never fall out of step with the shapes.
 */

/** The parts of a zod 4 schema's `_zod.def` these walks read. */
export interface _Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

/** A schema's definition. */
export const _def = (s: z.ZodType): _Def => (s as unknown as { _zod: { def: _Def } })._zod.def;

const _WRAPPERS = new Set([
  "optional",
  "nullable",
  "default",
  "prefault",
  "readonly",
  "catch",
  "nonoptional",
]);

/** `s` with its wrappers (optional, default, readonly…, a pipe's input, a lazy's target) looked through. */
export function _unwrap(s0: z.ZodType): z.ZodType {
  let s = s0;
  for (let i = 0; i < 32; i++) {
    const d = _def(s);
    if (_WRAPPERS.has(d.type) && d.innerType !== undefined) s = d.innerType;
    else if (d.type === "pipe" && d.in !== undefined) s = d.in;
    else if (d.type === "lazy" && d.getter !== undefined) s = d.getter();
    else break;
  }
  return s;
}

/** The object schemas `s` may be once wrappers (optional, default, lazy, unions…) are looked through. */
function _objects(s0: z.ZodType, depth = 0): z.ZodType[] {
  if (depth > 16) return [];
  const s = _unwrap(s0);
  const d = _def(s);
  if (d.type === "object") return [s];
  const alts =
    d.type === "union" ? (d.options ?? []) : d.type === "intersection" ? [d.left, d.right] : [];
  return alts.flatMap((o) => (o === undefined ? [] : _objects(o, depth + 1)));
}

/** What `s` holds at one step `key` of a path (an object's field, an array's element, a record's value). */
function _step(s0: z.ZodType, key: string | number, depth = 0): z.ZodType[] {
  if (depth > 16) return [];
  const d = _def(_unwrap(s0));
  switch (d.type) {
    case "object": {
      const f = typeof key === "string" && d.shape !== undefined ? d.shape[key] : undefined;
      return f === undefined ? [] : [f];
    }
    case "array":
      return typeof key === "number" && d.element !== undefined ? [d.element] : [];
    case "record":
      return d.valueType === undefined ? [] : [d.valueType];
    case "union":
      return (d.options ?? []).flatMap((o) => _step(o, key, depth + 1));
    case "intersection":
      return [d.left, d.right].flatMap((o) => (o === undefined ? [] : _step(o, key, depth + 1)));
    default:
      return [];
  }
}

/**
 * Every key the object(s) at `path` of `root` know, in schema order.
 *
 * @example
 * _knownKeys(CustomerSchema, []); // => ["id", "jurisdiction", "timeZone", …]
 */
export function _knownKeys(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.ZodType[] = [root];
  for (const p of path) {
    if (typeof p === "symbol") return [];
    at = at.flatMap((s) => _step(s, p));
    if (at.length === 0) return [];
  }
  const keys = new Set<string>();
  for (const o of at.flatMap((s) => _objects(s)))
    for (const k of Object.keys(_def(o).shape ?? {})) keys.add(k);
  return [...keys];
}
