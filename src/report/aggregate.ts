import type { AuditFinding, AuditResult } from "../engine/audit.js";
import { DecisionDiff } from "../engine/diff.js";
import type { Decision, ReasonCode } from "../model/decision.js";
import type { Citation } from "../model/policy.js";
import { BUNDLED_PACKS } from "../packs/index.js";

/**
 * The numbers of a campaign report, gathered one decision at a time: every count is kept in a map
 * whose keys come from a small domain (verdicts, channels, reason codes and rules, hours, days,
 * jurisdictions), each map capped, and only a few example customer ids per row. So memory stays
 * flat over a million decisions.
 */

/** Sends and deferrals, and for a jurisdiction denials, of one row of the report. */
export interface VerdictCounts {
  /** Decisions to send now. */
  send: number;
  /** Decisions to send later (`sendAt`). */
  defer: number;
  /** Decisions not to send. */
  deny: number;
}

/** One row of the denials table: a reason code, the rule behind it and its law. */
export interface DenialRow {
  readonly code: ReasonCode;
  /** The policy or pack rule, register or cap that produced it (absent for built-in checks). */
  readonly rule: string | undefined;
  /** The law behind the rule, with `url` linking to it where the rule cites one. */
  readonly source: Citation | undefined;
  /** Denied decisions with this code and rule (a decision counts once per row). */
  readonly count: number;
  /** A few customer ids, in the order met. */
  readonly examples: readonly string[];
}

/** Where the report's jurisdictions come from. */
export type JurisdictionSource =
  /** The customer records the decisions were made from (exact). */
  | "customers"
  /** The most specific jurisdiction pack whose rules applied to the decision (derived). */
  | "packs";

/** One kind of change between two policies, with why. */
export interface ChangeRow {
  /** `send(email) → deny`, `defer(sms) → defer(sms) later`. */
  readonly change: string;
  /** Customers whose decision changed this way. */
  readonly count: number;
  /** A few of them. */
  readonly examples: readonly string[];
  /**
   * Reason codes and rules the second decision has and the first has not (`quiet-hours
   * quiet-evenings`), with how many of the changed decisions carry each: what made it change.
   */
  readonly causes: Readonly<Record<string, number>>;
}

/** How decisions change from one policy to another on the same customers. */
export interface PolicyDiffData {
  /** The first policy, as its decisions name it (`id@version`). */
  readonly from: string;
  /** The second policy. */
  readonly to: string;
  /** Customers compared. */
  readonly total: number;
  /** Customers whose decision changes. */
  readonly changed: number;
  /** Verdicts under each policy. */
  readonly verdicts: { readonly from: VerdictCounts; readonly to: VerdictCounts };
  /** Kinds of change, most frequent first. */
  readonly changes: readonly ChangeRow[];
}

/** One send an audit did not allow, as the report lists it. */
export interface AuditRow {
  /** The customer the send went to. */
  readonly customerId: string;
  /** The channel it went on (`?` for a log row that could not be read). */
  readonly channel: string;
  /** When it was sent. */
  readonly at: string;
  /** What the policy would have said at that instant. */
  readonly verdict: Decision["verdict"];
  /** For a deferral: when it could have gone. */
  readonly sendAt: string | undefined;
  /** The reasons of that decision, with their rules and laws. */
  readonly reasons: readonly {
    code: ReasonCode;
    rule?: string | undefined;
    source?: Citation | undefined;
    message: string;
  }[];
}

/** The sends an audit found the policy did not allow. */
export interface AuditData {
  /** Past sends checked. */
  readonly checked: number;
  /** Sends the policy did not allow. */
  readonly findings: number;
  /** Findings by reason code (a finding counts once per code). */
  readonly byReason: Readonly<Record<string, number>>;
  /** Findings by the channel the send went on. */
  readonly byChannel: Readonly<Record<string, number>>;
  /** The first findings, up to the report's limit. */
  readonly rows: readonly AuditRow[];
}

