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
  /** Deferred sends by the hour of `sendAt` in the recipient's zone (`"08"`…), where it is known. */
  readonly deferralsByLocalHour: Record<string, number>;
}

/**
 * Builds a `Summary` one decision at a time, for streams too large to hold.
 *
 * @example
 * const s = new Summarizer(); for await (const d of decisions) s.add(d); s.result();
 */
export class Summarizer {
  private readonly byVerdict = { send: 0, defer: 0, deny: 0 };
  private readonly byChannel: Record<string, number> = {};
  private readonly denialsByReason: Partial<Record<ReasonCode, number>> = {};
  private readonly deferralsByLocalHour: Record<string, number> = {};
  private total = 0;
  private invalid = 0;

  /** Counts one decision. */
  add(d: Decision): void {
    this.total++;
    this.byVerdict[d.verdict]++;
    if (d.verdict !== "deny" && d.channel !== undefined)
      this.byChannel[d.channel] = (this.byChannel[d.channel] ?? 0) + 1;
    if (d.verdict === "defer" && d.sendAtLocal !== undefined) {
      const h = d.sendAtLocal.slice(11, 13);
      this.deferralsByLocalHour[h] = (this.deferralsByLocalHour[h] ?? 0) + 1;
    }
    if (d.verdict === "deny") {
      const codes = new Set(d.reasons.map((r) => r.code));
      if (codes.has("input.invalid")) this.invalid++;
      for (const c of codes) this.denialsByReason[c] = (this.denialsByReason[c] ?? 0) + 1;
    }
  }

  /** The counts so far. */
  result(): Summary {
    return {
      total: this.total,
      byVerdict: { ...this.byVerdict },
      byChannel: { ...this.byChannel },
      denialsByReason: { ...this.denialsByReason },
      invalid: this.invalid,
      deferralsByLocalHour: Object.fromEntries(Object.entries(this.deferralsByLocalHour).sort()),
    };
  }
}

/**
 * Summarises decisions: how many go out, on which channel, and why the rest do not.
 *
 * @example
 * summarize(decisions).byVerdict; // => { send: 3, defer: 1, deny: 2 }
 */
export function summarize(decisions: Iterable<Decision>): Summary {
  const s = new Summarizer();
  for (const d of decisions) s.add(d);
  return s.result();
}
