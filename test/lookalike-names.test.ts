/**
 * Issue 11, class 5: keys and names that only look like a channel or topic (`"SMS"`, a trailing
 * space, Cyrillic or full-width letters, a zero-width character, `e-mail`, a one-letter typo)
 * are refused with the name meant, wherever a record names a channel or topic. Read as written
 * they would match nothing, so a channel the customer turned off would be used.
 */

import {
  CustomerSchema,
  compilePolicy,
  decide,
  decideEach,
  InputError,
  safeCompilePolicy,
  safeDecide,
} from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _fastParseCustomer } from "../src/model/fast-customer.js";
import { lookalikes, normalizeName } from "../src/model/names.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const now = "2026-05-06T10:00:00Z";
const plan = compilePolicy({
  id: "names",
  packs: ["NO"],
  channels: { whatsapp: { kind: "electronic" } },
  // A sender whose messages name it and carry an opt-out (ePrivacy Art. 13(4) is tested elsewhere).
  messageDefaults: { facts: { senderIdentified: true, optOut: true } },
});
const CHANNELS = ["email", "sms", "voice", "push", "in_app", "post", "whatsapp"] as const;
const base = {
  id: "c1",
  jurisdiction: "NO",
  timeZone: "Europe/Oslo",
  contacts: {
    email: { address: "a@example.no" },
    sms: { address: "+4791234567" },
    whatsapp: { address: "+4791234567" },
  },
  consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
};

// Look-alikes of a name, each drawn like it but not equal to it.
const CYRILLIC: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", s: "ѕ", i: "і" };
const FULL_WIDTH = (s: string) =>
  [...s].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join("");
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"];
const SPACES = [" ", "\t", "\u00a0", "\u3000"];

/** A name that looks like `name`: how it was made, and the string. */
const lookalike = (name: string): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.integer({ min: 0, max: name.length - 1 }).map((i) => {
        // one letter upper-cased, or all
        return i % 2 === 0
          ? name.toUpperCase()
          : name.slice(0, i) + name.charAt(i).toUpperCase() + name.slice(i + 1);
      }),
      fc
        .tuple(fc.constantFrom(...SPACES), fc.boolean())
        .map(([sp, lead]) => (lead ? sp + name : name + sp)),
      fc.integer({ min: 0, max: name.length - 1 }).map((i) => {
        const ch = name.charAt(i);
        const c = CYRILLIC[ch];
        return c === undefined ? name.toUpperCase() : name.slice(0, i) + c + name.slice(i + 1);
      }),
      fc.constant(FULL_WIDTH(name)),
      fc
        .tuple(fc.integer({ min: 0, max: name.length }), fc.constantFrom(...INVISIBLE))
        .map(([i, z]) => name.slice(0, i) + z + name.slice(i)),
    )
    .filter((s) => s !== name);

/** A valid name the policy does not know, one edit or a separator away from `name`. */
const typo = (name: string): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc
        .integer({ min: 1, max: Math.max(1, name.length - 1) })
        .map((i) => `${name.slice(0, i)}-${name.slice(i)}`),
      fc
        .integer({ min: 0, max: name.length - 2 })
        .map((i) => name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2)),
      fc.integer({ min: 0, max: name.length - 1 }).map((i) => name.slice(0, i) + name.slice(i + 1)),
      fc.constant(`${name}s`),
    )
    .filter((s) => s !== name && /^[a-z0-9][a-z0-9_.:-]*$/.test(s) && !plan._.kinds.has(s));

