import { z } from "zod";
import { ChannelSchema } from "../model/channel.js";
import { type Customer, parseCustomer } from "../model/customer.js";
import type { Decision } from "../model/decision.js";
import { _issuesFromZod, InputError, type Issue } from "../model/errors.js";
import type { HistoryEntry } from "../model/history.js";
import { MessageSchema } from "../model/message.js";
import { IdSchema, InstantSchema } from "../model/primitives.js";
import type { CompiledPolicy } from "./compile.js";
import { _decideValidated, _invalidDecision, prepareMessage } from "./decide.js";

/** One past send to re-judge: who, when, on which channel, and the message. */
export const SentRecordSchema = z.strictObject({
  customerId: IdSchema,
  at: InstantSchema,
  channel: ChannelSchema,
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
  /** The decision as of the send's instant (for a record that could not be judged, `input.invalid`). */
  readonly decision: Decision;
}

/** The outcome of an audit. */
export interface AuditResult {
  readonly checked: number;
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
  let checked = 0;
  let i = 0;
  for (const raw of sends) {
    checked++;
    const r = SentRecordSchema.safeParse(raw);
    if (!r.success) {
      findings.push({
        send: raw,
        decision: _invalidDecision(plan, `#${i}`, 0, _issuesFromZod(r.error)),
      });
    } else valid.push({ rec: r.data, t: Date.parse(r.data.at) });
    i++;
  }
  valid.sort((a, b) => a.t - b.t);
  const parsed = new Map<string, Customer | Issue[]>();
  const logged = new Map<string, HistoryEntry[]>();
  for (const { rec, t } of valid) {
    let c = parsed.get(rec.customerId);
    if (c === undefined) {
      const raw = customers(rec.customerId);
      const cr = raw === undefined ? undefined : parseCustomer(raw);
      c =
        cr === undefined
          ? [
              {
                code: "unknown_customer",
                path: ["customerId"],
                message: `no customer record for '${rec.customerId}'`,
              },
            ]
          : cr.success
            ? cr.data
            : cr.issues.map((i) => ({ ...i, path: ["customer", ...i.path] }));
      parsed.set(rec.customerId, c);
    }
    const before = logged.get(rec.customerId) ?? [];
    if (Array.isArray(c)) {
      findings.push({ send: rec, decision: _invalidDecision(plan, rec.customerId, t, c) });
    } else {
      let decision: Decision;
      try {
        const pm = prepareMessage(plan, { ...rec.message, channels: [rec.channel] });
        // The customer's own history up to the send, plus the log's earlier sends it lacks.
        const own = (c.history ?? []).filter((h) => Date.parse(h.at) < t);
        const seen = new Set(own.map((h) => `${Date.parse(h.at)}|${h.channel}`));
        const history = [
          ...own,
          ...before.filter((h) => !seen.has(`${Date.parse(h.at)}|${h.channel}`)),
        ];
        decision = _decideValidated(plan, { ...c, history }, pm, t, undefined);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        decision = _invalidDecision(plan, rec.customerId, t, e.issues);
      }
      if (decision.verdict !== "send" || decision.channel !== rec.channel)
        findings.push({ send: rec, decision });
    }
    before.push({
      at: rec.at,
      channel: rec.channel,
      purpose: rec.message.purpose,
      ...(rec.message.topic === undefined ? {} : { topic: rec.message.topic }),
      ...(rec.message.campaign === undefined ? {} : { campaign: rec.message.campaign }),
      ...(rec.message.caps === "exempt-uncounted" ? { counted: false } : {}),
    });
    logged.set(rec.customerId, before);
  }
  return { checked, findings };
}
