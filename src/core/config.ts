// Global configuration, as jax.config. Read on every dtype canonicalization,
// so it is a plain mutable object rather than anything clever.

export interface Config {
  /** Allow 64-bit dtypes (int64, uint64, float64), as `jax_enable_x64`. Default from JAXTS_ENABLE_X64. */
  enableX64: boolean;
  /** Default backend platform name; `undefined` picks the best available. */
  platform: string | undefined;
}

const envFlag = (v: string | undefined): boolean => v !== undefined && /^(1|true|yes|on)$/i.test(v);

/** The live configuration. @category config */
export const config: Config = {
  enableX64: envFlag(process.env.JAXTS_ENABLE_X64),
  platform: process.env.JAXTS_PLATFORM || undefined,
};

/** Runs `f` with `enableX64` set to `on`, restoring the previous value after. @category config */
export const withX64 = <A>(on: boolean, f: () => A): A => {
  const prev = config.enableX64;
  config.enableX64 = on;
  try {
    return f();
  } finally {
    config.enableX64 = prev;
  }
};
