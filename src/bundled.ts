import {
  compilePolicy as _compilePolicy,
  safeCompilePolicy as _safeCompilePolicy,
  type CompiledPolicy,
  type CompileOptions,
} from "./engine/compile.js";
import type { PolicyError } from "./model/errors.js";
import type { PolicyInput } from "./model/policy.js";
import { BUNDLED_PACKS_CORE } from "./packs/core.js";
import { bundledHolidays } from "./time/holiday-tables.js";

/**
 * Validates a policy and compiles it into a plan, with the bundled jurisdiction packs available
 * to `packs` (`["NO", "US"]` or `"auto"`: every pack, each applied only in its jurisdictions) and
 * the bundled holiday tables (2000–2099, the packs' countries and their regions). This module is
 * the composition root: the engine itself imports no pack and no holiday data.
 * Throws a `PolicyError` that lists every problem with its path; never returns a half-valid plan.
 *
 * @param policy - the policy, as JSON or from `definePolicy`
 * @param options - `packs` replaces the bundled packs (for your own or amended packs); `holidays`
 *   replaces the holiday tables (`dateHolidays()` from `consentry/holidays` knows every country)
 * @returns the compiled plan, to pass to `decide` and `decideMany`
 * @throws {PolicyError} when anything in the policy is invalid
 * @example
 * const plan = compilePolicy({ id: "acme", packs: ["US"], channelPriority: ["email", "sms"] });
 */
export function compilePolicy(policy: PolicyInput, options: CompileOptions = {}): CompiledPolicy {
  return _compilePolicy(policy, {
    packs: BUNDLED_PACKS_CORE,
    holidays: bundledHolidays,
    ...options,
  });
}

/**
 * Like `compilePolicy`, but returns `{ success: true, data }` or `{ success: false, error }`
 * instead of throwing.
 */
export function safeCompilePolicy(
  policy: unknown,
  options: CompileOptions = {},
): { success: true; data: CompiledPolicy } | { success: false; error: PolicyError } {
  return _safeCompilePolicy(policy, {
    packs: BUNDLED_PACKS_CORE,
    holidays: bundledHolidays,
    ...options,
  });
}
