import { z } from "zod";
import { ConsentEventSchema } from "./consent-event.js";
import { CustomerSchema } from "./customer.js";
import { DecisionSchema } from "./decision.js";
import { HistoryEntrySchema } from "./history.js";
import { MessageSchema } from "./message.js";
import { PolicySchema } from "./policy.js";

/**
 * JSON Schemas (draft 2020-12) of the input shapes and the decision, for systems in other
 * languages. Typed rule predicates (`test`) cannot be expressed in JSON and are left out.
 *
 * @example
 * JSON.stringify(jsonSchemas().customer);
 */
export function jsonSchemas(): Record<
  "customer" | "consentEvent" | "message" | "historyEntry" | "policy" | "decision",
  unknown
> {
  const opts = { io: "input", unrepresentable: "any" } as const;
  return {
    customer: z.toJSONSchema(CustomerSchema, opts),
    consentEvent: z.toJSONSchema(ConsentEventSchema, opts),
    message: z.toJSONSchema(MessageSchema, opts),
    historyEntry: z.toJSONSchema(HistoryEntrySchema, opts),
    policy: z.toJSONSchema(PolicySchema, opts),
    decision: z.toJSONSchema(DecisionSchema, { unrepresentable: "any" }),
  };
}
