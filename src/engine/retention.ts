import { retentionEnd } from "../consent/retention.js";
import type { ChannelKind, Purpose } from "../model/channel.js";
import type { Citation } from "../model/policy.js";
import type { CompiledPolicy } from "./plan.js";

/** Which consent proof is asked about: whose, on which channel, given when, used when. */
export interface ProofRetentionQuery {
  /** The customer's jurisdiction (`DE`, `US-FL`). */
  readonly jurisdiction: string;
  /** Consumer or business; default `consumer`. */
  readonly customerType?: "consumer" | "business" | undefined;
  /** The channel the consent was used on. */
  readonly channel: string;
  /** The purpose; default `marketing`. */
  readonly purpose?: Purpose | undefined;
  /** Whether the sends were automated (autodialed, prerecorded); default `false`. */
  readonly automated?: boolean | undefined;
  /** When the consent was given (ISO 8601). */
  readonly grantedAt: string;
  /** When sends relied on it (ISO 8601), in any order. */
  readonly uses?: readonly string[] | undefined;
}

/** How long a proof must be kept, and the rule that says so. */
export interface ProofRetentionAnswer {
  /** Keep the proof until at least this instant (ISO 8601, UTC). */
  readonly until: string;
  /** The `proofRetention` rule that sets the longest period. */
  readonly rule: string;
  readonly years: number;
  /** Whether each use restarted the period. */
  readonly fromEachUse: boolean;
  readonly source?: Citation;
}

/**
 * How long proof of a consent must be kept under the policy and its packs: the longest period of
 * the `proofRetention` rules that apply, counted from the grant and, where the rule says so, from
 * the latest use (UWG § 7a(2): five years from the consent and from each use). `undefined` when
 * no rule applies. Does not decide anything about sending.
 *
 * @param plan - a compiled policy
 * @param q - the proof asked about
 * @returns the instant to keep it until and the rule, or `undefined`
 * @throws {RangeError} when the channel is unknown or an instant cannot be read
 * @example
 * proofRetention(compilePolicy({ id: "p", packs: ["DE"] }), {
 *   jurisdiction: "DE", channel: "voice", grantedAt: "2022-03-01T00:00:00Z", uses: ["2024-06-10T09:00:00Z"],
 * })?.until; // => "2029-06-10T09:00:00.000Z"
 */
export function proofRetention(
  plan: CompiledPolicy,
  q: ProofRetentionQuery,
): ProofRetentionAnswer | undefined {
  const kind: ChannelKind | undefined = plan._.kinds.get(q.channel);
  if (kind === undefined) throw new RangeError(`channel: unknown channel '${q.channel}'`);
  const facts = {
    jurisdiction: q.jurisdiction,
    customerType: q.customerType ?? "consumer",
    channel: q.channel,
    kind,
    purpose: q.purpose ?? "marketing",
    automated: q.automated ?? false,
    sector: undefined,
    senderType: "commercial",
    addressee: "natural-person",
    messageFacts: {},
  } as const;
  const grantedMs = Date.parse(q.grantedAt);
  if (Number.isNaN(grantedMs))
    throw new RangeError(`grantedAt: not an instant with its offset: '${q.grantedAt}'`);
  // A rule counts when it is in force at the grant or at any use relying on it (the stricter reading).
  const instants = [grantedMs, ...(q.uses ?? []).map((u) => Date.parse(u))];
  let best: ProofRetentionAnswer | undefined;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const r of plan._.proofRetention) {
    if (!instants.some((at) => r.applies({ ...facts, at }))) continue;
    const ms = retentionEnd(q.grantedAt, q.uses ?? [], r.years, r.fromEachUse);
    if (ms <= bestMs) continue;
    bestMs = ms;
    const a = {
      until: new Date(ms).toISOString(),
      rule: r.id,
      years: r.years,
      fromEachUse: r.fromEachUse,
    };
    best = r.source === undefined ? a : { ...a, source: r.source };
  }
  return best;
}
