import { z } from "zod";
import { type IndexedLedger, indexLedger, resolveConsent } from "../consent/ledger.js";
import type { ChannelKind } from "../model/channel.js";
import type { Customer } from "../model/customer.js";
import { parseCustomer } from "../model/customer.js";
import type { Basis, ChannelVerdict, Decision, Reason } from "../model/decision.js";
import { _issuesFromZod, InputError, type Issue, type SafeResult } from "../model/errors.js";
import { type HistoryEntry, HistoryEntrySchema } from "../model/history.js";
import { type Message, type MessageInput, MessageSchema } from "../model/message.js";
import type { RuleContext } from "../model/policy.js";
import { parseDuration } from "../time/duration.js";
import { parseInstant } from "../time/instant.js";
import type { CompiledPolicy } from "./compile.js";
import { _iso, _localIso, _reason } from "./reasons.js";
import type { TargetFacts } from "./target.js";
import { _countsAgainst, type _TimeContext, _timeChannel } from "./timing.js";

/** What `decide` needs: one customer, one message, the contact history and the instant. */
export interface DecisionInput extends BatchOptions {
  /** The customer record (validated by `decide`). */
  readonly customer: unknown;
  /** The message (validated by `decide`). */
  readonly message: MessageInput | Message;
  /** What was already sent to this customer; added to `customer.history`. */
  readonly history?: readonly HistoryEntry[] | undefined;
  /** The decision instant: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset. */
  readonly now: Date | number | string;
}

/** A message checked against a plan once, for deciding many customers. */
export interface PreparedMessage {
  readonly message: Message;
  /** @internal */
  readonly _kinds: readonly ChannelKind[];
  /** @internal */
  readonly _maxDelayMs: number | undefined;
  /** @internal */
  readonly _notBefore: number | undefined;
  /** @internal */
  readonly _deadline: number | undefined;
  /** @internal spread deferred sends over this many ms after they become possible */
  readonly _spreadMs: number | undefined;
}

/** Options that apply to a whole batch (or one decision) rather than to the message. */
export interface BatchOptions {
  /**
   * Spread deferred sends over a release window (an ISO duration such as `PT2H`): each
   * deferred customer gets a stable offset into the window from a hash of their id, and then the
   * first instant at or after it that every constraint allows. Sends that may go now are not
   * moved. Stops a campaign held by quiet hours from going out as one blast at 08:00.
   */
  readonly spread?: string | undefined;
}

const _NowSchema = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), "must be a valid date"),
  z.number().int().min(-8.64e15).max(8.64e15),
  z.iso.datetime({ offset: true }),
]);

/** Parses `now`, throwing an `InputError` on anything but a valid instant. */
export function _parseNow(now: unknown): number {
  const r = _NowSchema.safeParse(now);
  if (!r.success) throw new InputError(_nonEmpty(_issuesFromZod(r.error, ["now"])));
  const v = r.data;
  return v instanceof Date ? v.getTime() : typeof v === "number" ? v : parseInstant(v);
}

/**
 * Validates a message against a plan once: its shape, and that every channel it names is known
 * to the policy.
 *
 * @throws {InputError} naming the bad field (path starts with `message`)
 */
export function prepareMessage(
  plan: CompiledPolicy,
  message: unknown,
  options: BatchOptions = {},
): PreparedMessage {
  const r = MessageSchema.safeParse(message);
  if (!r.success) throw new InputError(_nonEmpty(_issuesFromZod(r.error, ["message"])));
  const m = r.data;
  const issues: Issue[] = [];
  const kinds: ChannelKind[] = [];
  m.channels.forEach((c, i) => {
    const k = plan._kinds.get(c);
    if (k === undefined)
      issues.push({
        code: "unknown_channel",
        path: ["message", "channels", i],
        message: `unknown channel '${c}': not built in and not declared by policy '${plan.id}'`,
      });
    else kinds.push(k);
    if (m.channels.indexOf(c) !== i)
      issues.push({
        code: "duplicate_channel",
        path: ["message", "channels", i],
        message: `channel '${c}' is listed twice`,
      });
  });
  const notBefore = m.notBefore === undefined ? undefined : parseInstant(m.notBefore);
  const deadline = m.deadline === undefined ? undefined : parseInstant(m.deadline);
  if (notBefore !== undefined && deadline !== undefined && deadline <= notBefore)
    issues.push({
      code: "invalid_window",
      path: ["message", "deadline"],
      message: "deadline must be after notBefore",
    });
  let maxDelayMs = plan._defaultMaxDelayMs;
  if (m.maxDelay !== undefined) {
    try {
      maxDelayMs = parseDuration(m.maxDelay);
    } catch (e) {
      issues.push({
        code: "invalid_duration",
        path: ["message", "maxDelay"],
        message: (e as Error).message,
      });
    }
  }
  let spreadMs: number | undefined;
  if (options.spread !== undefined) {
    try {
      spreadMs = parseDuration(options.spread);
    } catch (e) {
      issues.push({ code: "invalid_duration", path: ["spread"], message: (e as Error).message });
    }
  }
  if (issues.length > 0) throw new InputError(_nonEmpty(issues));
  return {
    message: m,
    _kinds: kinds,
    _maxDelayMs: maxDelayMs,
    _notBefore: notBefore,
    _deadline: deadline,
    _spreadMs: spreadMs,
  };
}

