/**
 * The report pages in a real browser: headless Chromium (Debian's `chromium`, no browser download)
 * driven by playwright-core. Each page must render every chart (an SVG with a title and a
 * non-empty box, its marks drawn where its numbers say), log no error, fetch nothing, read the
 * same without JavaScript, and show in its tables the numbers the core's own summaries give.
 *
 * Runs only when CONSENTRY_BROWSER is set: `npm run test:browser` sets it to `required` (and fails
 * without Chromium); scripts/test-browser.mjs runs it when Chromium is there and says so when not.
 * CHROMIUM_PATH overrides where Chromium is looked for.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditSends,
  compilePolicy,
  type Decision,
  decideEach,
  diffDecisions,
  summarize,
} from "../src/index.js";
import { campaignReport, explainDecision, renderExplanation } from "../src/report/index.js";

const mode = process.env.CONSENTRY_BROWSER ?? "";

/** Chromium's path: CHROMIUM_PATH, else `chromium` (or `chromium-browser`) on PATH. */
function findChromium(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env !== undefined && env !== "") return existsSync(env) ? env : undefined;
  for (const name of ["chromium", "chromium-browser"]) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    const p = r.stdout.trim();
    if (r.status === 0 && p !== "") return p;
  }
  return undefined;
}
const chromiumPath = mode === "" ? undefined : findChromium();

describe.runIf(mode === "required" && chromiumPath === undefined)("browser tests", () => {
  it("need Chromium", () => {
    throw new Error(
      "npm run test:browser needs Chromium: no 'chromium' on PATH. Install it with 'bash scripts/ci-install-chromium.sh', or set CHROMIUM_PATH.",
    );
  });
});

