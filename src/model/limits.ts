/**
 * The limits on what a policy, a message and a customer may hold. They bound the work of one
 * decision: the engine's time search costs, for each channel, about (windows of every applicable
 * time rule + blackout occurrences + caps) × zones × days of the horizon, and each limit here
 * enters that sum linearly, never as a product of two limits of the same list. `bench/worst-case.ts`
 * builds the worst case within them (a customer of the jurisdiction with the most zones and no
 * zone of their own, a 366-day horizon, constraints that leave no instant, so the whole horizon
 * is searched) and prints the time of the worst decision and compile, and the growth per doubling.
 *
 * The schemas enforce them; input beyond a limit is refused with the path of the list.
 */

import { MAX_LIST } from "./primitives.js";

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
/** Frequency caps in one policy. */
export const MAX_CAPS = 16;
/** Prohibition rules in one policy (checked per channel, no time search). */
export const MAX_RULES = 1000;
/** Candidate channels in one message: every channel is checked and timed. */
export const MAX_MESSAGE_CHANNELS = 16;
/** A customer's own quiet hours, and likewise contact hours (weekly windows). */
export const MAX_CUSTOMER_WINDOWS = 8;
/** A customer's own frequency caps. */
export const MAX_CUSTOMER_CAPS = 8;
/** Entries of a customer's contact history (what caps count); the fast customer parser reads `MAX_LIST`. */
export const MAX_HISTORY = MAX_LIST;
/** Events of a customer's consent ledger; the fast customer parser reads `MAX_LIST`. */
export const MAX_CONSENTS = MAX_LIST;
/** A customer's suppressions (the fast customer parser checks the same number). */
export const MAX_SUPPRESSIONS = 1000;
/** The longest horizon a policy may search for a send time, in days (checked by `compilePolicy`). */
export const MAX_HORIZON_DAYS = 366;
