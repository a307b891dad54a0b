/**
 * consentry/report without a browser: the report's numbers against the core's own summaries,
 * flat memory, explainDecision against decide, the text timeline, the pages' markup, and the
 * `report` and `explain` commands run in process. The pages in a real browser:
 * report-browser.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  auditSends,
  type CustomerInput,
  compilePolicy,
  type Decision,
  type DeferDecision,
  decide,
  decideEach,
  diffDecisions,
  type PolicyInput,
  summarize,
} from "../src/index.js";
import { explainCommand, reportCommand } from "../src/report/cli.js";
import {
  aggregateReport,
  campaignReport,
  explainDecision,
  formatExplanation,
  OTHER,
  ReportAggregator,
  renderExplanation,
  renderReport,
  type TimelineLane,
} from "../src/report/index.js";
import { type Interval, intersectAll } from "../src/time/intervals.js";

const root = join(import.meta.dirname, "..");
const data = (f: string) => join(root, "examples", "data", f);
const json = (f: string) => JSON.parse(readFileSync(data(f), "utf8"));
const customers: unknown[] = readFileSync(data("customers.ndjson"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => {
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
const under = (p: typeof plan) => [...decideEach(p, customers, { message, now: NOW })];
const a = under(plan);
const b = under(strict);
const byId = new Map(
  customers.flatMap((c) =>
    c !== null && typeof c === "object" ? [[(c as { id: string }).id, c] as const] : [],
  ),
);
const customer = (id: string) => byId.get(id) as CustomerInput;
const sends = readFileSync(data("sends.ndjson"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l));
const audit = auditSends(plan, sends, (id) => byId.get(id));

describe("campaign report numbers", () => {
  it("agree with summarize on verdicts, channels, denials and local hours", async () => {
    const r = await aggregateReport({ decisions: a });
    const s = summarize(a);
    expect(r.total).toBe(s.total);
    expect(r.byVerdict).toEqual(s.byVerdict);
    expect(r.invalid).toBe(s.invalid);
    expect(
      Object.fromEntries(Object.entries(r.byChannel).map(([c, x]) => [c, x.send + x.defer])),
    ).toEqual(s.byChannel);
    expect(r.denialsByReason).toEqual(s.denialsByReason);
    expect(
      Object.fromEntries(Object.entries(r.deferrals.byLocalHour).filter(([, n]) => n > 0)),
    ).toEqual(s.deferralsByLocalHour);
    // Every deferral with a known zone is on some day and some day-hour.
    const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
    expect(sum(r.deferrals.byLocalDay) + r.deferrals.zoneUnknown).toBe(s.byVerdict.defer);
    expect(sum(r.deferrals.byLocalDayHour)).toBe(sum(r.deferrals.byLocalDay));
    expect(sum(r.releasesByUtcHour)).toBe(s.byVerdict.send + s.byVerdict.defer);
  });

  it("lists each denial's rule and law, counting a decision once per reason and rule", () => {
    const cited = compilePolicy({
      id: "cited",
      rules: [
        {
          id: "no-sms",
          channels: ["sms"],
          test: () => true,
          source: { law: "Test Act", section: "§ 1", url: "https://example.org/act#1" },
        },
      ],
    });
    const d = decide(cited, {
      customer: {
        id: "x",
        jurisdiction: "NO",
        timeZone: "Europe/Oslo",
        contacts: { sms: { address: "+4791234567" } },
        consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
      },
      message: { purpose: "marketing", channels: ["sms"] },
      now: NOW,
    });
    expect(d.verdict).toBe("deny");
    const agg = new ReportAggregator();
    agg.add(d);
    agg.add(d);
    const row = agg.result().denials.find((r) => r.rule === "no-sms");
    expect(row).toMatchObject({
      code: "rule.deny",
      count: 2,
      source: { url: "https://example.org/act#1" },
      examples: ["x", "x"],
    });
  });

  it("compares two policies as diffDecisions does, and says which new reasons changed them", async () => {
    const r = await aggregateReport({ decisions: a, compare: b });
    const d = diffDecisions(a, b);
    expect(r.diff?.total).toBe(d.total);
    expect(r.diff?.changed).toBe(d.changed);
    expect(Object.fromEntries(r.diff?.changes.map((c) => [c.change, c.count]) ?? [])).toEqual(
      Object.fromEntries(Object.entries(d.changes).map(([k, v]) => [k, v.count])),
    );
    expect(r.diff?.verdicts.from).toEqual(summarize(a).byVerdict);
    expect(r.diff?.verdicts.to).toEqual(summarize(b).byVerdict);
    const later = r.diff?.changes.find((c) => c.change === "defer(sms) → defer(sms) later");
    expect(later?.examples).toEqual(["emma-ca"]);
    expect(later?.causes).toEqual({ "frequency-cap two-a-week": 1 });
  });

  it("counts the audit's findings by reason and lists them", async () => {
    const r = await aggregateReport({ decisions: a, audit });
    expect(r.audit?.checked).toBe(audit.checked);
    expect(r.audit?.findings).toBe(audit.findings.length);
    expect(r.audit?.rows.map((x) => [x.customerId, x.at])).toEqual(
      audit.findings.map((f) => {
        const s = f.send as { customerId: string; at: string };
        return [s.customerId, s.at];
      }),
    );
    const codes: Record<string, number> = {};
    for (const f of audit.findings)
      for (const c of new Set(f.decision.reasons.map((x) => x.code)))
        codes[c] = (codes[c] ?? 0) + 1;
    expect(r.audit?.byReason).toEqual(codes);
  });

  it("takes jurisdictions from the customers, in step with the decisions", async () => {
    const r = await aggregateReport({ decisions: a, customers });
    expect(r.jurisdictions.source).toBe("customers");
    const expected: Record<string, { send: number; defer: number; deny: number }> = {};
    a.forEach((d, i) => {
      const c = customers[i] as { jurisdiction?: string } | string;
      const j =
        typeof c === "object" && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(c.jurisdiction ?? "")
          ? (c.jurisdiction as string)
          : "unknown";
      expected[j] ??= { send: 0, defer: 0, deny: 0 };
      expected[j][d.verdict]++;
    });
    expect(r.jurisdictions.rows).toEqual(expected);
    // "Norway" is no jurisdiction code: that record counts as unknown.
    expect(r.jurisdictions.rows.unknown?.deny).toBeGreaterThanOrEqual(1);
    await expect(
      aggregateReport({ decisions: a, customers: [...customers].reverse() }),
    ).rejects.toThrow(RangeError);
    await expect(aggregateReport({ decisions: a, customers: customers.slice(1) })).rejects.toThrow(
      /customer record 1 is 'ola-no' but decision 1 is for 'kari-no'/,
    );
  });

  it("without customers, places a decision under the most specific pack whose rules applied", () => {
    const us = compilePolicy({ id: "us", packs: ["US"] });
    const d = decide(us, {
      customer: {
        id: "j",
        jurisdiction: "US-FL",
        timeZone: "America/New_York",
        contacts: { voice: { address: "+13055550123" } },
        registers: {
          "US-DNC": { listed: false, checkedAt: "2026-05-01T00:00:00Z" },
          "US-FL-DNC": { listed: false, checkedAt: "2026-04-01T00:00:00Z" },
        },
      },
      message: { purpose: "marketing", channels: ["voice"], automated: false },
      now: "2026-05-05T00:30:00Z",
    });
    const agg = new ReportAggregator();
    agg.add(d);
    agg.add(a[0] as Decision); // the example policy applies the Norwegian pack to Kari
    const r = agg.result();
    expect(r.jurisdictions.source).toBe("packs");
    expect(Object.keys(r.jurisdictions.rows).sort()).toEqual(["NO", "US-FL"]);
  });

  it("keeps memory flat: bounded examples and keys whatever the number of decisions", () => {
    const agg = new ReportAggregator({ maxKeys: 50, examples: 2 });
    const base = a.find((d) => d.verdict === "deny" && d.reasons[0]?.code !== "input.invalid");
    const defer = a.find((d) => d.verdict === "defer") as DeferDecision;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0)
        agg.add({
          ...(base as Decision),
          customerId: `c${i}`,
          reasons: [{ code: "rule.deny", rule: `rule-${i % 1000}`, message: "x" }],
        });
      else agg.add({ ...defer, customerId: `c${i}`, channel: `ch-${i % 977}` });
    }
    const r = agg.result();
    expect(r.total).toBe(n);
    expect(r.denials.length).toBeLessThanOrEqual(51);
    expect(r.denials.every((x) => x.examples.length <= 2)).toBe(true);
    expect(Object.keys(r.byChannel).length).toBeLessThanOrEqual(51);
    expect(r.byChannel[OTHER]?.defer).toBeGreaterThan(0);
    expect(Object.values(r.byChannel).reduce((s, x) => s + x.defer, 0)).toBe(n / 2);
    expect(r.overflow).toBeGreaterThan(0);
  });
});

/** The instants a lane allows, as intervals. */
const spans = (l: TimelineLane): Interval[] =>
  l.allowed.map((s) => [Date.parse(s.from), Date.parse(s.until)] as Interval);

