import type { z } from "zod";

/** One problem found in a policy or an input, with the path of the bad field. */
export interface Issue {
  /** A machine-readable code: zod's issue code (`invalid_type`, `unrecognized_keys`…) or ours. */
  readonly code: string;
  /** The path of the bad field, from the root of what was checked. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Turns zod issues into ours, prefixed with `prefix`. */
export function _issuesFromZod(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return error.issues.map((i) => ({
    // A custom issue may name its own code (`invalid_jurisdiction`) in `params.code`.
    code: i.code === "custom" && typeof i.params?.code === "string" ? i.params.code : i.code,
    path: [...prefix, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: i.message,
  }));
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
