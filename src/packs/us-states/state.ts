import type { Pack, PackPolicy } from "../../model/pack.js";

/** The date every state rule here was last checked against its source. */
export const STATE_CHECKED = "2026-12-02";

/**
 * How strong the evidence for a rule is: `primary` (the statute or regulation on an official
 * site), `statute-copy` (the statute's words on an unofficial code site such as casetext, justia,
 * lawserver), `secondary` (law-firm notes, compliance vendors, news: the rule then takes the
 * stricter reading, and the pack's notes say so).
 */
export type Evidence = "primary" | "statute-copy" | "secondary";

/** What every state rule carries besides its policy shape: where it comes from and when it holds. */
export interface StateRuleMeta {
  /** The rule id's tail: `HOURS` becomes `US-CT-HOURS`. */
  readonly key: string;
  /** The law's rule in plain words. */
  readonly description: string;
  /** The law, such as `Conn. Gen. Stat. § 42-288a`. */
  readonly law: string;
  /** The section or subsection. */
  readonly section: string;
  /** A link to the text read. */
  readonly url: string;
  /** The statute's own words where they were seen. */
  readonly quote?: string;
  /** How strong the evidence for the rule is (see `Evidence`). */
  readonly evidence: Evidence;
  /** First day in force (ISO date), where known. */
  readonly from?: string;
  /** Last day in force (ISO date), where the rule has an end. */
  readonly until?: string;
  /** Channels it governs; default voice and sms (texts are calls under the TCPA and most mini-TCPAs). */
  readonly channels?: readonly string[];
  /** `true`: autodialed or prerecorded calls only; `false`: live ones only. */
  readonly automated?: boolean;
  /** Customers it protects; left out, consumers and businesses alike. */
  readonly customerTypes?: readonly ("consumer" | "business")[];
}

type Wd = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/** A weekly window in the recipient's local time. */
export interface StateWindow {
  /** Weekdays it holds on; left out, every day. */
  readonly days?: readonly Wd[];
  /** Start, `HH:MM` local. */
  readonly from: string;
  /** End, `HH:MM` local (`24:00` for midnight). */
  readonly until: string;
}

/** A state's rules as data: one file per state, turned into a pack by `statePack`. */
export interface StateData {
  /** ISO 3166-2 code: `US-CT`. */
  readonly code: string;
  /** The state's name: `Connecticut`. */
  readonly name: string;
  /** Other codes customers of the same place carry (a territory's own ISO 3166-1 code, `PR`). */
  readonly alsoCodes?: readonly string[];
  /** Cautious readings, rules left out, and what was looked for and not found. */
  readonly notes: readonly string[];
  /** Calling hours: sends only inside these windows. */
  readonly hours?: readonly (StateRuleMeta & {
    /** The windows sends are allowed in. */
    readonly windows: readonly StateWindow[];
  })[];
  /** No sends on the public holidays of the state (from the holiday tables). */
  readonly holidays?: readonly StateRuleMeta[];
  /** Days the holiday tables miss (a state's own days, its own weekend rule), as RRULEs. */
  readonly blackouts?: readonly (StateRuleMeta & {
    /** RFC 5545 RRULE in the recipient's local time. */
    readonly rrule: string;
    /** How long each occurrence lasts; default a day. */
    readonly duration?: string;
  })[];
  /** A state do-not-call list. */
  readonly registers?: readonly (StateRuleMeta & {
    /** How old a check may be: the list's update period plus the grace the law gives. */
    readonly maxAge: string;
    /** The person's own request or permission (a consent) overrides the listing. */
    readonly consentOverrides: boolean;
    /** A purchase within this long (ISO duration) overrides the listing. */
    readonly existingCustomerOverrides?: string;
    /** An inquiry within this long (ISO duration) overrides the listing. */
    readonly inquiryOverrides?: string;
  })[];
  /** The form a consent must take (written consent for automated calls and texts). */
  readonly consent?: readonly (StateRuleMeta & {
    /** Consent methods that count. */
    readonly methods: readonly ("written" | "double-opt-in" | "single-opt-in" | "verbal")[];
  })[];
  /** Frequency caps. */
  readonly caps?: readonly (StateRuleMeta & {
    /** Most sends counted in the window. */
    readonly max: number;
    /** Rolling window, an ISO duration (`P1D`, `PT8H`). */
    readonly window: string;
    /** Which past sends count (the same purpose, channel, topic, campaign). */
    readonly countBy: readonly ("purpose" | "channel" | "topic" | "campaign")[];
  })[];
  /** Prohibitions: a call or text of this kind may not be made at all. */
  readonly bans?: readonly (StateRuleMeta & {
    /** The condition under which the message is denied. */
    readonly when: { readonly field: string; readonly op: "eq"; readonly value: boolean };
  })[];
}

