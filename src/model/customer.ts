import * as z from "zod";
import { ChannelSchema } from "./channel.js";
import { ConsentEventSchema } from "./consent-event.js";
import { HistoryEntrySchema } from "./history.js";
import {
  MAX_CONSENTS,
  MAX_CUSTOMER_CAPS,
  MAX_CUSTOMER_WINDOWS,
  MAX_HISTORY,
  MAX_SUPPRESSIONS,
} from "./limits.js";
import type { DeepReadonly } from "./primitives.js";
import {
  AttributeValueSchema,
  IdSchema,
  InstantSchema,
  JurisdictionSchema,
  MAX_STRING,
  NameSchema,
  nameRecord,
  safeRecord,
  TimeZoneSchema,
  TopicSchema,
} from "./primitives.js";

/** Whether a contact point can be reached. Anything but `ok` makes it unusable. */
export const ContactStatusSchema = z.enum([
  "ok",
  "bounced",
  "invalid",
  "complained",
  "unsubscribed",
]);
/** Whether a contact point can be reached. */
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

/** How a contact point was obtained: the facts the existing-customer exception needs. */
export const ContactOriginSchema = z.strictObject({
  /** How: given during a purchase, an inquiry, a sign-up, bought from a list… */
  method: z.enum(["purchase", "inquiry", "signup", "import", "third-party", "other"]),
  /**
   * When it was obtained (in a sale: the sale). An exception with `firstUseWithin` needs it: left
   * out, that exception does not hold.
   */
  at: InstantSchema.optional(),
  /** Where it was obtained (a shop, a form, a list seller), in free text; no decision reads it. */
  source: z.string().max(MAX_STRING).optional(),
  /** Whether the customer was told at collection that they could refuse marketing, free of charge. */
  optOutOffered: z.boolean().optional(),
});
/** How a contact point was obtained. */
export type ContactOrigin = z.infer<typeof ContactOriginSchema>;

/** One address of a customer on one channel. */
export const ContactPointSchema = z.strictObject({
  /** The address: e-mail, E.164 phone number, device token, postal address line… */
  address: z.string().min(1).max(MAX_STRING),
  /**
   * Whether the address was verified (a confirmed e-mail, a number that answered); no decision
   * reads it.
   */
  verified: z.boolean().optional(),
  /**
   * Whether it can be reached: anything but `ok` (the default) makes it unusable
   * (`contact.undeliverable`).
   */
  status: ContactStatusSchema.default("ok"),
  /** For `voice` and `sms`: whether the number is a mobile (wireless) number. */
  mobile: z.boolean().optional(),
  /**
   * Whose address it is: a natural person's (a private address, or a named employee's work
   * address), or a generic role address of a legal person (`post@firma.no`, `info@`). Unknown
   * reads as `natural-person`, the reading the laws protect most (Norway § 15, UK reg. 22).
   */
  addressee: z.enum(["natural-person", "role"]).optional(),
  /**
   * How and when it was obtained, for the existing-customer exception: left out, an exception that
   * needs the contact obtained in the relationship, an opt-out offered at collection or a first
   * use in time does not hold.
   */
  obtained: ContactOriginSchema.optional(),
});
/** One address of a customer on one channel. */
export type ContactPoint = z.infer<typeof ContactPointSchema>;

/** A weekly time window in the customer's local time, `from` inclusive and `until` exclusive. */
export const WeeklyWindowSchema = z.strictObject({
  /** The days of the week it holds on, each from `from`; left out: every day. */
  days: z
    .array(z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]))
    .min(1)
    .max(7)
    .optional(),
  /** Where it starts each listed day, `HH:MM` in the local time (inclusive). */
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM"),
  /**
   * Where it ends, `HH:MM` in the local time (exclusive); `24:00` is the end of the day, and a
   * time at or before `from` ends on the next day (the window crosses midnight).
   */
  until: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be HH:MM or 24:00"),
});
/** A weekly time window in local time. */
export type WeeklyWindow = z.infer<typeof WeeklyWindowSchema>;

/**
 * A pause: no marketing from `from` (default: always) until `until` (default: until lifted).
 * `until` at or before `from` is refused (`invalid_window`): an inverted pause would pause
 * nothing.
 */
export const PauseSchema = z
  .strictObject({
    /** When the pause starts; left out: it has always been on. */
    from: InstantSchema.optional(),
    /** When it ends (exclusive); left out: until the customer lifts it. */
    until: InstantSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (
      p.from !== undefined &&
      p.until !== undefined &&
      !(Date.parse(p.until) > Date.parse(p.from))
    )
      ctx.addIssue({
        code: "custom",
        path: ["until"],
        message: `the pause ends (${p.until}) at or before it starts (${p.from}): it would pause nothing`,
        input: p.until,
        params: { code: "invalid_window" },
      });
  });

