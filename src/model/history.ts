import * as z from "zod";
import { ChannelSchema, PurposeSchema } from "./channel.js";
import type { DeepReadonly } from "./primitives.js";
import { IdSchema, InstantSchema, TopicSchema } from "./primitives.js";

/** One message already sent (or scheduled) to the customer: what frequency caps count. */
export const HistoryEntrySchema = z.strictObject({
  /** When it was sent or is scheduled; caps count it in every window that holds this instant. */
  at: InstantSchema,
  /**
   * The channel it went on, for caps counted by `channel` (and the refusal and first-use tests).
   */
  channel: ChannelSchema,
  /**
   * Its purpose, for caps counted by `purpose` (the default); the customer's own caps count
   * `marketing` only.
   */
  purpose: PurposeSchema,
  /**
   * Its topic, for caps counted by `topic` (an entry without one counts with messages without one).
   */
  topic: TopicSchema.optional(),
  /** Its campaign, for caps counted by `campaign` (an entry without one counts against none). */
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
