/**
 * The producer's side of reading NDJSON: the input split into lines exactly as `consentry decide`
 * reads it (`readNdjson`: line numbers counting blank lines, a trailing `\r` dropped, a byte order
 * mark before the first line dropped, blank lines skipped, UTF-8 decoded once), without parsing
 * them: the workers parse. The first line that is not blank is checked as `readNdjson` checks it
 * (one JSON document instead of NDJSON is refused), by `readNdjson` itself.
 */
import { createReadStream } from "node:fs";
import { CliError, fileMessage } from "../cli/io.js";
import { readNdjson } from "../cli/ndjson.js";

/**
 * One line of NDJSON input, neither decoded nor parsed: its 1-based number and its bytes (the
 * workers decode and parse; the producer only moves bytes).
 */
export interface RawLine {
  readonly line: number;
  readonly bytes: Buffer;
}

/** True when bytes `[s, e)` are all blanks (as `readNdjson` skips them). */
function _blank(buf: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Refuses a first line that shows one JSON document, as `consentry decide` does. */
async function _checkFirst(text: string, name: string): Promise<void> {
  try {
    const once = (async function* () {
      yield Buffer.from(text);
    })();
    for await (const _ of readNdjson({ path: "-", stdin: once })) break;
  } catch (e) {
    if (e instanceof CliError)
      throw new CliError(e.message.replace(/^standard input\b/, name), { cause: e });
    throw e;
  }
}

/**
 * The lines of an NDJSON file (`path`) or of a stream of chunks, in order, blank ones left out.
 *
 * @param name - how messages name the input: `'customers.ndjson'`, `standard input`
 * @throws {CliError} when the file cannot be read, or the input is one JSON document
 */
export async function* rawLines(
  input: AsyncIterable<Buffer | string> | string,
  name = typeof input === "string" ? `'${input}'` : "standard input",
): AsyncGenerator<RawLine> {
  const path = typeof input === "string" ? input : undefined;
  const source =
    path === undefined
      ? (input as AsyncIterable<Buffer | string>)
      : createReadStream(path, { highWaterMark: 1 << 20 });
  let line = 0;
  let first = true;
  const take = (buf: Buffer, s: number, e: number): RawLine | undefined => {
    line++;
    if (e > s && buf[e - 1] === 13) e--;
    if (line === 1 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
    if (_blank(buf, s, e)) return undefined;
    return { line, bytes: buf.subarray(s, e) };
  };
  const pieces: Buffer[] = [];
  const emit = async function* (l: RawLine | undefined) {
    if (l === undefined) return;
    if (first) {
      first = false;
      await _checkFirst(l.bytes.toString("utf8"), name);
    }
    yield l;
  };
  try {
    for await (const chunk of source) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      let start = 0;
      let nl = buf.indexOf(10);
      while (nl >= 0) {
        if (pieces.length === 0) yield* emit(take(buf, start, nl));
        else {
          pieces.push(buf.subarray(0, nl));
          const whole = Buffer.concat(pieces);
          pieces.length = 0;
          yield* emit(take(whole, 0, whole.length));
        }
        start = nl + 1;
        nl = buf.indexOf(10, start);
      }
      if (start < buf.length) pieces.push(start === 0 ? buf : buf.subarray(start));
    }
  } catch (e) {
    if (e instanceof CliError || path === undefined) throw e;
    throw new CliError(fileMessage(e, path));
  }
  if (pieces.length > 0) {
    const whole = Buffer.concat(pieces);
    yield* emit(take(whole, 0, whole.length));
  }
}
