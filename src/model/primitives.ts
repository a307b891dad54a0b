import * as z from "zod";
import { regexes } from "zod/v4/core";
import { _jurisdictionMessage, isJurisdiction } from "./jurisdictions.js";
import { _nameMessage, NAME_PATTERN } from "./names.js";

/** Longest identifier or free-text string the model accepts; bounds the work one record can cause. */
export const MAX_STRING = 512;
/** Most entries any list inside one record may hold (consent events, history, contacts…). */
export const MAX_LIST = 10_000;

/** An identifier: 1–512 printable characters. */
export const IdSchema = z.string().min(1).max(MAX_STRING);

/** The message for a string that is not an instant: says what is missing when it is the offset. */
export function _instantError(issue: { readonly input?: unknown }): string {
  const v = issue.input;
  if (typeof v !== "string") return "must be an ISO 8601 date-time string with an offset";
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v))
    return `needs an offset such as Z or +02:00 (a time without one is ambiguous): '${v.slice(0, 40)}'`;
  return "must be an ISO 8601 date-time with an offset, such as 2026-05-04T10:00:00Z or 2026-05-04T12:00:00+02:00";
}

/**
 * An instant as an ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`).
 * A date-time without an offset is ambiguous and rejected.
 */
export const InstantSchema = z.iso.datetime({ offset: true, local: false, error: _instantError });
/** The pattern `InstantSchema` checks (zod's own, from its public `regexes`). */
export const INSTANT_PATTERN: RegExp = regexes.datetime({ offset: true, local: false });
/** An ISO 8601 instant string, for example `2026-03-29T01:30:00Z`. */
export type Instant = z.infer<typeof InstantSchema>;

/**
 * A name schema for `what` (`channel`, `topic`…): 1–64 lower-case letters, digits, `_`, `-`, `.`,
 * `:`, starting with a letter or digit. A near miss (`SMS`, `sms `, a Cyrillic or full-width
 * letter, a zero-width character) is refused with the name meant: `"SMS" is not a valid channel
 * name (…): did you mean 'sms'?`.
 *
 * @param known - names to suggest first (the built-in channels, for channel names)
 */
export function _nameSchema(what: string, known: readonly string[] = []) {
  const error = (iss: { input?: unknown }) => _nameMessage(what, iss.input, known);
  return z.string({ error }).min(1, { error }).max(64, { error }).regex(NAME_PATTERN, { error });
}

/** A name for a channel, purpose, topic or category: lower-case, digits, `_`, `-`, `.`, `:`. */
export const NameSchema = _nameSchema("name");
/** A subscription topic's name (see `NameSchema`). */
export const TopicSchema = _nameSchema("topic");

/** The issue code of a string that is not an ISO 3166 code (`UK`, `US-FLA`, `XX`). */
export const INVALID_JURISDICTION = "invalid_jurisdiction";

/**
 * A jurisdiction: an assigned ISO 3166-1 alpha-2 country (`NO`) or an ISO 3166-2 subdivision
 * (`US-FL`), exactly as ISO writes it (see `isJurisdiction`). Anything else is refused with the
 * issue code `invalid_jurisdiction` and, where there is one, the nearest real code:
 * "unknown jurisdiction 'UK' (ISO 3166): did you mean 'GB'?".
 */
export const JurisdictionSchema = z
  .string()
  .superRefine((code, ctx) => {
    if (!isJurisdiction(code))
      ctx.addIssue({
        code: "custom",
        message: _jurisdictionMessage(code),
        input: code,
        params: { code: INVALID_JURISDICTION },
      });
  })
  .meta({ pattern: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$" });
/** An ISO 3166-1 or 3166-2 code. */
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

const _zoneCache = new Map<string, boolean>();
/** Whether `tz` is an IANA time zone this runtime knows. Cached. */
export function isKnownTimeZone(tz: string): boolean {
  let known = _zoneCache.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      known = tz.length > 0 && tz.length <= 64;
    } catch {
      known = false;
    }
    if (_zoneCache.size >= 10_000) _zoneCache.clear(); // bounded: zone names come from input
    _zoneCache.set(tz, known);
  }
  return known;
}

