import * as z from "zod";
import { ChannelKindSchema, ChannelSchema, PurposeSchema } from "./channel.js";
import { ConsentMethodSchema } from "./consent-event.js";
import { WeeklyWindowSchema } from "./customer.js";
import {
  MAX_BLACKOUTS,
  MAX_CAPS,
  MAX_HOLIDAY_RULES,
  MAX_RULES,
  MAX_TIME_RULES,
  MAX_WINDOWS_PER_RULE,
} from "./limits.js";
import {
  BOOLEAN_MESSAGE_FACTS,
  DurationSchema,
  MessageFactsSchema,
  ProductSectorSchema,
  SenderTypeSchema,
} from "./message.js";
import type { DeepReadonly } from "./primitives.js";
import {
  IdSchema,
  InstantSchema,
  JurisdictionSchema,
  MAX_STRING,
  NameSchema,
  nameRecord,
} from "./primitives.js";

/** Where a rule comes from: the law and section, a link to the official text, the date it was checked. */
export const CitationSchema = z.strictObject({
  /** The law's name, for example `Markedsføringsloven (lov 9. januar 2009 nr. 2)`. */
  law: z.string().min(1).max(MAX_STRING),
  /** The section, article or paragraph within it, for example `§ 15 første ledd`. */
  section: z.string().max(MAX_STRING).optional(),
  /** A link to the official text (at most 2,048 characters). */
  url: z.url().max(2048).optional(),
  /** The date (`YYYY-MM-DD`) the rule was last checked against that text. */
  checked: z.iso.date().optional(),
  /**
   * The dates in force of the version of the rule that was applied, copied by `compilePolicy` from
   * the element's `from` and `until`: a decision names the version of the law it applied.
   */
  inForce: z
    .strictObject({
      /** The first instant the version applies. */
      from: InstantSchema.optional(),
      /** The first instant it no longer applies (exclusive). */
      until: InstantSchema.optional(),
    })
    .optional(),
});
/** Where a rule comes from. */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Which requests a policy element applies to. Every field left out matches everything; the
 * fields that are present must all match.
 */
export const TargetShape = {
  /** One line saying what the element does; for pack rules, the law's rule in plain words. */
  description: z.string().max(MAX_STRING).optional(),
  /** The channels it applies to (`email`, `sms`, a channel the policy declares). */
  channels: z.array(ChannelSchema).min(1).max(32).optional(),
  /** The kinds of channel it applies to: `electronic`, `telephone`, `mail`, `online`. */
  kinds: z.array(ChannelKindSchema).min(1).max(4).optional(),
  /** The message purposes it applies to: `marketing`, `service`, `transactional`. */
  purposes: z.array(PurposeSchema).min(1).max(3).optional(),
  /** ISO 3166 codes; `US` matches `US` and every `US-xx`. */
  jurisdictions: z.array(JurisdictionSchema).min(1).max(256).optional(),
  /** The recipients it applies to: `consumer` (a natural person), `business`. */
  customerTypes: z
    .array(z.enum(["consumer", "business"]))
    .min(1)
    .max(2)
    .optional(),
  /** `true`: only autodialed or prerecorded messages; `false`: only live ones. */
  automated: z.boolean().optional(),
  /**
   * The first instant the element is in force (an instant with its offset, for a law usually
   * midnight where it applies: `2026-08-11T00:00:00+02:00`). Left out: in force since ever. A
   * decision applies the elements in force at the instant of the send; packs may hold announced
   * laws before they start.
   */
  from: InstantSchema.optional(),
  /** The first instant the element is no longer in force (exclusive). Left out: no end. */
  until: InstantSchema.optional(),
  // Facts of the sender, the message and the contact point (the law in depth, concept 6).
  /** Only messages in these product sectors (`message.sector`); a message without a sector is in none. */
  sectors: z.array(ProductSectorSchema).min(1).max(16).optional(),
  /** Not messages in these product sectors: a law's sector exemption. */
  exceptSectors: z.array(ProductSectorSchema).min(1).max(16).optional(),
  /** Only messages from these sender types; an unknown sender type reads as `commercial`. */
  senderTypes: z.array(SenderTypeSchema).min(1).max(3).optional(),
  /**
   * Only messages of which these facts are true (on the message or in `messageDefaults`); an
   * unknown fact is not true. For conditions of a permission, such as the opt-out in every
   * message of a soft opt-in; a prohibition that turns on a fact belongs in `requiredFacts`.
   */
  messageFacts: z
    .array(z.enum(BOOLEAN_MESSAGE_FACTS))
    .min(1)
    .max(BOOLEAN_MESSAGE_FACTS.length)
    .optional(),
  /** Only contact points of this nature; an unknown one reads as `natural-person`. */
  addressees: z
    .array(z.enum(["natural-person", "role"]))
    .min(1)
    .max(2)
    .optional(),
} as const;

