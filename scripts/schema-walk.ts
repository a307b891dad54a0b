/**
 * What `scripts/gen-reference.ts` and `scripts/dts-docs.ts` share: the files whose schemas are
 * documented, those schemas by export name, and a look through zod's wrappers to the schema a
 * field really has.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";

const root = join(import.meta.dirname, "..");
/** The model's folder. */
export const MODEL_DIR = join(root, "src", "model");

/** The files whose schemas are documented: the model's, the example-file format's, the sent records'. */
export const SCHEMA_SOURCES: readonly string[] = [
  ...readdirSync(MODEL_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "descriptions.ts")
    .map((f) => join(MODEL_DIR, f)),
  join(root, "src", "examples-runner", "format.ts"),
  join(root, "src", "engine", "audit.ts"),
];

/**
 * The sources' exports (`model`, by name) and every exported `…Schema` among them (`named`, by
 * the schema object).
 */
export async function loadSchemas(): Promise<{
  model: Record<string, unknown>;
  named: Map<unknown, string>;
}> {
  const model: Record<string, unknown> = {};
  for (const file of SCHEMA_SOURCES) Object.assign(model, await import(file));
  const named = new Map<unknown, string>();
  for (const [k, v] of Object.entries(model))
    if (k.endsWith("Schema") && typeof v === "object" && v !== null && "_zod" in v) named.set(v, k);
  return { model, named };
}

/** The parts of a zod schema's definition the scripts read. */
export type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  getter?: () => z.ZodType;
  format?: string;
};

/** A schema's definition. */
export const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set([
  "optional",
  "default",
  "prefault",
  "nullable",
  "readonly",
  "catch",
  "nonoptional",
]);

/**
 * `s0` with its wrappers (optional, default, pipe, lazy…) looked through; `name`: the first named
 * schema on the way (a lazy schema's target is built anew on each read, so only the lazy schema
 * itself has the name); whether an `optional` or a default was among them.
 */
export function unwrapSchema(
  s0: z.ZodType,
  named: ReadonlyMap<unknown, string>,
): { s: z.ZodType; optional: boolean; dflt: boolean; name: string | undefined } {
  let s = s0;
  let optional = false;
  let dflt = false;
  let name: string | undefined;
  for (let i = 0; i < 32; i++) {
    name ??= named.get(s);
    const d = def(s);
    if (d.type === "optional") optional = true;
    if (d.type === "default" || d.type === "prefault") dflt = true;
    if (WRAPPERS.has(d.type) && d.innerType !== undefined) s = d.innerType;
    else if (d.type === "pipe" && d.in !== undefined) s = d.in;
    else if (d.type === "lazy" && d.getter !== undefined) s = d.getter();
    else break;
  }
  return { s, optional, dflt, name: name ?? named.get(s) };
}
