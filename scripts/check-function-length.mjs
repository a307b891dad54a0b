// The engine stays readable: no function in src/engine/ is longer than 80 lines (the pipeline's
// stages and checks are small on purpose). Part of `npm test` through `npm run lint`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const MAX = 80;
const files = readdirSync("src/engine", { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => join("src/engine", f));
const long = [];
for (const f of files) {
  const sf = ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (ts.isFunctionLike(n) && "body" in n && n.body !== undefined) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (b - a + 1 > MAX)
        long.push(`${f}:${a + 1}: ${n.name?.getText() ?? "(function)"} has ${b - a + 1} lines`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
if (long.length > 0) {
  console.error(`Functions in src/engine longer than ${MAX} lines:\n${long.join("\n")}`);
  process.exit(1);
}
console.log(`${files.length} engine files, no function longer than ${MAX} lines`);