/** A scalar a condition compares with. */
const ScalarSchema = z.union([z.string().max(MAX_STRING), z.number(), z.boolean(), z.null()]);

/** A field a condition may read. `customer.attributes.<name>` reads a free attribute. */
export const ConditionFieldSchema = z
  .string()
  .max(128)
  .regex(
    /^(customer\.(id|jurisdiction|country|type|timeZone|attributes\.[A-Za-z0-9_.-]{1,64}|relationship\.purchasedCategories)|message\.(purpose|topic|category|sector|campaign|brand|priority|automated)|channel|channel\.kind)$/,
    "must be one of customer.{id,jurisdiction,country,type,timeZone,attributes.<name>,relationship.purchasedCategories}, message.{purpose,topic,category,sector,campaign,brand,priority,automated}, channel, channel.kind",
  );

/** A comparison of one field with a value. */
export const ComparisonSchema = z.strictObject({
  /**
   * The field read (see `ConditionFieldSchema`); `customer.country` is the first two letters of
   * the jurisdiction, and an unset `message.automated` reads as `true` on a telephone channel.
   */
  field: ConditionFieldSchema,
  /**
   * How the field is compared with `value`: `eq`, `ne`; `in`, `nin` (a list); `gt`, `gte`, `lt`,
   * `lte` (numbers with numbers, strings with strings; any other pair is false); `exists` (the
   * field has a value, not `null`), `missing` (it has none); `contains` (a list holding the
   * value, or a string holding it).
   */
  op: z.enum(["eq", "ne", "in", "nin", "gt", "gte", "lt", "lte", "exists", "missing", "contains"]),
  /**
   * What the field is compared with: a single value for `eq`, `ne`, `gt`, `gte`, `lt`, `lte` and
   * `contains`, a list (at most 1,000) for `in` and `nin`, none for `exists` and `missing`
   * (anything else is an `invalid_condition` error).
   */
  value: z.union([ScalarSchema, z.array(ScalarSchema).max(1000)]).optional(),
});

/** A declarative condition: data only, never code. Nested at most 16 deep. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | z.infer<typeof ComparisonSchema>;

/** The schema of a declarative condition: data only, never code; nested at most 16 deep. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      /** Holds when every one of these conditions holds (1 to 256). */
      all: z.array(ConditionSchema).min(1).max(256),
    }),
    z.strictObject({
      /** Holds when at least one of these conditions holds (1 to 256). */
      any: z.array(ConditionSchema).min(1).max(256),
    }),
    z.strictObject({
      /** Holds when this condition does not. */
      not: ConditionSchema,
    }),
    ComparisonSchema,
  ]),
);

/** What a typed rule predicate sees. */
export interface RuleContext {
  /** The customer, validated, with defaults applied. */
  readonly customer: import("./customer.js").Customer;
  /** The message, validated, with defaults applied. */
  readonly message: import("./message.js").Message;
  /** The candidate channel the rule is asked about. */
  readonly channel: string;
  /** That channel's legal kind. */
  readonly channelKind: z.infer<typeof ChannelKindSchema>;
  /** The decision instant, epoch milliseconds. */
  readonly now: number;
}

/** A typed predicate: the escape hatch for rules that data cannot express. */
export type RulePredicate = (ctx: RuleContext) => boolean;

/**
 * A prohibition: denies a channel when `when` holds, or when `unless` does not hold (or when
 * `test` returns true). Rules only ever deny: any applicable prohibition beats any permission.
 */
