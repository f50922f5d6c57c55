"""Helpers for the sweep and report tests: a crashing solve wrapper and a tiny stand-in generator.

They are imported by dotted path (``sweep_helpers:...``) inside worker processes, which inherit
the test process's sys.path (pytest puts tests/ on it).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np


def crash_on_seed_1(X, y, **kwargs):
    """The real fit, except that n = 7 exits its worker process and n = 9 segfaults it."""
    from milp_relu.solve import fit

    if kwargs.get("sample_weight") is None and len(y) == 7:  # the marked instance (n = 7)
        os._exit(3)
    if kwargs.get("sample_weight") is None and len(y) == 9:  # n = 9: a segfault in the worker
        import signal
        os.kill(os.getpid(), signal.SIGSEGV)
    return fit(X, y, **kwargs)


@dataclass
class _Param:
    default: object
    type: str
    help: str = ""


@dataclass
class _Spec:
    name: str
    description: str
    params: dict = field(default_factory=dict)
    paper_result: str = ""


def list_generators():
    return {"toy": _Spec("toy", "random 1-ReLU teacher data", {
        "n": _Param(10, "int"), "d": _Param(2, "int"), "noise": _Param(0.05, "float")})}


def generate(name, seed=0, **params):
    from milp_relu.data import Dataset
    from milp_relu.instance import Instance

    n, d, noise = int(params.get("n", 10)), int(params.get("d", 2)), float(params.get("noise", 0.05))
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, size=(n, d))
    w = rng.normal(size=d)
    y = np.maximum(0, X @ w) + noise * rng.normal(size=n)
    meta = {"name": f"toy_n{n}_d{d}_s{seed}", "generator": "toy", "params": params, "seed": seed,
            "k": 1, "loss": "squared", "bounds": {"weight": 2.0, "bias": 1.0},
            "promise": {"yes_loss": 0.0, "no_bound": 1.0 / n, "form": "mean"}}
    return Instance(Dataset(X, y), meta)
