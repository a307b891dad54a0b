/**
 * The reference of every input and output shape, from the one place each field is documented:
 * the doc comment on it in the zod schemas of `src/model`. Writes
 *
 * - `src/model/descriptions.ts`: each field's description, keyed by schema and path, which
 *   `jsonSchemas()` puts into the JSON Schema as `description`;
 * - `docs/reference.md`: one table per shape (field, type, required, description).
 *
 * `npx tsx scripts/gen-reference.ts` writes both; `--check` fails when either is out of date
 * (run by `test/reference.test.ts`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { z } from "zod";
import { def, loadSchemas, MODEL_DIR, SCHEMA_SOURCES, unwrapSchema } from "./schema-walk.js";

const root = join(import.meta.dirname, "..");

// ---------------------------------------------------------------------------------------------
// 1. Doc comments from the source: `Schema.path.to.field` → text, and which shapes spread which.

const docs = new Map<string, string>();
const spreads = new Map<string, string[]>();
/**
 * `Schema.path` → the variables its value is built from (`z.array(_DeliverySchema).optional()`).
 */
const refs = new Map<string, string[]>();

function _jsDoc(node: ts.Node, sf: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => sf.text.slice(r.pos, r.pos + 3) === "/**").at(-1);
  if (last === undefined) return undefined;
  return sf.text
    .slice(last.pos + 3, last.end - 2)
    .split("\n")
    .map((l) => l.replace(/^\s*\* ?/, "").trimEnd())
    .join("\n")
    .trim()
    .replace(/\n(?!\n)/g, " ")
    .replace(/ {2,}/g, " ");
}

/** The object literals that give a shape: `z.strictObject({…})`, `{…}` itself, `.extend({…})`. */
function _shapesIn(expr: ts.Node): ts.ObjectLiteralExpression[] {
  if (ts.isObjectLiteralExpression(expr)) return [expr];
  // The options of a union: z.union([z.strictObject({…}), …]).
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap(_shapesIn);
  if (ts.isCallExpression(expr)) {
    const callee = expr.expression.getText();
    const own = /(^z\s*\.\s*(strictObject|object|looseObject)|\.\s*extend)$/.test(callee)
      ? expr.arguments.filter(ts.isObjectLiteralExpression)
      : [];
    // Wrappers around an object: z.array(z.strictObject({…})), safeRecord(…), .optional()…
    const inner = expr.arguments.flatMap((a) =>
      ts.isObjectLiteralExpression(a) ? [] : _shapesIn(a),
    );
    const callee2 = ts.isPropertyAccessExpression(expr.expression)
      ? _shapesIn(expr.expression.expression)
      : [];
    return [...own, ...inner, ...callee2];
  }
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
    return _shapesIn(expr.expression);
  if (ts.isArrowFunction(expr)) return _shapesIn(expr.body);
  return [];
}

/**
 * The variables a schema expression wraps: `X`, `X.optional()`, `z.array(X)`, `nameRecord(K, X)`.
 */
function _refsIn(expr: ts.Node): string[] {
  if (ts.isIdentifier(expr)) return [expr.text];
  if (ts.isCallExpression(expr)) {
    const callee = ts.isPropertyAccessExpression(expr.expression)
      ? _refsIn(expr.expression.expression)
      : [];
    return [...callee, ...expr.arguments.flatMap(_refsIn)];
  }
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
    return _refsIn(expr.expression);
  return [];
}

function _collect(name: string, obj: ts.ObjectLiteralExpression, path: string, sf: ts.SourceFile) {
  for (const p of obj.properties) {
    if (ts.isSpreadAssignment(p)) {
      const list = spreads.get(`${name}${path}`) ?? [];
      list.push(p.expression.getText(sf));
      spreads.set(`${name}${path}`, list);
      continue;
    }
    if (!ts.isPropertyAssignment(p)) continue;
    const key = ts.isStringLiteral(p.name) ? p.name.text : p.name.getText(sf);
    const doc = _jsDoc(p, sf);
    const at = `${path}.${key}`;
    if (doc !== undefined) docs.set(`${name}${at}`, doc);
    const used = _refsIn(p.initializer);
    if (used.length > 0) refs.set(`${name}${at}`, used);
    for (const inner of _shapesIn(p.initializer)) _collect(name, inner, at, sf);
  }
}

for (const file of SCHEMA_SOURCES) {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.initializer === undefined) continue;
      const doc = _jsDoc(st, sf);
      if (doc !== undefined) docs.set(d.name.text, doc);
      for (const shape of _shapesIn(d.initializer)) _collect(d.name.text, shape, "", sf);
    }
  }
}

