// Checks the package as users get it: packs the tarball, checks what it holds, runs publint and
// Are-The-Types-Wrong on it (every resolution profile, node10 included, and a sample of the
// `consentry/packs/<code>` entries, which attw cannot enumerate from the `packs/*` pattern), then
// installs it into a scratch project and uses it from ESM and CommonJS and through its `bin`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (cmd, args, cwd = root) => {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { cwd, stdio: "inherit" });
};

// The core entry points run in browsers and edge runtimes too: nothing they load, statically,
// may import a Node built-in (worker threads live in `consentry/node` only). Nor may the core load
// date-holidays (about 1.4 MB minified): it ships tables generated from it, and date-holidays at
// run time is `consentry/holidays` only.
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const heavy = new Set(["date-holidays"]);
const core = new Set(["index.js", "index.cjs"]);
for (const entry of ["index.js", "index.cjs", "packs/index.js", "packs/index.cjs"]) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*|\brequire\()["']([^"']+)["']/g)) {
      const spec = m[1];
      if (builtins.has(spec) || builtins.has(spec.split("/")[0]))
        throw new Error(`dist/${entry} loads the Node built-in '${spec}' (through ${file})`);
      if (core.has(entry) && heavy.has(spec.split("/")[0]))
        throw new Error(`dist/${entry} loads '${spec}' (through ${file})`);
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
    }
  };
  visit(join(root, "dist", entry));
  console.log(
    `dist/${entry}: ${seen.size} files, no Node built-ins${core.has(entry) ? ", no date-holidays" : ""}`,
  );
}

