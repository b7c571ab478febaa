#!/usr/bin/env python3
"""Generates the dtype fixtures of laws/ and test/core from real JAX / NumPy.

Run by hand (never by tests), from the repository root:
    /work/jaxvenv/bin/python scripts/gen-promotion-fixture.py
Writes:
  laws/fixtures/promotion.json  jnp.result_type (with the weak-type flag) for every
                                pair of {13 dtypes, weak int, weak float}, and
                                jnp.promote_types for every pair of the 13 dtypes,
                                each under jax_enable_x64 True and False.
  laws/fixtures/float-bits.json float64 values (as 16 hex digits of their bits) with
                                the bits NumPy gives them as float16 and ml_dtypes as
                                bfloat16 (ties, subnormals, overflow, NaN, -0, random).
  laws/fixtures/can-cast.json   np.can_cast(from, to, casting) for every pair of
                                the 13 dtypes (bfloat16 from ml_dtypes) and every
                                casting mode.
Weak types are spelled "i*" (a Python int scalar) and "f*" (a Python float).
"""
import json
import os
import sys
import warnings

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
          "uint64", "float16", "bfloat16", "float32", "float64"]
WEAK = {"i*": 1, "f*": 1.0}
NODES = DTYPES + list(WEAK)
CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]


def np_dtype(name):
    return np.dtype(ml_dtypes.bfloat16) if name == "bfloat16" else np.dtype(name)


def operand(name):
    return WEAK[name] if name in WEAK else np_dtype(name)


def result_table():
    table = {}
    for a in NODES:
        row = {}
        for b in NODES:
            d, weak = jax.dtypes.result_type(operand(a), operand(b), return_weak_type_flag=True)
            row[b] = [str(np.dtype(d)), bool(weak)]
        table[a] = row
    return table


def promote_table():
    # jnp.promote_types does not canonicalize, but its lattice depends on x64
    # (without x64, uint32 + int32 -> int32 rather than int64).
    return {a: {b: str(np.dtype(jnp.promote_types(np_dtype(a), np_dtype(b)))) for b in DTYPES} for a in DTYPES}


def float_bits_cases():
    rng = np.random.default_rng(20240611)
    f16 = lambda b: float(np.array(b, np.uint16).view(np.float16))
    bf16 = lambda b: float(np.array(b, np.uint16).view(ml_dtypes.bfloat16))
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 1 / 3, np.pi, np.e, 1e-8, -1e-8, 1e10, 1e30, 1e38, 3.5e38, 1e39,
            float("inf"), float("-inf"), float("nan"), 65504.0, 65519.0, 65519.99, 65520.0, 65536.0, -65520.0,
            2.0 ** -24, 2.0 ** -25, 2.0 ** -25 * 1.0000001, 2.0 ** -24 * 1.5, 2.0 ** -24 * 2.5, 2.0 ** -14,
            2.0 ** -14 - 2.0 ** -25, 2.0 ** -133, 2.0 ** -134, 2.0 ** -126, 2.0 ** -149, 5e-324,
            1 + 2.0 ** -11, 1 + 3 * 2.0 ** -11, 1 + 2.0 ** -11 + 2.0 ** -40, 1 + 2.0 ** -8, 1 + 3 * 2.0 ** -8,
            1 + 2.0 ** -8 + 2.0 ** -30, 1 + 2.0 ** -8 - 2.0 ** -30, 3.3895313892515355e38, 3.39e38, 3.4e38,
            2048.0, 2049.0, 2050.0, 2051.0, 255.0, 256.0, 257.0, 258.0, 259.0]
    # Exact midpoints between neighbouring float16 / bfloat16 values (ties), and a hair either side.
    for b in rng.integers(0, 0x7bff, 60):
        m = (f16(b) + f16(b + 1)) / 2
        vals += [m, -m, np.nextafter(m, np.inf), np.nextafter(m, -np.inf)]
    for b in rng.integers(0, 0x7f7f, 60):
        m = (bf16(b) + bf16(b + 1)) / 2
        vals += [m, -m, np.nextafter(m, np.inf)]
    # Log-uniform magnitudes from deep subnormal to beyond overflow.
    vals += list(np.sign(rng.random(120) - 0.5) * 10.0 ** rng.uniform(-45, 40, 120))
    out = []
    for v in vals:
        x = np.array(v, np.float64)
        out.append([format(int(x.view(np.uint64)), "016x"),
                    int(x.astype(np.float16).view(np.uint16)),
                    int(x.astype(ml_dtypes.bfloat16).view(np.uint16))])
    return out


def main():
    # JAX warns when x64 is off and it truncates a 64-bit dtype (that truncation is what we
    # record); NumPy warns on overflow to inf in the float-bits cases (also recorded).
    warnings.simplefilter("ignore")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "laws", "fixtures")
    os.makedirs(root, exist_ok=True)
    out = {"generator": "scripts/gen-promotion-fixture.py",
           "versions": {"jax": jax.__version__, "numpy": np.__version__, "ml_dtypes": ml_dtypes.__version__},
           "nodes": NODES}
    jax.config.update("jax_enable_x64", True)
    out["resultTypeX64"] = result_table()
    out["promoteTypesX64"] = promote_table()
    jax.config.update("jax_enable_x64", False)
    out["resultTypeX32"] = result_table()
    out["promoteTypesX32"] = promote_table()
    with open(os.path.join(root, "promotion.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")

    cast = {"generator": "scripts/gen-promotion-fixture.py",
            "versions": out["versions"], "dtypes": DTYPES, "castings": CASTINGS,
            "canCast": {c: {a: [b for b in DTYPES if np.can_cast(np_dtype(a), np_dtype(b), casting=c)]
                            for a in DTYPES} for c in CASTINGS}}
    with open(os.path.join(root, "can-cast.json"), "w") as f:
        json.dump(cast, f, indent=1)
        f.write("\n")
    bits = {"generator": "scripts/gen-promotion-fixture.py", "versions": out["versions"],
            "columns": ["float64 bits (hex)", "float16 bits (numpy)", "bfloat16 bits (ml_dtypes)"],
            "cases": float_bits_cases()}
    with open(os.path.join(root, "float-bits.json"), "w") as f:
        json.dump(bits, f, separators=(",", ":"))
        f.write("\n")
    print("wrote promotion.json, can-cast.json and float-bits.json", file=sys.stderr)


if __name__ == "__main__":
    main()
