// Writes the jurisdiction tables the library ships, from kept packages (devDependencies only):
//   src/time/zone-table.ts            IANA zones per ISO 3166 code (tzdata's zone.tab + zone1970.tab)
//   src/model/jurisdiction-codes.ts   every ISO 3166-1 alpha-2 and ISO 3166-2 code
// npx tsx scripts/gen-zones.ts           write both files
// npx tsx scripts/gen-zones.ts --check   fail if the committed files differ from what it would write
//
// Sources: moment-timezone's data/meta/latest.json, its authors' parse of the IANA tz database's
// zone1970.tab and zone.tab (no kept npm package ships the .tab files themselves; test/zones.test.ts
// checks this JSON against the system's own .tab files where the machine has them), and wooorm's
// iso-3166 (the ISO 3166-1 and 3166-2 lists). On top of the derived country sets, a hand-written
// layer names the zones of subdivisions; the generator refuses any subdivision zone its country
// does not have, and a subdivision without a mapping gets its country's full set.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { iso31661, iso31661Reserved, iso31662 } from "iso-3166";

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), "../..");

/** The tz data as moment-timezone ships it. */
export interface TzMeta {
  version: string;
  countries: Record<string, { zones: string[] }>;
  zones: Record<string, { countries: string[]; comments: string }>;
}
/** The transitions of one zone as moment-timezone unpacks them (offsets in minutes west of UTC). */
interface MomentZone {
  untils: number[];
  offsets: number[];
}
/** moment-timezone's unpacked zones (its full data, every year it ships). */
const MOMENT: { tz: { zone(name: string): MomentZone | null } } = require("moment-timezone");

/** The longest step, in days, at which src/time/zones.ts probes a zone's offsets. */
export const MAX_PROBE_STEP_DAYS = 16;
/** The shortest step: the one zones.ts uses before 1970 and for zones not in the table. */
export const MIN_PROBE_STEP_DAYS = 3;

/**
 * The shortest time, in days, from a change of `zone`'s offset at or after 1970 to the first
 * return to the offset it left (a round trip: a probe step at least that long could miss it);
 * Infinity when none returns. From the tz data moment-timezone ships, every year it holds.
 */
export function shortestRoundTripDays(zone: string): number {
  const z = MOMENT.tz.zone(zone);
  if (z === null) throw new Error(`${zone}: not in moment-timezone's data`);
  const { untils: u, offsets: o } = z;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < u.length; i++) {
    const t = u[i] as number;
    if (!Number.isFinite(t) || t < 0) continue;
    for (let j = i + 1; j < u.length && Number.isFinite(u[j]); j++)
      if (o[j + 1] === o[i]) {
        best = Math.min(best, ((u[j] as number) - t) / 86_400_000);
        break;
      }
  }
  return best;
}

/**
 * The probe step, in days, for `zone` from 1970 on: half its shortest round trip since 1970 (a
 * margin of two against data `Intl` ships that differs a little), whole days, within
 * `MIN_PROBE_STEP_DAYS`…`MAX_PROBE_STEP_DAYS`.
 */
export function probeStepDays(zone: string): number {
  const half = Math.floor(shortestRoundTripDays(zone) / 2);
  return Math.max(MIN_PROBE_STEP_DAYS, Math.min(MAX_PROBE_STEP_DAYS, half));
}

/** moment-timezone's parse of zone1970.tab and zone.tab. */
export const TZ_META: TzMeta = require("moment-timezone/data/meta/latest.json");
const MOMENT_VERSION: string = require("moment-timezone/package.json").version;
const ISO_VERSION: string = require("iso-3166/package.json").version;

/**
 * Overseas parts with their own ISO 3166-1 code that ISO 3166-2 also lists as subdivisions of a
 * country: the subdivision gets the part's zones, and the bare country code gets them too.
 */