/** Declares a state's data with full type checking and no other effect. */
export function defineState<const S extends StateData>(state: S): S {
  return state;
}

const EVIDENCE_WORDS: Record<Evidence, string> = {
  primary: "official text",
  "statute-copy": "statute text on an unofficial code site",
  secondary: "secondary sources only",
};

/** The citation's section with the rule's dates in force and its evidence, in one fixed form. */
function _section(m: StateRuleMeta): string {
  const dates =
    m.from !== undefined && m.until !== undefined
      ? `in force ${m.from} to ${m.until}`
      : m.from !== undefined
        ? `in force from ${m.from}`
        : m.until !== undefined
          ? `in force until ${m.until}`
          : "in force (start not recorded)";
  return `${m.section} [${dates}; ${EVIDENCE_WORDS[m.evidence]}]`;
}

/** The policy element's common part: id, target, description and citation. */
function _base(code: string, m: StateRuleMeta) {
  return {
    id: `${code}-${m.key}`,
    description: m.description,
    channels: [...(m.channels ?? ["voice", "sms"])],
    purposes: ["marketing" as const],
    ...(m.automated === undefined ? {} : { automated: m.automated }),
    ...(m.customerTypes === undefined ? {} : { customerTypes: [...m.customerTypes] }),
    source: { law: m.law, section: _section(m), url: m.url, checked: STATE_CHECKED },
  };
}

/** Every rule of a state, flat, with its full id. */
export function stateRules(s: StateData): (StateRuleMeta & { readonly id: string })[] {
  const lists = [s.hours, s.holidays, s.blackouts, s.registers, s.consent, s.caps, s.bans];
  return lists.flatMap((l) => (l ?? []).map((m) => ({ ...m, id: `${s.code}-${m.key}` })));
}

/** The notes a pack gets from its data: which rules rest on secondary sources, and what is empty. */
function _notes(s: StateData): string[] {
  const rules = stateRules(s);
  const out = [...s.notes];
  const secondary = rules.filter((r) => r.evidence === "secondary").map((r) => r.id);
  if (secondary.length > 0)
    out.push(
      `Secondary sources only (the statute's text was not read): ${secondary.join(", ")}; the stricter reading is taken.`,
    );
  if (rules.length === 0)
    out.push(
      `No rule stricter than the federal ones was found for ${s.name} (checked ${STATE_CHECKED}): the federal pack (US) governs.`,
    );
  return out;
}

/**
 * Turns a state's data into a jurisdiction pack: each rule a policy element scoped to the state,
 * for marketing calls and texts, citing its law, section, dates in force and evidence.
 *
 * @param s - the state's data
 * @returns the pack, named by the state's code (`US-CT`)
 * @example
 * const US_CT = statePack(CT); // US_CT.policy.windows[0].id === "US-CT-HOURS"
 */
export function statePack(s: StateData): Pack {
  const c = s.code;
  const policy: { -readonly [K in keyof PackPolicy]: unknown[] } = {};
  const put = (list: keyof PackPolicy, els: unknown[]) => {
    if (els.length > 0) policy[list] = els;
  };
  put(
    "windows",
    (s.hours ?? []).map((h) => ({ ..._base(c, h), windows: h.windows.map((w) => ({ ...w })) })),
  );
  put(
    "holidays",
    (s.holidays ?? []).map((h) => _base(c, h)),
  );
  put(
    "blackouts",
    (s.blackouts ?? []).map((b) => ({
      ..._base(c, b),
      rrule: b.rrule,
      ...(b.duration === undefined ? {} : { duration: b.duration }),
    })),
  );
  put(
    "registers",
    (s.registers ?? []).map((r) => ({
      ..._base(c, r),
      maxAge: r.maxAge,
      consentOverrides: r.consentOverrides,
      ...(r.existingCustomerOverrides === undefined
        ? {}
        : { existingCustomerOverrides: r.existingCustomerOverrides }),
      ...(r.inquiryOverrides === undefined ? {} : { inquiryOverrides: r.inquiryOverrides }),
    })),
  );
  put(
    "consentRequirements",
    (s.consent ?? []).map((r) => ({ ..._base(c, r), methods: [...r.methods] })),
  );
  put(
    "caps",
    (s.caps ?? []).map((r) => ({
      ..._base(c, r),
      max: r.max,
      window: r.window,
      countBy: [...r.countBy],
    })),
  );
  put(
    "rules",
    (s.bans ?? []).map((r) => ({ ..._base(c, r), when: { ...r.when } })),
  );
  return {
    code: c,
    name: `United States: ${s.name}`,
    jurisdictions: [c, ...(s.alsoCodes ?? [])],
    notes: _notes(s),
    policy: policy as PackPolicy,
  };
}
