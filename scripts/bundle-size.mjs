// How much a browser app pays for the core: bundles small entry files that import from the built
// `dist/index.js` with esbuild (minified, for the browser, tree-shaken) and prints raw and gzipped
// bytes of each bundle. `--max-kb N` exits 1 when the compilePolicy + decide bundle is above N KB
// gzipped. Run `npm run build` first.
//
//   node scripts/bundle-size.mjs [--max-kb 132]   (npm test runs it with the measured size, rounded up)
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const dist = resolve(root, "dist/index.js");
if (!existsSync(dist)) {
  console.error("dist/index.js is missing: run `npm run build` first");
  process.exit(2);
}

const args = process.argv.slice(2);
const maxAt = args.indexOf("--max-kb");
const maxKb = maxAt === -1 ? undefined : Number(args[maxAt + 1]);
if (maxAt !== -1 && !(Number.isFinite(maxKb) && maxKb > 0)) {
  console.error("--max-kb needs a positive number");
  process.exit(2);
}

/** The bundles measured: the first is the one `--max-kb` checks. */
const cases = [
  {
    name: "compilePolicy + decide",
    code: 'import { compilePolicy, decide } from "./dist/index.js";\nglobalThis.__keep = [compilePolicy, decide];\n',
  },
  {
    name: "shardOf",
    code: 'import { shardOf } from "./dist/index.js";\nglobalThis.__keep = [shardOf];\n',
  },
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const [i, c] of cases.entries()) {
  const out = await build({
    stdin: { contents: c.code, resolveDir: root, sourcefile: "size-entry.js", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
    metafile: true,
  });
  const bytes = out.outputFiles[0].contents;
  const gz = gzipSync(bytes, { level: 9 }).length;
  // The largest inputs, by package (or dist file), by bytes kept in the output: where the weight is.
  const by = new Map();
  for (const [file, v] of Object.entries(Object.values(out.metafile.outputs)[0].inputs)) {
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file;
    by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
  }
  const top = [...by]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([key, n]) => `${key} ${kb(n)}`);
  console.log(
    `${c.name}: ${bytes.length} bytes raw (${kb(bytes.length)}), ${gz} bytes gzipped (${kb(gz)})`,
  );
  console.log(`  largest inputs (minified): ${top.join(", ")}`);
  if (i === 0 && maxKb !== undefined && gz > maxKb * 1024) {
    console.error(`  above the limit of ${maxKb} KB gzipped`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