export const OVERSEAS_PARTS: Readonly<Record<string, string>> = {
  "US-AS": "AS",
  "US-GU": "GU",
  "US-MP": "MP",
  "US-PR": "PR",
  "US-UM": "UM",
  "US-VI": "VI",
  "FR-971": "GP",
  "FR-972": "MQ",
  "FR-973": "GF",
  "FR-974": "RE",
  "FR-976": "YT",
  "FR-BL": "BL",
  "FR-MF": "MF",
  "FR-NC": "NC",
  "FR-PF": "PF",
  "FR-PM": "PM",
  "FR-TF": "TF",
  "FR-WF": "WF",
  "NL-AW": "AW",
  "NL-CW": "CW",
  "NL-SX": "SX",
  "NL-BQ1": "BQ",
  "NL-BQ2": "BQ",
  "NL-BQ3": "BQ",
  "NO-21": "SJ",
  "NO-22": "SJ",
  "FI-01": "AX",
  "CN-HK": "HK",
  "CN-MO": "MO",
  "CN-TW": "TW",
};

// Zone name shorthands for the hand layer below.
const A = (s: string) => s.split(" ").map((z) => `America/${z}`);
const NY = "America/New_York";
const CHI = "America/Chicago";
const DEN = "America/Denver";
const LA = "America/Los_Angeles";
const IN_EAST = A(
  "Indiana/Indianapolis Indiana/Vincennes Indiana/Winamac Indiana/Marengo Indiana/Petersburg Indiana/Vevay",
);
const IN_CENTRAL = A("Indiana/Tell_City Indiana/Knox");

/**
 * Subdivision zones, by hand from zone.tab's comments: every zone in use in any part of the
 * subdivision, official or widely observed (a cautious superset: Phenix City, Alabama, keeps
 * Eastern time; Kenton, Oklahoma, Mountain). `rest` gives the zones of every other subdivision of
 * the country that ISO 3166-2 lists (its overseas parts and `unmapped` codes excepted).
 */
export const SUBDIVISION_LAYER: Readonly<
  Record<string, { only?: Record<string, string[]>; rest?: string[]; unmapped?: string[] }>
