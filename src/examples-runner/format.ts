import * as z from "zod";
import { ReasonCodeSchema } from "../model/decision.js";
import { HistoryEntrySchema } from "../model/history.js";
import { _describedJsonSchema } from "../model/json-schema.js";
import { InstantSchema } from "../model/primitives.js";

/** What a case expects. Only the fields given are checked. */
export const ExpectationSchema = z.strictObject({
  /** The decision's `verdict`; always checked. */
  verdict: z.enum(["send", "defer", "deny"]),
  /** The channel chosen (a denial names none). */
  channel: z.string().optional(),
  /** The decision's `sendAt`, compared as an instant (any offset that names the same instant). */
  sendAt: InstantSchema.optional(),
  /** Reason codes that must appear in the decision. */
  reasons: z.array(ReasonCodeSchema).optional(),
  /** Reason codes that must not appear. */
  absent: z.array(ReasonCodeSchema).optional(),
  /** The code of the legal basis the send relies on (`basis.code`). */
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
  /** The case's name, shown in the results. */
  name: z.string().min(1),
  /** What the case shows, in a line; the runner does not read it. */
  description: z.string().optional(),
  /** The customer, replacing the file's default customer. */
  customer: z.unknown().optional(),
  /** Top-level fields laid over the file's default customer. */
  with: z.record(z.string(), z.unknown()).optional(),
  /** The message (see `MessageSchema`), replacing the file's default message. */
  message: z.unknown().optional(),
  /** Sends added after the customer's own `history`, replacing the file's default history. */
  history: z.array(HistoryEntrySchema).optional(),
  /** The decision instant, replacing the file's default; a case without either is an error. */
  now: InstantSchema.optional(),
  /** The decision the case must produce. */
  expect: ExpectationSchema,
});

/**
 * A policy example file: a policy, defaults shared by its cases, and the cases. Unknown fields are
 * rejected, so a typo in an expectation cannot make a case pass silently.
 */
export const ExampleFileSchema = z.strictObject({
  /** A JSON Schema for editors; the runner does not read it. */
  $schema: z.string().optional(),
  /** What the file shows, in a line; the runner does not read it. */
  description: z.string().optional(),
  /**
   * The policy its cases are decided under (see `PolicySchema`), compiled with the bundled packs
   * or those given to the runner (`--packs`).
   */
  policy: z.unknown(),
  /** What each case uses where it gives none of its own. */
  defaults: z
    .strictObject({
      /** The customer of every case (see `CustomerSchema`). */
      customer: z.unknown().optional(),
      /** The message of every case (see `MessageSchema`). */
      message: z.unknown().optional(),
      /** The decision instant of every case. */
      now: InstantSchema.optional(),
      /** Sends added after the customer's own `history` in every case. */
      history: z.array(HistoryEntrySchema).optional(),
    })
    .optional(),
  /** The cases, at least one, run in file order. */
  cases: z.array(ExampleCaseSchema).min(1),
});
/** A policy example file. */
export type ExampleFile = z.infer<typeof ExampleFileSchema>;
/** One case of a policy example file. */
export type ExampleCase = z.infer<typeof ExampleCaseSchema>;
/** What a case expects. */
export type Expectation = z.infer<typeof ExpectationSchema>;

/**
 * The JSON Schema (draft 2020-12) of a policy example file, with every field's description (the
 * same text as `docs/reference.md`); `consentry schema exampleFile` prints it. The policy, customer
 * and message inside are left open here: `jsonSchemas()` has theirs.
 *
 * @example
 * JSON.stringify(exampleFileJsonSchema());
 */
export function exampleFileJsonSchema(): unknown {
  return _describedJsonSchema(
    ExampleFileSchema,
    { io: "input", unrepresentable: "any" },
    { ExampleFileSchema, ExampleCaseSchema, ExpectationSchema },
  );
}
