import * as z from "zod";
import { CitationSchema } from "./policy.js";
import { InstantSchema } from "./primitives.js";

/**
 * Every reason code a decision can carry, with what it means. The set is public and changes only
 * on purpose (see CHANGELOG.md).
 */
export const REASON_CODES = {
  "consent.missing": "No consent covers this channel, purpose and topic.",
  "consent.withdrawn": "The customer withdrew consent (or objected) for this scope.",
  "consent.expired": "The consent that covered this scope has expired.",
  "consent.unconfirmed": "The consent needs a double opt-in confirmation that has not happened.",
  "consent.insufficient":
    "A consent exists but not in the form the law requires (written, documented…).",
  "consent.invalid":
    "A consent was captured in a form the law does not accept as consent: pre-ticked, inactive, bundled or uninformed.",
  "fact.missing":
    "The record lacks a fact the decision turns on; the reason names the field that would change it.",
  "basis.consent": "A consent in the ledger authorises the send.",
  "basis.existing-customer": "The existing-customer exception authorises the send.",
  "basis.implied": "Implied consent authorises the send.",
  "basis.presumed-consent":
    "The presumed consent of a business (a concrete interest in the offer) authorises the call.",
  "basis.not-required": "No consent is required for this channel and purpose.",
  "basis.service": "Service and transactional messages need no marketing permission.",
  "register.listed": "The customer is listed on a do-not-contact register.",
  "register.stale": "The register check is missing or too old, which counts as a listing.",
  "register.unregistered":
    "The law counts a consent only once a register holds it, and the register does not (or it was recorded too late).",
  "contact.missing": "The customer has no contact point on this channel.",
  "contact.undeliverable": "The contact point bounced, is invalid, or complained.",
  "preference.channel-off": "The customer turned this channel off.",
  "preference.topic-off": "The customer turned this topic off.",
  "preference.paused": "The customer paused marketing.",
  suppressed: "The sender suppressed this customer (unsubscribe, complaint, objection…).",
  "refusal.period":
    "The customer refused during a contact: contact is barred for a period (the reason says when it lifts).",
  "quiet-hours": "Inside quiet hours in the recipient's local time.",
  "calling-window": "Outside the allowed sending or calling window in the recipient's local time.",
  blackout: "Inside a blackout period.",
  holiday: "On a public holiday where the recipient lives.",
  "frequency-cap": "A frequency cap is reached.",
  "timezone.unknown":
    "The customer's time zone is unknown: the window that holds in every zone of the jurisdiction was used.",
  "deadline.unreachable":
    "No instant before the deadline or the policy horizon satisfies every constraint.",
  "rule.deny": "A policy or pack rule prohibits the send.",
  "rule.error": "A rule predicate failed; the send is denied.",
  "channel.unknown": "The message names a channel the policy does not know.",
  "input.invalid": "The record could not be judged: a field is missing or malformed.",
} as const;

/** A stable reason code. */
export type ReasonCode = keyof typeof REASON_CODES;

/** The schema of a reason code. */
export const ReasonCodeSchema = z.enum(Object.keys(REASON_CODES) as [ReasonCode, ...ReasonCode[]]);

