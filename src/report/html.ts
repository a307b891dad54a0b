/**
 * The HTML both pages share: one self-contained file (inline CSS and SVG, no script, nothing
 * fetched), readable printed or without styles, every chart next to a table of its numbers.
 */

/** Escapes text for HTML content and attribute values. */
export function _esc(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A link to `url` when it is an http(s) address, else the text alone (never a script URL). */
export function _link(text: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\//i.test(url)) return _esc(text);
  return `<a href="${_esc(url)}" rel="noopener noreferrer">${_esc(text)}</a>`;
}

/** `2026-05-04 19:30 UTC` for an ISO instant (seconds shown only when not zero). */
export function _utc(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  const s = new Date(t).toISOString();
  const secs = s.slice(16, 23) === ":00.000" ? "" : s.slice(16, 19);
  return `${s.slice(0, 10)} ${s.slice(11, 16)}${secs} UTC`;
}

/** One cell: plain text (escaped), or markup already built. */
export type _Cell = string | number | { readonly html: string };

function _cell(c: _Cell, tag: "td" | "th"): string {
  const numeric = typeof c === "number";
  const body =
    typeof c === "object" ? c.html : _esc(typeof c === "number" ? c.toLocaleString("en-US") : c);
  return `<${tag}${numeric ? ' class="num"' : ""}>${body}</${tag}>`;
}

/**
 * A table of a chart's numbers: `data-for` names the chart, the first column heads each row.
 *
 * @param caption - said by screen readers and shown above the table
 */
export function _table(
  forChart: string,
  caption: string,
  head: readonly string[],
  rows: readonly (readonly _Cell[])[],
): string {
  // A column of numbers is right-aligned, its heading too.
  const numeric = head.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"),
  );
  const thead = `<thead><tr>${head.map((h, i) => `<th scope="col"${numeric[i] === true ? ' class="num"' : ""}>${_esc(h)}</th>`).join("")}</tr></thead>`;
  const body =
    rows.length === 0
      ? `<tr><td colspan="${head.length}" class="none">none</td></tr>`
      : rows
          .map(
            (r) =>
              `<tr>${r.map((c, i) => (i === 0 ? _cell(c, "th").replace("<th", '<th scope="row"') : _cell(c, "td"))).join("")}</tr>`,
          )
          .join("");
  return `<table data-for="${_esc(forChart)}"><caption>${_esc(caption)}</caption>${thead}<tbody>${body}</tbody></table>`;
}

/** A chart and its table side by side, with a heading and a note under them. */
export function _figure(opts: {
  readonly id: string;
  readonly heading: string;
  readonly chart: string;
  readonly table: string;
  readonly note?: string | undefined;
  readonly wide?: boolean;
}): string {
  return `<section class="figure${opts.wide === true ? " wide" : ""}" id="${_esc(opts.id)}">
<h3>${_esc(opts.heading)}</h3>
<div class="pair"><figure class="chart">${opts.chart}</figure>${opts.table}</div>${opts.note === undefined ? "" : `<p class="note">${opts.note}</p>`}
</section>`;
}

const _CSS = `
:root{color-scheme:light;--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec;--card:#fff;--bg:#f5f6f8;--accent:#2a6f97}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
header{background:#1f3447;color:#fff;padding:22px 32px 18px}
header h1{margin:0 0 4px;font-size:24px;font-weight:650}
header p{margin:0;color:#cfd8e3;font-size:14px}
main{max-width:1180px;margin:0 auto;padding:18px 24px 40px}
h2{font-size:19px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:15px;margin:0 0 8px}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:6px 0 4px;padding:0;list-style:none}
.tiles li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:130px}
.tiles b{display:block;font-size:26px;line-height:1.1}
.tiles span{color:var(--muted);font-size:13px}
.tiles .send b{color:#1f7a6f}.tiles .defer b{color:#a66f00}.tiles .deny b{color:#b32f43}
.figure{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
.pair{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
.wide .pair{flex-direction:column}
.wide table{flex:none;min-width:320px}
figure.chart{margin:0;flex:0 1 auto;max-width:100%;overflow-x:auto}
figure.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:13px;flex:1 1 340px}
caption{text-align:left;color:var(--muted);font-size:12px;padding-bottom:4px;caption-side:top}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{color:var(--muted);font-weight:600;border-bottom:1.5px solid #cbd1da}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.none{color:var(--muted);font-style:italic}
.note{color:var(--muted);font-size:13px;margin:8px 0 0}
td code,th code{white-space:nowrap}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12.5px;background:#f0f2f5;border-radius:3px;padding:0 3px}
a{color:var(--accent)}
.td code,th code{white-space:nowrap}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12.5px}
footer{color:var(--muted);font-size:12px;text-align:center;padding:12px}
@media print{body{background:#fff}.figure{break-inside:avoid;border-color:#ccc}}
`;

/** A whole page: doctype, inline CSS, a header and the body. */
export function _page(opts: {
  readonly title: string;
  readonly subtitle: string;
  readonly body: string;
  readonly footer: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="consentry">
<title>${_esc(opts.title)}</title>
<style>${_CSS}</style>
</head>
<body>
<header><h1>${_esc(opts.title)}</h1><p>${opts.subtitle}</p></header>
<main>
${opts.body}
</main>
<footer>${opts.footer}</footer>
</body>
</html>
`;
}
