import { defineState } from "../state.js";

/** New York: no rule stricter than the federal ones was found. */
export const NY = defineState({
  code: "US-NY",
  name: "New York",
  notes: [
    "Hours 8 a.m.–9 p.m. unless the customer consents to another time (GBL § 399-z(2)); the list is the national registry.",
    "During a declared state of emergency or disaster emergency no unsolicited telemarketing sales call may be made to a person in the county, city, town or village it covers (GBL § 399-z(5-a), in force from 2019-12-18; statutory words quoted by two law firms, secondary): load the declaration as a dated overlay (see docs/law/us-states.md).",
  ],
});
