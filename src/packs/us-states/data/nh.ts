import { defineState } from "../state.js";

/** New Hampshire: no rule stricter than the federal ones was found. */
export const NH = defineState({
  code: "US-NH",
  name: "New Hampshire",
  notes: [
    "The list is the one the FTC administers (RSA 359-E:7); the federal 31 days is stricter than New Hampshire's quarterly update.",
  ],
});
