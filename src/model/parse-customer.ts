import type * as z from "zod";
import { type Customer, CustomerSchema } from "./customer.js";
import { _issuesFromZod, type Issue } from "./errors.js";
import { _fastParseCustomer } from "./fast-customer.js";
import { _inspectRaw } from "./primitives.js";

/**
 * Validates a raw customer record: refuses nesting deeper than `MAX_DEPTH` and `__proto__` keys
 * first (which schema validation would choke on or drop silently), then applies `CustomerSchema`.
 * Common valid records take a hand-written path that returns exactly what the schema would.
 *
 * @returns the record with defaults applied, or the problems with their paths
 */
export function parseCustomer(
  raw: unknown,
): { success: true; data: Customer } | { success: false; issues: Issue[]; error?: z.ZodError } {
  const fast = _fastParseCustomer(raw);
  if (fast !== undefined) return { success: true, data: fast };
  const bad = _inspectRaw(raw);
  if (bad !== undefined) return { success: false, issues: [bad] };
  const r = CustomerSchema.safeParse(raw);
  return r.success
    ? { success: true, data: r.data }
    : { success: false, issues: _issuesFromZod(r.error, [], CustomerSchema), error: r.error };
}
