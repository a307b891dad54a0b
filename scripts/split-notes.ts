// Keeps the bundled packs' notes (prose for people: the README table, docs, `consentry packs`) out
// of what `compilePolicy` and `decide` load, so a browser bundle does not carry them. Idempotent: run
// it after editing or merging a pack, it moves whatever notes a pack file holds into its notes
// module and changes nothing else.
//
//   npx tsx scripts/split-notes.ts           # rewrite the pack files (formatted by biome)
//   npx tsx scripts/split-notes.ts --check   # exit 1 when a pack file still holds notes
//
// What it does:
// - src/packs/<code>/index.ts: the notes of `export const XX = definePack({ … notes: [ … ] … })` go
//   to src/packs/<code>/notes.ts (`export const NOTES`); the definition becomes `XX_CORE` with
//   `notes: []`, and `export const XX = withNotes(XX_CORE, NOTES)` (pure) follows it. A file already
//   in that shape only has its notes moved again when someone put notes back into `XX_CORE`.
// - src/packs/us-states/data/<st>.ts: the notes of `defineState({ … notes: [ … ] … })` go to the
//   state's entry in src/packs/us-states/notes.ts (`STATE_NOTES`, by code); the data keeps `notes: []`.
// - src/packs/core.ts is written from BUNDLED_PACKS in src/packs/index.ts: the same packs, in the
//   same order, each `XX` as `XX_CORE` (and `...US_STATE_PACKS` as `...US_STATE_PACKS_CORE`).
// A `${NAME}` in a note is replaced by NAME's value when NAME is a string constant of the same
// file; any other expression in a note is an error (the notes module cannot import the pack file).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "..");
const PACKS = join(root, "src/packs");
/** Pack directories that are not bundled packs of the `definePack` shape. */
const NOT_PACKS = new Set(["us-states", "us-overlay"]);
const check = process.argv.includes("--check");
const written: string[] = [];
const pending: string[] = [];

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

/** Writes a file, formatted as `biome check --write` would, when that changes it. */
function write(file: string, raw: string): void {
  const text = execFileSync("npx", ["biome", "check", "--write", `--stdin-file-path=${file}`], {
    cwd: root,
    input: raw,
    encoding: "utf8",
  });
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  if (check) {
    pending.push(file);
    return;
  }
  writeFileSync(file, text);
  written.push(file);
}

/** The string constants of a file's top level: `const X = "…"`. */
function constants(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations)
      if (ts.isIdentifier(d.name) && d.initializer && ts.isStringLiteralLike(d.initializer))
        out.set(d.name.text, d.initializer.text);
  }
  return out;
}

/** The constants a note had to inline: deleted from the pack file when nothing else uses them. */
const inlined = new Set<string>();

/** A note's source text, standalone: `${CONST}` replaced by the constant's value. */
function noteText(e: ts.Expression, consts: Map<string, string>, file: string): string {
  if (ts.isStringLiteralLike(e)) return e.getText();
  if (ts.isTemplateExpression(e)) {
    let s = e.head.text;
    for (const span of e.templateSpans) {
      const v = ts.isIdentifier(span.expression) ? consts.get(span.expression.text) : undefined;
      if (v === undefined)
        throw new Error(
          `${file}: a note uses \${${span.expression.getText()}}, not a string constant`,
        );
      inlined.add((span.expression as ts.Identifier).text);
      s += v + span.literal.text;
    }
    return JSON.stringify(s);
  }
  throw new Error(`${file}: a note is not a string: ${e.getText().slice(0, 60)}`);
}

/** The `notes` property of an object literal. */
function notesOf(obj: ts.ObjectLiteralExpression): ts.PropertyAssignment | undefined {
  return obj.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "notes",
  );
}

/** The first call of `callee` in a file, with an object literal argument. */
function callOf(sf: ts.SourceFile, callee: string): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (
      ts.isCallExpression(n) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === callee &&
      n.arguments[0] !== undefined &&
      ts.isObjectLiteralExpression(n.arguments[0])
    )
      found = n.arguments[0];
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * Edits deleting each `const X = "…";` of the file's top level whose X was inlined into a note and
 * is used nowhere else in the file (once the notes are gone): biome would flag it unused.
 */
function unusedConstants(
  sf: ts.SourceFile,
  without: [number, number][],
): [number, number, string][] {
  const text = sf.getFullText();
  let rest = text;
  for (const [s, e] of [...without].sort((a, b) => b[0] - a[0]))
    rest = rest.slice(0, s) + rest.slice(e);
  const out: [number, number, string][] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || st.declarationList.declarations.length !== 1) continue;
    const d = st.declarationList.declarations[0] as ts.VariableDeclaration;
    if (!ts.isIdentifier(d.name) || !inlined.has(d.name.text)) continue;
    const uses = rest.match(new RegExp(`\\b${d.name.text}\\b`, "g"))?.length ?? 0;
    if (uses <= 1) out.push([st.getFullStart(), st.end, ""]);
  }
  return out;
}

