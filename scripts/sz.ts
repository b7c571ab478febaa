// Lines per source file (tinygrad's `sz`): prints the largest files and fails
// when core + interpreters exceed their ceiling or any file passes the lint limit.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const CORE_CEILING = 3000;
const FILE_LIMIT = 500;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") ? [p] : [];
  });

const files = walk("src").map((p) => ({ p, n: readFileSync(p, "utf8").split("\n").length }));
files.sort((a, b) => b.n - a.n);
for (const { p, n } of files.slice(0, 15)) console.log(`${String(n).padStart(6)}  ${p}`);
const core = files.filter(({ p }) => p.startsWith("src/core/") || p.startsWith("src/interpreters/")).reduce((s, f) => s + f.n, 0);
const total = files.reduce((s, f) => s + f.n, 0);
console.log(`core+interpreters: ${core} lines (ceiling ${CORE_CEILING}); all of src: ${total} lines in ${files.length} files`);
const big = files.filter((f) => f.n > FILE_LIMIT && !f.p.endsWith(".generated.ts"));
if (core > CORE_CEILING || big.length) {
  for (const f of big) console.error(`too long (> ${FILE_LIMIT}): ${f.p} (${f.n})`);
  process.exit(1);
}
