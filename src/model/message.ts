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
 * Who sends: a business (`commercial`), a charity, or a political party or candidate. Laws
 * treat them differently (the UK charity soft opt-in, registers that exempt charities). Unknown
 * reads as `commercial`, the reading that sends less.
 */
export const SenderTypeSchema = z.enum(["commercial", "charity", "political"]);
/** Who sends. */
export type SenderType = z.infer<typeof SenderTypeSchema>;

/**
 * A product sector that a law singles out, for sector bans and sector exemptions:
 * - `books`, `newspaper-subscription`, `magazine-subscription`, `insurance`,
 *   `rescue-service-subscription`: exempt from Denmark's telephone ban (forbrugeraftaleloven
 *   § 4, stk. 2);
 * - `energy-renovation` (equipment or works for energy savings in dwellings),
 *   `renewable-energy` (production of renewable energy for dwellings), `dwelling-adaptation`
 *   (adapting dwellings to ageing or disability): France's canvassing ban (art. L223-1, loi
 *   n° 2020-901 and loi n° 2025-594).
 */
export const ProductSectorSchema = z.enum([
  "books",
  "newspaper-subscription",
  "magazine-subscription",
  "insurance",
  "rescue-service-subscription",
  "energy-renovation",
  "renewable-energy",
  "dwelling-adaptation",
]);
/** A product sector that a law singles out. */
export type ProductSector = z.infer<typeof ProductSectorSchema>;

/**
 * Facts about the sender and the message that laws turn on. A fact left out is unknown; a
 * `requiredFacts` rule that needs it denies with `fact.missing` naming it. A policy's
 * `messageDefaults` states what is always true of its messages, so callers need not repeat it.
 */
export const MessageFactsSchema = z.strictObject({
  /** Who sends (see `SenderTypeSchema`). */
  senderType: SenderTypeSchema.optional(),
  /** The sender (on whose behalf the message is sent) is named and not hidden. */
  senderIdentified: z.boolean().optional(),
  /** The message carries a working opt-out (unsubscribe link, reply keyword, address) at no more than transmission cost. */
  optOut: z.boolean().optional(),
  /** How long the opt-out keeps working after the message is sent (ISO duration). */
  optOutValidFor: DurationSchema.optional(),
  /** For calls: the caller's number is shown to the person called (not withheld). */
  callerIdShown: z.boolean().optional(),
  /** For calls: the number shown is registered and searchable in directory services. */
  callerIdListed: z.boolean().optional(),
  /** For a charity: the message's sole purpose is to further its charitable purposes. */
  charitablePurposeOnly: z.boolean().optional(),
});
/** Facts about the sender and the message. */
export type MessageFacts = z.infer<typeof MessageFactsSchema>;

/** The boolean facts of a message, which `requiredFacts` rules can ask for. */
export const BOOLEAN_MESSAGE_FACTS = [
  "senderIdentified",
  "optOut",
  "callerIdShown",
  "callerIdListed",
  "charitablePurposeOnly",
] as const;
/** A boolean fact of a message. */
export type BooleanMessageFact = (typeof BOOLEAN_MESSAGE_FACTS)[number];

/**
 * A message to be sent: why, about what, through which channels, and within what time.
 */
export const MessageSchema = z.strictObject({
  /** The message's id, named in its decisions. */
  id: IdSchema.optional(),
  /** Why it is sent: only `marketing` needs marketing permission. */
  purpose: PurposeSchema,
  /** The subscription topic, matched against topic consents and preferences. */
  topic: TopicSchema.optional(),
  /** The product category, for the existing-customer exception's "similar products" test. */
  category: NameSchema.optional(),
  /** The product sector, where a law singles it out (sector bans and exemptions; see `ProductSectorSchema`). */
  sector: ProductSectorSchema.optional(),
  /** Facts about the sender and the message, on top of the policy's `messageDefaults`. */
  facts: MessageFactsSchema.optional(),
  /** The campaign it belongs to, for frequency caps counted by campaign. */
  campaign: IdSchema.optional(),
  /** The brand it is sent for; consents scoped to another brand do not cover it. */
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
  /** The earliest send time. */
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