/**
 * Decides whether, when and through which channel one message may be sent to one customer.
 *
 * @param plan - a policy compiled by `compilePolicy`
 * @param input - the customer, the message, the history and `now`
 * @returns the decision: `send`, `defer` (with `sendAt`) or `deny`, with reasons
 * @throws {InputError} when the customer, message, history or `now` is invalid (naming the field)
 * @example
 * const d = decide(plan, { customer, message: { purpose: "marketing", channels: ["email"] }, now: "2026-05-04T10:00:00Z" });
 * d.verdict; // => "send"
 */
export function decide(plan: CompiledPolicy, input: DecisionInput): Decision {
  const nowMs = _parseNow(input.now);
  const prepared = prepareMessage(plan, input.message, input);
  const cr = parseCustomer(input.customer);
  if (!cr.success)
    throw new InputError(
      _nonEmpty(cr.issues.map((i) => ({ ...i, path: ["customer", ...i.path] }))),
    );
  let history: readonly HistoryEntry[] | undefined;
  if (input.history !== undefined) {
    const hr = z.array(HistoryEntrySchema).max(10_000).safeParse(input.history);
    if (!hr.success) throw new InputError(_nonEmpty(_issuesFromZod(hr.error, ["history"])));
    history = hr.data;
  }
  return _decideValidated(plan, cr.data, prepared, nowMs, history);
}

/**
 * Like `decide`, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing. Never returns a permission for invalid input.
 */
export function safeDecide(
  plan: CompiledPolicy,
  input: DecisionInput,
): SafeResult<Decision, InputError> {
  try {
    return { success: true, data: decide(plan, input) };
  } catch (e) {
    if (e instanceof InputError) return { success: false, error: e };
    throw e;
  }
}

/** A `deny` decision with `input.invalid` for a record that could not be judged. */
export function _invalidDecision(
  plan: CompiledPolicy,
  customerId: string,
  nowMs: number,
  issues: readonly Issue[],
  messageId?: string,
): Decision {
  const reasons = issues.map((i) =>
    _reason("input.invalid", `${i.path.join(".") || "(root)"}: ${i.message}`, {
      path: [...i.path],
    }),
  );
  const d: Decision = {
    verdict: "deny",
    customerId,
    reasons,
    channels: [],
    policy: _policyRef(plan),
    now: _iso(nowMs),
  };
  return messageId === undefined ? d : { ...d, messageId };
}

function _policyRef(plan: CompiledPolicy): Decision["policy"] {
  return plan.version === undefined ? { id: plan.id } : { id: plan.id, version: plan.version };
}

interface _Eval {
  readonly channel: string;
  readonly kind: ChannelKind;
  readonly order: number;
  readonly reasons: Reason[];
  /** Ids of the policy and pack rules that applied to this channel. */
  readonly applied: string[];
  countsAgainst: string[] | undefined;
  basis: Basis | undefined;
  /** When `basis` lapses (epoch ms): no send is planned at or after it. */
  basisUntil: number | undefined;
  blocked: boolean;
  sendAt: number;
}

/**
 * Decides for inputs that are already validated: the hot path shared by `decide` and
 * `decideMany`.
 */