/** An IANA time zone name known to the runtime, for example `Europe/Oslo`. */
export const TimeZoneSchema = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, { message: "must be an IANA time zone such as 'Europe/Oslo'" });

/** Free attributes on a customer: scalar values only, so rules can compare them. */
export const AttributeValueSchema = z.union([
  z.string().max(MAX_STRING),
  z.number(),
  z.boolean(),
  z.null(),
]);
/** A scalar attribute value. */
export type AttributeValue = z.infer<typeof AttributeValueSchema>;

/** A record keyed by safe names (never `__proto__`, `constructor`, `prototype`). */
export function safeRecord<V extends z.ZodType>(value: V) {
  return z.record(
    z
      .string()
      .min(1)
      .max(64)
      .refine((k) => k !== "__proto__" && k !== "constructor" && k !== "prototype", {
        message: "reserved key",
      }),
    value,
  );
}

/** Keys that could reach an object's prototype, refused in every record. */
const _RESERVED = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A record keyed by names (`channel` or `topic`), validated like the names themselves: a key that
 * only looks like one (`"SMS"`, `"sms "`, a Cyrillic `ѕ`, a zero-width space) is an `invalid_key`
 * issue at the key's path, with the name meant. Never `constructor` or `prototype`.
 *
 * @param key - the schema of the keys (`ChannelSchema`, `TopicSchema`)
 */
export function nameRecord<V extends z.ZodType>(key: z.ZodString, value: V) {
  return z.record(
    key.refine((k) => !_RESERVED.has(k), { message: "reserved key" }),
    value,
    {
      error: (iss) =>
        iss.code === "invalid_key"
          ? ((iss.issues as readonly { message?: string }[] | undefined)?.[0]?.message ??
            "invalid key")
          : undefined,
    },
  );
}

/** A type with every property and array readonly, all the way down; functions are kept as they are. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

function _kindOf(v: object): string {
  const name = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" ? `a ${name}` : "an object with a prototype";
}

/** Deepest nesting a record or policy may have; deeper input is refused before it is parsed. */
export const MAX_DEPTH = 64;

/**
 * Finds what schema validation would otherwise miss or choke on in raw JSON: nesting deeper than
 * `max` (a stack overflow in a recursive parser), own `__proto__` keys (which validation drops
 * without a word), and objects that are not plain data (a `Date`, `Map` or class instance, which
 * an object schema would read as `{}`: a topic-scoped grant would become a grant for everything).
 * Iterative, so it cannot overflow the stack itself.
 *
 * @returns the first problem with its path, or undefined
 */
export function _inspectRaw(
  input: unknown,
  max = MAX_DEPTH,
):
  | { code: "too_deep" | "reserved_key" | "not_plain"; path: (string | number)[]; message: string }
  | undefined {
  // Parallel stacks, no per-node allocation: the path is rebuilt only when something is wrong.
  const values: unknown[] = [input];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [""];
  const depths: number[] = [0];
  const seen: { parent: number; key: string | number }[] = [];
  const pathOf = (node: number, extra?: string): (string | number)[] => {
    const path: (string | number)[] = extra === undefined ? [] : [extra];
    for (let n = node; n > 0; n = (seen[n] as { parent: number }).parent)
      path.unshift((seen[n] as { key: string | number }).key);
    return path;
  };
  while (values.length > 0) {
    const v = values.pop();
    const parent = parents.pop() as number;
    const key = keys.pop() as string | number;
    const depth = depths.pop() as number;
    if (v === null || typeof v !== "object") continue;
    const node = seen.length;
    seen.push({ parent, key });
    if (depth >= max)
      return { code: "too_deep", path: pathOf(node), message: `nested deeper than ${max} levels` };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        values.push(v[i]);
        parents.push(node);
        keys.push(i);
        depths.push(depth + 1);
      }
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null)
        return {
          code: "not_plain",
          path: pathOf(node),
          message: `must be plain JSON data, not ${_kindOf(v)}`,
        };
      if (Object.hasOwn(v, "__proto__"))
        return {
          code: "reserved_key",
          path: pathOf(node, "__proto__"),
          message: "reserved key '__proto__'",
        };
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        values.push((v as Record<string, unknown>)[k]);
        parents.push(node);
        keys.push(k);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}
