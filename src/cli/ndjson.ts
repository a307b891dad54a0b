import { createReadStream, readFileSync } from "node:fs";
import { duplicateKeyPath, duplicateKeyPathIn } from "./duplicate-keys.js";
import { CliError, fileMessage, type Output, type StatusLine } from "./io.js";

/** One line of an NDJSON input: its 1-based number and either the parsed value or the error. */
export type NdjsonLine =
  | { line: number; value: unknown; error?: undefined }
  | {
      line: number;
      value?: undefined;
      error: string;
      /** For a repeated key: its path. */
      path?: readonly (string | number)[];
    };

/** A parsed JSON text, or why it was refused. */
export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; error: string; path?: readonly (string | number)[] };

/** Parses `text`, then refuses it when `duplicate` finds a repeated key. */
function parseChecked(text: string, duplicate: () => (string | number)[] | undefined): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  // A scalar has no keys; the scan runs on objects and arrays.
  if (value !== null && typeof value === "object") {
    const path = duplicate();
    if (path !== undefined) return { ok: false, error: `duplicate key '${path.join(".")}'`, path };
  }
  return { ok: true, value };
}

/**
 * Parses one JSON text, refusing one with a duplicate key at any depth (see
 * `duplicateKeyPath`): what `JSON.parse` would read of it is not what it says. Never throws.
 *
 * @example
 * parseJsonStrict('{"a":1,"a":2}'); // => { ok: false, error: "duplicate key 'a'", path: ["a"] }
 */
export function parseJsonStrict(text: string): JsonResult {
  return parseChecked(text, () => duplicateKeyPath(text));
}

/**
 * Reads a JSON file (a policy, a message, an example file), refusing duplicate keys at any depth.
 *
 * @param what - what the file is, for messages: `policy`, `message`
 * @throws {CliError} when it cannot be read, is not JSON or repeats a key
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`${fileMessage(e, path)} (${what})`);
  }
  const r = parseJsonStrict(text);
  if (!r.ok) throw new CliError(`${what} '${path}': ${r.error}`);
  return r.value;
}

/** The first non-blank character of a text, or "". */
function firstChar(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== " " && c !== "\t" && c !== "\r" && c !== "\n" && c !== "\uFEFF") return c;
  }
  return "";
}

/**
 * Why a first line shows the input is one JSON document rather than NDJSON, or `undefined`.
 * A line starting with `[` that is an array, or that does not parse (the start of a
 * pretty-printed array), is a JSON array; a line starting with `{` that does not parse is most
 * likely the start of a pretty-printed object. Saying so once beats a "not JSON" for every line.
 */
function notNdjson(name: string, text: string, parsed: JsonResult): string | undefined {
  const c = firstChar(text);
  if (c === "[" && (!parsed.ok || Array.isArray(parsed.value)))
    return `${name} is a JSON array; consentry reads NDJSON, one JSON object per line — try \`jq -c '.[]'\``;
  if (c === "{" && !parsed.ok && parsed.path === undefined)
    return `${name} is not NDJSON: its first line is not a whole JSON object (pretty-printed JSON?); consentry reads one JSON object per line — try \`jq -c .\``;
  return undefined;
}

/** Where NDJSON comes from: a path, or standard input for `-` and no path. */
export interface NdjsonSource {
  /** The file, or `-`/`undefined` for `stdin`. */
  readonly path: string | undefined;
  /** Standard input. */
  readonly stdin: AsyncIterable<Buffer | string>;
}

