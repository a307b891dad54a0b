// The README's table of packs and rules, from the packs themselves:
//   npx tsx scripts/packs-table.ts           # print it
//   npx tsx scripts/packs-table.ts --write   # replace the table in README.md
//   npx tsx scripts/packs-table.ts --check   # exit 1 when README.md's table is not this one
// test/readme.test.ts runs the check, so a change to a pack that leaves the README behind fails.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
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
/** The dates in force of an element: `from … until …`, the date of each instant as written. */
const inForce = (el: { from?: string; until?: string }) =>
  el.from === undefined && el.until === undefined
    ? "not recorded"
    : `${el.from === undefined ? "" : `from ${el.from.slice(0, 10)}`}${el.from !== undefined && el.until !== undefined ? " " : ""}${el.until === undefined ? "" : `until ${el.until.slice(0, 10)} (excl.)`}`;
/** The table's lines, header first. */
export function packsTable(): string[] {
  const out = [
    "| pack | rule | kind | what it does | source | in force | checked |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const pack of Object.values(BUNDLED_PACKS)) out.push(...packRows(pack));
  return out;
}

function packRows(pack: (typeof BUNDLED_PACKS)[string]): string[] {
  const out: string[] = [];
  const count = LISTS.reduce(
    (n, l) => n + ((pack.policy as Record<string, unknown[] | undefined>)[l]?.length ?? 0),
    0,
  );
  // A pack with no rule of its own (a US state with nothing stricter than the federal rules)
  // still gets a row, with the note that says so.
  if (count === 0)
    out.push(`| ${pack.code} | — | note | ${esc(pack.notes[pack.notes.length - 1] ?? "")} | | | |`);
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
      out.push(
        `| ${pack.code} | \`${el.id}\` | ${KIND[list]} | ${esc(el.description ?? "")} | ${cite} | ${inForce(el)} | ${s?.checked ?? ""} |`,
      );
    }
  }
  return out;
}

/** `readme` with its pack table (the lines from its header to the first line not in a table) replaced. */
export function withTable(readme: string, table: readonly string[]): string {
  const lines = readme.split("\n");
  const start = lines.findIndex((l) => l.startsWith("| pack | rule | kind"));
  if (start < 0)
    throw new Error("README.md has no pack table (a line starting '| pack | rule | kind')");
  let end = start;
  while (end < lines.length && (lines[end] ?? "").startsWith("|")) end++;
  return [...lines.slice(0, start), ...table, ...lines.slice(end)].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(import.meta.dirname, "..", "README.md");
  const readme = readFileSync(file, "utf8");
  const table = packsTable();
  const mode = process.argv[2];
  if (mode === "--write") writeFileSync(file, withTable(readme, table));
  else if (mode === "--check") {
    if (withTable(readme, table) !== readme) {
      console.error(
        "README.md's pack table is out of date: npx tsx scripts/packs-table.ts --write",
      );
      process.exit(1);
    }
  } else console.log(table.join("\n"));
}
