/**
 * The zones of a jurisdiction, for customers whose own zone is unknown: every zone the IANA tables
 * list for the country, its overseas parts included, and subdivisions only ever narrower than their
 * country. The references are parsed here, independently of scripts/gen-zones.ts: the tab data as
 * moment-timezone ships it (zone by zone), and the system's own zone.tab and zone1970.tab.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { iso31661, iso31662 } from "iso-3166";
import { describe, expect, it } from "vitest";
import { OVERSEAS_PARTS } from "../scripts/gen-zones.js";
import { isKnownTimeZone } from "../src/model/primitives.js";
import { allowedInAllZones } from "../src/time/local-windows.js";
import { _zoneTable, TZDATA_VERSION, zonesOfJurisdiction } from "../src/time/zone-table.js";

const require = createRequire(import.meta.url);
const meta: {
  version: string;
  zones: Record<string, { countries: string[] }>;
} = require("moment-timezone/data/meta/latest.json");

/** Country → zones, from each zone's own list of countries (zone1970.tab lines list several). */
function byZone(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [zone, z] of Object.entries(meta.zones))
    for (const cc of z.countries) out.set(cc, (out.get(cc) ?? new Set()).add(zone));
  return out;
}
/** Country → zones, from tab files as IANA writes them: `CC[,CC…]\tcoords\tZone[\tcomment]`. */
function parseTab(...texts: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const text of texts)
    for (const line of text.split("\n")) {
      if (line === "" || line.startsWith("#")) continue;
      const [ccs = "", , zone = ""] = line.split("\t");
      for (const cc of ccs.split(",")) out.set(cc, (out.get(cc) ?? new Set()).add(zone));
    }
  return out;
}
const set = (xs: Iterable<string>) => [...new Set(xs)].sort();
const TAB = byZone();
const partsOf = (cc: string) =>
  Object.entries(OVERSEAS_PARTS)
    .filter(([sub]) => sub.startsWith(`${cc}-`))
    .map(([, part]) => part);

