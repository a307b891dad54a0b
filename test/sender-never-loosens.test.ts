import { describe, expect, it } from "vitest";
import { decisionAudience } from "../scripts/decision-audience.js";
import { compilePolicy, type Decision, decideEach } from "../src/index.js";
import { BUNDLED_PACKS } from "../src/packs/index.js";
import { PACK_LISTS } from "../src/packs/pack.js";

/**
 * A sender's policy may tighten what a pack asks, never loosen it: for every bundled pack and
 * every option a sender could use to loosen it, a channel that the pack alone blocks with a reason
 * citing one of its rules stays blocked. The audience is the decision snapshot's (every pack's
 * jurisdictions, every channel, ledgers, registers, relationships).
 */

const now = Date.parse("2026-05-06T10:00:00Z");
const audience = decisionAudience({ anchor: now, to: 400 }).map((m) => m.record);
const everyChannelAndKind = Object.fromEntries(
  [
    "email",
    "sms",
    "voice",
    "push",
    "in_app",
    "post",
    "electronic",
    "telephone",
    "mail",
    "online",
  ].map((k) => [k, false]),
);

/** Options a sender might add to get past the law. */
const LOOSENERS: Record<string, { policy?: object; message?: object }> = {
  "consent.required false for every channel and kind": {
    policy: { consent: { required: everyChannelAndKind } },
  },
  "an existing-customer exception of its own, without conditions": {
    policy: {
      existingCustomer: [
        {
          id: "sender-ec",
          obtainedBy: ["purchase", "inquiry"],
          contactFromRelationship: false,
          similarProducts: false,
          optOutAtCollection: false,
        },
      ],
    },
  },
  "an opt-out regime of its own": { policy: { optOut: [{ id: "sender-opt-out" }] } },
  "a presumed-consent rule of its own, for every channel and customer": {
    policy: { presumedConsent: [{ id: "sender-presumed", fromRelationship: true }] },
  },
  "caps: exempt on the message": { message: { caps: "exempt" } },
  "caps: exempt-uncounted on the message": { message: { caps: "exempt-uncounted" } },
};

const messages: {
  purpose: "marketing";
  channels: string[];
  automated?: boolean;
  delivery?: "all";
}[] = [
  { purpose: "marketing", channels: ["email", "sms", "push", "post"], delivery: "all" },
  { purpose: "marketing", channels: ["voice"], automated: false },
  { purpose: "marketing", channels: ["voice", "sms"], automated: true, delivery: "all" },
];

/**
 * The audience a pack is checked on: the snapshot's, or for a US state pack whose state the
 * snapshot does not draw, its US customers moved into that state, and for a country pack whose
 * country it does not draw, every customer moved there (so every pack's rules meet customers of
 * their own).
 */
function audienceFor(code: string): unknown[] {
  const j = BUNDLED_PACKS[code]?.jurisdictions[0];
  const jurisdictionOf = (r: unknown) => (r as { jurisdiction?: unknown }).jurisdiction;
  if (j === undefined || audience.some((r) => jurisdictionOf(r) === j)) return audience;
  // A country the snapshot does not draw (LU, NZ…): every customer moved there.
  if (!/^US-[A-Z]{2}$/.test(j)) return audience.map((r) => ({ ...(r as object), jurisdiction: j }));
  return audience
    .filter((r) => String(jurisdictionOf(r)).startsWith("US"))
    .map((r) => ({ ...(r as object), jurisdiction: j }));
}

/**
 * Whether a pack holds a rule that can block a channel outright (a consent requirement, a
 * register, a prohibition). Calling hours, holidays, blackouts and caps only defer, and a pack
 * with none of the former (a US state with nothing stricter than the federal rules) has nothing
 * a loosener could open: for those the check has no case to hold.
 */
function canBlock(code: string): boolean {
  const p = BUNDLED_PACKS[code]?.policy as Record<string, unknown[] | undefined> | undefined;
  return ["consentRequirements", "registers", "rules"].some((l) => (p?.[l]?.length ?? 0) > 0);
}

function packRuleIds(code: string): Set<string> {
  const ids = new Set<string>();
  const visit = (c: string) => {
    const pack = BUNDLED_PACKS[c];
    if (pack === undefined) return;
    for (const field of PACK_LISTS)
      for (const el of (pack.policy as Record<string, { id: string }[] | undefined>)[field] ?? [])
        ids.add(el.id);
    for (const inc of pack.includes ?? []) visit(inc);
  };
  visit(code);
  return ids;
}

/** The channels a decision blocks with a reason that cites one of `ids`. */
function blockedByLaw(d: Decision, ids: Set<string>): string[] {
  return d.channels
    .filter(
      (c) =>
        c.status === "blocked" && c.reasons.some((r) => r.rule !== undefined && ids.has(r.rule)),
    )
    .map((c) => c.channel);
}

describe.each(Object.keys(BUNDLED_PACKS))("pack %s", (code) => {
  const ids = packRuleIds(code);
  const base = compilePolicy({ id: "law", packs: [code] });
  const records = audienceFor(code);
  it.each(Object.entries(LOOSENERS))("stays closed with %s", (_name, loosener) => {
    const loose = compilePolicy({ id: "law", packs: [code], ...loosener.policy });
    let checked = 0;
    for (const m of messages) {
      const message = { ...m, ...loosener.message };
      const a = [...decideEach(base, records, { message: m, now })];
      const b = [...decideEach(loose, records, { message, now })];
      a.forEach((d, i) => {
        const law = blockedByLaw(d, ids);
        if (law.length === 0) return;
        checked++;
        const after = b[i] as Decision;
        const open = after.channels.filter((c) => c.status === "ok").map((c) => c.channel);
        expect(
          law.filter((c) => open.includes(c)),
          `${d.customerId}: ${JSON.stringify(after.channels.filter((c) => law.includes(c.channel)))}`,
        ).toEqual([]);
      });
    }
    if (canBlock(code)) expect(checked).toBeGreaterThan(0);
  });
});