export function _decideValidated(
  plan: CompiledPolicy,
  customer: Customer,
  pm: PreparedMessage,
  nowMs: number,
  extraHistory: readonly HistoryEntry[] | undefined,
): Decision {
  const message = pm.message;
  const critical = message.priority === "critical" && message.purpose !== "marketing";
  const marketing = message.purpose === "marketing";
  const prefs = customer.preferences;
  let ledger: IndexedLedger | undefined;
  const history =
    extraHistory === undefined
      ? customer.history
      : customer.history === undefined
        ? extraHistory
        : [...customer.history, ...extraHistory];
  const timeCtx: _TimeContext = { plan, customer, message, nowMs, history, critical, pm };

  // 1. Candidates in order: customer's preference, then policy priority, then message order.
  const order = prefs?.channelOrder;
  const evals: _Eval[] = message.channels.map((channel, i) => {
    const pi = order === undefined ? -1 : order.indexOf(channel);
    const qi = plan._priority.get(channel);
    return {
      channel,
      kind: pm._kinds[i] as ChannelKind,
      order: (pi < 0 ? 1e6 : pi * 1e3) + (qi === undefined ? 999 : qi) + i / 1e3,
      reasons: [],
      applied: [],
      countsAgainst: undefined,
      basis: undefined,
      basisUntil: undefined,
      blocked: false,
      sendAt: Number.NaN,
    };
  });
  evals.sort((a, b) => a.order - b.order);

  // 2. Eligibility, per channel.
  for (const ev of evals) {
    const { channel, kind, reasons } = ev;
    const facts: TargetFacts = {
      jurisdiction: customer.jurisdiction,
      customerType: customer.type,
      channel,
      kind,
      purpose: message.purpose,
      automated: message.automated === true,
    };
    const contact = customer.contacts[channel];
    if (contact === undefined) {
      reasons.push(_reason("contact.missing", `No ${channel} contact point.`, { channel }));
    } else if (contact.status !== "ok") {
      reasons.push(
        _reason("contact.undeliverable", `The ${channel} contact point is '${contact.status}'.`, {
          channel,
          facts: { status: contact.status },
        }),
      );
    }
    for (const s of customer.suppressions ?? []) {
      const purposes = s.purposes ?? ["marketing"];
      if (!purposes.includes(message.purpose)) continue;
      if (s.channels !== undefined && !s.channels.includes(channel)) continue;
      if (s.at !== undefined && parseInstant(s.at) > nowMs) continue;
      reasons.push(
        _reason("suppressed", `Suppressed (${s.reason}${s.at ? ` since ${s.at}` : ""}).`, {
          channel,
          facts: { reason: s.reason },
        }),
      );
    }
    if (!critical && prefs !== undefined) {
      if (
        prefs.channels !== undefined &&
        Object.hasOwn(prefs.channels, channel) &&
        prefs.channels[channel] === false
      )
        reasons.push(
          _reason("preference.channel-off", `The customer turned ${channel} off.`, { channel }),
        );
      const topic = message.topic;
      if (
        topic !== undefined &&
        prefs.topics !== undefined &&
        Object.hasOwn(prefs.topics, topic) &&
        prefs.topics[topic] === false
      )
        reasons.push(
          _reason("preference.topic-off", `The customer turned topic '${topic}' off.`, { channel }),
        );
    }

    // Legal basis.
    if (!marketing) {
      ev.basis = { code: "basis.service", facts: { purpose: message.purpose } };
    } else {
      ledger ??= indexLedger(customer.consents);
      const req = {
        channel,
        kind,
        purpose: message.purpose,
        topic: message.topic,
        brand: message.brand ?? plan._brand,
      };
      const reqs = plan._consentRequirements.filter((r) => r.applies(facts));
      for (const r of reqs) ev.applied.push(r.id);
      const state = resolveConsent(ledger, req, nowMs, {
        requireConfirmation: plan._doubleOptIn.has(channel),
        maxAgeMs: plan._consentMaxAgeMs,
        accept: reqs.length === 0 ? undefined : (e) => reqs.every((r) => r.accept?.(e) !== false),
      });
      if (state.status === "granted") {
        const e = state.event;
        const basis: { -readonly [K in keyof Basis]: Basis[K] } = {
          code: "basis.consent",
          consentId: e.id,
          facts: { grantedAt: e.at },
        };
        if (e.method !== undefined) (basis.facts as Record<string, string>).method = e.method;
        if (e.source !== undefined) (basis.facts as Record<string, string>).source = e.source;
        if (state.expiresAt !== undefined) basis.expiresAt = _iso(state.expiresAt);
        ev.basis = basis;
        ev.basisUntil = state.expiresAt;
      } else if (state.status === "withdrawn") {
        const law = reqs[0] ?? plan._optOut.find((o) => o.applies(facts));
        reasons.push(
          _reason(
            "consent.withdrawn",
            `Consent for ${channel} ${message.purpose} was withdrawn at ${state.event.at} (event '${state.event.id}').`,
            {
              channel,
              rule: law?.id,
              source: law?.source,
              facts: { eventId: state.event.id, at: state.event.at },
            },
          ),
        );
      } else {
        const ec = _existingCustomer(plan, customer, message, facts, nowMs);
        // An opt-out regime applies only where no law asks for consent (deny beats allow).
        const optOut =
          ec.basis === undefined && reqs.length === 0
            ? plan._optOut.find((o) => o.applies(facts))
            : undefined;
        for (const id of ec.considered) ev.applied.push(id);
        if (optOut !== undefined) ev.applied.push(optOut.id);
        if (ec.basis !== undefined) {
          ev.basis = ec.basis;
          ev.basisUntil = ec.until;
        } else if (optOut !== undefined || !plan._consentRequired(channel, kind)) {
          const b: { -readonly [K in keyof Basis]: Basis[K] } = {
            code: "basis.not-required",
            facts: { channel, kind },
          };
          if (optOut !== undefined) {
            b.rule = optOut.id;
            if (optOut.source !== undefined) b.source = optOut.source;
          }
          ev.basis = b;
        } else {
          const why =
            ec.notes.length > 0 ? ` Existing-customer exception: ${ec.notes.join("; ")}.` : "";
          // The law that asks for the consent, when a pack or the policy names one.
          const law = reqs[0];
          const cite = { channel, rule: law?.id, source: law?.source };
          const needs = law?.description === undefined ? "" : ` ${law.description}`;
          if (state.status === "missing")
            reasons.push(
              _reason(
                "consent.missing",
                `No consent covers ${channel} ${message.purpose}${message.topic ? ` on topic '${message.topic}'` : ""}.${needs}${why}`,
                cite,
              ),
            );
          else if (state.status === "expired")
            reasons.push(
              _reason(
                "consent.expired",
                `The consent '${state.event.id}' has expired.${needs}${why}`,
                {
                  ...cite,
                  facts: { eventId: state.event.id },
                },
              ),
            );
          else if (state.status === "insufficient") {
            for (const req of reqs) {
              if (req.accept?.(state.event) !== false) continue;
              reasons.push(
                _reason(
                  "consent.insufficient",
                  `The consent '${state.event.id}' (${state.event.method ?? "method not recorded"}${state.event.evidence === undefined ? ", no evidence" : ""}) is not in the form required${req.description ? `: ${req.description}` : ""}.${why}`,
                  { channel, rule: req.id, source: req.source, facts: { eventId: state.event.id } },
                ),
              );
            }
          } else
            reasons.push(
              _reason(
                "consent.unconfirmed",
                `The consent '${state.event.id}' awaits double opt-in confirmation.${why}`,
                { ...cite, facts: { eventId: state.event.id } },
              ),
            );
        }
      }
    }

    // Registers.
    for (const reg of plan._registers) {
      if (!reg.applies(facts)) continue;
      ev.applied.push(reg.id);
      const st = customer.registers?.[reg.id];
      const src = reg.source;
      if (st === undefined) {
        if (reg.uncheckedIsListed)
          reasons.push(
            _reason(
              "register.stale",
              `Never checked against register '${reg.id}': counts as listed.`,
              { channel, rule: reg.id, source: src },
            ),
          );
        continue;
      }
      const checked = parseInstant(st.checkedAt);
      if (!(nowMs - checked <= reg.maxAgeMs)) {
        reasons.push(
          _reason(
            "register.stale",
            `Register '${reg.id}' last checked ${st.checkedAt}, older than allowed: counts as listed.`,
            { channel, rule: reg.id, source: src, facts: { checkedAt: st.checkedAt } },
          ),
        );
        continue;
      }
      if (!st.listed) continue;
      if (reg.consentOverrides && ev.basis?.code === "basis.consent") continue;
      const lp = customer.relationship?.lastPurchaseAt;
      const within = (at: string | undefined, ms: number | undefined) => {
        if (at === undefined || ms === undefined) return false;
        const t = parseInstant(at);
        return t <= nowMs && nowMs - t <= ms;
      };
      if (
        within(lp, reg.existingCustomerOverridesMs) ||
        within(customer.relationship?.lastInquiryAt, reg.inquiryOverridesMs)
      )
        continue;
      reasons.push(
        _reason("register.listed", `Listed on register '${reg.id}' (checked ${st.checkedAt}).`, {
          channel,
          rule: reg.id,
          source: src,
          facts: { checkedAt: st.checkedAt },
        }),
      );
    }

    // Rules: any applicable prohibition wins.
    if (plan._rules.length > 0) {
      const ctx: RuleContext = { customer, message, channel, channelKind: kind, now: nowMs };
      for (const rule of plan._rules) {
        if (!rule.applies(facts)) continue;
        ev.applied.push(rule.id);
        let denied: boolean;
        try {
          denied = rule.denies(ctx);
        } catch (e) {
          reasons.push(
            _reason(
              "rule.error",
              `Rule '${rule.id}' failed (${e instanceof Error ? e.message : String(e)}): denied.`,
              { channel, rule: rule.id, source: rule.source },
            ),
          );
          continue;
        }
        if (denied)
          reasons.push(
            _reason("rule.deny", rule.description ?? `Rule '${rule.id}' prohibits this send.`, {
              channel,
              rule: rule.id,
              source: rule.source,
            }),
          );
      }
    }

    ev.blocked = reasons.length > 0;
    // 3. Timing, for eligible channels only.
    if (!ev.blocked) {
      const t = _timeChannel(timeCtx, channel, kind, facts, reasons, ev.applied, ev.basisUntil);
      ev.countsAgainst = _countsAgainst(timeCtx, channel, facts);
      if (t === undefined) ev.blocked = true;
      else ev.sendAt = t;
    }
  }

  // 4. Choice.
  const eligible = evals.filter((e) => !e.blocked);
  const nowIso = _iso(nowMs);
  const channels: ChannelVerdict[] = evals.map((e) => {
    const v: { -readonly [K in keyof ChannelVerdict]: ChannelVerdict[K] } = {
      channel: e.channel,
      status: e.blocked ? "blocked" : "ok",
      reasons: e.reasons,
    };
    if (!e.blocked) v.sendAt = _iso(e.sendAt);
    if (e.applied.length > 0) v.applied = e.applied;
    if (!e.blocked && e.countsAgainst !== undefined) v.countsAgainst = e.countsAgainst;
    if (e.basis !== undefined && !e.blocked) v.basis = e.basis;
    return v;
  });
  const base = { customerId: customer.id, policy: _policyRef(plan), now: nowIso, channels };
  const withMsg = <T extends object>(d: T): T =>
    message.id === undefined ? d : { ...d, messageId: message.id };
  if (eligible.length === 0) {
    const reasons = evals.flatMap((e) => e.reasons);
    return withMsg({ verdict: "deny", reasons, ...base });
  }
  let chosen = eligible[0] as _Eval;
  const maxDelay = pm._maxDelayMs;
  if (maxDelay !== undefined && message.delivery === "first") {
    const start = Math.max(nowMs, pm._notBefore ?? nowMs);
    if (chosen.sendAt - start > maxDelay) {
      for (const e of eligible) if (e.sendAt < chosen.sendAt) chosen = e;
    }
  }
  const reasons: Reason[] = [];
  for (const e of evals) {
    if (e === chosen) break;
    reasons.push(...e.reasons);
  }
  reasons.push(...chosen.reasons);
  const verdict = chosen.sendAt <= nowMs ? "send" : "defer";
  const d: Decision = {
    verdict,
    channel: chosen.channel,
    sendAt: _iso(chosen.sendAt),
    ...(customer.timeZone === undefined
      ? {}
      : { sendAtLocal: _localIso(customer.timeZone, chosen.sendAt) }),
    ...(verdict === "defer" ? { redecideAt: _iso(chosen.sendAt) } : {}),
    ...(chosen.basis === undefined ? {} : { basis: chosen.basis }),
    reasons,
    ...base,
  };
  if (message.delivery === "all") {
    return withMsg({
      ...d,
      verdict: eligible.some((e) => e.sendAt <= nowMs) ? "send" : "defer",
      deliveries: eligible.map((e) => ({ channel: e.channel, sendAt: _iso(e.sendAt) })),
      reasons: evals.flatMap((e) => e.reasons),
    });
  }
  return withMsg(d);
}