const scratch = mkdtempSync(join(tmpdir(), "consentry-pack-"));
try {
  console.log("$ npm pack --json");
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], {
      cwd: root,
      encoding: "utf8",
    }),
  );
  const tgz = join(scratch, packed.filename);
  const inside = new Set(packed.files.map((f) => f.path));
  for (const f of ["LICENSE", "README.md", "CHANGELOG.md", "package.json", "dist/cli/main.js"])
    if (!inside.has(f)) throw new Error(`the tarball lacks ${f}`);
  console.log(`${packed.filename}: ${packed.files.length} files, ${packed.size} bytes`);
  run("npx", ["--no-install", "publint", "run", tgz, "--strict"]);
  // A sample of the packs: the first, middle and last by name, and one for a subdivision (us-fl).
  const packs = readdirSync(join(root, "src", "packs"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const sample = [
    ...new Set([
      packs[0],
      packs[packs.length >> 1],
      packs.at(-1),
      packs.find((p) => p.includes("-")),
    ]),
  ]
    .filter((p) => p !== undefined)
    .map((p) => `./packs/${p}`);
  run("npx", ["--no-install", "attw", tgz, "--include-entrypoints", ...sample]);

  const app = join(scratch, "app");
  run("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module" }),
  );
  // date-holidays is an optional peer (for `consentry/holidays` only): the app installs it itself.
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dh = `date-holidays@${pkg.devDependencies["date-holidays"]}`;
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", tgz, dh], app);
  const use = `
    const plan = compilePolicy({ id: "smoke" });
    const d = decide(plan, {
      customer: { id: "c1", jurisdiction: "NO", timeZone: "Europe/Oslo", contacts: { email: { address: "a@b.no" } },
        consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }] },
      message: { purpose: "marketing", channels: ["email"] },
      now: "2026-05-04T10:00:00Z",
    });
    if (d.verdict !== "send" || d.basis.consentId !== "g") throw new Error("unexpected decision " + JSON.stringify(d));
    if (typeof runExampleFile !== "function") throw new Error("runner missing");
    if (US.code !== "US" || BUNDLED_PACKS.CA.code !== "CA") throw new Error("packs missing");
    const fl = decide(compilePolicy({ id: "fl", packs: ["US"] }), {
      customer: { id: "j", jurisdiction: "US-FL", timeZone: "America/New_York", contacts: { voice: { address: "+13055550123" } },
        registers: { "US-DNC": { listed: false, checkedAt: "2026-05-01T00:00:00Z" }, "US-FL-DNC": { listed: false, checkedAt: "2026-04-01T00:00:00Z" } } },
      message: { purpose: "marketing", channels: ["voice"], automated: false },
      now: "2026-05-05T00:30:00Z",
    });
    if (fl.verdict !== "defer") throw new Error("Florida hours not applied " + JSON.stringify(fl));
    const may17 = Date.UTC(2026, 4, 17);
    if (!dateHolidays().holidays("NO", undefined, 2026)?.some(([s]) => s === may17)) throw new Error("consentry/holidays: no 17 May");
    if (!(dateHolidays().holidays("JP", undefined, 2026)?.length > 0)) throw new Error("consentry/holidays: no Japanese holidays");
    console.log("ok", d.verdict, d.channel);`;
  writeFileSync(
    join(app, "esm.mjs"),
    `import { compilePolicy, decide } from "consentry";\nimport { runExampleFile } from "consentry/examples-runner";\nimport { BUNDLED_PACKS } from "consentry/packs";\nimport { US } from "consentry/packs/us";\nimport { dateHolidays } from "consentry/holidays";\n${use}`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `const { compilePolicy, decide } = require("consentry");\nconst { runExampleFile } = require("consentry/examples-runner");\nconst { BUNDLED_PACKS } = require("consentry/packs");\nconst { US } = require("consentry/packs/us");\nconst { dateHolidays } = require("consentry/holidays");\n${use}`,
  );
  // consentry/node: two worker threads decide as decideMany does, from both module systems.
  const parallel = `
    const now = "2026-05-04T10:00:00Z";
    const opts = { message: { purpose: "marketing", channels: ["email"] }, now };
    const audience = Array.from({ length: 500 }, (_, i) => i === 7 ? { id: 7 } : {
      id: "c" + i, jurisdiction: "NO", timeZone: "Europe/Oslo", contacts: { email: { address: "a@b.no" } },
      consents: i % 3 === 0 ? [] : [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }] });
    const plan2 = compilePolicy({ id: "smoke", packs: ["NO"] });
    const one = [];
    for await (const d of decideMany(plan2, audience, opts)) one.push(d);
    const par = [];
    for await (const d of decideManyParallel(plan2, audience, { ...opts, concurrency: 2, chunkSize: 64 })) par.push(d);
    if (JSON.stringify(par) !== JSON.stringify(one)) throw new Error("decideManyParallel differs from decideMany");
    if (par[7].customerId !== "#7" || par[7].reasons[0].code !== "input.invalid") throw new Error("invalid record " + JSON.stringify(par[7]));
    console.log("ok parallel", par.length);`;
  writeFileSync(
    join(app, "node-esm.mjs"),
    `import { compilePolicy, decideMany } from "consentry";\nimport { decideManyParallel } from "consentry/node";\n${parallel}`,
  );
  writeFileSync(
    join(app, "node-cjs.cjs"),
    `const { compilePolicy, decideMany } = require("consentry");\nconst { decideManyParallel } = require("consentry/node");\n(async () => {${parallel}\n})().catch((e) => { console.error(e); process.exit(1); });`,
  );
  // The installed command: the bin resolves, runs, and reads its version from the bundle.
  const version = execFileSync(join(app, "node_modules", ".bin", "consentry"), ["--version"], {
    encoding: "utf8",
  }).trim();
  const expected = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  if (version !== expected) throw new Error(`consentry --version says ${version}, not ${expected}`);
  console.log(`consentry --version: ${version}`);
  run("node", ["esm.mjs"], app);
  run("node", ["cjs.cjs"], app);
  run("node", ["node-esm.mjs"], app);
  run("node", ["node-cjs.cjs"], app);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