/** One reason behind a decision. */
export const ReasonSchema = z.strictObject({
  /** The stable reason code (see `REASON_CODES`); match on it, not on `message`. */
  code: ReasonCodeSchema,
  /** The channel it is about, when it is about one. */
  channel: z.string().optional(),
  /** The rule, register, cap or pack rule that produced it. */
  rule: z.string().optional(),
  /** The reason in plain English, for the people who read the decision. */
  message: z.string(),
  /** The citation of the law behind it, when the element that produced it has one. */
  source: CitationSchema.optional(),
  /** For a time constraint: the instant it lifts. */
  liftsAt: InstantSchema.optional(),
  /** For `input.invalid`: the path of the bad field. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** Facts that made a rule or basis apply. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** One reason behind a decision. */
export type Reason = z.infer<typeof ReasonSchema>;

/** The legal basis a send relies on. */
export const BasisSchema = z.strictObject({
  /**
   * Which basis (see `REASON_CODES`): a consent, the existing-customer exception, implied
   * consent, presumed consent, no consent needed, or a service message.
   */
  code: z.enum([
    "basis.consent",
    "basis.existing-customer",
    "basis.implied",
    "basis.presumed-consent",
    "basis.not-required",
    "basis.service",
  ]),
  /** The consent event that authorises it. */
  consentId: z.string().optional(),
  /**
   * The element that gives it: an `existingCustomer` exception, a `presumedConsent` rule or an
   * `optOut` regime (absent for the other bases).
   */
  rule: z.string().optional(),
  /** The citation of that element, when it has one. */
  source: CitationSchema.optional(),
  /** When the basis lapses, if it does. */
  expiresAt: InstantSchema.optional(),
  /**
   * The facts it rests on, for an audit: for a consent its `grantedAt`, `method`, `source`,
   * `noticeVersion` (and `keepProofUntil`); for an exception the `relationship` and how the
   * contact was obtained; for `basis.not-required` the `channel` and its `kind`; for
   * `basis.service` the `purpose`.
   */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** The legal basis a send relies on. */
export type Basis = z.infer<typeof BasisSchema>;

/** How one candidate channel fared. */
export const ChannelVerdictSchema = z.strictObject({
  /** The candidate channel, one of the message's `channels`. */
  channel: z.string(),
  /** `ok`: eligible with a send time; `blocked`: denied. */
  status: z.enum(["ok", "blocked"]),
  /** For an eligible channel: the earliest lawful instant to send on it. */
  sendAt: InstantSchema.optional(),
  /** For an eligible channel: the legal basis a send on it relies on. */
  basis: BasisSchema.optional(),
  /** What the checks found on this channel: why it is blocked, or what makes it wait. */
  reasons: z.array(ReasonSchema),
  /** Ids of the policy and pack rules that applied to this channel (and held, unless in `reasons`). */
  applied: z.array(z.string()).optional(),
  /** For an eligible channel: the frequency caps a send here counts against (empty when exempt and uncounted). */
  countsAgainst: z.array(z.string()).optional(),
});
/** How one candidate channel fared. */
export type ChannelVerdict = z.infer<typeof ChannelVerdictSchema>;

const _DeliverySchema = z.strictObject({
  /** An eligible channel. */
  channel: z.string(),
  /** When to send on it: at or before `now`, or later (then decide again first). */
  sendAt: InstantSchema,
});

const _decisionCommon = {
  /** The customer's `id`. */
  customerId: z.string(),
  /** The message's `id`, when it has one. */
  messageId: z.string().optional(),
  /** Why: for `deny`, every candidate's reasons; otherwise those up to the chosen channel. */
  reasons: z.array(ReasonSchema),
  /** How every candidate channel fared, in the order considered. */
  channels: z.array(ChannelVerdictSchema),
  /** The policy that decided. */
  policy: z.strictObject({
    /** The policy's `id`. */
    id: z.string(),
    /** The policy's `version`, when it has one. */
    version: z.string().optional(),
  }),
  /** The decision instant. */
  now: InstantSchema,
};

const _sendShape = {
  /** The channel to send on (with `delivery: "all"`, the first of `deliveries`). */
  channel: z.string(),
  /**
   * When to send on `channel`: at or before `now` for `send` (with `delivery: "all"`, the
   * chosen channel's own time, which may be later: see `deliveries`); the earliest lawful
   * instant for `defer`.
   */
  sendAt: InstantSchema,
  /** `sendAt` in the recipient's local time with its offset (absent when their zone is unknown). */
  sendAtLocal: z.iso.datetime({ offset: true }).optional(),
  /** For `delivery: "all"`: every eligible channel with its send time. */
  deliveries: z.array(_DeliverySchema).optional(),
  /** The legal basis the send relies on. */
  basis: BasisSchema.optional(),
};

/** A `send` decision: send now on `channel`. */
export const SendDecisionSchema = z.strictObject({
  /** Send now. */
  verdict: z.literal("send"),
  ..._sendShape,
  /**
   * Only with `delivery: "all"`, when the chosen channel's delivery lies after `now`: decide
   * again at this instant before making it (the deliveries due now may go at once).
   */
  redecideAt: InstantSchema.optional(),
  ..._decisionCommon,
});

/** A `defer` decision: send on `channel` at `sendAt`, after deciding again at `redecideAt`. */
export const DeferDecisionSchema = z.strictObject({
  /** Send later, at `sendAt`. */
  verdict: z.literal("defer"),
  ..._sendShape,
  /**
   * Decide again at this instant before sending. A deferral is a plan, not a permission:
   * consents, preferences and history may have changed by then.
   */
  redecideAt: InstantSchema,
  ..._decisionCommon,
});

/** A `deny` decision: no channel may be used; `reasons` say why for every candidate. */
export const DenyDecisionSchema = z.strictObject({
  /** Do not send. */
  verdict: z.literal("deny"),
  /** A denial names no channel. */
  channel: z.never().optional(),
  /** A denial has no send time. */
  sendAt: z.never().optional(),
  /** A denial has no local send time. */
  sendAtLocal: z.never().optional(),
  /** A denial has nothing to decide again. */
  redecideAt: z.never().optional(),
  /** A denial delivers nothing. */
  deliveries: z.never().optional(),
  /** A denial relies on no basis. */
  basis: z.never().optional(),
  ..._decisionCommon,
});

/**
 * A decision: plain, serialisable data fit for an audit log, a union on `verdict`.
 *
 * - `send`: send now on `channel`.
 * - `defer`: send on `channel` at `sendAt`; decide again at `redecideAt` (consents may change).
 * - `deny`: no channel may be used; `reasons` say why for every candidate.
 */
export const DecisionSchema = z.discriminatedUnion("verdict", [
  SendDecisionSchema,
  DeferDecisionSchema,
  DenyDecisionSchema,
]);
/** A `send` decision. */
export type SendDecision = z.infer<typeof SendDecisionSchema>;
/** A `defer` decision: `sendAt` and `redecideAt` are always there. */
export type DeferDecision = z.infer<typeof DeferDecisionSchema>;
/** A `deny` decision: no `channel`, no `sendAt`. */
export type DenyDecision = z.infer<typeof DenyDecisionSchema>;
/**
 * A decision, a union on `verdict`: after `d.verdict === "defer"`, `d.sendAt` and
 * `d.redecideAt` are strings; after `d.verdict === "deny"`, there is no `d.channel`.
 */
export type Decision = z.infer<typeof DecisionSchema>;
/** A verdict. */
export type Verdict = Decision["verdict"];