function _existingCustomer(
  plan: CompiledPolicy,
  customer: Customer,
  message: Message,
  facts: TargetFacts,
  nowMs: number,
): { basis?: Basis; until?: number | undefined; notes: string[]; considered: string[] } {
  const notes: string[] = [];
  const considered: string[] = [];
  const rel = customer.relationship;
  for (const b of plan._existingCustomer) {
    if (!b.applies(facts)) continue;
    considered.push(b.id);
    const contact = customer.contacts[facts.channel];
    const how = contact?.obtained?.method;
    const miss = (why: string) => notes.push(`'${b.id}' ${why}`);
    const allowed: ("purchase" | "inquiry")[] = [];
    if (b.byPurchase) allowed.push("purchase");
    if (b.byInquiry) allowed.push("inquiry");
    let kinds = allowed;
    if (b.contactFromRelationship) {
      if (how !== "purchase" && how !== "inquiry" ? true : !allowed.includes(how)) {
        miss(
          `needs the ${facts.channel} contact obtained in a ${allowed.join(" or ")} (it was ${how ?? "not recorded"})`,
        );
        continue;
      }
      kinds = [how as "purchase" | "inquiry"];
    }
    if (b.optOutAtCollection && contact?.obtained?.optOutOffered !== true) {
      miss("needs an opt-out offered at collection");
      continue;
    }
    if (b.similarProducts) {
      const cat = message.category;
      if (cat === undefined || !(rel?.purchasedCategories ?? []).includes(cat)) {
        miss(
          `needs the message's category among the customer's purchases (${cat ?? "message has no category"})`,
        );
        continue;
      }
    }
    // The relationship that lasts longest wins; no time limit means it never lapses.
    let best: { kind: "purchase" | "inquiry"; at?: string; expiresAt?: number } | undefined;
    for (const kind of kinds) {
      const at = kind === "purchase" ? rel?.lastPurchaseAt : rel?.lastInquiryAt;
      const within = kind === "purchase" ? b.purchaseWithinMs : b.inquiryWithinMs;
      if (within === undefined) {
        if (b.contactFromRelationship || at !== undefined) {
          best = at === undefined ? { kind } : { kind, at };
          break;
        }
        continue;
      }
      if (at === undefined) continue;
      const last = parseInstant(at);
      const expiresAt = last + within;
      if (
        last <= nowMs &&
        nowMs < expiresAt &&
        (best === undefined || (best.expiresAt !== undefined && expiresAt > best.expiresAt))
      )
        best = { kind, at, expiresAt };
    }
    if (best === undefined) {
      miss(
        `needs a ${kinds.join(" or ")} within its time limit (last purchase ${rel?.lastPurchaseAt ?? "none"}, last inquiry ${rel?.lastInquiryAt ?? "none"})`,
      );
      continue;
    }
    const f: Record<string, string> = { relationship: best.kind };
    if (how !== undefined) f.obtainedBy = how;
    if (best.at !== undefined)
      f[best.kind === "purchase" ? "lastPurchaseAt" : "lastInquiryAt"] = best.at;
    if (message.category !== undefined) f.category = message.category;
    const basis: { -readonly [K in keyof Basis]: Basis[K] } = {
      code: b.basis === "implied" ? "basis.implied" : "basis.existing-customer",
      rule: b.id,
      facts: f,
    };
    if (b.source !== undefined) basis.source = b.source;
    if (best.expiresAt !== undefined) basis.expiresAt = _iso(best.expiresAt);
    return { basis, until: best.expiresAt, notes, considered };
  }
  return { notes, considered };
}

function _nonEmpty(issues: Issue[]): [Issue, ...Issue[]] {
  return issues.length > 0
    ? (issues as [Issue, ...Issue[]])
    : [{ code: "unknown", path: [], message: "invalid input" }];
}
