import * as z from "zod";
import { ChannelSchema, PurposeSchema } from "./channel.js";
import { MAX_MESSAGE_CHANNELS } from "./limits.js";
import type { DeepReadonly } from "./primitives.js";
import { IdSchema, InstantSchema, NameSchema, TopicSchema } from "./primitives.js";

/** An ISO 8601 duration such as `PT2H`, `P1D` or `P1W`. */
export const DurationSchema = z
  .string()
  .regex(
    /^P(?!$)(\d{1,4}W)?(\d{1,4}D)?(T(?=\d)(\d{1,5}H)?(\d{1,6}M)?(\d{1,7}S)?)?$/,
    "must be an ISO 8601 duration such as 'PT2H' or 'P7D'",
  );

/**
 * A message to be sent: why, about what, through which channels, and within what time.
 */
export const MessageSchema = z.strictObject({
  id: IdSchema.optional(),
  purpose: PurposeSchema,
  /** The subscription topic, matched against topic consents and preferences. */
  topic: TopicSchema.optional(),
  /** The product category, for the existing-customer exception's "similar products" test. */
  category: NameSchema.optional(),
  campaign: IdSchema.optional(),
  brand: NameSchema.optional(),
  /** Candidate channels in the sender's order; at most `MAX_MESSAGE_CHANNELS` (16). */
  channels: z.array(ChannelSchema).min(1).max(MAX_MESSAGE_CHANNELS),
  /** For `voice` and `sms`: sent by an autodialer or with a prerecorded or artificial voice. */
  automated: z.boolean().optional(),
  /**
   * The message only confirms an opt-out the customer just sent, with no marketing content (US 47
   * CFR § 64.1200(a)(12): one such text may follow an opt-out). Never set it on a marketing message.
   */
  confirmsOptOut: z.boolean().optional(),
  /** `critical` service messages may pass quiet hours and channel preferences where the law allows. */
  priority: z.enum(["normal", "critical"]).default("normal"),
  notBefore: InstantSchema.optional(),
  /** The latest useful send time (exclusive). */
  deadline: InstantSchema.optional(),
  /** How long the preferred channel may be waited for before a less preferred one that can go sooner is used. */
  maxDelay: DurationSchema.optional(),
  /** Frequency caps: `count` (default) obeys and counts, `exempt` ignores caps but counts, `exempt-uncounted` neither. */
  caps: z.enum(["count", "exempt", "exempt-uncounted"]).default("count"),
  /** `first` (default) picks one channel; `all` returns every eligible channel. */
  delivery: z.enum(["first", "all"]).default("first"),
});
/** A validated message. */
export type Message = z.infer<typeof MessageSchema>;
/** A message as written by a caller, before defaults are applied. */
export type MessageInput = DeepReadonly<z.input<typeof MessageSchema>>;