export const RuleSchema = z
  .strictObject({
    /**
     * The rule's id, unique in the policy with its packs, named as `rule` in the reasons it gives
     * and in each channel's `applied`.
     */
    id: IdSchema,
    ...TargetShape,
    /** The rule denies when this condition holds. */
    when: ConditionSchema.optional(),
    /** The rule denies when this condition does not hold. */
    unless: ConditionSchema.optional(),
    /**
     * A typed predicate, for what conditions cannot express: the rule denies when it returns
     * `true`, and one that throws denies with `rule.error`. A function: from code only, never in
     * JSON.
     */
    test: z.custom<RulePredicate>((v) => typeof v === "function", "must be a function").optional(),
    /**
     * Where the rule comes from in the law (section, URL, date checked), copied into the reasons it
     * gives.
     */
    source: CitationSchema.optional(),
  })
  .refine((r) => [r.when, r.unless, r.test].filter((x) => x !== undefined).length === 1, {
    message: "a rule needs exactly one of 'when', 'unless' or 'test'",
  });
/** A prohibition. */
export type Rule = z.infer<typeof RuleSchema>;

/** When the sender may rely on an existing customer relationship instead of consent. */
export const ExistingCustomerBasisSchema = z.strictObject({
  /**
   * The exception's id, unique in the policy with its packs, named as `rule` in the basis and
   * reasons it gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** How the decision names it: the existing-customer exception, or implied consent (CASL). */
  basis: z.enum(["existing-customer", "implied"]).default("existing-customer"),
  /**
   * The relationships that count: a purchase (`relationship.lastPurchaseAt`), an inquiry
   * (`lastInquiryAt`), a contract (`relationship.contracts`: running, or ended within
   * `contractEndedWithin`), negotiations for a sale (`relationship.negotiations`, PECR reg. 22(3)).
   * For `contactFromRelationship`, a contract counts as a purchase and negotiations as an inquiry.
   */
  obtainedBy: z
    .array(z.enum(["purchase", "inquiry", "contract", "negotiation"]))
    .min(1)
    .default(["purchase"]),
  /**
   * The contact point must have been obtained in that relationship (ePrivacy: "in the context of
   * the sale"). Default `true`; CASL's implied consent needs only the relationship itself.
   */
  contactFromRelationship: z.boolean().default(true),
  /** The basis lapses this long after the last purchase. Left out: no time limit. */
  purchaseWithin: DurationSchema.optional(),
  /** The basis lapses this long after the last inquiry (only when `inquiry` is in `obtainedBy`). */
  inquiryWithin: DurationSchema.optional(),
  /**
   * A contract still counts this long after it ended (SE NIX: up to 12 months after its obligations
   * were fulfilled). Left out: only a running contract counts (FR L223-1, "contrat en cours").
   */
  contractEndedWithin: DurationSchema.optional(),
  /** Negotiations count this long after they took place. Left out: no time limit. */
  negotiationWithin: DurationSchema.optional(),
  /**
   * A first-use limit: the first message under the exception must go within this long after the
   * contact point was obtained (`contacts.<channel>.obtained.at`, the sale); when none went in
   * that time (by the contact history), the exception is lost. An unknown `obtained.at` fails.
   */
  firstUseWithin: DurationSchema.optional(),
  /**
   * The message's category must be one the customer bought (for a contract: the contract's type;
   * for negotiations: the type negotiated). Default `true`.
   */
  similarProducts: z.boolean().default(true),
  /** The customer must have been offered to refuse when the contact point was collected. Default `true`. */
  optOutAtCollection: z.boolean().default(true),
  /**
   * Where the exception comes from in the law (section, URL, date checked), copied into the basis
   * and reasons it gives.
   */
  source: CitationSchema.optional(),
});

