import type { Decision } from "../model/decision.js";

/** How decisions changed between two policies on the same audience. */
export interface DecisionDiffResult {
  readonly total: number;
  readonly changed: number;
  /** Each kind of change (`"send(email) → deny"`) with its count and example customer ids. */
  readonly changes: Record<string, { count: number; examples: string[] }>;
}

function _label(d: Decision): string {
  return d.channel === undefined ? d.verdict : `${d.verdict}(${d.channel})`;
}

/**
 * Compares decisions for the same customers under two policies, one pair at a time.
 *
 * @example
 * const diff = new DecisionDiff(); diff.add(before, after); diff.result().changed; // => 1
 */
export class DecisionDiff {
  private total = 0;
  private changed = 0;
  private readonly changes: Record<string, { count: number; examples: string[] }> = {};
  /** @param examples - how many example customer ids to keep per kind of change */
  constructor(private readonly examples = 5) {}

  /** Compares one customer's two decisions. */
  add(a: Decision, b: Decision): void {
    this.total++;
    let key: string | undefined;
    const la = _label(a);
    const lb = _label(b);
    if (la !== lb) key = `${la} → ${lb}`;
    else if (a.verdict === "defer" && a.sendAt !== b.sendAt)
      key = `${la} → ${lb} ${Date.parse(b.sendAt ?? "") > Date.parse(a.sendAt ?? "") ? "later" : "sooner"}`;
    if (key === undefined) return;
    this.changed++;
    let c = this.changes[key];
    if (c === undefined) {
      c = { count: 0, examples: [] };
      this.changes[key] = c;
    }
    c.count++;
    if (c.examples.length < this.examples) c.examples.push(a.customerId);
  }

  /** The comparison so far, kinds of change sorted by count. */
  result(): DecisionDiffResult {
    const sorted = Object.entries(this.changes).sort(([, x], [, y]) => y.count - x.count);
    return { total: this.total, changed: this.changed, changes: Object.fromEntries(sorted) };
  }
}

/**
 * Compares two lists of decisions for the same customers in the same order.
 *
 * @example
 * diffDecisions(underA, underB).changes; // => { "send(email) → deny": { count: 12, examples: [...] } }
 */
export function diffDecisions(a: Iterable<Decision>, b: Iterable<Decision>): DecisionDiffResult {
  const diff = new DecisionDiff();
  const ib = b[Symbol.iterator]();
  for (const da of a) {
    const n = ib.next();
    if (n.done) throw new RangeError("diffDecisions: the second list is shorter than the first");
    if (n.value.customerId !== da.customerId)
      throw new RangeError(
        `diffDecisions: customer '${da.customerId}' is paired with '${n.value.customerId}'`,
      );
    diff.add(da, n.value);
  }
  if (!ib.next().done)
    throw new RangeError("diffDecisions: the second list is longer than the first");
  return diff.result();
}
