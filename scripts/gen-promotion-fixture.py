#!/usr/bin/env python3
"""Generates the dtype fixtures of laws/ and test/core from real JAX / NumPy.

Run by hand (never by tests), from the repository root:
    /work/jaxvenv/bin/python scripts/gen-promotion-fixture.py
Writes:
  laws/fixtures/promotion.json  jnp.result_type (with the weak-type flag) for every
                                pair of {13 dtypes, weak int, weak float}, and
                                jnp.promote_types for every pair of the 13 dtypes,
                                each under jax_enable_x64 True and False.
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


def main():
    # Without x64, JAX warns once per 64-bit dtype it truncates; that truncation is what we record.
    warnings.simplefilter("ignore", UserWarning)
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
    print("wrote promotion.json and can-cast.json", file=sys.stderr)


if __name__ == "__main__":
    main()
