/**
 * The limits on what a policy, a message and a customer may hold. They bound the work of one
 * decision, and each enters it linearly, never as a product of two limits of the same list:
 *
 * - weekly windows (quiet hours, send windows, a customer's hours) cost per stretch of constant
 *   offsets of the customer's zones (a handful a year), not per day: they are checked as one
 *   pattern over the week (`src/time/weekly.ts`);
 * - blackouts, holidays and caps cost per day of the horizon that the search or its explanation
 *   reaches, in each of the customer's zones with distinct offsets (12 for a US customer without
 *   a zone, of 37), and are built only as far as needed (doubling from three days);
 * - history and consent events cost per entry, once per decision (sorted once, shared by every
 *   cap and channel);
 * - the zones' offsets cost per zone and year the decision reaches, once per process (about 31
 *   `Intl` calls a zone-year, `src/time/zones.ts`), shared by every later decision.
 *
 * `bench/worst-case.ts` (part of `npm run bench`) builds the worst case within them (a customer
 * of the jurisdiction with the most zones and no zone of their own, a 366-day horizon,
 * constraints that leave no instant, so the whole horizon is searched and every constraint
 * explained) and prints the CPU time of the worst decision and compile against the budgets of
 * 50 ms and 1 s, and the growth when each dimension doubles. The decision held to the budget is
 * the first with its plan, customer and year (everything it causes computed afresh), once the
 * library's code has run; the first decision of a fresh process is printed beside it. The
 * results are in bench/RESULTS.md (worst decision 34 ms, median 39 ms; compile 32 ms).
 *
 * The schemas enforce them (the fast customer parser checks the same numbers); input beyond a
 * limit is refused with the path of the list and the limit in the message.
 */

/** Weekly windows in one quiet-hours or send-window rule (a window per weekday, twice over). */
export const MAX_WINDOWS_PER_RULE = 16;
/** Quiet-hours rules in one policy; send-window rules likewise (each list, packs aside). */
export const MAX_TIME_RULES = 16;
/** Blackout calendars in one policy. */
export const MAX_BLACKOUTS = 16;
/**
 * Occurrences one blackout RRULE may have on one local day (BYHOUR × BYMINUTE × BYSECOND, or
 * BYSETPOS when fewer): a blackout is for days and parts of days; hours of the day belong in
 * quiet hours.
 */
export const MAX_BLACKOUT_OCCURRENCES_PER_DAY = 4;
/** Holiday rules in one policy (each names its targets; the holidays come from the tables). */
export const MAX_HOLIDAY_RULES = 4;
/**
 * Frequency caps in one policy. 8 (was 16): each calendar cap is counted per local day in every
 * zone of a customer without one, over the whole horizon when it never lifts.
 */
export const MAX_CAPS = 8;
/** Prohibition rules in one policy (checked per channel, no time search). */
export const MAX_RULES = 1000;
/** Candidate channels in one message: every channel is checked and timed. */
export const MAX_MESSAGE_CHANNELS = 16;
/** A customer's own quiet hours, and likewise contact hours (weekly windows). */
export const MAX_CUSTOMER_WINDOWS = 8;
/** A customer's own frequency caps (each a calendar cap: day, week or month). 4 (was 8). */
export const MAX_CUSTOMER_CAPS = 4;
/**
 * Entries of a customer's contact history (what caps count). 1,000 (was 10,000): the sends
 * within the longest cap window are what counts; older ones may be left out.
 */
export const MAX_HISTORY = 1000;
/**
 * Events of a customer's consent ledger. 1,000 (was 10,000): reading and validating a ledger
 * costs about 4 µs an event, every decision.
 */
export const MAX_CONSENTS = 1000;
/** A customer's suppressions (the fast customer parser checks the same number). */
export const MAX_SUPPRESSIONS = 1000;
/** The longest horizon a policy may search for a send time, in days (checked by `compilePolicy`). */
export const MAX_HORIZON_DAYS = 366;
