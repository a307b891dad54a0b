import { defineState } from "../state.js";

/** Montana: no rule stricter than the federal ones was found. */
export const MT = defineState({
  code: "US-MT",
  name: "Montana",
  notes: ["MCA § 30-14-1412(1)(d): 8 a.m.–9 p.m., the federal window."],
});
