"""Limits that protect the machine from inputs it cannot hold, checked before anything is built.

Each limit is far above what an exact MILP can solve in practice, so no solvable input is
refused; each check raises :class:`~milp_relu.errors.InputError` with the number and the limit.

==========================  ==========  ====================================================
name                        value       what it bounds
==========================  ==========  ====================================================
``MAX_K``                   1000        hidden units k of a training problem
``MAX_MODEL_NONZEROS``      5e7         estimated nonzeros n k (2 d + 20) of one big-M MILP
``MAX_THREADS``             256         solver threads (HiGHS allocates per thread)
``MAX_WORKERS``             256         sweep worker processes (local pool or LocalCluster)
``MAX_ARRAY_ELEMENTS``      5e7         entries of one array read from a file (400 MB float64)
``MAX_JSON_NESTING``        64          nesting depth of a JSON document
``MAX_JSON_BYTES``          64 MiB      size of a JSON metadata / network / manifest file
``MAX_TEXT_BYTES``          512 MiB     size of a CSV data file
==========================  ==========  ====================================================
"""
from __future__ import annotations

import math
import numbers
from typing import Any

from .errors import InputError

MAX_K = 1000
MAX_MODEL_NONZEROS = 50_000_000
MAX_THREADS = 256
MAX_WORKERS = 256
MAX_ARRAY_ELEMENTS = 50_000_000
MAX_JSON_NESTING = 64
MAX_JSON_BYTES = 64 * 2**20
MAX_TEXT_BYTES = 512 * 2**20


def check_int(value: Any, name: str, lo: int, hi: int | None = None) -> int:
    """``value`` as an int in ``[lo, hi]``; bools, floats and strings are refused, not coerced.

    Parameters
    ----------
    value : Any
        The candidate (a Python or NumPy integer).
    name : str
        What it is, for the message (e.g. ``"k"``, ``"--threads"``).
    lo, hi : int
        Inclusive range; ``hi`` None means no upper limit.

    Returns
    -------
    int
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise InputError(f"{name} must be an integer, got {value!r}")
    value = int(value)
    if value < lo or (hi is not None and value > hi):
        where = f">= {lo}" if hi is None else f"in {lo}..{hi}"
        raise InputError(f"{name} must be {where}, got {value}")
    return value


def check_k(k: Any, name: str = "k") -> int:
    """Hidden units: an integer in 1..MAX_K."""
    return check_int(k, name, 1, MAX_K)


def check_threads(threads: Any, name: str = "threads") -> int:
    """Solver threads: an integer in 1..MAX_THREADS."""
    return check_int(threads, name, 1, MAX_THREADS)


def model_nonzeros(n: int, d: int, k: int) -> int:
    """An upper bound on the nonzeros of one big-M MILP: n k (2 d + 20).

    Counted on every loss, with and without sign binaries, d = 1..10, k = 1..4: at most
    2 d + 20 per (point, unit), reached by the sign-binary max-loss model. (The first estimate,
    n k (d + 6), was 1.8x below the n = 10,000, d = 10, k = 3 model's 860,002.)
    """
    return int(n) * int(k) * (2 * int(d) + 20)


def check_model_size(n: int, d: int, k: int) -> None:
    """Refuse a big-M MILP whose estimated nonzeros :func:`model_nonzeros` exceed MAX_MODEL_NONZEROS."""
    estimate = model_nonzeros(n, d, k)
    if estimate > MAX_MODEL_NONZEROS:
        raise InputError(f"the model would have about {estimate:.3g} nonzeros (n = {n}, d = {d}, k = {k}); "
                         f"the limit is {MAX_MODEL_NONZEROS:.3g}")


def check_array_size(shape: tuple[int, ...], name: str) -> None:
    """Refuse an array (typically a declared shape read before loading) above MAX_ARRAY_ELEMENTS."""
    size = math.prod(int(s) for s in shape)
    if size > MAX_ARRAY_ELEMENTS:
        raise InputError(f"{name} has shape {tuple(shape)} ({size:.3g} entries); the limit is "
                         f"{MAX_ARRAY_ELEMENTS:.3g} entries")


def json_depth(obj: Any) -> int:
    """Nesting depth of a parsed JSON value (scalars 0, ``[]`` 1), computed without recursion."""
    depth = 0
    stack = [(obj, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            depth = max(depth, level)
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            depth = max(depth, level)
            stack.extend((v, level + 1) for v in item)
    return depth