/**
 * What a listing on a register means: the three kinds the law knows.
 *
 * - `opt-out` (most): a listing blocks; a consent to the sender overrides it only where
 *   `consentOverrides` says so.
 * - `revokes-consents` (Italy's Registro pubblico delle opposizioni; Belgium's "the subscriber's
 *   latest act wins"): a listing revokes every consent given at or before it (`listedAt`); a
 *   consent given after the listing counts and overrides it. Where the person chooses whether
 *   the listing revokes earlier consents (Croatia's NE ZOVI), the status says so
 *   (`consentsRevoked: false` keeps them).
 * - `holds-consent` (Turkey's İYS): a consent counts only when the register holds it, recorded
 *   no earlier than it was given and within `registerWithin` of it; a consent recorded later, or
 *   never, is void. Other bases (the existing-customer exception, an opt-out regime) are not
 *   affected: the register gates consents only.
 */
export const RegisterKindSchema = z.enum(["opt-out", "revokes-consents", "holds-consent"]);
/** What a listing on a register means. */
export type RegisterKind = z.infer<typeof RegisterKindSchema>;

/** A do-not-contact register (or a consent register) and what it blocks. */
export const RegisterSchema = z.strictObject({
  /**
   * The register's id, unique in the policy with its packs: the key of the customer's status in
   * `customer.registers`, and named as `rule` in the reasons it gives and in each channel's
   * `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** What a listing means; default `opt-out`. See `RegisterKindSchema`. */
  kind: RegisterKindSchema.default("opt-out"),
  /**
   * `holds-consent` only: how soon after it was given a consent must reach the register; later,
   * it is void. Left out: the consent must be in the register, with no time limit.
   */
  registerWithin: DurationSchema.optional(),
  /**
   * Bases for which the register is not consulted at all (no check is needed): Spain's Lista
   * Robinson need not be looked up for a customer who consented to the sender, and Austria's
   * ECG-Liste bars only the existing-customer exception. Every other basis, a sender's own
   * included, is held to the register (fail closed). A `holds-consent` register gates consents
   * only and takes no exemptions.
   */
  exemptBases: z
    .array(z.enum(["consent", "existing-customer", "implied", "not-required"]))
    .min(1)
    .max(4)
    .optional(),
  /** How old a check may be; an older one counts as a listing (`register.stale`). */
  maxAge: DurationSchema,
  /** Whether a customer missing from the register data counts as listed. Default `true` (fail closed). */
  uncheckedIsListed: z.boolean().default(true),
  /** A consent to this sender overrides the listing. */
  consentOverrides: z.boolean().default(false),
  /** An existing customer relationship overrides the listing, within this long after the last purchase. */
  existingCustomerOverrides: DurationSchema.optional(),
  /** An inquiry overrides the listing, within this long after the last inquiry. */
  inquiryOverrides: DurationSchema.optional(),
  /**
   * With `consentOverrides`: a consent overrides the listing only this long after it was granted
   * (SE NIX: a consent to be called despite the register is limited in time).
   */
  consentOverridesWithin: DurationSchema.optional(),
  /**
   * A contract with the sender overrides the listing when the message's category is the contract's
   * type (FR L223-1: a call within a contract in progress, about its subject; SE NIX: an established
   * customer relationship, same type of goods or services).
   */
  contractOverrides: z
    .strictObject({
      /** The contract still counts this long after it ended. Left out: only while it runs. */
      endedWithin: DurationSchema.optional(),
    })
    .optional(),
  /**
   * Where the register comes from in the law (section, URL, date checked), copied into the reasons
   * it gives.
   */
  source: CitationSchema.optional(),
});

/**
 * Marketing that needs no prior consent (an opt-out regime), for example addressed mail, or live
 * calls where a do-not-call register applies instead. A withdrawal still blocks, and an applicable
 * `consentRequirements` entry wins over it.
 */
export const OptOutSchema = z.strictObject({
  /**
   * The opt-out regime's id, unique in the policy with its packs, named as `rule` in the
   * `basis.not-required` basis it gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /**
   * Where the opt-out regime comes from in the law (section, URL, date checked), copied into the
   * basis and reasons it gives.
   */
  source: CitationSchema.optional(),
});

/**
 * The form a consent must take to count, for example written consent for autodialed calls
 * (TCPA) or documented consent for telephone advertising (UWG §7a). Grants of another form are
 * reported as `consent.insufficient`.
 */
