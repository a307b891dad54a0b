import * as z from "zod";
import { ReasonCodeSchema } from "../model/decision.js";
import { HistoryEntrySchema } from "../model/history.js";
import { InstantSchema } from "../model/primitives.js";

/** What a case expects. Only the fields given are checked. */
export const ExpectationSchema = z.strictObject({
  verdict: z.enum(["send", "defer", "deny"]),
  channel: z.string().optional(),
  sendAt: InstantSchema.optional(),
  /** Reason codes that must appear in the decision. */
  reasons: z.array(ReasonCodeSchema).optional(),
  /** Reason codes that must not appear. */
  absent: z.array(ReasonCodeSchema).optional(),
  /** The legal basis the send relies on. */
  basis: z
    .enum([
      "basis.consent",
      "basis.existing-customer",
      "basis.implied",
      "basis.presumed-consent",
      "basis.not-required",
      "basis.service",
    ])
    .optional(),
  /** The id of the consent event that authorises the send. */
  consentId: z.string().optional(),
  /** Rule ids that must appear among the reasons or as the basis's rule. */
  rules: z.array(z.string()).optional(),
  /** Rule ids that must have applied to the chosen channel (and held), for cases that send. */
  applied: z.array(z.string()).optional(),
});

/** One case: an input and the decision it must produce. */
export const ExampleCaseSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** The customer, replacing the file's default customer. */
  customer: z.unknown().optional(),
  /** Top-level fields laid over the file's default customer. */
  with: z.record(z.string(), z.unknown()).optional(),
  message: z.unknown().optional(),
  history: z.array(HistoryEntrySchema).optional(),
  now: InstantSchema.optional(),
  expect: ExpectationSchema,
});

/**
 * A policy example file: a policy, defaults shared by its cases, and the cases. Unknown fields are
 * rejected, so a typo in an expectation cannot make a case pass silently.
 */
export const ExampleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  policy: z.unknown(),
  defaults: z
    .strictObject({
      customer: z.unknown().optional(),
      message: z.unknown().optional(),
      now: InstantSchema.optional(),
      history: z.array(HistoryEntrySchema).optional(),
    })
    .optional(),
  cases: z.array(ExampleCaseSchema).min(1),
});
/** A policy example file. */
export type ExampleFile = z.infer<typeof ExampleFileSchema>;
/** One case of a policy example file. */
export type ExampleCase = z.infer<typeof ExampleCaseSchema>;
/** What a case expects. */
export type Expectation = z.infer<typeof ExpectationSchema>;
