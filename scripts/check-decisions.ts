/**
 * The decision snapshot: decides a seeded audience of 26,000 customers (scripts/decision-audience.ts)
 * in a set of scenarios (policy, message, now) and compares the decisions with the committed
 * digest and listing under test/decisions/. Any change of any decision fails the check and says
 * which decisions changed and how.
 *
 *   npm run check:decisions               # compare (exit 1 on any change)
 *   npm run check:decisions -- --update   # rewrite the files after a deliberate change
 *   npm run check:decisions -- --coverage # also list every reason code and pack rule seen
 *
 * A deliberate change must be recorded in CHANGELOG.md as a **Decision change**.
 */
import { createHash, hash as oneShotHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  BUNDLED_PACKS,
  type CompiledPolicy,
  compilePolicy,
  type Decision,
  decideEach,
  type HistoryEntry,
  type MessageInput,
  type PolicyInput,
  REASON_CODES,
  safeDecide,
} from "../src/index.js";
import {
  type AudienceMember,
  audienceMembers,
  DECISION_AUDIENCE_SEED,
  DECISION_AUDIENCE_SIZE,
  LATER_AUDIENCE_SIZE,
} from "./decision-audience.js";

const DIR = join(import.meta.dirname, "..", "test", "decisions");
const DIGEST_FILE = join(DIR, "digest.json");
const LISTING_TSV = join(DIR, "decisions.tsv");
const LISTING_GZ = join(DIR, "decisions.tsv.gz");
/** A listing larger than this is stored gzipped. */
const GZIP_ABOVE = 1_000_000;

const _H = 3_600_000;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;

// ---------------------------------------------------------------------------------------------
// Policies

