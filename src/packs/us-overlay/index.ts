/**
 * Dated overlays: emergencies and proclaimed days that change faster than releases, supplied by
 * the user as a validated, cited file and turned into a pack the policy names.
 *
 * @packageDocumentation
 */
import * as z from "zod";
import { _issuesFromZod, type Issue, PolicyError } from "../../model/errors.js";
import type { Pack } from "../../model/pack.js";
import { CitationSchema } from "../../model/policy.js";
import { JurisdictionSchema, MAX_STRING } from "../../model/primitives.js";

const _DateSchema = z.iso.date().refine((d) => d >= "2000-01-01" && d <= "2099-12-31", {
  message: "must be a date from 2000-01-01 to 2099-12-31",
});

/** One dated entry: a ban that holds in a place from one day until another. */
export const OverlayEntrySchema = z
  .strictObject({
    /** Unique within the overlay; the blackout is named `<overlay id>-<entry id>`. */
    id: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9-]{0,63}$/, "must be upper-case letters, digits and dashes"),
    /** `emergency`: a declared state of emergency or disaster; `proclaimed-holiday`: a day a governor or legislature appoints. */
    kind: z.enum(["emergency", "proclaimed-holiday"]),
    /** What was declared, in plain words. */
    description: z.string().min(1).max(MAX_STRING),
    /** Where: an ISO 3166-2 code (`US-NY`) or a country. */
    jurisdiction: JurisdictionSchema,
    /**
     * The counties (parishes, cities) the declaration names; left out, the whole jurisdiction.
     * The engine does not know a customer's county, so an entry with counties is applied to the
     * whole jurisdiction (fail closed) and its description names them.
     */
    counties: z.array(z.string().min(1).max(128)).min(1).max(500).optional(),
    /** First local day covered (ISO date). */
    from: _DateSchema,
    /** First local day no longer covered (ISO date, exclusive); left out, until lifted (open-ended). */
    until: _DateSchema.optional(),
    /** Channels banned; default voice and sms. */
    channels: z.array(z.string().min(1).max(64)).min(1).max(32).default(["voice", "sms"]),
    /** Purposes banned; default marketing. */
    purposes: z
      .array(z.enum(["marketing", "service", "transactional"]))
      .min(1)
      .max(3)
      .default(["marketing"]),
    /** The declaration or the law that makes it bind, with a link and the date checked: required. */
    source: CitationSchema.extend({ url: z.url().max(2048), checked: z.iso.date() }),
  })
  .refine((e) => e.until === undefined || e.until > e.from, {
    message: "'until' must be after 'from'",
    path: ["until"],
  });

/** A dated overlay file: its id (the pack code a policy names) and its entries. */
export const OverlaySchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** The pack code a policy names: upper-case, at most 16 characters, such as `NY-EMERG-2026`. */
    id: z
      .string()
      .regex(
        /^[A-Z0-9][A-Z0-9-]{0,15}$/,
        "must be at most 16 upper-case letters, digits and dashes",
      ),
    description: z.string().max(MAX_STRING).optional(),
    /** When this file was last brought up to date (ISO date). */
    updated: z.iso.date(),
    entries: z.array(OverlayEntrySchema).min(1).max(256),
  })
  .refine((o) => new Set(o.entries.map((e) => e.id)).size === o.entries.length, {
    message: "entry ids must be unique",
    path: ["entries"],
  });
/** A validated overlay. */
export type Overlay = z.infer<typeof OverlaySchema>;
/** One entry of a validated overlay. */
export type OverlayEntry = z.infer<typeof OverlayEntrySchema>;

/** Validated with the issues' paths under `overlay`. */
function _check(
  input: unknown,
): { success: true; data: Overlay } | { success: false; error: PolicyError } {
  const r = OverlaySchema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  const [first, ...rest] = _issuesFromZod(r.error, ["overlay"]);
  const issues: [Issue, ...Issue[]] = [
    first ?? { code: "unknown", path: ["overlay"], message: "invalid overlay" },
    ...rest,
  ];
  return { success: false, error: new PolicyError(issues, { cause: r.error }) };
}

/**
 * Validates a dated overlay (parsed JSON) and returns it; throws a `PolicyError` listing every
 * problem with its path (`overlay.entries.0.until`…).
 *
 * @param input - the overlay, as parsed JSON
 * @returns the validated overlay, defaults applied
 * @throws {PolicyError} when anything in it is invalid
 * @example
 * const overlay = parseOverlay(JSON.parse(readFileSync("overlay.json", "utf8")));
 */
export function parseOverlay(input: unknown): Overlay {
  const r = _check(input);
  if (!r.success) throw r.error;
  return r.data;
}

/** Like `parseOverlay`, but returns `{ success: true, data }` or `{ success: false, error }`. */
export function safeParseOverlay(
  input: unknown,
): { success: true; data: Overlay } | { success: false; error: PolicyError } {
  return _check(input);
}

const _compact = (d: string) => d.replaceAll("-", "");
const _dayBefore = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The blackout RRULE covering the local days `[from, until)`, or from `from` on. */
function _rrule(e: OverlayEntry): string {
  const start = `DTSTART:${_compact(e.from)}T000000`;
  if (e.until === undefined) return `${start}\nRRULE:FREQ=DAILY`;
  return `${start}\nRRULE:FREQ=DAILY;UNTIL=${_compact(_dayBefore(e.until))}T000000`;
}

/**
 * Turns a validated overlay into a pack: each entry a blackout, in the recipient's local days,
 * for the entry's jurisdiction, channels and purposes, citing the declaration with its dates.
 * Decisions the overlay blocks carry reason `blackout` and the rule id `<overlay id>-<entry id>`.
 * Give the pack to `compilePolicy` with the bundled ones and name it in the policy:
 *
 * @param input - the overlay (validated again here, so raw JSON is fine)
 * @returns the pack, whose code is the overlay's id
 * @throws {PolicyError} when the overlay is invalid
 * @example
 * const pack = overlayPack(json);
 * const plan = compilePolicy({ id: "acme", packs: ["US", pack.code] }, { packs: { ...BUNDLED_PACKS, [pack.code]: pack } });
 */
export function overlayPack(input: unknown): Pack {
  const o = parseOverlay(input);
  const blackouts = o.entries.map((e) => {
    const where =
      e.counties === undefined
        ? ""
        : ` Declared for ${e.counties.join(", ")}; applied to all of ${e.jurisdiction} (the customer's county is not known).`;
    const dates =
      e.until === undefined ? `from ${e.from}, until lifted` : `from ${e.from} until ${e.until}`;
    return {
      id: `${o.id}-${e.id}`,
      description: `${e.description} (${e.kind}, ${dates}).${where}`,
      jurisdictions: [e.jurisdiction],
      channels: [...e.channels],
      purposes: [...e.purposes],
      rrule: _rrule(e),
      duration: "P1D",
      source: {
        ...e.source,
        section: `${e.source.section ?? ""} [overlay ${e.kind}, in force ${dates}]`.trim(),
      },
    };
  });
  return {
    code: o.id,
    name: o.description ?? `Dated overlay ${o.id}`,
    jurisdictions: [...new Set(o.entries.map((e) => e.jurisdiction))],
    notes: [
      `A dated overlay, updated ${o.updated}: each entry bans sends on the local days it covers, with no exemption (cautious: the laws behind some exempt consent or an existing relationship).`,
      "Entries naming counties are applied to their whole jurisdiction: the engine does not know a customer's county.",
    ],
    policy: { blackouts },
  };
}
