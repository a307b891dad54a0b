import type * as PlotModule from "@observablehq/plot";

/**
 * Charts drawn with Observable Plot into static SVG strings. Plot and a DOM are optional peer
 * dependencies of `consentry/report`, loaded on the first chart, never by the core entry: in a
 * browser the page's own `document` serves; in Node, linkedom's.
 */

/** The few DOM members the charts touch (the library is typed without the DOM lib). */
interface _Node {
  readonly outerHTML: string;
  readonly tagName: string;
  readonly firstChild: _Node | null;
  readonly children: ArrayLike<_Node>;
  setAttribute(name: string, value: string): void;
  insertBefore(node: _Node, before: _Node | null): void;
  textContent: string | null;
}
interface _Document {
  createElementNS(ns: string, name: string): _Node;
}

interface _Charts {
  readonly Plot: typeof PlotModule;
  readonly document: _Document;
}

let _loaded: Promise<_Charts> | undefined;

/** Message of the error thrown when the optional peers are missing. */
export const MISSING_PEERS =
  "consentry/report draws its charts with the optional peer dependencies @observablehq/plot and linkedom: npm install @observablehq/plot linkedom";

/** Loads Plot and a document once (the global one in a browser, linkedom's in Node). */
export function _charts(): Promise<_Charts> {
  _loaded ??= (async () => {
    try {
      const Plot = await import("@observablehq/plot");
      const global = (globalThis as { document?: _Document }).document;
      const document =
        global ??
        ((await import("linkedom")).parseHTML("<!doctype html><html><body></body></html>")
          .document as unknown as _Document);
      return { Plot, document };
    } catch (e) {
      _loaded = undefined;
      throw new Error(MISSING_PEERS, { cause: e });
    }
  })();
  return _loaded;
}

/** Colours of the verdicts, told apart by lightness too (and every chart labels its bars). */
export const VERDICT_COLORS = { send: "#2a9d8f", defer: "#e9b44c", deny: "#d1495b" } as const;

const _SVG_NS = "http://www.w3.org/2000/svg";

/** What every chart is given: an id, and a title and description for people and screen readers. */
export interface _ChartText {
  /** Stable id: `data-chart` on the SVG, and the `data-for` of the table with its numbers. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences saying what the chart shows (SVG `<desc>`). */
  readonly description: string;
}

/**
 * Renders Plot options to markup: the chart's SVG carries `role="img"`, an `aria-label`, a
 * `<title>` and a `<desc>`, and `data-chart` with its id; a legend, when Plot draws one, stays
 * beside it.
 */
export async function _plot(
  text: _ChartText,
  options: (Plot: typeof PlotModule) => PlotModule.PlotOptions,
): Promise<string> {
  const { Plot, document } = await _charts();
  const el = Plot.plot({
    ...options(Plot),
    document: document as unknown as PlotModule.PlotOptions["document"],
    ariaLabel: text.title,
    ariaDescription: text.description,
  }) as unknown as _Node;
  // Plot returns the SVG, or a <figure> holding a legend and the SVG as a direct child.
  const svg =
    el.tagName.toLowerCase() === "svg"
      ? el
      : Array.from(el.children).find((c) => c.tagName.toLowerCase() === "svg");
  if (svg === undefined) throw new Error(`chart '${text.id}' drew no SVG`);
  svg.setAttribute("role", "img");
  svg.setAttribute("data-chart", text.id);
  const desc = document.createElementNS(_SVG_NS, "desc");
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  const title = document.createElementNS(_SVG_NS, "title");
  title.textContent = text.title;
  svg.insertBefore(title, svg.firstChild);
  return el.outerHTML;
}

/** One bar, or one part of a stacked bar. */
export interface _Bar {
  readonly key: string;
  readonly value: number;
  /** The part of a stacked bar (a verdict); absent for a single series. */
  readonly series?: string;
}

const _compact = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumSignificantDigits: 2,
});
/** At most four characters (`999`, `20K`, `1.2M`) for a label on a narrow mark; its table has the exact number. */
export const _short = (n: number): string => (n < 1000 ? String(n) : _compact.format(n));
/** A left margin wide enough for the count axis' longest tick label. */
const _axisMargin = (max: number) =>
  Math.max(44, Math.round(14 + 7.5 * max.toLocaleString("en-US").length));

