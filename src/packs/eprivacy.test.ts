import { describe, expect, it } from "vitest";
import { EPRIVACY_13_4, EPRIVACY_AMENDED, EPRIVACY_IN_FORCE, senderAndOptOut } from "./eprivacy.js";
import { BUNDLED_PACKS } from "./index.js";

/** The packs whose sender-and-opt-out rule cites the national provision (issue 12). */
const NATIONAL = new Set("IT ES DK SE AT GB PT CZ NL FR RO SK LT LV BE HR SI IS IE EE".split(" "));
/** Every pack built on `senderAndOptOut` (DE, CH, AU and NZ write their own national rule). */
const BUILT = [
  ...["AT", "BE", "BG", "CY", "CZ", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT"],
  ...["LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "GB"],
];

const ruleOf = (code: string) => {
  const pack = BUNDLED_PACKS[code];
  if (pack === undefined) throw new Error(`no pack ${code}`);
  const id = code === "GB" ? "UK-PECR-23" : `${code}-EPRIVACY-13-4`;
  const rule = (pack.policy.requiredFacts ?? []).find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return { pack, rule };
};

describe("senderAndOptOut", () => {
  it("defaults to the directive's Art. 13(4) and its date, with no opt-out period", () => {
    const r = senderAndOptOut("X-1");
    expect(r.source).toEqual(EPRIVACY_13_4);
    expect(r.from).toBe(EPRIVACY_IN_FORCE);
    expect(r.facts).toEqual(["senderIdentified", "optOut"]);
    expect("optOutValidFor" in r).toBe(false);
  });

  it("takes the national source, date, opt-out period and wording a pack gives", () => {
    const source = {
      law: "L",
      section: "§ 1",
      url: "https://example.org/l",
      checked: "2026-12-04",
    };
    const r = senderAndOptOut("X-2", {
      source,
      from: "2010-01-01T00:00:00Z",
      optOutValidFor: "P30D",
      description: "D",
    });
    expect(r).toMatchObject({ source, from: "2010-01-01T00:00:00Z", optOutValidFor: "P30D" });
    expect(r.description).toBe("D");
  });

  it.each(BUILT)("%s cites the national provision once confirmed, else the directive", (code) => {
    const { pack, rule } = ruleOf(code);
    const notes = pack.notes.join("\n");
    if (NATIONAL.has(code)) {
      expect(rule.source?.law).not.toBe(EPRIVACY_AMENDED);
      expect(rule.source?.section).toBeTruthy();
      expect(rule.source?.checked).toBe("2026-12-04");
      expect(notes).not.toContain("national transposing section is not confirmed");
      // The directive stays as the secondary reference.
      expect(notes).toMatch(/Art\. 13\(4\)/);
    } else {
      expect(rule.source).toEqual(EPRIVACY_13_4);
      expect(notes).toContain("national transposing section is not confirmed");
    }
  });
});
