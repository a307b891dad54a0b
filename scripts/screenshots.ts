/**
 * The README's pictures: the campaign report and a decision timeline made from examples/data,
 * opened in headless Chromium and saved as PNGs in docs/images/ (each kept under 150 KB).
 *
 *   npm run screenshots            (needs Chromium: bash scripts/ci-install-chromium.sh)
 *   npm run screenshots -- --out DIR   (also writes the HTML pages there)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { auditSends, compilePolicy, decideEach } from "../src/index.js";
import { campaignReport, explainDecision, renderExplanation } from "../src/report/index.js";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { out: { type: "string" } } });
const pagesDir = values.out ?? mkdtempSync(join(tmpdir(), "consentry-pages-"));
const images = join(root, "docs", "images");
mkdirSync(pagesDir, { recursive: true });
mkdirSync(images, { recursive: true });

// The README's command line examples: the campaign at 18:15 UTC, the strict policy, the send log.
const data = (f: string) => join(root, "examples", "data", f);
const text = (f: string) => readFileSync(data(f), "utf8");
const lines = (f: string) =>
  text(f)
    .split("\n")
    .filter((l) => l.trim() !== "");
const customers: unknown[] = lines("customers.ndjson").map((l) => {
  try {
    return JSON.parse(l);
  } catch {
    return l;
  }
});
const message = JSON.parse(text("message.json"));
const plan = compilePolicy(JSON.parse(text("policy.json")));
const strict = compilePolicy(JSON.parse(text("policy-strict.json")));
const now = "2026-05-04T18:15:00Z";
const byId = new Map(
  customers.flatMap((c) =>
    c !== null && typeof c === "object" ? [[(c as { id: string }).id, c] as const] : [],
  ),
);
const report = join(pagesDir, "report.html");
writeFileSync(
  report,
  await campaignReport({
    decisions: decideEach(plan, customers, { message, now }),
    customers,
    compare: [...decideEach(strict, customers, { message, now })],
    audit: auditSends(
      plan,
      lines("sends.ndjson").map((l) => JSON.parse(l)),
      (id) => byId.get(id),
    ),
  }),
);
// Amelia: quiet evenings, a pause that ends on Wednesday, a weekly cap, and no phone number.
const explain = join(pagesDir, "explain.html");
writeFileSync(
  explain,
  await renderExplanation(
    explainDecision(plan, { customer: byId.get("amelia-gb") as never, message, now }),
  ),
);

const found = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {
  encoding: "utf8",
});
const executablePath = process.env.CHROMIUM_PATH || found.stdout.trim().split("\n")[0];
if (!executablePath) {
  console.error("screenshots need Chromium: bash scripts/ci-install-chromium.sh");
  process.exit(1);
}
const browser = await chromium.launch({ executablePath });
try {
  const shots: [string, string, number, string | undefined][] = [
    // The report is long: its top, from the totals to the denials by reason.
    [report, "report.png", 1000, "#denials"],
    [explain, "explain.png", 1000, undefined],
  ];
  for (const [file, name, width, until] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`file://${file}`);
    const height =
      until === undefined
        ? ((await page.evaluate("document.documentElement.scrollHeight")) as number)
        : ((await page
            .locator(until)
            .evaluate((e) => e.getBoundingClientRect().bottom + 16)) as number);
    const path = join(images, name);
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height }, fullPage: true });
    const kb = statSync(path).size / 1024;
    console.log(`${path}: ${width}×${Math.round(height)}, ${kb.toFixed(0)} KB`);
    if (kb > 150)
      throw new Error(`${name} is ${kb.toFixed(0)} KB: keep README images under 150 KB`);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`pages: ${pagesDir}`);
