import type * as z from "zod";
import { _knownKeys } from "./schema-keys.js";
import { _nearest } from "./suggest.js";

/**
 * Every code an `Issue` can carry, with what it means: zod's issue codes for a field of the wrong
 * shape, and consentry's own. The set is public and changes only on purpose (see CHANGELOG.md).
 */
export const ISSUE_CODES = {
  // From the schemas (zod's codes).
  invalid_type: "A field has the wrong type, or a required field is missing.",
  too_big: "A number, string or list is larger than allowed.",
  too_small: "A number, string or list is smaller than allowed.",
  invalid_format: "A string is not in the format asked for (an instant with an offset, a URL…).",
  not_multiple_of: "A number is not a multiple of what is asked.",
  unrecognized_keys: "An object has a key the schema does not know (a typo, most often).",
  invalid_union: "A value matches none of the shapes allowed there.",
  invalid_key: "A key of a record is not valid (a channel or topic name, for example).",
  invalid_element: "An element of a map or set is not valid.",
  invalid_value: "A value is not one of those allowed.",
  custom: "A rule of the schema that is not one of the above (its message says which).",
  // consentry's own.
  invalid_jurisdiction: "A jurisdiction is not an ISO 3166-1 or 3166-2 code.",
  invalid_duration: "A duration is not an ISO 8601 duration the engine reads (PT2H, P30D…).",
  invalid_window:
    "A time range ends at or before it starts (a message's deadline not after its notBefore, a pause's until not after its from).",
  invalid_rrule: "A blackout's RRULE is not one the engine accepts.",
  invalid_condition: "A rule's condition cannot be compiled.",
  invalid_basis: "An existing-customer basis contradicts itself.",
  invalid_register: "A register declaration contradicts itself (an option its kind does not read).",
  invalid_dates: "An element's `until` is not after its `from`.",
  invalid_json: "A line of NDJSON input is not JSON.",
  invalid_shards: "`shardOf` was given a shard count that is not a positive whole number.",
  invalid_concurrency: "`decideManyParallel` was given a thread count below 1.",
  invalid_chunk_size: "`decideManyParallel` was given a chunk size below 1.",
  unknown_channel: "A channel is neither built in nor declared by the policy.",
  duplicate_channel: "A channel is listed twice, or a declared channel shadows a built-in one.",
  duplicate_id: "Two elements of a policy share an id.",
  unknown_pack: "A policy names a pack that is not available.",
  unknown_customer: "An audited send names a customer with no record.",
  missing_now: "A policy example case has no `now`.",
  missing_holidays: "A policy has holiday rules but was compiled without a holiday provider.",
  not_compiled: "A function was given something other than a plan from `compilePolicy`.",
  too_deep: "Input nested deeper than the engine reads.",
  not_plain: "Input holds an object that is not plain JSON data (a Date, a Map, a class instance).",
  reserved_key: "Input uses a key that could reach an object's prototype (`__proto__`…).",
  unreadable: "A record could not be read at all (a throwing getter, a Proxy).",
  not_transferable: "A policy or option cannot be sent to a worker thread (a function…).",
  policy_changed:
    "A policy changed after it was compiled, so a worker cannot compile the same plan.",
  unknown: "A problem with no more precise code.",
} as const;

/** A stable issue code: see `ISSUE_CODES`. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** One problem found in a policy or an input, with the path of the bad field. */
export interface Issue {
  /** A machine-readable code, one of `ISSUE_CODES`. */
  readonly code: IssueCode;
  /** The path of the bad field, from the root of what was checked. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Turns zod issues into ours, prefixed with `prefix`. Given the `schema` that was parsed, an
 * unknown key becomes one issue per key, at the key's own path, with the nearest key the schema
 * knows there (`customer.timezone: unknown key: did you mean 'timeZone'?`).
 */
export function _issuesFromZod(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
  schema?: z.ZodType,
): Issue[] {
  return error.issues.flatMap((i): Issue[] => {
    const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (i.code === "unrecognized_keys" && schema !== undefined) {
      const known = _knownKeys(schema, path);
      return i.keys.map((k) => {
        const near = _nearest(k, known);
        return {
          code: "unrecognized_keys",
          path: [...prefix, ...path, k],
          message:
            near === undefined
              ? `unknown key${known.length > 0 ? ` (known here: ${_list(known)})` : ""}`
              : `unknown key: did you mean '${near}'?`,
        };
      });
    }
    return [
      {
        code: _issueCode(
          // A custom issue may name its own code (`invalid_jurisdiction`) in `params.code`.
          i.code === "custom" && typeof i.params?.code === "string" ? i.params.code : i.code,
        ),
        path: [...prefix, ...path],
        message: _required(i) ?? i.message,
      },
    ];
  });
}

/** A missing required field says so, rather than zod's "expected object, received undefined". */
function _required(i: z.core.$ZodIssue): string | undefined {
  if (i.code !== "invalid_type" || !i.message.endsWith("received undefined")) return undefined;
  return `is required (${/^[aeiou]/.test(i.expected) ? "an" : "a"} ${i.expected})`;
}

function _list(keys: readonly string[]): string {
  return keys.length <= 12 ? keys.join(", ") : `${keys.slice(0, 12).join(", ")}…`;
}

function _issueCode(code: string): IssueCode {
  return Object.hasOwn(ISSUE_CODES, code) ? (code as IssueCode) : "unknown";
}

/** Formats issues as `path: message` lines. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => `${i.path.length > 0 ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("\n");
}

abstract class _ConsentryError extends Error {
  /** Every problem found, each with its path. Never empty. */
  readonly issues: readonly [Issue, ...Issue[]];
  constructor(what: string, issues: readonly [Issue, ...Issue[]], options?: { cause?: unknown }) {
    super(`${what}:\n${formatIssues(issues)}`, options);
    this.issues = issues;
  }
}

/**
 * Thrown by `compilePolicy` when a policy is invalid. Lists every problem at once, each with its
 * path, so a compliance team can fix the file in one pass.
 */
export class PolicyError extends _ConsentryError {
  override readonly name = "PolicyError";
  constructor(issues: readonly [Issue, ...Issue[]], options?: { cause?: unknown }) {
    super(
      `Invalid policy (${issues.length} problem${issues.length === 1 ? "" : "s"})`,
      issues,
      options,
    );
  }
}

/** Thrown by `decide` when a customer, message, history or `now` is invalid. */
export class InputError extends _ConsentryError {
  override readonly name = "InputError";
  constructor(issues: readonly [Issue, ...Issue[]], options?: { cause?: unknown }) {
    super(
      `Invalid input (${issues.length} problem${issues.length === 1 ? "" : "s"})`,
      issues,
      options,
    );
  }
}

/** A result that is either a value or the error that prevented it. */
export type SafeResult<T, E extends Error> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: E };