type Rec = Record<string, unknown> & typeof base;
/** Every place a record names a channel, with the path of the name. */
const PLACES: {
  name: string;
  put: (r: Rec, ch: string) => void;
  path: (ch: string) => unknown[];
}[] = [
  {
    name: "preferences.channels (a key turned off)",
    put: (r, ch) => Object.assign(r, { preferences: { channels: { [ch]: false } } }),
    path: (ch) => ["preferences", "channels", ch],
  },
  {
    name: "contacts (a key)",
    put: (r, ch) => {
      r.contacts = { ...r.contacts, [ch]: { address: "x@example.no" } };
    },
    path: (ch) => ["contacts", ch],
  },
  {
    name: "preferences.channelOrder",
    put: (r, ch) => Object.assign(r, { preferences: { channelOrder: [ch] } }),
    path: () => ["preferences", "channelOrder", 0],
  },
  {
    name: "preferences.frequency.channel",
    put: (r, ch) =>
      Object.assign(r, { preferences: { frequency: [{ max: 0, per: "day", channel: ch }] } }),
    path: () => ["preferences", "frequency", 0, "channel"],
  },
  {
    name: "suppressions.channels",
    put: (r, ch) => Object.assign(r, { suppressions: [{ reason: "complaint", channels: [ch] }] }),
    path: () => ["suppressions", 0, "channels", 0],
  },
  {
    name: "a withdrawal's scope",
    put: (r, ch) =>
      Object.assign(r, {
        consents: [
          ...r.consents,
          { id: "w", type: "withdraw", at: "2026-02-01T00:00:00Z", scope: { channels: [ch] } },
        ],
      }),
    path: () => ["consents", 1, "scope", "channels", 0],
  },
  {
    name: "history.channel",
    put: (r, ch) =>
      Object.assign(r, {
        history: [{ at: "2026-05-06T09:00:00Z", channel: ch, purpose: "marketing" }],
      }),
    path: () => ["history", 0, "channel"],
  },
];

const message = {
  purpose: "marketing" as const,
  channels: [...CHANNELS.filter((c) => c !== "post")],
};
const arbCase = fc
  .tuple(fc.constantFrom(...CHANNELS), fc.integer({ min: 0, max: PLACES.length - 1 }))
  .chain(([ch, at]) =>
    fc.tuple(fc.constant(ch), fc.constant(at), fc.oneof(lookalike(ch), typo(ch))),
  );

describe("names that look like a channel are refused, with the channel meant", () => {
  it("anywhere a record names a channel: input.invalid at that path, 'did you mean' the channel", () => {
    let tried = 0;
    fc.assert(
      fc.property(arbCase, ([ch, at, odd]) => {
        const place = PLACES[at] as (typeof PLACES)[number];
        const bad = structuredClone(base) as Rec;
        place.put(bad, odd);
        const [d] = [...decideEach(plan, [bad], { message, now })];
        expect(d?.verdict, `${place.name} ${JSON.stringify(odd)}`).toBe("deny");
        const r = d?.reasons.find((x) => x.code === "input.invalid");
        expect(r, `${place.name} ${JSON.stringify(odd)}`).toBeDefined();
        expect(r?.path).toEqual(place.path(odd));
        expect(r?.message).toContain(`did you mean`);
        expect(r?.message).toContain(`'${ch}'`);
        // decide throws, naming the field under `customer`.
        const e = (() => {
          try {
            decide(plan, { customer: bad as never, message, now });
          } catch (x) {
            return x;
          }
          return undefined;
        })();
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).issues[0]?.path).toEqual(["customer", ...place.path(odd)]);
        // The same record with the channel written as it is: judged, not refused.
        const good = structuredClone(base) as Rec;
        place.put(good, ch);
        const [g] = [...decideEach(plan, [good], { message, now })];
        expect(g?.reasons.map((x) => x.code)).not.toContain("input.invalid");
        tried++;
      }),
      { numRuns: RUNS, seed: 5005 },
    );
    expect(tried).toBe(RUNS);
  });

  it("history given beside the record is held to the same names", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), (ch) => {
        const [d] = [
          ...decideEach(plan, [base], {
            message,
            now,
            history: () => [
              { at: "2026-05-06T09:00:00Z", channel: ch.toUpperCase(), purpose: "marketing" },
            ],
          }),
        ];
        expect(d?.reasons[0]?.code).toBe("input.invalid");
        expect(d?.reasons[0]?.path?.[0]).toBe("history");
      }),
      { numRuns: 20, seed: 1 },
    );
  });

  it("a channel turned off with the exact name is obeyed; an unrelated unknown name is left alone", () => {
    const off = { ...base, preferences: { channels: { sms: false } } };
    const d = decide(plan, {
      customer: off as never,
      message: { purpose: "marketing", channels: ["sms"] },
      now,
    });
    expect(d.verdict).toBe("deny");
    expect(d.reasons.map((r) => r.code)).toContain("preference.channel-off");
    // `fax` looks like no channel of this policy: it can never be a candidate, so it is ignored.
    const fax = { ...base, preferences: { channels: { fax: false } } };
    expect(
      decide(plan, {
        customer: fax as never,
        message: { purpose: "marketing", channels: ["sms"] },
        now,
      }).verdict,
    ).toBe("send");
  });

  it("the examples of the issue", () => {
    for (const [key, meant] of [
      ["SMS", "sms"],
      ["sms ", "sms"],
      ["ѕms", "sms"],
      ["ｓｍｓ", "sms"],
      ["s\u200bms", "sms"],
      ["e-mail", "email"],
      ["emial", "email"],
      ["text", "sms"],
    ] as const) {
      const r = safeDecide(plan, {
        customer: { ...base, preferences: { channels: { [key]: false } } },
        message: { purpose: "marketing", channels: ["sms"] },
        now,
      });
      expect(r.success, key).toBe(false);
      if (r.success) continue;
      expect(r.error.issues[0]?.path).toEqual(["customer", "preferences", "channels", key]);
      expect(r.error.issues[0]?.message).toContain(`did you mean '${meant}'`);
    }
  });
});

