/**
 * The decision snapshot's audience: a seeded, self-contained generator of customer records
 * covering every bundled pack's jurisdictions (and EU states, US states and Canadian provinces
 * without a pack of their own), every built-in channel and the custom `whatsapp`, consumers and
 * businesses, with and without a time zone, and about 2 % records with one bad field.
 *
 * The PRNG (mulberry32) is written here and each customer draws from its own seed, so the
 * audience never changes when a library updates, and any slice of it can be built alone. Every
 * instant is relative to an `anchor` (the scenario's `now`): the same customer, shifted in time.
 * Only UTC arithmetic is used: the process time zone is never read.
 */

/** A small deterministic PRNG (mulberry32): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The number of customers in the snapshot's audience. */
export const DECISION_AUDIENCE_SIZE = 20_000;
/** The snapshot's seed. */
export const DECISION_AUDIENCE_SEED = 20_260_506;

/** The channels the audience has contact points on: every built-in one and the custom `whatsapp`. */
export const AUDIENCE_CHANNELS = [
  "email",
  "sms",
  "voice",
  "push",
  "in_app",
  "post",
  "whatsapp",
] as const;

/** A place: a jurisdiction, the zones its customers live in, and how often it is drawn. */
interface _Place {
  readonly jurisdiction: string;
  readonly zones: readonly string[];
  readonly weight: number;
  /** Dialling prefix for phone numbers. */
  readonly dial: string;
}