/** Everything a campaign report shows, as plain data (also fit for JSON). */
export interface ReportData {
  /** The policies the decisions name (`id@version`), in the order met. */
  readonly policies: readonly string[];
  /** The first and last decision instants (`now`) met. */
  readonly decidedAt: { readonly first: string; readonly last: string } | undefined;
  /** Decisions counted. */
  readonly total: number;
  /** Decisions by verdict. */
  readonly byVerdict: Readonly<VerdictCounts>;
  /** Records that could not be judged (`input.invalid`). */
  readonly invalid: number;
  /**
   * Sends and deferrals by channel. A `delivery: "all"` decision counts once on each channel it
   * delivers on.
   */
  readonly byChannel: Readonly<Record<string, { readonly send: number; readonly defer: number }>>;
  /** Denied decisions by reason code (a decision counts once per distinct code). */
  readonly denialsByReason: Readonly<Partial<Record<ReasonCode, number>>>;
  /** Denials by reason code and rule, with the law, most frequent first. */
  readonly denials: readonly DenialRow[];
  /** Deferred sends by when they are planned, in the recipient's local time. */
  readonly deferrals: {
    /** By local hour of `sendAt` (`"09"`), all 24 hours present. */
    readonly byLocalHour: Readonly<Record<string, number>>;
    /** By local day of `sendAt` (`"2026-05-05"`), sorted. */
    readonly byLocalDay: Readonly<Record<string, number>>;
    /** By local day and hour (`"2026-05-05T09"`), sorted: the release schedule. */
    readonly byLocalDayHour: Readonly<Record<string, number>>;
    /** Deferrals whose recipient's zone is unknown (no `sendAtLocal`): not in the three above. */
    readonly zoneUnknown: number;
  };
  /** Sends and deferrals by the UTC hour they go out (`"2026-05-05T07"`), sorted: the load. */
  readonly releasesByUtcHour: Readonly<Record<string, number>>;
  /** Verdicts by jurisdiction, and where the jurisdiction came from. */
  readonly jurisdictions: {
    readonly source: JurisdictionSource;
    readonly rows: Readonly<Record<string, Readonly<VerdictCounts>>>;
  };
  /** Present when a second set of decisions was compared. */
  readonly diff: PolicyDiffData | undefined;
  /** Present when an audit result was added. */
  readonly audit: AuditData | undefined;
  /** Rows folded into `(other)` because a map reached its cap (non-zero only for odd input). */
  readonly overflow: number;
}

/** Limits that keep a report's memory flat. */
export interface ReportLimits {
  /** Example customer ids kept per row (default 3). */
  readonly examples?: number | undefined;
  /**
   * Distinct keys kept per table before the rest fold into `(other)` (default 500; the hourly
   * tables keep at least 9,600, the hours of a 400-day horizon).
   */
  readonly maxKeys?: number | undefined;
  /** Audit findings listed one by one (default 100; all are counted). */
  readonly auditRows?: number | undefined;
  /**
   * Jurisdiction pack codes to recognise in rule ids when no customer records are given (default:
   * the bundled packs). A pack rule's id starts with its pack's code (`US-FL-FTA-HOURS`).
   */
  readonly packCodes?: readonly string[] | undefined;
}

/** The key rows fold into when a map is full. */
export const OTHER = "(other)";
const _UNKNOWN = "unknown";

const _verdicts = (): VerdictCounts => ({ send: 0, defer: 0, deny: 0 });

/** A map capped at `max` keys: past that, new keys count under `(other)`. */
class _Capped<V> {
  readonly map = new Map<string, V>();
  overflow = 0;
  constructor(
    private readonly max: number,
    private readonly make: () => V,
  ) {}
  get(key: string): V {
    let v = this.map.get(key);
    if (v !== undefined) return v;
    if (this.map.size >= this.max) {
      this.overflow++;
      key = OTHER;
      v = this.map.get(key);
      if (v !== undefined) return v;
    }
    v = this.make();
    this.map.set(key, v);
    return v;
  }
}

const _sorted = <V>(m: Map<string, V>): Record<string, V> =>
  Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function _policyRef(d: Decision): string {
  return d.policy.version === undefined ? d.policy.id : `${d.policy.id}@${d.policy.version}`;
}

/**
 * Gathers a campaign report from decisions as they stream: `add` each decision (with the
 * customer's jurisdiction when known), `addPair` for a policy comparison, `addAudit` or
 * `addFinding` for an audit, then `result()`. Holds counts and a few examples, never the
 * decisions.
 *
 * @example
 * const agg = new ReportAggregator();
 * for await (const d of decisions) agg.add(d);
 * agg.result().byVerdict; // => { send: 1, defer: 4, deny: 5 }
 */
