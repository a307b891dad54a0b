// Writes src/time/holiday-tables.ts: the public holidays of the jurisdictions below, for the years
// FROM–TO, from date-holidays (a devDependency, pinned), as compact rules (holiday-codec.ts says
// the format). The core then ships these tables instead of date-holidays itself.
//
//   npx tsx scripts/gen-holidays.ts          (then review the diff and commit it)
//
// Every jurisdiction and year is decoded again and compared with date-holidays' own answer (through
// `dateHolidays()` of consentry/holidays) before the file is written: any difference stops it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import Holidays from "date-holidays";
import { dateHolidays } from "../src/holidays.js";
import {
  type HolidayTables,
  orthodoxEaster,
  tableHolidays,
  westernEaster,
} from "../src/time/holiday-codec.js";

/** The years covered. A year outside them is unknown to the bundled tables. */
const FROM = 2000;
const TO = 2099;

/**
 * The countries covered, each with every region date-holidays lists for it (a region it does not
 * list falls back to the country, as date-holidays does). EU and EEA states, then the others the
 * packs serve, then the US territories under their own ISO 3166-1 codes (date-holidays lists none
 * of them as a US region, and does not know MP).
 */
const COUNTRIES = [
  ...["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"],
  ...["IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"],
  ...["IS", "LI", "NO"],
  ...["CH", "GB", "US", "CA", "AU", "NZ", "TR"],
  ...["PR", "VI", "GU", "MP", "AS"],
];

const root = resolve(import.meta.dirname, "..");
const OUT = resolve(root, "src/time/holiday-tables.ts");
const DAY = 86_400_000;
const MIN = 60_000;
const version = JSON.parse(
  readFileSync(resolve(root, "node_modules/date-holidays/package.json"), "utf8"),
).version as string;

/** One public holiday of one year: its day (offset from 1 January), start minute and length. */
interface Entry {
  day: number;
  start: number;
  length: number;
}

/** The public holidays date-holidays lists for `year`, grouped by the rule that made them. */
function groups(hd: Holidays, year: number): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  const jan1 = Date.UTC(year, 0, 1);
  for (const x of hd.getHolidays(year)) {
    if (x.type !== "public") continue;
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(x.date);
    if (m === null) continue;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const length = x.end.getTime() - x.start.getTime();
    if (s !== 0 || length % MIN !== 0 || !(length > 0))
      throw new Error(`odd holiday ${x.date} (${x.rule})`);
    const start = h * 60 + mi;
    const key = `${x.rule}|${x.substitute === true}|${start}`;
    const list = out.get(key) ?? [];
    list.push({ day: (Date.UTC(y, mo - 1, d) - jan1) / DAY, start, length: length / MIN });
    out.set(key, list);
  }
  return out;
}