/** Applies text edits (start, end, replacement), last first. */
function edit(text: string, edits: [number, number, string][]): string {
  let out = text;
  for (const [s, e, r] of [...edits].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, s) + r + out.slice(e);
  return out;
}

const NOTES_HEAD = (name: string) =>
  `// The pack's notes, kept out of the core bundle (\`compilePolicy\` loads the pack without them).\n// Edit them here; scripts/split-notes.ts moves any notes written into index.ts back here.\n\n/** ${name}: cautious readings, sources, dates in force and what is left out. */\nexport const NOTES: readonly string[] = [\n`;

function splitPack(dir: string): void {
  const file = join(PACKS, dir, "index.ts");
  const notesFile = join(PACKS, dir, "notes.ts");
  const sf = parse(file);
  const text = sf.getFullText();
  const obj = callOf(sf, "definePack");
  if (!obj) throw new Error(`${file}: no definePack({ … })`);
  const decl = obj.parent.parent;
  if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name))
    throw new Error(`${file}: definePack is not assigned to a constant`);
  const stmt = decl.parent.parent as ts.VariableStatement;
  const notes = notesOf(obj);
  if (!notes || !ts.isArrayLiteralExpression(notes.initializer))
    throw new Error(`${file}: the pack has no notes array`);
  const nameProp = obj.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "name",
  );
  const packName =
    nameProp && ts.isStringLiteralLike(nameProp.initializer) ? nameProp.initializer.text : dir;
  const consts = constants(sf);
  const els = notes.initializer.elements;
  const edits: [number, number, string][] = [];
  inlined.clear();
  if (els.length > 0 || !existsSync(notesFile)) {
    const body = els.map((e) => `  ${noteText(e, consts, file)},\n`).join("");
    write(notesFile, `${NOTES_HEAD(packName)}${body}];\n`);
    if (els.length > 0) {
      edits.push([notes.initializer.getStart(), notes.initializer.end, "[]"]);
      edits.push(...unusedConstants(sf, [[notes.initializer.getStart(), notes.initializer.end]]));
    }
  }
  const id = decl.name.text;
  if (!id.endsWith("_CORE")) {
    edits.push([decl.name.getStart(), decl.name.end, `${id}_CORE`]);
    edits.push([
      stmt.end,
      stmt.end,
      `\n\n/**\n * ${packName}, with its notes (\`./notes.ts\`): what \`consentry/packs/${dir}\` and \`consentry/packs\`\n * export. The rules are \`${id}_CORE\`'s (documented there), the pack \`compilePolicy\` loads.\n */\nexport const ${id} = /* @__PURE__ */ withNotes(${id}_CORE, NOTES);`,
    ]);
    const imp = sf.statements.find(
      (s): s is ts.ImportDeclaration =>
        ts.isImportDeclaration(s) &&
        ts.isStringLiteral(s.moduleSpecifier) &&
        s.moduleSpecifier.text === "../pack.js",
    );
    const named = imp?.importClause?.namedBindings;
    if (!imp || !named || !ts.isNamedImports(named))
      throw new Error(`${file}: no import { definePack } from "../pack.js"`);
    const names = [...named.elements.map((e) => e.getText()), "withNotes"];
    edits.push([
      imp.getStart(),
      imp.end,
      `import { ${names.join(", ")} } from "../pack.js";\nimport { NOTES } from "./notes.js";`,
    ]);
  }
  if (edits.length > 0) write(file, edit(text, edits));
}

