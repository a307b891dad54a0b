import { parseArgs } from "node:util";
import { SentRecordSchema } from "../engine/audit.js";
import { exampleFileJsonSchema } from "../examples-runner/format.js";
import { _describedJsonSchema, jsonSchemas } from "../model/json-schema.js";
import type { Command } from "./command.js";
import { UsageError } from "./io.js";

/**
 * `consentry schema`: the JSON Schema of the input shapes, the decision, a sent record (the rows
 * of `consentry audit`) and the example file.
 */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of the input shapes",
  help: `Usage: consentry schema [customer|consentEvent|message|historyEntry|policy|decision|sentRecord|exampleFile]

Prints the JSON Schema (draft 2020-12) of the input shapes, the decision, a sent record (a row of
'consentry audit') and the policy example file, or of one of them, with every field's description.`,
  run(args, io) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const all: Record<string, unknown> = {
      ...jsonSchemas(),
      sentRecord: _describedJsonSchema(
        SentRecordSchema,
        { io: "input", unrepresentable: "any" },
        { SentRecordSchema },
      ),
      exampleFile: exampleFileJsonSchema(),
    };
    const name = positionals[0];
    if (name !== undefined && !Object.hasOwn(all, name))
      throw new UsageError(`unknown schema '${name}'; one of ${Object.keys(all).join(", ")}`);
    io.stdout.write(`${JSON.stringify(name === undefined ? all : all[name], null, 2)}\n`);
    return 0;
  },
};