export class ReportAggregator {
  private readonly examples: number;
  private readonly maxKeys: number;
  private readonly auditRows: number;
  private readonly packCodes: ReadonlySet<string>;
  private total = 0;
  private invalid = 0;
  private readonly byVerdict = _verdicts();
  private readonly policies = new _Capped<true>(20, () => true);
  private first: string | undefined;
  private last: string | undefined;
  private firstMs = Number.POSITIVE_INFINITY;
  private lastMs = Number.NEGATIVE_INFINITY;
  private readonly byChannel: _Capped<{ send: number; defer: number }>;
  private readonly denialsByReason: _Capped<{ n: number }>;
  private readonly denials: _Capped<{
    code: ReasonCode;
    rule: string | undefined;
    source: Citation | undefined;
    count: number;
    examples: string[];
  }>;
  private readonly byLocalHour = new Map<string, number>();
  private readonly byLocalDay: _Capped<{ n: number }>;
  private readonly byLocalDayHour: _Capped<{ n: number }>;
  private readonly byUtcHour: _Capped<{ n: number }>;
  private zoneUnknown = 0;
  private readonly jurisdictions: _Capped<VerdictCounts>;
  private jurisdictionFromCustomers = false;
  // Policy comparison.
  private diff: DecisionDiff | undefined;
  private diffFrom: string | undefined;
  private diffTo: string | undefined;
  private readonly diffVerdicts = { from: _verdicts(), to: _verdicts() };
  private readonly diffCauses = new Map<string, _Capped<{ n: number }>>();
  // Audit.
  private auditChecked = 0;
  private auditFindings = 0;
  private auditSeen = false;
  private readonly auditByReason: _Capped<{ n: number }>;
  private readonly auditByChannel: _Capped<{ n: number }>;
  private readonly auditList: AuditRow[] = [];

  /** @param limits - bounds on examples and distinct keys (see `ReportLimits`) */
  constructor(limits: ReportLimits = {}) {
    this.examples = limits.examples ?? 3;
    this.maxKeys = limits.maxKeys ?? 500;
    this.auditRows = limits.auditRows ?? 100;
    this.packCodes = new Set(limits.packCodes ?? Object.keys(BUNDLED_PACKS));
    const capped = <V>(make: () => V) => new _Capped<V>(this.maxKeys, make);
    this.byChannel = capped(() => ({ send: 0, defer: 0 }));
    this.denialsByReason = capped(() => ({ n: 0 }));
    this.denials = capped(() => ({
      code: "rule.deny" as ReasonCode,
      rule: undefined,
      source: undefined,
      count: 0,
      examples: [],
    }));
    // Hours of a long horizon are many but bounded: a 400-day horizon has 9,600.
    const hours = () => new _Capped<{ n: number }>(Math.max(this.maxKeys, 9_600), () => ({ n: 0 }));
    this.byLocalDay = capped(() => ({ n: 0 }));
    this.byLocalDayHour = hours();
    this.byUtcHour = hours();
    this.jurisdictions = capped(_verdicts);
    this.auditByReason = capped(() => ({ n: 0 }));
    this.auditByChannel = capped(() => ({ n: 0 }));
    for (let h = 0; h < 24; h++) this.byLocalHour.set(String(h).padStart(2, "0"), 0);
  }

  /**
   * Counts one decision.
   *
   * @param d - the decision
   * @param jurisdiction - the customer's jurisdiction, from their record; when left out (for
   *   every decision), the most specific jurisdiction pack whose rules applied stands for it
   */
  add(d: Decision, jurisdiction?: string): void {
    this.total++;
    this.byVerdict[d.verdict]++;
    this.policies.get(_policyRef(d));
    const nowMs = Date.parse(d.now);
    if (nowMs < this.firstMs) {
      this.firstMs = nowMs;
      this.first = d.now;
    }
    if (nowMs > this.lastMs) {
      this.lastMs = nowMs;
      this.last = d.now;
    }
    if (jurisdiction !== undefined) this.jurisdictionFromCustomers = true;
    this.jurisdictions.get(jurisdiction ?? this.derivedJurisdiction(d))[d.verdict]++;
    if (d.verdict === "deny") this.addDenial(d);
    else this.addReach(d);
  }

  private addReach(d: Decision): void {
    const v = d.verdict as "send" | "defer";
    const deliveries =
      d.deliveries ?? (d.channel === undefined ? [] : [{ channel: d.channel, sendAt: d.sendAt }]);
    for (const del of deliveries) {
      this.byChannel.get(del.channel)[v]++;
      if (del.sendAt !== undefined) this.byUtcHour.get(del.sendAt.slice(0, 13)).n++;
    }
    if (v !== "defer") return;
    if (d.sendAtLocal === undefined) {
      this.zoneUnknown++;
      return;
    }
    const hour = d.sendAtLocal.slice(11, 13);
    this.byLocalHour.set(hour, (this.byLocalHour.get(hour) ?? 0) + 1);
    this.byLocalDay.get(d.sendAtLocal.slice(0, 10)).n++;
    this.byLocalDayHour.get(d.sendAtLocal.slice(0, 13)).n++;
  }