/** Where the audience lives: every bundled pack, baseline EU states, US states, CA provinces, elsewhere. */
export const AUDIENCE_PLACES: readonly _Place[] = [
  { jurisdiction: "NO", zones: ["Europe/Oslo"], weight: 8, dial: "+47" },
  { jurisdiction: "DK", zones: ["Europe/Copenhagen"], weight: 5, dial: "+45" },
  { jurisdiction: "SE", zones: ["Europe/Stockholm"], weight: 6, dial: "+46" },
  { jurisdiction: "FI", zones: ["Europe/Helsinki"], weight: 5, dial: "+358" },
  { jurisdiction: "DE", zones: ["Europe/Berlin"], weight: 6, dial: "+49" },
  { jurisdiction: "FR", zones: ["Europe/Paris"], weight: 6, dial: "+33" },
  { jurisdiction: "GB", zones: ["Europe/London"], weight: 6, dial: "+44" },
  // NL and ES were weight 2 each; halves went to CZ and BE when their packs came, so that no
  // other customer of the audience moved.
  { jurisdiction: "NL", zones: ["Europe/Amsterdam"], weight: 1, dial: "+31" },
  { jurisdiction: "CZ", zones: ["Europe/Prague"], weight: 1, dial: "+420" },
  { jurisdiction: "IE", zones: ["Europe/Dublin"], weight: 1, dial: "+353" },
  // PL and AT were weight 1; halves went to SK and HR when their packs came.
  { jurisdiction: "PL", zones: ["Europe/Warsaw"], weight: 0.5, dial: "+48" },
  { jurisdiction: "SK", zones: ["Europe/Bratislava"], weight: 0.5, dial: "+421" },
  { jurisdiction: "ES", zones: ["Europe/Madrid", "Atlantic/Canary"], weight: 1, dial: "+34" },
  { jurisdiction: "BE", zones: ["Europe/Brussels"], weight: 1, dial: "+32" },
  { jurisdiction: "PT", zones: ["Europe/Lisbon", "Atlantic/Azores"], weight: 1, dial: "+351" },
  { jurisdiction: "IT", zones: ["Europe/Rome"], weight: 1, dial: "+39" },
  { jurisdiction: "AT", zones: ["Europe/Vienna"], weight: 0.5, dial: "+43" },
  { jurisdiction: "HR", zones: ["Europe/Zagreb"], weight: 0.5, dial: "+385" },
  { jurisdiction: "IS", zones: ["Atlantic/Reykjavik"], weight: 1, dial: "+354" },
  { jurisdiction: "US-FL", zones: ["America/New_York", "America/Chicago"], weight: 6, dial: "+1" },
  { jurisdiction: "US-NY", zones: ["America/New_York"], weight: 3, dial: "+1" },
  { jurisdiction: "US-CA", zones: ["America/Los_Angeles"], weight: 3, dial: "+1" },
  { jurisdiction: "US-TX", zones: ["America/Chicago", "America/Denver"], weight: 2, dial: "+1" },
  { jurisdiction: "US-AZ", zones: ["America/Phoenix"], weight: 1, dial: "+1" },
  { jurisdiction: "US-HI", zones: ["Pacific/Honolulu"], weight: 1, dial: "+1" },
  { jurisdiction: "US-AK", zones: ["America/Anchorage", "America/Nome"], weight: 1, dial: "+1" },
  { jurisdiction: "US-WY", zones: ["America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "CA-ON", zones: ["America/Toronto"], weight: 3, dial: "+1" },
  { jurisdiction: "CA-QC", zones: ["America/Toronto"], weight: 2, dial: "+1" },
  { jurisdiction: "CA-BC", zones: ["America/Vancouver"], weight: 2, dial: "+1" },
  { jurisdiction: "CA-NL", zones: ["America/St_Johns"], weight: 1, dial: "+1" },
  { jurisdiction: "CA-AB", zones: ["America/Edmonton"], weight: 1, dial: "+1" },
  { jurisdiction: "CA", zones: ["America/Winnipeg"], weight: 1, dial: "+1" },
  { jurisdiction: "CH", zones: ["Europe/Zurich"], weight: 1, dial: "+41" },
  { jurisdiction: "AU", zones: ["Australia/Sydney", "Australia/Perth"], weight: 1, dial: "+61" },
  { jurisdiction: "JP", zones: ["Asia/Tokyo"], weight: 1, dial: "+81" },
  // Not in the zone table: a customer without a zone cannot be timed there.
  { jurisdiction: "KE", zones: ["Africa/Nairobi"], weight: 1, dial: "+254" },
];

/**
 * Customers `DECISION_AUDIENCE_SIZE` to `DECISION_AUDIENCE_SIZE + LATER_AUDIENCE_SIZE` (exclusive)
 * live in the places whose packs came after the audience was first drawn, drawn evenly: every
 * other EEA state, NZ and TR, every US state, DC and territory not above. Appended, so that no
 * earlier customer moved.
 */
export const LATER_AUDIENCE_SIZE = 6_000;

/**
 * The places of the later customers (see `LATER_AUDIENCE_SIZE`), each drawn as often; their zones
 * are those of the bundled zone table when they were added (written out, so that a tzdata update
 * does not move the audience).
 */
export const LATER_PLACES: readonly _Place[] = [
  { jurisdiction: "LI", zones: ["Europe/Vaduz", "Europe/Zurich"], weight: 1, dial: "+423" },
  { jurisdiction: "LU", zones: ["Europe/Brussels", "Europe/Luxembourg"], weight: 1, dial: "+352" },
  { jurisdiction: "SI", zones: ["Europe/Belgrade", "Europe/Ljubljana"], weight: 1, dial: "+386" },
  { jurisdiction: "HU", zones: ["Europe/Budapest"], weight: 1, dial: "+36" },
  { jurisdiction: "RO", zones: ["Europe/Bucharest"], weight: 1, dial: "+40" },
  { jurisdiction: "BG", zones: ["Europe/Sofia"], weight: 1, dial: "+359" },
  { jurisdiction: "GR", zones: ["Europe/Athens"], weight: 1, dial: "+30" },
  { jurisdiction: "CY", zones: ["Asia/Famagusta", "Asia/Nicosia"], weight: 1, dial: "+357" },
  { jurisdiction: "MT", zones: ["Europe/Malta"], weight: 1, dial: "+356" },
  { jurisdiction: "EE", zones: ["Europe/Tallinn"], weight: 1, dial: "+372" },
  { jurisdiction: "LV", zones: ["Europe/Riga"], weight: 1, dial: "+371" },
  { jurisdiction: "LT", zones: ["Europe/Vilnius"], weight: 1, dial: "+370" },
  { jurisdiction: "NZ", zones: ["Pacific/Auckland", "Pacific/Chatham"], weight: 1, dial: "+64" },
  { jurisdiction: "TR", zones: ["Europe/Istanbul"], weight: 1, dial: "+90" },
  { jurisdiction: "US-AL", zones: ["America/Chicago", "America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-AR", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-CO", zones: ["America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US-CT", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-DC", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-DE", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-GA", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-IA", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-ID", zones: ["America/Boise", "America/Los_Angeles"], weight: 1, dial: "+1" },
  { jurisdiction: "US-IL", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  {
    jurisdiction: "US-IN",
    zones: [
      "America/Chicago",
      "America/Indiana/Indianapolis",
      "America/Indiana/Knox",
      "America/Indiana/Marengo",
      "America/Indiana/Petersburg",
      "America/Indiana/Tell_City",
      "America/Indiana/Vevay",
      "America/Indiana/Vincennes",
      "America/Indiana/Winamac",
      "America/New_York",
    ],
    weight: 1,
    dial: "+1",
  },
  { jurisdiction: "US-KS", zones: ["America/Chicago", "America/Denver"], weight: 1, dial: "+1" },
  {
    jurisdiction: "US-KY",
    zones: [
      "America/Chicago",
      "America/Kentucky/Louisville",
      "America/Kentucky/Monticello",
      "America/New_York",
    ],
    weight: 1,
    dial: "+1",
  },
  { jurisdiction: "US-LA", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-MA", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-MD", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-ME", zones: ["America/New_York"], weight: 1, dial: "+1" },
  {
    jurisdiction: "US-MI",
    zones: ["America/Chicago", "America/Detroit", "America/Menominee", "America/New_York"],
    weight: 1,
    dial: "+1",
  },
  { jurisdiction: "US-MN", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-MO", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-MS", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-MT", zones: ["America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US-NC", zones: ["America/New_York"], weight: 1, dial: "+1" },
  {
    jurisdiction: "US-ND",
    zones: [
      "America/Chicago",
      "America/Denver",
      "America/North_Dakota/Beulah",
      "America/North_Dakota/Center",
      "America/North_Dakota/New_Salem",
    ],
    weight: 1,
    dial: "+1",
  },
  { jurisdiction: "US-NE", zones: ["America/Chicago", "America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US-NH", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-NJ", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-NM", zones: ["America/Denver"], weight: 1, dial: "+1" },
  {
    jurisdiction: "US-NV",
    zones: ["America/Boise", "America/Denver", "America/Los_Angeles"],
    weight: 1,
    dial: "+1",
  },
  { jurisdiction: "US-OH", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-OK", zones: ["America/Chicago", "America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US-OR", zones: ["America/Boise", "America/Los_Angeles"], weight: 1, dial: "+1" },
  { jurisdiction: "US-PA", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-RI", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-SC", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-SD", zones: ["America/Chicago", "America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US-TN", zones: ["America/Chicago", "America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-UT", zones: ["America/Denver"], weight: 1, dial: "+1" },
  { jurisdiction: "US-VA", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-VT", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-WA", zones: ["America/Los_Angeles"], weight: 1, dial: "+1" },
  { jurisdiction: "US-WI", zones: ["America/Chicago"], weight: 1, dial: "+1" },
  { jurisdiction: "US-WV", zones: ["America/New_York"], weight: 1, dial: "+1" },
  { jurisdiction: "US-PR", zones: ["America/Puerto_Rico"], weight: 1, dial: "+1" },
  {
    jurisdiction: "US-VI",
    zones: ["America/Puerto_Rico", "America/St_Thomas"],
    weight: 1,
    dial: "+1",
  },
  { jurisdiction: "US-GU", zones: ["Pacific/Guam"], weight: 1, dial: "+1" },
  { jurisdiction: "US-MP", zones: ["Pacific/Guam", "Pacific/Saipan"], weight: 1, dial: "+1" },
  { jurisdiction: "US-AS", zones: ["Pacific/Pago_Pago"], weight: 1, dial: "+1" },
];

/** Area codes of the later US customers' numbers: FL, NY, OK, CT, TX, CA, WA, UT, LA, PR, GU, MD. */
const _AREA_CODES = [
  "305",
  "212",
  "405",
  "203",
  "214",
  "213",
  "206",
  "801",
  "504",
  "787",
  "671",
  "410",
];

/** Register ids of the bundled packs, by the jurisdiction prefix they concern. */
const _REGISTERS: Readonly<Record<string, readonly string[]>> = {
  NO: ["NO-RESERVASJON"],
  DK: ["DK-ROBINSON"],
  SE: ["SE-NIX-TELEFON", "SE-NIX-ADRESSERAT"],
  FI: ["FI-ROBINSON-PUHELIN", "FI-ROBINSON-POSTI"],
  GB: ["GB-TPS"],
  US: ["US-DNC"],
  "US-FL": ["US-DNC", "US-FL-DNC"],
  CA: ["CA-DNCL"],
};

/**
 * Registers of the packs added after the audience was first drawn. They draw from a stream of
 * their own (`_laterRegisters`), so that no earlier field of any customer moved when they came.
 */
const _LATER_REGISTERS: Readonly<Record<string, readonly string[]>> = {
  ES: ["ES-LISTA-ROBINSON"],
  IT: ["IT-RPO"],
  BE: ["BE-DNCM"],
  AT: ["AT-ECG-LISTE"],
  PT: ["PT-DGC-LISTA-OPOSICAO"],
  HR: ["HR-NE-ZOVI"],
  SK: ["SK-NEVYZIADANE-VOLANIA"],
};

/** Registers whose listing revokes the consents given before it. */
const _REVOKING: ReadonlySet<string> = new Set([
  "IT-RPO",
  "BE-DNCM",
  "HR-NE-ZOVI",
  "SK-NEVYZIADANE-VOLANIA",
]);

/** Product categories; `mobile-subscription` is the one the Finnish telephone ban names. */
export const AUDIENCE_CATEGORIES = [
  "running",
  "ski",
  "bike",
  "outdoor",
  "mobile-subscription",
] as const;
/** Topics used by consents, preferences, history and messages. */
export const AUDIENCE_TOPICS = ["offers", "news", "events"] as const;
/** Campaigns in the history, for caps counted by campaign. */
export const AUDIENCE_CAMPAIGNS = ["spring-26", "summer-26", "loyalty"] as const;

const _MIN = 60_000;
const _HOUR = 3_600_000;
const _DAY = 86_400_000;
const _WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
const _METHODS = [
  "single-opt-in",
  "double-opt-in",
  "written",
  "verbal",
  "checkbox",
  "implied",
  "other",
] as const;

/** One generated record and, for the deliberately invalid ones, what is wrong with it. */
export interface AudienceMember {
  /** The raw record, plain JSON (as a caller would pass it). */
  readonly record: unknown;
  /** For a deliberately invalid record: which flaw it carries. Undefined for valid records. */
  readonly flaw: string | undefined;
}

/** Options for `decisionAudience`. */
export interface DecisionAudienceOptions {
  /** Epoch milliseconds every instant in the records is relative to (the scenario's `now`). */
  readonly anchor: number;
  /** First customer index (inclusive). Default 0. */
  readonly from?: number;
  /** Last customer index (exclusive). Default `DECISION_AUDIENCE_SIZE`. */
  readonly to?: number;
  /** Default `DECISION_AUDIENCE_SEED`. */
  readonly seed?: number;
  /** Share of records given one bad field. Default 0.02. */
  readonly invalidShare?: number;
}

/**
 * Customers `from` to `to` of the snapshot's audience, their instants relative to `anchor`.
 * Customer `i` is the same whatever the slice: it draws from its own seed.
 *
 * @example
 * const members = decisionAudience({ anchor: Date.parse("2026-05-06T10:00:00Z"), to: 100 });
 * members.length; // => 100
 */
export function decisionAudience(options: DecisionAudienceOptions): AudienceMember[] {
  return [...audienceMembers(options)];
}

/** The same customers one at a time, built as they are consumed (nothing is held). */
export function* audienceMembers(options: DecisionAudienceOptions): Generator<AudienceMember> {
  const from = options.from ?? 0;
  const to = options.to ?? DECISION_AUDIENCE_SIZE;
  for (let i = from; i < to; i++) yield audienceMember(i, options);
}

type _Rec = Record<string, unknown>;

/** Customer `i` of the audience (see `decisionAudience`). */
export function audienceMember(
  i: number,
  options: Pick<DecisionAudienceOptions, "anchor" | "seed" | "invalidShare">,
): AudienceMember {
  const seed = options.seed ?? DECISION_AUDIENCE_SEED;
  // Mix the index into the seed (a multiplicative hash), so neighbours are unrelated.
  const rnd = mulberry32((Math.imul(i + 1, 0x9e3779b1) ^ seed) >>> 0);
  const now = options.anchor;
  const chance = (p: number) => rnd() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const some = <T>(xs: readonly T[], min = 1): T[] => {
    const chosen = xs.filter(() => chance(0.4));
    while (chosen.length < min) {
      const x = pick(xs);
      if (!chosen.includes(x)) chosen.push(x);
    }
    return xs.filter((x) => chosen.includes(x));
  };
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let k = a.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [a[k], a[j]] = [a[j] as T, a[k] as T];
    }
    return a;
  };
  /** An instant `ms` before the anchor, rounded to the minute, sometimes written with an offset. */
  const ago = (ms: number): string => {
    const t = Math.floor((now - ms) / _MIN) * _MIN;
    return chance(0.15) ? _withOffset(t, pick([60, 120, -300, -480, 330])) : _iso(t);
  };
  const daysAgo = (lo: number, hi: number) => ago(int(lo * 24 * 60, hi * 24 * 60) * _MIN);

  // Where: the later customers in the later places (the draw is the same, over their list).
  const places = i >= DECISION_AUDIENCE_SIZE ? LATER_PLACES : AUDIENCE_PLACES;
  let total = 0;
  for (const p of places) total += p.weight;
  let w = rnd() * total;
  let place = places[0] as _Place;
  for (const p of places) {
    w -= p.weight;
    if (w < 0) {
      place = p;
      break;
    }
  }
  const j = place.jurisdiction;
  const id = `c${String(i).padStart(5, "0")}-${j.toLowerCase()}`;
  const rec: _Rec = { id, jurisdiction: j };
  const zoneRoll = rnd();
  if (zoneRoll < 0.72) rec.timeZone = pick(place.zones);
  else if (zoneRoll < 0.75)
    rec.timeZone = pick(["America/New_York", "Europe/London", "Asia/Dubai"]);
  const typeRoll = rnd();
  if (typeRoll < 0.2) rec.type = "business";
  else if (typeRoll < 0.6) rec.type = "consumer";

  // Contact points.
  const contacts: _Rec = {};
  // The later customers in the US have ten-digit numbers whose area code is of some state (often
  // not their own): the area-code presumption binds those states' rules too. Derived from the
  // index, not drawn, so that no other field of these customers moved when it came.
  const phone =
    i >= DECISION_AUDIENCE_SIZE && place.dial === "+1"
      ? `+1${_AREA_CODES[i % _AREA_CODES.length]}${String(2_000_000 + ((i * 7919) % 7_000_000))}`
      : `${place.dial}${String(200_000_000 + ((i * 7919) % 700_000_000))}`;
  const odds: Readonly<Record<(typeof AUDIENCE_CHANNELS)[number], number>> = {
    email: 0.88,
    sms: 0.68,
    voice: 0.55,
    push: 0.38,
    in_app: 0.28,
    post: 0.45,
    whatsapp: 0.22,
  };
  for (const ch of AUDIENCE_CHANNELS) {
    if (!chance(odds[ch])) continue;
    const address =
      ch === "email"
        ? `${id}@example.com`
        : ch === "sms" || ch === "voice" || ch === "whatsapp"
          ? phone
          : ch === "post"
            ? `${1 + (i % 97)} Example Street, ${j}`
            : `device-${id}-${ch}`;
    const cp: _Rec = { address };
    const st = rnd();
    if (st < 0.04) cp.status = "bounced";
    else if (st < 0.06) cp.status = "invalid";
    else if (st < 0.075) cp.status = "complained";
    else if (st < 0.085) cp.status = "unsubscribed";
    else if (st < 0.4) cp.status = "ok";
    if (chance(0.3)) cp.verified = chance(0.8);
    if ((ch === "sms" || ch === "voice") && chance(0.6)) cp.mobile = ch === "sms" || chance(0.5);
    if (chance(0.75)) {
      const obtained: _Rec = {
        method: pick([
          "purchase",
          "purchase",
          "purchase",
          "inquiry",
          "signup",
          "import",
          "third-party",
          "other",
        ]),
      };
      if (chance(0.7)) obtained.at = daysAgo(30, 1200);
      if (chance(0.8)) obtained.optOutOffered = chance(0.8);
      if (chance(0.3)) obtained.source = pick(["web-shop", "store", "call-centre", "fair"]);
      cp.obtained = obtained;
    }
    contacts[ch] = cp;
  }
  if (Object.keys(contacts).length > 0 || chance(0.5)) rec.contacts = contacts;

  // Relationship.
  if (chance(0.75)) {
    const rel: _Rec = {};
    if (chance(0.7)) rel.customerSince = daysAgo(200, 3000);
    if (chance(0.8)) rel.lastPurchaseAt = daysAgo(0, 1000);
    if (chance(0.35)) rel.lastInquiryAt = daysAgo(0, 400);
    if (chance(0.8)) rel.purchasedCategories = some(AUDIENCE_CATEGORIES);
    rec.relationship = rel;
  }

  // Registers: unchecked (absent), stale, or checked and listed or not.
  const regIds = _REGISTERS[j] ?? _REGISTERS[j.slice(0, 2)] ?? [];
  const registers: _Rec = {};
  for (const reg of regIds) {
    const r = rnd();
    if (r < 0.15) continue;
    const checkedAt = r < 0.3 ? daysAgo(40, 200) : daysAgo(0, 25);
    registers[reg] = { listed: chance(0.3), checkedAt };
  }
  _laterRegisters(registers, j, i, seed, now);
  if (chance(0.05))
    registers["ACME-INTERNAL-DNC"] = { listed: chance(0.5), checkedAt: daysAgo(0, 60) };
  if (chance(0.02)) registers["US-DNC"] = { listed: true, checkedAt: daysAgo(0, 5) };
  if (Object.keys(registers).length > 0) rec.registers = registers;

  // Consent ledger.
  const consents: _Rec[] = [];
  const nEvents = pick([0, 1, 1, 2, 2, 3, 4, 6, 9]);
  for (let k = 0; k < nEvents; k++) {
    const grant = chance(0.75);
    const atMs = int(-2 * 24 * 60, 1100 * 24 * 60) * _MIN; // a few are in the future
    const scope: _Rec = {};
    if (chance(0.55)) scope.channels = some(AUDIENCE_CHANNELS);
    else if (chance(0.12)) scope.kinds = some(["electronic", "telephone", "mail", "online"]);
    const pr = rnd();
    if (pr < 0.7) scope.purposes = ["marketing"];
    else if (pr < 0.78) scope.purposes = ["marketing", "service"];
    else if (pr < 0.82) scope.purposes = ["service"];
    if (chance(0.22)) scope.topics = some(AUDIENCE_TOPICS);
    if (chance(0.1)) scope.brand = pick(["acme", "acme-outlet"]);
    const ev: _Rec = { id: `${id}-e${k}`, type: grant ? "grant" : "withdraw", at: ago(atMs) };
    if (Object.keys(scope).length > 0 || chance(0.5)) ev.scope = scope;
    if (grant) {
      if (chance(0.85)) ev.method = pick(_METHODS);
      if (ev.method === "double-opt-in" ? chance(0.8) : chance(0.1))
        ev.confirmedAt = ago(atMs - int(5, 3 * 24 * 60) * _MIN);
      const ex = rnd();
      if (ex < 0.08) ev.expiresAt = ago(int(1, 300) * _DAY);
      else if (ex < 0.16) ev.expiresAt = ago(-int(10, 72 * 60) * _MIN);
      else if (ex < 0.2) ev.expiresAt = ago(-int(30, 700) * _DAY);
      if (chance(0.45))
        ev.evidence =
          ev.method === "verbal"
            ? { recording: `rec-${id}-${k}`, agent: int(1, 40) }
            : { ip: `203.0.113.${int(1, 254)}`, userAgent: "Mozilla/5.0", form: "signup-v3" };
      if (chance(0.5)) ev.source = pick(["web-form", "checkout", "call-centre", "import-2024"]);
      if (chance(0.3)) ev.noticeVersion = pick(["2024-01", "2025-06", "2026-02"]);
    } else if (chance(0.4)) ev.source = pick(["unsubscribe-link", "call-centre", "reply-stop"]);
    consents.push(ev);
  }
  if (consents.length > 0 || chance(0.5)) rec.consents = consents;

  // Preferences.
  if (chance(0.55)) {
    const prefs: _Rec = {};
    const o = rnd();
    if (o < 0.18) prefs.channelOrder = ["email", "sms", "push"];
    else if (o < 0.3) prefs.channelOrder = shuffle(some(AUDIENCE_CHANNELS));
    else if (o < 0.36) prefs.channelOrder = ["sms", "email"];
    if (chance(0.22)) {
      const chs: _Rec = {};
      chs[pick(AUDIENCE_CHANNELS)] = false;
      if (chance(0.4)) chs[pick(AUDIENCE_CHANNELS)] = true;
      prefs.channels = chs;
    }
    if (chance(0.18)) {
      const ts: _Rec = {};
      ts[pick(AUDIENCE_TOPICS)] = chance(0.6) ? false : true;
      prefs.topics = ts;
    }
    if (chance(0.15))
      prefs.quietHours = chance(0.6)
        ? [{ from: pick(["20:00", "21:00", "22:00"]), until: pick(["07:00", "08:00", "09:30"]) }]
        : [
            { days: ["sat", "sun"], from: "00:00", until: "24:00" },
            { days: [..._WEEKDAYS], from: "22:00", until: "07:00" },
          ];
    if (chance(0.1))
      prefs.contactHours = [
        { days: [..._WEEKDAYS], from: pick(["08:00", "09:00", "12:00"]), until: "17:00" },
      ];
    if (chance(0.1)) {
      prefs.frequency = chance(0.6)
        ? [{ max: int(0, 3), per: pick(["day", "week", "month"]) }]
        : [{ max: int(1, 2), per: "week", channel: pick(["email", "sms"]) }];
    }
    if (chance(0.06)) {
      const p = rnd();
      prefs.pause =
        p < 0.4
          ? { from: daysAgo(1, 20), until: ago(-int(2, 72) * _HOUR) }
          : p < 0.6
            ? { from: daysAgo(1, 90) }
            : p < 0.8
              ? { until: ago(-int(1, 20) * _DAY) }
              : { from: daysAgo(30, 60), until: daysAgo(1, 20) };
    }
    rec.preferences = prefs;
  }

  // Suppressions.
  if (chance(0.06)) {
    const s: _Rec = {
      reason: pick(["unsubscribe", "complaint", "objection", "legal", "fraud", "other"]),
    };
    if (chance(0.8)) s.at = chance(0.85) ? daysAgo(1, 500) : ago(-int(1, 10) * _DAY);
    if (chance(0.4)) s.channels = some(AUDIENCE_CHANNELS);
    if (chance(0.25)) s.purposes = pick([["marketing", "service"], ["service"], ["transactional"]]);
    if (chance(0.3)) s.note = "ticket-4711";
    rec.suppressions = [s];
  }

  // History, for caps: a light background and, for some, a burst just before now.
  const history: _Rec[] = [];
  const nSends = pick([0, 0, 1, 2, 3, 5, 8, 12]);
  const entry = (at: number): _Rec => {
    const h: _Rec = {
      at: ago(at),
      channel: pick(["email", "email", "sms", "voice", "push", "whatsapp"]),
      purpose: pick(["marketing", "marketing", "marketing", "service", "transactional"]),
    };
    if (chance(0.5)) h.topic = pick(AUDIENCE_TOPICS);
    if (chance(0.3)) h.campaign = pick(AUDIENCE_CAMPAIGNS);
    if (chance(0.08)) h.counted = false;
    return h;
  };
  for (let k = 0; k < nSends; k++) history.push(entry(int(1, 35 * 24 * 60) * _MIN));
  if (chance(0.12)) {
    const burst = int(2, 6);
    const channel = pick(["email", "sms", "voice"]);
    for (let k = 0; k < burst; k++) {
      const h = entry(int(5, 20 * 60) * _MIN);
      h.channel = channel;
      h.purpose = "marketing";
      history.push(h);
    }
  }
  if (history.length > 0) rec.history = history;

  // Attributes, read by segment rules.
  if (chance(0.85)) {
    const attrs: _Rec = { tier: pick(["gold", "silver", "bronze", "platinum"]) };
    if (chance(0.9)) attrs.age = int(14, 85);
    if (chance(0.3)) attrs.segment = pick(["vip", "churn-risk", "new", null]);
    if (chance(0.015)) attrs.explode = true;
    rec.attributes = attrs;
  }

  // About 2 %: one bad field.
  let flaw: string | undefined;
  if (rnd() < (options.invalidShare ?? 0.02)) flaw = _breakRecord(rec, rnd, i);
  return { record: rec, flaw };
}

/**
 * Statuses on the registers of `_LATER_REGISTERS`, drawn from their own stream: unchecked,
 * stale, or checked and listed or not; a listing on a register that revokes earlier consents
 * mostly carries its date.
 */
function _laterRegisters(registers: _Rec, j: string, i: number, seed: number, now: number): void {
  const ids = _LATER_REGISTERS[j.slice(0, 2)] ?? [];
  if (ids.length === 0) return;
  const rnd = mulberry32((Math.imul(i + 1, 0x85ebca6b) ^ seed ^ 0x5bd1e995) >>> 0);
  const daysAgo = (lo: number, hi: number) =>
    _iso(Math.floor((now - (lo + rnd() * (hi - lo)) * _DAY) / _MIN) * _MIN);
  for (const reg of ids) {
    const r = rnd();
    if (r < 0.15) continue;
    const status: _Rec = {
      listed: rnd() < 0.3,
      checkedAt: r < 0.3 ? daysAgo(40, 200) : daysAgo(0, 12),
    };
    if (_REVOKING.has(reg) && status.listed === true && rnd() < 0.7)
      status.listedAt = daysAgo(26, 400);
    // Croatia's NE ZOVI lets the consumer keep or revoke earlier consents.
    if (reg === "HR-NE-ZOVI" && status.listed === true) status.consentsRevoked = rnd() < 0.5;
    registers[reg] = status;
  }
}

/** Gives a record one bad field, and says which. */
function _breakRecord(rec: _Rec, rnd: () => number, i: number): string {
  const flaws = [
    "jurisdiction-lowercase",
    "timezone-unknown-name",
    "contact-status",
    "consent-at-no-offset",
    "consent-type",
    "channel-order-case",
    "quiet-hours-25",
    "history-purpose",
    "id-missing",
    "id-number",
    "customer-type",
    "register-checked-at",
    "unknown-field",
    "proto-key",
    "attribute-object",
    "suppression-reason",
    "consents-not-array",
    "category-case",
    "too-deep",
    "mobile-string",
  ] as const;
  const flaw = flaws[Math.floor(rnd() * flaws.length)] as (typeof flaws)[number];
  const obj = (k: string): _Rec => {
    let v = rec[k];
    if (v === null || typeof v !== "object" || Array.isArray(v)) {
      v = {};
      rec[k] = v;
    }
    return v as _Rec;
  };
  switch (flaw) {
    case "jurisdiction-lowercase":
      rec.jurisdiction = String(rec.jurisdiction).toLowerCase();
      break;
    case "timezone-unknown-name":
      rec.timeZone = "Europe/Atlantis";
      break;
    case "contact-status":
      obj("contacts").email = { address: `c${i}@example.com`, status: "gone" };
      break;
    case "consent-at-no-offset":
      rec.consents = [{ id: `bad-${i}`, type: "grant", at: "2026-01-01T00:00:00" }];
      break;
    case "consent-type":
      rec.consents = [{ id: `bad-${i}`, type: "revoke", at: "2026-01-01T00:00:00Z" }];
      break;
    case "channel-order-case":
      obj("preferences").channelOrder = ["Email", "sms"];
      break;
    case "quiet-hours-25":
      obj("preferences").quietHours = [{ from: "25:00", until: "07:00" }];
      break;
    case "history-purpose":
      rec.history = [{ at: "2026-01-01T00:00:00Z", channel: "email", purpose: "ads" }];
      break;
    case "id-missing":
      delete rec.id;
      break;
    case "id-number":
      rec.id = i;
      break;
    case "customer-type":
      rec.type = "person";
      break;
    case "register-checked-at":
      obj("registers")["US-DNC"] = { listed: false, checkedAt: "yesterday" };
      break;
    case "unknown-field":
      rec.nickname = "kari";
      break;
    case "proto-key":
      Object.defineProperty(obj("attributes"), "__proto__", {
        value: { admin: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      break;
    case "attribute-object":
      obj("attributes").address = { city: "Oslo" };
      break;
    case "suppression-reason":
      rec.suppressions = [{ reason: "spam" }];
      break;
    case "consents-not-array":
      rec.consents = "yes";
      break;
    case "category-case":
      obj("relationship").purchasedCategories = ["Running Shoes"];
      break;
    case "too-deep": {
      let deep: _Rec = { end: true };
      for (let k = 0; k < 70; k++) deep = { d: deep };
      obj("attributes").deep = deep;
      break;
    }
    case "mobile-string":
      obj("contacts").sms = { address: "+4790000000", mobile: "yes" };
      break;
  }
  return flaw;
}

const _p2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Fields of a UTC instant (whole seconds), by civil-from-days arithmetic: no Date, no zone. */
function _fields(ms: number): string {
  const s = Math.floor(ms / 1000);
  const days = Math.floor(s / 86_400);
  const sod = s - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = Math.floor(sod / 3600);
  const mm = Math.floor((sod % 3600) / 60);
  return `${y}-${_p2(m)}-${_p2(d)}T${_p2(hh)}:${_p2(mm)}:${_p2(sod % 60)}`;
}

/** An instant in UTC, `2026-05-06T10:00:00.000Z` (what `toISOString` writes, for whole seconds). */
function _iso(ms: number): string {
  return `${_fields(ms)}.000Z`;
}

/** An instant written with a fixed offset (`+02:00`), as some source systems do. */
function _withOffset(ms: number, offsetMin: number): string {
  const local = _fields(ms + offsetMin * _MIN);
  const sign = offsetMin < 0 ? "-" : "+";
  const a = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}
