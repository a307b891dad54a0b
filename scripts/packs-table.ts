// Prints the README's table of packs and rules from the packs themselves:
// npx tsx scripts/packs-table.ts
import { BUNDLED_PACKS } from "../src/packs/index.js";
import { PACK_LISTS } from "../src/packs/pack.js";

const LISTS = PACK_LISTS;
const KIND: Record<(typeof LISTS)[number], string> = {
  consentRequirements: "consent",
  optOut: "opt-out",
  existingCustomer: "basis",
  consentValidity: "consent validity",
  presumedConsent: "presumed consent",
  requiredFacts: "required facts",
  proofRetention: "proof retention",
  registers: "register",
  windows: "hours",
  quietHours: "quiet hours",
  blackouts: "blackout",
  holidays: "holidays",
  caps: "cap",
  rules: "rule",
  refusals: "refusal",
  afterOptOut: "after opt-out",
};
const esc = (s: string) => s.replaceAll("|", "\\|");
console.log("| pack | rule | kind | what it does | source | in force | checked |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
/** The dates in force of an element: `from … until …`, the date of each instant as written. */
const inForce = (el: { from?: string; until?: string }) =>
  el.from === undefined && el.until === undefined
    ? "not recorded"
    : `${el.from === undefined ? "" : `from ${el.from.slice(0, 10)}`}${el.from !== undefined && el.until !== undefined ? " " : ""}${el.until === undefined ? "" : `until ${el.until.slice(0, 10)} (excl.)`}`;
for (const pack of Object.values(BUNDLED_PACKS)) {
  const count = LISTS.reduce(
    (n, l) => n + ((pack.policy as Record<string, unknown[] | undefined>)[l]?.length ?? 0),
    0,
  );
  // A pack with no rule of its own (a US state with nothing stricter than the federal rules)
  // still gets a row, with the note that says so.
  if (count === 0)
    console.log(
      `| ${pack.code} | — | note | ${esc(pack.notes[pack.notes.length - 1] ?? "")} | | | |`,
    );
  for (const list of LISTS) {
    for (const el of ((pack.policy as Record<string, unknown[] | undefined>)[list] ?? []) as {
      id: string;
      description?: string;
      from?: string;
      until?: string;
      source?: { law: string; section?: string; url?: string; checked?: string };
    }[]) {
      const s = el.source;
      const cite =
        s === undefined
          ? ""
          : `[${esc(s.law)}${s.section ? `, ${esc(s.section)}` : ""}](${s.url ?? ""})`;
      console.log(
        `| ${pack.code} | \`${el.id}\` | ${KIND[list]} | ${esc(el.description ?? "")} | ${cite} | ${inForce(el)} | ${s?.checked ?? ""} |`,
      );
    }
  }
}
