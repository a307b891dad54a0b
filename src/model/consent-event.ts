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
  channels: z.array(ChannelSchema).min(1).max(32).optional(),
  /** Legal kinds of channel, for events such as "no electronic marketing". */
  kinds: z.array(ChannelKindSchema).min(1).max(4).optional(),
  purposes: z.array(PurposeSchema).min(1).max(3).optional(),
  topics: z.array(TopicSchema).min(1).max(256).optional(),
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
  "other",
]);
/** How a consent was given. */
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/**
 * One entry of the append-only consent ledger: a grant or a withdrawal, for a scope, at an instant.
 *
 * The state at an instant is derived from the events, never stored: see `resolveConsent`.
 */
export const ConsentEventSchema = z.strictObject({
  /** Unique per event; identical events from two systems are merged into one. */
  id: IdSchema,
  type: z.enum(["grant", "withdraw"]),
  at: InstantSchema,
  scope: ConsentScopeSchema.default({}),
  method: ConsentMethodSchema.optional(),
  /** For double opt-in: when the customer confirmed. A grant that needs it is pending until then. */
  confirmedAt: InstantSchema.optional(),
  /** A grant stops granting at this instant. */
  expiresAt: InstantSchema.optional(),
  /** Where the event came from: a form, a shop, a call centre, an import. */
  source: z.string().max(MAX_STRING).optional(),
  /** The version of the notice the customer saw. */
  noticeVersion: z.string().max(MAX_STRING).optional(),
  /** Proof: IP address, user agent, recording id, signed form… */
  evidence: safeRecord(z.union([z.string().max(4096), z.number(), z.boolean()])).optional(),
});
/** One entry of the consent ledger. */
export type ConsentEvent = z.infer<typeof ConsentEventSchema>;
/** A consent event as written by a caller, before defaults are applied. */
export type ConsentEventInput = DeepReadonly<z.input<typeof ConsentEventSchema>>;