describe("explainDecision", () => {
  const explain = (id: string, now = NOW, extra = {}) =>
    explainDecision(plan, { customer: customer(id), message, now, ...extra });

  it("returns the decision decide makes, and a channel lane that is the intersection of its lanes", () => {
    for (const id of ["kari-no", "emma-ca", "amelia-gb", "ola-no", "per-se", "joe-us-fl"]) {
      const e = explain(id);
      expect(e.decision).toEqual(decide(plan, { customer: customer(id), message, now: NOW }));
      for (const lane of e.lanes.filter((l) => l.kind === "channel" && l.status !== "ineligible")) {
        const others = e.lanes.filter((l) => l.kind !== "channel" && l.channels.includes(lane.id));
        const w: Interval = [Date.parse(e.window.from), Date.parse(e.window.until)];
        expect(spans(lane)).toEqual(intersectAll([[w], ...others.map(spans)]));
        const v = e.decision.channels.find((c) => c.channel === lane.id);
        // No spread: the planned send is the first instant the lane allows.
        expect(lane.firstAllowed).toBe(v?.sendAt);
      }
    }
  });

  it("shows the constraints that hold a send: quiet hours, a frequency cap, a pause", () => {
    const emma = explain("emma-ca");
    expect(emma.timeZone).toBe("America/Vancouver");
    expect(emma.lanes.map((l) => `${l.kind}:${l.id}`)).toEqual([
      "window:message",
      "constraint:quiet-evenings",
      "constraint:three-a-week",
      "channel:email",
      "channel:sms",
    ]);
    const cap = emma.lanes.find((l) => l.id === "three-a-week");
    // Three sms in the week before: the cap lifts when the first leaves the 7-day window.
    expect(cap?.allowed[0]?.from).toBe("2026-05-06T17:00:00.000Z");
    expect(emma.lanes.find((l) => l.id === "email")).toMatchObject({
      status: "ineligible",
      allowed: [],
    });
    expect(emma.chosen).toEqual([
      { channel: "sms", at: "2026-05-06T17:00:00.000Z", local: "Wed 6 May 10:00" },
    ]);
    const amelia = explain("amelia-gb");
    expect(amelia.lanes.find((l) => l.code === "preference.paused")?.allowed[0]?.from).toBe(
      "2026-05-06T00:00:00.000Z",
    );
  });

  it("has lanes for calling windows, blackouts and holidays, channel by channel", () => {
    const timing = JSON.parse(
      readFileSync(join(root, "examples", "policies", "timing.json"), "utf8"),
    ) as { policy: PolicyInput; defaults: { customer: CustomerInput } };
    const p = compilePolicy(timing.policy);
    // Saturday 16 May 2026, 21:00 in Oslo: Sunday is Constitution Day, and no sms on Sundays.
    const input = {
      customer: timing.defaults.customer,
      message: {
        purpose: "marketing" as const,
        channels: ["voice", "sms", "email"],
        delivery: "all" as const,
      },
      now: "2026-05-16T19:00:00Z",
    };
    const e = explainDecision(p, input);
    expect(e.decision).toEqual(decide(p, input));
    const lane = (id: string) => e.lanes.find((l) => l.id === id);
    expect(lane("call-hours")).toMatchObject({ code: "calling-window", channels: ["voice"] });
    expect(lane("no-sms-on-sundays")).toMatchObject({ code: "blackout", channels: ["sms"] });
    expect(lane("no-calls-on-holidays")).toMatchObject({ code: "holiday", channels: ["voice"] });
    // Constitution Day, local midnight to midnight, is not allowed for calls.
    const holiday = spans(lane("no-calls-on-holidays") as TimelineLane);
    const may17: Interval = [
      Date.parse("2026-05-16T22:00:00Z"),
      Date.parse("2026-05-17T22:00:00Z"),
    ];
    expect(holiday.some(([x, y]) => x < may17[1] && y > may17[0])).toBe(false);
    expect(e.chosen.map((c) => c.channel).sort()).toEqual(["email", "sms", "voice"]);
    for (const c of e.chosen) expect(lane(c.channel)?.firstAllowed).toBe(c.at);
    // Calls wait for Monday's calling hours, after the holiday.
    expect(e.chosen.find((c) => c.channel === "voice")?.local).toBe("Mon 18 May 10:00");
  });

  it("marks daylight-saving changes in the recipient's zone", () => {
    const spring = explain("kari-no", "2026-03-28T20:30:00Z");
    expect(spring.clockChanges).toEqual([
      {
        at: "2026-03-29T01:00:00.000Z",
        local: "Sun 29 Mar 03:00 CEST",
        from: "UTC+1",
        to: "UTC+2",
      },
    ]);
    const autumn = explain("joe-us-fl", "2026-10-31T12:00:00Z");
    expect(autumn.clockChanges.map((c) => [c.at, c.from, c.to])).toEqual([
      ["2026-11-01T06:00:00.000Z", "UTC-4", "UTC-5"],
    ]);
    expect(explain("kari-no").clockChanges).toEqual([]);
  });

  it("shows the lapse of the legal basis as a lane", () => {
    // Ola's existing-customer basis (Norway's § 15) rests on a purchase on 2026-01-20 and lasts
    // two years.
    const { deadline: _, ...open } = message;
    const e = explainDecision(plan, {
      customer: customer("ola-no"),
      message: open,
      now: "2028-01-19T20:30:00Z",
    });
    const lapse = e.lanes.find((l) => l.kind === "basis");
    expect(lapse?.id).toBe("basis:email");
    expect(lapse?.allowed.at(-1)?.until).toBe("2028-01-20T15:00:00.000Z");
    expect(e.decision.sendAt).toBe("2028-01-20T08:00:00.000Z");
  });

  it("keeps the spread send the decision plans, after the first allowed instant", () => {
    const e = explain("kari-no", "2026-05-04T19:30:00Z", { spread: "PT2H" });
    const sms = e.lanes.find((l) => l.id === "sms");
    expect(sms?.firstAllowed).toBe("2026-05-05T07:00:00.000Z");
    expect(sms?.sendAt).toBe(e.decision.sendAt);
    expect(Date.parse(e.decision.sendAt as string)).toBeGreaterThanOrEqual(
      Date.parse("2026-05-05T07:00:00.000Z"),
    );
  });

  it("holds an unknown zone to every zone of the jurisdiction, and says so", () => {
    const { timeZone: _, ...joe } = customer("joe-us-fl");
    const e = explainDecision(plan, {
      customer: { ...joe, jurisdiction: "US" },
      message,
      now: NOW,
    });
    expect(e.zoneKnown).toBe(false);
    expect(e.zones.length).toBeGreaterThan(3);
    expect(formatExplanation(e)).toMatch(/the customer's zone is unknown: constraints held in/);
  });

  it("widens the window to the chosen send, and takes one given", () => {
    const e = explain("kari-no", NOW, { days: 1 });
    expect(Date.parse(e.window.until)).toBeGreaterThan(Date.parse(e.decision.sendAt as string));
    const w = explain("kari-no", NOW, {
      window: { from: "2026-05-04T00:00:00Z", until: "2026-05-04T12:00:00Z" },
    });
    expect(w.window).toEqual({
      from: "2026-05-04T00:00:00.000Z",
      until: "2026-05-04T12:00:00.000Z",
    });
    expect(() => explain("kari-no", NOW, { days: 0 })).toThrow(/days must be/);
  });

  it("throws InputError for input decide rejects", () => {
    expect(() =>
      explainDecision(plan, { customer: { id: 1 } as never, message, now: NOW }),
    ).toThrow(/customer/);
  });
});

describe("formatExplanation", () => {
  it("draws one row per lane and marks now and the send", () => {
    const e = explainDecision(plan, {
      customer: customer("kari-no"),
      message,
      now: "2026-05-04T19:30:00Z",
    });
    const text = formatExplanation(e, { width: 96 });
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "kari-no, message spring-running-sale: defer — sms at Tue 5 May 09:00 CEST (2026-05-05 07:00 UTC).",
    );
    const rows = lines.filter(
      (l) =>
        /^(message window|quiet-hours|frequency-cap|sms|email) /.test(l) && /[█▒·]{20}/.test(l),
    );
    expect(rows).toHaveLength(e.lanes.length);
    expect(lines.every((l) => l.length <= 96 || !/[█▒·]{20}/.test(l))).toBe(true);
    const sms = rows.find((l) => l.startsWith("sms (chosen)")) as string;
    const marks = lines[lines.indexOf(rows.at(-1) as string) + 1] as string;
    // The send marker sits in the same column in the sms row and the marker row.
    expect(sms.indexOf("▲")).toBe(marks.indexOf("▲"));
    expect(marks.indexOf("|")).toBeLessThan(marks.indexOf("▲"));
    expect(text).toContain("quiet-hours · quiet-evenings: allows Mon 4 May 09:00–21:00");
    const ascii = formatExplanation(e, { ascii: true });
    expect(ascii).toMatch(/#{10}/);
    expect(
      ascii
        .split("\n")
        .filter((l) => /[#.]{20}/.test(l))
        .join(""),
    ).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe("pages (Plot and linkedom in Node)", () => {
  it("the campaign report: every chart titled, with its table; nothing fetched, no script", async () => {
    const html = await campaignReport({ decisions: a, customers, compare: b, audit });
    const charts = [...html.matchAll(/<svg[^>]*data-chart="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual([
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
    for (const id of charts) {
      expect(html).toMatch(new RegExp(`<table data-for="${id}">`));
      const svg = html.slice(html.indexOf(`data-chart="${id}"`) - 300);
      expect(svg).toMatch(
        /^[\s\S]*?<svg[^>]*aria-label="[^"]+"[^>]*>\s*<title>[^<]+<\/title><desc>/,
      );
    }
    expect(html).not.toMatch(/<script|<link|@import|src="http|url\(http|<iframe|<img/i);
    expect(html).toContain('<table data-for="rules">');
  });

  it("escapes what it shows", async () => {
    const d = { ...(a[0] as Decision), customerId: '<script>alert("x")</script>' };
    const html = await renderReport(await aggregateReport({ decisions: [d, d, d, d] }), {
      title: "A & B <sale>",
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("<title>A &amp; B &lt;sale&gt;</title>");
  });

  it("the timeline page: the timeline chart with every lane in its table", async () => {
    const e = explainDecision(plan, { customer: customer("emma-ca"), message, now: NOW });
    const html = await renderExplanation(e);
    expect(html).toMatch(/<svg[^>]*data-chart="timeline"/);
    expect(html).toContain("<title>Decision timeline for emma-ca</title>");
    const table = html.slice(html.indexOf('<table data-for="timeline">'));
    expect(table.slice(0, table.indexOf("</table>")).match(/<tr>/g)).toHaveLength(
      e.lanes.length + 1,
    );
    expect(html).not.toMatch(/<script|<link|src="http/i);
  });
});

describe("report and explain commands", () => {
  const dir = mkdtempSync(join(tmpdir(), "consentry-report-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: {
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: (s: string) => err.push(s) },
      },
    };
  };
  const ndjson = (ds: readonly Decision[]) => {
    const f = join(dir, `d${Math.random().toString(36).slice(2)}.ndjson`);
    writeFileSync(f, ds.map((d) => JSON.stringify(d)).join("\n"));
    return f;
  };

  it("report writes the page from decision files", async () => {
    const t = io();
    const out = join(dir, "report.html");
    const code = await reportCommand.run(
      ["--customers", data("customers.ndjson"), "--compare", ndjson(b), "--out", out, ndjson(a)],
      t.io,
    );
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/<svg[^>]*data-chart="diff-changes"/);
    expect(t.err.join("")).toContain(`wrote ${out}`);
  });

  it("report says what is wrong with its input, exit 2", async () => {
    const t = io();
    const bad = join(dir, "bad.ndjson");
    writeFileSync(bad, '{"verdict":"send"}\n');
    expect(await reportCommand.run([bad], t.io)).toBe(2);
    expect(t.err.join("")).toMatch(/decisions line 1: not a decision/);
    const t2 = io();
    expect(await reportCommand.run(["--compare", ndjson(b.slice(1)), ndjson(a)], t2.io)).toBe(2);
    expect(t2.err.join("")).toMatch(/paired with/);
  });

  it("explain prints the timeline and writes the page", async () => {
    const t = io();
    const html = join(dir, "explain.html");
    const code = await explainCommand.run(
      [
        "--policy",
        data("policy.json"),
        "--message",
        data("message.json"),
        "--customer",
        data("customers.ndjson"),
        "--id",
        "emma-ca",
        "--now",
        NOW,
        "--html",
        html,
      ],
      t.io,
    );
    expect(code).toBe(0);
    expect(t.out.join("")).toMatch(
      /^emma-ca, message spring-running-sale: defer — sms at Wed 6 May 10:00 PDT/,
    );
    expect(readFileSync(html, "utf8")).toMatch(/data-chart="timeline"/);
    const t2 = io();
    expect(await explainCommand.run(["--policy", data("policy.json")], t2.io)).toBe(2);
    expect(t2.err.join("")).toMatch(/explain needs --policy, --message and --customer/);
  });
});

describe("the core entry", () => {
  it("never loads consentry/report or its chart libraries", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
        const spec = m[1] as string;
        expect(spec).not.toMatch(/@observablehq\/plot|linkedom|report\//);
        if (spec.startsWith(".")) visit(join(file, "..", spec.replace(/\.js$/, ".ts")));
      }
    };
    visit(join(root, "src", "index.ts"));
    expect(seen.size).toBeGreaterThan(20);
  });
});
