/**
 * The policy example format and its runner: `consentry/examples-runner`.
 *
 * @packageDocumentation
 */

export type { ExampleCase, ExampleFile, Expectation } from "./format.js";
export {
  ExampleCaseSchema,
  ExampleFileSchema,
  ExpectationSchema,
  exampleFileJsonSchema,
} from "./format.js";
export type { CaseResult } from "./run.js";
export { checkExpectation, loadExampleFile, runExampleCase, runExampleFile } from "./run.js";