export const ConsentRequirementSchema = z.strictObject({
  /**
   * The requirement's id, unique in the policy with its packs, named as `rule` in the reasons it
   * gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** Consent methods that count. */
  methods: z.array(ConsentMethodSchema).min(1).max(8).optional(),
  /** The grant must carry evidence. */
  evidence: z.boolean().optional(),
  /**
   * Where the requirement comes from in the law (section, URL, date checked), copied into the
   * reasons it gives.
   */
  source: CitationSchema.optional(),
});

/**
 * A refusal with a clock: after a contact on which the customer refused the offer (a history
 * entry with `outcome: "refused"` on a channel this element covers), no contact on those channels
 * for `blocksFor`; then the normal windows apply (FR D223-9: 60 full calendar days).
 */
export const RefusalPeriodSchema = z.strictObject({
  /**
   * The refusal period's id, unique in the policy with its packs, named as `rule` in the reasons it
   * gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** How long contact is barred after the refusal: a duration such as `P60D`. */
  blocksFor: DurationSchema,
  /**
   * Count whole calendar days in the recipient's time zone, from the day after the refusal
   * ("jours calendaires révolus"): contact resumes at local midnight after the last full day.
   * `blocksFor` must then be whole days. Default `false` (a rolling period from the refusal).
   */
  fullDays: z.boolean().default(false),
  /**
   * Where the refusal period comes from in the law (section, URL, date checked), copied into the
   * reasons it gives.
   */
  source: CitationSchema.optional(),
});

/**
 * What may follow an opt-out on a channel (a withdrawal in the ledger that covers it): at most
 * `confirmations` messages that only confirm it (`message.confirmsOptOut`, no marketing), and with
 * `revokeAll` nothing else on the channel until a new grant, whatever the purpose (US 47 CFR
 * § 64.1200(a)(10), (a)(12)).
 */
export const AfterOptOutSchema = z.strictObject({
  /**
   * The element's id, unique in the policy with its packs, named as `rule` in the reasons it gives
   * and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** How many confirmation messages may follow the opt-out. Default 1. */
  confirmations: z.number().int().min(0).max(1).default(1),
  /**
   * An opt-out given in answer to one kind of message stops every message on the channel (every
   * purpose, critical ones excepted) until a later grant. Default `false`: only the scope withdrawn.
   */
  revokeAll: z.boolean().default(false),
  /**
   * Where the element comes from in the law (section, URL, date checked), copied into the reasons
   * it gives.
   */
  source: CitationSchema.optional(),
});

/**
 * Where the GDPR standard of consent applies (Art. 4(11), 7(2)–(4), Recital 32; CJEU C-673/17
 * Planet49): a grant whose capture record shows a pre-ticked box, no active agreement, a request
 * bundled with other matters, or no word of the right to withdraw is no consent
 * (`consent.invalid`). A grant without a capture record counts, unless `requireCapture` makes the
 * record a fact the law needs (`fact.missing`).
 */
export const ConsentValiditySchema = z.strictObject({
  /** The consent-validity rule's id, named in the reasons and bases it gives. */
  id: IdSchema,
  ...TargetShape,
  /** The standard the consent is held to. */
  standard: z.literal("gdpr").default("gdpr"),
  /** The capture facts `active`, `separate` and `withdrawalInformed` must be recorded. Default `false`. */
  requireCapture: z.boolean().default(false),
  /** Where the rule comes from in the law (section, URL, date checked). */
  source: CitationSchema.optional(),
});
/** Where the GDPR standard of consent applies. */
export type ConsentValidity = z.infer<typeof ConsentValiditySchema>;

/**
 * Presumed consent to a live call to a business (UWG § 7(2) no. 1, second alternative): counts
 * only for customers of type `business`, live calls, when a concrete interest of the business in
 * the offer can be presumed before the call. Two facts show it: a ledger grant with method
 * `presumed` and evidence of the circumstances, or (with `fromRelationship`) an earlier purchase
 * in the message's category. An objection (withdrawal) ends it; it never overrides a register.
 */
