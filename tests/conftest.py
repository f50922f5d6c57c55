"""Shared fixtures and helpers for milp_relu's tests."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from hypothesis import settings

# CI draws the same examples on every run (derandomized), so a red build is the code's doing and
# can be reproduced, never the luck of a draw; a developer's run explores new examples (and
# keeps the failing ones in .hypothesis/). HYPOTHESIS_PROFILE picks one explicitly.
settings.register_profile("ci", deadline=None, print_blob=True, derandomize=True, database=None)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def planted(n: int, d: int, k: int, seed: int, noise: float = 0.0, signs: list[float] | None = None):
    """A teacher network inside the unit boxes and its (optionally noisy) labels."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, d))
    W = rng.uniform(-1, 1, (k, d))
    b = rng.uniform(-1, 1, k)
    s = np.array(signs if signs is not None else [1.0 if j % 2 == 0 else -1.0 for j in range(k)])
    y = np.maximum(X @ W.T + b, 0.0) @ s + noise * rng.normal(size=n)
    return X, y


def load_benchmark(name: str) -> ModuleType:
    """Import benchmarks/NAME.py as the module NAME (registered in sys.modules, as its dataclasses
    need; its main() is not run)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tmp_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