> = {
  US: {
    only: {
      AK: A("Anchorage Juneau Sitka Metlakatla Yakutat Nome Adak"),
      AL: [CHI, NY],
      AR: [CHI],
      AZ: ["America/Phoenix", DEN], // the Navajo Nation keeps daylight saving time
      CA: [LA],
      CO: [DEN],
      CT: [NY],
      DC: [NY],
      DE: [NY],
      FL: [NY, CHI],
      GA: [NY],
      HI: ["Pacific/Honolulu"],
      IA: [CHI],
      ID: ["America/Boise", LA],
      IL: [CHI],
      IN: [...IN_EAST, ...IN_CENTRAL, CHI, NY],
      KS: [CHI, DEN],
      KY: [NY, ...A("Kentucky/Louisville Kentucky/Monticello"), CHI],
      LA: [CHI],
      MA: [NY],
      MD: [NY],
      ME: [NY],
      MI: ["America/Detroit", "America/Menominee", NY, CHI],
      MN: [CHI],
      MO: [CHI],
      MS: [CHI],
      MT: [DEN],
      NC: [NY],
      ND: [CHI, DEN, ...A("North_Dakota/Center North_Dakota/New_Salem North_Dakota/Beulah")],
      NE: [CHI, DEN],
      NH: [NY],
      NJ: [NY],
      NM: [DEN],
      NV: [LA, "America/Boise", DEN], // West Wendover and Jackpot keep Mountain time
      NY: [NY],
      OH: [NY],
      OK: [CHI, DEN],
      OR: [LA, "America/Boise"],
      PA: [NY],
      RI: [NY],
      SC: [NY],
      SD: [CHI, DEN],
      TN: [NY, CHI],
      TX: [CHI, DEN],
      UT: [DEN],
      VA: [NY],
      VT: [NY],
      WA: [LA],
      WI: [CHI],
      WV: [NY],
      WY: [DEN],
    },
  },
  CA: {
    only: {
      AB: ["America/Edmonton"],
      BC: A("Vancouver Edmonton Creston Phoenix Dawson_Creek Fort_Nelson"),
      MB: ["America/Winnipeg"],
      NB: ["America/Moncton", "America/Halifax"],
      NL: A("St_Johns Goose_Bay Halifax"),
      NS: A("Halifax Glace_Bay"),
      NT: A("Edmonton Inuvik"),
      NU: A("Iqaluit Atikokan Panama Resolute Rankin_Inlet Cambridge_Bay"),
      ON: A("Toronto Winnipeg Atikokan Panama"),
      PE: ["America/Halifax"],
      QC: A("Toronto Blanc-Sablon Puerto_Rico Halifax"), // Magdalen Islands keep Atlantic time
      SK: A("Regina Swift_Current Edmonton"), // Lloydminster keeps Alberta's time
      YT: A("Whitehorse Dawson"),
    },
  },
  AU: {
    only: {
      ACT: ["Australia/Sydney"],
      NSW: ["Australia/Sydney", "Australia/Lord_Howe", "Australia/Broken_Hill"],
      NT: ["Australia/Darwin"],
      QLD: ["Australia/Brisbane", "Australia/Lindeman"],
      SA: ["Australia/Adelaide", "Australia/Eucla"], // Border Village keeps Eucla time
      TAS: ["Australia/Hobart", "Antarctica/Macquarie"],
      VIC: ["Australia/Melbourne"],
      WA: ["Australia/Perth", "Australia/Eucla", "Asia/Tokyo"], // Eyre Bird Observatory, per zone1970
    },
  },
  MX: {
    only: {
      BCN: ["America/Tijuana"],
      BCS: ["America/Mazatlan"],
      CAM: ["America/Merida"],
      CHH: A("Chihuahua Ciudad_Juarez Ojinaga"),
      COA: A("Monterrey Matamoros"),
      DUR: A("Monterrey Mexico_City"),
      NAY: A("Mazatlan Bahia_Banderas"),
      NLE: A("Monterrey Matamoros"),
      ROO: ["America/Cancun"],
      SIN: ["America/Mazatlan"],
      SON: ["America/Hermosillo"],
      TAM: A("Monterrey Matamoros"),
      YUC: ["America/Merida"],
    },
    rest: ["America/Mexico_City"],
  },
  BR: {
    only: {
      AC: ["America/Rio_Branco"],
      AL: ["America/Maceio"],
      AM: A("Manaus Eirunepe"),
      AP: ["America/Belem"],
      BA: ["America/Bahia"],
      CE: ["America/Fortaleza"],
      DF: ["America/Sao_Paulo"],
      ES: A("Sao_Paulo Noronha"), // Trindade and Martim Vaz
      GO: ["America/Sao_Paulo"],
      MA: ["America/Fortaleza"],
      MG: ["America/Sao_Paulo"],
      MS: ["America/Campo_Grande"],
      MT: ["America/Cuiaba"],
      PA: A("Belem Santarem"),
      PB: ["America/Fortaleza"],
      PE: A("Recife Noronha"),
      PI: ["America/Fortaleza"],
      PR: ["America/Sao_Paulo"],
      RJ: ["America/Sao_Paulo"],
      RN: A("Fortaleza Noronha"), // Atol das Rocas
      RO: ["America/Porto_Velho"],
      RR: ["America/Boa_Vista"],
      RS: ["America/Sao_Paulo"],
      SC: ["America/Sao_Paulo"],
      SE: ["America/Maceio"],
      SP: ["America/Sao_Paulo"],
      TO: ["America/Araguaina"],
    },
  },
  RU: {
    only: {
      KGD: ["Europe/Kaliningrad"],
      KIR: ["Europe/Kirov"],
      VGG: ["Europe/Volgograd"],
      AST: ["Europe/Astrakhan"],
      SAR: ["Europe/Saratov"],
      ULY: ["Europe/Ulyanovsk"],
      SAM: ["Europe/Samara"],
      UD: ["Europe/Samara"],
      ...Object.fromEntries(
        "BA CHE KGN KHM ORE PER SVE TYU YAN".split(" ").map((c) => [c, ["Asia/Yekaterinburg"]]),
      ),
      OMS: ["Asia/Omsk"],
      NVS: ["Asia/Novosibirsk"],
      ALT: ["Asia/Barnaul"],
      AL: ["Asia/Barnaul"],
      TOM: ["Asia/Tomsk"],
      KEM: ["Asia/Novokuznetsk"],
      KYA: ["Asia/Krasnoyarsk"],
      KK: ["Asia/Krasnoyarsk"],
      TY: ["Asia/Krasnoyarsk"],
      IRK: ["Asia/Irkutsk"],
      BU: ["Asia/Irkutsk"],
      ZAB: ["Asia/Chita"],
      AMU: ["Asia/Yakutsk"],
      SA: ["Asia/Yakutsk", "Asia/Khandyga", "Asia/Ust-Nera", "Asia/Srednekolymsk"],
      PRI: ["Asia/Vladivostok"],
      KHA: ["Asia/Vladivostok"],
      YEV: ["Asia/Vladivostok"],
      MAG: ["Asia/Magadan"],
      SAK: ["Asia/Sakhalin", "Asia/Srednekolymsk"], // the northern Kuril Islands
      KAM: ["Asia/Kamchatka"],
      CHU: ["Asia/Anadyr"],
    },
    rest: ["Europe/Moscow"],
  },
  ES: {
    only: {
      CN: ["Atlantic/Canary"],
      GC: ["Atlantic/Canary"],
      TF: ["Atlantic/Canary"],
      CE: ["Africa/Ceuta"],
      ML: ["Africa/Ceuta"],
    },
    rest: ["Europe/Madrid"],
  },
  PT: { only: { "20": ["Atlantic/Azores"], "30": ["Atlantic/Madeira"] }, rest: ["Europe/Lisbon"] },
  EC: { only: { W: ["Pacific/Galapagos"] }, rest: ["America/Guayaquil"] },
  CL: {
    only: {
      VS: ["America/Santiago", "Pacific/Easter"],
      AI: ["America/Coyhaique"],
      MA: ["America/Punta_Arenas"],
    },
    rest: ["America/Santiago"],
  },
  NZ: { only: { CIT: ["Pacific/Chatham"] }, rest: ["Pacific/Auckland"] },
  CN: { only: { XJ: ["Asia/Shanghai", "Asia/Urumqi"] }, rest: ["Asia/Shanghai"] },
  // Clipperton has no zone of its own in the tz database: it keeps France's full set.
  FR: { rest: ["Europe/Paris"], unmapped: ["CP"] },
  NL: { rest: ["Europe/Amsterdam", "Europe/Brussels"] },
  NO: { rest: ["Europe/Oslo"] },
  FI: { rest: ["Europe/Helsinki"] },
  ID: {
    only: {
      ...Object.fromEntries(
        "AC SU SB RI KR JA SS BB BE LA SM JK JB JT YO JI BT JW"
          .split(" ")
          .map((c) => [c, ["Asia/Jakarta"]]),
      ),
      KB: ["Asia/Pontianak"],
      KT: ["Asia/Pontianak"],
      KA: ["Asia/Pontianak", "Asia/Makassar"],
      ...Object.fromEntries(
        "KS KI KU SL SA ST SN SG GO SR BA NB NT NU".split(" ").map((c) => [c, ["Asia/Makassar"]]),
      ),
      ...Object.fromEntries(
        "MA MU ML PA PB PD PE PP PS PT".split(" ").map((c) => [c, ["Asia/Jayapura"]]),
      ),
    },
  },
  MN: {
    // Hovd time in the west; Zavkhan and Govi-Altai get both, for want of a clear source.
    only: {
      "043": ["Asia/Hovd"],
      "046": ["Asia/Hovd"],
      "071": ["Asia/Hovd"],
      "057": ["Asia/Ulaanbaatar", "Asia/Hovd"],
      "065": ["Asia/Ulaanbaatar", "Asia/Hovd"],
    },
    rest: ["Asia/Ulaanbaatar"],
  },
  UA: {
    // Crimea and Sevastopol keep Moscow time; so do the occupied parts of four oblasts.
    only: {
      "43": ["Europe/Simferopol"],
      "40": ["Europe/Simferopol"],
      ...Object.fromEntries(
        ["09", "14", "23", "65"].map((c) => [c, ["Europe/Kyiv", "Europe/Simferopol"]]),
      ),
    },
    rest: ["Europe/Kyiv"],
  },
};

