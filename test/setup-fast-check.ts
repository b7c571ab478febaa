// fast-check policy: on CI (CI=true) every property runs from a fixed seed, so
// a landing run is reproducible; in development runs seeds are random and
// explore further (set JAXTS_FC_SEED to replay a reported failure).
import fc from "fast-check";

const seed = process.env.JAXTS_FC_SEED ?? (process.env.CI ? "20261121" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