export const PresumedConsentSchema = z.strictObject({
  /** The presumed-consent rule's id, named in the reasons and bases it gives. */
  id: IdSchema,
  ...TargetShape,
  /** An earlier purchase by the business in the message's category shows the interest. Default `true`. */
  fromRelationship: z.boolean().default(true),
  /** Where the rule comes from in the law (section, URL, date checked). */
  source: CitationSchema.optional(),
});
/** Presumed consent to a call to a business. */
export type PresumedConsent = z.infer<typeof PresumedConsentSchema>;

/**
 * Facts the law requires of a message: each named fact must be `true` (`false`: `rule.deny`;
 * unknown: `fact.missing` naming it), for example the caller's number shown and listed (Norway
 * § 14) or the sender identified with a working opt-out (UWG § 7(2) no. 3).
 */
export const RequiredFactsSchema = z.strictObject({
  /** The required-facts rule's id, named in the reasons and bases it gives. */
  id: IdSchema,
  ...TargetShape,
  /** The message facts that must be true. */
  facts: z.array(z.enum(BOOLEAN_MESSAGE_FACTS)).min(1).max(BOOLEAN_MESSAGE_FACTS.length),
  /** The opt-out must keep working at least this long (`optOutValidFor`). */
  optOutValidFor: DurationSchema.optional(),
  /** Where the rule comes from in the law (section, URL, date checked). */
  source: CitationSchema.optional(),
});
/** Facts the law requires of a message. */
export type RequiredFacts = z.infer<typeof RequiredFactsSchema>;

/**
 * How long proof of a consent must be kept: `period` from the grant and, with `fromEachUse`, from
 * each send relying on it (UWG § 7a(2): five years from the consent and from each use). Read
 * with `proofRetention`; it does not change any decision.
 */
export const ProofRetentionSchema = z.strictObject({
  /** The proof-retention rule's id, named in `proofRetention`'s answer (`rule`). */
  id: IdSchema,
  ...TargetShape,
  /** How long, in calendar years counted in UTC (five years from 29 February end on 1 March). */
  years: z.number().int().min(1).max(100),
  /** The period restarts at each send that relies on the consent. */
  fromEachUse: z.boolean().default(false),
  /** Where the rule comes from in the law (section, URL, date checked). */
  source: CitationSchema.optional(),
});
/** How long proof of a consent must be kept. */
export type ProofRetention = z.infer<typeof ProofRetentionSchema>;

/** Quiet hours: weekly windows in the recipient's time during which nothing is sent. */
export const QuietHoursSchema = z.strictObject({
  /**
   * The quiet-hours rule's id, unique in the policy with its packs, named as `rule` in the reasons
   * it gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** At most `MAX_WINDOWS_PER_RULE` (16). */
  windows: z.array(WeeklyWindowSchema).min(1).max(MAX_WINDOWS_PER_RULE),
  /** Whether `critical` messages pass. Default `true`. */
  criticalBypass: z.boolean().default(true),
  /**
   * Where the quiet-hours rule comes from in the law (section, URL, date checked), copied into the
   * reasons it gives.
   */
  source: CitationSchema.optional(),
});

/** Allowed windows: weekly windows in the recipient's time outside which nothing is sent (calling hours). */
export const SendWindowSchema = z.strictObject({
  /**
   * The window rule's id, unique in the policy with its packs, named as `rule` in the reasons it
   * gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** At most `MAX_WINDOWS_PER_RULE` (16). */
  windows: z.array(WeeklyWindowSchema).min(1).max(MAX_WINDOWS_PER_RULE),
  /**
   * Whether `critical` messages (`priority: "critical"`, not marketing) may be sent outside the
   * windows. Default `false`.
   */
  criticalBypass: z.boolean().default(false),
  /**
   * Where the window rule comes from in the law (section, URL, date checked), copied into the
   * reasons it gives.
   */
  source: CitationSchema.optional(),
});

