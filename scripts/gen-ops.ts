// Writes the generated op tables (run: npm run gen:ops). A test fails when
// they are stale, so adding a primitive without regenerating is caught.
import { writeFileSync } from "node:fs";
import "../src/index.js";
import "../src/numpy/index.js";
import "../src/lax/index.js";
import { GENERATED, opNames, renderHeader, renderTs } from "./ops-table.js";

const names = opNames();
writeFileSync(GENERATED.header, renderHeader(names));
writeFileSync(GENERATED.ts, renderTs(names));
console.log(`wrote ${names.length} ops to ${GENERATED.header} and ${GENERATED.ts}`);