// The campaign and the decisions the pages are made from: the repository's example data.
const root = join(import.meta.dirname, "..");
const data = (f: string) => join(root, "examples", "data", f);
const json = (f: string) => JSON.parse(readFileSync(data(f), "utf8"));
const lines = (f: string) =>
  readFileSync(data(f), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
const customers: unknown[] = lines("customers.ndjson").map((l) => {
  try {
    return JSON.parse(l);
  } catch {
    return l;
  }
});
const message = json("message.json");
const plan = compilePolicy(json("policy.json"));
const strict = compilePolicy(json("policy-strict.json"));
const NOW = "2026-05-04T18:15:00Z";
const a = [...decideEach(plan, customers, { message, now: NOW })];
const b = [...decideEach(strict, customers, { message, now: NOW })];
const byId = new Map(
  customers.flatMap((c) =>
    c !== null && typeof c === "object" ? [[(c as { id: string }).id, c] as const] : [],
  ),
);
const audit = auditSends(
  plan,
  lines("sends.ndjson").map((l) => JSON.parse(l)),
  (id) => byId.get(id),
);

/** Counts by key. */
function tally<T>(xs: Iterable<T>, key: (x: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) {
    const k = key(x);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
const num = (s: string) => Number(s.replace(/,/g, ""));

/** The body rows of the table holding chart `id`'s numbers, as cell texts. */
function rows(page: Page, id: string): Promise<string[][]> {
  return page
    .locator(`table[data-for="${id}"] tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.cells, (c: { textContent: string }) => c.textContent.trim())),
    );
}

describe.runIf(mode !== "" && chromiumPath !== undefined)("pages in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "consentry-browser-"));
  const pages: Record<string, string> = {};
  let browser: Browser;

  beforeAll(async () => {
    pages.report = join(dir, "report.html");
    writeFileSync(
      pages.report,
      await campaignReport({ decisions: a, customers, compare: b, audit }),
    );
    // Kari at the spring clock change, Emma held by a cap, Amelia by a pause.
    const explained: [string, string][] = [
      ["kari-no", "2026-03-28T20:30:00Z"],
      ["emma-ca", NOW],
      ["amelia-gb", NOW],
    ];
    for (const [id, now] of explained) {
      const { deadline: _, ...open } = message;
      const e = explainDecision(plan, { customer: byId.get(id) as never, message: open, now });
      pages[id] = join(dir, `explain-${id}.html`);
      writeFileSync(pages[id] as string, await renderExplanation(e));
    }
    browser = await chromium.launch({ executablePath: chromiumPath as string });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, recording console errors, page errors and any request that is not the file. */
  async function open(file: string, javaScriptEnabled = true) {
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === `file://${file}`) return route.continue();
      problems.push(`request: ${url}`);
      return route.abort();
    });
    await page.goto(`file://${file}`, { waitUntil: "load" });
    return { page, problems, close: () => context.close() };
  }

  /** Every chart: an SVG with a title and label, a real box, marks, and a table of numbers. */
  async function checkCharts(page: Page, ids: readonly string[]) {
    const charts = page.locator("svg[data-chart]");
    expect(await charts.evaluateAll((els) => els.map((e) => e.getAttribute("data-chart")))).toEqual(
      ids,
    );
    for (const id of ids) {
      const svg = page.locator(`svg[data-chart="${id}"]`);
      const box = await svg.boundingBox();
      expect(box?.width, id).toBeGreaterThan(200);
      expect(box?.height, id).toBeGreaterThan(60);
      expect((await svg.locator("title").first().textContent())?.length, id).toBeGreaterThan(5);
      expect((await svg.getAttribute("aria-label"))?.length, id).toBeGreaterThan(5);
      expect(await svg.getAttribute("role")).toBe("img");
      // Marks drawn with a size (bars, cells, rules), not only axes.
      const marks = await svg
        .locator("g[aria-label='bar'] rect, g[aria-label='cell'] rect, g[aria-label='rect'] rect")
        .evaluateAll(
          (els) =>
            els.filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.height > 0;
            }).length,
        );
      expect(marks, id).toBeGreaterThan(0);
      expect(await page.locator(`table[data-for="${id}"]`).isVisible()).toBe(true);
    }
  }

  it("the campaign report renders every chart, with no error and nothing fetched", async () => {
    const { page, problems, close } = await open(pages.report as string);
    await checkCharts(page, [
      "verdicts",
      "reach",
      "denials",
      "local-hours",
      "schedule",
      "load",
      "jurisdictions",
      "diff-verdicts",
      "diff-changes",
      "audit-reasons",
    ]);
    expect(problems).toEqual([]);
    const png = join(dir, "report.png");
    await page.screenshot({ path: png, fullPage: true });
    expect(statSync(png).size).toBeGreaterThan(20_000);
    await close();
  });

  it("its tables show the numbers of the decisions", async () => {
    const { page, close } = await open(pages.report as string);
    const s = summarize(a);
    const t = async (id: string, cols: number[]) =>
      Object.fromEntries(
        (await rows(page, id)).map((r) => [r[0], cols.map((c) => num(r[c] as string))]),
      );
    expect(await t("verdicts", [1])).toEqual({
      send: [s.byVerdict.send],
      defer: [s.byVerdict.defer],
      deny: [s.byVerdict.deny],
    });
    const sent = (v: Decision["verdict"]) =>
      tally(a, (d) => (d.verdict === v ? d.channel : undefined));
    expect(await t("reach", [1, 2, 3])).toEqual(
      Object.fromEntries(
        Object.entries(s.byChannel).map(([c, n]) => [
          c,
          [sent("send")[c] ?? 0, sent("defer")[c] ?? 0, n],
        ]),
      ),
    );
    expect(await t("denials", [2])).toEqual(
      Object.fromEntries(Object.entries(s.denialsByReason).map(([c, n]) => [c, [n]])),
    );
    expect(await t("local-hours", [1])).toEqual(
      Object.fromEntries(Object.entries(s.deferralsByLocalHour).map(([h, n]) => [`${h}:00`, [n]])),
    );
    const schedule = (await rows(page, "schedule")).map(
      (r) => `${r[0]}T${r[1]?.slice(0, 2)} ${r[2]}`,
    );
    expect(schedule.sort()).toEqual(
      Object.entries(
        tally(a, (d) => (d.verdict === "defer" ? d.sendAtLocal?.slice(0, 13) : undefined)),
      )
        .map(([k, n]) => `${k} ${n}`)
        .sort(),
    );
    const load = Object.fromEntries(
      (await rows(page, "load")).map((r) => [
        (r[0] as string).replace(" ", "T").slice(0, 13),
        num(r[1] as string),
      ]),
    );
    expect(load).toEqual(
      tally(a, (d) => (d.verdict === "deny" ? undefined : d.sendAt?.slice(0, 13))),
    );
    const jur: Record<string, number[]> = {};
    a.forEach((d, i) => {
      const c = customers[i] as { jurisdiction?: string } | string;
      const j =
        typeof c === "object" && /^[A-Z]{2}(-[A-Z]+)?$/.test(c.jurisdiction ?? "")
          ? (c.jurisdiction as string)
          : "unknown";
      const row = jur[j] ?? [0, 0, 0];
      const k = ["send", "defer", "deny"].indexOf(d.verdict);
      row[k] = (row[k] as number) + 1;
      jur[j] = row;
    });
    expect(await t("jurisdictions", [1, 2, 3])).toEqual(jur);
    const sb = summarize(b);
    expect(Object.values(await t("diff-verdicts", [1, 2, 3]))).toEqual([
      [s.byVerdict.send, s.byVerdict.defer, s.byVerdict.deny],
      [sb.byVerdict.send, sb.byVerdict.defer, sb.byVerdict.deny],
    ]);
    expect(await t("diff-changes", [1])).toEqual(
      Object.fromEntries(
        Object.entries(diffDecisions(a, b).changes).map(([k, v]) => [k, [v.count]]),
      ),
    );
    const codes: Record<string, number[]> = {};
    for (const f of audit.findings)
      for (const c of new Set(f.decision.reasons.map((r) => r.code)))
        codes[c] = [((codes[c] ?? [0])[0] as number) + 1];
    expect(await t("audit-reasons", [2])).toEqual(codes);
    expect((await rows(page, "audit-findings")).length).toBe(audit.findings.length);
    // The verdict bars are as long as their numbers say.
    const widths = await page
      .locator("svg[data-chart='verdicts'] g[aria-label='bar'] rect")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    const counts = [s.byVerdict.send, s.byVerdict.defer, s.byVerdict.deny].filter((n) => n > 0);
    expect(widths).toHaveLength(counts.length);
    for (const [i, w] of widths.entries())
      expect(w / (widths[0] as number)).toBeCloseTo(
        (counts[i] as number) / (counts[0] as number),
        1,
      );
    await close();
  });

  it("reads the same without JavaScript", async () => {
    const { page, problems, close } = await open(pages.report as string, false);
    expect(await page.locator("svg[data-chart]").count()).toBe(10);
    expect(await page.locator("svg[data-chart='schedule']").boundingBox()).not.toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it("the timeline pages draw every lane, the send where it falls, and the clock change", async () => {
    for (const id of ["kari-no", "emma-ca", "amelia-gb"]) {
      const { page, problems, close } = await open(pages[id] as string);
      await checkCharts(page, ["timeline"]);
      expect(problems).toEqual([]);
      const lanes = await rows(page, "timeline");
      const svg = page.locator("svg[data-chart='timeline']");
      const labels = await svg
        .locator("g[aria-label='y-axis tick label'] text")
        .evaluateAll((els) => els.map((e) => e.textContent));
      expect(labels).toEqual(lanes.map((r) => r[0]));
      // The send marker sits at its instant on the time axis: the grey lane backgrounds span the
      // window, so their left and right edges are its start and end.
      const bg = await svg
        .locator("g[aria-label='bar']")
        .first()
        .locator("rect")
        .first()
        .evaluate((e) => {
          const r = e.getBoundingClientRect();
          return [r.left, r.right];
        });
      const dot = await svg.locator("g[aria-label='dot'] path").evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return (r.left + r.right) / 2;
        }),
      );
      expect(dot).toHaveLength(1);
      const e = explainDecision(plan, {
        customer: byId.get(id) as never,
        message: (({ deadline: _, ...m }) => m)(message),
        now: id === "kari-no" ? "2026-03-28T20:30:00Z" : NOW,
      });
      const w0 = Date.parse(e.window.from);
      const w1 = Date.parse(e.window.until);
      const at = Date.parse(e.chosen[0]?.at as string);
      const [left, right] = bg as [number, number];
      expect(
        Math.abs((dot[0] as number) - (left + ((at - w0) / (w1 - w0)) * (right - left))),
      ).toBeLessThan(3);
      if (id === "kari-no") expect(await svg.textContent()).toContain("clock change UTC+1 → UTC+2");
      const png = join(dir, `explain-${id}.png`);
      await page.screenshot({ path: png, fullPage: true });
      expect(statSync(png).size).toBeGreaterThan(10_000);
      await close();
    }
  });
});
