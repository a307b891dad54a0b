import * as z from "zod";
import { ChannelKindSchema, ChannelSchema, PurposeSchema } from "./channel.js";
import type { DeepReadonly } from "./primitives.js";
import {
  IdSchema,
  InstantSchema,
  MAX_STRING,
  NameSchema,
  safeRecord,
  TopicSchema,
} from "./primitives.js";

/**
 * What a consent event is about. A field left out covers everything on that axis: a withdrawal
 * with `{ purposes: ["marketing"] }` withdraws marketing on every channel, topic and brand.
 * A field that is present covers only the listed values; a message without a topic is covered
 * only by events that leave `topics` out.
 */
export const ConsentScopeSchema = z.strictObject({
  /** Channels covered. */
  channels: z.array(ChannelSchema).min(1).max(32).optional(),
  /** Legal kinds of channel, for events such as "no electronic marketing". */
  kinds: z.array(ChannelKindSchema).min(1).max(4).optional(),
  /** Purposes covered. */
  purposes: z.array(PurposeSchema).min(1).max(3).optional(),
  /** Subscription topics covered. */
  topics: z.array(TopicSchema).min(1).max(256).optional(),
  /** The brand the event is for. */
  brand: NameSchema.optional(),
});
/** What a consent event is about. */
export type ConsentScope = z.infer<typeof ConsentScopeSchema>;

/** How a consent was given. */
export const ConsentMethodSchema = z.enum([
  "single-opt-in",
  "double-opt-in",
  "written",
  "verbal",
  "checkbox",
  "implied",
  "presumed",
  "other",
]);
/** How a consent was given. */
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/**
 * How a consent was captured: the facts that decide whether it is a consent at all under the
 * GDPR standard (Art. 4(11), 7(2)–(4), Recital 32; CJEU C-673/17 Planet49). A fact left out is
 * unknown: it makes no consent invalid, but a `consentValidity` rule with `requireCapture` asks
 * for it (`fact.missing`).
 */
export const ConsentCaptureSchema = z.strictObject({
  /** The form of the agreement: a tick box, a button, a signature, words spoken, a written statement. */
  form: z.enum(["checkbox", "button", "signature", "oral", "statement", "other"]).optional(),
  /**
   * Whether the person acted to agree (ticked an empty box, clicked, signed, said yes). `false`
   * for silence, inactivity or carrying on browsing: no consent.
   */
  active: z.boolean().optional(),
  /** Whether the box or option was selected for the person in advance (`true`: no consent). */
  preTicked: z.boolean().optional(),
  /**
   * Whether the request was separate from other matters and not a condition of a contract or
   * service (`false`: bundled into terms and conditions, no consent).
   */
  separate: z.boolean().optional(),
  /** Whether the person was told before agreeing that they may withdraw at any time (`false`: no consent). */
  withdrawalInformed: z.boolean().optional(),
});
/** How a consent was captured. */
export type ConsentCapture = z.infer<typeof ConsentCaptureSchema>;

/**
 * One entry of the append-only consent ledger: a grant or a withdrawal, for a scope, at an instant.
 *
 * The state at an instant is derived from the events, never stored: see `resolveConsent`.
 */
export const ConsentEventSchema = z.strictObject({
  /** Unique per event; identical events from two systems are merged into one. */
  id: IdSchema,
  /** A grant or a withdrawal (an objection to direct marketing is a withdrawal). */
  type: z.enum(["grant", "withdraw"]),
  /** When it happened; required: a consent without a time is never valid. */
  at: InstantSchema,
  /** What it is about; left out: everything. */
  scope: ConsentScopeSchema.default({}),
  /**
   * How it was given. `presumed` records the sender's presumption of a business's consent to a
   * call (UWG § 7(2) no. 1): it counts only where a `presumedConsent` rule applies.
   */
  method: ConsentMethodSchema.optional(),
  /** For double opt-in: when the customer confirmed. A grant that needs it is pending until then. */
  confirmedAt: InstantSchema.optional(),
  /** A grant stops granting at this instant. */
  expiresAt: InstantSchema.optional(),
  /** Where the event came from: a form, a shop, a call centre, an import. */
  source: z.string().max(MAX_STRING).optional(),
  /** The version of the notice the customer saw. */
  noticeVersion: z.string().max(MAX_STRING).optional(),
  /** How the consent was captured, for the validity tests of the GDPR standard. */
  capture: ConsentCaptureSchema.optional(),
  /** Proof: IP address, user agent, recording id, signed form… */
  evidence: safeRecord(z.union([z.string().max(4096), z.number(), z.boolean()])).optional(),
});
/** One entry of the consent ledger. */
export type ConsentEvent = z.infer<typeof ConsentEventSchema>;
/** A consent event as written by a caller, before defaults are applied. */
export type ConsentEventInput = DeepReadonly<z.input<typeof ConsentEventSchema>>;