/** The zones zone.tab and zone1970.tab list for each ISO 3166-1 code (union of both files). */
export function tabZones(meta: TzMeta = TZ_META): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [cc, c] of Object.entries(meta.countries)) out.set(cc, new Set(c.zones));
  return out;
}

const sorted = (s: Iterable<string>) => [...new Set(s)].sort();

/** Every jurisdiction's zones, derived: countries (with their parts), then subdivisions. */
export function deriveZoneTable(): Map<string, string[]> {
  const tab = tabZones();
  const subsOf = new Map<string, string[]>();
  for (const s of iso31662) {
    const cc = s.code.slice(0, 2);
    subsOf.set(cc, [...(subsOf.get(cc) ?? []), s.code]);
  }
  const isSub = new Set(iso31662.map((s) => s.code));
  const countries = new Set(iso31661.map((c) => c.alpha2));
  for (const [sub, part] of Object.entries(OVERSEAS_PARTS)) {
    if (!isSub.has(sub)) throw new Error(`${sub} is not an ISO 3166-2 code`);
    if (!countries.has(part) || !tab.has(part)) throw new Error(`${part}: no ISO 3166-1 zones`);
  }
  const table = new Map<string, string[]>();
  for (const { alpha2: cc } of iso31661) {
    const zones = new Set(tab.get(cc) ?? []);
    for (const [sub, part] of Object.entries(OVERSEAS_PARTS))
      if (sub.startsWith(`${cc}-`)) for (const z of tab.get(part) ?? []) zones.add(z);
    if (zones.size > 0) table.set(cc, sorted(zones));
  }
  for (const [sub, part] of Object.entries(OVERSEAS_PARTS))
    table.set(sub, sorted(tab.get(part) ?? []));
  for (const [cc, layer] of Object.entries(SUBDIVISION_LAYER)) {
    const country = new Set(table.get(cc) ?? []);
    const put = (code: string, zones: readonly string[]) => {
      if (!isSub.has(code)) throw new Error(`${code} is not an ISO 3166-2 code`);
      if (table.has(code)) throw new Error(`${code} is mapped twice`);
      for (const z of zones)
        if (!country.has(z)) throw new Error(`${code}: ${z} is not a zone of ${cc}`);
      table.set(code, sorted(zones));
    };
    for (const [s, zones] of Object.entries(layer.only ?? {})) put(`${cc}-${s}`, zones);
    const skip = new Set((layer.unmapped ?? []).map((s) => `${cc}-${s}`));
    if (layer.rest !== undefined)
      for (const code of subsOf.get(cc) ?? [])
        if (!table.has(code) && !skip.has(code)) put(code, layer.rest);
  }
  return table;
}

