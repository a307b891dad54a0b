import { z } from "zod";
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
  "basis.consent": "A consent in the ledger authorises the send.",
  "basis.existing-customer": "The existing-customer exception authorises the send.",
  "basis.implied": "Implied consent authorises the send.",
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
  code: ReasonCodeSchema,
  /** The channel it is about, when it is about one. */
  channel: z.string().optional(),
  /** The rule, register, cap or pack rule that produced it. */
  rule: z.string().optional(),
  message: z.string(),
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
  code: z.enum([
    "basis.consent",
    "basis.existing-customer",
    "basis.implied",
    "basis.not-required",
    "basis.service",
  ]),
  /** The consent event that authorises it. */
  consentId: z.string().optional(),
  rule: z.string().optional(),
  source: CitationSchema.optional(),
  /** When the basis lapses, if it does. */
  expiresAt: InstantSchema.optional(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** The legal basis a send relies on. */
export type Basis = z.infer<typeof BasisSchema>;

/** How one candidate channel fared. */
export const ChannelVerdictSchema = z.strictObject({
  channel: z.string(),
  /** `ok`: eligible with a send time; `blocked`: denied. */
  status: z.enum(["ok", "blocked"]),
  sendAt: InstantSchema.optional(),
  basis: BasisSchema.optional(),
  reasons: z.array(ReasonSchema),
  /** Ids of the policy and pack rules that applied to this channel (and held, unless in `reasons`). */
  applied: z.array(z.string()).optional(),
  /** For an eligible channel: the frequency caps a send here counts against (empty when exempt and uncounted). */
  countsAgainst: z.array(z.string()).optional(),
});
/** How one candidate channel fared. */
export type ChannelVerdict = z.infer<typeof ChannelVerdictSchema>;

/**
 * A decision: plain, serialisable data fit for an audit log.
 *
 * - `send`: send now on `channel`.
 * - `defer`: send on `channel` at `sendAt`; decide again then (consents may change).
 * - `deny`: no channel may be used; `reasons` say why for every candidate.
 */
export const DecisionSchema = z.strictObject({
  verdict: z.enum(["send", "defer", "deny"]),
  customerId: z.string(),
  messageId: z.string().optional(),
  channel: z.string().optional(),
  sendAt: InstantSchema.optional(),
  /** `sendAt` in the recipient's local time with its offset (absent when their zone is unknown). */
  sendAtLocal: z.iso.datetime({ offset: true }).optional(),
  /**
   * For `defer`: decide again at this instant before sending. A deferral is a plan, not a
   * permission: consents, preferences and history may have changed by then.
   */
  redecideAt: InstantSchema.optional(),
  /** For `delivery: "all"`: every eligible channel with its send time. */
  deliveries: z.array(z.strictObject({ channel: z.string(), sendAt: InstantSchema })).optional(),
  basis: BasisSchema.optional(),
  reasons: z.array(ReasonSchema),
  channels: z.array(ChannelVerdictSchema),
  policy: z.strictObject({ id: z.string(), version: z.string().optional() }),
  now: InstantSchema,
});
/** A decision. */
export type Decision = z.infer<typeof DecisionSchema>;
/** A verdict. */
export type Verdict = Decision["verdict"];
