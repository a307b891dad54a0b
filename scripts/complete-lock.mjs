// Completes package-lock.json with the platform-specific optional packages (rollup, biome…) that
// the registry mirror on our machines does not serve: npm install then leaves them out of the lock,
// and `npm ci` refuses a lock that does not list every optional dependency. Each entry gets the
// os/cpu/libc fields its name implies, so npm skips it on other platforms and never fetches it.
// Run after any `npm install` that rewrites the lock: node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const pkgs = lock.packages;
const OS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openbsd",
  "openharmony",
  "win32",
  "netbsd",
  "sunos",
  "aix",
];
const CPU = {
  arm64: "arm64",
  x64: "x64",
  arm: "arm",
  ia32: "ia32",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
  mips64el: "mips64el",
};

let added = 0;
for (const [where, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${where}/node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[top]) continue;
    const parts = dep.split("/").pop().split("-");
    const os = parts.find((p) => OS.includes(p));
    const cpu =
      parts
        .map((p) => CPU[p.replace(/eabihf$|gnueabihf$|musleabihf$/, "")] ?? CPU[p])
        .find(Boolean) ?? (parts.includes("arm") ? "arm" : undefined);
    if (!os || !cpu) {
      console.warn(`cannot infer platform of ${dep}; left out`);
      continue;
    }
    const entry = {
      version,
      cpu: [cpu],
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
    };
    if (os === "linux" && parts.some((p) => p.startsWith("musl"))) entry.libc = ["musl"];
    if (os === "linux" && parts.some((p) => p.startsWith("gnu"))) entry.libc = ["glibc"];
    pkgs[top] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries to package-lock.json`);
