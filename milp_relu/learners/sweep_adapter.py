"""The learners as a sweep's solve function: time against 1/eps for each method.

A sweep file selects it with ``solve_function = "milp_relu.learners.sweep_adapter:solve"`` and
sets ``method`` ("proper", "improper" or "exact"), ``eps``, ``setting`` and ``delta`` in
``[solver]`` (per family, so one sweep can hold every method and eps). :func:`solve` has the
calling convention of :func:`milp_relu.fit` and returns an object with the fields the sweep
stores. Differences from the exact solve, stated here because the store's vocabulary is shared:

* status "optimal" means *the learner finished* within the time limit ("time_limit" otherwise);
  whether it reached mean loss <= OPT + eps is in the stored result (``reached``, judged against
  the certified lower bound when there is one);
* the class is the unit ball (||w_j|| <= 1, |b_j| <= 1) for every method; the instance's own
  boxes are not used (the exact method solves the box |w_l| <= 1, |b_j| <= 1 that contains it);
* only the squared loss (mean) is supported.

:func:`report_view` lets the scaling report treat eps as the varying parameter of learner rows
(the growth fits then run against 1/eps, one group per method).

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .results import LearnResult

METHODS = ("proper", "improper", "exact")


@dataclass
class SweepResult:
    """A learner's answer in the shape a sweep row expects."""

    learn: LearnResult
    status: str
    reached: bool | None

    @property
    def loss_mean(self) -> float:
        return self.learn.loss_mean

    @property
    def loss(self) -> float:
        return self.learn.loss_mean

    @property
    def lower_bound(self) -> float | None:
        return self.learn.lower_bound

    @property
    def gap_abs(self) -> float | None:
        lb = self.learn.lower_bound
        return None if lb is None else self.learn.loss_mean - lb

    @property
    def gap_rel(self) -> float | None:
        gap = self.gap_abs
        return None if gap is None else gap / max(abs(self.learn.loss_mean), 1e-12)

    @property
    def nodes(self) -> int:
        return int(self.learn.candidates)

    oa_iterations = 0

    def to_dict(self) -> dict[str, Any]:
        out = self.learn.to_dict()
        out["reached"] = self.reached
        return out


def solve(X: Any, y: Any, k: int = 1, loss: str = "squared", sample_weight: Any = None,
          time_limit: float | None = None, threads: int = 1, weight_bound: float | None = None,
          bias_bound: float | None = None, *, method: str = "proper", eps: float = 0.1,
          setting: str = "agnostic", delta: float = 0.1, seed: int = 0, **ignored: Any) -> SweepResult:
    """Run one learner with :func:`milp_relu.fit`'s calling convention (see the module docstring)."""
    from . import exact_learn, improper_learn, proper_learn

    del threads, weight_bound, bias_bound, ignored
    if loss != "squared":
        raise InputError(f"the learners minimise the squared loss, not {loss!r} (set losses = [\"squared\"])")
    if method == "proper":
        result = proper_learn(X, y, k, eps, setting=setting, delta=delta, seed=seed, time_limit=time_limit,
                              sample_weight=sample_weight)
    elif method == "improper":
        result = improper_learn(X, y, eps, seed=seed, k=k, sample_weight=sample_weight)
        result.setting = setting
    elif method == "exact":
        result = exact_learn(X, y, k, eps, setting=setting, seed=seed, time_limit=time_limit,
                             sample_weight=sample_weight)
    else:
        raise InputError(f"unknown method {method!r} (choose {', '.join(METHODS)})")
    over = time_limit is not None and result.time_s > time_limit
    status = "time_limit" if result.status == "time_limit" or over else "optimal"
    reached = None
    if result.lower_bound is not None:
        reached = bool(result.loss_mean <= result.lower_bound + eps)
    elif setting == "realizable":
        reached = bool(result.loss_mean <= eps)
    return SweepResult(result, status, reached)


def report_view(row: dict[str, Any]) -> None:
    """For a learner row: eps becomes a grid parameter, the x axis 1/eps, the group the method.

    A sweep needs one family per (method, eps) (eps is a solver option, and family labels are
    unique), so the report would otherwise see one eps per group; here the rows of one method
    are grouped together whatever their family label, and eps varies inside the group.
    """
    try:
        options = json.loads(row.get("options_json") or "{}")
    except (TypeError, ValueError):
        return
    if "method" not in options or "eps" not in options:
        return
    eps = float(options.pop("eps"))
    row["params"] = dict(row.get("params") or {}, eps=eps)
    row["inv_eps"] = 1.0 / eps
    row["options_json"] = json.dumps(options, sort_keys=True, separators=(",", ":"))
    row["family"] = f"{options['method']} learner"  # one report group per method, across the eps families