describe("zonesOfJurisdiction: countries", () => {
  it("the data is the release the table says", () => {
    expect(TZDATA_VERSION).toBe(meta.version);
  });

  it("every ISO 3166-1 code in the tab files gets every zone listed for it, its parts' too (property)", () => {
    const assigned = new Set(iso31661.map((c) => c.alpha2));
    let checked = 0;
    for (const [cc, zones] of TAB) {
      expect(assigned.has(cc), cc).toBe(true);
      const expected = set([...zones, ...partsOf(cc).flatMap((p) => [...(TAB.get(p) ?? [])])]);
      expect(set(zonesOfJurisdiction(cc)), cc).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(240);
    // Countries the tab files do not list (Bouvet Island, Heard Island) have no zone: [] is refused.
    for (const { alpha2 } of iso31661)
      if (!TAB.has(alpha2)) expect(zonesOfJurisdiction(alpha2), alpha2).toEqual([]);
  });

  it("agrees with the system's own zone.tab and zone1970.tab, where the machine has them", () => {
    const dir = "/usr/share/zoneinfo";
    if (!existsSync(`${dir}/zone1970.tab`) || !existsSync(`${dir}/zone.tab`)) return;
    const system = parseTab(
      readFileSync(`${dir}/zone.tab`, "utf8"),
      readFileSync(`${dir}/zone1970.tab`, "utf8"),
    );
    expect(system.size).toBeGreaterThan(240);
    for (const [cc, zones] of system) {
      const ours = new Set(zonesOfJurisdiction(cc));
      const missing = [...zones].filter((z) => !ours.has(z));
      expect(missing, `${cc}: zones the system's tables list that ours lack`).toEqual([]);
    }
  });

  it("a country with overseas parts holds their customers to their hours too", () => {
    const us = new Set(zonesOfJurisdiction("US"));
    for (const z of [
      "Pacific/Guam",
      "Pacific/Saipan",
      "Pacific/Pago_Pago",
      "America/Puerto_Rico",
      "America/St_Thomas",
      "Pacific/Honolulu",
      "America/New_York",
    ])
      expect(us.has(z), z).toBe(true);
    const fr = new Set(zonesOfJurisdiction("FR"));
    for (const z of ["Europe/Paris", "Indian/Reunion", "America/Cayenne", "Pacific/Noumea"])
      expect(fr.has(z), z).toBe(true);
    expect(zonesOfJurisdiction("NL")).toContain("America/Curacao");
    expect(zonesOfJurisdiction("NO")).toContain("Arctic/Longyearbyen");
    for (const [sub, part] of Object.entries(OVERSEAS_PARTS)) {
      expect(zonesOfJurisdiction(sub), sub).toEqual(zonesOfJurisdiction(part));
      expect(zonesOfJurisdiction(sub).length, sub).toBeGreaterThan(0);
    }
  });

  it("every zone is one this runtime knows (else a decision would throw)", () => {
    for (const zones of _zoneTable().values())
      for (const z of zones) expect(isKnownTimeZone(z), z).toBe(true);
  });
});

describe("zonesOfJurisdiction: subdivisions", () => {
  it("every ISO 3166-2 subdivision gets a non-empty subset of its country's zones (property)", () => {
    for (const { code } of iso31662) {
      const country = new Set(zonesOfJurisdiction(code.slice(0, 2)));
      const zones = zonesOfJurisdiction(code);
      for (const z of zones) expect(country.has(z), `${code}: ${z}`).toBe(true);
      if (country.size > 0) expect(zones.length, code).toBeGreaterThan(0);
    }
  });

  it("mapped countries have every subdivision mapped, each narrower than the country", () => {
    for (const cc of ["US", "CA", "AU", "MX", "BR", "RU", "ES", "PT", "CL", "NZ", "FR", "ID"]) {
      const all = zonesOfJurisdiction(cc).length;
      for (const { code } of iso31662.filter((s) => s.code.startsWith(`${cc}-`)))
        if (code !== "FR-CP") expect(zonesOfJurisdiction(code).length, code).toBeLessThan(all);
    }
  });

  it("the subdivisions of a mapped country together cover every zone of the country", () => {
    // Crimea is listed under RU and UA in zone1970.tab; ISO 3166-2 codes it UA-43 only.
    const elsewhere = new Set(["RU Europe/Simferopol"]);
    for (const cc of ["US", "CA", "AU", "MX", "BR", "RU", "ES", "PT", "EC", "CL", "NZ", "CN"]) {
      const subs = iso31662.filter((s) => s.code.startsWith(`${cc}-`));
      const covered = new Set(subs.flatMap((s) => zonesOfJurisdiction(s.code)));
      const missing = zonesOfJurisdiction(cc).filter(
        (z) => !covered.has(z) && !elsewhere.has(`${cc} ${z}`),
      );
      expect(missing, cc).toEqual([]);
    }
  });

  it.each([
    ["CA-SK", ["America/Regina", "America/Edmonton"]],
    ["US-AZ", ["America/Phoenix", "America/Denver"]],
    ["US-ID", ["America/Boise", "America/Los_Angeles"]],
    ["US-OR", ["America/Los_Angeles", "America/Boise"]],
    ["US-TX", ["America/Chicago", "America/Denver"]],
    ["US-FL", ["America/New_York", "America/Chicago"]],
    ["US-KY", ["America/New_York", "America/Chicago"]],
    ["US-TN", ["America/New_York", "America/Chicago"]],
    ["US-IN", ["America/Indiana/Indianapolis", "America/Chicago"]],
    ["US-MI", ["America/Detroit", "America/Menominee"]],
    ["US-ND", ["America/Chicago", "America/Denver"]],
    ["US-SD", ["America/Chicago", "America/Denver"]],
    ["US-NE", ["America/Chicago", "America/Denver"]],
    ["US-KS", ["America/Chicago", "America/Denver"]],
    ["US-AK", ["America/Anchorage", "America/Adak"]],
    ["US-GU", ["Pacific/Guam"]],
    ["FR-974", ["Indian/Reunion"]],
    ["AU-NSW", ["Australia/Sydney", "Australia/Lord_Howe", "Australia/Broken_Hill"]],
    ["AU-WA", ["Australia/Perth", "Australia/Eucla", "Asia/Tokyo"]],
    ["ES-CN", ["Atlantic/Canary"]],
    ["PT-20", ["Atlantic/Azores"]],
  ])("%s covers %j", (code, zones) => {
    for (const z of zones) expect(zonesOfJurisdiction(code)).toContain(z);
  });

  it("codes that are not ISO 3166 have no zones", () => {
    for (const c of ["XX", "UK", "US-ZZ", "US-FLA", "US-*", "FR-*", "us-fl", "", "constructor"])
      expect(zonesOfJurisdiction(c), c).toEqual([]);
  });
});

describe("the hours a customer of unknown zone is held to", () => {
  const w = [{ from: "08:00", until: "21:00" }];
  const open = (code: string, at: string) => {
    const t = Date.parse(at);
    return allowedInAllZones(w, zonesOfJurisdiction(code), [t, t + 60_000]).length > 0;
  };
  it("Guam: 04:30 in Hagåtña is not 14:30 in New York", () => {
    // 2026-05-04T18:30Z is 14:30 EDT and 04:30 ChST the next morning.
    expect(open("US-NY", "2026-05-04T18:30:00Z")).toBe(true);
    expect(open("US-GU", "2026-05-04T18:30:00Z")).toBe(false);
    expect(open("GU", "2026-05-04T18:30:00Z")).toBe(false);
    expect(open("US", "2026-05-04T18:30:00Z")).toBe(false);
  });
  it("Réunion: 21:30 in Saint-Denis is not 19:30 in Paris", () => {
    // 2026-05-04T17:30Z is 19:30 CEST and 21:30 RET.
    expect(open("FR-75C", "2026-05-04T17:30:00Z")).toBe(true);
    expect(open("FR-974", "2026-05-04T17:30:00Z")).toBe(false);
    expect(open("FR", "2026-05-04T17:30:00Z")).toBe(false);
  });
  it("Lloydminster: 07:30 in Alberta's time while Regina is at 08:30", () => {
    // 2026-01-12T14:30Z is 08:30 CST (Regina) and 07:30 MST (Lloydminster, Edmonton).
    expect(open("CA-MB", "2026-01-12T14:30:00Z")).toBe(true);
    expect(open("CA-SK", "2026-01-12T14:30:00Z")).toBe(false);
  });
});