/**
 * The doc of `path` under the shape `name`, looking through the shapes it spreads (a spread
 * applies at the level it appears) and the variables a field's value is built from.
 */
function _docOf(name: string, path: string, depth = 0): string | undefined {
  const own = docs.get(`${name}${path}`);
  if (own !== undefined || depth > 4) return own;
  for (let cut = path.lastIndexOf("."); cut >= 0; cut = path.lastIndexOf(".", cut - 1)) {
    const head = path.slice(0, cut);
    const rest = path.slice(cut);
    for (const s of spreads.get(`${name}${head}`) ?? []) {
      const d = _docOf(s, rest, depth + 1);
      if (d !== undefined) return d;
    }
    if (head === "") break;
    for (const r of refs.get(`${name}${head}`) ?? []) {
      const d = _docOf(r, rest, depth + 1);
      if (d !== undefined) return d;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 2. The schemas themselves, walked from the public roots.

const { model, named } = await loadSchemas();

/** `s` with its wrappers looked through (see `unwrapSchema`). */
const _unwrap = (s: z.ZodType) => unwrapSchema(s, named);

const PRIMITIVE_NAMES: Record<string, string> = {
  InstantSchema: "instant",
  DurationSchema: "duration",
  NameSchema: "name",
  IdSchema: "id",
  JurisdictionSchema: "jurisdiction",
  TimeZoneSchema: "time zone",
  ChannelSchema: "channel",
};
const queue: string[] = [];
const isShape = (s: z.ZodType) => {
  const t = def(_unwrap(s).s).type;
  return t === "object" || t === "union";
};

function _type(s0: z.ZodType): string {
  const { s, name: n } = _unwrap(s0);
  if (n !== undefined && PRIMITIVE_NAMES[n] !== undefined) return PRIMITIVE_NAMES[n] as string;
  if (n !== undefined && isShape(s)) {
    if (!queue.includes(n)) queue.push(n);
    return `[${_title(n)}](#${_title(n).toLowerCase()})`;
  }
  const d = def(s);
  switch (d.type) {
    case "string":
      return d.format === "datetime" ? "instant" : "string";
    case "number":
    case "int":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "enum":
      return Object.values(d.entries ?? {})
        .map((v) => `\`"${v}"\``)
        .join(" \\| ");
    case "literal":
      return (d.values ?? []).map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
    case "array":
      return d.element === undefined ? "array" : `${_wrapType(d.element)}[]`;
    case "record":
      return d.valueType === undefined ? "record" : `{ [key]: ${_type(d.valueType)} }`;
    case "union":
      return (d.options ?? []).map(_type).join(" \\| ");
    case "object":
      return "object";
    case "never":
      return "never (absent)";
    case "function":
      return "function";
    default:
      return d.type;
  }
}
const _wrapType = (s: z.ZodType) => {
  const t = _type(s);
  return t.includes(" \\| ") ? `(${t})` : t;
};
const _title = (name: string) => name.replace(/Schema$/, "");

/** Whether what `s0` holds (through every level of arrays and records) is a named shape. */
function _holdsNamedShape(s0: z.ZodType): boolean {
  let u = _unwrap(s0);
  for (let i = 0; i < 8; i++) {
    if (u.name !== undefined && PRIMITIVE_NAMES[u.name] === undefined && isShape(u.s)) return true;
    const d = def(u.s);
    if (d.type === "array" && d.element !== undefined) u = _unwrap(d.element);
    else if (d.type === "record" && d.valueType !== undefined) u = _unwrap(d.valueType);
    else break;
  }
  return false;
}

interface Row {
  path: string;
  type: string;
  required: string;
  doc: string;
}

function _rows(name: string, s0: z.ZodType, path: string, out: Row[], depth = 0): void {
  const { s } = _unwrap(s0);
  const d = def(s);
  if (depth > 6) return;
  if (d.type === "array" && d.element !== undefined) {
    _rows(name, d.element, `${path}[]`, out, depth + 1);
    return;
  }
  if (d.type === "record" && d.valueType !== undefined && path !== "") {
    _rows(name, d.valueType, `${path}.<key>`, out, depth + 1);
    return;
  }
  if (d.type !== "object" || d.shape === undefined) return;
  for (const [k, child] of Object.entries(d.shape)) {
    const p = `${path}.${k}`;
    const u = _unwrap(child);
    const docPath = p.replace(/\[\]|\.<key>/g, "");
    out.push({
      path: p.slice(1),
      type: _type(child),
      required: u.optional ? "" : u.dflt ? "default" : "yes",
      doc: _docOf(name, docPath) ?? "",
    });
    if (!_holdsNamedShape(child)) _rows(name, child, p, out, depth + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Output.

const ROOTS = [
  "PolicySchema",
  "CustomerSchema",
  "ConsentEventSchema",
  "MessageSchema",
  "HistoryEntrySchema",
  "DecisionSchema",
  "SentRecordSchema",
  "ExampleFileSchema",
];
queue.push(...ROOTS);
const sections: string[] = [];
const descriptions: Record<string, string> = {};
/** The shapes and fields with no description, as `Schema.path`. */
const missing: string[] = [];
for (let i = 0; i < queue.length; i++) {
  const name = queue[i] as string;
  const s = model[name] as z.ZodType;
  const d = def(_unwrap(s).s);
  const rows: Row[] = [];
  const variants = d.type === "union" ? (d.options ?? []) : [];
  // A named variant of a union is its own section; the fields of an unnamed one are rows here.
  for (const v of variants) if (_unwrap(v).name === undefined) _rows(name, v, "", rows);
  const label = (v: z.ZodType) => {
    const keys = Object.keys(def(_unwrap(v).s).shape ?? {});
    return _unwrap(v).name === undefined && keys.length > 0
      ? `an object with ${keys.map((k) => `\`${k}\``).join(", ")}`
      : _type(v);
  };
  const oneOf = variants.length > 0 ? `One of: ${variants.map(label).join(", ")}.\n\n` : "";
  _rows(name, s, "", rows);
  for (const r of rows) {
    if (r.doc === "") missing.push(`${name}.${r.path}`);
    else descriptions[`${name}.${r.path}`] = r.doc;
  }
  if (docs.get(name) !== undefined) descriptions[name] = docs.get(name) as string;
  else missing.push(name);
  const head = `## ${_title(name)}\n\n${docs.get(name) ?? ""}\n`;
  const body =
    oneOf +
    (rows.length === 0
      ? ""
      : [
          "| field | type | required | description |",
          "| --- | --- | --- | --- |",
          ...rows.map(
            (r) => `| \`${r.path}\` | ${r.type} | ${r.required} | ${r.doc.replace(/\|/g, "\\|")} |`,
          ),
        ].join("\n"));
  sections.push(`${head}\n${body}\n`);
}

const md = `# Reference

Every field of every input and output shape (and of the policy example file), generated from the
doc comments in the zod schemas of \`src/model\`, \`src/engine/audit.ts\` and
\`src/examples-runner/format.ts\` by
\`scripts/gen-reference.ts\` (do not edit: run \`npm run gen:reference\`). The same descriptions are
in the JSON Schema (\`jsonSchemas()\`, \`exampleFileJsonSchema()\`, \`consentry schema\`) and on the
types in the \`.d.ts\`. *required*: \`yes\` must be given; \`default\` may be left out and takes its
default; empty: optional. \`instant\`: an ISO 8601 date-time with an offset (\`Z\` or \`±hh:mm\`);
\`duration\`: an ISO 8601 duration (\`PT2H\`, \`P30D\`); \`name\`: lower-case letters, digits,
\`_ - . :\`; \`<key>\`: any key of a record.

${missing.length === 0 ? "" : `${missing.length} fields have no description yet.\n\n`}${sections.join("\n")}`;

const ts_ = `// Generated by scripts/gen-reference.ts from the doc comments of the schemas. Do not edit.

/** Each shape's and field's description, keyed by schema and path (\`CustomerSchema.contacts\`, \`ContactPointSchema.address\`). */
export const _DESCRIPTIONS: Readonly<Record<string, string>> = ${JSON.stringify(descriptions, null, 2)};
`;

const targets: [string, string][] = [
  [join(root, "docs", "reference.md"), md],
  [join(MODEL_DIR, "descriptions.ts"), ts_],
];
if (process.argv.includes("--check")) {
  const stale = targets.filter(([f, text]) => {
    try {
      return readFileSync(f, "utf8") !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `out of date: ${stale.map(([f]) => f).join(", ")}; run npx tsx scripts/gen-reference.ts`,
    );
    process.exit(1);
  }
  console.log(
    `reference up to date (${Object.keys(descriptions).length} fields described, ${missing.length} not${missing.length === 0 ? "" : `: ${missing.join(", ")}`})`,
  );
} else {
  for (const [f, text] of targets) writeFileSync(f, text);
  console.log(
    `wrote docs/reference.md and src/model/descriptions.ts (${Object.keys(descriptions).length} fields described, ${missing.length} not${missing.length === 0 ? "" : `: ${missing.join(", ")}`})`,
  );
}