const _FONT = { fontSize: "12px", fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif" };

/** A count axis: from 0 to a round top at or above `max`, with whole-number ticks. */
export function _countScale(
  max: number,
  headroom = 1,
): { domain: [number, number]; ticks: number[]; tickFormat: (n: number) => string } {
  const raw = Math.max(max * headroom, 1) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  const top = Math.max(step, Math.ceil((max * headroom) / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { domain: [0, top], ticks, tickFormat: (n: number) => n.toLocaleString("en-US") };
}

/**
 * Horizontal bars, one per key in the order given, stacked by series when bars have one, with
 * each bar's total written at its end.
 */
export function _barChart(
  text: _ChartText,
  bars: readonly _Bar[],
  opts: {
    readonly label: string;
    readonly colors?: Readonly<Record<string, string>>;
    readonly fill?: string;
    readonly width?: number;
    readonly marginLeft?: number;
    /** Whether stacked bars get a colour legend (default true). */
    readonly legend?: boolean;
  },
): Promise<string> {
  const keys = [...new Set(bars.map((b) => b.key))];
  const totals = keys.map((key) => ({
    key,
    total: bars.filter((b) => b.key === key).reduce((s, b) => s + b.value, 0),
  }));
  const stacked = opts.colors !== undefined;
  return _plot(text, (Plot) => ({
    width: opts.width ?? 460,
    height: 58 + 30 * keys.length,
    marginLeft: opts.marginLeft ?? 150,
    marginRight: 48,
    marginBottom: 44,
    style: _FONT,
    x: {
      label: opts.label,
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 38,
      grid: true,
      ..._countScale(Math.max(0, ...totals.map((t) => t.total))),
    },
    y: { label: null, domain: keys, padding: 0.25 },
    ...(stacked
      ? {
          color: {
            domain: Object.keys(opts.colors ?? {}),
            range: Object.values(opts.colors ?? {}),
            legend: opts.legend !== false,
            style: _FONT,
          },
        }
      : {}),
    marks: [
      Plot.barX(
        bars.filter((b) => b.value > 0),
        Plot.stackX({
          x: "value",
          y: "key",
          ...(stacked ? { fill: "series" } : { fill: opts.fill ?? "#4f6d7a" }),
          title: (b: _Bar) =>
            `${b.key}${b.series === undefined ? "" : ` (${b.series})`}: ${b.value}`,
        }),
      ),
      Plot.text(totals, {
        x: "total",
        y: "key",
        text: (t: { total: number }) => _short(t.total),
        dx: 5,
        textAnchor: "start",
        fontWeight: "bold",
      }),
      Plot.ruleX([0]),
    ],
  }));
}

/** Vertical bars over a fixed, ordered set of keys (hours), each non-zero bar labelled. */
export function _columnChart(
  text: _ChartText,
  bars: readonly _Bar[],
  opts: { readonly xLabel: string; readonly yLabel: string; readonly fill: string },
): Promise<string> {
  const y = _countScale(Math.max(0, ...bars.map((b) => b.value)), 1.12);
  return _plot(text, (Plot) => ({
    width: 520,
    height: 240,
    marginLeft: _axisMargin(y.domain[1]),
    marginBottom: 44,
    style: _FONT,
    x: {
      label: opts.xLabel,
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 36,
      domain: bars.map((b) => b.key),
      padding: 0.15,
    },
    y: {
      label: opts.yLabel,
      labelArrow: "none",
      grid: true,
      ...y,
    },
    marks: [
      Plot.barY(bars, {
        x: "key",
        y: "value",
        fill: opts.fill,
        title: (b: _Bar) => `${b.key}: ${b.value}`,
      }),
      // Labels that would not fit across a column stand upright on it.
      Plot.text(
        bars.filter((b) => b.value > 0),
        bars.some((b) => _short(b.value).length > 2)
          ? {
              x: "key",
              y: "value",
              text: (b: _Bar) => _short(b.value),
              rotate: -90,
              textAnchor: "start",
              dy: -4,
              fontSize: 10,
            }
          : { x: "key", y: "value", text: (b: _Bar) => _short(b.value), dy: -7 },
      ),
      Plot.ruleY([0]),
    ],
  }));
}

/** A day × hour grid of counts: the release schedule of a campaign. */
export function _heatmap(
  text: _ChartText,
  cells: readonly { readonly day: string; readonly hour: string; readonly value: number }[],
  days: readonly string[],
): Promise<string> {
  const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0"));
  const max = Math.max(1, ...cells.map((c) => c.value));
  return _plot(text, (Plot) => ({
    width: 720,
    height: 76 + 28 * Math.max(days.length, 1),
    marginLeft: 92,
    marginTop: 50,
    style: _FONT,
    padding: 0.06,
    x: {
      label: "local hour of the planned send",
      labelAnchor: "center",
      labelArrow: "none",
      domain: hours,
      axis: "top",
      labelOffset: 40,
    },
    y: { label: null, domain: days },
    color: { type: "linear", domain: [0, max], range: ["#fdf1d6", "#b5651d"] },
    marks: [
      Plot.cell(
        days.flatMap((day) => hours.map((hour) => ({ day, hour }))),
        { x: "hour", y: "day", fill: "#f6f6f4" },
      ),
      Plot.cell(cells, {
        x: "hour",
        y: "day",
        fill: "value",
        title: (c: { day: string; hour: string; value: number }) =>
          `${c.day} ${c.hour}:00: ${c.value}`,
      }),
      Plot.text(cells, {
        x: "hour",
        y: "day",
        text: (c: { value: number }) => _short(c.value),
        fontSize: 10,
        fill: (c: { value: number }) => (c.value > max * 0.6 ? "white" : "black"),
      }),
    ],
  }));
}

/** Counts over time, one bar per UTC hour. */
export function _hourlyTimeChart(
  text: _ChartText,
  hours: readonly { readonly at: number; readonly value: number }[],
  opts: { readonly fill: string; readonly yLabel: string },
): Promise<string> {
  const pad = (n: number) => String(n).padStart(2, "0");
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const y = _countScale(Math.max(0, ...hours.map((h) => h.value)), 1.1);
  return _plot(text, (Plot) => ({
    width: 720,
    height: 240,
    marginLeft: _axisMargin(y.domain[1]),
    marginBottom: 50,
    style: _FONT,
    x: {
      type: "utc",
      label: "hour the messages go out (UTC)",
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 44,
      tickFormat: (d: Date) =>
        d.getUTCHours() === 0 && d.getUTCMinutes() === 0
          ? `00:00\n${d.getUTCDate()} ${months[d.getUTCMonth()]}`
          : `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    },
    y: {
      label: opts.yLabel,
      labelArrow: "none",
      grid: true,
      ...y,
    },
    marks: [
      Plot.rectY(hours, {
        x1: (h: { at: number }) => new Date(h.at),
        x2: (h: { at: number }) => new Date(h.at + 3_600_000),
        y: "value",
        fill: opts.fill,
        inset: 0.5,
        title: (h: { at: number; value: number }) =>
          `${new Date(h.at).toISOString().slice(0, 13)}:00Z: ${h.value}`,
      }),
      Plot.ruleY([0]),
    ],
  }));
}
