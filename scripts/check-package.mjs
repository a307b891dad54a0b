// Checks the package as users get it: packs the tarball, runs publint and Are-The-Types-Wrong on
// it, then installs it into a scratch project and uses it from ESM and CommonJS.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (cmd, args, cwd = root) => {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { cwd, stdio: "inherit" });
};

const scratch = mkdtempSync(join(tmpdir(), "consentry-pack-"));
try {
  run("npm", ["pack", "--silent", "--pack-destination", scratch]);
  const tgz = join(
    scratch,
    readdirSync(scratch).find((f) => f.endsWith(".tgz")),
  );
  run("npx", ["--no-install", "publint", "run", tgz, "--strict"]);
  run("npx", ["--no-install", "attw", tgz, "--profile", "node16"]);

  const app = join(scratch, "app");
  run("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module" }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", tgz], app);
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
      message: { purpose: "marketing", channels: ["voice"] },
      now: "2026-05-05T00:30:00Z",
    });
    if (fl.verdict !== "defer") throw new Error("Florida hours not applied " + JSON.stringify(fl));
    console.log("ok", d.verdict, d.channel);`;
  writeFileSync(
    join(app, "esm.mjs"),
    `import { compilePolicy, decide } from "consentry";\nimport { runExampleFile } from "consentry/examples-runner";\nimport { BUNDLED_PACKS } from "consentry/packs";\nimport { US } from "consentry/packs/us";\n${use}`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `const { compilePolicy, decide } = require("consentry");\nconst { runExampleFile } = require("consentry/examples-runner");\nconst { BUNDLED_PACKS } = require("consentry/packs");\nconst { US } = require("consentry/packs/us");\n${use}`,
  );
  run("node", ["esm.mjs"], app);
  run("node", ["cjs.cjs"], app);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
