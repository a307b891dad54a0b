/**
 * Puts each field's description on the field in the built `.d.ts` and `.d.cts` files (run by
 * `npm run build`, after tsup). The declaration emit prints a schema's inferred type without the
 * doc comments of its fields, so `declare const CustomerSchema: z.ZodObject<{ timeZone: … }>`
 * and the `Customer` inferred from it would carry none; this walks each declared schema beside
 * the schema itself and writes `/** … *\/` from `src/model/descriptions.ts` (the doc comments of
 * the schemas, through `scripts/gen-reference.ts`) above every field that has a description.
 *
 * `npx tsx scripts/dts-docs.ts [dist]`; prints how many fields it documented, and fails when a
 * declared field of a schema has no description or no declared schema was found at all.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import type { z } from "zod";
import { _DESCRIPTIONS } from "../src/model/descriptions.js";
import { def, loadSchemas, unwrapSchema } from "./schema-walk.js";

const root = join(import.meta.dirname, "..");
const dist = resolve(root, process.argv[2] ?? "dist");
const { model, named } = await loadSchemas();

/** `s` with its wrappers looked through, and the first named schema on the way. */
const _unwrap = (s: z.ZodType) => unwrapSchema(s, named);

// The zod types of the declaration that only wrap their first type argument.
const TYPE_WRAPPERS = new Set([
  "ZodOptional",
  "ZodDefault",
  "ZodPrefault",
  "ZodNullable",
  "ZodReadonly",
  "ZodCatch",
  "ZodNonOptional",
  "ZodPipe",
  "ZodLazy",
]);
const _refName = (t: ts.TypeNode): string | undefined =>
  ts.isTypeReferenceNode(t)
    ? ts.isQualifiedName(t.typeName)
      ? t.typeName.right.text
      : t.typeName.text
    : undefined;
function _unwrapType(t0: ts.TypeNode): ts.TypeNode {
  let t = t0;
  for (let i = 0; i < 32; i++) {
    const n = _refName(t);
    const arg = ts.isTypeReferenceNode(t) ? t.typeArguments?.[0] : undefined;
    if (n !== undefined && TYPE_WRAPPERS.has(n) && arg !== undefined) t = arg;
    else break;
  }
  return t;
}
/** The element types of a tuple, `readonly [A, B]` or `[A, B]`. */
function _tuple(t: ts.TypeNode | undefined): readonly ts.TypeNode[] {
  if (t === undefined) return [];
  if (ts.isTypeOperatorNode(t)) return _tuple(t.type);
  if (ts.isTupleTypeNode(t)) return t.elements;
  return [];
}

interface Edit {
  readonly at: number;
  readonly text: string;
}
let documented = 0;
/** Fields that have a description, whether written now or already there. */
let described = 0;
const missing = new Set<string>();

function _hasDoc(node: ts.Node, sf: ts.SourceFile): boolean {
  return (ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? []).some(
    (r) => sf.text.slice(r.pos, r.pos + 3) === "/**",
  );
}

function _walk(
  s0: z.ZodType,
  t0: ts.TypeNode,
  name0: string,
  path0: string,
  sf: ts.SourceFile,
  edits: Edit[],
  depth: number,
): void {
  if (depth > 16) return;
  const { s, name: own } = _unwrap(s0);
  const d = def(s);
  const [name, path] =
    own !== undefined && (d.type === "object" || d.type === "union") ? [own, ""] : [name0, path0];
  const t = _unwrapType(t0);
  const args = ts.isTypeReferenceNode(t) ? (t.typeArguments ?? []) : [];
  if (d.type === "object" && _refName(t) === "ZodObject") {
    const lit = args[0];
    if (lit === undefined || !ts.isTypeLiteralNode(lit)) return;
    for (const m of lit.members) {
      if (!ts.isPropertySignature(m) || m.type === undefined) continue;
      const key = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : undefined;
      const child = key === undefined ? undefined : d.shape?.[key];
      if (key === undefined || child === undefined) continue;
      const at = `${path}.${key}`;
      const text = _DESCRIPTIONS[`${name}.${at.slice(1)}`];
      if (text === undefined) missing.add(`${name}.${at.slice(1)}`);
      else described++;
      if (text !== undefined && !_hasDoc(m, sf)) {
        const start = m.getStart(sf);
        const indent = sf.text.slice(sf.text.lastIndexOf("\n", start) + 1, start);
        edits.push({ at: start, text: `/** ${text.replace(/\*\//g, "*\\/")} */\n${indent}` });
        documented++;
      }
      _walk(child, m.type, name, at, sf, edits, depth + 1);
    }
  } else if (d.type === "array" && d.element !== undefined && _refName(t) === "ZodArray") {
    if (args[0] !== undefined) _walk(d.element, args[0], name, `${path}[]`, sf, edits, depth + 1);
  } else if (d.type === "record" && d.valueType !== undefined && _refName(t) === "ZodRecord") {
    if (args[1] !== undefined)
      _walk(d.valueType, args[1], name, `${path}.<key>`, sf, edits, depth + 1);
  } else if (d.type === "union") {
    const alts = _tuple(args[0]);
    (d.options ?? []).forEach((o, i) => {
      const a = alts[i];
      if (a !== undefined) _walk(o, a, name, path, sf, edits, depth + 1);
    });
  }
}

function _files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return _files(p);
    return f.endsWith(".d.ts") || f.endsWith(".d.cts") ? [p] : [];
  });
}

let files = 0;
for (const file of _files(dist)) {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits: Edit[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const v of st.declarationList.declarations) {
      if (!ts.isIdentifier(v.name) || v.type === undefined) continue;
      const schema = model[v.name.text];
      if (schema === undefined || !named.has(schema)) continue;
      _walk(schema as z.ZodType, v.type, v.name.text, "", sf, edits, 0);
    }
  }
  if (edits.length === 0) continue;
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.text + out.slice(e.at);
  writeFileSync(file, out);
  files++;
}
console.log(`dts-docs: ${documented} field doc comments written in ${files} files`);
if (missing.size > 0) {
  console.error(`dts-docs: no description for ${[...missing].sort().join(", ")}`);
  process.exit(1);
}
if (described === 0) {
  console.error(`dts-docs: no declared schema with fields found under ${dist}`);
  process.exit(1);
}
