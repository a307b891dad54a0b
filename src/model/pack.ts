import type { PolicyInput } from "./policy.js";

/** The lists of a policy that a jurisdiction pack may add elements to. */
export const PACK_LISTS = [
  "optOut",
  "consentRequirements",
  "existingCustomer",
  "consentValidity",
  "presumedConsent",
  "requiredFacts",
  "proofRetention",
  "registers",
  "rules",
  "windows",
  "quietHours",
  "blackouts",
  "holidays",
  "caps",
  "refusals",
  "afterOptOut",
] as const;

/** The parts of a policy a jurisdiction pack may carry. */
export type PackPolicy = Pick<
  PolicyInput,
  | "optOut"
  | "consentRequirements"
  | "existingCustomer"
  | "consentValidity"
  | "presumedConsent"
  | "requiredFacts"
  | "proofRetention"
  | "registers"
  | "rules"
  | "windows"
  | "quietHours"
  | "blackouts"
  | "holidays"
  | "caps"
  | "refusals"
  | "afterOptOut"
>;

/**
 * A jurisdiction pack: a country's or state's rules as policy data, each element with an id, a
 * one-line `description` and a `source` citing the law and section, a link to the official text
 * and the date it was checked. Every element applies only to customers in `jurisdictions`.
 */
export interface Pack {
  /** The code a policy names it by: `NO`, `US`, `US-FL`. */
  readonly code: string;
  /** The pack's name in words, for example `Norway`. */
  readonly name: string;
  /** Where its rules apply; `US` covers every `US-xx`. */
  readonly jurisdictions: readonly string[];
  /** Packs that naming this one also brings in (a country's state packs). */
  readonly includes?: readonly string[];
  /** Cautious readings and rules left out, in plain words. */
  readonly notes: readonly string[];
  readonly policy: PackPolicy;
}

/**
 * Declares a pack with full type checking and no other effect.
 *
 * @example
 * export const XX = definePack({ code: "XX", name: "Example", jurisdictions: ["XX"], notes: [], policy: {} });
 */
export function definePack<const P extends Pack>(pack: P): P {
  return pack;
}