/** True when bytes `[s, e)` are all blanks. */
function blank(buf: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Reads NDJSON from a file or standard input, line by line, without loading it. Blank lines are
 * skipped (they still count for line numbers); a line that is not JSON, or repeats a key at any
 * depth, is an error line. It splits and checks the bytes as they arrive (a byte loop is faster
 * than one over characters) and decodes each line once for `JSON.parse`. It reads the stream on
 * demand (its async iterator), so a slow consumer holds the producer back and memory stays flat;
 * `readline`'s iterator would queue lines without bound instead.
 *
 * @throws {CliError} when the file cannot be read, or the input is one JSON document (an array,
 *   a pretty-printed object) instead of NDJSON
 */
export async function* readNdjson(source: NdjsonSource): AsyncGenerator<NdjsonLine> {
  for await (const lines of readNdjsonChunks(source)) yield* lines;
}

/**
 * `readNdjson` a chunk of input at a time: each item is the lines that chunk completes, parsed
 * one by one as the caller iterates them (synchronously: a line costs no promise, which an async
 * generator's `yield` does). Iterate each item before asking for the next.
 *
 * @throws {CliError} as `readNdjson`
 */
export async function* readNdjsonChunks(
  source: NdjsonSource,
): AsyncGenerator<Iterable<NdjsonLine>> {
  const { path } = source;
  const fromStdin = path === undefined || path === "-";
  const name = fromStdin ? "standard input" : `'${path}'`;
  const input: AsyncIterable<Buffer | string> = fromStdin ? source.stdin : createReadStream(path);
  let line = 0;
  let first = true;
  const parse = (buf: Buffer, s: number, e: number): NdjsonLine | undefined => {
    line++;
    if (e > s && buf[e - 1] === 13) e--;
    // A byte order mark before the first line.
    if (line === 1 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
    if (blank(buf, s, e)) return undefined;
    const text = buf.toString("utf8", s, e);
    const r = parseChecked(text, () => duplicateKeyPathIn(buf, s, e, text.includes("\uFFFD")));
    if (first) {
      first = false;
      const why = notNdjson(name, text, r);
      if (why !== undefined) throw new CliError(why);
    }
    if (r.ok) return { line, value: r.value };
    return r.path === undefined ? { line, error: r.error } : { line, error: r.error, path: r.path };
  };
  // The start of a line that spans chunks.
  const pieces: Buffer[] = [];
  function* linesOf(buf: Buffer): Generator<NdjsonLine> {
    let start = 0;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      let l: NdjsonLine | undefined;
      if (pieces.length === 0) l = parse(buf, start, nl);
      else {
        pieces.push(buf.subarray(0, nl));
        const whole = Buffer.concat(pieces);
        pieces.length = 0;
        l = parse(whole, 0, whole.length);
      }
      if (l !== undefined) yield l;
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    if (start < buf.length) pieces.push(start === 0 ? buf : buf.subarray(start));
  }
  try {
    for await (const chunk of input)
      yield linesOf(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  } catch (e) {
    if (e instanceof CliError || fromStdin) throw e;
    throw new CliError(fileMessage(e, path));
  }
  if (pieces.length > 0) {
    const whole = Buffer.concat(pieces);
    const l = parse(whole, 0, whole.length);
    if (l !== undefined) yield [l];
  }
}

/**
 * Writes lines in chunks, waiting when the pipe is full (flat memory). Once the reader has gone
 * (`EPIPE`: `| head`), writes are dropped and `closed` says so, so the command can stop.
 */
export class LineWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: Output) {}
  /** True once the reader closed the pipe: nothing written reaches anyone. */
  get closed(): boolean {
    return this.out.closed;
  }
  /**
   * Queues one line. Returns a promise only when the buffer was flushed (await it: it waits for a
   * full pipe to drain), so a line costs no microtask otherwise.
   */
  write(line: string): Promise<void> | undefined {
    this.buf.push(line);
    this.size += line.length + 1;
    return this.size >= 65_536 ? this.flush() : undefined;
  }
  /** Writes what is queued. */
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = `${this.buf.join("\n")}\n`;
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await this.out.drained();
  }
}

/** Counts in English: `1 record`, `2 records`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A progress line on standard error, on a terminal only, at most every 250 ms. */
export class Progress {
  private readonly start = Date.now();
  private last = 0;
  private readonly on: boolean;
  constructor(
    private readonly status: StatusLine,
    quiet: boolean,
  ) {
    this.on = !quiet && status.isTTY;
  }
  /** Reports `n` records done. */
  tick(n: number): void {
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const s = (now - this.start) / 1000;
    this.status.status(
      `${n.toLocaleString("en-US")} ${n === 1 ? "record" : "records"}, ${Math.round(n / Math.max(s, 0.001)).toLocaleString("en-US")}/s, ${s.toFixed(1)} s`,
    );
  }
  /** Ends the progress line: the last count stays on the terminal. */
  done(n: number): void {
    if (!this.on) return;
    this.last = 0;
    this.tick(n);
    this.status.keep();
  }
}
