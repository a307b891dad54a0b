import * as z from "zod";
import * as channel from "./channel.js";
import * as consentEvent from "./consent-event.js";
import { ConsentEventSchema } from "./consent-event.js";
import * as customer from "./customer.js";
import { CustomerSchema } from "./customer.js";
import * as decision from "./decision.js";
import { DecisionSchema } from "./decision.js";
import { _DESCRIPTIONS } from "./descriptions.js";
import * as history from "./history.js";
import { HistoryEntrySchema } from "./history.js";
import * as message from "./message.js";
import { MessageSchema } from "./message.js";
import * as policy from "./policy.js";
import { PolicySchema } from "./policy.js";
import * as primitives from "./primitives.js";
import { _def, _unwrap } from "./schema-keys.js";

/**
 * JSON Schemas (draft 2020-12) of the input shapes and the decision, for systems in other
 * languages, with every field's description (the doc comments of the schemas, through
 * `scripts/gen-reference.ts`; the same text as `docs/reference.md`). Typed rule predicates
 * (`test`) cannot be expressed in JSON and are left out.
 *
 * @example
 * JSON.stringify(jsonSchemas().customer);
 */
export function jsonSchemas(): Record<
  "customer" | "consentEvent" | "message" | "historyEntry" | "policy" | "decision",
  unknown
> {
  const opts = { io: "input", unrepresentable: "any" } as const;
  const out = _describedJsonSchema;
  return {
    customer: out(CustomerSchema, opts),
    consentEvent: out(ConsentEventSchema, opts),
    message: out(MessageSchema, opts),
    historyEntry: out(HistoryEntrySchema, opts),
    policy: out(PolicySchema, opts),
    decision: out(DecisionSchema, { unrepresentable: "any" }),
  };
}

/**
 * The JSON Schema of `s` with the descriptions of `_DESCRIPTIONS` at every depth. `more`: schemas
 * outside the model (by export name, as `scripts/gen-reference.ts` keys them) that `s` holds.
 */
export function _describedJsonSchema(
  s: z.ZodType,
  o: Parameters<typeof z.toJSONSchema>[1],
  more: Readonly<Record<string, unknown>> = {},
): unknown {
  const j = z.toJSONSchema(s, o) as _Json;
  const extra = new Map<unknown, string>();
  for (const [k, v] of Object.entries(more)) if (k.endsWith("Schema")) extra.set(v, k);
  _describe(s, j, "", "", 0, { defs: j.$defs ?? {}, seen: new Set(), extra });
  return j;
}

let _names: Map<unknown, string> | undefined;
function _nameOf(s: z.ZodType): string | undefined {
  if (_names === undefined) {
    _names = new Map();
    for (const ns of [
      channel,
      consentEvent,
      customer,
      decision,
      history,
      message,
      policy,
      primitives,
    ])
      for (const [k, v] of Object.entries(ns)) if (k.endsWith("Schema")) _names.set(v, k);
  }
  return _names.get(s);
}

type _Json = {
  $ref?: string;
  $defs?: Record<string, _Json>;
  description?: string;
  properties?: Record<string, _Json>;
  items?: _Json;
  additionalProperties?: _Json | boolean;
  anyOf?: _Json[];
  oneOf?: _Json[];
};

/** The name of `s0` or of a schema it wraps (a lazy schema's target is built anew on each read). */
function _nameThrough(s0: z.ZodType, extra: ReadonlyMap<unknown, string>): string | undefined {
  let s = s0;
  for (let i = 0; i < 32; i++) {
    const n = _nameOf(s) ?? extra.get(s);
    if (n !== undefined) return n;
    const next = _unwrap(s) === s ? undefined : _step(s);
    if (next === undefined) return undefined;
    s = next;
  }
  return undefined;
}

/** The schema one wrapper inside `s`. */
function _step(s: z.ZodType): z.ZodType | undefined {
  const d = _def(s) as ReturnType<typeof _def> & { getter?: () => z.ZodType; in?: z.ZodType };
  if (d.type === "lazy") return d.getter?.();
  if (d.type === "pipe") return d.in;
  return d.innerType;
}

/**
 * Walks a zod schema and its JSON Schema side by side, adding each field's description. A
 * `$ref` (a recursive schema, such as a condition) is followed into the root's `$defs`, each
 * definition once.
 */
function _describe(
  s0: z.ZodType,
  j0: _Json | undefined,
  name0: string,
  path0: string,
  depth: number,
  refs: {
    readonly defs: Record<string, _Json>;
    readonly seen: Set<string>;
    readonly extra: ReadonlyMap<unknown, string>;
  },
) {
  const ref = j0?.$ref?.startsWith("#/$defs/") ? j0.$ref.slice(8) : undefined;
  const j = ref === undefined ? j0 : refs.defs[ref];
  if (j === undefined || depth > 12) return;
  if (ref !== undefined) {
    if (refs.seen.has(ref)) return;
    refs.seen.add(ref);
  }
  const s = _unwrap(s0);
  const d = _def(s);
  const own = _nameThrough(s0, refs.extra);
  const [name, path] =
    own !== undefined && (d.type === "object" || d.type === "union") ? [own, ""] : [name0, path0];
  if (path === "" && j.description === undefined && _DESCRIPTIONS[name] !== undefined)
    j.description = _DESCRIPTIONS[name];
  if (d.type === "object")
    for (const [k, child] of Object.entries(d.shape ?? {})) {
      const pj = j.properties?.[k];
      if (pj === undefined) continue;
      const text = _DESCRIPTIONS[`${name}.${`${path}.${k}`.slice(1)}`];
      if (text !== undefined && pj.description === undefined) pj.description = text;
      _describe(child, pj, name, `${path}.${k}`, depth + 1, refs);
    }
  else if (d.type === "array" && d.element !== undefined)
    _describe(d.element, j.items, name, `${path}[]`, depth + 1, refs);
  else if (
    d.type === "record" &&
    d.valueType !== undefined &&
    typeof j.additionalProperties === "object"
  )
    _describe(d.valueType, j.additionalProperties, name, `${path}.<key>`, depth + 1, refs);
  else if (d.type === "union") {
    const alts = j.anyOf ?? j.oneOf;
    (d.options ?? []).forEach((o, i) => {
      _describe(o, alts?.[i], name, path, depth + 1, refs);
    });
  }
}
