import type { Decision, ReasonCode } from "../model/decision.js";

/** Counts over a set of decisions: reach by verdict and channel, denials by reason. */
export interface Summary {
  readonly total: number;
  readonly byVerdict: { send: number; defer: number; deny: number };
  /** Sends and deferrals by the chosen channel. */
  readonly byChannel: Record<string, number>;
  /** Denied decisions by reason code (a decision counts once per distinct code). */
  readonly denialsByReason: Partial<Record<ReasonCode, number>>;
  /** Records that could not be judged (`input.invalid`). */
  readonly invalid: number;
}

/**
 * Summarises decisions: how many go out, on which channel, and why the rest do not.
 *
 * @example
 * summarize(decisions).byVerdict; // => { send: 3, defer: 1, deny: 2 }
 */
export function summarize(decisions: Iterable<Decision>): Summary {
  const byVerdict = { send: 0, defer: 0, deny: 0 };
  const byChannel: Record<string, number> = {};
  const denialsByReason: Partial<Record<ReasonCode, number>> = {};
  let total = 0;
  let invalid = 0;
  for (const d of decisions) {
    total++;
    byVerdict[d.verdict]++;
    if (d.verdict !== "deny" && d.channel !== undefined)
      byChannel[d.channel] = (byChannel[d.channel] ?? 0) + 1;
    if (d.verdict === "deny") {
      const codes = new Set(d.reasons.map((r) => r.code));
      if (codes.has("input.invalid")) invalid++;
      for (const c of codes) denialsByReason[c] = (denialsByReason[c] ?? 0) + 1;
    }
  }
  return { total, byVerdict, byChannel, denialsByReason, invalid };
}