  private addDenial(d: Decision): void {
    const codes = new Set<ReasonCode>();
    const rows = new Set<string>();
    for (const r of d.reasons) {
      codes.add(r.code);
      const key = `${r.code}\u0000${r.rule ?? ""}`;
      if (rows.has(key)) continue;
      rows.add(key);
      const row = this.denials.get(key);
      if (row.count === 0) {
        row.code = r.code;
        row.rule = r.rule;
      }
      row.source ??= r.source;
      row.count++;
      if (row.examples.length < this.examples) row.examples.push(d.customerId);
    }
    if (codes.has("input.invalid")) this.invalid++;
    for (const c of codes) this.denialsByReason.get(c).n++;
  }

  /** The most specific pack whose rules applied: a state's over a country's over the EU's. */
  private derivedJurisdiction(d: Decision): string {
    let best: string | undefined;
    let score = 0;
    const consider = (rule: string | undefined) => {
      if (rule === undefined) return;
      const parts = rule.split("-");
      for (const code of [`${parts[0]}-${parts[1]}`, parts[0] as string]) {
        if (!this.packCodes.has(code)) continue;
        const s = code.includes("-") ? 3 : code === "EU" ? 1 : 2;
        if (s > score) {
          best = code;
          score = s;
        }
        return;
      }
    };
    for (const c of d.channels) for (const id of c.applied ?? []) consider(id);
    for (const r of d.reasons) consider(r.rule);
    return best ?? _UNKNOWN;
  }

  /**
   * Compares one customer's decisions under two policies (the same customer, in the same order
   * in both streams).
   *
   * @throws {RangeError} when the two decisions are for different customers
   */
  addPair(a: Decision, b: Decision): void {
    if (a.customerId !== b.customerId)
      throw new RangeError(`customer '${a.customerId}' is paired with '${b.customerId}'`);
    this.diff ??= new DecisionDiff(this.examples);
    this.diffFrom ??= _policyRef(a);
    this.diffTo ??= _policyRef(b);
    this.diffVerdicts.from[a.verdict]++;
    this.diffVerdicts.to[b.verdict]++;
    this.diff.add(a, b);
    const key = _changeKey(a, b);
    if (key === undefined) return;
    let causes = this.diffCauses.get(key);
    if (causes === undefined) {
      causes = new _Capped(this.maxKeys, () => ({ n: 0 }));
      if (this.diffCauses.size < this.maxKeys) this.diffCauses.set(key, causes);
    }
    const had = new Set(a.reasons.map((r) => `${r.code} ${r.rule ?? ""}`.trim()));
    const seen = new Set<string>();
    for (const r of b.reasons) {
      const k = `${r.code} ${r.rule ?? ""}`.trim();
      if (had.has(k) || seen.has(k)) continue;
      seen.add(k);
      causes.get(k).n++;
    }
  }

  /** Adds a whole audit result (`auditSends`, or `consentry audit --json`). */
  addAudit(result: AuditResult): void {
    this.auditSeen = true;
    this.auditChecked += result.checked;
    for (const f of result.findings) this.addFinding(f, false);
  }

  /**
   * Adds one audit finding.
   *
   * @param counted - whether to count it as one more send checked (default true; `addAudit`
   *   counts the audit's own `checked`)
   */
  addFinding(f: AuditFinding, counted = true): void {
    this.auditSeen = true;
    if (counted) this.auditChecked++;
    this.auditFindings++;
    const s = (f.send ?? {}) as { customerId?: unknown; channel?: unknown; at?: unknown };
    const channel = typeof s.channel === "string" ? s.channel : "?";
    this.auditByChannel.get(channel).n++;
    for (const c of new Set(f.decision.reasons.map((r) => r.code))) this.auditByReason.get(c).n++;
    if (this.auditList.length < this.auditRows)
      this.auditList.push({
        customerId: typeof s.customerId === "string" ? s.customerId : f.decision.customerId,
        channel,
        at: typeof s.at === "string" ? s.at : "?",
        verdict: f.decision.verdict,
        sendAt: f.decision.verdict === "defer" ? f.decision.sendAt : undefined,
        reasons: f.decision.reasons.map((r) => ({
          code: r.code,
          rule: r.rule,
          source: r.source,
          message: r.message,
        })),
      });
  }