describe("topic keys and names are names", () => {
  const TOPICS = ["offers", "news", "running-shoes"];
  it("a topic key that only looks like one is refused, with the topic meant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOPICS).chain((t) => fc.tuple(fc.constant(t), lookalike(t))),
        ([topic, odd]) => {
          const rec = { ...base, preferences: { topics: { [odd]: false } } };
          const r = CustomerSchema.safeParse(rec);
          expect(r.success).toBe(false);
          const issue = r.error?.issues[0];
          expect(issue?.code).toBe("invalid_key");
          expect(issue?.path).toEqual(["preferences", "topics", odd]);
          expect(issue?.message).toContain(`did you mean '${topic}'`);
          // The fast path never accepts it either.
          expect(_fastParseCustomer(rec)).toBeUndefined();
          // Nor a message topic, a consent scope topic or a history topic written so.
          expect(
            safeDecide(plan, {
              customer: base,
              message: { purpose: "marketing", channels: ["email"], topic: odd },
              now,
            }).success,
          ).toBe(false);
        },
      ),
      { numRuns: RUNS, seed: 77 },
    );
  });

  it("the exact topic turned off is obeyed", () => {
    const rec = { ...base, preferences: { topics: { offers: false } } };
    const d = decide(plan, {
      customer: rec as never,
      message: { purpose: "marketing", channels: ["email"], topic: "offers" },
      now,
    });
    expect(d.reasons.map((r) => r.code)).toContain("preference.topic-off");
  });
});

describe("policies name channels the same way", () => {
  it("a declared channel or consent.required key that is not a name is refused, with the name meant", () => {
    const r = safeCompilePolicy({ id: "p", channels: { WhatsApp: { kind: "electronic" } } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toContain("did you mean 'whatsapp'");
    const q = safeCompilePolicy({ id: "p", consent: { required: { "SMS ": false } } });
    expect(q.success).toBe(false);
    if (!q.success) expect(q.error.issues[0]?.path).toEqual(["consent", "required", "SMS "]);
  });
});

describe("normalizeName and lookalikes", () => {
  it("fold case, width, invisible characters, look-alike scripts and white space", () => {
    expect(normalizeName(" ＳＭＳ\u200b")).toBe("sms");
    expect(normalizeName("Ѕms")).toBe("sms");
    expect(normalizeName("in app")).toBe("in_app");
    expect(lookalikes("E-Mail", ["email", "sms"])).toEqual(["email"]);
    expect(lookalikes("mail", ["email", "post", "sms"])).toEqual(["email", "post"]);
    expect(lookalikes("fax", ["email", "post", "sms", "voice", "push", "in_app"])).toEqual([]);
  });
});
