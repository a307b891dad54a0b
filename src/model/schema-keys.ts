import type { z } from "zod";

/**
 * The keys a schema knows at a path, read from the schema itself (zod 4's `_zod.def`), so the
 * "did you mean" of an unknown key can never fall out of step with the shapes.
 */

interface _Def {
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

const _def = (s: z.ZodType): _Def => (s as unknown as { _zod: { def: _Def } })._zod.def;

/** The object schemas `s` may be once wrappers (optional, default, lazy, unions…) are looked through. */
function _objects(s: z.ZodType, depth = 0): z.ZodType[] {
  if (depth > 16) return [];
  const d = _def(s);
  switch (d.type) {
    case "object":
      return [s];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return d.innerType === undefined ? [] : _objects(d.innerType, depth + 1);
    case "pipe":
      return d.in === undefined ? [] : _objects(d.in, depth + 1);
    case "lazy":
      return d.getter === undefined ? [] : _objects(d.getter(), depth + 1);
    case "union":
      return (d.options ?? []).flatMap((o) => _objects(o, depth + 1));
    case "intersection":
      return [d.left, d.right].flatMap((o) => (o === undefined ? [] : _objects(o, depth + 1)));
    default:
      return [];
  }
}

/** What `s` holds at one step `key` of a path (an object's field, an array's element, a record's value). */
function _step(s: z.ZodType, key: string | number, depth = 0): z.ZodType[] {
  if (depth > 16) return [];
  const d = _def(s);
  switch (d.type) {
    case "object": {
      const f = typeof key === "string" && d.shape !== undefined ? d.shape[key] : undefined;
      return f === undefined ? [] : [f];
    }
    case "array":
      return typeof key === "number" && d.element !== undefined ? [d.element] : [];
    case "record":
      return d.valueType === undefined ? [] : [d.valueType];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return d.innerType === undefined ? [] : _step(d.innerType, key, depth + 1);
    case "pipe":
      return d.in === undefined ? [] : _step(d.in, key, depth + 1);
    case "lazy":
      return d.getter === undefined ? [] : _step(d.getter(), key, depth + 1);
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