const offChar = (o: number) => String.fromCharCode(106 + o);
const mmdd = (t: number) => {
  const d = new Date(t);
  return (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
};

/**
 * The shortest rule (see holiday-codec.ts) that gives `byYear` (index = year − FROM): the base date
 * and weekday table that explain most years, the other years as `Z` exceptions.
 */
function encode(byYear: (Entry[] | undefined)[]): string {
  const present = byYear.flatMap((e, i) => (e === undefined ? [] : [i]));
  const first = present[0] as number;
  const last = present[present.length - 1] as number;
  const start = (byYear[first] as Entry[])[0]?.start ?? 0;
  // Lengths: the commonest, others per year (one length per year).
  const lengths = new Map<number, number>();
  for (const i of present) {
    const ls = new Set((byYear[i] as Entry[]).map((e) => e.length));
    if (ls.size !== 1) throw new Error(`several lengths in one year: ${[...ls]}`);
    const l = [...ls][0] as number;
    lengths.set(l, (lengths.get(l) ?? 0) + 1);
  }
  const length = [...lengths].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1440;
  let tail = "";
  if (first !== 0 || last !== TO - FROM) tail += `Y${first}-${last}`;
  if (start !== 0) tail += `T${start}`;
  if (length !== 1440) tail += `D${length}`;
  for (const i of present) {
    const l = (byYear[i] as Entry[])[0]?.length as number;
    if (l !== length) tail += `K${i}:${l}`;
  }

  const single = (i: number) => {
    const e = byYear[i];
    return e !== undefined && e.length === 1 ? (e[0] as Entry).day : undefined;
  };
  const jan1 = (i: number) => Date.UTC(FROM + i, 0, 1);
  const zOf = (i: number) => `Z${i}:${(byYear[i] ?? []).map((e) => e.day).join(".")}`;

  const candidates: string[] = [];
  // Easter-based: the base date is the holiday every year.
  for (const [tag, easter] of [
    ["E", westernEaster],
    ["O", orthodoxEaster],
  ] as const) {
    const ks = new Set<number>();
    for (const i of present) {
      const d = single(i);
      if (d !== undefined) ks.add((jan1(i) + d * DAY - easter(FROM + i)) / DAY);
    }
    for (const k of ks) {
      let s = `${tag}${k}`;
      for (let i = first; i <= last; i++) {
        const d = single(i);
        if (d === undefined || jan1(i) + d * DAY !== easter(FROM + i) + k * DAY) s += zOf(i);
      }
      candidates.push(s);
    }
  }
  // Fixed base dates near the commonest dates, each with the weekday table that fits most years.
  const common = new Map<number, number>();
  for (const i of present) {
    const d = single(i);
    if (d !== undefined) {
      const md = mmdd(jan1(i) + d * DAY);
      common.set(md, (common.get(md) ?? 0) + 1);
    }
  }
  const bases = new Set<number>();
  for (const [md] of [...common].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3))
    for (let delta = -7; delta <= 7; delta++) {
      const b = mmdd(Date.UTC(2001, Math.floor(md / 100) - 1, (md % 100) + delta));
      if (b !== 229) bases.add(b);
    }
  for (const b of [...bases].sort((x, y) => x - y)) {
    const baseOf = (i: number) => Date.UTC(FROM + i, Math.floor(b / 100) - 1, b % 100);
    // Outcome per year in the span: an offset from the base, "_" for none, null for neither.
    const outcome = (i: number): number | "_" | null => {
      const e = byYear[i];
      if (e === undefined) return "_";
      const d = single(i);
      if (d === undefined) return null;
      const off = (jan1(i) + d * DAY - baseOf(i)) / DAY;
      return Math.abs(off) <= 9 ? off : null;
    };
    const votes = Array.from({ length: 7 }, () => new Map<number | "_", number>());
    for (let i = first; i <= last; i++) {
      const o = outcome(i);
      if (o === null) continue;
      const v = votes[new Date(baseOf(i)).getUTCDay()] as Map<number | "_", number>;
      v.set(o, (v.get(o) ?? 0) + 1);
    }
    const table = votes.map((v) => {
      const best = [...v].sort(
        (x, y) => y[1] - x[1] || String(x[0]).localeCompare(String(y[0])),
      )[0];
      return best === undefined ? 0 : best[0];
    });
    // A weekday no year in the span falls on: any value, so the table reads as simple as it can.
    let s = `F${String(b).padStart(4, "0")}`;
    if (table.some((t) => t !== 0))
      s += `W${table.map((t) => (t === "_" ? "_" : offChar(t))).join("")}`;
    for (let i = first; i <= last; i++) {
      const o = outcome(i);
      if (o === null || o !== table[new Date(baseOf(i)).getUTCDay()]) s += zOf(i);
    }
    candidates.push(s);
  }
  candidates.push(`X${present.map(zOf).join("")}`);
  const best = candidates.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] as string;
  return best + tail;
}

