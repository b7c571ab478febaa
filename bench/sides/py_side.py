"""Python sides of the jaxts benchmark (bench/run.ts starts this script).

usage: python py_side.py numpy|jax|torch <plan.json>
Reads the plan (cases, data folder of .npy inputs, timing parameters), runs
each case with the same timing loop as bench/harness.ts `measure`, and prints
one line per record, prefixed with "@@BENCH ", as JSON. Progress goes to stderr.
JAX results are forced with block_until_ready() (its eager ops are async).
"""
import json
import math
import os
import platform
import sys
import time

PREFIX = "@@BENCH "


def emit(rec):
    sys.stdout.write(PREFIX + json.dumps(rec) + "\n")
    sys.stdout.flush()


def measure(fn, t):
    now = time.perf_counter
    start = now()

    def call():
        s = now()
        fn()
        return now() - s

    first = call()
    if first >= t["caseBudgetSeconds"]:
        return {"median": first, "min": first, "reps": 1, "inner": 1}
    i = 1
    while i < t["warmup"] and now() - start < t["caseBudgetSeconds"] / 2:
        call()
        i += 1
    single = call()
    inner = 1 if single >= t["minRepSeconds"] else min(1 << 20, math.ceil(t["minRepSeconds"] / max(single, 1e-8)))
    remaining = t["caseBudgetSeconds"] - (now() - start)
    reps = max(1, min(t["reps"], int(remaining // (max(single, 1e-8) * inner))))
    samples = []
    for _ in range(reps):
        s = now()
        for _ in range(inner):
            fn()
        samples.append((now() - s) / inner)
    samples.sort()
    m = len(samples) // 2
    med = samples[m] if len(samples) % 2 else (samples[m - 1] + samples[m]) / 2
    return {"median": med, "min": samples[0], "reps": reps, "inner": inner}


def numpy_side(np):
    def make(case, xs):
        op, axis = case["op"], case.get("axis")
        if op == "add":
            a, b = xs
            return lambda: np.add(a, b)
        if op == "mul":
            a, b = xs
            return lambda: np.multiply(a, b)
        if op in ("exp", "tanh"):
            f, (a,) = getattr(np, op), xs
            return lambda: f(a)
        if op in ("sum", "max", "argmax"):
            f, (a,) = getattr(np, op), xs
            return lambda: f(a, axis=axis)
        if op == "matmul":
            a, b = xs
            return lambda: np.matmul(a, b)
        if op == "transpose_copy":
            (a,) = xs
            return lambda: np.ascontiguousarray(a.T)
        raise ValueError(op)

    return (lambda x: x), make


def jax_side():
    import jax
    import jax.numpy as jnp

    def make(case, xs):
        op, axis = case["op"], case.get("axis")
        if op in ("add", "mul"):
            f = jnp.add if op == "add" else jnp.multiply
            a, b = xs
            return lambda: f(a, b).block_until_ready()
        if op in ("exp", "tanh"):
            f, (a,) = getattr(jnp, op), xs
            return lambda: f(a).block_until_ready()
        if op in ("sum", "max", "argmax"):
            f, (a,) = getattr(jnp, op), xs
            return lambda: f(a, axis=axis).block_until_ready()
        if op == "matmul":
            a, b = xs
            return lambda: jnp.matmul(a, b).block_until_ready()
        if op == "transpose_copy":
            (a,) = xs  # jnp.transpose materializes a new buffer (XLA has no views)
            return lambda: jnp.transpose(a).block_until_ready()
        raise ValueError(op)

    def put(x):
        return jax.device_put(jnp.asarray(x)).block_until_ready()

    return put, make


def torch_side():
    import torch

    # Some builds (Debian's) start with one OpenMP thread: use every core, as
    # the other sides do, unless the user pinned a count.
    if not os.environ.get("OMP_NUM_THREADS"):
        torch.set_num_threads(os.cpu_count() or 1)

    def make(case, xs):
        op, axis = case["op"], case.get("axis")
        if op in ("add", "mul"):
            f = torch.add if op == "add" else torch.mul
            a, b = xs
            return lambda: f(a, b)
        if op in ("exp", "tanh"):
            f, (a,) = getattr(torch, op), xs
            return lambda: f(a)
        if op in ("sum", "max", "argmax"):
            f = {"sum": torch.sum, "max": torch.amax, "argmax": torch.argmax}[op]
            (a,) = xs
            return lambda: f(a, dim=axis)
        if op == "matmul":
            a, b = xs
            return lambda: torch.matmul(a, b)
        if op == "transpose_copy":
            (a,) = xs
            return lambda: a.t().contiguous()
        raise ValueError(op)

    return (lambda x: torch.from_numpy(x)), make


def numpy_blas(np):
    try:
        cfg = np.show_config(mode="dicts")
        blas = cfg["Build Dependencies"]["blas"]
        return f'{blas.get("name")} {blas.get("version", "")}'.strip()
    except Exception:  # older NumPy: no dicts mode
        return "unknown"


def stream(np, t):
    """STREAM-like copy bandwidth: np.copyto of 1e7 float32 into a preallocated array."""
    n = 10_000_000
    src = np.ones(n, dtype=np.float32)
    dst = np.empty_like(src)
    m = measure(lambda: np.copyto(dst, src), t)
    c = np.empty_like(src)
    madd = measure(lambda: np.add(src, src, out=c), t)
    return {
        "copy_seconds": m["median"],
        "copy_gbps": 2 * 4 * n / m["median"] / 1e9,
        "add_out_seconds": madd["median"],
        "add_out_gbps": 3 * 4 * n / madd["median"] / 1e9,
    }


def main():
    lib, plan_path = sys.argv[1], sys.argv[2]
    with open(plan_path) as f:
        plan = json.load(f)
    t = plan["timing"]
    import numpy as np

    info = {"type": "info", "lib": lib, "python": platform.python_version(), "executable": sys.executable, "numpy": np.__version__}
    if lib == "numpy":
        put, make = numpy_side(np)
        info.update(version=np.__version__, blas=numpy_blas(np))
    elif lib == "jax":
        put, make = jax_side()
        import jax
        import jaxlib

        info.update(version=jax.__version__, jaxlib=jaxlib.__version__, devices=[str(d) for d in jax.devices()])
    elif lib == "torch":
        put, make = torch_side()
        import torch

        info.update(version=torch.__version__, threads=torch.get_num_threads())
    else:
        raise SystemExit(f"unknown lib {lib}")
    emit(info)
    if lib == "numpy" and plan.get("stream"):
        emit({"type": "stream", **stream(np, t)})

    cache = {}

    def load(spec):
        key = spec["file"]
        if key not in cache:
            cache[key] = put(np.load(os.path.join(plan["dataDir"], key)))
        return cache[key]

    # When one call exceeds the whole case budget, larger cases of the same op
    # are skipped rather than run for minutes (same rule as js-side.ts).
    slow = {}

    def size(case):
        return math.prod(case["inputs"][0]["shape"])

    for case in plan["cases"]:
        key = f'{case["group"]}:{case["op"]}'
        if key in slow and size(case) > slow[key]:
            msg = f'skipped: a smaller {case["op"]} case already took longer than the {t["caseBudgetSeconds"]} s budget'
            emit({"type": "error", "id": case["id"], "message": msg})
            continue
        try:
            xs = [load(s) for s in case["inputs"]]
            fn = make(case, xs)
            m = measure(fn, t)
            if m["median"] >= t["caseBudgetSeconds"]:
                slow[key] = size(case)
            emit({"type": "result", "id": case["id"], **m})
            sys.stderr.write(f"  [{lib}] {case['id']}: {m['median'] * 1e3:.4g} ms\n")
        except Exception as e:  # a peer that cannot run a case: recorded, not fatal
            emit({"type": "error", "id": case["id"], "message": f"{type(e).__name__}: {e}"})
            sys.stderr.write(f"  [{lib}] {case['id']}: error {e}\n")


if __name__ == "__main__":
    main()