/** A blackout calendar: an RRULE in the recipient's local time, each occurrence lasting `duration`. */
export const BlackoutSchema = z.strictObject({
  /**
   * The blackout's id, unique in the policy with its packs, named as `rule` in the reasons it gives
   * and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /**
   * RFC 5545, daily or slower, at most `MAX_BLACKOUT_OCCURRENCES_PER_DAY` (4) occurrences a day,
   * occurring at least once (checked by `compilePolicy`; see `validateRrule`).
   */
  rrule: z.string().min(1).max(2048),
  /**
   * How long each occurrence lasts, in wall-clock time of the recipient's zone (`P1D` from local
   * midnight ends at the next local midnight). Default `P1D`.
   */
  duration: DurationSchema.default("P1D"),
  /** Whether `critical` messages (`priority: "critical"`, not marketing) pass. Default `false`. */
  criticalBypass: z.boolean().default(false),
  /**
   * Where the blackout comes from in the law (section, URL, date checked), copied into the reasons
   * it gives.
   */
  source: CitationSchema.optional(),
});

/** No sends on public holidays of the recipient's country (and region). */
export const HolidayRuleSchema = z.strictObject({
  /**
   * The holiday rule's id, unique in the policy with its packs, named as `rule` in the reasons it
   * gives and in each channel's `applied`.
   */
  id: IdSchema,
  ...TargetShape,
  /** Whether `critical` messages (`priority: "critical"`, not marketing) pass. Default `false`. */
  criticalBypass: z.boolean().default(false),
  /**
   * Where the holiday rule comes from in the law (section, URL, date checked), copied into the
   * reasons it gives.
   */
  source: CitationSchema.optional(),
});

/** A frequency cap: at most `max` counted sends per window, within a scope. */
export const FrequencyCapSchema = z.strictObject({
  /**
   * The cap's id, unique in the policy with its packs, named as `rule` in its `frequency-cap`
   * reasons, in each channel's `applied` and in `countsAgainst`.
   */
  id: IdSchema,
  ...TargetShape,
  /**
   * At most this many counted sends (history entries with `counted` not `false` that match
   * `countBy`) in the window, this send included; `0` allows none.
   */
  max: z.number().int().min(0).max(100_000),
  /** A rolling window (`P7D`) or a calendar one in the recipient's zone (`day`, `week`, `month`). */
  window: z.union([DurationSchema, z.enum(["day", "week", "month"])]),
  /** Which past sends count: the same purpose, channel, topic or campaign as the message, or all. */
  countBy: z
    .array(z.enum(["purpose", "channel", "topic", "campaign"]))
    .max(4)
    .default(["purpose"]),
  /**
   * Where the cap comes from in the law (section, URL, date checked), copied into the reasons it
   * gives.
   */
  source: CitationSchema.optional(),
});

/**
 * A policy: the packs it applies, the sender's own rules and constraints. Plain JSON, validated by
 * `compilePolicy`; `test` predicates on rules are the one typed escape hatch.
 */
