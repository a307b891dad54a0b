export * from "./ledger.js";
export * from "./retention.js";
export * from "./validity.js";
