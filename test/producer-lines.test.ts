/**
 * The producer's line splitter (`rawLines`) on bytes: the same lines, numbers and text as a plain
 * reference split, however the input is cut into pieces (a multi-byte character or a CRLF split
 * between two pieces included). No Redis needed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rawLines } from "../src/bullmq/lines.js";

/** The reference: split on \n, drop one trailing \r, a BOM before line 1, and blank lines. */
function reference(text: string): { line: number; text: string }[] {
  const parts = text.split("\n");
  if (parts.at(-1) === "") parts.pop();
  const out: { line: number; text: string }[] = [];
  parts.forEach((p, i) => {
    let t = p.endsWith("\r") ? p.slice(0, -1) : p;
    if (i === 0 && t.startsWith("\uFEFF")) t = t.slice(1);
    if (/^[ \t\r]*$/.test(t)) return;
    out.push({ line: i + 1, text: t });
  });
  return out;
}

async function* pieces(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const c of [...new Set(cuts.map((x) => x % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(at, c);
    at = c;
  }
  yield bytes.subarray(at);
}

const piece = fc.constantFrom('{"id":"a"}', '{"n":"Å漢😀"}', "", " ", "\t", "\r", '{"x":1}\r');

describe("rawLines (the producer's NDJSON splitter)", () => {
  it("gives the reference's lines for any text cut into any pieces", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 8 }),
        async (lines, bom, trailing, cuts) => {
          // The first non-blank line must be an object (a JSON document is refused, as decide does).
          const text = `${bom ? "\uFEFF" : ""}${['{"id":"first"}', ...lines].join("\n")}${trailing ? "\n" : ""}`;
          const got: { line: number; text: string }[] = [];
          for await (const l of rawLines(pieces(Buffer.from(text), cuts)))
            got.push({ line: l.line, text: l.bytes.toString("utf8") });
          expect(got).toEqual(reference(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