export const PolicySchema = z.strictObject({
  /** The policy's id, named in every decision as `policy.id`. */
  id: IdSchema,
  /** The policy's version, named in every decision as `policy.version` when given. */
  version: z.string().max(64).optional(),
  /** A line saying what the policy is for; no decision reads it. */
  description: z.string().max(MAX_STRING).optional(),
  /** Jurisdiction packs by code, or `"auto"`: the packs of each customer's jurisdiction. */
  packs: z.union([z.literal("auto"), z.array(z.string().min(1).max(16)).max(64)]).optional(),
  /** Custom channels and their legal kinds, for example `{ whatsapp: { kind: "electronic" } }`. */
  channels: nameRecord(
    ChannelSchema,
    z.strictObject({
      /**
       * The channel's legal kind, which decides the rules that apply to it (see
       * `ChannelKindSchema`).
       */
      kind: ChannelKindSchema,
    }),
  ).optional(),
  /** The sender's channel priority, after the customer's own order. */
  channelPriority: z.array(ChannelSchema).max(32).optional(),
  /** How the sender counts consents: where one is needed, double opt-in, maximum age, brand. */
  consent: z
    .strictObject({
      /**
       * Whether marketing needs a consent (or another basis) per channel or channel kind. Default:
       * every channel needs one. Set `{ mail: false }` where addressed mail is opt-out.
       */
      required: nameRecord(ChannelSchema, z.boolean()).optional(),
      /** Channels whose grants count only once confirmed (`confirmedAt`). */
      doubleOptIn: z.array(ChannelSchema).max(32).optional(),
      /** A grant older than this grants nothing. */
      maxAge: DurationSchema.optional(),
      /** The brand whose consents count; a grant for another brand does not. */
      brand: NameSchema.optional(),
    })
    .optional(),
  /** Where an existing customer relationship stands in for consent; at most 64. */
  existingCustomer: z.array(ExistingCustomerBasisSchema).max(64).optional(),
  /** Where the GDPR standard of consent applies (`consent.invalid`). */
  consentValidity: z.array(ConsentValiditySchema).max(64).optional(),
  /** Presumed consent to calls to businesses. */
  presumedConsent: z.array(PresumedConsentSchema).max(64).optional(),
  /** Facts the law requires of a message (`fact.missing`). */
  requiredFacts: z.array(RequiredFactsSchema).max(64).optional(),
  /** How long proof of consent must be kept (read by `proofRetention`). */
  proofRetention: z.array(ProofRetentionSchema).max(64).optional(),
  /** Marketing that needs no prior consent (opt-out regimes); at most 64. */
  optOut: z.array(OptOutSchema).max(64).optional(),
  /** The form a consent must take to count (`consent.insufficient`); at most 64. */
  consentRequirements: z.array(ConsentRequirementSchema).max(64).optional(),
  /** Do-not-contact and consent registers, read against `customer.registers`; at most 64. */
  registers: z.array(RegisterSchema).max(64).optional(),
  /** At most `MAX_RULES` (1,000). */
  rules: z.array(RuleSchema).max(MAX_RULES).optional(),
  /** At most `MAX_TIME_RULES` (16). */
  quietHours: z.array(QuietHoursSchema).max(MAX_TIME_RULES).optional(),
  /** At most `MAX_TIME_RULES` (16). */
  windows: z.array(SendWindowSchema).max(MAX_TIME_RULES).optional(),
  /** At most `MAX_BLACKOUTS` (16). */
  blackouts: z.array(BlackoutSchema).max(MAX_BLACKOUTS).optional(),
  /** At most `MAX_HOLIDAY_RULES` (4). */
  holidays: z.array(HolidayRuleSchema).max(MAX_HOLIDAY_RULES).optional(),
  /** At most `MAX_CAPS` (8). */
  caps: z.array(FrequencyCapSchema).max(MAX_CAPS).optional(),
  /** Refusals with a clock; at most 16. */
  refusals: z.array(RefusalPeriodSchema).max(16).optional(),
  /** What may follow an opt-out; at most 16. */
  afterOptOut: z.array(AfterOptOutSchema).max(16).optional(),
  /** How far ahead the engine looks for a send time. Default `P30D`, at most a year. */
  horizon: DurationSchema.default("P30D"),
  /** Defaults for the messages decided under the policy. */
  defaults: z
    .strictObject({
      /**
       * The `maxDelay` of a message that gives none. Left out: no limit, the most preferred
       * eligible channel is chosen however much later it can go.
       */
      maxDelay: DurationSchema.optional(),
    })
    .optional(),
  /**
   * What is always true of the sender's messages, so callers need not repeat it per message:
   * `facts` for every message, `channels` per channel (`{ email: { optOut: true } }`). A
   * message's own `facts` add to them; where two sources disagree on a yes-or-no fact, `false` wins.
   */
  messageDefaults: z
    .strictObject({
      /** Facts of every message. */
      facts: MessageFactsSchema.optional(),
      /** Facts of every message on a channel, by channel name. */
      channels: nameRecord(ChannelSchema, MessageFactsSchema).optional(),
    })
    .optional(),
});
/** A validated policy. */
export type Policy = z.infer<typeof PolicySchema>;
/** A policy as written, before defaults are applied. */
export type PolicyInput = DeepReadonly<z.input<typeof PolicySchema>>;
/** A frequency cap. */
export type FrequencyCap = z.infer<typeof FrequencyCapSchema>;
/** A register declaration. */
export type Register = z.infer<typeof RegisterSchema>;
/** An existing-customer basis declaration. */
export type ExistingCustomerBasis = z.infer<typeof ExistingCustomerBasisSchema>;