/** What the customer chose about how they are contacted. */
export const PreferencesSchema = z.strictObject({
  /** Channels in the customer's order of preference; the first usable one is tried first. */
  channelOrder: z.array(ChannelSchema).max(32).optional(),
  /**
   * Per channel: `false` turns the channel off for anything but critical service messages. Keys
   * are channel names, checked as such (`"SMS"` is refused: did you mean 'sms'?).
   */
  channels: nameRecord(ChannelSchema, z.boolean()).optional(),
  /**
   * Per topic: `false` turns the topic off. An unset topic is not a consent, only not a refusal.
   * Keys are topic names, checked as such.
   */
  topics: nameRecord(TopicSchema, z.boolean()).optional(),
  /** A pause of marketing. */
  pause: PauseSchema.optional(),
  /** Hours the customer does not want to be contacted, in their local time; at most `MAX_CUSTOMER_WINDOWS` (8). */
  quietHours: z.array(WeeklyWindowSchema).max(MAX_CUSTOMER_WINDOWS).optional(),
  /**
   * Hours the customer prefers to be contacted, in their local time: 1 to `MAX_CUSTOMER_WINDOWS`
   * (8). An empty list is refused (it would say no hours, and be read as any hour).
   */
  contactHours: z
    .array(WeeklyWindowSchema)
    .min(1, "an empty list names no hours: leave 'contactHours' out when the customer has none")
    .max(MAX_CUSTOMER_WINDOWS)
    .optional(),
  /**
   * Caps the customer set themselves, for example "at most 2 marketing messages a week"; at most
   * `MAX_CUSTOMER_CAPS` (4).
   */
  frequency: z
    .array(
      z.strictObject({
        /**
         * At most this many marketing messages in the period, this one included; `0` allows none.
         */
        max: z.number().int().min(0).max(10_000),
        /**
         * The calendar period in the customer's time zone: a `day`, a `week` (Monday first) or a
         * `month`.
         */
        per: z.enum(["day", "week", "month"]),
        /** Only messages on this channel count and are limited; left out: every channel. */
        channel: ChannelSchema.optional(),
      }),
    )
    .max(MAX_CUSTOMER_CAPS)
    .optional(),
});
/** What the customer chose about how they are contacted. */
export type Preferences = z.infer<typeof PreferencesSchema>;

/**
 * A contract between the customer and the sender: what register and existing-customer exceptions
 * that turn on a "contract in progress" (FR L223-1), or a customer relationship that lasts a while
 * after the contract ended (SE NIX), read.
 */
export const ContractSchema = z.strictObject({
  /** The sender's own id for the contract, named in the decision's facts. */
  id: z.string().min(1).max(MAX_STRING).optional(),
  /** The type of product or service, matched against the message's `category` ("same type"). */
  type: NameSchema,
  /** When the contract began; a contract that begins after the decision does not count yet. */
  start: InstantSchema,
  /**
   * When the contract ended or ends, with its obligations fulfilled. Left out: the contract is
   * running with no agreed end. Never leave it out for a contract whose end is merely unknown: a
   * running contract is the reading that sends more.
   */
  end: InstantSchema.optional(),
});
/** A contract between the customer and the sender. */
export type Contract = z.infer<typeof ContractSchema>;

/**
 * Negotiations towards a sale to the customer (a quote, a request about buying a product): what the
 * UK soft opt-in accepts besides a sale (PECR reg. 22(3)(a)).
 */
export const NegotiationSchema = z.strictObject({
  /** When the negotiations took place (the latest contact in them). */
  at: InstantSchema,
  /** The type of product or service negotiated, matched against the message's `category`. */
  type: NameSchema,
});
/** Negotiations towards a sale. */
export type Negotiation = z.infer<typeof NegotiationSchema>;

/** The customer's relationship with the sender: the facts behind the existing-customer exception. */
export const RelationshipSchema = z.strictObject({
  /** When the customer relationship began. */
  customerSince: InstantSchema.optional(),
  /** The instant of the latest purchase. */
  lastPurchaseAt: InstantSchema.optional(),
  /** The instant of the latest inquiry. */
  lastInquiryAt: InstantSchema.optional(),
  /** Product categories the customer has bought, for the "similar products" test. */
  purchasedCategories: z.array(NameSchema).max(1000).optional(),
  /** Contracts, running or ended; at most 1,000. */
  contracts: z.array(ContractSchema).max(1000).optional(),
  /** Negotiations towards a sale that did not (yet) become one; at most 1,000. */
  negotiations: z.array(NegotiationSchema).max(1000).optional(),
});
/** The customer's relationship with the sender. */
export type Relationship = z.infer<typeof RelationshipSchema>;