/** Every pack (`auto`) and every kind of sender rule. */
const AUTO: PolicyInput = {
  id: "snapshot-auto",
  version: "1",
  packs: "auto",
  // A normal sender: its e-mails and texts name it and carry a working opt-out (issue 12).
  messageDefaults: { facts: { senderIdentified: true, optOut: true } },
  channels: { whatsapp: { kind: "electronic" } },
  channelPriority: ["email", "sms", "push", "whatsapp", "in_app", "voice", "post"],
  quietHours: [
    {
      id: "sender-night",
      purposes: ["marketing", "service"],
      windows: [{ from: "21:00", until: "08:00" }],
    },
  ],
  blackouts: [
    { id: "sender-no-sms-sundays", channels: ["sms"], rrule: "FREQ=WEEKLY;BYDAY=SU" },
    { id: "sender-christmas", rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24", duration: "P3D" },
    {
      id: "sender-maintenance",
      purposes: ["service"],
      kinds: ["online"],
      rrule: "FREQ=MONTHLY;BYMONTHDAY=29;BYHOUR=1;BYMINUTE=0;BYSECOND=0",
      duration: "PT5H",
      criticalBypass: true,
    },
  ],
  holidays: [{ id: "sender-holidays", purposes: ["marketing"] }],
  caps: [
    { id: "sender-3-per-7d", purposes: ["marketing"], max: 3, window: "P7D" },
    {
      id: "sender-1-per-channel-day",
      purposes: ["marketing"],
      max: 1,
      window: "day",
      countBy: ["purpose", "channel"],
    },
    { id: "sender-campaign-once-a-month", max: 1, window: "month", countBy: ["campaign"] },
    { id: "sender-service-10-per-day", purposes: ["service"], max: 10, window: "P1D" },
  ],
  rules: [
    {
      id: "sender-no-minors",
      description: "No marketing to customers under 18.",
      purposes: ["marketing"],
      when: { field: "customer.attributes.age", op: "lt", value: 18 },
    },
    {
      id: "sender-voice-for-gold",
      description: "Marketing calls only to gold and platinum customers.",
      channels: ["voice"],
      purposes: ["marketing"],
      unless: { field: "customer.attributes.tier", op: "in", value: ["gold", "platinum"] },
    },
    {
      id: "sender-no-b2b-push-offers",
      customerTypes: ["business"],
      kinds: ["online"],
      when: {
        all: [
          { field: "message.topic", op: "eq", value: "offers" },
          { field: "message.purpose", op: "eq", value: "marketing" },
        ],
      },
    },
    {
      id: "sender-segment-service",
      description: "The segment service must clear the customer.",
      purposes: ["marketing"],
      test: (ctx) => {
        if (ctx.customer.attributes?.explode === true) throw new Error("segment service down");
        return ctx.customer.attributes?.segment === "churn-risk" && ctx.channel === "sms";
      },
    },
  ],
};

/** Named Nordic packs only; double opt-in, a maximum consent age and a brand. */
const NORDIC: PolicyInput = {
  id: "snapshot-nordic",
  packs: ["NO", "DK", "SE", "FI"],
  // A normal sender: its e-mails and texts name it and carry a working opt-out (issue 12).
  messageDefaults: { facts: { senderIdentified: true, optOut: true } },
  consent: { doubleOptIn: ["email", "sms"], maxAge: "P365D", brand: "acme" },
  windows: [
    {
      id: "sender-office-hours-voice",
      channels: ["voice"],
      windows: [{ days: [...WEEKDAYS], from: "08:00", until: "20:00" }],
    },
  ],
  caps: [{ id: "sender-2-per-week", purposes: ["marketing"], max: 2, window: "week" }],
  horizon: "P14D",
};

/** The EU baseline and the Atlantic packs (US brings US-FL); mail opt-out; own register. */
const ATLANTIC: PolicyInput = {
  id: "snapshot-atlantic",
  version: "2026-05",
  packs: ["EU", "DE", "FR", "GB", "US", "CA"],
  // A normal sender: its e-mails and texts name it and carry a working opt-out (issue 12).
  messageDefaults: { facts: { senderIdentified: true, optOut: true } },
  channels: { whatsapp: { kind: "electronic" } },
  consent: { required: { mail: false } },
  consentRequirements: [
    {
      id: "sender-whatsapp-confirmed",
      channels: ["whatsapp"],
      purposes: ["marketing"],
      methods: ["double-opt-in", "written"],
    },
  ],
  existingCustomer: [
    {
      id: "sender-push-customers",
      channels: ["push"],
      purposes: ["marketing"],
      obtainedBy: ["purchase", "inquiry"],
      contactFromRelationship: false,
      purchaseWithin: "P365D",
      inquiryWithin: "P90D",
      similarProducts: false,
      optOutAtCollection: false,
    },
  ],
  optOut: [{ id: "sender-in-app-opt-out", channels: ["in_app"], purposes: ["marketing"] }],
  registers: [
    {
      id: "ACME-INTERNAL-DNC",
      channels: ["voice", "sms"],
      purposes: ["marketing"],
      maxAge: "P90D",
      uncheckedIsListed: false,
    },
  ],
  windows: [
    {
      id: "sender-send-window",
      purposes: ["marketing"],
      kinds: ["electronic", "online"],
      windows: [{ days: [...WEEKDAYS, "sat"], from: "08:00", until: "20:00" }],
    },
  ],
  holidays: [{ id: "sender-holidays-calls", channels: ["voice", "sms"], purposes: ["marketing"] }],
  caps: [{ id: "sender-2-calls-per-week", channels: ["voice"], max: 2, window: "week" }],
  defaults: { maxDelay: "PT6H" },
};

/** No packs: the bare engine with a custom channel and a short horizon. */
const BARE: PolicyInput = {
  id: "snapshot-bare",
  channels: { whatsapp: { kind: "electronic" } },
  caps: [{ id: "sender-5-per-month", max: 5, window: "month", countBy: ["channel"] }],
  horizon: "P7D",
};

/** Each channel blocked until a different local hour, to make preference order and maxDelay meet. */
const MAXDELAY: PolicyInput = {
  id: "snapshot-maxdelay",
  packs: "auto",
  // A normal sender: its e-mails and texts name it and carry a working opt-out (issue 12).
  messageDefaults: { facts: { senderIdentified: true, optOut: true } },
  blackouts: [
    { id: "email-until-12", channels: ["email"], rrule: "FREQ=DAILY", duration: "PT12H" },
    { id: "sms-until-1030", channels: ["sms"], rrule: "FREQ=DAILY", duration: "PT10H30M" },
    { id: "push-until-10", channels: ["push"], rrule: "FREQ=DAILY", duration: "PT10H" },
  ],
};

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Scenario {
  readonly name: string;
  readonly plan: CompiledPolicy;
  readonly message: MessageInput;
  readonly now: string;
  /** The audience slice [from, to). */
  readonly from: number;
  readonly to: number;
  /** `each`: one `decideEach` batch; `decide`: one `safeDecide` per customer. */
  readonly mode: "each" | "decide";
  readonly spread?: string;
  readonly history?: (customerId: string) => readonly HistoryEntry[] | undefined;
}

function scenarios(): Scenario[] {
  const auto = compilePolicy(AUTO);
  const nordic = compilePolicy(NORDIC);
  const atlantic = compilePolicy(ATLANTIC);
  const bare = compilePolicy(BARE);
  const maxdelay = compilePolicy(MAXDELAY);
  const N = DECISION_AUDIENCE_SIZE;
  const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * _H).toISOString();
  const newsletter: MessageInput = {
    id: "newsletter-0506",
    purpose: "marketing",
    topic: "offers",
    category: "running",
    campaign: "spring-26",
    channels: ["email", "sms", "push", "whatsapp", "in_app"],
  };
  const nightNow = "2026-05-06T01:30:00Z";
  const list: Scenario[] = [
    {
      name: "auto/newsletter/weekday",
      plan: auto,
      message: newsletter,
      now: "2026-05-06T10:00:00Z",
      from: 0,
      to: N,
      mode: "each",
    },
    {
      name: "auto/newsletter/night-spread",
      plan: auto,
      message: newsletter,
      now: nightNow,
      from: 5_000,
      to: 15_000,
      mode: "each",
      spread: "PT2H",
      // Every fifth customer has two more sends in an external history store.
      history: (id) =>
        Number(id.slice(1, 6)) % 5 === 0
          ? [
              { at: at(nightNow, -30), channel: "email", purpose: "marketing", topic: "offers" },
              { at: at(nightNow, -3), channel: "sms", purpose: "marketing" },
            ]
          : undefined,
    },
    {
      name: "auto/voice-live-mobile/weekday",
      plan: auto,
      message: {
        purpose: "marketing",
        category: "mobile-subscription",
        channels: ["voice"],
        automated: false,
      },
      now: "2026-05-06T15:00:00Z",
      from: 0,
      to: 8_000,
      mode: "each",
    },
    {
      name: "auto/voice-sms-automated/thursday",
      plan: auto,
      message: {
        purpose: "marketing",
        topic: "offers",
        category: "bike",
        channels: ["voice", "sms"],
        automated: true,
      },
      now: "2026-05-07T14:00:00Z",
      from: 12_000,
      to: N,
      mode: "each",
    },
    {
      name: "atlantic/post/fr-14-july",
      plan: atlantic,
      message: { purpose: "marketing", category: "outdoor", channels: ["post"] },
      now: "2026-07-14T09:00:00Z",
      from: 0,
      to: 3_000,
      mode: "each",
    },
    {
      name: "atlantic/service-critical/us-dst-spring",
      plan: atlantic,
      message: {
        id: "outage-0308",
        purpose: "service",
        priority: "critical",
        channels: ["sms", "voice", "email"],
      },
      now: "2026-03-08T07:30:00Z",
      from: 3_000,
      to: 6_000,
      mode: "decide",
    },
    {
      name: "nordic/email-sms-voice/no-17-may",
      plan: nordic,
      message: {
        purpose: "marketing",
        topic: "news",
        brand: "acme",
        category: "ski",
        channels: ["email", "sms", "voice"],
        automated: false,
      },
      now: "2027-05-17T08:00:00Z",
      from: 6_000,
      to: 9_000,
      mode: "each",
    },
    {
      name: "auto/service/eu-dst-spring",
      plan: auto,
      message: {
        purpose: "service",
        topic: "news",
        channels: ["email", "push", "in_app", "whatsapp"],
      },
      now: "2026-03-29T00:30:00Z",
      from: 9_000,
      to: 12_000,
      mode: "each",
    },
    {
      name: "auto/transactional-exempt-uncounted/eu-dst-autumn",
      plan: auto,
      message: {
        purpose: "transactional",
        channels: ["email", "sms"],
        caps: "exempt-uncounted",
      },
      now: "2026-10-25T00:30:00Z",
      from: 12_000,
      to: 15_000,
      mode: "each",
    },
    {
      name: "atlantic/sms-email-voice/us-4-july",
      plan: atlantic,
      message: {
        purpose: "marketing",
        campaign: "summer-26",
        category: "outdoor",
        channels: ["sms", "email", "voice"],
        automated: false,
      },
      now: "2025-07-04T16:00:00Z",
      from: 15_000,
      to: 18_000,
      mode: "decide",
    },
    {
      name: "auto/delivery-all/leap-day",
      plan: auto,
      message: {
        purpose: "marketing",
        topic: "events",
        category: "ski",
        channels: ["email", "sms", "push", "in_app", "whatsapp", "post"],
        delivery: "all",
      },
      now: "2028-02-29T12:00:00Z",
      from: 17_000,
      to: N,
      mode: "decide",
    },
    {
      name: "bare/whatsapp-email/us-dst-autumn",
      plan: bare,
      message: { purpose: "marketing", topic: "events", channels: ["whatsapp", "email"] },
      now: "2026-11-01T06:30:00Z",
      from: 16_000,
      to: 19_000,
      mode: "each",
    },
    {
      name: "nordic/notbefore-deadline/friday",
      plan: nordic,
      message: {
        purpose: "marketing",
        brand: "acme",
        channels: ["sms", "email"],
        notBefore: at("2026-10-23T16:00:00Z", 6),
        deadline: at("2026-10-23T16:00:00Z", 30),
      },
      now: "2026-10-23T16:00:00Z",
      from: 4_000,
      to: 7_000,
      mode: "each",
    },
    {
      name: "maxdelay/pt2h/decide",
      plan: maxdelay,
      message: {
        purpose: "marketing",
        topic: "offers",
        category: "running",
        channels: ["email", "sms", "push"],
        maxDelay: "PT2H",
      },
      now: "2026-06-10T07:00:00Z",
      from: 7_000,
      to: 10_000,
      mode: "decide",
    },
    {
      name: "maxdelay/notbefore-deadline-pt1h",
      plan: maxdelay,
      message: {
        purpose: "marketing",
        category: "running",
        channels: ["email", "sms", "push"],
        maxDelay: "PT1H",
        notBefore: at("2026-06-10T07:00:00Z", 0.5),
        deadline: at("2026-06-10T07:00:00Z", 2.5),
      },
      now: "2026-06-10T07:00:00Z",
      from: 10_000,
      to: 13_000,
      mode: "each",
    },
    {
      name: "auto/service-critical/local-night",
      plan: auto,
      message: {
        purpose: "service",
        priority: "critical",
        channels: ["voice", "sms", "push"],
        caps: "exempt",
      },
      now: "2026-01-15T03:00:00Z",
      from: 13_000,
      to: 16_000,
      mode: "each",
    },
  ];
  // The later customers (the places whose packs came after the audience was first drawn):
  // scenarios that ran to the end of the first audience run on to the end of the later one, and
  // the voice and multi-channel scenarios run once more over the later customers alone.
  const end = N + LATER_AUDIENCE_SIZE;
  const again = new Set(["auto/voice-live-mobile/weekday", "atlantic/sms-email-voice/us-4-july"]);
  return [
    ...list.map((sc) => (sc.to === N ? { ...sc, to: end } : sc)),
    ...list
      .filter((sc) => again.has(sc.name) && sc.to !== N)
      .map((sc) => ({ ...sc, name: `${sc.name}/later-places`, from: N, to: end })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Deciding

/** Receives each decision (or refusal of `decide`) with its JSON line and summary line. */
type Sink = (
  json: string,
  summary: string,
  verdict: string,
  decision: Decision | undefined,
  flaw: string | undefined,
) => void;

function sha256(s: string): string {
  return oneShotHash("sha256", s, "hex");
}

function summaryLine(scenario: string, d: Decision, json: string): string {
  const channel =
    d.deliveries !== undefined ? d.deliveries.map((x) => x.channel).join("+") : (d.channel ?? "-");
  const codes = [...new Set(d.reasons.map((r) => r.code))].sort().join(",") || "-";
  return [
    scenario,
    d.customerId,
    d.verdict,
    channel,
    d.sendAt ?? "-",
    d.basis?.code ?? "-",
    codes,
    sha256(json).slice(0, 8),
  ].join("\t");
}

function recordId(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : `#${index}`;
}

/** Decides one scenario, handing every outcome to `sink` in audience order. */
function run(s: Scenario, members: Iterable<AudienceMember>, sink: Sink): void {
  const push = (d: Decision, flaw: string | undefined) => {
    const json = JSON.stringify(d);
    sink(json, summaryLine(s.name, d, json), d.verdict, d, flaw);
  };
  if (s.mode === "each") {
    // Records are built as decideEach consumes them; it yields record k's decision before it
    // reads record k + 1, so `flaw` is always the current record's.
    let flaw: string | undefined;
    const records = (function* () {
      for (const m of members) {
        flaw = m.flaw;
        yield m.record;
      }
    })();
    const ds = decideEach(s.plan, records, {
      message: s.message,
      now: s.now,
      ...(s.spread === undefined ? {} : { spread: s.spread }),
      ...(s.history === undefined ? {} : { history: s.history }),
    });
    for (const d of ds) push(d, flaw);
    return;
  }
  let index = 0;
  for (const m of members) {
    const customerId = recordId(m.record, index);
    const r = safeDecide(s.plan, {
      customer: m.record,
      message: s.message,
      now: s.now,
      ...(s.spread === undefined ? {} : { spread: s.spread }),
      ...(s.history === undefined ? {} : { history: s.history(customerId) }),
    });
    if (r.success) push(r.data, m.flaw);
    else {
      // `decide` throws on an invalid record: recorded as verdict `error` with the issue codes.
      const issues = r.error.issues;
      const json = JSON.stringify({ error: r.error.name, customerId, issues });
      const codes = [...new Set(issues.map((i) => i.code))].sort().join(",");
      const summary = [s.name, customerId, "error", "-", "-", "-", codes, sha256(json).slice(0, 8)];
      sink(json, summary.join("\t"), "error", undefined, m.flaw);
    }
    index++;
  }
}

// ---------------------------------------------------------------------------------------------
// Coverage

/** Every element id of every bundled pack. */
function packRuleIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [code, pack] of Object.entries(BUNDLED_PACKS))
    for (const list of Object.values(pack.policy))
      if (Array.isArray(list))
        for (const el of list as readonly { id?: unknown }[])
          if (typeof el.id === "string") ids.set(el.id, code);
  return ids;
}

/** Counts, over decisions, of each reason or basis code and of each rule id they name. */
class Coverage {
  readonly codes = new Map<string, number>();
  readonly rules = new Map<string, number>();

  /** Counts one decision: each code and rule once, however often it occurs in it. */
  add(d: Decision): void {
    const codes = new Set<string>();
    const rules = new Set<string>();
    for (const r of d.reasons) codes.add(r.code);
    if (d.basis !== undefined) codes.add(d.basis.code);
    for (const c of d.channels) {
      for (const r of c.reasons) {
        codes.add(r.code);
        if (r.rule !== undefined) rules.add(r.rule);
      }
      if (c.basis !== undefined) {
        codes.add(c.basis.code);
        if (c.basis.rule !== undefined) rules.add(c.basis.rule);
      }
      for (const id of c.applied ?? []) rules.add(id);
      for (const id of c.countsAgainst ?? []) rules.add(id);
    }
    for (const c of codes) this.codes.set(c, (this.codes.get(c) ?? 0) + 1);
    for (const r of rules) this.rules.set(r, (this.rules.get(r) ?? 0) + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Files

interface DigestFile {
  readonly about: string;
  readonly digest: string;
  readonly decisions: number;
  readonly audience: { readonly size: number; readonly seed: number };
  /** Decisions on the deliberately broken records (all `input.invalid`, or `error` from `decide`). */
  readonly invalidRecordDecisions: number;
  readonly verdicts: Record<string, number>;
  readonly scenarios: Record<string, Record<string, number>>;
}

function readListing(): string | undefined {
  if (existsSync(LISTING_GZ)) return gunzipSync(readFileSync(LISTING_GZ)).toString("utf8");
  if (existsSync(LISTING_TSV)) return readFileSync(LISTING_TSV, "utf8");
  return undefined;
}

function writeFiles(digest: DigestFile, listing: string): string {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(DIGEST_FILE, `${JSON.stringify(digest, null, 2)}\n`);
  const big = Buffer.byteLength(listing) > GZIP_ABOVE;
  rmSync(big ? LISTING_TSV : LISTING_GZ, { force: true });
  if (big) writeFileSync(LISTING_GZ, gzipSync(listing, { level: 9 }));
  else writeFileSync(LISTING_TSV, listing);
  return big ? LISTING_GZ : LISTING_TSV;
}

const HEADER = "# scenario\tcustomerId\tverdict\tchannel\tsendAt\tbasis\treasons\tsha8\n";

/** How much of a decision's summary changed. */
type ChangeKind = "verdict" | "summary" | "details";
const KIND_TEXT: Record<ChangeKind, string> = {
  verdict: "verdict changed",
  summary: "same verdict; channel, sendAt, basis or reason codes changed",
  details: "only details changed (messages, facts, applied rules)",
};

/**
 * Says which decisions changed and how, from the old listing and the new summary lines: the
 * number of changes by scenario and old → new verdict, and up to `max` examples (verdict changes
 * first, one from each group in turn).
 *
 * @returns the report's lines (empty when every line is equal)
 */
export function explainChanges(
  oldListing: string,
  newLines: readonly string[],
  max = 20,
): string[] {
  const parse = (lines: readonly string[]) => {
    const m = new Map<string, string[]>();
    for (const l of lines) {
      if (l === "" || l.startsWith("#")) continue;
      const f = l.split("\t");
      m.set(`${f[0]} ${f[1]}`, f);
    }
    return m;
  };
  const before = parse(oldListing.split("\n"));
  const after = parse(newLines);
  const groups = new Map<string, { kind: ChangeKind; n: number; examples: string[] }>();
  let changed = 0;
  const note = (key: string, o: string[] | undefined, n: string[] | undefined) => {
    changed++;
    const kind: ChangeKind =
      o === undefined || n === undefined || o[2] !== n[2]
        ? "verdict"
        : o.slice(0, 7).join("\t") !== n.slice(0, 7).join("\t")
          ? "summary"
          : "details";
    const g = `${(o ?? n)?.[0]}: ${o?.[2] ?? "(absent)"} → ${n?.[2] ?? "(absent)"} (${KIND_TEXT[kind]})`;
    let group = groups.get(g);
    if (group === undefined) {
      group = { kind, n: 0, examples: [] };
      groups.set(g, group);
    }
    group.n++;
    if (group.examples.length < 5)
      group.examples.push(
        `  ${key}\n    old: ${o?.join("\t") ?? "(absent)"}\n    new: ${n?.join("\t") ?? "(absent)"}`,
      );
  };
  for (const [k, n] of after) {
    const o = before.get(k);
    if (o === undefined || o.join("\t") !== n.join("\t")) note(k, o, n);
  }
  for (const [k, o] of before) if (!after.has(k)) note(k, o, undefined);
  if (changed === 0) return [];
  const rank: Record<ChangeKind, number> = { verdict: 0, summary: 1, details: 2 };
  const sorted = [...groups].sort((a, b) => rank[a[1].kind] - rank[b[1].kind] || b[1].n - a[1].n);
  const out = [`${changed} decisions changed, by scenario: old verdict → new verdict:`];
  for (const [g, { n }] of sorted.slice(0, 40)) out.push(`  ${String(n).padStart(6)}  ${g}`);
  if (sorted.length > 40) out.push(`  … and ${sorted.length - 40} smaller groups`);
  // One example from each group in turn, the verdict changes first.
  const examples: string[] = [];
  for (let k = 0; k < 5 && examples.length < max; k++)
    for (const [, g] of sorted) {
      const e = g.examples[k];
      if (e !== undefined && examples.length < max) examples.push(e);
    }
  out.push("", `Examples (${examples.length} of ${changed}):`, ...examples);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

function main(): number {
  const args = new Set(process.argv.slice(2));
  const update = args.has("--update");
  const t0 = performance.now();
  const hash = createHash("sha256");
  const lines: string[] = [];
  const perScenario: Record<string, Record<string, number>> = {};
  const verdicts: Record<string, number> = { send: 0, defer: 0, deny: 0, error: 0 };
  const timings: string[] = [];
  const cov = new Coverage();
  const wrong: string[] = [];
  let invalid = 0;
  for (const s of scenarios()) {
    const ts = performance.now();
    const cpu = process.cpuUsage();
    const members = audienceMembers({ anchor: Date.parse(s.now), from: s.from, to: s.to });
    const counts: Record<string, number> = { decisions: 0, send: 0, defer: 0, deny: 0 };
    run(s, members, (json, summary, verdict, d, flaw) => {
      hash.update(`${json}\n`);
      lines.push(summary);
      counts.decisions = (counts.decisions ?? 0) + 1;
      counts[verdict] = (counts[verdict] ?? 0) + 1;
      verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
      if (d !== undefined) cov.add(d);
      // The audience's own promise: exactly the flawed records are refused.
      const refused =
        verdict === "error" || (d?.reasons.some((r) => r.code === "input.invalid") ?? false);
      if (flaw !== undefined) invalid++;
      if (refused !== (flaw !== undefined))
        wrong.push(`${summary.split("\t").slice(0, 2).join(" ")} (flaw: ${flaw ?? "none"})`);
    });
    perScenario[s.name] = counts;
    const used = process.cpuUsage(cpu);
    timings.push(
      `${s.name}: ${counts.decisions} in ${Math.round(performance.now() - ts)} ms (${Math.round((used.user + used.system) / 1000)} ms CPU)`,
    );
  }
  if (wrong.length > 0) {
    console.error(
      `${wrong.length} records were judged against the generator's intent (a flawed record accepted, or a sound one refused):\n  ${wrong.slice(0, 20).join("\n  ")}`,
    );
    return 1;
  }

  const digest: DigestFile = {
    about:
      "Decision snapshot: npm run check:decisions compares, npm run check:decisions -- --update rewrites (record a Decision change in CHANGELOG.md).",
    digest: `sha256:${hash.digest("hex")}`,
    decisions: lines.length,
    audience: { size: DECISION_AUDIENCE_SIZE + LATER_AUDIENCE_SIZE, seed: DECISION_AUDIENCE_SEED },
    invalidRecordDecisions: invalid,
    verdicts,
    scenarios: perScenario,
  };
  const listing = `${HEADER}${lines.join("\n")}\n`;
  const elapsed = ((performance.now() - t0) / 1000).toFixed(1);

  const packIds = packRuleIds();
  const missingCodes = Object.keys(REASON_CODES).filter((c) => !cov.codes.has(c));
  const missingRules = [...packIds.keys()].filter((id) => !cov.rules.has(id));
  const verdictText = Object.entries(verdicts)
    .map(([v, n]) => `${n} ${v}`)
    .join(", ");
  console.log(`${lines.length} decisions in ${elapsed} s (${verdictText}); ${digest.digest}`);
  console.log(
    `coverage: ${Object.keys(REASON_CODES).length - missingCodes.length}/${Object.keys(REASON_CODES).length} reason codes (never: ${missingCodes.join(", ") || "none"}); ${packIds.size - missingRules.length}/${packIds.size} pack rules (never: ${missingRules.join(", ") || "none"})`,
  );
  if (args.has("--coverage")) {
    console.log(`\nper scenario:\n  ${timings.join("\n  ")}`);
    console.log("\nreason codes (decisions carrying each):");
    for (const c of Object.keys(REASON_CODES))
      console.log(`  ${String(cov.codes.get(c) ?? 0).padStart(7)}  ${c}`);
    console.log("\npack rules (decisions naming each):");
    for (const [id, pack] of packIds)
      console.log(`  ${String(cov.rules.get(id) ?? 0).padStart(7)}  ${pack.padEnd(6)} ${id}`);
  }

  const old = existsSync(DIGEST_FILE)
    ? (JSON.parse(readFileSync(DIGEST_FILE, "utf8")) as DigestFile)
    : undefined;
  if (update) {
    const file = writeFiles(digest, listing);
    console.log(
      old?.digest === digest.digest
        ? `Decisions unchanged; rewrote ${DIGEST_FILE} and ${file}.`
        : `Wrote ${DIGEST_FILE} and ${file}. Record the change in CHANGELOG.md as a **Decision change**.`,
    );
    return 0;
  }
  if (old === undefined) {
    console.error(`No snapshot at ${DIGEST_FILE}: run npm run check:decisions -- --update`);
    return 1;
  }
  if (old.digest === digest.digest) {
    console.log("Decisions equal the snapshot.");
    return 0;
  }
  console.error(`\nDecisions differ from the snapshot (${old.digest} → ${digest.digest}).`);
  const oldListing = readListing();
  if (oldListing === undefined) console.error("No committed listing to compare with.");
  else {
    const report = explainChanges(oldListing, lines);
    console.error(
      report.length > 0
        ? report.join("\n")
        : "Every summary line is equal, but the digest differs (order, or a detail hidden by a sha8 collision).",
    );
  }
  console.error(
    "\nIf the change is deliberate, run `npm run check:decisions -- --update` and record it in CHANGELOG.md as a **Decision change**.",
  );
  return 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main();