/** A long string literal as `+`-joined lines of at most 96 characters, every character kept. */
function _chunks(s: string): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += 96) parts.push(`  ${JSON.stringify(s.slice(i, i + 96))}`);
  return parts.join(" +\n");
}

const header = (what: string) =>
  `// Generated by scripts/gen-zones.ts from ${what}. Do not edit: run \`npx tsx scripts/gen-zones.ts\`.\n`;

/** The source of src/time/zone-table.ts. */
export function zoneTableSource(): string {
  const table = deriveZoneTable();
  // Zone names once, in a list; each jurisdiction lists indexes into it (base 36), so the module
  // stays small in a bundle. Countries first, subdivisions after, both sorted.
  const names = sorted([...table.values()].flat());
  const index = new Map(names.map((z, i) => [z, i.toString(36)]));
  // Where most subdivisions of a country share one set other than the country's, it is written
  // once as \`CC-*\`, and every subdivision with another set (its country's set included) by itself.
  const rowsOf = new Map<string, string[]>();
  const subsOf = new Map<string, string[]>();
  for (const { code } of iso31662) {
    const cc = code.slice(0, 2);
    subsOf.set(cc, [...(subsOf.get(cc) ?? []), code]);
  }
  for (const [code, zones] of table) if (code.length === 2) rowsOf.set(code, zones);
  for (const [cc, subs] of subsOf) {
    const country = table.get(cc) ?? [];
    const value = (s: string) => table.get(s) ?? country;
    const counts = new Map<string, number>();
    for (const s of subs) counts.set(value(s).join(" "), (counts.get(value(s).join(" ")) ?? 0) + 1);
    const [common = "", n = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    const useDefault = n > 1 && common !== country.join(" ");
    if (useDefault) rowsOf.set(`${cc}-*`, common.split(" "));
    const base = useDefault ? common : country.join(" ");
    for (const s of subs) if (value(s).join(" ") !== base) rowsOf.set(s, value(s));
  }
  const codes = [...rowsOf.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const rows = codes.map(
    (c) => `${c}:${(rowsOf.get(c) as string[]).map((z) => index.get(z)).join(",")}`,
  );
  const steps = names
    .map((z) => [index.get(z), probeStepDays(z)] as const)
    .filter(([, d]) => d < MAX_PROBE_STEP_DAYS)
    .map(([i, d]) => `${i}:${d}`);
  return `${header(`moment-timezone ${MOMENT_VERSION} (IANA tzdata ${TZ_META.version}: zone.tab and zone1970.tab) and iso-3166 ${ISO_VERSION}`)}
import { isJurisdiction } from "../model/jurisdictions.js";

/** The IANA tz database release the zone table was derived from. */
export const TZDATA_VERSION = ${JSON.stringify(TZ_META.version)};

// Every zone named below, sorted.
const _NAMES = ${JSON.stringify(names.join(" "))}.split(" ");
// \`code:i,j,…\` per jurisdiction, \`;\`-separated; i, j index _NAMES in base 36.
const _ROWS =
${_chunks(rows.join(";"))};

// \`i:d\` for each zone of _NAMES (i in base 36) probed every d days, not ${MAX_PROBE_STEP_DAYS}, from 1970 on.
const _STEPS = ${JSON.stringify(steps.join(" "))};

let _steps: Map<string, number> | undefined;
/**
 * The step, in days, at which \`src/time/zones.ts\` may probe the offsets of a zone of the table
 * from 1970 on: half the shortest time in which the zone's offset has changed and changed back
 * since 1970 in the tz data, whole days, at most ${MAX_PROBE_STEP_DAYS} and at least ${MIN_PROBE_STEP_DAYS}
 * (\`Asia/Gaza\` is probed every ${probeStepDays("Asia/Gaza")} days, \`America/Anchorage\` every ${probeStepDays("America/Anchorage")});
 * undefined for a zone not in the table.
 */
export function _probeStepDays(tz: string): number | undefined {
  if (_steps === undefined) {
    _steps = new Map(_NAMES.map((z) => [z, ${MAX_PROBE_STEP_DAYS}]));
    for (const row of _STEPS.split(" ")) {
      const [i, d] = row.split(":") as [string, string];
      _steps.set(_NAMES[Number.parseInt(i, 36)] as string, Number(d));
    }
  }
  return _steps.get(tz);
}

let _table: Map<string, readonly string[]> | undefined;
/**
 * The IANA zones in use in each jurisdiction that has its own entry: every ISO 3166-1 country that
 * zone.tab or zone1970.tab lists, with the zones of its overseas parts that ISO 3166-2 lists as its
 * subdivisions (\`US\` includes Guam's, \`FR\` Réunion's); each overseas part under both codes
 * (\`GU\`, \`US-GU\`); and the subdivisions mapped by hand (a subset of their country's zones).
 * \`CC-*\` holds the set of every subdivision of \`CC\` without its own entry, where not the country's.
 */
export function _zoneTable(): ReadonlyMap<string, readonly string[]> {
  if (_table === undefined) {
    _table = new Map();
    for (const row of _ROWS.split(";")) {
      const [code, ix] = row.split(":") as [string, string];
      _table.set(
        code,
        Object.freeze(ix.split(",").map((i) => _NAMES[Number.parseInt(i, 36)] as string)),
      );
    }
  }
  return _table;
}

/**
 * The IANA zones in use in a jurisdiction (ISO 3166-1 \`NO\` or ISO 3166-2 \`US-FL\`): every zone
 * where a customer of that code may be, so a time window that holds in all of them holds for the
 * customer. A real subdivision without its own entry gets its country's zones (a superset, the
 * safe side when the customer's own zone is unknown). Codes that are not ISO 3166 give \`[]\`.
 *
 * @example
 * zonesOfJurisdiction("CA-SK"); // => ["America/Edmonton", "America/Regina", "America/Swift_Current"]
 * zonesOfJurisdiction("XX"); // => []
 */
export function zonesOfJurisdiction(code: string): readonly string[] {
  if (!isJurisdiction(code)) return [];
  const table = _zoneTable();
  const cc = code.slice(0, 2);
  return (
    table.get(code) ?? (code.length > 2 ? table.get(\`\${cc}-*\`) : undefined) ?? table.get(cc) ?? []
  );
}
`;
}

/**
 * US FIPS state codes, for suggestions only: `US-12` is Florida's FIPS code, not an ISO one.
 */
const US_FIPS: Readonly<Record<string, string>> = {
  "01": "AL",
  "02": "AK",
  "04": "AZ",
  "05": "AR",
  "06": "CA",
  "08": "CO",
  "09": "CT",
  "10": "DE",
  "11": "DC",
  "12": "FL",
  "13": "GA",
  "15": "HI",
  "16": "ID",
  "17": "IL",
  "18": "IN",
  "19": "IA",
  "20": "KS",
  "21": "KY",
  "22": "LA",
  "23": "ME",
  "24": "MD",
  "25": "MA",
  "26": "MI",
  "27": "MN",
  "28": "MS",
  "29": "MO",
  "30": "MT",
  "31": "NE",
  "32": "NV",
  "33": "NH",
  "34": "NJ",
  "35": "NM",
  "36": "NY",
  "37": "NC",
  "38": "ND",
  "39": "OH",
  "40": "OK",
  "41": "OR",
  "42": "PA",
  "44": "RI",
  "45": "SC",
  "46": "SD",
  "47": "TN",
  "48": "TX",
  "49": "UT",
  "50": "VT",
  "51": "VA",
  "53": "WA",
  "54": "WV",
  "55": "WI",
  "56": "WY",
  "60": "AS",
  "66": "GU",
  "69": "MP",
  "72": "PR",
  "78": "VI",
};

/**
 * Codes that are not ISO 3166-1 but are used for a country, and the ISO code: the UK's own
 * abbreviation and the EU's for Greece, and reserved codes of countries renamed or split where the
 * successor is one.
 */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  UK: "GB",
  EL: "GR",
  FX: "FR",
  BU: "MM",
  TP: "TL",
  ZR: "CD",
  DY: "BJ",
  HV: "BF",
  RH: "ZW",
  NH: "VU",
};

/** Runs of three or more consecutive numbers of one width as `first-last` (`01 02 03` → `01-03`). */
function _ranges(subs: readonly string[]): string[] {
  const out: string[] = [];
  const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
  for (let i = 0; i < subs.length; ) {
    const first = subs[i] as string;
    let j = i;
    while (num(subs[j + 1]) === num(subs[j]) + 1 && (subs[j + 1] as string).length === first.length)
      j++;
    if (j - i >= 2) {
      out.push(`${first}-${subs[j]}`);
      i = j + 1;
    } else out.push(subs[i++] as string);
  }
  return out;
}

/** The source of src/model/jurisdiction-codes.ts. */
export function jurisdictionCodesSource(): string {
  const assigned = new Set(iso31661.map((c) => c.alpha2));
  const reserved = new Set(iso31661Reserved.map((c) => c.alpha2));
  for (const [alias, cc] of Object.entries(COUNTRY_ALIASES)) {
    if (assigned.has(alias)) throw new Error(`alias ${alias} is an assigned code`);
    if (!assigned.has(cc)) throw new Error(`alias target ${cc} is not assigned`);
    if (alias !== "EL" && !reserved.has(alias)) throw new Error(`alias ${alias} is not reserved`);
  }
  const subs = new Map<string, string[]>();
  for (const s of iso31662) {
    const [cc, sub] = s.code.split("-") as [string, string];
    if (!assigned.has(cc)) throw new Error(`${s.code}: ${cc} is not an assigned ISO 3166-1 code`);
    subs.set(cc, [...(subs.get(cc) ?? []), sub]);
  }
  const countries = [...assigned].sort();
  const rows = countries.map((cc) => `${cc}${_ranges(sorted(subs.get(cc) ?? [])).join(" ")}`);
  const alpha3 = sorted(iso31661.map((c) => `${c.alpha3}${c.alpha2}`));
  const fips = sorted(Object.entries(US_FIPS).map(([n, s]) => `${n}${s}`));
  return `${header(`iso-3166 ${ISO_VERSION}`)}
/**
 * Every ISO 3166-1 alpha-2 code, each followed by the suffixes of its ISO 3166-2 subdivisions
 * (space-separated; \`01-95\` stands for every number of that width from 01 to 95), \`|\`-separated:
 * \`"AD02-08|AE…"\` names \`AD\`, \`AD-02\`, \`AD-03\`… \`AD-08\`.
 */
export const _ISO_3166 =
${_chunks(rows.join("|"))};

/** ISO 3166-1 alpha-3 codes followed by their alpha-2 code, space-separated, for suggestions. */
export const _ALPHA3 = ${JSON.stringify(alpha3.join(" "))};

/** Codes used for a country that ISO 3166-1 does not assign, and the code it does (\`UK\` → \`GB\`). */
export const _ALIASES: Readonly<Record<string, string>> = ${JSON.stringify(COUNTRY_ALIASES)};

/** US FIPS state codes followed by the ISO 3166-2 suffix (\`12FL\`), for suggestions. */
export const _US_FIPS = ${JSON.stringify(fips.join(" "))};
`;
}

const OUTPUTS: [string, () => string][] = [
  ["src/time/zone-table.ts", zoneTableSource],
  ["src/model/jurisdiction-codes.ts", jurisdictionCodesSource],
];

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = false;
  for (const [file, make] of OUTPUTS) {
    const path = resolve(root, file);
    // Formatted as the repository formats it, so a check after `biome check --write` agrees.
    const text = execFileSync(
      resolve(root, "node_modules/.bin/biome"),
      ["format", `--stdin-file-path=${file}`],
      { input: make(), encoding: "utf8" },
    );
    if (check) {
      if (readFileSync(path, "utf8") !== text) {
        console.error(`${file} is out of date: run npx tsx scripts/gen-zones.ts`);
        stale = true;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${file} (${text.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}
