import * as z from "zod";
import { ChannelSchema, PurposeSchema } from "./channel.js";
import type { DeepReadonly } from "./primitives.js";
import { IdSchema, InstantSchema, TopicSchema } from "./primitives.js";

/** One message already sent (or scheduled) to the customer: what frequency caps count. */
export const HistoryEntrySchema = z.strictObject({
  at: InstantSchema,
  channel: ChannelSchema,
  purpose: PurposeSchema,
  topic: TopicSchema.optional(),
  campaign: IdSchema.optional(),
  /** `false` when the send was exempt from being counted against caps. Default `true`. */
  counted: z.boolean().optional(),
  /**
   * What came of the contact, when it matters to the law: `refused`, the recipient refused the
   * offer during the call or conversation (FR D223-9 bars contact for 60 full days after it).
   */
  outcome: z.enum(["refused"]).optional(),
});
/** One message already sent to the customer. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
/** One past or scheduled send as given to `decide` (fields with defaults may be left out). */
export type HistoryEntryInput = DeepReadonly<z.input<typeof HistoryEntrySchema>>;