/** A customer's status on a do-not-contact register, as of the last check. */
export const RegisterStatusSchema = z.strictObject({
  /**
   * Whether the register lists the customer. For a `holds-consent` register (Turkey's İYS):
   * whether the register holds the customer's consent to this sender for the channel.
   */
  listed: z.boolean(),
  /** When the register was last checked for this customer. */
  checkedAt: InstantSchema,
  /**
   * When the listing was made. A `revokes-consents` register reads it to tell the consents the
   * listing revoked (given at or before it) from those given after; left out, every consent counts
   * as revoked. A `holds-consent` register reads it as when the consent was recorded there; left
   * out, the consent does not count.
   */
  listedAt: InstantSchema.optional(),
  /**
   * For a `revokes-consents` register that lets the person choose (Croatia's NE ZOVI): whether
   * this listing revoked the consents given before it. Default `true`; `false` keeps them.
   */
  consentsRevoked: z.boolean().optional(),
});
/** A customer's status on a register. */
export type RegisterStatus = z.infer<typeof RegisterStatusSchema>;

/** A suppression the sender keeps: an unsubscribe, a complaint, a legal hold… */
export const SuppressionSchema = z.strictObject({
  /**
   * Why. An `objection` is an objection to direct marketing (GDPR Art. 21(2)): it stops marketing
   * on every channel, whatever `channels` says.
   */
  reason: z.enum(["unsubscribe", "complaint", "objection", "legal", "fraud", "other"]),
  /**
   * When it starts: one dated after the decision instant does not suppress yet, but no send is
   * planned at or after it. Left out: in force since ever.
   */
  at: InstantSchema.optional(),
  /** The channels suppressed (left out: every channel); never empty, which would suppress nothing. */
  channels: z
    .array(ChannelSchema)
    .min(1, "an empty list would suppress nothing: leave 'channels' out to suppress every channel")
    .max(32)
    .optional(),
  /** The purposes suppressed (left out: marketing); never empty, which would suppress nothing. */
  purposes: z
    .array(z.enum(["marketing", "service", "transactional"]))
    .min(1, "an empty list would suppress nothing: leave 'purposes' out to suppress marketing")
    .max(3)
    .optional(),
  /** Free text for people; no decision reads it. */
  note: z.string().max(MAX_STRING).optional(),
});
/** A suppression the sender keeps. */
export type Suppression = z.infer<typeof SuppressionSchema>;

/**
 * A customer: who they are, where, how to reach them, what they chose, and their consent ledger.
 *
 * `timeZone` may be left out when unknown: the customer is then held to the window that holds
 * in every zone of their jurisdiction. `type` defaults to `consumer`, the stricter reading.
 */
export const CustomerSchema = z.strictObject({
  /** The sender's id for the customer, named in each decision as `customerId`. */
  id: IdSchema,
  /**
   * Where the customer is: an ISO 3166-1 country (`NO`) or ISO 3166-2 subdivision (`US-FL`);
   * it decides which pack elements (`jurisdictions`) apply.
   */
  jurisdiction: JurisdictionSchema,
  /**
   * The IANA time zone of the customer's local time (`Europe/Oslo`), for windows, quiet hours,
   * blackouts, holidays, calendar caps and `sendAtLocal`. Left out: the window that holds in
   * every zone of the jurisdiction is used (`timezone.unknown`), and there is no `sendAtLocal`.
   */
  timeZone: TimeZoneSchema.optional(),
  /**
   * `consumer` (a natural person) or `business`, matched against the elements' `customerTypes`.
   * Default `consumer`, the stricter reading.
   */
  type: z.enum(["consumer", "business"]).default("consumer"),
  /** Contact points keyed by channel name (checked as such: `"E-mail"` is refused). */
  contacts: nameRecord(ChannelSchema, ContactPointSchema).default({}),
  /** What the customer chose about how they are contacted; left out: nothing chosen. */
  preferences: PreferencesSchema.optional(),
  /**
   * The customer's relationship with the sender, for the existing-customer exception; left out:
   * none.
   */
  relationship: RelationshipSchema.optional(),
  /** Register statuses keyed by register id, for example `NO-RESERVASJON`, `US-DNC`. */
  registers: safeRecord(RegisterStatusSchema).optional(),
  /** At most `MAX_SUPPRESSIONS` (1,000). */
  suppressions: z.array(SuppressionSchema).max(MAX_SUPPRESSIONS).optional(),
  /** The consent ledger: grants and withdrawals, in any order; at most `MAX_CONSENTS` (1,000). */
  consents: z.array(ConsentEventSchema).max(MAX_CONSENTS).default([]),
  /** What was sent to this customer, for frequency caps; at most `MAX_HISTORY` (1,000). */
  history: z.array(HistoryEntrySchema).max(MAX_HISTORY).optional(),
  /**
   * Free scalar attributes by name, read only by rule conditions (`customer.attributes.<name>`).
   */
  attributes: safeRecord(AttributeValueSchema).optional(),
});
/** A validated customer. */
export type Customer = z.infer<typeof CustomerSchema>;
/** A customer as written by a caller, before defaults are applied. */
export type CustomerInput = DeepReadonly<z.input<typeof CustomerSchema>>;