  /** The report's numbers so far. */
  result(): ReportData {
    const n = (m: _Capped<{ n: number }>) =>
      Object.fromEntries([...m.map.entries()].map(([k, v]) => [k, v.n]));
    const byCount = <T extends { count: number }>(xs: T[]) => xs.sort((a, b) => b.count - a.count);
    const overflow = [
      this.byChannel,
      this.denialsByReason,
      this.denials,
      this.byLocalDay,
      this.byLocalDayHour,
      this.byUtcHour,
      this.jurisdictions,
      this.auditByReason,
      this.auditByChannel,
    ].reduce((s, m) => s + m.overflow, 0);
    return {
      policies: [...this.policies.map.keys()],
      decidedAt:
        this.first === undefined || this.last === undefined
          ? undefined
          : { first: this.first, last: this.last },
      total: this.total,
      byVerdict: { ...this.byVerdict },
      invalid: this.invalid,
      byChannel: Object.fromEntries(
        [...this.byChannel.map.entries()]
          .sort(([, a], [, b]) => b.send + b.defer - (a.send + a.defer))
          .map(([k, v]) => [k, { ...v }]),
      ),
      denialsByReason: Object.fromEntries(
        Object.entries(n(this.denialsByReason)).sort(([, a], [, b]) => b - a),
      ),
      denials: byCount(
        [...this.denials.map.values()].map((r) => ({ ...r, examples: [...r.examples] })),
      ),
      deferrals: {
        byLocalHour: Object.fromEntries(this.byLocalHour),
        byLocalDay: _sorted(new Map(Object.entries(n(this.byLocalDay)))),
        byLocalDayHour: _sorted(new Map(Object.entries(n(this.byLocalDayHour)))),
        zoneUnknown: this.zoneUnknown,
      },
      releasesByUtcHour: _sorted(new Map(Object.entries(n(this.byUtcHour)))),
      jurisdictions: {
        source: this.jurisdictionFromCustomers ? "customers" : "packs",
        rows: Object.fromEntries(
          [...this.jurisdictions.map.entries()]
            .sort(([, a], [, b]) => b.send + b.defer + b.deny - (a.send + a.defer + a.deny))
            .map(([k, v]) => [k, { ...v }]),
        ),
      },
      diff: this.diffResult(),
      audit: this.auditSeen
        ? {
            checked: this.auditChecked,
            findings: this.auditFindings,
            byReason: Object.fromEntries(
              Object.entries(n(this.auditByReason)).sort(([, a], [, b]) => b - a),
            ),
            byChannel: n(this.auditByChannel),
            rows: [...this.auditList],
          }
        : undefined,
      overflow,
    };
  }

  private diffResult(): PolicyDiffData | undefined {
    if (this.diff === undefined) return undefined;
    const r = this.diff.result();
    return {
      from: this.diffFrom ?? "",
      to: this.diffTo ?? "",
      total: r.total,
      changed: r.changed,
      verdicts: { from: { ...this.diffVerdicts.from }, to: { ...this.diffVerdicts.to } },
      changes: Object.entries(r.changes).map(([change, v]) => {
        const causes = this.diffCauses.get(change);
        return {
          change,
          count: v.count,
          examples: [...v.examples],
          causes:
            causes === undefined
              ? {}
              : Object.fromEntries(
                  [...causes.map.entries()]
                    .map(([k, c]): [string, number] => [k, c.n])
                    .sort((x, y) => y[1] - x[1]),
                ),
        };
      }),
    };
  }
}

/**
 * The kind of change `DecisionDiff` files a pair under, or undefined when it did not change (kept
 * in step with `DecisionDiff.add`; the tests hold the two together).
 */
function _changeKey(a: Decision, b: Decision): string | undefined {
  const label = (d: Decision) =>
    d.channel === undefined ? d.verdict : `${d.verdict}(${d.channel})`;
  const la = label(a);
  const lb = label(b);
  if (la !== lb) return `${la} → ${lb}`;
  if (a.verdict !== "defer" || a.sendAt === b.sendAt) return undefined;
  return `${la} → ${lb} ${Date.parse(b.sendAt ?? "") > Date.parse(a.sendAt ?? "") ? "later" : "sooner"}`;
}