/** The entries of `STATE_NOTES` in us-states/notes.ts, as source text, by code. */
function stateNotes(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(file)) return out;
  const sf = parse(file);
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && ts.isArrayLiteralExpression(n.initializer)) {
      const key = ts.isStringLiteral(n.name) ? n.name.text : n.name.getText();
      out.set(
        key,
        n.initializer.elements.map((e) => e.getText()),
      );
    } else ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function splitStates(): void {
  const notesFile = join(PACKS, "us-states/notes.ts");
  const all = stateNotes(notesFile);
  const dataDir = join(PACKS, "us-states/data");
  for (const f of readdirSync(dataDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const file = join(dataDir, f);
    const sf = parse(file);
    const obj = callOf(sf, "defineState");
    if (!obj) throw new Error(`${file}: no defineState({ … })`);
    const code = obj.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "code",
    );
    if (!code || !ts.isStringLiteralLike(code.initializer))
      throw new Error(`${file}: no code: "US-…"`);
    const notes = notesOf(obj);
    if (!notes || !ts.isArrayLiteralExpression(notes.initializer))
      throw new Error(`${file}: the state has no notes array`);
    const els = notes.initializer.elements;
    if (els.length === 0) continue;
    const consts = constants(sf);
    inlined.clear();
    all.set(
      code.initializer.text,
      els.map((e) => noteText(e, consts, file)),
    );
    const span: [number, number] = [notes.initializer.getStart(), notes.initializer.end];
    write(file, edit(sf.getFullText(), [[...span, "[]"], ...unusedConstants(sf, [span])]));
  }
  const entries = [...all]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, v]) => `  ${JSON.stringify(k)}: [\n${v.map((s) => `    ${s},\n`).join("")}  ],\n`)
    .join("");
  write(
    notesFile,
    `// The states' own notes (data/<st>.ts keeps \`notes: []\`), kept out of the core bundle: the packs\n// \`compilePolicy\` loads have none. Edit them here; scripts/split-notes.ts moves any notes written\n// into a data file back here.\n\n/** Each state's notes, by code (\`US-CT\`): cautious readings, rules left out, what was not found. */\nexport const STATE_NOTES: Readonly<Record<string, readonly string[]>> = {\n${entries}};\n`,
  );
}

/** src/packs/core.ts, from BUNDLED_PACKS in src/packs/index.ts. */
function writeCore(): void {
  const file = join(PACKS, "index.ts");
  const sf = parse(file);
  const from = new Map<string, string>();
  for (const s of sf.statements)
    if (
      ts.isImportDeclaration(s) &&
      !s.importClause?.isTypeOnly &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings)
    )
      for (const e of s.importClause.namedBindings.elements)
        from.set(e.name.text, s.moduleSpecifier.text);
  let obj: ts.ObjectLiteralExpression | undefined;
  for (const s of sf.statements)
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations)
        if (
          ts.isIdentifier(d.name) &&
          d.name.text === "BUNDLED_PACKS" &&
          d.initializer &&
          ts.isObjectLiteralExpression(d.initializer)
        )
          obj = d.initializer;
  if (!obj) throw new Error(`${file}: no BUNDLED_PACKS = { … }`);
  const used: string[] = [];
  const props = obj.properties.map((p) => {
    if (ts.isShorthandPropertyAssignment(p)) {
      used.push(p.name.text);
      return `${p.name.text}: ${p.name.text}_CORE`;
    }
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer)) {
      used.push(p.initializer.text);
      return `${p.name.getText()}: ${p.initializer.text}_CORE`;
    }
    if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression)) {
      used.push(p.expression.text);
      return `...${p.expression.text}_CORE`;
    }
    throw new Error(`${file}: BUNDLED_PACKS entry not understood: ${p.getText()}`);
  });
  const byModule = new Map<string, string[]>();
  for (const u of used) {
    const m = from.get(u);
    if (m === undefined) throw new Error(`${file}: ${u} is not imported`);
    byModule.set(m, [...(byModule.get(m) ?? []), `${u}_CORE`]);
  }
  const imports = [...byModule]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([m, names]) => `import { ${names.sort().join(", ")} } from "${m}";\n`)
    .join("");
  write(
    join(PACKS, "core.ts"),
    `// Written by scripts/split-notes.ts from BUNDLED_PACKS in ./index.ts: do not edit.\n${imports}import type { Pack } from "./pack.js";\n\n/**\n * Every bundled pack by its code, as \`BUNDLED_PACKS\` has them but without their notes: what\n * \`compilePolicy\` and \`safeCompilePolicy\` load, so the core bundle carries no prose for people.\n */\nexport const BUNDLED_PACKS_CORE: Readonly<Record<string, Pack>> = {\n${props.map((p) => `  ${p},\n`).join("")}};\n`,
  );
}

const dirs = readdirSync(PACKS)
  .filter((d) => !NOT_PACKS.has(d) && existsSync(join(PACKS, d, "index.ts")))
  .sort();
for (const d of dirs) splitPack(d);
splitStates();
writeCore();
if (check) {
  if (pending.length > 0) {
    console.error(
      `split-notes: these files would change (run npx tsx scripts/split-notes.ts):\n  ${pending.join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log("split-notes: every pack's notes are in its notes module");
} else if (written.length > 0) console.log(`split-notes: wrote ${written.length} files`);
else console.log("split-notes: nothing to move");
