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
  /**
   * First day in force (ISO date). The rule applies from midnight of that day in the state's
   * easternmost zone (the earliest midnight anywhere in the state), so no instant in the state
   * sees the old law on the new day.
   */
  readonly from?: string;
  /**
   * Last day in force (ISO date), where the rule has an end. It stops applying at the end of that
   * day in the state's westernmost zone (the last midnight anywhere in the state), the stricter
   * reading for a rule that restricts.
   */
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

/** A zone's clock: standard offset in minutes east of UTC, whether it keeps US DST, and optionally the days (ISO, `[from, until)`) it held. */
type _Clock = readonly [number, boolean, string?, string?];
/**
 * The clocks of each state's zones. Only the easternmost and westernmost matter (test/state-dates
 * checks them against the tz database's zones for each code and every day a rule names). Left
 * out: Eastern time.
 */
const _CLOCKS: Readonly<Record<string, readonly _Clock[]>> = {
  // Metlakatla kept Pacific Standard Time all year until 2015-11-01, and again 2018-11-04 to 2019-01-20.
  "US-AK": [
    [-540, true],
    [-600, true],
    [-480, false, "1987-01-01", "2015-11-01"],
    [-480, false, "2018-11-04", "2019-01-20"],
  ],
  "US-AL": [
    [-300, true],
    [-360, true],
  ],
  "US-AR": [[-360, true]],
  "US-AS": [[-660, false]],
  "US-AZ": [
    [-420, true],
    [-420, false],
  ],
  "US-CA": [[-480, true]],
  "US-CO": [[-420, true]],
  "US-FL": [
    [-300, true],
    [-360, true],
  ],
  "US-GU": [[600, false]],
  "US-HI": [[-600, false]],
  "US-IA": [[-360, true]],
  "US-ID": [
    [-420, true],
    [-480, true],
  ],
  "US-IL": [[-360, true]],
  "US-IN": [
    [-300, true],
    [-360, true],
  ],
  "US-KS": [
    [-360, true],
    [-420, true],
  ],
  "US-KY": [
    [-300, true],
    [-360, true],
  ],
  "US-LA": [[-360, true]],
  "US-MI": [
    [-300, true],
    [-360, true],
  ],
  "US-MN": [[-360, true]],
  "US-MO": [[-360, true]],
  "US-MP": [[600, false]],
  "US-MS": [[-360, true]],
  "US-MT": [[-420, true]],
  "US-ND": [
    [-360, true],
    [-420, true],
  ],
  "US-NE": [
    [-360, true],
    [-420, true],
  ],
  "US-NM": [[-420, true]],
  "US-NV": [
    [-420, true],
    [-480, true],
  ],
  "US-OK": [
    [-360, true],
    [-420, true],
  ],
  "US-OR": [
    [-420, true],
    [-480, true],
  ],
  "US-PR": [[-240, false]],
  "US-SD": [
    [-360, true],
    [-420, true],
  ],
  "US-TN": [
    [-300, true],
    [-360, true],
  ],
  "US-TX": [
    [-360, true],
    [-420, true],
  ],
  "US-UT": [[-420, true]],
  "US-VI": [[-240, false]],
  "US-WA": [[-480, true]],
  "US-WI": [[-360, true]],
  "US-WY": [[-420, true]],
};
const _EASTERN: readonly _Clock[] = [[-300, true]];

/** The day of the month of the `n`th (1-based; -1: last) Sunday of `month` (1–12) in `year`. */
function _sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const wd = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - wd;
}

/**
 * Whether US daylight saving time holds at 00:00 local of `date` (clocks change at 02:00, so at
 * midnight of the first day it does not yet, and at midnight of the last day it still does).
 * Rules of the Energy Policy Act of 2005 from 2007, of 1986 before; earlier dates are refused.
 */
function _dstAtMidnight(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  if (y < 1987) throw new RangeError(`state rule date ${date}: before 1987, DST rules not held`);
  const [sm, sd, em, ed] =
    y >= 2007
      ? [3, _sunday(y, 3, 2), 11, _sunday(y, 11, 1)]
      : [4, _sunday(y, 4, 1), 10, _sunday(y, 10, -1)];
  const md = m * 100 + d;
  return md > sm * 100 + sd && md <= em * 100 + ed;
}

/** `+HH:MM` for an offset in minutes. */
function _offset(min: number): string {
  const a = Math.abs(min);
  const hh = String(Math.floor(a / 60)).padStart(2, "0");
  const mm = String(a % 60).padStart(2, "0");
  return `${min < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** The state's zone offsets (minutes) at 00:00 local of `date`. */
function _offsetsAt(code: string, date: string): number[] {
  const dst = _dstAtMidnight(date);
  return (_CLOCKS[code] ?? _EASTERN)
    .filter(
      ([, , from, until]) =>
        (from === undefined || date >= from) && (until === undefined || date < until),
    )
    .map(([std, keeps]) => std + (keeps && dst ? 60 : 0));
}

/**
 * The first instant a state rule is in force: 00:00 of `date` in the state's easternmost zone.
 *
 * @example
 * stateRuleStart("US-TX", "2025-09-01"); // => "2025-09-01T00:00:00-05:00"
 */
export function stateRuleStart(code: string, date: string): string {
  return `${date}T00:00:00${_offset(Math.max(..._offsetsAt(code, date)))}`;
}

/**
 * The first instant a state rule whose last day is `date` is no longer in force: 00:00 of the
 * next day in the state's westernmost zone.
 *
 * @example
 * stateRuleEnd("US-TX", "2026-12-31"); // => "2027-01-01T00:00:00-07:00"
 */
export function stateRuleEnd(code: string, date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return `${next}T00:00:00${_offset(Math.min(..._offsetsAt(code, next)))}`;
}

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
    ...(m.from === undefined ? {} : { from: stateRuleStart(code, m.from) }),
    ...(m.until === undefined ? {} : { until: stateRuleEnd(code, m.until) }),
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