// Group every jurisdiction's holidays by rule, year by year, and encode each group.
const meta = new Holidays();
const known = meta.getCountries("en");
const places: [key: string, rules: string[]][] = [];
const skipped: string[] = [];
for (const c of COUNTRIES) {
  if (!Object.hasOwn(known, c)) {
    skipped.push(c);
    continue;
  }
  const regions = Object.keys(meta.getStates(c, "en") ?? {}).sort();
  for (const key of [c, ...regions.map((r) => `${c}-${r}`)]) {
    const [country, region] = key.split("-") as [string, string | undefined];
    const hd = region === undefined ? new Holidays(country) : new Holidays(country, region);
    const byRule = new Map<string, (Entry[] | undefined)[]>();
    for (let y = FROM; y <= TO; y++)
      for (const [rule, entries] of groups(hd, y)) {
        const byYear = byRule.get(rule) ?? [];
        byYear[y - FROM] = entries;
        byRule.set(rule, byYear);
      }
    places.push([key, [...byRule.values()].map(encode)]);
  }
}

// Rule ids: the most used first, so they get the shortest ids.
const uses = new Map<string, number>();
for (const [, rs] of places) for (const r of new Set(rs)) uses.set(r, (uses.get(r) ?? 0) + 1);
const rules = [...uses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
const id = new Map(rules.map((r, i) => [r, i]));
const idList = (rs: Iterable<string>) =>
  [...new Set(rs)]
    .map((r) => id.get(r) as number)
    .sort((a, b) => a - b)
    .map((n) => n.toString(36))
    .join(".");
const byKey = new Map(places);
const entries = places.map(([key, rs]) => {
  const dash = key.indexOf("-");
  if (dash === -1) return `${key}=${idList(rs)}`;
  const base = new Set(byKey.get(key.slice(0, dash)));
  const own = new Set(rs);
  const add = idList([...own].filter((r) => !base.has(r)));
  const del = idList([...base].filter((r) => !own.has(r)));
  return `${key}=${add === "" ? "" : `+${add}`}${del === "" ? "" : `-${del}`}`;
});

// Check: every jurisdiction and year decodes to date-holidays' own answer.
const tables: HolidayTables = { from: FROM, to: TO, rules, places: entries };
const ours = tableHolidays("check", tables);
const theirs = dateHolidays();
for (const [key] of places) {
  const [country, region] = key.split("-") as [string, string | undefined];
  for (let y = FROM; y <= TO; y++) {
    const a = JSON.stringify(ours.holidays(country, region, y));
    const b = JSON.stringify(theirs.holidays(country, region, y));
    if (a !== b) throw new Error(`${key} ${y}: tables give ${a}, date-holidays ${b}`);
  }
}

/** `text` as JSDoc lines of at most 100 characters. */
const wrap = (text: string) =>
  (text.match(/.{1,96}(?:,|$)/g) ?? []).map((l) => ` * ${l.trim()}`).join("\n");
const list = (xs: readonly string[]) => xs.map((x) => `    ${JSON.stringify(x)},\n`).join("");
writeFileSync(
  OUT,
  `// Generated by scripts/gen-holidays.ts from date-holidays ${version}: do not edit by hand.
// Regenerate with \`npx tsx scripts/gen-holidays.ts\` (after changing the pinned date-holidays
// version or the jurisdictions or years there), then review the diff.
import { tableHolidays } from "./holiday-codec.js";
import type { HolidayProvider } from "./holidays.js";

/**
 * Public holidays bundled with the core, ${FROM}–${TO}, for each country below with every region
 * date-holidays ${version} lists for it. Another country or year is unknown (\`undefined\`); a
 * region not listed falls back to its country.
 *
${wrap(COUNTRIES.filter((c) => !skipped.includes(c)).join(", "))}
 */
export const bundledHolidays: HolidayProvider = /* @__PURE__ */ tableHolidays("bundled", {
  from: ${FROM},
  to: ${TO},
  rules: [
${list(rules)}  ],
  places: [
${list(entries)}  ],
});
`,
);
execFileSync("npx", ["--no-install", "biome", "format", "--write", OUT], {
  cwd: root,
  stdio: "ignore",
});
console.log(
  `${OUT}: ${places.length} jurisdictions, ${rules.length} rules, ${FROM}–${TO}` +
    (skipped.length > 0 ? `; date-holidays does not know ${skipped.join(", ")}` : ""),
);
