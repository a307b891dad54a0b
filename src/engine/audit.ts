import * as z from "zod";
import { ChannelSchema } from "../model/channel.js";
import type { Customer } from "../model/customer.js";
import type { Decision } from "../model/decision.js";
import { _issuesFromZod, InputError, type Issue } from "../model/errors.js";
import type { HistoryEntry } from "../model/history.js";
import { MessageSchema } from "../model/message.js";
import { parseCustomer } from "../model/parse-customer.js";
import { IdSchema, InstantSchema } from "../model/primitives.js";
import { parseInstant } from "../time/instant.js";
import type { CompiledPolicy } from "./compile.js";
import { _judge } from "./pipeline/record.js";
import { prepareMessage } from "./pipeline/resolve.js";
import { _invalidDecision } from "./pipeline/verdict.js";

/** One past send to re-judge: who, when, on which channel, and the message. */
export const SentRecordSchema = z.strictObject({
  /** The customer's id, looked up with `auditSends`'s `customers` (none found: a finding). */
  customerId: IdSchema,
  /**
   * When it was sent: it is judged as of this instant, with the customer's history before it and
   * the log's earlier sends to the same customer.
   */
  at: InstantSchema,
  /**
   * The channel it went on: the only candidate channel; any verdict but `send` on it is a finding.
   */
  channel: ChannelSchema,
  /**
   * The message, without the fields of planning (`channels`, `notBefore`, `deadline`, `maxDelay`,
   * `delivery`).
   */
  message: MessageSchema.omit({
    channels: true,
    notBefore: true,
    deadline: true,
    maxDelay: true,
    delivery: true,
  }),
});
/** One past send. */
export type SentRecord = z.infer<typeof SentRecordSchema>;

/** A send the policy did not allow, with the decision it should have met. */
export interface AuditFinding {
  readonly send: SentRecord | unknown;
  /**
   * The decision as of the send's instant (for a record that could not be judged, `input.invalid`).
   */
  readonly decision: Decision;
}

/** The outcome of an audit. */
export interface AuditResult {
  /** How many sends of the log were read, valid or not. */
  readonly checked: number;
  /** The sends the policy did not allow, in the log's order of time (unreadable rows first). */
  readonly findings: readonly AuditFinding[];
}

/**
 * Re-judges past sends, each as of the instant it was sent: the consent ledger as it stood then,
 * and the customer's history plus the earlier sends of the log for frequency caps. A send is a
 * finding unless the policy would have said `send` on that channel at that instant.
 *
 * @param plan - the policy to audit against
 * @param sends - the log, in any order
 * @param customers - looks up a customer record by id (plain JSON is fine)
 * @example
 * const { findings } = auditSends(plan, sendsLog, (id) => crm.get(id));
 */
export function auditSends(
  plan: CompiledPolicy,
  sends: Iterable<unknown>,
  customers: (customerId: string) => unknown,
): AuditResult {
  const findings: AuditFinding[] = [];
  const valid: { rec: SentRecord; t: number }[] = [];
  const invalid: { raw: unknown; i: number; issues: Issue[] }[] = [];
  let checked = 0;
  for (const raw of sends) {
    const r = SentRecordSchema.safeParse(raw);
    if (r.success) valid.push({ rec: r.data, t: parseInstant(r.data.at) });
    else invalid.push({ raw, i: checked, issues: _issuesFromZod(r.error, [], SentRecordSchema) });
    checked++;
  }
  valid.sort((a, b) => a.t - b.t);
  // A row that cannot be read is judged as of its own instant when it has one, else the log's last.
  const last = valid.length > 0 ? (valid[valid.length - 1] as { t: number }).t : 0;
  for (const { raw, i, issues } of invalid)
    findings.push({
      send: raw,
      decision: _invalidDecision(plan, `#${i}`, _rawInstant(raw) ?? last, issues),
    });
  const parsed = new Map<string, Customer | Issue[]>();
  const logged = new Map<string, HistoryEntry[]>();
  for (const { rec, t } of valid) {
    let c = parsed.get(rec.customerId);
    if (c === undefined) {
      c = _lookUp(rec.customerId, customers);
      parsed.set(rec.customerId, c);
    }
    const before = logged.get(rec.customerId) ?? [];
    const decision = Array.isArray(c)
      ? _invalidDecision(plan, rec.customerId, t, c)
      : _judgeSend(plan, c, rec, t, before);
    if (decision.verdict !== "send" || decision.channel !== rec.channel)
      findings.push({ send: rec, decision });
    before.push(_asHistory(rec));
    logged.set(rec.customerId, before);
  }
  return { checked, findings };
}

/** The instant of a send that failed validation, when it has a readable one. */
function _rawInstant(raw: unknown): number | undefined {
  const at = raw !== null && typeof raw === "object" ? (raw as { at?: unknown }).at : undefined;
  if (typeof at !== "string") return undefined;
  const t = InstantSchema.safeParse(at).success ? parseInstant(at) : Number.NaN;
  return Number.isFinite(t) ? t : undefined;
}

function _lookUp(id: string, customers: (customerId: string) => unknown): Customer | Issue[] {
  const raw = customers(id);
  if (raw === undefined)
    return [
      { code: "unknown_customer", path: ["customerId"], message: `no customer record for '${id}'` },
    ];
  const cr = parseCustomer(raw);
  return cr.success ? cr.data : cr.issues.map((i) => ({ ...i, path: ["customer", ...i.path] }));
}

/** Judges one send as of its instant: the customer's own history before it, plus the log's. */
function _judgeSend(
  plan: CompiledPolicy,
  c: Customer,
  rec: SentRecord,
  t: number,
  before: readonly HistoryEntry[],
): Decision {
  try {
    const pm = prepareMessage(plan, { ...rec.message, channels: [rec.channel] });
    const own = (c.history ?? []).filter((h) => parseInstant(h.at) < t);
    const seen = new Set(own.map((h) => `${parseInstant(h.at)}|${h.channel}`));
    const history = [
      ...own,
      ...before.filter((h) => !seen.has(`${parseInstant(h.at)}|${h.channel}`)),
    ];
    return _judge(plan, { ...c, history }, pm, t, undefined);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return _invalidDecision(plan, rec.customerId, t, e.issues);
  }
}

function _asHistory(rec: SentRecord): HistoryEntry {
  return {
    at: rec.at,
    channel: rec.channel,
    purpose: rec.message.purpose,
    ...(rec.message.topic === undefined ? {} : { topic: rec.message.topic }),
    ...(rec.message.campaign === undefined ? {} : { campaign: rec.message.campaign }),
    ...(rec.message.caps === "exempt-uncounted" ? { counted: false } : {}),
  };
}
